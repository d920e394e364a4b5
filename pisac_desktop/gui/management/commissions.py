"""Gerencia Municipal > Comisiones de trabajo: the commissions the gerente presides or sits in,
with their members and meetings; a new one formed, a meeting recorded with its recommendations
(each becomes a compromiso of its unit, followed in «Seguimiento de acuerdos»), one concluded."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QComboBox, QSpinBox, QTableWidgetItem, QWidget

from pisac_desktop.core.permissions import Permission
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_commission_dialog import Ui_CommissionDialog
from pisac_desktop.gui.forms.ui_commission_meeting_dialog import Ui_CommissionMeetingDialog
from pisac_desktop.gui.forms.ui_commissions_section import Ui_CommissionsSection
from pisac_desktop.gui.management.dialogs import search_acts_into
from pisac_desktop.gui.management.listing import RowsOfView, list_model
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.management import commissions as co
from pisac_desktop.management import views as mv
from pisac_desktop.management.commitments import DAYS_MAX
from pisac_desktop.spanish.dates import short_date

HEADERS = ("Comisión", "Conformada", "Preside", "Reuniones", "Abiertas", "Estado")
SAMPLES = ("", "00/00/0000", "CPC Wilber Ccahua", "Reuniones", "Abiertas",
           "Concluida el 00/00/0000")


def _cell(table, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


class CommissionDialog(FormDialog):
    UI = Ui_CommissionDialog
    FIELDS = {"name": "nameEdit", "purpose": "purposeEdit", "formed_on": "formedEdit",
              "instrument_id": "actCombo", "members": "membersTable"}
    OK_TEXT = "Conformar"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        ui = self.ui
        self.commission_id: int | None = None
        ui.headingLabel.setText("Una fila por miembro, con su cargo y su rol; uno solo la "
                                "preside.")
        ui.formedEdit.setDate(qdate(ctx.today()))
        ui.actCombo.addItem("— Sin resolución —", None)
        ui.actSearchEdit.returnPressed.connect(lambda: search_acts_into(
            self, ui.actSearchEdit.text(), ui.actCombo, none="— Sin resolución —"))
        ui.membersAddButton.clicked.connect(self.add_member)
        ui.membersRemoveButton.clicked.connect(
            lambda: ui.membersTable.removeRow(ui.membersTable.currentRow()))
        ui.membersTable.horizontalHeader().setStretchLastSection(True)
        ui.membersTable.setColumnWidth(0, 230)
        ui.membersTable.setColumnWidth(1, 230)
        for role in ("president", "secretary", "member"):
            self.add_member(role=role)

    def add_member(self, _checked=False, role: str = "member") -> None:
        table = self.ui.membersTable
        row = table.rowCount()
        table.insertRow(row)
        combo = QComboBox()
        for code, label in co.ROLES.items():
            combo.addItem(label, code)
        combo.setCurrentIndex(combo.findData(role))
        table.setCellWidget(row, 2, combo)

    def form(self) -> co.CommissionForm:
        ui = self.ui
        table = ui.membersTable
        members = [co.MemberLine(_cell(table, r, 0), _cell(table, r, 1),
                                 table.cellWidget(r, 2).currentData())
                   for r in range(table.rowCount())]
        return co.CommissionForm(ui.nameEdit.text(), ui.purposeEdit.toPlainText(),
                                 ui.formedEdit.date().toPython(), ui.actCombo.currentData(),
                                 members)

    def write(self, session, values):
        return co.create_commission(session, self.ctx.actor, values)

    def saved(self, commission_id) -> None:
        self.commission_id = commission_id

    def set_member(self, row: int, name: str, post: str) -> None:
        """Type a member's name and post in a row (the tests, and a future paste)."""
        self.ui.membersTable.setItem(row, 0, QTableWidgetItem(name))
        self.ui.membersTable.setItem(row, 1, QTableWidgetItem(post))


