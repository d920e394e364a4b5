"""The intake desk (Mesa de Partes): every incoming document registered in order as a case file,
numbered now (`EXP. N° 2026-004512`), with its filer, folios, procedure and destination unit; the
requirements it lacks (it cannot be refused, art. 136) and their completion; and the annulment
of a wrong registration, which keeps its number."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of, naive_utc_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import get_institution
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import (
    LINE_MAX,
    REASON_MAX,
    email_error,
    length_error,
    phone_error,
    text_errors,
)
from pisac_desktop.core.verification import give_code
from pisac_desktop.db.models import CaseFile, CaseStep, InstrumentKind, OrgUnit, Procedure
from pisac_desktop.db.models.tramite import ANNULLED, IN_PROCESS
from pisac_desktop.db.models.verification import VERIFY_CASE_FILE
from pisac_desktop.db.text_index import fold
from pisac_desktop.db.write_lock import writes
from pisac_desktop.instruments.notifications import document_error, document_text
from pisac_desktop.tramite.attachments import NewAttachment, attach, attachment_error
from pisac_desktop.tramite.cases import (
    ANNULLED_STEP,
    CASE_KIND,
    DESK_UNIT_CODE,
    MAX_FOLIOS,
    case_for_update,
    clean_text,
    ensure_case_kind,
    held_step,
    open_step,
    unit_name,
    wall_now,
)
from pisac_desktop.tramite.deadlines import MAX_DEADLINE_DAYS, completion_due, due_after

DOCUMENT_KINDS = ("Solicitud", "Oficio", "Carta", "Recurso", "Denuncia", "Queja", "Informe",
                  "Memorial", "Invitación", "Otro")
# Registered only through the requests' own use cases (requests/), with their own details.
INFORMATION_REQUEST_KIND = "Solicitud de acceso a la información"
COUNCILLOR_REQUEST_KIND = "Pedido de regidor"
COMPLAINT_KIND = "Reclamo"  # a sheet of the complaint book (requests/complaints.py)
SPECIAL_KINDS = (INFORMATION_REQUEST_KIND, COUNCILLOR_REQUEST_KIND, COMPLAINT_KIND)
NAME_MAX, SUBJECT_MAX = 250, 2_000
FIRST_INSTRUCTION = "Para su atención y trámite"  # the desk's proveído


@dataclass
class FilingForm:
    """A filing as the desk typed it."""

    filer_is_company: bool = False
    filer_document_type: str = "DNI"
    filer_document: str = ""
    filer_name: str = ""
    filer_address: str = ""
    filer_phone: str = ""
    filer_email: str = ""
    document_kind: str = "Solicitud"
    subject: str = ""
    folios: int = 1
    attachments_note: str = ""
    procedure_id: int | None = None
    unit_id: int | None = None  # destination; the procedure's unit when not chosen
    missing_requirements: str = ""
    deadline_days: int = 0  # without a procedure: the desk's (0: none)


def _filer_errors(form: FilingForm) -> list[FieldError]:
    errors = []
    if message := document_error(form.filer_document_type, form.filer_document):
        errors.append(FieldError("filer_document", message))
    elif form.filer_is_company and form.filer_document_type != "RUC":
        errors.append(FieldError("filer_document", "Una empresa se identifica con su RUC."))
    errors += text_errors("filer_name", form.filer_name, NAME_MAX, "El nombre",
                          "Escriba el nombre o la razón social de quien presenta el documento.")
    errors += text_errors("filer_address", form.filer_address, LINE_MAX, "El domicilio")
    if form.filer_phone.strip() and (message := phone_error(form.filer_phone)):
        errors.append(FieldError("filer_phone", message))
    if form.filer_email.strip() and (message := email_error(form.filer_email)):
        errors.append(FieldError("filer_email", message))
    return errors


def filing_errors(session: Session, form: FilingForm) -> list[FieldError]:
    errors = _filer_errors(form)
    if clean_text(form.document_kind) not in (*DOCUMENT_KINDS, *SPECIAL_KINDS):
        errors.append(FieldError("document_kind", "Elija la clase de documento."))
    errors += text_errors("subject", form.subject, SUBJECT_MAX, "El asunto",
                          "Escriba el asunto: qué pide o comunica el documento.")
    if not isinstance(form.folios, int) or not 1 <= form.folios <= MAX_FOLIOS:
        errors.append(FieldError("folios", "Escriba cuántos folios tiene, de 1 a 9999."))
    errors += text_errors("attachments_note", form.attachments_note, REASON_MAX,
                          "La lista de anexos")
    errors += text_errors("missing_requirements", form.missing_requirements, REASON_MAX,
                          "La lista de requisitos faltantes")
    procedure = session.get(Procedure, form.procedure_id) if form.procedure_id else None
    if form.procedure_id and (procedure is None or not procedure.active):
        errors.append(FieldError("procedure_id", "El procedimiento ya no está vigente en el "
                                                 "TUPA: elija otro."))
    unit_id = form.unit_id or (procedure.unit_id if procedure else None)
    unit = session.get(OrgUnit, unit_id) if unit_id else None
    if unit is None or not unit.active:
        errors.append(FieldError("unit_id", "Elija la unidad orgánica a la que va el "
                                            "documento."))
    if procedure is None and not 0 <= form.deadline_days <= MAX_DEADLINE_DAYS:
        errors.append(FieldError("deadline_days", "El plazo es de 0 (sin plazo) a 30 días "
                                                  "hábiles."))
    return errors


def search_text_of(case: CaseFile) -> str:
    """What the text index holds: number, filer, document, kind and subject, folded."""
    return fold(" ".join((case.number_text, f"{case.year}-{case.number}", case.filer_name,
                          case.filer_document, case.document_kind, case.subject)))


def _desk_unit_id(session: Session) -> int | None:
    return session.scalar(select(OrgUnit.id).where(OrgUnit.code == DESK_UNIT_CODE))


@writes
def register_filing(session: Session, actor: Actor, form: FilingForm,
                    attachments: Iterable[NewAttachment] = ()) -> int:
    """Register an incoming document at the desk: a new case file, numbered now, sent to its
    unit. Raises ValidationFailed (nothing is written). Returns the case file's id."""
    require(actor, Permission.INTAKE_DESK, session)
    attachments = list(attachments)
    errors = filing_errors(session, form)
    errors += [FieldError("attachments", m) for a in attachments
               if (m := attachment_error(a))]
    if errors:
        raise ValidationFailed(errors)
    from pisac_desktop.core.numbering import take_number
    from pisac_desktop.instruments.kinds import format_number

    now = wall_now(session)
    today = now.date()
    procedure = session.get(Procedure, form.procedure_id) if form.procedure_id else None
    unit_id = form.unit_id or procedure.unit_id
    calendar = BusinessCalendar.load(session)
    days = procedure.deadline_days if procedure else form.deadline_days
    missing = "\n".join(clean_text(line) for line in form.missing_requirements.splitlines()
                        if line.strip())
    ensure_case_kind(session)
    number = take_number(session, CASE_KIND, today.year)
    case = CaseFile(
        year=today.year, number=number,
        number_text=format_number(session.get(InstrumentKind, CASE_KIND), number, today.year,
                                  get_institution(session).initials),
        received_at=now, filer_is_company=bool(form.filer_is_company),
        filer_document_type=form.filer_document_type,
        filer_document=form.filer_document.strip().upper(), filer_name=clean_text(form.filer_name),
        filer_address=clean_text(form.filer_address), filer_phone=clean_text(form.filer_phone),
        filer_email=form.filer_email.strip(), document_kind=clean_text(form.document_kind),
        subject=" ".join(form.subject.split()), folios=form.folios,
        attachments_note=form.attachments_note.strip(), procedure_id=form.procedure_id,
        missing_requirements=missing,
        completion_due=completion_due(calendar, today) if missing else None,
        due_on=None if missing else due_after(calendar, today, days), deadline_days=days or 0,
        state=IN_PROCESS, unit_id=unit_id, created_by=actor.username,
        created_at=naive_utc_of(session))
    case.search_text = search_text_of(case)
    session.add(case)
    session.flush()
    step = CaseStep(case_file_id=case.id, position=1, from_unit_id=_desk_unit_id(session),
                    to_unit_id=unit_id, instruction=FIRST_INSTRUCTION, folios=form.folios, due_on=case.due_on,
                    sent_by=actor.username, sent_at=now)
    session.add(step)
    session.flush()
    files = attach(session, actor, case, attachments, step.id)
    give_code(session, VERIFY_CASE_FILE, case.id)
    changes = {"número": [None, case.number_text],
               "administrado": [None, f"{case.filer_name} "
                                      f"({document_text(case.filer_document_type, case.filer_document)})"],
               "documento": [None, f"{case.document_kind}, {case.folios} folios"],
               "asunto": [None, case.subject],
               "unidad": [None, unit_name(session, unit_id)]}
    if procedure is not None:
        changes["procedimiento"] = [None, f"{procedure.code} {procedure.name}"]
    if missing:
        changes["requisitos faltantes"] = [None, missing]
    if files:
        changes["archivos"] = [None, "; ".join(files)]
    from pisac_desktop.core.content_seal import tramite_seal

    changes |= tramite_seal(session, VERIFY_CASE_FILE, case.id)  # a later edit shows in check
    record(session, actor, "intake", "case_file", case.id, changes)
    return case.id


