"""Copies of a PostgreSQL database: pg_dump's custom format (-Fc), made from one exported
snapshot, verified by reading the whole file back with pg_restore, and a small JSON summary
beside it (sidecar) so a listing needs neither the server nor pg_restore.

PostgreSQL specifics only; the use cases are in core/server_backups.py. The password never
reaches a command line: the url's passfile (the data folder's private «clave-postgresql»)
goes to the tools as PGPASSFILE, a password still written in the url as PGPASSWORD.
"""

from __future__ import annotations

import glob
import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL, Connection, make_url

from pisac_desktop.db.backup import PARTIAL_SUFFIX, fsync_dir, fsync_file
from pisac_desktop.paths import create_private_file, write_private_text

log = logging.getLogger(__name__)

DUMP_SUFFIX = ".pgdump"
SIDECAR_SUFFIX = ".json"  # pisac-manual-20261121-101500.pgdump.json
DUMP_MAGIC = b"PGDMP"
# Tables a Pisac Desktop copy must hold, whatever its schema revision.
REQUIRED_TABLES = ("alembic_version", "app_meta", "audit_entry")
TOOL_TIMEOUT = 60  # seconds for --version and the server's answers; dumps have no limit
_VERSION = re.compile(r"\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?")

# progress(phase, done, total): "copiando" (bytes written, total 0) then "verificando".
Progress = Callable[[str, int, int], None]


class ServerBackupError(Exception):
    """A copy of the server database could not be made, read or restored (Spanish)."""


# --- the tools -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tool:
    name: str  # pg_dump or pg_restore
    path: Path
    major: int
    version: str  # "15.18"


def _candidates(name: str) -> Iterator[Path]:
    exe = name + (".exe" if os.name == "nt" else "")
    found = shutil.which(name)
    if found:
        yield Path(found)
    patterns = [f"/usr/lib/postgresql/*/bin/{exe}"]
    for base in (os.environ.get("ProgramFiles"), os.environ.get("ProgramFiles(x86)")):
        if base:
            patterns.append(os.path.join(base, "PostgreSQL", "*", "bin", exe))
    for pattern in patterns:  # the newest installed version first
        yield from (Path(p) for p in sorted(glob.glob(pattern), key=_version_key, reverse=True))


def _version_key(path: str) -> tuple[int, ...]:
    for part in reversed(Path(path).parts):
        if re.fullmatch(r"\d+(\.\d+)?", part):
            return tuple(int(x) for x in part.split("."))
    return (0,)


def find_tool(name: str, configured: str | None = None) -> Tool:
    """The tool named in configuracion.ini ([copias] pg_dump = …; a file or its folder), else
    the one on PATH, else the newest PostgreSQL installation's."""
    if configured:
        path = Path(configured).expanduser()
        if path.is_dir():
            path = path / (name + (".exe" if os.name == "nt" else ""))
        if not path.is_file():
            raise ServerBackupError(
                f"El programa {name} indicado en configuracion.ini ([copias] {name} = "
                f"{configured}) no existe. Corrija la ruta o bórrela para buscarlo en el PATH.")
        return tool_at(name, path)
    for path in _candidates(name):
        if path.is_file():
            return tool_at(name, path)
    raise ServerBackupError(
        f"No se encontró el programa {name} de PostgreSQL, que hace falta para las copias de "
        "una base de datos en un servidor. Instale las herramientas de PostgreSQL (vienen con "
        f"el instalador del servidor) o indique su ubicación en configuracion.ini: [copias] "
        f"{name} = C:\\Program Files\\PostgreSQL\\16\\bin\\{name}.exe")


