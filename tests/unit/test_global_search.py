"""One search box over everything (issue 19): management.global_search on the demo's data, on
both engines — numbers in the ways clerks write them, DNI and RUC, words without their accents,
a few of each kind with "ver más", and nothing odd typed breaks it."""

import pytest
from sqlalchemy import select

from pisac_desktop.db.models import (
    AgendaItem,
    CaseFile,
    CouncilMember,
    CouncilSession,
    Instrument,
    UnitDocument,
)
from pisac_desktop.demo import demo_actor
from pisac_desktop.management import global_search as gs


@pytest.fixture
def secretary(demo):
    with demo.db.session() as s:
        return demo_actor(s, "mhuillca")


def find(demo, actor, text) -> gs.Answer:
    with demo.db.session() as s:
        return gs.search(s, actor, text)


def group(answer: gs.Answer, key: str) -> gs.Group | None:
    return next((g for g in answer.groups if g.key == key), None)


def ids(answer: gs.Answer, key: str) -> list[int]:
    found = group(answer, key)
    return [h.target.record_id for h in found.hits] if found else []


def test_a_numbered_document_by_its_number_as_clerks_write_it(demo, secretary):
    with demo.db.session() as s:
        doc = s.scalars(select(Instrument).where(Instrument.kind_code == "MAYOR_RESOLUTION",
                                                 Instrument.state == "issued")
                        .order_by(Instrument.id)).first()
        number, year, doc_id, number_text = doc.number, doc.year, doc.id, doc.number_text
    for typed in (f"RA {number}-{year}", f"ra {number:03d}-{year}",
                  f"Resolución de Alcaldía N° {number:03d}-{year}",
                  f"resolucion alcaldia {number}/{year}", number_text):
        answer = find(demo, secretary, typed)
        assert answer.groups[0].key == gs.INSTRUMENTS and answer.groups[0].exact, typed
        assert ids(answer, gs.INSTRUMENTS) == [doc_id], typed
        first = answer.first
        assert first.title == number_text
        assert first.target == gs.Target("secretaria", "instruments", doc_id,
                                         search=number_text)
    # Without the kind: every kind's number of that year (this one among them).
    assert doc_id in ids(find(demo, secretary, f"{number}-{year}"), gs.INSTRUMENTS)


def test_a_kind_and_a_number_or_a_year(demo, secretary):
    with demo.db.session() as s:
        ordinances = s.execute(select(Instrument.id, Instrument.number, Instrument.year)
                               .where(Instrument.kind_code == "ORDINANCE",
                                      Instrument.state == "issued")).all()
    doc_id, number, year = ordinances[0]
    assert doc_id in ids(find(demo, secretary, f"ordenanza {number}"), gs.INSTRUMENTS)
    of_year = group(find(demo, secretary, f"ordenanzas {year}"), gs.INSTRUMENTS)
    assert of_year.exact and {h.target.record_id for h in of_year.hits} <= {
        i for i, _n, y in ordinances if y == year}
    gm = find(demo, secretary, "RGM 1-2026").first
    assert gm.target.module == "gerencia" and "GERENCIA MUNICIPAL N° 001-2026" in gm.title
    # A word before the number that names no kind: words, not a number.
    assert not gs.read_query("ley 27972", []).by_number


def test_words_without_accents_find_the_accented_text(demo, secretary):
    answer = find(demo, secretary, "resolucion")
    documents = group(answer, gs.INSTRUMENTS)
    assert documents is not None and not documents.exact
    assert all("RESOLUCIÓN" in h.title or "Resolución" in h.title for h in documents.hits[:3])
    assert len(documents.hits) == gs.GROUP_LIMIT and documents.total > gs.GROUP_LIMIT
    assert documents.heading == f"Documentos numerados ({documents.total})"
    assert {m.target.module for m in documents.more} == {"secretaria", "gerencia"}
    assert all(m.target.section == "instruments" and m.target.search == "resolucion"
               for m in documents.more)
    assert find(demo, secretary, "RESOLUCIÓN").groups == answer.groups
    # An agenda item by words of its title, accents left out: its session's agenda.
    with demo.db.session() as s:
        item = s.scalars(select(AgendaItem).where(AgendaItem.title.like("%Feria%"))).first()
        session_id = item.session_id
    feria = group(find(demo, secretary, "FERIA agropecuaria artesanal gastronomica"), gs.AGENDA)
    assert feria is not None and gs.Target("secretaria", "council_sessions", session_id,
                                           tab="agenda") in [h.target for h in feria.hits]


