from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pisac_desktop.clock import Clock
from pisac_desktop.core.permissions import Actor
from pisac_desktop.db.engine import Database
from pisac_desktop.paths import DataPaths

if TYPE_CHECKING:
    from pisac_desktop.core.backup_schedule import AutomaticBackups


@dataclass
class AppContext:
    """What every screen needs: the database, the data folder, who is signed in, and the clock.

    The clock is the database's (handed to every unit of work); giving one here sets it there, so
    a test or a screenshot freezes 'today' for the screens and the use cases alike."""

    db: Database
    paths: DataPaths
    actor: Actor
    clock: Clock | None = None
    backups: AutomaticBackups | None = None  # the session's automatic copies (GUI sessions)

    def __post_init__(self) -> None:
        if self.clock is None:
            self.clock = self.db.clock
        else:
            self.db.clock = self.clock

    def today(self) -> dt.date:
        return self.clock.today()

    def now(self) -> dt.datetime:
        """Aware, in the office's time zone (America/Lima)."""
        return self.clock.now()
