"""What waits in the follow-up, for the Gerencia Municipal's Resumen: compromisos past their due
date and those due within the next business days, naming the units that owe them."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.institution import PendingItem
from pisac_desktop.db.models import OrgUnit
from pisac_desktop.db.models.management import Commitment
from pisac_desktop.management.commitments import OPEN_STATES
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.spanish.plural import plural
from pisac_desktop.tramite.deadlines import DUE_SOON_DAYS

UNITS_NAMED = 3


def commitment_pending(session: Session, today: dt.date) -> list[PendingItem]:
    soon = BusinessCalendar.load(session).deadline(today, DUE_SOON_DAYS).result
    rows = session.execute(
        select(Commitment.id, Commitment.due_on, OrgUnit.abbreviation, OrgUnit.name)
        .join(OrgUnit, OrgUnit.id == Commitment.unit_id)
        .where(Commitment.state.in_(OPEN_STATES), Commitment.due_on <= soon)
        .order_by(Commitment.due_on, Commitment.id)).all()
    items = []
    for chosen, one, many, detail in (
            ([r for r in rows if r.due_on < today], "Compromiso vencido", "Compromisos vencidos",
             "Sin cumplir en su plazo"),
            ([r for r in rows if r.due_on >= today],
             f"Compromiso que vence hasta el {short_date(soon)}",
             f"Compromisos que vencen hasta el {short_date(soon)}", "Por cumplir")):
        if not chosen:
            continue
        by_unit = Counter(r.abbreviation or r.name for r in chosen)
        named = ", ".join(f"{unit} {count}" for unit, count in by_unit.most_common(UNITS_NAMED))
        more = len(by_unit) - UNITS_NAMED
        if more > 0:
            named += f" y {plural(more, 'otra unidad', 'otras unidades')}"
        items.append(PendingItem(one if len(chosen) == 1 else many, len(chosen),
                                 f"{detail}: {named}", chosen[0].id,
                                 urgent=chosen[0].due_on < today))
    return items
