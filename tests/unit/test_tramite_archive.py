"""The Archivo Central: a unit transfers its archived case files with the inventory printed for
signatures; the archive receives them on a shelf, lends one out and back, and tells where any
case file is."""

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.permissions import PermissionDenied
from pisac_desktop.demo import demo_actor
from pisac_desktop.tramite import archive, cases, intake, printing
from pisac_desktop.tramite.archive import LoanForm, TransferForm
from tests.unit.conftest import unit_id
from tests.unit.test_tramite import _filing


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages)
                  .replace("\u00a0", " "))


def _archived(db, n: int) -> list[int]:
    """n case files of the Secretaría General, received, answered and archived."""
    with db.session() as s:
        desk = demo_actor(s, "echoque")
        ids = [intake.register_filing(s, desk, _filing(s, folios=2 + i)) for i in range(n)]
    with db.session() as s:
        secretary = demo_actor(s, "mhuillca")
        for case_id in ids:
            cases.receive(s, secretary, case_id)
            cases.answer(s, secretary, case_id, "Respondido con oficio.")
            cases.archive(s, secretary, case_id, "Atendido.")
    return ids


def test_a_transfer_from_the_unit_to_the_archive_and_a_loan(office):
    ids = _archived(office.db, 3)
    with office.db.session() as s:
        secretary, desk = demo_actor(s, "mhuillca"), demo_actor(s, "echoque")
        sg = unit_id(s, "GENERAL_SECRETARIAT")
        open_case = intake.register_filing(s, desk, _filing(s))
        assert archive.transferable(s, secretary, sg) == ids
        assert archive.location(s, ids[0]) == "Archivo de gestión de Secretaría General."
        with pytest.raises(ValidationFailed) as failed:
            archive.prepare_transfer(s, secretary, TransferForm(sg, "", [], []))
        assert {e.field for e in failed.value.errors} == {"series", "case_ids"}
        with pytest.raises(DomainError, match="EXP. N° 2026-000004"):
            archive.prepare_transfer(s, secretary, TransferForm(
                sg, "Solicitudes de copias certificadas", [ids[0], open_case], [1, 1]))
        with pytest.raises(PermissionDenied):
            archive.prepare_transfer(s, demo_actor(s, "wccahua"), TransferForm(
                sg, "Solicitudes", ids, [1, 1, 2]))
        transfer = archive.prepare_transfer(s, secretary, TransferForm(
            sg, "Solicitudes de copias certificadas", ids, [1, 1, 2]))
        assert archive.transferable(s, secretary, sg) == []
        assert archive.location(s, ids[2]).startswith("Caja 2 de la TRANSFERENCIA N° 001-2026-SG")
    with office.db.session() as s:
        desk = demo_actor(s, "echoque")  # works in Trámite Documentario y Archivo Central
        with pytest.raises(PermissionDenied):
            archive.receive_transfer(s, demo_actor(s, "mhuillca"), transfer, "B-3")
        archive.receive_transfer(s, desk, transfer, "B-3")
        with pytest.raises(DomainError, match="ya fue recibida por echoque"):
            archive.receive_transfer(s, desk, transfer, "B-4")
        assert archive.location(s, ids[0]) == (
            "Archivo Central, estante B-3, caja 1 (TRANSFERENCIA N° 001-2026-SG-MDP).")
        with pytest.raises(ValidationFailed):
            archive.lend(s, desk, ids[0], LoanForm("", "", dt.date(2026, 11, 1)))
        archive.lend(s, desk, ids[0], LoanForm("Wilber Ccahua Yupanqui, Gerencia Municipal",
                                               "Revisión", dt.date(2026, 11, 27)))
        with pytest.raises(DomainError, match="está prestado a Wilber"):
            archive.lend(s, desk, ids[0], LoanForm("Otro", "", dt.date(2026, 11, 27)))
        assert "prestado a Wilber Ccahua Yupanqui, Gerencia Municipal hasta el 27/11/2026" in \
            archive.location(s, ids[0])
        archive.give_back(s, desk, ids[0])
        assert "prestado" not in archive.location(s, ids[0])
        pdf, name = printing.render_inventory(s, desk, transfer)
    text = _text(pdf)
    assert name == "transferencia-001-2026-SG-MDP.pdf"
    for expected in ("INVENTARIO DE TRANSFERENCIA DE DOCUMENTOS", "TRANSFERENCIA N° 001-2026-SG-MDP",
                     "Secretaría General", "Solicitudes de copias certificadas",
                     "3 expedientes en 2 cajas, 9 folios",
                     "fechas extremas del 21/11/2026 al 21/11/2026", "EXP. N° 2026-000003",
                     "por echoque; estante B-3", "ENTREGA: SECRETARÍA GENERAL",
                     "RECIBE: ARCHIVO CENTRAL"):
        assert expected in text, expected
