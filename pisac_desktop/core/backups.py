"""Backups: make, verify, list, prune (restoring is in pisac_desktop/restore.py). Plain Python,
no Qt.

Kinds of copy (the kind is in the file name): diaria (first start of each day), al-cerrar (on
close, when data changed), antes-de-actualizar (before a migration), antes-de-restaurar (the
database a restore replaces), manual (Respaldar ahora / `pisac-desktop backup`).

Auditing: manual backups and restores are audited with the acting user. Automatic backups are
audited too, as Actor.system("copia automática"): the entry is written after the copy, and the
"data changed" check for the close backup compares PRAGMA data_version against a baseline taken
after the start-up backup and its entry, so an automatic backup's own entry never makes the next
close think that the data changed (no backup loop). See ChangeMonitor in
core/backup_schedule.py.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from pisac_desktop import __version__
from pisac_desktop.clock import wall_time
from pisac_desktop.core.audit_anchor import note_copy
from pisac_desktop.core.compressed_backups import (
    CompressedCopyError,
    pack,
    plain_copy,
    plain_name,
    quick_problem,
    read_summary,
)
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Actor, Permission, require_in
from pisac_desktop.db.backup import (
    BACKUP_SUFFIX,
    COMPRESSED_SUFFIX,
    SERVER_BACKUP_SUFFIX,
    BackupKind,
    BackupVerificationError,
    Progress,
    connect_read_only,
    copy_from_connection,
    is_compressed,
    parse_backup_name,
    read_inside,
    unique_backup_path,
    verify_or_delete,
)
from pisac_desktop.db.engine import Database
from pisac_desktop.db.health import DatabaseBusyError, file_problem, is_locked_error
from pisac_desktop.paths import DataPaths

log = logging.getLogger(__name__)

STATE_SOUND = "íntegra"
STATE_DAMAGED = "dañada"
AUTOMATIC_ACTOR = "copia automática"
COPY_SUFFIXES = (BACKUP_SUFFIX, COMPRESSED_SUFFIX, SERVER_BACKUP_SUFFIX)
RECOVERY_ACTOR = "recuperación al iniciar"
# A copy needs the database's size free on the target (the plain copy, before it is
# compressed) plus this margin (the compressed file, written beside it).
SPACE_MARGIN = 1.3

# Kinds of record summarised for a copy: (Spanish label, table). Later modules append theirs
# with register_summary_table(); a table missing from an older copy shows as "—".
SUMMARY_TABLES: list[tuple[str, str]] = [
    ("Usuarios", "app_user"),
    ("Unidades orgánicas", "org_unit"),
    ("Autoridades y funcionarios", "officeholder"),
    ("Denominaciones del año", "year_name"),
    ("Miembros del concejo", "council_member"),
    ("Entradas de auditoría", "audit_entry"),
]


def register_summary_table(label: str, table: str) -> None:
    if all(t != table for _label, t in SUMMARY_TABLES):
        SUMMARY_TABLES.append((label, table))


class BackupError(DomainError):
    """A copy or a restore could not be done; the message is in Spanish."""


class RestoreRefused(BackupError):
    """The chosen file cannot be restored (damaged, foreign, newer); nothing was changed."""


class ForeignBackup(RestoreRefused):
    """The copy belongs to another institution (RUC): restored only when explicitly confirmed
    (allow_other_institution=True); nothing was changed."""


class BackupCancelled(Exception):
    """Raised by a progress callback to stop a copy; the partial file is removed."""


# --- where the database is --------------------------------------------------------------------
def sqlite_file_of(db: Database) -> Path | None:
    """The SQLite file behind an engine; None for PostgreSQL or an in-memory database."""
    return _file_of_url(db.engine.url)


def configured_file(paths: DataPaths) -> Path | None:
    """The SQLite file the data folder's settings point at (usually paths.database)."""
    from pisac_desktop.config import load_settings

    return _file_of_url(make_url(load_settings(paths).database_url))


def _file_of_url(url) -> Path | None:
    if url.get_backend_name() != "sqlite":
        return None
    name = url.database or ""
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name)


SERVER_MESSAGE = ("La base de datos está en un servidor (PostgreSQL): una copia del servidor "
                  "(.pgdump) se restaura desde la línea de órdenes, en una base de datos vacía: "
                  "«pisac-desktop restore ARCHIVO.pgdump» (o con --into URL en otra base de "
                  "datos vacía). No se restaura desde esta ventana.")


