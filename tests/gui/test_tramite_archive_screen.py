"""Archivo Central's screen: the Gerencia prepares a transfer of its archived case files, the
archive receives it on a shelf and prints its inventory; a case file is found, lent and given
back."""

import io

from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QInputDialog
from sqlalchemy import select

from pisac_desktop.db.models import CaseFile, OrgUnit
from pisac_desktop.demo import demo_actor
from pisac_desktop.gui.tramite.archive import ArchiveSection
from pisac_desktop.tramite import cases
from tests.gui.test_council_sessions import _ctx


def _section(qtbot, demo, username: str) -> ArchiveSection:
    section = ArchiveSection(_ctx(demo, username), None)
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.show()
    section.load()
    qtbot.waitUntil(lambda: section.ui.statusLabel.text() != "")
    return section


def _archive_one_in_the_gerencia(demo) -> str:
    with demo.db.session() as s:
        manager = demo_actor(s, "wccahua")
        gm = s.scalar(select(OrgUnit.id).where(OrgUnit.code == "MUNICIPAL_MANAGEMENT"))
        case = s.scalar(select(CaseFile).where(CaseFile.unit_id == gm,
                                               CaseFile.state == "answered").limit(1))
        cases.archive(s, manager, case.id, "Atendido: archivo de gestión.")
        return case.number_text


def test_transfer_receive_inventory_locate_lend_and_return(qtbot, demo, spanish_qapp,
                                                           monkeypatch):
    number = _archive_one_in_the_gerencia(demo)
    manager = _section(qtbot, demo, "wccahua")
    assert [r.state for r in manager.model.rows] == ["Recibida"]  # the demo's transfer

    def fill_and_accept(dialog):
        qtbot.waitUntil(lambda: dialog.ui.casesList.count() == 1)
        assert dialog.ui.casesList.item(0).text().startswith(number)
        dialog.accept()  # no series yet: refused at the field, the dialog stays
        assert dialog.result() != QDialog.Accepted
        assert "serie documental" in dialog.errors.labels["series"].text()
        dialog.ui.seriesEdit.setText("Expedientes de solicitudes")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr("pisac_desktop.gui.tramite.archive.TransferDialog.exec",
                        fill_and_accept)
    dialog = manager.new_transfer()
    assert dialog.transfer_id
    qtbot.waitUntil(lambda: manager.model.rowCount() == 2)
    assert manager.model.rows[0].state == "Por recibir" and manager.model.rows[0].cases == 1

    desk = _section(qtbot, demo, "echoque")  # Trámite Documentario y Archivo Central
    desk.ui.transfersView.selectRow(0)
    assert desk.ui.receiveButton.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("B-2", True))
    desk.receive_selected()
    qtbot.waitUntil(lambda: desk.model.rows[0].state == "Recibida")
    assert desk.model.rows[0].shelf == "B-2"

    shown = []
    monkeypatch.setattr("pisac_desktop.gui.pdf_preview.PdfPreviewDialog.exec",
                        lambda d: shown.append(d) or 0)
    desk.ui.transfersView.selectRow(0)
    desk.inventory_selected()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(shown[0].pdf_bytes)).pages)
    assert "INVENTARIO DE TRANSFERENCIA" in text and number in text and "estante B-2" in text

    desk.ui.locateEdit.setText(number.removeprefix("EXP. N° "))
    desk.locate()
    qtbot.waitUntil(lambda: desk.located is not None)
    assert "Archivo Central, estante B-2, caja 1" in desk.ui.locationLabel.text()
    assert desk.ui.lendButton.isEnabled() and not desk.ui.returnButton.isEnabled()

    def lend(d):
        d.ui.borrowerEdit.setText("Wilber Ccahua Yupanqui, Gerencia Municipal")
        d.accept()
        return d.result()

    monkeypatch.setattr("pisac_desktop.gui.tramite.archive.LoanDialog.exec", lend)
    desk.lend()
    qtbot.waitUntil(lambda: "prestado a Wilber" in desk.ui.locationLabel.text())
    assert desk.ui.returnButton.isEnabled() and not desk.ui.lendButton.isEnabled()
    desk.give_back()
    qtbot.waitUntil(lambda: "prestado" not in desk.ui.locationLabel.text())
    assert desk.ui.lendButton.isEnabled()
