"""Actas and minute books (DOMAIN.md section 3, "Minutes (acta) and the minute book"): the acta
is drafted from the session's data; a book gives each acta its number and a continuous range of
folios that never overlaps another acta's."""

import datetime as dt

import pytest

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Role
from pisac_desktop.council import agenda as Age
from pisac_desktop.council import attendance as Att
from pisac_desktop.council import books as B
from pisac_desktop.council import minutes as M
from pisac_desktop.council import sessions as S
from pisac_desktop.council import settings as Set
from pisac_desktop.council import summons as Sum
from pisac_desktop.council import votes as Vot
from pisac_desktop.council.members import council_on
from pisac_desktop.council.minutes_paper import printed_folios
from pisac_desktop.db.models import Minutes
from pisac_desktop.db.models.council import AGAINST, FOR, ORDINARY, PRESENT
from tests.conftest import WAIVER, on_day

ADMIN = Actor(None, "prueba", "Prueba", frozenset({Role.ADMIN}), "PC")
READER = Actor(None, "lector", "Lector", frozenset({Role.READ_ONLY}), "PC")


def held_session(s, day: dt.date, title="Aprobar el Plan Operativo Institucional 2027",
                 votes=(FOR, FOR, FOR, AGAINST, FOR), close=True) -> tuple[int, int]:
    form = S.new_session_form(s, day, ORDINARY)
    form.session_date = day
    sid = S.create_session(s, ADMIN, form)
    iid = Age.add_item(s, ADMIN, sid, Age.ItemForm(title=title))
    Sum.convene(s, ADMIN, sid, day - dt.timedelta(days=7))
    council = council_on(s, day)
    Att.record_attendance(s, ADMIN, sid, {m.id: (PRESENT, "") for m in council.members})
    Att.install(s, ADMIN, sid, "10:00", WAIVER, clock=on_day(s, sid))
    regidores = [m for m in council.members if not m.is_mayor]
    Vot.record_votes(s, ADMIN, iid, {m.id: (v, "") for m, v in zip(regidores, votes, strict=False)})
    Vot.set_deliberation(s, ADMIN, iid, "Se sustentó el punto.", False)
    if close:
        Vot.set_closing_time(s, ADMIN, sid, "11:45")
    return sid, iid


def closed_minutes(s, day: dt.date) -> int:
    """An acta closed and approved at the end of its own session."""
    sid, _ = held_session(s, day)
    mid = M.draft_minutes(s, ADMIN, sid)
    M.close_minutes(s, ADMIN, mid)
    M.approve_minutes(s, ADMIN, mid, "same")
    return mid


def test_draft_has_the_sessions_data(demo_people):
    with demo_people.db.session() as s:
        sid, _ = held_session(s, dt.date(2026, 11, 10))
        body = s.get(Minutes, M.draft_minutes(s, ADMIN, sid)).body
    assert "Sesión ordinaria N° 01-2026" in body
    assert "martes 10 de noviembre de 2026" in body
    assert "10:00 horas" in body and "11:45 horas" in body
    assert "quórum: 4" in body
    assert "Aprobar el Plan Operativo Institucional 2027" in body
    assert "4 a favor, 1 en contra, 0 abstenciones" in body
    assert "Resultado: APROBADO" in body
    assert "Se sustentó el punto." in body


def test_a_second_acta_for_the_same_session_is_refused(demo_people):
    with demo_people.db.session() as s:
        sid, _ = held_session(s, dt.date(2026, 11, 10))
        M.draft_minutes(s, ADMIN, sid)
        with pytest.raises(DomainError, match="ya tiene su acta"):
            M.draft_minutes(s, ADMIN, sid)


