"""What only PostgreSQL needs: the audit trail's append-only triggers in plpgsql (TRUNCATE
included), put back when missing or disabled, and transactions at READ COMMITTED whatever the
server's default (the write lock relies on it). The rest of the suite runs on both engines."""

import threading

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from pisac_desktop.core.audit import record, verify_chain
from pisac_desktop.core.permissions import Actor
from pisac_desktop.db.audit_guard import POSTGRES_TRIGGERS, missing_triggers, restore_triggers
from pisac_desktop.db.engine import Database
from pisac_desktop.paths import DataPaths
from tests.conftest import allow_tampering

ADMIN = Actor.system("prueba")


def _entries(opened, n: int = 3) -> None:
    with opened.db.session() as s:
        for i in range(n):
            record(s, ADMIN, "update", "institution", 1, {"teléfono": [str(i), str(i + 1)]})


@pytest.mark.parametrize("statement", [
    "UPDATE audit_entry SET username = 'otro'",
    "DELETE FROM audit_entry WHERE id = 2",
    "TRUNCATE audit_entry",
])
def test_the_server_refuses_to_change_the_trail(pg_opened, statement):
    _entries(pg_opened)
    with pytest.raises(IntegrityError, match="solo admite agregar entradas"):
        with pg_opened.db.engine.begin() as conn:
            conn.execute(text(statement))
    with pg_opened.db.session() as s:
        report = verify_chain(s)
    assert report.ok and report.entries == 3


def test_dropped_or_disabled_triggers_are_reported_and_put_back(pg_opened):
    _entries(pg_opened)
    with pg_opened.db.engine.begin() as conn:
        assert missing_triggers(conn) == []
        allow_tampering(conn)
        assert missing_triggers(conn) == list(POSTGRES_TRIGGERS)
        assert restore_triggers(conn) == list(POSTGRES_TRIGGERS)
        conn.exec_driver_sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_truncate")
        assert missing_triggers(conn) == ["audit_entry_no_truncate"]
        assert restore_triggers(conn) == ["audit_entry_no_truncate"]
        assert missing_triggers(conn) == []
    with pytest.raises(IntegrityError), pg_opened.db.engine.begin() as conn:
        conn.exec_driver_sql("TRUNCATE audit_entry")


def test_transactions_are_read_committed_whatever_the_server_default(pg_opened):
    url = pg_opened.db.engine.url
    with pg_opened.db.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
            f"ALTER DATABASE {url.database} SET default_transaction_isolation = 'serializable'")
    db = Database.from_url(url.render_as_string(hide_password=False))
    try:
        with db.session() as s:
            assert s.scalar(text("SHOW transaction_isolation")) == "read committed"
    finally:
        db.dispose()


def test_workstations_starting_at_once_on_a_new_server_database_create_it_once(
        pg_cluster, server_databases, tmp_path):
    """Four workstations open the same empty server database at the same instant: one creates
    the schema (the others wait on the migration lock and find it at head), none fails, and the
    reference data is there once."""
    from pisac_desktop.db.models import InstrumentKind
    from pisac_desktop.startup import open_database
    from tests.engines import point_at

    name = pg_cluster.new_database()
    server_databases.names.append(name)
    folders = [point_at(DataPaths(tmp_path / f"pc{n}"), pg_cluster.url(name)) for n in range(4)]
    barrier, results, errors = threading.Barrier(4), [], []

    def start(paths) -> None:
        try:
            barrier.wait()
            opened = open_database(paths)
            results.append(opened.schema.action)
            opened.db.dispose()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(p,)) for p in folders]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == [] and len(results) == 4
    assert results.count("creada") >= 1
    db = Database.from_url(pg_cluster.url(name))
    try:
        with db.session() as s:
            codes = s.scalars(select(InstrumentKind.code)).all()
        assert codes and len(codes) == len(set(codes))
    finally:
        db.dispose()
