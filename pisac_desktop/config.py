"""Per-data-folder settings file (configuracion.ini).

Holds what must be known before the database opens: chiefly the database URL, so that an office
with several workstations can point every PC at one PostgreSQL server.
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass

from pisac_desktop.paths import DataPaths

SECTION = "base_de_datos"

_TEMPLATE = """\
; Configuración de Pisac Desktop para esta carpeta de datos.
; url: vacío = base de datos SQLite en esta misma carpeta (recomendado para una sola PC).
;      Para varias PC con un servidor PostgreSQL en la red de la oficina, por ejemplo:
;      url = postgresql+psycopg://usuario:clave@192.168.1.10/pisac
[base_de_datos]
url =
"""


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
        paths.settings.write_text(_TEMPLATE, encoding="utf-8")
    parser = configparser.ConfigParser()
    try:
        parser.read(paths.settings, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError) as exc:
        raise SettingsError(
            f"El archivo de configuración {paths.settings} está dañado (debe empezar con la "
            "línea [base_de_datos] y estar guardado en UTF-8). Corríjalo o bórrelo para volver "
            "a la configuración por defecto."
        ) from exc
    url = parser.get(SECTION, "url", fallback="").strip()
    return Settings(database_url=url or sqlite_url(paths))
