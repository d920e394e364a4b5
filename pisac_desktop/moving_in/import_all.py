"""An export of everything back into an EMPTY database (`pisac-desktop import --all CARPETA`):
the round trip that proves the export holds everything.

1. The folder must be complete and unchanged: its manifest (written last) is there and the
   SHA-256 of every data file matches it; it was exported at this program's schema.
2. The database must be empty: a new data folder (the schema is created without reference data)
   or an empty server database. Anything in it and nothing is imported: data is never mixed.
3. In ONE transaction: every table of the models' metadata from its CSV, in foreign-key order,
   with the exact values (db/table_csv.py restores the types from the metadata); the columns of
   a table that point at itself or close a circle of tables are set in a second pass, once
   every row is in. PostgreSQL's sequences continue after the highest id.
4. Verified before committing: the rows per table are the exported ones, the numbering counters
   too, and the audit trail's chain is whole and ends at the exported head. Then the import is
   recorded in the audit trail (one entry more than exported) and committed; any failure rolls
   everything back and the database stays empty.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Table, bindparam, func, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.schema import sort_tables_and_constraints

from pisac_desktop import __version__
from pisac_desktop.clock import SESSION_KEY
from pisac_desktop.core.audit import HEAD_KEY, ChainReport, record, verify_chain
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Actor
from pisac_desktop.db.base import Base
from pisac_desktop.db.engine import Database
from pisac_desktop.db.models import AppMeta
from pisac_desktop.db.schema import HEAD_REVISION, MIGRATION_LOCK_KEY, current_revision, prepare
from pisac_desktop.db.table_csv import CsvFormatError, read_rows
from pisac_desktop.moving_in.export_layout import DATA, FORMAT, INFO, MANIFEST

log = logging.getLogger(__name__)

BATCH = 500
VERSION_TABLE = "alembic_version"
# app_meta rows a new database may already have: replaced by the exported ones.
FRESH_META = {"app_version", "write_lock"}
Progress = Callable[[str, int], None]  # progress(table, rows inserted so far in it)


class ImportRefused(DomainError):
    """The folder or the database cannot be used; nothing was written."""


class ImportFailed(DomainError):
    """The import was rolled back; the database is as it was (empty)."""


@dataclass(frozen=True)
class FullImport:
    folder: Path
    tables: dict[str, int]
    chain: ChainReport

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def read_export_info(folder: Path) -> dict:
    """exportacion.json of a complete, unchanged export, or ImportRefused."""
    folder = Path(folder)
    if not (folder / INFO).is_file():
        raise ImportRefused(f"{folder} no es una exportación completa de Pisac Desktop (no tiene "
                            f"{INFO}).")
    if not (folder / MANIFEST).is_file():
        raise ImportRefused(f"La exportación {folder} no terminó: falta {MANIFEST}, que se "
                            "escribe al final. Exporte de nuevo.")
    try:
        info = json.loads((folder / INFO).read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        raise ImportRefused(f"No se puede leer {INFO}: {exc}.") from exc
    if info.get("formato") != FORMAT:
        raise ImportRefused(f"{INFO} es de un formato que este programa no conoce "
                            f"({info.get('formato')}).")
    if info.get("esquema") != HEAD_REVISION:
        raise ImportRefused(
            f"La exportación es del esquema {info.get('esquema')} (Pisac Desktop "
            f"{info.get('version')}) y este programa usa el esquema {HEAD_REVISION}. Impórtela "
            "con la misma versión del programa que la exportó.")
    _check_manifest(folder)
    missing = [t.name for t in Base.metadata.sorted_tables if t.name not in info["tablas"]]
    if missing:
        raise ImportRefused(f"A la exportación le faltan las tablas {', '.join(missing)}.")
    return info


def _check_manifest(folder: Path) -> None:
    """The data files and exportacion.json are listed in the manifest with their SHA-256."""
    listed: dict[str, str] = {}
    for line in (folder / MANIFEST).read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        if name:
            listed[name] = digest
    wanted = [INFO] + [f"{DATA}/{t.name}.csv" for t in Base.metadata.sorted_tables]
    for name in wanted:
        path = folder / name
        if name not in listed or not path.is_file():
            raise ImportRefused(f"Falta {name} en la exportación (o en su manifiesto).")
        if _sha256_of(path) != listed[name]:
            raise ImportRefused(f"{name} cambió después de exportarse (su SHA-256 no es el del "
                                f"manifiesto). No se importa una exportación alterada.")


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def database_is_new(db: Database) -> bool:
    """No table at all: a database to be created (then it is empty by construction)."""
    with db.engine.connect() as conn:
        return not inspect(conn).get_table_names()


def prepare_empty(db: Database, backups: Path | None = None) -> None:
    """A new database gets the schema at head WITHOUT reference data (the export has them)."""
    if database_is_new(db):
        prepare(db, backups, seed=None)


def what_is_in(conn: Connection) -> list[str]:
    """The tables that hold rows (Spanish list, empty when the database is empty)."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name == AppMeta.__tablename__:
            keys = set(conn.execute(select(table.c.key)).scalars())
            if keys - FRESH_META:
                found.append(table.name)
            continue
        if conn.execute(select(table).limit(1)).first() is not None:
            found.append(table.name)
    return found


