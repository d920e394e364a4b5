"""Trámite documentario: the desk registers, units receive, derive, answer and archive; numbers
never repeat nor vanish; deadlines on the business-day calendar; every act audited."""

import datetime as dt

import pytest
from sqlalchemy import select

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.permissions import PermissionDenied
from pisac_desktop.db.models import AuditEntry, CaseFile, Procedure
from pisac_desktop.demo import demo_actor
from pisac_desktop.tramite import attachments, cases, intake, views
from pisac_desktop.tramite.attachments import NewAttachment
from pisac_desktop.tramite.cases import ReferralForm
from pisac_desktop.tramite.intake import FilingForm
from pisac_desktop.tramite.procedures import ProcedureForm, procedures, save_procedure
from pisac_desktop.tramite.views import Tray
from tests.unit.conftest import unit_id as _unit

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _actors(s):
    return demo_actor(s, "echoque"), demo_actor(s, "mhuillca"), demo_actor(s, "wccahua")


def _filing(s, **changes) -> FilingForm:
    form = FilingForm(filer_document="23456789", filer_name="Juana  Quispe Huamán",
                      filer_address="Av. Amazonas 123, Pisac", filer_phone="984 123 456",
                      document_kind="Solicitud", subject="Solicita copia certificada de la "
                      "Resolución de Alcaldía N° 045-2026-A-MDP", folios=3,
                      unit_id=_unit(s, "GENERAL_SECRETARIAT"), deadline_days=5)
    for key, value in changes.items():
        setattr(form, key, value)
    return form


def test_the_whole_path_from_the_desk_to_the_archive(office):
    db = office.db
    with db.session() as s:
        desk, secretary, manager = _actors(s)
        case_id = intake.register_filing(s, desk, _filing(s), [NewAttachment("escrito.pdf", PDF)])
    with db.session() as s:
        detail = views.case_detail(s, desk, case_id)
        assert detail.number_text == "EXP. N° 2026-000001"
        assert detail.filer_name == "Juana Quispe Huamán"  # spaces cleaned
        assert detail.received_at == dt.datetime(2026, 11, 21, 10, 0)
        # Filed on Saturday 21 November 2026: 5 business days end on Friday 27 November.
        assert detail.due_on == dt.date(2026, 11, 27)
        assert [a.file_name for a in detail.attachments] == ["escrito.pdf"]
        assert detail.verification_code
        assert detail.steps[0].from_unit == "Mesa de Partes" or \
            detail.steps[0].from_unit.startswith("Oficina de Trámite")
        assert not detail.can_receive.ok  # the desk does not work in the Secretaría
        # The Secretaría sees it to receive.
        secretary = demo_actor(s, "mhuillca")
        sg = _unit(s, "GENERAL_SECRETARIAT")
        assert [r.id for r in views.bandeja(s, secretary, sg, Tray.TO_RECEIVE)] == [case_id]
        assert views.tray_counts(s, secretary, sg)[Tray.TO_RECEIVE] == 1
        assert views.case_detail(s, secretary, case_id).can_receive.ok
    with db.session() as s:
        desk, secretary, manager = _actors(s)
        with pytest.raises(DomainError, match="Reciba primero"):
            cases.refer(s, secretary, case_id, ReferralForm(_unit(s, "MUNICIPAL_MANAGEMENT"),
                                                            "Para opinión"))
    with db.session() as s:
        desk, secretary, manager = _actors(s)
        with pytest.raises(PermissionDenied):
            cases.receive(s, manager, case_id)  # not in his bandeja
    with db.session() as s:
        cases.receive(s, _actors(s)[1], case_id)
    with db.session() as s:
        with pytest.raises(DomainError, match="ya fue recibido por mhuillca"):
            cases.receive(s, _actors(s)[1], case_id)  # a double click
    with db.session() as s:
        desk, secretary, manager = _actors(s)
        gm = _unit(s, "MUNICIPAL_MANAGEMENT")
        cases.refer(s, secretary, case_id, ReferralForm(gm, "Para su opinión y trámite", 0, 3))
    with db.session() as s:
        desk, secretary, manager = _actors(s)
        assert [r.id for r in views.bandeja(s, manager, gm, Tray.TO_RECEIVE)] == [case_id]
        assert views.bandeja(s, secretary, _unit(s, "GENERAL_SECRETARIAT"),
                             Tray.IN_PROCESS) == []
        cases.receive(s, manager, case_id)
    with db.session() as s:
        desk, secretary, manager = _actors(s)
        with pytest.raises(ValidationFailed):
            cases.answer(s, manager, case_id, "   ")
        cases.answer(s, manager, case_id, "Se atendió con el Oficio N° 012-2026-GM-MDP.")
    with db.session() as s:
        desk, secretary, manager = _actors(s)
        assert [r.id for r in views.bandeja(s, manager, gm, Tray.ANSWERED)] == [case_id]
        cases.archive(s, manager, case_id, "Atendido y notificado: archivo de gestión.")
    with db.session() as s:
        desk, secretary, manager = _actors(s)
        detail = views.case_detail(s, manager, case_id)
        assert detail.state_label == "Archivado"
        assert [(st.to_unit, st.outcome_label) for st in detail.steps] == [
            ("Secretaría General", "Derivado"), ("Gerencia Municipal", "Atendido")]
        assert detail.steps[1].instruction == "Para su opinión y trámite"
        assert detail.steps[1].folios == 3
        actions = [a for (a,) in s.execute(select(AuditEntry.action).where(
            AuditEntry.entity == "case_file").order_by(AuditEntry.id))]
        assert actions == ["intake", "receive", "refer", "receive", "answer", "archive"]
        with pytest.raises(DomainError, match="ya está archivado"):
            cases.refer(s, manager, case_id, ReferralForm(_unit(s, "GENERAL_SECRETARIAT"), "x"))


