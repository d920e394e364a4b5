"""States are StrEnums, yet the database keeps exactly the strings it kept before: the String
columns store the member's value, and what is read back compares equal to the member."""

import datetime as dt

from sqlalchemy import func, select, text

from pisac_desktop.db.models import CouncilSession, Term
from pisac_desktop.db.models.council import (
    CANCELLED,
    HELD,
    ON_LEAVE,
    ORDEN_DEL_DIA,
    AttendanceStatus,
    MinutesState,
    SessionKind,
    SessionState,
)
from pisac_desktop.db.models.instruments import DRAFT, InstrumentState
from tests.conftest import TODAY


def test_the_old_constants_are_the_enum_members_with_the_old_values():
    assert SCHEDULED_VALUES == {s.value for s in SessionState}
    assert HELD is SessionState.HELD and HELD == "held"
    assert CANCELLED == "cancelled" and ON_LEAVE is AttendanceStatus.ON_LEAVE
    assert ON_LEAVE == "leave" and ORDEN_DEL_DIA == "orden_del_dia"
    assert DRAFT is InstrumentState.DRAFT and DRAFT == "draft"
    assert {m.value for m in MinutesState} == {"draft", "closed", "approved"}
    assert f"{HELD}" == "held" and str(HELD) == "held"


SCHEDULED_VALUES = {"scheduled", "convened", "held", "suspended", "postponed", "not_installed",
                    "cancelled"}


def test_a_state_written_as_a_member_is_stored_as_its_string(session):
    term = Term(start_year=2023, end_year=2026)
    session.add(term)
    session.flush()
    row = CouncilSession(term_id=term.id, kind=SessionKind.ORDINARY, year=2026, number=1,
                         session_date=TODAY, start_time="10:00", place="Salón",
                         state=SessionState.POSTPONED, created_by="x",
                         created_at=dt.datetime(2026, 11, 21, 15))
    session.add(row)
    session.flush()
    typeof, stored_as = {"sqlite": ("typeof", "text"),
                         "postgresql": ("pg_typeof", "character varying")}[
        session.get_bind().dialect.name]
    raw = session.execute(text(f"SELECT kind, state, CAST({typeof}(state) AS TEXT) FROM council_session "
                               "WHERE id = :i"), {"i": row.id}).one()
    assert tuple(raw) == ("ordinary", "postponed", stored_as)
    assert session.scalar(select(func.count()).where(
        CouncilSession.state == SessionState.POSTPONED, CouncilSession.id == row.id)) == 1
    session.expire_all()
    again = session.get(CouncilSession, row.id)
    assert type(again.state) is str  # read back as the plain string...
    assert again.state == SessionState.POSTPONED  # ...equal to the member
