"""Command-line administration for the office's IT person: backup, restore, check, audit-verify,
export, unlock, verify. Whoever can run them holds the data folder: they act as the administrator without
signing in, and the audit trail records the operating-system user and the machine.

Exit codes: 0 done / sound; 1 failed or found a problem; 2 refused (e.g. no confirmation).
Messages in Spanish, never a traceback. Never imports Qt.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import time
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
            return restore(paths, Path(args.file), args.yes,
                           other_institution=getattr(args, "other_institution", False),
                           into=getattr(args, "into", None))
        against = tuple(Path(p) for p in getattr(args, "against", None) or ())
        if command == "check":
            return check(paths, against)
        if command == "export":
            return export(paths, args.year, tuple(args.kinds or ()), Path(args.target_dir))
        if command == "unlock":
            return unlock(paths, args.username)
        if command == "verify":
            return verify_code(paths, " ".join(args.code))
        if command == "db":
            return move_to_server(paths, args.url, args.switch, args.ask_password)
        if getattr(args, "head", None):
            return verify_head(paths, args.head)
        if getattr(args, "certificate", None):
            return write_certificate(paths, Path(args.certificate))
        return audit_verify(paths, against)
    except KeyboardInterrupt:
        _err("Interrumpido.")
        return FAILED
    except Exception as exc:
        log.exception("Command %s failed", command)
        _err(f"Error inesperado: {exc}. Los detalles están en el registro de {paths.logs}.")
        return FAILED


def os_user() -> str:
    """The operating-system account running this process, from the account itself rather than
    from environment variables (USER, USERNAME), which anyone can set to another name."""
    name = ""
    try:
        if os.name == "posix":
            import pwd

            name = pwd.getpwuid(os.getuid()).pw_name
        else:
            name = os.getlogin()  # Windows: GetUserNameW, the account of the process
    except (OSError, KeyError, ImportError):
        try:
            name = getpass.getuser()
        except Exception:  # no user name anywhere (OSError; ImportError on old Pythons)
            name = ""
    name = "".join(c for c in name if c.isprintable())[:60].strip()
    return name or "desconocido"


def cli_actor():
    """The IT person at the command line: the administrator's rights, recorded in the audit trail
    as «sistema», «por: línea de órdenes (usuario del sistema «juan»)» at this machine."""
    from pisac_desktop.core.audit import workstation_name
    from pisac_desktop.core.permissions import Actor

    return Actor.system(f"línea de órdenes (usuario del sistema «{os_user()}»)",
                        workstation_name())


def export(paths: DataPaths, year: int, kinds: tuple[str, ...], target: Path) -> int:
    """pisac-desktop export --year 2026 [--kind RA] --to DIR"""
    from pisac_desktop.export import export_year
    from pisac_desktop.instruments.kinds import kinds as instrument_kinds

    opened = _open(paths)
    if opened is None:
        return FAILED
    try:
        with opened.db.session() as session:
            # The documents' kinds only: not the council's numbering series (summonses, sessions).
            shorts = {k.short: k.code for k in instrument_kinds(session)}
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


def move_to_server(paths: DataPaths, url: str, switch: bool, ask_password: bool) -> int:
    """pisac-desktop db move-to-server URL [--switch] [--ask-password]"""
    from pisac_desktop.config import SettingsError
    from pisac_desktop.db.schema import SchemaError
    from pisac_desktop.db.transfer import TargetNotEmptyError, TransferError
    from pisac_desktop.server_move import MoveError, MoveRefused, server_url, summary
    from pisac_desktop.server_move import move_to_server as move

    try:
        if ask_password:
            url = server_url(url).set(password=getpass.getpass("Clave de PostgreSQL: ")) \
                .render_as_string(hide_password=False)
        result = move(paths, url, cli_actor(), switch,
                      progress=lambda table, rows: print(f"\r{table}: {rows} filas", end="",
                                                         flush=True))
    except (TargetNotEmptyError, MoveRefused) as exc:
        _err(str(exc))
        return REFUSED
    except (MoveError, TransferError, SchemaError, SettingsError) as exc:
        print(file=sys.stderr)
        _err(str(exc))
        return FAILED
    print()
    print("\n".join(summary(result)))
    return OK


def unlock(paths: DataPaths, username: str) -> int:
    """pisac-desktop unlock USUARIO: the way back in when failed attempts locked an account."""
    from pisac_desktop.config import SettingsError
    from pisac_desktop.core.accounts import unlock_user
    from pisac_desktop.core.backups import configured_file
    from pisac_desktop.core.errors import DomainError

    try:
        database = configured_file(paths)
    except SettingsError as exc:
        _err(str(exc))
        return FAILED
    if database is not None and not database.exists():  # never create one just to unlock
        _err(f"No hay ninguna base de datos en {database}.")
        return FAILED
    opened = _open(paths)
    if opened is None:
        return FAILED
    try:
        with opened.db.session() as session:
            was_locked = unlock_user(session, cli_actor(), username)
    except DomainError as exc:
        _err(str(exc))
        return FAILED
    finally:
        opened.db.dispose()
    name = username.strip().lower()
    if was_locked:
        print(f"La cuenta «{name}» fue desbloqueada; ya puede iniciar sesión con su contraseña.")
    else:
        print(f"La cuenta «{name}» no estaba bloqueada; se reiniciaron sus intentos fallidos. "
              "Si olvidó su contraseña, un administrador debe restablecerla.")
    return OK


def open_or_explain(paths: DataPaths):
    """open_database(), or None after telling why it cannot be used (for the other command
    modules: moving_in_cli.py)."""
    return _open(paths)


def _open(paths: DataPaths):
    """open_database(), or None after telling why it cannot be used."""
    from pisac_desktop.config import SettingsError
    from pisac_desktop.db.schema import SchemaError
    from pisac_desktop.startup import open_database

    try:
        return open_database(paths)
    except (SchemaError, SettingsError) as exc:
        _err(str(exc))
        return None


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def backup(paths: DataPaths, target_dir: Path | None) -> int:
    from pisac_desktop.config import SettingsError
    from pisac_desktop.core.backups import BackupError, backup_now, configured_file
    from pisac_desktop.core.server_backups import where_copies_go

    try:
        database = configured_file(paths)
    except SettingsError as exc:
        _err(str(exc))
        return FAILED
    if database is not None and not database.exists():
        _err(f"No hay ninguna base de datos en {database}: no hay nada que respaldar.")
        return FAILED
    opened = _open(paths)
    if opened is None:
        return FAILED
    started = time.perf_counter()
    try:
        info = backup_now(opened.db, paths, cli_actor(), target_dir)
    except BackupError as exc:
        _err(str(exc))
        return FAILED
    finally:
        opened.db.dispose()
    seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")
    print(f"Copia de seguridad creada y verificada ({info.state}): {info.path} "
          f"({info.size_text}, en {seconds} s).")
    if database is None:
        print(where_copies_go(paths, opened.db))
    return OK


def restore(paths: DataPaths, file: Path, yes: bool,
            ask: Callable[[str], str] = input, is_terminal: Callable[[], bool] | None = None,
            other_institution: bool = False, into: str | None = None) -> int:
    from pisac_desktop.config import SettingsError
    from pisac_desktop.core.backups import BackupError, ForeignBackup, configured_file
    from pisac_desktop.db.schema import SchemaError
    from pisac_desktop.restore import check_restorable, restore_backup

    try:
        if into or configured_file(paths) is None:
            return restore_to_server(paths, file, yes, into, ask, is_terminal)
        info = check_restorable(file, configured_file(paths), other_institution)
    except ForeignBackup as exc:
        _err(f"{exc} Si de verdad quiere reemplazar los datos de esta institución por los de "
             "esa copia, agregue --other-institution.")
        return REFUSED
    except (BackupError, SettingsError) as exc:
        _err(str(exc))
        return FAILED
    if not yes:
        refused = _confirm(f"¿Reemplazar la base de datos actual por {file} (copia del "
                           f"{info.created_text}, {info.versions_text})? [s/N] ", ask,
                           is_terminal)
        if refused is not None:
            return refused
    try:
        result = restore_backup(paths, file, cli_actor(),
                                allow_other_institution=other_institution)
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
    for note in result.notes:
        print(note)
    if result.warning:
        _err(result.warning)
    return OK


def _confirm(question: str, ask: Callable[[str], str],
             is_terminal: Callable[[], bool] | None) -> int | None:
    """None when the user said yes; else the exit code, after saying why."""
    terminal = is_terminal() if is_terminal else sys.stdin.isatty()
    if not terminal:
        _err("No se restauró nada: la entrada no es una terminal y no se puede pedir "
             "confirmación. Para confirmar desde un guion, agregue --yes.")
        return REFUSED
    try:
        answer = ask(question)
    except EOFError:
        answer = ""
    if answer.strip().lower() not in ("s", "si", "sí", "y", "yes"):
        print("Cancelado: no se cambió nada.")
        return REFUSED
    return None


def restore_to_server(paths: DataPaths, file: Path, yes: bool, into: str | None,
                      ask: Callable[[str], str] = input,
                      is_terminal: Callable[[], bool] | None = None) -> int:
    """restore ARCHIVO.pgdump [--into URL]: into an empty server database, never over data."""
    from pisac_desktop.config import SettingsError
    from pisac_desktop.core.backups import BackupError
    from pisac_desktop.core.server_backups import (
        NotEmptyDatabase,
        check_server_restorable,
        display,
        target_url,
    )
    from pisac_desktop.restore import restore_server_backup

    try:
        url = target_url(paths, into)
        info, _facts, _tool = check_server_restorable(paths, file, url)
    except (BackupError, SettingsError) as exc:
        _err(str(exc))
        return REFUSED if isinstance(exc, NotEmptyDatabase) else FAILED
    if not yes:
        refused = _confirm(f"¿Restaurar {file} (copia del {info.created_text}, "
                           f"{info.versions_text}) en la base de datos vacía {display(url)}? "
                           "[s/N] ", ask, is_terminal)
        if refused is not None:
            return refused
    try:
        result = restore_server_backup(paths, file, cli_actor(), into)
    except (BackupError, SettingsError) as exc:
        _err(str(exc))
        return FAILED
    print(f"Copia {file} (del {info.created_text}) restaurada en {result.location}.")
    if result.migrated_from:
        print(f"La copia era del esquema {result.migrated_from} y se actualizó.")
    for note in result.notes:
        print(note)
    if result.chain:
        print(result.chain)
    if into:
        print("Para trabajar con ella, ponga esa dirección en la url de [base_de_datos] de "
              "configuracion.ini en cada PC (o en Configuración › Conexión a la base de datos).")
    if result.warning:
        _err(result.warning)
        return FAILED
    return OK


def check(paths: DataPaths, against: tuple[Path, ...] = ()) -> int:
    """integrity_check of the file, the audit chain, its anchors outside the database, the
    sealed content of issued documents and the reference data; 0 only when all are sound."""
    print(f"Verificación de Pisac Desktop en {paths.root}")
    file_ok, db = _check_file(paths, quick=False)
    if db is None:
        return FAILED
    try:
        chain_ok = _check_chain(db, paths, against)
        reference_ok = _check_reference_data(db)
    finally:
        db.dispose()
    sound = file_ok and chain_ok and reference_ok
    print("Resultado: todo está íntegro." if sound else "Resultado: se encontraron problemas.")
    return OK if sound else FAILED


def audit_verify(paths: DataPaths, against: tuple[Path, ...] = ()) -> int:
    _file_ok, db = _check_file(paths, quick=True, report=False)
    if db is None:
        return FAILED
    try:
        return OK if _check_chain(db, paths, against) else FAILED
    finally:
        db.dispose()


def verify_head(paths: DataPaths, words: list[str]) -> int:
    """audit-verify --head N HUELLA: the head printed on a constancia, typed back."""
    from pisac_desktop.core.errors import ValidationFailed
    from pisac_desktop.core.integrity import check_typed_head, parse_head

    try:
        head = parse_head(words[0], "".join(words[1:]))
    except ValidationFailed as exc:
        for error in exc.errors:
            _err(error.message)
        return REFUSED
    _file_ok, db = _check_file(paths, quick=True, report=False)
    if db is None:
        return FAILED
    try:
        with db.session() as session:
            result = check_typed_head(session, head)
    finally:
        db.dispose()
    print(result.message)
    return OK if result.ok else FAILED


def write_certificate(paths: DataPaths, target: Path) -> int:
    """audit-verify --constancia ARCHIVO.pdf: the Constancia de integridad del registro."""
    from pisac_desktop.config import SettingsError
    from pisac_desktop.core.integrity import certificate_pdf
    from pisac_desktop.db.schema import SchemaError
    from pisac_desktop.startup import open_database

    try:
        opened = open_database(paths)
    except (SchemaError, SettingsError) as exc:
        _err(str(exc))
        return FAILED
    try:
        with opened.db.session() as session:
            pdf, _name, head = certificate_pdf(session, cli_actor())
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(pdf)
    except OSError as exc:
        _err(f"No se pudo escribir {target}: {exc.strerror or exc}.")
        return FAILED
    finally:
        opened.db.dispose()
    print(f"Constancia de integridad guardada en {target}: entrada N° {head.entry}, huella "
          f"{head.grouped}.")
    return OK


def _check_file(paths: DataPaths, quick: bool, report: bool = True):
    """(file sound?, Database to read the chain from or None when it must not be opened)."""
    from pisac_desktop.config import SettingsError
    from pisac_desktop.core.backups import configured_file
    from pisac_desktop.db.engine import Database
    from pisac_desktop.db.health import DatabaseBusyError, file_problem

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


def _check_chain(db, paths: DataPaths, against: tuple[Path, ...] = ()) -> bool:
    from sqlalchemy import inspect
    from sqlalchemy.exc import SQLAlchemyError

    from pisac_desktop.core.errors import DomainError
    from pisac_desktop.core.integrity import check_trail

    try:
        with db.engine.connect() as conn:
            has_trail = inspect(conn).has_table("audit_entry")
        if not has_trail:
            print("Registro de auditoría: esta base de datos aún no lo tiene (esquema anterior); "
                  "se creará al abrirla con la aplicación.")
            return True
        with db.session() as session:
            report = check_trail(session, paths.backups, against)
    except DomainError as exc:
        _err(str(exc))
        return False
    except SQLAlchemyError as exc:
        print(f"Registro de auditoría: no se pudo leer ({getattr(exc, 'orig', exc)}).")
        return False
    print(report.text)
    return report.ok


def verify_code(paths: DataPaths, text: str) -> int:
    """`pisac-desktop verify MDP-7K3Q-9XW2`: what was issued under a printed code."""
    from pisac_desktop.core.verification import MistypedCode, UnknownCode, verify

    opened = _open(paths)
    if opened is None:
        return FAILED
    try:
        with opened.db.session() as session:
            found = verify(session, text)
    except MistypedCode as exc:
        _err(str(exc))
        return REFUSED
    except UnknownCode as exc:
        _err(str(exc))
        return FAILED
    finally:
        opened.db.dispose()
    if found.annulled:
        print(f"*** {found.state.split(' — ')[0]} ***")
    for label, value in found.lines():
        print(f"{label + ':':<16}{value}")
    return OK if found.matches else FAILED


def _check_reference_data(db) -> bool:
    """Document kinds, institution, council and calendar defaults (never repaired here)."""
    from sqlalchemy.exc import SQLAlchemyError

    from pisac_desktop.reference_data import missing_in

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
