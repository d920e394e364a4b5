"""What the screens show of case files: a unit's bandeja, a search in one box, and one case
file with its hoja de ruta, its clocks and which acts are allowed now (and why not).
Read models are frozen dataclasses; nothing here writes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of
from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.db.models import CaseAttachment, CaseFile, CaseStep, OrgUnit, Procedure
from pisac_desktop.db.models.tramite import (
    ANNULLED,
    ANSWERED,
    ARCHIVED,
    CASE_STATE_LABELS,
    IN_PROCESS,
)
from pisac_desktop.db.text_index import CASE_TEXT, words_of
from pisac_desktop.instruments.notifications import document_text
from pisac_desktop.tramite.cases import may_act_in, units_of
from pisac_desktop.tramite.deadlines import (
    SILENCE_LABELS,
    Urgency,
    silence_from,
    silence_text,
    urgency,
)
from pisac_desktop.tramite.filters import (  # noqa: F401 - the screens' names for them
    IN_TIME,
    LATE,
    OVERDUE,
    SEARCH_STATES,
    CaseFilter,
)

PAGE = 200
STEP_OUTCOMES = {"referred": "Derivado", "answered": "Atendido", "archived": "Archivado",
                 "annulled": "Anulado"}


class Tray(StrEnum):
    """The bandeja's tabs."""

    TO_RECEIVE = "to_receive"
    IN_PROCESS = "in_process"
    OVERDUE = "overdue"
    ANSWERED = "answered"
    ARCHIVED = "archived"

    @property
    def label(self) -> str:
        return {Tray.TO_RECEIVE: "Por recibir", Tray.IN_PROCESS: "En proceso",
                Tray.OVERDUE: "Vencidos", Tray.ANSWERED: "Atendidos",
                Tray.ARCHIVED: "Archivo de gestión"}[self]


@dataclass(frozen=True)
class CaseRow:
    id: int
    number_text: str
    received_at: dt.datetime
    filer_name: str
    filer_document: str
    document_kind: str
    subject: str
    procedure: str
    unit_name: str  # where it is now
    state: str
    due_on: dt.date | None
    urgency: Urgency
    step_due_on: dt.date | None  # this unit's own deadline
    awaiting_receipt: bool
    completion_due: dt.date | None = None  # waiting for the filer to complete requirements

    @property
    def state_label(self) -> str:
        if self.state == IN_PROCESS and self.awaiting_receipt:
            return "Por recibir"
        return CASE_STATE_LABELS.get(self.state, self.state)

    @property
    def next_step(self) -> str:
        """Where it is now and what comes next, short (a search's row, for the clerk answering
        a phone call; CaseDetail.next_step says it whole)."""
        unit = self.unit_name or "la unidad"
        if self.state == ANNULLED:
            return "Anulado: no sigue."
        if self.state == ARCHIVED:
            return f"Archivado en {unit}."
        if self.state == ANSWERED:
            return f"Atendido por {unit}; por archivar."
        if self.completion_due is not None:
            return f"El administrado subsana requisitos hasta el {self.completion_due:%d/%m/%Y}."
        if self.awaiting_receipt:
            return f"Enviado a {unit}; falta que lo reciba."
        return f"En {unit}: {self.urgency.label.lower()}."


def _rows(session: Session, query: Select, today: dt.date) -> list[CaseRow]:
    calendar = BusinessCalendar.load(session)
    units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
    procedures = dict(session.execute(select(Procedure.id, Procedure.code)).all())
    out = []
    for case, step in session.execute(query).all():
        open_ = case.state == IN_PROCESS
        due = step.due_on if step is not None and step.due_on else case.due_on
        out.append(CaseRow(
            case.id, case.number_text, case.received_at, case.filer_name,
            document_text(case.filer_document_type, case.filer_document), case.document_kind,
            case.subject, procedures.get(case.procedure_id, ""), units.get(case.unit_id, ""),
            case.state, case.due_on,
            urgency(calendar, due if open_ else None, today),
            step.due_on if step is not None else None,
            open_ and step is not None and step.received_at is None,
            case.completion_due if open_ and case.missing_requirements
            and case.completed_on is None else None))
    return out


