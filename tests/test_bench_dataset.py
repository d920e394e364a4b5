"""The benchmark's ten-year dataset is realistic and obeys the app's own rules."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

import pytest
from sqlalchemy import select

from bench.dataset import FIRST_YEAR, LAST_YEAR, TERMS, build_dataset
from pisac_desktop.core.institution import POSTS, holder_on
from pisac_desktop.db.models import Officeholder, OrgUnit, Term, YearName
from pisac_desktop.db.models.council import ROLE_MAYOR
from pisac_desktop.paths import DataPaths
from pisac_desktop.startup import open_database
from tests.conftest import built_once


def _copy_of_dataset(tmp_path_factory, tmp_path, scale: float):
    """A copy of the dataset at `scale`, built once per run (two tests read each)."""
    from bench.dataset_scale import copy_data_folder

    built = built_once(tmp_path_factory, f"banco-{scale}",
                       lambda paths: build_dataset(paths.root, scale=scale))
    copy_data_folder(built.root, tmp_path / "datos")
    return tmp_path / "datos"


@pytest.fixture
def small_dataset(tmp_path_factory, tmp_path):
    return _copy_of_dataset(tmp_path_factory, tmp_path, 0.005)


@pytest.fixture
def tiny_dataset(tmp_path_factory, tmp_path):
    return _copy_of_dataset(tmp_path_factory, tmp_path, 0.002)


def _snapshot(folder):
    opened = open_database(DataPaths(folder))
    try:
        with opened.db.session() as session:
            years = list(session.scalars(select(YearName.year).order_by(YearName.year)))
            holders = list(session.scalars(
                select(Officeholder).order_by(Officeholder.post, Officeholder.start_date)
            ))
            terms = list(session.scalars(select(Term).order_by(Term.start_year)))
            members = {t.label: list(t.members) for t in terms}
            units = list(session.scalars(select(OrgUnit)))
            vacant_on = {
                day: [post for post in POSTS if holder_on(session, post, day) is None]
                for day in (dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 11, 1))
            }
            return years, holders, terms, members, units, vacant_on
    finally:
        opened.db.dispose()


def test_ten_years_of_a_municipal_office(small_dataset):
    years, holders, terms, members, units, vacant_on = _snapshot(small_dataset)

    assert years == list(range(FIRST_YEAR, LAST_YEAR + 1))
    assert [(t.start_year, t.end_year) for t in terms] == list(TERMS)
    for label, people in members.items():
        assert len(people) == 6, label
        assert [m.role for m in people].count(ROLE_MAYOR) == 1, label
    assert any(not u.active for u in units) and len(units) > 14

    assert {h.post for h in holders} == set(POSTS)
    for post in POSTS:
        periods = [(h.start_date, h.end_date) for h in holders if h.post == post]
        for (start, end), (next_start, _) in pairwise(periods):
            assert end is not None and start <= end < next_start, post
        assert periods[-1][1] is None, f"{post}: nobody holds it today"
    assert len([h for h in holders if h.post == "MUNICIPAL_MANAGER"]) >= 6
    assert all(len(h.dni) == 8 and h.dni.isdigit() for h in holders)
    assert vacant_on == {day: [] for day in vacant_on}

    mayors = {m.dni for people in members.values() for m in people if m.role == ROLE_MAYOR}
    assert {h.dni for h in holders if h.post == "MAYOR"} == mayors


def test_same_seed_same_data(tiny_dataset, tmp_path):
    def people(folder):
        _, holders, _, members, _, _ = _snapshot(folder)
        return ([(h.post, h.full_name, h.dni, h.start_date) for h in holders],
                [(m.full_name, m.dni) for ms in members.values() for m in ms])

    assert people(tiny_dataset) == people(build_dataset(tmp_path / "b", scale=0.002))


def test_ten_years_of_council_sessions(small_dataset):
    from collections import Counter

    from pisac_desktop.db.models import AgendaItem, CouncilSession, Minutes, Summons
    from pisac_desktop.db.models.council import HELD

    opened = open_database(DataPaths(small_dataset))
    try:
        with opened.db.session() as s:
            sessions = list(s.scalars(select(CouncilSession).order_by(
                CouncilSession.session_date)))
            years = Counter(x.year for x in sessions)
            assert sorted(years) == list(range(FIRST_YEAR, LAST_YEAR + 1))
            numbers = [(x.kind, x.year, x.number) for x in sessions]
            assert len(numbers) == len(set(numbers))
            summonses = list(s.scalars(select(Summons)))
            assert summonses and len({(x.year, x.number) for x in summonses}) == len(summonses)
            assert all(x.number_text.endswith(f"{x.number:03d}-{x.year}-SG-MDP")
                       for x in summonses)
            items = Counter(s.scalars(select(AgendaItem.session_id)))
            assert max(items.values()) == 30  # the session the benchmark opens
            actas = list(s.scalars(select(Minutes).where(Minutes.book_id.is_not(None))
                                   .order_by(Minutes.book_id, Minutes.acta_number)))
            for a, b in pairwise(actas):
                if a.book_id == b.book_id:
                    assert (b.acta_number, b.first_folio) == (a.acta_number + 1,
                                                              a.last_folio + 1)
            assert {x.state for x in sessions} <= {HELD, "not_installed"}
    finally:
        opened.db.dispose()


def test_a_busier_office_multiplies_documents_and_a_sound_audit_trail(tiny_dataset, tmp_path):
    """bench --scale N: every document N times, numbering continued in its year, the audit
    trail repeated with a valid chain and seals: the app's own checks find nothing wrong."""
    from sqlalchemy import func

    from bench.dataset_scale import copy_data_folder, multiply
    from pisac_desktop.core.audit import verify_chain
    from pisac_desktop.core.audit_text import text_mismatches
    from pisac_desktop.core.content_seal import content_problems
    from pisac_desktop.db.models import AuditEntry, Instrument, NumberSequence
    from pisac_desktop.instruments.search import InstrumentFilter, search

    base = tiny_dataset
    opened = open_database(DataPaths(base))
    with opened.db.session() as s:
        documents = s.scalar(select(func.count(Instrument.id)))
        entries = s.scalar(select(func.count(AuditEntry.id)))
        top = s.execute(select(Instrument.kind_code, Instrument.year, func.max(Instrument.number))
                        .group_by(Instrument.kind_code, Instrument.year)).all()
    opened.db.dispose()

    copy_data_folder(base, tmp_path / "x3")
    assert multiply(DataPaths(tmp_path / "x3").database, 3) == {
        "instrument": 3 * documents, "audit_entry": 3 * entries}

    opened = open_database(DataPaths(tmp_path / "x3"))
    try:
        with opened.db.session() as s:
            report = verify_chain(s)
            assert report.ok and report.entries == 3 * entries, report
            assert text_mismatches(s) == []
            assert content_problems(s) == []
            for kind, year, highest in top:  # each register now runs 1..3 * highest, no gaps
                numbers = sorted(s.scalars(select(Instrument.number).where(
                    Instrument.kind_code == kind, Instrument.year == year)))
                assert numbers == list(range(1, 3 * highest + 1)), (kind, year)
                assert s.get(NumberSequence, (kind, year)).last_number == 3 * highest
            kind, year, highest = top[0]
            copy = s.scalars(select(Instrument).where(
                Instrument.kind_code == kind, Instrument.year == year,
                Instrument.number == 2 * highest + 1)).one()
            assert f"{2 * highest + 1:03d}-{year}" in copy.number_text
            found = search(s, InstrumentFilter(text=copy.number_text), 0, 10)
            assert [d.id for d in found] == [copy.id]  # the text index knows the new number
    finally:
        opened.db.dispose()


