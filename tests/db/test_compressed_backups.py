"""Compressed copies (issue 15): .sqlite3.gz with a .json summary, verified by reading back,
listed from the summary, checked in full and restored through a private temporary file; the
older plain copies keep working."""

import datetime as dt
import gzip
import hashlib
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

import pytest

from pisac_desktop.core import backups as backups_module
from pisac_desktop.core import compressed_backups
from pisac_desktop.core.backups import backup_now, list_backups, newest_sound_backup
from pisac_desktop.core.compressed_backups import read_summary, summary_of
from pisac_desktop.core.permissions import Actor
from pisac_desktop.db.backup import BackupKind, parse_backup_name
from pisac_desktop.restore import RestoreRefused, restore_backup
from tests.copies import as_plain
from tests.engines import SQLITE_BACKUPS

pytestmark = SQLITE_BACKUPS

ADMIN = Actor.system("prueba")
WHEN = dt.datetime(2026, 11, 21, 10, 15)


def rows(path, table="org_unit"):
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_copy_is_compressed_with_its_summary_and_reads_back_whole(demo):
    info = backup_now(demo.db, demo.paths, ADMIN, clock=lambda: WHEN)
    assert info.path.name == "pisac-manual-20261121-101500.sqlite3.gz"
    assert parse_backup_name(info.path.name).kind is BackupKind.MANUAL
    assert sorted(p.name for p in demo.paths.backups.iterdir() if p.name.startswith("pisac-")) \
        == [info.path.name, info.path.name + ".json"]  # no plain file left behind
    summary = read_summary(info.path)
    content = gzip.decompress(info.path.read_bytes())  # any archiver opens it
    assert content.startswith(b"SQLite format 3\x00")
    assert summary.plain_sha256 == hashlib.sha256(content).hexdigest()
    assert summary.plain_size == len(content) and summary.size == info.path.stat().st_size
    assert summary.size < summary.plain_size / 2
    assert summary.counts["org_unit"] == rows(demo.paths.database)
    assert info.plain_size == len(content) and info.size < info.plain_size
    assert "comprimida, de" in info.size_text
    assert oct(summary_of(info.path).stat().st_mode & 0o777) == "0o600"  # it names the RUC


