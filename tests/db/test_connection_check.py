"""«Probar conexión» against the test cluster: each failure has its own Spanish message and the
field it concerns; a success names the server's version and what will happen to the database.
And a connection lost while working is told apart from other database errors."""

import socket
import sys

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from pisac_desktop import __version__
from pisac_desktop.config import pgpass_line
from pisac_desktop.db import connection_check
from pisac_desktop.db.connection_check import (
    Outcome,
    ServerParams,
    check_server,
    is_connection_lost,
    validate,
    version_text,
)
from pisac_desktop.db.schema import HEAD_REVISION
from pisac_desktop.paths import write_private_text

ROLE, PASSWORD = "pisac_clave", "Clave-de-prueba-1"


def _params(cluster, database="postgres", user="postgres", password=None) -> ServerParams:
    return ServerParams(str(cluster.root), 5432, database, user, password)


@pytest.fixture
def empty_database(pg_cluster):
    name = pg_cluster.new_database()
    yield name
    pg_cluster.drop_database(name)


def _at_head_name(pg_opened) -> str:
    return pg_opened.db.engine.url.database


def test_an_empty_database_is_usable_and_will_get_the_schema(pg_cluster, empty_database):
    result = check_server(_params(pg_cluster, empty_database))
    assert result.outcome is Outcome.EMPTY and result.usable and result.field is None
    assert result.server_version.startswith("15.") or result.server_version[:2].isdigit()
    assert f"PostgreSQL {result.server_version}" in result.message
    assert "está vacía" in result.message and "administrador" in result.message


def test_a_database_at_head_is_usable_as_it_is(pg_cluster, pg_opened):
    result = check_server(_params(pg_cluster, _at_head_name(pg_opened)))
    assert result.outcome is Outcome.AT_HEAD and result.usable
    assert result.revision == HEAD_REVISION and "al día" in result.message


def _set_revision(opened, revision: str, app_version: str | None = None) -> None:
    with opened.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
        if app_version:
            conn.execute(text("UPDATE app_meta SET value = :v WHERE key = 'app_version'"),
                         {"v": app_version})
    opened.db.dispose()


def test_an_older_database_will_be_upgraded(pg_cluster, pg_opened):
    _set_revision(pg_opened, "0007")
    result = check_server(_params(pg_cluster, _at_head_name(pg_opened)))
    assert result.outcome is Outcome.OLDER and result.usable
    assert f"esquema 0007): se actualizará al esquema {HEAD_REVISION}" in result.message


def test_a_newer_database_is_refused_naming_both_versions(pg_cluster, pg_opened):
    _set_revision(pg_opened, "0099", "9.9.9")
    result = check_server(_params(pg_cluster, _at_head_name(pg_opened)))
    assert result.outcome is Outcome.NEWER and not result.usable
    assert result.field == "database"
    assert "Pisac Desktop 9.9.9 (esquema 0099)" in result.message
    assert f"la versión {__version__} (esquema {HEAD_REVISION}), más antigua" in result.message


def test_another_programs_database_is_refused(pg_cluster, empty_database):
    import psycopg

    with psycopg.connect(host=str(pg_cluster.root), port=5432, user="postgres",
                         dbname=empty_database, autocommit=True) as conn:
        conn.execute("CREATE TABLE facturas (id int)")
    result = check_server(_params(pg_cluster, empty_database))
    assert result.outcome is Outcome.FOREIGN and not result.usable
    assert "no es de Pisac Desktop" in result.message and "facturas" in result.message


def test_a_server_older_than_supported_is_refused(pg_cluster, monkeypatch):
    monkeypatch.setattr(connection_check, "MINIMUM_SERVER_VERSION", 990000)
    result = check_server(_params(pg_cluster))
    assert result.outcome is Outcome.SERVER_TOO_OLD and not result.usable
    assert f"PostgreSQL {result.server_version}, demasiado antiguo" in result.message
    assert "PostgreSQL 99 o posterior" in result.message


def test_the_minimum_is_postgresql_13():
    assert connection_check.MINIMUM_SERVER_VERSION == 130000
    assert version_text(130000) == "13.0" and version_text(150004) == "15.4"
    assert version_text(90624) == "9.6.24"


def test_a_missing_database_is_named(pg_cluster):
    result = check_server(_params(pg_cluster, "no_existe"))
    assert result.outcome is Outcome.NO_DATABASE and result.field == "database"
    assert "no existe la base de datos «no_existe»" in result.message


def test_a_missing_database_is_found_whatever_language_the_server_speaks(pg_cluster,
                                                                          monkeypatch):
    monkeypatch.setattr(connection_check, "_DATABASE_MARKS", ())
    monkeypatch.setattr(connection_check, "_LOGIN_MARKS", ())
    result = check_server(_params(pg_cluster, "no_existe"))
    assert result.outcome is Outcome.NO_DATABASE


