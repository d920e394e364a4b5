"""`pisac-desktop import register|scans`: moving an office in from the command line.

    pisac-desktop import register REGISTRO.xlsx --kind RA [--year 2023] [--dry-run]
    pisac-desktop import scans CARPETA [--dry-run]

The preview is printed as a table (each row with its problems) before anything is written; a
blocking problem writes nothing and ends with code 1. The IT person acts as the administrator
(the audit trail names the operating-system user and the machine, like the other commands).
Exit codes: 0 done (or a preview with nothing blocking); 1 problems found or failed; 2 refused
(an unknown kind, a file or folder that does not exist). Never imports Qt."""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import textwrap
from pathlib import Path

from pisac_desktop.admin_cli import open_or_explain
from pisac_desktop.paths import DataPaths

OK, FAILED, REFUSED = 0, 1, 2
log = logging.getLogger(__name__)
FIELD_NAMES = {"numero": "number", "fecha": "date", "sumilla": "summary", "visto": "seen",
               "firmante": "signer", "estado": "state", "tipo": "kind"}


def add_commands(commands):
    """`import register` and `import scans` under the program's commands; returns the `import`
    parser and its actions (moving_in_cli.py adds `import --all` and `import organization`)."""
    parser = commands.add_parser(
        "import", help="importa los registros anteriores al sistema o el archivo escaneado",
        description="Para empezar a usar Pisac Desktop con lo que la oficina ya tiene: sus "
        "registros de normas y resoluciones en Excel o CSV, y sus documentos escaneados.")
    actions = parser.add_subparsers(dest="import_action", title="acciones", metavar="ACCIÓN")
    register = actions.add_parser(
        "register", help="importa un registro (Excel o CSV) como registros históricos",
        description="Lee el registro (los encabezados pueden estar debajo de filas de título), "
        "adivina la columna de cada dato por su encabezado, muestra cada fila con sus problemas "
        "y, si ninguno lo impide, importa todo el archivo (todo o nada) como registros "
        "históricos: con su número y su fecha tal como están, sin volver a numerarlos ni "
        "imprimirlos. La numeración del tipo continúa después del número más alto importado.")
    register.add_argument("file", metavar="ARCHIVO", help="el registro (.xlsx o .csv)")
    register.add_argument("--kind", required=True, metavar="TIPO",
                          help="tipo de documento de las filas (RA, RGM, OM, AC, RC, DA, DIR); "
                          "una fila que dice otro tipo («RC N° 003-2023») se registra con el suyo")
    register.add_argument("--year", type=int, metavar="AÑO",
                          help="año del registro (sin él, el de cada número o fecha)")
    register.add_argument("--columna", action="append", metavar="CAMPO=COLUMNA",
                          dest="columns", default=[],
                          help="la columna de un dato, si la adivinada no es la correcta: "
                          "numero, fecha, sumilla, visto, firmante, estado o tipo = letra de "
                          "la columna (p. ej. sumilla=D; sumilla= para ninguna); se puede "
                          "repetir")
    register.add_argument("--fila-encabezados", type=int, metavar="N", dest="header_row",
                          help="la fila de los encabezados (1 = la primera del archivo)")
    register.add_argument("--dry-run", action="store_true",
                          help="solo muestra la vista previa; no importa nada")
    scans = actions.add_parser(
        "scans", help="adjunta los documentos escaneados de una carpeta",
        description="Recorre la carpeta (y sus subcarpetas) y relaciona cada archivo con su "
        "documento por el nombre (RA-045-2024.pdf, Resolución de Alcaldía 045-2024.pdf, "
        "Ordenanza Municipal N° 012-2023.pdf) o con su acta (Libro 3 folio 45.pdf, "
        "L03-F045.pdf, Acta 2024-03-15.pdf); muestra las coincidencias, las ambigüedades y los "
        "archivos sin documento, y adjunta las coincidencias con su huella SHA-256. Lo ya "
        "adjuntado no se adjunta de nuevo.")
    scans.add_argument("folder", metavar="CARPETA", help="la carpeta de los escaneados")
    scans.add_argument("--dry-run", action="store_true",
                       help="solo muestra la vista previa; no adjunta nada")
    for sub in (parser, *actions.choices.values()):
        sub._optionals.title = "opciones"
        sub._positionals.title = "argumentos"
    return parser, actions


def run(paths: DataPaths, args: argparse.Namespace) -> int:
    """Dispatch; anything unexpected is logged and explained, never a traceback."""
    try:
        if args.import_action == "register":
            return import_register(paths, Path(args.file), args.kind, args.year,
                                   args.columns, args.header_row, args.dry_run)
        return import_scans(paths, Path(args.folder), args.dry_run)
    except KeyboardInterrupt:
        _err("Interrumpido: no se importó nada.")
        return FAILED
    except Exception as exc:
        log.exception("import %s failed", args.import_action)
        _err(f"Error inesperado: {exc}. Los detalles están en el registro de {paths.logs}.")
        return FAILED


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def parse_columns(items: list[str]) -> dict[str, int | None]:
    """['sumilla=D', 'visto='] -> {'summary': 3, 'seen': None}; ValueError in Spanish."""
    from pisac_desktop.core.tabular import column_index

    chosen: dict[str, int | None] = {}
    for item in items:
        name, _, letter = item.partition("=")
        field = FIELD_NAMES.get(name.strip().lower().replace("ú", "u"))
        if field is None:
            raise ValueError(f"«{name}» no es un dato del registro: use "
                             f"{', '.join(FIELD_NAMES)}.")
        index = column_index(letter) if letter.strip() else None
        if letter.strip() and index is None:
            raise ValueError(f"«{letter}» no es una columna (A, B, C…).")
        chosen[field] = index
    return chosen


