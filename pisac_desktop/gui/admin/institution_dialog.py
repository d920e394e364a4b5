"""Configuración > Datos de la institución."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableView,
)

from pisac_desktop.core import crest as crest_image
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import POSTS
from pisac_desktop.core.institution_settings import (
    GeneralData,
    InstitutionSettings,
    OfficeholderRow,
    OrgUnitRow,
    YearNameRow,
    crest_mime_of,
    load_settings,
    save_settings,
    unit_removal_message,
)
from pisac_desktop.gui import file_dialogs, operations
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FieldErrors
from pisac_desktop.gui.forms.ui_institution_dialog import Ui_InstitutionDialog
from pisac_desktop.gui.operations import CollectionOp, QueryOp, error_message
from pisac_desktop.gui.table_models import ChoiceDelegate, Column, RowsModel
from pisac_desktop.gui.unsaved import UnsavedDialog

GENERAL_FIELDS = (
    "name", "initials", "ruc", "address", "city", "province", "department", "phone", "email",
    "website",
)

YEAR_COLUMNS = (
    Column("year", "Año"),
    Column("name", "Denominación oficial (sin comillas)"),
    Column("decree", "Decreto que la aprueba",
           tooltip="Por ejemplo: Decreto Supremo N° 001-2026-PCM."),
    Column("decree_date", "Vigente desde",
           tooltip="dd/mm/aaaa: fecha del decreto. Los documentos de fecha anterior llevan la "
                   "denominación del año previo; vacío: rige desde el 1 de enero."),
)
UNIT_COLUMNS = (
    Column("name", "Unidad orgánica"),
    Column("abbreviation", "Sigla"),
    Column("active", "Activa", kind="bool",
           tooltip="Una unidad inactiva no se ofrece en los formularios nuevos."),
)
HOLDER_COLUMNS = (
    Column("post", "Cargo", kind="choice",
           choices=tuple((p.code, p.label) for p in POSTS.values())),
    Column("feminine", "En femenino", kind="bool",
           tooltip="Imprimir el cargo en femenino (Alcaldesa, Secretaria General, Jefa...)."),
    Column("title", "Título", tooltip="Abreviatura profesional: Abog., Ing., Lic., CPC, Prof."),
    Column("full_name", "Nombres y apellidos"),
    Column("dni", "DNI"),
    Column("start", "Desde", tooltip="dd/mm/aaaa"),
    Column("end", "Hasta", tooltip="dd/mm/aaaa; vacío si sigue en el cargo"),
    Column("designation", "Documento de designación"),
)

SECTION_TABS = {"general": 0, "year_names": 1, "org_units": 2, "officeholders": 3}


class InstitutionDialog(UnsavedDialog, QDialog):
    unsaved_text = "Hay cambios sin guardar en los datos de la institución."

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_InstitutionDialog()
        self.ui.setupUi(self)
        self._crest: bytes | None = None
        self._loaded = InstitutionSettings()
        self._crest_error: str | None = None

        self.edits: dict[str, QLineEdit] = {f: getattr(self.ui, f"{_camel(f)}Edit")
                                            for f in GENERAL_FIELDS}
        self.field_errors = FieldErrors(
            self.ui.generalForm, {**self.edits, "crest": self.ui.crestPreview}, self
        )

        self.years = RowsModel(YEAR_COLUMNS, YearNameRow, self)
        self.units = RowsModel(UNIT_COLUMNS, OrgUnitRow, self)
        self.holders = RowsModel(HOLDER_COLUMNS, OfficeholderRow, self)
        self.tables: dict[str, tuple[QTableView, RowsModel]] = {
            "year_names": (self.ui.yearNamesView, self.years),
            "org_units": (self.ui.orgUnitsView, self.units),
            "officeholders": (self.ui.officeholdersView, self.holders),
        }
        for view, model in self.tables.values():
            view.setModel(model)
            for col, column in enumerate(model.columns):
                if column.kind == "choice":
                    view.setItemDelegateForColumn(col, ChoiceDelegate(column, view))
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeToContents)
            header.setStretchLastSection(True)
        self.ui.yearNamesView.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.ui.orgUnitsView.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.ui.orgUnitsView.horizontalHeader().setStretchLastSection(False)
        holders_header = self.ui.officeholdersView.horizontalHeader()
        holders_header.setSectionResizeMode(0, QHeaderView.Interactive)
        self.ui.officeholdersView.setColumnWidth(0, 230)
        holders_header.setMinimumSectionSize(60)
        self.ui.officeholdersView.setWordWrap(False)

        self.ui.loadCrestButton.clicked.connect(self.choose_crest)
        self.ui.removeCrestButton.clicked.connect(lambda: self.set_crest(None))
        self.ui.addYearButton.clicked.connect(lambda: self._add_row("year_names"))
        self.ui.removeYearButton.clicked.connect(lambda: self._remove_selected("year_names"))
        self.ui.addUnitButton.clicked.connect(lambda: self._add_row("org_units"))
        self.ui.removeUnitButton.clicked.connect(self.remove_selected_unit)
        self.ui.toggleUnitButton.clicked.connect(self.toggle_selected_unit)
        self.ui.moveUnitUpButton.clicked.connect(lambda: self._move_selected_unit(-1))
        self.ui.moveUnitDownButton.clicked.connect(lambda: self._move_selected_unit(1))
        self.ui.addHolderButton.clicked.connect(lambda: self._add_row("officeholders"))
        self.ui.removeHolderButton.clicked.connect(lambda: self._remove_selected("officeholders"))
        self.ui.buttonBox.button(QDialogButtonBox.Save).setText("Guardar")
        self.ui.buttonBox.button(QDialogButtonBox.Cancel).setText("Cancelar")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.resize(1000, 660)

    # --- load / save -------------------------------------------------------------------------
    def load(self) -> bool:
        """Read what is stored and show it (waiting for the worker: nothing may be typed
        before it is there); False with the reason shown when it cannot be read. The menu
        reads it before building the dialog (MainWindow.open_institution_settings)."""
        op = QueryOp(self, self.ctx.db, load_settings, self.set_settings) \
            .failure(lambda message, _exc: operations.show_failure(
                self, "Datos de la institución", message)).run().wait()
        return op.ok

    def set_settings(self, settings: InstitutionSettings) -> None:
        self._loaded = copy.deepcopy(settings)  # the models edit the rows in place
        for name, edit in self.edits.items():
            edit.setText(getattr(settings.general, name))
        self.years.set_rows(settings.year_names)
        self.units.set_rows(settings.org_units)
        self.holders.set_rows(settings.officeholders)
        self.clear_errors()
        self.set_crest(settings.general.crest)  # after: it may warn of a damaged crest

    def settings(self) -> InstitutionSettings:
        """Exactly what the form holds now."""
        general = GeneralData(**{name: edit.text() for name, edit in self.edits.items()})
        general.crest = self._crest
        general.crest_mime = crest_mime_of(self._crest) if self._crest else None
        return InstitutionSettings(
            general, list(self.years.rows), list(self.units.rows), list(self.holders.rows),
            self._loaded.version,
        )

    def has_changes(self) -> bool:
        self._commit_open_editors()
        return self.settings() != self._loaded

    def save(self) -> bool:
        """Validate and store; on refusal show why at each field and keep everything typed."""
        self._commit_open_editors()
        self.clear_errors()
        settings, actor = copy.deepcopy(self.settings()), self.ctx.actor  # the worker's own

        def refused(message: str, exc: BaseException) -> None:
            if isinstance(exc, ValidationFailed):
                self.show_errors(exc.errors)
            elif isinstance(exc, DomainError):  # e.g. PermissionDenied: account deactivated
                self.ui.errorSummaryLabel.setText(f"No se guardó: {message}")
            else:  # the database: busy or failing; everything typed stays
                operations.show_failure(self, error_message(exc, True)[0], message)

        op = CollectionOp(self, self.ctx.db, lambda s: save_settings(s, settings, actor)) \
            .failure(refused).disabling(self.ui.buttonBox).run().wait()
        if not op.ok:
            return False
        # Reload so new rows get their ids (a second save must update, not insert again).
        self.load()
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    # --- errors --------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.field_errors.clear()
        for _view, model in self.tables.values():
            model.set_errors({})
        self.ui.errorSummaryLabel.clear()

    def show_errors(self, errors: list[FieldError]) -> None:
        per_table: dict[str, dict[tuple[int, str], str]] = {key: {} for key in self.tables}
        for error in errors:
            if error.section in (None, "general"):
                self.field_errors.set(error.field, error.message)
            elif error.row is not None:
                per_table[error.section][(error.row, error.field)] = error.message
        for key, cell_errors in per_table.items():
            self.tables[key][1].set_errors(cell_errors)
        first = errors[0]
        self.ui.settingsTabs.setCurrentIndex(SECTION_TABS.get(first.section or "general", 0))
        if first.section in self.tables and first.row is not None:
            view, model = self.tables[first.section]
            view.setCurrentIndex(model.index(first.row, model.column_of(first.field)))
        elif first.field in self.edits:
            self.edits[first.field].setFocus()
        lines = []
        for e in errors:
            where = f" (fila {e.row + 1})" if e.row is not None else ""
            lines.append(f"• {e.message}{where}")
        # Another workstation saved first (version): nothing of this form is wrong.
        heading = "No se guardó:" if all(e.field == "version" for e in errors) \
            else "No se guardó. Corrija lo marcado en rojo:"
        self.ui.errorSummaryLabel.setText(
            heading + "\n" + "\n".join(lines[:8])
            + ("\n…" if len(lines) > 8 else "")
        )

    # --- crest ---------------------------------------------------------------------------
    def choose_crest(self) -> None:
        filename = file_dialogs.open_file(
            self, "Elegir el escudo", str(Path.home()), "Imágenes PNG o JPG (*.png *.jpg *.jpeg)"
        )
        if filename:
            self.load_crest_file(Path(filename))

    def load_crest_file(self, path: Path) -> bool:
        """Decode and bound the chosen image in the core (a large one is scaled down); a
        refusal is said at the crest and keeps the crest and everything typed before."""
        try:
            too_heavy = crest_image.weight_problem(path.stat().st_size)  # not even read then
            if too_heavy:
                raise crest_image.CrestError(too_heavy)
            data, _mime = crest_image.prepare(path.read_bytes())
        except OSError as exc:
            message = f"No se pudo leer el archivo: {exc.strerror or exc}."
        except crest_image.CrestError as exc:
            message = str(exc)
        else:
            self.set_crest(data)
            return True
        self.field_errors.set("crest", message)
        return False

    def set_crest(self, data: bytes | None) -> None:
        self._crest = data
        self.field_errors.labels["crest"].hide()
        self.ui.crestPreview.setStyleSheet("")
        pixmap = QPixmap()
        damaged = crest_image.drawing_problem(data)
        if data and not damaged and pixmap.loadFromData(data):
            self.ui.crestPreview.setPixmap(
                pixmap.scaled(92, 92, Qt.KeepAspectRatio, Qt.SmoothTransformation)
            )
        else:
            self.ui.crestPreview.setPixmap(QPixmap())
            self.ui.crestPreview.setText("Escudo dañado" if damaged else "Sin escudo")
            if damaged:  # a crest stored before uploads were checked
                self.field_errors.set("crest", damaged)
        self.ui.removeCrestButton.setEnabled(data is not None)

    # --- table buttons -------------------------------------------------------------------
    def _commit_open_editors(self) -> None:
        """A cell still being edited (e.g. Enter not pressed yet) is kept, not lost."""
        editor = QApplication.focusWidget()
        if editor is None:
            return
        for view, _model in self.tables.values():
            if view.viewport().isAncestorOf(editor):
                view.commitData(editor)
                view.closeEditor(editor, QAbstractItemDelegate.NoHint)

    def _selected_row(self, key: str) -> int | None:
        view, _model = self.tables[key]
        index = view.currentIndex()
        return index.row() if index.isValid() else None

    def _add_row(self, key: str) -> None:
        view, model = self.tables[key]
        row = model.append_row()
        index = model.index(row, 0)
        view.setCurrentIndex(index)
        view.edit(index)

    def _remove_selected(self, key: str) -> None:
        row = self._selected_row(key)
        if row is not None:
            self.tables[key][1].remove_row(row)

    def remove_selected_unit(self) -> None:
        row = self._selected_row("org_units")
        if row is None:
            return
        unit = self.units.rows[row]
        if unit.id is None:  # added here, not stored yet
            self.units.remove_row(row)
            return
        unit_id = unit.id
        QueryOp(self, self.ctx.db, lambda s: unit_removal_message(s, unit_id),
                lambda blocker: self._remove_unit(unit, blocker)) \
            .disabling(self.ui.removeUnitButton).run()

    def _remove_unit(self, unit: OrgUnitRow, blocker: str | None) -> None:
        if blocker:
            QMessageBox.information(self, "No se puede eliminar", blocker)
            return
        row = next((i for i, u in enumerate(self.units.rows) if u is unit), None)
        if row is not None:  # still listed (the rows may have moved meanwhile)
            self.units.remove_row(row)

    def toggle_selected_unit(self) -> None:
        row = self._selected_row("org_units")
        if row is not None:
            index = self.units.index(row, self.units.column_of("active"))
            current = self.units.rows[row].active
            self.units.setData(index, Qt.Unchecked if current else Qt.Checked, Qt.CheckStateRole)

    def _move_selected_unit(self, delta: int) -> None:
        row = self._selected_row("org_units")
        if row is not None:
            target = self.units.move_row(row, delta)
            self.ui.orgUnitsView.setCurrentIndex(self.units.index(target, 0))


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)
