"""Open a data folder, ready to use: settings, health check, engine, schema check/migration,
default records.

Shared by the GUI, the command line and the self-test. Never imports Qt.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import OperationalError

from pisac_desktop.db.engine import Database
from pisac_desktop.db.health import (
    DamagedDatabaseError,
    DatabaseBusyError,
    busy_error,
    damaged_message,
    file_problem,
    is_locked_error,
)
from pisac_desktop.db.health_gate import HealthGate
from pisac_desktop.db.health_stamp import take_stamp, write_stamp
from pisac_desktop.db.leftovers import clean_leftovers_quietly
from pisac_desktop.db.schema import SchemaError, SchemaReport, prepare
from pisac_desktop.paths import DataPaths, make_private_tree

log = logging.getLogger(__name__)

__all__ = ["DamagedDatabaseError", "DatabaseBusyError", "OpenedDatabase", "check_health",
           "open_database"]


@dataclass
class OpenedDatabase:
    db: Database
    paths: DataPaths
    schema: SchemaReport
    checked: bool = False  # the full integrity check ran before opening and found it sound
    health: HealthGate | None = None  # the full check running in the background, if deferred

    def close(self) -> None:
        """Dispose the engine; a SQLite file proved sound this session gets the clean-end
        stamp (db/health_stamp.py), so that the next start defers its full check."""
        sound = self.checked or (self.health is not None and self.health.sound)
        if sound:
            self.db.refresh_statistics()
        self.db.dispose()
        database = _database_file(self.db)
        if database is not None and sound:
            write_stamp(database)


def creation_marker(database: Path) -> Path:
    """Made before a new database file is, removed once its schema is committed: an empty
    database file beside it is a creation cut short (SQLite makes the file, empty, before it
    writes its first page), not a damaged database."""
    return database.with_name(f".{database.name}.creando")


def check_health(paths: DataPaths, database: Path, may_defer: bool = False) -> str:
    """PRAGMA quick_check on an existing SQLite file, read-only, before SQLAlchemy touches it.

    may_defer: when a clean close left the file as it is (db/health_stamp.py), only the cheap
    checks run here and "deferred" is returned: the caller runs the full one in the background
    behind a write gate (db/health_gate.py). Else returns "checked" (found sound) or "new".
    Raises DamagedDatabaseError (with the newest sound backup) or DatabaseBusyError.
    """
    if not database.exists():
        return "new"  # a new data folder: the database is created below
    # The marker first: another process creating the database removes it only after its commit.
    if creation_marker(database).exists() and database.stat().st_size == 0:
        log.warning("Database %s is empty: its creation was cut short; creating it", database)
        return "new"  # SQLite takes an empty file for an empty database: created below
    deferred = take_stamp(database) and may_defer
    try:
        reason = file_problem(database, quick=True, cheap=deferred)
    except OSError as exc:
        raise SchemaError(
            f"No se puede leer la base de datos {database} ({exc}). Compruebe que la carpeta "
            "de datos no sea de solo lectura y que el usuario tenga permiso sobre ella."
        ) from exc
    if reason is None:
        return "deferred" if deferred else "checked"
    from pisac_desktop.core.backups import newest_sound_backup

    log.error("Damaged database %s: %s", database, reason)
    try:
        newest = newest_sound_backup(paths.backups)
    except Exception:  # looking for a backup must never hide the real problem
        log.exception("Could not look for a sound backup")
        newest = None
    raise DamagedDatabaseError(damaged_message(database, reason, newest, paths.backups),
                               database, reason, newest)


def secure_data_folder(paths: DataPaths) -> None:
    """Linux/macOS: a data folder made readable by others (an older version, a copy, a umask)
    becomes private to its user again; what was fixed goes to the log. What people save in
    documentos/ (public documents, exports) is theirs: only that folder itself is closed."""
    fixed = make_private_tree(paths.root, keep_contents=(paths.documents,))
    if fixed:
        shown = ", ".join(str(p.relative_to(paths.root)) if p != paths.root else "."
                          for p in fixed[:10])
        more = f" and {len(fixed) - 10} more" if len(fixed) > 10 else ""
        log.warning("Made %d item(s) of the data folder %s private to the user (0700/0600): %s%s",
                    len(fixed), paths.root, shown, more)


def _seal_issued_content(db: Database) -> None:
    """Once per database from before the content seal: seal its issued documents (a cheap
    look at the audit trail on every other start). See core/content_seal.py."""
    from pisac_desktop.core.content_seal import ensure_content_baseline

    with db.session() as session:
        sealed = ensure_content_baseline(session)
    if sealed:
        log.warning("Sealed the content of %d documents issued before the seal", sealed)


def _give_verification_codes(db: Database) -> None:
    """After an upgrade from before schema 0005: a code for each document, certified copy,
    citación and acta issued without one. See core/verification.py."""
    from pisac_desktop.core.verification import ensure_verification_codes

    with db.session() as session:
        given = ensure_verification_codes(session)
    if given:
        log.warning("Gave verification codes to %d documents issued before schema 0005", given)


def _database_file(db: Database) -> Path | None:
    if db.is_sqlite and db.engine.url.database not in (None, "", ":memory:"):
        return Path(db.engine.url.database)
    return None


def _remove_creation_marker(database: Path) -> None:
    try:
        creation_marker(database).unlink(missing_ok=True)
    except OSError:
        log.warning("Could not remove %s", creation_marker(database), exc_info=True)


def open_database(paths: DataPaths, waiting=None, defer_check: bool = False) -> OpenedDatabase:
    """Raises SchemaError (DamagedDatabaseError, DatabaseBusyError, NewerDatabaseError...) or
    SettingsError, with a Spanish message, when the data cannot be used. waiting(text): called
    while another workstation upgrades the server database (db/schema.py prepare).
    defer_check (the GUI): the full integrity check of a cleanly closed file runs in the
    background, every write waiting for its verdict (OpenedDatabase.health)."""
    paths.ensure()
    secure_data_folder(paths)
    db = Database.for_data_dir(paths)
    database = _database_file(db)
    clean_leftovers_quietly(database, paths.backups)  # of backups and restores a crash cut short
    checked, health = False, None
    try:
        if database is not None:
            if not database.exists():
                with suppress(OSError):  # a read-only folder fails below, with its message
                    creation_marker(database).touch()
            verdict = check_health(paths, database, may_defer=defer_check)
            checked = verdict == "checked"
            if verdict == "deferred":  # before the first statement: no write passes unchecked
                health = HealthGate(db.engine, database).start()
        from pisac_desktop.reference_data import (
            ensure_reference_data,
            seed_reference_data,
        )

        # A new or migrated schema gets its reference data in the same transaction; every
        # start checks again (a few reads), completing a database an older version left without.
        report = prepare(db, paths.backups, seed=seed_reference_data, waiting=waiting)
        ensure_reference_data(db)
        if database is not None:
            _remove_creation_marker(database)
        _give_verification_codes(db)
        _seal_issued_content(db)
    except OperationalError as exc:
        db.dispose()
        if is_locked_error(exc):
            raise busy_error(db.display_location) from exc
        raise
    except Exception:
        db.dispose()
        raise
    log.info("Database %s: %s", db.display_location, report.action)
    return OpenedDatabase(db, paths, report, checked, health)