def _kind_code(session, text: str) -> str | None:
    from pisac_desktop.instruments.kinds import kinds

    for kind in kinds(session):
        if text.strip().upper() in (kind.short.upper(), kind.code):
            return kind.code
    return None


def import_register(paths: DataPaths, file: Path, kind: str, year: int | None,
                    columns: list[str], header_row: int | None, dry_run: bool) -> int:
    from pisac_desktop.admin_cli import cli_actor
    from pisac_desktop.core.errors import DomainError, ValidationFailed
    from pisac_desktop.instruments.historic import import_register as do_import
    from pisac_desktop.instruments.historic import preview_register
    from pisac_desktop.instruments.kinds import kinds

    if not file.is_file():
        _err(f"No existe el archivo {file}.")
        return REFUSED
    try:
        mapping = parse_columns(columns)
    except ValueError as exc:
        _err(str(exc))
        return REFUSED
    content = file.read_bytes()
    opened = open_or_explain(paths)
    if opened is None:
        return FAILED
    try:
        with opened.db.session() as session:
            code = _kind_code(session, kind)
            if code is None:
                _err(f"Tipo desconocido: {kind}. Use: "
                     f"{', '.join(k.short for k in kinds(session))}.")
                return REFUSED
            try:
                preview = preview_register(session, file.name, content, code, year, mapping,
                                           header_row)
            except ValidationFailed as exc:
                _err(str(exc))
                return FAILED
        print_register_preview(preview)
        if not preview.importable:
            _err(preview.refusal_text())
            return FAILED
        if dry_run:
            print("Vista previa: no se importó nada (sin --dry-run, se importa).")
            return OK
        try:
            with opened.db.session() as session:
                result = do_import(session, cli_actor(), file.name, content, code, year,
                                   mapping, header_row)
        except (DomainError, ValidationFailed) as exc:
            _err(str(exc))
            return FAILED
        print(result.text())
        print(f"Archivo: {file.name} (SHA-256 {result.sha256}).")
        return OK
    finally:
        opened.db.dispose()


def _width() -> int:
    return max(100, min(shutil.get_terminal_size((120, 40)).columns, 160))


def print_register_preview(preview) -> None:
    from pisac_desktop.instruments.register_file import FIELD_LABELS

    print(f"Archivo: {preview.file_name} ({preview.source})")
    if preview.header_row:
        print(f"Encabezados en la fila {preview.header_row}.")
    chosen = [f"{FIELD_LABELS[f]} = {preview.headers[c]}" for f, c in preview.mapping.items()
              if c is not None and c < len(preview.headers)]
    print("Columnas: " + ("; ".join(chosen) if chosen else "ninguna") + ".")
    for problem in preview.file_problems:
        print(f"IMPIDE: {problem}")
    width = _width()
    head = f"{'Fila':>5}  {'Número':<24}  {'Fecha':<10}  {'Sumilla':<40}  Problemas"
    print(head)
    print("-" * min(width, len(head) + 30))
    indent = " " * 87  # under the problems' column
    for row in preview.rows:
        number = row.number_as_given or "—"
        summary = row.summary if len(row.summary) <= 40 else row.summary[:39] + "…"
        problems = row.problems_text or "—"
        # Wrapped under its column on a terminal; whole, one line per row, into a file or a
        # pipe (grep).
        lines = (textwrap.wrap(problems, max(30, width - 87)) or [problems]) \
            if sys.stdout.isatty() else [problems]
        print(f"{row.row_number:>5}  {number[:24]:<24}  {row.date_shown[:10]:<10}  "
              f"{summary:<40}  {lines[0]}")
        for more in lines[1:]:
            print(indent + more)
    print(preview.summary_text())


def import_scans(paths: DataPaths, folder: Path, dry_run: bool) -> int:
    from pisac_desktop.admin_cli import cli_actor
    from pisac_desktop.core.errors import DomainError, ValidationFailed
    from pisac_desktop.council.archive_scans import attach_scans, preview_scans

    if not folder.is_dir():
        _err(f"No existe la carpeta {folder}.")
        return REFUSED
    opened = open_or_explain(paths)
    if opened is None:
        return FAILED
    try:
        with opened.db.session() as session:
            preview = preview_scans(session, folder)
        print_scan_preview(preview)
        if dry_run:
            print("Vista previa: no se adjuntó nada (sin --dry-run, se adjuntan).")
            return OK
        try:
            with opened.db.session() as session:
                result = attach_scans(session, cli_actor(), folder)
        except (DomainError, ValidationFailed) as exc:
            _err(str(exc))
            return FAILED
        print(result.text())
        return OK
    finally:
        opened.db.dispose()


def print_scan_preview(preview) -> None:
    print(f"Carpeta: {preview.folder}")
    head = f"{'Archivo':<44}  {'Resultado':<14}  Documento o motivo"
    print(head)
    print("-" * (len(head) + 30))
    for item in preview.items:
        name = item.path if len(item.path) <= 44 else "…" + item.path[-43:]
        print(f"{name:<44}  {item.status_label:<14}  {item.target_label or item.reason}")
    print(preview.summary_text())
