"""Copy a whole Pisac Desktop database into an empty PostgreSQL database, at any schema revision.

Used by `pisac-desktop db move-to-server` (server_move.py) and by the tests that build an older
server database from a schema fixture. Everything happens on the caller's target connection, in
its transaction: the caller commits (all) or rolls back (nothing).

The tables are read from the database itself (reflection), not from the models, so a copy at an
older revision copies what that revision has. The order is the foreign keys' (sorted_tables); a
table that points at itself (instrument.annulled_by_instrument_id) gets those columns in a second
pass, so a row may name one copied after it. Primary keys are kept; the server's sequences are
then set past the highest id. The append-only triggers of the audit trail only refuse UPDATE,
DELETE and TRUNCATE: inserting the trail, entry by entry with its own hashes, needs no exception.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, MetaData, Table, bindparam, func, inspect, select, text

from pisac_desktop.db.schema import MIGRATION_LOCK_KEY, MIGRATIONS_DIR, current_revision
from pisac_desktop.db.text_index import index_objects

log = logging.getLogger(__name__)

BATCH_ROWS = 1000
VERSION_TABLE = "alembic_version"
# progress(table, rows copied so far in it): may raise to stop (the caller rolls back)
Progress = Callable[[str, int], None]


class TransferError(Exception):
    """The copy cannot be made; the message is in Spanish."""


class TargetNotEmptyError(TransferError):
    pass


@dataclass(frozen=True)
class CopyReport:
    revision: str | None
    rows: dict[str, int]  # table -> rows copied, in the order they were copied

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def server_tables(conn: Connection) -> list[str]:
    """The tables of the target's schema (the first one on its search path)."""
    return sorted(inspect(conn).get_table_names())


def refuse_unless_empty(conn: Connection, where: str) -> None:
    tables = server_tables(conn)
    if not tables:
        return
    if VERSION_TABLE in tables or "audit_entry" in tables:
        what = "ya contiene una base de datos de Pisac Desktop"
    else:
        shown = ", ".join(tables[:5]) + ("..." if len(tables) > 5 else "")
        what = f"no está vacía (tiene las tablas {shown})"
    raise TargetNotEmptyError(
        f"La base de datos {where} {what}. Solo se traslada a una base de datos nueva y vacía, "
        "para no mezclar ni sobrescribir datos; no se cambió nada. Cree una base de datos vacía "
        "en el servidor (CREATE DATABASE) y vuelva a intentarlo.")


def migrate_to(conn: Connection, revision: str | None) -> None:
    """Create the schema of `revision` on the connection, in its transaction (None: nothing)."""
    if revision is None:
        return
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)


def _reflect(conn: Connection) -> MetaData:
    """The application's tables (not a text index's own: SQLite's FTS5 tables are rebuilt from
    the rows, PostgreSQL has an index instead)."""
    skip = index_objects()
    metadata = MetaData()
    metadata.reflect(conn, only=lambda name, _meta: name not in skip)
    return metadata


def _self_columns(table: Table) -> list[str]:
    return sorted({fk.parent.name for fk in table.foreign_keys if fk.column.table is table})


def _copy_table(source: Table, target: Table, src: Connection, dst: Connection, batch: int,
                progress: Progress | None) -> int:
    names = [c.name for c in target.columns]
    later = _self_columns(target)
    pk = [c.name for c in target.primary_key.columns]
    order = [source.c[n] for n in pk] or [source.c[n] for n in names]
    result = src.execute(select(*(source.c[n] for n in names)).order_by(*order))
    pending: list[dict] = []  # the self-references, set once every row is in
    copied = 0
    while rows := result.fetchmany(batch):
        values = [dict(row._mapping) for row in rows]
        for row in values:
            refs = {n: row[n] for n in later if row[n] is not None}
            if refs:
                pending.append({**{f"k_{n}": row[n] for n in pk}, **refs})
                row.update(dict.fromkeys(refs))
        dst.execute(target.insert(), values)
        copied += len(values)
        if progress:
            progress(target.name, copied)
    for name in later:
        rows = [{**{k: v for k, v in p.items() if k.startswith("k_")}, f"v_{name}": p[name]}
                for p in pending if name in p]
        if rows:
            where = [target.c[n] == bindparam(f"k_{n}") for n in pk]
            dst.execute(target.update().where(*where).values({name: bindparam(f"v_{name}")}),
                        rows)
    return copied


