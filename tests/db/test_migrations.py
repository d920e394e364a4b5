import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from pisac_desktop import __version__
from pisac_desktop.core.audit import verify_chain
from pisac_desktop.db import schema
from pisac_desktop.db.models import CouncilMember, Institution
from pisac_desktop.db.schema import (
    HEAD_REVISION,
    ForeignDatabaseError,
    MigrationFailedError,
    NewerDatabaseError,
)
from pisac_desktop.paths import DataPaths
from pisac_desktop.startup import open_database

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures").glob("schema_*.sqlite3"))


def _database_at(request, tmp_path, db_engine: str, fixture: Path | None = None) -> DataPaths:
    """A data folder whose database holds `fixture` at its revision (None: no database yet).
    PostgreSQL: an empty database migrated to the fixture's revision and filled with its rows
    by the same copier as `db move-to-server` (db/transfer.py)."""
    paths = DataPaths(tmp_path / "datos").ensure()
    if db_engine == "sqlite":
        if fixture is not None:
            shutil.copy(fixture, paths.database)
        return paths
    from tests.engines import point_at

    cluster = request.getfixturevalue("pg_cluster")
    name = cluster.new_database()
    request.addfinalizer(lambda: cluster.drop_database(name))
    if fixture is not None:
        load_fixture(fixture, cluster.url(name), tmp_path)
    return point_at(paths, cluster.url(name))


def load_fixture(fixture: Path, url: str, tmp_path: Path) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from pisac_desktop.db.transfer import copy_database

    copy = tmp_path / fixture.name  # the fixture itself is never opened for writing
    shutil.copy(fixture, copy)
    source = create_engine(f"sqlite:///{copy}", poolclass=NullPool)
    target = create_engine(url, poolclass=NullPool)
    try:
        with source.connect() as src, target.begin() as dst:
            copy_database(src, dst)
    finally:
        source.dispose()
        target.dispose()


def _tables(opened_or_paths) -> set[str]:
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.pool import NullPool

    from pisac_desktop.config import load_settings

    engine = create_engine(load_settings(opened_or_paths).database_url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_head_constant_matches_the_migration_scripts():
    assert schema.script_head() == HEAD_REVISION


def test_there_is_a_fixture_for_the_current_schema():
    assert any(f.name == f"schema_{HEAD_REVISION}.sqlite3" for f in FIXTURES)


def test_new_database_is_created_at_head(request, tmp_path, db_engine):
    paths = _database_at(request, tmp_path, db_engine)
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
def test_each_released_schema_upgrades_with_its_data(fixture, request, tmp_path, db_engine):
    paths = _database_at(request, tmp_path, db_engine, fixture)
    opened = open_database(paths)
    try:
        with opened.db.engine.connect() as conn:
            assert schema.current_revision(conn) == HEAD_REVISION
        with opened.db.session() as s:
            assert s.get(Institution, 1).ruc == "20147990139"
            assert len(s.scalars(select(CouncilMember)).all()) == 6
        upgraded = fixture.stem != f"schema_{HEAD_REVISION}"
        assert opened.schema.action == ("actualizada" if upgraded else "al día")
        if db_engine == "sqlite":
            assert (opened.schema.backup is not None) == upgraded
        with opened.db.session() as s:  # on PostgreSQL: the copier's rows, then the upgrade's
            assert verify_chain(s).ok
    finally:
        opened.db.dispose()


def _next_release(tmp_path, monkeypatch, upgrade_body: str):
    """Simulate the next release: a copy of the migrations with one more revision."""
    _next_release_scripts(tmp_path, monkeypatch, upgrade_body)
    paths = DataPaths(tmp_path / "datos").ensure()
    shutil.copy(FIXTURES[-1], paths.database)
    return paths


def _next_release_scripts(tmp_path, monkeypatch, upgrade_body: str) -> None:
    migrations = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9999_next.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f'revision = "9999"\ndown_revision = "{HEAD_REVISION}"\n'
        "branch_labels = None\ndepends_on = None\n\n\n"
        f"def upgrade():\n{upgrade_body}\n\n"
        "def downgrade():\n    pass\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", migrations)
    monkeypatch.setattr(schema, "HEAD_REVISION", "9999")


# A batch migration rebuilds org_unit, which officeholder references: this only works with
# foreign keys off during the migration (SQLite drops and recreates the table).
REBUILD_REFERENCED_TABLE = (
    '    op.create_table("next_thing", sa.Column("id", sa.Integer, primary_key=True))\n'
    '    with op.batch_alter_table("org_unit") as batch:\n'
    '        batch.alter_column("name", type_=sa.String(300), existing_type=sa.String(200))\n'
)


