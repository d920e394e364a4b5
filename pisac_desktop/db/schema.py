"""Start-up schema check: create at head; back up, then upgrade an older one; refuse a newer one.

The common case (database already at head) costs one query and never imports Alembic.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from pisac_desktop import __version__
from pisac_desktop.db import engine as engine_module
from pisac_desktop.db.engine import Database

log = logging.getLogger(__name__)

# The newest Alembic revision this code knows. tests/db/test_migrations.py checks that it matches
# the migration scripts, so it cannot fall behind.
HEAD_REVISION = "0020"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Adds the reference data a database at head needs (reference_data.py); run inside the
# transaction that creates or migrates the schema, so both commit together or not at all.
Seed = Callable[[Session], None]


class SchemaError(Exception):
    """The database cannot be used by this version; the message is in Spanish."""


class NewerDatabaseError(SchemaError):
    pass


class ForeignDatabaseError(SchemaError):
    pass


class MigrationFailedError(SchemaError):
    pass


class SchemaNotPermittedError(SchemaError):
    """A server database behind this version, opened by a login role that may not change it."""


def _refuse_unless_permitted(db: Database, conn: Connection, revision: str | None) -> None:
    """PostgreSQL: the workstations' login role owns no table (db/server_roles.py); only the
    IT person's prepare-server creates or upgrades the schema, as the owner role."""
    from pisac_desktop.db.server_roles import can_change_schema

    if db.is_sqlite or can_change_schema(conn):
        return
    user = conn.exec_driver_sql("SELECT current_user").scalar()
    state = (f"está en el esquema {revision}" if revision else "está vacía")
    url = db.engine.url
    admin = f"postgresql://ADMINISTRADOR@{url.host or 'SERVIDOR'}/postgres"
    raise SchemaNotPermittedError(
        f"La base de datos del servidor ({db.display_location}) {state} y Pisac Desktop "
        f"{__version__} necesita el esquema {HEAD_REVISION}. El usuario «{user}» con el que se "
        "conecta esta PC no puede crear ni cambiar tablas, a propósito. El encargado de "
        "informática debe ejecutar una vez, en cualquier PC con esta versión: "
        f"pisac-desktop db prepare-server {admin} --database {url.database}"
    )


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


def recorded_app_version(conn: Connection) -> str | None:
    """The version of Pisac Desktop that last migrated this database, if recorded."""
    return _app_version_of(conn)


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


