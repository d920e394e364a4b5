"""What a long operation shows while it works (gui/operations.py's with_progress, the backup):
how far it got, how long is left, whether it may be stopped now.

- Progress: handed to the worker; step(done, total) reports, check() stops where the person
  pressed «Detener», hold(reason) marks a part that cannot be stopped safely.
- TimeLeft: the one estimate of every progress dialog, «quedan unos 40 s», from the rate so
  far (a new total, the next phase, counts anew).
- ProgressDialog: «Detener» (or Escape, or closing it) asks to stop, except while held: then
  the button is disabled.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton, QWidget


class Cancelled(Exception):  # noqa: N818  (a request, not a failure)
    """The person stopped a long operation: raised by Progress.check() in the worker."""


ESTIMATE_AFTER = 1.5  # seconds of work before the first estimate (earlier ones jump about)


def time_left_text(seconds: float) -> str:
    """«quedan unos 40 s», «quedan unos 3 min»: rounded as a person would say it."""
    if seconds < 10:
        return "falta muy poco"
    if seconds < 55:
        return f"quedan unos {max(10, 5 * round(seconds / 5))} s"
    minutes = round(seconds / 60)
    if minutes <= 1:
        return "queda alrededor de 1 min"
    if minutes < 90:
        return f"quedan unos {minutes} min"
    hours = round(seconds / 3600)
    return "queda alrededor de 1 h" if hours <= 1 else f"quedan unas {hours} h"


class TimeLeft:
    """The time left of a long job, from its rate so far: feed it (done, total) as the work
    goes; a new total (the next phase: copying, then verifying) starts the count again. The
    one estimate of every progress dialog (operations, the backup)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self._total = -1
        self._since = clock()
        self._from = 0
        self.seconds: float | None = None

    def restart(self) -> None:
        self._total, self._since, self._from, self.seconds = -1, self._clock(), 0, None

    def update(self, done: int, total: int) -> float | None:
        """Seconds left (None: not known yet, or the total is unknown)."""
        now = self._clock()
        if total != self._total:
            self._total, self._since, self._from = total, now, done
            self.seconds = None
            return None
        elapsed, advanced = now - self._since, done - self._from
        if total <= 0 or advanced <= 0 or elapsed < ESTIMATE_AFTER:
            return self.seconds
        self.seconds = max(total - done, 0) * elapsed / advanced
        return self.seconds

    def text(self, done: int, total: int) -> str:
        """The estimate as a line of a dialog: «Quedan unos 40 s.», or a word that it is being
        computed; "" when the total is unknown (a phase that cannot say how far it is)."""
        if total <= 0:
            return ""
        seconds = self.update(done, total)
        if seconds is None:
            return "Calculando el tiempo que falta…"
        said = time_left_text(seconds)
        return said[0].upper() + said[1:] + "."


class Progress:
    """Handed to the worker of a long operation: reports how far it got and says whether the
    person pressed "Detener". Thread-safe. `progress(done, total)` is `step()`, so it fits the
    core's `progress(done, total) -> bool` callbacks (export_year)."""

    def __init__(self, report: Callable[[], None] | None = None):
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._report = report
        self._state = (0, 0)
        self._queued = False
        self._held: str | None = None

    def hold(self, reason: str | None) -> None:
        """From here the work cannot be stopped safely (None: it can again): the dialog says
        `reason` and disables "Detener"; a request to stop is not taken meanwhile."""
        with self._lock:
            self._held = reason
            queue, self._queued = not self._queued, True
        if queue and self._report is not None:
            self._report()

    @property
    def held(self) -> str | None:
        """Why the work cannot be stopped now (None: it can)."""
        with self._lock:
            return self._held

    def cancel(self) -> bool:
        """Ask the work to stop; False (not asked) while it is held."""
        if self.held is not None:
            return False
        self._cancel.set()
        return True

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int) -> bool:
        """Record `done` of `total`; False once the person asked to stop."""
        with self._lock:
            self._state = (done, total)
            queue, self._queued = not self._queued, True
        if queue and self._report is not None:
            self._report()
        return not self.cancelled

    def __call__(self, done: int, total: int) -> bool:
        return self.step(done, total)

    @property
    def reached(self) -> tuple[int, int]:
        """The latest (done, total) reported."""
        with self._lock:
            return self._state

    def check(self) -> None:
        """Between items: stop here (raise Cancelled) if the person asked to."""
        if self.cancelled:
            raise Cancelled

    def take(self) -> tuple[int, int]:
        """UI side: the latest (done, total); later steps queue a new report."""
        with self._lock:
            self._queued = False
            return self._state


class ProgressDialog(QProgressDialog):
    """A long operation's dialog: "Detener" (or Escape, or closing it) asks the work to stop,
    except while it is held (hold(True)): then the button is disabled and nothing stops it."""

    WIDTH = 460  # its lines wrap (what it does, the time left, why it cannot stop now)

    def __init__(self, text: str, cancel_text: str, parent: QWidget | None):
        super().__init__(text, cancel_text, 0, 0, parent)
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignCenter)
        self.setLabel(label)
        self.setFixedWidth(self.WIDTH)
        self.button = QPushButton(cancel_text, self)
        self.setCancelButton(self.button)
        self.held = False

    def hold(self, held: bool) -> None:
        self.held = held
        self.button.setEnabled(not held)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.held and event.key() == Qt.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.held:
            event.ignore()
            return
        super().closeEvent(event)
