"""Restoring a backup, and recovering from a damaged database at start-up: the copy is checked,
the current database kept (antes-de-restaurar), the copy installed atomically and the office
opened again on it (start-up: upgrade and reference data of every area). Plain Python, no Qt.

Above the areas: re-opening the database seeds what every area needs, so this is not core."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import ExitStack, closing, contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from pisac_desktop.clock import wall_time
from pisac_desktop.core.audit_anchor import EVENT_RESTORE, note_copy
from pisac_desktop.core.backups import (
    RECOVERY_ACTOR,
    SERVER_MESSAGE,
    BackupError,
    BackupInfo,
    ForeignBackup,
    RestoreRefused,
    audit_backup_event,
    check_free_space,
    configured_file,
    inspect_backup,
)
from pisac_desktop.core.compressed_backups import CompressedCopyError, plain_copy
from pisac_desktop.core.permissions import Actor, Permission, require, require_in
from pisac_desktop.db.backup import (
    BackupKind,
    BackupVerificationError,
    Progress,
    check_integrity,
    connect_read_only,
    copy_from_connection,
    fsync_dir,
    is_compressed,
    sqlite_uri,
    unique_backup_path,
    verify_or_delete,
)
from pisac_desktop.db.engine import Database
from pisac_desktop.db.health import DatabaseBusyError, file_problem, is_locked_error
from pisac_desktop.paths import DataPaths

log = logging.getLogger(__name__)


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
    if is_compressed(source):  # checked on its content, decompressed
        with plain_of(source) as plain:
            info = check_restorable(plain, current, allow_other_institution)
        return as_compressed(info, source)
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


# progress(phase, done, total) of a restore, in this order: "comprobando" the copy (0, 0),
# "reemplazando" (0, 0: the last moment to stop; what follows cannot be stopped safely),
# "respaldando" the current database (pages), "verificando" that copy (0, 0), "instalando" the
# copy (pages), "abriendo" the restored data (0, 0: upgraded if older). What the callback raises
# before "reemplazando" is over stops the restore with nothing changed.
RESTORE_PHASES = ("comprobando", "reemplazando", "respaldando", "verificando", "instalando",
                  "abriendo")


def restore_backup(paths: DataPaths, source: Path, actor: Actor, db: Database | None = None,
                   before_replace: Callable[[], None] | None = None,
                   clock: Callable[[], dt.datetime] = wall_time,
                   allow_other_institution: bool = False,
                   progress: Progress | None = None) -> RestoreResult:
    """Replace the database by a copy. The current database is backed up first (or, when it is
    damaged, kept aside under a new name). An older copy is backed up and upgraded by the usual
    start-up path. The restore is audited in the restored database.

    db: the caller's open Database, disposed before the file is replaced (the app must restart
    on the restored data). before_replace: called once the copy is accepted, e.g. to stop the
    ChangeMonitor. progress: see RESTORE_PHASES. Raises PermissionDenied, RestoreRefused,
    BackupError.
    """
    if db is not None:
        require_in(db, actor, Permission.RESTORE)
    else:
        require(actor, Permission.RESTORE)
    return _restore(paths, source, actor, db, before_replace, clock, always_move_aside=False,
                    allow_other_institution=allow_other_institution, progress=progress)


def recover_from_backup(paths: DataPaths, backup: Path | BackupInfo,
                        clock: Callable[[], dt.datetime] = wall_time,
                        progress: Progress | None = None) -> Path:
    """At start-up, for a damaged database: keep it aside (pisac-dañada-AAAAMMDD-HHMMSS.sqlite3
    with its -wal/-shm) and restore the copy. Returns where the damaged file now is.

    Nobody can sign in to a damaged database, so this runs as the system; the restore is audited
    in the restored database. Nothing is moved when the copy itself does not verify.
    """
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    result = _restore(paths, source, Actor.system(RECOVERY_ACTOR), None, None, clock,
                      always_move_aside=True, progress=progress)
    assert result.moved_aside is not None
    return result.moved_aside


def _restore(paths: DataPaths, source: Path, actor: Actor, db: Database | None,
             before_replace: Callable[[], None] | None, clock: Callable[[], dt.datetime],
             always_move_aside: bool, allow_other_institution: bool = False,
             named: Path | None = None, progress: Progress | None = None) -> RestoreResult:
    """named: the compressed copy `source` was decompressed from (what the audit entry and the
    anchors name)."""
    report = _reporter(progress)
    report("comprobando")
    target = configured_file(paths)
    if target is None:
        raise RestoreRefused(SERVER_MESSAGE)
    source = Path(source)
    if target.exists() and source.resolve() == target.resolve():
        raise RestoreRefused("El archivo elegido es la base de datos actual; elija una copia.")
    if is_compressed(source):  # the same path, with its content decompressed
        with plain_of(source) as plain:
            result = _restore(paths, plain, actor, db, before_replace, clock, always_move_aside,
                              allow_other_institution, named=source, progress=progress)
        return result
    # A damaged current database cannot say whose it is: no institution check then.
    info = check_restorable(source, None if always_move_aside else target,
                            allow_other_institution)
    if always_move_aside and not target.exists():
        raise BackupError(f"No hay ninguna base de datos en {target} que apartar.")
    if always_move_aside and target.exists() and _current_problem(target) is None:
        raise RestoreRefused("La base de datos actual no está dañada: no se apartará. Para "
                             "volver a una copia use Archivo > Restaurar.")
    report("reemplazando")  # the last moment to stop: nothing was changed
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
            safety = _backup_current_exclusively(target, paths.backups, when, report)
            note_copy(paths.backups, safety.path, when)
    if named is not None:  # before the file is replaced: nothing may fail after it
        info = as_compressed(info, named)
    _install(source, target, report)
    note_copy(paths.backups, named or source, when, EVENT_RESTORE)
    log.warning("Database %s restored from %s by %s", target, named or source, actor.username)
    report("abriendo")
    return _after_restore(paths, info, actor, safety, moved, target)


def _silent(*_args) -> None:
    """No one follows the progress."""


def _reporter(progress: Progress | None) -> Callable[..., None]:
    def report(phase: str, done: int = 0, total: int = 0) -> None:
        if progress is not None:
            progress(phase, done, total)
    return report


def _as_phase(report: Callable[..., None], phase: str) -> Progress:
    """A copy's or a check's progress ("copiando" pages, "verificando") told as `phase` of the
    restore (a check without a total stays "verificando")."""
    return lambda step, done, total: report("verificando" if step == "verificando" else phase,
                                            done, total)


def as_compressed(info: BackupInfo, packed: Path) -> BackupInfo:
    """What was found in a compressed copy's content, told of the copy itself."""
    return replace(info, path=packed, size=packed.stat().st_size, plain_size=info.size)


