"""Start-up schema check: create at head; back up, then upgrade an older one; refuse a newer one.

The common case (database already at head) costs one query and never imports Alembic.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, inspect, select, text

from pisac_desktop import __version__
from pisac_desktop.db.engine import Database

log = logging.getLogger(__name__)

# The newest Alembic revision this code knows. tests/db/test_migrations.py checks that it matches
# the migration scripts, so it cannot fall behind.
HEAD_REVISION = "0001"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaError(Exception):
    """The database cannot be used by this version; the message is in Spanish."""


class NewerDatabaseError(SchemaError):
    pass


class ForeignDatabaseError(SchemaError):
    pass


@dataclass(frozen=True)
class SchemaReport:
    action: str  # "al día" | "creada" | "actualizada"
    from_revision: str | None
    to_revision: str
    backup: Path | None = None


def current_revision(conn: Connection) -> str | None:
    try:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:  # no alembic_version table: new or foreign database
        conn.rollback()
        return None


def _app_version_of(conn: Connection) -> str | None:
    from pisac_desktop.db.models import AppMeta

    try:
        return conn.execute(select(AppMeta.value).where(AppMeta.key == "app_version")).scalar()
    except Exception:
        conn.rollback()
        return None


def _alembic_config(conn: Connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def known_revisions() -> set[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}


def script_head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(cfg).get_current_head()


def _record_app_version(conn: Connection) -> None:
    from pisac_desktop.db.models import AppMeta

    table = AppMeta.__table__
    conn.execute(table.delete().where(table.c.key == "app_version"))
    conn.execute(table.insert().values(key="app_version", value=__version__))


def _upgrade(conn: Connection) -> None:
    from alembic import command

    command.upgrade(_alembic_config(conn), "head")
    _record_app_version(conn)


def prepare(db: Database, backups_dir: Path | None = None) -> SchemaReport:
    """Bring the database to HEAD_REVISION, or raise SchemaError with a Spanish message."""
    with db.engine.connect() as conn:
        revision = current_revision(conn)
        if revision == HEAD_REVISION:
            return SchemaReport("al día", revision, revision)
        if revision is None:
            tables = set(inspect(conn).get_table_names())
            if tables:
                raise ForeignDatabaseError(
                    f"La base de datos {db.display_location} no es de Pisac Desktop (contiene "
                    f"las tablas {', '.join(sorted(tables)[:5])}...). No se modificará. "
                    "Elija otra carpeta de datos."
                )
            log.info("Creating a new database at %s", db.display_location)
            _upgrade(conn)
            conn.commit()
            return SchemaReport("creada", None, HEAD_REVISION)
        if revision not in known_revisions():
            made_by = _app_version_of(conn) or "desconocida (más reciente)"
            raise NewerDatabaseError(
                f"La base de datos fue actualizada por Pisac Desktop {made_by} y este programa "
                f"es la versión {__version__}, más antigua. Para no dañar los datos no se abrirá. "
                f"Instale Pisac Desktop {made_by} o una versión posterior."
            )
    backup = None
    if db.is_sqlite:
        from pisac_desktop.db.backup import backup_before_migration

        source = Path(db.engine.url.database or "")
        target_dir = backups_dir or source.parent / "backups"
        backup = backup_before_migration(source, target_dir, revision)
        log.info("Backed up %s to %s before migrating", source, backup)
    else:
        log.warning("Not a SQLite database: back it up with the server's tools before upgrading")
    with db.engine.connect() as conn:
        _upgrade(conn)
        conn.commit()
    log.info("Database migrated from %s to %s", revision, HEAD_REVISION)
    return SchemaReport("actualizada", revision, HEAD_REVISION, backup)
