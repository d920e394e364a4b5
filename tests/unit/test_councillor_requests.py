"""Pedidos de regidores: a case file for the unit with the council's deadline (a setting), the
answer delivered with who signed the cargo, and the pending ones listed per councillor."""

import datetime as dt

import pytest
from sqlalchemy import select

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.db.models import CaseFile, CouncilMember
from pisac_desktop.demo import demo_actor
from pisac_desktop.requests import councillors as cr
from pisac_desktop.tramite import cases
from tests.unit.conftest import unit_id


def _members(s) -> list[CouncilMember]:
    return list(s.scalars(select(CouncilMember).where(CouncilMember.role == "councillor")
                          .order_by(CouncilMember.position)))


def test_a_request_is_routed_answered_and_delivered_with_its_cargo(office):
    with office.db.session() as s:
        s.info["clock"].set(dt.date(2026, 12, 1))
        first, second = _members(s)[:2]
        secretary, manager = demo_actor(s, "mhuillca"), demo_actor(s, "wccahua")
        case_id = cr.register_request(s, secretary, cr.CouncillorRequestForm(
            first.id, "information", "Copia del expediente técnico del mercado de abastos",
            unit_id(s, "MUNICIPAL_MANAGEMENT"), folios=1))
        other = cr.register_request(s, secretary, cr.CouncillorRequestForm(
            second.id, "action", "Reparación del alumbrado de la calle Bolognesi",
            unit_id(s, "MUNICIPAL_MANAGEMENT")))
        case = s.get(CaseFile, case_id)
        assert case.document_kind == "Pedido de regidor" and case.filer_document == first.dni
        assert case.due_on == dt.date(2026, 12, 24)  # 15 business days, 8-9 December off
        pending = cr.pending_by_councillor(s, secretary)
        assert [v.number_text for v in pending[f"{first.title} {first.full_name}".strip()]] == [
            case.number_text]
        cases.receive(s, manager, case_id)
        with pytest.raises(ValidationFailed) as refused:
            cr.deliver_answer(s, manager, case_id, "Informe N° 012-2026-GM-MDP", " ")
        assert [e.field for e in refused.value.errors] == ["received_by"]
        s.info["clock"].set(dt.date(2026, 12, 4))
        cr.deliver_answer(s, manager, case_id, "Informe N° 012-2026-GM-MDP con el expediente",
                          "Despacho de regidores, Julia Ccasa")
        with pytest.raises(DomainError, match="ya fue entregada el 04/12/2026"):
            cr.deliver_answer(s, manager, case_id, "Otra", "Otra")
        (view,) = cr.requests_of(s, secretary, first.id)
        assert (view.state, view.delivered) == (
            "Entregado", "04/12/2026 a Despacho de regidores, Julia Ccasa")
        assert list(cr.pending_by_councillor(s, secretary)) == [
            f"{second.title} {second.full_name}".strip()]
        s.info["clock"].set(dt.date(2026, 12, 28))
        assert cr.requests_of(s, secretary, second.id)[0].state == "Vencido"
        assert s.get(CaseFile, other).state == "in_process"


def test_the_deadline_is_the_councils_and_bad_input_is_refused(office):
    with office.db.session() as s:
        s.info["clock"].set(dt.date(2026, 12, 1))
        secretary = demo_actor(s, "mhuillca")
        cr.set_councillor_days(s, secretary, 7)
        case_id = cr.register_request(s, secretary, cr.CouncillorRequestForm(
            _members(s)[0].id, "information", "Relación de obras", unit_id(s, "ADMINISTRATION")))
        assert s.get(CaseFile, case_id).due_on == dt.date(2026, 12, 14)  # 7 business days
        with pytest.raises(ValidationFailed) as refused:
            cr.register_request(s, secretary, cr.CouncillorRequestForm(None, "x", " ", None))
        assert {e.field for e in refused.value.errors} == {"member_id", "kind", "unit_id",
                                                           "subject"}


def test_the_resumen_names_the_requests_due_and_overdue(office):
    """15 business days from 1 December 2026, skipping the holidays of 8 December (Inmaculada
    Concepción) and 9 December (Batalla de Ayacucho): due on 24 December."""
    from pisac_desktop.requests.pending import councillor_pending

    with office.db.session() as s:
        s.info["clock"].set(dt.date(2026, 12, 1))
        case_id = cr.register_request(s, demo_actor(s, "mhuillca"), cr.CouncillorRequestForm(
            _members(s)[0].id, "information", "Copia del padrón del vaso de leche",
            unit_id(s, "GENERAL_SECRETARIAT")))
        assert s.get(CaseFile, case_id).due_on == dt.date(2026, 12, 24)
        assert councillor_pending(s, dt.date(2026, 12, 10)) == []
        assert councillor_pending(s, dt.date(2026, 12, 21)) == []  # two days: up to 23/12
        soon = {i.label: i for i in councillor_pending(s, dt.date(2026, 12, 22))}
        assert soon["Pedido de regidor sin respuesta que vence hasta el 24/12/2026"].target == \
            case_id
        late = {i.label: i for i in councillor_pending(s, dt.date(2026, 12, 28))}
        assert late["Pedido de regidor sin respuesta vencido"].count == 1
