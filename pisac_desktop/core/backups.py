"""Backups and recovery: make, verify, list, prune, restore. Plain Python, no Qt.

Kinds of copy (the kind is in the file name): diaria (first start of each day), al-cerrar (on
close, when data changed), antes-de-actualizar (before a migration), antes-de-restaurar (the
database a restore replaces), manual (Respaldar ahora / `pisac-desktop backup`).

Auditing: manual backups and restores are audited with the acting user. Automatic backups are
audited too, as Actor.system("copia automática"): the entry is written after the copy, and the
"data changed" check for the close backup compares PRAGMA data_version against a baseline taken
after the start-up backup and its entry, so an automatic backup's own entry never makes the next
close think that the data changed (no backup loop). See ChangeMonitor.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Hashable, Iterable
from contextlib import closing, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from pisac_desktop import __version__
from pisac_desktop.clock import wall_time
from pisac_desktop.core.audit_anchor import EVENT_RESTORE, note_copy
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Actor, Permission, require, require_in
from pisac_desktop.db.backup import (
    BACKUP_SUFFIX,
    PARTIAL_SUFFIX,
    BackupKind,
    BackupVerificationError,
    Progress,
    check_integrity,
    connect_read_only,
    copy_from_connection,
    fsync_dir,
    parse_backup_name,
    read_inside,
    sqlite_uri,
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
RECOVERY_ACTOR = "recuperación al iniciar"
SPACE_MARGIN = 1.1  # a copy needs the database's size plus this margin free on the target

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


SERVER_MESSAGE = ("La base de datos está en un servidor (PostgreSQL): sus copias de seguridad se "
                  "hacen con las herramientas del servidor (pg_dump), no desde Pisac Desktop.")


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
    parsed = parse_backup_name(path.name)
    created = parsed.created if parsed else dt.datetime.fromtimestamp(st.st_mtime)
    base = BackupInfo(path, parsed.kind if parsed else None, created, st.st_size)
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
            counts = {label: facts.counts.get(table) for label, table in SUMMARY_TABLES}
            info = _replace(base, revision=facts.revision, app_version=facts.app_version,
                            counts=counts,
                            refusal=restore_refusal(facts.revision, facts.app_version))
    _INSPECTED[key] = info
    return info


def _replace(info: BackupInfo, **changes) -> BackupInfo:
    from dataclasses import replace

    return replace(info, **changes)


def list_backups(folder: Path, quick: bool = True) -> list[BackupInfo]:
    """Every copy (*.sqlite3) in a folder, newest first, each inspected (cached)."""
    if not folder.is_dir():
        return []
    infos = [inspect_backup(p, quick=quick) for p in folder.iterdir()
             if p.is_file() and p.name.endswith(BACKUP_SUFFIX)]
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
    """Copy with the online backup API, verify with integrity_check, and describe the copy.

    Raises BackupError (Spanish) when the copy cannot be made or does not verify, and
    BackupCancelled when progress() asked to stop; no partial file is left behind.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _check_free_space(source, folder)
        target = unique_backup_path(folder, kind, clock(), revision)
        with closing(connect_read_only(source)) as src:
            copy_from_connection(src, target, progress)
        verify_or_delete(target, progress)
    except (BackupCancelled, BackupError):
        raise
    except BackupVerificationError as exc:
        raise BackupError(str(exc)) from exc
    except sqlite3.Error as exc:
        raise BackupError(_sqlite_failure(exc, folder)) from exc
    except OSError as exc:
        raise BackupError(f"No se pudo escribir la copia en {folder}: "
                          f"{exc.strerror or exc}.") from exc
    return inspect_backup(target, quick=True, verified=True)  # integrity_check just passed


def _check_free_space(source: Path, folder: Path) -> None:
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


def _audit(db: Database, actor: Actor, action: str, entity_id: str, facts: dict) -> None:
    from pisac_desktop.core.audit import diff, record

    with db.session() as session:
        record(session, actor, action, "database", entity_id, diff({}, facts))


def _backup_facts(info: BackupInfo) -> dict:
    return {"archivo": str(info.path), "tipo": info.kind.value if info.kind else "",
            "tamaño": info.size, "estado": info.state}


