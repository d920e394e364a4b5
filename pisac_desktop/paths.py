"""Where data and bundled resources live.

Data folder: --data-dir > PISAC_DATA_DIR > the appdirs user data folder.
Resources: frozen bundle (PyInstaller) > installed wheel (inside the package) > source checkout.

The data folder holds password hashes and personal data: on Linux and macOS everything in it is
private to its user (folders 0700, files 0600). On Windows the per-user folder under
%LOCALAPPDATA% is already private by its inherited ACL (the user, SYSTEM and Administrators).
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "PISAC_DATA_DIR"
APPDIRS_NAME = "PisacDesktop"
APPDIRS_AUTHOR = "MunicipalidadPisac"
DB_FILENAME = "pisac.sqlite3"
SETTINGS_FILENAME = "configuracion.ini"
PASSWORD_FILENAME = "clave-postgresql"  # pgpass format, read by libpq (PGPASSFILE/passfile)
PRIVATE_DIR_MODE, PRIVATE_FILE_MODE = 0o700, 0o600

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

    @property
    def password_file(self) -> Path:
        return self.root / PASSWORD_FILENAME

    def ensure(self) -> DataPaths:
        """Create the folders (private to the user when new; make_private_tree() fixes old ones)."""
        for folder in (self.root, self.backups, self.documents, self.logs):
            folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        return self


def _protects() -> bool:
    return os.name == "posix"  # Windows: the per-user folder's ACL does it; chmod cannot


def make_private(path: Path) -> bool:
    """chmod a folder to 0700 or a file to 0600 when group or others have any access; True when
    it changed something. Never raises: a file system without permissions (a FAT USB stick)
    simply keeps its own rules."""
    if not _protects():
        return False
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode) or not info.st_mode & 0o077:
            return False
        path.chmod(PRIVATE_DIR_MODE if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE_MODE)
    except OSError:
        return False
    return True


def create_private_file(path: Path) -> None:
    """Create (or empty) a file readable and writable by its owner only, from the first byte."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    os.close(fd)
    make_private(path)  # an existing file keeps its old mode through O_CREAT


def write_private_text(path: Path, text: str) -> None:
    """Replace a small text file atomically, private to the user (settings, password file)."""
    tmp = path.with_name(f".{path.name}.nuevo")
    create_private_file(tmp)
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_whole(path: Path, data: bytes) -> None:
    """Write a file so that it is either complete or absent: a '.parcial' file, then a rename
    (an export stopped half-way leaves no truncated PDF under the final name)."""
    tmp = path.with_name(path.name + ".parcial")
    tmp.write_bytes(data)
    tmp.replace(path)


def make_private_tree(root: Path, keep_contents: tuple[Path, ...] = ()) -> list[Path]:
    """Make every folder and file under root private (links are not followed; the folders in
    keep_contents are made private but what they hold is left as it is); the ones that were not,
    for the log."""
    if not _protects() or not root.is_dir():
        return []
    fixed = [root] if make_private(root) else []
    for folder, dirs, files in os.walk(root):
        base = Path(folder)
        if base in keep_contents:
            dirs[:] = []
            continue
        fixed.extend(p for p in (base / n for n in (*dirs, *files)) if make_private(p))
    return fixed


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


def docs_dir() -> Path:
    """The folder holding the user help (ayuda/) and its screenshots (screenshots/): the
    project's docs/ in a checkout; resources/docs/ in the wheel and the Windows bundle, where
    the build copies docs/ayuda and docs/screenshots (pyproject.toml, installer/*.spec)."""
    bundled = resources_dir() / "docs"
    if (bundled / "ayuda").is_dir():
        return bundled
    return _PACKAGE_DIR.parent / "docs"


def resource(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Falta el recurso {'/'.join(parts)} en {path.parent}.")
    return path