class MeetingDialog(FormDialog):
    UI = Ui_CommissionMeetingDialog
    FIELDS = {"held_on": "heldEdit", "place": "placeEdit", "attendees": "attendeesEdit",
              "record": "recordEdit", "recommendations": "recommendationsTable"}
    OK_TEXT = "Registrar"

    def __init__(self, ctx, view: co.CommissionView, units, parent=None):
        super().__init__(ctx, parent)
        ui = self.ui
        self.view, self.units, self.meeting_id = view, units, None
        ui.headingLabel.setText(f"<b>{escape(view.name)}</b><br>Cada recomendación se encarga "
                                "como compromiso a su unidad, con su plazo en días hábiles.")
        ui.heldEdit.setDate(qdate(ctx.today()))
        ui.attendeesEdit.setPlainText("\n".join(m.split(" — ")[0] for m in view.members))
        ui.recommendationsAddButton.clicked.connect(lambda: self.add_recommendation())
        ui.recommendationsRemoveButton.clicked.connect(
            lambda: ui.recommendationsTable.removeRow(ui.recommendationsTable.currentRow()))
        ui.recommendationsTable.setColumnWidth(0, 330)
        ui.recommendationsTable.setColumnWidth(1, 230)
        ui.recommendationsTable.horizontalHeader().setStretchLastSection(True)
        self.add_recommendation()

    def add_recommendation(self, text: str = "", unit_id: int | None = None,
                           days: int = 10) -> None:
        table = self.ui.recommendationsTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(text))
        combo = QComboBox()
        combo.addItem("— Elija —", None)
        for uid, name in self.units:
            combo.addItem(name, uid)
        combo.setCurrentIndex(max(0, combo.findData(unit_id)))
        table.setCellWidget(row, 1, combo)
        spin = QSpinBox()
        spin.setRange(1, DAYS_MAX)
        spin.setValue(days)
        table.setCellWidget(row, 2, spin)

    def form(self) -> co.MeetingForm:
        ui = self.ui
        table = ui.recommendationsTable
        return co.MeetingForm(
            ui.heldEdit.date().toPython(), ui.placeEdit.text(), ui.attendeesEdit.toPlainText(),
            ui.recordEdit.toPlainText(),
            [co.Recommendation(_cell(table, r, 0), table.cellWidget(r, 1).currentData(),
                               table.cellWidget(r, 2).value()) for r in range(table.rowCount())])

    def write(self, session, values):
        return co.record_meeting(session, self.ctx.actor, self.view.id, values)

    def saved(self, meeting_id) -> None:
        self.meeting_id = meeting_id


def detail_html(v: co.CommissionView, meetings: list[co.MeetingView]) -> str:
    out = [f"<h3>{escape(v.name)}</h3><p><b>{escape(v.state)}</b></p>",
           f"<p>{escape(v.purpose)}</p>",
           f"<p><b>Conformada:</b> {short_date(v.formed_on)}"
           + (f" ({escape(v.formed_by)})" if v.formed_by else "") + "</p>",
           "<p><b>Miembros:</b><br>" + "<br>".join(escape(m) for m in v.members) + "</p>",
           "<h4>Reuniones</h4>"]
    if not meetings:
        out.append("<p><i>Ninguna registrada.</i></p>")
    for m in meetings:
        out.append(f"<p><b>{short_date(m.held_on)}</b>, {escape(m.place)}<br>"
                   f"{escape(m.record)}"
                   + "".join(f"<br>• {escape(r)}" for r in m.recommendations) + "</p>")
    return "".join(out)


