"""Open a data folder, ready to use: settings, health check, engine, schema check/migration,
default records.

Shared by the GUI, the command line and the self-test. Never imports Qt.
"""

from __future__ import annotations

import logging
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
from pisac_desktop.db.schema import SchemaError, SchemaReport, prepare
from pisac_desktop.domain.institution import ensure_defaults
from pisac_desktop.paths import DataPaths, make_private_tree

log = logging.getLogger(__name__)

__all__ = ["DamagedDatabaseError", "DatabaseBusyError", "OpenedDatabase", "check_health",
           "open_database"]


@dataclass
class OpenedDatabase:
    db: Database
    paths: DataPaths
    schema: SchemaReport


def check_health(paths: DataPaths, database: Path) -> None:
    """PRAGMA quick_check on an existing SQLite file, read-only, before SQLAlchemy touches it.

    Raises DamagedDatabaseError (with the newest sound backup) or DatabaseBusyError.
    """
    if not database.exists():
        return  # a new data folder: the database is created below
    try:
        reason = file_problem(database, quick=True)
    except OSError as exc:
        raise SchemaError(
            f"No se puede leer la base de datos {database} ({exc}). Compruebe que la carpeta "
            "de datos no sea de solo lectura y que el usuario tenga permiso sobre ella."
        ) from exc
    if reason is None:
        return
    from pisac_desktop.domain.backup import newest_sound_backup

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
    look at the audit trail on every other start). See domain/content_seal.py."""
    from pisac_desktop.domain.content_seal import ensure_content_baseline

    with db.session() as session:
        sealed = ensure_content_baseline(session)
    if sealed:
        log.warning("Sealed the content of %d documents issued before the seal", sealed)


def _give_verification_codes(db: Database) -> None:
    """After an upgrade from before schema 0005: a code for each document, certified copy,
    citación and acta issued without one. See domain/verification.py."""
    from pisac_desktop.domain.verification import ensure_verification_codes

    with db.session() as session:
        given = ensure_verification_codes(session)
    if given:
        log.warning("Gave verification codes to %d documents issued before schema 0005", given)


def open_database(paths: DataPaths) -> OpenedDatabase:
    """Raises SchemaError (DamagedDatabaseError, DatabaseBusyError, NewerDatabaseError...) or
    SettingsError, with a Spanish message, when the data cannot be used."""
    paths.ensure()
    secure_data_folder(paths)
    db = Database.for_data_dir(paths)
    try:
        if db.is_sqlite and db.engine.url.database not in (None, "", ":memory:"):
            check_health(paths, Path(db.engine.url.database))
        report = prepare(db, paths.backups)
        if report.action != "al día":
            from pisac_desktop.domain.calendar import ensure_calendar_defaults
            from pisac_desktop.domain.instruments import ensure_instrument_kinds
            from pisac_desktop.domain.sessions import ensure_council_defaults

            with db.session() as session:
                ensure_defaults(session)
                ensure_instrument_kinds(session)
                ensure_council_defaults(session)
                ensure_calendar_defaults(session)
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
    return OpenedDatabase(db, paths, report)
