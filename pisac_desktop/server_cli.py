"""Command-line set-up of an office server (`pisac-desktop db ...`), for the IT person.

`db prepare-server ADMIN_URL`: create or upgrade the office database on a PostgreSQL server and
its roles (db/server_roles.py). The application user's password is read from the terminal (twice)
or from the variable PISAC_APP_PASSWORD, never from the command line (it would stay in the shell
history and in the list of processes).

Exit codes as admin_cli: 0 done; 1 failed; 2 refused. Messages in Spanish, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys

from pisac_desktop.admin_cli import FAILED, OK, REFUSED
from pisac_desktop.paths import DataPaths

log = logging.getLogger(__name__)
PASSWORD_VARIABLE = "PISAC_APP_PASSWORD"


def add_commands(actions) -> None:
    """`db prepare-server`, added to the program's `db` actions (cli.py)."""
    prepare = actions.add_parser(
        "prepare-server", help="crea o actualiza la base de datos de la oficina en el servidor",
        description="Con una cuenta de administración del servidor (por ejemplo postgres): crea "
        "el rol dueño de las tablas (sin inicio de sesión), el usuario con el que se conectan las "
        "PC (no es dueño de nada y solo puede agregar al registro de auditoría) y la base de "
        "datos; la lleva a esta versión del programa y otorga los permisos. Repítala después de "
        "instalar una versión nueva: actualiza la base de datos. La clave del usuario se pide "
        f"por teclado (dos veces) o se toma de la variable {PASSWORD_VARIABLE}.")
    prepare.add_argument("admin_url", metavar="URL_ADMINISTRADOR",
                         help="p. ej. postgresql://postgres@192.168.1.10/postgres (la clave del "
                         "administrador: con --ask-password, o en el archivo pgpass del usuario)")
    prepare.add_argument("--ask-password", action="store_true",
                         help="pregunta la clave del administrador (no la escriba en la URL: "
                         "quedaría en el historial de órdenes)")
    prepare.add_argument("--database", default="pisac", metavar="NOMBRE",
                         help="nombre de la base de datos (por omisión: pisac)")
    prepare.add_argument("--app-user", default="pisac_app", metavar="USUARIO",
                         help="usuario con el que se conectan las PC (por omisión: pisac_app)")
    prepare.add_argument("--owner", default="pisac_propietario", metavar="ROL",
                         help="rol dueño de las tablas (por omisión: pisac_propietario)")
    prepare.add_argument("--empty", action="store_true",
                         help="deja la base de datos nueva sin tablas, para trasladar a ella "
                         "los datos de una PC con «db move-to-server»; luego repita esta orden "
                         "sin --empty para dar los permisos")
    prepare.add_argument("--skip-backup", action="store_true",
                         help="no hace la copia (pg_dump) previa a actualizar una base de datos "
                         "de una versión anterior (no recomendado)")
    prepare.add_argument("--no-password", action="store_true",
                         help="no cambia la clave del usuario (ya la tiene, o el servidor usa "
                         "otro método de autenticación)")


def run(paths: DataPaths, args: argparse.Namespace) -> int:
    try:
        if args.db_action == "prepare-server":
            return prepare_server(args, paths)
    except KeyboardInterrupt:
        print("Interrumpido.", file=sys.stderr)
        return FAILED
    except Exception as exc:
        log.exception("db %s failed", args.db_action)
        print(f"Error inesperado: {exc}. Los detalles están en el registro de {paths.logs}.",
              file=sys.stderr)
        return FAILED
    return REFUSED