def tool_at(name: str, path: Path) -> Tool:
    try:
        result = subprocess.run([str(path), "--version"], capture_output=True, text=True,
                                timeout=TOOL_TIMEOUT, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ServerBackupError(f"No se pudo ejecutar {path}: {exc}.") from exc
    match = _VERSION.search(result.stdout)
    if result.returncode or not match:
        raise ServerBackupError(f"{path} no respondió como el programa {name} de PostgreSQL "
                                f"({(result.stdout + result.stderr).strip()[:200]}).")
    major = int(match[1])
    return Tool(name, path, major, match[0].split()[-1])


def server_version(conn: Connection) -> tuple[int, str]:
    """(major version, "15.18") of the server a connection talks to."""
    number = int(conn.exec_driver_sql("SHOW server_version_num").scalar())
    text = str(conn.exec_driver_sql("SHOW server_version").scalar()).split()[0]
    return number // 10000, text  # 150018 -> 15; 90624 -> 9 (9.6)


def check_tool_version(tool: Tool, server_major: int, server_text: str) -> None:
    """A pg_dump (or pg_restore) older than the server is refused, naming both versions."""
    if tool.major < server_major:
        raise ServerBackupError(
            f"El programa {tool.name} ({tool.path}) es de PostgreSQL {tool.version} y el "
            f"servidor es PostgreSQL {server_text}: un {tool.name} más antiguo que el servidor "
            f"no puede copiarlo con seguridad. Instale las herramientas de PostgreSQL "
            f"{server_major} o posterior, o indique otro {tool.name} en configuracion.ini "
            f"([copias] {tool.name} = ruta).")


# --- reaching the server without a password on the command line --------------------------------
def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def libpq_target(url: str | URL, app_name: str = "Pisac Desktop (copias)"
                 ) -> tuple[str, dict[str, str]]:
    """(conninfo for --dbname, environment for the tool) of a SQLAlchemy PostgreSQL url."""
    url = make_url(url)
    params: dict[str, str] = {}
    for key, value in url.query.items():
        params[key] = value[-1] if isinstance(value, tuple) else value
    for key, value in (("host", url.host), ("port", url.port), ("user", url.username),
                       ("dbname", url.database)):
        if value is not None and key not in params:
            params[key] = str(value)
    params.setdefault("application_name", app_name)
    params.setdefault("connect_timeout", "15")
    env = {k: v for k, v in os.environ.items() if k not in ("PGPASSWORD", "PGPASSFILE")}
    passfile = params.pop("passfile", None)
    if passfile:
        env["PGPASSFILE"] = passfile
    if url.password:
        env["PGPASSWORD"] = url.password  # the environment of that one child, never argv
    return " ".join(f"{k}={_quote(v)}" for k, v in params.items()), env


# --- what a copy holds -----------------------------------------------------------------------
@dataclass
class DumpFacts:
    """What a copy holds: read in the dump's own snapshot, and again from the file."""

    counts: dict[str, int] = field(default_factory=dict)  # every table -> rows
    revision: str | None = None
    app_version: str | None = None
    head_entry: int = 0
    head_hash: str = ""
    ruc: str = ""
    institution: str = ""

    def same_as(self, other: DumpFacts) -> list[str]:
        """What differs (Spanish), [] when the file holds what the snapshot held."""
        problems = []
        missing = sorted(set(self.counts) - set(other.counts))
        if missing:
            problems.append(f"faltan las tablas {', '.join(missing[:5])}")
        for table, rows in sorted(self.counts.items()):
            if table in other.counts and other.counts[table] != rows:
                problems.append(f"la tabla {table} tiene {other.counts[table]} filas en lugar "
                                f"de {rows}")
        if (self.head_entry, self.head_hash) != (other.head_entry, other.head_hash):
            problems.append("el registro de auditoría no termina en la misma entrada")
        if self.revision != other.revision:
            problems.append("la versión del esquema no coincide")
        return problems


def snapshot_facts(conn: Connection) -> DumpFacts:
    tables = list(conn.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
    ).scalars())
    facts = DumpFacts()
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        facts.counts[table] = int(conn.exec_driver_sql(
            f"SELECT count(*) FROM public.{quoted}").scalar())
    if "alembic_version" in facts.counts:
        facts.revision = conn.exec_driver_sql(
            "SELECT version_num FROM alembic_version").scalar()
    if "app_meta" in facts.counts:
        facts.app_version = conn.exec_driver_sql(
            "SELECT value FROM app_meta WHERE key = 'app_version'").scalar()
    if "audit_entry" in facts.counts:
        row = conn.exec_driver_sql(
            "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").first()
        if row:
            facts.head_entry, facts.head_hash = int(row[0]), row[1]
    if "institution" in facts.counts:
        row = conn.exec_driver_sql("SELECT ruc, name FROM institution ORDER BY id LIMIT 1").first()
        if row:
            facts.ruc, facts.institution = row[0] or "", row[1] or ""
    return facts