class CommissionsSection(RowsOfView, SectionBase, QWidget):
    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx, self.module = ctx, module
        self.ui = Ui_CommissionsSection()
        self.ui.setupUi(self)
        ui = self.ui
        self.rows: list[co.CommissionView] = []
        self.last_dialog = None
        view = ui.commissionsView
        self.model = list_model(view, HEADERS, SAMPLES, 0, self)
        ui.commissionsSplitter.setSizes([700, 380])
        manages = ctx.actor.can(Permission.FOLLOW_UP)
        for button in (ui.newButton, ui.meetingButton, ui.endButton):
            button.setVisible(manages)
        ui.standingCheck.toggled.connect(lambda _on: self.load())
        ui.newButton.clicked.connect(self.new_commission)
        ui.meetingButton.clicked.connect(self.record_meeting)
        ui.endButton.clicked.connect(self.end_selected)
        view.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self._selected()

    def rows_view(self):
        return self.ui.commissionsView

    def load(self, then=None) -> None:
        actor, standing = self.ctx.actor, self.ui.standingCheck.isChecked()
        QueryOp(self, self.ctx.db, lambda s: [v for v in co.commissions_of(s, actor)
                                              if not (standing and v.ended_on)],
                lambda rows: self._show(rows, then)) \
            .failure(lambda message, _e: self.ui.statusLabel.setText(message)) \
            .superseding("list").run()

    def _show(self, rows, then=None) -> None:
        keep = self.selected()
        self.rows = rows
        self.model.set_flagged_rows(
            [(v.name, short_date(v.formed_on), v.president, str(v.meetings),
              str(v.open_recommendations), v.state) for v in rows], [False] * len(rows))
        self.ui.statusLabel.setText(
            f"{len(rows)} comisiones." if rows else
            "Ninguna comisión registrada: conforme una con «Nueva comisión…».")
        if keep is not None:
            self.select_id(keep.id)
        self._selected()
        if then:
            then()

    def _selected(self) -> None:
        v, ui = self.selected(), self.ui
        ui.meetingButton.setEnabled(v is not None and v.ended_on is None)
        ui.endButton.setEnabled(v is not None and v.ended_on is None)
        if v is None:
            ui.commissionsBrowser.setHtml("<p><i>Elija una comisión.</i></p>")
            return
        actor = self.ctx.actor
        QueryOp(self, self.ctx.db, lambda s: co.meetings_of(s, actor, v.id),
                lambda meetings: self._show_meetings(v, meetings)) \
            .superseding("meetings").run()

    def _show_meetings(self, v, meetings) -> None:
        if self.selected() is not None and self.selected().id == v.id:
            self.ui.commissionsBrowser.setHtml(detail_html(v, meetings))

    def new_commission(self) -> CommissionDialog:
        dialog = CommissionDialog(self.ctx, self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog) and dialog.commission_id:
            cid = dialog.commission_id
            self.load(lambda: (self.select_id(cid), self.ui.statusLabel.setText(
                "Comisión conformada.")))
        return dialog

    def record_meeting(self) -> MeetingDialog | None:
        v = self.selected()
        if v is None:
            return None
        actor = self.ctx.actor
        op = QueryOp(self, self.ctx.db, lambda s: mv.unit_choices(s, actor)) \
            .failure(self.refusing("No se pudo abrir el formulario")).run().wait()
        if not op.ok:
            return None
        dialog = MeetingDialog(self.ctx, v, op.result, self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog) and dialog.meeting_id:
            self.load(lambda: (self.select_id(v.id), self.ui.statusLabel.setText(
                "Reunión registrada; sus recomendaciones se siguen en «Seguimiento de "
                "acuerdos».")))
        return dialog

    def end_selected(self) -> bool:
        v = self.selected()
        if v is None or v.ended_on is not None:
            return False
        reason = self.ask_reason("Concluir la comisión",
                                 f"¿Por qué concluye «{v.name}»? (su informe final, el encargo "
                                 "cumplido)")
        if reason is None:
            return False
        actor = self.ctx.actor
        op = CollectionOp(self, self.ctx.db, lambda s: co.end_commission(s, actor, v.id, reason)) \
            .failure(self.refusing("No se pudo concluir")).run().wait()
        if op.ok:
            self.load(lambda: self.select_id(v.id))
        return op.ok
