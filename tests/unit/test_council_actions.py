"""Rules only in the core: a session, its items, its acta and a proposal say which actions they
allow now and, for each refused one, why (Spanish), with the same preconditions the use cases
enforce: an action the read model allows succeeds, one it refuses is refused with that reason."""

import datetime as dt

import pytest

from pisac_desktop.core.actions import Allowed, decide, refusal
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Permission
from pisac_desktop.council import proposals as pr
from pisac_desktop.council.actions import Action
from pisac_desktop.council.agenda import ItemForm, add_item
from pisac_desktop.council.minutes import draft_minutes
from pisac_desktop.council.minutes_view import minutes_view
from pisac_desktop.council.session_view import session_detail
from pisac_desktop.council.sessions import (
    create_session,
    end_without_holding,
    new_session_form,
    postpone,
)
from pisac_desktop.council.states import SessionKind, SessionState
from pisac_desktop.council.summons import convene
from pisac_desktop.demo import demo_actor
from tests.conftest import TODAY
from tests.unit.test_council_sessions import DAY, _held

SESSION_ACTIONS = {
    Action.EDIT_SESSION, Action.CHANGE_SUMMONED_DATA, Action.ADD_ITEM, Action.MOVE_ITEMS,
    Action.CONVENE, Action.RECORD_DELIVERY, Action.RESCHEDULE, Action.NOTE_EMERGENCY,
    Action.POSTPONE, Action.SUSPEND, Action.CANCEL, Action.RECORD_ATTENDANCE, Action.INSTALL,
    Action.RECORD_NOT_INSTALLED, Action.SET_CLOSING_TIME, Action.PRINT_ATTENDANCE,
    Action.PRINT_SUMMARY, Action.PRINT_VOTES, Action.DRAFT_MINUTES, Action.RECORD_VOTES}


@pytest.fixture
def db(demo_people):
    return demo_people.db


@pytest.fixture
def sg(db):
    """The secretaria general; `reader` below: a read-only account."""
    return _actor(db, "mhuillca")


@pytest.fixture
def reader(db):
    return _actor(db, "consulta")


def _actor(db, username):
    with db.session() as s:
        return demo_actor(s, username)


def _new(db, actor, items=()) -> int:
    with db.session() as s:
        form = new_session_form(s, TODAY, SessionKind.ORDINARY)
        form.session_date = DAY
        sid = create_session(s, actor, form)
        for title in items:
            add_item(s, actor, sid, ItemForm(title=title))
        return sid


def _allowed(db, sid, actor) -> Allowed:
    with db.session() as s:
        return session_detail(s, sid).allowed(actor)


def _every_refusal_has_a_spanish_reason(allowed: Allowed, actions) -> None:
    assert set(allowed.actions) | set(allowed.why_not) == set(actions)
    assert not set(allowed.actions) & set(allowed.why_not)
    for action, reason in allowed.why_not.items():
        assert reason.strip() and reason[0].isupper(), (action, reason)
        assert allowed.reason(action) == reason


def test_a_programmed_session_without_agenda(db, sg):
    sid = _new(db, sg)
    allowed = _allowed(db, sid, sg)
    _every_refusal_has_a_spanish_reason(allowed, SESSION_ACTIONS)
    assert {Action.EDIT_SESSION, Action.CHANGE_SUMMONED_DATA, Action.ADD_ITEM,
            Action.MOVE_ITEMS, Action.SUSPEND, Action.CANCEL} <= allowed.actions
    assert allowed.reason(Action.CONVENE) == ("Agregue la agenda antes de convocar: las "
                                              "citaciones la llevan.")
    assert allowed.reason(Action.POSTPONE) == ("Solo se posterga una sesión convocada que aún "
                                               "no se realizó.")
    assert allowed.reason(Action.RECORD_ATTENDANCE) == ("Convoque la sesión antes de registrar "
                                                        "la asistencia.")
    assert allowed.reason(Action.PRINT_ATTENDANCE) == (
        "La sesión aún no se convoca: la hoja de asistencia se imprime una vez convocada.")
    assert "aún no tiene citaciones" in allowed.reason(Action.RECORD_DELIVERY)
    assert allowed.reason(Action.SET_CLOSING_TIME) == ("Solo una sesión realizada tiene hora "
                                                       "de término.")
    # the use case refuses what the read model refuses, with the same words
    with db.session() as s, pytest.raises(DomainError) as refused:
        convene(s, sg, sid, TODAY)
    assert str(refused.value) == allowed.reason(Action.CONVENE)


