"""Logging to a rotating file in the data folder's logs/."""

from __future__ import annotations

import logging
import logging.handlers

from pisac_desktop.paths import DataPaths

LOG_NAME = "pisac-desktop.log"


def configure_logging(paths: DataPaths, level: int = logging.INFO) -> None:
    paths.logs.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_pisac", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        paths.logs / LOG_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler._pisac = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
