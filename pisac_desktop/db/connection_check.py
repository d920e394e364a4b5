"""«Probar conexión» to an office PostgreSQL server, and what a lost connection looks like.

No Qt here: the screen (gui/admin/connection_dialog.py) runs check_server() in a worker and
shows its Spanish message at the field it concerns.

libpq reports a failure while connecting (wrong password, missing database) as text only: the
SQLSTATE the server sent (28P01, 3D000) does not reach psycopg for a connection attempt. The
text is matched in English and in Spanish (a PostgreSQL installed in Spanish answers in Spanish
before the client can ask otherwise); when the server answers in another language, a second
attempt on the server's own «postgres» database tells a missing database from a bad login.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, DisconnectionError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from pisac_desktop import __version__

log = logging.getLogger(__name__)

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5
# PostgreSQL 13 is the oldest release its project still supported when this was written and
# the oldest the suite's SQL (plpgsql triggers, advisory locks, DROP DATABASE ... FORCE) needs.
MINIMUM_SERVER_VERSION = 130000
MAINTENANCE_DATABASE = "postgres"


class Outcome(StrEnum):
    EMPTY = "empty"            # usable: the schema is created at the next start
    AT_HEAD = "at_head"        # usable as it is
    OLDER = "older"            # usable: upgraded at the next start
    NEWER = "newer"            # made by a newer Pisac Desktop: refused
    FOREIGN = "foreign"        # tables of another program: refused
    UNREACHABLE = "unreachable"
    BAD_LOGIN = "bad_login"
    NO_DATABASE = "no_database"
    NOT_ALLOWED = "not_allowed"  # pg_hba.conf has no line for this computer
    SERVER_TOO_OLD = "server_too_old"
    NO_DRIVER = "no_driver"
    FAILED = "failed"          # anything else the server said


USABLE = frozenset({Outcome.EMPTY, Outcome.AT_HEAD, Outcome.OLDER})


@dataclass(frozen=True)
class ServerParams:
    """What the administrator types: where the office server is and who connects."""

    host: str
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    password: str | None = field(default=None, repr=False)  # None: the saved one (passfile)

    def url(self, password: bool = False) -> URL:
        """The url for configuracion.ini (never with the password unless asked)."""
        secret = self.password if password else None
        if self.host.startswith("/"):  # a Unix socket folder (a server on this Linux PC)
            return URL.create(DRIVER, username=self.user, password=secret, database=self.database,
                              query={"host": self.host, "port": str(self.port)})
        return URL.create(DRIVER, username=self.user, password=secret, host=self.host,
                          port=self.port, database=self.database)

    @classmethod
    def from_url(cls, url: URL) -> ServerParams:
        """What a saved url says (the password stays where it is)."""
        host = url.host or str(url.query.get("host") or "")
        port = url.port or int(url.query.get("port") or DEFAULT_PORT)
        return cls(host, port, url.database or "", url.username or "")


@dataclass(frozen=True)
class CheckResult:
    outcome: Outcome
    message: str  # Spanish, for the person
    field: str | None = None  # the form field it concerns: host, port, database, user, password
    server_version: str | None = None  # "15.4"
    revision: str | None = None  # the database's schema revision

    @property
    def usable(self) -> bool:
        return self.outcome in USABLE


def validate(params: ServerParams) -> list[tuple[str, str]]:
    """(field, Spanish message) for what is missing before even trying."""
    problems = []
    if not params.host.strip():
        problems.append(("host", "Escriba el nombre o la dirección IP del servidor "
                                 "(por ejemplo 192.168.1.10)."))
    elif any(c.isspace() for c in params.host.strip()):
        problems.append(("host", "El nombre del servidor no lleva espacios."))
    if not 1 <= params.port <= 65535:
        problems.append(("port", "El puerto es un número entre 1 y 65535 (normalmente 5432)."))
    if not params.database.strip():
        problems.append(("database", "Escriba el nombre de la base de datos (por ejemplo pisac)."))
    if not params.user.strip():
        problems.append(("user", "Escriba el usuario de PostgreSQL."))
    return problems


# --- classifying a failure to connect ----------------------------------------------------------

_UNREACHABLE_MARKS = ("connection refused", "timeout expired", "timed out", "could not translate",
                      "failed to resolve host", "name or service not known", "no route to host",
                      "network is unreachable", "server closed the connection unexpectedly",
                      "could not connect", "no such file or directory",
                      "conexión rehusada", "tiempo de espera", "no se pudo traducir")
_LOGIN_MARKS = ("password authentication failed", "no password supplied",
                "authentication failed", "role \"", "autentificación", "autenticación",
                "no existe el rol", "no se proporcionó una contraseña")
_DATABASE_MARKS = ("database \"", "no existe la base de datos")
_NOT_ALLOWED_MARKS = ("no pg_hba.conf entry", "pg_hba.conf")


def _driver_text(exc: BaseException) -> str:
    """The driver's message (never the parameters: hide_parameters, and no repr of pgconn,
    which holds the password)."""
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip()


def _detail(exc: BaseException) -> str:
    """The driver's reason, without libpq's preamble and hints: "Connection refused"."""
    lines = _driver_text(exc).splitlines()
    if not lines:
        return type(exc).__name__
    return lines[0].rsplit("failed:", 1)[-1].strip() or lines[0].strip()


def _classify(exc: BaseException) -> Outcome:
    text_ = _driver_text(exc).lower()
    if any(m in text_ for m in _NOT_ALLOWED_MARKS):
        return Outcome.NOT_ALLOWED
    if any(m in text_ for m in _DATABASE_MARKS) and ("does not exist" in text_
                                                      or "no existe" in text_):
        return Outcome.NO_DATABASE
    if any(m in text_ for m in _LOGIN_MARKS):
        return Outcome.BAD_LOGIN
    if type(getattr(exc, "orig", exc)).__name__ == "ConnectionTimeout" \
            or any(m in text_ for m in _UNREACHABLE_MARKS):
        return Outcome.UNREACHABLE
    return Outcome.FAILED


def _engine(params: ServerParams, passfile, timeout: float, database: str | None = None):
    url = ServerParams(params.host.strip(), params.port, database or params.database.strip(),
                       params.user.strip(), params.password).url(password=True)
    args = {"connect_timeout": max(1, round(timeout))}
    if params.password is None and passfile is not None:
        args["passfile"] = str(passfile)
    return create_engine(url, poolclass=NullPool, hide_parameters=True, connect_args=args)


def _where(params: ServerParams) -> str:
    return f"{params.host.strip()}:{params.port}"


def _failure(outcome: Outcome, params: ServerParams, detail: str) -> CheckResult:
    where, db, user = _where(params), params.database.strip(), params.user.strip()
    if outcome is Outcome.UNREACHABLE:
        return CheckResult(outcome, (
            f"No se pudo llegar al servidor {where}: está apagado, el servicio de PostgreSQL no "
            "está iniciado, la dirección o el puerto no son correctos, o la red o el firewall "
            f"lo impiden. Compruebe que el servidor esté encendido y vuelva a probar. "
            f"(Detalle: {detail})"), "host")
    if outcome is Outcome.BAD_LOGIN:
        return CheckResult(outcome, (
            f"El servidor {where} rechazó el usuario «{user}» o su contraseña. Revise ambos "
            "(las mayúsculas cuentan) con el encargado de informática."), "password")
    if outcome is Outcome.NO_DATABASE:
        return CheckResult(outcome, (
            f"En el servidor {where} no existe la base de datos «{db}». Revise el nombre o pida "
            "al encargado de informática que la cree (vacía, con el usuario "
            f"«{user}» como dueño)."), "database")
    if outcome is Outcome.NOT_ALLOWED:
        return CheckResult(outcome, (
            f"El servidor {where} no admite conexiones de esta computadora para el usuario "
            f"«{user}» y la base de datos «{db}» (falta una línea en su archivo pg_hba.conf). "
            "Avise al encargado de informática."), "host")
    return CheckResult(outcome, f"No se pudo conectar con el servidor {where}: {detail}", "host")


def _missing_database_or_login(params: ServerParams, passfile, timeout: float) -> Outcome:
    """The server refused in a language we do not read: try its maintenance database."""
    if params.database.strip() == MAINTENANCE_DATABASE:
        return Outcome.FAILED
    engine = _engine(params, passfile, timeout, MAINTENANCE_DATABASE)
    try:
        with engine.connect() as conn:
            found = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"),
                                 {"name": params.database.strip()}).first()
        return Outcome.FAILED if found else Outcome.NO_DATABASE
    except SQLAlchemyError as exc:
        return _classify(exc)
    finally:
        engine.dispose()


def version_text(number: int) -> str:
    """150004 -> "15.4"; 90624 -> "9.6.24"."""
    if number >= 100000:
        return f"{number // 10000}.{number % 10000}"
    return f"{number // 10000}.{number // 100 % 100}.{number % 100}"


# --- the check ---------------------------------------------------------------------------------

def check_server(params: ServerParams, passfile=None,
                 timeout: float = CONNECT_TIMEOUT_S) -> CheckResult:
    """Connect, and say in Spanish whether this database can be used and what will happen to it.

    passfile: the data folder's private password file, used when params.password is None."""
    problems = validate(params)
    if problems:
        name, message = problems[0]
        return CheckResult(Outcome.FAILED, message, name)
    try:
        engine = _engine(params, passfile, timeout)
    except ImportError as exc:
        return CheckResult(Outcome.NO_DRIVER, (
            f"Falta el controlador de PostgreSQL ({exc.name or 'psycopg'}) en esta instalación "
            "de Pisac Desktop. Instale la versión del programa que incluye PostgreSQL (extra "
            "«postgres»)."))
    try:
        with engine.connect() as conn:
            number = int(conn.execute(text("SHOW server_version_num")).scalar())
            return _describe(conn, params, number)
    except SQLAlchemyError as exc:
        outcome = _classify(exc)
        if outcome is Outcome.FAILED and isinstance(exc, DBAPIError) and "FATAL" in str(exc.orig):
            outcome = _missing_database_or_login(params, passfile, timeout)
        log.info("Connection check to %s: %s (%s)", _where(params), outcome, _driver_text(exc))
        return _failure(outcome, params, _detail(exc))
    finally:
        engine.dispose()