def _app_password(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """(password, refusal): from the variable, else typed twice at a terminal."""
    if args.no_password:
        return None, None
    value = os.environ.get(PASSWORD_VARIABLE)
    if value is not None:
        return (value, None) if value else (None, f"La variable {PASSWORD_VARIABLE} está vacía.")
    if not sys.stdin.isatty():
        return None, (f"Indique la clave del usuario {args.app_user} en la variable "
                      f"{PASSWORD_VARIABLE}, o use --no-password si ya la tiene.")
    first = getpass.getpass(f"Clave para el usuario {args.app_user}: ")
    if len(first) < 12:
        return None, "La clave debe tener al menos 12 caracteres."
    if getpass.getpass("Repita la clave: ") != first:
        return None, "Las dos claves no coinciden. No se cambió nada."
    return first, None


def _admin_url_for(admin_url: str, database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(admin_url).set(database=database).render_as_string(hide_password=True)


def _backup_before_upgrade(args: argparse.Namespace, paths: DataPaths) -> str | None:
    """A database of an older version is copied (pg_dump, verified) to the data folder's
    backups before it is upgraded, as a local one is; the refusal in Spanish when it cannot be."""
    from sqlalchemy.exc import OperationalError

    from pisac_desktop.clock import SYSTEM_CLOCK, wall_time
    from pisac_desktop.core.backups import BackupError
    from pisac_desktop.core.server_backups import make_server_backup
    from pisac_desktop.db.backup import BackupKind
    from pisac_desktop.db.engine import Database
    from pisac_desktop.db.schema import HEAD_REVISION, current_revision
    from pisac_desktop.db.server_roles import admin_url_of

    url = admin_url_of(args.admin_url).set(database=args.database)
    db = Database.from_url(url.render_as_string(hide_password=False))
    try:
        try:
            with db.engine.connect() as conn:
                revision = current_revision(conn)
        except OperationalError:
            return None  # no such database yet: nothing to keep
        if revision is None or revision == HEAD_REVISION:
            return None
        try:
            info = make_server_backup(db, paths, paths.backups, BackupKind.MIGRATION,
                                      lambda: wall_time(SYSTEM_CLOCK))
        except BackupError as exc:
            return (f"No se actualizó nada: antes hay que copiar la base de datos (esquema "
                    f"{revision}) y no se pudo. {exc} Resuélvalo, o use --skip-backup bajo su "
                    "responsabilidad.")
        print(f"Copia previa a la actualización: {info.path} ({info.size_text}).")
        return None
    finally:
        db.dispose()


def prepare_server(args: argparse.Namespace, paths: DataPaths) -> int:
    from pisac_desktop.db.schema import SchemaError
    from pisac_desktop.db.server_roles import ServerSetupError
    from pisac_desktop.db.server_roles import prepare_server as prepare
    from pisac_desktop.reference_data import seed_reference_data

    if args.ask_password:
        from sqlalchemy.engine import make_url

        admin = getpass.getpass("Clave del administrador del servidor: ")
        args.admin_url = make_url(args.admin_url).set(password=admin).render_as_string(
            hide_password=False)
    password, refusal = _app_password(args)
    if refusal:
        print(refusal, file=sys.stderr)
        return REFUSED
    if not args.skip_backup:
        refusal = _backup_before_upgrade(args, paths)
        if refusal:
            print(refusal, file=sys.stderr)
            return FAILED
    try:
        done = prepare(args.admin_url, database=args.database, owner=args.owner,
                       app_user=args.app_user, app_password=password,
                       seed=seed_reference_data, schema=not args.empty)
    except (ServerSetupError, SchemaError) as exc:
        print(str(exc), file=sys.stderr)
        return FAILED
    made = ", ".join(done.created_roles) or "ninguno (ya existían)"
    if done.schema_action == "vacía":
        print(f"Base de datos «{done.database}» lista y vacía; roles creados: {made}.\n"
              "Ahora, en la PC que tiene los datos (cerrado Pisac Desktop en todas), con la "
              "misma cuenta de administración:\n  pisac-desktop db move-to-server "
              f"{_admin_url_for(args.admin_url, done.database)} --ask-password --switch\n"
              "y después repita esta orden sin --empty para dar los permisos al usuario "
              f"{done.app_user}.")
        return OK
    print(f"Servidor preparado. Base de datos «{done.database}»: "
          f"{'creada' if done.created_database else 'ya existía'}; esquema {done.schema_action}."
          f"\nRoles creados: {made}. Dueño de las tablas: {done.owner}; las PC se conectan como "
          f"{done.app_user}.\nEn cada PC, en Configuración › Conexión a la base de datos (o en "
          f"configuracion.ini), use:\n  url = {done.app_url}")
    return OK
