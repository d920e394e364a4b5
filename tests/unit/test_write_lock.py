"""The write lock of a unit of work (db/write_lock.py): every writing use case takes it before
reading; a stale copy in the ORM's identity map does not fool a use case; read-only units of
work never wait; council sessions are numbered by a counter that keeps their numbering."""

import ast
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from pisac_desktop.core.errors import DomainError
from pisac_desktop.council import sessions as S
from pisac_desktop.db.models import AppMeta, Instrument, InstrumentKind, NumberSequence
from pisac_desktop.db.models.council import EXTRAORDINARY, ORDINARY
from pisac_desktop.db.models.council import CouncilSession as Sess
from pisac_desktop.db.write_lock import WRITE_LOCK_KEY, lock_for_write
from pisac_desktop.demo import demo_actor
from pisac_desktop.instruments import issued, kinds
from pisac_desktop.instruments import register as I

PACKAGE = Path(__file__).resolve().parents[2] / "pisac_desktop"
# The packages that hold use cases: the core and one per area.
USE_CASE_PACKAGES = ("core", "instruments", "council")
# They only append an audit entry ("Impresión", "Exportación") and decide on nothing: a long
# export must not hold the write lock.
AUDIT_ONLY = {"record_print", "export_year", "export_sessions", "export_xlsx", "export_pdf",
              "sign_out", "certificate_pdf"}