def _describe(conn, params: ServerParams, number: int) -> CheckResult:
    from pisac_desktop.db.schema import HEAD_REVISION, current_revision, recorded_app_version

    version = version_text(number)
    server = f"PostgreSQL {version} en {_where(params)}"
    if number < MINIMUM_SERVER_VERSION:
        return CheckResult(Outcome.SERVER_TOO_OLD, (
            f"El servidor es PostgreSQL {version}, demasiado antiguo: Pisac Desktop necesita "
            f"PostgreSQL {version_text(MINIMUM_SERVER_VERSION).split('.')[0]} o posterior. "
            "Pida al encargado de informática que lo actualice."), "host", version)
    revision = current_revision(conn)
    db = params.database.strip()
    if revision is None:
        tables = sorted(inspect(conn).get_table_names())
        if tables:
            return CheckResult(Outcome.FOREIGN, (
                f"Conexión correcta ({server}), pero la base de datos «{db}» no es de Pisac "
                f"Desktop: contiene las tablas {', '.join(tables[:5])}. No se usará; elija una "
                "base de datos vacía o la de Pisac Desktop."), "database", version)
        return CheckResult(Outcome.EMPTY, (
            f"Conexión correcta: {server}. La base de datos «{db}» está vacía: al guardar, Pisac "
            "Desktop creará sus tablas y le pedirá crear la cuenta del administrador, como en "
            "una instalación nueva."), None, version)
    if revision == HEAD_REVISION:
        return CheckResult(Outcome.AT_HEAD, (
            f"Conexión correcta: {server}. La base de datos «{db}» es de Pisac Desktop y está "
            "al día."), None, version, revision)
    from pisac_desktop.db.schema import known_revisions

    if revision in known_revisions():
        return CheckResult(Outcome.OLDER, (
            f"Conexión correcta: {server}. La base de datos «{db}» es de una versión anterior "
            f"de Pisac Desktop (esquema {revision}): se actualizará al esquema {HEAD_REVISION} "
            "al abrir el programa. Haga antes una copia de seguridad del servidor."),
            None, version, revision)
    made_by = recorded_app_version(conn)
    by = f"Pisac Desktop {made_by}" if made_by else "una versión más reciente de Pisac Desktop"
    return CheckResult(Outcome.NEWER, (
        f"Conexión correcta ({server}), pero la base de datos «{db}» fue actualizada por {by} "
        f"(esquema {revision}) y este programa es la versión {__version__} (esquema "
        f"{HEAD_REVISION}), más antigua. Instale en esta computadora la misma versión que usan "
        "las demás."), "database", version, revision)


