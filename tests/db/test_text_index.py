"""The text index of documents (db/text_index.py): same answers as reading every row, on both
engines; kept in step by the writing transaction; used by the planner; repaired when lost."""

import datetime as dt

import pytest
from sqlalchemy import text

from pisac_desktop.db.models import Instrument
from pisac_desktop.db.text_index import INSTRUMENT_TEXT, ensure_all, fold, words_of
from pisac_desktop.demo import demo_actor
from pisac_desktop.instruments import search as search_module
from pisac_desktop.instruments.register import delete_draft, issue, new_draft_form, save_draft
from pisac_desktop.instruments.search import InstrumentFilter, count, search, search_query


@pytest.fixture
def secretary(demo_people):
    with demo_people.db.session() as s:
        return demo_actor(s, "mhuillca")


def _draft(demo, actor, summary, draft_id=None):
    with demo.db.session() as s:
        form = new_draft_form(s, "MAYOR_RESOLUTION", dt.date(2026, 11, 21))
        form.doc_date = "21/11/2026"
        form.summary = summary
        form.articles = ["ENCARGAR a la Gerencia Municipal el cumplimiento."]
        return save_draft(s, actor, form, draft_id).id


def _found(demo, query: str) -> set[int]:
    with demo.db.session() as s:
        rows = search(s, InstrumentFilter(text=query), limit=10_000)
        total = count(s, InstrumentFilter(text=query))
    assert total == len(rows)
    return {r.id for r in rows}


def _scanned(demo, query: str) -> set[int]:
    """The answer by reading every row in Python: what the index must agree with."""
    words = words_of(query)
    with demo.db.session() as s:
        return {i for i, t in s.query(Instrument.id, Instrument.search_text)
                if all(w in t for w in words)}


QUERIES = ["mercado", "MERCADO de abastos", "abast", "ño", "puente", "de", "zzzz", "100%_",
           'comillas "dobles"', "a", "mercado zzzz", "001-2026", "atención", "ATENCION",
           "Cusco-Pisac", "n°", "ercad"]


def test_index_answers_as_reading_every_row(demo_people, secretary):
    demo = demo_people
    _draft(demo, secretary, "Autorizar la feria del Mercado de Abastos de Pisac")
    _draft(demo, secretary, "Ampliación del puente sobre el río Vilcanota (Cusco-Pisac)")
    _draft(demo, secretary, 'Texto con comillas "dobles" y 100%_ de avance; año 2026; n° 5')
    _draft(demo, secretary, "Atención al ciudadano en la Oficina de Señoría")
    for query in QUERIES:
        assert _found(demo, query) == _scanned(demo, query), query
    assert _found(demo, "mercado abastos")  # the words in any order, anywhere
    assert _found(demo, "zzzz") == set()


def test_kept_in_step_by_the_writing_transaction(demo_people, secretary):
    demo = demo_people
    draft = _draft(demo, secretary, "Declarar de interés la Feria Quinua Dorada")
    assert _found(demo, "quinua dorada") == {draft}
    _draft(demo, secretary, "Declarar de interés la Feria del Maíz Gigante", draft)
    assert _found(demo, "quinua") == set()
    assert _found(demo, "maiz gigante") == {draft}
    with demo.db.session() as s:
        number = issue(s, secretary, draft).number_text
    assert draft in _found(demo, number)  # the number written at issue is found
    other = _draft(demo, secretary, "Borrador Efímero Descartable")
    assert _found(demo, "efimero") == {other}
    with demo.db.session() as s:
        delete_draft(s, secretary, other)
    assert _found(demo, "efimero") == set()


def test_rolled_back_write_leaves_no_trace_in_the_index(demo_people, secretary):
    demo = demo_people
    with demo.db.engine.connect() as conn:
        trans = conn.begin()
        conn.execute(text("UPDATE instrument SET search_text = 'palabra fantasma' "
                          "WHERE id = (SELECT min(id) FROM instrument)"))
        trans.rollback()
    assert _found(demo, "fantasma") == set()


def _plan(session, query) -> str:
    sql = str(query.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL enable_seqscan = off"))  # a small table: force it
        return " ".join(r[0] for r in session.execute(text(f"EXPLAIN {sql}")))
    return " ".join(r[-1] for r in session.execute(text(f"EXPLAIN QUERY PLAN {sql}")))


def test_the_planner_uses_the_index(demo_people):
    with demo_people.db.session() as s:
        plan = _plan(s, search_query(s, InstrumentFilter(text="mercado")))
        wanted = INSTRUMENT_TEXT.gin if demo_people.db.is_sqlite is False else \
            "VIRTUAL TABLE INDEX 0:M"
    assert wanted in plan, plan


def test_frequent_words_walk_the_date_order_with_the_same_answers(demo_people, secretary,
                                                                  monkeypatch):
    """More matches than the cap: the count says "more than", and the pages are read walking
    the date order; page by page they are the rows the index-driven plan gives."""
    demo = demo_people
    for n in range(5):
        _draft(demo, secretary, f"Feria artesanal número {n} en la plaza de Pisac")
    with demo.db.session() as s:
        expected = [r.id for r in search(s, InstrumentFilter(text="feria pisac"), 0, 100)]
        assert count(s, InstrumentFilter(text="feria pisac")) == 5
    monkeypatch.setattr(search_module, "COUNT_CAP", 2)
    with demo.db.session() as s:
        total = count(s, InstrumentFilter(text="feria pisac"))
        assert total == 3 and search_module.is_capped(total)  # counted up to cap + 1
        pages = [r.id for offset in (0, 2, 4)
                 for r in search(s, InstrumentFilter(text="feria pisac"), offset, 2)]
        assert pages == expected
        plan = _plan(s, search_query(s, InstrumentFilter(text="feria pisac")))
        assert count(s, InstrumentFilter(text="feria pisac zzzz")) == 0
    if demo.db.is_sqlite:
        assert "SCAN instrument USING INDEX ix_instrument_doc_date" in plan, plan
    else:
        assert "CTE Scan on ordenados" in plan and INSTRUMENT_TEXT.gin not in plan, plan


def test_lost_index_is_rebuilt_with_what_changed_meanwhile(demo_people, secretary):
    """A table rebuilt by a batch migration, or a copy whose triggers someone dropped: the
    upgrade (ensure_all) puts the index back, with the rows written without it."""
    demo = demo_people
    with demo.db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            for trigger in INSTRUMENT_TEXT.sqlite_triggers():
                conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
        else:
            conn.exec_driver_sql(f"DROP INDEX {INSTRUMENT_TEXT.gin}")
    draft = _draft(demo, secretary, "Escrito mientras faltaba el índice Chinchero")
    with demo.db.engine.begin() as conn:
        assert INSTRUMENT_TEXT.missing(conn)
        assert ensure_all(conn)
        assert not INSTRUMENT_TEXT.missing(conn)
    assert _found(demo, "chinchero") == {draft}
    if demo.db.is_sqlite:
        with demo.db.engine.begin() as conn:  # the index matches its rows exactly
            conn.exec_driver_sql(f"INSERT INTO {INSTRUMENT_TEXT.fts}({INSTRUMENT_TEXT.fts}, "
                                 "rank) VALUES ('integrity-check', 1)")


def test_fold_and_words():
    assert fold("RESOLUCIÓN Año Ñandú") == "resolucion ano nandu"
    assert words_of("  Mercado  mercado ABASTOS ") == ["mercado", "abastos"]