def test_bad_input_is_refused_field_by_field_and_nothing_is_written(office):
    with office.db.session() as s:
        desk = _actors(s)[0]
        form = _filing(s, filer_document="1234", filer_name=" ", subject="", folios=0,
                       filer_email="juana@", unit_id=None, document_kind="Telegrama")
        with pytest.raises(ValidationFailed) as failed:
            intake.register_filing(s, desk, form, [NewAttachment("foto.bmp", b"x")])
        fields = {e.field for e in failed.value.errors}
        assert fields == {"filer_document", "filer_name", "subject", "folios", "filer_email",
                          "unit_id", "document_kind", "attachments"}
        too_big = NewAttachment("grande.pdf", b"0" * (attachments.MAX_ATTACHMENT_BYTES + 1))
        with pytest.raises(ValidationFailed, match="pesa 25.0 MB y el máximo es 25 MB"):
            intake.register_filing(s, desk, _filing(s), [too_big])
        company = _filing(s, filer_is_company=True, filer_document_type="DNI")
        with pytest.raises(ValidationFailed, match="empresa se identifica con su RUC"):
            intake.register_filing(s, desk, company)
    with office.db.session() as s:
        assert s.scalar(select(CaseFile.id)) is None


def test_only_the_desk_registers(office):
    with office.db.session() as s:
        with pytest.raises(PermissionDenied):
            intake.register_filing(s, _actors(s)[2], _filing(s))


def test_missing_requirements_stop_the_clock_until_completed(office):
    with office.db.session() as s:
        desk = _actors(s)[0]
        procedure = next(p for p in procedures(s) if p.code == "EJ-02")  # 4 days, positive
        form = _filing(s, procedure_id=procedure.id, unit_id=None,
                       missing_requirements="Declaración jurada de seguridad\nPago de la tasa")
        case_id = intake.register_filing(s, desk, form)
    with office.db.session() as s:
        desk = _actors(s)[0]
        detail = views.case_detail(s, desk, case_id)
        assert detail.unit_name == "Gerencia de Desarrollo Económico"  # the procedure's unit
        assert detail.due_on is None and detail.completion_due == dt.date(2026, 11, 24)
        assert detail.missing_requirements == ("Declaración jurada de seguridad",
                                               "Pago de la tasa")
        assert "subsane" in detail.next_step and detail.silence_text == ""
        s.info["clock"].set(dt.date(2026, 11, 23))  # Monday
        intake.complete_requirements(s, desk, case_id, "Presentó la declaración y el recibo.")
    with office.db.session() as s:
        detail = views.case_detail(s, _actors(s)[0], case_id)
        assert detail.completed_on == dt.date(2026, 11, 23)
        assert detail.due_on == dt.date(2026, 11, 27)  # 4 business days from Tuesday
        # Then 5 business days to notify (to 4 December): approved from Saturday 5 December.
        assert detail.silence_text.startswith("Silencio positivo desde el 05/12/2026")
        with pytest.raises(DomainError, match="no tiene requisitos pendientes"):
            intake.complete_requirements(s, _actors(s)[0], case_id)


