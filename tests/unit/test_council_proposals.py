"""Agenda proposals (ROF arts. 32 and 56): register, include through the session's agenda,
observe, return, correct and send again; permissions; audit; pending counts."""

import datetime as dt
import json

import pytest
from sqlalchemy import select

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.permissions import PermissionDenied
from pisac_desktop.council import proposals
from pisac_desktop.council.agenda import ItemForm, add_item, remove_item
from pisac_desktop.council.proposals import (
    COUNCILLOR,
    MANAGEMENT,
    MAYOR,
    IncludeForm,
    ProposalFilter,
    ProposalForm,
)
from pisac_desktop.council.sessions import SessionForm, create_session
from pisac_desktop.council.summons import convene
from pisac_desktop.db.models import AgendaItem, AuditEntry, CouncilMember
from pisac_desktop.db.models.council import (
    EXTRAORDINARY,
    INFORMES,
    ORDINARY,
    PROPOSAL_INCLUDED,
    PROPOSAL_OBSERVED,
    PROPOSAL_RECEIVED,
    PROPOSAL_RETURNED,
)
from pisac_desktop.demo import demo_actor
from tests.conftest import TODAY


@pytest.fixture
def demo(demo_people):
    return demo_people


def _actor(demo, username):
    with demo.db.session() as s:
        return demo_actor(s, username)


@pytest.fixture
def secretary(demo):
    return _actor(demo, "mhuillca")


@pytest.fixture
def manager(demo):
    return _actor(demo, "wccahua")


def _member_id(demo, name):
    with demo.db.session() as s:
        return s.scalar(select(CouncilMember.id).where(CouncilMember.full_name == name))


def _register(demo, actor, **changes):
    form = ProposalForm(MANAGEMENT, None, "Aprobar el Plan Operativo Institucional 2027",
                        "Informe N° 045-2026-GM-MDP", dt.date(2026, 11, 16))
    for key, value in changes.items():
        setattr(form, key, value)
    with demo.db.session() as s:
        return proposals.register(s, actor, form, today=TODAY)


def _session(demo, actor, day=dt.date(2026, 11, 27), kind=ORDINARY):
    with demo.db.session() as s:
        return create_session(s, actor, SessionForm(kind=kind, session_date=day,
                                                    start_time="10:00", place="Salón de "
                                                    "Sesiones del Palacio Municipal"))


def _get(demo, proposal_id):
    with demo.db.session() as s:
        return proposals.get(s, proposal_id)


def _errors(excinfo):
    return {e.field: e.message for e in excinfo.value.errors}


def test_the_gerencia_sends_its_proposal_with_the_manager_named(demo, manager):
    pid = _register(demo, manager)
    row = _get(demo, pid)
    assert row.state == PROPOSAL_RECEIVED and row.state_label == "Recibida"
    assert row.proposer_name == ("Gerencia Municipal (Gerente Municipal CPC Wilber Ccahua "
                                 "Yupanqui)")
    assert row.created_by == "wccahua"
    with demo.db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "agenda_proposal")).one()
    assert entry.action == "create" and entry.entity_id == str(pid)
    assert "Plan Operativo" in json.loads(entry.changes)["asunto"][1]


def test_the_manager_named_is_the_one_in_office_on_the_date_received(demo, secretary):
    pid = _register(demo, secretary, received_on=dt.date(2024, 3, 4))
    assert "Rosa Elvira Mamani Condori" in _get(demo, pid).proposer_name


def test_the_gerencia_cannot_register_a_regidor_or_the_alcaldia(demo, manager):
    for kind in (COUNCILLOR, MAYOR):
        with pytest.raises(ValidationFailed) as excinfo:
            _register(demo, manager, proposer_kind=kind,
                      member_id=_member_id(demo, "Percy Gamarra Luna"))
        assert "ROF art. 32" in _errors(excinfo)["proposer_kind"]


def test_secretaria_registers_a_regidor_serving_on_the_date(demo, secretary):
    nilda = _member_id(demo, "Nilda Rosa Huamán Ttito")
    pid = _register(demo, secretary, proposer_kind=COUNCILLOR, member_id=nilda,
                    subject="Declarar de interés local el Festival del Maíz")
    row = _get(demo, pid)
    assert row.proposer_name == "Regidora Nilda Rosa Huamán Ttito"
    assert row.member_id == nilda
    with demo.db.session() as s:
        names = [c.name for c in proposals.councillors_on(s, dt.date(2026, 11, 16))]
    assert len(names) == 5 and not any("Julián" in n for n in names)  # the alcalde is not one


