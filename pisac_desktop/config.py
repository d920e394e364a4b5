"""Per-data-folder settings file (configuracion.ini).

Holds what must be known before the database opens: chiefly the database URL, so that an office
with several workstations can point every PC at one PostgreSQL server. A PostgreSQL password never
stays in this file: it goes to the data folder's private password file (pgpass format, handed to
libpq as its passfile).
"""

from __future__ import annotations

import configparser
import logging
import re
from dataclasses import dataclass

from pisac_desktop.paths import DataPaths, write_private_text

log = logging.getLogger(__name__)

SECTION = "base_de_datos"

_TEMPLATE = """\
; Configuración de Pisac Desktop para esta carpeta de datos.
; url: vacío = base de datos SQLite en esta misma carpeta (recomendado para una sola PC).
;      Para varias PC con un servidor PostgreSQL en la red de la oficina, por ejemplo:
;      url = postgresql+psycopg://usuario@192.168.1.10/pisac
;      La clave del usuario de PostgreSQL no se guarda aquí sino en el archivo clave-postgresql
;      de esta carpeta, que solo puede leer su usuario. Si la escribe en la url
;      (usuario:clave@servidor), al abrir el programa la traslada a ese archivo y la borra de aquí.
[base_de_datos]
url =
"""
_URL_LINE = re.compile(r"\s*url\s*[=:]")


class SettingsError(Exception):
    """The settings file cannot be read; the message is in Spanish."""


@dataclass(frozen=True)
class Settings:
    database_url: str


def sqlite_url(paths: DataPaths) -> str:
    from sqlalchemy.engine import URL

    # URL.create escapes the path: a folder named "datos ?x" or "50%" must not change its meaning.
    return URL.create("sqlite", database=str(paths.database)).render_as_string()


def load_settings(paths: DataPaths) -> Settings:
    """Read configuracion.ini, writing the commented template the first time."""
    if not paths.settings.exists():
        paths.root.mkdir(parents=True, exist_ok=True)
        write_private_text(paths.settings, _TEMPLATE)
    parser = configparser.ConfigParser()
    try:
        parser.read(paths.settings, encoding="utf-8")
        url = parser.get(SECTION, "url", fallback="").strip()
    except (configparser.Error, UnicodeDecodeError) as exc:
        raise SettingsError(
            f"El archivo de configuración {paths.settings} está dañado (debe empezar con la "
            "línea [base_de_datos] y estar guardado en UTF-8). Corríjalo o bórrelo para volver "
            "a la configuración por defecto."
        ) from exc
    return Settings(database_url=_server_url(paths, url) if url else sqlite_url(paths))


