"""Has another workstation changed the data? The change feed behind the screens' refresh.

One question, both engines: `feed.wait(seconds)` blocks at most `seconds` and answers True when
another connection (another workstation, another window) committed a change since the last call.
Own writes are told apart where that is exact, so a screen that refreshed itself after saving is
not refreshed a second time.

- PostgreSQL: every unit of work that wrote (an INSERT, UPDATE or DELETE went out) sends, as part
  of its commit, `pg_notify('pisac_cambios', <the engine's token>)` (announce_commits(), installed
  on every PostgreSQL engine by db/engine.py, so the command line's writes are announced too). A
  feed LISTENs on a connection of its own, outside the pool, and waits on it (no polling);
  notifications with its own engine's token are its own writes. NOTIFY is transactional: a unit
  of work rolled back announces nothing. A lost connection is opened again, and since what was
  sent meanwhile is lost with it, that counts as a change.
- SQLite: PRAGMA data_version on a private read-only connection (DataVersion, the reader the
  automatic backups' ChangeMonitor uses too) changes whenever another connection commits; read
  every SQLITE_INTERVAL seconds, a few microseconds, no lock, no transaction. The writes of this
  Database are every connection of its pool, so they change it too: when it moved, the audit
  head (app_meta) says which audit entries were added, and those the feed's own sessions
  committed are its own. A change that added no audit entry counts as foreign (a refresh too
  many, never one too few).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, event

from pisac_desktop.db.backup import connect_read_only

if TYPE_CHECKING:
    from pisac_desktop.db.engine import Database

log = logging.getLogger(__name__)

CHANNEL = "pisac_cambios"
SQLITE_INTERVAL = 0.75  # seconds between two PRAGMA data_version reads
RECONNECT_DELAY = 2.0  # seconds between attempts to listen again after losing the server
_WROTE = "pisac_wrote"
_DML = ("INSERT", "UPDATE", "DELETE")
_tokens: WeakKeyDictionary[Engine, str] = WeakKeyDictionary()


# --- PostgreSQL: announcing ------------------------------------------------------------------

def announce_commits(engine: Engine) -> str:
    """Make every commit on this engine that wrote something notify CHANNEL with a token of
    the engine's own; returns the token."""
    token = uuid.uuid4().hex
    _tokens[engine] = token

    @event.listens_for(engine, "before_cursor_execute")
    def _mark(conn, _cursor, statement, _parameters, _context, _executemany) -> None:
        if not conn.info.get(_WROTE) and statement.lstrip()[:6].upper() in _DML:
            conn.info[_WROTE] = True

    @event.listens_for(engine, "commit")
    def _announce(conn) -> None:  # before the DBAPI commit: the NOTIFY is part of it
        if conn.info.pop(_WROTE, False):
            cursor = conn.connection.dbapi_connection.cursor()
            try:
                cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, token))
            finally:
                cursor.close()

    @event.listens_for(engine, "rollback")
    def _forget(conn) -> None:
        if not conn.invalidated:  # a lost connection's info goes with it (and cannot be read)
            conn.info.pop(_WROTE, None)

    return token


class ChangeFeed(Protocol):
    def wait(self, seconds: float) -> bool:
        """Block at most `seconds`; True if another connection committed since the last call."""

    def close(self) -> None: ...


