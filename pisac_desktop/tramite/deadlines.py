"""The clocks of a case file (TUO Ley 27444), computed on the office's business-day calendar.

- A deadline in business days starts on the business day after the filing (or the completion,
  or the referral) and ends on the n-th business day (arts. 144-145; BusinessCalendar.deadline).
- Missing requirements (art. 136.1-136.4): the filing is received and the filer has 2 business
  days to complete them; meanwhile the procedure's deadline does not run. Completed, the
  deadline counts from the completion; not completed in time, the filing is held as not filed
  and returned with its attachments (art. 136.4) — the unit closes it so.
- Silence (arts. 35, 38 and 199.1): when the deadline has passed, plus the 5 business days the
  entity has to notify its answer (art. 24.1), without a notified answer, a procedure of
  silencio positivo is approved as filed, and under silencio negativo the filer may take it as
  denied and appeal. Aprobación automática: approved on filing (art. 37).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.db.models.tramite import AUTOMATIC, SILENCE_NEGATIVE, SILENCE_POSITIVE
from pisac_desktop.spanish.dates import short_date

COMPLETION_DAYS = 2  # art. 136.1
NOTIFY_DAYS = 5  # art. 24.1
MAX_DEADLINE_DAYS = 30  # art. 39: prior evaluation, at most 30 business days
DUE_SOON_DAYS = 2  # shown in amber when due within these business days

SILENCE_LABELS = {
    SILENCE_POSITIVE: "Silencio administrativo positivo",
    SILENCE_NEGATIVE: "Silencio administrativo negativo",
    AUTOMATIC: "Aprobación automática",
}


def due_after(calendar: BusinessCalendar, start: dt.date, days: int | None) -> dt.date | None:
    """The n-th business day after `start`; None without a deadline (0 or None days)."""
    if not days:
        return None
    return calendar.deadline(start, days).result


def completion_due(calendar: BusinessCalendar, filed_on: dt.date) -> dt.date:
    return calendar.deadline(filed_on, COMPLETION_DAYS).result


def silence_from(calendar: BusinessCalendar, due_on: dt.date | None) -> dt.date | None:
    """The day the silence takes effect: after the deadline and the days to notify."""
    if due_on is None:
        return None
    return calendar.deadline(due_on, NOTIFY_DAYS).result + dt.timedelta(days=1)


def silence_text(silence: str, since: dt.date | None) -> str:
    """'Silencio positivo desde el 15/01/2027', for the case file's screen and the cargo."""
    if silence == AUTOMATIC:
        return "Aprobación automática: aprobado con la presentación completa (art. 37)."
    if since is None:
        return ""
    if silence == SILENCE_POSITIVE:
        return f"Silencio positivo desde el {short_date(since)} si no se notifica respuesta."
    return (f"Silencio negativo desde el {short_date(since)}: sin respuesta notificada, el "
            "administrado puede tenerlo por denegado y recurrir.")


@dataclass(frozen=True)
class Urgency:
    """How a pending date stands today: 'vencido', 'por vencer' or 'en plazo'."""

    code: str  # overdue | soon | on_time | none
    label: str
    business_days_left: int | None


def business_days_text(n: int) -> str:
    """'1 día hábil', '3 días hábiles'."""
    return "1 día hábil" if n == 1 else f"{n} días hábiles"


def urgency(calendar: BusinessCalendar, due_on: dt.date | None, today: dt.date) -> Urgency:
    if due_on is None:
        return Urgency("none", "Sin plazo", None)
    if due_on < today:
        late = calendar.business_days_between(due_on, today) + \
            (1 if calendar.is_business_day(today) else 0)
        return Urgency("overdue", f"Vencido hace {business_days_text(late)}" if late
                       else "Vencido", -late)
    left = 0 if due_on == today else calendar.business_days_between(today, due_on) + 1
    if left == 0:
        return Urgency("soon", "Vence hoy", 0)
    if left <= DUE_SOON_DAYS:
        return Urgency("soon", f"Vence en {business_days_text(left)}", left)
    return Urgency("on_time", f"En plazo ({business_days_text(left)})", left)
