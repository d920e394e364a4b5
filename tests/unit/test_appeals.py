"""Administrative appeals (TUO Ley 27444 arts. 218-220): a recurso against an act of the register
is a case file, its notification date read from the act's own cédula, 15 business days to file
(a late one received and marked), 30 to decide, the ladder of who hears it, and the deciding
resolution drafted in the register, issued and recorded."""

import datetime as dt

import pytest

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.db.models import CaseFile, Instrument
from pisac_desktop.db.models.requests import APPEAL, FOUNDED, INADMISSIBLE, RECONSIDERATION
from pisac_desktop.demo import demo_actor
from pisac_desktop.instruments.notifications import (
    NoticeForm,
    PartyForm,
    issue_cedula,
    record_notification,
    save_party,
)
from pisac_desktop.instruments.register import issue, new_draft_form, save_draft
from pisac_desktop.requests import appeals
from pisac_desktop.tramite import cases
from pisac_desktop.tramite.cases import ReferralForm
from pisac_desktop.tramite.intake import FilingForm
from tests.unit.conftest import unit_id

FILER = PartyForm("María Quispe Mamani", "DNI", "23456789", "Calle Mariscal Castilla 120, Pisac")


def _act(s, kind: str, username: str, day: dt.date) -> int:
    s.info["clock"].set(day)
    actor = demo_actor(s, username)
    form = new_draft_form(s, kind, day)
    form.summary = "Declarar improcedente la licencia de funcionamiento solicitada"
    form.seen = "El expediente N° 1234-2026"
    form.articles = ["DECLARAR IMPROCEDENTE lo solicitado.", "NOTIFICAR a la interesada."]
    draft = save_draft(s, actor, form).id
    issue(s, actor, draft)
    return draft


def _notified(s, instrument_id: int, username: str, on: dt.datetime) -> None:
    actor = demo_actor(s, username)
    party = save_party(s, actor, instrument_id, FILER)
    s.info["clock"].set(on.date())
    cedula = issue_cedula(s, actor, party)
    record_notification(s, actor, cedula, NoticeForm(
        on, "personal", "María Quispe Mamani", "23456789", notifier_name="Pedro Ccama Huillca",
        notifier_dni="41234567"))


def _filing(**changes) -> FilingForm:
    form = FilingForm(filer_document="23456789", filer_name="María Quispe Mamani",
                      filer_address="Calle Mariscal Castilla 120, Pisac", subject="", folios=6)
    for key, value in changes.items():
        setattr(form, key, value)
    return form


def test_an_appeal_against_a_management_resolution_goes_to_the_mayor_and_is_decided(office):
    with office.db.session() as s:
        act = _act(s, "MANAGEMENT_RESOLUTION", "wccahua", dt.date(2026, 11, 2))
        _notified(s, act, "wccahua", dt.datetime(2026, 11, 3, 10, 0))
        s.info["clock"].set(dt.date(2026, 11, 20))
        case_id = appeals.register_appeal(s, demo_actor(s, "echoque"), _filing(),
                                          appeals.AppealDetails(APPEAL, act))
        view = appeals.appeal_view(s, demo_actor(s, "mhuillca"), case_id)
        number = s.get(Instrument, act).number_text
        assert (view.kind, view.act, view.decider, view.ends_route, view.late) == (
            "Recurso de apelación", number, "Alcalde", True, False)
        assert view.notified == "notificado el 03/11/2026 (según su cédula)"
        assert view.last_day == dt.date(2026, 11, 24)  # 15 business days from 3/11
        case = s.get(CaseFile, case_id)
        assert case.unit_id == unit_id(s, "MUNICIPAL_MANAGEMENT")  # filed before who issued it
        assert case.subject == f"Recurso de apelación contra la {number}"
        assert case.due_on == dt.date(2027, 1, 7)  # 30 business days, 8-9 and 25 Dec, 1 Jan
        manager, secretary = demo_actor(s, "wccahua"), demo_actor(s, "mhuillca")
        cases.receive(s, manager, case_id)
        cases.refer(s, manager, case_id, ReferralForm(
            unit_id(s, "GENERAL_SECRETARIAT"), "Se eleva el recurso a la Alcaldía"))
        cases.receive(s, secretary, case_id)
        with pytest.raises(DomainError, match="emita la resolución"):
            appeals.record_decision(s, secretary, case_id, FOUNDED)
        draft = appeals.draft_decision(s, secretary, case_id, FOUNDED, [
            "Que la recurrente acredita haber subsanado las observaciones de seguridad;"])
        with pytest.raises(DomainError, match="Ya hay un proyecto"):
            appeals.draft_decision(s, secretary, case_id, FOUNDED, [])
        resolution = s.get(Instrument, draft)
        assert resolution.kind_code == "MAYOR_RESOLUTION"
        assert resolution.summary.startswith("Declarar FUNDADO el recurso de apelación "
                                             "interpuesto por María Quispe Mamani contra la")
        assert "DAR POR AGOTADA la vía administrativa" in resolution.articles
        assert "subsanado las observaciones" in resolution.whereas
        s.info["clock"].set(dt.date(2026, 12, 1))
        issue(s, secretary, draft)
        appeals.record_decision(s, secretary, case_id, FOUNDED)
        view = appeals.appeal_view(s, secretary, case_id)
        assert view.outcome == "FUNDADO" and view.decision == s.get(Instrument,
                                                                    draft).number_text
        assert s.get(CaseFile, case_id).state == "answered"
        assert appeals.appeals_against(s, act) == [
            f"Recurso de apelación, {case.number_text} (FUNDADO)"]
        from pisac_desktop.instruments.issued import links_of

        decided_by = s.get(Instrument, draft).number_text
        assert links_of(s, act) == [f"Recurso resuelto por {decided_by}"]  # both ways
        assert links_of(s, draft) == [
            f"Resuelve el recurso interpuesto contra {s.get(Instrument, act).number_text}"]


