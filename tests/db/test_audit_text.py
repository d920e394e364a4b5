"""The audit trail searchable in SQL: migration 0010 gives every existing entry its folded text
(under the append-only triggers, the chain untouched); new entries get it in the same INSERT;
the viewer's filters answer as the old scan in Python did, with lazy counts, on both engines."""

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from pisac_desktop.core import audit_search
from pisac_desktop.core.audit import verify_chain
from pisac_desktop.core.audit_search import AuditFilter, count, search
from pisac_desktop.core.audit_text import search_text_of
from pisac_desktop.db.models import AuditEntry
from pisac_desktop.db.text_index import AUDIT_TEXT, words_of
from pisac_desktop.demo import demo_actor
from pisac_desktop.startup import open_database
from tests.db.test_migrations import FIXTURES, _database_at


def _fixture(name: str):
    return next(f for f in FIXTURES if f.name == name)


def test_schema_0009_entries_get_their_text_and_the_chain_holds(request, tmp_path, db_engine):
    paths = _database_at(request, tmp_path, db_engine, _fixture("schema_0009.sqlite3"))
    opened = open_database(paths)
    try:
        assert opened.schema.from_revision == "0009"
        with opened.db.session() as s:
            entries = s.execute(select(AuditEntry)).scalars().all()
            assert len(entries) > 50
            for e in entries:
                assert e.search_text == search_text_of(e.username, e.workstation, e.entity_id,
                                                       e.changes)
            assert verify_chain(s).ok
            assert not AUDIT_TEXT.missing(s.connection())
        # The append-only triggers are back: the text cannot be rewritten either.
        with pytest.raises(DBAPIError), opened.db.engine.begin() as conn:
            conn.execute(text("UPDATE audit_entry SET search_text = '' WHERE id = 1"))
        with pytest.raises(DBAPIError), opened.db.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_entry WHERE id = 1"))
    finally:
        opened.db.dispose()


def _scanned(session, actor, flt) -> list[int]:
    """The old way: every entry of the SQL filters, its words matched here in Python."""
    everything = search(session, actor, AuditFilter(flt.date_from, flt.date_to, flt.username,
                                                    flt.action, flt.entity), limit=10**6)
    words = words_of(flt.text)
    return [r.id for r in everything
            if all(w in search_text_of(r.username, r.workstation, r.entity_id,
                                       _raw_changes(session, r.id)) for w in words)]


def _raw_changes(session, entry_id: int) -> str:
    return session.scalar(select(AuditEntry.changes).where(AuditEntry.id == entry_id))


@pytest.fixture
def admin(demo_people):
    with demo_people.db.session() as s:
        return demo_actor(s, "soporte")


QUERIES = ["resolucion", "RESOLUCIÓN alcaldia", "mhuillca", "zzzz", "de", "a", "001-2026",
           "borrador emitido", "PC-", "sesion ordinaria"]


def test_filters_answer_as_the_scan_did(demo_people, admin):
    with demo_people.db.session() as s:
        for query in QUERIES:
            flt = AuditFilter(text=query)
            got = [r.id for r in search(s, admin, flt, limit=10**6)]
            assert got == _scanned(s, admin, flt), query
            assert count(s, admin, flt) == min(len(got), audit_search.COUNT_CAP + 1)
        name = audit_search.filter_choices(s, admin).usernames[-1]
        users = [r.username for r in search(s, admin, AuditFilter(username=name))]
        assert users and set(users) == {name}


def test_new_entries_are_found_at_once(demo_people, admin):
    from pisac_desktop.core.audit import record

    with demo_people.db.session() as s:
        record(s, admin, "update", "institution", 1, {"lema": ["", "Pisac Ñawpa Llaqta"]})
    with demo_people.db.session() as s:
        found = search(s, admin, AuditFilter(text="nawpa llaqta"))
        assert len(found) == 1 and found[0].changes[0].after == "Pisac Ñawpa Llaqta"


def test_many_matches_are_counted_lazily_and_walked_newest_first(demo_people, admin,
                                                                   monkeypatch):
    from pisac_desktop.core.audit import record

    with demo_people.db.session() as s:
        for n in range(12):
            record(s, admin, "update", "institution", 1, {"lema": [None, f"Acta {n}"]})
    with demo_people.db.session() as s:
        flt = AuditFilter(text="a")
        expected = [r.id for r in search(s, admin, flt, limit=10**6)]
        assert len(expected) > 10
    monkeypatch.setattr(audit_search, "COUNT_CAP", 4)
    with demo_people.db.session() as s:
        total = count(s, admin, flt)
        assert total == 5 and audit_search.is_capped(total)
        pages, before = [], None
        while True:  # the viewer's keyset paging
            page = search(s, admin, flt, before_id=before, limit=3, total=total)
            if not page:
                break
            pages += [r.id for r in page]
            before = page[-1].id
        assert pages == expected
        longer = AuditFilter(text="resolucion alcaldia")
        assert [r.id for r in search(s, admin, longer, limit=10**6, total=5)] == \
            _scanned(s, admin, longer)


