"""The acta as the Acta tab shows it: its state, text, book and folios, who signs, and the later
sessions that may approve it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.actions import Allowed
from pisac_desktop.core.permissions import Actor
from pisac_desktop.council.session_actions import minutes_allowed
from pisac_desktop.council.session_view import Choice
from pisac_desktop.council.sessions import (
    session_title,
)
from pisac_desktop.db.models import (
    CouncilSession,
    Minutes,
)
from pisac_desktop.db.models.council import (
    HELD,
)


@dataclass(frozen=True)
class MinutesView:
    id: int
    state: str
    state_label: str
    body: str
    version: int
    approval: str  # '' until approved
    registration: str  # 'Acta N° 12 — Libro de Actas N° 2 — Folios 45 al 48', '' until then
    registered: bool
    book_warning: str | None

    def allowed(self, actor: Actor | None) -> Allowed:
        """What the acta allows this actor now, and why not (session_actions)."""
        return minutes_allowed(self, actor)


def minutes_view(session: Session, session_id: int) -> MinutesView | None:
    from pisac_desktop.council.books import book_warnings
    from pisac_desktop.council.minutes import APPROVAL_LABELS
    from pisac_desktop.council.minutes import STATE_LABELS as MINUTES_LABELS
    from pisac_desktop.council.printing import registration_text

    row = session.scalar(select(Minutes).where(Minutes.session_id == session_id))
    if row is None:
        return None
    approval = ""
    if row.approved_on is not None:
        approval = f"{APPROVAL_LABELS.get(row.approval_mode, 'Aprobada')} " \
                   f"({row.approved_on:%d/%m/%Y})"
        if row.approval_mode == "next" and row.approved_in_session_id:
            other = session.get(CouncilSession, row.approved_in_session_id)
            if other is not None:
                approval += f", {session_title(other).capitalize().replace('n° ', 'N° ')}"
    warning = book_warnings(session).get(row.book_id) if row.book_id else None
    return MinutesView(row.id, row.state, MINUTES_LABELS.get(row.state, row.state), row.body,
                       row.version, approval, registration_text(session, row),
                       row.book_id is not None, warning)


def later_held_sessions(session: Session, session_id: int) -> list[Choice]:
    """Sessions held after this one, where its acta may have been approved."""
    s = session.get(CouncilSession, session_id)
    if s is None:
        return []
    rows = session.scalars(select(CouncilSession).where(
        CouncilSession.state == HELD, CouncilSession.session_date > s.session_date)
        .order_by(CouncilSession.session_date).limit(12))
    return [Choice(r.id, f"{session_title(r)} — {r.session_date:%d/%m/%Y}") for r in rows]
