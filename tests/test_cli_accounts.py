"""The IT person at the command line: `unlock`, and who the audit trail says acted."""

import json
import os
import socket

import pytest
from sqlalchemy import select

from pisac_desktop import admin_cli, cli
from pisac_desktop.clock import SYSTEM_CLOCK
from pisac_desktop.core.accounts import (
    MAX_FAILED_ATTEMPTS,
    UserForm,
    create_first_admin,
    sign_in,
)
from pisac_desktop.db.models import AuditEntry
from pisac_desktop.paths import DataPaths


@pytest.fixture
def locked_admin(opened):
    """A database whose administrator a coworker locked from another PC, just now: the command
    line opens its own database on the system clock, so the lock is made on that clock too."""
    opened.db.clock = SYSTEM_CLOCK
    with opened.db.session() as s:
        create_first_admin(s, UserForm("admin", "Rubén Ttito Huamán", "clave-segura-1",
                                       "clave-segura-1"), "Municipalidad Distrital de Pisac")
    for _n in range(MAX_FAILED_ATTEMPTS):
        with opened.db.session() as s:
            sign_in(s, "admin", "equivocada", "PC-MESA")
    with opened.db.session() as s:
        assert not sign_in(s, "admin", "clave-segura-1", "PC-SG").ok
    return opened


def main(paths: DataPaths, *args: str) -> int:
    return cli.main(["--data-dir", str(paths.root), *args])


def last_entry(opened, action: str) -> AuditEntry:
    with opened.db.session() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.action == action)
                         .order_by(AuditEntry.id.desc())).first()


def test_unlock_lets_the_administrator_back_in_and_is_audited(locked_admin, capsys):
    paths = locked_admin.paths
    assert main(paths, "unlock", "ADMIN") == 0
    assert "La cuenta «admin» fue desbloqueada" in capsys.readouterr().out
    with locked_admin.db.session() as s:
        assert sign_in(s, "admin", "clave-segura-1", "PC-SG").ok
    entry = last_entry(locked_admin, "unlock")
    assert entry.username == "sistema" and entry.workstation == socket.gethostname()[:120]
    por = json.loads(entry.changes)["por"][1]
    assert por == f"línea de órdenes (usuario del sistema «{admin_cli.os_user()}»)"
    assert main(paths, "unlock", "admin") == 0  # nothing to unlock: said so, not an error
    assert "no estaba bloqueada" in capsys.readouterr().out


def test_unlock_of_an_unknown_user_is_explained(locked_admin, capsys):
    assert main(locked_admin.paths, "unlock", "nadie") == admin_cli.FAILED
    assert "No existe el usuario «nadie»" in capsys.readouterr().err


def test_unlock_never_creates_a_database(tmp_path, capsys):
    paths = DataPaths(tmp_path / "vacía")
    assert main(paths, "unlock", "admin") == admin_cli.FAILED
    assert "No hay ninguna base de datos" in capsys.readouterr().err
    assert not paths.database.exists()


def test_unlock_help_is_in_spanish(capsys):
    with pytest.raises(SystemExit):
        cli.main(["unlock", "--help"])
    out = capsys.readouterr().out
    assert "USUARIO" in out and "registro de auditoría" in out


def test_the_os_user_is_read_from_the_account_not_the_environment(monkeypatch):
    real = admin_cli.os_user()
    monkeypatch.setenv("USER", "alcalde")
    monkeypatch.setenv("LOGNAME", "alcalde")
    monkeypatch.setenv("USERNAME", "alcalde")
    if os.name == "posix":
        assert admin_cli.os_user() == real != "alcalde"


def test_the_os_user_never_fails(monkeypatch):
    def no_account(*_args):
        raise KeyError("uid")

    def no_name():
        raise OSError("No username set in the environment")

    if os.name == "posix":
        import pwd

        monkeypatch.setattr(pwd, "getpwuid", no_account)
    else:
        monkeypatch.setattr(os, "getlogin", no_name)
    monkeypatch.setattr(admin_cli.getpass, "getuser", no_name)
    assert admin_cli.os_user() == "desconocido"
    monkeypatch.setattr(admin_cli.getpass, "getuser", lambda: "juan\u202e\n")
    assert admin_cli.os_user() == "juan"


def test_a_cli_backup_records_the_os_user_and_the_machine(locked_admin):
    assert main(locked_admin.paths, "backup") == 0
    entry = last_entry(locked_admin, "backup")
    assert entry.username == "sistema" and entry.workstation == socket.gethostname()[:120]
    assert admin_cli.os_user() in json.loads(entry.changes)["por"][1]
