"""Días hábiles (TUO Ley 27444 arts. 144-151): the one calendar every deadline of the app uses.

Not business days: Saturdays, Sundays, the national holidays of the `holidays` package (Peru, in
Spanish), and the editable table `non_working_day`: the Cusco regional holiday of 24 June (every
year), days declared non-working by supreme decree, and local days the office closes.

Every computation returns the days it skipped with their names ("why"), so the screen can show,
next to each computed date, which holidays moved it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.db.models import AppMeta, NonWorkingDay
from pisac_desktop.db.write_lock import writes
from pisac_desktop.spanish.dates import long_date_with_weekday

REGIONAL, DECREE, LOCAL = "regional", "decree", "local"
KIND_LABELS = {REGIONAL: "Feriado regional", DECREE: "Día no laborable (decreto)",
               LOCAL: "Cierre de la oficina"}
NATIONAL_LABEL = "Feriado nacional"

# Prefilled once (DOMAIN.md section 4); the clerk may edit or delete them afterwards.
SEED_DAYS = (
    (dt.date(2000, 6, 24), True, REGIONAL, "Inti Raymi (Día del Cusco)",
     "Feriado regional del departamento del Cusco"),
    # D.S. N° 042-2025-PCM: the days off of the public sector it declared (2025-2026).
    *((day, False, DECREE, "Día no laborable para el sector público",
       "Decreto Supremo N° 042-2025-PCM")
      for day in (dt.date(2025, 5, 2), dt.date(2025, 12, 26), dt.date(2026, 1, 2))),
)
SEEDED_KEY = "calendar_seeded"
# Version of SEED_DAYS in the marker; the days each version added to the one before it.
SEED_VERSION = "2"
SEED_DAYS_ADDED = {"2": (dt.date(2025, 5, 2), dt.date(2025, 12, 26))}


@dataclass(frozen=True)
class DayOff:
    day: dt.date
    name: str
    label: str  # Feriado nacional | Feriado regional | ...

    @property
    def text(self) -> str:
        return f"{self.day:%d/%m/%Y} {self.name} ({self.label.lower()})"


@dataclass(frozen=True)
class Computation:
    """A computed date and the holidays (not weekends) the count had to skip."""

    result: dt.date
    skipped: tuple[DayOff, ...] = field(default_factory=tuple)

    def why(self) -> str:
        if not self.skipped:
            return "Sin feriados en el cómputo (solo se omitieron sábados y domingos)."
        return "No se contaron: " + "; ".join(d.text for d in self.skipped) + "."


@dataclass(frozen=True)
class ExtraDay:
    day: dt.date
    every_year: bool
    kind: str
    name: str


@functools.cache
def _national_holidays(year: int) -> tuple[tuple[dt.date, DayOff], ...]:
    """The national holidays of a year (the `holidays` package takes a few ms to expand a year:
    once per process, not once per calendar loaded)."""
    import holidays  # only when a date is first computed

    return tuple((d, DayOff(d, name, NATIONAL_LABEL))
                 for d, name in holidays.Peru(years=year, language="es").items())


class BusinessCalendar:
    """Pure and cheap: national holidays are expanded per year on first use."""

    def __init__(self, extra: Iterable[ExtraDay] = ()):
        self._fixed: dict[dt.date, DayOff] = {}
        self._yearly: list[ExtraDay] = []
        for e in extra:
            if e.every_year:
                self._yearly.append(e)
            else:
                self._fixed[e.day] = DayOff(e.day, e.name, KIND_LABELS.get(e.kind, e.kind))
        self._years: dict[int, dict[dt.date, DayOff]] = {}

    @classmethod
    def load(cls, session: Session) -> BusinessCalendar:
        rows = session.execute(select(NonWorkingDay.day, NonWorkingDay.every_year,
                                      NonWorkingDay.kind, NonWorkingDay.name))
        return cls(ExtraDay(*row) for row in rows)

    def _year(self, year: int) -> dict[dt.date, DayOff]:
        days = self._years.get(year)
        if days is None:
            days = dict(_national_holidays(year))
            for e in self._yearly:
                if e.day.year <= year:
                    try:
                        day = e.day.replace(year=year)
                    except ValueError:  # 29 February
                        continue
                    days.setdefault(day, DayOff(day, e.name, KIND_LABELS.get(e.kind, e.kind)))
            for day, off in self._fixed.items():
                if day.year == year:
                    days.setdefault(day, off)
            self._years[year] = days
        return days

    def day_off(self, day: dt.date) -> DayOff | None:
        """The holiday or non-working day on that date (weekends are not named)."""
        return self._year(day.year).get(day)

    def is_business_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and self.day_off(day) is None

    def holidays_between(self, start: dt.date, end: dt.date) -> list[DayOff]:
        """Named days off on weekdays, start and end included."""
        out = []
        day = start
        while day <= end:
            off = self.day_off(day) if day.weekday() < 5 else None
            if off:
                out.append(off)
            day += dt.timedelta(days=1)
        return out

    def add_business_days(self, start: dt.date, n: int) -> Computation:
        """The n-th business day after `start` (a deadline counted from a notification: it
        starts on the business day after it). n = 0 gives `start` moved to a business day."""
        if n < 0:
            raise ValueError("n must be >= 0")
        day = start
        if n == 0:
            while not self.is_business_day(day):
                day += dt.timedelta(days=1)
        counted = 0
        while counted < n:
            day += dt.timedelta(days=1)
            if self.is_business_day(day):
                counted += 1
        # With n = 0 the start itself may be the holiday that moved the date.
        first = start if n == 0 else start + dt.timedelta(days=1)
        return Computation(day, tuple(self.holidays_between(first, day)))

    def business_days_between(self, start: dt.date, end: dt.date) -> int:
        """Whole business days strictly between two dates (neither end counted): the weekdays,
        counted by whole weeks, less the named days off that fall on a weekday (a list's ages
        ask this for every row: no walk day by day)."""
        first, last = start + dt.timedelta(days=1), end - dt.timedelta(days=1)
        if first > last:
            return 0
        days = (last - first).days + 1
        weeks, rest = divmod(days, 7)
        weekdays = weeks * 5 + sum(1 for i in range(rest)
                                   if (first + dt.timedelta(days=i)).weekday() < 5)
        off = sum(1 for year in range(first.year, last.year + 1)
                  for day in self._year(year) if first <= day <= last and day.weekday() < 5)
        return weekdays - off

    def earliest_after_notice(self, notified: dt.date, days: int) -> Computation:
        """First date on which a session can be held when `days` full business days must lie
        between the notification and the session (DOMAIN.md section 3: notified Monday 2 March
        2026, 5 days, gives Tuesday 10 March 2026). It is itself a business day: the day after
        the last full one, moved past a weekend or holiday (a session is not called for Inti
        Raymi)."""
        return self.add_business_days(notified, days + 1)

    def deadline(self, notified: dt.date, days: int) -> Computation:
        """A deadline of `days` business days from a notification (ends on the n-th)."""
        return self.add_business_days(notified, days)


# ----------------------------------------------------------------------------------------------
# The editable table


def ensure_calendar_defaults(session: Session) -> None:
    """Prefill 24 June and the days off declared by decree (SEED_DAYS) once; deleting them
    later is the clerk's choice. The marker holds the version of the set: a database seeded
    with an older set gets only the days added since (SEED_DAYS_ADDED), once."""
    seeded = session.get(AppMeta, SEEDED_KEY)
    if seeded is not None and seeded.value == SEED_VERSION:
        return
    if seeded is None:
        wanted = SEED_DAYS
    else:
        added = {day for version, days in SEED_DAYS_ADDED.items() if version > seeded.value
                 for day in days}
        wanted = tuple(row for row in SEED_DAYS if row[0] in added)
    for day, every_year, kind, name, source in wanted:
        exists = session.scalar(select(NonWorkingDay.id).where(
            NonWorkingDay.day == day, NonWorkingDay.every_year == every_year))
        if exists is None:
            session.add(NonWorkingDay(day=day, every_year=every_year, kind=kind, name=name,
                                      source=source))
    if seeded is None:
        session.add(AppMeta(key=SEEDED_KEY, value=SEED_VERSION))
    else:
        seeded.value = SEED_VERSION
    session.flush()


def non_working_days(session: Session) -> list[NonWorkingDay]:
    return list(session.scalars(select(NonWorkingDay).order_by(
        NonWorkingDay.every_year.desc(), NonWorkingDay.day)))


@dataclass
class DayForm:
    day: dt.date | None
    every_year: bool
    kind: str
    name: str
    source: str = ""


def day_form(session: Session, day_id: int) -> DayForm:
    """The form of a recorded day, to change it."""
    row = session.get(NonWorkingDay, day_id)
    if row is None:
        raise DomainError("El día no laborable ya no existe (otro puesto lo eliminó).")
    return DayForm(row.day, row.every_year, row.kind, row.name, row.source)


@writes
def save_day(session: Session, actor: Actor, form: DayForm, day_id: int | None = None) -> int:
    require(actor, Permission.EDIT_CALENDAR, session)
    errors = []
    if form.day is None:
        errors.append(FieldError("day", "Indique la fecha (dd/mm/aaaa)."))
    if form.kind not in KIND_LABELS:
        errors.append(FieldError("kind", "Elija el tipo de día no laborable."))
    name = " ".join(form.name.split())
    if not name:
        errors.append(FieldError("name", "Indique el nombre o motivo del día no laborable."))
    if errors:
        raise ValidationFailed(errors)
    clash = _clash(session, form.day, form.every_year, day_id)
    if clash is not None:
        raise ValidationFailed([FieldError("day", f"Ese día ya está en la tabla: {clash}.")])
    if day_id is None:
        row = NonWorkingDay(day=form.day, every_year=form.every_year, kind=form.kind,
                            name=name, source=form.source.strip())
        session.add(row)
        session.flush()
        before = None
    else:
        row = session.get(NonWorkingDay, day_id)
        if row is None:
            raise DomainError("El día no laborable ya no existe (otro puesto lo eliminó).")
        before = _snapshot(row)
        row.day, row.every_year, row.kind = form.day, form.every_year, form.kind
        row.name, row.source = name, form.source.strip()
        session.flush()
    record(session, actor, "settings_change", "non_working_day", str(row.id),
           {"antes": before, "después": _snapshot(row)})
    return row.id


def _clash(session: Session, day: dt.date, every_year: bool, day_id: int | None) -> str | None:
    """The row that already makes that day non-working: the same date, or a yearly day on the
    same day and month (24 June is one row whatever year was typed)."""
    for row in session.scalars(select(NonWorkingDay).where(NonWorkingDay.id != (day_id or 0))):
        same_day = (row.day.month, row.day.day) == (day.month, day.day)
        if row.every_year and same_day and (every_year or row.day.year <= day.year):
            return f"{row.name} (cada año)"
        if not row.every_year and not every_year and row.day == day:
            return f"{row.name} ({row.day:%d/%m/%Y})"
    return None


@writes
def delete_day(session: Session, actor: Actor, day_id: int) -> None:
    require(actor, Permission.EDIT_CALENDAR, session)
    row = session.get(NonWorkingDay, day_id)
    if row is None:
        return
    record(session, actor, "settings_change", "non_working_day", str(row.id),
           {"eliminado": _snapshot(row)})
    session.delete(row)
    session.flush()


def _snapshot(row: NonWorkingDay) -> dict:
    return {"fecha": row.day.strftime("%d/%m") if row.every_year else row.day.isoformat(),
            "cada año": row.every_year, "tipo": KIND_LABELS.get(row.kind, row.kind),
            "nombre": row.name, "sustento": row.source}


def describe(result: Computation) -> str:
    """'martes 10 de marzo de 2026. No se contaron: ...', for the screen."""
    return f"{long_date_with_weekday(result.result)}. {result.why()}"