def _server_url(paths: DataPaths, raw: str) -> str:
    """A PostgreSQL url without its password, naming the private password file when there is
    one (libpq's «passfile»; without it libpq looks at PGPASSFILE or the user's own pgpass)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(raw)
    except ArgumentError:
        return raw  # explained when the engine is made
    if url.get_backend_name() != "postgresql":
        return raw
    if url.password:
        url = _move_password_out(paths, url)
    if url.password is None and "passfile" not in url.query and paths.password_file.exists():
        url = url.update_query_dict({"passfile": str(paths.password_file)})
    return url.render_as_string(hide_password=False)


def pgpass_line(username: str | None, password: str) -> str:
    """One line of a pgpass file, for any server, port and database of this data folder."""
    def escape(value: str) -> str:
        return value.replace("\\", "\\\\").replace(":", "\\:")

    return f"*:*:*:{escape(username) if username else '*'}:{escape(password)}\n"


def _move_password_out(paths: DataPaths, url):
    """Write the password to the private password file and the url without it back to the
    settings file. On failure the url keeps working as written, and the next start tries again."""
    if "\n" in url.password or "\r" in url.password:
        log.warning("The PostgreSQL password in %s cannot go to a pgpass file", paths.settings)
        return url
    plain = type(url).create(url.drivername, url.username, None, url.host, url.port,
                             url.database, url.query)  # URL.set() treats None as "unchanged"
    try:
        text = paths.settings.read_text(encoding="utf-8")
        write_private_text(paths.password_file, pgpass_line(url.username, url.password))
        # The settings file is read with interpolation: a % must be written twice.
        line = "url = " + plain.render_as_string(hide_password=False).replace("%", "%%")
        write_private_text(paths.settings, _replace_url(text, line))
    except OSError as exc:
        log.error("Could not move the PostgreSQL password out of %s: %s", paths.settings, exc)
        return url
    log.warning("The PostgreSQL password was moved from %s to %s (private to the user)",
                paths.settings, paths.password_file)
    return plain


def _replace_url(text: str, line: str) -> str:
    """The settings text with the url line of [base_de_datos] (and any continuation) replaced."""
    out, section, replaced, skipping = [], "", False, False
    for raw in text.splitlines():
        stripped = raw.strip()
        if skipping and raw[:1] in (" ", "\t") and stripped:
            continue  # continuation of the old value
        skipping = False
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1].strip()
        elif section == SECTION and not replaced and _URL_LINE.match(raw):
            out.append(line)
            replaced = skipping = True
            continue
        out.append(raw)
    return "\n".join(out) + "\n"


def save_database_settings(paths: DataPaths, url: str, username: str | None = None,
                           password: str | None = None) -> None:
    """Point this data folder at its database from the next start: url "" is the local file,
    else a server url without its password. A password given goes to the private password file
    (for `username`); going back to the local file removes that file (no secret is kept for a
    server no longer used). The rest of configuracion.ini (comments included) is kept."""
    if password is not None and ("\n" in password or "\r" in password):
        raise SettingsError("La contraseña no puede contener saltos de línea.")
    if not paths.settings.exists():
        load_settings(paths)  # writes the commented template
    text = paths.settings.read_text(encoding="utf-8")
    # Read with interpolation: a % is written twice.
    line = f"url = {url.replace('%', '%%')}" if url else "url ="
    updated = _replace_url(text, line)
    if line not in updated.splitlines():  # a hand-made file without the url line
        updated = _replace_url(updated.rstrip("\n") + f"\n[{SECTION}]\nurl =\n", line) \
            if f"[{SECTION}]" not in updated else updated.replace(
                f"[{SECTION}]", f"[{SECTION}]\n{line}", 1)
    if password is not None:
        write_private_text(paths.password_file, pgpass_line(username, password))
    write_private_text(paths.settings, updated)
    if not url:
        paths.password_file.unlink(missing_ok=True)


def save_database_url(paths: DataPaths, url: str) -> None:
    """Point the data folder at the database `url` (e.g. after moving it to a server); its
    password, if it has one, goes to the private password file, never to configuracion.ini."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    plain = type(parsed).create(parsed.drivername, parsed.username, None, parsed.host,
                                parsed.port, parsed.database, parsed.query)
    save_database_settings(paths, plain.render_as_string(hide_password=False), parsed.username,
                           parsed.password)


COPIES_SECTION = "copias"
_YES, _NO = ("si", "sí", "yes", "true", "1"), ("no", "false", "0", "")


@dataclass(frozen=True)
class CopiesSettings:
    """[copias] of configuracion.ini: where a server database is copied from, and by whom."""

    station: bool  # estacion = si: this workstation makes the daily copy of a server database
    pg_dump: str | None  # pg_dump = ruta (a file or its folder); None: look on PATH
    pg_restore: str | None


def load_copies_settings(paths: DataPaths) -> CopiesSettings:
    """The [copias] section; missing or unreadable means the defaults (not the backup station,
    tools on PATH). A value that is neither «si» nor «no» counts as «no» and is logged."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(paths.settings, encoding="utf-8")
        section = parser[COPIES_SECTION] if parser.has_section(COPIES_SECTION) else {}
    except (configparser.Error, UnicodeDecodeError):
        section = {}
    station = str(section.get("estacion", "")).strip().lower()
    if station not in _YES + _NO:
        log.warning("[copias] estacion = %r in %s is neither «si» nor «no»: taken as «no»",
                    station, paths.settings)
    return CopiesSettings(station in _YES, (section.get("pg_dump") or "").strip() or None,
                          (section.get("pg_restore") or "").strip() or None)
