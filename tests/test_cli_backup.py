"""pisac-desktop backup / restore / check / audit-verify, for the office's IT person."""

import hashlib
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from pisac_desktop import __version__, admin_cli, cli
from pisac_desktop.core.backups import list_backups
from pisac_desktop.paths import DataPaths
from tests.conftest import _copy_demo
from tests.copies import as_plain
from tests.test_cli import run_cli

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def data(tmp_path, _demo_full) -> DataPaths:
    """A copy of the demo built once per test run (building it takes seconds)."""
    paths = DataPaths(tmp_path / "datos")
    _copy_demo(_demo_full, paths).db.dispose()
    return paths


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def members(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM council_member").fetchone()[0]


def main(paths: DataPaths, *args: str) -> int:
    return cli.main(["--data-dir", str(paths.root), *args])


def test_help_lists_the_admin_commands_in_spanish(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    for words in ("backup", "restore", "check", "audit-verify", "copia de seguridad"):
        assert words in out
    with pytest.raises(SystemExit):
        cli.main(["restore", "--help"])
    out = capsys.readouterr().out
    assert "ARCHIVO" in out and "--yes" in out and "no pregunta" in out


def test_backup_makes_a_listed_copy_and_to_another_folder(data, tmp_path):
    result = run_cli("--data-dir", str(data.root), "backup")  # a real process
    assert result.returncode == 0, result.stderr
    assert "Copia de seguridad creada y verificada (íntegra)" in result.stdout
    listed = list_backups(data.backups)
    assert len(listed) == 1 and listed[0].kind_label == "Manual" and listed[0].sound
    assert str(listed[0].path) in result.stdout

    usb = tmp_path / "USB ñ ?x"
    result = run_cli("--data-dir", str(data.root), "backup", "--to", str(usb))
    assert result.returncode == 0, result.stderr
    assert [b.sound for b in list_backups(usb)] == [True]


def test_backup_without_a_database_says_so(tmp_path, capsys):
    paths = DataPaths(tmp_path / "vacia")
    assert main(paths, "backup") == 1
    assert "No hay ninguna base de datos" in capsys.readouterr().err
    assert not paths.database.exists()


def test_restore_with_yes(data, capsys):
    assert main(data, "backup") == 0
    copy = list_backups(data.backups)[0].path
    with closing(sqlite3.connect(data.database)) as conn:
        conn.execute("DELETE FROM council_member WHERE position > 2")
        conn.commit()
    assert members(data.database) == 3
    capsys.readouterr()
    assert main(data, "restore", str(copy), "--yes") == 0
    out = capsys.readouterr().out
    assert "Base de datos restaurada" in out and "pisac-antes-de-restaurar-" in out
    assert members(data.database) == 6
    safety = [b for b in list_backups(data.backups) if b.kind_label == "Antes de restaurar"]
    assert len(safety) == 1 and members(safety[0].path) == 3
    assert main(data, "check") == 0  # the restore entry continues the restored chain


def test_restore_without_a_terminal_refuses_unless_yes(data):
    assert main(data, "backup") == 0
    copy = list_backups(data.backups)[0].path
    before = digest(data.database)
    result = subprocess.run(
        [sys.executable, "-m", "pisac_desktop", "--data-dir", str(data.root), "restore",
         str(copy)],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", stdin=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120,
    )
    assert result.returncode == 2
    assert "no es una terminal" in result.stderr and "--yes" in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(data.database) == before
    assert len(list_backups(data.backups)) == 1


def test_restore_on_a_terminal_asks_first(data, capsys):
    assert main(data, "backup") == 0
    copy = list_backups(data.backups)[0].path
    before = digest(data.database)
    questions = []

    def answer(text):
        def ask(question):
            questions.append(question)
            return text
        return ask

    code = admin_cli.restore(data, copy, yes=False, ask=answer("n"), is_terminal=lambda: True)
    assert code == 2 and "Cancelado: no se cambió nada." in capsys.readouterr().out
    assert digest(data.database) == before
    assert questions[0].startswith(f"¿Reemplazar la base de datos actual por {copy}")
    assert questions[0].endswith("[s/N] ")
    code = admin_cli.restore(data, copy, yes=False, ask=answer("s"), is_terminal=lambda: True)
    assert code == 0 and "Base de datos restaurada" in capsys.readouterr().out


def test_restore_of_a_newer_copy_is_refused(data, capsys):
    assert main(data, "backup") == 0
    copy = as_plain(list_backups(data.backups)[0])
    with closing(sqlite3.connect(copy)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zz99'")
        conn.execute("UPDATE app_meta SET value = '9.9.0' WHERE key = 'app_version'")
        conn.commit()
    before = digest(data.database)
    capsys.readouterr()
    assert main(data, "restore", str(copy), "--yes") == 1
    err = capsys.readouterr().err
    assert "Pisac Desktop 9.9.0" in err and __version__ in err
    assert digest(data.database) == before


def test_check_is_zero_only_when_database_and_chain_are_sound(data, capsys):
    assert main(data, "check") == 0
    out = capsys.readouterr().out
    assert "integrity_check correcto" in out and "Registro de auditoría íntegro" in out
    assert "Resultado: todo está íntegro." in out
    assert main(data, "audit-verify") == 0

    with closing(sqlite3.connect(data.database)) as conn:  # tampering behind the app's back
        for event in ("update", "delete"):  # as an intruder would: drop the guard first
            conn.execute(f"DROP TRIGGER IF EXISTS audit_entry_no_{event}")
        conn.execute("UPDATE audit_entry SET entity_id = 'otro' WHERE id = 2")
        conn.commit()
    assert main(data, "check") == 1
    out = capsys.readouterr().out
    assert "la entrada N° 2" in out and "fue alterada" in out
    assert "Resultado: se encontraron problemas." in out
    assert main(data, "audit-verify") == 1
    assert "la entrada N° 2" in capsys.readouterr().out


def test_check_of_a_corrupted_file(data):
    raw = bytearray(data.database.read_bytes())
    raw[4096 * 2: 4096 * 5] = os.urandom(4096 * 3)
    data.database.write_bytes(bytes(raw))
    for sidecar in ("-wal", "-shm"):
        Path(f"{data.database}{sidecar}").unlink(missing_ok=True)
    result = run_cli("--data-dir", str(data.root), "check")
    assert result.returncode == 1
    assert "DAÑADA" in result.stdout and "Traceback" not in result.stderr + result.stdout
    assert data.database.read_bytes() == bytes(raw)
    result = run_cli("--data-dir", str(data.root), "backup")
    assert result.returncode == 1 and "dañada" in result.stderr
