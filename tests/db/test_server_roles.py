"""An office server prepared by `db prepare-server`: the workstations' login role owns nothing,
may only add to the audit trail (privileges refuse the rest before the triggers would), cannot
drop or disable the triggers, cannot change the schema, and is told which command the IT person
runs when the schema is behind. PostgreSQL only: roles and privileges are the server's."""

import itertools
import os

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from pisac_desktop.cli import main
from pisac_desktop.core.audit import verify_chain
from pisac_desktop.db.schema import HEAD_REVISION, SchemaNotPermittedError
from pisac_desktop.db.server_roles import ServerSetupError, prepare_server
from pisac_desktop.paths import DataPaths
from pisac_desktop.reference_data import seed_reference_data
from pisac_desktop.startup import open_database
from tests.conftest import TODAY, frozen_clock
from tests.engines import point_at

_serial = itertools.count(1)


class Server:
    """Names unique to the test (roles are the cluster's, shared by every test)."""

    def __init__(self, cluster) -> None:
        n = f"{os.getpid()}_{next(_serial)}"
        self.cluster = cluster
        self.database, self.owner, self.app = f"srv_{n}", f"own_{n}", f"app_{n}"

    def prepare(self, **kwargs):
        return prepare_server(self.cluster.url(), database=self.database, owner=self.owner,
                              app_user=self.app, seed=seed_reference_data, **kwargs)

    def drop(self) -> None:
        self.cluster.drop_database(self.database)
        self.cluster._admin(f"DROP ROLE IF EXISTS {self.app}")
        self.cluster._admin(f"DROP ROLE IF EXISTS {self.owner}")


@pytest.fixture
def server(pg_cluster):
    made = Server(pg_cluster)
    yield made
    made.drop()


def _open_as_app(tmp_path, url: str):
    opened = open_database(point_at(DataPaths(tmp_path / "pc"), url))
    opened.db.clock = frozen_clock()
    return opened


def test_the_login_role_works_the_whole_office_and_owns_nothing(server, tmp_path, _demo_full):
    """Slow on purpose (~20 s): the whole demo office is built through the login role, so
    that every statement the program makes is tried under its privileges. The only demo built
    through the use cases on a server (the PostgreSQL tests' demo is the SQLite one moved in,
    tests/engines.py): it must make the same rows as on SQLite."""
    from sqlalchemy import create_engine

    from pisac_desktop.config import sqlite_url
    from pisac_desktop.db.transfer import count_rows
    from pisac_desktop.demo import fill_demo
    from pisac_desktop.demo.tramite import INTAKE_DAYS_SHORT

    done = server.prepare()
    assert done.created_database and set(done.created_roles) == {server.owner, server.app}
    assert done.schema_action == "creada"
    assert f"{server.app}@" in done.app_url and server.database in done.app_url
    opened = _open_as_app(tmp_path, done.app_url)
    try:
        assert opened.schema.action == "al día"
        fill_demo(opened, TODAY, True, intake_days=INTAKE_DAYS_SHORT)  # people, council, issued documents, audit entries
        with opened.db.engine.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar() == server.app
            owned = conn.execute(text(
                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relowner <> "
                "(SELECT oid FROM pg_roles WHERE rolname = :owner)"), {"owner": server.owner})
            assert owned.scalar() == 0  # every table, index and sequence is the owner's
            from pisac_desktop.db.text_index import INDEXES

            for index in INDEXES:  # the owner could create pg_trgm (trusted) and the indexes
                assert not index.missing(conn), index.gin
            role = conn.execute(text(
                "SELECT rolsuper, rolcreatedb, rolcreaterole, rolbypassrls FROM pg_roles "
                "WHERE rolname = current_user")).one()
            assert not any(role)
            on_server = count_rows(conn)
        with opened.db.session() as s:
            report = verify_chain(s)
        assert report.ok and report.entries > 50
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


@pytest.mark.parametrize("statement", [
    "UPDATE audit_entry SET username = 'otro'",
    "DELETE FROM audit_entry",
    "TRUNCATE audit_entry",
    "DROP TRIGGER audit_entry_append_only ON audit_entry",
    "ALTER TABLE audit_entry DISABLE TRIGGER ALL",
    "UPDATE alembic_version SET version_num = '0001'",
    "CREATE TABLE intrusa (x int)",
    "DROP TABLE audit_entry",
])
def test_the_login_role_cannot_rewrite_the_trail_or_the_schema(server, tmp_path, statement):
    done = server.prepare()
    opened = _open_as_app(tmp_path, done.app_url)
    try:
        with pytest.raises(ProgrammingError) as caught, opened.db.engine.begin() as conn:
            conn.exec_driver_sql(statement)
        # Refused for want of privilege (42501) or ownership, before any trigger runs.
        assert caught.value.orig.sqlstate == "42501"
        with opened.db.engine.connect() as conn:
            triggers = conn.execute(text(
                "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'audit_entry'::regclass "
                "AND NOT tgisinternal AND tgenabled <> 'D'")).scalar()
            assert triggers == 2
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
                HEAD_REVISION
    finally:
        opened.db.dispose()


