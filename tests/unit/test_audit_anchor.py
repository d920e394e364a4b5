"""The forger of issue 10: with write access to the SQLite file he drops the triggers, rewrites
an issued resolution and its "Emisión" entry, deletes an entry, renumbers, recomputes every hash
and the head marker, and puts the triggers back. The chain alone says "íntegro"; the anchors
outside the database (copies, the anchors file, a USB copy) and the sealed content do not."""

import datetime as dt
import json
import sqlite3
from contextlib import closing
from types import SimpleNamespace

import pytest
from sqlalchemy import text

from pisac_desktop import cli
from pisac_desktop.core.audit import entry_hash, verify_chain
from pisac_desktop.core.audit_anchor import ANCHORS_FILE, read_anchors_file
from pisac_desktop.core.backups import backup_now
from pisac_desktop.core.compressed_backups import plain_copy
from pisac_desktop.core.integrity import check_trail
from pisac_desktop.db.audit_guard import SQLITE_TRIGGERS
from pisac_desktop.demo import demo_actor
from pisac_desktop.instruments.issued import annul
from pisac_desktop.instruments.register import issue, new_draft_form, save_draft
from tests.conftest import allow_tampering
from tests.engines import SQLITE_BACKUPS

pytestmark = SQLITE_BACKUPS  # every test here starts from a backup file (make_office)

WHEN = dt.datetime(2026, 11, 21, 9, 0)


@pytest.fixture
def office(demo_people):
    return make_office(demo_people)


def make_office(demo_people):
    """Three issued resolutions, then a copy in the backups folder, then one more."""
    with demo_people.db.session() as s:
        secretary = demo_actor(s, "mhuillca")
    for n in range(3):
        _issue(demo_people, secretary, f"Designar al responsable N° {n + 1}")
    backup_now(demo_people.db, demo_people.paths, secretary, clock=lambda: WHEN)
    _issue(demo_people, secretary, "Aprobar el plan de trabajo")
    return SimpleNamespace(opened=demo_people, paths=demo_people.paths, actor=secretary)


def _issue(opened, actor, summary: str) -> int:
    with opened.db.session() as s:
        form = new_draft_form(s, "MAYOR_RESOLUTION", dt.date(2026, 11, 21))
        form.doc_date, form.summary = "21/11/2026", summary
        form.articles = ["DESIGNAR a quien corresponda."]
        draft = save_draft(s, actor, form)
        return issue(s, actor, draft.id).id


def _issue_entry(path, number_text: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        for entry_id, changes in conn.execute(
                "SELECT id, changes FROM audit_entry WHERE action = 'issue' ORDER BY id"):
            if json.loads(changes)["número"][1] == number_text:
                return entry_id
    raise AssertionError(number_text)


def forge(path, number_text: str, reseal: bool = False) -> int:
    """The 30-line script. Returns the entry N° of the rewritten "Emisión" entry."""
    from pisac_desktop.core.content_seal import HASH_FIELD, content_hash

    target = _issue_entry(path, number_text)
    conn = sqlite3.connect(path)
    for name in SQLITE_TRIGGERS:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE instrument SET signer_name = 'Sr. Intruso Falso', "
                 "summary = 'Otra cosa' WHERE number_text = ?", (number_text,))
    row = conn.execute("SELECT changes FROM audit_entry WHERE id = ?", (target,)).fetchone()
    changes = json.loads(row[0])
    if reseal:  # the careful forger also reseals the content in the rewritten entry
        from pisac_desktop.db.models import Instrument

        values = dict(zip(*_row(conn, number_text), strict=True))
        changes[HASH_FIELD][1] = content_hash(Instrument(**values))
    conn.execute("UPDATE audit_entry SET username = 'otro', changes = ? WHERE id = ?",
                 (json.dumps(changes, ensure_ascii=False, sort_keys=True,
                             separators=(",", ":")), target))
    conn.execute("DELETE FROM audit_entry WHERE id = ?", (target + 1,))
    rows = conn.execute("SELECT * FROM audit_entry ORDER BY id").fetchall()
    names = [d[0] for d in conn.execute("SELECT * FROM audit_entry LIMIT 1").description]
    conn.execute("DELETE FROM audit_entry")
    prev = "0" * 64
    for n, row in enumerate(rows, start=1):
        entry = SimpleNamespace(**dict(zip(names, row, strict=True)))
        entry.id, entry.prev_hash = n, prev
        entry.hash = prev = entry_hash(entry)
        if reseal:  # and gives every entry the search text the program would have written
            from pisac_desktop.core.audit_text import search_text_of

            entry.search_text = search_text_of(entry.username, entry.workstation,
                                               entry.entity_id, entry.changes)
        conn.execute(f"INSERT INTO audit_entry ({', '.join(names)}) VALUES "
                     f"({', '.join('?' * len(names))})", [getattr(entry, c) for c in names])
    conn.execute("UPDATE app_meta SET value = ? WHERE key = 'audit_head'", (f"{n}:{prev}",))
    for sql in SQLITE_TRIGGERS.values():
        conn.execute(sql)
    conn.commit()
    conn.close()
    return target


