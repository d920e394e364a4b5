"""Compromisos: the Gerencia gives what an issued act orders to a unit with a due date; the unit
reports progress with evidence; the overdue ones reach the Resumen; the compliance report counts
and groups them by council session; only the right people act; every change is audited."""

import datetime as dt
import hashlib
import subprocess

import pytest
from sqlalchemy import delete, func, select

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.permissions import PermissionDenied
from pisac_desktop.db.models import AgendaItem, AuditEntry, CaseFile, Instrument
from pisac_desktop.db.models.instruments import DRAFT, ISSUED
from pisac_desktop.db.models.management import Commitment, CommitmentReport
from pisac_desktop.demo import demo_actor
from pisac_desktop.management import commitments as cm
from pisac_desktop.management import views as mv
from pisac_desktop.management.compliance import compliance_doc, compliance_xlsx, render_compliance
from pisac_desktop.management.pending import commitment_pending
from pisac_desktop.tramite import cases
from pisac_desktop.tramite.attachments import NewAttachment
from tests.unit.conftest import unit_id

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def clear_commitments(s) -> None:
    """The demo's year of compromisos out of the way: these tests count their own."""
    s.execute(delete(CommitmentReport))
    s.execute(delete(Commitment))


@pytest.fixture
def desk(demo):
    """The demo with its documents but not its compromisos; Lucía Soncco works in Desarrollo
    Económico."""
    with demo.db.session() as s:
        clear_commitments(s)
        admin = demo_actor(s, "soporte")
        cases.set_user_units(s, admin, demo_actor(s, "lsoncco").user_id,
                             [unit_id(s, "ECONOMIC_DEVELOPMENT")])
    return demo


def _agreement(s) -> Instrument:
    """An issued acuerdo adopted in a council session (its agenda item names it)."""
    return s.scalar(select(Instrument).join(AgendaItem, AgendaItem.instrument_id == Instrument.id)
                    .where(Instrument.kind_code == "COUNCIL_AGREEMENT",
                           Instrument.state == ISSUED).order_by(Instrument.id))


def _form(s, act, **changes) -> cm.CommitmentForm:
    values = dict(instrument_id=act.id, description="Elaborar el expediente técnico del mercado",
                  unit_id=unit_id(s, "ECONOMIC_DEVELOPMENT"), by_days=True, days=10,
                  evidence_expected="El expediente técnico aprobado por resolución")
    values.update(changes)
    return cm.CommitmentForm(**values)


def test_an_agreement_is_followed_to_its_compliance(desk):
    with desk.db.session() as s:
        s.info["clock"].set(dt.date(2026, 12, 1))
        manager, staff = demo_actor(s, "wccahua"), demo_actor(s, "lsoncco")
        act = _agreement(s)
        first_entry = s.scalar(select(func.max(AuditEntry.id)))
        cid = cm.create_commitment(s, manager, _form(s, act))
        view = mv.commitment(s, staff, cid)
        # 10 business days from Tuesday 1 December 2026 skip 8 and 9 December (holidays).
        assert (view.due_on, view.due_text) == (
            dt.date(2026, 12, 17), "10 días hábiles, hasta el 17/12/2026")
        assert view.council_session.startswith("Sesión ") and view.act_number == act.number_text
        assert (view.state_label, view.can_report, view.can_manage) == ("Pendiente", True, False)

        s.info["clock"].set(dt.date(2026, 12, 7))
        cm.report_progress(s, staff, cid, cm.ReportForm(
            cm.IN_PROGRESS, 40, "Se contrató al proyectista", evidence_case_number=""))
        s.info["clock"].set(dt.date(2026, 12, 18))
        view = mv.commitment(s, manager, cid)
        assert (view.state_label, view.overdue, view.percent) == ("Vencido", True, 40)
        (item,) = commitment_pending(s, dt.date(2026, 12, 18))
        assert (item.label, item.count, item.target) == ("Compromiso vencido", 1, cid)
        assert "GDE 1" in item.detail

        case_id = s.scalar(select(CaseFile.id).order_by(CaseFile.id))
        case_number = s.get(CaseFile, case_id).number_text
        report_id = cm.report_progress(s, staff, cid, cm.ReportForm(
            cm.DONE, 80, "Expediente técnico entregado", evidence_case_number=case_number,
            evidence_file=NewAttachment("expediente.pdf", PDF)))
        view = mv.commitment(s, manager, cid)
        assert (view.state_label, view.percent, view.closed_on) == (
            "Cumplido", 100, dt.date(2026, 12, 18))
        history = mv.reports_of(s, manager, cid)
        assert [r.state_label for r in history] == ["En proceso", "Cumplido"]
        assert case_number in history[-1].evidence and "expediente.pdf" in history[-1].evidence
        evidence = cm.evidence_file(s, manager, report_id)
        assert evidence.content == PDF and evidence.sha256 == hashlib.sha256(PDF).hexdigest()
        assert commitment_pending(s, dt.date(2026, 12, 18)) == []

        with pytest.raises(DomainError, match="ya está cumplido"):
            cm.report_progress(s, staff, cid, cm.ReportForm(cm.IN_PROGRESS, 50, "Otra"))
        with pytest.raises(PermissionDenied):
            cm.reopen(s, staff, cid, "No")
        cm.reopen(s, manager, cid, "El expediente no tiene la firma del proyectista")
        assert mv.commitment(s, manager, cid).state_label == "Vencido"  # open and past due
        entries = s.scalars(select(AuditEntry.action).where(
            AuditEntry.entity == "commitment", AuditEntry.entity_id == str(cid),
            AuditEntry.id > first_entry).order_by(AuditEntry.id))
        assert list(entries) == ["create", "update", "update", "update"]