def _open_step_join(query: Select) -> Select:
    return query.outerjoin(CaseStep, and_(CaseStep.case_file_id == CaseFile.id,
                                          CaseStep.closed_at.is_(None)))


def bandeja(session: Session, actor: Actor, unit_id: int, tray: Tray,
            limit: int = PAGE) -> list[CaseRow]:
    """One tab of a unit's bandeja, oldest first for what waits (the first to attend), newest
    first for what is done."""
    require(actor, Permission.VIEW, session)
    today = clock_of(session).today()
    query = select(CaseFile, CaseStep)
    if tray in (Tray.TO_RECEIVE, Tray.IN_PROCESS, Tray.OVERDUE):
        query = query.join(CaseStep, and_(CaseStep.case_file_id == CaseFile.id,
                                          CaseStep.closed_at.is_(None),
                                          CaseStep.to_unit_id == unit_id))
        query = query.where(CaseFile.state == IN_PROCESS)
        if tray == Tray.TO_RECEIVE:
            query = query.where(CaseStep.received_at.is_(None))
        elif tray == Tray.IN_PROCESS:
            query = query.where(CaseStep.received_at.is_not(None))
        else:
            query = query.where(or_(CaseStep.due_on < today,
                                    and_(CaseStep.due_on.is_(None), CaseFile.due_on < today)))
        query = query.order_by(CaseFile.received_at, CaseFile.id)
    else:
        state = ANSWERED if tray == Tray.ANSWERED else ARCHIVED
        query = _open_step_join(query).where(CaseFile.state == state,
                                             CaseFile.unit_id == unit_id)
        query = query.order_by(CaseFile.closed_at.desc(), CaseFile.id.desc())
    return _rows(session, query.limit(limit), today)


def tray_counts(session: Session, actor: Actor, unit_id: int) -> dict[Tray, int]:
    """How many wait in each tab that asks for work (for the tabs' titles and the badges)."""
    from sqlalchemy import func

    require(actor, Permission.VIEW, session)
    today = clock_of(session).today()
    base = (select(func.count()).select_from(CaseFile)
            .join(CaseStep, and_(CaseStep.case_file_id == CaseFile.id,
                                 CaseStep.closed_at.is_(None), CaseStep.to_unit_id == unit_id))
            .where(CaseFile.state == IN_PROCESS))
    return {
        Tray.TO_RECEIVE: session.scalar(base.where(CaseStep.received_at.is_(None))) or 0,
        Tray.IN_PROCESS: session.scalar(base.where(CaseStep.received_at.is_not(None))) or 0,
        Tray.OVERDUE: session.scalar(base.where(or_(
            CaseStep.due_on < today,
            and_(CaseStep.due_on.is_(None), CaseFile.due_on < today)))) or 0,
    }


@dataclass(frozen=True)
class UnitChoice:
    id: int
    name: str
    mine: bool


def unit_choices(session: Session, actor: Actor) -> list[UnitChoice]:
    """The units whose bandeja this user may open: their own, or every unit for the
    Secretaría General and the Gerencia (who see everything, ROF art. 32)."""
    require(actor, Permission.VIEW, session)
    mine = set(units_of(session, actor))
    everything = actor.can(Permission.ALL_CASE_FILES)
    rows = session.execute(select(OrgUnit.id, OrgUnit.name).where(OrgUnit.active.is_(True))
                           .order_by(OrgUnit.position, OrgUnit.name)).all()
    return [UnitChoice(i, n, i in mine) for i, n in rows if everything or i in mine]


def destination_units(session: Session, actor: Actor) -> list[UnitChoice]:
    """Every active unit, where the desk sends a filing or a unit derives a case file (any
    unit receives; unit_choices() is narrower: the bandejas this user may open)."""
    require(actor, Permission.VIEW, session)
    mine = set(units_of(session, actor))
    rows = session.execute(select(OrgUnit.id, OrgUnit.name).where(OrgUnit.active.is_(True))
                           .order_by(OrgUnit.position, OrgUnit.name)).all()
    return [UnitChoice(i, n, i in mine) for i, n in rows]


