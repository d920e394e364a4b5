"""The demo's council (DOMAIN.md section 3; issue 5 "Demo"): a full year and this year up to
today, built through the domain, obeying its rules."""

import datetime as dt
from collections import Counter
from itertools import pairwise

import pytest
from sqlalchemy import select

from pisac_desktop.core.audit import verify_chain
from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.council import attendance as Att
from pisac_desktop.council import books as B
from pisac_desktop.council import minutes as M
from pisac_desktop.council import settings as Set
from pisac_desktop.council import summons as Sum
from pisac_desktop.council import votes as Vot
from pisac_desktop.council.members import council_on
from pisac_desktop.db.models import (
    AgendaItem,
    AgendaProposal,
    Attendance,
    CouncilSession,
    Instrument,
    MemberStatus,
    Publication,
    Summons,
    Vote,
)
from pisac_desktop.db.models.council import (
    CONVENED,
    EXTRAORDINARY,
    FOR,
    HELD,
    MINUTES_APPROVED,
    MINUTES_DRAFT,
    NOT_INSTALLED,
    ON_LEAVE,
    ORDINARY,
    SCHEDULED,
    SOLEMN,
    STATUS_LEAVE,
    TWO_THIRDS_LEGAL,
    UNANIMITY,
)
from tests.conftest import TODAY


@pytest.fixture
def db(demo):
    with demo.db.session() as s:
        yield s


def _sessions(s, *where):
    return list(s.scalars(select(CouncilSession).where(*where)
                          .order_by(CouncilSession.session_date, CouncilSession.id)))


def _result(s, item: AgendaItem) -> Vot.ItemResult:
    council = council_on(s, item.session.session_date)
    votes = list(s.scalars(select(Vote).where(Vote.item_id == item.id)))
    return Vot.item_result(council, Att.attendance_of(s, item.session_id), item, votes)


def test_two_ordinary_sessions_a_month_last_year_and_this_year_up_to_today(db):
    ordinary = _sessions(db, CouncilSession.kind == ORDINARY,
                         CouncilSession.session_date < TODAY)
    months = Counter((x.session_date.year, x.session_date.month) for x in ordinary)
    expected = [(TODAY.year - 1, m) for m in range(1, 13)] + [
        (TODAY.year, m) for m in range(1, TODAY.month + 1)]
    assert sorted(months) == expected
    assert set(months.values()) == {2}
    assert all(Sum.month_warning(db, x) is None for x in ordinary)
    kinds = Counter(x.kind for x in _sessions(db, CouncilSession.session_date < TODAY))
    assert kinds[EXTRAORDINARY] >= 3 and kinds[SOLEMN] >= 1
    numbers = [(x.kind, x.year, x.number) for x in _sessions(db)]
    for kind, year in {(k, y) for k, y, _n in numbers}:
        series = [n for k, y, n in numbers if (k, y) == (kind, year)]
        assert series == list(range(1, len(series) + 1)), (kind, year)


def test_one_session_ahead_convened_and_one_programmed(db):
    ahead = _sessions(db, CouncilSession.session_date >= TODAY)
    assert [x.state for x in ahead] == [CONVENED, SCHEDULED]
    assert all(x.items for x in ahead)
    assert Sum.summonses(db, ahead[1].id) == []
    past = _sessions(db, CouncilSession.session_date < TODAY)
    assert {x.state for x in past} == {HELD, NOT_INSTALLED}


def test_late_summonses_one_emergency_one_rescheduled_one_unresolved(db):
    calendar, settings = BusinessCalendar.load(db), Set.council_settings(db)
    late = {x.id: Sum.late_summonses(db, x, calendar) for x in _sessions(db)}
    with_late = [x for x in _sessions(db) if late[x.id]]
    assert len(with_late) >= 3
    emergency = [x for x in with_late if x.emergency_note]
    assert len(emergency) == 1 and emergency[0].kind == EXTRAORDINARY
    assert emergency[0].state == HELD and Sum.unresolved_late(db, emergency[0]) == []
    unresolved = [x for x in _sessions(db) if Sum.unresolved_late(db, x)]
    assert len(unresolved) == 1 and unresolved[0].session_date > TODAY
    (summons, check), = Sum.unresolved_late(db, unresolved[0])
    assert check.between < check.required == 5 and check.earliest.result > TODAY
    pending = [x for x in Sum.summonses(db, unresolved[0].id) if x.delivered_at is None]
    assert len(pending) == 1
    rescheduled = [x for x in _sessions(db) if "Reprogramada" in x.state_note]
    assert len(rescheduled) == 1 and not late[rescheduled[0].id]
    for x in _sessions(db, CouncilSession.state == HELD):  # every summons delivered
        assert all(sm.delivered_at for sm in Sum.summonses(db, x.id))
        assert all(not Sum.notice_check(calendar, settings, x, sm).late or x.emergency_note
                   or x.kind == ORDINARY for sm in Sum.summonses(db, x.id))


