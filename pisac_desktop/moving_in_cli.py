"""The command line of moving in and out (issue 20), for the office's IT person:

    pisac-desktop export --all --to CARPETA [--no-documents]
    pisac-desktop import --all CARPETA          (import register|scans: import_cli.py)
    pisac-desktop import organization ARCHIVO.xlsx [--dry-run]
    pisac-desktop template organization --to ARCHIVO.xlsx

Whoever runs them holds the data folder: they act as the administrator (admin_cli.cli_actor),
recorded in the audit trail with the operating-system user. Exit codes as admin_cli's: 0 done,
1 failed, 2 refused. Messages in Spanish, never a traceback; no Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pisac_desktop.admin_cli import FAILED, OK, REFUSED, cli_actor
from pisac_desktop.paths import DataPaths


def add_commands(commands, importing) -> list:
    """`import --all` and `import organization` on the `import` parser of import_cli.py
    (`importing`: that parser and its actions), and the `template` command (`export --all` is
    an option of `export`, in cli.py). Returns the sub-parsers whose titles cli.py puts in
    Spanish."""
    imp, actions = importing
    imp.description += (" «import organization ARCHIVO» carga las unidades orgánicas, los "
                        "titulares de los cargos y el concejo desde la plantilla de Excel "
                        "(«template organization»), mostrando antes cada fila y sus problemas; "
                        "todo o nada. «import --all CARPETA» carga una exportación completa "
                        "(«export --all») en una base de datos NUEVA y VACÍA.")
    imp.add_argument("--all", metavar="CARPETA", dest="all_folder",
                     help="la carpeta de una exportación completa, para cargarla en la base de "
                     "datos vacía de esta carpeta de datos (use --data-dir con una carpeta nueva)")
    org = actions.add_parser(
        "organization", help="unidades orgánicas, cargos y titulares, concejo (Excel)",
        description="Lee la plantilla de la organización, muestra qué pasará con cada fila y "
        "sus problemas, y la importa todo o nada (con --dry-run, solo lo muestra).")
    org.add_argument("file", metavar="ARCHIVO", help="el libro de Excel (.xlsx) completado")
    org.add_argument("--dry-run", action="store_true",
                     help="solo revisa el archivo y muestra qué pasaría; no cambia nada")
    template = commands.add_parser(
        "template", help="guarda una plantilla de Excel para completar e importar",
        description="Guarda la plantilla de Excel, llena con lo que el programa ya tiene.")
    kinds = template.add_subparsers(dest="template_what", title="plantilla", metavar="PLANTILLA",
                                    required=True)
    org_template = kinds.add_parser(
        "organization", help="unidades orgánicas, cargos y titulares, concejo",
        description="Unidades orgánicas, Cargos y titulares (con sus periodos) y Concejo "
        "(período y miembros), con instrucciones y listas para elegir.")
    org_template.add_argument("--to", metavar="ARCHIVO", dest="target_file", required=True,
                              help="dónde guardar la plantilla (.xlsx)")
    return [actions, kinds]


def handles(args: argparse.Namespace) -> bool:
    """Whether the command is one of these (the rest of `import` is import_cli.py's)."""
    if args.command == "template":
        return True
    if args.command == "export":
        return bool(args.everything)
    return args.command == "import" and (args.import_action in ("organization", None)
                                         or bool(args.all_folder))


def run(command: str, paths: DataPaths, args: argparse.Namespace) -> int:
    if command == "export":
        if args.kinds:
            _err("--kind no se usa con --all: la exportación completa lleva todos los tipos.")
            return REFUSED
        return export_all(paths, Path(args.target_dir), not args.no_documents)
    if command == "template":
        return organization_template(paths, Path(args.target_file))
    if args.all_folder and args.import_action:
        _err("--all carga una exportación completa sola: no se combina con otra importación.")
        return REFUSED
    if args.import_action == "organization":
        return import_organization(paths, Path(args.file), args.dry_run)
    if args.all_folder:
        return import_all(paths, Path(args.all_folder))
    _err("Indique qué importar: «import register ARCHIVO --kind TIPO», «import scans CARPETA», "
         "«import organization ARCHIVO» o «import --all CARPETA».")
    return REFUSED


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _open(paths: DataPaths):
    from pisac_desktop.admin_cli import open_or_explain

    return open_or_explain(paths)


def export_all(paths: DataPaths, target: Path, documents: bool = True) -> int:
    from pisac_desktop.core.errors import DomainError
    from pisac_desktop.moving_in.export_all import export_everything

    opened = _open(paths)
    if opened is None:
        return FAILED

    def progress(done: int, total: int) -> bool:
        print(f"\rExportando: {done} de {total} pasos", end="", flush=True)
        return True

    try:
        with opened.db.session() as session:
            result = export_everything(session, cli_actor(), target, progress,
                                       documents=documents)
    except DomainError as exc:
        print(file=sys.stderr)
        _err(str(exc))
        return REFUSED if "no está vacía" in str(exc) else FAILED
    finally:
        opened.db.dispose()
    print(f"\nExportación completa en {result.folder}: {len(result.tables)} tablas "
          f"({result.rows} filas), {result.documents} documentos en PDF, {result.files} "
          f"archivos guardados y el registro de auditoría ({result.audit_entries} entradas). "
          f"Lea LEEME.txt. Huella del manifiesto: {result.manifest_sha256}")
    return OK


def import_all(paths: DataPaths, folder: Path) -> int:
    from pisac_desktop.config import SettingsError
    from pisac_desktop.db.engine import Database
    from pisac_desktop.db.schema import SchemaError
    from pisac_desktop.moving_in.import_all import (
        ImportRefused,
        import_everything,
        prepare_empty,
        read_export_info,
    )

    try:
        read_export_info(folder)  # before anything is created
        db = Database.for_data_dir(paths)
    except (ImportRefused, SettingsError) as exc:
        _err(str(exc))
        return REFUSED
    try:
        prepare_empty(db, paths.backups)
        result = import_everything(
            db, folder, cli_actor(),
            lambda table, rows: print(f"\r{f'{table}: {rows} filas':<60}", end="", flush=True))
    except ImportRefused as exc:
        print(file=sys.stderr)
        _err(str(exc))
        return REFUSED
    except (SchemaError, SettingsError) as exc:
        print(file=sys.stderr)
        _err(str(exc))
        return FAILED
    finally:
        db.dispose()
    print(f"\nImportada la exportación {folder} en {db.display_location}: {len(result.tables)} "
          f"tablas, {result.rows} filas. {result.chain.message}")
    return OK


def organization_template(paths: DataPaths, target: Path) -> int:
    from pisac_desktop.moving_in.organization_template import template_bytes

    opened = _open(paths)
    if opened is None:
        return FAILED
    try:
        with opened.db.session() as session:
            data = template_bytes(session, opened.db.clock.today())
    finally:
        opened.db.dispose()
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    try:
        target.write_bytes(data)
    except OSError as exc:
        _err(f"No se pudo guardar {target}: {exc.strerror or exc}.")
        return FAILED
    print(f"Plantilla guardada en {target}. Complétela y cárguela con "
          f"«pisac-desktop import organization {target.name}».")
    return OK


def import_organization(paths: DataPaths, file: Path, dry_run: bool) -> int:
    from pisac_desktop.core.errors import DomainError, ValidationFailed
    from pisac_desktop.moving_in.organization import import_organization as do_import
    from pisac_desktop.moving_in.organization import preview_organization

    try:
        content = file.read_bytes()
    except OSError as exc:
        _err(f"No se puede leer {file}: {exc.strerror or exc}.")
        return FAILED
    opened = _open(paths)
    if opened is None:
        return FAILED
    try:
        with opened.db.session() as session:
            preview = preview_organization(session, cli_actor(), file.name, content)
        _print_preview(preview)
        if not preview.ok:
            _err("No se importó nada: corrija el archivo y vuelva a intentarlo.")
            return REFUSED
        if dry_run or not preview.changes:
            print("No se cambió nada" + (" (--dry-run)." if dry_run else ": no hay cambios."))
            return OK
        with opened.db.session() as session:
            do_import(session, cli_actor(), file.name, content)
    except ValidationFailed as exc:
        for error in exc.errors:
            _err(error.message)
        return REFUSED
    except DomainError as exc:
        _err(str(exc))
        return REFUSED
    finally:
        opened.db.dispose()
    print(f"Organización importada (SHA-256 del archivo {preview.sha256}).")
    return OK


def _print_preview(preview) -> None:
    print(preview.summary)
    for problem in preview.problems:
        print(f"  × {problem}")
    for row in preview.rows:
        if row.action == "Sin cambios":
            continue
        print(f"  {row.sheet}, fila {row.row}: {row.record} — {row.action}")
        for problem in row.problems:
            print(f"      × {problem}")
