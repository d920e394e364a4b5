"""Reference data: seeded with the schema, completed at every start, never overwriting the
office's edits, and reported by `pisac-desktop check` when missing."""

import shutil
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event, select

from pisac_desktop import admin_cli
from pisac_desktop.core.calendar import SEED_DAYS
from pisac_desktop.db.engine import Database
from pisac_desktop.db.models import InstrumentKind, NonWorkingDay, OrgUnit
from pisac_desktop.db.schema import MigrationFailedError, current_revision, prepare
from pisac_desktop.paths import DataPaths
from pisac_desktop.reference_data import (
    ensure_reference_data,
    missing_reference_data,
    seed_reference_data,
)
from pisac_desktop.startup import open_database

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _sql(paths, *statements: str) -> None:
    """Behind the app's back, as a crash of an older version (or an intruder) would leave it."""
    with closing(sqlite3.connect(paths.database)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def test_creation_seeds_in_the_same_transaction(paths):
    db = Database.from_url(f"sqlite:///{paths.database}")
    try:
        assert prepare(db, paths.backups, seed=seed_reference_data).action == "creada"
        with db.session() as s:  # no second transaction needed
            assert missing_reference_data(s) == []
    finally:
        db.dispose()


def test_a_failing_seed_leaves_no_schema_behind(paths):
    def broken(session):
        seed_reference_data(session)
        raise RuntimeError("corte a medias")

    db = Database.from_url(f"sqlite:///{paths.database}")
    try:
        with pytest.raises(MigrationFailedError, match="No se cambió nada"):
            prepare(db, paths.backups, seed=broken)
        with db.engine.connect() as conn:
            assert current_revision(conn) is None  # schema and data: both or neither
    finally:
        db.dispose()
    opened = open_database(paths)
    opened.db.dispose()
    assert opened.schema.action == "creada"


def test_each_start_completes_what_is_missing(paths, capsys):
    open_database(paths).db.dispose()
    _sql(paths, "DELETE FROM instrument_kind", "DELETE FROM council_settings",
         "DELETE FROM app_meta WHERE key = 'calendar_seeded'", "DELETE FROM non_working_day")
    assert admin_cli.check(paths) == admin_cli.FAILED
    out = capsys.readouterr().out
    assert "Datos de referencia: FALTAN tipos de documento (Ordenanzas Municipales, Acuerdos de Concejo" in out
    assert "configuración del concejo" in out and "numeración de citaciones" in out
    assert "días no laborables predeterminados" in out
    assert "Resultado: se encontraron problemas." in out

    opened = open_database(paths)  # an ordinary start, schema already at head
    assert opened.schema.action == "al día"
    with opened.db.session() as s:
        assert missing_reference_data(s) == []
        assert len(s.scalars(select(NonWorkingDay)).all()) == len(SEED_DAYS)
    opened.db.dispose()
    assert admin_cli.check(paths) == admin_cli.OK
    assert "Datos de referencia: completos" in capsys.readouterr().out


def test_the_office_edits_and_removals_stand(paths, capsys):
    opened = open_database(paths)
    with opened.db.session() as s:
        unit = s.scalars(select(OrgUnit).order_by(OrgUnit.position)).first()
        unit.name = "Alcaldía Distrital"
        kind = s.get(InstrumentKind, "MAYOR_RESOLUTION")
        kind.number_format = "RA N° {numero}-{anio}"
        for day in s.scalars(select(NonWorkingDay)):  # the office removed the prefilled days
            s.delete(day)
        units = len(s.scalars(select(OrgUnit)).all())
    opened.db.dispose()
    _sql(paths, "DELETE FROM year_name")  # removed on purpose too

    for _start in range(2):
        open_database(paths).db.dispose()
    with closing(sqlite3.connect(paths.database)) as conn:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        assert one("SELECT name FROM org_unit ORDER BY position LIMIT 1") == "Alcaldía Distrital"
        assert one("SELECT count(*) FROM org_unit") == units
        assert one("SELECT number_format FROM instrument_kind WHERE code = 'MAYOR_RESOLUTION'"
                   ) == "RA N° {numero}-{anio}"
        assert one("SELECT count(*) FROM non_working_day") == 0
        assert one("SELECT count(*) FROM year_name") == 0
    assert admin_cli.check(paths) == admin_cli.OK
    assert "Datos de referencia: completos" in capsys.readouterr().out


def test_a_complete_database_costs_a_few_reads_and_no_write(opened):
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(opened.db.engine, "before_cursor_execute", listener)
    assert ensure_reference_data(opened.db) == []
    event.remove(opened.db.engine, "before_cursor_execute", listener)
    assert all(s.lstrip().upper().startswith("SELECT") for s in statements), statements
    assert len(statements) <= 6


def test_two_starts_completing_the_same_database_at_once(paths, caplog):
    open_database(paths).db.dispose()
    _sql(paths, "DELETE FROM instrument_kind", "DELETE FROM app_meta WHERE key = 'calendar_seeded'",
         "DELETE FROM non_working_day")
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def start() -> None:
        db = Database.from_url(f"sqlite:///{paths.database}")
        try:
            barrier.wait()
            ensure_reference_data(db)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    added = [r for r in caplog.records if "has been added" in r.getMessage()]
    assert len(added) == 1  # one start completed it; the others found it complete
    with closing(sqlite3.connect(paths.database)) as conn:
        assert conn.execute("SELECT count(*) FROM non_working_day").fetchone()[0] == len(SEED_DAYS)
        assert conn.execute("SELECT count(*) FROM app_meta WHERE key = 'calendar_seeded'"
                            ).fetchone()[0] == 1


def test_check_leaves_an_older_schema_to_the_migration(tmp_path, capsys):
    paths = DataPaths(tmp_path / "datos").ensure()
    shutil.copy(FIXTURES / "schema_0001.sqlite3", paths.database)
    admin_cli.check(paths)
    out = capsys.readouterr().out
    assert "Datos de referencia: no se verificaron" in out and "FALTAN" not in out
