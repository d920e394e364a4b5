"""Read models of Sesiones de concejo for the screens: the list of a year's sessions with their
alerts, one session's whole detail in a few queries (no query per item, vote or summons), what
convening would number, and the module's pending items.

Rules stay in council/sessions.py; this module only gathers and words what the screens show.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from types import SimpleNamespace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.core.actions import NOTHING, Allowed
from pisac_desktop.core.calendar import BusinessCalendar, describe
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.institution import get_institution, post_label
from pisac_desktop.core.numbering import next_number
from pisac_desktop.core.permissions import Actor
from pisac_desktop.council.agenda import agenda_frozen
from pisac_desktop.council.attendance import QuorumView, quorum_of
from pisac_desktop.council.members import CouncilView, council_on
from pisac_desktop.council.rules import MAJORITY_PRESENT, simple_majority_rule
from pisac_desktop.council.session_actions import item_allowed, session_allowed
from pisac_desktop.council.sessions import (
    DELIVERY_LABELS,
    NOT_SUMMONED_POSTS,
    STATE_LABELS,
    UPCOMING,
    SessionForm,
    session_title,
)
from pisac_desktop.council.settings import SUMMONS_KIND, council_settings
from pisac_desktop.council.summons import (
    NoticeCheck,
    month_warning,
    notice_check,
    required_notice,
    summons_count,
)
from pisac_desktop.council.votes import ItemResult, item_result
from pisac_desktop.db.models import (
    AgendaItem,
    Attendance,
    CouncilSession,
    Instrument,
    InstrumentKind,
    Minutes,
    Officeholder,
    SessionInvitee,
    Summons,
    Vote,
)
from pisac_desktop.db.models.council import (
    CONVENED,
    HELD,
    LATE,
    ORDEN_DEL_DIA,
    POSTPONED,
    PRESENT,
    SCHEDULED,
    SIMPLE,
)
from pisac_desktop.db.models.instruments import DRAFT

SHOWN_TITLES = 3  # sessions named in a pending item's detail; the rest are counted


# ----------------------------------------------------------------------------------------------
# The list


@dataclass(frozen=True)
class SessionRow:
    id: int
    title: str
    session_date: dt.date
    start_time: str
    state: str
    state_label: str
    alerts: str  # convocatoria / alertas column: summonses delivered, late, acta
    alarm: bool  # something the clerk must resolve (shown in red)


def session_years(session: Session) -> list[int]:
    return list(session.scalars(select(CouncilSession.year).distinct()
                                .order_by(CouncilSession.year.desc())))


def session_rows(session: Session, year: int | None, state: str | None = None,
                 today: dt.date | None = None) -> list[SessionRow]:
    """The sessions of a year (a few dozen), newest first, with their summons counts in one
    query and the notice checked for the sessions still ahead."""
    query = select(CouncilSession)
    if year is not None:
        query = query.where(CouncilSession.year == year)
    if state:
        query = query.where(CouncilSession.state == state)
    sessions = list(session.scalars(query.order_by(CouncilSession.session_date.desc(),
                                                   CouncilSession.id.desc())))
    if not sessions:
        return []
    ids = [s.id for s in sessions]
    counts = {sid: (total, delivered) for sid, total, delivered in session.execute(
        select(Summons.session_id, func.count(Summons.id), func.count(Summons.delivered_at))
        .where(Summons.session_id.in_(ids)).group_by(Summons.session_id))}
    upcoming = [s for s in sessions if s.state in UPCOMING and not s.emergency_note]
    late: dict[int, int] = {}
    if upcoming:
        calendar = BusinessCalendar.load(session)
        settings = council_settings(session)
        by_id = {s.id: s for s in upcoming}
        for row in session.execute(select(Summons.session_id, Summons.delivered_at)
                                   .where(Summons.session_id.in_(list(by_id)),
                                          Summons.delivered_at.is_not(None))):
            check = notice_check(calendar, settings, by_id[row.session_id],
                                 SimpleNamespace(delivered_at=row.delivered_at))
            if check.late:
                late[row.session_id] = late.get(row.session_id, 0) + 1
    minutes = {sid: state for sid, state in session.execute(
        select(Minutes.session_id, Minutes.book_id).where(Minutes.session_id.in_(ids)))}
    out = []
    for s in sessions:
        total, delivered = counts.get(s.id, (0, 0))
        alerts, alarm = [], False
        if total:
            alerts.append(f"{delivered}/{total} entregadas")
        elif s.state == SCHEDULED:
            alerts.append("Sin convocar")
        if late.get(s.id):
            n = late[s.id]
            alerts.append("1 tardía" if n == 1 else f"{n} tardías")
            alarm = True
        if s.state in UPCOMING and today and s.session_date < today:
            alerts.append("Registrar instalación")
            alarm = True
        if s.state == HELD:
            if s.id not in minutes:
                alerts.append("Acta por redactar")
            elif minutes[s.id] is None:
                alerts.append("Acta por registrar")
        out.append(SessionRow(s.id, session_title(s), s.session_date, s.start_time, s.state,
                              STATE_LABELS[s.state], "; ".join(alerts), alarm))
    return out


# ----------------------------------------------------------------------------------------------
# One session, everything its tabs show


@dataclass(frozen=True)
class ItemView:
    id: int
    position: int
    section: str
    title: str
    detail: str
    majority: str
    outside_agenda: bool
    voted: bool
    mayor_tiebreak: str | None
    deliberation: str
    dispensed: bool
    instrument_id: int | None
    outcome_kind: str | None
    instrument_text: str  # "borrador de Acuerdo de Concejo" or its number
    votes: dict[int, tuple[str, str]]  # member id -> (choice, reasoning)
    result: ItemResult
    committee_report: str = ""  # dictamen de la comisión
    technical_report: str = ""  # informe técnico
    legal_report: str = ""  # informe legal
    instrument_issued: str = ""  # the number of its document once issued


@dataclass(frozen=True)
class SummonsView:
    id: int
    number_text: str
    addressee: str
    post: str
    member_id: int | None
    delivered_at: dt.datetime | None
    received_by: str
    receiver_dni: str
    method: str
    has_image: bool
    check: NoticeCheck

    @property
    def delivery_text(self) -> str:
        if self.delivered_at is None:
            return "Pendiente"
        method = DELIVERY_LABELS.get(self.method, self.method)
        who = f", recibió {self.received_by}" if self.received_by else ""
        return f"{self.delivered_at:%d/%m/%Y %H:%M} ({method.lower()}{who})"

    @property
    def delivery_short(self) -> str:
        return "Pendiente" if self.delivered_at is None else f"{self.delivered_at:%d/%m/%Y}"

    @property
    def check_short(self) -> str:
        c = self.check
        if not c.delivered:
            return "Pendiente"
        if c.late:
            return f"TARDE: {c.between} de {c.required} días"
        return f"A tiempo ({c.between} días)"

    def late_text(self) -> str:
        """The late summons in words, with the earliest lawful date and what it skipped."""
        c = self.check
        return (f"{self.number_text} ({self.addressee}): entregada el "
                f"{self.delivered_at:%d/%m/%Y}, con {c.between} de {c.required} días hábiles "
                f"de anticipación. Fecha lícita más próxima: {describe(c.earliest)}")


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


@dataclass
class SessionDetail:
    id: int
    title: str
    kind: str
    state: str
    state_label: str
    session_date: dt.date
    start_time: str
    place: str
    opened_at: str
    closed_at: str
    convened_on: dt.date | None
    state_note: str
    emergency_note: str
    version: int
    form: SessionForm
    council: CouncilView | None
    items: list[ItemView]
    attendance: dict[int, tuple[str, str]]  # member id -> (status, arrived)
    quorum: QuorumView | None
    summonses: list[SummonsView]
    frozen: bool
    warning: str | None  # month_warning
    invitee_choices: list[Choice] = field(default_factory=list)
    minutes_id: int | None = None
    required_notice: int = 0  # full business days between delivery and session
    deliver_by: dt.date | None = None  # last delivery date still on time
    simple_majority: str = MAJORITY_PRESENT  # the council's rule (council_rules)
    original_date: dt.date | None = None  # the date before a postponement

    def allowed(self, actor: Actor | None) -> Allowed:
        """What the session allows this actor now, and why not (session_actions)."""
        return session_allowed(self, actor)

    def item_allowed(self, item: ItemView | None, actor: Actor | None) -> Allowed:
        """What one agenda item allows now (nothing without an item)."""
        return NOTHING if item is None else item_allowed(self, item, actor)

    @property
    def agenda_note(self) -> str:
        """What the agenda tab says about changing the agenda now."""
        if self.frozen:
            return ("Sesión extraordinaria convocada: su agenda quedó fijada en las citaciones y "
                    "ya no se agregan, quitan ni cambian puntos (Ley 27972, art. 13).")
        if self.state in (CONVENED, POSTPONED):
            return ("La sesión ya está convocada: los puntos de las citaciones ya no se quitan "
                    "ni se reordenan. Un punto nuevo de la Orden del Día es un asunto fuera de "
                    "agenda: solo se aprueba con todos los miembros presentes y por unanimidad.")
        if not self.items:
            return "La agenda está vacía: agregue los puntos antes de convocar; las citaciones " \
                   "la llevan."
        return ""

    @property
    def late(self) -> list[SummonsView]:
        return [s for s in self.summonses if s.check.late]

    @property
    def unresolved_late(self) -> list[SummonsView]:
        """Shown until the session is rescheduled or an emergency is noted (sessions.py)."""
        if self.state not in UPCOMING or self.emergency_note:
            return []
        return self.late

    @property
    def voting_items(self) -> list[ItemView]:
        return [i for i in self.items if i.section == ORDEN_DEL_DIA]

    @property
    def member_choices(self) -> list[Choice]:
        """Regidores of the term on the session's date (for a request of a third, or a
        postponement)."""
        if self.council is None:
            return []
        return [Choice(m.id, m.name) for m in self.council.members if not m.is_mayor]


def _invitee_choices(session: Session, on: dt.date, chosen: list[int]) -> list[Choice]:
    """Officials serving on that date, plus any already chosen: not the alcalde (a member who
    convenes) nor the secretario general (who attends by office)."""
    rows = session.scalars(
        select(Officeholder).where((Officeholder.post.not_in(NOT_SUMMONED_POSTS)
                                    & (Officeholder.start_date <= on)
                                    & (Officeholder.end_date.is_(None)
                                       | (Officeholder.end_date >= on)))
                                   | Officeholder.id.in_(chosen or [-1]))
        .order_by(Officeholder.post, Officeholder.start_date))
    return [Choice(h.id, f"{h.title} {h.full_name}".strip() + " — "
                   + post_label(h.post, h.feminine)) for h in rows]


def session_detail(session: Session, session_id: int) -> SessionDetail | None:
    s = session.get(CouncilSession, session_id)
    if s is None:
        return None
    items = list(session.scalars(select(AgendaItem).where(AgendaItem.session_id == s.id)
                                 .order_by(AgendaItem.position)))
    votes: dict[int, list[Vote]] = {}
    if items:
        for v in session.scalars(select(Vote).where(Vote.item_id.in_([i.id for i in items]))):
            votes.setdefault(v.item_id, []).append(v)
    instrument_ids = [i.instrument_id for i in items if i.instrument_id]
    instruments = {}
    if instrument_ids:
        instruments = {row.id: row for row in session.execute(
            select(Instrument.id, Instrument.state, Instrument.number_text, InstrumentKind.title)
            .join(InstrumentKind).where(Instrument.id.in_(instrument_ids)))}
    attendance = {a.member_id: a for a in session.scalars(
        select(Attendance).where(Attendance.session_id == s.id))}
    council = council_on(session, s.session_date)
    calendar = BusinessCalendar.load(session)
    settings = council_settings(session)
    summons_rows = session.execute(
        select(Summons.id, Summons.number_text, Summons.addressee_name, Summons.addressee_post,
               Summons.member_id, Summons.delivered_at, Summons.received_by,
               Summons.receiver_dni, Summons.delivery_method,
               Summons.cargo_mime.is_not(None).label("has_image"))
        .where(Summons.session_id == s.id).order_by(Summons.position, Summons.number))
    summonses = [SummonsView(r.id, r.number_text, r.addressee_name, r.addressee_post,
                             r.member_id, r.delivered_at, r.received_by, r.receiver_dni,
                             r.delivery_method, bool(r.has_image),
                             notice_check(calendar, settings, s, r))
                 for r in summons_rows]
    invitees = sorted(session.scalars(select(SessionInvitee.officeholder_id)
                                      .where(SessionInvitee.session_id == s.id)))
    form = SessionForm(s.kind, s.session_date, s.start_time, s.place, s.modality, s.convened_by,
                       json.loads(s.requesting_members or "[]"), s.documents_place, invitees)
    item_views = []
    rule = simple_majority_rule(session)
    for i in items:
        result = (item_result(council, attendance, i, votes.get(i.id, []), rule)
                  if council is not None else ItemResult(0, 0, 0, 0, None, False, ""))
        instrument = instruments.get(i.instrument_id)
        issued = ""
        if instrument is None:
            text = ""
        elif instrument.state == DRAFT:
            text = f"Borrador de {instrument.title.capitalize()}"
        else:
            text = issued = instrument.number_text
        item_views.append(ItemView(
            i.id, i.position, i.section, i.title, i.detail, i.majority, i.outside_agenda,
            i.voted, i.mayor_tiebreak, i.deliberation, i.dispensed, i.instrument_id,
            i.outcome_kind, text,
            {v.member_id: (v.choice, v.reasoning) for v in votes.get(i.id, [])}, result,
            i.committee_report, i.technical_report, i.legal_report, issued))
    minutes_id = session.scalar(select(Minutes.id).where(Minutes.session_id == s.id))
    return SessionDetail(
        s.id, session_title(s), s.kind, s.state, STATE_LABELS[s.state], s.session_date,
        s.start_time, s.place, s.opened_at, s.closed_at, s.convened_on, s.state_note,
        s.emergency_note, s.version, form, council, item_views,
        {m: (a.status, a.arrived_at) for m, a in attendance.items()},
        quorum_of(council, attendance) if council is not None else None,
        summonses, agenda_frozen(s), month_warning(session, s),
        _invitee_choices(session, s.session_date, invitees), minutes_id,
        required_notice(settings, s.kind),
        latest_delivery(calendar, required_notice(settings, s.kind), s.session_date)
        if s.state in UPCOMING else None, rule, s.original_date)


def latest_delivery(calendar: BusinessCalendar, required: int, session_date: dt.date) -> dt.date:
    """The last day a summons can be delivered and still leave `required` full business days
    before the session."""
    day = session_date - dt.timedelta(days=1)
    for _ in range(120):
        if calendar.business_days_between(day, session_date) >= required:
            return day
        day -= dt.timedelta(days=1)
    return day


def new_session_choices(session: Session, on: dt.date) -> tuple[list[Choice], list[Choice]]:
    """(regidores, invitable officials) on a date, for a session not yet saved."""
    council = council_on(session, on)
    members = [Choice(m.id, m.name) for m in council.members if not m.is_mayor] if council else []
    return members, _invitee_choices(session, on, [])


def live_quorum(council: CouncilView, marks: dict[int, str]) -> QuorumView:
    """The quorum while the clerk marks attendance (member id -> status), before saving."""
    return quorum_of(council, {m: SimpleNamespace(status=st) for m, st in marks.items()})


def live_result(council: CouncilView, marks: dict[int, str], majority: str, outside: bool,
                votes: dict[int, str], tiebreak: str | None,
                rule: str = MAJORITY_PRESENT) -> ItemResult:
    """The result of the votes typed so far, computed by the same rule as when saved."""
    item = SimpleNamespace(majority=majority, voted=bool(votes), mayor_tiebreak=tiebreak,
                           outside_agenda=outside)
    attendance = {m: SimpleNamespace(status=st) for m, st in marks.items()}
    return item_result(council, attendance, item,
                       [SimpleNamespace(member_id=m, choice=c) for m, c in votes.items() if c],
                       rule)


def present_ids(council: CouncilView, attendance: dict[int, tuple[str, str]]) -> list[int]:
    return [m.id for m in council.able
            if attendance.get(m.id, ("", ""))[0] in (PRESENT, LATE)]


def voters(council: CouncilView, attendance: dict[int, tuple[str, str]],
           majority: str) -> list[int]:
    """Who votes on an item: the members present; in a simple majority the alcalde only breaks
    a tie, so he is not among them."""
    mayor = council.mayor
    return [m for m in present_ids(council, attendance)
            if majority != SIMPLE or mayor is None or m != mayor.id]


# ----------------------------------------------------------------------------------------------
# Convening: what it will number


@dataclass(frozen=True)
class ConvenePreview:
    count: int
    first: str
    last: str

    def text(self) -> str:
        if self.count == 1:
            return f"Se generará 1 citación: {self.first}."
        return (f"Se generarán {self.count} citaciones numeradas, de la {self.first} a la "
                f"{self.last}: una por cada regidor hábil y por cada funcionario invitado "
                "(el alcalde convoca y el secretario general asiste por su cargo: no se les "
                "cita).")


def convene_preview(session: Session, session_id: int, on: dt.date) -> ConvenePreview:
    """How many summonses convening would give and their numbers (not reserved)."""
    from pisac_desktop.council.settings import ensure_council_defaults
    from pisac_desktop.instruments.kinds import format_number

    s = session.get(CouncilSession, session_id)
    if s is None:
        raise DomainError("La sesión ya no existe.")
    count = summons_count(session, s)
    ensure_council_defaults(session)
    kind = session.get(InstrumentKind, SUMMONS_KIND)
    initials = get_institution(session).initials
    first = next_number(session, SUMMONS_KIND, on.year)
    return ConvenePreview(count, format_number(kind, first, on.year, initials),
                          format_number(kind, first + max(count - 1, 0), on.year, initials))