def test_a_regidor_must_be_chosen_and_be_serving(demo, secretary):
    with pytest.raises(ValidationFailed) as excinfo:
        _register(demo, secretary, proposer_kind=COUNCILLOR, member_id=None)
    assert "Elija al regidor" in _errors(excinfo)["member_id"]
    mayor = _member_id(demo, "Julián Quispe Huamán")
    with pytest.raises(ValidationFailed) as excinfo:
        _register(demo, secretary, proposer_kind=COUNCILLOR, member_id=mayor)
    assert "no era regidor(a)" in _errors(excinfo)["member_id"]
    percy = _member_id(demo, "Percy Gamarra Luna")
    with demo.db.session() as s:
        s.get(CouncilMember, percy).until = dt.date(2026, 6, 30)  # replaced by an accesitario
    with pytest.raises(ValidationFailed) as excinfo:
        _register(demo, secretary, proposer_kind=COUNCILLOR, member_id=percy)
    assert "16/11/2026" in _errors(excinfo)["member_id"]


def test_bad_input_is_refused_at_each_field_and_nothing_is_written(demo, secretary):
    with pytest.raises(ValidationFailed) as excinfo:
        _register(demo, secretary, subject="  ", received_on=dt.date(2026, 11, 22),
                  references="x" * 2001)
    errors = _errors(excinfo)
    assert set(errors) == {"subject", "received_on", "references"}
    assert "posterior a hoy" in errors["received_on"]
    with pytest.raises(ValidationFailed) as excinfo:
        _register(demo, secretary, received_on=None, proposer_kind="nobody")
    assert {"received_on", "proposer_kind"} <= set(_errors(excinfo))
    with demo.db.session() as s:
        assert proposals.search(s) == []


def test_registering_needs_the_permission(demo):
    with pytest.raises(PermissionDenied):
        _register(demo, _actor(demo, "echoque"))  # Mesa de Partes


def test_include_puts_it_on_the_agenda_of_a_programmed_session(demo, secretary):
    pid = _register(demo, secretary)
    sid = _session(demo, secretary)
    with demo.db.session() as s:
        choices = proposals.programmed_sessions(s, TODAY)
        assert [c.label for c in choices] == ["SESIÓN ORDINARIA N° 01-2026 — 27/11/2026"]
        item_id = proposals.include(s, secretary, pid, IncludeForm(sid, INFORMES))
    row = _get(demo, pid)
    assert row.state == PROPOSAL_INCLUDED and row.session_id == sid
    assert row.state_label == ("Incluida en la agenda de la SESIÓN ORDINARIA N° 01-2026 "
                               "(27/11/2026)")
    assert row.state_short == "En agenda: Ordinaria N° 01-2026"
    assert row.proposer_short == "Gerencia Municipal"
    with demo.db.session() as s:
        item = s.get(AgendaItem, item_id)
        assert item.proposal_id == pid and item.section == INFORMES
        assert item.title == "Aprobar el Plan Operativo Institucional 2027"
        assert "Informe N° 045-2026-GM-MDP" in item.detail
        actions = [e.action for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "agenda_proposal", AuditEntry.entity_id == str(pid)))]
        assert actions == ["create", "state_change"]
    # Removing the item from the agenda gives the proposal back to Secretaría.
    with demo.db.session() as s:
        remove_item(s, secretary, item_id)
    assert _get(demo, pid).state == PROPOSAL_RECEIVED


def test_include_refuses_without_a_programmed_session_and_twice(demo, secretary):
    pid = _register(demo, secretary)
    with demo.db.session() as s, pytest.raises(ValidationFailed) as excinfo:
        proposals.include(s, secretary, pid, IncludeForm(None))
    assert "Elija la sesión" in _errors(excinfo)["session_id"]
    sid = _session(demo, secretary, kind=EXTRAORDINARY)
    with demo.db.session() as s:
        add_item(s, secretary, sid, ItemForm(title="Declarar en emergencia la red de agua"))
        convene(s, secretary, sid, TODAY)
    with demo.db.session() as s, pytest.raises(ValidationFailed) as excinfo:
        proposals.include(s, secretary, pid, IncludeForm(sid))
    assert "programada" in _errors(excinfo)["session_id"]
    with demo.db.session() as s:
        assert proposals.programmed_sessions(s, TODAY) == []
    sid = _session(demo, secretary, day=dt.date(2026, 11, 30))  # not the extraordinaria's slot
    with demo.db.session() as s:
        proposals.include(s, secretary, pid, IncludeForm(sid))
    with demo.db.session() as s, pytest.raises(DomainError, match="incluida"):
        proposals.include(s, secretary, pid, IncludeForm(sid))