def test_listing_reads_the_summary_and_sees_a_changed_file(demo, monkeypatch):
    info = backup_now(demo.db, demo.paths, ADMIN, clock=lambda: WHEN)
    monkeypatch.setattr(compressed_backups, "decompress_file",
                        lambda *_a: pytest.fail("listing must not decompress"))
    listed = list_backups(demo.paths.backups)
    assert [(b.path, b.state) for b in listed] == [(info.path, "íntegra")]
    assert listed[0].counts["Miembros del concejo"] == 6
    monkeypatch.undo()

    data = bytearray(info.path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one bit flipped on the disk, the size unchanged
    info.path.write_bytes(bytes(data))
    listed = list_backups(demo.paths.backups)
    assert listed[0].state == "dañada" and "no coincide con su resumen" in listed[0].problem
    assert newest_sound_backup(demo.paths.backups) is None
    demo.db.dispose()
    before = demo.paths.database.read_bytes()
    with pytest.raises(RestoreRefused, match="está dañada.*No se cambió nada"):
        restore_backup(demo.paths, info.path, ADMIN)
    assert demo.paths.database.read_bytes() == before


def test_without_its_summary_a_copy_is_checked_in_full(demo):
    info = backup_now(demo.db, demo.paths, ADMIN, clock=lambda: WHEN)
    summary_of(info.path).unlink()
    listed = list_backups(demo.paths.backups)[0]
    assert listed.sound and listed.counts["Miembros del concejo"] == 6
    truncated = info.path.read_bytes()[: info.path.stat().st_size // 2]
    info.path.write_bytes(truncated)
    backups_module._INSPECTED.clear()
    listed = list_backups(demo.paths.backups)[0]
    assert listed.state == "dañada" and "dañado o incompleto" in listed.problem


def test_restore_from_a_compressed_and_from_an_older_plain_copy(demo, tmp_path):
    paths = demo.paths
    from pisac_desktop.db.models import OrgUnit

    compressed = backup_now(demo.db, paths, ADMIN, clock=lambda: WHEN)
    with demo.db.session() as s:
        s.add(OrgUnit(name="Unidad posterior", abbreviation="UP", position=60))
    plain = as_plain(backup_now(demo.db, paths, ADMIN, tmp_path / "usb",
                                clock=lambda: WHEN + dt.timedelta(hours=1)))
    assert plain.name.endswith(".sqlite3") and rows(plain) == rows(paths.database)
    after = rows(paths.database)

    temporary = Path(tempfile.gettempdir())
    before = set(temporary.glob("pisac-copia-*"))
    result = restore_backup(paths, compressed.path, ADMIN, db=demo.db)
    assert rows(paths.database) == after - 1 and result.restored.path == compressed.path
    assert set(temporary.glob("pisac-copia-*")) == before  # the decompressed content is gone
    restore_backup(paths, plain, ADMIN)
    assert rows(paths.database) == after
    anchors = (paths.backups / "anclas-auditoria.txt").read_text(encoding="utf-8")
    assert compressed.path.name in anchors and plain.name in anchors


def test_a_kill_before_compressing_leaves_a_sound_plain_copy(demo, monkeypatch):
    def killed(*_a, **_k):
        raise KeyboardInterrupt  # as far as the files go: stopped right there

    monkeypatch.setattr(backups_module, "pack", killed)
    monkeypatch.setattr(backups_module, "_discard", lambda _p: None)  # a kill cleans nothing
    with pytest.raises(KeyboardInterrupt):
        backup_now(demo.db, demo.paths, ADMIN, clock=lambda: WHEN)
    monkeypatch.undo()
    left = [p.name for p in demo.paths.backups.iterdir() if p.name.startswith("pisac-")]
    assert left == ["pisac-manual-20261121-101500.sqlite3"]  # the verified copy, old format
    assert list_backups(demo.paths.backups)[0].restorable
    again = backup_now(demo.db, demo.paths, ADMIN, clock=lambda: WHEN)
    assert again.path.name == "pisac-manual-20261121-101500-2.sqlite3.gz"  # no name reused


def test_a_copy_that_does_not_read_back_is_discarded(demo, monkeypatch):
    from pisac_desktop.core.backups import BackupError
    from pisac_desktop.db import backup as db_backup

    monkeypatch.setattr(db_backup, "content_digest", lambda *_a: "0" * 64)
    with pytest.raises(BackupError, match="No se pudo comprimir la copia"):
        backup_now(demo.db, demo.paths, ADMIN, clock=lambda: WHEN)
    assert not [p for p in demo.paths.backups.iterdir() if p.name.startswith("pisac-")]


def test_a_summary_that_is_not_one_does_not_break_the_list(demo):
    info = backup_now(demo.db, demo.paths, ADMIN, clock=lambda: WHEN)
    for text in ("null", "5", '"x"', '{"formato": "pisac-desktop-sqlite-gz", "size": 1}', "{"):
        summary_of(info.path).write_text(text, encoding="utf-8")
        backups_module._INSPECTED.clear()
        listed = list_backups(demo.paths.backups)[0]  # checked in full instead
        assert listed.sound and listed.counts["Miembros del concejo"] == 6, text


def test_decompressed_content_is_private_beside_the_copy_and_swept_after_a_kill(demo):
    from pisac_desktop.core.compressed_backups import plain_copy
    from pisac_desktop.db.leftovers import LEFTOVER_AGE_S, clean_unpacked

    info = backup_now(demo.db, demo.paths, ADMIN, clock=lambda: WHEN)
    with plain_copy(info.path) as plain:
        assert plain.parent.parent == demo.paths.backups  # room was checked there
        assert oct(plain.parent.stat().st_mode & 0o777) == "0o700"
        assert oct(plain.stat().st_mode & 0o777) == "0o600"
    assert not list(demo.paths.backups.glob("pisac-copia-*"))
    killed = demo.paths.backups / "pisac-copia-abc123"  # what a kill leaves
    killed.mkdir()
    (killed / "pisac-manual-20261121-101500.sqlite3").write_bytes(b"x" * 100)
    # Times on the disk's clock (the suite also runs under a faked one): the folder's own.
    made = max(killed.stat().st_mtime, (killed / "pisac-manual-20261121-101500.sqlite3")
               .stat().st_mtime)
    assert clean_unpacked(demo.paths.backups, now=made + 5) == []  # maybe in use: kept a while
    assert clean_unpacked(demo.paths.backups, now=made + LEFTOVER_AGE_S + 1) == [killed]
    assert not killed.exists()


def test_a_compressed_copy_is_checked_against_with_its_own_chain(demo, capsys):
    from pisac_desktop import cli

    info = backup_now(demo.db, demo.paths, ADMIN, clock=lambda: WHEN)
    demo.db.dispose()
    code = cli.main(["--data-dir", str(demo.paths.root), "audit-verify", "--against",
                     str(info.path)])
    out = capsys.readouterr()
    assert "no se pudo leer como base de datos" not in out.out + out.err
    assert code == 0, out.out + out.err