def reset_sequences(conn: Connection) -> None:
    """Every serial/identity column's sequence continues after the highest id copied."""
    for table in _reflect(conn).sorted_tables:
        columns = list(table.primary_key.columns)
        if len(columns) != 1:
            continue
        column = columns[0]
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                {"t": table.name, "c": column.name}).scalar()
        if sequence:
            top = conn.execute(select(func.coalesce(func.max(column), 0))).scalar()
            conn.execute(text("SELECT setval(:s, :v, false)"), {"s": sequence, "v": top + 1})


def count_rows(conn: Connection, tables: list[str] | None = None) -> dict[str, int]:
    metadata = _reflect(conn)
    names = tables if tables is not None else [t.name for t in metadata.sorted_tables]
    return {name: conn.execute(select(func.count()).select_from(metadata.tables[name])).scalar()
            for name in names}


def act_as_database_owner(conn: Connection) -> str:
    """Create what follows as the database's owner when the connected administrator may act as
    it (a database made by `db prepare-server` belongs to a role nobody signs in as: its tables
    must too, not the administrator's). For the rest of the transaction; returns the role."""
    owner, current, allowed = conn.exec_driver_sql(
        "SELECT pg_get_userbyid(datdba), current_user, "
        "pg_has_role(current_user, datdba, 'USAGE') FROM pg_database "
        "WHERE datname = current_database()").one()
    if owner != current and allowed:
        conn.exec_driver_sql(f'SET LOCAL ROLE "{owner}"')
        return owner
    return current


def copy_database(src: Connection, dst: Connection, where: str = "de destino",
                  batch: int = BATCH_ROWS, progress: Progress | None = None) -> CopyReport:
    """Copy every row of the database on `src` into the empty PostgreSQL database on `dst`,
    migrated first to the same revision. Nothing is committed here.

    Raises TargetNotEmptyError or TransferError (Spanish). `src` should hold a read transaction
    (SQLite: BEGIN IMMEDIATE keeps writers out while the copy is read)."""
    if dst.dialect.name != "postgresql":
        raise TransferError("El destino del traslado debe ser una base de datos PostgreSQL.")
    # Workstations opening the server meanwhile wait for this transaction (db/schema.py).
    dst.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
    refuse_unless_empty(dst, where)
    act_as_database_owner(dst)
    revision = current_revision(src)
    migrate_to(dst, revision)
    source, target = _reflect(src), _reflect(dst)
    wanted = set(source.tables) - {VERSION_TABLE}
    have = set(target.tables) - {VERSION_TABLE}
    if wanted != have:
        raise TransferError(
            f"Las tablas de la base de datos local no son las del esquema {revision} "
            f"(sobran {sorted(wanted - have)}, faltan {sorted(have - wanted)}). No se copió "
            "nada: revise la base de datos local con «pisac-desktop check».")
    rows: dict[str, int] = {}
    for table in target.sorted_tables:
        if table.name == VERSION_TABLE:
            continue
        missing = {c.name for c in table.columns} - set(source.tables[table.name].columns.keys())
        if missing:
            raise TransferError(
                f"A la tabla {table.name} de la base de datos local le faltan las columnas "
                f"{sorted(missing)} del esquema {revision}. No se copió nada.")
        try:
            rows[table.name] = _copy_table(source.tables[table.name], table, src, dst, batch,
                                           progress)
        except TransferError:
            raise
        except Exception as exc:
            detail = getattr(exc, "orig", None) or exc
            raise TransferError(
                f"No se pudo copiar la tabla {table.name}: {str(detail).strip()}. No se copió "
                "nada: el servidor quedó como estaba.") from exc
        log.info("Copied %d rows of %s", rows[table.name], table.name)
    reset_sequences(dst)
    return CopyReport(revision, rows)
