"""Configuración › Recursos y plazos: who hears the recursos against each kind of document
(the appeal_rule ladder, seeded with LOM art. 50) and the deadlines a norm or the council's
internal rules set — answering a complaint, attending a councillor's request."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QTableWidgetItem

from pisac_desktop.core.permissions import Permission
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_appeal_rules_dialog import Ui_AppealRulesDialog
from pisac_desktop.gui.instruments.reading import read_now
from pisac_desktop.requests import appeals, complaints, councillors
from pisac_desktop.requests.appeals import RuleRow

COLUMNS = ("Tipo de documento", "Reconsideración ante", "La resuelve con", "Apelación ante",
           "La resuelve con", "Se presenta en")


class AppealRulesDialog(FormDialog):
    UI = Ui_AppealRulesDialog
    FIELDS = {"rules": "rulesTable", "complaint_days": "complaintDaysSpin",
              "councillor_days": "councillorDaysSpin"}

    def __init__(self, ctx, parent=None, data=None):
        """data: (rules, choices, complaint days, councillor days), read before in a worker
        (else read here)."""
        super().__init__(ctx, parent)
        if data is None:
            data = read_now(self, ctx.db, lambda s: AppealRulesDialog.read_data(s, ctx.actor))
        rules, self.choices, complaint_days, councillor_days = data
        ui = self.ui
        table = ui.rulesTable
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(COLUMNS)
        table.setRowCount(len(rules))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.codes = [r.kind_code for r in rules]
        for i, r in enumerate(rules):
            item = QTableWidgetItem(r.kind_title)
            item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
            table.setItem(i, 0, item)
            table.setCellWidget(i, 1, self._line(r.reconsideration_by))
            table.setCellWidget(i, 2, self._kinds(r.reconsideration_kind))
            table.setCellWidget(i, 3, self._line(r.appeal_to))
            table.setCellWidget(i, 4, self._kinds(r.appeal_kind))
            table.setCellWidget(i, 5, self._combo(self.choices.units, r.unit_code))
        ui.complaintDaysSpin.setValue(complaint_days)
        ui.councillorDaysSpin.setValue(councillor_days)
        actor = ctx.actor
        ui.rulesTable.setEnabled(actor.can(Permission.ALL_CASE_FILES))
        ui.complaintDaysSpin.setEnabled(actor.can(Permission.ALL_CASE_FILES))
        ui.councillorDaysSpin.setEnabled(actor.can(Permission.COUNCIL))
        self.before = (rules, complaint_days, councillor_days)

    @staticmethod
    def read_data(session, actor):
        rules, choices = appeals.appeal_rules(session, actor)
        return rules, choices, complaints.complaint_days(session), \
            councillors.councillor_days(session)

    def _line(self, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setMaxLength(200)
        edit.setFrame(False)
        return edit

    def _kinds(self, code: str | None) -> QComboBox:
        return self._combo(self.choices.kinds, code, "—")

    @staticmethod
    def _combo(options, code: str | None, empty: str = "— Elija —") -> QComboBox:
        combo = QComboBox()
        combo.addItem(empty, None)
        for value, label in options:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(code), 0))
        return combo

    def rows(self) -> list[RuleRow]:
        table, out = self.ui.rulesTable, []
        for i, code in enumerate(self.codes):
            out.append(RuleRow(
                code, table.item(i, 0).text(), table.cellWidget(i, 1).text(),
                table.cellWidget(i, 2).currentData(), table.cellWidget(i, 3).text(),
                table.cellWidget(i, 4).currentData(), table.cellWidget(i, 5).currentData()
                or ""))
        return out

    def form(self):
        return self.rows(), self.ui.complaintDaysSpin.value(), \
            self.ui.councillorDaysSpin.value()

    def write(self, session, values):
        rules, complaint_days, councillor_days = values
        actor = self.ctx.actor
        if self.ui.rulesTable.isEnabled():
            appeals.save_appeal_rules(session, actor, rules)
        if complaint_days != self.before[1]:
            complaints.set_complaint_days(session, actor, complaint_days)
        if councillor_days != self.before[2]:
            councillors.set_councillor_days(session, actor, councillor_days)


