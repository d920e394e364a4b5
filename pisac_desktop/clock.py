"""The one clock: the only code that reads the system time.

A `Clock` gives `now()` (aware, in the office's time zone, America/Lima) and `today()`. The
application context carries one into every unit of work: `Database.session()` puts it in
`session.info`, and use cases ask `clock_of(session)`. Tests, the demo and the screenshots freeze
it with `FixedClock`, so nothing depends on the day the code runs.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

try:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
except ImportError:  # pragma: no cover - Python >= 3.9 always has zoneinfo
    ZoneInfo = None  # type: ignore[assignment,misc]
    ZoneInfoNotFoundError = Exception  # type: ignore[assignment,misc]

OFFICE_TZ_NAME = "America/Lima"


def _office_tz() -> dt.tzinfo:
    # Peru has kept UTC-5 without daylight saving since 1994: the fixed offset is the fallback
    # when the system (Windows without the tzdata package) has no time-zone database.
    if ZoneInfo is not None:
        try:
            return ZoneInfo(OFFICE_TZ_NAME)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    return dt.timezone(dt.timedelta(hours=-5), "PET")


OFFICE_TZ = _office_tz()
SESSION_KEY = "clock"


class Clock:
    """The system clock, read in the office's time zone."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(OFFICE_TZ)

    def today(self) -> dt.date:
        return self.now().date()

    def utc_now(self) -> dt.datetime:
        return self.now().astimezone(dt.UTC)

    def naive_utc(self) -> dt.datetime:
        """The moment as stored in the database: naive UTC."""
        return self.utc_now().replace(tzinfo=None)


class FixedClock(Clock):
    """A clock that stands still (tests, the demo, screenshots) until moved with set()/advance()."""

    def __init__(self, moment: dt.datetime | dt.date, hour: int = 10, minute: int = 0) -> None:
        self.set(moment, hour, minute)

    def set(self, moment: dt.datetime | dt.date, hour: int = 10, minute: int = 0) -> None:
        if not isinstance(moment, dt.datetime):
            moment = dt.datetime(moment.year, moment.month, moment.day, hour, minute)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=OFFICE_TZ)
        self._moment = moment.astimezone(OFFICE_TZ)

    def advance(self, **delta: float) -> None:
        self._moment += dt.timedelta(**delta)

    def now(self) -> dt.datetime:
        return self._moment

    def __repr__(self) -> str:
        return f"FixedClock({self._moment.isoformat()})"


SYSTEM_CLOCK = Clock()


def file_system_time() -> float:
    """Seconds since the epoch, to compare with files' modification times (those come from the
    system clock, so this is never frozen: a leftover's age is a fact about the disk)."""
    return time.time()


def wall_time(clock: Clock | None = None) -> dt.datetime:
    """Naive office time (America/Lima): backup file names and their retention."""
    return (clock or SYSTEM_CLOCK).now().replace(tzinfo=None)


def clock_of(session: Any) -> Clock:
    """The clock of a unit of work (an ORM Session opened by Database.session())."""
    info = getattr(session, "info", None)
    clock = info.get(SESSION_KEY) if info is not None else None
    return clock if clock is not None else SYSTEM_CLOCK


def local_from_naive_utc(value: dt.datetime) -> dt.datetime:
    """A stored naive-UTC moment in the office's time zone."""
    return value.replace(tzinfo=dt.UTC).astimezone(OFFICE_TZ)


def moment_of(session: Any, clock: Any = None) -> dt.datetime:
    """'Now' for a use case: its explicit clock callable if given, else its session's clock."""
    return (clock or clock_of(session).now)()


def naive_utc_of(session: Any, clock: Any = None) -> dt.datetime:
    """'Now' as stored in the database (naive UTC)."""
    return moment_of(session, clock).astimezone(dt.UTC).replace(tzinfo=None)
