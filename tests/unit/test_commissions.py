"""Comisiones de trabajo: formed with one president, a meeting recorded with its record, each
recommendation followed up as a compromiso of its unit (in the list, the compliance report and
the commission's view); a concluded commission meets no more."""

import datetime as dt

import pytest

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.permissions import PermissionDenied
from pisac_desktop.demo import demo_actor
from pisac_desktop.management import commissions as co
from pisac_desktop.management import views as mv
from pisac_desktop.management.compliance import compliance_doc
from tests.unit.conftest import unit_id

MEMBERS = [co.MemberLine("CPC Wilber Ccahua Yupanqui", "Gerente Municipal", "president"),
           co.MemberLine("Abg. Rosa Quispe Cusi", "Jefa de Asesoría Jurídica", "secretary"),
           co.MemberLine("Ing. Mario Huamán Ttito", "Gerente de Desarrollo Urbano", "member")]


def test_a_commission_meets_and_its_recommendations_are_followed_up(demo_people):
    with demo_people.db.session() as s:
        s.info["clock"].set(dt.date(2026, 11, 2))
        manager = demo_actor(s, "wccahua")
        with pytest.raises(ValidationFailed) as refused:
            co.create_commission(s, manager, co.CommissionForm(
                "Comisión del mercado", " ", dt.date(2026, 12, 1), None,
                [co.MemberLine("Ana", "Jefa", "member")]))
        assert {e.field for e in refused.value.errors} == {"purpose", "formed_on", "members"}
        assert "un presidente" in refused.value.errors[-1].message
        with pytest.raises(PermissionDenied):
            co.create_commission(s, demo_actor(s, "lsoncco"), co.CommissionForm(
                "X", "Y", dt.date(2026, 10, 1), None, MEMBERS))
        cid = co.create_commission(s, manager, co.CommissionForm(
            "Comisión de reordenamiento del mercado de abastos",
            "Proponer el reordenamiento de los puestos del mercado", dt.date(2026, 10, 15),
            None, MEMBERS))
        with pytest.raises(ValidationFailed) as refused:
            co.record_meeting(s, manager, cid, co.MeetingForm(
                dt.date(2026, 10, 1), "Mercado", "Los tres", "Se visitó el mercado",
                [co.Recommendation("Empadronar los puestos", None, 10)]))
        assert {e.field for e in refused.value.errors} == {"held_on", "recommendations"}
        co.record_meeting(s, manager, cid, co.MeetingForm(
            dt.date(2026, 10, 30), "Mercado de abastos", "Los tres miembros",
            "Se visitó el mercado y se acordó empadronar los puestos.",
            [co.Recommendation("Empadronar los puestos del mercado",
                               unit_id(s, "ECONOMIC_DEVELOPMENT"), 10),
             co.Recommendation(" ", None, 0)]))  # an empty line is not a recommendation
        (view,) = co.commissions_of(s, manager)
        assert (view.president, view.meetings, view.open_recommendations, view.state) == (
            "CPC Wilber Ccahua Yupanqui", 1, 1, "En funciones")
        (meeting,) = co.meetings_of(s, manager, cid)
        assert meeting.recommendations == (
            "Empadronar los puestos del mercado — Gerencia de Desarrollo Económico — vence el "
            "16/11/2026 — Pendiente",)
        (c,) = mv.commitments_of(s, manager)
        assert (c.act_number, c.act_ref, c.council_session) == (
            "Comisión de reordenamiento del mercado de abastos — reunión del 30/10/2026",
            "Comisión", "")
        assert mv.commitment(s, manager, c.id).act_summary.startswith("Proponer")
        doc = compliance_doc(s, manager, mv.CommitmentFilter())
        assert [g.heading for g in doc.groups] == [
            "Recomendaciones de las comisiones de trabajo"]
        assert mv.commitments_of(s, manager, mv.CommitmentFilter(council_only=True)) == []
        co.end_commission(s, manager, cid, "Presentó su informe final")
        with pytest.raises(DomainError, match="concluyó"):
            co.record_meeting(s, manager, cid, co.MeetingForm(
                dt.date(2026, 11, 2), "Mercado", "Todos", "Otra"))
