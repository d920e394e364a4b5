"""The figures of the trámite for a period (a month, a year): filings by procedure and by unit,
answered in time and late, average business days per procedure, and what is pending by age —
for the monthly and yearly reports (PDF with charts, Excel) and the year's export."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import accumulate

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of
from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.db.models import CaseFile, CaseStep, OrgUnit, Procedure
from pisac_desktop.db.models.tramite import ANNULLED, ANSWERED, ARCHIVED, IN_PROCESS

NO_PROCEDURE = "Sin procedimiento del TUPA"
AGE_BUCKETS = ((0, 5, "Hasta 5 días hábiles"), (6, 10, "De 6 a 10"), (11, 20, "De 11 a 20"),
               (21, 30, "De 21 a 30"), (31, 10**6, "Más de 30"))


@dataclass(frozen=True)
class ProcedureFigures:
    label: str
    received: int
    answered: int
    in_time: int
    late: int
    average_days: float | None  # business days from filing to answer


@dataclass(frozen=True)
class UnitFigures:
    unit: str
    received: int  # sent to the unit at the desk (its first destination)
    pending: int  # open in the unit now
    overdue: int  # of those, past their deadline
    ages: tuple[int, ...]  # pending by AGE_BUCKETS
    answered: int = 0  # of those received in the period, answered or archived
    in_time: int = 0
    late: int = 0
    average_days: float | None = None  # business days from filing to answer
    unit_id: int | None = None


@dataclass(frozen=True)
class Figures:
    title: str  # "Noviembre de 2026", "Año 2026"
    start: dt.date
    end: dt.date  # included
    as_of: dt.date
    received: int
    annulled: int
    answered: int
    in_time: int
    late: int
    pending: int
    overdue: int
    procedures: tuple[ProcedureFigures, ...]
    units: tuple[UnitFigures, ...]
    average_days: float | None = None  # business days from filing to answer, every procedure

    @property
    def in_time_share(self) -> str:
        done = self.in_time + self.late
        return f"{100 * self.in_time / done:.0f} %" if done else "—"


def period_of(year: int, month: int | None = None) -> tuple[dt.date, dt.date, str]:
    from pisac_desktop.spanish.dates import MONTHS

    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31), f"Año {year}"
    end = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    return dt.date(year, month, 1), end, f"{MONTHS[month - 1].capitalize()} de {year}"


def figures(session: Session, actor: Actor, year: int, month: int | None = None,
            buckets=AGE_BUCKETS) -> Figures:
    """The period's figures; 'pending' and 'overdue' are as of today (or the period's end,
    when it is over: then they say what was left open at its close), aged by `buckets`."""
    require(actor, Permission.VIEW, session)
    start, end, title = period_of(year, month)
    today = clock_of(session).today()
    as_of = min(today, end)
    calendar = BusinessCalendar.load(session)
    units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
    procedures = {p.id: f"{p.code} {p.name}" for p in session.scalars(select(Procedure))}
    begin, stop = dt.datetime.combine(start, dt.time()), dt.datetime.combine(
        end + dt.timedelta(days=1), dt.time())
    rows = session.execute(select(
        CaseFile.procedure_id, CaseFile.unit_id, CaseFile.state, CaseFile.received_at,
        CaseFile.closed_at, CaseFile.due_on)
        .where(CaseFile.received_at >= begin, CaseFile.received_at < stop)).all()
    by_procedure: dict[str, list] = defaultdict(lambda: [0, 0, 0, 0, []])
    by_unit: dict[int, list] = defaultdict(lambda: [0, 0, 0, []])  # answered, in time, late
    days_between = _Counter(calendar, start, max([end, today] + [
        row.closed_at.date() for row in rows if row.closed_at is not None]))
    received_in = Counter()
    annulled = 0
    for procedure_id, unit_id, state, received_at, closed_at, due_on in rows:
        if state == ANNULLED:
            annulled += 1
            continue
        received_in[unit_id] += 1
        entry = by_procedure[procedures.get(procedure_id, NO_PROCEDURE)]
        entry[0] += 1
        if state in (ANSWERED, ARCHIVED) and closed_at is not None:
            days = days_between(received_at.date(), closed_at.date())
            unit_entry = by_unit[unit_id]
            for e, column in ((entry, 1), (unit_entry, 0)):
                e[column] += 1
                if due_on is not None:
                    e[column + (1 if closed_at.date() <= due_on else 2)] += 1
                e[column + 3].append(days)
    pending, overdue, ages = open_figures(session, calendar, as_of, stop, buckets)
    procedure_rows = tuple(
        ProcedureFigures(label, n, answered, in_time, late, _average(days))
        for label, (n, answered, in_time, late, days) in sorted(
            by_procedure.items(), key=lambda item: (item[0] == NO_PROCEDURE, item[0])))
    unit_ids = sorted(set(received_in) | set(pending), key=lambda u: units.get(u, ""))
    unit_rows = tuple(UnitFigures(
        units.get(u, "—"), received_in[u], pending[u], overdue[u], tuple(ages[u]),
        by_unit[u][0], by_unit[u][1], by_unit[u][2], _average(by_unit[u][3]), u)
        for u in unit_ids)
    return Figures(title, start, end, as_of, sum(received_in.values()), annulled,
                   sum(p.answered for p in procedure_rows), sum(p.in_time for p in procedure_rows),
                   sum(p.late for p in procedure_rows), sum(pending.values()),
                   sum(overdue.values()), procedure_rows, unit_rows,
                   _average([d for entry in by_procedure.values() for d in entry[4]]))


def open_figures(session: Session, calendar: BusinessCalendar, as_of: dt.date,
                 stop: dt.datetime | None = None, buckets=AGE_BUCKETS):
    """The case files open now (received before `stop`), per unit where they are: how many,
    how many past their deadline on `as_of` (the unit's own deadline, else the case file's:
    as the bandeja's «Vencidos» tab) and how many in each age bucket (business days from the
    filing to `as_of`). One query."""
    query = (select(CaseFile.unit_id, CaseStep.to_unit_id, CaseFile.received_at,
                    CaseFile.due_on, CaseStep.due_on)
             .outerjoin(CaseStep, and_(CaseStep.case_file_id == CaseFile.id,
                                       CaseStep.closed_at.is_(None)))
             .where(CaseFile.state == IN_PROCESS))
    if stop is not None:
        query = query.where(CaseFile.received_at < stop)
    pending, overdue = Counter(), Counter()
    ages: dict[int, list[int]] = defaultdict(lambda: [0] * len(buckets))
    rows = session.execute(query).all()
    days_between = _Counter(calendar, min([as_of] + [row.received_at.date() for row in rows]),
                            as_of)
    for file_unit, step_unit, received_at, file_due, step_due in rows:
        unit_id = step_unit if step_unit is not None else file_unit
        due_on = step_due or file_due
        pending[unit_id] += 1
        if due_on is not None and due_on < as_of:
            overdue[unit_id] += 1
        age = days_between(received_at.date(), as_of)
        ages[unit_id][next(i for i, (lo, hi, _l) in enumerate(buckets) if lo <= age <= hi)] += 1
    return pending, overdue, ages


def _average(days: list[int]) -> float | None:
    return round(sum(days) / len(days), 1) if days else None


def business_age(calendar: BusinessCalendar, start: dt.date, end: dt.date) -> int:
    """Business days after `start` up to `end` included (0 the same day): a case file's age."""
    return _days(calendar, start, end)


class _Counter:
    """_days() for many pairs of days within [first, last]: a running count of business days
    read twice per pair instead of a walk over the calendar per pair (a year's ten thousand
    case files ask for it once each)."""

    def __init__(self, calendar: BusinessCalendar, first: dt.date, last: dt.date):
        self.calendar, self.first = calendar, first
        self.running = list(accumulate(calendar.is_business_day(first + dt.timedelta(days=i))
                                       for i in range((last - first).days + 1)))

    def __call__(self, start: dt.date, end: dt.date) -> int:
        if end <= start:
            return 0
        i, j = (start - self.first).days, (end - self.first).days
        if i < 0 or j >= len(self.running):  # outside the span counted: ask the calendar
            return _days(self.calendar, start, end)
        return self.running[j] - self.running[i]


def _days(calendar: BusinessCalendar, start: dt.date, end: dt.date) -> int:
    """Business days after `start` up to `end` included (0 the same day)."""
    if end <= start:
        return 0
    return calendar.business_days_between(start, end) + (1 if calendar.is_business_day(end)
                                                         else 0)
