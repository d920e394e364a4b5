"""The write lock of a unit of work, taken before it reads what it decides on.

The problem: pysqlite (legacy transaction control) sends BEGIN only before the first INSERT,
UPDATE or DELETE, so whatever a use case reads before its first write is read outside any
transaction. Two workstations (or a double click) both read "borrador", both issue, and one
number is lost; PostgreSQL at READ COMMITTED lets the same thing happen without a lock.

The rule: every use case that writes is decorated with @writes, which calls
lock_for_write(session) before the use case reads anything it decides on. It updates one row of app_meta to itself, in portable SQL:
- SQLite: the UPDATE opens the transaction and takes the database's write lock, waiting (busy
  timeout) while another workstation writes; every later read sees the latest committed data,
  and nobody can change it until this unit of work ends. The effect of BEGIN IMMEDIATE.
- PostgreSQL: the UPDATE locks that row (as SELECT ... FOR UPDATE would); a second writer
  waits there until the first commits, and then (READ COMMITTED: each statement sees what was
  committed before it started; db/engine.py sets it whatever the server's default) reads
  what the first one wrote. tests/db/test_races.py and test_numbering_concurrency.py prove it
  on both engines.
A race's loser therefore finds the new state and is refused with a Spanish DomainError.

Why one row for the whole database, not one per record (`UPDATE instrument SET id=id ...` or
SELECT ... FOR UPDATE): SQLite has one writer at a time anyway; on PostgreSQL every writing
unit of work already queues on the audit trail's head row (audit.record), so a global lock
costs no real concurrency, and one lock always taken first can never deadlock, while row locks
taken in varying orders could, against that head row. Units of work last milliseconds.

Why not BEGIN IMMEDIATE (SQLAlchemy's pysqlite "begin" event recipe): it is SQLite only, and
every session would have to declare up front whether it will write; the same code runs on
PostgreSQL in offices with several workstations. Read-only units of work never call this and
never wait.

The ORM may still hold a copy of a row loaded earlier in the same Session, before the lock:
use cases read the row they decide on with populate_existing (get_for_update()).

Printing and exporting only append an audit entry: they decide on nothing and are not
decorated, so a long export never holds the lock (the audit entry locks only at its end).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from pisac_desktop.db.models import AppMeta

WRITE_LOCK_KEY = "write_lock"
T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R")


def insert_ignoring_conflict(session: Session, model: type, **values: Any) -> None:
    """INSERT ... ON CONFLICT DO NOTHING: a row that two workstations may create at once."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    session.execute(insert(model).values(**values).on_conflict_do_nothing())


_LOCKED_IN = "pisac_write_locked_in"


def _transaction(session: Session):
    """The innermost transaction: a lock taken inside a savepoint that was rolled back may have
    gone with it (PostgreSQL), so it is taken again there."""
    return session.get_nested_transaction() or session.get_transaction()


def lock_for_write(session: Session) -> None:
    """Take the database's write lock for this unit of work (held until commit or rollback).
    Asked again in the same transaction (a use case calling get_for_update after @writes), it
    costs nothing: one round trip less to the server each time."""
    held = session.info.get(_LOCKED_IN)
    if held is not None and held is _transaction(session):
        return
    table = AppMeta.__table__
    touch = table.update().where(table.c.key == WRITE_LOCK_KEY).values(value=table.c.value)
    if not session.execute(touch).rowcount:
        # The first write to a database that lacks the row (new, or from an older version).
        insert_ignoring_conflict(session, AppMeta, key=WRITE_LOCK_KEY, value="1")
        session.execute(touch)
    session.info[_LOCKED_IN] = _transaction(session)


def get_for_update(session: Session, model: type[T], ident: Any) -> T | None:
    """The row, read after taking the write lock (never a stale copy from the identity map)."""
    lock_for_write(session)
    return session.get(model, ident, populate_existing=True)


def writes(use_case: Callable[P, R]) -> Callable[P, R]:
    """Decorate a use case `f(session, ...)` that writes: it takes the write lock first."""

    @functools.wraps(use_case)
    def locked(*args: P.args, **kwargs: P.kwargs) -> R:
        session = kwargs["session"] if "session" in kwargs else args[0]
        lock_for_write(session)
        return use_case(*args, **kwargs)

    locked.takes_write_lock = True  # type: ignore[attr-defined]  # checked by a test
    return locked
