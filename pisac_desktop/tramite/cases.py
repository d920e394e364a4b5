"""The routing of a case file (registered at the desk: tramite/intake.py): received by a unit,
derived to another with an instruction and a deadline, answered, archived. Every act is
audited; nothing is deleted.

- The number is taken in the transaction that registers (core/numbering.py): two desks
  registering at the same instant get two consecutive numbers; none repeats, none vanishes.
- A unit acts only on what is in its bandeja: a user works the case files of the units they
  belong to (user_unit); receiving is an explicit act, and only what was received can be
  derived, answered or archived.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Permission, PermissionDenied, require
from pisac_desktop.core.validators import REASON_MAX, text_errors
from pisac_desktop.db.models import CaseFile, CaseStep, InstrumentKind, OrgUnit, User, UserUnit
from pisac_desktop.db.models.tramite import ANNULLED, ANSWERED, ARCHIVED
from pisac_desktop.db.write_lock import get_for_update, writes
from pisac_desktop.tramite.attachments import NewAttachment, attach
from pisac_desktop.tramite.deadlines import MAX_DEADLINE_DAYS, due_after

CASE_KIND = "CASE_FILE"  # its numbering series in number_sequence
CASE_TITLE = "EXPEDIENTE"
CASE_FORMAT = "EXP. N° {anio}-{numero:06d}"
MAX_FOLIOS = 9999
DESK_UNIT_CODE = "RECORDS_OFFICE"  # Trámite Documentario y Archivo Central: the desk

# What closed a stay in a unit (CaseStep.outcome).
REFERRED, ANSWERED_STEP, ARCHIVED_STEP, ANNULLED_STEP = (
    "referred", "answered", "archived", "annulled")


def ensure_case_kind(session: Session) -> None:
    """The case files' numbering series (a numbering kind of its own, never listed among the
    documents), created with the first case file."""
    if session.get(InstrumentKind, CASE_KIND) is None:
        session.add(InstrumentKind(
            code=CASE_KIND, title=CASE_TITLE, plural="Expedientes", short="EXP",
            number_format=CASE_FORMAT, signer_post="GENERAL_SECRETARY", issuer="", closing="",
            must_publish=False, module="tramite", style="case_file", template_whereas="[]",
            template_legal_basis="", position=120))
        session.flush()


def clean_text(text: str) -> str:
    return " ".join((text or "").split())


def wall_now(session: Session) -> dt.datetime:
    """The office's wall-clock time, as printed on the cargo and the hoja de ruta."""
    return clock_of(session).now().replace(tzinfo=None, microsecond=0)


def unit_name(session: Session, unit_id: int | None) -> str:
    if unit_id is None:
        return "Mesa de Partes"
    return session.scalar(select(OrgUnit.name).where(OrgUnit.id == unit_id)) or "—"


# ----------------------------------------------------------------------------------------------
# Who may act where


def units_of(session: Session, actor: Actor) -> list[int]:
    """The units the actor works in (their bandejas)."""
    if actor.user_id is None:
        return []
    return list(session.scalars(select(UserUnit.unit_id).where(UserUnit.user_id == actor.user_id)
                                .order_by(UserUnit.unit_id)))


@dataclass(frozen=True)
class UnitOption:
    """A unit a user may be placed in (Configuración > Usuarios)."""

    id: int
    name: str
    active: bool


def unit_options(session: Session) -> list[UnitOption]:
    """Every unit, active first in the organisation's order (an inactive one still shows when a
    user is in it, so that the administrator can take them out)."""
    rows = session.execute(select(OrgUnit.id, OrgUnit.name, OrgUnit.active)
                           .order_by(OrgUnit.active.desc(), OrgUnit.position, OrgUnit.name))
    return [UnitOption(*row) for row in rows]


def user_unit_ids(session: Session, user_id: int) -> list[int]:
    return list(session.scalars(select(UserUnit.unit_id).where(UserUnit.user_id == user_id)
                                .order_by(UserUnit.unit_id)))


def unit_names_by_user(session: Session) -> dict[int, str]:
    """'Secretaría General, Gerencia Municipal' per user id, for the list of accounts."""
    names: dict[int, list[str]] = {}
    rows = session.execute(select(UserUnit.user_id, OrgUnit.name)
                           .join(OrgUnit, OrgUnit.id == UserUnit.unit_id)
                           .order_by(UserUnit.user_id, OrgUnit.position, OrgUnit.name))
    for user_id, name in rows:
        names.setdefault(user_id, []).append(name)
    return {user_id: ", ".join(n) for user_id, n in names.items()}


