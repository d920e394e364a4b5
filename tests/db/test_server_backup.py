"""Backups of a database on a PostgreSQL server: pg_dump custom format, verified, summarised
beside the file, restored only into an empty database; the backup station."""

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pisac_desktop import admin_cli
from pisac_desktop.core.audit import verify_chain
from pisac_desktop.core.audit_anchor import ANCHORS_FILE
from pisac_desktop.core.backup_schedule import AutomaticBackups, ensure_daily_backup
from pisac_desktop.core.backups import BackupError, backup_now, inspect_backup, list_backups
from pisac_desktop.core.integrity import check_trail
from pisac_desktop.core.permissions import Actor
from pisac_desktop.db.audit_guard import missing_triggers
from pisac_desktop.db.engine import Database
from pisac_desktop.db.models import AuditEntry, CouncilMember, OrgUnit
from pisac_desktop.db.pg_backup import libpq_target, read_sidecar, sidecar_of
from pisac_desktop.paths import DataPaths
from pisac_desktop.restore import restore_server_backup
from pisac_desktop.startup import open_database
from tests.conftest import frozen_clock
from tests.engines import point_at, server_copy
from tests.test_cli import ROOT

ADMIN = Actor.system("prueba")


def clock_at(*args):
    moment = dt.datetime(*args)
    return lambda: moment


@pytest.fixture
def server_demo(request, tmp_path):
    opened = open_database(server_copy(request, DataPaths(tmp_path / "demo"),
                                       "pg_demo_full_template"))
    opened.db.clock = frozen_clock()
    yield opened
    opened.db.dispose()


@pytest.fixture
def empty_server_database(pg_cluster, server_databases):
    """The url of a new, empty database on the test cluster (dropped after the test)."""
    name = pg_cluster.new_database()
    server_databases.names.append(name)
    return pg_cluster.url(name)


def counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {model.__tablename__: s.scalar(select(func.count()).select_from(model))
                for model in (AuditEntry, CouncilMember, OrgUnit)}


