"""Configuración › Adjuntar archivo escaneado…: a folder of scans matched to their documents
and actas by name (council/archive_scans.py), previewed — each file says in words what will
be done with it (se adjunta, ya adjunto, ambiguo, sin documento), coloured too — then attached
in a worker with its progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QWidget

from pisac_desktop.council.archive_scans import (
    ALREADY,
    AMBIGUOUS,
    MATCHED,
    ScanPreview,
    ScanResult,
    attach_scans,
    preview_scans,
)
from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.column_fit import fit_columns
from pisac_desktop.gui.forms.ui_scan_import_dialog import Ui_ScanImportDialog
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.table_models import ERROR_BACKGROUND, HighlightedRowsModel

HEADERS = ("Archivo", "Resultado", "Documento o motivo")
LOOKS = {MATCHED: QColor("#d4edda"), ALREADY: None, AMBIGUOUS: QColor("#fff3cd")}


class ScanImportDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_ScanImportDialog()
        ui.setupUi(self)
        self.folder: Path | None = None
        self.preview: ScanPreview | None = None
        self.result: ScanResult | None = None
        self.model = HighlightedRowsModel(HEADERS, self)
        ui.previewView.setModel(self.model)
        ui.previewView.verticalHeader().hide()
        ui.previewView.verticalHeader().setDefaultSectionSize(
            ui.previewView.fontMetrics().height() + 8)
        self.widths = fit_columns(ui.previewView, "adjuntar-escaneados", ctx, 2)
        ui.folderButton.clicked.connect(self.choose_folder)
        ui.previewButton.clicked.connect(self.refresh)
        ui.attachButton.clicked.connect(self.attach)
        ui.closeButton.clicked.connect(self.reject)
        self._update_buttons()

    def choose_folder(self) -> None:
        chosen = file_dialogs.choose_folder(self, "Elegir la carpeta de los escaneados",
                                            self.ctx.paths.documents)
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.result = None
        self.ui.folderEdit.setText(str(folder))
        self.refresh()

    def refresh(self) -> None:
        if self.folder is None:
            return
        folder = self.folder
        self.preview = None
        self._update_buttons()
        self.ui.messageLabel.clear()
        self.ui.resultLabel.setText("Revisando la carpeta…")

        def failed(message: str, _exc: BaseException) -> None:
            self.model.set_rows([])
            self.ui.resultLabel.setText("")
            self.ui.messageLabel.setText(message)

        QueryOp(self, self.ctx.db, lambda s, progress: preview_scans(s, folder, progress),
                self.show_preview).superseding("preview") \
            .with_progress("Revisar los escaneados", lambda done, total: (
                f"Revisando {done} de {total} archivos…" if total else "Revisando…")) \
            .failure(failed).run()

    def show_preview(self, preview: ScanPreview) -> None:
        self.preview = preview
        rows, looks = [], []
        for item in preview.items:
            rows.append((item.path, item.status_label, item.target_label or item.reason))
            looks.append((LOOKS.get(item.status, ERROR_BACKGROUND), None,
                          item.target_label or item.reason))
        self.model.set_rows_with_looks(rows, looks)
        self.ui.resultLabel.setText(self.result.text() if self.result is not None
                                    else preview.summary_text())
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.preview is not None and self.preview.count(MATCHED) > 0
        self.ui.attachButton.setEnabled(ready)
        self.ui.attachButton.setToolTip("" if ready else "Ningún archivo por adjuntar.")
        self.ui.previewButton.setEnabled(self.folder is not None)

    def attach(self) -> None:
        if self.folder is None:
            return
        actor, folder = self.ctx.actor, self.folder

        def done(result: ScanResult) -> None:
            self.result = result
            self.refresh()  # the files now say «Ya adjunto»

        CollectionOp(self, self.ctx.db, lambda s, progress: attach_scans(
            s, actor, folder, progress), done) \
            .with_progress("Adjuntar el archivo escaneado", lambda d, t: (
                f"Adjuntando {d} de {t} archivos…" if t else "Adjuntando…")) \
            .disabling(self.ui.attachButton, self.ui.previewButton, self.ui.folderButton) \
            .failure(lambda message, _exc: self.ui.messageLabel.setText(message)).run()