@writes
def add_attachments(session: Session, actor: Actor, case_id: int,
                    attachments: Iterable[NewAttachment]) -> int:
    """Scanned files added later by the unit that holds the case file (or by the desk while it
    has not been received). Returns how many were new."""
    case = case_for_update(session, case_id)
    step = open_step(session, case.id)
    if step is not None and step.received_at is None and actor.can(Permission.INTAKE_DESK):
        if case.state != IN_PROCESS:
            raise DomainError(f"El {case.number_text} ya no está en trámite.")
    else:
        step = held_step(session, actor, case)
    files = attach(session, actor, case, attachments, step.id)
    if files:
        record(session, actor, "update", "case_file", case.id,
               {"archivos": [None, "; ".join(files)]})
    return len(files)


@writes
def complete_requirements(session: Session, actor: Actor, case_id: int, note: str = "") -> None:
    """The filer completed what was missing (art. 136.2): the deadline runs from today."""
    case = case_for_update(session, case_id)
    if not actor.can(Permission.INTAKE_DESK):
        held_step(session, actor, case, must_be_received=False)
    else:
        require(actor, Permission.INTAKE_DESK, session)
    if case.state != IN_PROCESS:
        raise DomainError(f"El {case.number_text} ya no está en trámite.")
    if not case.missing_requirements or case.completed_on is not None:
        raise DomainError(f"El {case.number_text} no tiene requisitos pendientes de subsanar.")
    if message := length_error(note, REASON_MAX, "La nota"):
        raise ValidationFailed([FieldError("note", message)])
    today = clock_of(session).today()
    procedure = session.get(Procedure, case.procedure_id) if case.procedure_id else None
    calendar = BusinessCalendar.load(session)
    case.completed_on = today
    days = case.deadline_days or (procedure.deadline_days if procedure is not None else 0)
    case.due_on = due_after(calendar, today, days)
    step = open_step(session, case.id)
    if step is not None and step.position == 1:
        step.due_on = case.due_on
    session.flush()
    record(session, actor, "update", "case_file", case.id,
           {"requisitos subsanados": [None, f"{today:%d/%m/%Y}" + (f": {clean_text(note)}"
                                                                  if note.strip() else "")],
            "plazo": [None, f"{case.due_on:%d/%m/%Y}" if case.due_on else "sin plazo"]})


