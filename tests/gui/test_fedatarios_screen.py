"""Fedatarios: a designation typed with its resolution (a refusal keeps what was typed), a copy
authenticated with the next number of the year, its stickers «ES COPIA FIEL DEL ORIGINAL» with
the fedatario's name and registration, the designation ended, and the log in PDF."""

import datetime as dt
import io
import re

from pypdf import PdfReader
from PySide6.QtWidgets import QDialog

from pisac_desktop.gui.requests.fedatarios import (
    AuthenticateDialog,
    DesignateDialog,
    FedatariosSection,
)
from tests.gui.test_council_sessions import _ctx


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in
                                        PdfReader(io.BytesIO(pdf)).pages))


def test_designate_authenticate_print_stamps_and_end(qtbot, demo, spanish_qapp, monkeypatch):
    section = FedatariosSection(_ctx(demo, "mhuillca"), None)
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.show()
    section.load()
    qtbot.waitUntil(lambda: section.ui.statusLabel.text() != "")
    before = len(section.officers)

    def designate(dialog: DesignateDialog):
        ui = dialog.ui
        qtbot.keyClicks(ui.fullNameEdit, "Lucia Quispe Ttito")
        qtbot.keyClicks(ui.dniEdit, "4123456")  # seven digits: refused at the field
        qtbot.keyClicks(ui.registrationEdit, "Fedatario N° 04")
        qtbot.keyClicks(ui.designationEdit, "Resolucion de Alcaldia N° 120-2026-A-MDP")
        dialog.accept()
        assert dialog.result() != QDialog.Accepted
        assert "8" in dialog.errors.labels["dni"].text()
        assert ui.registrationEdit.text() == "Fedatario N° 04"
        qtbot.keyClicks(ui.dniEdit, "7")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(DesignateDialog, "exec", designate)
    section.designate()
    qtbot.waitUntil(lambda: len(section.officers) == before + 1)

    def authenticate(dialog: AuthenticateDialog):
        ui = dialog.ui
        ui.officerCombo.setCurrentIndex(next(i for i in range(ui.officerCombo.count())
                                             if "Lucia Quispe" in ui.officerCombo.itemText(i)))
        qtbot.keyClicks(ui.documentEdit, "Partida de nacimiento de Juan Mamani")
        ui.foliosSpin.setValue(2)
        qtbot.keyClicks(ui.requesterDocumentEdit, "23456789")
        qtbot.keyClicks(ui.requesterNameEdit, "Juan Mamani Ccori")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AuthenticateDialog, "exec", authenticate)
    dialog = section.authenticate()
    assert dialog.entry_id
    qtbot.waitUntil(lambda: section.selected_copy() is not None and
                    section.selected_copy().id == dialog.entry_id)
    copy = section.selected_copy()
    assert re.fullmatch(r"\d{4}-2026", copy.number) and copy.officer == "Lucia Quispe Ttito"

    shown = []
    monkeypatch.setattr("pisac_desktop.gui.pdf_preview.PdfPreviewDialog.exec",
                        lambda d: shown.append(d) or 0)
    section.print_stamps()
    stamps = _text(shown[-1].pdf_bytes)
    assert stamps.count("ES COPIA FIEL DEL ORIGINAL") == 2  # one per folio
    assert "Lucia Quispe Ttito" in stamps and "Fedatario N° 04" in stamps
    section.print_register()
    log = _text(shown[-1].pdf_bytes)
    assert copy.number in log and "Partida de nacimiento" in log

    section.ui.officersView.selectRow(next(i for i, o in enumerate(section.officers)
                                           if o.full_name == "Lucia Quispe Ttito"))
    assert section.ui.officersEndButton.isEnabled()
    monkeypatch.setattr(section, "ask_until", lambda _o: dt.date(2026, 12, 31))
    assert section.end_selected()
    qtbot.waitUntil(lambda: any(o.until == dt.date(2026, 12, 31) for o in section.officers))
