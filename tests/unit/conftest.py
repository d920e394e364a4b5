"""Fixtures shared by the unit tests of one area."""

import pytest
from sqlalchemy import select

from pisac_desktop.db.models import OrgUnit
from pisac_desktop.demo import demo_actor
from pisac_desktop.tramite import cases


def unit_id(s, code: str) -> int:
    return s.scalar(select(OrgUnit.id).where(OrgUnit.code == code))


@pytest.fixture
def office(demo_people):
    """The demo's people, each in their unit: the desk (echoque), the Secretaría General
    (mhuillca), the Gerencia (wccahua)."""
    db = demo_people.db
    with db.session() as s:
        admin = demo_actor(s, "soporte")
        for username, code in (("echoque", "RECORDS_OFFICE"), ("mhuillca", "GENERAL_SECRETARIAT"),
                               ("wccahua", "MUNICIPAL_MANAGEMENT")):
            cases.set_user_units(s, admin, demo_actor(s, username).user_id, [unit_id(s, code)])
    return demo_people
