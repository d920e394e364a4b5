"""Compromisos: the follow-up of what the council and the mayor decide (ROF art. 32: «ejecutar el
seguimiento y cumplimiento de los acuerdos y ordenanzas»).

From an issued act of the register (acuerdo, ordenanza, decreto, resolución, directiva) the
gerente gives each thing it orders to the unit that must do it, with a due date (business days
from today, or a date) and the evidence expected. The unit reports its progress — a note, a
percentage, a state — with evidence: a document of the register, a case file, or a scanned file
kept with its SHA-256. An open compromiso past its due date is «vencido» (never stored: it is
read from the date). The gerente reprograms, and reopens one whose evidence does not convince.
Every change is audited.

Who: the Gerencia (Permission.FOLLOW_UP) gives, reprograms, reopens and may report on any; a
unit's staff (Permission.CASE_FILES in that unit) report on their unit's own; everyone reads.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of, naive_utc_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Permission, PermissionDenied, require
from pisac_desktop.core.validators import text_errors
from pisac_desktop.db.models import (
    CaseFile,
    Instrument,
    OrgUnit,
)
from pisac_desktop.db.models.instruments import ISSUED
from pisac_desktop.db.models.management import (
    DONE,
    IN_PROGRESS,
    NOT_APPLICABLE,
    PENDING,
    CommissionMeeting,
    Commitment,
    CommitmentReport,
)
from pisac_desktop.db.write_lock import get_for_update, writes
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.tramite.attachments import ATTACHMENT_TYPES, NewAttachment, attachment_error
from pisac_desktop.tramite.cases import units_of
from pisac_desktop.tramite.views import case_by_number

STATE_LABELS = {PENDING: "Pendiente", IN_PROGRESS: "En proceso", DONE: "Cumplido",
                NOT_APPLICABLE: "No aplicable"}
OVERDUE = "overdue"  # a filter and a shown state: open and past its due date
OVERDUE_LABEL = "Vencido"
OPEN_STATES = (PENDING, IN_PROGRESS)
CLOSED_STATES = (DONE, NOT_APPLICABLE)
DESCRIPTION_MAX, NOTE_MAX = 2_000, 2_000
DAYS_MAX = 250  # a year of business days
LATEST_DUE_YEARS = 5
# The acts of the council (for the compliance report the Secretaría takes to the council).
COUNCIL_KINDS = ("ORDINANCE", "COUNCIL_AGREEMENT", "COUNCIL_RESOLUTION")


def unit_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())


def may_report(session: Session, actor: Actor, unit_id: int) -> bool:
    """The Gerencia reports on any; a unit's staff on their unit's own."""
    return actor.can(Permission.FOLLOW_UP) or actor.is_system or (
        actor.can(Permission.CASE_FILES) and unit_id in units_of(session, actor))


# ----------------------------------------------------------------------------------------------
# Giving and reprogramming


@dataclass
class CommitmentForm:
    instrument_id: int | None = None  # the act it comes from (issued)
    description: str = ""  # what must be done
    unit_id: int | None = None
    by_days: bool = True  # due in `days` business days from today; else on `due_on`
    days: int = 10
    due_on: dt.date | None = None
    evidence_expected: str = ""
    meeting_id: int | None = None  # a commission's recommendation (then no instrument)


def _due(session: Session, form: CommitmentForm, today: dt.date,
         errors: list[FieldError]) -> tuple[dt.date | None, int | None]:
    if form.by_days:
        if not 1 <= form.days <= DAYS_MAX:
            errors.append(FieldError("days", f"Escriba un plazo de 1 a {DAYS_MAX} días hábiles."))
            return None, None
        return BusinessCalendar.load(session).deadline(today, form.days).result, form.days
    if form.due_on is None:
        errors.append(FieldError("due_on", "Escriba la fecha en que debe estar cumplido."))
    elif form.due_on < today:
        errors.append(FieldError("due_on", f"El {short_date(form.due_on)} ya pasó: elija una "
                                           "fecha desde hoy."))
    elif form.due_on.year > today.year + LATEST_DUE_YEARS:
        errors.append(FieldError("due_on", f"Elija una fecha dentro de los próximos "
                                           f"{LATEST_DUE_YEARS} años."))
    else:
        return form.due_on, None
    return None, None


def _form_errors(session: Session, form: CommitmentForm, today: dt.date
                 ) -> tuple[list[FieldError], dt.date | None, int | None]:
    errors = text_errors("description", form.description, DESCRIPTION_MAX, "El compromiso",
                         "Escriba qué debe hacerse (por ejemplo, «Elaborar el expediente técnico "
                         "del mercado»).")
    errors += text_errors("evidence_expected", form.evidence_expected, DESCRIPTION_MAX,
                          "La evidencia esperada")
    unit = session.get(OrgUnit, form.unit_id) if form.unit_id is not None else None
    if unit is None or not unit.active:
        errors.append(FieldError("unit_id", "Elija la unidad responsable."))
    due_on, days = _due(session, form, today, errors)
    return errors, due_on, days


def _act(session: Session, instrument_id: int | None) -> Instrument:
    act = session.get(Instrument, instrument_id) if instrument_id is not None else None
    if act is None or act.state != ISSUED:
        raise ValidationFailed([FieldError(
            "instrument_id", "Elija un documento emitido del registro (un acuerdo, una "
                             "ordenanza, un decreto o una resolución vigente).")])
    return act


@writes
def create_commitment(session: Session, actor: Actor, form: CommitmentForm) -> int:
    require(actor, Permission.FOLLOW_UP, session)
    today = clock_of(session).today()
    if form.meeting_id is not None and form.instrument_id is None:
        meeting = session.get(CommissionMeeting, form.meeting_id)
        if meeting is None:
            raise DomainError("La reunión de la comisión ya no existe.")
        act, source = None, f"recomendación de la reunión del {short_date(meeting.held_on)}"
    else:
        act = _act(session, form.instrument_id)
        source = act.number_text
    errors, due_on, days = _form_errors(session, form, today)
    if errors:
        raise ValidationFailed(errors)
    row = Commitment(instrument_id=act.id if act else None,
                     meeting_id=None if act else form.meeting_id,
                     description=form.description.strip(),
                     unit_id=form.unit_id, due_on=due_on, due_days=days,
                     evidence_expected=form.evidence_expected.strip(), state=PENDING,
                     percent=0, reason="", created_by=actor.username,
                     created_at=naive_utc_of(session))
    session.add(row)
    session.flush()
    record(session, actor, "create", "commitment", row.id, {
        "documento": [None, source], "compromiso": [None, row.description],
        "unidad": [None, unit_names(session).get(row.unit_id)],
        "vence": [None, short_date(due_on)]})
    return row.id


def _open_for_update(session: Session, commitment_id: int) -> Commitment:
    row = get_for_update(session, Commitment, commitment_id)
    if row is None:
        raise DomainError("El compromiso ya no existe.")
    return row


@writes
def reprogram(session: Session, actor: Actor, commitment_id: int, form: CommitmentForm,
              reason: str) -> None:
    """Change what an open compromiso asks, its unit or its due date, saying why."""
    require(actor, Permission.FOLLOW_UP, session)
    row = _open_for_update(session, commitment_id)
    if row.state not in OPEN_STATES:
        raise DomainError(f"El compromiso está {STATE_LABELS[row.state].lower()}: reábralo "
                          "para reprogramarlo.")
    today = clock_of(session).today()
    errors, due_on, days = _form_errors(session, form, today)
    errors += text_errors("reason", reason, NOTE_MAX, "El motivo",
                          "Escriba por qué se reprograma (queda en el historial).")
    if errors:
        raise ValidationFailed(errors)
    names = unit_names(session)
    before = (row.description, names.get(row.unit_id), short_date(row.due_on),
              row.evidence_expected)
    row.description, row.unit_id = form.description.strip(), form.unit_id
    row.due_on, row.due_days = due_on, days
    row.evidence_expected = form.evidence_expected.strip()
    after = (row.description, names.get(row.unit_id), short_date(row.due_on),
             row.evidence_expected)
    changes = {label: [old, new] for label, old, new in zip(
        ("compromiso", "unidad", "vence", "evidencia esperada"), before, after, strict=True)
        if old != new}
    if not changes:
        raise ValidationFailed([FieldError("description", "No cambió nada: cambie el plazo, la "
                                                          "unidad o el texto.")])
    changes["motivo"] = [None, " ".join(reason.split())]
    session.flush()
    record(session, actor, "update", "commitment", row.id, changes)
    _add_report(session, actor, row, f"Reprogramado: {' '.join(reason.split())}", row.state,
                row.percent)


@writes
def reopen(session: Session, actor: Actor, commitment_id: int, reason: str) -> None:
    """A closed compromiso back in process (its evidence does not show it done), saying why."""
    require(actor, Permission.FOLLOW_UP, session)
    row = _open_for_update(session, commitment_id)
    if row.state in OPEN_STATES:
        raise DomainError("El compromiso sigue abierto.")
    if errors := text_errors("reason", reason, NOTE_MAX, "El motivo",
                             "Escriba por qué se reabre (queda en el historial)."):
        raise ValidationFailed(errors)
    before = STATE_LABELS[row.state]
    row.state, row.closed_on, row.reason = IN_PROGRESS, None, ""
    row.percent = min(row.percent, 99)
    session.flush()
    record(session, actor, "update", "commitment", row.id,
           {"estado": [before, STATE_LABELS[IN_PROGRESS]], "motivo": [None, reason.strip()]})
    _add_report(session, actor, row, f"Reabierto: {' '.join(reason.split())}", IN_PROGRESS,
                row.percent)


# ----------------------------------------------------------------------------------------------
# Reporting progress


@dataclass
class ReportForm:
    state: str = IN_PROGRESS
    percent: int = 0
    note: str = ""
    reason: str = ""  # why it does not apply (state NOT_APPLICABLE)
    evidence_instrument_id: int | None = None
    evidence_case_number: str = ""  # "2026-123", "EXP. N° 2026-000123"
    evidence_file: NewAttachment | None = None


def _report_errors(session: Session, form: ReportForm) -> tuple[list[FieldError],
                                                                CaseFile | None]:
    errors = text_errors("note", form.note, NOTE_MAX, "El avance",
                         "Escriba qué se hizo (el avance que se informa).")
    if form.state not in STATE_LABELS:
        errors.append(FieldError("state", "Elija el estado."))
    elif form.state == NOT_APPLICABLE:
        errors += text_errors("reason", form.reason, NOTE_MAX, "El motivo",
                              "Escriba por qué no es aplicable.")
    if not 0 <= form.percent <= 100:
        errors.append(FieldError("percent", "El avance va de 0 a 100 %."))
    elif form.state == PENDING and form.percent:
        errors.append(FieldError("percent", "Con avance, el estado es «En proceso»."))
    elif form.state == IN_PROGRESS and form.percent == 100:
        errors.append(FieldError("percent", "Al 100 %, márquelo como «Cumplido»."))
    if form.evidence_instrument_id is not None:
        evidence = session.get(Instrument, form.evidence_instrument_id)
        if evidence is None or evidence.state != ISSUED:
            errors.append(FieldError("evidence_instrument_id",
                                     "El documento elegido como evidencia no está emitido."))
    case = None
    if form.evidence_case_number.strip():
        case = case_by_number(session, form.evidence_case_number)
        if case is None:
            errors.append(FieldError("evidence_case_number",
                                     f"No hay un expediente «{form.evidence_case_number.strip()}»"
                                     ": escriba su número (por ejemplo, 2026-000123)."))
    if form.evidence_file is not None and (problem := attachment_error(form.evidence_file)):
        errors.append(FieldError("evidence_file", problem))
    return errors, case


def _add_report(session: Session, actor: Actor, row: Commitment, note: str, state: str,
                percent: int, **evidence) -> CommitmentReport:
    report = CommitmentReport(
        commitment_id=row.id, reported_on=clock_of(session).today(),
        reported_at=naive_utc_of(session), reported_by=actor.username, note=note, state=state,
        percent=percent, **evidence)
    session.add(report)
    session.flush()
    return report


@writes
def report_progress(session: Session, actor: Actor, commitment_id: int, form: ReportForm) -> int:
    row = _open_for_update(session, commitment_id)
    if not may_report(session, actor, row.unit_id):
        raise PermissionDenied(
            f"{actor.full_name or actor.username} no trabaja en "
            f"{unit_names(session).get(row.unit_id, 'la unidad')}: informa el avance la "
            "unidad responsable o la Gerencia Municipal.")
    if row.state in CLOSED_STATES:
        raise DomainError(f"El compromiso ya está {STATE_LABELS[row.state].lower()} "
                          f"(desde el {short_date(row.closed_on)}): la Gerencia Municipal "
                          "puede reabrirlo.")
    errors, case = _report_errors(session, form)
    if errors:
        raise ValidationFailed(errors)
    percent = 100 if form.state == DONE else form.percent
    evidence: dict = {"evidence_instrument_id": form.evidence_instrument_id,
                      "evidence_case_file_id": case.id if case else None}
    item = form.evidence_file
    if item is not None:
        suffix = "." + item.file_name.rsplit(".", 1)[-1].lower()
        evidence.update(file_name=item.file_name[-255:], media_type=ATTACHMENT_TYPES[suffix],
                        size=len(item.content), sha256=hashlib.sha256(item.content).hexdigest(),
                        content=item.content)
    note = " ".join(form.note.split())
    if form.state == NOT_APPLICABLE:
        note += f" (No aplicable: {' '.join(form.reason.split())})"
    report = _add_report(session, actor, row, note, form.state, percent, **evidence)
    before = (STATE_LABELS[row.state], row.percent)
    row.state, row.percent = form.state, percent
    if form.state in CLOSED_STATES:
        row.closed_on = report.reported_on
    if form.state == NOT_APPLICABLE:
        row.reason = " ".join(form.reason.split())
    session.flush()
    changes = {"avance": [None, note]}
    if before != (STATE_LABELS[row.state], row.percent):
        changes["estado"] = [f"{before[0]} {before[1]} %", f"{STATE_LABELS[row.state]} {percent} %"]
    if shown := evidence_text(session, report):
        changes["evidencia"] = [None, shown]
    record(session, actor, "update", "commitment", row.id, changes)
    return report.id


def evidence_text(session: Session, report: CommitmentReport) -> str:
    parts = []
    if report.evidence_instrument_id is not None:
        parts.append(session.scalar(select(Instrument.number_text).where(
            Instrument.id == report.evidence_instrument_id)) or "")
    if report.evidence_case_file_id is not None:
        parts.append(session.scalar(select(CaseFile.number_text).where(
            CaseFile.id == report.evidence_case_file_id)) or "")
    if report.file_name:
        parts.append(f"archivo «{report.file_name}» (SHA-256 {report.sha256[:12]}…)")
    return "; ".join(p for p in parts if p)


@dataclass(frozen=True)
class EvidenceFile:
    file_name: str
    media_type: str
    content: bytes
    sha256: str


def evidence_file(session: Session, actor: Actor, report_id: int) -> EvidenceFile:
    """The scanned evidence of a report, checked against the hash it was kept with."""
    require(actor, Permission.VIEW, session)
    report = session.get(CommitmentReport, report_id)
    if report is None or not report.file_name:
        raise DomainError("Ese avance no tiene un archivo adjunto.")
    content = report.content or b""
    if hashlib.sha256(content).hexdigest() != report.sha256:
        raise DomainError(f"El archivo «{report.file_name}» no coincide con la huella con que "
                          "se guardó: fue alterado en la base de datos.")
    return EvidenceFile(report.file_name, report.media_type, content, report.sha256)
