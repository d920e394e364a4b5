"""When copies are made by themselves and how long they are kept: the daily copy at the first
start of the day, the copy on close when data changed (ChangeMonitor), their scheduling in the
running application (AutomaticBackups), and the retention of old copies (prune_backups)."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable, Hashable, Iterable
from contextlib import suppress
from pathlib import Path
from typing import TypeVar

from sqlalchemy.exc import SQLAlchemyError

from pisac_desktop.clock import wall_time
from pisac_desktop.core.audit_anchor import note_copy
from pisac_desktop.core.backups import (
    AUTOMATIC_ACTOR,
    BackupError,
    BackupInfo,
    audit_backup_event,
    backup_facts,
    has_backup_on,
    make_backup,
    sqlite_file_of,
)
from pisac_desktop.core.permissions import SYSTEM_USERNAME, Actor
from pisac_desktop.db.backup import (
    PARTIAL_SUFFIX,
    BackupKind,
    parse_backup_name,
)
from pisac_desktop.db.changes import DataVersion
from pisac_desktop.db.engine import Database
from pisac_desktop.paths import DataPaths

log = logging.getLogger(__name__)


def _automatic(db: Database, paths: DataPaths, kind: BackupKind,
               clock: Callable[[], dt.datetime]) -> BackupInfo | None:
    source = sqlite_file_of(db)
    if source is None:  # a server database: only the backup station copies it, with pg_dump
        from pisac_desktop.core.server_backups import is_backup_station, make_server_backup

        if not is_backup_station(paths, db):
            return None
        info = make_server_backup(db, paths, paths.backups, kind, clock)
    elif not source.exists():
        return None
    else:
        info = make_backup(source, paths.backups, kind, clock)
    note_copy(paths.backups, info.path, clock())
    try:
        audit_backup_event(db, Actor.system(AUTOMATIC_ACTOR), "backup", info.path.name, backup_facts(info))
    except SQLAlchemyError:  # the copy is made and sound; the entry is not worth failing for
        log.exception("Could not audit the automatic backup %s", info.path)
    prune_backups(paths.backups, clock())
    log.info("Automatic backup (%s): %s", kind.value, info.path)
    return info


def ensure_daily_backup(db: Database, paths: DataPaths,
                        clock: Callable[[], dt.datetime] = wall_time) -> BackupInfo | None:
    """At start-up: the day's first copy, unless the backups folder has one from today already
    (only file names are read then). Returns the new copy, or None. Raises BackupError."""
    if has_backup_on(paths.backups, clock().date()):
        return None
    return _automatic(db, paths, BackupKind.DAILY, clock)


# (action, entity, username) of an automatic copy's audit entry (audit_backup_event).
OWN_COPY_ENTRY = ("backup", "database", SYSTEM_USERNAME)


class ChangeMonitor:
    """Has anybody committed to the database since start()?

    PRAGMA data_version on a private read-only connection (db/changes.py DataVersion, which the
    screens' refresh reads too): unlike the audit head it also sees changes that are not
    audited, and unlike the file's mtime it has no false alarms from checkpoints.

    One exception: when every audit entry since the start is the entry of an automatic copy
    (the day's copy, made in the background after the monitor started), only the program
    itself wrote: no copy on close for that (it cost the day's first session a whole second
    copy at close: 6 s on ten years of data, a minute at ten times). Every change the program
    makes is audited; a change without any entry (another tool) still counts, unless it came
    together with such a copy's entry.
    """

    def __init__(self, path: Path):
        self.path = path
        # Any thread: the GUI may start it in the integrity check's thread (background_start).
        self._source: DataVersion | None = DataVersion(path, any_thread=True)
        # The head first: a commit between the two reads then counts as a change.
        self._head = self._source.audit_head()
        self._baseline = self._source.read()

    def changed(self) -> bool:
        if self._source is None:
            return True
        try:
            if self._source.read() == self._baseline:
                return False
            since = self._source.entries_after(self._head)
            return not since or not all(entry == OWN_COPY_ENTRY for entry in since)
        except sqlite3.Error:
            return True  # cannot tell: a copy too many is better than one too few

    def close(self) -> None:
        if self._source is not None:
            self._source.close()
            self._source = None


def backup_on_close(db: Database, paths: DataPaths, monitor: ChangeMonitor | None,
                    clock: Callable[[], dt.datetime] = wall_time,
                    changed_before: bool = False) -> BackupInfo | None:
    """On close: a copy when the data changed since the monitor started (None: assume it did),
    or changed_before (seen by an earlier monitor of the same session). Raises BackupError."""
    if monitor is not None and not changed_before and not monitor.changed():
        return None
    return _automatic(db, paths, BackupKind.ON_CLOSE, clock)


class AutomaticBackups:
    """The app's automatic copies, never stopping start-up or close.

    at_start() after open_database(); at_close() when the main window closes, before disposing
    the engine; stop() before anything replaces the database file (a restore; at_close() then
    does nothing, since the file is no longer this session's). A failure is
    logged and kept in .warning (Spanish) for the status bar.
    """

    def __init__(self, db: Database, paths: DataPaths,
                 clock: Callable[[], dt.datetime] | None = None):
        self.db, self.paths = db, paths
        self.clock = clock or (lambda: wall_time(db.clock))
        self.monitor: ChangeMonitor | None = None
        self.warning: str | None = None
        self._stopped = False
        self._changed_before = False  # seen by a monitor closed by pause()

    def at_start(self) -> BackupInfo | None:
        made = self.daily()
        self._watch()
        return made

    def daily_due(self) -> bool:
        """Whether the day's copy is still to be made (only file names are read)."""
        try:
            return not has_backup_on(self.paths.backups, self.clock().date())
        except OSError:
            return True  # daily() then says what is wrong

    def daily(self) -> BackupInfo | None:
        """The day's copy, if none was made today (any thread: the GUI runs it in a worker
        after the window is shown, start_watching() first)."""
        return self._guarded(lambda: ensure_daily_backup(self.db, self.paths, self.clock))

    def start_watching(self) -> None:
        """The change monitor alone, before the daily copy is made in the background: a change
        made meanwhile is never missed (the day's first session may then make one copy on
        close more than strictly needed, since the daily copy's audit entry counts as one)."""
        if self.monitor is None and not self._stopped:
            self._watch()

    def _watch(self) -> None:
        source = sqlite_file_of(self.db)
        if source is not None and source.exists():
            try:
                self.monitor = ChangeMonitor(source)
            except sqlite3.Error:
                log.exception("Cannot watch %s for changes", source)

    def pause(self) -> None:
        """Close the monitor's connection (a restore needs the file alone), remembering
        whether the data had changed; resume() if the restore does not happen."""
        if self.monitor is not None:
            self._changed_before = self._changed_before or self.monitor.changed()
            self.monitor.close()
            self.monitor = None

    def resume(self) -> None:
        if not self._stopped and self.monitor is None:
            self._watch()

    def at_close(self) -> BackupInfo | None:
        if self._stopped or sqlite_file_of(self.db) is None:
            return None  # stopped: the file was replaced (restore); nothing of ours to copy
        try:
            return self._guarded(
                lambda: backup_on_close(self.db, self.paths, self.monitor, self.clock,
                                        self._changed_before))
        finally:
            self.stop()

    def stop(self) -> None:
        self._stopped = True
        if self.monitor is not None:
            self.monitor.close()
            self.monitor = None

    def _guarded(self, action: Callable[[], BackupInfo | None]) -> BackupInfo | None:
        try:
            return action()
        except BackupError as exc:
            self.warning = f"No se pudo hacer la copia de seguridad automática: {exc}"
        except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
            self.warning = f"No se pudo hacer la copia de seguridad automática: {exc}"
        log.error("%s", self.warning)
        return None


# --- retention --------------------------------------------------------------------------------
T = TypeVar("T", bound=Hashable)


def backups_to_prune(backups: Iterable[tuple[T, dt.datetime]], now: dt.datetime,
                     daily: int = 7, weekly: int = 4, monthly: int = 12) -> list[T]:
    """Which automatic copies to delete. Pure: (item, when) pairs in, items to delete out.

    Kept: the newest copy of each of the last `daily` days that have copies, of each of the
    last `weekly` ISO weeks that have copies, and of each of the last `monthly` months that
    have copies. Periods count only when they hold a copy, so weeks without using the app
    never thin the history out. Copies dated after `now` (a clock set wrong) are kept and not
    counted.
    """
    items = sorted(backups, key=lambda pair: pair[1], reverse=True)
    past = [(item, when) for item, when in items if when <= now]
    keep: set[T] = set()
    periods = (
        (lambda d: d.date(), daily),
        (lambda d: d.isocalendar()[:2], weekly),
        (lambda d: (d.year, d.month), monthly),
    )
    for period_of, count in periods:
        seen: set = set()
        for item, when in past:  # newest first: the first of each period is its newest
            period = period_of(when)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.add(period)
            keep.add(item)
    return [item for item, _when in past if item not in keep]


def prune_backups(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Apply the retention to the automatic copies in the backups folder; returns what it deleted.

    Never touched: manual copies, files not named by Pisac Desktop, anything outside `folder`,
    and the newest antes-de-actualizar and antes-de-restaurar copies (the last state before a
    one-off change). Leftover '.parcial' files from an interrupted copy older than a day go too.
    """
    now = now or wall_time()
    if not folder.is_dir():
        return []
    candidates: list[tuple[Path, dt.datetime]] = []
    newest_special: dict[BackupKind, tuple[dt.datetime, Path]] = {}
    deleted: list[Path] = []
    for path in folder.iterdir():
        if path.name.endswith(PARTIAL_SUFFIX):
            age = now - dt.datetime.fromtimestamp(path.stat().st_mtime)
            if age > dt.timedelta(days=1):
                with suppress(OSError):
                    path.unlink()
                    deleted.append(path)
            continue
        parsed = parse_backup_name(path.name)
        if parsed is None or not parsed.kind.automatic or not path.is_file():
            continue
        candidates.append((path, parsed.created))
        if parsed.kind in (BackupKind.MIGRATION, BackupKind.BEFORE_RESTORE):
            best = newest_special.get(parsed.kind)
            if best is None or (parsed.created, path.name) > (best[0], best[1].name):
                newest_special[parsed.kind] = (parsed.created, path)
    protected = {path for _when, path in newest_special.values()}
    for path in backups_to_prune(candidates, now):
        if path in protected:
            continue
        try:
            path.unlink()
        except OSError:
            log.warning("Could not delete the old backup %s", path)
        else:
            with suppress(OSError):  # a server copy's summary (.pgdump.json) goes with it
                path.with_name(path.name + ".json").unlink(missing_ok=True)
            deleted.append(path)
            log.info("Pruned old backup %s", path.name)
    return deleted