def test_a_wrong_password_or_user_is_told(pg_cluster):
    pg_cluster.password_role(ROLE, PASSWORD)
    wrong = check_server(_params(pg_cluster, user=ROLE, password="otra"))
    assert wrong.outcome is Outcome.BAD_LOGIN and wrong.field == "password"
    assert f"rechazó el usuario «{ROLE}» o su contraseña" in wrong.message
    assert "otra" not in wrong.message
    nobody = check_server(_params(pg_cluster, user="nadie_asi"))
    assert nobody.outcome is Outcome.BAD_LOGIN
    right = check_server(_params(pg_cluster, user=ROLE, password=PASSWORD))
    assert right.usable, right.message


def test_without_a_typed_password_the_private_password_file_is_used(pg_cluster, tmp_path):
    pg_cluster.password_role(ROLE, PASSWORD)
    passfile = tmp_path / "clave-postgresql"
    write_private_text(passfile, pgpass_line(ROLE, PASSWORD))
    assert check_server(_params(pg_cluster, user=ROLE), passfile=passfile).usable
    write_private_text(passfile, pgpass_line(ROLE, "vieja"))
    assert check_server(_params(pg_cluster, user=ROLE), passfile=passfile).outcome \
        is Outcome.BAD_LOGIN


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_server_that_is_off_is_told(pg_cluster):
    result = check_server(ServerParams("127.0.0.1", _free_port(), "pisac", "pisac", "x"))
    assert result.outcome is Outcome.UNREACHABLE and result.field == "host"
    assert "No se pudo llegar al servidor 127.0.0.1:" in result.message
    assert "apagado" in result.message and "(Detalle: Connection refused)" in result.message


def test_a_server_that_does_not_answer_times_out(pg_cluster):
    with socket.socket() as silent:  # accepts the connection and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        result = check_server(ServerParams("127.0.0.1", port, "pisac", "pisac", "x"), timeout=1)
    assert result.outcome is Outcome.UNREACHABLE and "No se pudo llegar" in result.message


def test_an_unknown_host_name_is_unreachable():
    result = check_server(ServerParams("servidor-que-no-existe.invalid", 5432, "pisac", "pisac"))
    assert result.outcome is Outcome.UNREACHABLE


def test_a_missing_driver_is_told(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)
    result = check_server(ServerParams("127.0.0.1", 5432, "pisac", "pisac", "x"))
    assert result.outcome is Outcome.NO_DRIVER and "Falta el controlador" in result.message


def test_what_is_missing_is_said_at_its_field_before_trying():
    assert [f for f, _ in validate(ServerParams("", 0, "", ""))] == \
        ["host", "port", "database", "user"]
    assert validate(ServerParams("192.168.1.10", 5432, "pisac", "pisac")) == []
    result = check_server(ServerParams("mi servidor", 5432, "pisac", "pisac"))
    assert result.field == "host" and "espacios" in result.message


def test_the_saved_url_never_holds_the_password():
    params = ServerParams("192.168.1.10", 5433, "pisac", "pisac_app", "secreta")
    assert params.url().render_as_string(hide_password=False) == \
        "postgresql+psycopg://pisac_app@192.168.1.10:5433/pisac"
    assert "secreta" not in repr(params)


# --- the connection lost while working -------------------------------------------------------

def test_a_backend_terminated_mid_work_is_a_lost_connection(pg_cluster, pg_opened):
    import psycopg

    with pytest.raises(OperationalError) as raised, pg_opened.db.session() as s:
        pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
        with psycopg.connect(host=str(pg_cluster.root), port=5432, user="postgres",
                             dbname="postgres", autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        s.execute(text("SELECT 1"))
    assert is_connection_lost(raised.value)
    with pg_opened.db.session() as s:  # the pool replaced the dead connection
        assert s.execute(text("SELECT 1")).scalar() == 1


def test_other_database_errors_are_not_a_lost_connection():
    import sqlite3

    import psycopg

    locked = OperationalError("UPDATE x", {}, sqlite3.OperationalError("database is locked"))
    assert not is_connection_lost(locked)
    closed = OperationalError("SELECT 1", {}, psycopg.OperationalError("the connection is closed"))
    assert is_connection_lost(closed)
    syntax = OperationalError("SELECT", {}, psycopg.errors.QueryCanceled("canceling statement"))
    assert not is_connection_lost(syntax)
    assert not is_connection_lost(ValueError("x"))


def test_a_saved_url_gives_back_what_was_typed():
    from sqlalchemy.engine import make_url

    for params in (ServerParams("192.168.1.10", 5433, "pisac", "pisac_app"),
                   ServerParams("/tmp/pisac-pg-x", 5432, "pisac", "postgres")):
        saved = params.url().render_as_string(hide_password=False)
        assert ServerParams.from_url(make_url(saved)) == params