def backup_now(db: Database, paths: DataPaths, actor: Actor, target_dir: Path | None = None,
               progress: Progress | None = None,
               clock: Callable[[], dt.datetime] | None = None) -> BackupInfo:
    """Respaldar ahora: a manual copy in the backups folder or any folder (a USB stick)."""
    clock = clock or (lambda: wall_time(db.clock))
    require_in(db, actor, Permission.BACKUP)
    source = sqlite_file_of(db)
    if source is None:
        raise BackupError(SERVER_MESSAGE)
    folder = Path(target_dir) if target_dir else paths.backups
    info = make_backup(source, folder, BackupKind.MANUAL, clock, progress)
    note_copy(paths.backups, info.path, clock())
    try:
        _audit(db, actor, "backup", info.path.name, _backup_facts(info))
    except SQLAlchemyError as exc:
        log.exception("Could not audit the backup %s", info.path)
        raise BackupError(f"La copia se hizo y está íntegra ({info.path}), pero no se pudo anotar "
                          f"en el registro de auditoría: {getattr(exc, 'orig', exc)}.") from exc
    log.info("Manual backup by %s: %s", actor.username, info.path)
    return info


def _automatic(db: Database, paths: DataPaths, kind: BackupKind,
               clock: Callable[[], dt.datetime]) -> BackupInfo | None:
    source = sqlite_file_of(db)
    if source is None or not source.exists():
        return None
    info = make_backup(source, paths.backups, kind, clock)
    note_copy(paths.backups, info.path, clock())
    try:
        _audit(db, Actor.system(AUTOMATIC_ACTOR), "backup", info.path.name, _backup_facts(info))
    except SQLAlchemyError:  # the copy is made and sound; the entry is not worth failing for
        log.exception("Could not audit the automatic backup %s", info.path)
    prune_backups(paths.backups, clock())
    log.info("Automatic backup (%s): %s", kind.value, info.path)
    return info


def ensure_daily_backup(db: Database, paths: DataPaths,
                        clock: Callable[[], dt.datetime] = wall_time) -> BackupInfo | None:
    """At start-up: the day's first copy, unless the backups folder has one from today already
    (only file names are read then). Returns the new copy, or None. Raises BackupError."""
    if has_backup_on(paths.backups, clock().date()):
        return None
    return _automatic(db, paths, BackupKind.DAILY, clock)


class ChangeMonitor:
    """Has anybody committed to the database since start()?

    A private read-only connection reads PRAGMA data_version, which changes whenever any other
    connection (any engine, thread or process) commits to the file. Unlike the audit head it
    also sees changes that are not audited, and unlike the file's mtime it has no false alarms
    from checkpoints and no clock granularity. It holds no lock and no transaction.
    """

    def __init__(self, path: Path):
        self.path = path
        self._conn: sqlite3.Connection | None = connect_read_only(path)
        self._baseline = self._version()

    def _version(self) -> int:
        assert self._conn is not None
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def changed(self) -> bool:
        if self._conn is None:
            return True
        try:
            return self._version() != self._baseline
        except sqlite3.Error:
            return True  # cannot tell: a copy too many is better than one too few

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def backup_on_close(db: Database, paths: DataPaths, monitor: ChangeMonitor | None,
                    clock: Callable[[], dt.datetime] = wall_time,
                    changed_before: bool = False) -> BackupInfo | None:
    """On close: a copy when the data changed since the monitor started (None: assume it did),
    or changed_before (seen by an earlier monitor of the same session). Raises BackupError."""
    if monitor is not None and not changed_before and not monitor.changed():
        return None
    return _automatic(db, paths, BackupKind.ON_CLOSE, clock)


