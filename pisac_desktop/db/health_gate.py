"""The integrity check of a SQLite file after start-up, with no write before its verdict.

The full PRAGMA quick_check reads every page (0.2 s on the ten-year data, 1.7 s at ten times):
too slow before the main window. It runs before the engine opens the file only when the file
may have been damaged by this program: the last session did not end cleanly, or the file was
changed since (db/health_stamp.py). Otherwise the start-up checks only what is cheap (header,
schema readable) and the full check runs in a thread (HealthGate), while the gate holds back
every statement that writes until its verdict:
- sound: the gate opens for good (one flag test a statement after that);
- damaged: every write is refused with DamagedDatabaseError, so nothing is ever written to a
  damaged file; the next start runs the full check first again (no stamp) and offers the newest
  sound backup, as a damage found before the window always did.
Reads go on meanwhile: the first screen shows at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, event

from pisac_desktop.db.health import DamagedDatabaseError, file_problem

log = logging.getLogger(__name__)

READ_ONLY_WORDS = ("SELECT", "PRAGMA", "EXPLAIN")

DAMAGED_IN_USE = (
    "La verificación de integridad encontró daños en la base de datos {path} ({reason}). Para "
    "no empeorarlos, no se guardará ningún cambio. Cierre Pisac Desktop y ábralo de nuevo: se le "
    "ofrecerá restaurar la copia de seguridad íntegra más reciente."
)


def is_write(statement: str) -> bool:
    return not statement.lstrip().upper().startswith(READ_ONLY_WORDS)


class HealthGate:
    """Run the full check of `database` in a thread; hold writes on `engine` until it ends."""

    def __init__(self, engine: Engine, database: Path,
                 check: Callable[[Path], str | None] | None = None):
        self.engine = engine
        self.database = database
        self.check = check or (lambda path: file_problem(path, quick=True))
        self.problem: str | None = None
        self.failure: BaseException | None = None  # the check itself could not run
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self._first: list[Callable[[], None]] = []  # see first_when_sound()
        self._hooks_lock = threading.Lock()
        event.listen(engine, "before_cursor_execute", self._before_execute)

    def start(self) -> HealthGate:
        self._thread = threading.Thread(target=self._run, name="pisac-quick-check", daemon=True)
        self._thread.start()
        return self

    def first_when_sound(self, action: Callable[[], None]) -> bool:
        """Run `action` in the checking thread once the file is found sound, before the gate
        opens: its writes come before any other (held until then). False when the verdict is
        already in (or the check is over): the caller does it itself."""
        with self._hooks_lock:
            if self._done.is_set() or self._first is None:
                return False
            self._first.append(action)
            return True

    def _run(self) -> None:
        try:
            self.problem = self.check(self.database)
        except BaseException as exc:  # busy, unreadable: not proved sound, so still held
            log.exception("The background integrity check of %s failed", self.database)
            self.failure = exc
            self.problem = f"no se pudo verificar ({exc})"
        if self.problem is not None:
            log.error("Damaged database %s (background check): %s", self.database, self.problem)
        with self._hooks_lock:
            first, self._first = self._first, None
        if self.problem is None:
            for action in first:
                try:
                    action()
                except Exception:  # its own failure; the verdict stands
                    log.exception("An action after the integrity check failed")
        self._done.set()

    def wait(self, timeout: float | None = None) -> str | None:
        """Block until the verdict; None when the file is sound, else what is wrong (Spanish)."""
        if not self._done.wait(timeout):
            raise TimeoutError("integrity check still running")
        return self.problem

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def sound(self) -> bool:
        return self._done.is_set() and self.problem is None

    def message(self) -> str:
        return DAMAGED_IN_USE.format(path=self.database, reason=self.problem)

    def _before_execute(self, _conn, _cursor, statement, _parameters, _context, _many) -> None:
        if (self._done.is_set() and self.problem is None) or not is_write(statement):
            return  # sound: one flag test a statement (no listener removal racing a dispatch)
        if threading.current_thread() is self._thread and self.problem is None:
            return  # first_when_sound()'s actions, after a sound verdict
        self._done.wait()
        if self.problem is not None:
            raise DamagedDatabaseError(self.message(), self.database, self.problem)
