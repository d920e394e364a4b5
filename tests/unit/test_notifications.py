"""Notificación del interesado (issue 11, point 6): parties, the numbered cédula, the delivery
and the appeal deadline it starts (TUO Ley 27444 arts. 20-21, 24, 218.2)."""

import datetime as dt

import pytest
from sqlalchemy import select

from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.verification import verify
from pisac_desktop.db.models import AuditEntry, Notification, NumberSequence
from pisac_desktop.demo import demo_actor
from pisac_desktop.instruments.issued import annul
from pisac_desktop.instruments.notifications import (
    NOTIFICATION_KIND,
    NoticeForm,
    PartyForm,
    appeal_deadline,
    issue_cedula,
    notice_form,
    parties_of,
    record_notification,
    remove_party,
    save_party,
)
from pisac_desktop.instruments.register import issue, new_draft_form, save_draft

PERSON = PartyForm("María Quispe Mamani", "DNI", "23456789", "Calle Mariscal Castilla 120, Pisac")
COMPANY = PartyForm("Constructora Vilcanota S.A.C.", "RUC", "20490325728",
                    "Av. Amazonas 450, Pisac", True, "Juan Huamán Ccori")


@pytest.fixture
def secretary(demo_people):
    with demo_people.db.session() as s:
        return demo_actor(s, "mhuillca")


def _resolution(db, actor, date="02/10/2026", issued=True) -> int:
    with db.session() as s:
        form = new_draft_form(s, "MAYOR_RESOLUTION", dt.date(2026, 10, 2))
        form.doc_date = date
        form.summary = "Declarar procedente la licencia de funcionamiento solicitada"
        form.seen = "El expediente N° 1234-2026"
        form.articles = ["DECLARAR PROCEDENTE lo solicitado.", "NOTIFICAR a la interesada."]
        draft = save_draft(s, actor, form).id
    if issued:
        with db.session() as s:
            issue(s, actor, draft)
    return draft


def _party(db, actor, instrument_id, form=PERSON, party_id=None) -> int:
    with db.session() as s:
        return save_party(s, actor, instrument_id, form, party_id)


def _cedula(db, actor, party_id, on: dt.date | None = None) -> int:
    """The party's cédula, issued today (21/11/2026) or on an earlier day `on`."""
    from pisac_desktop.clock import FixedClock

    today = db.clock
    if on is not None:
        db.clock = FixedClock(on)
    try:
        with db.session() as s:
            return issue_cedula(s, actor, party_id)
    finally:
        db.clock = today


def _notice(**changes) -> NoticeForm:
    form = NoticeForm(dt.datetime(2026, 10, 5, 10, 30), "personal", "María Quispe Mamani",
                      "23456789", notifier_name="Pedro Ccama Huillca", notifier_dni="41234567")
    for key, value in changes.items():
        setattr(form, key, value)
    return form


def test_cedula_numbers_are_given_once_and_never_repeat(demo_people, secretary):
    db = demo_people.db
    doc = _resolution(db, secretary)
    first = _party(db, secretary, doc)
    second = _party(db, secretary, doc, COMPANY)
    a = _cedula(db, secretary, first)
    assert _cedula(db, secretary, first) == a  # asked again (double click): the same cédula
    b = _cedula(db, secretary, second)
    other = _party(db, secretary, _resolution(db, secretary), PERSON)
    c = _cedula(db, secretary, other)
    with db.session() as s:
        numbers = [s.get(Notification, i).number_text for i in (a, b, c)]
        assert numbers == ["CÉDULA DE NOTIFICACIÓN N° 001-2026-SG-MDP",
                           "CÉDULA DE NOTIFICACIÓN N° 002-2026-SG-MDP",
                           "CÉDULA DE NOTIFICACIÓN N° 003-2026-SG-MDP"]
        assert s.get(NumberSequence, (NOTIFICATION_KIND, 2026)).last_number == 3
        cedula = s.get(Notification, a)
        assert cedula.issued_on == dt.date(2026, 11, 21)
        assert cedula.addressee_document == "DNI N° 23456789" and cedula.folios >= 1
    # A party with its cédula is neither edited nor removed: its number never vanishes.
    with pytest.raises(DomainError, match="ya tiene la CÉDULA"), db.session() as s:
        save_party(s, secretary, doc, PartyForm("Otra", "DNI", "12345678", "Otra calle"), first)
    with pytest.raises(DomainError, match="ya no se modifican ni se quitan"), db.session() as s:
        remove_party(s, secretary, first)
    with db.session() as s:
        assert len(parties_of(s, doc)) == 2


