"""The Archivo Central (ROF art. 57): closed case files stay in their unit's archivo de gestión
until a yearly transfer, prepared by the unit by documentary series with its inventario de
transferencia (order, box, case file, extreme dates, folios), printed for the signatures of who
delivers and who receives, as the Archivo General de la Nación's rules for transfers ask. The
archive receives it and records the shelf; it lends a case file out and back (who, when, until
when), and tells where any case file is.

Rules: only archived case files of the unit, each in one transfer only; numbers of transfers per
year never repeat (an atomic counter, like every number of the app); a case file lent out is
lent once at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import get_institution
from pisac_desktop.core.numbering import take_next
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import LINE_MAX, REASON_MAX, text_errors
from pisac_desktop.db.models import (
    ArchiveItem,
    ArchiveLoan,
    ArchiveTransfer,
    CaseFile,
    OrgUnit,
    UnitNumberSequence,
)
from pisac_desktop.db.models.tramite import ARCHIVED, TRANSFER_PREPARED, TRANSFER_RECEIVED
from pisac_desktop.db.write_lock import get_for_update, writes
from pisac_desktop.tramite.cases import DESK_UNIT_CODE, require_unit, unit_name, wall_now

TRANSFER_KIND = "TRANSFER"  # the archive's counter of transfers (unit_number_sequence)
MAX_BOX = 9999


def archive_unit_id(session: Session) -> int:
    unit = session.scalar(select(OrgUnit.id).where(OrgUnit.code == DESK_UNIT_CODE))
    if unit is None:
        raise DomainError("No existe la unidad de Trámite Documentario y Archivo Central: "
                          "restablézcala en Configuración.")
    return unit


@dataclass
class TransferForm:
    unit_id: int | None = None
    series: str = ""  # 'Expedientes de licencias de funcionamiento'
    case_ids: Sequence[int] = ()
    boxes: Sequence[int] = ()  # one per case file, in the same order
    notes: str = ""


def transferable(session: Session, actor: Actor, unit_id: int,
                 year: int | None = None) -> list[int]:
    """The archived case files of the unit not yet transferred (of a year, when given)."""
    require(actor, Permission.VIEW, session)
    query = (select(CaseFile.id).where(CaseFile.unit_id == unit_id, CaseFile.state == ARCHIVED)
             .where(~select(ArchiveItem.case_file_id).where(
                 ArchiveItem.case_file_id == CaseFile.id).exists())
             .order_by(CaseFile.year, CaseFile.number))
    if year is not None:
        query = query.where(CaseFile.year == year)
    return list(session.scalars(query))


@writes
def prepare_transfer(session: Session, actor: Actor, form: TransferForm) -> int:
    """The unit's transfer of archived case files, numbered now. Raises ValidationFailed."""
    unit = session.get(OrgUnit, form.unit_id) if form.unit_id else None
    if unit is None:
        raise DomainError("Elija la unidad que transfiere.")
    require_unit(session, actor, unit.id)
    errors = text_errors("series", form.series, LINE_MAX, "La serie documental",
                         "Escriba la serie documental (por ejemplo, «Expedientes de licencias "
                         "de funcionamiento»).")
    errors += text_errors("notes", form.notes, REASON_MAX, "Las observaciones")
    ids = list(form.case_ids)
    boxes = list(form.boxes) or [1] * len(ids)
    if not ids:
        errors.append(FieldError("case_ids", "Elija los expedientes que se transfieren."))
    elif len(boxes) != len(ids) or any(not 1 <= b <= MAX_BOX for b in boxes):
        errors.append(FieldError("boxes", "Indique la caja de cada expediente (1 a 9999)."))
    elif len(set(ids)) != len(ids):
        errors.append(FieldError("case_ids", "Un expediente figura dos veces."))
    if errors:
        raise ValidationFailed(errors)
    allowed = set(transferable(session, actor, unit.id))
    wrong = [i for i in ids if i not in allowed]
    if wrong:
        numbers = ", ".join(session.scalars(select(CaseFile.number_text)
                                            .where(CaseFile.id.in_(wrong[:5]))))
        raise DomainError(f"No se pueden transferir: {numbers}. Solo se transfieren los "
                          f"expedientes archivados de {unit.name} que no figuran en otra "
                          "transferencia.")
    now = wall_now(session)
    number = take_next(session, UnitNumberSequence, {"unit_id": archive_unit_id(session),
                                                     "kind": TRANSFER_KIND, "year": now.year})
    transfer = ArchiveTransfer(
        year=now.year, number=number,
        number_text=f"TRANSFERENCIA N° {number:03d}-{now.year}-{unit.abbreviation or 'U'}-"
                    f"{get_institution(session).initials}",
        unit_id=unit.id, series=" ".join(form.series.split()), state=TRANSFER_PREPARED,
        prepared_by=actor.username, prepared_at=now, notes=form.notes.strip())
    session.add(transfer)
    session.flush()
    session.add_all(ArchiveItem(case_file_id=c, transfer_id=transfer.id, position=i + 1, box=b)
                    for i, (c, b) in enumerate(zip(ids, boxes, strict=True)))
    session.flush()
    record(session, actor, "create", "archive_transfer", transfer.id,
           {"transferencia": [None, transfer.number_text], "serie": [None, transfer.series],
            "expedientes": [None, len(ids)], "cajas": [None, len(set(boxes))]})
    return transfer.id