def test_observe_needs_a_reason_and_the_gerencia_corrects_and_sends_again(demo, secretary,
                                                                          manager):
    pid = _register(demo, manager)
    with demo.db.session() as s, pytest.raises(ValidationFailed) as excinfo:
        proposals.observe(s, secretary, pid, "   ")
    assert "observación" in _errors(excinfo)["reason"]
    with demo.db.session() as s:
        proposals.observe(s, secretary, pid, "Adjunte el informe legal.")
    row = _get(demo, pid)
    assert row.state == PROPOSAL_OBSERVED and row.state_reason == "Adjunte el informe legal."
    with demo.db.session() as s:
        pending = proposals.gerencia_pending(s, TODAY)
        assert pending[0].label == "Propuesta al concejo observada por corregir"
        assert pending[0].count == 1
        assert proposals.secretaria_pending(s, TODAY) == []
        form = proposals.form_of(s, pid)
    form.references += "; Informe Legal N° 210-2026-OAJ-MDP"
    with demo.db.session() as s:
        proposals.resubmit(s, manager, pid, form, today=TODAY)
    row = _get(demo, pid)
    assert row.state == PROPOSAL_RECEIVED and "Informe Legal" in row.references
    with demo.db.session() as s:
        assert proposals.gerencia_pending(s, TODAY) == []
        assert proposals.secretaria_pending(s, TODAY)[0].count == 1
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert json.loads(last.changes)["estado"] == ["Observada", "Recibida"]


def test_the_gerencia_cannot_answer_proposals_nor_correct_a_regidors(demo, secretary,
                                                                     manager):
    nilda = _member_id(demo, "Nilda Rosa Huamán Ttito")
    pid = _register(demo, secretary, proposer_kind=COUNCILLOR, member_id=nilda)
    with demo.db.session() as s:
        with pytest.raises(PermissionDenied):
            proposals.observe(s, manager, pid, "No")
        with pytest.raises(PermissionDenied):
            proposals.return_proposal(s, manager, pid, "No")
        with pytest.raises(PermissionDenied):
            proposals.include(s, manager, pid, IncludeForm(None))
        with pytest.raises(DomainError, match="Solo la Secretaría General"):
            proposals.resubmit(s, manager, pid, proposals.form_of(s, pid), today=TODAY)


def test_return_keeps_the_reason_and_closes_the_proposal(demo, secretary):
    pid = _register(demo, secretary)
    with demo.db.session() as s, pytest.raises(ValidationFailed):
        proposals.return_proposal(s, secretary, pid, "")
    with demo.db.session() as s:
        proposals.return_proposal(s, secretary, pid, "No es competencia del concejo.")
    row = _get(demo, pid)
    assert row.state == PROPOSAL_RETURNED and not row.open
    with demo.db.session() as s:
        with pytest.raises(DomainError, match="devuelta"):
            proposals.observe(s, secretary, pid, "Tarde")
        with pytest.raises(DomainError, match="ya no se modifica"):
            proposals.resubmit(s, secretary, pid, proposals.form_of(s, pid), today=TODAY)


def test_search_by_state_proposer_year_and_accent_free_text(demo, secretary, manager):
    first = _register(demo, manager, subject="Modificación del TUPA")
    second = _register(demo, secretary, proposer_kind=MAYOR, subject="Donación de terreno",
                       received_on=dt.date(2025, 5, 2))
    with demo.db.session() as s:
        proposals.observe(s, secretary, first, "Falta el informe de la Oficina de Presupuesto")
        ids = lambda **kw: [r.id for r in proposals.search(s, ProposalFilter(**kw))]  # noqa: E731
        assert ids() == [first, second]  # newest first
        assert ids(states=(PROPOSAL_OBSERVED,)) == [first]
        assert ids(proposer_kind=MAYOR) == [second]
        assert ids(year=2025) == [second]
        assert ids(text="modificacion tupa") == [first]
        assert ids(text="PRESUPUESTO") == [first]  # the observation is searched too
        assert ids(text="alcaldia") == [second]
        assert proposals.years(s) == [2026, 2025]
