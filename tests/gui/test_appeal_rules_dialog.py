"""Configuración › Recursos y plazos: the ladder of who hears the recursos is edited in a table
(a row left half-filled is refused naming it, the typing kept), the deadlines of complaints and
councillors' requests are set, every change audited; and a kind without an appeal then refuses
an apelación."""

from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from pisac_desktop.db.models import AuditEntry
from pisac_desktop.demo import demo_actor
from pisac_desktop.gui.admin.appeal_rules import AppealRulesDialog
from pisac_desktop.requests import appeals, complaints, councillors
from tests.gui.test_council_sessions import _ctx


def _row(dialog, title_part: str) -> int:
    table = dialog.ui.rulesTable
    return next(i for i in range(table.rowCount()) if title_part in table.item(i, 0).text())


def test_the_ladder_and_the_deadlines_are_edited_and_audited(qtbot, demo, spanish_qapp):
    dialog = AppealRulesDialog(_ctx(demo, "mhuillca"))
    qtbot.addWidget(dialog)
    table = dialog.ui.rulesTable
    gm = _row(dialog, "GERENCIA MUNICIPAL")
    assert table.cellWidget(gm, 1).text() == "Gerente Municipal"
    assert table.cellWidget(gm, 3).text() == "Alcalde"
    assert dialog.ui.complaintDaysSpin.value() == 30
    assert dialog.ui.councillorDaysSpin.value() == 15

    ordinance = _row(dialog, "ORDENANZA")
    table.cellWidget(ordinance, 1).setText("Concejo Municipal")  # no deciding kind, no unit
    table.cellWidget(gm, 3).setText("")  # the Gerencia's resolutions end the route now
    dialog.ui.complaintDaysSpin.setValue(20)
    dialog.accept()
    assert dialog.result() != QDialog.Accepted
    message = dialog.errors.labels["rules"].text()
    assert "ORDENANZA" in message and "documento que resuelve la reconsideración" in message
    assert table.cellWidget(gm, 3).text() == "" and dialog.ui.complaintDaysSpin.value() == 20

    table.cellWidget(ordinance, 1).setText("")
    dialog.accept()
    assert dialog.result() == QDialog.Accepted
    with demo.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        rules, _choices = appeals.appeal_rules(s, actor)
        rule = next(r for r in rules if r.kind_code == "MANAGEMENT_RESOLUTION")
        assert rule.appeal_to == "" and rule.appeal_kind is None
        assert complaints.complaint_days(s) == 20 and councillors.councillor_days(s) == 15
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "appeal_rule")) == 1
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "settings", AuditEntry.entity_id == "complaint_answer_days")) \
            == 1
    import pytest

    from pisac_desktop.core.errors import ValidationFailed
    from pisac_desktop.db.models import Instrument
    from pisac_desktop.requests.appeals import APPEAL, AppealDetails
    from pisac_desktop.tramite.intake import FilingForm

    with demo.db.session() as s:
        act = s.scalar(select(Instrument.id).where(
            Instrument.kind_code == "MANAGEMENT_RESOLUTION", Instrument.state == "issued")
            .limit(1))
        with pytest.raises(ValidationFailed) as refused:
            appeals.register_appeal(s, demo_actor(s, "echoque"), FilingForm(
                filer_document="23456789", filer_name="María Quispe Mamani"),
                AppealDetails(APPEAL, act))
    assert "no cabe apelación" in {e.field: e.message for e in refused.value.errors}["kind"]
