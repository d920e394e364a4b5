"""Command line. No arguments: the GUI. Subcommands serve the office's IT person."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

from pisac_desktop import __version__
from pisac_desktop.paths import ENV_DATA_DIR, DataPaths, resolve_data_dir

# argparse's own words, in Spanish.
_ARGPARSE_ES = {
    "usage: ": "Uso: ",
    "positional arguments": "argumentos",
    "options": "opciones",
    "show this help message and exit": "muestra esta ayuda y termina",
    "show program's version number and exit": "muestra la versión y termina",
    "unrecognized arguments: %s": "argumentos no reconocidos: %s",
    "the following arguments are required: %s": "faltan estos argumentos: %s",
    "expected one argument": "falta el valor",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "opción no válida: %(value)r (elija entre %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: error: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumento %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "valor no válido: %(value)r",
}


def _spanish_argparse() -> None:
    argparse._ = lambda text: _ARGPARSE_ES.get(text, text)  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    _spanish_argparse()
    parser = argparse.ArgumentParser(
        prog="pisac-desktop",
        description="Pisac Desktop: Gerencia Municipal y Secretaría General de la Municipalidad "
        "Distrital de Pisac. Sin argumentos abre la aplicación.",
        epilog=f"La carpeta de datos también se puede indicar con la variable {ENV_DATA_DIR}.",
    )
    parser.add_argument(
        "--data-dir", metavar="CARPETA",
        help="carpeta de datos (base de datos, copias de seguridad, PDF, registros) en lugar "
        "de la carpeta de datos del usuario",
    )
    parser.add_argument("--version", action="version", version=f"Pisac Desktop {__version__}",
                        help="muestra la versión y termina")
    parser.add_argument(
        "--self-test", action="store_true",
        help="comprueba la instalación sin ventana (base de datos temporal, migraciones, "
        "formularios) e imprime un informe",
    )
    commands = parser.add_subparsers(dest="command", title="órdenes", metavar="ORDEN")
    demo = commands.add_parser(
        "demo", help="llena una carpeta de datos NUEVA con datos ficticios de demostración",
        description="Crea una base de datos con datos ficticios de Pisac. Se niega si la "
        "carpeta ya tiene una base de datos.",
    )
    demo.add_argument(
        "--today", metavar="FECHA", type=_date_argument,
        help="construye la demostración como si hoy fuera FECHA (dd/mm/aaaa o aaaa-mm-dd); "
        "por omisión, la fecha de hoy",
    )
    # For the tests: the days of intake at the Mesa de Partes (a year by default takes a
    # minute to build; the end-to-end test builds fewer days through the same code).
    demo.add_argument("--dias-de-tramite", type=int, default=None, help=argparse.SUPPRESS)
    shots = commands.add_parser(
        "screenshots", help="guarda una imagen PNG de cada pestaña, sección y diálogo",
        description="Guarda capturas de pantalla (sin ventana visible) de la carpeta de datos.",
    )
    shots.add_argument("out_dir", metavar="CARPETA_SALIDA", help="carpeta para las imágenes")
    backup = commands.add_parser(
        "backup", help="hace una copia de seguridad verificada de la base de datos",
        description="Copia la base de datos (aunque la aplicación esté abierta), verifica la "
        "copia y la anota en el registro de auditoría. Sin --to, la guarda en la carpeta "
        "«backups» de la carpeta de datos.",
    )
    backup.add_argument("--to", metavar="CARPETA", dest="target_dir",
                        help="carpeta de destino, por ejemplo una memoria USB")
    restore = commands.add_parser(
        "restore", help="reemplaza la base de datos por una copia de seguridad",
        description="Verifica la copia, respalda la base de datos actual (o aparta la dañada) "
        "y la reemplaza por la copia; una copia de una versión anterior se actualiza. Cierre "
        "Pisac Desktop antes. Pregunta antes de reemplazar.",
    )
    restore.add_argument("file", metavar="ARCHIVO",
                         help="la copia de seguridad (.sqlite3, o .pgdump de un servidor)")
    restore.add_argument("-y", "--yes", action="store_true",
                         help="no pregunta (para guiones); sin terminal es obligatorio")
    restore.add_argument("--other-institution", action="store_true",
                         help="confirma que se restaura la copia de OTRA institución (otro RUC)")
    restore.add_argument("--into", metavar="URL", dest="into",
                         help="base de datos PostgreSQL vacía en la que restaurar una copia del "
                         "servidor (.pgdump); sin --into, la configurada, si está vacía")
    check = commands.add_parser(
        "check", help="verifica la integridad de la base de datos y del registro de auditoría",
        description="Ejecuta PRAGMA integrity_check sobre la base de datos, recorre la cadena "
        "del registro de auditoría, la compara con las anclas de cada copia de seguridad (la "
        "carpeta «backups» y las indicadas con --against) y comprueba que ningún documento "
        "emitido haya cambiado. Termina con código 0 solo si todo está íntegro.",
    )
    audit = commands.add_parser(
        "audit-verify", help="verifica la cadena del registro de auditoría y sus anclas",
        description="Recorre la cadena del registro de auditoría, la compara con las anclas de "
        "las copias de seguridad e informa la primera entrada alterada, eliminada o insertada. "
        "Código 0 solo si está íntegra.",
    )
    for sub in (check, audit):
        sub.add_argument("--against", action="append", metavar="COPIA_O_ARCHIVO",
                         help="compara también con esta copia (.sqlite3), este archivo de "
                         "anclas o esta carpeta (por ejemplo una memoria USB); se puede repetir")
    audit.add_argument("--head", nargs="+", metavar="N_Y_HUELLA",
                       help="comprueba la huella de una constancia impresa: el número de entrada "
                       "y la huella (se aceptan espacios entre los grupos)")
    audit.add_argument("--constancia", dest="certificate", metavar="ARCHIVO_PDF",
                       help="guarda la Constancia de integridad del registro en ese PDF")
    export = commands.add_parser(
        "export", help="exporta las normas y resoluciones de un año (PDF y registros)",
        description="Escribe en una carpeta cada documento emitido del año como PDF con el "
        "nombre de su número (p. ej. RA-045-2026.pdf; los anulados con la marca ANULADO) y el "
        "registro de cada tipo en PDF y Excel, para el archivo y el portal de transparencia; "
        "sin --kind, también una carpeta por sesión de concejo del año (sesiones/SO-05-2026: "
        "citaciones, asistencia, votaciones, resumen y acta).",
    )
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--year", type=int, metavar="AÑO", help="año de emisión")
    which.add_argument("--all", action="store_true", dest="everything",
                       help="TODO: cada tabla en CSV y Excel con su diccionario de datos, cada "
                       "documento emitido en PDF, cada archivo guardado y el registro de "
                       "auditoría con sus instrucciones de verificación (para un sistema "
                       "sucesor o un auditor); la carpeta debe ser nueva o estar vacía")
    export.add_argument("--no-documents", action="store_true",
                        help="con --all: sin los PDF (solo los datos y los archivos guardados)")
    export.add_argument("--kind", action="append", metavar="TIPO", dest="kinds",
                        help="solo este tipo (RA, RGM, OM, AC, RC, DA, DIR); se puede repetir")
    export.add_argument("--to", metavar="CARPETA", dest="target_dir", required=True,
                        help="carpeta de destino")
    unlock = commands.add_parser(
        "unlock", help="desbloquea una cuenta bloqueada por intentos fallidos",
        description="Quita el bloqueo de una cuenta (por ejemplo la del administrador) sin "
        "esperar los minutos del bloqueo, y lo anota en el registro de auditoría con el usuario "
        "del sistema operativo y el nombre de esta PC. No cambia la contraseña.",
    )
    unlock.add_argument("username", metavar="USUARIO", help="el usuario de la cuenta")
    verify = commands.add_parser(
        "verify", help="muestra qué se emitió con un código de verificación",
        description="Busca el código de verificación impreso al pie de un documento, copia "
        "certificada, citación o acta (p. ej. MDP-7K3Q-9XW2) y muestra qué se emitió con él, "
        "su estado y si su contenido sigue siendo el registrado. Código de salida 0 si el "
        "código existe y el contenido coincide; 1 si no existe o el contenido cambió; 2 si el "
        "código está mal escrito.",
    )
    verify.add_argument("code", nargs="+", metavar="CÓDIGO", help="el código impreso")
    from pisac_desktop import import_cli, moving_in_cli

    importing = import_cli.add_commands(commands)  # import register | import scans
    nested = moving_in_cli.add_commands(commands, importing)  # import --all | organization
    db_actions = _db_commands(commands)
    for sub in (*commands.choices.values(), *db_actions.choices.values(),
                *(p for group in nested for p in group.choices.values())):
        sub._optionals.title = "opciones"
        sub._positionals.title = "argumentos"
    return parser


def _db_commands(commands):
    """pisac-desktop db ACCIÓN: the database itself (moving it to the office server)."""
    db = commands.add_parser("db", help="la base de datos en el servidor de la oficina: prepararlo, trasladar a él los datos",
                             description="Acciones sobre la base de datos de la carpeta de datos.")
    actions = db.add_subparsers(dest="db_action", title="acciones", metavar="ACCIÓN",
                                required=True)
    move = actions.add_parser(
        "move-to-server", help="copia la base de datos local a una base de datos PostgreSQL vacía",
        description="Copia la base de datos local (SQLite) de la carpeta de datos a una base de "
        "datos PostgreSQL NUEVA y VACÍA del servidor de la oficina, todo o nada: crea el "
        "esquema, copia cada tabla, verifica las filas, la numeración y la cadena del registro "
        "de auditoría, y anota el traslado en el registro del servidor. Se niega si la base de "
        "datos del servidor no está vacía. Cierre Pisac Desktop en todas las PC antes.",
    )
    move.add_argument("url", metavar="URL",
                      help="la base de datos del servidor, p. ej. "
                      "postgresql+psycopg://pisac@192.168.1.10/pisac")
    move.add_argument("--switch", action="store_true",
                      help="después, esta carpeta de datos usa el servidor (configuracion.ini; "
                      "la clave va al archivo privado clave-postgresql) y el archivo local se "
                      "renombra para que nadie siga trabajando en él")
    move.add_argument("--ask-password", action="store_true",
                      help="pregunta la clave del usuario de PostgreSQL (no la escriba en la URL: "
                      "quedaría en el historial de órdenes)")
    from pisac_desktop import server_cli

    server_cli.add_commands(actions)
    return actions


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    args = build_parser().parse_args(argv)

    if args.self_test:
        from pisac_desktop.selftest import run_self_test

        return run_self_test()

    paths = DataPaths(resolve_data_dir(args.data_dir))
    try:
        paths.ensure()
    except OSError as exc:
        print(f"No se puede usar la carpeta de datos {paths.root}: {exc.strerror or exc}",
              file=sys.stderr)
        return 2
    from pisac_desktop.logsetup import configure_logging

    configure_logging(paths)

    if args.command == "demo":
        return _demo(paths, args.today, args.dias_de_tramite)
    if args.command == "screenshots":
        return _screenshots(paths, Path(args.out_dir))
    if args.command == "db" and args.db_action == "prepare-server":
        from pisac_desktop import server_cli

        return server_cli.run(paths, args)
    from pisac_desktop import moving_in_cli

    if moving_in_cli.handles(args):  # export --all, import --all | organization, template
        return moving_in_cli.run(args.command, paths, args)
    if args.command == "import":
        from pisac_desktop import import_cli

        return import_cli.run(paths, args)
    if args.command in ("backup", "restore", "check", "audit-verify", "export", "unlock",
                        "verify", "db"):
        from pisac_desktop import admin_cli

        return admin_cli.run(args.command, paths, args)

    if not _display_available():
        print("No hay pantalla disponible para abrir la ventana. En un servidor sin pantalla use "
              "«pisac-desktop --self-test» para comprobar la instalación, o las órdenes «demo» "
              "y «screenshots».", file=sys.stderr)
        return 1
    from pisac_desktop.gui.app import run

    return run(paths, started)


def _display_available() -> bool:
    if not sys.platform.startswith("linux"):
        return True  # Windows and macOS always have their own display
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _date_argument(text: str) -> dt.date:
    from pisac_desktop.spanish.dates import parse_short_date

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        pass
    try:
        return parse_short_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _demo(paths: DataPaths, today: dt.date | None = None,
          intake_days: int | None = None) -> int:
    from pisac_desktop.config import SettingsError
    from pisac_desktop.db.schema import SchemaError
    from pisac_desktop.demo import DemoRefused, create_demo

    try:
        opened = create_demo(paths, today, intake_days=intake_days)
    except DemoRefused as exc:
        print(str(exc), file=sys.stderr)
        return 3
    except (SettingsError, SchemaError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    opened.db.dispose()
    print(f"Datos de demostración (ficticios) creados en {paths.root}")
    return 0


def _screenshots(paths: DataPaths, out_dir: Path) -> int:
    try:
        from pisac_desktop.gui.screenshots import take_screenshots
    except ModuleNotFoundError as exc:  # the installed bundle leaves the harness out
        if not (exc.name or "").startswith("pisac_desktop.gui.screenshots"):
            raise
        print("Las capturas de pantalla se toman desde una copia del código fuente de Pisac "
              "Desktop; esta instalación no las incluye.", file=sys.stderr)
        return 2

    try:
        files = take_screenshots(paths, out_dir)
    except Exception as exc:  # reported to the IT person, not a traceback
        print(f"No se pudieron tomar las capturas: {exc}", file=sys.stderr)
        return 1
    print(f"{len(files)} capturas guardadas en {out_dir}")
    return 0
