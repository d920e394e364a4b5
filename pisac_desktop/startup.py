"""Open a data folder, ready to use: settings, engine, schema check/migration, default records.

Shared by the GUI, the command line and the self-test. Never imports Qt.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from pisac_desktop.db.engine import Database
from pisac_desktop.db.schema import SchemaReport, prepare
from pisac_desktop.domain.institution import ensure_defaults
from pisac_desktop.paths import DataPaths

log = logging.getLogger(__name__)


@dataclass
class OpenedDatabase:
    db: Database
    paths: DataPaths
    schema: SchemaReport


def open_database(paths: DataPaths) -> OpenedDatabase:
    """Raises SchemaError / SettingsError with a Spanish message when the data cannot be used."""
    paths.ensure()
    db = Database.for_data_dir(paths)
    try:
        report = prepare(db, paths.backups)
        if report.action != "al día":
            with db.session() as session:
                ensure_defaults(session)
    except Exception:
        db.dispose()
        raise
    log.info("Database %s: %s", db.display_location, report.action)
    return OpenedDatabase(db, paths, report)
