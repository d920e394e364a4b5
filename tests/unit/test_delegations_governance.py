"""The register of delegations (a resolución de gerencia may rest only on a delegation standing on
its date) and the instrumentos de gestión (each version with its norm, validity and file; the
out-of-date ones named in the Resumen)."""

import datetime as dt

import pytest
from sqlalchemy import delete, select

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.permissions import PermissionDenied
from pisac_desktop.db.models import Instrument
from pisac_desktop.db.models.instruments import ISSUED
from pisac_desktop.db.models.management import ManagementInstrument
from pisac_desktop.demo import demo_actor
from pisac_desktop.instruments import delegations as dg
from pisac_desktop.instruments.delegation import delegation_choices, delegation_errors
from pisac_desktop.instruments.register import issue, new_draft_form, save_draft
from pisac_desktop.management import governance as gv
from pisac_desktop.tramite.attachments import NewAttachment
from tests.unit.conftest import unit_id

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _mayor_resolution(s, day: dt.date, summary: str) -> Instrument:
    s.info["clock"].set(day)
    mayor_side = demo_actor(s, "mhuillca")
    form = new_draft_form(s, "MAYOR_RESOLUTION", day)
    form.summary = summary
    form.seen = "El Informe Legal N° 010-2026-OAJ-MDP"
    form.articles = ["DELEGAR en el Gerente Municipal las facultades que se indican."]
    return issue(s, mayor_side, save_draft(s, mayor_side, form).id)


def test_a_resolution_rests_only_on_a_delegation_standing_on_its_date(demo_people):
    with demo_people.db.session() as s:
        manager = demo_actor(s, "wccahua")
        ra = _mayor_resolution(s, dt.date(2026, 1, 5), "Delegar facultades administrativas")
        other = _mayor_resolution(s, dt.date(2026, 1, 6), "Designar al responsable de archivo")
        s.info["clock"].set(dt.date(2026, 3, 2))
        with pytest.raises(ValidationFailed) as refused:
            dg.register_delegation(s, manager, dg.DelegationForm(
                ra.id, None, " ", dt.date(2026, 1, 1), dt.date(2025, 12, 1)))
        assert {e.field for e in refused.value.errors} == {"unit_id", "powers", "since",
                                                           "until"}
        did = dg.register_delegation(s, manager, dg.DelegationForm(
            ra.id, unit_id(s, "MUNICIPAL_MANAGEMENT"),
            "Aprobar las contrataciones menores a ocho UIT y resolver los recursos de "
            "reconsideración", dt.date(2026, 1, 5), dt.date(2026, 6, 30)))
        (view,) = dg.delegations_of(s, manager)
        assert (view.state, view.period) == ("Vigente", "del 05/01/2026 al 30/06/2026")

        # The choices for a resolución de gerencia: the registered delegation first, with its
        # powers; an unregistered resolución de alcaldía is still offered after it.
        choices = delegation_choices(s)
        assert choices[0].id == ra.id and "delega: Aprobar las contrataciones" in \
            choices[0].label
        assert other.id in [c.id for c in choices[1:]]
        kind = "MANAGEMENT_RESOLUTION"
        assert delegation_errors(s, kind, ra.id, dt.date(2026, 3, 2)) == []
        (late,) = delegation_errors(s, kind, ra.id, dt.date(2026, 7, 1))
        assert "venció el 30/06/2026" in late.message
        assert delegation_errors(s, kind, other.id, dt.date(2026, 7, 1)) == []  # not registered

        with pytest.raises(PermissionDenied):
            dg.end_delegation(s, demo_actor(s, "lsoncco"), did, dt.date(2026, 3, 31), "x")
        dg.end_delegation(s, manager, did, dt.date(2026, 3, 31), "Revocada por la nueva "
                                                                 "gestión")
        (late,) = delegation_errors(s, kind, ra.id, dt.date(2026, 4, 1))
        assert "revocada el 31/03/2026" in late.message
        with pytest.raises(DomainError, match="ya terminó"):
            dg.end_delegation(s, manager, did, dt.date(2026, 4, 2), "Otra vez")
        s.info["clock"].set(dt.date(2026, 4, 1))
        assert dg.delegations_of(s, manager)[0].state == "Revocada"


