"""Sesiones de concejo: programming, agenda, convening with numbered summonses, the legal notice,
attendance and quorum, votes and their results, and the acuerdo/ordenanza drafted from an item.

Rules: DOMAIN.md sections 3 and 4 (LOM arts. 12-17, Ley 27444 on collegiate bodies).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import moment_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.calendar import BusinessCalendar, Computation
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import POSTS, get_institution
from pisac_desktop.core.numbering import give_back, take_number
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import (
    DELIBERATION_MAX,
    DETAIL_MAX,
    LINE_MAX,
    REASON_MAX,
    SUMMARY_MAX,
    check_length,
    length_error,
)
from pisac_desktop.core.verification import VERIFY_SUMMONS, give_code
from pisac_desktop.council.members import CouncilView, council_on
from pisac_desktop.council.outcome_texts import ItemPapers, basis_text, seen_text, whereby_text
from pisac_desktop.council.rules import (
    MAJORITY_CAST,
    MAJORITY_PRESENT,
    MINUTES_SIGNERS_LABELS,
    SIGN_ATTENDEES,
    SIMPLE_MAJORITY_LABELS,
    SIMPLE_MAJORITY_NOTES,
    minutes_signers_rule,
    simple_majority_rule,
    write_rule,
)
from pisac_desktop.db.models import (
    AgendaItem,
    AgendaProposal,
    Attendance,
    CouncilSession,
    CouncilSettings,
    Instrument,
    InstrumentKind,
    Officeholder,
    SessionInvitee,
    Summons,
    Vote,
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
    PROPOSAL_INCLUDED,
    PROPOSAL_RECEIVED,
    SCHEDULED,
    SIMPLE,
    SOLEMN,
    SUSPENDED,
    TWO_THIRDS_COUNCILLORS,
    TWO_THIRDS_LEGAL,
    UNANIMITY,
    session_title,
)
from pisac_desktop.db.models.instruments import DRAFT
from pisac_desktop.db.write_lock import writes
from pisac_desktop.spanish.dates import long_date, short_date

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

# Each kind of session is numbered per year by its own counter, like the numbered documents;
# the series are numbering kinds of the council's module (as the summonses), never listed
# among the documents. No table of their own: number_sequence already holds every numbering
# series, and a new table would need a migration for the same two columns.
SESSION_SERIES = {ORDINARY: ("SESSION_ORDINARY", "Sesiones ordinarias", "SO"),
                  EXTRAORDINARY: ("SESSION_EXTRAORDINARY", "Sesiones extraordinarias", "SE"),
                  SOLEMN: ("SESSION_SOLEMN", "Sesiones solemnes", "SS")}
SUMMONS_KIND = "SUMMONS"
SUMMONS_TITLE = "CITACIÓN"
SUMMONS_FORMAT = "{titulo} N° {numero:03d}-{anio}-SG-{siglas}"
# States in which the session still lies ahead (its summonses matter).
UPCOMING = (SCHEDULED, CONVENED, POSTPONED)
# Posts that never get a summons: the alcalde convenes, the secretario general attends by office.
NOT_SUMMONED_POSTS = ("MAYOR", "GENERAL_SECRETARY")
_TIME = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")


def at_least_two_thirds(n: int) -> int:
    """Two thirds, rounded up (DOMAIN.md section 3): of 6, 4; of 5, 4."""
    return math.ceil(2 * n / 3)


# ----------------------------------------------------------------------------------------------
# Settings


def ensure_council_defaults(session: Session) -> None:
    """The settings row and the summons' numbering kind (new or migrated database)."""
    if session.get(CouncilSettings, 1) is None:
        session.add(CouncilSettings(id=1))
    if session.get(InstrumentKind, SUMMONS_KIND) is None:
        session.add(InstrumentKind(
            code=SUMMONS_KIND, title=SUMMONS_TITLE, plural="Citaciones", short="CIT",
            number_format=SUMMONS_FORMAT, signer_post="MAYOR", issuer="", closing="",
            must_publish=False, module="council", style="summons", template_whereas="[]",
            template_legal_basis="", position=100))
    for pos, (kind, (code, plural, short)) in enumerate(SESSION_SERIES.items(), start=101):
        if session.get(InstrumentKind, code) is None:
            session.add(InstrumentKind(
                code=code, title=f"SESIÓN {KIND_LABELS[kind].upper()}", plural=plural,
                short=short, number_format="{titulo} N° {numero:02d}-{anio}",
                signer_post="MAYOR", issuer="", closing="", must_publish=False,
                module="council", style="session", template_whereas="[]",
                template_legal_basis="", position=pos))
    session.flush()


def council_settings(session: Session) -> CouncilSettings:
    row = session.get(CouncilSettings, 1)
    if row is None:
        ensure_council_defaults(session)
        row = session.get(CouncilSettings, 1)
    return row


@dataclass
class SettingsForm:
    ordinary_notice_days: int = 2
    summons_signer: str = "mayor"
    default_place: str = ""
    documents_place: str = ""
    default_time: str = "10:00"
    folio_warning: int = 20
    minutes_signers: str = SIGN_ATTENDEES  # who signs the acta (RIC practice)
    simple_majority: str = MAJORITY_PRESENT  # how a simple majority is counted (RIC)


def settings_form(session: Session) -> SettingsForm:
    s = council_settings(session)
    return SettingsForm(s.ordinary_notice_days, s.summons_signer, s.default_place,
                        s.documents_place, s.default_time, s.folio_warning,
                        minutes_signers_rule(session), simple_majority_rule(session))


