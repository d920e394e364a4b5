"""The Constancia de integridad del registro, a typed-back head, the content baseline of an older
database, and the checks before a restore (chain, triggers, institution)."""

import datetime as dt
import io
import sqlite3
from contextlib import closing

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from pisac_desktop import admin_cli, cli
from pisac_desktop.core.audit_anchor import group_hash, live_head
from pisac_desktop.core.backups import ForeignBackup, RestoreRefused, backup_now
from pisac_desktop.core.content_seal import (
    content_problems,
    ensure_content_baseline,
    kind_digests,
)
from pisac_desktop.core.errors import ValidationFailed
from pisac_desktop.core.integrity import (
    certificate_pdf,
    check_trail,
    check_typed_head,
    parse_head,
)
from pisac_desktop.db.audit_guard import SQLITE_TRIGGERS
from pisac_desktop.db.models import Instrument
from pisac_desktop.instruments import register as instruments
from pisac_desktop.restore import check_restorable, restore_backup
from tests.copies import as_plain
from tests.engines import SQLITE_BACKUPS
from tests.unit.test_audit_anchor import WHEN, _issue, make_office

NOW = dt.datetime(2026, 11, 21, 10, 32)


@pytest.fixture
def office(demo_people):
    return make_office(demo_people)


def _pdf_text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(p.extract_text() for p in reader.pages)


@SQLITE_BACKUPS
def test_the_constancia_prints_the_right_figures(office):
    with office.opened.db.session() as s:
        head = live_head(s)
        digests = {d.code: d for d in kind_digests(s)}
        pdf, name, certified = certificate_pdf(s, office.actor, lambda: NOW)
    assert certified == head and name == "constancia-integridad-20261121-1032.pdf"
    pages, content = _pdf_text(pdf)
    assert pages == 1
    assert "CONSTANCIA DE INTEGRIDAD DEL REGISTRO" in content
    assert "21/11/2026 a las 10:32 horas" in content
    assert f"{head.entry} (de la N° 1 a la N° {head.entry})" in content
    groups = group_hash(head.hash).split(" ")
    assert " ".join(groups[:8]) in content and " ".join(groups[8:]) in content
    assert "Resoluciones de Alcaldía\n 4\n 0\n" in content
    assert " ".join(group_hash(digests["MAYOR_RESOLUTION"].digest).split(" ")[:8]) in content
    assert "Abog. Marleny Huillca Sutta" in content and "SECRETARIA GENERAL" in content
    assert "Íntegro" in content
    with office.opened.db.session() as s:  # the constancia itself is audited, after the head
        assert live_head(s).entry == head.entry + 1


@SQLITE_BACKUPS
def test_user_text_in_the_constancia_is_escaped(office):
    with office.opened.db.engine.begin() as conn:
        conn.execute(text("UPDATE instrument_kind SET plural = 'Resoluciones <b>&amp; Co' "
                          "WHERE code = 'MAYOR_RESOLUTION'"))
    with office.opened.db.session() as s:
        pdf, _name, _head = certificate_pdf(s, office.actor, lambda: NOW)
    assert "Resoluciones <b>&amp; Co" in _pdf_text(pdf)[1]


@SQLITE_BACKUPS
def test_a_typed_head_is_accepted_in_groups_and_capitals(office):
    with office.opened.db.session() as s:
        head = live_head(s)
    typed = parse_head(f" {head.entry} ", group_hash(head.hash.upper()))
    assert typed == head
    _issue(office.opened, office.actor, "Una más, después de la constancia")
    with office.opened.db.session() as s:
        result = check_typed_head(s, typed)
    assert result.ok and "Coincide" in result.message and "entradas más" in result.message


@SQLITE_BACKUPS
def test_a_wrong_or_lost_head_is_refused(office):
    with office.opened.db.session() as s:
        head = live_head(s)
        wrong = check_typed_head(s, parse_head(str(head.entry - 1), head.hash))
        beyond = check_typed_head(s, parse_head(str(head.entry + 50), head.hash))
    assert not wrong.ok and "otra huella" in wrong.message
    assert not beyond.ok and "se eliminaron entradas" in beyond.message


@pytest.mark.parametrize(("entry", "value", "field", "words"), [
    ("", "ab" * 32, "entry", "solo cifras"),
    ("doce", "ab" * 32, "entry", "solo cifras"),
    ("12", "ab" * 31, "hash", "tiene 62 caracteres"),
    ("12", "zz" + "ab" * 31, "hash", "z"),
])
def test_bad_typing_gets_a_clear_message(entry, value, field, words):
    with pytest.raises(ValidationFailed) as caught:
        parse_head(entry, value)
    messages = {e.field: e.message for e in caught.value.errors}
    assert field in messages and words in messages[field]


@SQLITE_BACKUPS
def test_cli_head_and_constancia(office, tmp_path, capsys):
    office.opened.db.dispose()
    root = str(office.paths.root)
    with office.opened.db.session() as s:
        head = live_head(s)
    office.opened.db.dispose()
    assert cli.main(["--data-dir", root, "audit-verify", "--head", str(head.entry),
                     *group_hash(head.hash).split(" ")]) == 0
    assert "Coincide" in capsys.readouterr().out
    assert cli.main(["--data-dir", root, "audit-verify", "--head", str(head.entry),
                     "f" * 64]) == 1
    assert cli.main(["--data-dir", root, "audit-verify", "--head", "12", "abc"]) == 2
    assert "64 caracteres" in capsys.readouterr().err
    target = tmp_path / "constancia.pdf"
    assert cli.main(["--data-dir", root, "audit-verify", "--constancia", str(target)]) == 0
    assert "CONSTANCIA DE INTEGRIDAD" in _pdf_text(target.read_bytes())[1]