# --- what a copy holds -----------------------------------------------------------------------
@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: BackupKind | None  # None: a file not named by Pisac Desktop
    created: dt.datetime  # local time: from the name, else the file's modification time
    size: int
    problem: str | None = None  # None when the copy is sound; else what is wrong (Spanish)
    revision: str | None = None
    app_version: str | None = None
    counts: dict[str, int | None] = field(default_factory=dict)  # label -> rows
    refusal: str | None = None  # why this version cannot restore it (Spanish), or None
    plain_size: int | None = None  # a compressed copy: the database's own size

    @property
    def sound(self) -> bool:
        return self.problem is None

    @property
    def state(self) -> str:
        return STATE_SOUND if self.sound else STATE_DAMAGED

    @property
    def restorable(self) -> bool:
        return self.sound and self.refusal is None

    @property
    def kind_label(self) -> str:
        return self.kind.label if self.kind else "Otra"

    @property
    def created_text(self) -> str:
        return self.created.strftime("%d/%m/%Y %H:%M")

    @property
    def size_text(self) -> str:
        if self.plain_size:
            return f"{size_text(self.size)} comprimida, de {size_text(self.plain_size)}"
        return size_text(self.size)

    @property
    def versions_text(self) -> str:
        if self.revision is None:
            return "—"
        app = f"Pisac Desktop {self.app_version}" if self.app_version else "Pisac Desktop"
        return f"{app}, esquema {self.revision}"

    def summary_lines(self) -> list[str]:
        return [f"{label}: {'—' if n is None else n}" for label, n in self.counts.items()]


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def restore_refusal(revision: str | None, app_version: str | None) -> str | None:
    """Why this version of the app cannot use a copy at that revision (Spanish), or None."""
    from pisac_desktop.db.schema import known_revisions

    if revision is None:
        return ("El archivo no es una copia de Pisac Desktop (no indica la versión de su "
                "esquema).")
    if revision not in known_revisions():
        by = f"Pisac Desktop {app_version}" if app_version else "una versión más reciente"
        wanted = f"Pisac Desktop {app_version}" if app_version else "la versión más reciente"
        return (f"La copia fue hecha por {by} (esquema {revision}) y este programa es la versión "
                f"{__version__}, más antigua: no puede usarla sin dañar los datos. Instale "
                f"{wanted} o una posterior para restaurarla.")
    return None


_INSPECTED: dict[tuple[str, int, int, bool], BackupInfo] = {}


def inspect_backup(path: Path, quick: bool = False, use_cache: bool = True,
                   verified: bool = False) -> BackupInfo:
    """Date, size, state, versions and counts of one copy, read from inside the file.

    quick: PRAGMA quick_check instead of integrity_check (for listing many copies). Results are
    cached per (file, size, mtime), so listing again costs only a directory scan. verified: the
    caller has just run integrity_check on it (a fresh copy): not checked again.
    """
    path = Path(path)
    st = path.stat()
    key = (str(path.resolve()), st.st_size, st.st_mtime_ns, quick)
    if use_cache and key in _INSPECTED:
        return _INSPECTED[key]
    if path.name.endswith(SERVER_BACKUP_SUFFIX):  # a server database's copy (pg_dump)
        from pisac_desktop.core.server_backups import inspect_dump

        _INSPECTED[key] = info = inspect_dump(path, quick, verified)
        return info
    if is_compressed(path):
        try:
            _INSPECTED[key] = info = _inspect_compressed(path, quick, verified)
        except _Unchecked as unchecked:  # not remembered: the next look may succeed
            return unchecked.info
        return info
    base = describe_file(path)
    try:
        problem = None if verified else file_problem(path, quick=quick)
    except DatabaseBusyError:
        problem = "está ocupada por otro programa"
    except OSError as exc:
        problem = f"no se puede leer ({exc})"
    if problem is not None:
        info = _replace(base, problem=problem)
    else:
        try:
            facts = read_inside(path, [t for _l, t in SUMMARY_TABLES])
        except sqlite3.Error as exc:
            info = _replace(base, problem=f"SQLite no puede leerla ({exc})")
        else:
            info = _described(base, facts.revision, facts.app_version, facts.counts)
    _INSPECTED[key] = info
    return info


class _Unchecked(Exception):  # noqa: N818 (a result, not a failure)
    """A copy that could not be judged now (the disk, not the copy): not cached."""

    def __init__(self, info: BackupInfo):
        super().__init__(info.problem)
        self.info = info


