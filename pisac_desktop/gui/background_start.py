"""What a start does after the main window is shown: the integrity check's verdict, the audit
entry of the sign-in that waited for it, and the day's automatic copy, in workers
(gui/operations.py), told in the status bar.

Before the window, startup.open_database checked what is cheap and left the full check of a
cleanly closed file running behind a write gate (db/health_gate.py): no write reaches the file
before its verdict. Here the verdict is awaited in a worker; a damage found is told to the
person and every write stays refused until the program is closed (the next start then offers
the newest sound backup). Then, only on a sound file, the daily copy runs in a worker.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtWidgets import QMainWindow

from pisac_desktop.core.accounts import record_sign_in, record_sign_in_apart
from pisac_desktop.core.backup_schedule import AutomaticBackups
from pisac_desktop.gui.operations import CollectionOp, QueryOp, show_failure
from pisac_desktop.startup import OpenedDatabase

log = logging.getLogger(__name__)

CHECKING = "Verificando la integridad de la base de datos…"
DAILY_RUNNING = "Copia diaria en curso…"
DAILY_DONE = "Copia diaria hecha: {name}"
DAMAGED_TITLE = "Base de datos dañada"
DAMAGED_STATUS = "Base de datos dañada: no se guardará ningún cambio. Cierre y vuelva a abrir."


class BackgroundStart:
    """run() once the window is shown; finish() after the event loop ended, before the copy
    on close (a daily copy still running ends first)."""

    def __init__(self, window: QMainWindow, opened: OpenedDatabase, backups: AutomaticBackups,
                 signed=None):
        self.window, self.opened, self.backups = window, opened, backups
        self.signed = signed  # gui.app.SignedIn: its audit entry may still be to write
        self.damaged = False
        self.daily_made = None
        self._copying = threading.Event()
        self._copying.set()  # nothing running

    def run(self) -> BackgroundStart:
        health = self.opened.health
        self._sign_in_unrecorded = (self.signed is not None
                                    and self.signed.unrecorded_at is not None)
        goes_first = (self._sign_in_unrecorded and health is not None
                      and health.first_when_sound(self._record_sign_in_then_watch))
        if not goes_first:
            if self._sign_in_unrecorded and health is not None and health.sound:
                # The verdict came before the window: the entry now, then the monitor (the
                # person's input is held while it is written: nothing of theirs in between).
                self._record_sign_in().wait()
            self.backups.start_watching()
        if health is None or health.done:
            self._verdict(health.problem if health else None)
        else:
            QueryOp(self.window, self.opened.db, lambda _s: health.wait(),
                    self._verdict).busy(CHECKING).run()
        return self

    def _verdict(self, problem: str | None) -> None:
        if problem is not None:
            self.damaged = True
            self.backups.stop()  # no copy of a damaged file, on close neither
            self.window.statusBar().showMessage(DAMAGED_STATUS)
            show_failure(self.window, DAMAGED_TITLE, self.opened.health.message())
            return
        if self._sign_in_unrecorded:  # it could not go first (its write failed there)
            self._record_sign_in()
        if self.backups.daily_due():
            self._copying.clear()
            self.window.statusBar().showMessage(DAILY_RUNNING)
            CollectionOp(self.window, self.opened.db, self._daily,
                         self._daily_ended).busy(DAILY_RUNNING).run()

    def _record_sign_in(self) -> CollectionOp:
        self._sign_in_unrecorded = False
        actor, at = self.signed.actor, self.signed.unrecorded_at
        return CollectionOp(self.window, self.opened.db,
                            lambda s: record_sign_in(s, actor, at)).run()

    def _record_sign_in_then_watch(self) -> None:
        """In the check's thread, on a sound file, before any other write: the sign-in's
        entry, then the change monitor (so that entry does not count as a change of the
        session and make a copy on close)."""
        try:
            record_sign_in_apart(self.opened.db, self.signed.actor, self.signed.unrecorded_at)
            self._sign_in_unrecorded = False  # else the verdict's handler tries again
        finally:
            self.backups.start_watching()

    def _daily(self, _session):  # worker thread
        try:
            made = self.backups.daily()
            return made.path.name if made is not None else None
        finally:
            self._copying.set()

    def _daily_ended(self, name: str | None) -> None:
        bar = self.window.statusBar()
        if self.backups.warning:
            bar.showMessage(self.backups.warning, 30000)
        elif name is not None:
            bar.showMessage(DAILY_DONE.format(name=name), 10000)
        elif bar.currentMessage() == DAILY_RUNNING:
            bar.clearMessage()

    def finish(self, timeout: float = 600.0) -> None:
        """Wait (without Qt: its event loop has ended) for a daily copy still running, and for
        a verdict still to come: its first actions (the sign-in's entry, then the change
        monitor) decide whether this session changed the data and needs a copy on close."""
        health = self.opened.health
        if health is not None:
            if not health.done:
                try:
                    health.wait(timeout)
                except TimeoutError:
                    log.error("The integrity check did not end in %s s", timeout)
                    return
            if health.problem is not None:  # maybe closed before its verdict was shown
                self.backups.stop()  # no copy of a damaged file
            elif self._sign_in_unrecorded:  # its first attempt failed, or was never shown
                self._sign_in_unrecorded = False
                try:
                    record_sign_in_apart(self.opened.db, self.signed.actor,
                                         self.signed.unrecorded_at)
                except Exception:  # noqa: BLE001 - logged; the session is over anyway
                    log.exception("Could not record the sign-in")
        if not self._copying.wait(timeout):
            log.error("The daily backup did not end in %s s", timeout)
