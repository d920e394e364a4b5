"""Backups of a database on a PostgreSQL server: made with pg_dump (custom format), verified,
described like the SQLite copies (core/backups.py BackupInfo), and restored only into an empty
database. The daily automatic copy is made by one workstation, the «estación de copias»
(configuracion.ini: [copias] estacion = si). Plain Python, no Qt.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from pisac_desktop.config import load_copies_settings, load_settings
from pisac_desktop.core.audit_anchor import EVENT_RESTORE, Head, note_anchor
from pisac_desktop.core.backups import (
    SUMMARY_TABLES,
    BackupCancelled,
    BackupError,
    BackupInfo,
    RestoreRefused,
    restore_refusal,
)
from pisac_desktop.db.backup import SERVER_BACKUP_SUFFIX, BackupKind, unique_backup_path
from pisac_desktop.db.engine import Database, make_engine
from pisac_desktop.db.pg_backup import (
    DumpFacts,
    Progress,
    ServerBackupError,
    Tool,
    check_tool_version,
    dump_database,
    file_digest,
    find_tool,
    has_dump_header,
    read_dump,
    read_sidecar,
    restore_dump,
    server_version,
    user_relations,
)
from pisac_desktop.paths import DataPaths

log = logging.getLogger(__name__)


class NotEmptyDatabase(RestoreRefused):
    """The database to restore into already holds tables: nothing is restored over them."""


def is_server_backup(path: Path) -> bool:
    return Path(path).name.endswith(SERVER_BACKUP_SUFFIX)


# --- where and by whom -------------------------------------------------------------------------
def is_backup_station(paths: DataPaths, db: Database) -> bool:
    """Does this workstation make the automatic copies? Always with a local file (SQLite);
    for a server database only the workstation set as «estación de copias»."""
    return db.is_sqlite or load_copies_settings(paths).station


def where_copies_go(paths: DataPaths, db: Database) -> str:
    """One Spanish sentence for the backup dialogs and the command line."""
    if db.is_sqlite:
        return f"Las copias de seguridad se guardan en {paths.backups}."
    if load_copies_settings(paths).station:
        return (f"Esta PC es la estación de copias: la copia diaria de la base de datos del "
                f"servidor se guarda en {paths.backups}.")
    return (f"La base de datos está en un servidor: la copia diaria automática la hace la PC "
            f"configurada como estación de copias ([copias] estacion = si en su "
            f"configuracion.ini), no esta PC. Las copias que haga aquí se guardan en "
            f"{paths.backups}.")


def tools(paths: DataPaths | None, need_dump: bool = True) -> tuple[Tool | None, Tool]:
    """(pg_dump, pg_restore): as configured ([copias] pg_dump / pg_restore), else pg_restore
    beside pg_dump, else on PATH. Raises ServerBackupError (Spanish)."""
    settings = load_copies_settings(paths) if paths is not None else None
    pg_dump = find_tool("pg_dump", settings.pg_dump if settings else None) if need_dump \
        else None
    configured = settings.pg_restore if settings else None
    if configured is None and pg_dump is not None:
        beside = pg_dump.path.with_name(pg_dump.path.name.replace("pg_dump", "pg_restore"))
        if beside.is_file():
            configured = str(beside)
    return pg_dump, find_tool("pg_restore", configured)


# --- making --------------------------------------------------------------------------------------
def make_server_backup(db: Database, paths: DataPaths, folder: Path, kind: BackupKind,
                       clock: Callable[[], dt.datetime],
                       progress: Progress | None = None) -> BackupInfo:
    """pg_dump of the server database into folder, verified, with its sidecar and its audit
    anchor noted. Raises BackupError (Spanish) or BackupCancelled; no file named like a copy is
    left behind by a failure."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        pg_dump, pg_restore = tools(paths)
        assert pg_dump is not None
        target = unique_backup_path(folder, kind, clock(), suffix=SERVER_BACKUP_SUFFIX)
        sidecar = dump_database(db.engine, db.url, pg_dump, pg_restore, target, progress)
    except BackupCancelled:
        raise
    except ServerBackupError as exc:
        raise BackupError(str(exc)) from exc
    except SQLAlchemyError as exc:
        raise BackupError(f"No se pudo leer la base de datos del servidor para copiarla: "
                          f"{getattr(exc, 'orig', exc)}") from exc
    except OSError as exc:
        raise BackupError(f"No se pudo escribir la copia en {folder}: "
                          f"{exc.strerror or exc}.") from exc
    return inspect_dump(target, quick=True, verified=True, facts=sidecar.facts)


def note_restore_anchor(backups: Path, source: Path, facts: DumpFacts,
                        when: dt.datetime) -> None:
    """The restored copy's head into the anchors file (even when its sidecar is gone)."""
    note_anchor(backups, Head(facts.head_entry, facts.head_hash), when, source, facts.ruc,
                EVENT_RESTORE)


