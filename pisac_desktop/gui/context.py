from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from pisac_desktop.db.engine import Database
from pisac_desktop.paths import DataPaths


@dataclass
class AppContext:
    """What every screen needs: the database, the data folder and 'today' (injectable for tests)."""

    db: Database
    paths: DataPaths
    today: Callable[[], dt.date] = field(default=dt.date.today)