# ----------------------------------------------------------------------------------------------
# Search in one box

_NUMBER = re.compile(r"(?:exp\.?\s*(?:n[°º]?\s*)?)?(?:(\d{4})\s*-\s*)?0*(\d{1,6})$", re.I)
_DOCUMENT = re.compile(r"\d{8}|\d{11}")
def case_by_number(session: Session, text: str) -> CaseFile | None:
    """The case file a typed registration number names ('2026-4512', 'EXP. N° 2026-004512',
    '4512' this year), or None."""
    match = _NUMBER.fullmatch(text.strip())
    if not match:
        return None
    year = int(match.group(1)) if match.group(1) else clock_of(session).today().year
    return session.scalar(select(CaseFile).where(CaseFile.year == year,
                                                 CaseFile.number == int(match.group(2))))


def find(session: Session, actor: Actor, text: str, limit: int = PAGE,
         filters: CaseFilter | None = None) -> list[CaseRow]:
    """A registration number ('2026-4512', 'EXP. N° 2026-004512', '4512' this year), a DNI or
    RUC, or words of the filer's name and the subject (accent-insensitive), narrowed by the
    filters (a procedure, the unit where it is now, a state, a period of receipt); newest first,
    at most `limit` rows (ask for one more to know there are more). The box may be empty when
    a filter is chosen. Raises DomainError for filters that cannot be (CaseFilter.errors)."""
    require(actor, Permission.VIEW, session)
    today = clock_of(session).today()
    text = text.strip()
    filters = filters or CaseFilter()
    if not text and filters.empty:
        return []
    if problems := filters.errors():
        raise DomainError(problems[0])
    query = filters.apply(_open_step_join(select(CaseFile, CaseStep)), today)
    if not text:
        pass
    elif _DOCUMENT.fullmatch(text):
        query = query.where(CaseFile.filer_document == text)
    elif match := _NUMBER.fullmatch(text):
        year = int(match.group(1)) if match.group(1) else today.year
        query = query.where(CaseFile.year == year, CaseFile.number == int(match.group(2)))
    else:
        words, dialect = words_of(text), session.get_bind().dialect.name
        if dialect == "sqlite":  # newest first: the index read backwards (text_index.py)
            query = CASE_TEXT.newest_first(session, query, CaseFile.id, CaseFile.search_text,
                                           words)
            return _rows(session, query.limit(limit), today)
        query = CASE_TEXT.narrow(query, dialect, CaseFile.id, CaseFile.search_text, words)
    return _rows(session, query.order_by(CaseFile.id.desc()).limit(limit), today)


def registered_on(session: Session, actor: Actor, day: dt.date,
                  limit: int = PAGE) -> list[CaseRow]:
    """What the desk registered on a day (its list beside the form), newest first."""
    require(actor, Permission.VIEW, session)
    start = dt.datetime.combine(day, dt.time())
    query = _open_step_join(select(CaseFile, CaseStep)).where(
        CaseFile.received_at >= start, CaseFile.received_at < start + dt.timedelta(days=1))
    return _rows(session, query.order_by(CaseFile.id.desc()).limit(limit),
                 clock_of(session).today())


# ----------------------------------------------------------------------------------------------
# One case file


@dataclass(frozen=True)
class StepRow:
    position: int
    from_unit: str
    to_unit: str
    instruction: str
    folios: int
    due_on: dt.date | None
    sent_by: str
    sent_at: dt.datetime
    received_by: str
    received_at: dt.datetime | None
    closed_at: dt.datetime | None
    outcome: str
    business_days: int | None  # taken in the unit, from receipt to closing (or today)

    @property
    def outcome_label(self) -> str:
        if self.closed_at is None:
            return "Por recibir" if self.received_at is None else "En proceso"
        return STEP_OUTCOMES.get(self.outcome, self.outcome)


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_by: str
    added_at: dt.datetime


@dataclass(frozen=True)
class Allowed:
    """An act and, when it is not allowed now, why (in Spanish)."""

    ok: bool
    why_not: str = ""


