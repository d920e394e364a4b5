"""Access to public information (TUO Ley 27806, DS 021-2019-JUS): a request is a case file of the
trámite (registered at the Mesa de Partes, received and answered by the responsible officer's
unit) with its own clock, cost of reproduction and outcome.

The rules, with the article they come from:
- The entity answers within 10 business days (art. 11, literal b), counted on the office's
  business-day calendar from the business day after the filing (TUO Ley 27444 art. 145). A
  filing missing requirements is received; the requester has 2 business days to complete it
  and the clock runs from the completion (the trámite's art. 136 handling).
- Exceptionally the entity may extend the term ONCE, telling the requester the date on which it
  will deliver and why, within the first 2 business days after the filing (art. 11, literal g).
- Without an answer by the due date the requester may take the request as denied (denegatoria
  ficta, art. 11, literal d) and appeal to the Tribunal de Transparencia y Acceso a la
  Información Pública (art. 11, literal e).
- A denial, total or partial, rests only on the exceptions of arts. 15 (secret), 16 (reserved)
  and 17 (confidential), stated in the answer (art. 13).
- The requester pays only the cost of reproduction (art. 20), notified before delivery.
- The responsible officer is designated by Resolución de Alcaldía; without one, the Secretario
  General answers for the requests (art. 8).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of, naive_utc_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.calendar import BusinessCalendar, Computation
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import holder_on, signature_name
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import REASON_MAX, text_errors
from pisac_desktop.db.models import CaseFile, OrgUnit
from pisac_desktop.db.models.requests import (
    DELIVERED,
    DENIED,
    PARTIAL,
    UNPAID,
    WITHDRAWN,
    InformationOfficer,
    InformationRequest,
)
from pisac_desktop.db.models.tramite import ANNULLED, IN_PROCESS
from pisac_desktop.db.write_lock import writes
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.tramite import cases, intake
from pisac_desktop.tramite.procedures import fee_text

ANSWER_DAYS = 10  # art. 11 b)
EXTENSION_NOTICE_DAYS = 2  # art. 11 g)

CHANNELS = {"desk": "Mesa de Partes", "email": "Correo electrónico",
            "web": "Mesa de partes virtual"}
DELIVERY_FORMS = {"copy": "Copia simple", "email": "Correo electrónico",
                  "usb": "Medio magnético (USB, CD)", "view": "Consulta directa"}
SEXES = {"F": "Mujer", "M": "Hombre", "": "No indica"}
OUTCOMES = {"": "En trámite", DELIVERED: "Entregada", PARTIAL: "Entregada en parte",
            DENIED: "Denegada", WITHDRAWN: "Desistida", UNPAID: "Sin pago del costo"}
# The exceptions a denial may rest on (arts. 15, 16 and 17); the code is printed in the letter.
EXCEPTIONS = {
    "15": "Art. 15: información secreta (ámbito militar o de inteligencia)",
    "16": "Art. 16: información reservada (orden interno o relaciones externas)",
    "17.1": "Art. 17.1: consejos, recomendaciones u opiniones previas a una decisión",
    "17.2": "Art. 17.2: secreto bancario, tributario, comercial, industrial o tecnológico",
    "17.3": "Art. 17.3: investigación en trámite de la potestad sancionadora",
    "17.4": "Art. 17.4: preparada por los abogados de la entidad para su defensa",
    "17.5": "Art. 17.5: datos personales cuya publicidad invade la intimidad",
    "17.6": "Art. 17.6: otra excepción establecida por la Constitución o por ley",
}


# ----------------------------------------------------------------------------------------------
# The clock


@dataclass(frozen=True)
class InformationClock:
    """How a request stands against its clock, each date with how it was computed."""

    filed_on: dt.date
    starts_on: dt.date | None  # the filing, or the completion of requirements; None: waiting
    due: Computation | None  # 10 business days from the start
    extension_until: Computation  # the last day to extend (2 business days from the filing)
    extended_to: dt.date | None
    effective_due: dt.date | None
    ficta_since: dt.date | None  # unanswered after the due date: may be taken as denied

    def lines(self, today: dt.date, answered_on: dt.date | None = None) -> list[str]:
        """Spanish lines for the screen: the due date and why, the extension, the ficta (while
        unanswered), or when it was answered against the due date."""
        out = []
        if self.due is None:
            out.append("El plazo de 10 días hábiles correrá desde que se subsanen los "
                       "requisitos.")
            return out
        out.append(f"Plazo legal: {short_date(self.due.result)} (10 días hábiles desde el "
                   f"{short_date(self.starts_on)}; art. 11, literal b). {self.due.why()}")
        if self.extended_to is not None:
            out.append(f"Prorrogado al {short_date(self.extended_to)} (art. 11, literal g).")
        if answered_on is not None:
            timing = "en plazo" if answered_on <= self.effective_due else "fuera de plazo"
            out.append(f"Respondida el {short_date(answered_on)}, {timing}.")
            return out
        if self.extended_to is None and today <= self.extension_until.result:
            out.append(f"Puede prorrogarse una sola vez, comunicándolo hasta el "
                       f"{short_date(self.extension_until.result)} (art. 11, literal g).")
        if self.ficta_since is not None and today >= self.ficta_since:
            out.append(f"Sin respuesta desde el {short_date(self.ficta_since)}: el solicitante "
                       "puede tenerla por denegada y apelar ante el Tribunal de Transparencia "
                       "y Acceso a la Información Pública (art. 11, literales d y e).")
        return out


def clock(calendar: BusinessCalendar, filed_on: dt.date, completed_on: dt.date | None,
          missing: bool, extended_to: dt.date | None) -> InformationClock:
    starts = completed_on if missing else filed_on
    due = calendar.deadline(starts, ANSWER_DAYS) if starts is not None else None
    effective = extended_to or (due.result if due else None)
    return InformationClock(
        filed_on, starts, due, calendar.deadline(filed_on, EXTENSION_NOTICE_DAYS), extended_to,
        effective, effective + dt.timedelta(days=1) if effective else None)


def clock_of_request(session: Session, request: InformationRequest,
                     case: CaseFile) -> InformationClock:
    return clock(BusinessCalendar.load(session), request.filed_on, case.completed_on,
                 bool(case.missing_requirements), request.extended_to)


# ----------------------------------------------------------------------------------------------
# The officer


@dataclass(frozen=True)
class OfficerView:
    id: int | None
    full_name: str
    post: str
    unit_id: int | None
    designation: str


def officer_on(session: Session, day: dt.date) -> OfficerView:
    """The officer designated on `day`; without one, the Secretario General (art. 8)."""
    row = session.scalar(select(InformationOfficer).where(
        InformationOfficer.since <= day,
        (InformationOfficer.until.is_(None)) | (InformationOfficer.until >= day))
        .order_by(InformationOfficer.since.desc()).limit(1))
    if row is not None:
        return OfficerView(row.id, row.full_name, row.post, row.unit_id, row.designation)
    unit = session.scalar(select(OrgUnit).where(OrgUnit.code == "GENERAL_SECRETARIAT"))
    holder = holder_on(session, "GENERAL_SECRETARY", day)
    post = "Secretaria General" if holder is not None and holder.feminine else \
        "Secretario General"
    return OfficerView(None, signature_name(holder) if holder is not None else post, post,
                       unit.id if unit else None, "Sin designación: art. 8 de la Ley 27806")


@writes
def designate_officer(session: Session, actor: Actor, full_name: str, post: str, unit_id: int,
                      since: dt.date, designation: str, instrument_id: int | None = None) -> int:
    """Record the officer designated by Resolución de Alcaldía from `since`; the one before
    ends the day before."""
    require(actor, Permission.ALL_CASE_FILES, session)
    errors = text_errors("full_name", full_name, 250, "El nombre", "Escriba el nombre.")
    errors += text_errors("designation", designation, 200, "La resolución",
                          "Escriba la resolución de designación.")
    if session.get(OrgUnit, unit_id) is None:
        errors.append(FieldError("unit_id", "Elija la unidad del funcionario."))
    if errors:
        raise ValidationFailed(errors)
    # The one in office ends the day before; one designated the same day (a correction) never
    # took effect: its span ends before it starts, and officer_on() no longer finds it.
    for before in session.scalars(select(InformationOfficer).where(
            InformationOfficer.until.is_(None), InformationOfficer.since <= since)):
        before.until = since - dt.timedelta(days=1)
    row = InformationOfficer(full_name=" ".join(full_name.split()), post=post.strip(),
                             unit_id=unit_id, designation=designation.strip(),
                             instrument_id=instrument_id, since=since)
    session.add(row)
    session.flush()
    record(session, actor, "create", "information_officer", row.id,
           {"funcionario": [None, row.full_name], "designación": [None, row.designation],
            "desde": [None, short_date(since)]})
    return row.id


@dataclass(frozen=True)
class ResolutionChoice:
    id: int
    number_text: str
    summary: str


def designation_choices(session: Session, actor: Actor, limit: int = 300
                        ) -> list[ResolutionChoice]:
    """The issued Resoluciones de Alcaldía, newest first: the officer is designated by one."""
    from pisac_desktop.db.models import Instrument

    require(actor, Permission.VIEW, session)
    rows = session.execute(select(Instrument.id, Instrument.number_text, Instrument.summary)
                           .where(Instrument.kind_code == "MAYOR_RESOLUTION",
                                  Instrument.state == "issued")
                           .order_by(Instrument.doc_date.desc(), Instrument.id.desc())
                           .limit(limit)).all()
    return [ResolutionChoice(*row) for row in rows]


# ----------------------------------------------------------------------------------------------
# Registering a request


@dataclass
class RequestDetails:
    """What the desk adds to a filing when it is a request for information."""

    holder_unit_id: int | None = None
    channel: str = "desk"
    delivery_form: str = "copy"
    requester_sex: str = ""


@writes
def register_request(session: Session, actor: Actor, filing: intake.FilingForm,
                     details: RequestDetails, attachments=()) -> int:
    """Register a request at the desk: a case file sent to the officer's unit, with a clock of
    10 business days. Returns the case file's id. Raises ValidationFailed (nothing written)."""
    require(actor, Permission.INTAKE_DESK, session)
    today = clock_of(session).today()
    officer = officer_on(session, today)
    filing.document_kind = intake.INFORMATION_REQUEST_KIND
    filing.procedure_id = None
    filing.deadline_days = ANSWER_DAYS
    filing.unit_id = officer.unit_id
    errors = []
    if details.holder_unit_id is None or session.get(OrgUnit, details.holder_unit_id) is None:
        errors.append(FieldError("holder_unit_id", "Elija la unidad que posee la información."))
    if details.channel not in CHANNELS:
        errors.append(FieldError("channel", "Elija por dónde llegó la solicitud."))
    if details.delivery_form not in DELIVERY_FORMS:
        errors.append(FieldError("delivery_form", "Elija la forma de entrega pedida."))
    if details.delivery_form == "email" and not filing.filer_email.strip():
        errors.append(FieldError("filer_email", "Para entregar por correo, escriba el correo "
                                                "electrónico del solicitante."))
    if details.requester_sex not in SEXES:
        errors.append(FieldError("requester_sex", "Elija una opción."))
    if errors:
        raise ValidationFailed(errors + intake.filing_errors(session, filing))
    case_id = intake.register_filing(session, actor, filing, attachments)
    request = InformationRequest(
        case_file_id=case_id, channel=details.channel, requester_sex=details.requester_sex,
        delivery_form=details.delivery_form, holder_unit_id=details.holder_unit_id,
        officer_id=officer.id, officer_name=officer.full_name, filed_on=today)
    session.add(request)
    session.flush()
    record(session, actor, "create", "information_request", request.id, {
        "expediente": [None, session.get(CaseFile, case_id).number_text],
        "unidad que posee la información": [None, cases.unit_name(session,
                                                                  details.holder_unit_id)],
        "forma de entrega": [None, DELIVERY_FORMS[details.delivery_form]],
        "funcionario responsable": [None, officer.full_name]})
    return case_id