def _writing_use_cases():
    """(module, function, decorated) for every public domain function f(session, actor, ...)
    that records an audit entry (itself or through a private helper)."""
    for path in sorted(p for pkg in USE_CASE_PACKAGES for p in (PACKAGE / pkg).rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            if [a.arg for a in node.args.args[:2]] != ["session", "actor"]:
                continue
            calls = {n.func.id for n in ast.walk(node)
                     if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
            if "record" not in calls and "_answer" not in calls:
                continue
            decorated = any(isinstance(d, ast.Name) and d.id == "writes"
                            for d in node.decorator_list)
            yield path.stem, node.name, decorated


def test_every_writing_use_case_takes_the_write_lock_first():
    found = list(_writing_use_cases())
    assert len(found) > 50
    missing = [f"{m}.{f}" for m, f, decorated in found if not decorated and f not in AUDIT_ONLY]
    assert missing == [], "falta @writes en: " + ", ".join(missing)
    early = [f"{m}.{f}" for m, f, decorated in found if decorated and f in AUDIT_ONLY]
    assert early == []


def test_the_lock_row_is_created_once_and_taking_it_twice_is_harmless(demo_people):
    with demo_people.db.session() as s:
        s.query(AppMeta).filter(AppMeta.key == WRITE_LOCK_KEY).delete()
    for _ in range(2):
        with demo_people.db.session() as s:
            lock_for_write(s)
            lock_for_write(s)
    with demo_people.db.session() as s:
        assert s.scalars(select(AppMeta.key).where(AppMeta.key == WRITE_LOCK_KEY)).all() == [
            WRITE_LOCK_KEY]


def test_a_reader_never_waits_for_a_writer(demo_people):
    """A unit of work that only reads takes no lock: it reads while another one writes."""
    db = demo_people.db
    with db.session() as writer:
        lock_for_write(writer)
        with db.session() as reader:
            assert reader.scalar(select(AppMeta.value).where(AppMeta.key == WRITE_LOCK_KEY))
            assert kinds.kinds(reader)


def _draft(db, actor) -> int:
    with db.session() as s:
        form = I.new_draft_form(s, "MAYOR_RESOLUTION", dt.date(2026, 11, 21))
        form.summary = "Designar al responsable del archivo central"
        form.articles = ["DESIGNAR al responsable."]
        return I.save_draft(s, actor, form).id


def test_a_copy_loaded_before_the_lock_does_not_fool_the_use_case(demo_people):
    """This workstation read the draft; another one issued it meanwhile: issuing it here, in
    the same unit of work, is refused with the number the other one gave."""
    db = demo_people.db
    with db.session() as s:
        actor = demo_actor(s, "mhuillca")
    draft = _draft(db, actor)
    with db.session() as mine:
        stale = mine.get(Instrument, draft)  # loaded before any lock, kept in the session
        assert stale.state == "draft"
        with db.session() as other:
            I.issue(other, actor, draft)
        with pytest.raises(DomainError, match="Otro puesto ya emitió este documento como "
                                              "RESOLUCIÓN DE ALCALDÍA N° 001-2026-MDP/A"):
            I.issue(mine, actor, draft)
    with db.session() as s:
        assert s.get(NumberSequence, ("MAYOR_RESOLUTION", 2026)).last_number == 1


def test_the_same_publication_is_not_recorded_twice(demo_people):
    db = demo_people.db
    with db.session() as s:
        actor = demo_actor(s, "mhuillca")
    draft = _draft(db, actor)
    with db.session() as s:
        I.issue(s, actor, draft)
    with db.session() as s:
        issued.publish(s, actor, draft, "website", dt.date(2026, 11, 22), "Portal institucional")
    with db.session() as s, pytest.raises(DomainError, match="ya registró esta publicación"):
        issued.publish(s, actor, draft, "website", dt.date(2026, 11, 22), "Portal institucional")


def _create(db, actor, kind, day) -> int:
    with db.session() as s:
        form = S.new_session_form(s, day, kind)
        form.session_date = day
        return S.create_session(s, actor, form)


def _titles(db, ids) -> list[str]:
    with db.session() as s:
        return [S.session_title(s.get(Sess, i)) for i in ids]


def test_sessions_of_an_older_database_continue_after_their_highest_number(demo_people):
    """Sessions programmed before the counter existed: the counter starts after them."""
    db = demo_people.db
    with db.session() as s:
        actor = demo_actor(s, "mhuillca")
    first = _create(db, actor, ORDINARY, dt.date(2026, 11, 5))
    with db.session() as s:  # as a database of the previous version left it
        s.get(Sess, first).number = 7
        s.query(NumberSequence).filter(NumberSequence.kind_code.like("SESSION_%")).delete(
            synchronize_session=False)
        s.query(InstrumentKind).filter(InstrumentKind.code.like("SESSION_%")).delete(
            synchronize_session=False)
    later = _create(db, actor, ORDINARY, dt.date(2026, 11, 19))
    assert _titles(db, [first, later]) == ["SESIÓN ORDINARIA N° 07-2026",
                                          "SESIÓN ORDINARIA N° 08-2026"]
    with db.session() as s:
        assert s.get(NumberSequence, ("SESSION_ORDINARY", 2026)).last_number == 8
        # The series are not document kinds: never listed with the resolutions.
        assert not [k for k in kinds.kinds(s) if k.code.startswith("SESSION_")]


def test_a_programmed_session_that_changes_kind_gives_its_number_back_if_last(demo_people):
    db = demo_people.db
    with db.session() as s:
        actor = demo_actor(s, "mhuillca")
    a, b = (_create(db, actor, ORDINARY, dt.date(2026, 11, d)) for d in (5, 12))
    with db.session() as s:
        form = S.form_of_session(s, s.get(Sess, b))
        form.kind = EXTRAORDINARY
        S.update_session(s, actor, b, form)
    c = _create(db, actor, ORDINARY, dt.date(2026, 11, 19))
    assert _titles(db, [a, b, c]) == ["SESIÓN ORDINARIA N° 01-2026",
                                      "SESIÓN EXTRAORDINARIA N° 01-2026",
                                      "SESIÓN ORDINARIA N° 02-2026"]
    with db.session() as s:  # not the last one: its number stays given (as before)
        form = S.form_of_session(s, s.get(Sess, a))
        form.kind = EXTRAORDINARY
        S.update_session(s, actor, a, form)
    d = _create(db, actor, ORDINARY, dt.date(2026, 11, 26))
    assert _titles(db, [a, d]) == ["SESIÓN EXTRAORDINARIA N° 02-2026",
                                   "SESIÓN ORDINARIA N° 03-2026"]
