"""Pedidos de regidores: the Secretaría General registers a councillor's request raised in a
session (a refusal keeps what was typed), the unit receives it and delivers the answer with its
cargo, and the list of unanswered requests per councillor is printed for the next session."""

import io
import re

from pypdf import PdfReader
from PySide6.QtWidgets import QDialog

from pisac_desktop.gui.requests.councillors import (
    CouncillorRequestsSection,
    DeliveryDialog,
    RequestDialog,
)
from tests.gui.test_council_sessions import _ctx


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in
                                        PdfReader(io.BytesIO(pdf)).pages))


def _section(qtbot, demo, username) -> CouncillorRequestsSection:
    section = CouncillorRequestsSection(_ctx(demo, username), None)
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.show()
    section.load()
    qtbot.waitUntil(lambda: section.ui.statusLabel.text() != "")
    return section


def test_a_request_raised_in_session_is_answered_and_leaves_the_pending_list(
        qtbot, demo, spanish_qapp, monkeypatch):
    secretary = _section(qtbot, demo, "mhuillca")
    chosen = {}

    def register(dialog: RequestDialog):
        ui = dialog.ui
        assert ui.memberCombo.count() > 2 and ui.sessionCombo.count() > 1
        ui.memberCombo.setCurrentIndex(1)
        chosen["member"] = ui.memberCombo.currentText()
        ui.sessionCombo.setCurrentIndex(1)
        chosen["session"] = ui.sessionCombo.currentText()
        ui.subjectEdit.setPlainText("Informe del estado de la obra de agua potable de Amaru.")
        dialog.accept()  # no unit chosen: refused, the text stays
        assert dialog.result() != QDialog.Accepted
        assert "unidad" in dialog.errors.labels["unit_id"].text()
        assert ui.subjectEdit.toPlainText().startswith("Informe del estado")
        ui.unitCombo.setCurrentIndex(ui.unitCombo.findText("Secretaría General"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RequestDialog, "exec", register)
    dialog = secretary.new_request()
    assert dialog.case_id
    qtbot.waitUntil(lambda: secretary.selected() is not None and
                    secretary.selected().case_file_id == dialog.case_id)
    v = secretary.selected()
    assert v.councillor == chosen["member"] and v.session == chosen["session"]
    assert v.state == "Pendiente" and v.due_on is not None and v.to_receive

    shown = []
    monkeypatch.setattr("pisac_desktop.gui.pdf_preview.PdfPreviewDialog.exec",
                        lambda d: shown.append(d) or 0)
    secretary.print_pending()
    listed = _text(shown[-1].pdf_bytes)
    assert "Pedidos de regidores pendientes de respuesta" in listed
    assert v.number_text.replace(" ", "") in listed.replace(" ", "")

    assert secretary.receive_selected()
    qtbot.waitUntil(lambda: secretary.selected() is not None and
                    not secretary.selected().to_receive)

    def deliver(dialog: DeliveryDialog):
        ui = dialog.ui
        ui.answerEdit.setPlainText("Informe N° 045-2026 de la obra, en 12 folios.")
        dialog.accept()  # who signs the cargo is missing
        assert dialog.result() != QDialog.Accepted
        assert "cargo" in dialog.errors.labels["received_by"].text()
        ui.receivedByEdit.setText("Asistente del despacho de regidores")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(DeliveryDialog, "exec", deliver)
    secretary.deliver_selected()
    qtbot.waitUntil(lambda: secretary.selected() is not None and
                    secretary.selected().state == "Entregado")
    assert "Asistente del despacho" in secretary.selected().delivered
    secretary.print_pending()
    assert v.number_text.replace(" ", "") not in _text(shown[-1].pdf_bytes).replace(" ", "")