# ----------------------------------------------------------------------------------------------
# Acts of the officer


def _for_update(session: Session, actor: Actor, case_id: int) -> tuple[InformationRequest,
                                                                        CaseFile]:
    case = cases.case_for_update(session, case_id)
    request = session.scalar(select(InformationRequest).where(
        InformationRequest.case_file_id == case_id).execution_options(populate_existing=True))
    if request is None:
        raise DomainError(f"El {case.number_text} no es una solicitud de acceso a la "
                          "información.")
    if request.outcome:
        raise DomainError(f"La solicitud {case.number_text} ya fue respondida: "
                          f"{OUTCOMES[request.outcome].lower()}.")
    cases.held_step(session, actor, case)
    return request, case


@writes
def extend(session: Session, actor: Actor, case_id: int, new_date: dt.date,
           reason: str) -> None:
    """Extend the term once (art. 11 g): within 2 business days of the filing, to a later
    business day, with the reasons (the letter that tells the requester is a carta)."""
    request, case = _for_update(session, actor, case_id)
    calendar = BusinessCalendar.load(session)
    now = clock_of(session).today()
    state = clock_of_request(session, request, case)
    if request.extended_to is not None:
        raise DomainError(f"La solicitud {case.number_text} ya fue prorrogada al "
                          f"{short_date(request.extended_to)}: la prórroga es una sola vez.")
    if now > state.extension_until.result:
        raise DomainError(
            f"La prórroga debía comunicarse hasta el {short_date(state.extension_until.result)}"
            " (dentro de los 2 días hábiles de recibida la solicitud; art. 11, literal g).")
    errors = text_errors("reason", reason, REASON_MAX, "El sustento",
                         "Escriba por qué es materialmente imposible entregar en plazo.")
    if state.due is not None and new_date <= state.due.result:
        errors.append(FieldError("new_date", "La nueva fecha debe ser posterior al plazo "
                                             f"legal ({short_date(state.due.result)})."))
    elif not calendar.is_business_day(new_date):
        errors.append(FieldError("new_date", "La nueva fecha debe ser un día hábil."))
    if errors:
        raise ValidationFailed(errors)
    request.extended_to, request.extension_on = new_date, now
    request.extension_reason = " ".join(reason.split())
    before = case.due_on
    case.due_on = new_date
    step = cases.open_step(session, case.id)
    if step is not None and (step.due_on is None or step.due_on < new_date):
        step.due_on = new_date
    session.flush()
    record(session, actor, "update", "information_request", request.id, {
        "prórroga": [short_date(before) if before else None, short_date(new_date)],
        "sustento": [None, request.extension_reason]})