def test_a_delegation_ending_soon_reaches_the_resumen(demo_people):
    with demo_people.db.session() as s:
        manager = demo_actor(s, "wccahua")
        ra = _mayor_resolution(s, dt.date(2026, 1, 5), "Delegar facultades administrativas")
        did = dg.register_delegation(s, manager, dg.DelegationForm(
            ra.id, unit_id(s, "MUNICIPAL_MANAGEMENT"), "Visar las órdenes de compra",
            dt.date(2026, 1, 5), dt.date(2026, 12, 15)))
        assert dg.delegation_pending(s, dt.date(2026, 11, 2)) == []
        (item,) = dg.delegation_pending(s, dt.date(2026, 12, 4))
        assert (item.count, item.target) == (1, did) and "15/12/2026" in item.detail


def test_the_instruments_of_management_and_which_are_out_of_date(demo):
    with demo.db.session() as s:
        s.info["clock"].set(dt.date(2026, 11, 21))
        manager = demo_actor(s, "wccahua")
        demo_states = {st.code: st.state for st in gv.statuses(s, manager)}
        assert (demo_states["ROF"], demo_states["PDLC"], demo_states["CPE"]) == (
            "Vigente", "Vencido", "Sin registrar")  # the demo's
        s.execute(delete(ManagementInstrument))
        before = {st.code: st.state for st in gv.statuses(s, manager)}
        assert before["ROF"] == "Sin registrar" and before["POI"] == "Sin registrar"
        ordinance = s.scalar(select(Instrument).where(Instrument.kind_code == "ORDINANCE",
                                                      Instrument.state == ISSUED))
        with pytest.raises(ValidationFailed) as refused:
            gv.register_version(s, manager, gv.VersionForm(
                "PEI", " ", None, "", dt.date(2026, 12, 1), dt.date(2025, 1, 1), None,
                file=NewAttachment("pei.docx", b"x")))
        assert {e.field for e in refused.value.errors} == {
            "title", "approved_by_text", "approved_on", "valid_until", "file"}
        rof = gv.register_version(s, manager, gv.VersionForm(
            "ROF", "ROF 2024", ordinance.id, "", ordinance.doc_date, ordinance.doc_date,
            file=NewAttachment("rof-2024.pdf", PDF)))
        gv.register_version(s, manager, gv.VersionForm(
            "PEI", "PEI 2024-2026", None, "Resolución de Alcaldía N° 210-2023-MDP/A",
            dt.date(2023, 12, 20), dt.date(2024, 1, 1), dt.date(2026, 12, 31)))
        gv.register_version(s, manager, gv.VersionForm(
            "POI", "POI 2026", None, "Resolución de Alcaldía N° 230-2025-MDP/A",
            dt.date(2025, 12, 22), dt.date(2026, 1, 1)))
        gv.register_version(s, manager, gv.VersionForm(
            "PDLC", "PDLC 2016-2021", None, "Ordenanza Municipal N° 012-2015-MDP/CM",
            dt.date(2015, 11, 30), dt.date(2016, 1, 1), dt.date(2021, 12, 31)))
        states = {st.code: st for st in gv.statuses(s, manager)}
        assert states["ROF"].state == "Vigente" and states["ROF"].current.approval == \
            ordinance.number_text
        assert states["PEI"].state == "Por vencer"  # ends within 90 days
        # November: next year's POI is due before the year begins.
        assert states["POI"].state == "Por aprobar" and "POI 2027" in states["POI"].warning
        assert states["POI"].current.valid_until == dt.date(2026, 12, 31)
        assert states["PDLC"].state == "Vencido" and "31/12/2021" in states["PDLC"].warning
        (item,) = gv.governance_pending(s, dt.date(2026, 11, 21))
        assert "PDLC (vencido)" in item.detail and "POI (por aprobar)" in item.detail
        assert gv.version_file(s, manager, rof).content == PDF
        with pytest.raises(DomainError, match="no tiene un archivo"):
            gv.version_file(s, manager, gv.versions_of(s, manager, "POI")[0].id)
        with pytest.raises(PermissionDenied):
            gv.register_version(s, demo_actor(s, "lsoncco"), gv.VersionForm(
                "RIC", "RIC", None, "Ordenanza", dt.date(2020, 1, 1), dt.date(2020, 1, 1)))