def import_everything(db: Database, folder: Path, actor: Actor,
                      progress: Progress | None = None) -> FullImport:
    """Load the export in `folder` into the empty database `db` (at head: see prepare_empty).
    Raises ImportRefused or ImportFailed (Spanish); then nothing was written."""
    folder = Path(folder)
    info = read_export_info(folder)
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # nobody else writes meanwhile
        else:
            conn.begin()
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
        try:
            _refuse_unless_ready(conn, db)
            tables = _load(conn, folder, progress)
            chain = _verify(conn, db, info, tables, actor, folder)
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
    log.info("Imported %s: %d rows", folder, sum(tables.values()))
    return FullImport(folder, tables, chain)


def _refuse_unless_ready(conn: Connection, db: Database) -> None:
    revision = current_revision(conn)
    if revision != HEAD_REVISION:
        raise ImportRefused(
            f"La base de datos {db.display_location} no es una base de datos nueva de este "
            f"programa (esquema {revision or 'ninguno'}). Use una carpeta de datos nueva.")
    full = what_is_in(conn)
    if full:
        raise ImportRefused(
            f"La base de datos {db.display_location} no está vacía (tiene datos en "
            f"{', '.join(full[:6])}{'...' if len(full) > 6 else ''}). Solo se importa en una "
            "base de datos nueva y vacía, para no mezclar datos: use una carpeta de datos nueva "
            "(--data-dir) o una base de datos vacía del servidor. No se cambió nada.")


def _deferred_columns() -> dict[str, set[str]]:
    """Per table, the foreign-key columns set after every row is in: those pointing at their
    own table, and those of the constraints that close a circle between tables."""
    deferred: dict[str, set[str]] = {}
    tables = Base.metadata.sorted_tables
    for table, constraints in sort_tables_and_constraints(tables):
        for constraint in constraints:
            if table is None:  # the constraints that break a cycle
                for column in constraint.columns:
                    deferred.setdefault(column.table.name, set()).add(column.name)
    for table in tables:
        for fk in table.foreign_keys:
            if fk.column.table is table:
                deferred.setdefault(table.name, set()).add(fk.parent.name)
    return deferred


def _load(conn: Connection, folder: Path, progress: Progress | None) -> dict[str, int]:
    meta = AppMeta.__table__
    conn.execute(meta.delete())  # the new database's own app_version: the export's replaces it
    deferred = _deferred_columns()
    pending: list[tuple[Table, list[str], list[dict]]] = []
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        later = sorted(deferred.get(table.name, ()))
        keys = [c.name for c in table.primary_key.columns]
        path = folder / DATA / f"{table.name}.csv"
        updates: list[dict] = []
        batch: list[dict] = []
        count = 0
        try:
            for row in read_rows(path, table):
                refs = {n: row[n] for n in later if row[n] is not None}
                if refs:
                    updates.append({**{f"k_{k}": row[k] for k in keys},
                                    **{f"v_{n}": v for n, v in refs.items()}})
                    row.update(dict.fromkeys(refs))
                batch.append(row)
                if len(batch) >= BATCH:
                    count += _insert(conn, table, batch, progress, count)
            count += _insert(conn, table, batch, progress, count)
        except CsvFormatError as exc:
            raise ImportFailed(f"No se importó nada: {exc}.") from exc
        except Exception as exc:
            if isinstance(exc, DomainError):
                raise
            detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            raise ImportFailed(f"No se pudo cargar la tabla {table.name} ({detail}). No se "
                               "importó nada: la base de datos quedó vacía.") from exc
        counts[table.name] = count
        if updates:
            pending.append((table, later, updates))
    for table, later, updates in pending:
        _second_pass(conn, table, later, updates)
    if conn.dialect.name == "postgresql":
        from pisac_desktop.db.transfer import reset_sequences

        reset_sequences(conn)
    return counts


