"""The screen follows what other workstations do: when another one commits a change, the
section on screen reads its lists again within about a second, without the clerk doing anything.

A worker thread (a plain Python thread: no Qt there) waits on the change feed (db/changes.py:
LISTEN on PostgreSQL, PRAGMA data_version on SQLite) and only counts the changes it hears of.
A QTimer on the UI thread looks at that count and, when it moved, refreshes the section shown,
but only when that is harmless; otherwise it tries again at the next tick (nothing is lost):
- not while a dialog or a menu is open (the clerk may be typing in it; the section under it
  refreshes when it closes), nor while a database operation is on its way (its result, or a
  wait() for it, is about to change the screen);
- not while the section holds an edit not saved (an Unsaved editor with changes): a section may
  define `refresh_from_elsewhere(editing)` to refresh what is not being edited (the council's
  list while a session's tab is being typed in); without it the whole section waits.
The lists keep their filters and selection (every section's load() does) and their scroll
position (kept here). Sections that show nothing read from the database (Verificar documento)
set `REFRESH_FROM_ELSEWHERE = False`.

stop() ends the worker and waits for it (at most one wait step): the main window calls it when
it closes, before the database is disposed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from pisac_desktop.db.changes import change_feed
from pisac_desktop.db.engine import Database
from pisac_desktop.gui import operations
from pisac_desktop.gui.unsaved import Unsaved

log = logging.getLogger(__name__)

TICK_MS = 200  # how often the UI thread looks at the count (no database work)
WAIT_STEP = 0.1  # seconds the worker waits on the feed before looking at the stop flag (closing
# the window waits for it)
RETRY_FEED = 5.0  # seconds before trying to open a feed that failed to open


def is_editing(section: QWidget) -> bool:
    """Whether an editor in the section holds input not saved."""
    editors = [w for w in section.findChildren(QWidget) if isinstance(w, Unsaved)]
    if isinstance(section, Unsaved):
        editors.append(section)
    return any(editor.has_changes() for editor in editors)


def _scroll_positions(section: QWidget) -> list[tuple[QAbstractItemView, int, int]]:
    return [(view, view.verticalScrollBar().value(), view.horizontalScrollBar().value())
            for view in section.findChildren(QAbstractItemView)]


def refresh_section(section: QWidget | None) -> bool:
    """Refresh the lists of a section after a change made elsewhere, keeping the scroll
    positions and any edit in progress. False when it must wait (an edit in progress and no
    partial refresh)."""
    if section is None or not getattr(section, "REFRESH_FROM_ELSEWHERE", True):
        return True
    editing = is_editing(section)
    partial = getattr(section, "refresh_from_elsewhere", None)
    if partial is None and editing:
        return False
    scrolls = _scroll_positions(section)
    if partial is not None:
        partial(editing)
    else:
        section.load()
    _restore_when_read(scrolls)
    return True


def _restore_when_read(scrolls, tries: int = 100) -> None:
    """Put the lists back where the clerk had scrolled them once the reads arrived."""
    if operations.running() and tries > 0:
        QTimer.singleShot(20, lambda: _restore_when_read(scrolls, tries - 1))
        return
    for view, vertical, horizontal in scrolls:
        if shiboken6.isValid(view):
            view.verticalScrollBar().setValue(vertical)
            view.horizontalScrollBar().setValue(horizontal)


class LiveRefresh(QObject):
    """Watches the database for other workstations' changes and calls `refresh()` (on the UI
    thread, when it is harmless: see the module's docstring; refresh() returns False to be
    asked again later)."""

    def __init__(self, db: Database, refresh: Callable[[], bool], parent: QObject | None = None,
                 feed_factory=change_feed):
        super().__init__(parent)
        self.db = db
        self._refresh = refresh
        self._feed_factory = feed_factory
        self.heard = 0  # changes heard of by the worker (written there, read here)
        self.applied = 0
        self.refreshes = 0  # how many times refresh() ran (tests)
        self.ready = False  # the feed is open: changes committed from now on are heard
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> LiveRefresh:
        if self._thread is None:
            self._stopping = False
            self._thread = threading.Thread(target=self._watch, name="pisac-cambios",
                                            daemon=True)
            self._thread.start()
            self._timer.start()
        return self

    def stop(self) -> None:
        """End the worker and wait for it (it looks at the flag every WAIT_STEP)."""
        self._stopping = True
        if shiboken6.isValid(self._timer):
            self._timer.stop()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()

    # --- the worker (no Qt here) -----------------------------------------------------------
    def _watch(self) -> None:
        feed = None
        retry_at = 0.0
        try:
            while not self._stopping:
                if feed is None:
                    if time.monotonic() < retry_at:
                        time.sleep(WAIT_STEP)
                        continue
                    try:
                        feed = self._feed_factory(self.db)
                    except Exception as exc:
                        log.warning("Cannot watch the database for changes: %s", exc)
                        retry_at = time.monotonic() + RETRY_FEED
                        continue
                    if feed is None:
                        return  # nothing to watch (an in-memory database)
                    self.ready = True
                if feed.wait(WAIT_STEP):
                    self.heard += 1
        except Exception:
            log.exception("The change watcher stopped")
        finally:
            if feed is not None:
                feed.close()

    # --- the UI side -----------------------------------------------------------------------
    def _tick(self) -> None:
        heard = self.heard
        if heard == self.applied or not self._quiet():
            return
        if self._refresh():
            self.applied = heard
            self.refreshes += 1

    @staticmethod
    def _quiet() -> bool:
        return (QApplication.activeModalWidget() is None
                and QApplication.activePopupWidget() is None
                and not operations.running())
