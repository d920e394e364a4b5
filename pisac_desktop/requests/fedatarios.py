"""Fedatarios (TUO Ley 27444 art. 138): officers designated by resolution who authenticate, free
of charge, copies against their originals for filings before the municipality. The Secretaría
General keeps who is designated (since, until, the resolution) and a numbered log of every copy
authenticated; the stamp «ES COPIA FIEL DEL ORIGINAL» is printed as stickers, one per folio, with
the fedatario's name, registration number, the date and the log's number."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import dni_error, text_errors
from pisac_desktop.db.models import CaseFile, OrgUnit
from pisac_desktop.db.models.requests import AuthenticatedCopy, CertifyingOfficer
from pisac_desktop.db.models.tramite import UnitNumberSequence
from pisac_desktop.db.write_lock import writes
from pisac_desktop.instruments.notifications import document_error, document_text
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.tramite.cases import wall_now

LOG_UNIT = "GENERAL_SECRETARIAT"  # keeps the log
LOG_KIND = "FEDATEO"  # its counter in unit_number_sequence
MAX_FOLIOS = 500


@dataclass
class OfficerForm:
    full_name: str = ""
    dni: str = ""
    registration: str = ""  # "Fedatario N° 03"
    unit_id: int | None = None
    designation: str = ""  # "Resolución de Alcaldía N° 012-2026-A-MDP"
    since: dt.date | None = None
    until: dt.date | None = None
    instrument_id: int | None = None


@writes
def designate(session: Session, actor: Actor, form: OfficerForm) -> int:
    """Record a fedatario's designation. Returns its id."""
    require(actor, Permission.ALL_CASE_FILES, session)
    errors = text_errors("full_name", form.full_name, 250, "El nombre", "Escriba el nombre.")
    if message := dni_error(form.dni):
        errors.append(FieldError("dni", message))
    errors += text_errors("registration", form.registration, 40, "El registro",
                          "Escriba el número de registro del fedatario.")
    errors += text_errors("designation", form.designation, 200, "La designación",
                          "Escriba la resolución que lo designa.")
    if form.since is None:
        errors.append(FieldError("since", "Escriba desde cuándo está designado."))
    elif form.until is not None and form.until < form.since:
        errors.append(FieldError("until", "La fecha final es anterior a la inicial."))
    if form.unit_id is not None and session.get(OrgUnit, form.unit_id) is None:
        errors.append(FieldError("unit_id", "La unidad ya no existe."))
    if errors:
        raise ValidationFailed(errors)
    officer = CertifyingOfficer(
        full_name=" ".join(form.full_name.split()), dni=form.dni.strip(),
        registration=" ".join(form.registration.split()), unit_id=form.unit_id,
        instrument_id=form.instrument_id, designation=" ".join(form.designation.split()),
        since=form.since, until=form.until)
    session.add(officer)
    session.flush()
    record(session, actor, "create", "certifying_officer", officer.id, {
        "fedatario": [None, officer.full_name], "registro": [None, officer.registration],
        "designación": [None, officer.designation], "desde": [None, short_date(form.since)]})
    return officer.id


@writes
def end_designation(session: Session, actor: Actor, officer_id: int, until: dt.date) -> None:
    require(actor, Permission.ALL_CASE_FILES, session)
    officer = session.get(CertifyingOfficer, officer_id)
    if officer is None:
        raise DomainError("El fedatario ya no existe.")
    if until < officer.since:
        raise ValidationFailed([FieldError("until", "La fecha final es anterior a la "
                                                    "designación.")])
    before = officer.until
    officer.until = until
    session.flush()
    record(session, actor, "update", "certifying_officer", officer.id,
           {"hasta": [short_date(before) if before else None, short_date(until)]})


@dataclass(frozen=True)
class OfficerView:
    id: int
    full_name: str
    registration: str
    designation: str
    since: dt.date
    until: dt.date | None

    @property
    def label(self) -> str:
        return f"{self.full_name} ({self.registration})"


def officers_on(session: Session, day: dt.date) -> list[OfficerView]:
    """The fedatarios designated on `day`."""
    rows = session.scalars(select(CertifyingOfficer).where(
        CertifyingOfficer.since <= day,
        or_(CertifyingOfficer.until.is_(None), CertifyingOfficer.until >= day))
        .order_by(CertifyingOfficer.full_name))
    return [OfficerView(o.id, o.full_name, o.registration, o.designation, o.since, o.until)
            for o in rows]


