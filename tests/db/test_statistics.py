"""The planner's statistics (Database.refresh_statistics): a sound SQLite database closed by
the program gets them, and with them the pending lists use the right index."""

import sqlite3
from contextlib import closing

from pisac_desktop.paths import DataPaths
from pisac_desktop.startup import open_database
from tests.conftest import _copy_demo


def _plan(path, sql: str) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return " ".join(r[-1] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))


UNPUBLISHED = (
    "SELECT count(*) FROM instrument JOIN instrument_kind ON instrument_kind.code = "
    "instrument.kind_code WHERE instrument_kind.module = 'secretaria' AND instrument.state = "
    "'issued' AND instrument_kind.must_publish IS 1 AND NOT EXISTS (SELECT * FROM publication "
    "WHERE publication.instrument_id = instrument.id)")


def test_a_sound_database_closed_by_the_program_gets_statistics(tmp_path, _demo_full):
    paths = DataPaths(tmp_path / "datos")
    _copy_demo(_demo_full, paths).db.dispose()
    with closing(sqlite3.connect(paths.database)) as conn:
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
                                ).fetchone()
    assert "ix_instrument_kind_state" not in _plan(paths.database, UNPUBLISHED)  # by state
    opened = open_database(paths)
    assert opened.checked  # a full check ran: the file is sound
    opened.close()
    with closing(sqlite3.connect(paths.database)) as conn:
        tables = {r[0] for r in conn.execute("SELECT tbl FROM sqlite_stat1")}
    assert {"instrument", "audit_entry", "publication"} <= tables
    assert "ix_instrument_kind_state" in _plan(paths.database, UNPUBLISHED)
    again = open_database(paths)  # analysed already: PRAGMA optimize, no error
    again.close()
