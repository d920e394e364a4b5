"""Programming a council session: the date proposed for a new one, the warnings on the date
chosen (a past date, a weekend, a holiday), the refusal of a second session at the same date,
hour and place, and the numbering rule as the screen explains it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.numbering import next_number
from pisac_desktop.council.sessions import KIND_LABELS, session_title
from pisac_desktop.council.settings import SESSION_SERIES, council_settings
from pisac_desktop.council.summons import required_notice
from pisac_desktop.db.models import CouncilSession
from pisac_desktop.db.models.council import CANCELLED
from pisac_desktop.spanish.dates import long_date_with_weekday, short_date


def default_session_date(session: Session, today: dt.date, kind: str,
                         calendar: BusinessCalendar | None = None) -> dt.date:
    """The first business day on which the session could lawfully be held if convened today
    (the notice of its kind: an ordinaria the RIC minimum, an extraordinaria 5 business days)."""
    calendar = calendar or BusinessCalendar.load(session)
    days = required_notice(council_settings(session), kind)
    return calendar.earliest_after_notice(today, days).result


def date_warning(session: Session, day: dt.date | None, today: dt.date,
                 calendar: BusinessCalendar | None = None) -> str:
    """What the clerk should know about the date chosen ('' when nothing)."""
    if day is None:
        return ""
    calendar = calendar or BusinessCalendar.load(session)
    notes = []
    if day < today:
        notes.append(f"La fecha ya pasó ({short_date(day)}): regístrela solo si la sesión se "
                     "realizó.")
    off = calendar.day_off(day)
    if off is not None:
        notes.append(f"El {long_date_with_weekday(day)} es {off.label.lower()} ({off.name}).")
    elif day.weekday() >= 5:
        notes.append(f"El {long_date_with_weekday(day)} no es día hábil.")
    return " ".join(notes)


def same_slot(session: Session, day: dt.date, start_time: str, place: str,
              exclude_id: int | None = None) -> CouncilSession | None:
    """Another session (not cancelled) on the same date, at the same hour and place."""
    wanted = " ".join(place.split()).casefold()
    rows = session.scalars(select(CouncilSession).where(
        CouncilSession.session_date == day, CouncilSession.start_time == start_time,
        CouncilSession.state != CANCELLED, CouncilSession.id != (exclude_id or 0)))
    return next((s for s in rows if " ".join(s.place.split()).casefold() == wanted), None)


def duplicate_message(other: CouncilSession) -> str:
    title = session_title(other).capitalize().replace("n° ", "N° ")
    return (f"Ya está programada la {title} el {short_date(other.session_date)} a las "
            f"{other.start_time} en el mismo lugar: cambie la fecha, la hora o el lugar.")


def numbering_rule(session: Session, kind: str, year: int) -> str:
    """The numbering rule, as the screen shows it, with the number the next session gets."""
    used = session.scalar(select(func.max(CouncilSession.number)).where(
        CouncilSession.kind == kind, CouncilSession.year == year)) or 0
    number = max(next_number(session, SESSION_SERIES[kind][0], year), used + 1)
    label = KIND_LABELS[kind].lower()
    return (f"Cada tipo de sesión se numera por año en el orden en que se programa, no por "
            f"fecha: la próxima sesión {label} de {year} será la N° {number:02d}-{year}.")