class ServerFeed:
    """PostgreSQL: LISTEN on a dedicated connection (autocommit, outside the pool)."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.token = _tokens.get(engine)
        self._conn = None
        self._lost = False
        self._retry_at = 0.0
        self._connect()

    def _connect(self) -> None:
        dialect = self.engine.dialect
        cargs, cparams = dialect.create_connect_args(self.engine.url)
        conn = dialect.connect(*cargs, **cparams)
        conn.autocommit = True
        conn.execute(f"LISTEN {CHANNEL}")
        self._conn = conn

    def wait(self, seconds: float) -> bool:
        if self._conn is None:
            if time.monotonic() < self._retry_at:
                time.sleep(seconds)
                return False
            try:
                self._connect()
            except Exception as exc:  # server still away: try again later
                log.info("Cannot listen for changes yet: %s", exc)
                self._retry_at = time.monotonic() + RECONNECT_DELAY
                time.sleep(seconds)
                return False
            self._lost = False
            return True  # what was announced while away is lost: assume a change
        try:
            return any(note.payload != self.token
                       for note in self._conn.notifies(timeout=seconds, stop_after=1))
        except Exception as exc:  # the server or the network went away
            log.warning("Lost the change notifications' connection: %s", exc)
            self._drop()
            self._lost = True
            self._retry_at = time.monotonic() + RECONNECT_DELAY
            return False

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:
                log.debug("Closing the listening connection failed", exc_info=True)

    def close(self) -> None:
        self._drop()


# --- SQLite ----------------------------------------------------------------------------------

class DataVersion:
    """A private read-only connection to a SQLite file for PRAGMA data_version: it changes
    whenever any other connection (any engine, thread or process) commits to the file. Unlike
    the file's mtime it has no false alarms from checkpoints and no clock granularity. It
    holds no lock and no transaction between reads."""

    def __init__(self, path: Path, any_thread: bool = False):
        """any_thread: opened in one thread, read in another (never two at once)."""
        self.path = path
        self._conn: sqlite3.Connection | None = connect_read_only(
            path, check_same_thread=not any_thread)

    def read(self) -> int:
        assert self._conn is not None
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def audit_head(self) -> int:
        """The id of the last audit entry (app_meta's audit head, "<id>:<hash>"); 0 if none."""
        assert self._conn is not None
        row = self._conn.execute(
            "SELECT value FROM app_meta WHERE key = 'audit_head'").fetchone()
        try:
            return int(str(row[0]).partition(":")[0]) if row else 0
        except ValueError:
            return 0

    def entries_after(self, entry: int, limit: int = 100) -> list[tuple[str, str, str]]:
        """(action, entity, username) of the audit entries after `entry`, at most `limit`."""
        assert self._conn is not None
        return self._conn.execute(
            "SELECT action, entity, username FROM audit_entry WHERE id > ? ORDER BY id LIMIT ?",
            (entry, limit)).fetchall()

    @property
    def closed(self) -> bool:
        return self._conn is None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class _OwnAuditEntries:
    """The audit entries the sessions of one Database committed (thread-safe)."""

    _KEY = "pisac_audit_ids"

    def __init__(self, db: Database):
        from pisac_desktop.db.models import AuditEntry

        self._model = AuditEntry
        self._ids: set[int] = set()
        self._lock = threading.Lock()
        self._factory = db.session_factory
        event.listen(self._factory, "after_flush", self._flushed)
        event.listen(self._factory, "after_commit", self._committed)
        event.listen(self._factory, "after_soft_rollback", self._rolled_back)

    def _flushed(self, session, _context) -> None:
        ids = [obj.id for obj in session.new if isinstance(obj, self._model)]
        if ids:
            session.info.setdefault(self._KEY, []).extend(ids)

    def _committed(self, session) -> None:
        ids = session.info.pop(self._KEY, None)
        if ids:
            with self._lock:
                self._ids.update(ids)

    def _rolled_back(self, session, _previous) -> None:
        session.info.pop(self._KEY, None)

    def foreign_among(self, after: int, upto: int) -> bool:
        """Whether an entry with an id in (after, upto] is not one of ours (forgets those)."""
        with self._lock:
            added = set(range(after + 1, upto + 1))
            foreign = bool(added - self._ids)
            self._ids = {i for i in self._ids if i > upto}
        return foreign

    def close(self) -> None:
        for name, fn in (("after_flush", self._flushed), ("after_commit", self._committed),
                         ("after_soft_rollback", self._rolled_back)):
            if event.contains(self._factory, name, fn):
                event.remove(self._factory, name, fn)


class FileFeed:
    """SQLite: PRAGMA data_version read every `interval` seconds."""

    def __init__(self, db: Database, path: Path, interval: float = SQLITE_INTERVAL):
        self.interval = interval
        self._own = _OwnAuditEntries(db)
        self._source = DataVersion(path)
        self._version = self._source.read()
        self._head = self._source.audit_head()
        self._checked = time.monotonic()

    def wait(self, seconds: float) -> bool:
        time.sleep(max(0.0, min(seconds, self._checked + self.interval - time.monotonic())))
        if time.monotonic() - self._checked < self.interval:
            return False
        self._checked = time.monotonic()
        try:
            version = self._source.read()
            if version == self._version:
                return False
            self._version = version
            head = self._source.audit_head()
        except sqlite3.Error as exc:  # busy, or the file is being replaced: ask again later
            log.info("Cannot read the database's data version: %s", exc)
            return False
        before, self._head = self._head, head
        if head <= before:
            return True  # changed without an audit entry (or the trail was replaced)
        return self._own.foreign_among(before, head)

    def close(self) -> None:
        self._own.close()
        self._source.close()


def change_feed(db: Database) -> ChangeFeed | None:
    """The feed for this database; None where changes cannot be watched (an in-memory
    database). Opens a connection: call it where waiting may happen (a worker thread)."""
    if not db.is_sqlite:
        return ServerFeed(db.engine)
    database = db.engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return FileFeed(db, Path(database))