class AutomaticBackups:
    """The app's automatic copies, never stopping start-up or close.

    at_start() after open_database(); at_close() when the main window closes, before disposing
    the engine; stop() before anything replaces the database file (a restore; at_close() then
    does nothing, since the file is no longer this session's). A failure is
    logged and kept in .warning (Spanish) for the status bar.
    """

    def __init__(self, db: Database, paths: DataPaths,
                 clock: Callable[[], dt.datetime] | None = None):
        self.db, self.paths = db, paths
        self.clock = clock or (lambda: wall_time(db.clock))
        self.monitor: ChangeMonitor | None = None
        self.warning: str | None = None
        self._stopped = False
        self._changed_before = False  # seen by a monitor closed by pause()

    def at_start(self) -> BackupInfo | None:
        made = self._guarded(lambda: ensure_daily_backup(self.db, self.paths, self.clock))
        self._watch()
        return made

    def _watch(self) -> None:
        source = sqlite_file_of(self.db)
        if source is not None and source.exists():
            try:
                self.monitor = ChangeMonitor(source)
            except sqlite3.Error:
                log.exception("Cannot watch %s for changes", source)

    def pause(self) -> None:
        """Close the monitor's connection (a restore needs the file alone), remembering
        whether the data had changed; resume() if the restore does not happen."""
        if self.monitor is not None:
            self._changed_before = self._changed_before or self.monitor.changed()
            self.monitor.close()
            self.monitor = None

    def resume(self) -> None:
        if not self._stopped and self.monitor is None:
            self._watch()

    def at_close(self) -> BackupInfo | None:
        if self._stopped or sqlite_file_of(self.db) is None:
            return None  # stopped: the file was replaced (restore); nothing of ours to copy
        try:
            return self._guarded(
                lambda: backup_on_close(self.db, self.paths, self.monitor, self.clock,
                                        self._changed_before))
        finally:
            self.stop()

    def stop(self) -> None:
        self._stopped = True
        if self.monitor is not None:
            self.monitor.close()
            self.monitor = None

    def _guarded(self, action: Callable[[], BackupInfo | None]) -> BackupInfo | None:
        try:
            return action()
        except BackupError as exc:
            self.warning = f"No se pudo hacer la copia de seguridad automática: {exc}"
        except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
            self.warning = f"No se pudo hacer la copia de seguridad automática: {exc}"
        log.error("%s", self.warning)
        return None


# --- retention --------------------------------------------------------------------------------
T = TypeVar("T", bound=Hashable)


def backups_to_prune(backups: Iterable[tuple[T, dt.datetime]], now: dt.datetime,
                     daily: int = 7, weekly: int = 4, monthly: int = 12) -> list[T]:
    """Which automatic copies to delete. Pure: (item, when) pairs in, items to delete out.

    Kept: the newest copy of each of the last `daily` days that have copies, of each of the
    last `weekly` ISO weeks that have copies, and of each of the last `monthly` months that
    have copies. Periods count only when they hold a copy, so weeks without using the app
    never thin the history out. Copies dated after `now` (a clock set wrong) are kept and not
    counted.
    """
    items = sorted(backups, key=lambda pair: pair[1], reverse=True)
    past = [(item, when) for item, when in items if when <= now]
    keep: set[T] = set()
    periods = (
        (lambda d: d.date(), daily),
        (lambda d: d.isocalendar()[:2], weekly),
        (lambda d: (d.year, d.month), monthly),
    )
    for period_of, count in periods:
        seen: set = set()
        for item, when in past:  # newest first: the first of each period is its newest
            period = period_of(when)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.add(period)
            keep.add(item)
    return [item for item, _when in past if item not in keep]