_COPY = re.compile(r"^COPY (?:\"?public\"?\.)?\"?([^\" ]+)\"? \((.*)\) FROM stdin;$")
_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _copy_value(raw: str) -> str | None:
    """One field of COPY's text format."""
    if raw == "\\N":
        return None
    if "\\" not in raw:
        return raw
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m[1], m[1]), raw)


def facts_from_script(lines: Iterable[str]) -> DumpFacts:
    """Rows per table, schema revision, app version, audit head and institution, read from the
    SQL script pg_restore writes for a custom-format file (every data block decompressed)."""
    facts = DumpFacts()
    table: str | None = None
    columns: list[str] = []
    for line in lines:
        line = line.rstrip("\n")
        if table is None:
            match = _COPY.match(line)
            if match:
                table = match[1]
                columns = [c.strip().strip('"') for c in match[2].split(",")]
                facts.counts[table] = 0
            continue
        if line == "\\.":
            table = None
            continue
        facts.counts[table] += 1
        if table in ("alembic_version", "app_meta", "audit_entry", "institution"):
            _note_row(facts, table, dict(zip(columns, (_copy_value(v) for v in
                                                       line.split("\t")), strict=False)))
    return facts


def _note_row(facts: DumpFacts, table: str, row: dict[str, str | None]) -> None:
    if table == "alembic_version":
        facts.revision = row.get("version_num")
    elif table == "app_meta" and row.get("key") == "app_version":
        facts.app_version = row.get("value")
    elif table == "audit_entry":
        entry = int(row.get("id") or 0)
        if entry > facts.head_entry:
            facts.head_entry, facts.head_hash = entry, row.get("hash") or ""
    elif table == "institution" and not facts.institution and not facts.ruc:
        facts.ruc, facts.institution = row.get("ruc") or "", row.get("name") or ""


def read_dump(pg_restore: Tool, path: Path, progress: Progress | None = None) -> DumpFacts:
    """Read the whole file back with pg_restore (no server needed). Raises ServerBackupError
    when pg_restore cannot read every part of it."""
    proc = subprocess.Popen([str(pg_restore.path), "--file=-", str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, text=True, encoding="utf-8",
                            errors="replace")
    try:
        def lines() -> Iterator[str]:
            assert proc.stdout is not None
            for number, line in enumerate(proc.stdout):
                if progress is not None and number % 20000 == 0:
                    progress("verificando", 0, 0)
                yield line
        facts = facts_from_script(lines())
        error = proc.stderr.read() if proc.stderr else ""
        code = proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if code:
        raise ServerBackupError(f"pg_restore no puede leer el archivo completo "
                                f"({_first_line(error)}).")
    missing = [t for t in REQUIRED_TABLES if t not in facts.counts]
    if missing:
        raise ServerBackupError(f"el archivo no tiene las tablas {', '.join(missing)} de una "
                                "base de datos de Pisac Desktop")
    return facts


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0][:300] if lines else "sin detalles"


def has_dump_header(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(DUMP_MAGIC)) == DUMP_MAGIC
    except OSError:
        return False