def _inspect_compressed(path: Path, quick: bool, verified: bool) -> BackupInfo:
    """Listing: from its summary (its size must match). Full: decompressed, its SHA-256
    compared with the summary's, integrity_check on the content."""
    base = describe_file(path)
    summary = read_summary(path)
    try:
        problem = quick_problem(path, summary)
    except OSError as exc:  # held by another program (an antivirus), or gone meanwhile
        raise _Unchecked(_replace(base, problem=f"no se puede leer ({exc.strerror or exc})")) from exc
    if problem is not None:
        return _replace(base, problem=problem)
    if summary is not None and (quick or verified):
        return _described(base, summary.revision, summary.app_version, summary.counts,
                          summary.plain_size)
    try:
        with plain_copy(path) as plain:
            problem = file_problem(plain, quick=quick)
            facts = None if problem else read_inside(plain, [t for _l, t in SUMMARY_TABLES])
            size = plain.stat().st_size
    except CompressedCopyError as exc:
        return _replace(base, problem=str(exc))
    except DatabaseBusyError:
        return _replace(base, problem="está ocupada por otro programa")
    except sqlite3.Error as exc:
        return _replace(base, problem=f"no se puede leer ({exc})")
    except OSError as exc:  # no room to decompress, no permission: the copy is not judged
        raise _Unchecked(_replace(
            base, problem=f"no se pudo comprobar: {exc.strerror or exc}")) from exc
    if problem is not None:
        return _replace(base, problem=problem)
    return _described(base, facts.revision, facts.app_version, facts.counts, size)


def _described(base: BackupInfo, revision: str | None, app_version: str | None,
               table_counts: dict[str, int | None], plain_size: int | None = None) -> BackupInfo:
    counts = {label: table_counts.get(table) for label, table in SUMMARY_TABLES}
    return _replace(base, revision=revision, app_version=app_version, counts=counts,
                    refusal=restore_refusal(revision, app_version), plain_size=plain_size)


def describe_file(path: Path) -> BackupInfo:
    """What the name and the file system say about a copy: kind, date, size."""
    st = path.stat()
    parsed = parse_backup_name(path.name)
    created = parsed.created if parsed else dt.datetime.fromtimestamp(st.st_mtime)
    return BackupInfo(path, parsed.kind if parsed else None, created, st.st_size)


def _replace(info: BackupInfo, **changes) -> BackupInfo:
    from dataclasses import replace

    return replace(info, **changes)


def list_backups(folder: Path, quick: bool = True) -> list[BackupInfo]:
    """Every copy (*.sqlite3, *.sqlite3.gz, and a server's *.pgdump) in a folder, newest
    first, each inspected (cached)."""
    if not folder.is_dir():
        return []
    infos = [inspect_backup(p, quick=quick) for p in folder.iterdir()
             if p.is_file() and p.name.endswith(COPY_SUFFIXES)]
    return sorted(infos, key=lambda i: (i.created, i.path.name), reverse=True)


def newest_sound_backup(folder: Path) -> BackupInfo | None:
    """The newest copy in the folder that is sound and that this version can restore.

    The full integrity_check (as the restore itself runs): a copy that only quick_check passes
    would be offered and then refused, hiding an older sound one. Only the damaged-start path
    calls this."""
    for info in list_backups(folder, quick=False):
        if info.restorable:
            return info
    return None


def has_backup_on(folder: Path, day: dt.date) -> bool:
    """Is there a copy made on that day? Only file names are read: cheap at every start."""
    if not folder.is_dir():
        return False
    for entry in os.scandir(folder):
        parsed = parse_backup_name(entry.name)
        if parsed is not None and parsed.created.date() == day:
            return True
    return False