@contextmanager
def plain_of(source: Path) -> Iterator[Path]:
    """compressed_backups.plain_copy, a failure to decompress as RestoreRefused (nothing was
    changed); what the caller's block raises passes as it is."""
    with ExitStack() as stack:
        try:
            plain = stack.enter_context(plain_copy(source))
        except CompressedCopyError as exc:
            raise RestoreRefused(f"La copia {source.name} está dañada: {exc}. No se cambió "
                                 "nada; elija otra copia.") from exc
        except OSError as exc:
            raise RestoreRefused(f"No se pudo descomprimir la copia {source.name}: "
                                 f"{exc.strerror or exc}. No se cambió nada.") from exc
        yield plain


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
        audit_backup_event(opened.db, actor, "restore", info.path.name, facts)
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
    from pisac_desktop.db.text_index import ensure_all

    with db.engine.begin() as conn:
        created = restore_triggers(conn)
        rebuilt = ensure_all(conn)
    if rebuilt:
        log.warning("Restored database lacked the text index %s: rebuilt", rebuilt)
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


def _backup_current_exclusively(target: Path, folder: Path, when: dt.datetime,
                                report: Callable[..., None] = _silent) -> BackupInfo:
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
            check_free_space(target, folder)
            backup = unique_backup_path(folder, BackupKind.BEFORE_RESTORE, when)
            copy_from_connection(conn, backup, _as_phase(report, "respaldando"))
            verify_or_delete(backup, _as_phase(report, "verificando"))
        except BackupVerificationError as exc:
            raise BackupError(str(exc) + " No se restauró nada.") from exc
        except (OSError, sqlite3.Error) as exc:
            raise BackupError("No se pudo respaldar la base de datos actual antes de "
                              f"restaurar ({exc}); no se cambió nada.") from exc
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return inspect_backup(backup, quick=True, verified=True)


