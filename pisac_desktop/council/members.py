"""The Concejo Municipal: terms, members and their status over time, quorum on any date.

Número legal: the alcalde plus the regidores' seats (6 at Pisac). Members hábiles on a date: the
members of the term that day, less those on leave, suspended or vacated. Quorum: floor(n/2) + 1 of
the members hábiles (DOMAIN.md section 3).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pisac_desktop.clock import naive_utc_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.db.models import CouncilMember, MemberStatus, Term
from pisac_desktop.db.models.council import (
    ABSENT,
    ON_LEAVE,
    ROLE_MAYOR,
    STATUS_ACTIVE,
    STATUS_LEAVE,
    STATUS_SUSPENDED,
    STATUS_VACATED,
)
from pisac_desktop.db.write_lock import writes

STATUS_LABELS = {STATUS_ACTIVE: "Hábil", STATUS_LEAVE: "Con licencia",
                 STATUS_SUSPENDED: "Suspendido", STATUS_VACATED: "Vacado"}
FEMININE_STATUS = {STATUS_SUSPENDED: "Suspendida", STATUS_VACATED: "Vacada"}


def role_label(role: str, feminine: bool) -> str:
    if role == ROLE_MAYOR:
        return "Alcaldesa" if feminine else "Alcalde"
    return "Regidora" if feminine else "Regidor"


@dataclass(frozen=True)
class MemberView:
    role: str
    name: str
    dni: str
    political_party: str
    feminine: bool = False
    id: int = 0
    status: str = STATUS_ACTIVE  # on the date asked

    @property
    def role_label(self) -> str:
        return role_label(self.role, self.feminine)

    @property
    def is_mayor(self) -> bool:
        return self.role == ROLE_MAYOR

    @property
    def able(self) -> bool:
        return self.status == STATUS_ACTIVE

    @property
    def attendance_when_unable(self) -> str:
        """How the attendance sheet marks a member not hábil that day: licencia or ausente."""
        return ON_LEAVE if self.status == STATUS_LEAVE else ABSENT

    @property
    def status_label(self) -> str:
        if self.feminine and self.status in FEMININE_STATUS:
            return FEMININE_STATUS[self.status]
        return STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class CouncilView:
    term_id: int
    term_label: str
    councillor_seats: int
    members: list[MemberView]  # members of the term on the date (hábiles or not)
    on: dt.date | None = None

    @property
    def legal_number(self) -> int:
        """Número legal: the alcalde plus the regidores' seats (6 at Pisac), not who is listed."""
        return self.councillor_seats + 1

    @property
    def able(self) -> list[MemberView]:
        return [m for m in self.members if m.able]

    @property
    def able_count(self) -> int:
        return len(self.able)

    @property
    def quorum(self) -> int:
        return quorum_for(self.able_count)

    @property
    def able_councillors(self) -> int:
        return sum(1 for m in self.able if not m.is_mayor)

    @property
    def mayor(self) -> MemberView | None:
        return next((m for m in self.members if m.is_mayor), None)

    def member(self, member_id: int) -> MemberView | None:
        return next((m for m in self.members if m.id == member_id), None)


def quorum_for(able: int) -> int:
    """Half plus one of the members hábiles: floor(n/2) + 1 (6 hábiles: 4)."""
    return able // 2 + 1 if able > 0 else 0


def term_on(session: Session, on: dt.date) -> Term | None:
    return session.scalars(
        select(Term).where(Term.start_year <= on.year, Term.end_year >= on.year)
        .options(selectinload(Term.members))
    ).first()


def status_on(statuses: list[MemberStatus], on: dt.date) -> str:
    """The status a member had that day: the latest period covering it, else hábil."""
    current = STATUS_ACTIVE
    best: dt.date | None = None
    for s in statuses:
        if s.start_date <= on and (s.end_date is None or s.end_date >= on):
            if best is None or s.start_date >= best:
                best, current = s.start_date, s.status
    return current


def _serves_on(member: CouncilMember, on: dt.date) -> bool:
    return ((member.since is None or member.since <= on)
            and (member.until is None or member.until >= on))


def council_on(session: Session, on: dt.date) -> CouncilView | None:
    term = term_on(session, on)
    if term is None:
        return None
    members = [m for m in term.members if _serves_on(m, on)]
    statuses: dict[int, list[MemberStatus]] = {}
    if members:
        for s in session.scalars(select(MemberStatus).where(
                MemberStatus.member_id.in_([m.id for m in members]))):
            statuses.setdefault(s.member_id, []).append(s)
    views = [
        MemberView(m.role, f"{m.title} {m.full_name}".strip(), m.dni, m.political_party,
                   m.feminine, m.id, status_on(statuses.get(m.id, []), on))
        for m in members
    ]
    return CouncilView(term.id, term.label, term.councillor_seats, views, on)


# ----------------------------------------------------------------------------------------------
# Status changes (licencia, suspensión, vacancia), each with the document that decided it


@dataclass
class StatusForm:
    member_id: int
    status: str
    start_date: dt.date | None
    end_date: dt.date | None = None
    document: str = ""


def member_statuses(session: Session, member_id: int) -> list[MemberStatus]:
    return list(session.scalars(select(MemberStatus).where(MemberStatus.member_id == member_id)
                                .order_by(MemberStatus.start_date)))


@writes
def record_status(session: Session, actor: Actor, form: StatusForm, clock=None) -> int:
    require(actor, Permission.COUNCIL, session)
    member = session.get(CouncilMember, form.member_id)
    if member is None:
        raise DomainError("El miembro del concejo ya no existe.")
    errors = []
    if form.status not in STATUS_LABELS:
        errors.append(FieldError("status", "Elija la situación."))
    if form.start_date is None:
        errors.append(FieldError("start_date", "Indique desde qué fecha (dd/mm/aaaa)."))
    if form.end_date and form.start_date and form.end_date < form.start_date:
        errors.append(FieldError("end_date", "La fecha final es anterior a la inicial."))
    if form.status == STATUS_LEAVE and form.end_date is None:
        errors.append(FieldError("end_date", "Una licencia tiene fecha de término."))
    if form.status in (STATUS_LEAVE, STATUS_SUSPENDED, STATUS_VACATED) and not form.document.strip():
        errors.append(FieldError("document", "Indique el documento que lo dispuso "
                                             "(p. ej. Acuerdo de Concejo N° 012-2026-MDP/CM)."))
    if errors:
        raise ValidationFailed(errors)
    row = MemberStatus(member_id=member.id, status=form.status, start_date=form.start_date,
                       end_date=form.end_date, document=" ".join(form.document.split()),
                       recorded_by=actor.username, recorded_at=naive_utc_of(session, clock))
    session.add(row)
    session.flush()
    record(session, actor, "update", "council_member", str(member.id), {
        "situación": [None, STATUS_LABELS[form.status]],
        "desde": [None, form.start_date.isoformat()],
        "hasta": [None, form.end_date.isoformat() if form.end_date else None],
        "documento": [None, row.document]})
    return row.id


def day_served(session: Session, member_id: int, today: dt.date) -> dt.date | None:
    """The day nearest to today on which the council member served (the Autoridades screen
    shows the council of a date): today within their term, else its last (or first) day."""
    member = session.get(CouncilMember, member_id)
    if member is None:
        return None
    first = member.since or dt.date(member.term.start_year, 1, 1)
    last = member.until or dt.date(member.term.end_year, 12, 31)
    return min(max(today, first), last)