def test_a_regidora_on_leave_for_a_month_is_not_summoned_and_lowers_the_quorum(db):
    (leave,) = db.scalars(select(MemberStatus).where(MemberStatus.status == STATUS_LEAVE))
    assert (leave.end_date - leave.start_date).days == 30
    granted = db.scalar(select(Instrument).where(Instrument.number_text == leave.document))
    assert granted is not None and granted.state == "issued"
    assert granted.doc_date < leave.start_date and "licencia" in granted.summary
    during = _sessions(db, CouncilSession.session_date.between(leave.start_date, leave.end_date))
    assert len(during) == 2
    for x in during:
        council = council_on(db, x.session_date)
        assert (council.able_count, council.quorum) == (5, 3)
        assert leave.member_id not in {sm.member_id for sm in Sum.summonses(db, x.id)}
        assert db.get(Attendance, (x.id, leave.member_id)).status == ON_LEAVE


def test_attendance_has_tardanzas_and_absences_and_one_session_lacked_quorum(db):
    statuses = Counter(a.status for a in db.scalars(select(Attendance)))
    assert statuses["late"] >= 3 and statuses["absent"] >= 5
    (not_installed,) = _sessions(db, CouncilSession.state == NOT_INSTALLED)
    council = council_on(db, not_installed.session_date)
    quorum = Att.quorum_of(council, Att.attendance_of(db, not_installed.id))
    assert not quorum.reached and quorum.present == 3 and quorum.quorum == 4
    acta = M.minutes_of(db, not_installed.id)
    assert "no se instaló" in acta.body and acta.book_id is not None


def test_votes_unanimous_split_tie_qualified_outside_agenda_and_rejected(db):
    voted = list(db.scalars(select(AgendaItem).where(AgendaItem.voted.is_(True))))
    results = {item.id: _result(db, item) for item in voted}
    unanimous = [i for i in voted if results[i.id].against == results[i.id].abstain == 0]
    assert len(unanimous) > len(voted) / 2
    assert sum(1 for r in results.values() if r.against and r.approved) >= 5
    (tie,) = [i for i in voted if results[i.id].tie]
    assert tie.mayor_tiebreak == FOR and results[tie.id].approved
    qualified = [i for i in voted if i.majority == TWO_THIRDS_LEGAL]
    assert qualified and all(results[i.id].approved and results[i.id].required == 4
                             for i in qualified)
    (outside,) = [i for i in voted if i.outside_agenda]
    assert outside.majority == UNANIMITY and results[outside.id].approved
    rejected = [i for i in voted if not results[i.id].approved]
    assert len(rejected) >= 2 and all(i.instrument_id is None for i in rejected)


def test_approved_items_became_issued_acuerdos_and_published_ordenanzas(db):
    voted = list(db.scalars(select(AgendaItem).where(AgendaItem.voted.is_(True))))
    approved = [i for i in voted if _result(db, i).approved]
    assert all(i.instrument_id for i in approved)
    docs = [db.get(Instrument, i.instrument_id) for i in approved]
    assert all(d.state == "issued" and d.doc_date == i.session.session_date
               for d, i in zip(docs, approved, strict=True))
    kinds = Counter(d.kind_code for d in docs)
    assert kinds["COUNCIL_AGREEMENT"] >= 40 and kinds["ORDINANCE"] >= 4
    # Every acuerdo and ordenanza of the demo was born of a session.
    council_kinds = list(db.scalars(select(Instrument.id).where(
        Instrument.kind_code.in_(("COUNCIL_AGREEMENT", "ORDINANCE")))))
    assert sorted(council_kinds) == sorted(d.id for d in docs)
    for d in docs:
        if d.kind_code == "ORDINANCE" and d.doc_date < TODAY - dt.timedelta(days=5):
            assert db.scalar(select(Publication).where(Publication.instrument_id == d.id))


