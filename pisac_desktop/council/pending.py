"""What the Secretaría General's Resumen lists of the council: sessions to convene, summonses
not delivered or late, attendance or votes not recorded, actas to draft or approve."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.institution import PendingItem
from pisac_desktop.council.session_view import SHOWN_TITLES
from pisac_desktop.council.sessions import (
    session_title,
)
from pisac_desktop.council.settings import council_settings
from pisac_desktop.council.summons import (
    notice_check,
)
from pisac_desktop.db.models import (
    CouncilSession,
    Minutes,
    Summons,
)
from pisac_desktop.db.models.council import (
    CONVENED,
    HELD,
    POSTPONED,
)


def _titles(sessions: list[CouncilSession]) -> str:
    names = [session_title(s).replace("SESIÓN ", "").capitalize().replace("n° ", "N° ")
             for s in sessions[:SHOWN_TITLES]]
    rest = len(sessions) - len(names)
    text = "; ".join(names)
    return text + (f" y {rest} más" if rest > 0 else "")


def session_pending(session: Session, today: dt.date) -> list[PendingItem]:
    items: list[PendingItem] = []
    ahead = list(session.scalars(
        select(CouncilSession).where(CouncilSession.state.in_((CONVENED, POSTPONED)))
        .order_by(CouncilSession.session_date)))
    if ahead:
        ids = [s.id for s in ahead]
        undelivered = dict(session.execute(
            select(Summons.session_id, func.count(Summons.id))
            .where(Summons.session_id.in_(ids), Summons.delivered_at.is_(None))
            .group_by(Summons.session_id)).all())
        upcoming = [s for s in ahead if s.session_date >= today]
        count = sum(undelivered.get(s.id, 0) for s in upcoming)
        if count:
            items.append(PendingItem(
                "Citación por entregar" if count == 1 else "Citaciones por entregar", count,
                _titles([s for s in upcoming if undelivered.get(s.id)]),
                next(s.id for s in upcoming if undelivered.get(s.id)), "summons"))
        calendar = BusinessCalendar.load(session)
        settings = council_settings(session)
        by_id = {s.id: s for s in upcoming if not s.emergency_note}
        late: dict[int, int] = {}
        if by_id:
            for row in session.execute(select(Summons.session_id, Summons.delivered_at)
                                       .where(Summons.session_id.in_(list(by_id)),
                                              Summons.delivered_at.is_not(None))):
                if notice_check(calendar, settings, by_id[row.session_id],
                                SimpleNamespace(delivered_at=row.delivered_at)).late:
                    late[row.session_id] = late.get(row.session_id, 0) + 1
        if late:
            n = sum(late.values())
            items.append(PendingItem(
                "Citación entregada tarde (reprogramar o nota de emergencia)" if n == 1 else
                "Citaciones entregadas tarde (reprogramar o nota de emergencia)", n,
                _titles([s for s in upcoming if s.id in late]),
                next(s.id for s in upcoming if s.id in late), "summons", urgent=True))
        past = [s for s in ahead if s.session_date < today]
        if past:
            items.append(PendingItem(
                "Sesión pasada sin registrar su instalación" if len(past) == 1 else
                "Sesiones pasadas sin registrar su instalación", len(past), _titles(past),
                past[0].id, "attendance", urgent=True))
    without = list(session.scalars(
        select(CouncilSession).outerjoin(Minutes, Minutes.session_id == CouncilSession.id)
        .where(CouncilSession.state == HELD,
               (Minutes.id.is_(None)) | (Minutes.book_id.is_(None)))
        .order_by(CouncilSession.session_date)))
    if without:
        items.append(PendingItem("Acta pendiente" if len(without) == 1 else "Actas pendientes",
                                 len(without), _titles(without), without[0].id, "minutes"))
    return items
