"""Configuración › Importar organización…: the template downloaded, the filled file chosen and
previewed row by row (what will happen, each problem in Spanish), then imported all or nothing
(moving_in/organization.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_organization_import_dialog import Ui_OrganizationImportDialog
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.pdf_preview import fit_to_screen
from pisac_desktop.gui.table_models import ListTableModel
from pisac_desktop.moving_in.organization import (
    SAME,
    OrganizationPreview,
    import_organization,
    preview_organization,
)
from pisac_desktop.moving_in.organization_template import template_bytes

TEMPLATE_NAME = "plantilla-organizacion.xlsx"
XLSX = "Libro de Excel (*.xlsx);;Todos los archivos (*)"
PROBLEM = QColor("#a40000")
NEW_OR_CHANGED = QColor("#1a5e1a")


class PreviewModel(ListTableModel):
    """The preview's rows: those with problems in red, those that add or change in green."""

    def __init__(self, parent=None):
        super().__init__(("Hoja", "Fila", "Registro", "Qué pasará", "Problemas"), parent=parent)
        self.marks: list[QColor | None] = []

    def show(self, rows) -> None:
        self.marks = [PROBLEM if r.problems else None if r.action == SAME else NEW_OR_CHANGED
                      for r in rows]
        self.set_rows([(r.sheet, r.row, r.record, r.action, "\n".join(r.problems))
                       for r in rows])

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.ForegroundRole and index.isValid() and index.column() in (3, 4):
            return self.marks[index.row()]
        return super().data(index, role)


class OrganizationImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_OrganizationImportDialog()
        self.ui.setupUi(self)
        self.path: Path | None = None
        self.content: bytes | None = None
        self.preview: OrganizationPreview | None = None
        self.imported = False
        self.model = PreviewModel(self)
        view = self.ui.previewView
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeToContents,) * 2
                                      + (QHeaderView.Interactive,) * 2 + (QHeaderView.Stretch,)):
            header.setSectionResizeMode(column, mode)
        view.setColumnWidth(2, 300)
        view.setColumnWidth(3, 170)
        self.ui.templateButton.clicked.connect(self.save_template)
        self.ui.chooseButton.clicked.connect(self.choose_file)
        self.ui.importButton.clicked.connect(self.import_file)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.changesOnlyCheck.toggled.connect(lambda _on: self._show_rows())
        header.sectionResized.connect(lambda *_args: view.resizeRowsToContents())
        fit_to_screen(self, QSize(1100, 640))

    # --- the template ----------------------------------------------------------------------
    def save_template(self, target: str | None = None) -> Path | None:
        target = target or file_dialogs.save_file(
            self, "Guardar la plantilla de la organización",
            str(self.ctx.paths.documents / TEMPLATE_NAME), XLSX)
        if not target:
            return None
        path = Path(target) if str(target).lower().endswith(".xlsx") else Path(f"{target}.xlsx")
        today = self.ctx.today()
        op = QueryOp(self, self.ctx.db, lambda s: template_bytes(s, today), None) \
            .failure(lambda message, _exc: self._say(message)).run().wait()
        if not op.ok:
            return None
        try:
            path.write_bytes(op.result)
        except OSError as exc:
            self._say(f"No se pudo guardar {path}: {exc.strerror or exc}.")
            return None
        self.ui.messageLabel.setStyleSheet("")
        self.ui.messageLabel.setText(f"Plantilla guardada en {path}. Complétela y elíjala con "
                                     "«Elegir el archivo completado…».")
        return path

    # --- the file and its preview -----------------------------------------------------------
    def choose_file(self) -> None:
        chosen = file_dialogs.open_file(self, "Elegir la plantilla completada",
                                        str(self.ctx.paths.documents), XLSX)
        if chosen:
            self.load_file(Path(chosen))

    def load_file(self, path: Path) -> None:
        try:
            content = path.read_bytes()
        except OSError as exc:
            self._say(f"No se pudo leer «{path.name}»: {exc.strerror or exc}.")
            return
        self.path, self.content = path, content
        self.ui.fileLabel.setText(f"Archivo: {path.name}")
        actor = self.ctx.actor
        QueryOp(self, self.ctx.db,
                lambda s: preview_organization(s, actor, path.name, content), self.show_preview) \
            .failure(self._refused).busy("Revisando el archivo…") \
            .disabling(self.ui.chooseButton, self.ui.importButton).superseding("preview").run()

    def _refused(self, message: str, _exc: BaseException) -> None:
        self.preview = None
        self.model.show([])
        self.ui.summaryLabel.setText("")
        self.ui.importButton.setEnabled(False)
        self._say(message)

    def show_preview(self, preview: OrganizationPreview) -> None:
        self.preview = preview
        self._show_rows()
        bad = sum(1 for r in preview.rows if r.problems)
        text = preview.summary.replace("\n", "<br>")
        self.ui.summaryLabel.setText(f"<b>{text}</b>")
        if preview.problems or bad:
            issues = [*preview.problems]
            if bad:
                issues.append(f"{bad} {'fila tiene' if bad == 1 else 'filas tienen'} problemas "
                              "(en rojo). Corríjalas en el Excel, guárdelo y elíjalo de nuevo: "
                              "no se importa nada mientras haya uno.")
            self._say("\n".join(issues))
        elif not preview.changes:
            self._say("El archivo no cambia nada: la organización ya está como dice.", ok=True)
        else:
            self._say(f"Sin problemas: se {'importará 1 fila' if preview.changes == 1 else f'importarán {preview.changes} filas'} (en verde). Pulse «Importar».", ok=True)
        self.ui.importButton.setEnabled(preview.importable)

    def _show_rows(self) -> None:
        rows = self.preview.rows if self.preview else ()
        if self.ui.changesOnlyCheck.isChecked():
            rows = [r for r in rows if r.problems or r.action != SAME]
        self.model.show(rows)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Each row as tall as its problems, once the columns have their widths."""
        self.ui.previewView.resizeRowsToContents()
        QTimer.singleShot(0, self.ui.previewView.resizeRowsToContents)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_rows()

    def _say(self, text: str, ok: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet("color: #1a5e1a;" if ok else "color: #a40000;")
        self.ui.messageLabel.setText(text)

    # --- the import -------------------------------------------------------------------------
    def import_file(self) -> bool:
        if self.preview is None or not self.preview.importable or self.content is None:
            return False
        actor, name, content = self.ctx.actor, self.path.name, self.content
        op = CollectionOp(self, self.ctx.db,
                          lambda s: import_organization(s, actor, name, content), None) \
            .failure(self._refused).busy("Importando la organización…") \
            .disabling(self.ui.importButton, self.ui.chooseButton).run().wait()
        if not op.ok:
            return False
        self.imported = True
        self.ui.importButton.setEnabled(False)
        QMessageBox.information(self, "Organización importada",
                                f"Se importó «{name}»:\n\n{op.result.summary}\n\nQuedó anotado "
                                "en el registro de auditoría con la huella SHA-256 del archivo.")
        self.accept()
        return True
