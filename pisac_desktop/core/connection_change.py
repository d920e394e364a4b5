"""A workstation pointed at another database (Configuración › Conexión a la base de datos):
the database it leaves keeps, in its audit trail, who did it, from which PC and where to.

The change itself lives in the data folder's configuracion.ini, outside any database: it is
recorded after it was saved, and only when the database being left still answers. No
permission is asked here: the record tells what was already done (the screen is the
administrator's).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from pisac_desktop.core.audit import record
from pisac_desktop.core.permissions import Actor
from pisac_desktop.db.write_lock import writes

FIELD = "conexión"


@writes
def record_connection_change(session: Session, actor: Actor, before: str, after: str) -> None:
    """before, after: where the data was and is now (a file, or a server url without its
    password: connection_check.location_of)."""
    record(session, actor, "settings_change", "database", "", {FIELD: [before, after]})