def test_placeholders_must_be_completed_before_closing(demo_people):
    with demo_people.db.session() as s:
        sid, iid = held_session(s, dt.date(2026, 11, 10))
        Vot.set_deliberation(s, ADMIN, iid, "", False)
        mid = M.draft_minutes(s, ADMIN, sid)
        with pytest.raises(DomainError, match="por completar"):
            M.close_minutes(s, ADMIN, mid)
        body = s.get(Minutes, mid).body.replace(
            "[Deliberación: complete aquí lo tratado.]", "Se debatió el punto.")
        M.save_body(s, ADMIN, mid, body)
        M.close_minutes(s, ADMIN, mid)
        with pytest.raises(DomainError, match="ya no se modifica"):
            M.save_body(s, ADMIN, mid, "otro texto")


def test_stale_edit_is_refused_naming_who_saved_first(demo_people):
    from pisac_desktop.demo import demo_actor

    with demo_people.db.session() as s:
        sid, _ = held_session(s, dt.date(2026, 11, 10))
        mid = M.draft_minutes(s, ADMIN, sid)
        version = s.get(Minutes, mid).version
        M.save_body(s, demo_actor(s, "mhuillca"), mid, "Primera versión.", version)
        with pytest.raises(DomainError) as refused:
            M.save_body(s, ADMIN, mid, "Versión vieja.", version)
    assert str(refused.value) == (
        "Mientras usted editaba, Marleny Huillca Sutta guardó cambios en esta acta (el "
        "21/11/2026 a las 10:00, en demostración). Para no borrar sus cambios no se guardó "
        "nada: copie su texto, vuelva a abrir el acta y repita sus cambios.")


def test_folios_are_continuous_and_never_overlap(demo_people):
    """The range registered is the printed acta's pages (issue 11: a one-page acta claimed
    "Folios 36 al 39"); another count is refused."""
    with demo_people.db.session() as s:
        book = B.save_book(s, ADMIN, B.BookForm(1, "Notario Público del Cusco",
                                                dt.date(2023, 1, 5), 100))
        first = closed_minutes(s, dt.date(2026, 11, 3))
        second = closed_minutes(s, dt.date(2026, 11, 10))
        third = closed_minutes(s, dt.date(2026, 11, 17))
        pages = printed_folios(s, s.get(Minutes, first))
        assert pages == 2  # the text, then the signatures of the 6 attendees and the secretary
        with pytest.raises(ValidationFailed, match="El acta impresa ocupa 2 páginas"):
            B.register_in_book(s, ADMIN, first, book, 4)
        a = B.register_in_book(s, ADMIN, first, book, None)
        b = B.register_in_book(s, ADMIN, second, book, 2)
        assert (a.acta_number, a.first_folio, a.last_folio) == (1, 1, 2)
        assert (b.acta_number, b.first_folio, b.last_folio) == (2, 3, 4)
        with pytest.raises(ValidationFailed) as refused:
            B.register_in_book(s, ADMIN, third, book, None, first_folio=4)
        message = refused.value.errors[0].message
        assert "Acta N° 2" in message and "folios 3 al 4" in message
        assert s.get(Minutes, third).book_id is None
        with pytest.raises(DomainError, match="ya registró esta acta"):
            B.register_in_book(s, ADMIN, first, book, None)


def test_a_full_book_refuses_and_a_nearly_full_one_warns(demo_people):
    with demo_people.db.session() as s:
        book = B.save_book(s, ADMIN, B.BookForm(2, "Notaría Paz", dt.date(2025, 3, 1), 5))
        first = closed_minutes(s, dt.date(2026, 11, 3))
        second = closed_minutes(s, dt.date(2026, 11, 10))
        result = B.register_in_book(s, ADMIN, first, book, None)
        assert "quedan 3 folios" in result.warning  # default warning: 20 folios left
        with pytest.raises(ValidationFailed, match="quedan 3"):
            B.register_in_book(s, ADMIN, second, book, None, first_folio=5)


def test_draft_actas_are_not_registered(demo_people):
    with demo_people.db.session() as s:
        book = B.save_book(s, ADMIN, B.BookForm(1, "Notario", dt.date(2023, 1, 5), 100))
        sid, _ = held_session(s, dt.date(2026, 11, 10))
        mid = M.draft_minutes(s, ADMIN, sid)
        with pytest.raises(DomainError, match="Cierre el acta"):
            B.register_in_book(s, ADMIN, mid, book, 2)