@writes
def receive_transfer(session: Session, actor: Actor, transfer_id: int, shelf: str) -> None:
    """The Archivo Central receives the boxes and records the shelf they stand on."""
    transfer = get_for_update(session, ArchiveTransfer, transfer_id)
    if transfer is None:
        raise DomainError("La transferencia ya no existe.")
    require_unit(session, actor, archive_unit_id(session))
    if transfer.state == TRANSFER_RECEIVED:
        raise DomainError(f"La {transfer.number_text} ya fue recibida por "
                          f"{transfer.received_by} el {transfer.received_at:%d/%m/%Y}.")
    if errors := text_errors("shelf", shelf, 60, "El estante",
                             "Indique el estante donde se guardan las cajas."):
        raise ValidationFailed(errors)
    transfer.state, transfer.shelf = TRANSFER_RECEIVED, " ".join(shelf.split())
    transfer.received_by, transfer.received_at = actor.username, wall_now(session)
    session.flush()
    record(session, actor, "receive", "archive_transfer", transfer.id,
           {"estado": [TRANSFER_PREPARED, TRANSFER_RECEIVED], "estante": [None, transfer.shelf]})


@dataclass
class LoanForm:
    borrower: str = ""
    purpose: str = ""
    due_on: dt.date | None = None


def open_loan(session: Session, case_id: int) -> ArchiveLoan | None:
    return session.scalar(select(ArchiveLoan).where(ArchiveLoan.case_file_id == case_id,
                                                    ArchiveLoan.returned_at.is_(None)))


