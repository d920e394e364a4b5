"""The demo built through the use cases on PostgreSQL, once per run.

The PostgreSQL tests' demo databases are the SQLite demo moved in by the copier of
`db move-to-server` (tests/engines.py: a second instead of twenty); this test keeps what building
them on the server itself checked: every use case the demo runs works on PostgreSQL, and it
makes the same rows there as on SQLite."""

from pisac_desktop.paths import DataPaths


def test_the_demo_fills_a_server_database_as_it_fills_sqlite(request, tmp_path, _demo_full):
    """Slow on purpose (~20 s): the whole short demo (council, documents, five weeks of
    intake) written through the use cases on the server."""
    from sqlalchemy import create_engine

    from pisac_desktop.config import sqlite_url
    from pisac_desktop.db.transfer import count_rows
    from pisac_desktop.demo import fill_demo
    from pisac_desktop.demo.tramite import INTAKE_DAYS_SHORT
    from pisac_desktop.startup import open_database
    from tests.conftest import TODAY
    from tests.engines import server_copy

    opened = open_database(server_copy(request, DataPaths(tmp_path / "servidor"),
                                       "pg_empty_template"))
    try:
        fill_demo(opened, TODAY, True, intake_days=INTAKE_DAYS_SHORT)
        with opened.db.engine.connect() as conn:
            on_server = count_rows(conn)
    finally:
        opened.db.dispose()
    local = create_engine(sqlite_url(_demo_full))
    try:
        with local.connect() as conn:
            on_sqlite = count_rows(conn, list(on_server))
    finally:
        local.dispose()
    assert on_server["case_file"] > 100 and on_server["instrument"] > 100
    assert on_server == on_sqlite