def test_older_database_is_backed_up_then_upgraded(tmp_path, monkeypatch):
    paths = _next_release(tmp_path, monkeypatch, REBUILD_REFERENCED_TABLE)

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
        linked = conn.execute(
            "SELECT count(*) FROM officeholder JOIN org_unit ON org_unit.id = org_unit_id"
        ).fetchone()[0]
        assert linked == 6
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_failing_migration_changes_nothing(tmp_path, monkeypatch):
    paths = _next_release(
        tmp_path, monkeypatch,
        REBUILD_REFERENCED_TABLE + '    raise RuntimeError("fallo a mitad de la migración")\n',
    )
    before = {
        row[0] for row in sqlite3.connect(paths.database).execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    with pytest.raises(MigrationFailedError) as failed:
        open_database(paths)
    assert "No se cambió nada" in str(failed.value) and "backups" in str(failed.value)
    with sqlite3.connect(paths.database) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == before  # no next_thing, no _alembic_tmp_org_unit
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    # The next start tries again cleanly (and fails the same way, not worse).
    with pytest.raises(MigrationFailedError, match="fallo a mitad"):
        open_database(paths)


def test_a_failing_migration_changes_nothing_on_a_server(request, tmp_path, monkeypatch):
    """PostgreSQL's DDL is transactional too: the next release's migration failing half-way
    leaves the server database as it was, and the next start tries again."""
    paths = _database_at(request, tmp_path, "postgresql", FIXTURES[-1])
    before = _tables(paths)
    _next_release_scripts(
        tmp_path, monkeypatch,
        REBUILD_REFERENCED_TABLE + '    raise RuntimeError("fallo a mitad de la migración")\n')
    with pytest.raises(MigrationFailedError) as failed:
        open_database(paths)
    assert "No se cambió nada" in str(failed.value)
    assert _tables(paths) == before and "next_thing" not in before
    assert _revision(paths) == HEAD_REVISION
    with pytest.raises(MigrationFailedError, match="fallo a mitad"):
        open_database(paths)


def _revision(paths: DataPaths) -> str | None:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from pisac_desktop.config import load_settings

    engine = create_engine(load_settings(paths).database_url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return schema.current_revision(conn)
    finally:
        engine.dispose()


def test_models_and_migrations_agree(opened):
    """A model changed without a migration is caught here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from pisac_desktop.db.models import Base
    from pisac_desktop.db.text_index import not_a_text_index

    with opened.db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": not_a_text_index})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_data_folder_with_odd_characters(tmp_path):
    paths = DataPaths(tmp_path / "datos ?x %41 ñ").ensure()
    opened = open_database(paths)
    opened.db.dispose()
    assert paths.database.exists()
    assert [p.name for p in paths.root.parent.iterdir()] == [paths.root.name]


def test_newer_database_is_refused_naming_both_versions(request, tmp_path, db_engine):
    paths = _database_at(request, tmp_path, db_engine)
    opened = open_database(paths)
    with opened.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'a1b2c3'"))
        conn.execute(text("UPDATE app_meta SET value = '2.3.0' WHERE key = 'app_version'"))
    opened.db.dispose()
    before = paths.database.read_bytes() if db_engine == "sqlite" else _tables(paths)
    with pytest.raises(NewerDatabaseError) as refused:
        open_database(paths)
    message = str(refused.value)
    assert "2.3.0" in message and __version__ in message and "Instale" in message
    if db_engine == "sqlite":
        assert paths.database.read_bytes() == before  # untouched
    else:
        assert _tables(paths) == before and _revision(paths) == "a1b2c3"
    assert not any(paths.backups.iterdir())


def test_foreign_database_is_not_touched(request, tmp_path, db_engine):
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from pisac_desktop.config import load_settings

    paths = _database_at(request, tmp_path, db_engine)
    engine = create_engine(load_settings(paths).database_url, poolclass=NullPool)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE clientes (id INTEGER)")
    engine.dispose()
    with pytest.raises(ForeignDatabaseError, match="no es de Pisac Desktop"):
        open_database(paths)
    assert _tables(paths) == {"clientes"}


@pytest.mark.sqlite_only(reason="los PRAGMA de SQLite")
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


@pytest.mark.parametrize(
    ("url", "fragment"),
    [("esto no es una url", "no es válida"), ("postgresql+nodriver://x/y", "no es válida")],
)
def test_bad_database_url_is_explained(tmp_path, url, fragment):
    from pisac_desktop.config import SettingsError

    paths = DataPaths(tmp_path / "datos").ensure()
    paths.settings.write_text(f"[base_de_datos]\nurl = {url}\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=fragment):
        open_database(paths)


def test_0007_gives_every_agenda_item_empty_papers(request, tmp_path, db_engine):
    """Migration 0007: the dictamen and informes of the agenda items of a 0006 database start
    empty, and every item is kept."""
    fixture = next(f for f in FIXTURES if f.name == "schema_0006.sqlite3")
    with sqlite3.connect(fixture) as conn:
        items = conn.execute("SELECT count(*) FROM agenda_item").fetchone()[0]
    assert items > 0
    paths = _database_at(request, tmp_path, db_engine, fixture)
    opened = open_database(paths)
    try:
        with opened.db.engine.connect() as conn:
            rows = conn.execute(text("SELECT committee_report, technical_report, legal_report "
                                     "FROM agenda_item")).fetchall()
    finally:
        opened.db.dispose()
    assert len(rows) == items and {tuple(r) for r in rows} == {("", "", "")}