def _install(source: Path, target: Path, report: Callable[..., None] = _silent) -> None:
    """Put a copy of source at target: a complete, synced temporary file in the same folder,
    the old -wal/-shm removed (SQLite would apply an old WAL to the new file), then one atomic
    os.replace."""
    tmp = target.with_name(f".{target.name}.restaurando")
    try:
        with closing(connect_read_only(source)) as src:
            copy_from_connection(src, tmp, _as_phase(report, "instalando"))
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


# --- a server database (PostgreSQL) --------------------------------------------------------------
@dataclass(frozen=True)
class ServerRestoreResult:
    restored: BackupInfo
    location: str  # the database restored into, password hidden
    migrated_from: str | None
    chain: str  # the audit chain's verdict after the restore (Spanish)
    warning: str | None = None  # set when the restore happened but a later step failed
    notes: tuple[str, ...] = ()


def restore_server_backup(paths: DataPaths, source: Path, actor: Actor, into: str | None = None,
                          clock: Callable[[], dt.datetime] = wall_time) -> ServerRestoreResult:
    """Restore a pg_dump copy into the configured server database, or into the database at
    `into`, only when that database is empty (nothing is ever dropped or overwritten); then
    upgrade it when the copy is older, put the audit triggers back, verify the audit chain and
    record the restore. Raises PermissionDenied, RestoreRefused, BackupError."""
    from pisac_desktop.core.audit import verify_chain
    from pisac_desktop.core.server_backups import (
        check_server_restorable,
        display,
        note_restore_anchor,
        restore_into,
        target_url,
    )
    from pisac_desktop.db.schema import prepare
    from pisac_desktop.reference_data import ensure_reference_data, seed_reference_data

    require(actor, Permission.RESTORE)
    url = target_url(paths, into)
    info, facts, pg_restore = check_server_restorable(paths, source, url)
    restore_into(pg_restore, url, Path(source))
    note_restore_anchor(paths.backups, Path(source), facts, clock())
    log.warning("Server database %s restored from %s by %s", display(url), source,
                actor.username)
    db = Database.from_url(url)
    try:
        report = prepare(db, paths.backups, seed=seed_reference_data)
        ensure_reference_data(db)
        notes = _put_back_triggers(db)
        with db.session() as session:
            chain = verify_chain(session)
        record = {"archivo": str(source), "fecha_de_la_copia": info.created_text,
                  "esquema_de_la_copia": info.revision, "base_de_datos": display(url)}
        if notes:
            record["disparadores_repuestos"] = ", ".join(notes)
        warning = None if chain.ok else (
            f"La copia se restauró, pero su registro de auditoría no es íntegro: "
            f"{chain.message} Avise al encargado de informática.")
        audit_backup_event(db, actor, "restore", info.path.name, record)
    except Exception as exc:  # the data IS restored: report, do not pretend nothing happened
        log.exception("Restored %s into %s, but a later step failed", source, display(url))
        return ServerRestoreResult(info, display(url), None, "", (
            f"La copia {info.path.name} se restauró en {display(url)}, pero después hubo un "
            f"problema: {getattr(exc, 'orig', exc)}"))
    finally:
        db.dispose()
    migrated = info.revision if report.action == "actualizada" else None
    said = (f"A la copia le faltaban protecciones del registro de auditoría ({', '.join(notes)});"
            " se repusieron.",) if notes else ()
    return ServerRestoreResult(info, display(url), migrated, chain.message, warning, said)
