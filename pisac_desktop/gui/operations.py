"""Database work off the UI thread: one way to run a query or an operation.

Modelled on Anki's QueryOp/CollectionOp (qt/aqt/operations/) and its TaskManager (qt/aqt/taskman.py):
the work runs in a worker thread with its own unit of work (`db.session()`: one SQLAlchemy
Session, one pooled connection, never shared with the UI thread), and its result comes back to the
UI thread through a queued signal. The window keeps painting and answering while SQLite waits on
another workstation's write lock (busy timeout, 30 s) or PostgreSQL answers over the network.

    QueryOp(self, self.ctx.db, lambda s: session_rows(s, year), self.show_rows) \\
        .disabling(self.ui.refreshButton).superseding("list").run()

    CollectionOp(self, self.ctx.db, lambda s: convene(s, actor, session_id, on), self.convened) \\
        .refreshing(self.reload).run()

    QueryOp(self, self.ctx.db, lambda s, progress: export_year(s, ..., progress), self.exported) \\
        .with_progress("Exportar el año", "Exportando…").cancelled(self.stopped).run()

Connections: each worker's unit of work checks its own connection out of the engine's pool and
returns it at the end, so no connection is used by two threads at once. For a SQLite file that
is SQLAlchemy's QueuePool with check_same_thread off (a pooled connection may serve another
thread later); the pragmas (busy timeout 30 s, WAL, foreign keys) are set on every connection,
and the write lock (db/write_lock.py) is taken inside the worker's transaction as anywhere else.
An in-memory SQLite database would be a different, empty one in each thread: not supported.

Rules for `fn` (it runs in the worker): no Qt calls, no widgets; read what it needs from values
captured before `run()`; return plain data (read models, dataclasses, bytes), never ORM objects
(checked: they belong to a Session that is closed when the result arrives).

The UI side, in `run()` and when the work ends:
- the widgets named in `disabling()` are disabled at once and restored at the end (no double
  click starts the work twice);
- after BUSY_DELAY_MS still running: a busy cursor, a message in the window's status bar, and the
  progress dialog of a long operation (with a "Detener" button: the worker checks the flag
  between items, `Progress.step()` / `Progress.check()`), whose label says how long is left
  («quedan unos 40 s», from the rate so far: TimeLeft) and, while the worker is in a part that
  cannot be stopped safely (`Progress.hold(reason)`: a restore replacing the file), says so
  with "Detener" disabled;
- errors take one path, `error_message()`: a DomainError's own Spanish text, a database busy
  (locked by another workstation, a timeout), gone (the server's connection lost: errors.py)
  or failing, a file that cannot be written; anything else is a bug: the unexpected-error hook.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QProgressDialog, QWidget
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.db.engine import Database
from pisac_desktop.db.health import DamagedDatabaseError
from pisac_desktop.gui.errors import database_problem
from pisac_desktop.gui.progress import Cancelled, Progress, ProgressDialog, TimeLeft

log = logging.getLogger(__name__)

T = TypeVar("T")
BUSY_DELAY_MS = 200  # quicker work shows no busy state at all
WORKERS = 4  # SQLite has one writer at a time anyway; readers may run side by side
# Tests that drive screens step by step set this: run() still hands the work to a worker and
# delivers the result through the queued signal, then waits (`wait()`) until that operation
# ended, so the next line of the test sees its effect. The application never sets it; the
# stall and operations tests run without it (tests/gui/conftest.py).
settle_in_run = False
BUSY_TEXT = ("La base de datos está ocupada por otro equipo o por otra ventana y no respondió a "
             "tiempo. Espere unos segundos y vuelva a intentarlo.")
_BUSY_MARKS = ("database is locked", "database is busy", "database table is locked",
               "lock timeout", "could not obtain lock", "statement timeout",
               "canceling statement due to", "deadlock detected")


# --- the one error path ----------------------------------------------------------------------

def is_busy(exc: BaseException) -> bool:
    """The database did not answer in time: SQLite locked by another writer past the busy timeout,
    a PostgreSQL lock or statement timeout, no free connection in the pool."""
    if isinstance(exc, PoolTimeout):
        return True
    if not isinstance(exc, DBAPIError):
        return False
    text = str(exc.orig if exc.orig is not None else exc).lower()
    return any(mark in text for mark in _BUSY_MARKS)


def error_message(exc: BaseException, writing: bool = False) -> tuple[str, str] | None:
    """(title, text) in Spanish for a failure the person can act on; None for a bug."""
    unsaved = " No se guardó nada a medias." if writing else ""
    if isinstance(exc, (DomainError, ValidationFailed, DamagedDatabaseError)):
        return ("No se puede continuar", str(exc))  # damaged: found after start, no writes
    if is_busy(exc):
        return ("Base de datos ocupada", BUSY_TEXT + unsaved)
    if isinstance(exc, SQLAlchemyError):
        problem = database_problem(exc)
        if writing:
            return ("No se pudo guardar", f"No se pudo guardar: {problem}{unsaved}")
        return ("No se pudieron leer los datos", f"No se pudieron leer los datos: {problem}")
    if isinstance(exc, OSError):
        where = f" {exc.filename}" if exc.filename else ""
        return ("No se pudo escribir el archivo",
                f"No se pudo leer o escribir el archivo{where}: {exc.strerror or exc}")
    return None


def show_failure(parent: QWidget | None, title: str, text: str) -> None:
    """The default way to tell the person (tests replace it to collect the messages)."""
    QMessageBox.warning(parent, title, text)


def check_plain(value: Any, depth: int = 4) -> None:
    """Raise TypeError if `value` holds ORM objects (they must not cross to the UI thread)."""
    if depth < 0 or value is None or isinstance(value, (str, bytes, int, float, bool)):
        return
    if hasattr(value, "_sa_instance_state"):
        raise TypeError(f"Una operación devolvió un objeto de la base de datos "
                        f"({type(value).__name__}); debe devolver datos simples.")
    if isinstance(value, dict):
        items = list(value.values())
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = list(value)
    elif is_dataclass(value) and not isinstance(value, type):
        items = [getattr(value, f.name, None) for f in fields(value)]
    else:
        return
    for item in items:
        check_plain(item, depth - 1)


def _main_window_of(widget: QWidget | None) -> QMainWindow | None:
    """The main window a widget (or the dialog it sits in) belongs to: its status bar says
    what is being waited for."""
    while widget is not None:
        window = widget.window()
        if isinstance(window, QMainWindow):
            return window
        widget = window.parentWidget()
    return None


# --- the task manager ------------------------------------------------------------------------

class _Manager(QObject):
    """Owns the worker pool and delivers closures to the UI thread (Anki's TaskManager)."""

    _deliver = Signal(object)

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(WORKERS)
        self.running: list[_Op] = []
        self.busy: list[_Op] = []
        self.latest: dict[tuple[int, object], _Op] = {}
        self._deliver.connect(self._run, Qt.QueuedConnection)

    def run_on_main(self, closure: Callable[[], None]) -> None:  # any thread
        self._deliver.emit(closure)

    @staticmethod
    def _run(closure: Callable[[], None]) -> None:
        closure()

    def busy_changed(self, op: _Op, on: bool) -> None:
        if on:
            if not self.busy:
                QApplication.setOverrideCursor(QCursor(Qt.BusyCursor))
            self.busy.append(op)
        elif op in self.busy:
            self.busy.remove(op)
            if not self.busy:
                QApplication.restoreOverrideCursor()


_manager: _Manager | None = None


def manager() -> _Manager:
    global _manager
    app = QApplication.instance()
    if _manager is None or not shiboken6.isValid(_manager) or _manager.parent() is not app:
        _manager = _Manager(app)
    return _manager


def running() -> list[_Op]:
    """Operations started and not finished yet."""
    return list(manager().running)


def busy() -> list[_Op]:
    """Operations that have run longer than BUSY_DELAY_MS and show the busy state."""
    return list(manager().busy)


def wait_idle(timeout: float = 60.0) -> bool:
    """Keep the event loop turning until every operation finished (closing the window; tests).
    False if some are still running after `timeout` seconds."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while manager().running:
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    return True


def finish_all(timeout: float = 60.0) -> bool:
    """Before the window closes (and the database with it): stop the long operations at their
    next item and wait for every operation to end."""
    for op in running():
        op.cancel()
    return wait_idle(timeout)


# --- operations ------------------------------------------------------------------------------

class _Op(Generic[T]):
    """What QueryOp and CollectionOp share; build it, then `run()` on the UI thread."""

    WRITES = False
    BUSY_LABEL = "Consultando la base de datos…"

    def __init__(self, parent: QWidget, db: Database | None, fn: Callable[..., T],
                 success: Callable[[T], Any] | None = None):
        """db None: fn works on files, not on the database (fn() or fn(progress))."""
        self.parent = parent
        self.db = db
        self.fn = fn
        self._success = success
        self._failure: Callable[[str, BaseException], Any] | None = None
        self._on_cancel: Callable[[], Any] | None = None
        self._refresh: Callable[[], Any] | None = None
        self._widgets: list[QWidget] = []
        self._enabled: list[bool] = []
        self._key: object = None
        self.busy_label = self.BUSY_LABEL
        self.progress: Progress | None = None
        self.dialog: QProgressDialog | None = None
        self.time_left = TimeLeft()
        self._dialog_text: tuple[str, str, Callable[[int, int], str] | str] | None = None
        self._timer: QTimer | None = None
        self._status_window: QMainWindow | None = None
        self.done = False
        self.result: T | None = None
        self.error: BaseException | None = None
        self.message = ""  # the Spanish message shown for a failure
        self.was_cancelled = False
        self._loops: list[QEventLoop] = []

    # -- building --------------------------------------------------------------------------
    def failure(self, handler: Callable[[str, BaseException], Any]) -> _Op[T]:
        """handler(message, exc) instead of the default warning box."""
        self._failure = handler
        return self

    def busy(self, label: str) -> _Op[T]:
        """The status bar text while it runs longer than BUSY_DELAY_MS."""
        self.busy_label = label
        return self

    def quiet(self) -> _Op[T]:
        """Background upkeep (the navigation's badges): no status bar text while it runs, so it
        never covers a message that matters."""
        self.busy_label = ""
        return self

    def disabling(self, *widgets: QWidget | None) -> _Op[T]:
        """Disable these (the button that started it) until the work ends."""
        self._widgets.extend(w for w in widgets if w is not None)
        return self

    def superseding(self, key: object) -> _Op[T]:
        """A later operation of the same parent and key makes this one's result stale: it is
        dropped (the list shows what was asked last)."""
        self._key = key
        return self

    def with_progress(self, title: str, label: Callable[[int, int], str] | str,
                      cancel_text: str = "Detener") -> _Op[T]:
        """A long operation: fn(session, progress); a progress dialog that can stop it."""
        self.progress = Progress(self._report)
        self._dialog_text = (title, cancel_text, label)
        return self

    def cancelled(self, handler: Callable[[], Any]) -> _Op[T]:
        """Called instead of success when the work raised Cancelled (Progress.check())."""
        self._on_cancel = handler
        return self

    def refreshing(self, refresh: Callable[[], Any]) -> _Op[T]:
        """After success: bring the screen up to date with what changed."""
        self._refresh = refresh
        return self

    # -- running ---------------------------------------------------------------------------
    def run(self) -> _Op[T]:
        mgr = manager()
        mgr.running.append(self)
        if self._key is not None:
            mgr.latest[(id(self.parent), self._key)] = self
        for widget in self._widgets:
            self._enabled.append(widget.isEnabled())
            widget.setEnabled(False)
        if self._dialog_text is not None:
            self._make_dialog()
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_busy)
        self._timer.start(BUSY_DELAY_MS)
        mgr.pool.start(self._work)
        if settle_in_run:
            self.wait()
        return self

    def wait(self) -> _Op[T]:
        """Hold the caller (not the window) until the work ended, for a caller that needs the
        answer now: a dialog's Guardar that closes only when saved, "save before moving on".
        A local event loop keeps the window painting, the timers and the busy state going
        while the worker waits on the database; the person's clicks and keys are held until
        the work ended, then delivered (nothing is lost, nothing starts twice)."""
        if not self.done:
            loop = QEventLoop()
            self._loops.append(loop)
            loop.exec(QEventLoop.ExcludeUserInputEvents)
        return self

    @property
    def ok(self) -> bool:
        """It ended, without error and without being stopped."""
        return self.done and self.error is None and not self.was_cancelled

    def cancel(self) -> None:
        """Ask a long operation to stop (what "Detener" does; nothing while it is held)."""
        if self.progress is not None and not self.progress.cancel():
            return
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.setLabelText("Deteniendo…")

    def _work(self) -> None:  # worker thread: no Qt calls here
        outcome: tuple[str, Any]
        try:
            self.time_left.restart()  # the rate counts from the start of the work
            if self.db is None:  # work on files, not on the database (a restore)
                result = self.fn(self.progress) if self.progress is not None else self.fn()
            else:
                with self.db.session() as session:
                    if self.progress is not None:
                        result = self.fn(session, self.progress)
                    else:
                        result = self.fn(session)
            check_plain(result)
            outcome = ("ok", result)
        except Cancelled:
            outcome = ("cancelled", None)
        except BaseException as exc:  # reported on the UI thread
            outcome = ("error", exc)
        manager().run_on_main(lambda: self._finish(*outcome))

    def _report(self) -> None:  # worker thread
        manager().run_on_main(self._show_progress)

    # -- the UI side -----------------------------------------------------------------------
    def _alive(self) -> bool:
        return self.parent is None or shiboken6.isValid(self.parent)

    def _make_dialog(self) -> None:
        title, cancel_text, _label = self._dialog_text
        parent = self.parent if self._alive() else None
        dialog = ProgressDialog(self._label_text(0, 0), cancel_text, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(BUSY_DELAY_MS)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog

    def _label_text(self, done: int, total: int) -> str:
        label = self._dialog_text[2]
        return label(done, total) if callable(label) else label

    def _show_progress(self) -> None:
        if self.done or self.progress is None:
            return
        done, total = self.progress.take()
        dialog = self.dialog
        if dialog is None or not shiboken6.isValid(dialog):
            return
        if dialog.wasCanceled():  # cancel() called without the button (Escape, a test)
            self.cancel()
            return
        held = self.progress.held
        dialog.hold(held is not None)
        lines = [self._label_text(done, total), self.time_left.text(done, total)]
        if held is not None:
            lines.append(f"Esta parte no se puede detener: {held}")
        dialog.setLabelText("\n".join(line for line in lines if line))
        dialog.setMaximum(total)
        dialog.setValue(done)  # last: a modal dialog's setValue lets other events in

    def _show_busy(self) -> None:
        if self.done:
            return
        manager().busy_changed(self, True)
        window = _main_window_of(self.parent) if self._alive() else None
        if window is not None and self.busy_label:
            self._status_window = window
            window.statusBar().showMessage(self.busy_label)
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.show()

    def _end_busy(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        manager().busy_changed(self, False)
        window = self._status_window
        if window is not None and shiboken6.isValid(window) \
                and window.statusBar().currentMessage() == self.busy_label:
            window.statusBar().clearMessage()
        for widget, enabled in zip(self._widgets, self._enabled, strict=False):
            if shiboken6.isValid(widget):
                widget.setEnabled(enabled)
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.blockSignals(True)  # closing it emits canceled: not a request to stop
            self.dialog.close()
            self.dialog.deleteLater()

    def _finish(self, kind: str, value: Any) -> None:
        try:
            self._deliver(kind, value)
        finally:
            for loop in self._loops:
                loop.quit()
            self._release()

    def _release(self) -> None:
        """Let go of every Qt object and closure here, on the UI thread: the worker may hold
        the last reference to this operation, and a widget (a dialog held only by a closure)
        must not be destroyed in another thread."""
        self._loops = []
        self._timer = None
        self.dialog = None
        self.parent = None
        self.fn = None
        self._success = self._failure = self._on_cancel = self._refresh = None
        self._widgets = []
        self._status_window = None
        if self.error is not None:  # its frames hold the work's closure (and so its widgets)
            self.error.__traceback__ = None

    def _deliver(self, kind: str, value: Any) -> None:
        mgr = manager()
        self.done = True
        self._end_busy()
        if self in mgr.running:
            mgr.running.remove(self)
        stale = False
        if self._key is not None:
            key = (id(self.parent), self._key)
            stale = mgr.latest.get(key) is not self
            if not stale:
                del mgr.latest[key]
        if kind == "error":
            self.error = value
        self.was_cancelled = kind == "cancelled"
        if stale or not self._alive():
            return  # nobody to tell; an error of a stale read is dropped with it
        if kind == "ok":
            self.result = value
            if self._success is not None:
                self._success(value)
            if self._refresh is not None:
                self._refresh()
        elif kind == "cancelled":
            if self._on_cancel is not None:
                self._on_cancel()
        else:
            self._failed(value)

    def _failed(self, exc: BaseException) -> None:
        said = error_message(exc, self.WRITES)
        if said is None:  # a bug: the unexpected-error hook logs and shows it
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        title, self.message = said
        if isinstance(exc, SQLAlchemyError):
            log.error("Database error in an operation", exc_info=exc)
        if self._failure is not None:
            self._failure(self.message, exc)
        else:
            show_failure(self.parent, title, self.message)


class QueryOp(_Op[T]):
    """Read: fn(session) -> plain data, in a worker; success(result) on the UI thread."""


class CollectionOp(_Op[T]):
    """Write: fn(session) runs a use case in its unit of work (committed when fn returns,
    rolled back on any error), in a worker; then success(result) and the refresh."""

    WRITES = True
    BUSY_LABEL = "Guardando…"


Operation = CollectionOp