def test_ten_years_of_tramite(tmp_path):
    """The bench's case files follow the app's rules: numbered per year from 1 without gaps,
    the counter at the last number, each case file's steps contiguous with exactly one open
    step while in process, findable by the text index, and twenty 40-step routes."""
    from sqlalchemy import func

    from pisac_desktop.db.models import CaseFile, CaseStep, NumberSequence
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.tramite import views
    from pisac_desktop.tramite.cases import CASE_KIND

    folder = build_dataset(tmp_path / "datos", scale=0.01)
    opened = open_database(DataPaths(folder))
    try:
        with opened.db.session() as s:
            per_year = dict(s.execute(select(CaseFile.year, func.count()).group_by(
                CaseFile.year)).all())
            assert sorted(per_year) == list(range(FIRST_YEAR, LAST_YEAR + 1))
            for year, n in per_year.items():
                numbers = s.scalars(select(CaseFile.number).where(CaseFile.year == year)
                                   .order_by(CaseFile.number)).all()
                assert numbers == list(range(1, n + 1))
                assert s.get(NumberSequence, (CASE_KIND, year)).last_number == n
            steps = s.execute(select(CaseStep.case_file_id, CaseStep.position,
                                     CaseStep.closed_at)).all()
            by_case: dict[int, list] = {}
            for case_id, position, closed in steps:
                by_case.setdefault(case_id, []).append((position, closed))
            states = dict(s.execute(select(CaseFile.id, CaseFile.state)).all())
            for case_id, rows in by_case.items():
                rows.sort()
                assert [p for p, _c in rows] == list(range(1, len(rows) + 1))
                open_steps = [p for p, c in rows if c is None]
                assert open_steps == ([len(rows)] if states[case_id] == "in_process" else [])
            assert sum(1 for rows in by_case.values() if len(rows) == 40) == 20
            actor = demo_actor(s, "echoque")
            some = s.scalar(select(CaseFile).order_by(CaseFile.id.desc()).limit(1))
            word = some.subject.split()[-1]
            assert some.id in [r.id for r in views.find(s, actor, word, limit=10**6)]
            assert [r.id for r in views.find(s, actor, some.filer_document, limit=10**6)] \
                .count(some.id) == 1
    finally:
        opened.db.dispose()
