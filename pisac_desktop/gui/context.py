from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pisac_desktop.db.engine import Database
from pisac_desktop.domain.permissions import Actor
from pisac_desktop.paths import DataPaths

if TYPE_CHECKING:
    from pisac_desktop.domain.backup import AutomaticBackups


@dataclass
class AppContext:
    """What every screen needs: the database, the data folder, who is signed in, and 'today'
    (injectable for tests)."""

    db: Database
    paths: DataPaths
    actor: Actor
    today: Callable[[], dt.date] = field(default=dt.date.today)
    backups: AutomaticBackups | None = None  # the session's automatic copies (GUI sessions)