def test_a_failed_issue_gives_its_number_back(demo_people, secretary, monkeypatch):
    db = demo_people.db
    party = _party(db, secretary, _resolution(db, secretary))
    from pisac_desktop.instruments import notifications

    def broken(*_args, **_kwargs):
        raise RuntimeError("fallo de prueba")

    monkeypatch.setattr(notifications, "give_code", broken)
    with pytest.raises(RuntimeError), db.session() as s:
        issue_cedula(s, secretary, party)
    monkeypatch.undo()
    cedula = _cedula(db, secretary, party)
    with db.session() as s:
        assert s.get(Notification, cedula).number == 1  # rolled back: no gap


def test_parties_on_drafts_and_issued_documents_but_not_annulled(demo_people, secretary):
    db = demo_people.db
    draft = _resolution(db, secretary, issued=False)
    party = _party(db, secretary, draft)
    with pytest.raises(DomainError, match="Emita el documento"), db.session() as s:
        issue_cedula(s, secretary, party)
    corrected = PartyForm("María Quispe Mamani", "DNI", "23456780", "Calle Bolognesi 5, Pisac")
    _party(db, secretary, draft, corrected, party)
    with db.session() as s:
        view = parties_of(s, draft)[0]
        assert (view.document, view.address) == ("DNI N° 23456780", "Calle Bolognesi 5, Pisac")
        remove_party(s, secretary, party)
    issued = _resolution(db, secretary)
    _party(db, secretary, issued)  # after issue: not part of the frozen text
    with db.session() as s:
        annul(s, secretary, issued, "Error material")
    with pytest.raises(DomainError, match="anulado"), db.session() as s:
        save_party(s, secretary, issued, COMPANY)
    with db.session() as s:
        changes = [e.changes for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "instrument", AuditEntry.entity_id == str(draft)))]
        assert sum("interesado" in c for c in changes) == 3  # added, corrected, removed


@pytest.mark.parametrize(("form", "field", "fragment"), [
    (PartyForm("", "DNI", "23456789", "Calle 1"), "name", "nombre o la razón social"),
    (PartyForm("Ana", "DNI", "2345678", "Calle 1"), "document_number", "8 dígitos"),
    (PartyForm("Ana", "RUC", "20490325721", "Calle 1"), "document_number", "verificador"),
    (PartyForm("Ana", "CE", "12-34", "Calle 1"), "document_number", "carné de extranjería"),
    (PartyForm("Empresa", "DNI", "23456789", "Calle 1", True), "document_number", "RUC"),
    (PartyForm("Ana", "DNI", "23456789", "   "), "address", "domicilio"),
    (PartyForm("Ana", "DNI", "23456789", "x" * 301), "address", "máximo es 300"),
])
def test_bad_party_input_is_refused_at_its_field(demo_people, secretary, form, field, fragment):
    db = demo_people.db
    doc = _resolution(db, secretary)
    with pytest.raises(ValidationFailed) as refused, db.session() as s:
        save_party(s, secretary, doc, form)
    errors = {e.field: e.message for e in refused.value.errors}
    assert list(errors) == [field] and fragment in errors[field]
    with db.session() as s:
        assert parties_of(s, doc) == []


def test_appeal_deadline_skips_a_holiday():
    calendar = BusinessCalendar()
    # Notified Monday 5 October 2026; Thursday 8 October is a national holiday (Angamos).
    result = appeal_deadline(calendar, dt.date(2026, 10, 5))
    assert result.result == dt.date(2026, 10, 27)
    assert [d.day for d in result.skipped] == [dt.date(2026, 10, 8)]
    # Without a holiday in the way: 15 business days are three weeks.
    assert appeal_deadline(calendar, dt.date(2026, 11, 2)).result == dt.date(2026, 11, 23)


def test_recording_the_notification_starts_the_appeal_clock(demo_people, secretary):
    db = demo_people.db
    doc = _resolution(db, secretary)
    party = _party(db, secretary, doc)
    late = _cedula(db, secretary, _party(db, secretary, doc, COMPANY))
    # That cédula is dated today (21/11/2026): a delivery before it is refused.
    with pytest.raises(ValidationFailed, match="anterior a la cédula"), db.session() as s:
        record_notification(s, secretary, late, _notice())
    cedula = _cedula(db, secretary, party, on=dt.date(2026, 10, 2))
    with db.session() as s:
        deadline = record_notification(s, secretary, cedula, _notice())
    assert deadline.result == dt.date(2026, 10, 27)
    with db.session() as s:
        view = parties_of(s, doc)[0]
        assert s.get(Notification, cedula).number == 2  # numbers in the order given
        assert view.cedula.deadline.result == dt.date(2026, 10, 27)
        assert "martes 27 de octubre de 2026" in view.cedula.deadline_text
        assert "Combate de Angamos" in view.cedula.deadline_text
        assert "notificada el 05/10/2026 a las 10:30" in view.cedula.status
        assert not view.cedula.late
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "notify")).one()
        assert "27/10/2026" in entry.changes
        assert notice_form(s, cedula).received_by == "María Quispe Mamani"
        found = verify(s, _code(s, cedula))
        assert found.kind == "Cédula de notificación" and found.matches
        assert "Notificada el 5 de octubre de 2026" in found.state