def _migration_engine(db: Database) -> Engine:
    """SQLite: a private engine with foreign keys OFF (table rebuilds in batch migrations drop
    referenced tables) and one real transaction around all the DDL (pysqlite would otherwise
    autocommit each CREATE/DROP), so a failed migration leaves the database exactly as it was."""
    if not db.is_sqlite:
        return db.engine  # PostgreSQL has transactional DDL already
    engine = create_engine(db.engine.url, poolclass=NullPool, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # BEGIN is emitted below
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {engine_module.SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = OFF")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _seed(conn: Connection, seed: Seed) -> None:
    # The Session joins the connection's transaction and never commits it: engine.begin() does.
    with Session(bind=conn, join_transaction_mode="rollback_only") as session:
        seed(session)
        session.flush()


# PostgreSQL: workstations starting at once on a new or older server database migrate one at
# a time (SQLite: BEGIN IMMEDIATE in _migration_engine); any 64-bit number, the same everywhere.
MIGRATION_LOCK_KEY = 7_251_926_001


MIGRATION_WAIT_TEXT = ("Otra PC está actualizando la base de datos; espere… Este programa se "
                       "abrirá cuando termine.")
UPGRADE_TEXT = (f"Actualizando la base de datos para Pisac Desktop {__version__}: primero una "
                "copia de seguridad, luego la actualización. Se hace una sola vez y, con muchos "
                "años de datos, puede tardar un minuto. No cierre el programa.")
MIGRATION_WAIT_STEP = 0.25  # seconds between two attempts at the lock (short sleeps: faketime)
Waiting = Callable[[str], None]


def _take_migration_lock(conn: Connection, waiting: Waiting | None) -> None:
    """The migration lock, held to the end of the transaction. While another workstation holds
    it (it is migrating), waiting(MIGRATION_WAIT_TEXT) is called at every attempt, so that a
    window can say so and keep painting instead of looking frozen."""
    try_lock = f"SELECT pg_try_advisory_xact_lock({MIGRATION_LOCK_KEY})"
    if conn.exec_driver_sql(try_lock).scalar():
        return
    log.info("Another workstation is migrating the database: waiting")
    while True:
        if waiting is not None:
            waiting(MIGRATION_WAIT_TEXT)
        time.sleep(MIGRATION_WAIT_STEP)
        if conn.exec_driver_sql(try_lock).scalar():
            return


def _server_already_at_head(conn: Connection, waiting: Waiting | None = None) -> bool:
    """After waiting for the migration lock: did another workstation migrate meanwhile? (Read
    without an error, which would end the transaction and so the lock.)"""
    _take_migration_lock(conn, waiting)
    if conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar() is None:
        return False
    return conn.exec_driver_sql(
        "SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION


def _migrate(db: Database, backup: Path | None, seed: Seed | None = None,
             waiting: Waiting | None = None) -> None:
    from alembic import command

    engine = _migration_engine(db)
    try:
        with engine.begin() as conn:
            if not db.is_sqlite and _server_already_at_head(conn, waiting):
                log.info("Another workstation brought the database to %s", HEAD_REVISION)
                return
            command.upgrade(_alembic_config(conn), "head")
            # A SQLite batch migration rebuilds a table without its index triggers.
            from pisac_desktop.db.text_index import ensure_all

            ensure_all(conn)
            if seed is not None:
                _seed(conn, seed)
            if db.is_sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"referencias rotas tras migrar: {broken[:3]}")
            _record_app_version(conn)
    except Exception as exc:
        log.exception("Migration failed; the transaction was rolled back")
        from pisac_desktop.db.health import busy_error, is_locked_error

        if is_locked_error(exc):
            raise busy_error(db.display_location) from exc
        where = f" Hay una copia previa en {backup}." if backup else ""
        raise MigrationFailedError(
            f"No se pudo actualizar la base de datos a la versión {__version__} ({exc}). No se "
            f"cambió nada: la base de datos quedó como estaba.{where} Avise al encargado de "
            "informática y entréguele el registro de errores."
        ) from exc
    finally:
        if engine is not db.engine:
            engine.dispose()


def prepare(db: Database, backups_dir: Path | None = None,
            seed: Seed | None = None, waiting: Waiting | None = None) -> SchemaReport:
    """Bring the database to HEAD_REVISION, or raise SchemaError with a Spanish message.

    seed: run in the same transaction as a creation or migration (not when already at head).
    waiting(text): called before this program upgrades an existing database (UPGRADE_TEXT),
    and while another workstation migrates a server database (see
    _take_migration_lock)."""
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
            _refuse_unless_permitted(db, conn, None)
            log.info("Creating a new database at %s", db.display_location)
            conn.rollback()
            _migrate(db, None, seed, waiting)
            return SchemaReport("creada", None, HEAD_REVISION)
        if revision not in known_revisions():
            made_by = _app_version_of(conn)
            by = f"Pisac Desktop {made_by}" if made_by else "una versión más reciente de Pisac Desktop"
            wanted = f"Pisac Desktop {made_by}" if made_by else "la versión más reciente"
            raise NewerDatabaseError(
                f"La base de datos fue actualizada por {by} (esquema {revision}) y este programa "
                f"es la versión {__version__}, más antigua. Para no dañar los datos no se abrirá. "
                f"Instale {wanted} o una posterior."
            )
        _refuse_unless_permitted(db, conn, revision)
    if waiting is not None:  # a copy, then the upgrade: a minute or so on years of data
        waiting(UPGRADE_TEXT)
    backup = None
    if db.is_sqlite:
        from pisac_desktop.db.backup import backup_before_migration

        source = Path(db.engine.url.database or "")
        target_dir = backups_dir or source.parent / "backups"
        try:
            backup = backup_before_migration(source, target_dir, revision)
        except Exception as exc:
            log.exception("Backup before migrating failed")
            raise MigrationFailedError(
                f"No se pudo hacer la copia de seguridad previa a la actualización en "
                f"{target_dir} ({exc}). No se cambió nada: la base de datos quedó como estaba. "
                "Libere espacio o revise los permisos de la carpeta y vuelva a abrir el programa."
            ) from exc
        log.info("Backed up %s to %s before migrating", source, backup)
    else:
        log.warning("Not a SQLite database: back it up with the server's tools before upgrading")
    db.engine.dispose()  # no pooled connection may hold the file while migrating
    _migrate(db, backup, seed, waiting)
    log.info("Database migrated from %s to %s", revision, HEAD_REVISION)
    return SchemaReport("actualizada", revision, HEAD_REVISION, backup)
