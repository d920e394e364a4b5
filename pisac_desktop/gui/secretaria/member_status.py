"""Record a status period of a council member (licencia, suspensión, vacancia, or hábil again),
with the document that decided it (council.record_status)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import QWidget

from pisac_desktop.council.members import STATUS_LABELS, MemberView, StatusForm, record_status
from pisac_desktop.council.states import MemberStanding
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_member_status_dialog import Ui_MemberStatusDialog
from pisac_desktop.gui.qt_dates import qdate


class MemberStatusDialog(FormDialog):
    UI = Ui_MemberStatusDialog
    FIELDS = {"status": "statusCombo", "start_date": "fromEdit", "end_date": "untilEdit",
              "document": "documentEdit"}
    OK_TEXT = "Registrar"

    def __init__(self, ctx: AppContext, member: MemberView, on: dt.date,
                 parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.member = member
        self.status_id: int | None = None
        ui = self.ui
        ui.headingLabel.setText(f"<b>{html.escape(member.role_label)} "
                                f"{html.escape(member.name)}</b> — situación el {on:%d/%m/%Y}: "
                                f"{html.escape(member.status_label.lower())}")
        for code, label in STATUS_LABELS.items():
            if code != MemberStanding.ACTIVE:
                ui.statusCombo.addItem(label, code)
        ui.statusCombo.addItem("Hábil de nuevo (fin de la suspensión o licencia)", MemberStanding.ACTIVE)
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(MemberStanding.LEAVE))
        ui.fromEdit.setDate(qdate(on))
        ui.untilEdit.setDate(qdate(on))
        ui.untilCheck.toggled.connect(ui.untilEdit.setEnabled)
        self.setWindowTitle(f"Situación de {member.name}")

    def form(self) -> StatusForm:
        ui = self.ui
        return StatusForm(self.member.id, ui.statusCombo.currentData(),
                          ui.fromEdit.date().toPython(),
                          ui.untilEdit.date().toPython() if ui.untilCheck.isChecked() else None,
                          ui.documentEdit.text())

    def write(self, session, form) -> int:
        return record_status(session, self.ctx.actor, form)

    def saved(self, status_id: int) -> None:
        self.status_id = status_id
