"""The officials invited to a council session — the gerente municipal, a head of office — who
take part with voice and no vote (ROF art. 32: the gerente attends the council's sessions when
called): recorded with the session's attendance and named in the acta."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import naive_utc_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import POSTS, holder_on, post_label, signature_name
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import LINE_MAX, text_errors
from pisac_desktop.council.attendance import check_attendance_time
from pisac_desktop.council.sessions import load_session
from pisac_desktop.council.settings import TIME_PATTERN, normal_time
from pisac_desktop.db.models import SessionOfficial
from pisac_desktop.db.write_lock import get_for_update, writes

# The posts that already sit in the session by right: the mayor presides, the secretary general
# keeps the acta. The others are invited.
NOT_INVITED = ("MAYOR", "GENERAL_SECRETARY")


@dataclass(frozen=True)
class OfficialView:
    id: int
    full_name: str
    post: str
    arrived_at: str

    @property
    def label(self) -> str:
        return f"{self.full_name}, {self.post}" + (
            f" (desde las {self.arrived_at} horas)" if self.arrived_at else "")


def officials_of(session: Session, session_id: int) -> list[OfficialView]:
    return [OfficialView(o.id, o.full_name, o.post, o.arrived_at) for o in session.scalars(
        select(SessionOfficial).where(SessionOfficial.session_id == session_id)
        .order_by(SessionOfficial.id))]


def suggestions(session: Session, on: dt.date) -> list[tuple[str, str]]:
    """(name, post) of the officeholders on that date who may be invited."""
    out = []
    for code in POSTS:
        if code in NOT_INVITED:
            continue
        holder = holder_on(session, code, on)
        if holder is not None:
            out.append((signature_name(holder), post_label(code, holder.feminine)))
    return out


@writes
def add_official(session: Session, actor: Actor, session_id: int, full_name: str, post: str,
                 arrived_at: str = "") -> int:
    require(actor, Permission.COUNCIL, session)
    s = load_session(session, session_id)
    check_attendance_time(s)
    errors = text_errors("full_name", full_name, LINE_MAX, "El nombre",
                         "Escriba el nombre del funcionario.")
    errors += text_errors("post", post, 200, "El cargo", "Escriba su cargo.")
    if arrived_at.strip() and not TIME_PATTERN.match(arrived_at.strip()):
        errors.append(FieldError("arrived_at", "Escriba la hora como hh:mm."))
    name = " ".join(full_name.split())
    if name and any(o.full_name == name for o in officials_of(session, s.id)):
        errors.append(FieldError("full_name", f"{name} ya figura entre los funcionarios de "
                                              "esta sesión."))
    if errors:
        raise ValidationFailed(errors)
    row = SessionOfficial(session_id=s.id, full_name=name, post=" ".join(post.split()),
                          arrived_at=normal_time(arrived_at) if arrived_at.strip() else "",
                          recorded_by=actor.username, recorded_at=naive_utc_of(session))
    session.add(row)
    session.flush()
    record(session, actor, "attendance", "council_session", s.id,
           {"funcionario con voz y sin voto": [None, f"{row.full_name}, {row.post}"]})
    return row.id


@writes
def remove_official(session: Session, actor: Actor, official_id: int) -> None:
    require(actor, Permission.COUNCIL, session)
    row = get_for_update(session, SessionOfficial, official_id)
    if row is None:
        raise DomainError("El funcionario ya no figura en la sesión.")
    check_attendance_time(load_session(session, row.session_id))
    session.delete(row)
    session.flush()
    record(session, actor, "attendance", "council_session", row.session_id,
           {"funcionario con voz y sin voto": [f"{row.full_name}, {row.post}", None]})


def acta_line(officials: list[OfficialView]) -> str:
    """The acta's line: «Participaron, con voz y sin voto: …»."""
    if not officials:
        return ""
    return "Participaron, con voz y sin voto: " + "; ".join(o.label for o in officials) + "."
