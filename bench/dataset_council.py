"""Ten years of council sessions for the benchmark, written with bulk inserts.

Going through the domain (as the demo does) would take minutes for ~270 sessions: here the rows
are computed in Python and inserted table by table, following the same rules (sessions twice a
month on business days plus extraordinarias and a solemn one, numbered per kind and year; one
numbered summons per member hábil and invited official, delivered, a few late; attendance with
absences and tardanzas, a regidor on leave once a term, a session without quorum each year; votes
on the Orden del Día; actas drafted by the app's own text and registered in minute books with
continuous folios). Nothing here is audited: it is fixture data, not office work.

One session, the last ordinaria before AS_OF, has 30 agenda items, all of the Orden del Día
voted: the benchmark opens it.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func, insert, select, update

from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.institution import POSTS, get_institution, post_label
from pisac_desktop.council.settings import SUMMONS_KIND, council_settings, ensure_council_defaults
from pisac_desktop.db.models import (
    AgendaItem,
    Attendance,
    CouncilSession,
    Instrument,
    InstrumentKind,
    MemberStatus,
    Minutes,
    MinutesBook,
    NumberSequence,
    Officeholder,
    SessionInvitee,
    Summons,
    Term,
    Vote,
)
from pisac_desktop.db.models.council import (
    ABSENT,
    AGAINST,
    DESPACHO,
    EXTRAORDINARY,
    FOR,
    HELD,
    INFORMES,
    LATE,
    MINUTES_APPROVED,
    MINUTES_DRAFT,
    NOT_INSTALLED,
    ON_LEAVE,
    ORDEN_DEL_DIA,
    ORDINARY,
    PEDIDOS,
    PRESENT,
    ROLE_MAYOR,
    SIMPLE,
    SOLEMN,
    STATUS_LEAVE,
    TWO_THIRDS_LEGAL,
)
from pisac_desktop.demo.council_plan import (
    DESPACHOS,
    INFORMS,
    REQUESTS,
    ROUTINE,
    business_day_after,
    business_days_before,
)
from pisac_desktop.instruments.kinds import format_number
from pisac_desktop.startup import OpenedDatabase

BIG_SESSION_ITEMS = 30
INVITED_POSTS = ("MUNICIPAL_MANAGER", "GENERAL_SECRETARY")
BOOK_FOLIOS = 200
CREATED_BY = "mhuillca"


def _plan(cal: BusinessCalendar, first: int, last: int, until: dt.date, scale: float):
    """(kind, date, notice in business days) of every session, in date order."""
    out = []
    for year in range(first, last + 1):
        year_plan = []
        for month in range(1, 13):
            for anchor in (5, 19):
                year_plan.append((ORDINARY, business_day_after(cal, dt.date(year, month, anchor)), 4))
            if month in (3, 9):
                year_plan.append((EXTRAORDINARY, business_day_after(cal, dt.date(year, month, 25)), 7))
        year_plan.append((EXTRAORDINARY, business_day_after(cal, dt.date(year, 12, 12)), 7))
        solemn = dt.date(year, 7, 27)
        while not cal.is_business_day(solemn):
            solemn -= dt.timedelta(days=1)
        year_plan.append((SOLEMN, solemn, 4))
        year_plan = sorted(p for p in year_plan if p[1] <= until)
        if scale < 1:  # tests: a couple of sessions a year
            keep = max(2, round(len(year_plan) * scale))
            year_plan = year_plan[:: max(1, len(year_plan) // keep)][:keep]
        out += year_plan
    return out


class _Ids:
    """Next primary keys, so that related rows can be written in one bulk insert each."""

    def __init__(self, session):
        self._next = {}
        for model in (CouncilSession, AgendaItem, Summons, Minutes, MinutesBook):
            self._next[model] = (session.scalar(select(func.max(model.id))) or 0) + 1

    def take(self, model) -> int:
        value = self._next[model]
        self._next[model] = value + 1
        return value


def council_sessions(opened: OpenedDatabase, rng: random.Random, scale: float = 1.0,
                     first_year: int = 2017, last_year: int = 2026,
                     until: dt.date = dt.date(2026, 10, 31)) -> None:
    from pisac_desktop.council import minutes as M

    with opened.db.session() as session:
        ensure_council_defaults(session)
        cal = BusinessCalendar.load(session)
        settings = council_settings(session)
        institution = get_institution(session)
        summons_kind = session.get(InstrumentKind, SUMMONS_KIND)
        terms = list(session.scalars(select(Term).order_by(Term.start_year)))
        members = {t.id: sorted(t.members, key=lambda m: m.position) for t in terms}
        holders = list(session.scalars(select(Officeholder)))
        outcomes: dict[int, list[tuple[int, str]]] = {}
        for doc_id, kind, year in session.execute(
                select(Instrument.id, Instrument.kind_code, Instrument.year)
                .where(Instrument.kind_code.in_(("COUNCIL_AGREEMENT", "ORDINANCE")),
                       Instrument.state == "issued").order_by(Instrument.id)):
            outcomes.setdefault(year, []).append((doc_id, kind))

        def term_of(day: dt.date) -> Term | None:
            return next((t for t in terms if t.start_year <= day.year <= t.end_year), None)

        def holder(post: str, day: dt.date) -> Officeholder | None:
            found = [h for h in holders if h.post == post and h.start_date <= day
                     and (h.end_date is None or h.end_date >= day)]
            return max(found, key=lambda h: h.start_date) if found else None

        # A regidor on leave for a month, once a term (August of the term's second year).
        leaves = {}
        statuses = []
        for t in terms:
            regidor = members[t.id][rng.randint(1, 5)]
            start = dt.date(t.start_year + 1, 8, 1)
            leaves[regidor.id] = (start, dt.date(t.start_year + 1, 8, 31))
            statuses.append(dict(member_id=regidor.id, status=STATUS_LEAVE, start_date=start,
                                 end_date=leaves[regidor.id][1],
                                 document=f"Acuerdo de Concejo N° {rng.randint(40, 70):03d}-"
                                          f"{start.year}-MDP/CM", recorded_by=CREATED_BY,
                                 recorded_at=dt.datetime.combine(start, dt.time(15))))

        def on_leave(member_id: int, day: dt.date) -> bool:
            span = leaves.get(member_id)
            return span is not None and span[0] <= day <= span[1]

        ids = _Ids(session)
        rows: dict[str, list[dict]] = {k: [] for k in (
            "session", "invitee", "item", "summons", "attendance", "vote")}
        numbers: dict[tuple[str, int], int] = {}
        plan = _plan(cal, first_year, last_year, until, scale)
        big = max(i for i, p in enumerate(plan) if p[0] == ORDINARY)
        not_installed_years = set()
        routine = 0
        for index, (kind, day, notice) in enumerate(plan):
            term = term_of(day)
            if term is None:
                continue
            sid = ids.take(CouncilSession)
            number = numbers[(kind, day.year)] = numbers.get((kind, day.year), 0) + 1
            convened = business_days_before(cal, day, notice)
            people = [m for m in members[term.id]]
            able = [m for m in people if not on_leave(m.id, day)]
            state = HELD
            if (kind == ORDINARY and day.month == 1 and day.day > 10
                    and day.year not in not_installed_years and index != big):
                state = NOT_INSTALLED
                not_installed_years.add(day.year)
            absent = set()
            late = set()
            if state == NOT_INSTALLED:
                absent = {m.id for m in able[-3:]}
            elif rng.random() < 0.25:
                absent = {rng.choice(able[1:]).id}
            if state == HELD and rng.random() < 0.2:
                late = {rng.choice([m for m in able[1:] if m.id not in absent]).id}
            rows["session"].append(dict(
                id=sid, term_id=term.id, kind=kind, year=day.year, number=number,
                session_date=day, start_time="09:00" if kind == SOLEMN else "10:00",
                place=settings.default_place, modality="in_person", convened_by="mayor",
                requesting_members="[]", documents_place=settings.documents_place, state=state,
                state_note="", convened_on=convened, original_date=None, emergency_note="",
                opened_at="10:05" if state == HELD else "",
                closed_at=rng.choice(("12:10", "12:45", "13:20")) if state == HELD else "",
                created_by=CREATED_BY, created_at=dt.datetime.combine(convened, dt.time(8, 30)),
                version=3))
            invited = [h for h in (holder(p, day) for p in INVITED_POSTS) if h is not None]
            rows["invitee"] += [dict(session_id=sid, officeholder_id=h.id) for h in invited]
            # Agenda
            if index == big:
                sections = ([DESPACHO] * 3 + [INFORMES] * 3 + [PEDIDOS] * 4
                            + [ORDEN_DEL_DIA] * (BIG_SESSION_ITEMS - 10))
            elif kind == ORDINARY:
                sections = ([DESPACHO, INFORMES] + ([PEDIDOS] if rng.random() < 0.5 else [])
                            + [ORDEN_DEL_DIA] * rng.randint(1, 3))
            elif kind == EXTRAORDINARY:
                sections = [ORDEN_DEL_DIA] * rng.randint(1, 2)
            else:
                sections = [ORDEN_DEL_DIA, ORDEN_DEL_DIA]
            present = [m for m in able if m.id not in absent]
            for position, section in enumerate(sections, start=1):
                item_id = ids.take(AgendaItem)
                voted = state == HELD and section == ORDEN_DEL_DIA and kind != SOLEMN
                majority = TWO_THIRDS_LEGAL if voted and rng.random() < 0.04 else SIMPLE
                if section == DESPACHO:
                    title = rng.choice(DESPACHOS).format(n=f"{rng.randint(1, 480):03d}",
                                                         y=day.year)
                elif section == INFORMES:
                    title = rng.choice(INFORMS)
                elif section == PEDIDOS:
                    title = rng.choice(REQUESTS)
                elif kind == SOLEMN:
                    title = ("Izamiento del Pabellón Nacional y entonación del Himno Nacional"
                             if position == 1 else "Discurso de orden del alcalde")
                else:
                    title = ROUTINE[routine % len(ROUTINE)][0]
                    routine += 1
                instrument_id = outcome_kind = tiebreak = None
                approved = True
                if voted:
                    regidores = [m for m in present if m.role != ROLE_MAYOR]
                    against = set()
                    if rng.random() < 0.3 or majority != SIMPLE:
                        against = {m.id for m in rng.sample(regidores, min(2, len(regidores)))
                                   if rng.random() < 0.6}
                    if majority != SIMPLE:  # qualified majorities are reached with one dissent
                        against = set(list(against)[:1])
                    voters = list(regidores)
                    if majority != SIMPLE:
                        voters = [m for m in present if m.role == ROLE_MAYOR] + voters
                    for m in voters:
                        rows["vote"].append(dict(
                            item_id=item_id, member_id=m.id,
                            choice=AGAINST if m.id in against else FOR,
                            reasoning="No cuenta con el informe técnico de sustento"
                            if m.id in against else ""))
                    votes_for, required = len(regidores) - len(against), len(regidores) // 2 + 1
                    if majority != SIMPLE:  # two thirds of the número legal, the alcalde votes
                        votes_for += len(voters) - len(regidores)
                        required = -(-2 * (term.councillor_seats + 1) // 3)
                    approved = votes_for >= required
                    if (not approved and majority == SIMPLE
                            and votes_for == len(against)):  # the alcalde breaks the tie
                        tiebreak, approved = FOR, True
                    pool = outcomes.get(day.year, [])
                    if approved and pool:
                        instrument_id, outcome_kind = pool.pop(0)
                rows["item"].append(dict(
                    id=item_id, session_id=sid, position=position, section=section, title=title,
                    detail="", proposal_id=None, outside_agenda=False, majority=majority,
                    voted=voted, mayor_tiebreak=tiebreak,
                    deliberation="Se trató el punto; intervinieron los regidores, cuyas "
                                 "preguntas fueron absueltas." if state == HELD else "",
                    dispensed=False, outcome_kind=outcome_kind, instrument_id=instrument_id))
            # Summonses: the members hábiles, alcalde first, then the invited officials.
            order = {code: i for i, code in enumerate(POSTS)}
            recipients = [(f"{m.title} {m.full_name}".strip(),
                           ("Alcaldesa" if m.feminine else "Alcalde") if m.role == ROLE_MAYOR
                           else ("Regidora" if m.feminine else "Regidor"), m.id, None, m.dni)
                          for m in able]
            recipients += [(f"{h.title} {h.full_name}".strip(), post_label(h.post, h.feminine),
                            None, h.id, h.dni)
                           for h in sorted(invited, key=lambda h: order.get(h.post, 99))]
            late_summons = rng.random() < 0.05
            for position, (name, post, member_id, holder_id, dni) in enumerate(recipients, 1):
                delivered = (convened if rng.random() < 0.75
                             else business_day_after(cal, convened + dt.timedelta(days=1)))
                if late_summons and position == len(able):
                    delivered = business_days_before(cal, day, 1)
                rows["summons"].append(dict(
                    id=ids.take(Summons), session_id=sid, year=convened.year, number=0,
                    number_text="", issued_on=convened, member_id=member_id,
                    officeholder_id=holder_id, addressee_name=name, addressee_post=post,
                    position=position,
                    delivered_at=dt.datetime.combine(delivered, dt.time(9 + position // 2, 10)),
                    received_by=name, receiver_dni=dni, delivery_method="personal",
                    cargo_mime=None, recorded_by=CREATED_BY,
                    recorded_at=dt.datetime.combine(delivered, dt.time(17))))
            for m in people:
                if on_leave(m.id, day):
                    status, arrived = ON_LEAVE, ""
                elif m.id in absent:
                    status, arrived = ABSENT, ""
                elif m.id in late:
                    status, arrived = LATE, "10:25"
                else:
                    status, arrived = PRESENT, ""
                rows["attendance"].append(dict(session_id=sid, member_id=m.id, status=status,
                                               arrived_at=arrived))
        # Summons numbers: per year, in the order they were issued.
        last_summons: dict[int, int] = {}
        for row in sorted(rows["summons"], key=lambda r: (r["issued_on"], r["session_id"],
                                                            r["position"])):
            year = row["year"]
            row["number"] = last_summons[year] = last_summons.get(year, 0) + 1
            row["number_text"] = format_number(summons_kind, row["number"], year,
                                               institution.initials)
        for table, key in ((CouncilSession, "session"), (SessionInvitee, "invitee"),
                           (AgendaItem, "item"), (Summons, "summons"),
                           (Attendance, "attendance"), (Vote, "vote")):
            if rows[key]:
                session.execute(insert(table), rows[key])
        if statuses:
            session.execute(insert(MemberStatus), statuses)
        for year, last in last_summons.items():
            current = session.get(NumberSequence, (SUMMONS_KIND, year))
            if current is None:
                session.add(NumberSequence(kind_code=SUMMONS_KIND, year=year, last_number=last))
            else:
                current.last_number = max(current.last_number, last)
        session.flush()
        _minutes(session, M, rng, ids)


def _minutes(session, M, rng: random.Random, ids: _Ids) -> None:
    """Each session's acta, written by the app's own drafting; all approved at the next
    session and registered in books of BOOK_FOLIOS folios, except the latest (a draft)."""
    sessions = list(session.scalars(
        select(CouncilSession).where(CouncilSession.state.in_((HELD, NOT_INSTALLED)))
        .order_by(CouncilSession.session_date, CouncilSession.id)))
    books, minutes = [], []
    book_id, used, acta = None, BOOK_FOLIOS, 0
    next_held = {}
    upcoming = None
    for s in reversed(sessions):  # the acta is approved at the next session installed
        next_held[s.id] = upcoming
        if s.state == HELD:
            upcoming = s
    for s in sessions:
        following = next_held[s.id]
        row = dict(id=ids.take(Minutes), session_id=s.id, body=M.draft_text(session, s),
                   state=MINUTES_DRAFT, closed_at=None, approval_mode="",
                   approved_in_session_id=None, approved_on=None, extra_signers="[]",
                   book_id=None, acta_number=None, first_folio=None, last_folio=None,
                   registered_at=None, version=1)
        if following is not None:
            folios = 1 if s.state == NOT_INSTALLED else rng.randint(2, 4)
            if used + folios > BOOK_FOLIOS:
                book_id, used, acta = ids.take(MinutesBook), 0, 0
                books.append(dict(id=book_id, number=len(books) + 1,
                                  notary="Notaría Pública de Calca",
                                  legalised_on=s.session_date - dt.timedelta(days=10),
                                  folio_count=BOOK_FOLIOS, closed=False))
            acta += 1
            row.update(
                state=MINUTES_APPROVED, approval_mode="next",
                closed_at=dt.datetime.combine(s.session_date, dt.time(18)),
                approved_in_session_id=following.id, approved_on=following.session_date,
                book_id=book_id, acta_number=acta, first_folio=used + 1, last_folio=used + folios,
                registered_at=dt.datetime.combine(following.session_date, dt.time(16)))
            used += folios
        minutes.append(row)
    if books:
        session.execute(insert(MinutesBook), books)
        session.execute(update(MinutesBook).where(MinutesBook.id < books[-1]["id"])
                        .values(closed=True))
    if minutes:
        session.execute(insert(Minutes), minutes)