@writes
def notify_fee(session: Session, actor: Actor, case_id: int, fee_cents: int) -> None:
    """The cost of reproduction (art. 20), told to the requester before delivery."""
    request, case = _for_update(session, actor, case_id)
    if fee_cents <= 0:
        raise ValidationFailed([FieldError("fee", "Escriba el costo de reproducción.")])
    if request.paid_on is not None:
        raise DomainError(f"El costo de la solicitud {case.number_text} ya fue pagado.")
    before = request.fee_cents
    request.fee_cents, request.fee_notified_on = fee_cents, clock_of(session).today()
    session.flush()
    record(session, actor, "update", "information_request", request.id,
           {"costo de reproducción": [soles(before) if before else None, soles(fee_cents)]})


@writes
def record_payment(session: Session, actor: Actor, case_id: int, receipt: str) -> None:
    request, case = _for_update(session, actor, case_id)
    if not request.fee_cents:
        raise DomainError(f"La solicitud {case.number_text} no tiene un costo que pagar.")
    if request.paid_on is not None:
        raise DomainError(f"El costo de la solicitud {case.number_text} ya fue pagado.")
    if errors := text_errors("receipt", receipt, 60, "El recibo",
                             "Escriba el número del recibo de pago."):
        raise ValidationFailed(errors)
    request.paid_on, request.receipt = clock_of(session).today(), receipt.strip()
    session.flush()
    record(session, actor, "update", "information_request", request.id,
           {"pago": [None, f"{short_date(request.paid_on)}, recibo {request.receipt}"]})


