"""An office server database prepared by its IT person: who owns what on PostgreSQL.

`prepare_server` (the command `pisac-desktop db prepare-server ADMIN_URL`) connects with an
administrator account of the server and:
- creates the owner role (NOLOGIN: nobody signs in as it) and the application's login role,
  which the workstations use; the login role owns nothing;
- creates the database, owned by the owner role, that only the login role may connect to;
- brings the schema to this version's head AS the owner role (so the tables, the triggers and
  the audit trail belong to it, never to the login role);
- grants the login role what the program needs and nothing more: reading and writing the
  working tables, only reading and adding to the audit trail (no UPDATE, DELETE or TRUNCATE:
  privileges refuse them before the triggers do), only reading the schema's revision. Not
  owning the tables, the login role cannot drop or disable the audit triggers either.

It is idempotent: the same command after installing a new version of the program upgrades the
schema and applies the grants to any new table. A workstation connected as the login role finds
a schema it cannot upgrade and says which command to run (db/schema.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import sessionmaker

OWNER_ROLE = "pisac_propietario"
APP_ROLE = "pisac_app"
DATABASE = "pisac"
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
# Tables the login role may read but never change: the trail is append-only, the revision is the
# owner's (changed only by prepare_server).
APPEND_ONLY_TABLES = ("audit_entry",)
READ_ONLY_TABLES = ("alembic_version",)


class ServerSetupError(Exception):
    """The server could not be prepared; the message is in Spanish."""


@dataclass(frozen=True)
class ServerSetup:
    database: str
    owner: str
    app_user: str
    created_roles: tuple[str, ...]
    created_database: bool
    schema_action: str  # "creada" | "actualizada" | "al día" (db/schema.py), or "vacía"
    app_url: str  # what the workstations put in configuracion.ini (no password)


def check_name(value: str, what: str) -> str:
    if not _NAME.match(value):
        raise ServerSetupError(
            f"El nombre de {what} «{value}» no es válido: use solo minúsculas sin tilde, dígitos "
            "y guion bajo (por ejemplo pisac_app), empezando por una letra.")
    return value


def admin_url_of(raw: str) -> URL:
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise ServerSetupError(f"La dirección del servidor «{raw}» no es válida.") from exc
    if url.get_backend_name() != "postgresql":
        raise ServerSetupError("La dirección debe ser de un servidor PostgreSQL "
                               "(postgresql+psycopg://administrador@servidor/postgres).")
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def _literal(conn: Connection, value: str) -> str:
    from psycopg import sql

    return sql.Literal(value).as_string(conn.connection.driver_connection)


def _ensure_roles(conn: Connection, owner: str, app_user: str,
                  app_password: str | None) -> list[str]:
    created = []
    for role, login in ((owner, False), (app_user, True)):
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                              {"r": role}).scalar()
        if exists:
            continue
        kind = "LOGIN" if login else "NOLOGIN"
        conn.exec_driver_sql(f"CREATE ROLE {role} {kind} NOSUPERUSER NOCREATEDB NOCREATEROLE "
                             "NOREPLICATION NOBYPASSRLS")
        created.append(role)
    if app_password:
        conn.exec_driver_sql(f"ALTER ROLE {app_user} PASSWORD {_literal(conn, app_password)}")
    # The administrator acts as the owner to migrate (a superuser may anyway).
    is_super = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
    if not is_super.scalar():
        conn.exec_driver_sql(f"GRANT {owner} TO current_user")
    return created


def _ensure_database(conn: Connection, database: str, owner: str, app_user: str) -> bool:
    exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :d"),
                          {"d": database}).scalar()
    if not exists:
        conn.exec_driver_sql(f"CREATE DATABASE {database} OWNER {owner} ENCODING 'UTF8' "
                             "TEMPLATE template0")
    else:
        current = conn.execute(text(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = :d"),
            {"d": database}).scalar()
        if current != owner:
            raise ServerSetupError(
                f"La base de datos «{database}» ya existe y su dueño es «{current}», no "
                f"«{owner}». Use otra base de datos nueva, o indique --owner {current}.")
    conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
    conn.exec_driver_sql(f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {app_user}")
    return not exists


def _owner_engine(url: URL, owner: str) -> Engine:
    """An engine on the new database whose connections act as the owner role."""
    from pisac_desktop.db.engine import make_engine

    engine = make_engine(url.render_as_string(hide_password=False))

    @event.listens_for(engine, "connect")
    def _as_owner(dbapi_connection, _record) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET ROLE {owner}")
        dbapi_connection.commit()

    return engine


def grant_app_privileges(conn: Connection, owner: str, app_user: str) -> None:
    """What the login role may do in the schema (run as the owner, after every upgrade)."""
    run = conn.exec_driver_sql
    run("REVOKE CREATE ON SCHEMA public FROM PUBLIC")  # PostgreSQL < 15 granted it
    run(f"GRANT USAGE ON SCHEMA public TO {app_user}")
    run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {app_user}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app_user}")
    present = set(conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())
    for table in set(APPEND_ONLY_TABLES) & present:
        run(f"REVOKE UPDATE, DELETE, TRUNCATE ON {table} FROM {app_user}")
    for table in set(READ_ONLY_TABLES) & present:
        run(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {table} FROM {app_user}")
    # A table a later migration adds is readable and writable by the login role at once; the
    # next prepare-server run applies the exceptions above to it.
    run(f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {app_user}")
    run(f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {app_user}")


def prepare_server(admin_url: str, *, database: str = DATABASE, owner: str = OWNER_ROLE,
                   app_user: str = APP_ROLE, app_password: str | None = None,
                   seed: Callable | None = None, schema: bool = True) -> ServerSetup:
    """Create or upgrade the office database on a server (see the module's docstring).

    schema=False leaves a new database empty, for `db move-to-server` (which creates the tables
    as the owner); running this again afterwards grants the login role its privileges."""
    from sqlalchemy.exc import DBAPIError

    from pisac_desktop.db.engine import Database
    from pisac_desktop.db.schema import prepare

    for value, what in ((database, "la base de datos"), (owner, "el rol dueño"),
                        (app_user, "el usuario de la aplicación")):
        check_name(value, what)
    if owner == app_user:
        raise ServerSetupError("El rol dueño y el usuario de la aplicación deben ser distintos.")
    url = admin_url_of(admin_url)
    admin = create_engine(url.render_as_string(hide_password=False), hide_parameters=True,
                          isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            created = _ensure_roles(conn, owner, app_user, app_password)
            created_db = _ensure_database(conn, database, owner, app_user)
        target = url.set(database=database)
        engine = _owner_engine(target, owner)
        db = Database(target.render_as_string(hide_password=False), engine,
                      sessionmaker(engine, expire_on_commit=False))
        try:
            action = prepare(db, None, seed=seed).action if schema else "vacía"
            with engine.begin() as conn:
                grant_app_privileges(conn, owner, app_user)
        finally:
            engine.dispose()
    except DBAPIError as exc:
        from pisac_desktop.db.connection_check import explain_open_failure

        explained = explain_open_failure(url.render_as_string(hide_password=False), exc)
        if explained is not None:
            raise ServerSetupError(f"No se pudo conectar con el servidor como administrador: "
                                   f"{explained.message}") from exc
        raise ServerSetupError(
            f"El servidor rechazó la preparación: {exc.orig}. Revise que la cuenta de "
            "administración pueda crear roles y bases de datos.") from exc
    finally:
        admin.dispose()
    app_url = URL.create(url.drivername, app_user, None, url.host, url.port, database,
                         url.query).render_as_string(hide_password=False)
    return ServerSetup(database, owner, app_user, tuple(created), created_db, action, app_url)


def can_change_schema(conn: Connection) -> bool:
    """Whether the connected role may create or upgrade the schema (PostgreSQL): it owns the
    schema's tables (or is a member of their owner), or may create tables in an empty one."""
    owner_ok = conn.execute(text(
        "SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c "
        "WHERE c.oid = to_regclass('alembic_version')")).scalar()
    if owner_ok is not None:
        return bool(owner_ok)
    return bool(conn.execute(text(
        "SELECT has_schema_privilege(current_user, 'public', 'CREATE')")).scalar())