def _row(conn, number_text):
    from pisac_desktop.db.models.instruments import FROZEN_COLUMNS

    columns = ", ".join(f'"{c}"' for c in FROZEN_COLUMNS)
    values = conn.execute(f"SELECT {columns} FROM instrument WHERE number_text = ?",
                          (number_text,)).fetchone()
    values = list(values)
    values[FROZEN_COLUMNS.index("doc_date")] = dt.date.fromisoformat(
        values[FROZEN_COLUMNS.index("doc_date")])
    return FROZEN_COLUMNS, values


def _check(office, against=()):
    with office.opened.db.session() as s:
        return check_trail(s, office.paths.backups, against)


RA2 = "RESOLUCIÓN DE ALCALDÍA N° 002-2026-MDP/A"


def test_an_untouched_office_is_sound(office):
    report = _check(office)
    assert report.ok, report.text
    assert "coincide con las 2 anclas" in report.text  # the copy and its line in the file
    lines = read_anchors_file(office.paths.backups / ANCHORS_FILE)
    copy = next(office.paths.backups.glob("*.sqlite3.gz"))
    with plain_copy(copy) as plain, closing(sqlite3.connect(plain)) as conn:
        last = conn.execute("SELECT id, hash FROM audit_entry ORDER BY id DESC").fetchone()
    assert len(lines) == 1 and (lines[0].head.entry, lines[0].head.hash) == last


def test_the_forger_fools_the_chain_but_not_the_anchors(office):
    target = forge(office.paths.database, RA2, reseal=True)
    with office.opened.db.session() as s:
        assert verify_chain(s).ok  # what issue 10 found: the chain alone says "íntegro"
    report = _check(office)
    assert not report.ok
    assert report.anchors.first_divergent == target
    assert f"la historia diverge desde la entrada N° {target}" in report.text
    assert f"Entrada N° {target} en la copia:" in report.text and "por otro" in report.text


def test_the_careless_forger_is_named_by_the_sealed_content(office):
    forge(office.paths.database, RA2)
    report = _check(office)
    assert f"{RA2} fue modificada después de emitirse." in report.text


def test_pruned_copies_still_leave_their_line(office):
    target = forge(office.paths.database, RA2, reseal=True)
    for copy in office.paths.backups.glob("*.sqlite3.gz*"):  # each copy and its summary
        copy.unlink()
    report = _check(office)
    assert not report.ok and report.anchors.checked == 1
    assert report.anchors.divergent_range[0] == 1
    assert report.anchors.divergent_range[1] >= target
    assert "anclas-auditoria.txt, línea 3" in report.text


def test_a_usb_copy_is_an_anchor_too(office, tmp_path):
    usb = tmp_path / "USB"
    backup_now(office.opened.db, office.paths, office.actor, usb, clock=lambda: WHEN)
    assert (usb / ANCHORS_FILE).is_file()
    for path in office.paths.backups.iterdir():  # the forger also cleans the backups folder
        path.unlink()
    target = forge(office.paths.database, RA2, reseal=True)
    assert _check(office).ok is True  # nothing left in the data folder to compare with
    copy = next(usb.glob("*.sqlite3.gz"))
    report = _check(office, [copy])
    assert not report.ok and report.anchors.first_divergent == target
    code = cli.main(["--data-dir", str(office.paths.root), "audit-verify", "--against",
                     str(usb)])
    assert code == 1


def test_cli_check_names_the_divergent_entry(office, capsys):
    target = forge(office.paths.database, RA2)
    office.opened.db.dispose()
    assert cli.main(["--data-dir", str(office.paths.root), "check"]) == 1
    out = capsys.readouterr().out
    assert f"diverge desde la entrada N° {target}" in out
    assert f"{RA2} fue modificada después de emitirse." in out
    assert "Resultado: se encontraron problemas." in out


def test_a_silent_sql_edit_of_an_issued_document_is_named(office):
    with office.opened.db.engine.begin() as conn:
        conn.execute(text("UPDATE instrument SET summary = 'Otra' WHERE number_text = :n"),
                     {"n": RA2})
    report = _check(office)
    assert not report.ok
    assert [p.message for p in report.content] == [f"{RA2} fue modificada después de emitirse."]


def test_annulment_keeps_verifying_and_its_edit_is_named(office):
    with office.opened.db.session() as s:
        instrument_id = s.execute(text("SELECT id FROM instrument WHERE number_text = :n"),
                                  {"n": RA2}).scalar()
        annul(s, office.actor, instrument_id, "Error material")
    assert _check(office).ok
    with office.opened.db.engine.begin() as conn:
        conn.execute(text("UPDATE instrument SET annul_reason = 'Otro motivo' WHERE id = :i"),
                     {"i": instrument_id})
    assert (f"La anulación de {RA2} fue modificada después de registrarse."
            in _check(office).text)
    with office.opened.db.engine.begin() as conn:
        conn.execute(text("UPDATE instrument SET state = 'issued' WHERE id = :i"),
                     {"i": instrument_id})
    assert f"{RA2} fue desanulada fuera de la aplicación." in _check(office).text


def test_dropped_triggers_are_reported(office):
    with office.opened.db.engine.begin() as conn:
        allow_tampering(conn)
    report = _check(office)
    assert not report.ok and "faltan los disparadores" in report.text


def test_a_missing_path_is_a_clear_message(office, tmp_path, capsys):
    code = cli.main(["--data-dir", str(office.paths.root), "check", "--against",
                     str(tmp_path / "no-existe")])
    assert code == 1
    assert "No existe" in capsys.readouterr().err
