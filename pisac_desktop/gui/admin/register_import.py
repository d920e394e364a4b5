"""Configuración › Importar registros…: the register an office kept before the application,
imported as registros históricos (instruments/historic.py).

Choose the file, the kind and the year; the columns are guessed from the headers and can be
changed; the preview lists every row with its problems (a row that blocks is painted AND says
«Impide» in words, a warning says «Aviso»); Importar is enabled only when nothing blocks and
the preview is of the choices on screen. The reading and the import run in a worker; a refused
import leaves every choice as it was and shows the rows' problems again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.column_fit import fit_columns
from pisac_desktop.gui.forms.ui_register_import_dialog import Ui_RegisterImportDialog
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.table_models import ERROR_BACKGROUND, HighlightedRowsModel
from pisac_desktop.instruments.detail import kind_label
from pisac_desktop.instruments.historic import (
    RegisterImportResult,
    RegisterPreview,
    RowValues,
    column_choices,
    import_register,
    preview_register,
)
from pisac_desktop.instruments.kinds import kinds

WARNING_BACKGROUND = QColor("#fff3cd")
SKIPPED_BACKGROUND = QColor("#eeeeee")
HEADERS = ("Fila", "Resultado", "Número", "Fecha", "Sumilla", "Problemas")
PROBLEMS_COLUMN = 5
FIELD_COMBOS = {"number": "numberCombo", "date": "dateCombo", "summary": "summaryCombo",
                "seen": "seenCombo", "signer": "signerCombo", "state": "stateCombo",
                "kind": "kindColumnCombo"}
FIRST_YEAR = 1990


def row_look(row: RowValues) -> tuple[str, QColor | None]:
    """The word of the Resultado column and the row's background: never the colour alone."""
    if row.skipped:
        return "No se importa", SKIPPED_BACKGROUND
    if row.blocking:
        return "Impide", ERROR_BACKGROUND
    if row.warnings:
        return "Aviso", WARNING_BACKGROUND
    return "Lista", None


class RegisterImportDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_RegisterImportDialog()
        ui.setupUi(self)
        self.path: Path | None = None
        self.content = b""
        self.preview: RegisterPreview | None = None
        self.asked: tuple | None = None  # the choices the preview on screen was made with
        self.result: RegisterImportResult | None = None
        self.refusal = ""  # why the last import was refused, shown over the new preview
        self._filling = False
        self.model = HighlightedRowsModel(HEADERS, self)
        self.model.tooltip_column = None
        ui.previewView.setModel(self.model)
        ui.previewView.verticalHeader().hide()
        ui.previewView.verticalHeader().setDefaultSectionSize(
            ui.previewView.fontMetrics().height() + 8)  # hundreds of rows: compact lines
        self.widths = fit_columns(ui.previewView, "importar-registro", ctx, PROBLEMS_COLUMN)
        ui.yearCombo.addItem("Según cada fila (número o fecha)", None)
        for year in range(ctx.today().year, FIRST_YEAR - 1, -1):
            ui.yearCombo.addItem(str(year), year)
        for combo in self.combos().values():
            combo.addItem("(ninguna)", None)
            combo.currentIndexChanged.connect(self.choices_changed)
        ui.kindCombo.currentIndexChanged.connect(self.choices_changed)
        ui.yearCombo.currentIndexChanged.connect(self.choices_changed)
        ui.fileButton.clicked.connect(self.choose_file)
        ui.previewButton.clicked.connect(lambda: self.refresh(guess=False))
        ui.importButton.clicked.connect(self.import_file)
        ui.closeButton.clicked.connect(self.reject)
        self._update_buttons()
        QueryOp(self, ctx.db, lambda s: [(k.code, f"{kind_label(k.title)} ({k.short})")
                                         for k in kinds(s)], self._show_kinds).run()

    def combos(self) -> dict[str, QComboBox]:
        return {field: getattr(self.ui, name) for field, name in FIELD_COMBOS.items()}

    def _show_kinds(self, choices: list[tuple[str, str]]) -> None:
        self._filling = True
        try:
            for code, label in choices:
                self.ui.kindCombo.addItem(label, code)
            index = self.ui.kindCombo.findData("MAYOR_RESOLUTION")
            self.ui.kindCombo.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False

    # --- choosing --------------------------------------------------------------------------
    def choose_file(self) -> None:
        chosen = file_dialogs.open_file(self, "Elegir el registro", self.ctx.paths.documents,
                                        "Registros (*.xlsx *.csv *.txt);;Todos los archivos (*)")
        if chosen:
            self.set_file(Path(chosen))

    def set_file(self, path: Path) -> None:
        """A new file: its columns guessed again."""
        try:
            content = path.read_bytes()
        except OSError as exc:
            self.ui.messageLabel.setText(f"No se pudo leer «{path.name}»: {exc.strerror or exc}.")
            return
        self.path, self.content = path, content
        self.ui.fileEdit.setText(str(path))
        self.refresh(guess=True)

    def choices(self) -> tuple:
        """(kind, year, mapping) as chosen on screen."""
        mapping = {field: combo.currentData() for field, combo in self.combos().items()}
        return (self.ui.kindCombo.currentData(), self.ui.yearCombo.currentData(),
                tuple(sorted(mapping.items())))

    def choices_changed(self) -> None:
        if self._filling or self.path is None:
            return
        self.refresh(guess=False)

    # --- the preview -----------------------------------------------------------------------
    def refresh(self, guess: bool) -> None:
        """Read the file and check its rows (in a worker): with the columns guessed from the
        headers, or with the ones chosen on screen."""
        if self.path is None or not self.ui.kindCombo.currentData():
            return
        kind, year, mapping = self.choices()
        name, content = self.path.name, self.content
        chosen = None if guess else dict(mapping)
        self.asked = None
        self._update_buttons()
        self.ui.messageLabel.clear()
        self.ui.resultLabel.setText("Revisando el archivo…")

        def read(session):
            return preview_register(session, name, content, kind, year, chosen)

        def failed(message: str, _exc: BaseException) -> None:
            self.preview = None
            self.model.set_rows([])
            self.ui.resultLabel.setText("")
            self.ui.messageLabel.setText(message)

        QueryOp(self, self.ctx.db, read, self.show_preview).superseding("preview") \
            .busy("Revisando el registro…").failure(failed).run()

    def show_preview(self, preview: RegisterPreview) -> None:
        self.preview = preview
        self._fill_combos(preview)
        self.asked = self.choices()
        rows, looks = [], []
        for row in preview.rows:
            word, background = row_look(row)
            rows.append((row.row_number, word, row.number_as_given, row.date_shown,
                         row.summary, row.problems_text or "—"))
            looks.append((background, None, row.problems_text))
        self.model.set_rows_with_looks(rows, looks)
        source = preview.source + (f", encabezados en la fila {preview.header_row}"
                                   if preview.header_row else "")
        self.ui.sourceLabel.setText(source + ".")
        self.ui.resultLabel.setText(preview.summary_text())
        said = "\n".join(preview.file_problems) or ("" if preview.importable else (
            "Corrija en el archivo las filas marcadas «Impide» y vuelva a elegirlo: no se "
            "importa nada mientras haya una."))
        self.ui.messageLabel.setText("\n".join(m for m in (self.refusal, said) if m))
        self.refusal = ""
        self._update_buttons()

    def _fill_combos(self, preview: RegisterPreview) -> None:
        """Each combo lists the file's columns, on the column the preview used."""
        self._filling = True
        try:
            for field, combo in self.combos().items():
                combo.clear()
                for index, label in column_choices(preview):
                    combo.addItem(label, index)
                combo.setCurrentIndex(max(combo.findData(preview.mapping.get(field)), 0))
        finally:
            self._filling = False

    def _update_buttons(self) -> None:
        ready = (self.preview is not None and self.preview.importable and self.result is None
                 and self.asked is not None and self.asked == self.choices())
        self.ui.importButton.setEnabled(ready)
        self.ui.importButton.setToolTip("" if ready else (
            "Ya se importó." if self.result is not None else
            "Se habilita cuando la vista previa no tiene filas que lo impidan."))
        self.ui.previewButton.setEnabled(self.path is not None)

    # --- importing -------------------------------------------------------------------------
    def import_file(self) -> None:
        if self.preview is None or self.path is None:
            return
        actor = self.ctx.actor
        name, content = self.path.name, self.content
        kind, year, mapping = self.choices()

        def work(session, progress):
            return import_register(session, actor, name, content, kind, year, dict(mapping),
                                   progress=progress)

        def refused(message: str, _exc: BaseException) -> None:
            self.refusal = "\n".join(message.splitlines()[:3])  # the rows show the rest
            self.ui.messageLabel.setText(message)
            self.refresh(guess=False)  # the rows' problems now, the choices kept

        CollectionOp(self, self.ctx.db, work, self.imported) \
            .with_progress("Importar registros", lambda done, total: (
                f"Importando {done} de {total} documentos…" if total else "Importando…")) \
            .disabling(self.ui.importButton, self.ui.previewButton, self.ui.fileButton) \
            .failure(refused).run()

    def imported(self, result: RegisterImportResult) -> None:
        self.result = result
        self.ui.resultLabel.setText(result.text())
        self.ui.messageLabel.clear()
        self._update_buttons()