def test_a_schema_behind_is_refused_with_the_command_then_upgraded(server, tmp_path):
    from alembic import command

    from pisac_desktop.db.schema import _alembic_config

    done = server.prepare()
    # The schema as an older version of the program left it: one revision back, as the owner.
    engine = create_engine(server.cluster.url(server.database))
    with engine.begin() as conn:
        conn.exec_driver_sql(f"SET ROLE {server.owner}")
        command.downgrade(_alembic_config(conn), "-1")
    engine.dispose()

    with pytest.raises(SchemaNotPermittedError) as caught:
        open_database(point_at(DataPaths(tmp_path / "pc"), done.app_url))
    message = str(caught.value)
    assert f"«{server.app}»" in message and HEAD_REVISION in message
    assert "pisac-desktop db prepare-server" in message and server.database in message

    # The command copies the older database (pg_dump, verified) before upgrading it.
    code = main(["--data-dir", str(tmp_path / "it"), "db", "prepare-server",
                 server.cluster.url(), "--database", server.database, "--owner", server.owner,
                 "--app-user", server.app, "--no-password"])
    assert code == 0
    copies = list((tmp_path / "it" / "backups").glob("pisac-antes-de-actualizar-*.pgdump"))
    assert len(copies) == 1
    opened = _open_as_app(tmp_path, done.app_url)
    opened.db.dispose()
    again = server.prepare()
    assert again.schema_action == "al día" and not again.created_roles
    assert not again.created_database


def test_an_empty_database_the_login_role_cannot_fill_is_refused(server, tmp_path):
    server.cluster._admin(f"CREATE ROLE {server.app} LOGIN")
    server.cluster._admin(f"CREATE ROLE {server.owner} NOLOGIN")
    server.cluster._admin(f"CREATE DATABASE {server.database} OWNER {server.owner}")
    url = server.cluster.url(server.database).replace("postgres@", f"{server.app}@")
    with pytest.raises(SchemaNotPermittedError, match="está vacía"):
        open_database(point_at(DataPaths(tmp_path / "pc"), url))


def test_a_database_owned_by_someone_else_is_left_alone(server):
    server.cluster._admin(f"CREATE DATABASE {server.database}")  # owned by postgres
    with pytest.raises(ServerSetupError, match="su dueño es «postgres»"):
        server.prepare()


def test_names_are_checked_before_reaching_the_server(pg_cluster):
    with pytest.raises(ServerSetupError, match="no es válido"):
        prepare_server(pg_cluster.url(), database="pisac; DROP DATABASE x")
    with pytest.raises(ServerSetupError, match="deben ser distintos"):
        prepare_server(pg_cluster.url(), database="x", owner="pisac", app_user="pisac")


def test_the_command_sets_the_password_from_the_variable(server, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PISAC_APP_PASSWORD", "una clave larga de prueba")
    code = main(["--data-dir", str(tmp_path / "d"), "db", "prepare-server", server.cluster.url(),
                 "--database", server.database, "--owner", server.owner,
                 "--app-user", server.app])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Servidor preparado" in out and f"url = postgresql+psycopg://{server.app}@" in out
    engine = create_engine(server.cluster.url())
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"),
                              {"r": server.app}).scalar()
    engine.dispose()
    assert stored and stored.startswith("SCRAM-SHA-256$")


def test_the_command_without_a_terminal_asks_for_the_variable(server, tmp_path, monkeypatch,
                                                              capsys):
    monkeypatch.delenv("PISAC_APP_PASSWORD", raising=False)
    code = main(["--data-dir", str(tmp_path / "d"), "db", "prepare-server", server.cluster.url(),
                 "--database", server.database])
    assert code == 2
    assert "PISAC_APP_PASSWORD" in capsys.readouterr().err


@pytest.mark.sqlite_only(reason="la oficina llega con su base de datos local (SQLite)")
def test_an_office_moves_in_then_works_as_the_login_role(server, demo, tmp_path):
    """prepare-server --empty, move-to-server with the administrator's account (the tables are
    created as the owner role, not as the administrator), prepare-server again (the grants):
    the login role then works on the moved data and still cannot rewrite the trail."""
    from pisac_desktop.core.permissions import Actor
    from pisac_desktop.instruments.search import InstrumentFilter, count
    from pisac_desktop.server_move import move_to_server

    empty = server.prepare(schema=False)
    assert empty.schema_action == "vacía"
    with demo.db.session() as s:
        documents = count(s, InstrumentFilter())
    demo.db.dispose()
    moved = move_to_server(demo.paths, server.cluster.url(server.database),
                           Actor.system("prueba"), clock=frozen_clock())
    assert moved.copy.total > 0 and moved.chain.ok
    again = server.prepare()
    assert again.schema_action == "al día"
    opened = _open_as_app(tmp_path, again.app_url)
    try:
        with opened.db.session() as s:
            assert count(s, InstrumentFilter()) == documents
            assert verify_chain(s).ok
        with opened.db.engine.connect() as conn:
            not_owners = conn.execute(text(
                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) <> :owner"),
                {"owner": server.owner}).scalar()
            assert not_owners == 0
        with pytest.raises(ProgrammingError), opened.db.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM audit_entry")
    finally:
        opened.db.dispose()


def test_the_administrators_password_is_asked_not_typed_in_the_url(server, tmp_path,
                                                                    monkeypatch, capsys):
    admin = server.cluster.password_role(f"adm_{server.app}", "clave del administrador 1")
    server.cluster._admin(f"ALTER ROLE {admin} SUPERUSER")
    url = server.cluster.url().replace("postgres@", f"{admin}@")
    args = ["--data-dir", str(tmp_path / "d"), "db", "prepare-server", url, "--database",
            server.database, "--owner", server.owner, "--app-user", server.app, "--no-password"]
    try:
        assert main(args) == 1  # without the password the server refuses, in Spanish
        refused = capsys.readouterr().err
        assert "No se pudo conectar con el servidor como administrador" in refused
        assert "contraseña" in refused and "Traceback" not in refused
        asked = []
        monkeypatch.setattr("getpass.getpass",
                            lambda prompt: asked.append(prompt) or "clave del administrador 1")
        assert main([*args, "--ask-password"]) == 0
        assert asked == ["Clave del administrador del servidor: "]
        assert "Servidor preparado" in capsys.readouterr().out
    finally:
        server.drop()
        server.cluster._admin(f"DROP ROLE IF EXISTS {admin}")
