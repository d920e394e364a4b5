"""The TUPA (Texto Único de Procedimientos Administrativos) as the desk and the units use it:
each procedure's code, name, requirements, fee, deadline in business days, silence rule, the
unit in charge, who resolves and who hears the appeal.

A new database gets a handful of typical district procedures marked as examples: the office
replaces them with its own TUPA (they are edited or deactivated, never deleted: case files name
them)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pisac_desktop.core.audit import diff, record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import LINE_MAX, REASON_MAX, length_error
from pisac_desktop.db.models import AppMeta, OrgUnit, Procedure
from pisac_desktop.db.models.tramite import AUTOMATIC, SILENCE_NEGATIVE, SILENCE_POSITIVE
from pisac_desktop.db.write_lock import get_for_update, writes
from pisac_desktop.spanish.money import soles
from pisac_desktop.tramite.deadlines import MAX_DEADLINE_DAYS, SILENCE_LABELS

SEEDED_KEY = "tupa_examples_seeded"
CODE_MAX, NAME_MAX = 20, 300
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-/ ]*", re.ASCII)

# (code, name, requirements, fee in cents, business days, silence, unit code, resolves, appeal)
EXAMPLES: tuple[tuple[str, str, str, int, int, str, str, str, str], ...] = (
    ("EJ-01", "Acceso a la información pública que posea o produzca la municipalidad",
     "Solicitud con nombre, DNI, domicilio y la información que se pide\n"
     "Pago del costo de reproducción, cuando corresponda",
     0, 10, SILENCE_NEGATIVE, "GENERAL_SECRETARIAT",
     "Funcionario responsable de entregar la información",
     "Tribunal de Transparencia y Acceso a la Información Pública"),
    ("EJ-02", "Licencia de funcionamiento para establecimientos de riesgo bajo o medio",
     "Solicitud con carácter de declaración jurada\n"
     "Copia de la vigencia de poder del representante, cuando es persona jurídica\n"
     "Declaración jurada de cumplimiento de las condiciones de seguridad\n"
     "Pago de la tasa",
     9500, 4, SILENCE_POSITIVE, "ECONOMIC_DEVELOPMENT",
     "Gerente de Desarrollo Económico", "Gerencia Municipal"),
    ("EJ-03", "Autorización para espectáculos públicos no deportivos",
     "Solicitud con los datos del evento, lugar, fecha y aforo\n"
     "Pago de la tasa",
     6000, 5, SILENCE_POSITIVE, "ECONOMIC_DEVELOPMENT",
     "Gerente de Desarrollo Económico", "Gerencia Municipal"),
    ("EJ-04", "Licencia de edificación, modalidad A",
     "Formulario Único de Edificación (FUE) por triplicado\n"
     "Documento que acredite el derecho a edificar\n"
     "Planos de ubicación y de arquitectura\n"
     "Pago de la tasa",
     12000, 0, AUTOMATIC, "URBAN_RURAL_DEVELOPMENT",
     "Gerente de Desarrollo Urbano y Rural", "Gerencia Municipal"),
    ("EJ-05", "Certificado de posesión para servicios básicos",
     "Solicitud\nCopia del plano de ubicación del predio\nDeclaración jurada de posesión\n"
     "Pago de la tasa",
     3000, 10, SILENCE_NEGATIVE, "URBAN_RURAL_DEVELOPMENT",
     "Gerente de Desarrollo Urbano y Rural", "Gerencia Municipal"),
    ("EJ-06", "Copia certificada de documentos que obran en el archivo",
     "Solicitud con la identificación del documento\nPago de la tasa por folio",
     200, 5, SILENCE_POSITIVE, "GENERAL_SECRETARIAT",
     "Secretario General", "Alcaldía"),
    ("EJ-07", "Recurso de apelación",
     "Escrito firmado por el administrado o su abogado que identifique el acto impugnado",
     0, 30, SILENCE_NEGATIVE, "MUNICIPAL_MANAGEMENT",
     "Gerente Municipal (superior jerárquico)", "Agota la vía administrativa"),
)


@dataclass(frozen=True)
class ProcedureRow:
    id: int
    code: str
    name: str
    requirements: tuple[str, ...]
    fee_cents: int
    deadline_days: int
    silence: str
    unit_id: int | None
    unit_name: str
    resolved_by: str
    appeal_to: str
    example: bool
    active: bool

    @property
    def silence_label(self) -> str:
        return SILENCE_LABELS.get(self.silence, self.silence)

    @property
    def fee_text(self) -> str:
        return fee_text(self.fee_cents)

    @property
    def label(self) -> str:
        """'EJ-02 Licencia de funcionamiento…' for pick lists."""
        return f"{self.code} {self.name}"


def fee_text(cents: int) -> str:
    """'S/ 95.00'; 'Gratuito' when 0 (the form Peru prints amounts in)."""
    return soles(cents) if cents else "Gratuito"


def parse_fee(text: str) -> int:
    """'95', '95.00', '95,50', 'S/ 1 200.00' → cents. Raises ValueError."""
    cleaned = text.strip().upper().removeprefix("S/").strip().replace(" ", "")
    if not cleaned:
        return 0
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if value < 0 or value != value.quantize(Decimal("0.01")) or value > 1_000_000:
        raise ValueError(text)
    return int(value * 100)


def _row(p: Procedure, units: dict[int, str]) -> ProcedureRow:
    return ProcedureRow(p.id, p.code, p.name,
                        tuple(line for line in p.requirements.splitlines() if line.strip()),
                        p.fee_cents, p.deadline_days, p.silence, p.unit_id,
                        units.get(p.unit_id, "") if p.unit_id else "", p.resolved_by,
                        p.appeal_to, p.example, p.active)


def procedures(session: Session, active_only: bool = False) -> list[ProcedureRow]:
    units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
    query = select(Procedure).order_by(Procedure.code)
    if active_only:
        query = query.where(Procedure.active.is_(True))
    return [_row(p, units) for p in session.scalars(query)]


def procedure(session: Session, procedure_id: int) -> ProcedureRow | None:
    p = session.get(Procedure, procedure_id)
    if p is None:
        return None
    units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
    return _row(p, units)


@dataclass
class ProcedureForm:
    code: str = ""
    name: str = ""
    requirements: str = ""  # one per line
    fee: str = ""  # as typed: '95.00'
    deadline_days: int = 0
    silence: str = SILENCE_NEGATIVE
    unit_id: int | None = None
    resolved_by: str = ""
    appeal_to: str = ""
    active: bool = True


def _errors(session: Session, form: ProcedureForm, procedure_id: int | None) -> list[FieldError]:
    errors = []
    code = form.code.strip()
    if not code:
        errors.append(FieldError("code", "Escriba el código del procedimiento en el TUPA."))
    elif len(code) > CODE_MAX or not _CODE.fullmatch(code):
        errors.append(FieldError("code", f"El código tiene hasta {CODE_MAX} letras, dígitos, "
                                         "puntos o guiones (por ejemplo, PA-05)."))
    elif session.scalar(select(Procedure.id).where(Procedure.code == code,
                                                   Procedure.id != (procedure_id or 0))):
        errors.append(FieldError("code", f"Ya hay un procedimiento con el código {code}."))
    if not form.name.strip():
        errors.append(FieldError("name", "Escriba el nombre del procedimiento."))
    elif message := length_error(form.name, NAME_MAX, "El nombre"):
        errors.append(FieldError("name", message))
    if message := length_error(form.requirements, REASON_MAX, "La lista de requisitos"):
        errors.append(FieldError("requirements", message))
    try:
        parse_fee(form.fee)
    except ValueError:
        errors.append(FieldError("fee", "Escriba el derecho de trámite en soles, con dos "
                                        "decimales como máximo (por ejemplo, 95.00)."))
    if form.silence not in SILENCE_LABELS:
        errors.append(FieldError("silence", "Elija la calificación del procedimiento."))
    elif form.silence == AUTOMATIC:
        if form.deadline_days:
            errors.append(FieldError("deadline_days", "Un procedimiento de aprobación "
                                                      "automática no tiene plazo: déjelo en 0."))
    elif not 1 <= form.deadline_days <= MAX_DEADLINE_DAYS:
        errors.append(FieldError("deadline_days", "El plazo es de 1 a 30 días hábiles (art. "
                                                  "39 del TUO de la Ley N° 27444)."))
    if form.unit_id is not None and session.get(OrgUnit, form.unit_id) is None:
        errors.append(FieldError("unit_id", "La unidad orgánica ya no existe."))
    for field, value in (("resolved_by", form.resolved_by), ("appeal_to", form.appeal_to)):
        if message := length_error(value, LINE_MAX, "El texto"):
            errors.append(FieldError(field, message))
    return errors


def _snapshot(p: Procedure) -> dict:
    return {"código": p.code, "nombre": p.name, "requisitos": p.requirements,
            "derecho de trámite": fee_text(p.fee_cents), "plazo (días hábiles)": p.deadline_days,
            "calificación": SILENCE_LABELS.get(p.silence, p.silence), "unidad": p.unit_id,
            "resuelve": p.resolved_by, "apelación": p.appeal_to, "vigente": p.active}


@writes
def save_procedure(session: Session, actor: Actor, form: ProcedureForm,
                   procedure_id: int | None = None) -> int:
    """Add or correct a procedure of the TUPA. Raises ValidationFailed."""
    require(actor, Permission.EDIT_TUPA, session)
    if procedure_id is None:
        row, before = Procedure(example=False), {}
    else:
        row = get_for_update(session, Procedure, procedure_id)
        if row is None:
            raise DomainError("El procedimiento ya no existe.")
        before = _snapshot(row)
    errors = _errors(session, form, procedure_id)
    if errors:
        raise ValidationFailed(errors)
    row.code = form.code.strip()
    row.name = " ".join(form.name.split())
    row.requirements = "\n".join(" ".join(line.split()) for line in
                                 form.requirements.splitlines() if line.strip())
    row.fee_cents = parse_fee(form.fee)
    row.deadline_days = 0 if form.silence == AUTOMATIC else form.deadline_days
    row.silence = form.silence
    row.unit_id = form.unit_id
    row.resolved_by = " ".join(form.resolved_by.split())
    row.appeal_to = " ".join(form.appeal_to.split())
    row.active = bool(form.active)
    if procedure_id is None:
        session.add(row)
    try:
        session.flush()
    except IntegrityError as exc:  # another workstation took the code in between
        raise ValidationFailed([FieldError("code", f"Ya hay un procedimiento con el código "
                                                   f"{row.code}.")]) from exc
    changes = diff(before, _snapshot(row))
    if changes:
        record(session, actor, "create" if procedure_id is None else "update",
               "tupa_procedure", row.id, changes)
    return row.id


def ensure_example_procedures(session: Session) -> None:
    """Seed the example procedures once (a marker remembers it, so procedures the office
    replaced are not seeded again)."""
    if session.get(AppMeta, SEEDED_KEY) is not None:
        return
    units = dict(session.execute(select(OrgUnit.code, OrgUnit.id)
                                 .where(OrgUnit.code.is_not(None))).all())
    have = set(session.scalars(select(Procedure.code)))
    for code, name, requirements, fee, days, silence, unit, resolves, appeal in EXAMPLES:
        if code not in have:
            session.add(Procedure(code=code, name=name, requirements=requirements,
                                  fee_cents=fee, deadline_days=days, silence=silence,
                                  unit_id=units.get(unit), resolved_by=resolves,
                                  appeal_to=appeal, example=True, active=True))
    session.add(AppMeta(key=SEEDED_KEY, value="1"))
    session.flush()


def procedure_form(session: Session, procedure_id: int) -> ProcedureForm:
    """What is stored, as the edit dialog shows it."""
    p = session.get(Procedure, procedure_id)
    if p is None:
        raise DomainError("El procedimiento ya no existe.")
    fee = "" if not p.fee_cents else f"{p.fee_cents // 100}.{p.fee_cents % 100:02d}"
    return ProcedureForm(p.code, p.name, p.requirements, fee, p.deadline_days, p.silence,
                         p.unit_id, p.resolved_by, p.appeal_to, p.active)