def test_an_older_database_is_sealed_once(demo_people, monkeypatch):
    from pisac_desktop.demo import demo_actor

    with demo_people.db.session() as s:
        actor = demo_actor(s, "mhuillca")
    monkeypatch.setattr(instruments, "seal_changes", lambda _i: {})  # the version before
    first = _issue(demo_people, actor, "Emitida antes del sellado")
    monkeypatch.undo()
    with demo_people.db.engine.begin() as conn:  # ... which had no baseline marker either
        conn.execute(text("DELETE FROM app_meta WHERE key = 'content_seal_started'"))
    with demo_people.db.session() as s:
        assert content_problems(s) == []  # nothing sealed yet: nothing to compare
        assert ensure_content_baseline(s) == 1
    with demo_people.db.session() as s:
        assert ensure_content_baseline(s) == 0  # once only
    with demo_people.db.engine.begin() as conn:
        conn.execute(text("UPDATE instrument SET seen = 'otro' WHERE id = :i"), {"i": first})
        table = Instrument.__table__
        values = dict(conn.execute(table.select().where(table.c.id == first)).mappings().one())
        del values["id"]  # a new row (an explicit NULL id is refused by PostgreSQL)
        values.update(kind_code="MAYOR_DECREE", number=9,
                      number_text="DECRETO DE ALCALDÍA N° 009-2026-MDP/A")
        conn.execute(Instrument.__table__.insert().values(**values))
    with demo_people.db.session() as s:
        assert ensure_content_baseline(s) == 0  # an inserted document is never sealed
        messages = [p.message for p in content_problems(s)]
    assert messages == [
        "RESOLUCIÓN DE ALCALDÍA N° 001-2026-MDP/A fue modificada después de emitirse.",
        "DECRETO DE ALCALDÍA N° 009-2026-MDP/A figura como emitido sin registro de emisión "
        "(agregado fuera de la aplicación).",
    ]


# --- restore ------------------------------------------------------------------------------------
def _copy(office, tmp_path, name="usb", plain=False):
    """A copy on a USB stick; plain: in the older uncompressed format, to edit it."""
    info = backup_now(office.opened.db, office.paths, office.actor, tmp_path / name,
                      clock=lambda: WHEN)
    return as_plain(info) if plain else info.path


@SQLITE_BACKUPS
def test_a_copy_with_a_rewritten_trail_is_refused(office, tmp_path):
    copy = _copy(office, tmp_path, plain=True)
    with closing(sqlite3.connect(copy)) as conn:
        for name in SQLITE_TRIGGERS:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE audit_entry SET username = 'otro' WHERE id = 3")
        conn.commit()
    before = office.paths.database.read_bytes()
    with pytest.raises(RestoreRefused, match="no es confiable.*N° 3"):
        restore_backup(office.paths, copy, admin_cli.cli_actor(), office.opened.db)
    assert office.paths.database.read_bytes() == before


@SQLITE_BACKUPS
def test_another_institutions_copy_needs_confirmation(office, tmp_path, capsys):
    copy = _copy(office, tmp_path, plain=True)
    with closing(sqlite3.connect(copy)) as conn:
        conn.execute("UPDATE institution SET ruc = '20999999999', name = 'Municipalidad "
                     "Distrital de Taray'")
        conn.commit()
    office.opened.db.dispose()
    with pytest.raises(ForeignBackup, match="Taray.*20999999999"):
        check_restorable(copy, office.paths.database)
    assert check_restorable(copy, office.paths.database, allow_other_institution=True)
    root = str(office.paths.root)
    assert cli.main(["--data-dir", root, "restore", "--yes", str(copy)]) == 2
    assert "--other-institution" in capsys.readouterr().err
    assert cli.main(["--data-dir", root, "restore", "--yes", "--other-institution",
                     str(copy)]) == 0


@SQLITE_BACKUPS
def test_a_restored_copy_gets_its_triggers_back(office, tmp_path):
    copy = _copy(office, tmp_path, plain=True)
    with closing(sqlite3.connect(copy)) as conn:
        for name in SQLITE_TRIGGERS:
            conn.execute(f"DROP TRIGGER {name}")
        conn.commit()
    check_restorable(copy, office.paths.database)  # a sound chain: not refused
    result = restore_backup(office.paths, copy, admin_cli.cli_actor(), office.opened.db)
    assert result.notes and "se repusieron" in result.notes[0]
    with closing(sqlite3.connect(office.paths.database)) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                            "WHERE type = 'trigger'")}
    assert set(SQLITE_TRIGGERS) <= names


@SQLITE_BACKUPS
def test_a_legitimate_restore_does_not_look_like_forgery(office, tmp_path):
    old = _copy(office, tmp_path)
    for n in range(3):
        _issue(office.opened, office.actor, f"Después de la copia {n}")
    backup_now(office.opened.db, office.paths, office.actor,
               clock=lambda: WHEN + dt.timedelta(hours=1))
    restore_backup(office.paths, old, admin_cli.cli_actor(), office.opened.db,
                   clock=lambda: WHEN + dt.timedelta(hours=2))
    from pisac_desktop.startup import open_database

    opened = open_database(office.paths)
    try:
        with opened.db.session() as s:
            report = check_trail(s, office.paths.backups)
    finally:
        opened.db.dispose()
    assert report.ok, report.text
    assert "reemplazada por una restauración" in report.text