def prune_backups(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Apply the retention to the automatic copies in the backups folder; returns what it deleted.

    Never touched: manual copies, files not named by Pisac Desktop, anything outside `folder`,
    and the newest antes-de-actualizar and antes-de-restaurar copies (the last state before a
    one-off change). Leftover '.parcial' files from an interrupted copy older than a day go too.
    """
    now = now or wall_time()
    if not folder.is_dir():
        return []
    candidates: list[tuple[Path, dt.datetime]] = []
    newest_special: dict[BackupKind, tuple[dt.datetime, Path]] = {}
    deleted: list[Path] = []
    for path in folder.iterdir():
        if path.name.endswith(PARTIAL_SUFFIX):
            age = now - dt.datetime.fromtimestamp(path.stat().st_mtime)
            if age > dt.timedelta(days=1):
                with suppress(OSError):
                    path.unlink()
                    deleted.append(path)
            continue
        parsed = parse_backup_name(path.name)
        if parsed is None or not parsed.kind.automatic or not path.is_file():
            continue
        candidates.append((path, parsed.created))
        if parsed.kind in (BackupKind.MIGRATION, BackupKind.BEFORE_RESTORE):
            best = newest_special.get(parsed.kind)
            if best is None or (parsed.created, path.name) > (best[0], best[1].name):
                newest_special[parsed.kind] = (parsed.created, path)
    protected = {path for _when, path in newest_special.values()}
    for path in backups_to_prune(candidates, now):
        if path in protected:
            continue
        try:
            path.unlink()
        except OSError:
            log.warning("Could not delete the old backup %s", path)
        else:
            deleted.append(path)
            log.info("Pruned old backup %s", path.name)
    return deleted


# --- restoring ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo  # the copy that is now the database
    database: Path
    safety_backup: BackupInfo | None  # antes-de-restaurar copy of the replaced database
    moved_aside: Path | None  # the damaged database, kept under a new name
    migrated_from: str | None  # the copy's schema revision when it had to be upgraded
    # Set when the file was replaced but a later step failed (opening it, or writing the
    # audit entry): the restore did happen and the app must still restart on it.
    warning: str | None = None
    notes: tuple[str, ...] = ()  # what was put right (e.g. triggers put back), in Spanish


BUSY_RESTORE = ("La base de datos actual está abierta en otra ventana de Pisac Desktop o en otro "
                "programa. Ciérrelos y vuelva a intentarlo; no se cambió nada.")


def check_restorable(source: Path, current: Path | None = None,
                     allow_other_institution: bool = False) -> BackupInfo:
    """Full integrity_check, version check, the copy's own audit chain and, against the current
    database file, its institution (RUC). Raises RestoreRefused (ForeignBackup for another
    institution's copy, unless allowed). Missing append-only triggers are not a refusal: the
    restore puts them back (see _after_restore)."""
    source = Path(source)
    if not source.is_file():
        raise RestoreRefused(f"No existe el archivo {source}.")
    info = inspect_backup(source, quick=False, use_cache=False)
    if not info.sound:
        raise RestoreRefused(f"La copia {source.name} está dañada: {info.problem}. No se "
                             "cambió nada; elija otra copia.")
    if info.refusal:
        raise RestoreRefused(info.refusal + " No se cambió nada.")
    from pisac_desktop.core.integrity import copy_trust

    trust = copy_trust(source, current)
    if trust.chain is not None and not trust.chain.ok:
        raise RestoreRefused(f"La copia {source.name} no es confiable: {trust.chain.message} "
                             "No se cambió nada; elija otra copia.")
    if trust.foreign and not allow_other_institution:
        raise ForeignBackup(trust.foreign + " No se cambió nada. Para restaurarla de todos "
                            "modos hay que confirmarlo expresamente.")
    return info


def restore_backup(paths: DataPaths, source: Path, actor: Actor, db: Database | None = None,
                   before_replace: Callable[[], None] | None = None,
                   clock: Callable[[], dt.datetime] = wall_time,
                   allow_other_institution: bool = False) -> RestoreResult:
    """Replace the database by a copy. The current database is backed up first (or, when it is
    damaged, kept aside under a new name). An older copy is backed up and upgraded by the usual
    start-up path. The restore is audited in the restored database.

    db: the caller's open Database, disposed before the file is replaced (the app must restart
    on the restored data). before_replace: called once the copy is accepted, e.g. to stop the
    ChangeMonitor. Raises PermissionDenied, RestoreRefused, BackupError.
    """
    if db is not None:
        require_in(db, actor, Permission.RESTORE)
    else:
        require(actor, Permission.RESTORE)
    return _restore(paths, source, actor, db, before_replace, clock, always_move_aside=False,
                    allow_other_institution=allow_other_institution)


def recover_from_backup(paths: DataPaths, backup: Path | BackupInfo,
                        clock: Callable[[], dt.datetime] = wall_time) -> Path:
    """At start-up, for a damaged database: keep it aside (pisac-dañada-AAAAMMDD-HHMMSS.sqlite3
    with its -wal/-shm) and restore the copy. Returns where the damaged file now is.

    Nobody can sign in to a damaged database, so this runs as the system; the restore is audited
    in the restored database. Nothing is moved when the copy itself does not verify.
    """
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    result = _restore(paths, source, Actor.system(RECOVERY_ACTOR), None, None, clock,
                      always_move_aside=True)
    assert result.moved_aside is not None
    return result.moved_aside


def _restore(paths: DataPaths, source: Path, actor: Actor, db: Database | None,
             before_replace: Callable[[], None] | None, clock: Callable[[], dt.datetime],
             always_move_aside: bool, allow_other_institution: bool = False) -> RestoreResult:
    target = configured_file(paths)
    if target is None:
        raise RestoreRefused(SERVER_MESSAGE)
    source = Path(source)
    if target.exists() and source.resolve() == target.resolve():
        raise RestoreRefused("El archivo elegido es la base de datos actual; elija una copia.")
    # A damaged current database cannot say whose it is: no institution check then.
    info = check_restorable(source, None if always_move_aside else target,
                            allow_other_institution)
    if always_move_aside and not target.exists():
        raise BackupError(f"No hay ninguna base de datos en {target} que apartar.")
    if always_move_aside and target.exists() and _current_problem(target) is None:
        raise RestoreRefused("La base de datos actual no está dañada: no se apartará. Para "
                             "volver a una copia use Archivo > Restaurar.")
    if db is not None:
        db.dispose()
    if before_replace is not None:
        before_replace()  # e.g. AutomaticBackups.pause: its connection would block the lock
    when = clock()
    safety = moved = None
    if target.exists():
        problem = None if always_move_aside else _current_problem(target)
        if always_move_aside or problem is not None:
            moved = move_aside(target, when)
        else:
            safety = _backup_current_exclusively(target, paths.backups, when)
            note_copy(paths.backups, safety.path, when)
    _install(source, target)
    note_copy(paths.backups, source, when, EVENT_RESTORE)
    log.warning("Database %s restored from %s by %s", target, source, actor.username)
    return _after_restore(paths, info, actor, safety, moved, target)


def _current_problem(target: Path) -> str | None:
    try:
        return file_problem(target)
    except DatabaseBusyError as exc:
        raise RestoreRefused(BUSY_RESTORE) from exc
    except OSError as exc:
        raise BackupError(f"No se puede leer la base de datos actual {target}: {exc}") from exc


def _after_restore(paths: DataPaths, info: BackupInfo, actor: Actor,
                   safety: BackupInfo | None, moved: Path | None, target: Path) -> RestoreResult:
    from pisac_desktop.startup import open_database

    try:
        opened = open_database(paths)  # the usual path: backs up and upgrades an older copy
    except Exception as exc:  # the file IS replaced: report, do not pretend nothing happened
        log.exception("Restored %s but cannot open it", info.path)
        return RestoreResult(info, target, safety, None if moved is None else moved, None,
                             f"La copia {info.path.name} se restauró, pero al abrirla hubo un "
                             f"problema: {exc}")
    notes: list[str] = []
    try:
        facts = {"archivo": str(info.path),
                 "fecha_de_la_copia": info.created.strftime("%d/%m/%Y %H:%M"),
                 "esquema_de_la_copia": info.revision}
        if safety is not None:
            facts["copia_previa"] = str(safety.path)
        if moved is not None:
            facts["archivo_dañado_apartado"] = str(moved)
        notes = _put_back_triggers(opened.db)
        if notes:
            facts["disparadores_repuestos"] = ", ".join(notes)
        _audit(opened.db, actor, "restore", info.path.name, facts)
        warning = None
    except SQLAlchemyError as exc:
        log.exception("Could not audit the restore of %s", info.path)
        warning = (f"La copia {info.path.name} se restauró, pero no se pudo anotar en el "
                   f"registro de auditoría: {getattr(exc, 'orig', exc)}.")
    finally:
        opened.db.dispose()
    migrated = info.revision if opened.schema.action == "actualizada" else None
    said = (f"A la copia le faltaban protecciones del registro de auditoría ({', '.join(notes)});"
            " se repusieron.",) if notes else ()
    return RestoreResult(info, target, safety, moved, migrated, warning, said)


def _put_back_triggers(db: Database) -> list[str]:
    from pisac_desktop.db.audit_guard import restore_triggers

    with db.engine.begin() as conn:
        created = restore_triggers(conn)
    if created:
        log.warning("Restored database lacked the audit triggers %s: created", created)
    return created


def damaged_name(target: Path, when: dt.datetime) -> Path:
    seq = 1
    while True:
        extra = f"-{seq}" if seq > 1 else ""
        candidate = target.with_name(
            f"{target.stem}-dañada-{when:%Y%m%d-%H%M%S}{extra}{target.suffix}")
        if not candidate.exists():
            return candidate
        seq += 1


def move_aside(target: Path, when: dt.datetime) -> Path:
    """Rename the database and its -wal/-shm to pisac-dañada-AAAAMMDD-HHMMSS.sqlite3[-wal|-shm]:
    same folder, so nothing is copied and nothing can be lost half-way."""
    aside = damaged_name(target, when)
    try:
        os.replace(target, aside)
        for suffix in ("-wal", "-shm"):
            sidecar = target.with_name(target.name + suffix)
            if sidecar.exists():
                os.replace(sidecar, aside.with_name(aside.name + suffix))
        fsync_dir(target.parent)
    except OSError as exc:
        raise BackupError(f"No se pudo apartar el archivo {target.name} ({exc.strerror or exc}); "
                          "quizá está abierto en otro programa. Ciérrelo y vuelva a "
                          "intentarlo.") from exc
    log.warning("Damaged database %s kept aside as %s", target, aside)
    return aside


def _backup_current_exclusively(target: Path, folder: Path, when: dt.datetime) -> BackupInfo:
    """Lock the current database exclusively (refusing when another program has it open), copy
    it to an antes-de-restaurar backup through that same connection, and fold its WAL in."""
    conn = sqlite3.connect(sqlite_uri(target, "rw"), uri=True, timeout=2,
                           isolation_level=None)
    try:
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")  # the lock stays: exclusive locking mode
        except sqlite3.OperationalError as exc:
            if is_locked_error(exc):
                raise RestoreRefused(BUSY_RESTORE) from exc
            raise BackupError(f"No se pudo preparar la base de datos actual: {exc}") from exc
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _check_free_space(target, folder)
            backup = unique_backup_path(folder, BackupKind.BEFORE_RESTORE, when)
            copy_from_connection(conn, backup)
            verify_or_delete(backup)
        except BackupVerificationError as exc:
            raise BackupError(str(exc) + " No se restauró nada.") from exc
        except (OSError, sqlite3.Error) as exc:
            raise BackupError("No se pudo respaldar la base de datos actual antes de "
                              f"restaurar ({exc}); no se cambió nada.") from exc
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return inspect_backup(backup, quick=True, verified=True)


def _install(source: Path, target: Path) -> None:
    """Put a copy of source at target: a complete, synced temporary file in the same folder,
    the old -wal/-shm removed (SQLite would apply an old WAL to the new file), then one atomic
    os.replace."""
    tmp = target.with_name(f".{target.name}.restaurando")
    try:
        with closing(connect_read_only(source)) as src:
            copy_from_connection(src, tmp)
        problems = check_integrity(tmp, quick=True)
        if not problems:
            for suffix in ("-wal", "-shm"):
                with suppress(FileNotFoundError):
                    target.with_name(target.name + suffix).unlink()
            os.replace(tmp, target)
            fsync_dir(target.parent)
            return
        detail = "; ".join(problems[:3])
    except (OSError, sqlite3.Error) as exc:
        detail = str(exc)
    with suppress(OSError):
        tmp.unlink()
    raise BackupError(f"No se pudo copiar {source.name} a {target} ({detail}); no se restauró. "
                      "La base de datos anterior se conserva en la carpeta de copias de "
                      "seguridad o apartada con otro nombre.")