@writes
def answer_request(session: Session, actor: Actor, case_id: int, outcome: str, note: str,
                   exception_code: str = "") -> None:
    """The officer's answer: delivered, delivered in part or denied (on an exception of arts.
    15-17, art. 13), withdrawn, or closed without payment of the cost. The case file is
    answered (the letter is drafted and notified through the trámite's documents)."""
    request, case = _for_update(session, actor, case_id)
    errors = []
    if outcome not in (DELIVERED, PARTIAL, DENIED, WITHDRAWN, UNPAID):
        errors.append(FieldError("outcome", "Elija el resultado de la solicitud."))
    if outcome in (PARTIAL, DENIED) and exception_code not in EXCEPTIONS:
        errors.append(FieldError("exception_code", "Una denegatoria solo se sustenta en una "
                                 "excepción de los artículos 15, 16 o 17 (art. 13)."))
    if outcome in (DELIVERED, WITHDRAWN, UNPAID) and exception_code:
        errors.append(FieldError("exception_code", "Solo una denegatoria cita una excepción."))
    if outcome in (DELIVERED, PARTIAL) and request.fee_cents and request.paid_on is None:
        errors.append(FieldError("outcome", "Primero registre el pago del costo de "
                                            "reproducción: se entrega después del pago."))
    if outcome == UNPAID and not request.fee_cents:
        errors.append(FieldError("outcome", "La solicitud no tiene un costo pendiente."))
    errors += text_errors("note", note, REASON_MAX, "El texto",
                          "Escriba cómo se respondió (la carta y su fecha) o el sustento.")
    if errors:
        raise ValidationFailed(errors)
    now = clock_of(session).today()
    request.outcome, request.exception_code = outcome, exception_code
    request.outcome_reason = " ".join(note.split())
    request.answered_on, request.answered_by = now, actor.username
    request.answered_at = naive_utc_of(session)
    session.flush()
    record(session, actor, "update", "information_request", request.id, {
        "resultado": [None, OUTCOMES[outcome]],
        **({"excepción": [None, EXCEPTIONS[exception_code]]} if exception_code else {})})
    cases.answer(session, actor, case_id, f"{OUTCOMES[outcome]}: {request.outcome_reason}")


