"""The trámite's paper: the cargo de recepción (with the folder's rótulo) and the hoja de ruta,
read back with pypdf; printing audited; the cargo's verification code answers."""

import io
import re

from pypdf import PdfReader
from sqlalchemy import select

from pisac_desktop.core.verification import verify
from pisac_desktop.db.models import AuditEntry
from pisac_desktop.demo import demo_actor
from pisac_desktop.tramite import cases, intake, printing, views
from pisac_desktop.tramite.attachments import NewAttachment
from pisac_desktop.tramite.cases import ReferralForm
from pisac_desktop.tramite.procedures import procedures
from tests.unit.test_tramite import PDF, _filing, _unit


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in reader.pages)
                  .replace("\u00a0", " "))


def test_the_cargo_says_what_the_filer_must_keep(office):
    with office.db.session() as s:
        desk = demo_actor(s, "echoque")
        procedure = next(p for p in procedures(s) if p.code == "EJ-02")
        case_id = intake.register_filing(s, desk, _filing(
            s, procedure_id=procedure.id, unit_id=None, subject="Licencia para bodega <Don "
            "Pancho> & anexos", attachments_note="Copia de DNI; croquis",
            missing_requirements="Pago de la tasa"), [NewAttachment("solicitud.pdf", PDF)])
    with office.db.session() as s:
        desk = demo_actor(s, "echoque")
        pdf, name = printing.render_cargo(s, desk, case_id)
        code = views.case_detail(s, desk, case_id).verification_code
        printing.record_print(s, desk, case_id, "Cargo de recepción")
    text = _text(pdf)
    assert name == "EXP-2026-000001-cargo.pdf"
    for expected in ("CARGO DE RECEPCIÓN", "EXP. N° 2026-000001", "21/11/2026 a las 10:00",
                     "Juana Quispe Huamán", "DNI N° 23456789",
                     "Licencia para bodega <Don Pancho> & anexos", "Folios: 3",
                     "Copia de DNI; croquis", "solicitud.pdf",
                     "EJ-02 Licencia de funcionamiento", "S/ 95.00",
                     "Gerencia de Desarrollo Económico",
                     "Se fijará al subsanar los requisitos observados",
                     "OBSERVACIÓN: la presentación no incluye: Pago de la tasa",
                     "hasta el 24/11/2026 (dos días hábiles)", "artículo 136",
                     "Recibió: Edwin Choque Puma", "Firma del administrado",
                     "RÓTULO DEL EXPEDIENTE", "Página 2 de 2"):
        assert expected in text, expected
    assert "Pago de la tasa (falta)" in text
    assert code and code.replace("-", "")[-4:] in text.replace("-", "")
    with office.db.session() as s:
        assert verify(s, code).kind == "Cargo de recepción de expediente"
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "print")).all()[-1]
        assert entry.entity == "case_file" and "Cargo de recepción del EXP." in entry.changes


def test_the_routing_slip_lists_every_stay(office):
    with office.db.session() as s:
        desk = demo_actor(s, "echoque")
        case_id = intake.register_filing(s, desk, _filing(s))
    with office.db.session() as s:
        secretary = demo_actor(s, "mhuillca")
        cases.receive(s, secretary, case_id)
        s.info["clock"].advance(days=2, hours=3)
        cases.refer(s, secretary, case_id, ReferralForm(_unit(s, "MUNICIPAL_MANAGEMENT"),
                                                        "Para informe técnico", 5, 3))
    with office.db.session() as s:
        pdf, name = printing.render_routing_slip(s, demo_actor(s, "wccahua"), case_id)
    text = _text(pdf)
    assert name == "EXP-2026-000001-hoja-de-ruta.pdf"
    for expected in ("HOJA DE RUTA", "EXP. N° 2026-000001", "Oficina de Trámite Documentario",
                     "→ Secretaría General", "Para su atención y trámite",
                     "21/11/2026 10:00 mhuillca", "Derivado el 23/11/2026 13:00",
                     "→ Gerencia Municipal", "Para informe técnico", "26/11/2026",
                     "Por recibir", "Enviado a Gerencia Municipal; falta que lo reciba",
                     "por wccahua"):
        assert expected in text, expected
