"""Reference data every database needs: the institution's defaults, the kinds of numbered
document, the council's settings, the business-day calendar's prefilled days, the TUPA's example
procedures and who hears the administrative recursos.

Seeded in the same transaction that creates or migrates the schema (db/schema.py prepare), and
checked again at every start, so a database left without them (by a crash of an older version
between its two transactions) is completed the next time it is opened.

Each set is seeded once and never overwritten: the clerk's edits stand, and what the office
removed on purpose stays removed. "Seeded once" is known from rows that are never deleted (the
institution row, seeded with its org units and year names in one transaction; the council
settings row; the document kinds, which cannot be deleted) or from a marker in app_meta written
with the seed (the calendar's prefilled days, which the clerk may delete).
"""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from pisac_desktop.db.engine import Database
from pisac_desktop.db.health import is_locked_error
from pisac_desktop.db.models import AppMeta, CouncilSettings, Institution, InstrumentKind
from pisac_desktop.db.write_lock import lock_for_write

log = logging.getLogger(__name__)


def seed_reference_data(session: Session) -> None:
    """Add whatever reference data is missing; idempotent, never changes an existing row."""
    from pisac_desktop.core.calendar import ensure_calendar_defaults
    from pisac_desktop.core.institution import ensure_defaults
    from pisac_desktop.council.settings import ensure_council_defaults
    from pisac_desktop.instruments.kinds import ensure_instrument_kinds
    from pisac_desktop.requests.appeals import ensure_appeal_rules
    from pisac_desktop.tramite.procedures import ensure_example_procedures

    ensure_defaults(session)
    ensure_instrument_kinds(session)
    ensure_council_defaults(session)
    ensure_calendar_defaults(session)
    ensure_example_procedures(session)  # after the org units it names
    ensure_appeal_rules(session)  # after the document kinds it names


def missing_reference_data(session: Session) -> list[str]:
    """What is missing, in Spanish (empty when complete). Reads only; needs the head schema."""
    from pisac_desktop.core.calendar import SEED_VERSION, SEEDED_KEY
    from pisac_desktop.council.settings import SUMMONS_KIND
    from pisac_desktop.instruments.kinds import DEFAULT_KINDS

    missing = []
    have = set(session.scalars(select(InstrumentKind.code)))
    kinds = [k.plural for k in DEFAULT_KINDS if k.code not in have]
    if kinds:
        missing.append(f"tipos de documento ({', '.join(kinds)})")
    if session.get(Institution, 1) is None:
        missing.append("datos de la institución (y sus unidades orgánicas y denominaciones "
                       "del año predeterminadas)")
    council = []
    if session.get(CouncilSettings, 1) is None:
        council.append("configuración del concejo")
    if SUMMONS_KIND not in have:
        council.append("numeración de citaciones")
    if council:
        missing.append(f"datos del concejo ({', '.join(council)})")
    seeded = session.get(AppMeta, SEEDED_KEY)
    if seeded is None or seeded.value != SEED_VERSION:
        missing.append("días no laborables predeterminados del calendario (24 de junio y los "
                       "declarados por el D.S. N° 042-2025-PCM)")
    from pisac_desktop.tramite.procedures import SEEDED_KEY as TUPA_SEEDED

    if session.get(AppMeta, TUPA_SEEDED) is None:
        missing.append("procedimientos de ejemplo del TUPA")
    from pisac_desktop.requests.appeals import SEEDED_KEY as APPEALS_SEEDED

    if session.get(AppMeta, APPEALS_SEEDED) is None:
        missing.append("instancias de los recursos administrativos")
    return missing


def missing_in(db: Database) -> list[str] | None:
    """missing_reference_data of a database; None when its schema is not at head (a migration
    will seed it)."""
    from pisac_desktop.db.schema import HEAD_REVISION, current_revision

    with db.engine.connect() as conn:
        if current_revision(conn) != HEAD_REVISION:
            return None
    with db.session() as session:
        return missing_reference_data(session)


def ensure_reference_data(db: Database, attempts: int = 3) -> list[str]:
    """At every start: complete the reference data in one transaction if anything is missing.

    Returns what was missing (empty in the usual case, which costs a few reads and no write).
    Two workstations completing the same database at once: one adds, the other waits for its
    lock and then finds everything present (or, on a lost race, tries again).
    """
    with db.session() as session:
        if not missing_reference_data(session):
            return []
    for attempt in range(1, attempts + 1):
        try:
            with db.session() as session:
                lock_for_write(session)  # before reading what to add (DESIGN.md)
                missing = missing_reference_data(session)
                if missing:
                    seed_reference_data(session)
        except (IntegrityError, OperationalError) as exc:
            lost_race = isinstance(exc, IntegrityError) or is_locked_error(exc)
            if not lost_race or attempt == attempts:
                raise
            log.info("Another process completed the reference data at the same time; "
                     "checking again")
            continue
        if missing:
            log.warning("Reference data was missing and has been added: %s", "; ".join(missing))
        return missing
    return []