def fake_tool(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / name
    script.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    script.chmod(0o755)
    return script


def real_pg_dump() -> str:
    import shutil

    return shutil.which("pg_dump")


# --- making and inspecting ----------------------------------------------------------------------
def test_backup_inspect_and_restore_into_an_empty_database(server_demo, empty_server_database,
                                                           tmp_path):
    paths = server_demo.paths
    before = counts(server_demo.db)
    info = backup_now(server_demo.db, paths, ADMIN, clock=clock_at(2026, 11, 21, 10, 15, 0))
    assert info.path == paths.backups / "pisac-manual-20261121-101500.pgdump"
    assert info.sound and info.kind_label == "Manual" and info.refusal is None
    assert info.counts["Miembros del concejo"] == before["council_member"] == 6
    sidecar = read_sidecar(info.path)
    assert sidecar.facts.counts["audit_entry"] == before["audit_entry"]
    assert not list(paths.backups.glob("*.parcial"))

    listed = list_backups(paths.backups)  # the summary beside the file: no server needed
    assert [b.path for b in listed] == [info.path]
    full = inspect_backup(info.path, quick=False, use_cache=False)  # read whole by pg_restore
    assert full.sound and full.counts == info.counts and full.versions_text == info.versions_text
    with server_demo.db.session() as s:  # the backup entry after the head the copy holds
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert (last.action, last.entity_id) == ("backup", info.path.name)
        assert last.id == sidecar.facts.head_entry + 1
        trail = check_trail(s, paths.backups)
        assert trail.ok and trail.anchors.checked >= 2  # the copy and the anchors file
    assert info.path.name in (paths.backups / ANCHORS_FILE).read_text("utf-8")

    result = restore_server_backup(paths, info.path, ADMIN, into=empty_server_database)
    assert result.warning is None and "íntegro" in result.chain
    restored = Database.from_url(empty_server_database)
    try:
        after = counts(restored)
        assert after["council_member"] == before["council_member"]
        assert after["org_unit"] == before["org_unit"]
        assert after["audit_entry"] == before["audit_entry"] + 1  # + the restore entry
        with restored.session() as s:
            assert verify_chain(s).ok
            assert missing_triggers(s.connection()) == []
            last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
            assert (last.action, last.entity_id) == ("restore", info.path.name)
    finally:
        restored.dispose()
    assert (paths.backups / ANCHORS_FILE).read_text("utf-8").count("\trestauración\t") == 1


def test_a_damaged_or_cut_copy_is_listed_as_damaged(server_demo):
    info = backup_now(server_demo.db, server_demo.paths, ADMIN,
                      clock=clock_at(2026, 11, 21, 10, 0, 0))
    data = bytearray(info.path.read_bytes())
    cut = server_demo.paths.backups / "pisac-manual-20261121-110000.pgdump"
    cut.write_bytes(bytes(data[: len(data) // 2]))  # no summary: read whole by pg_restore
    data[len(data) // 2: len(data) // 2 + 64] = os.urandom(64)
    info.path.write_bytes(bytes(data))  # its summary no longer fits
    listed = {b.path.name: b for b in list_backups(server_demo.paths.backups)}
    assert not listed[cut.name].sound and "pg_restore" in listed[cut.name].problem
    assert not listed[info.path.name].sound and "cambió" in listed[info.path.name].problem


def test_an_old_pg_dump_is_refused_naming_both_versions(server_demo, tmp_path, monkeypatch):
    fake = fake_tool(tmp_path / "viejo", "pg_dump",
                     'echo "pg_dump (PostgreSQL) 9.6.24"')
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(BackupError) as refused:
        backup_now(server_demo.db, server_demo.paths, ADMIN)
    message = str(refused.value)
    assert "PostgreSQL 9.6" in message and "servidor es PostgreSQL 15" in message
    assert list(server_demo.paths.backups.glob("pisac-*")) == []


def test_pg_dump_can_be_configured_and_a_wrong_path_is_explained(server_demo, tmp_path):
    paths = server_demo.paths
    settings = paths.settings.read_text(encoding="utf-8")
    paths.settings.write_text(settings + "[copias]\npg_dump = /no/existe/pg_dump\n", "utf-8")
    with pytest.raises(BackupError, match=r"\[copias\] pg_dump = /no/existe/pg_dump"):
        backup_now(server_demo.db, paths, ADMIN)
    paths.settings.write_text(settings + f"[copias]\npg_dump = {real_pg_dump()}\n", "utf-8")
    assert backup_now(server_demo.db, paths, ADMIN).sound


def test_the_password_never_reaches_the_command_line():
    conninfo, env = libpq_target("postgresql+psycopg://pisac:s3creta@10.0.0.5:5433/pisac"
                                 "?passfile=/datos/clave-postgresql")
    assert "s3creta" not in conninfo and "passfile" not in conninfo
    assert "host='10.0.0.5'" in conninfo and "port='5433'" in conninfo
    assert env["PGPASSWORD"] == "s3creta" and env["PGPASSFILE"] == "/datos/clave-postgresql"
    conninfo, env = libpq_target("postgresql+psycopg://pisac@servidor/pisac")
    assert "PGPASSWORD" not in env and "PGPASSFILE" not in env


# --- a dump cut short ---------------------------------------------------------------------------
def test_a_pg_dump_killed_half_way_leaves_no_copy(server_demo, tmp_path, monkeypatch):
    real = real_pg_dump()
    fake = fake_tool(tmp_path / "muere", "pg_dump",
                     f'[ "$1" = --version ] && exec {real} --version\n'
                     f'{real} "$@"\nkill -9 $$')
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(BackupError, match="pg_dump no pudo copiar"):
        backup_now(server_demo.db, server_demo.paths, ADMIN)
    assert [p.name for p in server_demo.paths.backups.iterdir()] == []


def test_the_backup_process_killed_mid_dump_leaves_no_listed_copy(server_demo, tmp_path):
    """kill -9 of `pisac-desktop backup` (and its pg_dump) while the dump is written."""
    real = real_pg_dump()
    fake = fake_tool(tmp_path / "lento", "pg_dump",
                     f'[ "$1" = --version ] && exec {real} --version\n'
                     f'{real} "$@"\nsleep 60')
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PATH": f"{fake.parent}{os.pathsep}{os.environ['PATH']}"}
    server_demo.db.dispose()
    proc = subprocess.Popen([sys.executable, "-m", "pisac_desktop", "--data-dir",
                             str(server_demo.paths.root), "backup"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    backups = server_demo.paths.backups
    try:
        deadline = time.monotonic() + 60
        while not any(p.stat().st_size > 1000 for p in backups.glob("*.parcial")):
            assert time.monotonic() < deadline and proc.poll() is None, proc.stderr.read()
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert [b for b in list_backups(backups)] == []
    assert all(p.name.endswith(".parcial") for p in backups.iterdir())
    made = backup_now(server_demo.db, server_demo.paths, ADMIN)  # the next one works
    assert [b.path for b in list_backups(backups)] == [made.path] and made.sound


# --- restoring -----------------------------------------------------------------------------------
def test_restore_over_a_database_with_data_is_refused(server_demo, capsys):
    info = backup_now(server_demo.db, server_demo.paths, ADMIN)
    before = counts(server_demo.db)
    server_demo.db.dispose()
    code = admin_cli.restore(server_demo.paths, info.path, yes=True)
    err = capsys.readouterr().err
    assert code == admin_cli.REFUSED
    assert "no está vacía" in err and "No se cambió nada" in err and "--into" in err
    assert counts(server_demo.db) == before


def test_restore_into_the_configured_empty_database_from_the_cli(server_demo, pg_cluster,
                                                                  server_databases, tmp_path,
                                                                  capsys):
    before = counts(server_demo.db)
    info = backup_now(server_demo.db, server_demo.paths, ADMIN)
    name = pg_cluster.new_database()
    server_databases.names.append(name)
    office = point_at(DataPaths(tmp_path / "oficina"), pg_cluster.url(name))
    asked = []
    code = admin_cli.restore(office, info.path, yes=False, is_terminal=lambda: True,
                             ask=lambda q: asked.append(q) or "s")
    out = capsys.readouterr().out
    assert code == admin_cli.OK, capsys.readouterr().err
    assert "en la base de datos vacía" in asked[0] and "restaurada en" in out
    opened = open_database(office)
    try:
        after = counts(opened.db)
        assert after["council_member"] == before["council_member"]
        assert after["audit_entry"] == before["audit_entry"] + 1
    finally:
        opened.db.dispose()


def test_a_sqlite_copy_is_not_restored_into_a_server(server_demo, tmp_path, capsys):
    copy = tmp_path / "pisac-manual-20261121-101500.sqlite3"
    copy.write_bytes(b"SQLite format 3\x00" + bytes(4000))
    assert admin_cli.restore(server_demo.paths, copy, yes=True) == admin_cli.FAILED
    assert ".pgdump" in capsys.readouterr().err


# --- the backup station ---------------------------------------------------------------------------
def test_daily_copy_only_on_the_backup_station(server_demo):
    paths = server_demo.paths
    auto = AutomaticBackups(server_demo.db, paths, clock_at(2026, 11, 21, 8, 0, 0))
    assert auto.at_start() is None and auto.warning is None
    assert list(paths.backups.glob("pisac-*")) == []
    assert auto.at_close() is None  # no copy on close on a server

    settings = paths.settings.read_text(encoding="utf-8")
    paths.settings.write_text(settings + "[copias]\nestacion = sí\n", encoding="utf-8")
    made = ensure_daily_backup(server_demo.db, paths, clock_at(2026, 11, 21, 8, 0, 0))
    assert made.path.name == "pisac-diaria-20261121-080000.pgdump" and made.sound
    assert sidecar_of(made.path).exists()
    assert ensure_daily_backup(server_demo.db, paths, clock_at(2026, 11, 21, 17, 0, 0)) is None
    with server_demo.db.session() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert (last.action, last.username) == ("backup", "sistema")


def test_backup_command_on_a_server_says_where_the_copy_went(server_demo):
    server_demo.db.dispose()
    result = subprocess.run(
        [sys.executable, "-m", "pisac_desktop", "--data-dir", str(server_demo.paths.root),
         "backup"], cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    [made] = list_backups(server_demo.paths.backups)
    assert made.sound and made.path.suffix == ".pgdump" and str(made.path) in result.stdout
    assert "estación de copias" in result.stdout
