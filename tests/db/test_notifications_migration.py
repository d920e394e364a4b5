"""Migration 0008 (interested parties and cédulas de notificación): a database of schema 0006
is backed up and upgraded, its data intact, and the new tables take a party and its cédula."""

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import inspect

from pisac_desktop.db.schema import HEAD_REVISION
from pisac_desktop.paths import DataPaths
from pisac_desktop.startup import open_database

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_schema_0006_upgrades_to_the_notification_tables(tmp_path):
    paths = DataPaths(tmp_path / "datos").ensure()
    shutil.copy(FIXTURES / "schema_0006.sqlite3", paths.database)
    with sqlite3.connect(paths.database) as conn:
        issued_before = conn.execute("SELECT count(*) FROM instrument").fetchone()[0]
    opened = open_database(paths)
    try:
        assert opened.schema.action == "actualizada" and opened.schema.backup is not None
        inspector = inspect(opened.db.engine)
        party = {c["name"] for c in inspector.get_columns("instrument_party")}
        assert {"instrument_id", "name", "document_type", "document_number", "address",
                "is_company"} <= party
        cedula = {c["name"] for c in inspector.get_columns("notification")}
        assert {"party_id", "number", "number_text", "issued_on", "notified_at", "how",
                "received_by", "receiver_document", "relation", "notifier_name", "notes",
                "recorded_by", "recorded_at"} <= cedula
        uniques = [u["column_names"] for u in inspector.get_unique_constraints("notification")]
        assert ["year", "number"] in uniques
    finally:
        opened.db.dispose()
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            HEAD_REVISION)
        assert conn.execute("SELECT count(*) FROM instrument").fetchone()[0] == issued_before
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_an_upgraded_database_notifies(tmp_path):
    import datetime as dt

    from sqlalchemy import select

    from pisac_desktop.clock import FixedClock
    from pisac_desktop.db.models import Instrument
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.instruments.notifications import PartyForm, issue_cedula, save_party

    paths = DataPaths(tmp_path / "datos").ensure()
    shutil.copy(FIXTURES / "schema_0006.sqlite3", paths.database)
    opened = open_database(paths)
    opened.db.clock = FixedClock(dt.date(2026, 11, 21))
    try:
        with opened.db.session() as s:
            actor = demo_actor(s, "mhuillca")
            doc = s.scalar(select(Instrument.id).where(Instrument.state == "issued",
                                                       Instrument.kind_code == "MAYOR_RESOLUTION")
                           .order_by(Instrument.id))
            party = save_party(s, actor, doc, PartyForm("Ana Ccori", "DNI", "23456789",
                                                        "Jr. Pisac 10"))
        with opened.db.session() as s:
            cedula = issue_cedula(s, actor, party)
        assert cedula
    finally:
        opened.db.dispose()