def test_a_forger_who_edits_the_search_text_or_the_index_is_caught(demo_people, admin):
    """What the chain does not cover (the derived text, the index) is checked too: hiding an
    entry from the text filter is reported by the integrity check."""
    from pisac_desktop.core.audit import record
    from pisac_desktop.core.integrity import check_trail
    from tests.conftest import allow_tampering

    with demo_people.db.session() as s:
        target = record(s, admin, "update", "institution", 1,
                        {"lema": [None, "Pago indebido Ccorao"]}).id
        assert check_trail(s, None).ok
    with demo_people.db.engine.begin() as conn:
        allow_tampering(conn)
        conn.execute(text("UPDATE audit_entry SET search_text = '' WHERE id = :i"), {"i": target})
    with demo_people.db.session() as s:
        assert search(s, admin, AuditFilter(text="ccorao")) == []  # hidden from the filter…
        report = check_trail(s, None)
    assert not report.ok and report.chain.ok  # …the chain cannot see it; this check does
    assert f"Búsqueda del registro: 1 entrada tiene un texto de búsqueda que no corresponde a " \
           f"su contenido (N° {target})" in report.text


def test_an_index_edited_by_hand_is_reported(demo_people, admin, monkeypatch):
    from pisac_desktop.core.audit import record
    from pisac_desktop.core.integrity import check_trail
    from pisac_desktop.db import text_index

    monkeypatch.setattr(text_index, "DRIVE_SAMPLE", 1)  # a large trail: the index drives

    if not demo_people.db.is_sqlite:
        pytest.skip("PostgreSQL keeps its indexes itself: nothing to edit by hand")
    with demo_people.db.session() as s:
        entry = record(s, admin, "update", "institution", 1, {"lema": [None, "Huayllabamba"]})
        ident, stored = entry.id, entry.search_text
    with demo_people.db.engine.begin() as conn:  # the index forgets the entry
        conn.execute(text(f"INSERT INTO {AUDIT_TEXT.fts}({AUDIT_TEXT.fts}, rowid, search_text) "
                          "VALUES ('delete', :i, :t)"), {"i": ident, "t": stored})
    with demo_people.db.session() as s:
        assert search(s, admin, AuditFilter(text="huayllabamba")) == []
        report = check_trail(s, None)
    assert not report.ok
    assert f"Índices de búsqueda: no coinciden con los datos ({AUDIT_TEXT.fts})" in report.text


@pytest.mark.parametrize("sample", [1, 10**6], ids=["driven-by-the-index", "driven-by-filters"])
def test_both_ways_of_reading_give_the_scans_answer(demo_people, admin, monkeypatch, sample):
    """TextIndex.newest_first reads either the rows of the other filters (few) or the word's
    index backwards (many): the same entries, in the same order, and the same keyset pages."""
    from pisac_desktop.db import text_index

    monkeypatch.setattr(text_index, "DRIVE_SAMPLE", sample)
    with demo_people.db.session() as s:
        choices = audit_search.filter_choices(s, admin)
        first, last = audit_search.date_span(s, admin)
        filters = [AuditFilter(username=name, text=query)
                   for name in choices.usernames for query in ("resolucion", "zzzz", "de")]
        filters += [AuditFilter(action=code, text="sesion ordinaria")
                    for code, _ in choices.actions]
        filters += [AuditFilter(date_from=first, date_to=first, text="de"),
                    AuditFilter(date_from=last, date_to=last, text="borrador emitido")]
        for flt in filters:
            expected = _scanned(s, admin, flt)
            assert [r.id for r in search(s, admin, flt, limit=10**6)] == expected, flt
            assert count(s, admin, flt) == min(len(expected), audit_search.COUNT_CAP + 1)
            pages, before = [], None
            while page := search(s, admin, flt, before_id=before, limit=7):
                pages += [r.id for r in page]
                before = page[-1].id
            assert pages == expected, flt


def test_a_frequent_word_is_counted_past_the_cap_among_the_newest_only(demo_people, admin,
                                                                        monkeypatch):
    """PostgreSQL counts a word first among the DRIVE_SAMPLE newest entries (the trigram index
    alone would read every entry holding a frequent word): past the cap there, that is the
    answer («más de»); short of it, the index counts them all. Either way the scan's count."""
    from pisac_desktop.core.audit import record
    from pisac_desktop.db import text_index

    with demo_people.db.session() as s:
        for n in range(6):
            record(s, admin, "update", "institution", 1, {"lema": [None, f"Qenqo {n}"]})
        for n in range(3):
            record(s, admin, "update", "institution", 1, {"lema": [None, f"Otro {n}"]})
    monkeypatch.setattr(audit_search, "COUNT_CAP", 2)
    newest = select(AuditEntry.id)
    with demo_people.db.session() as s:
        def sampled(word):
            return AUDIT_TEXT.newest_count(s, newest, AuditEntry.id, AuditEntry.search_text,
                                           [word], audit_search.COUNT_CAP)

        monkeypatch.setattr(text_index, "DRIVE_SAMPLE", 5)  # the three «Otro», two «Qenqo»
        assert sampled("otro") == 3 and sampled("qenqo") is None
        monkeypatch.setattr(text_index, "DRIVE_SAMPLE", 9)
        assert sampled("qenqo") == 3  # counted up to the cap + 1
        for sample in (1, 5, 9, 10**6):
            monkeypatch.setattr(text_index, "DRIVE_SAMPLE", sample)
            for word in ("qenqo", "otro", "zzzz"):
                flt = AuditFilter(text=word)
                assert count(s, admin, flt) == min(len(_scanned(s, admin, flt)), 3), (word,
                                                                                       sample)