def test_holidays_move_the_deadline(office):
    with office.db.session() as s:
        s.info["clock"].set(dt.date(2026, 12, 4))  # Friday; 8 and 9 December are holidays
        case_id = intake.register_filing(s, _actors(s)[0], _filing(s, deadline_days=3))
    with office.db.session() as s:
        assert views.case_detail(s, _actors(s)[0], case_id).due_on == dt.date(2026, 12, 11)


def test_a_wrong_registration_is_annulled_and_keeps_its_number(office):
    with office.db.session() as s:
        desk = _actors(s)[0]
        first = intake.register_filing(s, desk, _filing(s))
        second = intake.register_filing(s, desk, _filing(s))
    with office.db.session() as s:
        desk, secretary, _ = _actors(s)
        with pytest.raises(ValidationFailed):
            intake.annul(s, desk, second, "")
        intake.annul(s, desk, second, "Registrado dos veces: es el mismo escrito que el "
                                     "EXP. N° 2026-000001.")
        cases.receive(s, secretary, first)
    with office.db.session() as s:
        desk, secretary, _ = _actors(s)
        with pytest.raises(DomainError, match="pida a la Secretaría General"):
            intake.annul(s, desk, first, "Error")
        third = intake.register_filing(s, desk, _filing(s))
        numbers = [(c.number_text, c.state) for c in s.scalars(select(CaseFile)
                                                               .order_by(CaseFile.id))]
        assert numbers == [("EXP. N° 2026-000001", "in_process"),
                           ("EXP. N° 2026-000002", "annulled"),
                           ("EXP. N° 2026-000003", "in_process")]
        assert views.case_detail(s, desk, second).next_step.startswith("Anulado: Registrado")
        assert third


def test_search_by_number_document_and_words(office):
    with office.db.session() as s:
        desk = _actors(s)[0]
        a = intake.register_filing(s, desk, _filing(s))
        b = intake.register_filing(s, desk, _filing(
            s, filer_is_company=True, filer_document_type="RUC", filer_document="20100066603",
            filer_name="Empresa de Transportes Señor de Huanca S.A.C.",
            subject="Solicita autorización de paradero en la plaza"))
    with office.db.session() as s:
        desk = _actors(s)[0]
        assert [r.id for r in views.find(s, desk, "2026-2")] == [b]
        assert [r.id for r in views.find(s, desk, "EXP. N° 2026-000001")] == [a]
        assert [r.id for r in views.find(s, desk, "1")] == [a]  # this year's
        assert [r.id for r in views.find(s, desk, "23456789")] == [a]
        assert [r.id for r in views.find(s, desk, "20100066603")] == [b]
        assert [r.id for r in views.find(s, desk, "senor huanca")] == [b]
        assert [r.id for r in views.find(s, desk, "RESOLUCION alcaldía")] == [a]
        assert views.find(s, desk, "zzzz") == []


