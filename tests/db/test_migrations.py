import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from pisac_desktop import __version__
from pisac_desktop.db import schema
from pisac_desktop.db.models import CouncilMember, Institution
from pisac_desktop.db.schema import HEAD_REVISION, ForeignDatabaseError, NewerDatabaseError
from pisac_desktop.paths import DataPaths
from pisac_desktop.startup import open_database

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures").glob("schema_*.sqlite3"))


def test_head_constant_matches_the_migration_scripts():
    assert schema.script_head() == HEAD_REVISION


def test_there_is_a_fixture_for_the_current_schema():
    assert any(f.name == f"schema_{HEAD_REVISION}.sqlite3" for f in FIXTURES)


def test_new_database_is_created_at_head(paths):
    opened = open_database(paths)
    try:
        assert opened.schema.action == "creada"
        with opened.db.engine.connect() as conn:
            assert schema.current_revision(conn) == HEAD_REVISION
    finally:
        opened.db.dispose()
    again = open_database(paths)
    assert again.schema.action == "al día"
    again.db.dispose()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_each_released_schema_upgrades_with_its_data(fixture, tmp_path):
    paths = DataPaths(tmp_path / "datos").ensure()
    shutil.copy(fixture, paths.database)
    opened = open_database(paths)
    try:
        with opened.db.engine.connect() as conn:
            assert schema.current_revision(conn) == HEAD_REVISION
        with opened.db.session() as s:
            assert s.get(Institution, 1).ruc == "20147990139"
            assert len(s.scalars(select(CouncilMember)).all()) == 6
        upgraded = fixture.stem != f"schema_{HEAD_REVISION}"
        assert (opened.schema.backup is not None) == upgraded
    finally:
        opened.db.dispose()


def test_older_database_is_backed_up_then_upgraded(tmp_path, monkeypatch):
    """Simulate the next release: a copy of the migrations with one more revision."""
    migrations = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9999_next.py").write_text(
        'import sqlalchemy as sa\nfrom alembic import op\n\n'
        f'revision = "9999"\ndown_revision = "{HEAD_REVISION}"\n'
        "branch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade():\n"
        '    op.create_table("next_thing", sa.Column("id", sa.Integer, primary_key=True))\n\n\n'
        "def downgrade():\n"
        '    op.drop_table("next_thing")\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", migrations)
    monkeypatch.setattr(schema, "HEAD_REVISION", "9999")
    paths = DataPaths(tmp_path / "datos").ensure()
    shutil.copy(FIXTURES[-1], paths.database)

    opened = open_database(paths)
    opened.db.dispose()

    assert opened.schema.action == "actualizada"
    backup = opened.schema.backup
    assert backup.parent == paths.backups and HEAD_REVISION in backup.name
    with sqlite3.connect(backup) as conn:  # the backup is the database as it was
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"
        conn.execute("SELECT count(*) FROM next_thing")
        assert conn.execute("SELECT ruc FROM institution").fetchone()[0] == "20147990139"


def test_newer_database_is_refused_naming_both_versions(paths):
    opened = open_database(paths)
    with opened.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'a1b2c3'"))
        conn.execute(text("UPDATE app_meta SET value = '2.3.0' WHERE key = 'app_version'"))
    opened.db.dispose()
    before = paths.database.read_bytes()
    with pytest.raises(NewerDatabaseError) as refused:
        open_database(paths)
    message = str(refused.value)
    assert "2.3.0" in message and __version__ in message and "Instale" in message
    assert paths.database.read_bytes() == before  # untouched
    assert not any(paths.backups.iterdir())


def test_foreign_database_is_not_touched(paths):
    with sqlite3.connect(paths.database) as conn:
        conn.execute("CREATE TABLE clientes (id INTEGER)")
    with pytest.raises(ForeignDatabaseError, match="no es de Pisac Desktop"):
        open_database(paths)


def test_engine_pragmas(opened):
    with opened.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_settings_file_chooses_the_database(tmp_path):
    paths = DataPaths(tmp_path / "datos").ensure()
    other = tmp_path / "otra.sqlite3"
    open_database(paths).db.dispose()  # writes the commented template
    assert "url =" in paths.settings.read_text(encoding="utf-8")
    paths.settings.write_text(f"[base_de_datos]\nurl = sqlite:///{other.as_posix()}\n",
                              encoding="utf-8")
    opened = open_database(paths)
    opened.db.dispose()
    assert other.exists() and opened.db.display_location == str(other)
