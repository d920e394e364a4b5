"""Two workstations edited the same record: who saved first, and when, from the audit trail.

Edits use optimistic locks (a version read with the form, checked when saving); the clerk whose
save is refused is told who changed the record meanwhile and when (the latest audit entry of
that record), and keeps the typing (the form stays open with the message).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import OFFICE_TZ
from pisac_desktop.db.models import AuditEntry, User
from pisac_desktop.spanish.dates import short_date


@dataclass(frozen=True)
class LastChange:
    full_name: str
    workstation: str
    at: dt.datetime  # aware, office time

    @property
    def when(self) -> str:
        """«el 21/11/2026 a las 10:05, en PC-MESA»."""
        where = f", en {self.workstation}" if self.workstation else ""
        return f"el {short_date(self.at.date())} a las {self.at:%H:%M}{where}"


def last_change(session: Session, entity: str, entity_id: object) -> LastChange | None:
    """The latest audit entry about this record: who made it, where and when."""
    entry = session.execute(
        select(AuditEntry.at, AuditEntry.username, AuditEntry.workstation, User.full_name)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    if entry is None:
        return None
    moment = dt.datetime.fromisoformat(entry.at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return LastChange(entry.full_name or entry.username, entry.workstation or "",
                      moment.astimezone(OFFICE_TZ))


def concurrent_edit(session: Session, entity: str, entity_id: object, what: str,
                    then: str) -> str:
    """The refusal of a save based on an outdated version: «Mientras usted editaba, <who>
    guardó cambios en <what>. Para no borrar sus cambios no se guardó nada<then>»."""
    change = last_change(session, entity, entity_id)
    who = f"{change.full_name} guardó cambios en {what} ({change.when})" if change \
        else f"otra persona guardó cambios en {what}"
    return f"Mientras usted editaba, {who}. Para no borrar sus cambios no se guardó nada{then}"
