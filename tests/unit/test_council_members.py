"""Members hábiles and quorum on a date (DOMAIN.md section 3: quorum is half plus one of the
members hábiles, floor(n/2) + 1, the número legal less those on leave, suspended or vacated)."""

import datetime as dt

import pytest
from sqlalchemy import select

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.permissions import PermissionDenied
from pisac_desktop.council.members import (
    StatusForm,
    council_on,
    member_statuses,
    quorum_for,
    record_status,
)
from pisac_desktop.db.models import CouncilMember
from pisac_desktop.db.models.council import (
    ROLE_COUNCILLOR,
    STATUS_ACTIVE,
    STATUS_LEAVE,
    STATUS_SUSPENDED,
    STATUS_VACATED,
)
from pisac_desktop.demo import demo_actor

D = dt.date
SESSION_DAY = D(2026, 11, 26)
DOC = "Acuerdo de Concejo N° 041-2026-MDP/CM"


@pytest.fixture
def db(demo_people):
    return demo_people.db


def _regidor(s, position: int) -> int:
    return s.scalar(select(CouncilMember.id).where(CouncilMember.role == ROLE_COUNCILLOR,
                                                   CouncilMember.position == position))


def _status(db, position, status, start, end=None, document=DOC) -> int:
    with db.session() as s:
        form = StatusForm(_regidor(s, position), status, start, end, document)
        return record_status(s, demo_actor(s, "mhuillca"), form)


def _quorum_on(db, day):
    with db.session() as s:
        c = council_on(s, day)
        return c.legal_number, c.able_count, c.quorum


@pytest.mark.parametrize("able, quorum", [(0, 0), (1, 1), (2, 2), (3, 2), (4, 3), (5, 3),
                                          (6, 4), (7, 4)])
def test_quorum_is_half_plus_one_of_the_members_habiles(able, quorum):
    assert quorum_for(able) == quorum


def test_full_council_six_habiles_quorum_four(db):
    with db.session() as s:
        c = council_on(s, SESSION_DAY)
        assert (c.term_label, c.legal_number, c.able_count, c.quorum) == ("2023-2026", 6, 6, 4)
        assert c.mayor.name == "Prof. Julián Quispe Huamán" and c.mayor.role_label == "Alcalde"
        assert c.able_councillors == 5
        assert [m.role_label for m in c.members].count("Regidora") == 2
        assert council_on(s, D(2027, 1, 4)) is None  # no term registered yet


def test_a_regidor_on_leave_that_day_five_habiles_quorum_three(db):
    _status(db, 2, STATUS_LEAVE, D(2026, 11, 20), D(2026, 11, 30))
    assert _quorum_on(db, SESSION_DAY) == (6, 5, 3)
    with db.session() as s:
        c = council_on(s, SESSION_DAY)
        on_leave = [m for m in c.members if not m.able]
        assert [(m.name, m.status_label) for m in on_leave] == [
            ("Ing. Alberto Condori Quispe", "Con licencia")]
        assert c.able_councillors == 4
    # The leave covers its first and last days, not the days around it.
    assert _quorum_on(db, D(2026, 11, 20))[1:] == (5, 3)
    assert _quorum_on(db, D(2026, 11, 30))[1:] == (5, 3)
    assert _quorum_on(db, D(2026, 11, 19))[1:] == (6, 4)
    assert _quorum_on(db, D(2026, 12, 1))[1:] == (6, 4)


def test_leave_ending_the_day_before_the_session_counts_the_member_again(db):
    _status(db, 3, STATUS_LEAVE, D(2026, 11, 2), SESSION_DAY - dt.timedelta(days=1))
    assert _quorum_on(db, SESSION_DAY) == (6, 6, 4)


def test_vacated_and_suspended_members_are_not_habiles(db):
    _status(db, 3, STATUS_VACATED, D(2026, 6, 1))  # open-ended
    _status(db, 5, STATUS_SUSPENDED, D(2026, 11, 1), D(2026, 12, 31))
    assert _quorum_on(db, SESSION_DAY) == (6, 4, 3)
    assert _quorum_on(db, D(2026, 10, 30)) == (6, 5, 3)
    assert _quorum_on(db, D(2026, 5, 29)) == (6, 6, 4)
    with db.session() as s:
        labels = {m.name: m.status_label for m in council_on(s, SESSION_DAY).members}
        assert labels["Hilaria Mamani Chura"] == "Vacada"  # feminine
        assert labels["Teodoro Yupanqui Sallo"] == "Suspendido"


def test_an_accesitario_replacing_a_vacated_regidor_restores_the_count(db):
    _status(db, 5, STATUS_VACATED, D(2026, 6, 1))
    with db.session() as s:
        term_id = s.get(CouncilMember, _regidor(s, 5)).term_id
        s.add(CouncilMember(term_id=term_id, role=ROLE_COUNCILLOR, full_name="Rosa Quispe Ccori",
                            dni="48521369", position=6, feminine=True, since=D(2026, 7, 1)))
    assert _quorum_on(db, D(2026, 6, 15)) == (6, 5, 3)
    assert _quorum_on(db, SESSION_DAY) == (6, 6, 4)


def test_a_later_habil_period_ends_a_suspension(db):
    _status(db, 1, STATUS_SUSPENDED, D(2026, 9, 1))
    _status(db, 1, STATUS_ACTIVE, D(2026, 11, 1), document="")
    assert _quorum_on(db, D(2026, 10, 15))[1] == 5
    assert _quorum_on(db, SESSION_DAY)[1] == 6
    with db.session() as s:
        assert [r.status for r in member_statuses(s, _regidor(s, 1))] == [
            STATUS_SUSPENDED, STATUS_ACTIVE]


def test_status_input_is_validated_in_spanish(db):
    with db.session() as s:
        actor = demo_actor(s, "mhuillca")
        member = _regidor(s, 1)
        with pytest.raises(ValidationFailed) as exc:
            record_status(s, actor, StatusForm(member, STATUS_LEAVE, None, None, " "))
        assert {e.field for e in exc.value.errors} == {"start_date", "end_date", "document"}
        assert "Una licencia tiene fecha de término." in str(exc.value)
        with pytest.raises(ValidationFailed) as exc:
            record_status(s, actor, StatusForm(member, STATUS_LEAVE, D(2026, 11, 5),
                                               D(2026, 11, 4), DOC))
        assert [e.field for e in exc.value.errors] == ["end_date"]
        with pytest.raises(ValidationFailed) as exc:
            record_status(s, actor, StatusForm(member, "retired", D(2026, 11, 5)))
        assert [e.field for e in exc.value.errors] == ["status"]
        with pytest.raises(DomainError, match="ya no existe"):
            record_status(s, actor, StatusForm(99999, STATUS_LEAVE, D(2026, 11, 5)))


def test_a_read_only_account_cannot_record_a_status(db):
    with db.session() as s:
        form = StatusForm(_regidor(s, 1), STATUS_LEAVE, D(2026, 11, 5), D(2026, 11, 9), DOC)
        with pytest.raises(PermissionDenied):
            record_status(s, demo_actor(s, "consulta"), form)
