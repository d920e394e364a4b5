"""A realistic, entirely fictional dataset for training, screenshots and review.

Every person, DNI and RUC here is invented. Later modules extend fill_demo() with their records.
"""

from __future__ import annotations

import datetime as dt

from pisac_desktop.clock import FixedClock
from pisac_desktop.core.accounts import UserForm, actor_for, create_first_admin, create_user
from pisac_desktop.core.institution_settings import (
    GeneralData,
    OfficeholderRow,
    load_settings,
    save_settings,
)
from pisac_desktop.core.permissions import Actor, Role
from pisac_desktop.db.models import CouncilMember, Term
from pisac_desktop.db.models.council import ROLE_COUNCILLOR, ROLE_MAYOR
from pisac_desktop.paths import DataPaths, resource
from pisac_desktop.startup import OpenedDatabase, open_database

DEMO_RUC = "20147990139"  # fictional, with a valid check digit

# (post, title, name, DNI, from, to, designation, feminine)
DEMO_OFFICEHOLDERS = (
    ("MAYOR", "Prof.", "Julián Quispe Huamán", "23981457", "02/01/2023", "",
     "Credencial del Jurado Electoral Especial de Calca", False),
    ("MUNICIPAL_MANAGER", "Ing.", "Rosa Elvira Mamani Condori", "41236578", "02/01/2023",
     "30/06/2024", "Resolución de Alcaldía N° 001-2023-MDP/A", True),
    ("MUNICIPAL_MANAGER", "CPC", "Wilber Ccahua Yupanqui", "44125896", "01/07/2024", "",
     "Resolución de Alcaldía N° 118-2024-MDP/A", False),
    ("GENERAL_SECRETARY", "Abog.", "Marleny Huillca Sutta", "45879632", "02/01/2023", "",
     "Resolución de Alcaldía N° 002-2023-MDP/A", True),
    ("RECORDS_HEAD", "Bach.", "Edwin Choque Puma", "40325874", "16/01/2023", "",
     "Resolución de Alcaldía N° 009-2023-MDP/A", False),
    ("CIVIL_REGISTRY_HEAD", "Lic.", "Yeny Apaza Cusi", "46987412", "16/01/2023", "",
     "Resolución de Alcaldía N° 010-2023-MDP/A", True),
)

_MRIP = "Movimiento Regional Inka Pachakuteq"
# (role, title, name, DNI, political organisation, feminine)
DEMO_COUNCIL_2023 = (
    (ROLE_MAYOR, "Prof.", "Julián Quispe Huamán", "23981457", _MRIP, False),
    (ROLE_COUNCILLOR, "", "Nilda Rosa Huamán Ttito", "42587136", _MRIP, True),
    (ROLE_COUNCILLOR, "Ing.", "Alberto Condori Quispe", "43698521", _MRIP, False),
    (ROLE_COUNCILLOR, "", "Hilaria Mamani Chura", "47852369", _MRIP, True),
    (ROLE_COUNCILLOR, "Lic.", "Percy Gamarra Luna", "41002587", "Partido Democrático Andino", False),
    (ROLE_COUNCILLOR, "", "Teodoro Yupanqui Sallo", "29874563", "Acción Popular Cusco", False),
)


DEMO_ACTOR = Actor.system("datos de demostración")
DEMO_PASSWORD = "pisac2026"  # every demo account; the demo is fictional and for training only
# (username, full name, roles); the first one is the administrator of the first start.
DEMO_USERS = (
    ("soporte", "Rubén Ttito Huamán", (Role.ADMIN,)),
    ("mhuillca", "Marleny Huillca Sutta", (Role.GENERAL_SECRETARIAT,)),
    ("wccahua", "Wilber Ccahua Yupanqui", (Role.MUNICIPAL_MANAGEMENT,)),
    ("echoque", "Edwin Choque Puma", (Role.INTAKE,)),
    ("yapaza", "Yeny Apaza Cusi", (Role.CIVIL_REGISTRY,)),
    ("lsoncco", "Lucía Soncco Quispe", (Role.UNIT_STAFF,)),
    ("consulta", "Percy Gamarra Luna", (Role.READ_ONLY,)),
)


class DemoRefused(Exception):
    """The folder already holds a database; the message is in Spanish."""


def fill_demo_general(g: GeneralData) -> None:
    """The fictional institution data (RUC, address, crest...) shared by demo and benchmark."""
    g.ruc = DEMO_RUC
    g.address = "Plaza de Armas s/n, Pisac"
    g.phone = "084 203015"
    g.email = "mesadepartes@munipisac.ejemplo.pe"
    g.website = "www.munipisac.ejemplo.pe"
    g.crest = resource("icons", "escudo-provisional.png").read_bytes()