@writes
def lend(session: Session, actor: Actor, case_id: int, form: LoanForm) -> int:
    """Lend a case file of the Archivo Central (received there) to someone, until a date."""
    case = get_for_update(session, CaseFile, case_id)
    if case is None:
        raise DomainError("El expediente ya no existe.")
    require_unit(session, actor, archive_unit_id(session))
    item = session.get(ArchiveItem, case_id)
    transfer = session.get(ArchiveTransfer, item.transfer_id) if item else None
    if transfer is None or transfer.state != TRANSFER_RECEIVED:
        raise DomainError(f"El {case.number_text} no está en el Archivo Central.")
    if (loan := open_loan(session, case_id)) is not None:
        raise DomainError(f"El {case.number_text} está prestado a {loan.borrower} desde el "
                          f"{loan.lent_at:%d/%m/%Y}.")
    today = clock_of(session).today()
    errors = text_errors("borrower", form.borrower, LINE_MAX, "El nombre",
                         "Escriba quién lo recibe (nombre y unidad).")
    errors += text_errors("purpose", form.purpose, REASON_MAX, "El motivo")
    if form.due_on is None or form.due_on < today:
        errors.append(FieldError("due_on", "Indique hasta cuándo (hoy o después)."))
    if errors:
        raise ValidationFailed(errors)
    loan = ArchiveLoan(case_file_id=case_id, borrower=" ".join(form.borrower.split()),
                       purpose=form.purpose.strip(), lent_by=actor.username,
                       lent_at=wall_now(session), due_on=form.due_on)
    session.add(loan)
    session.flush()
    record(session, actor, "update", "case_file", case_id,
           {"préstamo": [None, f"a {loan.borrower} hasta el {form.due_on:%d/%m/%Y}"]})
    return loan.id


@writes
def give_back(session: Session, actor: Actor, case_id: int) -> None:
    require_unit(session, actor, archive_unit_id(session))
    loan = open_loan(session, case_id)
    case = session.get(CaseFile, case_id)
    if loan is None or case is None:
        raise DomainError("El expediente no está prestado.")
    loan = get_for_update(session, ArchiveLoan, loan.id)
    if loan.returned_at is not None:
        raise DomainError(f"El {case.number_text} ya fue devuelto.")
    loan.returned_at, loan.returned_to = wall_now(session), actor.username
    session.flush()
    record(session, actor, "update", "case_file", case_id,
           {"devolución": [None, f"de {loan.borrower}"]})


def location(session: Session, case_id: int) -> str:
    """Where the paper is: 'Archivo Central, estante B-3, caja 2 (TRANSFERENCIA N° …)', the
    unit's archivo de gestión, or who has it on loan."""
    case = session.get(CaseFile, case_id)
    if case is None:
        return ""
    item = session.get(ArchiveItem, case_id)
    if item is None:
        if case.state == ARCHIVED:
            return f"Archivo de gestión de {unit_name(session, case.unit_id)}."
        return f"En {unit_name(session, case.unit_id)}."
    transfer = session.get(ArchiveTransfer, item.transfer_id)
    if transfer.state != TRANSFER_RECEIVED:
        return (f"Caja {item.box} de la {transfer.number_text}, por entregar al Archivo "
                "Central.")
    where = f"Archivo Central, estante {transfer.shelf}, caja {item.box} ({transfer.number_text})"
    loan = open_loan(session, case_id)
    if loan is not None:
        late = " — plazo vencido" if loan.due_on < clock_of(session).today() else ""
        return f"{where}; prestado a {loan.borrower} hasta el {loan.due_on:%d/%m/%Y}{late}."
    return where + "."


@dataclass(frozen=True)
class InventoryLine:
    position: int
    box: int
    number_text: str
    subject: str
    filer: str
    first_date: dt.date
    last_date: dt.date
    folios: int


@dataclass(frozen=True)
class Inventory:
    number_text: str
    unit: str
    series: str
    prepared_by: str
    prepared_at: dt.datetime
    received_by: str
    received_at: dt.datetime | None
    shelf: str
    notes: str
    lines: tuple[InventoryLine, ...]

    @property
    def boxes(self) -> int:
        return len({line.box for line in self.lines})

    @property
    def folios(self) -> int:
        return sum(line.folios for line in self.lines)

    @property
    def extreme_dates(self) -> tuple[dt.date, dt.date] | None:
        if not self.lines:
            return None
        return (min(line.first_date for line in self.lines),
                max(line.last_date for line in self.lines))


