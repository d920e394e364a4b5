"""`pisac-desktop db move-to-server URL`: an office that started on one PC moves its local SQLite
database to an empty PostgreSQL database on the office server, without retyping anything.

How (db/transfer.py does the copy):
1. The local database is opened as at every start: an older one is backed up and upgraded, so
   the server always receives a database at this version's schema.
2. The local file is locked for writing (BEGIN IMMEDIATE) while it is read: a workstation still
   working on it waits, and nothing it writes can be left behind.
3. On the server, in ONE transaction: refuse unless the database is empty; create the schema of
   the same revision; copy every table in foreign-key order keeping the ids; set the sequences;
   verify (rows per table, the audit chain and its head, the numbering counters); record the
   move in the audit trail. Any failure rolls everything back: the server stays empty.
4. With --switch, the data folder then uses the server: configuracion.ini gets the url (the
   password goes to the private password file), and the local file is renamed
   «pisac-trasladada-al-servidor-AAAA-MM-DD.sqlite3», with a note beside it, so nobody keeps
   working on a copy the office no longer uses (a url emptied by mistake opens a new, empty
   database instead of old data). Without --switch nothing changes locally.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session

from pisac_desktop.clock import SESSION_KEY, SYSTEM_CLOCK, Clock
from pisac_desktop.config import load_settings, save_database_url
from pisac_desktop.core.audit import ChainReport, record, verify_chain
from pisac_desktop.core.audit_anchor import Head, live_head
from pisac_desktop.core.permissions import Actor
from pisac_desktop.db.engine import make_engine
from pisac_desktop.db.models import NumberSequence
from pisac_desktop.db.transfer import BATCH_ROWS, CopyReport, Progress, copy_database, count_rows
from pisac_desktop.paths import DataPaths, write_private_text

log = logging.getLogger(__name__)

MOVED_NOTE = "LEAME-base-de-datos-trasladada.txt"


class MoveError(Exception):
    """The move did not happen; the message is in Spanish and says what stayed as it was."""


class MoveRefused(MoveError):
    """Nothing to move, or not there: a wrong url, a data folder already on a server."""


@dataclass(frozen=True)
class MoveResult:
    server: str  # the server database, password hidden
    copy: CopyReport
    head: Head  # the audit trail's head on the server, the move's own entry included
    chain: ChainReport
    switched: bool
    old_file: Path | None = None  # the renamed local file (--switch)
    warning: str = ""  # Spanish: something left for the IT person after a successful move


def server_url(text: str) -> URL:
    """The PostgreSQL url typed by the IT person (driver psycopg unless named)."""
    try:
        url = make_url(text.strip())
    except ArgumentError:
        url = None
    if url is None or url.get_backend_name() != "postgresql" or not url.database:
        raise MoveRefused(
            f"«{text}» no es la dirección de una base de datos PostgreSQL. Escríbala así: "
            "postgresql+psycopg://usuario@servidor:5432/base (la clave se puede pedir con "
            "--ask-password para que no quede en el historial).")
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def shown(url: URL) -> str:
    return url.difference_update_query(["passfile"]).render_as_string(hide_password=True)


def _local_database(paths: DataPaths) -> Path:
    url = make_url(load_settings(paths).database_url)
    if url.get_backend_name() != "sqlite":
        raise MoveRefused(
            f"La carpeta de datos {paths.root} ya usa la base de datos del servidor "
            f"{shown(url)}; no hay una base de datos local que trasladar.")
    database = Path(url.database or "")
    if not database.is_file():
        raise MoveRefused(f"No hay una base de datos local en {database} que trasladar.")
    return database


def _counters(conn: Connection) -> list[tuple]:
    table = NumberSequence.__table__
    return [tuple(r) for r in conn.execute(
        select(table.c.kind_code, table.c.year, table.c.last_number)
        .order_by(table.c.kind_code, table.c.year))]


def _verify(src: Connection, dst: Connection, report: CopyReport) -> None:
    """The server holds what the local file holds, or MoveError (the caller rolls back)."""
    here, there = count_rows(src, list(report.rows)), count_rows(dst, list(report.rows))
    wrong = [f"{name} ({here[name]} en la base local, {there[name]} en el servidor)"
             for name in report.rows if here[name] != there[name] or
             report.rows[name] != here[name]]
    if wrong:
        raise MoveError(f"Las filas copiadas no coinciden en {', '.join(wrong)}.")
    if _counters(src) != _counters(dst):
        raise MoveError("La numeración copiada no coincide con la de la base local.")
    with Session(bind=src) as local, Session(bind=dst) as server:
        if live_head(local) != live_head(server):
            raise MoveError("La última entrada del registro de auditoría copiada no coincide "
                            "con la de la base local.")


def _record_and_check(dst: Connection, actor: Actor, clock: Clock, server: str,
                      report: CopyReport) -> tuple[Head, ChainReport]:
    with Session(bind=dst, join_transaction_mode="rollback_only") as session:
        session.info[SESSION_KEY] = clock
        record(session, actor, "move_to_server", "database", "",
               {"servidor": [None, server], "tablas": [None, len(report.rows)],
                "filas": [None, report.total], "esquema": [None, report.revision]})
        session.flush()
        chain = verify_chain(session)
        if not chain.ok:
            raise MoveError(f"El registro de auditoría no quedó íntegro en el servidor: "
                            f"{chain.message}")
        return live_head(session), chain


def _copy(database: Path, url: URL, actor: Actor, clock: Clock, batch: int,
          progress: Progress | None) -> tuple[CopyReport, Head, ChainReport]:
    from pisac_desktop.db.health import is_locked_error

    source = make_engine(URL.create("sqlite", database=str(database)).render_as_string())
    target = make_engine(url.render_as_string(hide_password=False))
    try:
        with source.connect() as src:
            try:
                src.exec_driver_sql("BEGIN IMMEDIATE")  # writers wait until the copy is read
            except OperationalError as exc:
                if is_locked_error(exc):
                    raise MoveError(
                        f"La base de datos local {database} está en uso. Cierre Pisac Desktop "
                        "en todas las PC y vuelva a intentarlo; no se cambió nada.") from exc
                raise
            try:
                with _connect(target, url) as dst, dst.begin():
                    report = copy_database(src, dst, shown(url), batch, progress)
                    try:
                        _verify(src, dst, report)
                        head, chain = _record_and_check(dst, actor, clock, shown(url), report)
                    except MoveError as exc:
                        raise MoveError(f"{exc} No se trasladó nada: el servidor quedó como "
                                        "estaba.") from exc
            finally:
                src.rollback()
    finally:
        source.dispose()
        target.dispose()
    return report, head, chain


def _connect(engine, url: URL):
    try:
        return engine.connect()
    except OperationalError as exc:
        detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise MoveError(f"No se pudo conectar con el servidor {shown(url)} ({detail}). "
                        "Revise la dirección, el usuario y la clave, y que el servidor esté "
                        "encendido; no se cambió nada.") from exc


def move_to_server(paths: DataPaths, url_text: str, actor: Actor, switch: bool = False,
                   clock: Clock = SYSTEM_CLOCK, batch: int = BATCH_ROWS,
                   progress: Progress | None = None) -> MoveResult:
    """Copy the data folder's local database into the empty server database `url_text`.
    Raises MoveError (or TransferError, SchemaError, SettingsError: all with Spanish messages),
    in which case the server database is as it was."""
    from pisac_desktop.startup import open_database

    url = server_url(url_text)
    database = _local_database(paths)
    open_database(paths).db.dispose()  # at this version's schema (backed up if upgraded)
    report, head, chain = _copy(database, url, actor, clock, batch, progress)
    log.info("Moved %s to %s: %d rows", database, shown(url), report.total)
    if not switch:
        return MoveResult(shown(url), report, head, chain, False)
    save_database_url(paths, url.render_as_string(hide_password=False))
    old, warning = _retire(database, shown(url), clock)
    return MoveResult(shown(url), report, head, chain, True, old, warning)


def _retire(database: Path, server: str, clock: Clock) -> tuple[Path | None, str]:
    """Rename the local file so nobody keeps working on it, and leave a note beside it."""
    day = clock.today()
    old = database.with_name(f"{database.stem}-trasladada-al-servidor-{day.isoformat()}"
                             f"{database.suffix}")
    try:
        with closing(sqlite3.connect(database)) as conn:  # everything into the main file
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        os.replace(database, old)
        for sidecar in ("-wal", "-shm"):
            extra = database.with_name(database.name + sidecar)
            if extra.exists():
                if sidecar == "-wal" and extra.stat().st_size:
                    os.replace(extra, old.with_name(old.name + sidecar))
                else:
                    extra.unlink()
    except (OSError, sqlite3.Error) as exc:
        log.warning("Could not rename %s after the move: %s", database, exc)
        return None, (f"No se pudo renombrar el archivo local {database} ({exc}). La carpeta "
                      "de datos ya usa el servidor; cierre Pisac Desktop en esta PC y "
                      "renómbrelo a mano para que nadie lo siga usando.")
    note = (f"La base de datos de esta carpeta se trasladó al servidor {server} el "
            f"{day.strftime('%d/%m/%Y')}. Desde entonces Pisac Desktop trabaja en el servidor "
            f"(configuracion.ini).\n\nEl archivo {old.name} es la base de datos local tal como "
            "estaba al trasladarla: solo se guarda como recuerdo y nadie debe seguir "
            "trabajando en él. Lo registrado después está solo en el servidor.\n")
    try:
        write_private_text(old.with_name(MOVED_NOTE), note)
    except OSError:
        log.warning("Could not write the note about the move", exc_info=True)
    return old, ""


def summary(result: MoveResult) -> list[str]:
    """What the command prints, in Spanish."""
    lines = [f"Base de datos trasladada al servidor {result.server} (esquema "
             f"{result.copy.revision}).",
             f"{len(result.copy.rows)} tablas, {result.copy.total} filas copiadas y verificadas:"]
    lines += [f"  {name}: {rows}" for name, rows in result.copy.rows.items()]
    lines += [result.chain.message,
              f"Última entrada del registro de auditoría: N° {result.head.entry}, huella "
              f"{result.head.grouped}"]
    if result.switched and result.old_file is not None:
        lines.append(f"Esta carpeta de datos ya usa el servidor. El archivo local quedó como "
                     f"{result.old_file.name}, solo como recuerdo: no se usa más.")
    elif result.switched:
        lines.append("Esta carpeta de datos ya usa el servidor.")
    else:
        lines.append("Esta carpeta de datos sigue usando la base de datos local: lo que se "
                     "registre en ella desde ahora no estará en el servidor. Para trabajar en "
                     "el servidor, apunte cada PC a él en configuracion.ini (o use --switch "
                     "en el próximo traslado).")
    if result.warning:
        lines.append(result.warning)
    return lines

