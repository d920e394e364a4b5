"""Reading the compromisos: the list with its filters, one compromiso with its history, the
acts a compromiso may come from, and the council session each act was adopted in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.council.outcome import session_name
from pisac_desktop.db.models import (
    AgendaItem,
    CouncilSession,
    Instrument,
    InstrumentKind,
    OrgUnit,
    User,
)
from pisac_desktop.db.models.instruments import ISSUED
from pisac_desktop.db.models.management import (
    DONE,
    CommissionMeeting,
    Commitment,
    CommitmentReport,
    WorkCommission,
)
from pisac_desktop.management.commitments import (
    CLOSED_STATES,
    COUNCIL_KINDS,
    OPEN_STATES,
    OVERDUE,
    OVERDUE_LABEL,
    STATE_LABELS,
    evidence_text,
    unit_names,
)
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.tramite.cases import units_of


@dataclass(frozen=True)
class CommitmentView:
    id: int
    act_id: int
    act_number: str
    act_kind: str  # COUNCIL_AGREEMENT, ...
    act_date: dt.date
    act_summary: str
    council_session: str  # "Sesión Ordinaria N° 05-2026" for the council's acts, else ""
    description: str
    unit_id: int
    unit: str
    due_on: dt.date
    due_days: int | None
    evidence_expected: str
    state: str  # stored state
    overdue: bool
    percent: int
    reason: str
    closed_on: dt.date | None
    last_report: str  # "04/12/2026: Se remitió el proyecto…" or ""
    act_ref: str = ""  # "AC N° 010-2026": the act in a list's narrow column
    can_report: bool = False
    can_manage: bool = False  # reprogram (open) or reopen (closed)

    @property
    def state_label(self) -> str:
        return OVERDUE_LABEL if self.overdue else STATE_LABELS[self.state]

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def due_text(self) -> str:
        when = short_date(self.due_on)
        return f"{self.due_days} días hábiles, hasta el {when}" if self.due_days else when


@dataclass(frozen=True)
class ReportView:
    id: int
    reported_on: dt.date
    reported_by: str
    state_label: str
    percent: int
    note: str
    evidence: str
    has_file: bool


@dataclass
class CommitmentFilter:
    unit_id: int | None = None
    status: str = "open"  # open | overdue | done | closed | all
    act_id: int | None = None
    mine: bool = False  # only the units the actor works in
    council_only: bool = False
    acts_from: dt.date | None = None  # the act's date
    acts_to: dt.date | None = None
    council_session_id: int | None = None
    due_from: dt.date | None = None  # the compromiso's due date (the Tablero's period)
    due_to: dt.date | None = None


def council_sessions_of(session: Session, act_ids: set[int]) -> dict[int, tuple[int, str]]:
    """The council session each act was adopted in (its agenda item), as (id, name)."""
    if not act_ids:
        return {}
    rows = session.execute(select(AgendaItem.instrument_id, CouncilSession)
                           .join(CouncilSession, CouncilSession.id == AgendaItem.session_id)
                           .where(AgendaItem.instrument_id.in_(act_ids))).all()
    return {act_id: (s.id, session_name(s)) for act_id, s in rows}


def commitments_of(session: Session, actor: Actor,
                   flt: CommitmentFilter | None = None) -> list[CommitmentView]:
    """The compromisos that match, by due date (the most pressing first)."""
    require(actor, Permission.VIEW, session)
    flt = flt or CommitmentFilter()
    today = clock_of(session).today()
    query = select(Commitment, Instrument) \
        .outerjoin(Instrument, Instrument.id == Commitment.instrument_id) \
        .outerjoin(CommissionMeeting, CommissionMeeting.id == Commitment.meeting_id)
    source_date = func.coalesce(Instrument.doc_date, CommissionMeeting.held_on)
    if flt.unit_id is not None:
        query = query.where(Commitment.unit_id == flt.unit_id)
    if flt.mine:
        query = query.where(Commitment.unit_id.in_(units_of(session, actor)))
    if flt.act_id is not None:
        query = query.where(Commitment.instrument_id == flt.act_id)
    if flt.council_only:
        query = query.where(Instrument.kind_code.in_(COUNCIL_KINDS))
    if flt.acts_from is not None:
        query = query.where(source_date >= flt.acts_from)
    if flt.acts_to is not None:
        query = query.where(source_date <= flt.acts_to)
    if flt.due_from is not None:
        query = query.where(Commitment.due_on >= flt.due_from)
    if flt.due_to is not None:
        query = query.where(Commitment.due_on <= flt.due_to)
    if flt.status == "open":
        query = query.where(Commitment.state.in_(OPEN_STATES))
    elif flt.status == OVERDUE:
        query = query.where(Commitment.state.in_(OPEN_STATES), Commitment.due_on < today)
    elif flt.status == DONE:
        query = query.where(Commitment.state == DONE)
    elif flt.status == "closed":
        query = query.where(Commitment.state.in_(CLOSED_STATES))
    rows = _with_sources(session, session.execute(
        query.order_by(Commitment.due_on, Commitment.id)).all())
    sessions = council_sessions_of(session, {act.id for _c, act in rows if act.id > 0})
    if flt.council_session_id is not None:
        rows = [(c, a) for c, a in rows if sessions.get(a.id, (None,))[0]
                == flt.council_session_id]
    return _views(session, actor, rows, sessions, today)


def _views(session: Session, actor: Actor, rows, sessions, today) -> list[CommitmentView]:
    names = unit_names(session)
    shorts = dict(session.execute(select(InstrumentKind.code, InstrumentKind.short)).all())
    last = _last_reports(session, [c.id for c, _a in rows])
    mine = set(units_of(session, actor))
    manages = actor.can(Permission.FOLLOW_UP)
    reports_any = manages or actor.is_system
    reports_mine = actor.can(Permission.CASE_FILES)
    views = []
    for c, act in rows:
        is_open = c.state in OPEN_STATES
        views.append(CommitmentView(
            c.id, act.id, act.number_text or "", act.kind_code, act.doc_date, act.summary,
            sessions.get(act.id, (None, ""))[1], c.description, c.unit_id,
            names.get(c.unit_id, "—"), c.due_on, c.due_days, c.evidence_expected, c.state,
            is_open and c.due_on < today, c.percent, c.reason, c.closed_on,
            last.get(c.id, ""), act.ref if isinstance(act, MeetingSource) else
            f"{shorts.get(act.kind_code, '')} N° {act.number:03d}-{act.year}",
            is_open and (reports_any or (reports_mine and c.unit_id in mine)), manages))
    return views


def _last_reports(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    newest = select(func.max(CommitmentReport.id)).where(
        CommitmentReport.commitment_id.in_(ids)).group_by(CommitmentReport.commitment_id)
    rows = session.execute(select(CommitmentReport.commitment_id, CommitmentReport.reported_on,
                                  CommitmentReport.note)
                           .where(CommitmentReport.id.in_(newest))).all()
    return {cid: f"{short_date(on)}: {note}" for cid, on, note in rows}


def commitment(session: Session, actor: Actor, commitment_id: int) -> CommitmentView:
    require(actor, Permission.VIEW, session)
    rows = _with_sources(session, session.execute(
        select(Commitment, Instrument)
        .outerjoin(Instrument, Instrument.id == Commitment.instrument_id)
        .where(Commitment.id == commitment_id)).all())
    if not rows:
        raise DomainError("El compromiso ya no existe.")
    sessions = council_sessions_of(session, {a.id for _c, a in rows if a.id > 0})
    return _views(session, actor, rows, sessions, clock_of(session).today())[0]


COMMISSION = "COMMISSION"  # the act_kind of a commission's recommendation


@dataclass(frozen=True)
class MeetingSource:
    """Stands in for the act of a compromiso that a commission recommended."""

    id: int  # minus the meeting's id: never an instrument's
    number_text: str  # "Comisión de … — reunión del 03/11/2026"
    kind_code: str
    doc_date: dt.date
    summary: str
    ref: str = "Comisión"


def _with_sources(session: Session, rows) -> list[tuple]:
    """(compromiso, its act or the MeetingSource of its commission's meeting)."""
    ids = {c.meeting_id for c, act in rows if act is None and c.meeting_id is not None}
    meetings = {m.id: (m, w) for m, w in session.execute(
        select(CommissionMeeting, WorkCommission)
        .join(WorkCommission, WorkCommission.id == CommissionMeeting.commission_id)
        .where(CommissionMeeting.id.in_(ids))).all()} if ids else {}
    out = []
    for c, act in rows:
        if act is None:
            meeting, commission = meetings[c.meeting_id]
            act = MeetingSource(-meeting.id, f"{commission.name} — reunión del "
                                             f"{short_date(meeting.held_on)}", COMMISSION,
                                meeting.held_on, commission.purpose)
        out.append((c, act))
    return out


def reports_of(session: Session, actor: Actor, commitment_id: int) -> list[ReportView]:
    """The compromiso's history, oldest first."""
    require(actor, Permission.VIEW, session)
    rows = session.scalars(select(CommitmentReport)
                           .where(CommitmentReport.commitment_id == commitment_id)
                           .order_by(CommitmentReport.id)).all()
    names = dict(session.execute(select(User.username, User.full_name).where(
        User.username.in_({r.reported_by for r in rows}))).all()) if rows else {}
    return [ReportView(r.id, r.reported_on, names.get(r.reported_by, r.reported_by),
                       STATE_LABELS.get(r.state, r.state),
                       r.percent, r.note, evidence_text(session, r), bool(r.file_name))
            for r in rows]


@dataclass(frozen=True)
class ActChoice:
    id: int
    label: str  # "ACUERDO DE CONCEJO N° 010-2026-MDP/CM (12/03/2026) — Aprobar ..."
    commitments: int = 0


@dataclass(frozen=True)
class FormChoices:
    acts: list[ActChoice] = field(default_factory=list)
    units: list[tuple[int, str]] = field(default_factory=list)


SUMMARY_SHOWN = 110
ACTS_SHOWN = 60


def _act_label(act: Instrument) -> str:
    summary = " ".join(act.summary.split())
    if len(summary) > SUMMARY_SHOWN:
        summary = summary[:SUMMARY_SHOWN - 1].rstrip() + "…"
    return f"{act.number_text} ({short_date(act.doc_date)}) — {summary}"


def act_choices(session: Session, actor: Actor, text: str = "",
                council_only: bool = False, kinds: tuple[str, ...] = ()) -> list[ActChoice]:
    """Issued acts (of `kinds`, or the council's, or any) that match the words typed (number or
    summary), newest first, with how many compromisos each already has."""
    from pisac_desktop.instruments.search import InstrumentFilter, search

    require(actor, Permission.VIEW, session)
    rows = search(session, InstrumentFilter(
        kind_codes=kinds or (COUNCIL_KINDS if council_only else ()), states=(ISSUED,),
        text=text), limit=ACTS_SHOWN)
    ids = [r.id for r in rows]
    counts = dict(session.execute(select(Commitment.instrument_id, func.count())
                                  .where(Commitment.instrument_id.in_(ids))
                                  .group_by(Commitment.instrument_id)).all()) if ids else {}
    acts = {a.id: a for a in session.scalars(select(Instrument).where(Instrument.id.in_(ids)))}
    return [ActChoice(i, _act_label(acts[i]), counts.get(i, 0)) for i in ids if i in acts]


def unit_choices(session: Session, actor: Actor) -> list[tuple[int, str]]:
    require(actor, Permission.VIEW, session)
    return [tuple(r) for r in session.execute(
        select(OrgUnit.id, OrgUnit.name).where(OrgUnit.active.is_(True))
        .order_by(OrgUnit.position, OrgUnit.name)).all()]
