"""Acceso a la información: the Secretaría General registers a request typed with the keyboard
(a refusal keeps what was typed), receives it, extends it once with its letter issued and
printed, answers it with a partial denial on an exception, and prints the year's register and
its Excel workbook."""

import datetime as dt
import io
import re

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from pisac_desktop.gui.requests.information import InformationSection
from pisac_desktop.gui.requests.information_dialogs import ActDialog, RequestDialog
from pisac_desktop.gui.tramite.documents import DocumentDialog
from tests.gui.test_council_sessions import _ctx


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in
                                        PdfReader(io.BytesIO(pdf)).pages))


def _section(qtbot, demo, username="mhuillca") -> InformationSection:
    section = InformationSection(_ctx(demo, username), None)
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.show()
    section.load()
    qtbot.waitUntil(lambda: section.ui.statusLabel.text() != "")
    return section


def _choose(combo, text: str) -> None:
    combo.setCurrentIndex(next(i for i in range(combo.count()) if text in combo.itemText(i)))


def _wait_selected(qtbot, section, number: str):
    qtbot.waitUntil(lambda: section.current is not None and
                    section.current.number_text == number)
    return section.current


def test_a_request_walks_from_the_desk_to_its_answer(qtbot, demo, spanish_qapp, monkeypatch,
                                                     tmp_path):
    section = _section(qtbot, demo)
    assert section.ui.newButton.isEnabled()
    refused = {}

    def type_request(dialog: RequestDialog):
        ui = dialog.ui
        assert "Secretari" in ui.headingLabel.text()  # no officer designated: art. 8
        qtbot.keyClicks(ui.documentEdit, "41234567")
        qtbot.keyClicks(ui.nameEdit, "Rosa Mamani Ccori")
        qtbot.keyClicks(ui.addressEdit, "Calle Mariscal Castilla 210, Pisac")
        ui.subjectEdit.setPlainText("Copia de las órdenes de servicio de octubre de 2026")
        _choose(ui.unitCombo, "Administración")
        dialog.accept()  # the sex is not chosen: refused at its field, the text stays
        assert dialog.result() != QDialog.Accepted
        refused["sex"] = dialog.errors.labels["requester_sex"].text()
        assert ui.nameEdit.text() == "Rosa Mamani Ccori"
        _choose(ui.sexCombo, "Mujer")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RequestDialog, "exec", type_request)
    dialog = section.new_request()
    assert "Elija una opción" in refused["sex"]
    number = dialog.number
    assert re.fullmatch(r"EXP\. N° 2026-\d{6}", number)
    v = _wait_selected(qtbot, section, number)
    assert v.to_receive and section.ui.receiveButton.isEnabled()
    assert not section.ui.answerButton.isEnabled()
    text = section.ui.detailBrowser.toPlainText()
    assert "Plazo legal: 04/12/2026 (10 días hábiles desde el 21/11/2026" in text
    assert "Puede prorrogarse una sola vez, comunicándolo hasta el 24/11/2026" in text

    assert section.receive_selected()
    qtbot.waitUntil(lambda: section.current is not None and not section.current.to_receive)
    assert section.ui.extendButton.isEnabled() and section.ui.answerButton.isEnabled()

    def extend(dialog: ActDialog):
        ui = dialog.ui
        ui.dateEdit.setDate(QDate(2026, 12, 12))  # a Saturday: refused, the reasons kept
        ui.textEdit.setPlainText("Las órdenes están en el archivo de la obra, en Amaru.")
        dialog.accept()
        assert dialog.result() != QDialog.Accepted
        assert "día hábil" in dialog.errors.labels["new_date"].text()
        assert ui.textEdit.toPlainText().startswith("Las órdenes están")
        ui.dateEdit.setDate(QDate(2026, 12, 15))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActDialog, "exec", extend)
    section.act("extend")
    qtbot.waitUntil(lambda: section.current is not None and
                    section.current.clock.extended_to == dt.date(2026, 12, 15))
    assert not section.ui.extendButton.isEnabled()  # once only
    assert "Prorrogado al 15/12/2026" in section.ui.detailBrowser.toPlainText()

    monkeypatch.setattr(ActDialog, "exec", lambda d: (
        d.ui.choiceCombo.setCurrentIndex(d.ui.choiceCombo.findData("extension")),
        d.accept(), d.result())[-1])

    def correct(dialog: DocumentDialog):
        body = dialog.ui.bodyEdit.toPlainText()
        assert "literal g) del artículo 11" in body and "15 de diciembre de 2026" in body
        assert dialog.ui.addresseeEdit.text() == "Rosa Mamani Ccori"
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(DocumentDialog, "exec", correct)
    monkeypatch.setattr(section, "confirm", lambda *a, **k: True)
    shown = []
    monkeypatch.setattr("pisac_desktop.gui.pdf_preview.PdfPreviewDialog.exec",
                        lambda d: shown.append(d) or 0)
    section.draft_letter()
    letter = _text(shown[-1].pdf_bytes)
    assert re.search(r"CARTA N° \d{3}-2026-SG-MDP", letter)
    assert "Rosa Mamani Ccori" in letter and "15 de diciembre de 2026" in letter
    qtbot.waitUntil(lambda: "Cartas" in section.ui.detailBrowser.toPlainText())

    def answer(dialog: ActDialog):
        ui = dialog.ui
        _choose(ui.choiceCombo, "Entregada en parte")
        ui.textEdit.setPlainText("Se entregan las órdenes de servicio salvo los datos "
                                 "personales de los proveedores.")
        dialog.accept()  # a partial denial without its exception: refused
        assert dialog.result() != QDialog.Accepted
        assert "excepción" in dialog.errors.labels["exception_code"].text()
        ui.exceptionCombo.setCurrentIndex(ui.exceptionCombo.findData("17.5"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActDialog, "exec", answer)
    section.act("answer")
    qtbot.waitUntil(lambda: section.current is not None and
                    section.current.state == "Entregada en parte")
    assert section.current.in_time and not section.ui.answerButton.isEnabled()
    assert "Art. 17.5" in section.ui.detailBrowser.toPlainText()

    section.print_register(False)
    register = _text(shown[-1].pdf_bytes)
    assert number in register and "Entregada en parte" in register

    target = tmp_path / "solicitudes.xlsx"
    monkeypatch.setattr(section, "choose_xlsx_path", lambda suggested: target)
    assert section.export_xlsx() == target
    sheet = load_workbook(target).worksheets[0]
    assert any(number in str(c.value) for row in sheet.iter_rows() for c in row)


def test_who_does_not_keep_the_desk_cannot_register(qtbot, demo, spanish_qapp):
    section = _section(qtbot, demo, "wccahua")
    assert not section.ui.newButton.isEnabled()
    assert "Mesa de Partes" in section.ui.newButton.toolTip()


def test_the_officer_is_designated_by_a_mayors_resolution(qtbot, demo, spanish_qapp,
                                                          monkeypatch):
    from pisac_desktop.gui.requests.information_dialogs import OfficerDialog

    section = _section(qtbot, demo)
    seen = {}

    def designate(dialog: OfficerDialog):
        ui = dialog.ui
        assert "Secretari" in ui.headingLabel.text()  # art. 8: without a designation
        qtbot.keyClicks(ui.fullNameEdit, "Lic. Rocio Ttito Quispe")
        qtbot.keyClicks(ui.postEdit, "Jefa de Imagen Institucional")
        _choose(ui.unitCombo, "Secretaría General")
        dialog.accept()  # no resolution chosen: refused, the typing kept
        assert dialog.result() != QDialog.Accepted
        seen["refusal"] = dialog.errors.labels["designation"].text()
        assert ui.fullNameEdit.text() == "Lic. Rocio Ttito Quispe"
        ui.resolutionCombo.setCurrentIndex(1)
        seen["resolution"] = ui.resolutionCombo.currentText().split(" — ")[0]
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(OfficerDialog, "exec", designate)
    section.designate_officer()
    assert seen["refusal"] == "Elija la resolución de alcaldía que lo designa."
    assert "Designado Lic. Rocio Ttito Quispe" in section.ui.statusLabel.text()
    monkeypatch.setattr(RequestDialog, "exec", lambda d: seen.setdefault(
        "heading", d.ui.headingLabel.text()) and 0)
    section.new_request()
    assert "Lic. Rocio Ttito Quispe" in seen["heading"]