def test_book_validation_keeps_field_errors(demo_people):
    with demo_people.db.session() as s:
        with pytest.raises(ValidationFailed) as refused:
            B.save_book(s, ADMIN, B.BookForm(None, " ", None, 0))
        assert {e.field for e in refused.value.errors} == {
            "number", "notary", "legalised_on", "folio_count"}
        B.save_book(s, ADMIN, B.BookForm(1, "Notario", dt.date(2023, 1, 5), 100))
        with pytest.raises(ValidationFailed, match="Ya existe el Libro de Actas N° 1"):
            B.save_book(s, ADMIN, B.BookForm(1, "Otro", dt.date(2024, 1, 5), 100))


def test_approval_and_signers(demo_people):
    with demo_people.db.session() as s:
        sid, _ = held_session(s, dt.date(2026, 11, 3))
        first = M.draft_minutes(s, ADMIN, sid)
        M.close_minutes(s, ADMIN, first)
        later, _ = held_session(s, dt.date(2026, 11, 17))
        # Not approved yet: the next acta asks the secretary to say whether it was.
        pending = s.get(Minutes, M.draft_minutes(s, ADMIN, later))
        assert "[indique si fue aprobada]" in pending.body
        s.delete(pending)
        s.flush()
        with pytest.raises(ValidationFailed):
            M.approve_minutes(s, ADMIN, first, "next", in_session_id=None)
        M.approve_minutes(s, ADMIN, first, "next", in_session_id=later)
        row = s.get(Minutes, first)
        assert row.approved_on == dt.date(2026, 11, 17)
        # The later acta reads the approval of the previous one.
        body = s.get(Minutes, M.draft_minutes(s, ADMIN, later)).body
        assert "LECTURA Y APROBACIÓN DEL ACTA ANTERIOR" in body
        assert "la que fue aprobada" in body
        # Default (RIC practice): every attendee signs, the secretary last; the closing says so.
        assert "firmando los asistentes en señal de conformidad" in body
        signers = M.signers(s, row)
        assert [x.post for x in signers] == ["Alcalde", "Regidora", "Regidor", "Regidora",
                                             "Regidor", "Regidor", "Secretaria General"]
        assert [x.reason for x in signers].count("voto en contra") == 1
        # The other rule: the alcalde and the secretary, then the dissenters.
        form = Set.settings_form(s)
        form.minutes_signers = "mayor_secretary"
        Set.save_council_settings(s, ADMIN, form)
        signers = M.signers(s, row)
        assert [x.post for x in signers][:2] == ["Alcalde", "Secretaria General"]
        assert [x.reason for x in signers[2:]] == ["voto en contra"]
        body = M.draft_text(s, s.get(S.CouncilSession, later))
        assert ("firmando el señor alcalde y la secretaria general, y los regidores que votaron "
                "en contra o pidieron firmar, en señal de conformidad") in body


def test_only_the_council_office_drafts_actas(demo_people):
    with demo_people.db.session() as s:
        sid, _ = held_session(s, dt.date(2026, 11, 10))
        with pytest.raises(DomainError, match="no tiene permiso"):
            M.draft_minutes(s, READER, sid)


def test_a_matter_added_during_the_session_is_in_the_acta_drafted_right_after(demo_people):
    """A point added outside the agenda while the session is held appears in the acta even
    when both happen in one unit of work (the session's loaded item list is kept current)."""
    with demo_people.db.session() as s:
        sid, _ = held_session(s, dt.date(2026, 11, 10), close=False)
        Age.add_item(s, ADMIN, sid, Age.ItemForm(title="Declarar en emergencia el canal de riego"))
        body = s.get(Minutes, M.draft_minutes(s, ADMIN, sid)).body
    assert "Declarar en emergencia el canal de riego" in body
    assert "Asunto no previsto en la agenda de la citación." in body