def test_the_compliance_report_counts_and_groups_by_session(desk, tmp_path):
    with desk.db.session() as s:
        s.info["clock"].set(dt.date(2026, 12, 1))
        manager, staff = demo_actor(s, "wccahua"), demo_actor(s, "lsoncco")
        act = _agreement(s)
        done = cm.create_commitment(s, manager, _form(s, act, description="Publicar el acuerdo"))
        cm.create_commitment(s, manager, _form(
            s, act, description="Informar al concejo", unit_id=unit_id(s, "ADMINISTRATION"),
            by_days=False, due_on=dt.date(2026, 12, 2)))
        decree = s.scalar(select(Instrument).where(Instrument.kind_code == "MAYOR_DECREE",
                                                   Instrument.state == ISSUED))
        cm.create_commitment(s, manager, _form(s, decree, description="Difundir el decreto"))
        cm.report_progress(s, staff, done, cm.ReportForm(cm.DONE, 100, "Publicado en el diario"))
        s.info["clock"].set(dt.date(2026, 12, 4))

        council = compliance_doc(s, manager, mv.CommitmentFilter(council_only=True))
        assert (council.totals.total, council.totals.done, council.totals.overdue) == (2, 1, 1)
        assert council.totals.rate == "50 %"
        (group,) = council.groups
        assert group.heading.startswith("Sesión ") and group.acts[0].number_text == \
            act.number_text
        every = compliance_doc(s, manager, mv.CommitmentFilter())
        assert [g.heading for g in every.groups][-1] == "Decretos, resoluciones y directivas"
        assert every.totals.total == 3

        pdf, name = render_compliance(s, manager, mv.CommitmentFilter(council_only=True))
        assert name == "cumplimiento-acuerdos-concejo-2026-12-04.pdf"
        (tmp_path / name).write_bytes(pdf)
        text = subprocess.run(["pdftotext", "-layout", str(tmp_path / name), "-"],
                              capture_output=True, text=True, check=True).stdout
        for expected in ("Reporte de cumplimiento de los acuerdos del Concejo Municipal",
                         "Situación al 4 de diciembre de 2026", act.number_text,
                         "Publicar el acuerdo", "Informar al concejo", "Vencido", "Cumplido",
                         "50 %", "Gerente Municipal"):
            assert expected in text, expected
        assert "Difundir el decreto" not in text

        data, xname = compliance_xlsx(s, manager, mv.CommitmentFilter())
        from io import BytesIO

        from openpyxl import load_workbook
        book = load_workbook(BytesIO(data))
        assert book.sheetnames == ["Por unidad", "Compromisos"]
        described = [row[4] for row in book["Compromisos"].iter_rows(min_row=2, values_only=True)]
        assert sorted(described) == ["Difundir el decreto", "Informar al concejo",
                                     "Publicar el acuerdo"]
        assert xname.endswith(".xlsx")