@dataclass(frozen=True)
class CaseDetail:
    id: int
    number_text: str
    year: int
    received_at: dt.datetime
    filer_name: str
    filer_document: str
    filer_is_company: bool
    filer_address: str
    filer_phone: str
    filer_email: str
    document_kind: str
    subject: str
    folios: int
    attachments_note: str
    procedure_code: str
    procedure_name: str
    procedure_requirements: tuple[str, ...]
    silence: str
    silence_label: str
    silence_text: str
    deadline_days: int | None
    missing_requirements: tuple[str, ...]
    completion_due: dt.date | None
    completed_on: dt.date | None
    due_on: dt.date | None
    urgency: Urgency
    state: str
    state_label: str
    unit_name: str
    closing_note: str
    annulled_reason: str
    created_by: str
    steps: tuple[StepRow, ...]
    attachments: tuple[AttachmentRow, ...]
    verification_code: str | None
    can_receive: Allowed
    can_refer: Allowed
    can_answer: Allowed
    can_archive: Allowed
    can_annul: Allowed
    can_complete: Allowed

    @property
    def next_step(self) -> str:
        """What happens next, in one sentence (for the clerk answering a phone call)."""
        if self.state == ANNULLED:
            return f"Anulado: {self.annulled_reason}"
        if self.state == ARCHIVED:
            return f"Archivado en {self.unit_name}."
        if self.state == ANSWERED:
            return f"Atendido por {self.unit_name}; por archivar."
        if self.missing_requirements and self.completed_on is None:
            return (f"Esperando que el administrado subsane los requisitos hasta el "
                    f"{self.completion_due:%d/%m/%Y}; mientras tanto el plazo no corre.")
        last = self.steps[-1] if self.steps else None
        if last is not None and last.received_at is None:
            return f"Enviado a {last.to_unit}; falta que lo reciba."
        return f"En {self.unit_name}: {self.urgency.label.lower()}."


class _Acts:
    """Which acts the actor may do on the case file now, each raising DomainError (the reason
    shown in the disabled button's tooltip) when not: the same rules as the use cases."""

    def __init__(self, session: Session, actor: Actor, case: CaseFile, steps: list[CaseStep],
                 units: dict[int, str]):
        self.actor, self.case, self.steps, self.units = actor, case, steps, units
        self.open = steps[-1] if steps and steps[-1].closed_at is None else None
        self.holder = self.open.to_unit_id if self.open else case.unit_id
        self.in_unit = actor.can(Permission.CASE_FILES) and \
            may_act_in(session, actor, self.holder)

    @staticmethod
    def allowed(check) -> Allowed:
        try:
            check()
        except DomainError as exc:
            return Allowed(False, str(exc))
        return Allowed(True)

    def _in_unit(self, received: bool | None) -> None:
        if self.case.state != IN_PROCESS:
            raise DomainError(f"El expediente está "
                              f"{CASE_STATE_LABELS[self.case.state].lower()}.")
        if not self.in_unit:
            raise DomainError(f"Solo {self.units.get(self.holder, 'la unidad')} actúa sobre él.")
        received_now = self.open is not None and self.open.received_at is not None
        if received is True and not received_now:
            raise DomainError("Recíbalo primero.")
        if received is False and received_now:
            raise DomainError("Ya fue recibido.")

    def receive(self) -> None:
        self._in_unit(False)

    def work(self) -> None:
        self._in_unit(True)

    def archive(self) -> None:
        if self.case.state == ANSWERED:
            if not self.in_unit:
                raise DomainError(f"Solo {self.units.get(self.holder, 'la unidad')} lo archiva.")
            return
        self._in_unit(True)

    def annul(self) -> None:
        if self.case.state != IN_PROCESS:
            raise DomainError("Solo se anula lo que está en trámite.")
        if self.actor.can(Permission.ALL_CASE_FILES):
            return
        if not self.actor.can(Permission.INTAKE_DESK):
            raise DomainError("Anulan la Mesa de Partes o la Secretaría General.")
        if any(s.received_at for s in self.steps):
            raise DomainError("Ya fue recibido por una unidad: lo anula la Secretaría General.")

    def complete(self) -> None:
        waiting = bool(self.case.missing_requirements) and self.case.completed_on is None
        if self.case.state != IN_PROCESS or not waiting:
            raise DomainError("No tiene requisitos pendientes de subsanar.")
        if not self.actor.can(Permission.INTAKE_DESK):
            self._in_unit(None)


