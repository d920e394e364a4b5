"""Pedidos de regidores (Ley 27972 art. 10.4; ROF art. 56): a councillor's written request for
information or action — also one raised in the «Pedidos» station of a session — is a case file
the Secretaría General routes to the unit concerned, with the deadline the council's internal
rules set (a setting, COUNCILLOR_DAYS_KEY; 15 business days by default); the answer is delivered
to the councillor with a cargo, and the councillors' pending requests are listed for the next
session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import LINE_MAX, text_errors
from pisac_desktop.council.outcome import session_name
from pisac_desktop.db.models import AppMeta, CaseFile, CouncilMember, CouncilSession, OrgUnit
from pisac_desktop.db.models.requests import CouncillorRequest
from pisac_desktop.db.models.tramite import ANNULLED, IN_PROCESS
from pisac_desktop.db.write_lock import writes
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.tramite import cases, intake

COUNCILLOR_DAYS_KEY = "councillor_request_days"
DEFAULT_COUNCILLOR_DAYS = 15
KINDS = {"information": "Pedido de información", "action": "Pedido de acción o gestión"}


def councillor_days(session: Session) -> int:
    row = session.get(AppMeta, COUNCILLOR_DAYS_KEY)
    return int(row.value) if row is not None and row.value.isdigit() \
        else DEFAULT_COUNCILLOR_DAYS


@writes
def set_councillor_days(session: Session, actor: Actor, days: int) -> None:
    """The deadline the council's internal rules give the units, in business days."""
    require(actor, Permission.COUNCIL, session)
    if not 1 <= days <= 60:
        raise ValidationFailed([FieldError("days", "Escriba un plazo de 1 a 60 días hábiles.")])
    before = councillor_days(session)
    row = session.get(AppMeta, COUNCILLOR_DAYS_KEY)
    if row is None:
        session.add(AppMeta(key=COUNCILLOR_DAYS_KEY, value=str(days)))
    else:
        row.value = str(days)
    session.flush()
    record(session, actor, "update", "settings", COUNCILLOR_DAYS_KEY,
           {"plazo de los pedidos de regidores (días hábiles)": [before, days]})


@dataclass
class CouncillorRequestForm:
    member_id: int | None = None
    kind: str = "information"
    subject: str = ""
    unit_id: int | None = None  # the unit that must answer
    session_id: int | None = None  # raised in that session's «Pedidos» station
    folios: int = 1


@writes
def register_request(session: Session, actor: Actor, form: CouncillorRequestForm) -> int:
    """Register the request as a case file for the unit, with the council's deadline."""
    require(actor, Permission.INTAKE_DESK, session)
    member = session.get(CouncilMember, form.member_id) if form.member_id else None
    errors = []
    if member is None:
        errors.append(FieldError("member_id", "Elija al regidor o la regidora que lo pide."))
    if form.kind not in KINDS:
        errors.append(FieldError("kind", "Elija la clase de pedido."))
    if form.session_id is not None and session.get(CouncilSession, form.session_id) is None:
        errors.append(FieldError("session_id", "La sesión ya no existe."))
    if form.unit_id is None or session.get(OrgUnit, form.unit_id) is None:
        errors.append(FieldError("unit_id", "Elija la unidad que debe atenderlo."))
    filing = intake.FilingForm(
        filer_document=member.dni if member else "", filer_name=_name(member) if member else "x",
        filer_address="Concejo Municipal", document_kind=intake.COUNCILLOR_REQUEST_KIND,
        subject=form.subject, folios=form.folios, unit_id=form.unit_id,
        deadline_days=councillor_days(session))
    if errors:
        raise ValidationFailed(errors + [e for e in intake.filing_errors(session, filing)
                                         if e.field not in ("filer_document", "filer_name")])
    case_id = intake.register_filing(session, actor, filing)
    row = CouncillorRequest(case_file_id=case_id, member_id=member.id,
                            session_id=form.session_id, kind=form.kind)
    session.add(row)
    session.flush()
    changes = {"regidor": [None, _name(member)], "pedido": [None, KINDS[form.kind]],
               "unidad": [None, cases.unit_name(session, form.unit_id)]}
    if form.session_id is not None:
        changes["sesión"] = [None, session_name(session.get(CouncilSession, form.session_id))]
    record(session, actor, "create", "councillor_request", row.id, changes)
    return case_id


def _name(member: CouncilMember) -> str:
    return " ".join(f"{member.title} {member.full_name}".split())