def _insert(conn: Connection, table: Table, batch: list[dict], progress: Progress | None,
            before: int) -> int:
    if not batch:
        return 0
    conn.execute(table.insert(), batch)
    count = len(batch)
    batch.clear()
    if progress is not None:
        progress(table.name, before + count)
    return count


def _second_pass(conn: Connection, table: Table, columns: list[str],
                 updates: list[dict]) -> None:
    """Set the deferred columns, each row by its primary key. A column the table updates on its
    own (onupdate) is set to its imported value too, so the update changes nothing else."""
    keys = [c.name for c in table.primary_key.columns]
    keep = [c.name for c in table.columns if c.onupdate is not None and c.name not in columns]
    if keep:
        values = conn.execute(select(*(table.c[k] for k in keys), *(table.c[n] for n in keep)))
        kept = {tuple(r[:len(keys)]): r[len(keys):] for r in values}
        for update in updates:
            old = kept[tuple(update[f"k_{k}"] for k in keys)]
            update.update({f"v_{n}": v for n, v in zip(keep, old, strict=True)})
    for name in columns:
        rows = [u for u in updates if f"v_{name}" in u]
        if not rows:
            continue
        where = [table.c[k] == bindparam(f"k_{k}") for k in keys]
        values = {name: bindparam(f"v_{name}"), **{n: bindparam(f"v_{n}") for n in keep}}
        conn.execute(table.update().where(*where).values(values), rows)


def _verify(conn: Connection, db: Database, info: dict, tables: dict[str, int], actor: Actor,
            folder: Path) -> ChainReport:
    wrong = [f"{name} ({rows} importadas, {info['tablas'].get(name)} exportadas)"
             for name, rows in tables.items() if rows != info["tablas"].get(name)]
    if wrong:
        raise ImportFailed(f"Las filas no coinciden en {', '.join(wrong)}. No se importó nada.")
    for name, rows in tables.items():  # what the database holds, not what was sent
        there = conn.execute(select(func.count()).select_from(Base.metadata.tables[name]))
        if there.scalar() != rows:
            raise ImportFailed(f"La tabla {name} no quedó con sus {rows} filas. No se importó "
                               "nada.")
    with Session(bind=conn, join_transaction_mode="rollback_only") as session:
        session.info[SESSION_KEY] = db.clock
        chain = verify_chain(session)
        if not chain.ok:
            raise ImportFailed(f"El registro de auditoría importado no está íntegro: "
                               f"{chain.message} No se importó nada.")
        head = session.scalar(select(AppMeta.value).where(AppMeta.key == HEAD_KEY))
        audit = info["auditoria"]
        if audit["entradas"] and head != f"{audit['ultima']}:{audit['huella']}":
            raise ImportFailed("La última entrada del registro de auditoría no es la exportada. "
                               "No se importó nada.")
        _record_version(session)
        record(session, actor, "import", "database", "", {
            "carpeta": [None, str(folder)], "exportado": [None, info["exportado"]],
            "tablas": [None, len(tables)], "filas": [None, sum(tables.values())],
            "versión que exportó": [None, info["version"]]})
        session.flush()
        return verify_chain(session)


def _record_version(session: Session) -> None:
    row = session.get(AppMeta, "app_version")
    if row is None:
        session.add(AppMeta(key="app_version", value=__version__))
    else:
        row.value = __version__