@writes
def annul(session: Session, actor: Actor, case_id: int, reason: str) -> None:
    """A wrong registration (a duplicate, a document for another entity) is annulled with its
    reason and keeps its number. The desk annuls what no unit received yet; the Secretaría
    General anything still in process."""
    case = case_for_update(session, case_id)
    step = open_step(session, case.id)
    received = session.scalar(select(func.count()).select_from(CaseStep).where(
        CaseStep.case_file_id == case.id, CaseStep.received_at.is_not(None))) or 0
    if actor.can(Permission.ALL_CASE_FILES):
        require(actor, Permission.ALL_CASE_FILES, session)
    else:
        require(actor, Permission.INTAKE_DESK, session)
        if received:
            raise DomainError(f"El {case.number_text} ya fue recibido por una unidad: pida a la "
                              "Secretaría General que lo anule.")
    if case.state != IN_PROCESS:
        raise DomainError(f"El {case.number_text} ya no está en trámite: no se anula.")
    if errors := text_errors("reason", reason, REASON_MAX, "El motivo",
                             "Escriba el motivo de la anulación."):
        raise ValidationFailed(errors)
    now = wall_now(session)
    if step is not None:
        step.closed_at, step.outcome = now, ANNULLED_STEP
    case.state, case.closed_at, case.annulled_reason = ANNULLED, now, reason.strip()
    session.flush()
    record(session, actor, "annul", "case_file", case.id,
           {"estado": [IN_PROCESS, ANNULLED], "motivo": [None, reason.strip()]})
