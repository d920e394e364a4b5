"""Comisiones de trabajo (ROF art. 32: the gerente presides or takes part in them): their purpose,
the resolution that formed them, their members (one president), their meetings each with a
short record; each recommendation of a meeting is followed up as a compromiso of the unit that
must carry it out (management.commitments), with its due date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of, naive_utc_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import LINE_MAX, text_errors
from pisac_desktop.db.models import Instrument
from pisac_desktop.db.models.instruments import ISSUED
from pisac_desktop.db.models.management import (
    CommissionMeeting,
    CommissionMember,
    Commitment,
    WorkCommission,
)
from pisac_desktop.db.write_lock import get_for_update, writes
from pisac_desktop.management import commitments as cm
from pisac_desktop.spanish.dates import short_date

ROLES = {"president": "Presidencia", "secretary": "Secretaría", "member": "Integrante"}
TEXT_MAX = 4_000


@dataclass
class MemberLine:
    full_name: str = ""
    post: str = ""
    role: str = "member"


@dataclass
class CommissionForm:
    name: str = ""
    purpose: str = ""
    formed_on: dt.date | None = None
    instrument_id: int | None = None  # the resolution that formed it (optional)
    members: list[MemberLine] = field(default_factory=list)


@writes
def create_commission(session: Session, actor: Actor, form: CommissionForm) -> int:
    require(actor, Permission.FOLLOW_UP, session)
    today = clock_of(session).today()
    errors = text_errors("name", form.name, 300, "El nombre",
                         "Escriba el nombre de la comisión.")
    errors += text_errors("purpose", form.purpose, TEXT_MAX, "La finalidad",
                          "Escriba para qué se conformó.")
    if form.formed_on is None or form.formed_on > today:
        errors.append(FieldError("formed_on", "Escriba la fecha de conformación (no futura)."))
    if form.instrument_id is not None:
        act = session.get(Instrument, form.instrument_id)
        if act is None or act.state != ISSUED:
            errors.append(FieldError("instrument_id", "La resolución elegida no está emitida."))
    members = [m for m in form.members if m.full_name.strip() or m.post.strip()]
    if not members:
        errors.append(FieldError("members", "Escriba sus miembros, uno por fila."))
    elif any(not m.full_name.strip() or not m.post.strip() or m.role not in ROLES
             or len(m.full_name) > LINE_MAX or len(m.post) > 200 for m in members):
        errors.append(FieldError("members", "Cada miembro necesita su nombre, su cargo y su "
                                            "rol."))
    elif sum(m.role == "president" for m in members) != 1:
        errors.append(FieldError("members", "La comisión tiene un presidente, uno solo."))
    if errors:
        raise ValidationFailed(errors)
    row = WorkCommission(name=" ".join(form.name.split()), purpose=form.purpose.strip(),
                         instrument_id=form.instrument_id, formed_on=form.formed_on,
                         created_by=actor.username, created_at=naive_utc_of(session))
    session.add(row)
    session.flush()
    for m in members:
        session.add(CommissionMember(commission_id=row.id, full_name=" ".join(
            m.full_name.split()), post=" ".join(m.post.split()), role=m.role))
    session.flush()
    record(session, actor, "create", "work_commission", row.id, {
        "comisión": [None, row.name], "conformada": [None, short_date(row.formed_on)],
        "miembros": [None, "; ".join(f"{m.full_name.strip()} ({ROLES[m.role]})"
                                     for m in members)]})
    return row.id


@writes
def end_commission(session: Session, actor: Actor, commission_id: int, reason: str) -> None:
    """The commission concluded its work (its open compromisos stay open)."""
    require(actor, Permission.FOLLOW_UP, session)
    row = get_for_update(session, WorkCommission, commission_id)
    if row is None:
        raise DomainError("La comisión ya no existe.")
    if row.ended_on is not None:
        raise DomainError(f"La comisión concluyó el {short_date(row.ended_on)}.")
    if errors := text_errors("reason", reason, TEXT_MAX, "El motivo",
                             "Escriba por qué concluye (su informe final, el encargo cumplido)."):
        raise ValidationFailed(errors)
    row.ended_on = clock_of(session).today()
    session.flush()
    record(session, actor, "update", "work_commission", row.id,
           {"concluyó": [None, short_date(row.ended_on)], "motivo": [None, reason.strip()]})


@dataclass
class Recommendation:
    description: str = ""
    unit_id: int | None = None
    days: int = 10  # business days from today


@dataclass
class MeetingForm:
    held_on: dt.date | None = None
    place: str = ""
    attendees: str = ""
    record: str = ""
    recommendations: list[Recommendation] = field(default_factory=list)


@writes
def record_meeting(session: Session, actor: Actor, commission_id: int,
                   form: MeetingForm) -> int:
    """The meeting and its record; each recommendation becomes a compromiso of its unit."""
    require(actor, Permission.FOLLOW_UP, session)
    commission = get_for_update(session, WorkCommission, commission_id)
    if commission is None:
        raise DomainError("La comisión ya no existe.")
    if commission.ended_on is not None:
        raise DomainError(f"La comisión concluyó el {short_date(commission.ended_on)}.")
    today = clock_of(session).today()
    errors = []
    if form.held_on is None or form.held_on > today or form.held_on < commission.formed_on:
        errors.append(FieldError("held_on", f"La reunión es entre el "
                                            f"{short_date(commission.formed_on)} y hoy."))
    errors += text_errors("place", form.place, 200, "El lugar", "Escriba dónde se reunió.")
    errors += text_errors("attendees", form.attendees, TEXT_MAX, "Los asistentes",
                          "Escriba quiénes asistieron.")
    errors += text_errors("record", form.record, TEXT_MAX, "Lo tratado",
                          "Escriba lo tratado y acordado.")
    wanted = [r for r in form.recommendations if r.description.strip()]
    if any(r.unit_id is None or not 1 <= r.days <= cm.DAYS_MAX for r in wanted):
        errors.append(FieldError("recommendations", "Cada recomendación necesita su unidad "
                                                    f"y un plazo de 1 a {cm.DAYS_MAX} días "
                                                    "hábiles."))
    if errors:
        raise ValidationFailed(errors)
    meeting = CommissionMeeting(
        commission_id=commission.id, held_on=form.held_on, place=" ".join(form.place.split()),
        attendees=form.attendees.strip(), record=form.record.strip(),
        recorded_by=actor.username, recorded_at=naive_utc_of(session))
    session.add(meeting)
    session.flush()
    record(session, actor, "create", "commission_meeting", meeting.id, {
        "comisión": [None, commission.name], "fecha": [None, short_date(meeting.held_on)],
        "recomendaciones": [None, len(wanted)]})
    for r in wanted:
        cm.create_commitment(session, actor, cm.CommitmentForm(
            None, r.description, r.unit_id, True, r.days, meeting_id=meeting.id))
    return meeting.id


@dataclass(frozen=True)
class MeetingView:
    id: int
    held_on: dt.date
    place: str
    attendees: str
    record: str
    recommendations: tuple[str, ...]  # "Elaborar … — GDE — Pendiente"


@dataclass(frozen=True)
class CommissionView:
    id: int
    name: str
    purpose: str
    formed_on: dt.date
    formed_by: str  # the resolution's number, or ""
    ended_on: dt.date | None
    president: str
    members: tuple[str, ...]  # "Abg. … — Jefa de … (Secretaria)"
    meetings: int
    open_recommendations: int

    @property
    def state(self) -> str:
        return f"Concluida el {short_date(self.ended_on)}" if self.ended_on else "En funciones"


def commissions_of(session: Session, actor: Actor) -> list[CommissionView]:
    require(actor, Permission.VIEW, session)
    rows = session.scalars(select(WorkCommission).order_by(WorkCommission.formed_on.desc(),
                                                           WorkCommission.id.desc())).all()
    ids = [r.id for r in rows]
    if not ids:
        return []
    members: dict[int, list[CommissionMember]] = {}
    for m in session.scalars(select(CommissionMember).where(
            CommissionMember.commission_id.in_(ids)).order_by(CommissionMember.id)):
        members.setdefault(m.commission_id, []).append(m)
    meetings = dict(session.execute(select(CommissionMeeting.commission_id, func.count())
                                    .where(CommissionMeeting.commission_id.in_(ids))
                                    .group_by(CommissionMeeting.commission_id)).all())
    open_ = dict(session.execute(
        select(CommissionMeeting.commission_id, func.count())
        .join(Commitment, Commitment.meeting_id == CommissionMeeting.id)
        .where(CommissionMeeting.commission_id.in_(ids), Commitment.state.in_(cm.OPEN_STATES))
        .group_by(CommissionMeeting.commission_id)).all())
    acts = dict(session.execute(select(Instrument.id, Instrument.number_text).where(
        Instrument.id.in_({r.instrument_id for r in rows if r.instrument_id}))).all())
    views = []
    for r in rows:
        own = members.get(r.id, [])
        president = next((m.full_name for m in own if m.role == "president"), "")
        views.append(CommissionView(
            r.id, r.name, r.purpose, r.formed_on, acts.get(r.instrument_id, ""), r.ended_on,
            president, tuple(f"{m.full_name} — {m.post} ({ROLES[m.role]})" for m in own),
            meetings.get(r.id, 0), open_.get(r.id, 0)))
    return views


def meetings_of(session: Session, actor: Actor, commission_id: int) -> list[MeetingView]:
    """The commission's meetings, newest first, with their recommendations' state."""
    require(actor, Permission.VIEW, session)
    meetings = session.scalars(select(CommissionMeeting).where(
        CommissionMeeting.commission_id == commission_id)
        .order_by(CommissionMeeting.held_on.desc(), CommissionMeeting.id.desc())).all()
    names = cm.unit_names(session)
    today = clock_of(session).today()
    by_meeting: dict[int, list[str]] = {}
    if meetings:
        for c in session.scalars(select(Commitment).where(
                Commitment.meeting_id.in_([m.id for m in meetings])).order_by(Commitment.id)):
            state = cm.OVERDUE_LABEL if c.state in cm.OPEN_STATES and c.due_on < today \
                else cm.STATE_LABELS[c.state]
            by_meeting.setdefault(c.meeting_id, []).append(
                f"{c.description} — {names.get(c.unit_id, '—')} — vence el "
                f"{short_date(c.due_on)} — {state}")
    return [MeetingView(m.id, m.held_on, m.place, m.attendees, m.record,
                        tuple(by_meeting.get(m.id, []))) for m in meetings]