def explain_open_failure(url: str, exc: BaseException) -> CheckResult | None:
    """Why the office server configured in `url` could not be opened at start-up, said as
    «Probar conexión» says it (server off, login refused, database missing...); None when `url`
    is not a server or the failure is not one of connecting (the caller's message stands)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "postgresql" or not isinstance(exc, DBAPIError):
        return None
    orig = exc.orig if exc.orig is not None else exc
    if not type(orig).__module__.startswith("psycopg"):
        return None
    outcome = _classify(exc)
    if outcome is Outcome.FAILED and not (is_connection_lost(exc) or "FATAL" in str(orig)):
        return None
    return _failure(outcome, ServerParams.from_url(parsed), _detail(exc))


def location_of(url: str) -> str:
    """Where a database url points, for people and the audit trail: the file of a local
    database, a server url without its password or password file."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ""
    return parsed.difference_update_query(["passfile"]).render_as_string(hide_password=True)


# --- a connection lost while working ----------------------------------------------------------

# SQLSTATE classes and codes of a server that went away: 08 connection exception, 57P01-57P03
# admin/crash shutdown, cannot connect now.
_LOST_CODES = ("57P01", "57P02", "57P03")
_LOST_MARKS = ("the connection is closed", "server closed the connection", "connection refused",
               "terminating connection", "consuming input failed", "connection timeout expired",
               "could not receive data", "could not send data", "ssl connection has been closed",
               "connection to server", "connection is lost", "connection is bad")


def is_connection_lost(exc: BaseException) -> bool:
    """A PostgreSQL server (or the network to it) went away while working: SQLAlchemy saw a
    disconnect, or psycopg raised an OperationalError of a lost connection. SQLite's own
    OperationalErrors (a locked or failing file) are not this."""
    if isinstance(exc, DisconnectionError):
        return True
    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:
            return True
        exc = exc.orig if exc.orig is not None else exc
    if not type(exc).__module__.startswith("psycopg"):
        return False
    state = getattr(exc, "sqlstate", None)
    if state is not None:
        return state.startswith("08") or state in _LOST_CODES
    from psycopg import OperationalError

    return isinstance(exc, OperationalError) and any(m in str(exc).lower() for m in _LOST_MARKS)
