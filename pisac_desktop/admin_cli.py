"""Command-line administration for the office's IT person: backup, restore, check, audit-verify.

Exit codes: 0 done / sound; 1 failed or found a problem; 2 refused (e.g. no confirmation).
Messages in Spanish, never a traceback. Never imports Qt.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from pisac_desktop.paths import DataPaths

OK, FAILED, REFUSED = 0, 1, 2
log = logging.getLogger(__name__)


def run(command: str, paths: DataPaths, args: argparse.Namespace) -> int:
    """Dispatch a subcommand; anything unexpected is logged and explained, never a traceback."""
    try:
        if command == "backup":
            return backup(paths, Path(args.target_dir) if args.target_dir else None)
        if command == "restore":
            return restore(paths, Path(args.file), args.yes)
        if command == "check":
            return check(paths)
        if command == "export":
            return export(paths, args.year, tuple(args.kinds or ()), Path(args.target_dir))
        return audit_verify(paths)
    except KeyboardInterrupt:
        _err("Interrumpido.")
        return FAILED
    except Exception as exc:
        log.exception("Command %s failed", command)
        _err(f"Error inesperado: {exc}. Los detalles están en el registro de {paths.logs}.")
        return FAILED


def cli_actor():
    from pisac_desktop.domain.permissions import Actor

    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment
        user = "desconocido"
    return Actor.system(f"línea de órdenes ({user})")


def export(paths: DataPaths, year: int, kinds: tuple[str, ...], target: Path) -> int:
    """pisac-desktop export --year 2026 [--kind RA] --to DIR"""
    from sqlalchemy import select

    from pisac_desktop.config import SettingsError
    from pisac_desktop.db.models import InstrumentKind
    from pisac_desktop.db.schema import SchemaError
    from pisac_desktop.domain.instrument_documents import export_year
    from pisac_desktop.startup import open_database

    try:
        opened = open_database(paths)
    except (SchemaError, SettingsError) as exc:
        _err(str(exc))
        return FAILED
    try:
        with opened.db.session() as session:
            shorts = {k.short: k.code for k in session.scalars(select(InstrumentKind))}
            unknown = [k for k in kinds if k.upper() not in shorts]
            if unknown:
                _err(f"Tipo desconocido: {', '.join(unknown)}. Use: {', '.join(sorted(shorts))}.")
                return REFUSED

            def progress(done: int, total: int) -> bool:
                print(f"\r{done} de {total} documentos", end="", flush=True)
                return True

            result = export_year(session, cli_actor(), year, target,
                                 tuple(shorts[k.upper()] for k in kinds), progress)
        sessions = f", {result.sessions} sesiones de concejo" if result.sessions else ""
        print(f"\n{result.documents} documentos{sessions} y {result.books} registros exportados "
              f"a {result.folder}")
        return OK
    finally:
        opened.db.dispose()


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def backup(paths: DataPaths, target_dir: Path | None) -> int:
    from pisac_desktop.config import SettingsError
    from pisac_desktop.db.schema import SchemaError
    from pisac_desktop.domain.backup import (
        SERVER_MESSAGE,
        BackupError,
        backup_now,
        configured_file,
    )
    from pisac_desktop.startup import open_database

    try:
        database = configured_file(paths)
    except SettingsError as exc:
        _err(str(exc))
        return FAILED
    if database is None:
        _err(SERVER_MESSAGE)
        return FAILED
    if not database.exists():
        _err(f"No hay ninguna base de datos en {database}: no hay nada que respaldar.")
        return FAILED
    try:
        opened = open_database(paths)
    except (SchemaError, SettingsError) as exc:
        _err(str(exc))
        return FAILED
    try:
        info = backup_now(opened.db, paths, cli_actor(), target_dir)
    except BackupError as exc:
        _err(str(exc))
        return FAILED
    finally:
        opened.db.dispose()
    print(f"Copia de seguridad creada y verificada ({info.state}): {info.path} "
          f"({info.size_text}).")
    return OK


def restore(paths: DataPaths, file: Path, yes: bool,
            ask: Callable[[str], str] = input, is_terminal: Callable[[], bool] | None = None) -> int:
    from pisac_desktop.config import SettingsError
    from pisac_desktop.db.schema import SchemaError
    from pisac_desktop.domain.backup import BackupError, check_restorable, restore_backup

    try:
        info = check_restorable(file)
    except BackupError as exc:
        _err(str(exc))
        return FAILED
    if not yes:
        terminal = is_terminal() if is_terminal else sys.stdin.isatty()
        if not terminal:
            _err("No se restauró nada: la entrada no es una terminal y no se puede pedir "
                 "confirmación. Para confirmar desde un guion, agregue --yes.")
            return REFUSED
        question = (f"¿Reemplazar la base de datos actual por {file} (copia del "
                    f"{info.created_text}, {info.versions_text})? [s/N] ")
        try:
            answer = ask(question)
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("s", "si", "sí", "y", "yes"):
            print("Cancelado: no se cambió nada.")
            return REFUSED
    try:
        result = restore_backup(paths, file, cli_actor())
    except (BackupError, SchemaError, SettingsError) as exc:
        _err(str(exc))
        return FAILED
    print(f"Base de datos restaurada desde {file} (copia del {info.created_text}).")
    if result.safety_backup is not None:
        print(f"La base de datos reemplazada se guardó en {result.safety_backup.path}.")
    if result.moved_aside is not None:
        print(f"La base de datos dañada se conservó como {result.moved_aside}.")
    if result.migrated_from:
        print(f"La copia era del esquema {result.migrated_from} y se actualizó.")
    return OK


def check(paths: DataPaths) -> int:
    """integrity_check of the file, the audit chain and the reference data; 0 only when all
    are sound."""
    print(f"Verificación de Pisac Desktop en {paths.root}")
    file_ok, db = _check_file(paths, quick=False)
    if db is None:
        return FAILED
    try:
        chain_ok = _check_chain(db)
        reference_ok = _check_reference_data(db)
    finally:
        db.dispose()
    sound = file_ok and chain_ok and reference_ok
    print("Resultado: todo está íntegro." if sound else "Resultado: se encontraron problemas.")
    return OK if sound else FAILED


def audit_verify(paths: DataPaths) -> int:
    _file_ok, db = _check_file(paths, quick=True, report=False)
    if db is None:
        return FAILED
    try:
        return OK if _check_chain(db) else FAILED
    finally:
        db.dispose()


def _check_file(paths: DataPaths, quick: bool, report: bool = True):
    """(file sound?, Database to read the chain from or None when it must not be opened)."""
    from pisac_desktop.config import SettingsError
    from pisac_desktop.db.engine import Database
    from pisac_desktop.db.health import DatabaseBusyError, file_problem
    from pisac_desktop.domain.backup import configured_file

    try:
        database = configured_file(paths)
        db = Database.for_data_dir(paths)
    except SettingsError as exc:
        _err(str(exc))
        return False, None
    if database is None:
        if report:
            print("Base de datos: en un servidor; su integridad se comprueba con las "
                  "herramientas del servidor.")
        return True, db
    if not database.exists():
        _err(f"No hay ninguna base de datos en {database}.")
        return False, None
    try:
        problem = file_problem(database, quick=quick)
    except (DatabaseBusyError, OSError) as exc:
        _err(f"Base de datos: no se pudo verificar: {exc}")
        return False, None
    if problem is not None:
        print(f"Base de datos: DAÑADA: {problem}.")
        print("Registro de auditoría: no se verificó (la base de datos está dañada). Restaure "
              "una copia con «pisac-desktop restore ARCHIVO».")
        if report:
            print("Resultado: se encontraron problemas.")
        return False, None
    if report:
        print(f"Base de datos: íntegra ({'quick_check' if quick else 'integrity_check'} "
              f"correcto) — {database}")
    return True, db


def _check_chain(db) -> bool:
    from sqlalchemy import inspect
    from sqlalchemy.exc import SQLAlchemyError

    from pisac_desktop.domain.audit import verify_chain

    try:
        with db.engine.connect() as conn:
            has_trail = inspect(conn).has_table("audit_entry")
        if not has_trail:
            print("Registro de auditoría: esta base de datos aún no lo tiene (esquema anterior); "
                  "se creará al abrirla con la aplicación.")
            return True
        with db.session() as session:
            report = verify_chain(session)
    except SQLAlchemyError as exc:
        print(f"Registro de auditoría: no se pudo leer ({getattr(exc, 'orig', exc)}).")
        return False
    print(report.message)
    return report.ok


def _check_reference_data(db) -> bool:
    """Document kinds, institution, council and calendar defaults (never repaired here)."""
    from sqlalchemy.exc import SQLAlchemyError

    from pisac_desktop.domain.reference_data import missing_in

    try:
        missing = missing_in(db)
    except SQLAlchemyError as exc:
        print(f"Datos de referencia: no se pudieron leer ({getattr(exc, 'orig', exc)}).")
        return False
    if missing is None:
        print("Datos de referencia: no se verificaron (la base de datos aún no está en el "
              "esquema de esta versión); se completarán al abrirla con la aplicación.")
    elif missing:
        print(f"Datos de referencia: FALTAN {'; '.join(missing)}. Se completarán la próxima vez "
              "que se abra Pisac Desktop (o cualquier orden que abra la base de datos, como "
              "«pisac-desktop backup»); luego vuelva a ejecutar «pisac-desktop check».")
    else:
        print("Datos de referencia: completos (tipos de documento, institución, concejo y "
              "calendario).")
    return not missing