def test_numbers_never_repeat_and_follow_the_dates(db):
    issued = list(db.scalars(select(Instrument).where(Instrument.number.is_not(None))
                             .order_by(Instrument.id)))
    keys = [(d.kind_code, d.year, d.number) for d in issued]
    assert len(keys) == len(set(keys))
    for kind, year in {(k, y) for k, y, _n in keys}:
        series = sorted((d.number, d.doc_date) for d in issued
                        if (d.kind_code, d.year) == (kind, year))
        assert [n for n, _d in series] == list(range(1, len(series) + 1)), (kind, year)
        assert all(a[1] <= b[1] for a, b in pairwise(series)), (kind, year)
    summonses = list(db.scalars(select(Summons).order_by(Summons.year, Summons.number)))
    assert len({(x.year, x.number) for x in summonses}) == len(summonses)
    assert len({x.number_text for x in summonses}) == len(summonses)
    for year in {x.year for x in summonses}:
        series = [x for x in summonses if x.year == year]
        assert [x.number for x in series] == list(range(1, len(series) + 1))
        assert all(a.issued_on <= b.issued_on for a, b in pairwise(series))
    assert summonses[0].number_text == f"CITACIÓN N° 001-{summonses[0].year}-SG-MDP"


def test_actas_in_two_books_the_first_nearly_full_the_latest_still_a_draft(db):
    book1, book2 = B.books(db)
    warning = Set.council_settings(db).folio_warning
    assert (book1.number, book2.number) == (1, 2)
    assert 0 < book1.remaining <= warning and book1.acta_count > 20
    assert book2.acta_count > 5 and book2.remaining > warning
    held = _sessions(db, CouncilSession.state.in_((HELD, NOT_INSTALLED)))
    actas = [M.minutes_of(db, x.id) for x in held]
    assert actas[-1].state == MINUTES_DRAFT and actas[-1].book_id is None
    assert all(a.state == MINUTES_APPROVED and a.book_id for a in actas[:-1])
    assert all("[" not in a.body for a in actas)  # completed: no part left to fill in
    for x, a in zip(held, actas, strict=True):  # each item treated (none when not installed)
        assert all(item.title in a.body for item in x.items) or x.state == NOT_INSTALLED, x.id
    for book in (book1, book2):
        rows = [a for a in actas if a.book_id == book.id]
        assert [a.acta_number for a in rows] == list(range(1, len(rows) + 1))
        assert rows[0].first_folio == 1
        assert all(b.first_folio == a.last_folio + 1 for a, b in pairwise(rows))
    dispensed = [a for a in actas if a.approval_mode == "same"]
    assert dispensed and all(a.approved_in_session_id == a.session_id for a in dispensed)
    later = [a for a in actas[:-1] if a.approval_mode == "next"]
    for a in later:
        own, approving = db.get(CouncilSession, a.session_id), db.get(
            CouncilSession, a.approved_in_session_id)
        assert approving.session_date > own.session_date and approving.kind == ORDINARY


def test_agenda_proposals_in_every_state(db):
    states = Counter(db.scalars(select(AgendaProposal.state)))
    assert states["included"] >= 3 and states["observed"] == 1 and states["returned"] == 1
    assert states["received"] >= 1
    included = list(db.scalars(select(AgendaProposal).where(
        AgendaProposal.state == "included")))
    for p in included:
        item = db.scalar(select(AgendaItem).where(AgendaItem.proposal_id == p.id))
        assert item is not None and item.session_id == p.session_id
        on_agenda = db.get(CouncilSession, p.session_id)
        assert p.received_on < (on_agenda.convened_on or TODAY)


def test_everything_was_audited_and_the_chain_holds(db):
    from pisac_desktop.db.models import AuditEntry

    entities = Counter(db.scalars(select(AuditEntry.entity)))
    assert entities["council_session"] >= 4 * len(_sessions(db, CouncilSession.state == HELD))
    assert entities["summons"] == db.query(Summons).filter(
        Summons.delivered_at.is_not(None)).count()
    assert entities["minutes"] > 0 and entities["agenda_proposal"] > 0
    assert verify_chain(db).ok


def test_the_demo_without_documents_has_no_sessions(demo_people):
    with demo_people.db.session() as s:
        assert s.scalar(select(CouncilSession.id)) is None