def test_convened_then_postponed_then_cancelled(db, sg):
    sid = _new(db, sg, ["Aprobar el presupuesto"])
    assert Action.CONVENE in _allowed(db, sid, sg)
    with db.session() as s:
        convene(s, sg, sid, TODAY)
    allowed = _allowed(db, sid, sg)
    assert {Action.POSTPONE, Action.INSTALL, Action.RECORD_DELIVERY, Action.RESCHEDULE,
            Action.RECORD_ATTENDANCE, Action.PRINT_ATTENDANCE, Action.EDIT_SESSION,
            Action.ADD_ITEM} <= allowed.actions
    assert allowed.reason(Action.MOVE_ITEMS) == ("El orden de la agenda figura en las "
                                                 "citaciones: ya no cambia.")
    assert allowed.reason(Action.CHANGE_SUMMONED_DATA).startswith(
        "La sesión ya está convocada: la fecha, la hora, el lugar")
    assert allowed.reason(Action.CONVENE) == "La sesión ya está convocada."
    with db.session() as s:
        end_without_holding(s, sg, sid, SessionState.SUSPENDED, "Duelo regional")
    allowed = _allowed(db, sid, sg)
    _every_refusal_has_a_spanish_reason(allowed, SESSION_ACTIONS)
    assert allowed.reason(Action.SUSPEND) == "La sesión ya está suspendida."
    assert Action.CANCEL in allowed
    assert allowed.reason(Action.EDIT_SESSION) == ("La sesión está suspendida: sus datos ya no "
                                                   "cambian.")
    with db.session() as s, pytest.raises(DomainError, match="ya está suspendida"):
        end_without_holding(s, sg, sid, SessionState.SUSPENDED, "Otra vez")
    with db.session() as s, pytest.raises(DomainError) as refused:
        postpone(s, sg, sid, dt.date(2026, 12, 2), [])
    assert str(refused.value) == allowed.reason(Action.POSTPONE)


def test_a_held_session_its_items_and_its_acta(db, sg):
    sid = _held(db, sg, [("Aprobar el plan", "simple")])
    allowed = _allowed(db, sid, sg)
    _every_refusal_has_a_spanish_reason(allowed, SESSION_ACTIONS)
    assert {Action.SET_CLOSING_TIME, Action.DRAFT_MINUTES, Action.RECORD_ATTENDANCE,
            Action.ADD_ITEM, Action.PRINT_SUMMARY} <= allowed.actions
    assert allowed.reason(Action.INSTALL) == "La sesión está realizada: no se instala."
    assert allowed.reason(Action.PRINT_VOTES) == "Aún no se registró ninguna votación."
    with db.session() as s:
        d = session_detail(s, sid)
    item = d.voting_items[0]
    on_item = d.item_allowed(item, sg)
    assert Action.RECORD_VOTES in on_item
    assert on_item.reason(Action.REMOVE_ITEM).startswith("El punto figura en las citaciones")
    assert on_item.reason(Action.DRAFT_OUTCOME) == (
        "Solo un punto aprobado genera un acuerdo, una resolución o una ordenanza.")
    assert d.item_allowed(None, sg).actions == frozenset()
    with db.session() as s:
        draft_minutes(s, sg, sid)
        d = session_detail(s, sid)
        m = minutes_view(s, sid)
    assert d.allowed(sg).reason(Action.DRAFT_MINUTES) == "La sesión ya tiene su acta."
    on_acta = m.allowed(sg)
    assert Action.EDIT_MINUTES in on_acta
    assert on_acta.reason(Action.APPROVE_MINUTES) == ("Cierre el acta antes de registrar su "
                                                      "aprobación.")
    assert on_acta.reason(Action.REGISTER_MINUTES) == ("Cierre el acta antes de registrarla en "
                                                       "el libro.")


