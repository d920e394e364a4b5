"""Sesiones de concejo, offscreen: the agenda item dialog records the item's dictamen, informe
técnico and informe legal (also once the agenda is fixed, and then nothing else), and the
Votaciones tab drafts a Resolución de Concejo whose VISTO and legal basis cite them."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from pisac_desktop.council.votes import record_votes, set_closing_time
from pisac_desktop.db.models import AgendaItem, Instrument
from pisac_desktop.db.models.council import FOR
from tests.gui.test_council_sessions import _ctx, _held, _section, _session

DICTAMEN = "Dictamen N° 003-2026-CPP/MDP de la Comisión de Planeamiento y Presupuesto"
LEGAL = "Informe Legal N° 045-2026-OAJ/MDP"


@pytest.fixture
def clerk(demo, spanish_qapp):
    return _ctx(demo)


def test_a_new_item_takes_its_papers_in_the_dialog(qtbot, clerk):
    session_id = _session(clerk, items=())
    section, driver = _section(qtbot, clerk)
    section.select_id(session_id)
    agenda = section.show_tab("agenda")

    def fill(dialog):
        dialog.ui.titleEdit.setPlainText("Aprobar el Plan Operativo Institucional 2027")
        dialog.ui.committeeReportEdit.setText(DICTAMEN)
        dialog.ui.technicalReportEdit.setText("Informe N° 120-2026-SGIDU/MDP")
        dialog.ui.legalReportEdit.setText(LEGAL)
        # The asunto and the detalle count their characters against the core's limits.
        assert dialog.ui.titleCounter.text() == "44 / 2.000 caracteres"
        dialog.ui.detailEdit.setPlainText("x" * 5)
        assert dialog.ui.detailCounter.text().startswith("5 / ")

    driver.fill = fill
    assert agenda.add_item()
    with clerk.db.session() as s:
        item = s.scalars(select(AgendaItem).where(AgendaItem.session_id == session_id)).one()
        assert (item.committee_report, item.technical_report, item.legal_report) == (
            DICTAMEN, "Informe N° 120-2026-SGIDU/MDP", LEGAL)


def test_a_closed_session_takes_papers_only_and_drafts_a_council_resolution(qtbot, clerk):
    session_id = _session(clerk, convened_on=dt.date(2026, 11, 23))
    council = _held(clerk, session_id)
    with clerk.db.session() as s:
        (item,) = s.scalars(select(AgendaItem).where(AgendaItem.session_id == session_id))
        record_votes(s, clerk.actor, item.id,
                     {m.id: (FOR, "") for m in council.able if not m.is_mayor})
        set_closing_time(s, clerk.actor, session_id, "12:30")
        item_id = item.id
    section, driver = _section(qtbot, clerk)
    section.select_id(session_id)
    agenda = section.show_tab("agenda")
    agenda.ui.agendaView.selectRow(agenda.model.row_of(item_id))
    assert agenda.ui.editItemButton.isEnabled()
    assert not agenda.ui.addItemButton.isEnabled()

    def fill(dialog):
        assert dialog.ui.titleEdit.isReadOnly() and dialog.ui.detailEdit.isReadOnly()
        assert not dialog.ui.sectionCombo.isEnabled()
        assert "solo se registran el dictamen" in dialog.ui.hintLabel.text()
        dialog.ui.committeeReportEdit.setText(DICTAMEN)
        assert dialog.ui.legalReportEdit.maxLength() == 300  # the core's limit (LINE_MAX)
        dialog.ui.legalReportEdit.setText(LEGAL)

    driver.fill = fill
    assert agenda.edit_item()

    votes = section.show_tab("votes")
    assert votes.ui.councilResolutionButton.isEnabled()
    driver.answer = False  # do not open it now
    qtbot.mouseClick(votes.ui.councilResolutionButton, Qt.LeftButton)
    with clerk.db.session() as s:
        item = s.get(AgendaItem, item_id)
        assert item.outcome_kind == "COUNCIL_RESOLUTION"
        rc = s.get(Instrument, item.instrument_id)
        assert rc.seen.startswith(f"El {DICTAMEN}, el {LEGAL}, y el punto 1 de la agenda")
        assert "en Sesión Ordinaria N° " in rc.legal_basis and "por UNANIMIDAD" in rc.legal_basis
    assert not votes.ui.councilResolutionButton.isEnabled()
    assert "Resolución de Concejo" in driver.questions[-1]
