"""Dietas (LOM art. 12): a regidor is paid only for the sessions he attends, at most 4 a month.

For a year and month, per regidor (not the alcalde): the sessions attended (present or late, in
sessions held, of any kind) and the sessions payable, the first four in date order.

For the GUI:
- monthly_allowances(session, year, month) -> AllowanceMonth (the figures, for a table).
- allowances_pdf(session, year, month) -> (bytes, name), allowances_xlsx(session, year, month)
  -> (bytes, name). Audit each print or save with council_documents.record_print(session,
  actor, "allowances", destination, period=(year, month)).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.letterhead import letterhead, place_date
from pisac_desktop.council.members import role_label
from pisac_desktop.council.printing import secretary_signer, session_code
from pisac_desktop.db.models import Attendance, CouncilMember, CouncilSession, Term
from pisac_desktop.db.models.council import HELD, LATE, PRESENT, ROLE_COUNCILLOR
from pisac_desktop.reports import council as rc
from pisac_desktop.spanish.dates import MONTHS

MONTHLY_LIMIT = 4  # LOM art. 12


@dataclass(frozen=True)
class AttendedSession:
    session_id: int
    date: dt.date
    code: str  # "SO-05-2026"

    @property
    def label(self) -> str:
        return f"{self.code} ({self.date:%d/%m})"


@dataclass(frozen=True)
class AllowanceLine:
    member_id: int
    name: str
    post: str  # "Regidor", "Regidora"
    attended: tuple[AttendedSession, ...]

    @property
    def payable(self) -> tuple[AttendedSession, ...]:
        return self.attended[:MONTHLY_LIMIT]


@dataclass(frozen=True)
class AllowanceMonth:
    year: int
    month: int
    lines: tuple[AllowanceLine, ...]
    held: tuple[AttendedSession, ...]  # every session held in the month

    @property
    def label(self) -> str:
        return f"{MONTHS[self.month - 1]} de {self.year}"

    @property
    def total_attended(self) -> int:
        return sum(len(line.attended) for line in self.lines)

    @property
    def total_payable(self) -> int:
        return sum(len(line.payable) for line in self.lines)


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    if not 1 <= month <= 12:
        raise DomainError("Elija un mes de 1 a 12.")
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return first, last


def monthly_allowances(session: Session, year: int, month: int) -> AllowanceMonth:
    first, last = _month_bounds(year, month)
    held = list(session.scalars(
        select(CouncilSession).where(CouncilSession.state == HELD,
                                     CouncilSession.session_date >= first,
                                     CouncilSession.session_date <= last)
        .order_by(CouncilSession.session_date, CouncilSession.opened_at,
                  CouncilSession.start_time, CouncilSession.id)))
    order = {s.id: n for n, s in enumerate(held)}
    by_id = {s.id: s for s in held}
    attended: dict[int, list[CouncilSession]] = {}
    if held:
        for row in session.scalars(select(Attendance).where(
                Attendance.session_id.in_(list(order)),
                Attendance.status.in_((PRESENT, LATE)))):
            attended.setdefault(row.member_id, []).append(by_id[row.session_id])
    # The regidores serving some day of the month, in the council's order.
    members = session.scalars(
        select(CouncilMember).join(Term, Term.id == CouncilMember.term_id)
        .where(CouncilMember.role == ROLE_COUNCILLOR, Term.start_year <= year,
               Term.end_year >= year)
        .order_by(Term.start_year, CouncilMember.position, CouncilMember.id))
    lines = []
    for m in members:
        serves = ((m.since is None or m.since <= last) and (m.until is None or m.until >= first))
        sessions = sorted(attended.get(m.id, []), key=lambda s: order[s.id])
        if not serves and not sessions:
            continue
        lines.append(AllowanceLine(
            m.id, f"{m.title} {m.full_name}".strip(), role_label(m.role, m.feminine),
            tuple(AttendedSession(s.id, s.session_date, session_code(s)) for s in sessions)))
    return AllowanceMonth(year, month, tuple(lines),
                          tuple(AttendedSession(s.id, s.session_date, session_code(s))
                                for s in held))


def allowance_report(session: Session, year: int, month: int) -> rc.AllowanceReport:
    data = monthly_allowances(session, year, month)
    now = clock_of(session).now()
    rows = tuple(
        rc.AllowanceRow(line.name, line.post, len(line.attended), len(line.payable),
                        ", ".join(a.label for a in line.attended),
                        ", ".join(a.label for a in line.payable))
        for line in data.lines)
    return rc.AllowanceReport(
        letterhead=letterhead(session, year), year=year, month=month, month_label=data.label,
        rows=rows, sessions_held=tuple(f"{a.code} del {a.date:%d/%m/%Y}" for a in data.held),
        limit=MONTHLY_LIMIT, generated_text=place_date(session, now.date()),
        certifier=secretary_signer(session, min(now.date(), _month_bounds(year, month)[1])))


def _name(year: int, month: int, suffix: str) -> str:
    return f"dietas-{year}-{month:02d}.{suffix}"


def allowances_pdf(session: Session, year: int, month: int) -> tuple[bytes, str]:
    return rc.render_allowances_pdf(allowance_report(session, year, month)), _name(year, month,
                                                                                    "pdf")


def allowances_xlsx(session: Session, year: int, month: int) -> tuple[bytes, str]:
    buffer = io.BytesIO()
    rc.write_allowances_xlsx(allowance_report(session, year, month), buffer)
    return buffer.getvalue(), _name(year, month, "xlsx")
