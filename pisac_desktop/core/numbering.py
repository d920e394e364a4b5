"""Numeración correlativa: one atomic counter per (kind, year), a unique constraint behind it.

The number is taken inside the caller's transaction (the one that issues the document): the
UPDATE takes the database's write lock, so two workstations issuing at the same instant get
two consecutive numbers, and a rolled-back issue gives its number back (nothing was committed).
"""

from __future__ import annotations

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.db.models import Instrument, NumberSequence
from pisac_desktop.db.write_lock import insert_ignoring_conflict, writes


def take_next(session: Session, model: type, keys: dict, floor: int = 0) -> int:
    """The next number of a counter row (`model` with a `last_number` column, found by `keys`),
    reserved in the caller's transaction: the first number creates the row, even when two
    workstations do it at the same instant (this also takes the write lock on SQLite); the
    UPDATE ... RETURNING is atomic on both engines. Above `floor` too (a series numbered
    before its counter existed: the council's sessions)."""
    insert_ignoring_conflict(session, model, **keys, last_number=0)
    last = model.last_number
    return session.execute(
        update(model)
        .where(*(getattr(model, name) == value for name, value in keys.items()))
        .values(last_number=case((last < floor, floor), else_=last) + 1)
        .returning(model.last_number)
    ).scalar_one()


def take_number(session: Session, kind_code: str, year: int, floor: int = 0) -> int:
    """The next number of the kind in the year, reserved in the caller's transaction."""
    return take_next(session, NumberSequence, {"kind_code": kind_code, "year": year}, floor)


def give_back(session: Session, kind_code: str, year: int, number: int) -> None:
    """Return the series' last number, unused (a programmed session that changed kind or year
    before anything was printed with it); any other number stays given."""
    session.execute(
        update(NumberSequence)
        .where(NumberSequence.kind_code == kind_code, NumberSequence.year == year,
               NumberSequence.last_number == number)
        .values(last_number=number - 1)
    )


def last_issued(session: Session, kind_code: str, year: int) -> int:
    return session.scalar(
        select(func.max(Instrument.number))
        .where(Instrument.kind_code == kind_code, Instrument.year == year)
    ) or 0


def next_number(session: Session, kind_code: str, year: int) -> int:
    """What the next issue would get (for the confirmation dialog; not reserved)."""
    current = session.scalar(
        select(NumberSequence.last_number)
        .where(NumberSequence.kind_code == kind_code, NumberSequence.year == year)
    ) or 0
    return max(current, last_issued(session, kind_code, year)) + 1


@writes  # an issue at the same instant comes wholly before or after
def set_next_number(session: Session, actor: Actor, kind_code: str, year: int,
                    next_value: int) -> None:
    """Adopting the software mid-year: the next number to give (never at or below one issued,
    nor below what the counter already gave)."""
    require(actor, Permission.SET_NEXT_NUMBER, session)
    floor = max(last_issued(session, kind_code, year), session.scalar(
        select(NumberSequence.last_number)
        .where(NumberSequence.kind_code == kind_code, NumberSequence.year == year)
    ) or 0)
    if next_value <= floor:
        raise DomainError(
            f"El siguiente número debe ser mayor que {floor:03d}, el último ya dado en {year}: "
            "los números nunca se repiten."
        )
    row = session.get(NumberSequence, (kind_code, year), populate_existing=True)
    before = row.last_number if row else 0
    if row is None:
        session.add(NumberSequence(kind_code=kind_code, year=year, last_number=next_value - 1))
    else:
        row.last_number = next_value - 1
    record(session, actor, "settings_change", "number_sequence", f"{kind_code}/{year}",
           {"siguiente número": [before + 1, next_value]})


def raise_to(session: Session, kind_code: str, year: int, number: int) -> tuple[int, int]:
    """The series continues after `number` (a document registered with it outside the counter:
    a registro histórico); a counter already higher stays. (last before, last after), in the
    caller's transaction (which holds the write lock)."""
    before = session.scalar(select(NumberSequence.last_number).where(
        NumberSequence.kind_code == kind_code, NumberSequence.year == year)) or 0
    insert_ignoring_conflict(session, NumberSequence, kind_code=kind_code, year=year,
                             last_number=0)
    last = NumberSequence.last_number
    after = session.execute(
        update(NumberSequence)
        .where(NumberSequence.kind_code == kind_code, NumberSequence.year == year)
        .values(last_number=case((last < number, number), else_=last))
        .returning(NumberSequence.last_number)
    ).scalar_one()
    return before, after