def test_bad_input_is_refused_at_its_field_and_only_the_right_people_act(desk):
    with desk.db.session() as s:
        s.info["clock"].set(dt.date(2026, 12, 1))
        manager, staff, secretary = (demo_actor(s, u) for u in ("wccahua", "lsoncco",
                                                                 "mhuillca"))
        act = _agreement(s)
        draft = s.scalar(select(Instrument).where(Instrument.state == DRAFT))
        with pytest.raises(ValidationFailed) as refused:
            cm.create_commitment(s, manager, cm.CommitmentForm(
                draft.id if draft else None, " ", None, False, 0, dt.date(2026, 11, 30)))
        assert [e.field for e in refused.value.errors] == ["instrument_id"]
        with pytest.raises(ValidationFailed) as refused:
            cm.create_commitment(s, manager, cm.CommitmentForm(
                act.id, " ", None, False, 0, dt.date(2026, 11, 30)))
        assert {e.field for e in refused.value.errors} == {"description", "unit_id", "due_on"}
        with pytest.raises(ValidationFailed) as refused:
            cm.create_commitment(s, manager, _form(s, act, days=0))
        assert [e.field for e in refused.value.errors] == ["days"]
        with pytest.raises(PermissionDenied):
            cm.create_commitment(s, staff, _form(s, act))

        cid = cm.create_commitment(s, manager, _form(s, act))
        other = cm.create_commitment(s, manager, _form(s, act,
                                                       unit_id=unit_id(s, "ADMINISTRATION")))
        with pytest.raises(PermissionDenied, match="no trabaja en Oficina de Administración"):
            cm.report_progress(s, staff, other, cm.ReportForm(cm.IN_PROGRESS, 10, "Avance"))
        assert not mv.commitment(s, staff, other).can_report
        for form, field in (
                (cm.ReportForm(cm.IN_PROGRESS, 10, " "), "note"),
                (cm.ReportForm(cm.PENDING, 10, "Sin iniciar"), "percent"),
                (cm.ReportForm(cm.IN_PROGRESS, 100, "Todo"), "percent"),
                (cm.ReportForm(cm.IN_PROGRESS, 101, "Todo"), "percent"),
                (cm.ReportForm(cm.NOT_APPLICABLE, 0, "No corresponde", reason=""), "reason"),
                (cm.ReportForm(cm.IN_PROGRESS, 10, "Avance",
                               evidence_case_number="2026-999999"), "evidence_case_number"),
                (cm.ReportForm(cm.IN_PROGRESS, 10, "Avance",
                               evidence_file=NewAttachment("acta.docx", b"x")), "evidence_file")):
            with pytest.raises(ValidationFailed) as refused:
                cm.report_progress(s, staff, cid, form)
            assert [e.field for e in refused.value.errors] == [field], form
        assert mv.reports_of(s, staff, cid) == []
        with pytest.raises(PermissionDenied):
            cm.report_progress(s, secretary, cid, cm.ReportForm(cm.IN_PROGRESS, 10, "Avance"))

        # Reprogrammed by the gerente, with its reason in the history.
        with pytest.raises(ValidationFailed) as refused:
            cm.reprogram(s, manager, cid, _form(s, act), "Pidió más plazo")
        assert [e.field for e in refused.value.errors] == ["description"]  # nothing changed
        cm.reprogram(s, manager, cid, _form(s, act, days=20), "La unidad pidió más plazo")
        assert mv.commitment(s, manager, cid).due_on == dt.date(2027, 1, 4)  # 25 Dec, 1 Jan off
        assert mv.reports_of(s, manager, cid)[-1].note == "Reprogramado: La unidad pidió más plazo"
        cm.report_progress(s, staff, cid, cm.ReportForm(
            cm.NOT_APPLICABLE, 0, "Revisado", reason="El mercado se transfirió a la provincia"))
        view = mv.commitment(s, manager, cid)
        assert (view.state_label, view.reason) == ("No aplicable",
                                                   "El mercado se transfirió a la provincia")
        with pytest.raises(DomainError, match="reábralo"):
            cm.reprogram(s, manager, cid, _form(s, act, days=30), "Otra vez")


def test_acts_are_found_by_their_words_with_their_commitments_counted(desk):
    with desk.db.session() as s:
        manager = demo_actor(s, "wccahua")
        act = _agreement(s)
        cm.create_commitment(s, manager, _form(s, act))
        found = mv.act_choices(s, manager, " ".join(act.summary.split()[:4]), council_only=True)
        assert next(a for a in found if a.id == act.id).commitments == 1
        assert next(a for a in found if a.id == act.id).label.startswith(
            f"{act.number_text} ({act.doc_date:%d/%m/%Y}) — ")
        assert all(c.label.startswith(("ACUERDO", "ORDENANZA", "RESOLUCIÓN DE CONCEJO"))
                   for c in mv.act_choices(s, manager, "", council_only=True))
