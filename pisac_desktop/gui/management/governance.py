"""Gerencia Municipal > Instrumentos de gestión: each instrument with its version in force and
whether it is out of date; its versions with the norm that approved them; register a version
with its file; open the file."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from pisac_desktop.core.permissions import Permission
from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_governance_section import Ui_GovernanceSection
from pisac_desktop.gui.forms.ui_governance_version_dialog import Ui_GovernanceVersionDialog
from pisac_desktop.gui.management.dialogs import choose_scan, read_scan, search_acts_into
from pisac_desktop.gui.management.listing import RowsOfView, list_model
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.management import governance as gv
from pisac_desktop.spanish.dates import short_date

HEADERS = ("Sigla", "Instrumento", "Versión vigente", "Aprobado por", "Vigencia", "Estado")
SAMPLES = ("TUPA", "", "CAP provisional 2023", "Ordenanza Municipal N° 000-2026",
           "desde el 00/00/0000", "Sin registrar")
NORM_KINDS = ("ORDINANCE", "COUNCIL_AGREEMENT", "MAYOR_DECREE", "MAYOR_RESOLUTION")


class VersionDialog(FormDialog):
    UI = Ui_GovernanceVersionDialog
    FIELDS = {"kind": "kindCombo", "title": "titleEdit",
              "approved_by_instrument_id": "normCombo", "approved_by_text": "normTextEdit",
              "approved_on": "approvedEdit", "valid_from": "fromEdit",
              "valid_until": "untilEdit", "notes": "notesEdit", "file": "fileEdit"}
    OK_TEXT = "Registrar"

    def __init__(self, ctx, kind: str | None = None, parent=None):
        super().__init__(ctx, parent)
        ui = self.ui
        self.path: Path | None = None
        self.version_id: int | None = None
        for rule in gv.KINDS:
            ui.kindCombo.addItem(f"{rule.code} — {rule.name}", rule.code)
        if kind is not None:
            ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(kind))
        ui.normCombo.addItem("— Busque la norma en el registro —", None)
        ui.normSearchEdit.returnPressed.connect(lambda: search_acts_into(
            self, ui.normSearchEdit.text(), ui.normCombo, NORM_KINDS,
            "— No está en el registro (escríbala abajo) —"))
        today = ctx.today()
        for edit in (ui.approvedEdit, ui.fromEdit):
            edit.setDate(qdate(today))
        ui.untilEdit.setDate(QDate(today.year, 12, 31))
        ui.openEndedCheck.toggled.connect(lambda on: ui.untilEdit.setEnabled(not on))
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        ui.fileButton.clicked.connect(self.choose_file)
        ui.fileClearButton.clicked.connect(lambda: self.set_file(None))
        self._kind_changed()

    def _kind_changed(self) -> None:
        rule = gv.KIND_OF[self.ui.kindCombo.currentData()]
        ui = self.ui
        ui.headingLabel.setText(f"<b>{escape(rule.name)}</b>. Lo aprueba usualmente: "
                                f"{escape(rule.approved_by)}. " + {
                                    gv.YEARLY: "Rige por el año de su inicio.",
                                    gv.PERIOD: "Rige por un periodo: escriba hasta cuándo.",
                                    gv.STANDING: "Rige hasta que se apruebe otro."}[rule.rule])
        ui.openEndedCheck.setChecked(rule.rule != gv.PERIOD)
        ui.openEndedCheck.setEnabled(rule.rule == gv.STANDING)

    def choose_file(self) -> None:
        if path := choose_scan(self, "Elegir el archivo del instrumento"):
            self.set_file(path)

    def set_file(self, path: Path | None) -> None:
        self.path = path
        self.ui.fileEdit.setText(path.name if path else "")

    def read(self) -> gv.VersionForm:
        ui = self.ui
        return gv.VersionForm(
            ui.kindCombo.currentData(), ui.titleEdit.text(), ui.normCombo.currentData(),
            ui.normTextEdit.text(), ui.approvedEdit.date().toPython(),
            ui.fromEdit.date().toPython(),
            None if ui.openEndedCheck.isChecked() else ui.untilEdit.date().toPython(),
            ui.notesEdit.toPlainText(), read_scan(self.path, "file"))

    def write(self, session, values):
        return gv.register_version(session, self.ctx.actor, values)

    def saved(self, version_id) -> None:
        self.version_id = version_id


class GovernanceSection(RowsOfView, SectionBase, QWidget):
    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx, self.module = ctx, module
        self.ui = Ui_GovernanceSection()
        self.ui.setupUi(self)
        ui = self.ui
        self.rows: list[gv.KindStatus] = []
        self.versions: list[gv.VersionView] = []
        self.last_dialog = None
        view = ui.governanceView
        self.model = list_model(view, HEADERS, SAMPLES, 1, self)
        ui.governanceSplitter.setSizes([820, 320])
        ui.newButton.setVisible(ctx.actor.can(Permission.FOLLOW_UP) or
                                ctx.actor.can(Permission.EDIT_INSTITUTION))
        ui.newButton.clicked.connect(self.new_version)
        ui.fileButton.clicked.connect(self.open_file)
        view.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        view.doubleClicked.connect(lambda _i: self.new_version())
        self._selected()

    def load(self, then=None) -> None:
        actor = self.ctx.actor
        QueryOp(self, self.ctx.db, lambda s: gv.statuses(s, actor),
                lambda rows: self._show(rows, then)) \
            .failure(lambda message, _e: self.ui.statusLabel.setText(message)) \
            .superseding("list").run()

    def _show(self, rows, then=None) -> None:
        keep = self.selected()
        self.rows = rows
        self.model.set_flagged_rows(
            [(r.code, r.name, r.current.title if r.current else "—",
              r.current.approval if r.current else "—",
              r.current.validity if r.current else "—", r.state) for r in rows],
            [r.out_of_date for r in rows], [r.warning or r.name for r in rows])
        late = [r.code for r in rows if r.out_of_date]
        self.ui.statusLabel.setText(("Por actualizar: " + ", ".join(late) + ".") if late else
                                    "Todos los instrumentos de gestión están vigentes.")
        if keep is not None:
            self.select_code(keep.code)
        self._selected()
        if then:
            then()

    def rows_view(self):
        return self.ui.governanceView

    @staticmethod
    def key(row):
        return row.code

    def select_code(self, code: str) -> None:
        self.select_id(code)

    def _selected(self) -> None:
        r = self.selected()
        self.ui.fileButton.setEnabled(False)
        if r is None:
            self.ui.governanceBrowser.setHtml("<p><i>Elija un instrumento para ver sus "
                                              "versiones.</i></p>")
            return
        actor = self.ctx.actor
        QueryOp(self, self.ctx.db, lambda s: gv.versions_of(s, actor, r.code),
                lambda versions: self._show_versions(r, versions)) \
            .superseding("versions").run()

    def _show_versions(self, r: gv.KindStatus, versions) -> None:
        if self.selected() is None or self.selected().code != r.code:
            return
        self.versions = versions
        out = [f"<h3>{escape(r.code)} — {escape(r.name)}</h3>",
               f"<p><b>{escape(r.state)}</b>" + (f": {escape(r.warning)}" if r.warning else "")
               + "</p>", "<h4>Versiones</h4>"]
        if not versions:
            out.append("<p><i>Ninguna registrada.</i></p>")
        for v in versions:
            out.append(f"<p><b>{escape(v.title)}</b><br>Aprobado por {escape(v.approval)} "
                       f"el {short_date(v.approved_on)}<br>Vigencia: {escape(v.validity)}"
                       + (f"<br>Archivo: {escape(v.file_name)}" if v.file_name else "")
                       + (f"<br><i>{escape(v.notes)}</i>" if v.notes else "") + "</p>")
        self.ui.governanceBrowser.setHtml("".join(out))
        self.ui.fileButton.setEnabled(any(v.file_name for v in versions))

    def new_version(self) -> VersionDialog | None:
        r = self.selected()
        dialog = VersionDialog(self.ctx, r.code if r else None, self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog) and dialog.version_id:
            code = dialog.ui.kindCombo.currentData()
            self.load(lambda: (self.select_code(code), self.ui.statusLabel.setText(
                "Versión registrada.")))
        return dialog

    def open_file(self) -> Path | None:
        """The newest version's file that has one, copied to a temporary file and opened."""
        version = next((v for v in self.versions if v.file_name), None)
        if version is None:
            return None
        actor = self.ctx.actor
        op = QueryOp(self, self.ctx.db, lambda s: gv.version_file(s, actor, version.id)) \
            .failure(self.refusing("No se pudo abrir el archivo")).run().wait()
        if not op.ok:
            return None
        try:
            return file_dialogs.open_copy(op.result.file_name, op.result.content,
                                          "pisac-instrumento-")
        except OSError as exc:
            self.ui.statusLabel.setText(f"No se pudo copiar el archivo: {exc.strerror or exc}.")
            return None
