"""Where data and bundled resources live.

Data folder: --data-dir > PISAC_DATA_DIR > the appdirs user data folder.
Resources: frozen bundle (PyInstaller) > installed wheel (inside the package) > source checkout.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "PISAC_DATA_DIR"
APPDIRS_NAME = "PisacDesktop"
APPDIRS_AUTHOR = "MunicipalidadPisac"
DB_FILENAME = "pisac.sqlite3"
SETTINGS_FILENAME = "configuracion.ini"

_PACKAGE_DIR = Path(__file__).resolve().parent


def default_data_dir() -> Path:
    import appdirs

    return Path(appdirs.user_data_dir(APPDIRS_NAME, APPDIRS_AUTHOR))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class DataPaths:
    """All the places inside one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def settings(self) -> Path:
        return self.root / SETTINGS_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def documents(self) -> Path:
        return self.root / "documentos"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.backups, self.documents, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resources_dir() -> Path:
    """The folder holding fonts, icons and the crest placeholder."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(_PACKAGE_DIR / "resources")  # installed wheel
    candidates.append(_PACKAGE_DIR.parent / "resources")  # source checkout / editable install
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError(
        "No se encontró la carpeta de recursos de Pisac Desktop (buscada en: "
        + ", ".join(str(c) for c in candidates)
        + "). Reinstale la aplicación."
    )


def resource(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Falta el recurso {'/'.join(parts)} en {path.parent}.")
    return path


def package_dir() -> Path:
    return _PACKAGE_DIR