@writes
def save_council_settings(session: Session, actor: Actor, form: SettingsForm) -> None:
    require(actor, Permission.COUNCIL, session)
    errors = []
    if not 1 <= form.ordinary_notice_days <= 15:
        errors.append(FieldError("ordinary_notice_days",
                                 "La anticipación mínima va de 1 a 15 días hábiles."))
    if form.summons_signer not in ("mayor", "secretary"):
        errors.append(FieldError("summons_signer", "Elija quién firma las citaciones."))
    if not form.default_place.strip():
        errors.append(FieldError("default_place", "Indique el lugar habitual de las sesiones."))
    for name, what in (("default_place", "El lugar"), ("documents_place", "El lugar de consulta")):
        if message := length_error(getattr(form, name), LINE_MAX, what):
            errors.append(FieldError(name, message))
    if not _TIME.match(form.default_time.strip()):
        errors.append(FieldError("default_time", "Escriba la hora como hh:mm (p. ej. 10:00)."))
    if not 0 <= form.folio_warning <= 500:
        errors.append(FieldError("folio_warning", "Indique un número de folios de 0 a 500."))
    if form.minutes_signers not in MINUTES_SIGNERS_LABELS:
        errors.append(FieldError("minutes_signers", "Elija quién firma el acta."))
    if form.simple_majority not in SIMPLE_MAJORITY_LABELS:
        errors.append(FieldError("simple_majority", "Elija cómo se cuenta la mayoría simple."))
    if errors:
        raise ValidationFailed(errors)
    row = council_settings(session)
    before = settings_form(session)
    row.ordinary_notice_days = form.ordinary_notice_days
    row.summons_signer = form.summons_signer
    row.default_place = form.default_place.strip()
    row.documents_place = form.documents_place.strip()
    row.default_time = _normal_time(form.default_time)
    row.folio_warning = form.folio_warning
    write_rule(session, "minutes_signers", form.minutes_signers)
    write_rule(session, "simple_majority", form.simple_majority)
    row.version += 1
    session.flush()
    after = settings_form(session)
    changes = {k: [getattr(before, k), getattr(after, k)] for k in vars(after)
               if getattr(before, k) != getattr(after, k)}
    record(session, actor, "settings_change", "council_settings", "1", changes)


def _normal_time(text: str) -> str:
    m = _TIME.match(text.strip())
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m else text.strip()


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


def _validate_session(session: Session, form: SessionForm,
                      exclude_id: int | None = None) -> CouncilView:
    from pisac_desktop.council.schedule import duplicate_message, same_slot

    errors = []
    if form.kind not in KIND_LABELS:
        errors.append(FieldError("kind", "Elija el tipo de sesión."))
    if form.session_date is None:
        errors.append(FieldError("session_date", "Indique la fecha de la sesión (dd/mm/aaaa)."))
    if not _TIME.match((form.start_time or "").strip()):
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
        if form.kind != EXTRAORDINARY:
            errors.append(FieldError("convened_by", "Solo una sesión extraordinaria se convoca "
                                                    "a pedido de los regidores."))
        needed = math.ceil(council.legal_number / 3)
        valid = {m.id for m in council.members if not m.is_mayor}
        asked = set(form.requesting_members) & valid
        if len(asked) < needed:
            errors.append(FieldError(
                "requesting_members",
                f"El pedido requiere al menos {needed} regidores (un tercio del número legal "
                f"de {council.legal_number}); se marcaron {len(asked)}."))
    if form.session_date and _TIME.match((form.start_time or "").strip()) and \
            form.place.strip():
        other = same_slot(session, form.session_date, _normal_time(form.start_time),
                          form.place, exclude_id)
        if other is not None:
            errors.append(FieldError("session_date", duplicate_message(other)))
    if errors:
        raise ValidationFailed(errors)
    return council


