"""The text index of documents (db/text_index.py): same answers as reading every row, on both
engines; kept in step by the writing transaction; used by the planner; repaired when lost."""

import datetime as dt

import pytest
from sqlalchemy import text

from pisac_desktop.db.models import Instrument
from pisac_desktop.db.text_index import INSTRUMENT_TEXT, ensure_all, fold, words_of
from pisac_desktop.demo import demo_actor
from pisac_desktop.instruments.register import delete_draft, issue, new_draft_form, save_draft
from pisac_desktop.instruments.search import InstrumentFilter, _base, count, search


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


def test_the_planner_uses_the_index(demo_people):
    with demo_people.db.session() as s:
        query = _base(s, InstrumentFilter(text="mercado"), (Instrument.id,))
        sql = str(query.compile(s.get_bind(), compile_kwargs={"literal_binds": True}))
        if s.get_bind().dialect.name == "postgresql":
            s.execute(text("SET LOCAL enable_seqscan = off"))  # a small table: force the choice
            plan = " ".join(r[0] for r in s.execute(text(f"EXPLAIN {sql}")))
            wanted = INSTRUMENT_TEXT.gin
        else:
            plan = " ".join(r[-1] for r in s.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
            wanted = f"VIRTUAL TABLE INDEX 0:M"
    assert wanted in plan, plan


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
