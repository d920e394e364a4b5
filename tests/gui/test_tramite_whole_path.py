"""The trámite's whole path through its screens: the desk registers a filing with a scanned
attachment and prints its cargo; the Gerencia receives it and derives it with a deadline; the
Secretaría General receives it, drafts an informe and answers with an oficio, issues both,
prints the oficio and its cédula and records the notification; it answers and archives the
case file, which goes into a transfer inventory received in the Archivo Central. Every paper
(cargo, hoja de ruta, oficio, cédula, inventory) is checked by its text; the attachment opens
with the PC's viewer."""

import io
import re

from pypdf import PdfReader

from pisac_desktop.gui.pdf_preview import PdfPreviewDialog
from pisac_desktop.gui.tramite.archive import ArchiveSection, TransferDialog
from pisac_desktop.gui.tramite.cases import CasesSection, NoteDialog, ReferDialog
from pisac_desktop.gui.tramite.documents import (
    AnswerNoticeDialog,
    DocumentDialog,
    DocumentsSection,
)
from pisac_desktop.gui.tramite.intake import IntakeSection
from tests.gui.test_council_sessions import _ctx
from tests.gui.test_tramite_screens import _choose, _type_filing


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in
                                        PdfReader(io.BytesIO(pdf)).pages))


class Desk:
    """Stands in for the modal loops of one screen: fills each dialog by its class, keeps the
    text of every paper previewed."""

    def __init__(self, section, fills):
        self.papers: list[str] = []
        self.fills = fills
        section.exec_dialog = self.run
        section.confirm = lambda *a, **k: True

    def run(self, dialog) -> bool:
        if isinstance(dialog, PdfPreviewDialog):
            self.papers.append(_text(dialog.pdf_bytes))
            return False
        fill = self.fills[type(dialog)]
        fill(dialog)
        return dialog.save()


def _show(qtbot, section, ready):
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.show()
    section.load()
    qtbot.waitUntil(ready)
    return section


