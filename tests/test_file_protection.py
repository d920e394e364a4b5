"""The data folder is private to its user (Linux/macOS), and a PostgreSQL password never stays in
configuracion.ini."""

import logging
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.engine import make_url

from pisac_desktop import config
from pisac_desktop.config import load_settings, pgpass_line
from pisac_desktop.core.backups import BackupKind, make_backup
from pisac_desktop.db.backup import sqlite_copy
from pisac_desktop.db.engine import Database
from pisac_desktop.logsetup import configure_logging
from pisac_desktop.paths import DataPaths, make_private_tree
from pisac_desktop.startup import open_database

posix_only = pytest.mark.skipif(os.name != "posix", reason="Windows: the folder's ACL protects")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask():
    """The usual desktop umask (022): what the code creates must be private anyway."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@posix_only
def test_a_new_data_folder_is_private(tmp_path, loose_umask):
    paths = DataPaths(tmp_path / "datos")
    configure_logging(paths)
    opened = open_database(paths)
    try:
        with opened.db.session() as s:
            s.execute(text("SELECT count(*) FROM app_user"))
        for folder in (paths.root, paths.backups, paths.documents, paths.logs):
            assert mode(folder) == 0o700, folder
        files = [paths.database, paths.settings, paths.logs / "pisac-desktop.log",
                 *paths.root.glob("pisac.sqlite3-*")]
        assert len(files) >= 4  # the -wal and -shm while it is open
        for file in files:
            assert mode(file) == 0o600, file
    finally:
        opened.db.dispose()


@posix_only
@pytest.mark.sqlite_only(reason="copias del archivo SQLite")
def test_backups_and_copies_are_private_even_outside_the_folder(opened, tmp_path, loose_umask):
    usb = tmp_path / "usb"
    info = make_backup(opened.paths.database, usb, BackupKind.MANUAL)
    assert mode(info.path) == 0o600
    copy = sqlite_copy(opened.paths.database, tmp_path / "copia.sqlite3")
    assert mode(copy) == 0o600
    assert not list(usb.glob("*.parcial*"))


@posix_only
def test_rotated_logs_stay_private(tmp_path, loose_umask):
    paths = DataPaths(tmp_path / "datos")
    configure_logging(paths)
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_pisac", False))
    handler.doRollover()
    logs = sorted(paths.logs.iterdir())
    assert len(logs) == 2 and all(mode(f) == 0o600 for f in logs)


@posix_only
@pytest.mark.sqlite_only(reason="permisos del archivo SQLite y sus copias")
def test_an_old_world_readable_folder_is_fixed_at_start_and_logged(opened, tmp_path, caplog):
    paths = opened.paths
    opened.db.dispose()
    (paths.documents / "RA-001-2026.pdf").write_bytes(b"%PDF-1.4")  # saved there by a person
    old_copy = paths.backups / "pisac-manual-20250101-090000.sqlite3"
    old_copy.write_bytes(b"SQLite format 3\x00")
    for folder in (paths.root, paths.backups, paths.documents, paths.logs):
        folder.chmod(0o755)
    for file in (paths.database, paths.settings, paths.documents / "RA-001-2026.pdf", old_copy):
        file.chmod(0o644)
    elsewhere = tmp_path / "ajeno.txt"
    elsewhere.write_text("de otra persona")
    elsewhere.chmod(0o644)
    (paths.root / "enlace").symlink_to(elsewhere)  # a link is never followed
    with caplog.at_level(logging.WARNING, logger="pisac_desktop.startup"):
        open_database(paths).db.dispose()
    assert mode(paths.root) == mode(paths.backups) == mode(paths.documents) == 0o700
    assert mode(paths.database) == mode(paths.settings) == 0o600
    assert mode(old_copy) == 0o600
    assert mode(paths.documents / "RA-001-2026.pdf") == 0o644  # the closed folder protects it
    assert mode(elsewhere) == 0o644
    assert "private to the user" in caplog.text and "backups/pisac-manual-2025" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="pisac_desktop.startup"):
        open_database(paths).db.dispose()
    assert "private to the user" not in caplog.text  # nothing left to fix: nothing logged
    assert make_private_tree(paths.root, keep_contents=(paths.documents,)) == []


def test_the_windows_installer_leaves_the_data_folder_to_its_inherited_acl():
    """README says: the setup never creates the per-user data folder nor changes permissions, so
    the folder keeps the user profile's ACL (the user, SYSTEM, Administrators)."""
    nsi = (Path(__file__).parents[1] / "installer" / "pisac_desktop.nsi").read_text("utf-8-sig")
    code = "\n".join(line.split(";", 1)[0] for line in nsi.splitlines()).lower()
    for tool in ("accesscontrol::", "icacls", "cacls", "setfileattributes"):
        assert tool not in code
    data_lines = [line for line in code.splitlines() if "$localappdata" in line]
    assert data_lines and not any("createdirectory" in line for line in data_lines)
    assert 'define data_subdir "municipalidadpisac\\pisacdesktop"' in code