def _write_session(session: Session, s: CouncilSession, form: SessionForm) -> None:
    s.kind = form.kind
    s.session_date = form.session_date
    s.start_time = _normal_time(form.start_time)
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
                       created_by=actor.username, created_at=_naive(moment_of(session, clock)))
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
    s = _get(session, session_id)
    before = form_of_session(session, s)
    check_session_editable(s)
    if (form.session_date != s.session_date or _normal_time(form.start_time) != s.start_time
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


def _get(session: Session, session_id: int) -> CouncilSession:
    s = session.get(CouncilSession, session_id, populate_existing=True)
    if s is None:
        raise DomainError("La sesión ya no existe.")
    return s


def _naive(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value


# ----------------------------------------------------------------------------------------------
# Agenda


def agenda_frozen(s: CouncilSession) -> bool:
    """An extraordinaria's agenda is fixed by its summons (DOMAIN.md section 3)."""
    return s.kind == EXTRAORDINARY and s.state != SCHEDULED


def check_agenda_editable(s: CouncilSession) -> None:
    """Precondition of adding or changing a point."""
    if agenda_frozen(s):
        raise DomainError(
            "La agenda de una sesión extraordinaria queda fijada en la citación: una vez "
            "convocada no se agregan, quitan ni cambian puntos.")
    # A held session takes matters outside the agenda (unanimity) until its closing time.
    if s.state in (CANCELLED, NOT_INSTALLED, SUSPENDED) or (s.state == HELD and s.closed_at):
        raise DomainError(f"La sesión está {STATE_LABELS[s.state].lower()}: su agenda ya no "
                          "cambia.")


def check_item_editable(s, document_issued: str = "") -> None:
    """Precondition of opening a point to change it: all of it while the agenda may change;
    afterwards (agenda fixed, session convened or held) only its papers (dictamen, informes),
    until the document born of the point is issued."""
    try:
        check_agenda_editable(s)
    except DomainError:
        if s.state in (CANCELLED, NOT_INSTALLED, SUSPENDED):
            raise
        if document_issued:
            raise DomainError(f"El documento del punto ya fue emitido ({document_issued}): sus "
                              "documentos de sustento ya no cambian.") from None


@dataclass
class ItemForm:
    section: str = ORDEN_DEL_DIA
    title: str = ""
    detail: str = ""
    majority: str = SIMPLE
    proposal_id: int | None = None
    committee_report: str = ""  # "Dictamen N° 003-2026-CPP/MDP de la Comisión de ..."
    technical_report: str = ""  # "Informe N° 120-2026-SGIDU/MDP"
    legal_report: str = ""  # "Informe Legal N° 045-2026-OAJ/MDP"


def _reports(form_or_item) -> dict[str, str]:
    return {name: " ".join(getattr(form_or_item, name).split()) for name in REPORT_LABELS}


def _validate_item(form: ItemForm) -> None:
    errors = []
    if form.section not in SECTION_LABELS:
        errors.append(FieldError("section", "Elija la estación de la agenda."))
    if not form.title.strip():
        errors.append(FieldError("title", "Escriba el asunto del punto de agenda."))
    elif message := length_error(form.title, SUMMARY_MAX, "El asunto"):
        errors.append(FieldError("title", message))
    if message := length_error(form.detail, DETAIL_MAX, "El detalle"):
        errors.append(FieldError("detail", message))
    if form.majority not in MAJORITY_LABELS:
        errors.append(FieldError("majority", "Elija la mayoría requerida."))
    for name, label in REPORT_LABELS.items():
        if message := length_error(getattr(form, name), LINE_MAX, label):
            errors.append(FieldError(name, message))
    if errors:
        raise ValidationFailed(errors)


@writes
def add_item(session: Session, actor: Actor, session_id: int, form: ItemForm) -> int:
    """Add a point. In an ordinaria already convened, a point of the Orden del Día that was not
    in the summons is outside the agenda: it needs everyone present and unanimity."""
    require(actor, Permission.COUNCIL, session)
    s = _get(session, session_id)
    check_agenda_editable(s)
    _validate_item(form)
    if s.kind == EXTRAORDINARY and form.section != ORDEN_DEL_DIA:
        raise ValidationFailed([FieldError(
            "section", "Una sesión extraordinaria solo trata los puntos de su citación (Orden "
                       "del Día).")])
    outside = s.state != SCHEDULED and form.section == ORDEN_DEL_DIA
    position = (session.scalar(select(func.max(AgendaItem.position))
                               .where(AgendaItem.session_id == s.id)) or 0) + 1
    item = AgendaItem(position=position, section=form.section,
                      title=form.title.strip(), detail=form.detail.strip(),
                      majority=UNANIMITY if outside else form.majority,
                      outside_agenda=outside, proposal_id=form.proposal_id, **_reports(form))
    s.items.append(item)  # also in the session's loaded list (an acta drafted next sees it)
    session.flush()
    if form.proposal_id:
        proposal = session.get(AgendaProposal, form.proposal_id)
        if proposal is not None:
            proposal.state = PROPOSAL_INCLUDED
            proposal.session_id = s.id
    record(session, actor, "create", "agenda_item", item.id,
           {"sesión": [None, session_title(s)], "asunto": [None, item.title],
            "fuera de agenda": [None, outside] if outside else None,
            **{_REPORT_AUDIT[k]: [None, v] for k, v in _reports(item).items() if v}})
    return item.id


@writes
def update_item(session: Session, actor: Actor, item_id: int, form: ItemForm) -> None:
    """Change a point. Its papers (dictamen, informes) may still be recorded once the agenda is
    fixed or the session held, until the document born of the point is issued."""
    require(actor, Permission.COUNCIL, session)
    item = _item(session, item_id)
    majority = UNANIMITY if item.outside_agenda else form.majority
    agenda_changed = (form.section, form.title.strip(), form.detail.strip(), majority) != (
        item.section, item.title, item.detail, item.majority)
    if agenda_changed:
        check_agenda_editable(item.session)
    _validate_item(form)
    if item.session.state != SCHEDULED and not item.outside_agenda and (
            form.title.strip() != item.title or form.section != item.section):
        raise DomainError("El asunto de un punto que figura en las citaciones ya no se cambia.")
    if _reports(form) != _reports(item) and item.instrument_id is not None:
        instrument = session.get(Instrument, item.instrument_id)
        if instrument is not None and instrument.state != "draft":
            raise DomainError(f"El documento del punto ya fue emitido ({instrument.number_text})"
                              ": su dictamen e informes ya no cambian.")
    before = {"asunto": item.title, "detalle": item.detail, "mayoría": item.majority,
              **{_REPORT_AUDIT[k]: v for k, v in _reports(item).items()}}
    item.section = form.section
    item.title = form.title.strip()
    item.detail = form.detail.strip()
    item.majority = majority
    for name, value in _reports(form).items():
        setattr(item, name, value)
    session.flush()
    after = {"asunto": item.title, "detalle": item.detail, "mayoría": item.majority,
             **{_REPORT_AUDIT[k]: v for k, v in _reports(item).items()}}
    record(session, actor, "update", "agenda_item", item.id,
           {k: [before[k], after[k]] for k in after if before[k] != after[k]})


@writes
def remove_item(session: Session, actor: Actor, item_id: int) -> None:
    require(actor, Permission.COUNCIL, session)
    item = _item(session, item_id)
    check_item_removable(item.session, item)
    if item.proposal_id:
        proposal = session.get(AgendaProposal, item.proposal_id)
        if proposal is not None:
            proposal.state, proposal.session_id = PROPOSAL_RECEIVED, None
    record(session, actor, "delete", "agenda_item", item.id, {"asunto": [item.title, None]})
    owner = item.session
    owner.items.remove(item)  # delete-orphan: gone from the database and the loaded list
    for pos, it in enumerate(owner.items, start=1):
        it.position = pos
    session.flush()


@writes
def move_item(session: Session, actor: Actor, item_id: int, delta: int) -> None:
    require(actor, Permission.COUNCIL, session)
    item = _item(session, item_id)
    check_agenda_order(item.session)
    items = list(item.session.items)
    i = items.index(item)
    j = max(0, min(len(items) - 1, i + delta))
    items.insert(j, items.pop(i))
    for pos, it in enumerate(items, start=1):
        it.position = pos
    session.flush()


_REPORT_AUDIT = {"committee_report": "dictamen", "technical_report": "informe técnico",
                 "legal_report": "informe legal"}
def check_item_removable(s: CouncilSession, item: AgendaItem) -> None:
    check_agenda_editable(s)
    if s.state != SCHEDULED and not (item.outside_agenda and not item.voted):
        raise DomainError("El punto figura en las citaciones: no se quita. Si no se trata, "
                          "déjelo constar en el acta." if not item.outside_agenda else
                          "El punto ya se votó: no se quita.")


def check_agenda_order(s: CouncilSession) -> None:
    check_agenda_editable(s)
    if s.state != SCHEDULED:
        raise DomainError("El orden de la agenda figura en las citaciones: ya no cambia.")


def _item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id, populate_existing=True)
    if item is None:
        raise DomainError("El punto de agenda ya no existe.")
    return item


def agenda_lines(items: list[AgendaItem]) -> list[tuple[str, list[AgendaItem]]]:
    """Items grouped by station in the order Despacho, Informes, Pedidos, Orden del Día."""
    out = []
    for section in SECTIONS:
        group = [i for i in items if i.section == section]
        if group:
            out.append((SECTION_LABELS[section], group))
    return out


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


# ----------------------------------------------------------------------------------------------
# Convening: one numbered summons per member and per invited official


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
    s = _get(session, session_id)
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
    from pisac_desktop.instruments.register import format_number

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
    summons.recorded_at = _naive(moment_of(session, clock))
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
    s = _get(session, session_id)
    check_summons_time(s)
    errors = []
    if new_date is None:
        errors.append(FieldError("session_date", "Indique la nueva fecha (dd/mm/aaaa)."))
    elif new_date <= s.session_date:
        errors.append(FieldError("session_date", "La nueva fecha debe ser posterior a la "
                                                 "actual."))
    if not _TIME.match((new_time or "").strip()):
        errors.append(FieldError("start_time", "Escriba la hora como hh:mm."))
    if not reason.strip():
        errors.append(FieldError("reason", "Indique el motivo."))
    elif message := length_error(reason, REASON_MAX, "El motivo"):
        errors.append(FieldError("reason", message))
    if errors:
        raise ValidationFailed(errors)
    old = s.session_date
    s.session_date = new_date
    s.start_time = _normal_time(new_time)
    s.state_note = _append(s.state_note, f"Reprogramada del {short_date(old)} al "
                                         f"{short_date(new_date)}: {reason.strip()}")
    s.version += 1
    session.flush()
    record(session, actor, "state_change", "council_session", s.id,
           {"fecha": [old.isoformat(), new_date.isoformat()], "motivo": [None, reason.strip()]})


@writes
def note_emergency(session: Session, actor: Actor, session_id: int, note: str) -> None:
    """Keep the date despite late summonses, noting the declared emergency."""
    require(actor, Permission.COUNCIL, session)
    s = _get(session, session_id)
    check_summons_time(s)  # an emergency declared before the summonses are delivered too
    if not note.strip():
        raise ValidationFailed([FieldError("note", "Describa la emergencia declarada y el "
                                                   "documento que la sustenta.")])
    check_length("note", note, REASON_MAX, "La descripción de la emergencia")
    s.emergency_note = note.strip()
    session.flush()
    record(session, actor, "update", "council_session", s.id,
           {"emergencia": [None, s.emergency_note]})


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
    s = _get(session, session_id)
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
    s.state_note = _append(s.state_note, f"Postergada del {short_date(s.original_date)} al "
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
    s = _get(session, session_id)
    check_endable(s, state)
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", "Indique el motivo.")])
    check_length("reason", reason, REASON_MAX, "El motivo")
    before = s.state
    s.state = state
    s.state_note = _append(s.state_note, f"{STATE_LABELS[state]}: {reason.strip()}")
    s.version += 1
    session.flush()
    record(session, actor, "state_change", "council_session", s.id,
           {"estado": [STATE_LABELS[before], STATE_LABELS[state]], "motivo": [None, reason]})


def _append(text: str, line: str) -> str:
    return f"{text}\n{line}" if text else line


# ----------------------------------------------------------------------------------------------
# Attendance and quorum


@dataclass(frozen=True)
class QuorumView:
    able: int  # members hábiles on the session's date
    quorum: int
    present: int  # present or late

    @property
    def reached(self) -> bool:
        return self.present >= self.quorum and self.able > 0

    def text(self) -> str:
        state = "HAY QUÓRUM" if self.reached else "NO HAY QUÓRUM"
        return (f"{state}: {self.present} presentes de {self.able} miembros hábiles "
                f"(quórum: {self.quorum})")


def attendance_of(session: Session, session_id: int) -> dict[int, Attendance]:
    return {a.member_id: a for a in session.scalars(
        select(Attendance).where(Attendance.session_id == session_id))}


def quorum_of(council: CouncilView, attendance: dict[int, Attendance]) -> QuorumView:
    present = sum(1 for m in council.able
                  if m.id in attendance and attendance[m.id].status in (PRESENT, LATE))
    return QuorumView(council.able_count, council.quorum, present)


def check_attendance_time(s: CouncilSession) -> None:
    """Attendance is recorded (and its sheet printed) once the session is convened."""
    if s.state in (SCHEDULED, CANCELLED, SUSPENDED):
        raise DomainError("Convoque la sesión antes de registrar la asistencia." if
                          s.state == SCHEDULED else
                          f"La sesión está {STATE_LABELS[s.state].lower()}.")


@writes
def record_attendance(session: Session, actor: Actor, session_id: int,
                      marks: dict[int, tuple[str, str]]) -> QuorumView:
    """marks: member id -> (status, arrival hh:mm or ''). Members on leave that day are
    recorded as 'licencia' whatever is marked."""
    require(actor, Permission.COUNCIL, session)
    s = _get(session, session_id)
    check_attendance_time(s)
    council = council_on(session, s.session_date)
    members = {m.id: m for m in council.members}
    errors = []
    for row, (member_id, (status, arrived)) in enumerate(marks.items()):
        if member_id not in members:
            errors.append(FieldError("member", "No es miembro del concejo en esa fecha.",
                                     "attendance", row))
        if status not in ATTENDANCE_LABELS:
            errors.append(FieldError("status", "Elija la asistencia.", "attendance", row))
        if arrived and not _TIME.match(arrived.strip()):
            errors.append(FieldError("arrived_at", "Escriba la hora como hh:mm.", "attendance",
                                     row))
    if errors:
        raise ValidationFailed(errors)
    existing = attendance_of(session, s.id)
    changes = {}
    for member_id, (status, arrived) in marks.items():
        if not members[member_id].able:
            status = ON_LEAVE if members[member_id].status == "leave" else ABSENT
        row = existing.get(member_id)
        if row is None:
            row = Attendance(session_id=s.id, member_id=member_id, status=status)
            session.add(row)
            existing[member_id] = row
        if row.status != status or (row.arrived_at or "") != _normal_time(arrived or ""):
            changes[members[member_id].name] = [ATTENDANCE_LABELS.get(row.status),
                                                ATTENDANCE_LABELS[status]]
        row.status = status
        row.arrived_at = _normal_time(arrived) if arrived else ""
    session.flush()
    if changes:
        record(session, actor, "attendance", "council_session", s.id, changes)
    return quorum_of(council, existing)


def check_installable(s: CouncilSession) -> None:
    """Installing it, or recording it as not installed: a convened session."""
    if s.state not in (CONVENED, POSTPONED):
        raise DomainError(f"La sesión está {STATE_LABELS[s.state].lower()}: no se instala.")


@writes
def install(session: Session, actor: Actor, session_id: int, opened_at: str,
            reason: str = "", clock=None) -> QuorumView:
    """Open the session: refused before its date and without quorum (record it as not
    installed instead). With summonses pending delivery or delivered late (and no emergency
    noted), the reason to install anyway is asked (NoticeReasonNeeded) and recorded: the acta
    states it instead of "citaciones notificadas conforme a ley"."""
    require(actor, Permission.COUNCIL, session)
    s = _get(session, session_id)
    check_installable(s)
    today = moment_of(session, clock).date()
    if today < s.session_date:
        raise DomainError(f"La sesión es del {short_date(s.session_date)}: no se instala antes "
                          f"de su fecha (hoy es {short_date(today)}).")
    # A member notified late who attends anyway has waived the notice; one who is absent (or an
    # official, who does not vote) leaves the session open to challenge: reschedule or note it.
    attendance = attendance_of(session, s.id)
    late = [(sm, check) for sm, check in unresolved_late(session, s)
            if sm.member_id is not None
            and getattr(attendance.get(sm.member_id), "status", None) not in (PRESENT, LATE)]
    if late:
        names = "; ".join(f"{sm.number_text} ({sm.addressee_name})" for sm, _check in late)
        raise DomainError(
            f"Citaciones entregadas sin la anticipación de ley a miembros que no asisten: {names}. "
            "Reprograme la sesión a una fecha lícita o registre la nota de emergencia antes de "
            "instalarla.")
    council = council_on(session, s.session_date)
    quorum = quorum_of(council, attendance)
    if not quorum.reached:
        raise DomainError(f"{quorum.text()}. Registre la sesión como «no instalada por falta "
                          "de quórum».")
    if not _TIME.match((opened_at or "").strip()):
        raise ValidationFailed([FieldError("opened_at", "Escriba la hora de inicio (hh:mm).")])
    issues = notice_issues(session, s)
    reason = " ".join((reason or "").split())
    if issues and not reason:
        raise NoticeReasonNeeded(issues)
    if issues:
        check_length("reason", reason, REASON_MAX, "El motivo")
    s.opened_at = _normal_time(opened_at)
    s.state = HELD
    if issues:
        s.state_note = _append(s.state_note, f"{INSTALL_WAIVER}{reason}")
    s.version += 1
    session.flush()
    changes = {"estado": [None, STATE_LABELS[HELD]], "inicio": [None, s.opened_at],
               "quórum": [None, quorum.text()]}
    if issues:
        changes["citaciones"] = [None, "; ".join(issues)]
        changes["motivo"] = [None, reason]
    record(session, actor, "state_change", "council_session", s.id, changes)
    return quorum


INSTALL_WAIVER = "Instalada con citaciones pendientes o tardías. Motivo: "


class NoticeReasonNeeded(DomainError):
    """Installing with summonses pending or late: ask the reason, then call again with it."""

    def __init__(self, issues: list[str]):
        self.issues = issues
        super().__init__("Hay citaciones sin entregar o entregadas sin la anticipación de ley: "
                         + "; ".join(issues) + ". Indique el motivo por el que se instala la "
                         "sesión de todos modos (quedará en el acta).")


def notice_issues(session: Session, s: CouncilSession) -> list[str]:
    """The summonses not notified with the legal notice ("N° 003 (Nombre): pendiente"), unless
    an emergency was noted for the session."""
    if s.emergency_note:
        return []
    calendar = BusinessCalendar.load(session)
    settings = council_settings(session)
    out = []
    for summons in summonses(session, s.id):
        check = notice_check(calendar, settings, s, summons)
        if not check.delivered or check.late:
            state = "pendiente de entrega" if not check.delivered else "entregada tarde"
            out.append(f"{summons.number_text} ({summons.addressee_name}): {state}")
    return out


def notice_issues_of(session: Session, session_id: int) -> list[str]:
    """notice_issues() of a session by its id ([] when it no longer exists)."""
    s = session.get(CouncilSession, session_id)
    return notice_issues(session, s) if s is not None else []


def install_waiver(s: CouncilSession) -> str:
    """The reason recorded when the session was installed despite its summonses ('' if none)."""
    for line in reversed((s.state_note or "").splitlines()):
        if line.startswith(INSTALL_WAIVER):
            return line[len(INSTALL_WAIVER):].strip()
    return ""


@writes
def record_not_installed(session: Session, actor: Actor, session_id: int) -> QuorumView:
    require(actor, Permission.COUNCIL, session)
    s = _get(session, session_id)
    check_installable(s)
    council = council_on(session, s.session_date)
    quorum = quorum_of(council, attendance_of(session, s.id))
    if quorum.reached:
        raise DomainError(f"{quorum.text()}: la sesión puede instalarse.")
    s.state = NOT_INSTALLED
    s.version += 1
    session.flush()
    record(session, actor, "state_change", "council_session", s.id,
           {"estado": [None, STATE_LABELS[NOT_INSTALLED]], "quórum": [None, quorum.text()]})
    return quorum


VOTES_WHEN = "Se vota en una sesión instalada (con quórum)."


def check_held(s: CouncilSession, message: str) -> None:
    if s.state != HELD:
        raise DomainError(message)


@writes
def set_closing_time(session: Session, actor: Actor, session_id: int, closed_at: str) -> None:
    require(actor, Permission.COUNCIL, session)
    s = _get(session, session_id)
    check_held(s, "Solo una sesión realizada tiene hora de término.")
    if not _TIME.match((closed_at or "").strip()):
        raise ValidationFailed([FieldError("closed_at", "Escriba la hora de término (hh:mm).")])
    s.closed_at = _normal_time(closed_at)
    session.flush()
    record(session, actor, "update", "council_session", s.id, {"término": [None, s.closed_at]})


# ----------------------------------------------------------------------------------------------
# Votes


@dataclass(frozen=True)
class ItemResult:
    votes_for: int
    against: int
    abstain: int
    required: int  # votes for needed
    approved: bool | None  # None: not voted yet
    tie: bool
    explanation: str
    awaiting_tiebreak: bool = False  # a tie the alcalde has not broken yet

    @property
    def label(self) -> str:
        if self.approved is None:
            return "Sin votación"
        if self.awaiting_tiebreak:
            return "EMPATE: falta el voto dirimente"
        return "APROBADO" if self.approved else "DESAPROBADO"


    def counts(self) -> str:
        abstain = "abstención" if self.abstain == 1 else "abstenciones"
        return f"{self.votes_for} a favor, {self.against} en contra, {self.abstain} {abstain}"


def item_result(council: CouncilView, attendance: dict[int, Attendance], item: AgendaItem,
                votes: list[Vote], rule: str = MAJORITY_PRESENT) -> ItemResult:
    """Ley 27444 (collegiate bodies): agreements by the majority of those attending, the
    presiding alcalde breaking a tie; qualified majorities where the law asks (LOM arts. 23,
    66; ROF art. 32), and unanimity with everyone present for a matter outside the agenda.
    rule: how the council's RIC counts a simple majority (council_rules: of those present, the
    default, or of the votes cast); the explanation names the rule applied."""
    mayor = council.mayor
    mayor_id = mayor.id if mayor else None
    present = [m for m in council.able
               if m.id in attendance and attendance[m.id].status in (PRESENT, LATE)]
    by_member = {v.member_id: v.choice for v in votes}
    # The alcalde's own vote counts toward the número legal and unanimity, not toward a simple
    # majority (he only breaks a tie) nor the two thirds of the regidores.
    counted = by_member if item.majority in (TWO_THIRDS_LEGAL, UNANIMITY) else {
        k: v for k, v in by_member.items() if k != mayor_id}
    f = sum(1 for c in counted.values() if c == FOR)
    a = sum(1 for c in counted.values() if c == AGAINST)
    ab = sum(1 for c in counted.values() if c == ABSTAIN)
    if not item.voted:
        return ItemResult(f, a, ab, 0, None, False, "Aún no se votó.")
    tie = False
    if item.majority == SIMPLE and rule == MAJORITY_CAST:
        required = a + 1
        approved = f >= required
        tie = f == a and f > 0
        why = (f"Mayoría simple de los votos emitidos: se requieren más votos a favor que en "
               f"contra ({required} a favor); las abstenciones no se cuentan. Regla aplicada: "
               f"{SIMPLE_MAJORITY_NOTES[MAJORITY_CAST]}.")
    elif item.majority == SIMPLE:
        voters = [m for m in present if m.id != mayor_id]
        required = len(voters) // 2 + 1
        approved = f >= required
        tie = not approved and f == a and f > 0
        why = (f"{MAJORITY_LABELS[SIMPLE]}: se requieren {required} votos a favor de "
               f"{len(voters)} regidores presentes. Regla aplicada: "
               f"{SIMPLE_MAJORITY_NOTES[MAJORITY_PRESENT]}.")
    if item.majority == SIMPLE:
        if tie:
            if item.mayor_tiebreak in (FOR, AGAINST):
                approved = item.mayor_tiebreak == FOR
                why += (" Empate: dirime el voto del alcalde "
                        f"({VOTE_LABELS[item.mayor_tiebreak].lower()}).")
            else:
                why += " Empate: falta el voto dirimente del alcalde."
    elif item.majority == TWO_THIRDS_LEGAL:
        required = at_least_two_thirds(council.legal_number)
        approved = f >= required
        why = (f"{MAJORITY_LABELS[TWO_THIRDS_LEGAL]}: se requieren {required} votos a favor de "
               f"{council.legal_number}.")
    elif item.majority == TWO_THIRDS_COUNCILLORS:
        able_councillors = council.able_councillors
        required = at_least_two_thirds(able_councillors)
        approved = f >= required
        why = (f"{MAJORITY_LABELS[TWO_THIRDS_COUNCILLORS]}: se requieren {required} votos a favor de "
               f"{able_councillors} regidores hábiles.")
    else:  # UNANIMITY
        required = council.able_count
        everyone = len(present) == council.able_count
        approved = everyone and f == len(present) and a == 0 and ab == 0
        why = (f"{MAJORITY_LABELS[UNANIMITY]}: requiere a los {council.able_count} miembros "
               "hábiles presentes y todos a favor.")
        if not everyone:
            why += f" Asistieron {len(present)}."
    awaiting = tie and item.majority == SIMPLE and item.mayor_tiebreak not in (FOR, AGAINST)
    return ItemResult(f, a, ab, required, approved, tie, why, awaiting)


def check_votable(s: CouncilSession, item: AgendaItem, issued: str) -> None:
    """Precondition of record_votes. issued: the number of the item's document once issued."""
    check_held(s, VOTES_WHEN)
    if item.section != ORDEN_DEL_DIA:
        raise DomainError(f"Los puntos de {SECTION_LABELS[item.section]} no se votan: se votan "
                          "los de la Orden del Día.")
    if issued:
        raise DomainError(f"El acuerdo ya fue emitido ({issued}): la votación no cambia.")


def check_outcome_draftable(item: AgendaItem, approved: bool) -> None:
    """Precondition of draft_outcome: an approved item without its document yet."""
    if item.instrument_id is not None:
        raise DomainError("Ese punto ya tiene su documento.")
    if not approved:
        raise DomainError("Solo un punto aprobado genera un acuerdo, una resolución o una "
                          "ordenanza.")


@writes
def record_votes(session: Session, actor: Actor, item_id: int,
                 votes: dict[int, tuple[str, str]], majority: str | None = None,
                 mayor_tiebreak: str | None = None) -> ItemResult:
    """votes: member id -> (choice, reasoning). Only members present may vote; the alcalde
    votes in a simple majority only to break a tie (mayor_tiebreak): an ordinary vote of his on
    such an item is refused, never silently dropped."""
    require(actor, Permission.COUNCIL, session)
    item = _item(session, item_id)
    s = item.session
    instrument = session.get(Instrument, item.instrument_id) if item.instrument_id else None
    check_votable(s, item, instrument.number_text if instrument is not None
                  and instrument.state != DRAFT else "")
    council = council_on(session, s.session_date)
    attendance = attendance_of(session, s.id)
    present = {m.id for m in council.able
               if m.id in attendance and attendance[m.id].status in (PRESENT, LATE)}
    errors = []
    if majority is not None and majority not in MAJORITY_LABELS:
        errors.append(FieldError("majority", "Elija la mayoría requerida."))
    names = {m.id: m.name for m in council.members}
    for row, (member_id, (choice, reasoning)) in enumerate(votes.items()):
        if message := length_error(reasoning or "", REASON_MAX, "La fundamentación del voto"):
            errors.append(FieldError("reasoning", message, "votes", row))
        if choice not in VOTE_LABELS:
            errors.append(FieldError("choice", "Elija a favor, en contra o abstención.",
                                     "votes", row))
        if member_id not in present:
            errors.append(FieldError("member", f"{names.get(member_id, 'El miembro')} no está "
                                               "presente: no vota.", "votes", row))
    mayor = council.mayor
    effective = majority if majority is not None and not item.outside_agenda else item.majority
    if effective == SIMPLE and mayor is not None and mayor.id in votes:
        row = list(votes).index(mayor.id)
        errors.append(FieldError(
            "member", f"{mayor.name} preside y no vota en un asunto de mayoría simple: solo "
                      "dirime un empate. Registre su voto como voto dirimente.", "votes", row))
    if mayor_tiebreak not in (None, FOR, AGAINST):
        errors.append(FieldError("mayor_tiebreak", "El voto dirimente es a favor o en contra."))
    if mayor_tiebreak and (mayor is None or mayor.id not in present):
        errors.append(FieldError("mayor_tiebreak", "El alcalde no está presente."))
    if errors:
        raise ValidationFailed(errors)
    if majority is not None and not item.outside_agenda:
        item.majority = majority
    existing = {v.member_id: v for v in session.scalars(select(Vote)
                                                         .where(Vote.item_id == item.id))}
    for member_id, v in existing.items():
        if member_id not in votes:
            session.delete(v)
    for member_id, (choice, reasoning) in votes.items():
        v = existing.get(member_id)
        if v is None:
            v = Vote(item_id=item.id, member_id=member_id, choice=choice)
            session.add(v)
        v.choice = choice
        v.reasoning = (reasoning or "").strip()
    item.voted = True
    item.mayor_tiebreak = mayor_tiebreak
    session.flush()
    result = item_result(council, attendance, item,
                         list(session.scalars(select(Vote).where(Vote.item_id == item.id))),
                         simple_majority_rule(session))
    if item.majority == SIMPLE and not result.tie:
        item.mayor_tiebreak = None
    session.flush()
    record(session, actor, "vote", "agenda_item", item.id, {
        "punto": [None, item.title[:200]], "resultado": [None, result.label],
        "votos": [None, result.counts()],
        "detalle": [None, "; ".join(f"{names.get(k, k)}: {VOTE_LABELS[c]}"
                                    for k, (c, _r) in votes.items())]})
    return result


@writes
def set_deliberation(session: Session, actor: Actor, item_id: int, text: str,
                     dispensed: bool) -> None:
    """What the secretary typed of the debate, and whether the decision was taken with
    dispensa del trámite de lectura y aprobación del acta."""
    require(actor, Permission.COUNCIL, session)
    item = _item(session, item_id)
    check_length("deliberation", text, DELIBERATION_MAX, "La deliberación")
    item.deliberation = text.strip()
    item.dispensed = bool(dispensed)
    session.flush()
    record(session, actor, "update", "agenda_item", item.id,
           {"deliberación": [None, f"{len(item.deliberation)} caracteres"],
            "dispensa": [None, item.dispensed]})


# ----------------------------------------------------------------------------------------------
# The acuerdo or ordenanza born of an approved item


@writes
def draft_outcome(session: Session, actor: Actor, item_id: int, kind_code: str,
                  clock=None) -> int:
    """Create the draft Acuerdo de Concejo, Resolución de Concejo or Ordenanza Municipal of an
    approved item, linked to it and prefilled from the kind's template: the VISTO (an
    ordinance's POR CUANTO) citing the item's dictamen and informes, the session and the vote;
    the considerando with the vote; the legal basis naming the session and the vote; the
    articles. It is issued in the numbering register like any other document."""
    from pisac_desktop.instruments.register import new_draft_form, save_draft

    require(actor, Permission.COUNCIL, session)
    if kind_code not in OUTCOME_KINDS:
        raise DomainError("Elija Acuerdo de Concejo, Resolución de Concejo u Ordenanza "
                          "Municipal.")
    item = _item(session, item_id)
    s = item.session
    check_outcome_draftable(item, True)
    council = council_on(session, s.session_date)
    attendance = attendance_of(session, s.id)
    votes = list(session.scalars(select(Vote).where(Vote.item_id == item.id)))
    result = item_result(council, attendance, item, votes, simple_majority_rule(session))
    check_outcome_draftable(item, result.approved)
    form = new_draft_form(session, kind_code, s.session_date)
    name = session_name(s)  # Sesión Ordinaria N° 05-2026
    when = long_date(s.session_date)
    papers = ItemPapers(**_reports(item))
    form.summary = item.title
    by = "por UNANIMIDAD" if result.against == 0 and result.abstain == 0 else "por MAYORÍA"
    if result.tie:
        by += ", con el voto dirimente del alcalde"
    if kind_code == "ORDINANCE":  # printed under POR CUANTO
        form.seen = whereby_text(get_institution(session).name, name, when, by, item.position,
                                 item.title, papers)
    else:
        form.seen = seen_text(papers, item.position, name, when, item.title, item.detail)
    form.whereas = [*form.whereas,
                    f"Que, en la {name}, de fecha {when}, sometido a votación el punto "
                    f"«{item.title}», el Concejo Municipal lo aprobó {by} "
                    f"({result.counts()});"]
    form.legal_basis = basis_text(form.legal_basis, name, when, by, item.dispensed)
    form.articles = [_operative(item.title), OUTCOME_LAST_ARTICLE[kind_code]]
    form.references = f"{session_title(s)}, punto {item.position}"
    instrument = save_draft(session, actor, form, clock=clock)
    item.instrument_id = instrument.id
    item.outcome_kind = kind_code
    session.flush()
    record(session, actor, "update", "agenda_item", item.id,
           {"documento": [None, f"borrador de {OUTCOME_KINDS[kind_code]} ({instrument.id})"]})
    return instrument.id


OUTCOME_LAST_ARTICLE = {
    "COUNCIL_AGREEMENT": "ENCARGAR a la Gerencia Municipal y a las unidades orgánicas "
                         "competentes el cumplimiento del presente acuerdo.",
    "COUNCIL_RESOLUTION": "ENCARGAR a la Gerencia Municipal y a las unidades orgánicas "
                          "competentes el cumplimiento de la presente resolución.",
    "ORDINANCE": "La presente ordenanza entra en vigencia al día siguiente de su publicación.",
}


def session_name(s: CouncilSession) -> str:
    """Sesión Ordinaria N° 05-2026 (as a document names it in running text)."""
    return f"Sesión {KIND_LABELS[s.kind]} N° {s.number:02d}-{s.year}"


def _operative(title: str) -> str:
    """'Aprobar el plan ...' -> 'APROBAR el plan ...'; any other subject -> 'APROBAR ...'."""
    text = title.strip().rstrip(".")
    first, _, rest = text.partition(" ")
    if first[-2:].lower() in ("ar", "er", "ir") and first[:1].isupper():
        return f"{first.upper()} {rest}.".strip()
    return f"APROBAR {text[:1].lower() + text[1:]}."