def test_a_filing_from_the_desk_to_the_archive(qtbot, demo, spanish_qapp, monkeypatch, tmp_path):
    # 1. The desk registers it, with a scanned attachment; the cargo comes out at once.
    intake = IntakeSection(_ctx(demo, "echoque"), None)
    _show(qtbot, intake, lambda: intake.ui.unitCombo.count() > 1)
    desk = Desk(intake, {})
    _type_filing(qtbot, intake)
    _choose(intake.ui.unitCombo, "Gerencia Municipal")
    scan = tmp_path / "escrito-firmado.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    intake.add_files([scan])
    assert intake.register()
    number = intake.last_number
    assert number in desk.papers[0] and "CARGO DE RECEPCIÓN" in desk.papers[0].upper()

    # 2. The Gerencia receives it and derives it to the Secretaría General with 5 days.
    gm = CasesSection(_ctx(demo, "wccahua"), None)
    _show(qtbot, gm, lambda: gm.ui.unitCombo.count() > 0)
    gm_desk = Desk(gm, {ReferDialog: lambda d: (
        _choose(d.ui.unitCombo, "Secretaría General"),
        d.ui.instructionEdit.setPlainText("Para informe y respuesta al administrado"),
        d.ui.deadlineSpin.setValue(5))})
    gm.select_id(intake.last_case_id)
    qtbot.waitUntil(lambda: gm.detail is not None and gm.detail.number_text == number)
    assert gm.receive_selected()
    qtbot.waitUntil(lambda: gm.detail is not None and gm.detail.can_refer.ok)
    assert gm.refer_selected()
    qtbot.waitUntil(lambda: "Secretaría General" in gm.detail.unit_name)
    assert gm_desk.papers == []

    # 3. The Secretaría General receives it, drafts an informe and an oficio that answers.
    sg = CasesSection(_ctx(demo, "mhuillca"), None)
    _show(qtbot, sg, lambda: sg.ui.unitCombo.count() > 0)
    body = {"INFORME": "Tengo el agrado de informarle que lo solicitado procede.",
            "OFICIO": "Tengo el agrado de dirigirme a usted para comunicarle que su pedido "
                      "fue atendido."}

    def document(d: DocumentDialog) -> None:
        kind = d.kind()
        if sg.papers_wanted:
            kind = sg.papers_wanted.pop(0)
            d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findData(kind))
        if kind == "OFICIO":
            d.ui.addresseeEdit.setText("Juana Quispe Huamán")
            d.ui.addressEdit.setText("Av. Amazonas 123, Pisac")
        if kind == "INFORME":
            d.ui.addresseeEdit.setText("Wilber Ccahua Yupanqui")
            d.ui.postEdit.setText("Gerente Municipal")
        d.ui.bodyEdit.setPlainText(body[kind])

    sg_desk = Desk(sg, {DocumentDialog: document, NoteDialog: lambda d: d.ui.noteEdit
                        .setPlainText("Respondido con oficio; se archiva.")})
    sg.papers_wanted = ["INFORME", "OFICIO"]
    sg.select_id(intake.last_case_id)
    qtbot.waitUntil(lambda: sg.detail is not None and sg.detail.can_receive.ok)
    assert sg.receive_selected()
    qtbot.waitUntil(lambda: sg.detail is not None and sg.detail.can_answer.ok)
    for _ in range(2):
        assert sg.draft_document().document_id
    qtbot.waitUntil(lambda: len(sg.papers) == 2)
    assert {p.kind for p in sg.papers} == {"INFORME", "OFICIO"}

    # The scanned attachment opens with the PC's viewer, as a copy.
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    path = sg.open_attachment(sg.detail.attachments[0].id)
    assert opened == [str(path)] and path.read_bytes() == scan.read_bytes()

    # 4. In Documentos de la unidad: both issued, the oficio printed, its cédula notified.
    docs = DocumentsSection(_ctx(demo, "mhuillca"), None)
    _show(qtbot, docs, lambda: docs.model.rowCount() > 0)
    docs_desk = Desk(docs, {AnswerNoticeDialog: lambda d: (
        d.ui.howCombo.setCurrentIndex(d.ui.howCombo.findData("personal")),
        d.ui.receivedByEdit.setText("Juana Quispe Huamán"),
        d.ui.receiverDocumentEdit.setText("23456789"),
        d.ui.notifierNameEdit.setText("Hilario Ccana Quispe"),
        d.ui.notifierDniEdit.setText("24567813"))})
    ids = {p.kind: p.id for p in sg.papers}
    for kind in ("INFORME", "OFICIO"):
        docs.refresh()
        qtbot.waitUntil(lambda kind=kind: any(r.id == ids[kind] for r in docs.model.rows))
        docs.select_id(ids[kind])
        assert docs.issue_selected()
        qtbot.waitUntil(lambda kind=kind: docs.selected() is not None and
                        docs.selected().id == ids[kind] and docs.selected().state == "issued")
    oficio = docs.selected().number_text
    assert re.fullmatch(r"OFICIO N° \d{3}-2026-SG-MDP", oficio)
    docs.print_selected()
    assert oficio in docs_desk.papers[-1] and number in docs_desk.papers[-1]
    notice = docs.cedula_selected()
    assert notice.deadline is not None
    cedula = docs_desk.papers[-1]
    assert "CÉDULA DE NOTIFICACIÓN" in cedula.upper() and oficio in cedula

    # 5. Answered and archived; the hoja de ruta shows the whole route.
    sg.select_id(intake.last_case_id)
    qtbot.waitUntil(lambda: sg.detail is not None and sg.detail.can_answer.ok)
    assert sg.close_selected("answer")
    qtbot.waitUntil(lambda: sg.detail is not None and sg.detail.can_archive.ok)
    assert sg.close_selected("archive")
    qtbot.waitUntil(lambda: sg.detail is not None and sg.detail.state == "archived")
    sg.print_routing_slip()
    route = sg_desk.papers[-1]
    assert number in route and "Gerencia Municipal" in route and "Secretaría General" in route

    # 6. The Secretaría General transfers it; the Archivo Central receives it on a shelf.
    archive = ArchiveSection(_ctx(demo, "mhuillca"), None)
    _show(qtbot, archive, lambda: archive.ui.statusLabel.text() != "")

    def transfer(d: TransferDialog) -> None:
        _choose(d.ui.unitCombo, "Secretaría General")
        qtbot.waitUntil(lambda: any(
            d.ui.casesList.item(i).text().startswith(number)
            for i in range(d.ui.casesList.count())))
        d.ui.seriesEdit.setText("Expedientes de solicitudes de los vecinos")

    archive_desk = Desk(archive, {TransferDialog: transfer})
    dialog = archive.new_transfer()
    assert dialog.transfer_id
    shelf = ArchiveSection(_ctx(demo, "echoque"), None)
    _show(qtbot, shelf, lambda: shelf.model.rowCount() > 0)
    shelf_desk = Desk(shelf, {})
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText",
                        lambda *a, **k: ("C-4", True))
    shelf.ui.transfersView.selectRow(0)
    shelf.receive_selected()
    qtbot.waitUntil(lambda: shelf.model.rows[0].state == "Recibida")
    shelf.ui.transfersView.selectRow(0)
    shelf.inventory_selected()
    inventory = shelf_desk.papers[-1]
    assert "INVENTARIO DE TRANSFERENCIA" in inventory and number in inventory
    assert "estante C-4" in inventory
    assert archive_desk.papers == [] and gm_desk.papers == []
