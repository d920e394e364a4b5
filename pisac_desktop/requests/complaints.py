"""The complaint book (Libro de Reclamaciones, DS 007-2020-PCM): a complaint about the service is
a case file of the trámite, with its own sheet number in the book, the unit concerned, the
facts and what the person asks; the Gerencia Municipal (ROF art. 32) takes the measures and
answers within the deadline of the norm in force — a setting (COMPLAINT_DAYS_KEY), 30 business
days by default: what DS 007-2020-PCM gives the entity to answer (as published, 17/01/2020; a
later change of the norm is a change of the setting, not of the code)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import REASON_MAX, text_errors
from pisac_desktop.db.models import AppMeta, CaseFile, OrgUnit
from pisac_desktop.db.models.requests import Complaint
from pisac_desktop.db.models.tramite import ANNULLED, UnitNumberSequence
from pisac_desktop.db.write_lock import writes
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.tramite import cases, intake

COMPLAINT_DAYS_KEY = "complaint_answer_days"
DEFAULT_COMPLAINT_DAYS = 30
BOOK_UNIT = "MUNICIPAL_MANAGEMENT"  # keeps the book and answers (ROF art. 32)
SHEET_KIND = "RECLAMO"  # its counter in unit_number_sequence
# What a reclamo may be about, as DS 007-2020-PCM lists it (codes kept from the first version).
CATEGORIES = {
    "treatment": "Trato profesional durante la atención",
    "information": "Información",
    "delay": "Tiempo de atención",
    "access": "Acceso a la prestación de los bienes y servicios",
    "result": "Resultado de la gestión o atención",
    "trust": "Confianza en la entidad",
    "other": "Otros",
}


def complaint_days(session: Session) -> int:
    row = session.get(AppMeta, COMPLAINT_DAYS_KEY)
    return int(row.value) if row is not None and row.value.isdigit() else DEFAULT_COMPLAINT_DAYS


@writes
def set_complaint_days(session: Session, actor: Actor, days: int) -> None:
    """The deadline to answer a complaint, in business days, as the norm in force sets it."""
    require(actor, Permission.ALL_CASE_FILES, session)
    if not 1 <= days <= 60:
        raise ValidationFailed([FieldError("days", "Escriba un plazo de 1 a 60 días hábiles.")])
    before = complaint_days(session)
    row = session.get(AppMeta, COMPLAINT_DAYS_KEY)
    if row is None:
        session.add(AppMeta(key=COMPLAINT_DAYS_KEY, value=str(days)))
    else:
        row.value = str(days)
    session.flush()
    record(session, actor, "update", "settings", COMPLAINT_DAYS_KEY,
           {"plazo de respuesta a reclamos (días hábiles)": [before, days]})


def sheet_text(number: int, year: int) -> str:
    return f"HOJA DE RECLAMACIÓN N° {number:03d}-{year}"


@dataclass
class ComplaintDetails:
    unit_id: int | None = None  # the unit whose service is complained of
    category: str = "treatment"
    attended_on: dt.date | None = None  # when the person was attended
    facts: str = ""
    request: str = ""  # what the person asks


@writes
def register_complaint(session: Session, actor: Actor, filing: intake.FilingForm,
                       details: ComplaintDetails) -> int:
    """Register a sheet of the book: a case file sent to the Gerencia Municipal with the
    answer's deadline, numbered in the book. Returns the case file's id."""
    require(actor, Permission.INTAKE_DESK, session)
    today = clock_of(session).today()
    book_unit = session.scalar(select(OrgUnit).where(OrgUnit.code == BOOK_UNIT))
    errors = []
    if details.unit_id is None or session.get(OrgUnit, details.unit_id) is None:
        errors.append(FieldError("unit_id", "Elija la unidad de cuya atención se reclama."))
    if details.category not in CATEGORIES:
        errors.append(FieldError("category", "Elija de qué trata el reclamo."))
    if details.attended_on is not None and details.attended_on > today:
        errors.append(FieldError("attended_on", "La fecha de la atención no puede ser "
                                                "posterior a hoy."))
    errors += text_errors("facts", details.facts, intake.SUBJECT_MAX, "La descripción",
                          "Describa lo sucedido.")
    errors += text_errors("request", details.request, REASON_MAX, "El pedido")
    filing.document_kind = intake.COMPLAINT_KIND  # a reclamo, not a queja (DS 007-2020-PCM)
    filing.procedure_id = None
    filing.deadline_days = complaint_days(session)
    filing.unit_id = book_unit.id if book_unit is not None else None
    if not filing.subject.strip():
        filing.subject = " ".join(details.facts.split())[:intake.SUBJECT_MAX] or "Reclamo"
    if errors:
        raise ValidationFailed(errors + intake.filing_errors(session, filing))
    from pisac_desktop.core.numbering import take_next

    case_id = intake.register_filing(session, actor, filing)
    number = take_next(session, UnitNumberSequence, {"unit_id": book_unit.id,
                                                     "kind": SHEET_KIND, "year": today.year})
    complaint = Complaint(
        case_file_id=case_id, year=today.year, number=number,
        number_text=sheet_text(number, today.year), unit_id=details.unit_id,
        category=details.category, attended_on=details.attended_on,
        facts=details.facts.strip(), request=details.request.strip())
    session.add(complaint)
    session.flush()
    record(session, actor, "create", "complaint", complaint.id, {
        "hoja": [None, complaint.number_text],
        "expediente": [None, session.get(CaseFile, case_id).number_text],
        "unidad": [None, cases.unit_name(session, details.unit_id)],
        "motivo": [None, CATEGORIES[details.category]]})
    return case_id


def _for_update(session: Session, actor: Actor, case_id: int) -> tuple[Complaint, CaseFile]:
    case = cases.case_for_update(session, case_id)
    complaint = session.scalar(select(Complaint).where(Complaint.case_file_id == case_id)
                               .execution_options(populate_existing=True))
    if complaint is None:
        raise DomainError(f"El {case.number_text} no es un reclamo del libro.")
    if complaint.answered_on is not None:
        raise DomainError(f"La {complaint.number_text} ya fue respondida.")
    cases.held_step(session, actor, case)
    return complaint, case


@writes
def record_measures(session: Session, actor: Actor, case_id: int, measures: str) -> None:
    """The measures taken about what happened (added to, never replaced)."""
    complaint, _case = _for_update(session, actor, case_id)
    if errors := text_errors("measures", measures, REASON_MAX, "Las medidas",
                             "Escriba las medidas adoptadas."):
        raise ValidationFailed(errors)
    line = f"{short_date(clock_of(session).today())}: {' '.join(measures.split())}"
    complaint.measures = "\n".join(filter(None, (complaint.measures, line)))
    session.flush()
    record(session, actor, "update", "complaint", complaint.id, {"medidas": [None, line]})


@writes
def answer_complaint(session: Session, actor: Actor, case_id: int, answer: str) -> None:
    """The answer to the person (then notified through the trámite's carta and cédula); the
    case file is answered."""
    complaint, _case = _for_update(session, actor, case_id)
    if errors := text_errors("answer", answer, REASON_MAX, "La respuesta",
                             "Escriba la respuesta al reclamo."):
        raise ValidationFailed(errors)
    complaint.answer = answer.strip()
    complaint.answered_on = clock_of(session).today()
    session.flush()
    record(session, actor, "update", "complaint", complaint.id,
           {"respuesta": [None, complaint.answer]})
    cases.answer(session, actor, case_id, f"Reclamo respondido: {complaint.number_text}")


# ----------------------------------------------------------------------------------------------
# Read models


@dataclass(frozen=True)
class ComplaintView:
    case_file_id: int
    number_text: str  # the sheet's
    case_number: str
    received_at: dt.datetime
    complainant: str
    document: str
    address: str
    phone: str
    email: str
    unit: str
    category: str
    attended_on: dt.date | None
    facts: str
    request: str
    measures: str
    answer: str
    answered_on: dt.date | None
    due_on: dt.date | None
    state: str  # "Respondido", "Pendiente", "Vencido", "Anulado"
    in_time: bool | None
    to_receive: bool = False  # not yet received by the Gerencia


def _view(complaint: Complaint, case: CaseFile, units: dict[int, str],
          today: dt.date) -> ComplaintView:
    from pisac_desktop.instruments.notifications import document_text

    if case.state == ANNULLED:
        state = "Anulado"
    elif complaint.answered_on is not None:
        state = "Respondido"
    elif case.due_on is not None and case.due_on < today:
        state = "Vencido"
    else:
        state = "Pendiente"
    in_time = None if complaint.answered_on is None or case.due_on is None else \
        complaint.answered_on <= case.due_on
    return ComplaintView(
        case.id, complaint.number_text, case.number_text, case.received_at, case.filer_name,
        document_text(case.filer_document_type, case.filer_document), case.filer_address,
        case.filer_phone, case.filer_email, units.get(complaint.unit_id, "—"),
        CATEGORIES.get(complaint.category, complaint.category), complaint.attended_on,
        complaint.facts, complaint.request, complaint.measures, complaint.answer,
        complaint.answered_on, case.due_on, state, in_time,
        state in ("Pendiente", "Vencido") and _waiting(case))


def _waiting(case: CaseFile) -> bool:
    from sqlalchemy.orm import object_session

    step = cases.open_step(object_session(case), case.id)
    return step is not None and step.received_at is None


def complaint_view(session: Session, actor: Actor, case_id: int) -> ComplaintView | None:
    require(actor, Permission.VIEW, session)
    row = session.execute(select(Complaint, CaseFile).join(
        CaseFile, CaseFile.id == Complaint.case_file_id).where(CaseFile.id == case_id)).first()
    if row is None:
        return None
    units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
    return _view(*row, units, clock_of(session).today())


def complaints_of(session: Session, actor: Actor, year: int,
                  month: int | None = None) -> list[ComplaintView]:
    """The book's sheets of a year (or a month), in order."""
    require(actor, Permission.VIEW, session)
    query = select(Complaint, CaseFile).join(CaseFile, CaseFile.id == Complaint.case_file_id) \
        .where(Complaint.year == year).order_by(Complaint.number)
    units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
    today = clock_of(session).today()
    views = [_view(c, f, units, today) for c, f in session.execute(query).all()]
    if month is not None:
        views = [v for v in views if v.received_at.month == month]
    return views


@dataclass(frozen=True)
class ComplaintFigures:
    """A month's (or year's) figures: received, answered in time and late, pending, overdue;
    by unit and by what they are about."""

    received: int
    answered_in_time: int
    answered_late: int
    pending: int
    overdue: int
    by_unit: dict[str, int]
    by_category: dict[str, int]


def complaint_figures(session: Session, actor: Actor, year: int,
                      month: int | None = None) -> ComplaintFigures:
    views = [v for v in complaints_of(session, actor, year, month) if v.state != "Anulado"]
    by_unit: dict[str, int] = {}
    by_category: dict[str, int] = {}
    for v in views:
        by_unit[v.unit] = by_unit.get(v.unit, 0) + 1
        by_category[v.category] = by_category.get(v.category, 0) + 1
    return ComplaintFigures(
        len(views), sum(1 for v in views if v.in_time), sum(1 for v in views if v.in_time is False),
        sum(1 for v in views if v.answered_on is None),
        sum(1 for v in views if v.state == "Vencido"), by_unit, by_category)

