"""Instrumentos de gestión (ROF art. 32; Ley 27972 art. 9 num. 3 and 9 num. 12): the ROF, MOF,
CAP or CPE, TUPA, PEI, POI, PDLC and RIC, each version with the norm that approved it (from the
register, or as text when it is older than the app), its validity and its file kept with its
SHA-256. The app tells which are out of date by each one's own rule: a POI for every year (and
the next one approved before the year begins), the PEI and the PDLC for their period, the others
until a new version replaces them."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of, naive_utc_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import PendingItem
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import LINE_MAX, text_errors
from pisac_desktop.db.models import Instrument
from pisac_desktop.db.models.instruments import ISSUED
from pisac_desktop.db.models.management import ManagementInstrument
from pisac_desktop.db.write_lock import writes
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.tramite.attachments import ATTACHMENT_TYPES, NewAttachment, attachment_error

YEARLY, PERIOD, STANDING = "yearly", "period", "standing"


@dataclass(frozen=True)
class InstrumentKindRule:
    code: str
    name: str
    rule: str  # YEARLY: one per year; PERIOD: valid until a date; STANDING: until replaced
    approved_by: str  # the norm that usually approves it (a hint on the form)


KINDS = (
    InstrumentKindRule("ROF", "Reglamento de Organización y Funciones", STANDING,
                       "Ordenanza municipal"),
    InstrumentKindRule("MOF", "Manual de Organización y Funciones", STANDING,
                       "Resolución de alcaldía"),
    InstrumentKindRule("CAP", "Cuadro para Asignación de Personal provisional", STANDING,
                       "Ordenanza municipal"),
    InstrumentKindRule("CPE", "Cuadro de Puestos de la Entidad", STANDING,
                       "Resolución de alcaldía"),
    InstrumentKindRule("TUPA", "Texto Único de Procedimientos Administrativos", STANDING,
                       "Ordenanza municipal ratificada por la municipalidad provincial"),
    InstrumentKindRule("PEI", "Plan Estratégico Institucional", PERIOD,
                       "Resolución de alcaldía"),
    InstrumentKindRule("POI", "Plan Operativo Institucional", YEARLY, "Resolución de alcaldía"),
    InstrumentKindRule("PDLC", "Plan de Desarrollo Local Concertado", PERIOD,
                       "Ordenanza municipal"),
    InstrumentKindRule("RIC", "Reglamento Interno del Concejo", STANDING, "Ordenanza municipal"),
)
KIND_OF = {k.code: k for k in KINDS}
NEXT_POI_FROM_MONTH = 10  # from October the next year's POI is due (approved with the PIA)
PERIOD_WARNING_DAYS = 90  # a PEI or PDLC ending within 90 days is flagged


def _require_editor(session: Session, actor: Actor) -> None:
    if not (actor.can(Permission.FOLLOW_UP) or actor.can(Permission.EDIT_INSTITUTION)):
        require(actor, Permission.FOLLOW_UP, session)


@dataclass
class VersionForm:
    kind: str = ""
    title: str = ""  # "ROF aprobado por Ordenanza Municipal N° 005-2024-MDP/CM"
    approved_by_instrument_id: int | None = None
    approved_by_text: str = ""  # when the norm is not in the register
    approved_on: dt.date | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    notes: str = ""
    file: NewAttachment | None = None


def _errors(session: Session, form: VersionForm, today: dt.date) -> list[FieldError]:
    errors = []
    kind = KIND_OF.get(form.kind)
    if kind is None:
        errors.append(FieldError("kind", "Elija el instrumento."))
    errors += text_errors("title", form.title, LINE_MAX, "El nombre",
                          "Escriba el nombre de esta versión (por ejemplo, «ROF 2024»).")
    if form.approved_by_instrument_id is not None:
        norm = session.get(Instrument, form.approved_by_instrument_id)
        if norm is None or norm.state != ISSUED:
            errors.append(FieldError("approved_by_instrument_id",
                                     "La norma elegida no está emitida."))
    elif not " ".join(form.approved_by_text.split()):
        errors.append(FieldError("approved_by_text", "Elija la norma que lo aprobó en el "
                                                     "registro o escriba su número."))
    errors += text_errors("approved_by_text", form.approved_by_text, LINE_MAX, "La norma")
    if form.approved_on is None:
        errors.append(FieldError("approved_on", "Escriba la fecha de aprobación."))
    elif form.approved_on > today:
        errors.append(FieldError("approved_on", "La fecha de aprobación no puede ser futura."))
    if form.valid_from is None:
        errors.append(FieldError("valid_from", "Escriba desde cuándo rige."))
    if kind is not None and kind.rule == PERIOD and form.valid_until is None:
        errors.append(FieldError("valid_until", f"El {kind.code} rige por un periodo: escriba "
                                                "hasta cuándo."))
    if form.valid_until and form.valid_from and form.valid_until < form.valid_from:
        errors.append(FieldError("valid_until", "La fecha final es anterior a la inicial."))
    errors += text_errors("notes", form.notes, 2_000, "Las notas")
    if form.file is not None and (problem := attachment_error(form.file)):
        errors.append(FieldError("file", problem))
    return errors


@writes
def register_version(session: Session, actor: Actor, form: VersionForm) -> int:
    _require_editor(session, actor)
    if errors := _errors(session, form, clock_of(session).today()):
        raise ValidationFailed(errors)
    kind = KIND_OF[form.kind]
    valid_until = form.valid_until
    if kind.rule == YEARLY:  # a POI is the year's
        valid_until = dt.date(form.valid_from.year, 12, 31)
    file: dict = {}
    if form.file is not None:
        suffix = "." + form.file.file_name.rsplit(".", 1)[-1].lower()
        file = dict(file_name=form.file.file_name[-255:], media_type=ATTACHMENT_TYPES[suffix],
                    size=len(form.file.content), content=form.file.content,
                    sha256=hashlib.sha256(form.file.content).hexdigest())
    row = ManagementInstrument(
        kind=kind.code, title=" ".join(form.title.split()),
        approved_by_instrument_id=form.approved_by_instrument_id,
        approved_by_text=" ".join(form.approved_by_text.split()), approved_on=form.approved_on,
        valid_from=form.valid_from, valid_until=valid_until, notes=form.notes.strip(),
        created_by=actor.username, created_at=naive_utc_of(session), **file)
    session.add(row)
    session.flush()
    record(session, actor, "create", "management_instrument", row.id, {
        "instrumento": [None, kind.code], "versión": [None, row.title],
        "aprobado por": [None, _approval(session, row)],
        "vigencia": [None, _validity(row)],
        **({"archivo": [None, f"{row.file_name} (SHA-256 {row.sha256[:12]}…)"]} if file else {})})
    return row.id


def _approval(session: Session, row: ManagementInstrument) -> str:
    if row.approved_by_instrument_id is not None:
        return session.scalar(select(Instrument.number_text).where(
            Instrument.id == row.approved_by_instrument_id)) or ""
    return row.approved_by_text


def _validity(row: ManagementInstrument) -> str:
    return f"desde el {short_date(row.valid_from)}" + (
        f" hasta el {short_date(row.valid_until)}" if row.valid_until else "")


@dataclass(frozen=True)
class VersionView:
    id: int
    kind: str
    title: str
    approval: str
    approved_on: dt.date
    validity: str
    valid_from: dt.date
    valid_until: dt.date | None
    notes: str
    file_name: str


@dataclass(frozen=True)
class KindStatus:
    code: str
    name: str
    state: str  # "Vigente", "Vencido", "Sin registrar", "Por aprobar", "Por vencer"
    warning: str  # what to do, or ""
    current: VersionView | None
    versions: int

    @property
    def out_of_date(self) -> bool:
        return self.state in ("Vencido", "Sin registrar", "Por aprobar")


def _views(session: Session, rows) -> list[VersionView]:
    return [VersionView(r.id, r.kind, r.title, _approval(session, r), r.approved_on,
                        _validity(r), r.valid_from, r.valid_until, r.notes, r.file_name)
            for r in rows]


def versions_of(session: Session, actor: Actor, kind: str) -> list[VersionView]:
    """Every version of an instrument, newest first."""
    require(actor, Permission.VIEW, session)
    return _views(session, session.scalars(
        select(ManagementInstrument).where(ManagementInstrument.kind == kind)
        .order_by(ManagementInstrument.valid_from.desc(), ManagementInstrument.id.desc())))


def _status(kind: InstrumentKindRule, versions: list[VersionView], today: dt.date) -> KindStatus:
    current = next((v for v in versions if v.valid_from <= today and
                    (v.valid_until is None or today <= v.valid_until)), None)
    if kind.rule == YEARLY:
        if current is None:
            return KindStatus(kind.code, kind.name, "Sin registrar" if not versions else
                              "Vencido", f"Falta el {kind.code} {today.year}: regístrelo con la "
                              "resolución que lo aprobó.", None, len(versions))
        following = any(v.valid_from.year == today.year + 1 for v in versions)
        if today.month >= NEXT_POI_FROM_MONTH and not following:
            return KindStatus(kind.code, kind.name, "Por aprobar",
                              f"El {kind.code} {today.year + 1} debe aprobarse antes del 31 de "
                              "diciembre, con el presupuesto de apertura.", current,
                              len(versions))
        return KindStatus(kind.code, kind.name, "Vigente", "", current, len(versions))
    if current is None:
        if not versions:
            return KindStatus(kind.code, kind.name, "Sin registrar",
                              f"Registre el {kind.code} vigente y la norma que lo aprobó.", None,
                              0)
        last = versions[0]
        if last.valid_from > today:
            return KindStatus(kind.code, kind.name, "Por regir",
                              f"Rige desde el {short_date(last.valid_from)}.", None,
                              len(versions))
        return KindStatus(kind.code, kind.name, "Vencido",
                          f"Venció el {short_date(last.valid_until)}: registre el nuevo.", last,
                          len(versions))
    if current.valid_until is not None and \
            (current.valid_until - today).days <= PERIOD_WARNING_DAYS:
        return KindStatus(kind.code, kind.name, "Por vencer",
                          f"Vence el {short_date(current.valid_until)}: prepare el siguiente.",
                          current, len(versions))
    return KindStatus(kind.code, kind.name, "Vigente", "", current, len(versions))


def statuses(session: Session, actor: Actor) -> list[KindStatus]:
    """Each instrument with its version in force today and whether it is out of date."""
    require(actor, Permission.VIEW, session)
    return _statuses(session, clock_of(session).today())


def _statuses(session: Session, today: dt.date) -> list[KindStatus]:
    rows = session.scalars(select(ManagementInstrument).order_by(
        ManagementInstrument.valid_from.desc(), ManagementInstrument.id.desc())).all()
    by_kind: dict[str, list] = {}
    for view in _views(session, rows):
        by_kind.setdefault(view.kind, []).append(view)
    return [_status(k, by_kind.get(k.code, []), today) for k in KINDS]


@dataclass(frozen=True)
class StoredFile:
    file_name: str
    media_type: str
    content: bytes


def version_file(session: Session, actor: Actor, version_id: int) -> StoredFile:
    require(actor, Permission.VIEW, session)
    row = session.get(ManagementInstrument, version_id)
    if row is None or not row.file_name:
        raise DomainError("Esa versión no tiene un archivo guardado.")
    content = row.content or b""
    if hashlib.sha256(content).hexdigest() != row.sha256:
        raise DomainError(f"El archivo «{row.file_name}» no coincide con la huella con que se "
                          "guardó: fue alterado en la base de datos.")
    return StoredFile(row.file_name, row.media_type, content)


def governance_pending(session: Session, today: dt.date) -> list[PendingItem]:
    """The instruments out of date, for the Gerencia's Resumen (one line, naming them)."""
    late = [s for s in _statuses(session, today) if s.out_of_date]
    if not late:
        return []
    names = ", ".join(f"{s.code} ({s.state.lower()})" for s in late)
    return [PendingItem("Instrumento de gestión por actualizar" if len(late) == 1 else
                        "Instrumentos de gestión por actualizar", len(late), names)]