def may_act_in(session: Session, actor: Actor, unit_id: int) -> bool:
    return actor.is_system or unit_id in units_of(session, actor)


def require_unit(session: Session, actor: Actor, unit_id: int) -> None:
    require(actor, Permission.CASE_FILES, session)
    if not may_act_in(session, actor, unit_id):
        raise PermissionDenied(f"{actor.full_name or actor.username} no trabaja en "
                               f"{unit_name(session, unit_id)}: solo esa unidad atiende lo "
                               "que está en su bandeja.")


@writes
def set_user_units(session: Session, actor: Actor, user_id: int,
                   unit_ids: Iterable[int]) -> None:
    """The units a user works in (administrator)."""
    require(actor, Permission.MANAGE_USERS, session)
    user = get_for_update(session, User, user_id)
    if user is None:
        raise DomainError("El usuario ya no existe.")
    wanted = sorted(set(unit_ids))
    for unit_id in wanted:
        if session.get(OrgUnit, unit_id) is None:
            raise DomainError("Una de las unidades orgánicas ya no existe.")
    before = sorted(session.scalars(select(UserUnit.unit_id).where(UserUnit.user_id == user_id)))
    if before == wanted:
        return
    session.execute(delete(UserUnit).where(UserUnit.user_id == user_id))
    session.add_all(UserUnit(user_id=user_id, unit_id=u) for u in wanted)
    session.flush()
    record(session, actor, "update", "user", user_id,
           {"unidades": [", ".join(unit_name(session, u) for u in before) or None,
                         ", ".join(unit_name(session, u) for u in wanted) or None]})


# ----------------------------------------------------------------------------------------------
# Acts on a case file


def case_for_update(session: Session, case_id: int) -> CaseFile:
    case = get_for_update(session, CaseFile, case_id)
    if case is None:
        raise DomainError("El expediente ya no existe.")
    return case


def open_step(session: Session, case_id: int) -> CaseStep | None:
    """The stay the case file is in now (None once closed)."""
    return session.scalar(select(CaseStep).where(CaseStep.case_file_id == case_id,
                                                 CaseStep.closed_at.is_(None))
                          .order_by(CaseStep.position.desc()))


def held_step(session: Session, actor: Actor, case: CaseFile,
               must_be_received: bool = True) -> CaseStep:
    if case.state == ANNULLED:
        raise DomainError(f"El {case.number_text} está anulado.")
    if case.state == ARCHIVED:
        raise DomainError(f"El {case.number_text} ya está archivado.")
    if case.state == ANSWERED:
        raise DomainError(f"El {case.number_text} ya fue atendido: solo queda archivarlo.")
    step = open_step(session, case.id)
    if step is None:
        raise DomainError(f"El {case.number_text} no está en ninguna bandeja.")
    if not may_act_in(session, actor, step.to_unit_id) and step.position > 1:
        before = session.scalar(select(CaseStep).where(CaseStep.case_file_id == case.id,
                                                       CaseStep.position == step.position - 1))
        if before is not None and may_act_in(session, actor, before.to_unit_id):
            here, there = unit_name(session, before.to_unit_id), unit_name(session,
                                                                           step.to_unit_id)
            raise DomainError(f"El {case.number_text} ya salió de {here}: {step.sent_by} lo "
                              f"derivó a {there} el {step.sent_at:%d/%m/%Y a las %H:%M}.")
    require_unit(session, actor, step.to_unit_id)
    if must_be_received and step.received_at is None:
        came = ""
        if step.position > 1:  # perhaps derived here a moment ago, from another desk
            came = (f" (llegó a {unit_name(session, step.to_unit_id)} derivado por "
                    f"{step.sent_by} el {step.sent_at:%d/%m/%Y a las %H:%M})")
        raise DomainError(f"Reciba primero el {case.number_text}{came}: solo se deriva, "
                          "responde o archiva lo que la unidad recibió.")
    return step


@writes
def receive(session: Session, actor: Actor, case_id: int) -> None:
    """The unit takes the case file into its hands (who, when). Receiving twice (a double click,
    two clerks) is refused with who received it."""
    case = case_for_update(session, case_id)
    step = held_step(session, actor, case, must_be_received=False)
    if step.received_at is not None:
        raise DomainError(f"El {case.number_text} ya fue recibido por {step.received_by} el "
                          f"{step.received_at:%d/%m/%Y a las %H:%M}.")
    step.received_by = actor.username
    step.received_at = wall_now(session)
    session.flush()
    record(session, actor, "receive", "case_file", case.id,
           {"recibido en": [None, unit_name(session, step.to_unit_id)]})