def test_a_mayors_resolution_is_only_reconsidered_and_a_late_recurso_is_marked(office):
    with office.db.session() as s:
        act = _act(s, "MAYOR_RESOLUTION", "mhuillca", dt.date(2026, 10, 14))
        s.info["clock"].set(dt.date(2026, 11, 20))
        desk = demo_actor(s, "echoque")
        with pytest.raises(ValidationFailed, match="no cabe apelación") as refused:
            appeals.register_appeal(s, desk, _filing(), appeals.AppealDetails(APPEAL, act))
        assert [e.field for e in refused.value.errors] == ["kind"]
        # Notified on 15/10 as the filer's copy says: the 15 days ended on 5/11 (1/11 a
        # Sunday holiday changes nothing); filed on 20/11, it is received and marked late.
        case_id = appeals.register_appeal(s, desk, _filing(), appeals.AppealDetails(
            RECONSIDERATION, act, dt.date(2026, 10, 15)))
        view = appeals.appeal_view(s, desk, case_id)
        assert view.late and view.last_day == dt.date(2026, 11, 5)
        assert view.notified == "notificado el 15/10/2026 (según el recurrente)"
        assert s.get(CaseFile, case_id).unit_id == unit_id(s, "MAYORALTY")
        form = appeals.decision_form(s, case_id, INADMISSIBLE, [])
        assert "fuera de plazo" in form.whereas[0] and "5 de noviembre de 2026" in form.whereas[0]
        assert form.summary.startswith("Declarar IMPROCEDENTE el recurso de reconsideración")
        assert any("AGOTADA" in a for a in form.articles)  # the mayor's decision ends it


def test_a_recurso_needs_an_issued_act_and_a_sensible_date(office):
    with office.db.session() as s:
        s.info["clock"].set(dt.date(2026, 11, 20))
        desk = demo_actor(s, "echoque")
        with pytest.raises(ValidationFailed) as refused:
            appeals.register_appeal(s, desk, _filing(filer_document="1"),
                                    appeals.AppealDetails(APPEAL, None, dt.date(2026, 12, 1)))
        fields = {e.field for e in refused.value.errors}
        assert {"instrument_id", "notified_on", "filer_document"} <= fields


def test_a_deleted_or_annulled_decision_is_drafted_again(office):
    from pisac_desktop.instruments.register import delete_draft

    with office.db.session() as s:
        act = _act(s, "MANAGEMENT_RESOLUTION", "wccahua", dt.date(2026, 11, 2))
        s.info["clock"].set(dt.date(2026, 11, 10))
        case_id = appeals.register_appeal(s, demo_actor(s, "echoque"), _filing(),
                                          appeals.AppealDetails(RECONSIDERATION, act,
                                                                dt.date(2026, 11, 3)))
        manager = demo_actor(s, "wccahua")
        cases.receive(s, manager, case_id)
        draft = appeals.draft_decision(s, manager, case_id, INADMISSIBLE, ["Que, …;"])
        assert appeals.appeal_view(s, manager, case_id).decision.startswith("proyecto")
    with office.db.session() as s:
        manager = demo_actor(s, "wccahua")
        delete_draft(s, manager, draft)
    with office.db.session() as s:
        manager = demo_actor(s, "wccahua")
        view = appeals.appeal_view(s, manager, case_id)
        assert view.decision == "" and not view.decision_issued
        appeals.draft_decision(s, manager, case_id, INADMISSIBLE, ["Que, …;"])
        assert appeals.appeal_view(s, manager, case_id).decision.startswith("proyecto")
