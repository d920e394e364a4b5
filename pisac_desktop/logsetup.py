"""Logging to a rotating file in the data folder's logs/."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from pisac_desktop.paths import PRIVATE_DIR_MODE, DataPaths, make_private

LOG_NAME = "pisac-desktop.log"


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file (the first and every one after a rotation) private to the user: logs name
    people, workstations and data folders."""

    def _open(self):
        stream = super()._open()
        make_private(Path(self.baseFilename))
        return stream


def configure_logging(paths: DataPaths, level: int = logging.INFO) -> None:
    paths.logs.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_pisac", False):
            root.removeHandler(handler)
            handler.close()
    handler = _PrivateRotatingFileHandler(
        paths.logs / LOG_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler._pisac = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
