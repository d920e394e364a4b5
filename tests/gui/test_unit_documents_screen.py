"""Documentos de la unidad: the Secretaría General drafts a constancia typed with the keyboard
(a refusal keeps what was typed), issues it with its number, prints it; an oficio answering a
case file gets its cédula printed and its notification recorded, which starts the appeal
clock."""

import datetime as dt
import io
import re

from pypdf import PdfReader
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from pisac_desktop.db.models import CaseFile, OrgUnit
from pisac_desktop.demo import demo_actor
from pisac_desktop.gui.tramite.documents import AnswerNoticeDialog, DocumentDialog, DocumentsSection
from pisac_desktop.tramite import documents
from tests.gui.test_council_sessions import _ctx


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in
                                        PdfReader(io.BytesIO(pdf)).pages))


def _section(qtbot, demo, username="mhuillca") -> DocumentsSection:
    section = DocumentsSection(_ctx(demo, username), None)
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.show()
    section.load()
    qtbot.waitUntil(lambda: section.ui.statusLabel.text() != "")
    return section


def test_a_constancia_is_drafted_refused_kept_issued_and_printed(qtbot, demo, spanish_qapp,
                                                                 monkeypatch):
    section = _section(qtbot, demo)
    assert section.ui.unitCombo.currentText() == "Secretaría General (mi unidad)"
    before = section.model.rowCount()
    seen = {}

    def fill(dialog: DocumentDialog):
        ui = dialog.ui
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("CONSTANCIA"))
        assert ui.addresseeLabel.text() == "&Interesado:" and not ui.postEdit.isVisible()
        assert ui.bodyEdit.toPlainText().startswith("Que, revisados los registros")
        qtbot.keyClicks(ui.subjectEdit, "Presentacion de solicitud de licencia")
        ui.bodyEdit.setPlainText("Que, revisados los registros a cargo de esta unidad, doña "
                                 "Rosa Mamani Quispe presentó su solicitud el 3 de noviembre.")
        dialog.accept()  # no interesado: refused at the field, the dialog keeps the text
        assert dialog.result() != QDialog.Accepted
        seen["refusal"] = dialog.errors.labels["addressee"].text()
        assert "Presentacion de solicitud" in ui.subjectEdit.text()
        qtbot.keyClicks(ui.addresseeEdit, "Rosa Mamani Quispe")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(DocumentDialog, "exec", fill)
    dialog = section.new_document()
    assert seen["refusal"] == "Escriba a solicitud de quién se expide."
    assert dialog.document_id
    qtbot.waitUntil(lambda: section.model.rowCount() == before + 1)
    row = section.selected()
    assert row is not None and row.id == dialog.document_id and row.state == "draft"
    assert section.ui.issueButton.isEnabled() and not section.ui.annulButton.isEnabled()

    monkeypatch.setattr(section, "confirm", lambda *a, **k: True)
    assert section.issue_selected()
    qtbot.waitUntil(lambda: section.selected() is not None and
                    section.selected().state == "issued")
    number = section.selected().number_text
    assert re.fullmatch(r"CONSTANCIA N° \d{3}-\d{4}-SG-MDP", number)
    assert f"Emitido el {number}" in section.ui.statusLabel.text()
    assert not section.ui.editButton.isEnabled() and section.ui.annulButton.isEnabled()
    assert not section.ui.cedulaButton.isEnabled()  # nothing to notify: it is handed over

    shown = []
    monkeypatch.setattr("pisac_desktop.gui.pdf_preview.PdfPreviewDialog.exec",
                        lambda d: shown.append(d) or 0)
    section.print_selected()
    text = _text(shown[0].pdf_bytes)
    assert number in text and "HACE CONSTAR:" in text
    assert "Se expide la presente constancia a solicitud de Rosa Mamani Quispe" in text

    section.ui.searchEdit.setText("rosa mamani quispe")
    section.search()
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    section.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: section.model.rowCount() == before + 1)


def test_an_oficio_answering_a_case_file_is_notified_from_the_list(qtbot, demo, spanish_qapp,
                                                                   monkeypatch):
    with demo.db.session() as s:
        secretary = demo_actor(s, "mhuillca")
        sg = s.scalar(select(OrgUnit.id).where(OrgUnit.code == "GENERAL_SECRETARIAT"))
        case = s.scalar(select(CaseFile).where(CaseFile.unit_id == sg).limit(1))
        form = documents.new_document_form(s, sg, "OFICIO", case.id)
        form.body += "comunicarle lo resuelto sobre su pedido."
        oficio = documents.save_document(s, secretary, form)
        number = documents.issue_document(s, secretary, oficio)
    section = _section(qtbot, demo)
    section.select_id(oficio)
    assert section.selected().number_text == number
    assert section.ui.cedulaButton.isEnabled()

    shown = []
    monkeypatch.setattr("pisac_desktop.gui.pdf_preview.PdfPreviewDialog.exec",
                        lambda d: shown.append(d) or 0)
    monkeypatch.setattr(section, "confirm", lambda *a, **k: True)

    def notify(dialog: AnswerNoticeDialog):
        ui = dialog.ui
        ui.howCombo.setCurrentIndex(ui.howCombo.findData("personal"))
        qtbot.keyClicks(ui.receivedByEdit, "Juana Quispe")
        qtbot.keyClicks(ui.receiverDocumentEdit, "23456789")
        qtbot.keyClicks(ui.notifierNameEdit, "Pedro Huaman Soto")
        qtbot.keyClicks(ui.notifierDniEdit, "41234567")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AnswerNoticeDialog, "exec", notify)
    dialog = section.cedula_selected()
    text = _text(shown[0].pdf_bytes)
    assert "CÉDULA DE NOTIFICACIÓN" in text.upper() and number in text
    assert dialog.deadline is not None and dialog.deadline.result > dt.date(2000, 1, 1)
    assert "el plazo para impugnarlo vence el" in section.ui.statusLabel.text()


def test_another_units_documents_are_read_not_written(qtbot, demo, spanish_qapp):
    """The Secretaría General reads the Gerencia's papers but drafts only its own."""
    section = _section(qtbot, demo)
    combo = section.ui.unitCombo
    assert combo.count() > 1
    assert section.ui.newButton.isEnabled()
    combo.setCurrentIndex(combo.findText("Gerencia Municipal"))
    assert not section.ui.newButton.isEnabled()
    assert section.new_document() is None