@writes
def deliver_answer(session: Session, actor: Actor, case_id: int, answer: str,
                   received_by: str) -> None:
    """The answer delivered to the councillor, who (or whose office) signs the cargo."""
    case = cases.case_for_update(session, case_id)
    row = session.scalar(select(CouncillorRequest).where(
        CouncillorRequest.case_file_id == case_id)
        .execution_options(populate_existing=True))
    if row is None:
        raise DomainError(f"El {case.number_text} no es un pedido de regidor.")
    if row.delivered_on is not None:
        raise DomainError(f"La respuesta al {case.number_text} ya fue entregada el "
                          f"{short_date(row.delivered_on)}.")
    cases.held_step(session, actor, case)
    errors = text_errors("answer", answer, 2_000, "La respuesta",
                         "Escriba qué se entrega (el informe, el oficio, la información).")
    errors += text_errors("received_by", received_by, LINE_MAX, "Quien recibe",
                          "Escriba quién recibe y firma el cargo.")
    if errors:
        raise ValidationFailed(errors)
    row.delivered_on = clock_of(session).today()
    row.received_by = " ".join(received_by.split())
    session.flush()
    record(session, actor, "update", "councillor_request", row.id, {
        "entregado": [None, f"{short_date(row.delivered_on)} a {row.received_by}"]})
    cases.answer(session, actor, case_id, f"Entregado al regidor: {' '.join(answer.split())}")


@dataclass(frozen=True)
class CouncillorRequestView:
    case_file_id: int
    number_text: str
    received_at: dt.datetime
    councillor: str
    kind: str
    subject: str
    unit: str  # where it is now
    due_on: dt.date | None
    session: str
    delivered: str  # "04/12/2026 a Juan …" or ""
    state: str  # "Pendiente", "Vencido", "Entregado", "Anulado"
    to_receive: bool = False  # not yet received by the unit that must answer


def requests_of(session: Session, actor: Actor, member_id: int | None = None,
                pending_only: bool = False) -> list[CouncillorRequestView]:
    require(actor, Permission.VIEW, session)
    query = (select(CouncillorRequest, CaseFile, CouncilMember)
             .join(CaseFile, CaseFile.id == CouncillorRequest.case_file_id)
             .join(CouncilMember, CouncilMember.id == CouncillorRequest.member_id)
             .order_by(CouncilMember.position, CaseFile.id))
    if member_id is not None:
        query = query.where(CouncillorRequest.member_id == member_id)
    if pending_only:
        query = query.where(CouncillorRequest.delivered_on.is_(None),
                            CaseFile.state == IN_PROCESS)
    units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
    sessions = {s.id: session_name(s) for s in session.scalars(select(CouncilSession))}
    today = clock_of(session).today()
    views = []
    for row, case, member in session.execute(query).all():
        if case.state == ANNULLED:
            state = "Anulado"
        elif row.delivered_on is not None:
            state = "Entregado"
        elif case.due_on is not None and case.due_on < today:
            state = "Vencido"
        else:
            state = "Pendiente"
        views.append(CouncillorRequestView(
            case.id, case.number_text, case.received_at, _name(member), KINDS[row.kind],
            case.subject, units.get(case.unit_id, "—"), case.due_on,
            sessions.get(row.session_id, ""),
            f"{short_date(row.delivered_on)} a {row.received_by}" if row.delivered_on else "",
            state, state in ("Pendiente", "Vencido") and _waiting(session, case.id)))
    return views


def pending_by_councillor(session: Session, actor: Actor) -> dict[str, list[CouncillorRequestView]]:
    """The requests still unanswered, per councillor, for the next session's «Pedidos»."""
    grouped: dict[str, list[CouncillorRequestView]] = {}
    for view in requests_of(session, actor, pending_only=True):
        grouped.setdefault(view.councillor, []).append(view)
    return grouped


def _waiting(session: Session, case_id: int) -> bool:
    step = cases.open_step(session, case_id)
    return step is not None and step.received_at is None


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


def form_choices(session: Session, actor: Actor) -> tuple[list[Choice], list[Choice]]:
    """The councillors serving today and the sessions of this year and the last, newest first,
    for the request's form."""
    from pisac_desktop.council.members import council_on

    require(actor, Permission.VIEW, session)
    today = clock_of(session).today()
    council = council_on(session, today)
    members = [Choice(m.id, m.name) for m in council.members if not m.is_mayor] \
        if council is not None else []
    rows = session.scalars(select(CouncilSession).where(CouncilSession.year >= today.year - 1)
                           .order_by(CouncilSession.year.desc(), CouncilSession.number.desc()))
    return members, [Choice(s.id, session_name(s)) for s in rows]