@dataclass
class ReferralForm:
    unit_id: int | None = None
    instruction: str = ""  # the proveído: "Para informe técnico", ...
    folios: int = 0  # 0: as many as it came with
    deadline_days: int = 0  # for this unit's part (0: none)


@writes
def refer(session: Session, actor: Actor, case_id: int, form: ReferralForm,
          attachments: Iterable[NewAttachment] = ()) -> int:
    """Derive the case file to another unit with an instruction (proveído), its folios and a
    deadline; the stay in this unit closes. Returns the new step's id."""
    case = case_for_update(session, case_id)
    step = held_step(session, actor, case)
    errors = []
    unit = session.get(OrgUnit, form.unit_id) if form.unit_id else None
    if unit is None or not unit.active:
        errors.append(FieldError("unit_id", "Elija la unidad a la que deriva."))
    elif unit.id == step.to_unit_id:
        errors.append(FieldError("unit_id", "El expediente ya está en esa unidad."))
    errors += text_errors("instruction", form.instruction, REASON_MAX, "El proveído",
                          "Escriba el proveído: qué debe hacer la unidad (por ejemplo, «Para "
                          "informe técnico»).")
    folios = form.folios or step.folios
    if not 1 <= folios <= MAX_FOLIOS:
        errors.append(FieldError("folios", "Escriba cuántos folios van, de 1 a 9999."))
    if not 0 <= form.deadline_days <= MAX_DEADLINE_DAYS:
        errors.append(FieldError("deadline_days", "El plazo es de 0 (sin plazo) a 30 días "
                                                  "hábiles."))
    if errors:
        raise ValidationFailed(errors)
    now = wall_now(session)
    step.closed_at, step.outcome = now, REFERRED
    calendar = BusinessCalendar.load(session)
    new = CaseStep(case_file_id=case.id, position=step.position + 1,
                   from_unit_id=step.to_unit_id, to_unit_id=unit.id,
                   instruction=form.instruction.strip(), folios=folios,
                   due_on=due_after(calendar, now.date(), form.deadline_days),
                   sent_by=actor.username, sent_at=now)
    session.add(new)
    case.unit_id = unit.id
    session.flush()
    files = attach(session, actor, case, attachments, new.id)
    changes = {"derivado a": [unit_name(session, step.to_unit_id), unit.name],
               "proveído": [None, new.instruction], "folios": [None, folios]}
    if new.due_on:
        changes["plazo"] = [None, f"{new.due_on:%d/%m/%Y}"]
    if files:
        changes["archivos"] = [None, "; ".join(files)]
    record(session, actor, "refer", "case_file", case.id, changes)
    return new.id


def _close(session: Session, actor: Actor, case_id: int, note: str, state: str,
           outcome: str, action: str, what: str) -> None:
    case = case_for_update(session, case_id)
    if state == ARCHIVED and case.state == ANSWERED:
        step = session.scalar(select(CaseStep).where(CaseStep.case_file_id == case.id)
                              .order_by(CaseStep.position.desc()))
        require_unit(session, actor, step.to_unit_id)
    else:
        step = held_step(session, actor, case)
    if errors := text_errors("note", note, REASON_MAX, "El texto", f"Escriba {what}."):
        raise ValidationFailed(errors)
    now = wall_now(session)
    if step.closed_at is None:
        step.closed_at, step.outcome = now, outcome
    before = case.state
    case.state, case.closed_at = state, now
    case.closing_note = "\n".join(filter(None, (case.closing_note, note.strip())))
    session.flush()
    record(session, actor, action, "case_file", case.id,
           {"estado": [before, state], "nota": [None, note.strip()]})


@writes
def answer(session: Session, actor: Actor, case_id: int, note: str) -> None:
    """The unit answered the filer (the note says how: 'Oficio N° 045-2026-SG-MDP, notificado el
    …'); the case file waits to be archived."""
    _close(session, actor, case_id, note, ANSWERED, ANSWERED_STEP, "answer",
           "cómo se atendió (por ejemplo, el oficio con que se respondió)")


@writes
def archive(session: Session, actor: Actor, case_id: int, note: str) -> None:
    """Archive in the unit's archivo de gestión (answered, or closed without an answer: held as
    not filed after the period to complete requirements, withdrawn, accumulated, …)."""
    _close(session, actor, case_id, note, ARCHIVED, ARCHIVED_STEP, "archive",
           "por qué se archiva")


