"""Engine and session factory. SQLite specifics live only here; the rest stays portable SQL."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from pisac_desktop.clock import SESSION_KEY, SYSTEM_CLOCK, Clock
from pisac_desktop.config import SettingsError, load_settings
from pisac_desktop.db.changes import announce_commits
from pisac_desktop.paths import DataPaths, make_private

# A writing unit of work takes the write lock first (db/write_lock.py) and holds it to its end,
# so writers queue for whole units of work; SQLite's busy handler is not fair (a late comer
# may pass one that waited), and 8 workstations hammering a busy 2-core PC waited up to 16 s.
log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 30000
# A server that does not answer (a PC switched off, a firewall dropping packets) is given up
# after this many seconds, not the operating system's minutes; a connect_timeout in the url wins.
SERVER_CONNECT_TIMEOUT_S = 10


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _private_sqlite_files(database: Path):
    """A connect listener: the database file SQLite just created, and its -wal and -shm, private
    to the user (later -wal/-shm files take the database file's mode)."""
    def listener(_dbapi_connection, _record) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            make_private(database.with_name(database.name + suffix))
    return listener


def make_engine(url: str) -> Engine:
    # hide_parameters: values (a password hash, a DNI) never reach an error message or the log.
    if url.startswith("postgresql"):
        # READ COMMITTED whatever the server's default: the write lock (db/write_lock.py)
        # relies on each statement after it seeing what was committed before it was granted.
        # pool_pre_ping: a connection the server or the network dropped is replaced, not used.
        from sqlalchemy.engine import make_url

        query = make_url(url).query
        args = {} if "connect_timeout" in query else {"connect_timeout": SERVER_CONNECT_TIMEOUT_S}
        if "options" not in query:
            # psycopg prepares a statement run 5 times; the server may then plan it once for
            # any value. A text search's plan depends on the words (a rare one uses the trigram
            # index, a two-letter one must not): always plan with the values at hand.
            args["options"] = "-c plan_cache_mode=force_custom_plan"
        engine = create_engine(url, hide_parameters=True, isolation_level="READ COMMITTED",
                               pool_pre_ping=True, connect_args=args)
        announce_commits(engine)  # other workstations' screens refresh (db/changes.py)
        return engine
    engine = create_engine(url, hide_parameters=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        database = engine.url.database
        if database and database != ":memory:" and not database.startswith("file:"):
            event.listen(engine, "connect", _private_sqlite_files(Path(database)))
    return engine


@dataclass
class Database:
    """One database: its engine and a session factory (one Session per unit of work)."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    clock: Clock = field(default=SYSTEM_CLOCK)  # the one clock, handed to every unit of work

    @classmethod
    def from_url(cls, url: str) -> Database:
        engine = make_engine(url)
        return cls(url, engine, sessionmaker(engine, expire_on_commit=False))

    @classmethod
    def for_data_dir(cls, paths: DataPaths) -> Database:
        paths.ensure()
        url = load_settings(paths).database_url
        try:
            return cls.from_url(url)
        except ImportError as exc:
            raise SettingsError(
                f"Falta el controlador para la base de datos configurada en {paths.settings} "
                f"({exc.name}). Para PostgreSQL instale el programa con el extra «postgres»."
            ) from exc
        except ArgumentError as exc:
            raise SettingsError(
                f"La dirección de la base de datos «{url}» en {paths.settings} no es válida. "
                "Déjela vacía para usar la base de datos de esta carpeta."
            ) from exc

    def refresh_statistics(self) -> None:
        """SQLite: the query planner's statistics (sqlite_stat1), on a sample (analysis_limit),
        so that it picks the right index as the office's data grows: without them it read
        every issued document to find the few that still await publication (36 ms, against
        0.1 ms with them, on ten years of data). A database never analysed gets ANALYZE (about
        0.3 s for ten years); later, PRAGMA optimize redoes what needs it. PostgreSQL's
        autovacuum keeps its own. A busy or read-only file is left as it is."""
        if not self.is_sqlite:
            return
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA analysis_limit = 400")
                analysed = conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").scalar()
                conn.exec_driver_sql("PRAGMA optimize = 0x10002" if analysed else "ANALYZE")
                conn.commit()
        except Exception:  # noqa: BLE001 - statistics are an optimisation, never an error
            log.warning("Could not refresh the planner's statistics", exc_info=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_location(self) -> str:
        """Where the data is, for the About dialog and the self-test (password hidden)."""
        if self.is_sqlite:
            return self.engine.url.database or ""
        return (self.engine.url.difference_update_query(["passfile"])
                .render_as_string(hide_password=True))

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error."""
        with self.session_factory.begin() as session:
            session.info[SESSION_KEY] = self.clock
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
