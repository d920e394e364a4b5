"""Sesiones de concejo: programming a session (kind, date, hour, place, invitees), its number
in date order, changing it while it is ahead, postponing it or ending it without holding it;
the labels every council paper uses. The rest of a session's life is beside it: agenda.py,
summons.py, attendance.py, votes.py, outcome.py (settings.py holds the council's settings).

Rules: DOMAIN.md sections 3 and 4 (LOM arts. 12-17, Ley 27444 on collegiate bodies).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import moment_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.numbering import give_back, take_number
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import (
    LINE_MAX,
    REASON_MAX,
    check_length,
    length_error,
)
from pisac_desktop.council.members import CouncilView, council_on
from pisac_desktop.council.settings import (
    SESSION_SERIES,
    TIME_PATTERN,
    council_settings,
    ensure_council_defaults,
    normal_time,
)
from pisac_desktop.db.models import (
    CouncilSession,
    Officeholder,
    SessionInvitee,
)
from pisac_desktop.db.models.council import (
    ABSENT,
    ABSTAIN,
    AGAINST,
    CANCELLED,
    CONVENED,
    DESPACHO,
    EXTRAORDINARY,
    FOR,
    HELD,
    INFORMES,
    KIND_LABELS,
    LATE,
    NOT_INSTALLED,
    ON_LEAVE,
    ORDEN_DEL_DIA,
    ORDINARY,
    PEDIDOS,
    POSTPONED,
    PRESENT,
    SCHEDULED,
    SIMPLE,
    SUSPENDED,
    TWO_THIRDS_COUNCILLORS,
    TWO_THIRDS_LEGAL,
    UNANIMITY,
    session_title,
)
from pisac_desktop.db.write_lock import writes
from pisac_desktop.spanish.dates import short_date

STATE_LABELS = {SCHEDULED: "Programada", CONVENED: "Convocada", HELD: "Realizada",
                SUSPENDED: "Suspendida", POSTPONED: "Postergada",
                NOT_INSTALLED: "No instalada por falta de quórum", CANCELLED: "Cancelada"}
SECTION_LABELS = {DESPACHO: "Despacho", INFORMES: "Informes", PEDIDOS: "Pedidos",
                  ORDEN_DEL_DIA: "Orden del Día"}
SECTIONS = (DESPACHO, INFORMES, PEDIDOS, ORDEN_DEL_DIA)
MAJORITY_LABELS = {
    SIMPLE: "Mayoría simple de los asistentes",
    TWO_THIRDS_LEGAL: "Dos tercios del número legal de miembros",
    TWO_THIRDS_COUNCILLORS: "Dos tercios del número hábil de regidores",
    UNANIMITY: "Unanimidad (asunto no previsto en la agenda)",
}
MODALITY_LABELS = {"in_person": "Presencial", "virtual": "Virtual"}
CONVENED_BY_LABELS = {"mayor": "El alcalde",
                      "third": "A pedido de un tercio del número legal"}
ATTENDANCE_LABELS = {PRESENT: "Presente", ABSENT: "Ausente", LATE: "Tardanza",
                     ON_LEAVE: "Licencia"}
VOTE_LABELS = {FOR: "A favor", AGAINST: "En contra", ABSTAIN: "Abstención"}
DELIVERY_LABELS = {"personal": "Personal", "domicile": "En el domicilio", "virtual": "Virtual"}
OUTCOME_KINDS = {"COUNCIL_AGREEMENT": "Acuerdo de Concejo",
                 "COUNCIL_RESOLUTION": "Resolución de Concejo",
                 "ORDINANCE": "Ordenanza Municipal"}
# The papers behind an agenda item (cited in the VISTO of its document), with their labels.
REPORT_LABELS = {"committee_report": "El dictamen de la comisión",
                 "technical_report": "El informe técnico", "legal_report": "El informe legal"}

# States in which the session still lies ahead (its summonses matter).
UPCOMING = (SCHEDULED, CONVENED, POSTPONED)
# Posts that never get a summons: the alcalde convenes, the secretario general attends by office.
NOT_SUMMONED_POSTS = ("MAYOR", "GENERAL_SECRETARY")


def at_least_two_thirds(n: int) -> int:
    """Two thirds, rounded up (DOMAIN.md section 3): of 6, 4; of 5, 4."""
    return math.ceil(2 * n / 3)


# ----------------------------------------------------------------------------------------------
# Programming a session


@dataclass
class SessionForm:
    kind: str = ORDINARY
    session_date: dt.date | None = None
    start_time: str = "10:00"
    place: str = ""
    modality: str = "in_person"
    convened_by: str = "mayor"
    requesting_members: list[int] = field(default_factory=list)
    documents_place: str = ""
    invitee_ids: list[int] = field(default_factory=list)  # Officeholder ids


def new_session_form(session: Session, today: dt.date, kind: str = ORDINARY) -> SessionForm:
    s = council_settings(session)
    invitees = [h.id for h in _default_invitees(session, today)]
    return SessionForm(kind=kind, session_date=None, start_time=s.default_time,
                       place=s.default_place, documents_place=s.documents_place,
                       invitee_ids=invitees)


def _default_invitees(session: Session, on: dt.date) -> list[Officeholder]:
    """The gerente municipal attends with voice, without vote: invited by default. The
    secretario general takes the minutes by his office: he is not invited nor summoned."""
    from pisac_desktop.core.institution import holder_on

    out = []
    for post in ("MUNICIPAL_MANAGER",):
        holder = holder_on(session, post, on)
        if holder is not None:
            out.append(holder)
    return out


def form_of_session(session: Session, s: CouncilSession) -> SessionForm:
    invitees = list(session.scalars(select(SessionInvitee.officeholder_id)
                                    .where(SessionInvitee.session_id == s.id)))
    return SessionForm(s.kind, s.session_date, s.start_time, s.place, s.modality,
                       s.convened_by, json.loads(s.requesting_members or "[]"),
                       s.documents_place, sorted(invitees))


def _request_errors(form: SessionForm, council: CouncilView) -> list[FieldError]:
    """A session convened at the regidores' request (LOM art. 13): an extraordinaria, asked by
    at least a third of the legal number."""
    errors = []
    if form.kind != EXTRAORDINARY:
        errors.append(FieldError("convened_by", "Solo una sesión extraordinaria se convoca a "
                                                "pedido de los regidores."))
    needed = math.ceil(council.legal_number / 3)
    valid = {m.id for m in council.members if not m.is_mayor}
    asked = set(form.requesting_members) & valid
    if len(asked) < needed:
        errors.append(FieldError(
            "requesting_members",
            f"El pedido requiere al menos {needed} regidores (un tercio del número legal de "
            f"{council.legal_number}); se marcaron {len(asked)}."))
    return errors


def _validate_session(session: Session, form: SessionForm,
                      exclude_id: int | None = None) -> CouncilView:
    from pisac_desktop.council.schedule import duplicate_message, same_slot

    errors = []
    if form.kind not in KIND_LABELS:
        errors.append(FieldError("kind", "Elija el tipo de sesión."))
    if form.session_date is None:
        errors.append(FieldError("session_date", "Indique la fecha de la sesión (dd/mm/aaaa)."))
    if not TIME_PATTERN.match((form.start_time or "").strip()):
        errors.append(FieldError("start_time", "Escriba la hora como hh:mm (p. ej. 10:00)."))
    if not form.place.strip():
        errors.append(FieldError("place", "Indique el lugar de la sesión."))
    elif message := length_error(form.place, LINE_MAX, "El lugar"):
        errors.append(FieldError("place", message))
    if message := length_error(form.documents_place, LINE_MAX, "El lugar de consulta"):
        errors.append(FieldError("documents_place", message))
    if form.modality not in MODALITY_LABELS:
        errors.append(FieldError("modality", "Elija la modalidad."))
    if form.convened_by not in CONVENED_BY_LABELS:
        errors.append(FieldError("convened_by", "Indique quién convoca."))
    council = council_on(session, form.session_date) if form.session_date else None
    if form.session_date and council is None:
        errors.append(FieldError("session_date", "No hay un período municipal registrado para "
                                                 "esa fecha (Configuración › Datos de la "
                                                 "institución)."))
    if council is not None and form.convened_by == "third":
        errors += _request_errors(form, council)
    if form.session_date and TIME_PATTERN.match((form.start_time or "").strip()) and \
            form.place.strip():
        other = same_slot(session, form.session_date, normal_time(form.start_time),
                          form.place, exclude_id)
        if other is not None:
            errors.append(FieldError("session_date", duplicate_message(other)))
    if errors:
        raise ValidationFailed(errors)
    return council


def _write_session(session: Session, s: CouncilSession, form: SessionForm) -> None:
    s.kind = form.kind
    s.session_date = form.session_date
    s.start_time = normal_time(form.start_time)
    s.place = " ".join(form.place.split())
    s.modality = form.modality
    s.convened_by = form.convened_by
    s.requesting_members = json.dumps(
        sorted(set(form.requesting_members)) if form.convened_by == "third" else [])
    s.documents_place = form.documents_place.strip()
    session.query(SessionInvitee).filter(SessionInvitee.session_id == s.id).delete()
    for holder_id in sorted(set(form.invitee_ids)):
        session.add(SessionInvitee(session_id=s.id, officeholder_id=holder_id))


@writes
def create_session(session: Session, actor: Actor, form: SessionForm, clock=None) -> int:
    """Programme a session; its number is the next of its kind in its year."""
    require(actor, Permission.COUNCIL, session)
    council = _validate_session(session, form)
    year = form.session_date.year
    s = CouncilSession(term_id=council.term_id, kind=form.kind, year=year,
                       number=_take_session_number(session, form.kind, year),
                       session_date=form.session_date, start_time="", place="",
                       created_by=actor.username, created_at=to_naive_utc(moment_of(session, clock)))
    session.add(s)
    session.flush()
    _write_session(session, s, form)
    session.flush()
    record(session, actor, "create", "council_session", s.id,
           {"sesión": [None, session_title(s)], "fecha": [None, s.session_date.isoformat()]})
    return s.id


@writes
def update_session(session: Session, actor: Actor, session_id: int, form: SessionForm) -> None:
    """Change a programmed session. Once convened the date, time and place are on the
    summonses: use postpone() or reschedule() instead."""
    require(actor, Permission.COUNCIL, session)
    s = load_session(session, session_id)
    before = form_of_session(session, s)
    check_session_editable(s)
    if (form.session_date != s.session_date or normal_time(form.start_time) != s.start_time
            or " ".join(form.place.split()) != s.place or form.kind != s.kind
            or form.modality != s.modality):
        check_summoned_data_editable(s)
    _validate_session(session, form, s.id)
    if form.kind != s.kind or form.session_date.year != s.year:
        _renumber(session, s, form)  # only while programmed (checked above)
    _write_session(session, s, form)
    s.version += 1
    session.flush()
    after = form_of_session(session, s)
    changes = {k: [str(getattr(before, k)), str(getattr(after, k))] for k in vars(after)
               if getattr(before, k) != getattr(after, k)}
    record(session, actor, "update", "council_session", s.id, changes)


def check_session_editable(s: CouncilSession) -> None:
    """Precondition of update_session: a session still ahead."""
    if s.state not in UPCOMING:
        raise DomainError(f"La sesión está {STATE_LABELS[s.state].lower()}: sus datos ya no "
                          "cambian.")


def check_summoned_data_editable(s: CouncilSession) -> None:
    """The kind, date, time, place and modality: until the summonses carry them."""
    if s.state != SCHEDULED:
        raise DomainError(
            f"La sesión ya está {STATE_LABELS[s.state].lower()}: la fecha, la hora, el lugar, "
            "el tipo y la modalidad figuran en las citaciones y ya no se modifican aquí. "
            "Use «Reprogramar» o «Postergar».")


def _renumber(session: Session, s: CouncilSession, form: SessionForm) -> None:
    """A programmed (not yet convened) session that changes kind or year takes the next number
    of the new series; nothing was printed with the old one."""
    year = form.session_date.year
    give_back(session, SESSION_SERIES[s.kind][0], s.year, s.number)
    s.number = _take_session_number(session, form.kind, year)
    s.kind, s.year = form.kind, year


def _take_session_number(session: Session, kind: str, year: int) -> int:
    """The next number of the kind in the year, from the kind's counter; never at or below a
    number already used (sessions programmed before the counter existed)."""
    ensure_council_defaults(session)
    used = session.scalar(select(func.max(CouncilSession.number)).where(
        CouncilSession.kind == kind, CouncilSession.year == year)) or 0
    return take_number(session, SESSION_SERIES[kind][0], year, floor=used)


def load_session(session: Session, session_id: int) -> CouncilSession:
    s = session.get(CouncilSession, session_id, populate_existing=True)
    if s is None:
        raise DomainError("La sesión ya no existe.")
    return s


def to_naive_utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value


# ----------------------------------------------------------------------------------------------
# Convening: one numbered summons per member and per invited official


def check_postponable(s: CouncilSession) -> None:
    if s.state != CONVENED:
        raise DomainError("Solo se posterga una sesión convocada que aún no se realizó." if
                          s.state != POSTPONED else "La sesión ya fue postergada una vez: "
                          "no se posterga de nuevo.")
    if s.original_date is not None:
        raise DomainError("La sesión ya fue postergada una vez: no se posterga de nuevo.")


@writes
def postpone(session: Session, actor: Actor, session_id: int, new_date: dt.date | None,
             requesting: list[int], calendar: BusinessCalendar | None = None) -> None:
    """Aplazamiento: at the request of two thirds of the regidores, once only, 3 to 5 business
    days later, without a new summons (DOMAIN.md section 3)."""
    require(actor, Permission.COUNCIL, session)
    s = load_session(session, session_id)
    check_postponable(s)
    calendar = calendar or BusinessCalendar.load(session)
    council = council_on(session, s.session_date)
    seats = council.councillor_seats
    needed = at_least_two_thirds(seats)
    valid = {m.id for m in council.members if not m.is_mayor}
    asked = set(requesting) & valid
    errors = []
    if len(asked) < needed:
        errors.append(FieldError("requesting", f"La postergación la piden dos tercios de los "
                                               f"regidores: al menos {needed} de {seats}; se "
                                               f"marcaron {len(asked)}."))
    if new_date is None:
        errors.append(FieldError("session_date", "Indique la nueva fecha (dd/mm/aaaa)."))
    else:
        low = calendar.add_business_days(s.session_date, 3).result
        high = calendar.add_business_days(s.session_date, 5).result
        if not low <= new_date <= high:
            errors.append(FieldError(
                "session_date", f"La nueva fecha debe caer entre 3 y 5 días hábiles después: "
                                f"del {short_date(low)} al {short_date(high)}."))
    if errors:
        raise ValidationFailed(errors)
    s.original_date = s.session_date
    s.session_date = new_date
    s.state = POSTPONED
    s.state_note = append_line(s.state_note, f"Postergada del {short_date(s.original_date)} al "
                                         f"{short_date(new_date)} a pedido de {len(asked)} "
                                         "regidores.")
    s.version += 1
    session.flush()
    record(session, actor, "state_change", "council_session", s.id,
           {"estado": [STATE_LABELS[CONVENED], STATE_LABELS[POSTPONED]],
            "fecha": [s.original_date.isoformat(), new_date.isoformat()]})


def check_endable(s: CouncilSession, state: str) -> None:
    """Suspend a session still ahead; cancel one still ahead or suspended."""
    if state not in (SUSPENDED, CANCELLED):
        raise DomainError("Estado no válido.")
    if s.state in (HELD, NOT_INSTALLED, CANCELLED) or s.state == state:
        raise DomainError(f"La sesión ya está {STATE_LABELS[s.state].lower()}.")


@writes
def end_without_holding(session: Session, actor: Actor, session_id: int, state: str,
                        reason: str) -> None:
    """Suspend or cancel a session that will not be held (reason required)."""
    require(actor, Permission.COUNCIL, session)
    s = load_session(session, session_id)
    check_endable(s, state)
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", "Indique el motivo.")])
    check_length("reason", reason, REASON_MAX, "El motivo")
    before = s.state
    s.state = state
    s.state_note = append_line(s.state_note, f"{STATE_LABELS[state]}: {reason.strip()}")
    s.version += 1
    session.flush()
    record(session, actor, "state_change", "council_session", s.id,
           {"estado": [STATE_LABELS[before], STATE_LABELS[state]], "motivo": [None, reason]})


def append_line(text: str, line: str) -> str:
    return f"{text}\n{line}" if text else line