# --- the PostgreSQL password -------------------------------------------------------------------

def write_url(paths: DataPaths, url: str) -> None:
    paths.settings.write_text("; mi comentario\n[base_de_datos]\n"
                              f"url = {url}\n; otro comentario\n", encoding="utf-8")


def test_a_password_in_the_settings_file_moves_to_a_private_file(tmp_path, caplog):
    paths = DataPaths(tmp_path / "datos").ensure()
    write_url(paths, "postgresql+psycopg://pisac:s3cr%%3Ata@192.168.1.10:5433/pisac")
    with caplog.at_level(logging.WARNING, logger="pisac_desktop.config"):
        url = make_url(load_settings(paths).database_url)
    assert "password was moved" in caplog.text and "s3cr" not in caplog.text
    text = paths.settings.read_text(encoding="utf-8")
    assert "s3cr" not in text and "url = postgresql+psycopg://pisac@192.168.1.10:5433/pisac\n" in text
    assert text.startswith("; mi comentario\n") and "; otro comentario" in text
    assert paths.password_file.read_text(encoding="utf-8") == "*:*:*:pisac:s3cr\\:ta\n"
    if os.name == "posix":
        assert mode(paths.password_file) == mode(paths.settings) == 0o600
    assert url.password is None and url.host == "192.168.1.10" and url.port == 5433
    assert url.query["passfile"] == str(paths.password_file)
    # The driver hands it to libpq as «passfile» (psycopg passes unknown keywords to conninfo).
    _args, params = PGDialect_psycopg().create_connect_args(url)
    assert params["passfile"] == str(paths.password_file) and "password" not in params
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="pisac_desktop.config"):
        assert make_url(load_settings(paths).database_url) == url  # the same, quietly
    assert not caplog.text


def test_the_server_location_never_shows_the_password_file(tmp_path):
    from types import SimpleNamespace

    paths = DataPaths(tmp_path / "datos").ensure()
    write_url(paths, "postgresql+psycopg2://pisac:clave@servidor/pisac")
    url = make_url(load_settings(paths).database_url)
    engine = SimpleNamespace(url=url, dialect=SimpleNamespace(name="postgresql"))
    db = Database(str(url), engine, None)  # no driver needed to say where the data is
    assert db.display_location == "postgresql+psycopg2://pisac@servidor/pisac"


def test_without_a_password_file_libpq_looks_where_it_always_does(tmp_path):
    paths = DataPaths(tmp_path / "datos").ensure()
    write_url(paths, "postgresql+psycopg://pisac@servidor/pisac")
    assert load_settings(paths).database_url == "postgresql+psycopg://pisac@servidor/pisac"
    write_url(paths, "postgresql+psycopg://pisac@servidor/pisac?passfile=/srv/mi-pgpass")
    paths.password_file.write_text(pgpass_line("pisac", "x"), encoding="utf-8")
    assert make_url(load_settings(paths).database_url).query["passfile"] == "/srv/mi-pgpass"


def test_a_settings_file_that_cannot_be_rewritten_keeps_working(tmp_path, monkeypatch, caplog):
    paths = DataPaths(tmp_path / "datos").ensure()
    write_url(paths, "postgresql+psycopg://pisac:clave@servidor/pisac")

    def read_only(path, _text):
        raise PermissionError(13, "Permiso denegado", str(path))

    monkeypatch.setattr(config, "write_private_text", read_only)
    with caplog.at_level(logging.ERROR, logger="pisac_desktop.config"):
        url = make_url(load_settings(paths).database_url)
    assert url.password == "clave" and "passfile" not in url.query
    assert "Could not move" in caplog.text and "clave@" not in caplog.text
    assert "clave@" in paths.settings.read_text(encoding="utf-8")


@pytest.mark.parametrize(("username", "password", "line"), [
    ("pisac", "a:b\\c", "*:*:*:pisac:a\\:b\\\\c\n"),
    (None, "x", "*:*:*:*:x\n"),
])
def test_pgpass_lines_escape_colons_and_backslashes(username, password, line):
    assert pgpass_line(username, password) == line


def test_a_percent_in_the_url_does_not_break_the_settings_file(tmp_path):
    paths = DataPaths(tmp_path / "datos").ensure()
    write_url(paths, "postgresql+psycopg://ana%%40pisac:c%%25@servidor/pisac")
    url = make_url(load_settings(paths).database_url)
    assert url.username == "ana@pisac" and url.password is None
    assert paths.password_file.read_text(encoding="utf-8") == "*:*:*:ana@pisac:c%\n"
    assert make_url(load_settings(paths).database_url) == url  # the rewritten file reads back