# --- what a copy holds -------------------------------------------------------------------------
def dump_facts(path: Path, quick: bool, verified: bool = False,
               pg_restore: Tool | None = None) -> tuple[DumpFacts | None, str | None]:
    """(facts, problem) of a pg_dump copy. quick: the sidecar's summary, checked against the
    file's size and SHA-256; full (or without a sidecar): the whole file read by pg_restore."""
    if not has_dump_header(path):
        return None, "no es una copia de PostgreSQL (pg_dump) o su comienzo está dañado"
    sidecar = read_sidecar(path)
    if sidecar is not None and not verified and (
            sidecar.size != path.stat().st_size or sidecar.sha256 != file_digest(path)):
        return None, ("el archivo cambió después de hacerse la copia (no coincide con su "
                      "resumen .json)")
    if verified or (quick and sidecar is not None):
        return (sidecar.facts if sidecar else None), None
    try:
        tool = pg_restore or tools(None, need_dump=False)[1]
        facts = read_dump(tool, path)
    except ServerBackupError as exc:
        return None, str(exc)
    if sidecar is not None and sidecar.facts.same_as(facts):
        return None, "su contenido no coincide con su resumen .json"
    return facts, None


def inspect_dump(path: Path, quick: bool = True, verified: bool = False,
                 facts: DumpFacts | None = None, pg_restore: Tool | None = None) -> BackupInfo:
    from pisac_desktop.core.backups import describe_file

    base = describe_file(path)
    problem = None
    if facts is None:
        facts, problem = dump_facts(path, quick, verified, pg_restore)
    if problem is not None or facts is None:
        return replace(base, problem=problem or "no se pudo leer")
    counts = {label: facts.counts.get(table) for label, table in SUMMARY_TABLES}
    return replace(base, revision=facts.revision, app_version=facts.app_version, counts=counts,
                   refusal=restore_refusal(facts.revision, facts.app_version))


# --- restoring into an empty database ----------------------------------------------------------
def target_url(paths: DataPaths, into: str | None) -> str:
    """The database to restore into: --into URL (with the data folder's password file when it
    names none) or the configured one. Raises RestoreRefused for anything but PostgreSQL."""
    raw = into or load_settings(paths).database_url
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise RestoreRefused(f"La dirección «{raw}» no es válida; por ejemplo: "
                             "postgresql+psycopg://usuario@servidor/pisac_restaurada") from exc
    if url.get_backend_name() != "postgresql":
        raise RestoreRefused("Una copia del servidor (.pgdump) solo se restaura en una base de "
                             "datos PostgreSQL; la dirección indicada no lo es.")
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if url.password is None and "passfile" not in url.query and paths.password_file.exists():
        url = url.update_query_dict({"passfile": str(paths.password_file)})
    return url.render_as_string(hide_password=False)


def display(url: str) -> str:
    return (make_url(url).difference_update_query(["passfile"])
            .render_as_string(hide_password=True))


def empty_database_help(url: str) -> str:
    name = make_url(url).database or "pisac"
    return (f"Cree una base de datos vacía en el servidor (por ejemplo, en pgAdmin o con "
            f"«createdb -O usuario {name}_restaurada») y restaure en ella con «pisac-desktop "
            f"restore ARCHIVO --into postgresql+psycopg://usuario@servidor/{name}_restaurada»; "
            "luego apunte la url de configuracion.ini a esa base de datos.")


def check_server_restorable(paths: DataPaths, source: Path, url: str
                            ) -> tuple[BackupInfo, DumpFacts, Tool]:
    """The whole copy read back, its version, the tools and the target database: which must
    exist, be reachable and be empty. Raises RestoreRefused / BackupError; nothing changed."""
    source = Path(source)
    if not source.is_file():
        raise RestoreRefused(f"No existe el archivo {source}.")
    if not is_server_backup(source):
        raise RestoreRefused(f"En una base de datos de un servidor solo se restauran copias "
                             f"de un servidor (.pgdump); {source.name} no lo es.")
    try:
        _pg_dump, pg_restore = tools(paths, need_dump=False)
    except ServerBackupError as exc:
        raise BackupError(str(exc)) from exc
    facts, problem = dump_facts(source, quick=False, pg_restore=pg_restore)
    if problem is not None or facts is None:
        raise RestoreRefused(f"La copia {source.name} está dañada: {problem}. No se cambió "
                             "nada; elija otra copia.")
    info = inspect_dump(source, facts=facts)
    if info.refusal:
        raise RestoreRefused(info.refusal + " No se cambió nada.")
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            major, text = server_version(conn)
            check_tool_version(pg_restore, major, text)
            existing = user_relations(conn)
    except ServerBackupError as exc:
        raise RestoreRefused(str(exc)) from exc
    except SQLAlchemyError as exc:
        raise BackupError(f"No se pudo conectar con la base de datos {display(url)}: "
                          f"{getattr(exc, 'orig', exc)}".strip()) from exc
    finally:
        engine.dispose()
    if existing:
        raise NotEmptyDatabase(
            f"La base de datos {display(url)} no está vacía (tiene {len(existing)} tablas u "
            f"otros objetos, como {', '.join(existing[:3])}): una copia solo se restaura en una "
            f"base de datos vacía, para no borrar ni mezclar datos. No se cambió nada. "
            + empty_database_help(url))
    return info, facts, pg_restore


def restore_into(pg_restore: Tool, url: str, source: Path) -> None:
    try:
        restore_dump(pg_restore, url, source)
    except ServerBackupError as exc:
        raise BackupError(str(exc)) from exc