def soles(cents: int) -> str:
    """'S/ 1.50' (the TUPA's form of an amount)."""
    return fee_text(cents)


# ----------------------------------------------------------------------------------------------
# Read models


@dataclass(frozen=True)
class RequestView:
    case_file_id: int
    number_text: str
    received_at: dt.datetime
    requester: str
    requester_document: str
    subject: str
    holder_unit: str
    officer: str
    channel: str
    delivery_form: str
    state: str  # OUTCOMES label or "Vencida"
    clock: InformationClock
    fee: str
    paid: str
    answered_on: dt.date | None
    in_time: bool | None  # None while pending
    exception: str
    outcome_reason: str
    extension_reason: str
    can_extend: bool
    can_answer: bool
    to_receive: bool = False  # in the officer's unit, not yet received there
    fee_cents: int = 0
    paid_on: dt.date | None = None
    outcome: str = ""
    exception_code: str = ""


def _view(session: Session, calendar: BusinessCalendar, request: InformationRequest,
          case: CaseFile, units: dict[int, str], today: dt.date) -> RequestView:
    state = clock(calendar, request.filed_on, case.completed_on,
                  bool(case.missing_requirements), request.extended_to)
    in_time = None
    if request.answered_on is not None and state.effective_due is not None:
        in_time = request.answered_on <= state.effective_due
    label = "Anulada" if case.state == ANNULLED else OUTCOMES[request.outcome]
    open_ = not request.outcome and case.state == IN_PROCESS
    if open_ and state.ficta_since is not None and today >= state.ficta_since:
        label = "Vencida (denegatoria ficta)"
    return RequestView(
        case.id, case.number_text, case.received_at, case.filer_name,
        f"{case.filer_document_type} {case.filer_document}", case.subject,
        units.get(request.holder_unit_id, "—"), request.officer_name,
        CHANNELS.get(request.channel, request.channel),
        DELIVERY_FORMS.get(request.delivery_form, request.delivery_form), label, state,
        soles(request.fee_cents) if request.fee_cents else "Sin costo",
        f"{short_date(request.paid_on)} (recibo {request.receipt})" if request.paid_on else "",
        request.answered_on, in_time, EXCEPTIONS.get(request.exception_code, ""),
        request.outcome_reason, request.extension_reason,
        open_ and request.extended_to is None and today <= state.extension_until.result,
        open_, open_ and _waiting_receipt(session, case.id), request.fee_cents,
        request.paid_on, request.outcome, request.exception_code)