def test_a_dni_finds_its_filers_case_files_and_the_person(demo, secretary):
    with demo.db.session() as s:
        case = s.scalars(select(CaseFile).where(CaseFile.filer_document_type == "DNI")
                         .order_by(CaseFile.id.desc())).first()
        dni, case_id, name = case.filer_document, case.id, case.filer_name
        theirs = s.scalars(select(CaseFile.id).where(CaseFile.filer_document == dni)).all()
    answer = find(demo, secretary, dni)
    cases = group(answer, gs.CASES)
    assert cases.exact and case_id in ids(answer, gs.CASES)
    assert set(ids(answer, gs.CASES)) <= set(theirs)
    assert bool(cases.more) == (len(theirs) > gs.GROUP_LIMIT)
    people = group(answer, gs.PEOPLE)
    filer = next(h for h in people.hits if h.target.section == "case_files")
    assert filer.title == name and filer.target == gs.Target(None, "case_files", search=dni)
    assert f"DNI N° {dni}" in filer.subtitle and "expediente" in filer.subtitle
    # The case file opens in the section's list searched by its number.
    hit = next(h for h in cases.hits if h.target.record_id == case_id)
    assert hit.target.search == hit.title and hit.title.startswith("EXP. N° ")


def test_a_case_file_by_its_number_with_or_without_the_year(demo, secretary):
    with demo.db.session() as s:
        case_id, number, year = s.execute(select(CaseFile.id, CaseFile.number, CaseFile.year)
                                          .order_by(CaseFile.id)).first()
    for typed in (f"EXP N° {year}-{number:06d}", f"exp. {number}-{year}", f"{year}-{number}",
                  f"expediente {number}", f"{number}-{year}"):
        answer = find(demo, secretary, typed)
        assert case_id in ids(answer, gs.CASES), typed
        assert group(answer, gs.CASES).exact
    only_cases = find(demo, secretary, f"expediente {number}")
    assert [g.key for g in only_cases.groups] == [gs.CASES]


def test_words_find_case_files_and_their_filers_by_name(demo, secretary):
    with demo.db.session() as s:
        case = s.scalars(select(CaseFile).where(CaseFile.filer_name.like("%Quispe%"))
                         .order_by(CaseFile.id.desc())).first()
        name, document = case.filer_name, case.filer_document
    answer = find(demo, secretary, "quispe")
    assert group(answer, gs.CASES).hits[0].title.startswith("EXP. N° ")
    people = group(answer, gs.PEOPLE)
    assert people is not None and len(people.hits) <= gs.GROUP_LIMIT
    assert gs.Target(None, "case_files", search=document) in [h.target for h in people.hits]
    assert name in [h.title for h in people.hits]


def test_council_members_by_name_or_dni_and_sessions_by_number(demo, secretary):
    with demo.db.session() as s:
        member = s.scalars(select(CouncilMember).order_by(CouncilMember.id)).first()
        member_id, full_name, dni = member.id, member.full_name, member.dni
        session = s.scalars(select(CouncilSession).where(CouncilSession.kind == "ordinary")
                            .order_by(CouncilSession.session_date.desc())).first()
        session_id, number, year = session.id, session.number, session.year
    target = gs.Target("secretaria", "authorities", member_id)
    plain = " ".join(w for w in full_name.split() if len(w) > 3)
    for typed in (dni, plain.upper(), plain.replace("á", "a").replace("é", "e")):
        assert target in [h.target for h in group(find(demo, secretary, typed),
                                                   gs.PEOPLE).hits], typed
    for typed in (f"sesión ordinaria {number}-{year}", f"sesion ordinaria N° {number:02d}-{year}",
                  f"sesiones {number}-{year}"):
        answer = find(demo, secretary, typed)
        assert answer.first.target == gs.Target("secretaria", "council_sessions", session_id)
        assert answer.first.title == f"Sesión ordinaria N° {number:02d}-{year}"