def test_search_filters_by_procedure_unit_state_and_period(office):
    from pisac_desktop.clock import SESSION_KEY, FixedClock
    from pisac_desktop.tramite.views import OVERDUE, CaseFilter

    with office.db.session() as s:
        desk, secretary, _ = _actors(s)
        licence = next(p for p in procedures(s) if p.code == "EJ-02")
        mm, sg = _unit(s, "MUNICIPAL_MANAGEMENT"), _unit(s, "GENERAL_SECRETARIAT")
        s.info[SESSION_KEY] = FixedClock(dt.date(2026, 10, 1), 9)
        late = intake.register_filing(s, desk, _filing(
            s, unit_id=mm, subject="Solicita apoyo con maquinaria para la trocha"))
        s.info[SESSION_KEY] = FixedClock(dt.date(2026, 11, 18), 9)
        shop = intake.register_filing(s, desk, _filing(
            s, unit_id=None, procedure_id=licence.id, deadline_days=0,
            subject="Solicita licencia de funcionamiento para bodega"))
        s.info[SESSION_KEY] = FixedClock(dt.date(2026, 11, 21), 9)
        copy = intake.register_filing(s, desk, _filing(s))
        cases.receive(s, secretary, copy)
        cases.answer(s, secretary, copy, "Se entregó la copia certificada.")
        twice = intake.register_filing(s, desk, _filing(s))
        intake.annul(s, desk, twice, "Registrado dos veces.")
    with office.db.session() as s:
        desk = _actors(s)[0]

        def ids(text="", **filters):
            return [r.id for r in views.find(s, desk, text, filters=CaseFilter(**filters))]

        assert ids() == []  # nothing asked, nothing shown
        assert ids(procedure_id=licence.id) == [shop]
        assert ids(unit_id=mm) == [late]
        assert set(ids(unit_id=sg)) == {copy, twice}
        assert ids(state=OVERDUE) == [late]  # 5 business days from 1 October; the shop's 4
        # from 18 November end on the 24th
        assert ids(state="in_process") == [shop, late]  # newest first
        assert ids(state="answered") == [copy]
        assert ids(state="annulled") == [twice]
        assert ids(received_from=dt.date(2026, 11, 18), received_to=dt.date(2026, 11, 18)) == \
            [shop]  # both days included
        assert ids(received_to=dt.date(2026, 10, 31)) == [late]
        assert ids(received_from=dt.date(2026, 11, 19)) == [twice, copy]
        # The box and the filters together: words, a number, a DNI.
        assert ids("solicita", state="in_process", unit_id=mm) == [late]
        assert ids("licencia bodega", received_from=dt.date(2026, 11, 19)) == []
        assert ids("2026-2", procedure_id=licence.id) == [shop]
        assert ids("2026-2", state="archived") == []
        assert ids("23456789", state="answered") == [copy]
        with pytest.raises(DomainError, match="posterior"):
            ids(received_from=dt.date(2026, 11, 5), received_to=dt.date(2026, 11, 4))
        with pytest.raises(DomainError, match="Estado desconocido"):
            ids(state="lost")
        # Each row says where the case file is and what comes next.
        steps = {r.id: r.next_step for r in views.find(s, desk, "", filters=CaseFilter(
            received_from=dt.date(2026, 1, 1)))}
        assert steps[late] == "Enviado a Gerencia Municipal; falta que lo reciba."
        assert steps[copy] == "Atendido por Secretaría General; por archivar."
        assert steps[twice] == "Anulado: no sigue."
        assert [r.id for r in views.find(s, desk, "", limit=2, filters=CaseFilter(
            received_from=dt.date(2026, 1, 1)))] == [twice, copy]  # limited, newest first


def test_the_tupa_is_seeded_with_examples_and_edited_with_checks(office):
    with office.db.session() as s:
        secretary = _actors(s)[1]
        rows = procedures(s)
        assert len(rows) >= 5 and all(r.example for r in rows)
        with pytest.raises(ValidationFailed) as failed:
            save_procedure(s, secretary, ProcedureForm(code="EJ-01", name="", fee="9,999",
                                                       deadline_days=45))
        assert {e.field for e in failed.value.errors} == {"code", "name", "fee",
                                                          "deadline_days"}
        new = save_procedure(s, secretary, ProcedureForm(
            code="PA-12", name="Constancia de  posesión", requirements="Solicitud\n\nPlano",
            fee="25,50", deadline_days=7, unit_id=_unit(s, "URBAN_RURAL_DEVELOPMENT")))
    with office.db.session() as s:
        row = s.get(Procedure, new)
        assert (row.name, row.requirements, row.fee_cents, row.example) == (
            "Constancia de posesión", "Solicitud\nPlano", 2550, False)
        with pytest.raises(PermissionDenied):
            save_procedure(s, _actors(s)[0], ProcedureForm(code="X", name="X", deadline_days=1))