def _waiting_receipt(session: Session, case_id: int) -> bool:
    step = cases.open_step(session, case_id)
    return step is not None and step.received_at is None


def request_view(session: Session, actor: Actor, case_id: int) -> RequestView | None:
    require(actor, Permission.VIEW, session)
    row = session.execute(select(InformationRequest, CaseFile).join(
        CaseFile, CaseFile.id == InformationRequest.case_file_id).where(
        CaseFile.id == case_id)).first()
    if row is None:
        return None
    units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
    return _view(session, BusinessCalendar.load(session), *row, units,
                 clock_of(session).today())


def register_of_year(session: Session, actor: Actor, year: int) -> list[RequestView]:
    """The register the Secretaría General keeps: every request of the year, in order."""
    require(actor, Permission.VIEW, session)
    rows = session.execute(select(InformationRequest, CaseFile).join(
        CaseFile, CaseFile.id == InformationRequest.case_file_id).where(
        CaseFile.year == year).order_by(CaseFile.number)).all()
    units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
    calendar = BusinessCalendar.load(session)
    today = clock_of(session).today()
    return [_view(session, calendar, r, c, units, today) for r, c in rows]


@dataclass(frozen=True)
class YearFigures:
    """The annual report's figures (the register summed): received, answered in time and late,
    denied by exception, pending, unanswered past the due date; by unit and requester's sex."""

    year: int
    received: int
    answered_in_time: int
    answered_late: int
    denied: dict[str, int]  # exception label -> count (total and partial denials)
    withdrawn_or_unpaid: int
    pending: int
    overdue: int
    annulled: int
    by_unit: dict[str, int]
    by_sex: dict[str, int]


def figures_of_year(session: Session, actor: Actor, year: int) -> YearFigures:
    views = register_of_year(session, actor, year)
    annulled = [v for v in views if v.state == "Anulada"]
    live = [v for v in views if v.state != "Anulada"]
    answered = [v for v in live if v.answered_on is not None]
    denied: dict[str, int] = {}
    for v in live:
        if v.exception:
            denied[v.exception] = denied.get(v.exception, 0) + 1
    by_unit: dict[str, int] = {}
    for v in live:
        by_unit[v.holder_unit] = by_unit.get(v.holder_unit, 0) + 1
    sexes = dict(session.execute(select(InformationRequest.case_file_id,
                                        InformationRequest.requester_sex)).all())
    by_sex: dict[str, int] = {}
    for v in live:
        label = SEXES.get(sexes.get(v.case_file_id, ""), SEXES[""])
        by_sex[label] = by_sex.get(label, 0) + 1
    return YearFigures(
        year, len(live), sum(1 for v in answered if v.in_time),
        sum(1 for v in answered if v.in_time is False), denied,
        sum(1 for v in answered if v.state in (OUTCOMES[WITHDRAWN], OUTCOMES[UNPAID])),
        sum(1 for v in live if v.answered_on is None),
        sum(1 for v in live if v.answered_on is None and v.state.startswith("Vencida")),
        len(annulled), by_unit, by_sex)