def inventory(session: Session, actor: Actor, transfer_id: int) -> Inventory:
    require(actor, Permission.VIEW, session)
    t = session.get(ArchiveTransfer, transfer_id)
    if t is None:
        raise DomainError("La transferencia ya no existe.")
    from pisac_desktop.db.models import CaseStep

    last_folios = (select(CaseStep.folios).where(CaseStep.case_file_id == CaseFile.id)
                   .order_by(CaseStep.position.desc()).limit(1).scalar_subquery())
    rows = session.execute(
        select(ArchiveItem.position, ArchiveItem.box, CaseFile.number_text, CaseFile.subject,
               CaseFile.filer_name, CaseFile.received_at, CaseFile.closed_at,
               func.coalesce(last_folios, CaseFile.folios))
        .join(CaseFile, CaseFile.id == ArchiveItem.case_file_id)
        .where(ArchiveItem.transfer_id == t.id).order_by(ArchiveItem.position)).all()
    lines = tuple(InventoryLine(p, b, n, s, f, received.date(),
                                (closed or received).date(), folios)
                  for p, b, n, s, f, received, closed, folios in rows)
    return Inventory(t.number_text, unit_name(session, t.unit_id), t.series, t.prepared_by,
                     t.prepared_at, t.received_by or "", t.received_at, t.shelf, t.notes, lines)


# ----------------------------------------------------------------------------------------------
# What the Archivo Central screen shows


@dataclass(frozen=True)
class TransferRow:
    id: int
    number_text: str
    unit: str
    series: str
    cases: int
    boxes: int
    state: str  # 'Por recibir' | 'Recibida'
    shelf: str
    prepared_at: dt.datetime


def transfers(session: Session, actor: Actor, limit: int = 200) -> list[TransferRow]:
    require(actor, Permission.VIEW, session)
    counts = (select(ArchiveItem.transfer_id, func.count().label("cases"),
                     func.count(func.distinct(ArchiveItem.box)).label("boxes"))
              .group_by(ArchiveItem.transfer_id).subquery())
    rows = session.execute(
        select(ArchiveTransfer, counts.c.cases, counts.c.boxes)
        .join(counts, counts.c.transfer_id == ArchiveTransfer.id)
        .order_by(ArchiveTransfer.prepared_at.desc(), ArchiveTransfer.id.desc())
        .limit(limit)).all()
    return [TransferRow(t.id, t.number_text, unit_name(session, t.unit_id), t.series, n, boxes,
                        "Recibida" if t.state == TRANSFER_RECEIVED else "Por recibir", t.shelf,
                        t.prepared_at) for t, n, boxes in rows]


@dataclass(frozen=True)
class Transferable:
    id: int
    number_text: str
    subject: str
    received_at: dt.datetime
    closed_at: dt.datetime | None


def transferable_rows(session: Session, actor: Actor, unit_id: int) -> list[Transferable]:
    ids = transferable(session, actor, unit_id)
    rows = session.execute(select(CaseFile.id, CaseFile.number_text, CaseFile.subject,
                                  CaseFile.received_at, CaseFile.closed_at)
                           .where(CaseFile.id.in_(ids))
                           .order_by(CaseFile.year, CaseFile.number)).all() if ids else []
    return [Transferable(*row) for row in rows]


@dataclass(frozen=True)
class Located:
    case_id: int
    number_text: str
    where: str
    can_lend: bool
    can_return: bool


def locate(session: Session, actor: Actor, text: str) -> Located | None:
    """A case file found by its number ('2026-45', 'EXP. N° 2026-000045'), and where it is."""
    from pisac_desktop.tramite.views import find

    rows = [r for r in find(session, actor, text) if text.strip()]
    if len(rows) != 1:
        return None
    case_id = rows[0].id
    item = session.get(ArchiveItem, case_id)
    transfer = session.get(ArchiveTransfer, item.transfer_id) if item else None
    shelved = transfer is not None and transfer.state == TRANSFER_RECEIVED
    lent = open_loan(session, case_id) is not None
    return Located(case_id, rows[0].number_text, location(session, case_id),
                   shelved and not lent, lent)
