"""Convening a session: one numbered summons (citación) per regidor and invited official, the
legal notice checked in business days, delivery recorded with its cargo, late summonses and
what excuses them (a reschedule, an emergency note)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import moment_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.calendar import BusinessCalendar, Computation
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import POSTS, get_institution
from pisac_desktop.core.numbering import take_number
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import (
    REASON_MAX,
    check_length,
    length_error,
)
from pisac_desktop.core.verification import VERIFY_SUMMONS, give_code
from pisac_desktop.council.members import council_on
from pisac_desktop.council.sessions import (
    DELIVERY_LABELS,
    NOT_SUMMONED_POSTS,
    STATE_LABELS,
    UPCOMING,
    append_line,
    load_session,
    to_naive_utc,
)
from pisac_desktop.council.settings import (
    SUMMONS_KIND,
    TIME_PATTERN,
    council_settings,
    ensure_council_defaults,
    normal_time,
)
from pisac_desktop.db.models import (
    CouncilSession,
    CouncilSettings,
    InstrumentKind,
    Officeholder,
    SessionInvitee,
    Summons,
)
from pisac_desktop.db.models.council import (
    CANCELLED,
    CONVENED,
    EXTRAORDINARY,
    ORDINARY,
    POSTPONED,
    SCHEDULED,
    SOLEMN,
)
from pisac_desktop.db.write_lock import writes
from pisac_desktop.spanish.dates import long_date, short_date


def month_warning(session: Session, s: CouncilSession) -> str | None:
    """LOM art. 13: no fewer than 2 and no more than 4 ordinary sessions a month (a warning,
    not a refusal)."""
    if s.kind != ORDINARY:
        return None
    first = s.session_date.replace(day=1)
    nxt = (first + dt.timedelta(days=32)).replace(day=1)
    count = session.scalar(select(func.count()).select_from(CouncilSession).where(
        CouncilSession.kind == ORDINARY, CouncilSession.session_date >= first,
        CouncilSession.session_date < nxt,
        CouncilSession.state.not_in((CANCELLED,)))) or 0
    month = long_date(first).split(" de ", 1)[1]
    if count > 4:
        return (f"En {month} hay {count} sesiones ordinarias: la ley permite como máximo 4 al "
                "mes (Ley 27972, art. 13).")
    if count < 2:
        return (f"En {month} hay {count} sesión ordinaria: la ley pide al menos 2 al mes "
                "(Ley 27972, art. 13).")
    return None


def _recipients(session: Session, s: CouncilSession) -> list[tuple[str, str, int | None,
                                                                   int | None]]:
    """(name, post, member_id, officeholder_id): the regidores hábiles on the session's date,
    then the invited officials. The alcalde convenes (he is not summoned by himself) and the
    secretario general attends by his office: neither gets a summons, nor burns a number."""
    from pisac_desktop.core.institution import post_label, signature_name

    council = council_on(session, s.session_date)
    out = []
    for m in council.able:
        if not m.is_mayor:
            out.append((m.name, m.role_label, m.id, None))
    invitee_ids = list(session.scalars(select(SessionInvitee.officeholder_id)
                                       .where(SessionInvitee.session_id == s.id)))
    holders = session.scalars(select(Officeholder).where(Officeholder.id.in_(invitee_ids))
                              .order_by(Officeholder.id)) if invitee_ids else []
    order = {code: i for i, code in enumerate(POSTS)}
    for h in sorted(holders, key=lambda h: order.get(h.post, 99)):
        if h.post not in NOT_SUMMONED_POSTS:
            out.append((signature_name(h), post_label(h.post, h.feminine), None, h.id))
    return out


def summons_count(session: Session, s: CouncilSession) -> int:
    """How many summonses convening `s` gives (one per regidor hábil and invited official)."""
    return len(_recipients(session, s)) if council_on(session, s.session_date) else 0


@writes
def convene(session: Session, actor: Actor, session_id: int, on: dt.date,
            clock=None) -> list[int]:
    """Convene: one numbered summons per recipient, in this transaction (the numbers are taken
    atomically from the register, like those of resolutions)."""
    require(actor, Permission.COUNCIL, session)
    s = load_session(session, session_id)
    given = summonses(session, s.id) if s.state == CONVENED else []
    if given:
        span = given[0].number_text + (f" a {given[-1].number_text}" if len(given) > 1
                                       else "")
        raise DomainError(f"Otro puesto ya convocó esta sesión ({span}): no se emitieron "
                          "más citaciones.")
    check_convenable(s, len(s.items))
    if on > s.session_date:
        raise DomainError("La fecha de la convocatoria es posterior a la de la sesión.")
    ensure_council_defaults(session)
    kind = session.get(InstrumentKind, SUMMONS_KIND)
    initials = get_institution(session).initials
    from pisac_desktop.instruments.kinds import format_number

    ids = []
    for pos, (name, post, member_id, holder_id) in enumerate(_recipients(session, s), start=1):
        number = take_number(session, SUMMONS_KIND, on.year)
        summons = Summons(session_id=s.id, year=on.year, number=number,
                          number_text=format_number(kind, number, on.year, initials),
                          issued_on=on, member_id=member_id, officeholder_id=holder_id,
                          addressee_name=name, addressee_post=post, position=pos)
        session.add(summons)
        session.flush()
        give_code(session, VERIFY_SUMMONS, summons.id)
        ids.append(summons.id)
    if not ids:
        raise DomainError("No hay miembros hábiles a quienes citar en esa fecha.")
    s.state = CONVENED
    s.convened_on = on
    s.version += 1
    session.flush()
    first = session.get(Summons, ids[0]).number_text
    last = session.get(Summons, ids[-1]).number_text
    record(session, actor, "convene", "council_session", s.id,
           {"citaciones": [None, f"{first} a {last}" if len(ids) > 1 else first]})
    return ids


def check_convenable(s: CouncilSession, items: int) -> None:
    """Precondition of convene: a programmed session with its agenda."""
    if s.state != SCHEDULED:
        raise DomainError(f"La sesión ya está {STATE_LABELS[s.state].lower()}.")
    if not items and s.kind != SOLEMN:
        raise DomainError("Agregue la agenda antes de convocar: las citaciones la llevan.")


def check_summons_time(s: CouncilSession) -> None:
    """Deliveries, reprogramming and an emergency note: while the session is convened."""
    if s.state not in (CONVENED, POSTPONED):
        raise DomainError("La sesión está programada: aún no tiene citaciones." if
                          s.state == SCHEDULED else
                          f"La sesión está {STATE_LABELS[s.state].lower()}: sus citaciones ya no "
                          "cambian.")


def summonses(session: Session, session_id: int) -> list[Summons]:
    return list(session.scalars(select(Summons).where(Summons.session_id == session_id)
                                .order_by(Summons.position, Summons.number)))


@dataclass(frozen=True)
class NoticeCheck:
    """Whether a summons was notified with the legal anticipation."""

    required: int  # full business days between notification and session
    between: int | None  # None: not delivered yet
    earliest: Computation | None  # earliest lawful session date for that delivery
    delivered: bool

    @property
    def late(self) -> bool:
        return self.delivered and self.between is not None and self.between < self.required

    def text(self) -> str:
        if not self.delivered:
            return "Pendiente de entrega"
        if self.late:
            return (f"Entregada tarde: {self.between} de {self.required} días hábiles; fecha "
                    f"lícita más próxima {short_date(self.earliest.result)}")
        return f"A tiempo ({self.between} días hábiles de anticipación)"


def required_notice(settings: CouncilSettings, kind: str) -> int:
    if kind == EXTRAORDINARY:
        return settings.extraordinary_notice_days
    return settings.ordinary_notice_days


def notice_check(calendar: BusinessCalendar, settings: CouncilSettings, s: CouncilSession,
                 summons: Summons) -> NoticeCheck:
    """An extraordinaria needs 5 full business days between notification and session; an
    ordinaria the RIC minimum (setting, default 2). DOMAIN.md sections 3 and 4."""
    required = required_notice(settings, s.kind)
    if summons.delivered_at is None:
        return NoticeCheck(required, None, None, False)
    notified = summons.delivered_at.date()
    return NoticeCheck(required, calendar.business_days_between(notified, s.session_date),
                       calendar.earliest_after_notice(notified, required), True)


@dataclass
class DeliveryForm:
    delivered_at: dt.datetime | None = None
    received_by: str = ""
    receiver_dni: str = ""
    method: str = "personal"
    image: bytes | None = None
    image_mime: str | None = None


MAX_CARGO_BYTES = 8 * 1024 * 1024


@writes
def record_delivery(session: Session, actor: Actor, summons_id: int, form: DeliveryForm,
                    clock=None) -> NoticeCheck:
    require(actor, Permission.COUNCIL, session)
    summons = session.get(Summons, summons_id)
    if summons is None:
        raise DomainError("La citación ya no existe.")
    check_summons_time(session.get(CouncilSession, summons.session_id))
    errors = []
    if form.delivered_at is None:
        errors.append(FieldError("delivered_at", "Indique la fecha y hora de entrega."))
    elif form.delivered_at.date() < summons.issued_on:
        errors.append(FieldError("delivered_at", "La entrega es anterior a la fecha de la "
                                                 "citación."))
    if form.method not in DELIVERY_LABELS:
        errors.append(FieldError("method", "Elija la forma de entrega."))
    if form.method != "virtual" and not form.received_by.strip():
        errors.append(FieldError("received_by", "Indique quién recibió la citación."))
    elif message := length_error(form.received_by, 200, "El nombre de quien recibió"):
        errors.append(FieldError("received_by", message))
    dni = form.receiver_dni.strip()
    if dni and not (dni.isdigit() and len(dni) == 8):
        errors.append(FieldError("receiver_dni", "El DNI tiene 8 dígitos."))
    if form.image is not None and len(form.image) > MAX_CARGO_BYTES:
        errors.append(FieldError("image", "La imagen del cargo supera 8 MB: escanéela con "
                                          "menor resolución."))
    if errors:
        raise ValidationFailed(errors)
    before = summons.delivered_at
    summons.delivered_at = form.delivered_at.replace(tzinfo=None, second=0, microsecond=0)
    summons.received_by = " ".join(form.received_by.split())
    summons.receiver_dni = dni
    summons.delivery_method = form.method
    if form.image is not None:
        summons.cargo_image = form.image
        summons.cargo_mime = form.image_mime or "image/png"
    summons.recorded_by = actor.username
    summons.recorded_at = to_naive_utc(moment_of(session, clock))
    session.flush()
    s = session.get(CouncilSession, summons.session_id)
    check = notice_check(BusinessCalendar.load(session), council_settings(session), s, summons)
    record(session, actor, "deliver", "summons", summons.id, {
        "citación": [None, summons.number_text],
        "entregada": [before.isoformat(" ") if before else None,
                      summons.delivered_at.isoformat(" ")],
        "recibió": [None, summons.received_by], "forma": [None, DELIVERY_LABELS[form.method]],
        "plazo": [None, check.text()]})
    return check


def late_summonses(session: Session, s: CouncilSession,
                   calendar: BusinessCalendar | None = None) -> list[tuple[Summons, NoticeCheck]]:
    calendar = calendar or BusinessCalendar.load(session)
    settings = council_settings(session)
    out = []
    for summons in summonses(session, s.id):
        check = notice_check(calendar, settings, s, summons)
        if check.late:
            out.append((summons, check))
    return out


def unresolved_late(session: Session, s: CouncilSession) -> list[tuple[Summons, NoticeCheck]]:
    """Late summonses the session still shows: until rescheduled or an emergency is noted."""
    if s.state not in UPCOMING or s.emergency_note:
        return []
    return late_summonses(session, s)


@writes
def reschedule(session: Session, actor: Actor, session_id: int, new_date: dt.date | None,
               new_time: str, reason: str) -> None:
    """Move a convened session to a later date (e.g. so that every summons is on time). The
    summonses keep their numbers; the change is audited and shown on the session."""
    require(actor, Permission.COUNCIL, session)
    s = load_session(session, session_id)
    check_summons_time(s)
    errors = []
    if new_date is None:
        errors.append(FieldError("session_date", "Indique la nueva fecha (dd/mm/aaaa)."))
    elif new_date <= s.session_date:
        errors.append(FieldError("session_date", "La nueva fecha debe ser posterior a la "
                                                 "actual."))
    if not TIME_PATTERN.match((new_time or "").strip()):
        errors.append(FieldError("start_time", "Escriba la hora como hh:mm."))
    if not reason.strip():
        errors.append(FieldError("reason", "Indique el motivo."))
    elif message := length_error(reason, REASON_MAX, "El motivo"):
        errors.append(FieldError("reason", message))
    if errors:
        raise ValidationFailed(errors)
    old = s.session_date
    s.session_date = new_date
    s.start_time = normal_time(new_time)
    s.state_note = append_line(s.state_note, f"Reprogramada del {short_date(old)} al "
                                         f"{short_date(new_date)}: {reason.strip()}")
    s.version += 1
    session.flush()
    record(session, actor, "state_change", "council_session", s.id,
           {"fecha": [old.isoformat(), new_date.isoformat()], "motivo": [None, reason.strip()]})


@writes
def note_emergency(session: Session, actor: Actor, session_id: int, note: str) -> None:
    """Keep the date despite late summonses, noting the declared emergency."""
    require(actor, Permission.COUNCIL, session)
    s = load_session(session, session_id)
    check_summons_time(s)  # an emergency declared before the summonses are delivered too
    if not note.strip():
        raise ValidationFailed([FieldError("note", "Describa la emergencia declarada y el "
                                                   "documento que la sustenta.")])
    check_length("note", note, REASON_MAX, "La descripción de la emergencia")
    s.emergency_note = note.strip()
    session.flush()
    record(session, actor, "update", "council_session", s.id,
           {"emergencia": [None, s.emergency_note]})