def case_detail(session: Session, actor: Actor, case_id: int) -> CaseDetail | None:
    require(actor, Permission.VIEW, session)
    case = session.get(CaseFile, case_id)
    if case is None:
        return None
    from pisac_desktop.core.verification import code_for
    from pisac_desktop.db.models.verification import VERIFY_CASE_FILE

    today = clock_of(session).today()
    calendar = BusinessCalendar.load(session)
    units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
    procedure = session.get(Procedure, case.procedure_id) if case.procedure_id else None
    steps = list(session.scalars(select(CaseStep).where(CaseStep.case_file_id == case.id)
                                 .order_by(CaseStep.position)))
    step_rows = []
    for s in steps:
        taken = None
        if s.received_at is not None:
            end = s.closed_at.date() if s.closed_at else today
            taken = calendar.business_days_between(s.received_at.date(), end) + \
                (1 if end > s.received_at.date() and calendar.is_business_day(end) else 0)
        step_rows.append(StepRow(s.position, units.get(s.from_unit_id, "Mesa de Partes")
                                 if s.from_unit_id else "Mesa de Partes",
                                 units.get(s.to_unit_id, "—"), s.instruction, s.folios,
                                 s.due_on, s.sent_by, s.sent_at, s.received_by or "",
                                 s.received_at, s.closed_at, s.outcome, taken))
    attachments = tuple(AttachmentRow(*row) for row in session.execute(
        select(CaseAttachment.id, CaseAttachment.file_name, CaseAttachment.media_type,
               CaseAttachment.size, CaseAttachment.sha256, CaseAttachment.added_by,
               CaseAttachment.added_at)
        .where(CaseAttachment.case_file_id == case.id).order_by(CaseAttachment.id)))
    open_ = steps[-1] if steps and steps[-1].closed_at is None else None
    silence = procedure.silence if procedure else ""
    in_process = case.state == IN_PROCESS
    waiting = bool(case.missing_requirements) and case.completed_on is None
    acts = _Acts(session, actor, case, steps, units)
    due = open_.due_on if open_ is not None and open_.due_on else case.due_on
    return CaseDetail(
        case.id, case.number_text, case.year, case.received_at, case.filer_name,
        document_text(case.filer_document_type, case.filer_document), case.filer_is_company,
        case.filer_address, case.filer_phone, case.filer_email, case.document_kind,
        case.subject, case.folios, case.attachments_note,
        procedure.code if procedure else "", procedure.name if procedure else "",
        tuple(line for line in procedure.requirements.splitlines() if line.strip())
        if procedure else (), silence, SILENCE_LABELS.get(silence, ""),
        silence_text(silence, silence_from(calendar, case.due_on)) if silence and not waiting
        else "", procedure.deadline_days if procedure else None,
        tuple(case.missing_requirements.splitlines()) if case.missing_requirements else (),
        case.completion_due, case.completed_on, case.due_on,
        urgency(calendar, due if in_process and not waiting else
                (case.completion_due if in_process else None), today),
        case.state, CASE_STATE_LABELS.get(case.state, case.state), units.get(case.unit_id, ""),
        case.closing_note, case.annulled_reason, case.created_by, tuple(step_rows),
        attachments, code_for(session, VERIFY_CASE_FILE, case.id),
        acts.allowed(acts.receive), acts.allowed(acts.work), acts.allowed(acts.work),
        acts.allowed(acts.archive), acts.allowed(acts.annul), acts.allowed(acts.complete))


def attachment_content(session: Session, actor: Actor, attachment_id: int) -> tuple[str, bytes]:
    """(file name, bytes) of a scanned attachment, to open or save."""
    require(actor, Permission.VIEW, session)
    row = session.get(CaseAttachment, attachment_id)
    if row is None:
        raise DomainError("El archivo ya no existe.")
    return row.file_name, row.content