# --- making copies ---------------------------------------------------------------------------
def make_backup(source: Path, folder: Path, kind: BackupKind,
                clock: Callable[[], dt.datetime] = wall_time,
                progress: Progress | None = None, revision: str | None = None) -> BackupInfo:
    """Copy with the online backup API, verify with integrity_check, compress it (verified
    again by reading it back) with its summary (core/compressed_backups.py), and describe it.

    Raises BackupError (Spanish) when the copy cannot be made or does not verify, and
    BackupCancelled when progress() asked to stop; no partial file is left behind.
    """
    plain = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        check_free_space(source, folder)
        target = unique_backup_path(folder, kind, clock(), revision, suffix=COMPRESSED_SUFFIX)
        plain = target.with_name(plain_name(target))
        started = time.perf_counter()
        with closing(connect_read_only(source)) as src:
            copy_from_connection(src, plain, progress)
        verify_or_delete(plain, progress)
        try:
            pack(plain, target, [t for _l, t in SUMMARY_TABLES], progress)
        except BaseException:  # never a compressed copy without its summary (nor a half one)
            for made in (target, target.with_name(target.name + ".json")):
                with suppress(OSError):
                    made.unlink()
            raise
        try:
            plain.unlink()
        except OSError as exc:  # held a moment (an antivirus): the copy itself is made
            log.warning("Could not delete the plain copy %s: %s", plain, exc)
        log.info("Compressed copy %s: %s from %s in %.1f s", target.name,
                 size_text(target.stat().st_size), size_text(source.stat().st_size),
                 time.perf_counter() - started)
    except (BackupCancelled, BackupError):
        _discard(plain)
        raise
    except CompressedCopyError as exc:
        _discard(plain)
        raise BackupError(f"No se pudo comprimir la copia: {exc}.") from exc
    except BackupVerificationError as exc:
        raise BackupError(str(exc)) from exc
    except sqlite3.Error as exc:
        raise BackupError(_sqlite_failure(exc, folder)) from exc
    except OSError as exc:
        _discard(plain)
        raise BackupError(f"No se pudo escribir la copia en {folder}: "
                          f"{exc.strerror or exc}.") from exc
    return inspect_backup(target, quick=True, verified=True)  # integrity_check just passed


def _discard(plain: Path | None) -> None:
    """A failed compressed copy leaves nothing: not even its verified plain file (the next
    copy is made whole again)."""
    if plain is not None:
        with suppress(OSError):
            plain.unlink()


def check_free_space(source: Path, folder: Path) -> None:
    needed = source.stat().st_size
    wal = source.with_name(source.name + "-wal")
    if wal.exists():
        needed += wal.stat().st_size
    free = shutil.disk_usage(folder).free
    if free < needed * SPACE_MARGIN:
        raise BackupError(f"No hay espacio suficiente en {folder}: la copia necesita unos "
                          f"{size_text(int(needed * SPACE_MARGIN))} y quedan "
                          f"{size_text(free)} libres.")


def _sqlite_failure(exc: sqlite3.Error, folder: Path) -> str:
    text = str(exc).lower()
    if "full" in text:
        return f"No se pudo hacer la copia: el disco de {folder} está lleno."
    if is_locked_error(exc):
        return "No se pudo hacer la copia: la base de datos está ocupada. Inténtelo de nuevo."
    return f"No se pudo hacer la copia en {folder}: SQLite respondió «{exc}»."


def audit_backup_event(db: Database, actor: Actor, action: str, entity_id: str, facts: dict) -> None:
    from pisac_desktop.core.audit import diff, record

    with db.session() as session:
        record(session, actor, action, "database", entity_id, diff({}, facts))


def backup_facts(info: BackupInfo) -> dict:
    return {"archivo": str(info.path), "tipo": info.kind.value if info.kind else "",
            "tamaño": info.size, "estado": info.state}


def backup_now(db: Database, paths: DataPaths, actor: Actor, target_dir: Path | None = None,
               progress: Progress | None = None,
               clock: Callable[[], dt.datetime] | None = None) -> BackupInfo:
    """Respaldar ahora: a manual copy in the backups folder or any folder (a USB stick)."""
    clock = clock or (lambda: wall_time(db.clock))
    require_in(db, actor, Permission.BACKUP)
    source = sqlite_file_of(db)
    folder = Path(target_dir) if target_dir else paths.backups
    if source is None:  # on a server: pg_dump
        from pisac_desktop.core.server_backups import make_server_backup

        info = make_server_backup(db, paths, folder, BackupKind.MANUAL, clock, progress)
    else:
        info = make_backup(source, folder, BackupKind.MANUAL, clock, progress)
    note_copy(paths.backups, info.path, clock())
    try:
        audit_backup_event(db, actor, "backup", info.path.name, backup_facts(info))
    except SQLAlchemyError as exc:
        log.exception("Could not audit the backup %s", info.path)
        raise BackupError(f"La copia se hizo y está íntegra ({info.path}), pero no se pudo anotar "
                          f"en el registro de auditoría: {getattr(exc, 'orig', exc)}.") from exc
    log.info("Manual backup by %s: %s", actor.username, info.path)
    return info