def designations(session: Session, actor: Actor) -> list[OfficerView]:
    """Every designation, the current ones first, then by date."""
    require(actor, Permission.VIEW, session)
    rows = session.scalars(select(CertifyingOfficer).order_by(
        CertifyingOfficer.until.is_not(None), CertifyingOfficer.since.desc()))
    return [OfficerView(o.id, o.full_name, o.registration, o.designation, o.since, o.until)
            for o in rows]


@dataclass
class CopyForm:
    officer_id: int | None = None
    document: str = ""  # what was copied: "Partida de nacimiento de …", "DNI de …"
    folios: int = 1
    requester_name: str = ""
    requester_document_type: str = "DNI"
    requester_document: str = ""
    case_file_id: int | None = None  # the filing the copy goes with, when known


@writes
def authenticate(session: Session, actor: Actor, form: CopyForm) -> int:
    """Log a copy authenticated against its original, numbered in the year's log. Returns the
    entry's id."""
    require(actor, Permission.CASE_FILES, session)
    now = wall_now(session)
    officer = session.get(CertifyingOfficer, form.officer_id) if form.officer_id else None
    errors = []
    if officer is None:
        errors.append(FieldError("officer_id", "Elija el fedatario."))
    elif officer.since > now.date() or (officer.until is not None and officer.until < now.date()):
        errors.append(FieldError("officer_id", f"{officer.full_name} no está designado como "
                                               "fedatario hoy."))
    errors += text_errors("document", form.document, 500, "El documento",
                          "Escriba qué documento se copió.")
    if not 1 <= form.folios <= MAX_FOLIOS:
        errors.append(FieldError("folios", f"Escriba de 1 a {MAX_FOLIOS} folios."))
    errors += text_errors("requester_name", form.requester_name, 250, "El nombre",
                          "Escriba quién pide la autenticación.")
    if message := document_error(form.requester_document_type, form.requester_document):
        errors.append(FieldError("requester_document", message))
    if form.case_file_id is not None and session.get(CaseFile, form.case_file_id) is None:
        errors.append(FieldError("case_file_id", "El expediente ya no existe."))
    if errors:
        raise ValidationFailed(errors)
    from pisac_desktop.core.numbering import take_next

    unit = session.scalar(select(OrgUnit.id).where(OrgUnit.code == LOG_UNIT))
    number = take_next(session, UnitNumberSequence,
                       {"unit_id": unit, "kind": LOG_KIND, "year": now.year})
    entry = AuthenticatedCopy(
        year=now.year, number=number, officer_id=officer.id, authenticated_at=now,
        document=" ".join(form.document.split()), folios=form.folios,
        requester_name=" ".join(form.requester_name.split()),
        requester_document=document_text(form.requester_document_type,
                                         form.requester_document.strip().upper()),
        case_file_id=form.case_file_id, created_by=actor.username)
    session.add(entry)
    session.flush()
    record(session, actor, "create", "authenticated_copy", entry.id, {
        "registro": [None, log_number(entry)], "fedatario": [None, officer.full_name],
        "documento": [None, f"{entry.document} ({entry.folios} folios)"],
        "solicitante": [None, f"{entry.requester_name} ({entry.requester_document})"]})
    return entry.id


def log_number(entry: AuthenticatedCopy) -> str:
    return f"{entry.number:04d}-{entry.year}"


@dataclass(frozen=True)
class CopyView:
    id: int
    number: str
    at: dt.datetime
    officer: str
    registration: str
    document: str
    folios: int
    requester: str


def log_of_year(session: Session, actor: Actor, year: int) -> list[CopyView]:
    require(actor, Permission.VIEW, session)
    rows = session.execute(select(AuthenticatedCopy, CertifyingOfficer).join(
        CertifyingOfficer, CertifyingOfficer.id == AuthenticatedCopy.officer_id).where(
        AuthenticatedCopy.year == year).order_by(AuthenticatedCopy.number)).all()
    return [CopyView(e.id, log_number(e), e.authenticated_at, o.full_name, o.registration,
                     e.document, e.folios, f"{e.requester_name} ({e.requester_document})")
            for e, o in rows]


def copy_view(session: Session, actor: Actor, entry_id: int) -> CopyView:
    require(actor, Permission.VIEW, session)
    row = session.execute(select(AuthenticatedCopy, CertifyingOfficer).join(
        CertifyingOfficer, CertifyingOfficer.id == AuthenticatedCopy.officer_id).where(
        AuthenticatedCopy.id == entry_id)).first()
    if row is None:
        raise DomainError("El registro de autenticación ya no existe.")
    e, o = row
    return CopyView(e.id, log_number(e), e.authenticated_at, o.full_name, o.registration,
                    e.document, e.folios, f"{e.requester_name} ({e.requester_document})")