# --- the sidecar -----------------------------------------------------------------------------
def sidecar_of(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class Sidecar:
    facts: DumpFacts
    size: int
    sha256: str
    server: str = ""  # "PostgreSQL 15.18, base de datos pisac en 192.168.1.10"
    pg_dump: str = ""


def write_sidecar(path: Path, sidecar: Sidecar) -> Path:
    data = {"formato": "pisac-desktop-pgdump", "version": 1, **asdict(sidecar)}
    target = sidecar_of(path)
    write_private_text(target, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return target


def read_sidecar(path: Path) -> Sidecar | None:
    """The summary beside a copy; None when missing or unreadable."""
    try:
        data = json.loads(sidecar_of(path).read_text(encoding="utf-8"))
        facts = DumpFacts(**data["facts"])
        return Sidecar(facts, int(data["size"]), str(data["sha256"]), data.get("server", ""),
                       data.get("pg_dump", ""))
    except (OSError, ValueError, KeyError, TypeError):
        return None


# --- making a copy ---------------------------------------------------------------------------
def dump_database(engine: Engine, url: str | URL, pg_dump: Tool, pg_restore: Tool,
                  target: Path, progress: Progress | None = None) -> Sidecar:
    """pg_dump -Fc of the snapshot in which the counts and the audit head are read, written to
    target + '.parcial', read back whole with pg_restore and compared with those counts, then
    its sidecar written and the file renamed to target. Whatever fails or is cancelled (an
    exception from progress), and a process killed half-way, leaves no file named like a copy.
    """
    tmp = target.with_name(target.name + PARTIAL_SUFFIX)
    with suppress(FileNotFoundError):
        tmp.unlink()
    conninfo, env = libpq_target(url)
    try:
        create_private_file(tmp)  # copies hold password hashes: private from the first byte
        with engine.connect().execution_options(isolation_level="REPEATABLE READ",
                                                postgresql_readonly=True) as conn:
            major, server_text = server_version(conn)
            check_tool_version(pg_dump, major, server_text)
            snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar()
            expected = snapshot_facts(conn)
            _run_pg_dump(pg_dump, conninfo, env, snapshot, tmp, progress)
            conn.rollback()
        fsync_file(tmp)
        if progress is not None:
            progress("verificando", 0, 0)
        found = read_dump(pg_restore, tmp, progress)
        problems = expected.same_as(found)
        if problems:
            raise ServerBackupError("La copia no coincide con la base de datos: "
                                    + "; ".join(problems[:3]) + ".")
        where = make_url(url)
        sidecar = Sidecar(expected, tmp.stat().st_size, file_digest(tmp),
                          f"PostgreSQL {server_text}, base de datos {where.database}"
                          + (f" en {where.host}" if where.host and "/" not in where.host
                             else ""), pg_dump.version)
        write_sidecar(target, sidecar)
        tmp.replace(target)
        fsync_dir(target.parent)
        return sidecar
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        with suppress(OSError):
            if not target.exists():
                sidecar_of(target).unlink()
        raise


def _run_pg_dump(pg_dump: Tool, conninfo: str, env: dict[str, str], snapshot: str,
                 tmp: Path, progress: Progress | None) -> None:
    cmd = [str(pg_dump.path), "--format=custom", f"--snapshot={snapshot}", "--no-password",
           f"--file={tmp}", f"--dbname={conninfo}"]
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, errors="replace")
    try:
        while proc.poll() is None:
            if progress is not None:
                with suppress(OSError):
                    progress("copiando", tmp.stat().st_size, 0)
            time.sleep(0.1)
        error = proc.stderr.read() if proc.stderr else ""
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if proc.returncode:
        raise ServerBackupError(f"pg_dump no pudo copiar la base de datos: "
                                f"{_first_line(error)}")


def restore_dump(pg_restore: Tool, url: str | URL, path: Path) -> None:
    """pg_restore into an (empty) database, all or nothing: one transaction, stopping at the
    first error. Objects end up owned by the url's role."""
    conninfo, env = libpq_target(url, "Pisac Desktop (restauración)")
    cmd = [str(pg_restore.path), "--no-owner", "--no-privileges", "--single-transaction",
           "--exit-on-error", "--no-password", f"--dbname={conninfo}", str(path)]
    result = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                            text=True, errors="replace")
    if result.returncode:
        raise ServerBackupError(f"pg_restore no pudo restaurar la copia (no se cambió nada): "
                                f"{_first_line(result.stderr)}")


def user_relations(conn: Connection) -> list[str]:
    """Tables, views and sequences outside PostgreSQL's own schemas: [] for an empty database."""
    return list(conn.exec_driver_sql(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') "
        "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname !~ '^pg_(toast|temp)' "
        "ORDER BY 1").scalars())