def test_unit_documents_only_of_the_units_the_user_may_open(demo, secretary):
    with demo.db.session() as s:
        doc = s.scalars(select(UnitDocument).where(UnitDocument.state == "issued")
                        .order_by(UnitDocument.id.desc())).first()  # newest: shown first
        doc_id, kind, number, year = doc.id, doc.kind, doc.number, doc.year
        addressee = doc.addressee
        clerk = demo_actor(s, "yapaza")  # Registro Civil: its own unit's documents only
    answer = find(demo, secretary, f"{kind.lower()} {number}-{year}")
    assert [g.key for g in answer.groups] == [gs.UNIT_DOCUMENTS]
    assert doc_id in ids(answer, gs.UNIT_DOCUMENTS)
    assert answer.first.target.section == "unit_documents"
    words = addressee.split()[-1]
    assert doc_id in ids(find(demo, secretary, f"{kind} {words}"), gs.UNIT_DOCUMENTS)
    assert doc_id not in ids(find(demo, clerk, f"{kind} {words}"), gs.UNIT_DOCUMENTS)


@pytest.mark.parametrize("typed", ["%", "'", "_", '"', "\\", "   ", "", "x" * 10_000,
                                   "de la", "%%%", "'; DROP TABLE case_file; --", "a' OR '1",
                                   "😀 mercado", "N°", "RA", "-", "2026-", "0", "000000",
                                   "99999999999999", "RA 0-2026", "ordenanza N° -5"])
def test_nothing_typed_breaks_it(demo, secretary, typed):
    answer = find(demo, secretary, typed)
    assert isinstance(answer, gs.Answer)
    assert all(len(g.hits) <= gs.GROUP_LIMIT for g in answer.groups)
    if not typed.strip():
        assert answer.groups == ()


def test_how_the_text_is_read():
    kinds = [gs.KindName("i:MAYOR_RESOLUTION",
                         frozenset("resolucion de alcaldia resoluciones".split()), "ra"),
             gs.KindName("i:ORDINANCE", frozenset({"ordenanza", "municipal", "ordenanzas"}), "om"),
             gs.KindName("case_file", frozenset({"expediente", "expedientes"}), "exp")]
    read = gs.read_query
    assert read("RA 45-2024", kinds) == gs.Query("RA 45-2024", ("ra", "45-2024"), 45, 2024,
                                                 frozenset({"i:MAYOR_RESOLUTION"}))
    assert (read(" 45 - 2024 ", kinds).number, read("45/2024", kinds).year) == (45, 2024)
    assert (read("2026-000123", kinds).number, read("2026-000123", kinds).year) == (123, 2026)
    assert read("EXP. N° 2026-000123", kinds).kinds == {"case_file"}
    assert (read("ordenanza 2024", kinds).number, read("ordenanza 2024", kinds).year) == (
        None, 2024)
    assert read("2024", kinds).number == 2024  # no kind named: a number
    assert read("23984512", kinds).document == "23984512"
    assert read("20123456789", kinds).document == "20123456789"
    assert not read("1234567", kinds).by_number and read("1234567", kinds).by_words
    assert read("res alc 7", kinds).kinds == {"i:MAYOR_RESOLUTION"}
    assert read("resolución de alcaldía   7", kinds).number == 7
    assert not read("re", kinds).by_words and read("mercado", kinds).by_words
    assert len(read("palabra " * 100, kinds).words) == 1
    assert len(read(" ".join(f"w{i}xx" for i in range(30)), kinds).words) == gs.MAX_WORDS
