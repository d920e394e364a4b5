"""A throwaway PostgreSQL cluster for the tests: initdb into a temporary folder, a server that
listens only on a Unix socket in that folder (no TCP port, so nothing to collide with), fresh
databases copied from a template, and everything removed at the end.

Where the server programs are: PISAC_PG_BIN if set, then PATH (/usr/local/bin on the lead's
machine), then Debian's /usr/lib/postgresql/<version>/bin (the `postgresql` package, which
scripts/setup.sh installs for the tests).

initdb and postgres refuse to run as root. As root the cluster's folder is handed to an
unprivileged system user (`postgres`, which Debian's package creates, else `nobody`) and the
programs run as that user through runuser; the tests (still root) reach the socket as the
cluster's superuser `postgres` with trust authentication (the socket folder is private to the
cluster's user and root: nobody else on the machine can connect).
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

PORT = 5432  # only names the socket file (.s.PGSQL.5432) inside the cluster's own folder
SUPERUSER = "postgres"
# Durability is not what a throwaway cluster tests (kill -9 tests kill clients, not the server).
FAST_SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off",
                 "max_connections=200", "shared_buffers=32MB")


class ClusterUnavailable(RuntimeError):
    """PostgreSQL's server programs are not installed here."""


def server_bin_dir() -> Path:
    override = os.environ.get("PISAC_PG_BIN")
    if override:
        return Path(override)
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if versions:
        return Path(versions[-1]).parent
    raise ClusterUnavailable("initdb de PostgreSQL no está instalado (bash scripts/test.sh lo "
                             "instala: paquete postgresql)")


def _server_user() -> str | None:
    """The user the server runs as: None (this one) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise ClusterUnavailable("no hay un usuario sin privilegios para el servidor de pruebas")


def _server_environment() -> dict[str, str]:
    """The server keeps the real time under scripts/test-far-date.sh (faketime preloads itself
    into child processes): it stands for another machine, and the app never reads its clock."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("FAKETIME") and k not in ("LD_PRELOAD", "DONT_FAKE_MONOTONIC")}
    env["LC_ALL"] = "C.UTF-8"
    return env


OWNER_FILE = "pytest.pid"  # the test run that owns a cluster's folder


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stop_abandoned_clusters() -> list[Path]:
    """The clusters of test runs killed before their end (kill -9, a closed terminal): their
    server stopped (SIGQUIT: immediate shutdown) and their folder removed."""
    stopped = []
    for root in Path(tempfile.gettempdir()).glob("pisac-pg-*"):
        try:
            owner = int((root / OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue  # being set up by a run that is starting now
        if _alive(owner):
            continue
        try:
            server = int((root / "data" / "postmaster.pid").read_text().split()[0])
            os.kill(server, signal.SIGQUIT)
        except (OSError, ValueError, IndexError):
            pass  # no server left
        shutil.rmtree(root, ignore_errors=True)
        stopped.append(root)
    return stopped


class Cluster:
    def __init__(self) -> None:
        try:
            import psycopg  # noqa: F401
        except ImportError as exc:
            raise ClusterUnavailable("falta el controlador psycopg (extra «postgres»)") from exc
        self.bin = server_bin_dir()
        self.user = _server_user()
        self.root = Path(tempfile.mkdtemp(prefix="pisac-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self._names = itertools.count(1)
        self._names_lock = threading.Lock()
        self._version: int | None = None  # the server's major version, once asked
        # The next copy of each template is made while the current test runs (CREATE DATABASE
        # takes most of a second on a busy machine); one worker, so copies never overlap.
        self._maker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-copias")
        self._next: dict[str, Future[str]] = {}
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        os.chmod(self.root, 0o700)
        (self.root / OWNER_FILE).write_text(str(os.getpid()))

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.user is not None:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        result = subprocess.run(cmd, capture_output=True, text=True, cwd=self.root,
                                env=_server_environment())
        if result.returncode:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(cmd)} failed:\n{result.stdout}{result.stderr}{log}")

    def start(self) -> Cluster:
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        options = " ".join(f"-c {s}" for s in (
            "listen_addresses=", f"unix_socket_directories={self.root}", f"port={PORT}",
            *FAST_SETTINGS))
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options,
                  "-w", "start")
        return self

    def stop(self) -> None:
        self._maker.shutdown(wait=True, cancel_futures=True)
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return (f"postgresql+psycopg://{SUPERUSER}@/{database}"
                f"?host={self.root}&port={PORT}")

    def _file_copy(self) -> bool:
        if self._version is None:
            version = subprocess.run([str(self.bin / "pg_ctl"), "--version"],
                                     capture_output=True, text=True).stdout
            digits = "".join(c if c.isdigit() else " " for c in version).split()
            self._version = int(digits[0]) if digits else 0
        return self._version >= 15

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host=str(self.root), port=PORT, user=SUPERUSER,
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(sql)

    def _name(self) -> str:
        with self._names_lock:
            return f"t{os.getpid()}_{next(self._names)}"

    def new_database(self, template: str | None = None, name: str | None = None) -> str:
        """A new empty database (or a copy of template, which nobody may be connected to)."""
        name = name or self._name()
        copy = f" TEMPLATE {template}" if template else " TEMPLATE template0"
        if template and self._file_copy():
            # PostgreSQL 15+ copies page by page through the WAL by default; a file copy is
            # twice as fast for these small databases (25 ms against 55, fsync off).
            copy += " STRATEGY FILE_COPY"
        self._admin(f"CREATE DATABASE {name}{copy}")
        return name

    def copy_of(self, template: str) -> str:
        """A fresh copy of template, made ahead of time; the next one starts at once."""
        pending = self._next.pop(template, None)
        name = pending.result() if pending else self.new_database(template)
        self._next[template] = self._maker.submit(self.new_database, template)
        return name

    def drop_database(self, name: str) -> None:
        self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def password_role(self, role: str, password: str) -> str:
        """A login role that must give its password (scram-sha-256) on the socket; every other
        role keeps trust authentication. Idempotent. Returns the role."""
        self._admin(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
                    f"THEN CREATE ROLE {role} LOGIN; END IF; END $$")
        self._admin(f"ALTER ROLE {role} PASSWORD '{password}'")
        hba = self.data / "pg_hba.conf"
        line = f"local all {role} scram-sha-256\n"
        content = hba.read_text()
        if line not in content:
            with hba.open("r+") as f:  # in place: the file keeps its owner (the server's user)
                f.write(line + content)
            self._admin("SELECT pg_reload_conf()")
        return role