def _code(session, cedula_id):
    from pisac_desktop.core.verification import code_for
    from pisac_desktop.db.models.verification import VERIFY_NOTIFICATION

    return code_for(session, VERIFY_NOTIFICATION, cedula_id)


@pytest.mark.parametrize(("changes", "field", "fragment"), [
    ({"notified_at": None}, "notified_at", "fecha y hora"),
    ({"notified_at": dt.datetime(2026, 10, 1, 9, 0)}, "notified_at", "anterior al acto"),
    ({"notified_at": dt.datetime(2026, 11, 22, 9, 0)}, "notified_at", "posterior a este momento"),
    ({"notified_at": dt.datetime(2026, 11, 21, 10, 5)}, "notified_at", "posterior a este momento"),
    ({"how": ""}, "how", "cómo se entregó"),
    ({"received_by": " "}, "received_by", "quien recibió"),
    ({"receiver_document": "1234"}, "receiver_document", "8 dígitos"),
    ({"how": "third_party"}, "relation", "relación"),
    ({"how": "refused"}, "place_description", "Describa el inmueble"),
    ({"how": "under_door", "place_description": "Puerta verde"}, "first_visit_at",
     "primera visita"),
    ({"how": "under_door", "place_description": "Puerta verde",
      "first_visit_at": dt.datetime(2026, 10, 5, 8, 0)}, "first_visit_at", "día anterior"),
    ({"notifier_name": ""}, "notifier_name", "notificador"),
    ({"how": "refused", "place_description": "Fachada azul", "notifier_dni": ""},
     "notifier_dni", "DNI del notificador"),
])
def test_bad_notification_input_is_refused_at_its_field(demo_people, secretary, changes, field,
                                                        fragment):
    db = demo_people.db
    cedula = _cedula(db, secretary, _party(db, secretary, _resolution(db, secretary)),
                     on=dt.date(2026, 10, 2))
    with pytest.raises(ValidationFailed) as refused, db.session() as s:
        record_notification(s, secretary, cedula, _notice(**changes))
    errors = {e.field: e.message for e in refused.value.errors}
    assert field in errors and fragment in errors[field], errors
    with db.session() as s:
        assert s.get(Notification, cedula).notified_at is None  # nothing written


def test_under_door_after_a_second_visit_is_accepted(demo_people, secretary):
    db = demo_people.db
    doc = _resolution(db, secretary)
    cedula = _cedula(db, secretary, _party(db, secretary, doc), on=dt.date(2026, 10, 2))
    form = _notice(how="under_door", received_by="", receiver_document="",
                   first_visit_at=dt.datetime(2026, 10, 2, 16, 0),
                   place_description="Casa de adobe de dos pisos, fachada blanca, puerta de "
                                     "madera verde, suministro N° 1234567")
    with db.session() as s:
        record_notification(s, secretary, cedula, form)
    with db.session() as s:
        c = s.get(Notification, cedula)
        assert (c.how, c.first_visit_at) == ("under_door", dt.datetime(2026, 10, 2, 16, 0))


def test_a_late_notification_is_flagged(demo_people, secretary):
    db = demo_people.db
    doc = _resolution(db, secretary)
    _cedula(db, secretary, _party(db, secretary, doc))
    with db.session() as s:
        view = parties_of(s, doc)[0].cedula
    # Dated 2 October: the 5 business days (art. 24.1) ended on 12 October (8th: a holiday).
    assert view.notify_by.result == dt.date(2026, 10, 12)
    assert view.late and "venció el plazo de 5 días hábiles" in view.status


def test_only_the_office_of_the_document_may_add_parties(demo_people, secretary):
    db = demo_people.db
    doc = _resolution(db, secretary)
    with db.session() as s:
        manager = demo_actor(s, "wccahua")
    from pisac_desktop.core.permissions import PermissionDenied

    with pytest.raises(PermissionDenied), db.session() as s:
        save_party(s, manager, doc, PERSON)