def test_without_the_permission_the_reason_says_so(db, sg, reader):
    sid = _new(db, sg, ["Aprobar el presupuesto"])
    allowed = _allowed(db, sid, reader)
    _every_refusal_has_a_spanish_reason(allowed, SESSION_ACTIONS)
    assert Action.CONVENE not in allowed
    assert "no tiene permiso para programar y convocar sesiones" in allowed.reason(
        Action.CONVENE)
    # printing needs no permission, only a convened session
    assert "aún no se convoca" in allowed.reason(Action.PRINT_SUMMARY)


def test_a_proposal_row_says_what_may_be_done_with_it(db, sg, reader):
    with db.session() as s:
        pid = pr.register(s, sg, pr.ProposalForm(pr.MANAGEMENT, None, "Ordenanza de ornato",
                                                 "Informe N° 1", TODAY), TODAY)
        row = pr.get(s, pid)
    actions = {Action.EDIT_PROPOSAL, Action.INCLUDE_PROPOSAL, Action.OBSERVE_PROPOSAL,
               Action.RETURN_PROPOSAL}
    allowed = row.allowed(sg)
    assert allowed.actions == actions
    with db.session() as s:
        pr.return_proposal(s, sg, pid, "No es competencia del concejo.")
        row = pr.get(s, pid)
    allowed = row.allowed(sg)
    _every_refusal_has_a_spanish_reason(allowed, actions)
    assert allowed.actions == frozenset()
    assert allowed.reason(Action.OBSERVE_PROPOSAL) == ("Solo se observa una propuesta recibida; "
                                                       "esta está devuelta.")
    assert allowed.reason(Action.EDIT_PROPOSAL) == "La propuesta está devuelta: ya no se modifica."
    assert "no tiene permiso" in row.allowed(reader).reason(Action.INCLUDE_PROPOSAL)


def test_decide_and_refusal():
    def refuse():
        raise DomainError("No se puede.")

    assert refusal(refuse) == "No se puede." and refusal(lambda: None) is None
    allowed = decide(None, {Action.CONVENE: (Permission.COUNCIL, refuse),
                            Action.INSTALL: (Permission.COUNCIL, lambda: None)})
    assert allowed.actions == {Action.INSTALL}
    assert allowed.why_not == {Action.CONVENE: "No se puede."}
    assert allowed.reason(Action.INSTALL) == ""


def test_a_fixed_agenda_still_takes_the_papers_of_a_point_until_its_document_is_issued():
    """Editing a point after the agenda is fixed records only its papers (dictamen, informes);
    once the document born of the point is issued, not even those."""
    from types import SimpleNamespace

    from pisac_desktop.council.agenda import check_item_editable
    from pisac_desktop.db.models.council import (
        CANCELLED,
        CONVENED,
        EXTRAORDINARY,
        HELD,
        ORDINARY,
    )

    fixed = SimpleNamespace(kind=EXTRAORDINARY, state=CONVENED, closed_at=None)
    check_item_editable(fixed)  # the agenda is fixed, the papers are not
    closed = SimpleNamespace(kind=EXTRAORDINARY, state=HELD, closed_at="12:00")
    check_item_editable(closed)
    with pytest.raises(DomainError, match="ya fue emitido"):
        check_item_editable(closed, "ACUERDO DE CONCEJO N° 001-2026-MDP/CM")
    with pytest.raises(DomainError, match="cancelada"):
        check_item_editable(SimpleNamespace(kind=ORDINARY, state=CANCELLED, closed_at=None))
