"""Secretaría › Propuestas de agenda and Gerencia › Propuestas al concejo."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from pisac_desktop.council import proposals
from pisac_desktop.council.proposals import COUNCILLOR, MANAGEMENT, MAYOR, ProposalForm
from pisac_desktop.council.sessions import SessionForm, create_session
from pisac_desktop.db.models.council import (
    EXTRAORDINARY,
    ORDEN_DEL_DIA,
    PROPOSAL_INCLUDED,
    PROPOSAL_OBSERVED,
    PROPOSAL_RECEIVED,
)
from pisac_desktop.gui.gerencia.proposals import ManagementProposalsSection
from pisac_desktop.gui.registry import module, sections_of
from pisac_desktop.gui.secretaria.proposal_dialogs import (
    IncludeDialog,
    ProposalDialog,
    ReasonDialog,
)
from pisac_desktop.gui.secretaria.proposals import ProposalsSection
from tests.conftest import TODAY, make_ctx


@pytest.fixture
def secretary(demo_people, spanish_qapp):
    return make_ctx(demo_people, roles=("general_secretariat",))


@pytest.fixture
def manager(demo_people, spanish_qapp):
    return make_ctx(demo_people, roles=("municipal_management",))


def _register(ctx, **changes):
    form = ProposalForm(MANAGEMENT, None, "Aprobar el Plan Operativo Institucional 2027",
                        "Informe N° 045-2026-GM-MDP", dt.date(2026, 11, 16))
    for key, value in changes.items():
        setattr(form, key, value)
    with ctx.db.session() as s:
        return proposals.register(s, ctx.actor, form, today=TODAY)


def _programme(ctx, day=dt.date(2026, 11, 27), kind="ordinary"):
    with ctx.db.session() as s:
        return create_session(s, ctx.actor, SessionForm(
            kind=kind, session_date=day, start_time="10:00",
            place="Salón de Sesiones del Palacio Municipal"))


def _section(qtbot, ctx, cls=ProposalsSection):
    section = cls(ctx, module("secretaria"))
    qtbot.addWidget(section)
    section.load()
    return section


def _state(ctx, proposal_id):
    with ctx.db.session() as s:
        return proposals.get(s, proposal_id)


def test_register_dialog_keeps_what_was_typed_and_shows_errors_at_the_fields(qtbot, secretary):
    dialog = ProposalDialog(secretary)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert [ui.proposerKindCombo.itemText(i) for i in range(ui.proposerKindCombo.count())] == [
        "Regidor(a)", "Gerencia Municipal", "Alcaldía"]
    assert ui.memberCombo.isEnabled() and ui.memberCombo.count() == 5  # the regidores today
    ui.referencesEdit.setPlainText("Carta N° 12-2026-REG")
    ui.receivedOnEdit.setDate(QDate(2026, 11, 23))  # after TODAY
    assert not dialog.save()
    assert dialog.errors.labels["member_id"].text() == "Elija al regidor o regidora que propone."
    assert "posterior a hoy" in dialog.errors.labels["received_on"].text()
    assert dialog.errors.labels["subject"].text().startswith("Escriba el asunto")
    assert ui.referencesEdit.toPlainText() == "Carta N° 12-2026-REG"  # nothing lost
    ui.receivedOnEdit.setDate(QDate(2026, 11, 20))
    ui.memberCombo.setCurrentIndex(ui.memberCombo.findText("Regidor Lic. Percy Gamarra Luna"))
    ui.subjectEdit.setPlainText("Ordenanza de ornato de la plaza")
    assert dialog.save()
    row = _state(secretary, dialog.proposal_id)
    assert row.proposer_name == "Regidor Lic. Percy Gamarra Luna"
    assert row.proposer_kind == COUNCILLOR and row.state == PROPOSAL_RECEIVED


def test_the_councillors_offered_follow_the_date_received(qtbot, secretary):
    dialog = ProposalDialog(secretary)
    qtbot.addWidget(dialog)
    dialog.ui.receivedOnEdit.setDate(QDate(2019, 5, 2))  # no term registered then
    assert dialog.ui.memberCombo.count() == 0
    assert dialog.ui.memberCombo.placeholderText() == "No hay regidores en funciones en esa fecha"
    dialog.ui.proposerKindCombo.setCurrentIndex(dialog.ui.proposerKindCombo.findData(MAYOR))
    assert not dialog.ui.memberCombo.isEnabled()


def test_secretaria_filters_includes_and_observes(qtbot, secretary):
    received = _register(secretary)
    other = _register(secretary, proposer_kind=MAYOR, subject="Donación de un terreno")
    sid = _programme(secretary)
    section = _section(qtbot, secretary)
    assert section.model.rowCount() == 2
    assert section.ui.statusLabel.text() == "2 propuestas. Por atender (recibidas): 2."
    section.ui.proposerCombo.setCurrentIndex(section.ui.proposerCombo.findData(MAYOR))
    assert [r.id for r in section.rows] == [other]
    section.ui.proposerCombo.setCurrentIndex(0)
    section.ui.searchEdit.setText("operativo")
    assert [r.id for r in section.rows] == [received]
    section.ui.searchEdit.clear()

    assert section.select_id(received)
    assert "Informe N° 045-2026-GM-MDP" in section.ui.detailLabel.text()
    assert section.ui.includeButton.isEnabled() and section.ui.observeButton.isEnabled()

    def include(dialog):
        assert isinstance(dialog, IncludeDialog)
        assert dialog.ui.sessionCombo.currentText() == ("SESIÓN ORDINARIA N° 01-2026 — "
                                                        "27/11/2026")
        assert dialog.ui.titleEdit.toPlainText() == "Aprobar el Plan Operativo Institucional 2027"
        dialog.accept()
        return dialog.result() == QDialog.Accepted

    section.exec_dialog = include
    assert section.include_selected()
    row = _state(secretary, received)
    assert row.state == PROPOSAL_INCLUDED and row.session_id == sid
    assert section.ui.statusLabel.text() == ("Se incluyó en la agenda de la SESIÓN ORDINARIA "
                                             "N° 01-2026 — 27/11/2026.")
    assert "Incluida en la agenda de la SESIÓN ORDINARIA N° 01-2026" in \
        section.ui.detailLabel.text()
    assert not section.ui.includeButton.isEnabled() and not section.ui.editButton.isEnabled()

    section.select_id(other)

    def observe(dialog):
        assert isinstance(dialog, ReasonDialog) and dialog.mode == "observe"
        dialog.accept()  # no reason: refused at the field, stays open
        assert dialog.result() != QDialog.Accepted
        assert "observación" in dialog.errors.labels["reason"].text()
        dialog.ui.reasonEdit.setPlainText("Adjunte la partida registral del terreno.")
        dialog.accept()
        return dialog.result() == QDialog.Accepted

    section.exec_dialog = observe
    assert section.answer_selected("observe")
    assert _state(secretary, other).state == PROPOSAL_OBSERVED
    assert "Adjunte la partida registral" in section.ui.detailLabel.text()
    section.ui.stateCombo.setCurrentIndex(section.ui.stateCombo.findData(PROPOSAL_OBSERVED))
    assert [r.id for r in section.rows] == [other]


def test_include_without_a_programmed_session_says_what_to_do(qtbot, secretary):
    pid = _register(secretary)
    dialog = IncludeDialog(secretary, pid)
    qtbot.addWidget(dialog)
    assert "Programe primero la sesión" in dialog.ui.messageLabel.text()
    assert not dialog.save()
    assert dialog.errors.labels["session_id"].text().startswith("Elija la sesión")


def test_an_extraordinaria_takes_the_point_in_the_orden_del_dia(qtbot, secretary):
    pid = _register(secretary)
    _programme(secretary, kind=EXTRAORDINARY)
    dialog = IncludeDialog(secretary, pid)
    qtbot.addWidget(dialog)
    assert dialog.ui.sectionCombo.currentData() == ORDEN_DEL_DIA
    assert not dialog.ui.sectionCombo.isEnabled()


def test_gerencia_sends_sees_the_observation_and_resubmits(qtbot, manager, secretary):
    section = _section(qtbot, manager, ManagementProposalsSection)
    assert section.ui.proposerCombo.isHidden() and section.ui.includeButton.isHidden()
    assert section.ui.registerButton.text() == "&Enviar una propuesta…"

    def send(dialog):
        ui = dialog.ui
        assert ui.proposerKindCombo.count() == 1 and not ui.receivedOnEdit.isEnabled()
        assert ui.receivedOnEdit.date().toPython() == TODAY
        dialog.accept()  # empty: refused, nothing lost
        assert dialog.errors.labels["subject"].text().startswith("Escriba el asunto")
        ui.subjectEdit.setPlainText("Modificación del TUPA 2027")
        dialog.accept()
        return dialog.result() == QDialog.Accepted

    section.exec_dialog = send
    assert section.register()
    assert section.ui.statusLabel.text() == "Se envió la propuesta a la Secretaría General."
    pid = section.current.id
    assert "Gerencia Municipal (Gerente Municipal CPC Wilber Ccahua Yupanqui)" in \
        section.ui.detailLabel.text()
    _register(secretary, proposer_kind=MAYOR, subject="De la alcaldía")  # not listed here
    section.load()
    assert [r.id for r in section.rows] == [pid]

    with secretary.db.session() as s:
        proposals.observe(s, secretary.actor, pid, "Precise los procedimientos que cambian.")
    spec = next(s for s in sections_of("gerencia") if s.key == "proposals")
    with manager.db.session() as s:
        pending = spec.pending(s, TODAY)
    assert [(p.label, p.count) for p in pending] == [
        ("Propuesta al concejo observada por corregir", 1)]
    section.load()
    assert section.ui.statusLabel.text() == "1 propuesta. Observadas por corregir: 1."
    assert section.ui.editButton.isEnabled()

    def resubmit(dialog):
        assert "Precise los procedimientos" in dialog.ui.hintLabel.text()
        dialog.ui.referencesEdit.setPlainText("Informe N° 77-2026-GM-MDP")
        dialog.accept()
        return dialog.result() == QDialog.Accepted

    section.exec_dialog = resubmit
    assert section.edit_selected()
    assert _state(manager, pid).state == PROPOSAL_RECEIVED
    assert section.ui.statusLabel.text() == "Se reenvió la propuesta corregida."


def test_secretaria_pending_counts_the_received(secretary):
    _register(secretary)
    spec = next(s for s in sections_of("secretaria") if s.key == "proposals")
    with secretary.db.session() as s:
        pending = spec.pending(s, TODAY)
    assert [(p.label, p.count) for p in pending] == [("Propuesta de agenda por atender", 1)]
    assert "Gerencia Municipal" in pending[0].detail


def test_read_only_users_see_but_do_not_act(qtbot, demo_people, spanish_qapp):
    ctx = make_ctx(demo_people, roles=("read_only",))
    pid = _register(make_ctx(demo_people))
    section = _section(qtbot, ctx)
    assert section.select_id(pid)
    for button in (section.ui.registerButton, section.ui.includeButton,
                   section.ui.observeButton, section.ui.returnButton, section.ui.editButton):
        assert not button.isEnabled()