def fill_demo(opened: OpenedDatabase, today: dt.date | None = None,
              documents: bool = True, users: bool = True,
              intake_days: int | None = None) -> None:
    """Fill the database with the demo dataset, built around `today` (default: the database's
    clock). With a given day, the clock stands on it while the demo is written, so every record
    and audit entry of the demo is dated as if it had been made then. users=False (the
    self-test): no demo accounts (each password hash takes a noticeable moment). intake_days:
    how far back the Mesa de Partes' intake goes (default a year, demo/tramite.py)."""
    if today is None:
        _fill_demo(opened, opened.db.clock.today(), documents, users, intake_days)
        return
    previous = opened.db.clock
    opened.db.clock = FixedClock(today, 9)
    try:
        _fill_demo(opened, today, documents, users, intake_days)
    finally:
        opened.db.clock = previous


def _fill_demo(opened: OpenedDatabase, today: dt.date, documents: bool,
               users: bool = True, intake_days: int | None = None) -> None:
    with opened.db.session() as session:
        settings = load_settings(session)
        fill_demo_general(settings.general)
        settings.officeholders = [
            OfficeholderRow(None, post, title, name, dni, start, end, designation, fem)
            for post, title, name, dni, start, end, designation, fem in DEMO_OFFICEHOLDERS
        ]
        save_settings(session, settings, DEMO_ACTOR)

        if users:
            from pisac_desktop.demo.tramite import add_demo_units

            add_demo_users(session)
            add_demo_units(session, demo_actor(session, "soporte"))
        term = Term(start_year=2023, end_year=2026)
        session.add(term)
        for pos, (role, title, name, dni, party, fem) in enumerate(DEMO_COUNCIL_2023):
            session.add(CouncilMember(term=term, role=role, title=title, full_name=name, dni=dni,
                                      political_party=party, position=pos, feminine=fem))
    if not documents:
        return
    with opened.db.session() as session:
        from pisac_desktop.demo.council import add_demo_council, pin_reference_rows
        from pisac_desktop.demo.council_plan import OUTCOME_KINDS
        from pisac_desktop.demo.instruments import add_demo_instruments

        pinned = pin_reference_rows(session)  # noqa: F841 (held while the demo is written)
        secretary, manager = demo_actor(session, "mhuillca"), demo_actor(session, "wccahua")
        # The council's acuerdos and ordenanzas are born of its sessions, issued in date order.
        add_demo_council(session, secretary, manager, today)
        add_demo_instruments(session, secretary, manager, today, skip_kinds=OUTCOME_KINDS)
    if users:
        with opened.db.session() as session:
            from pisac_desktop.demo.requests import other_events, request_events
            from pisac_desktop.demo.tramite import INTAKE_DAYS, add_demo_tramite

            requests, others = request_events(session, today), other_events(session, today)
            add_demo_tramite(session, today, intake_days or INTAKE_DAYS,
                             lambda later: (requests(later), others(later)))
        with opened.db.session() as session:
            from pisac_desktop.demo.management import (
                add_demo_commissions,
                add_demo_commitments,
                add_demo_governance,
                add_demo_plan,
            )

            add_demo_commitments(session, today)
            add_demo_plan(session, today)
            add_demo_governance(session, today)
            add_demo_commissions(session, today)


def add_demo_users(session) -> None:
    """The demo accounts (password DEMO_PASSWORD), the first one the administrator."""
    (admin_name, admin_full, _roles), *others = DEMO_USERS
    admin = create_first_admin(
        session, UserForm(admin_name, admin_full, DEMO_PASSWORD, DEMO_PASSWORD),
        "Municipalidad Distrital de Pisac", "demostración",
    )
    for username, full_name, roles in others:
        user = create_user(session, admin, UserForm(username, full_name, DEMO_PASSWORD,
                                                    DEMO_PASSWORD, frozenset(roles)))
        user.must_change_password = False  # demo accounts are ready to use


def demo_actor(session, username: str = "soporte") -> Actor | None:
    """The demo account as a signed-in person (screenshots), or None outside a demo folder."""
    from sqlalchemy import select

    from pisac_desktop.db.models import User

    user = session.scalar(select(User).where(User.username == username))
    return actor_for(user, "demostración") if user is not None else None


def create_demo(paths: DataPaths, today: dt.date | None = None,
                documents: bool = True, users: bool = True,
                intake_days: int | None = None) -> OpenedDatabase:
    """Create a new data folder filled with the demo dataset; refuse one that holds data."""
    if paths.database.exists():
        raise DemoRefused(
            f"La carpeta {paths.root} ya contiene una base de datos ({paths.database.name}). "
            "Los datos de demostración solo se crean en una carpeta nueva, para no mezclarlos "
            "nunca con datos reales. Indique otra carpeta con --data-dir."
        )
    if paths.settings.exists() and _points_elsewhere(paths):
        raise DemoRefused(
            f"La configuración de {paths.root} apunta a otra base de datos (servidor). "
            "Los datos de demostración solo se crean en una carpeta nueva."
        )
    opened = open_database(paths)
    fill_demo(opened, today, documents, users, intake_days)
    return opened


def _points_elsewhere(paths: DataPaths) -> bool:
    from pisac_desktop.config import load_settings as load_file_settings
    from pisac_desktop.config import sqlite_url

    return load_file_settings(paths).database_url != sqlite_url(paths)

