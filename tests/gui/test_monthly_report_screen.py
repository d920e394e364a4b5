"""Informe mensual on the screen: the gerente's typing survives a look at another month, the
preview saves it first and prints it with the month's figures; a unit's clerk only reads."""

import io
import re

from pypdf import PdfReader

from pisac_desktop.gui.management.monthly import MonthlyReportSection
from tests.gui.test_council_sessions import _ctx


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in
                                        PdfReader(io.BytesIO(pdf)).pages))


def _section(qtbot, ctx) -> MonthlyReportSection:
    section = MonthlyReportSection(ctx, None)
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.show()
    section.load()
    qtbot.waitUntil(lambda: section.ui.statusLabel.text() != "")
    return section


def test_the_summary_typed_is_kept_saved_and_printed(qtbot, demo, spanish_qapp, monkeypatch):
    section = _section(qtbot, _ctx(demo, "wccahua"))
    ui = section.ui
    assert section.period == (2026, 11)  # after the 15th, the month in course
    assert ui.summaryEdit.toPlainText() == "" and "Sin resumen" in ui.statusLabel.text()
    ui.summaryEdit.setPlainText("Noviembre: se aprobó la adhesión a la mancomunidad.")
    ui.monthCombo.setCurrentIndex(9)  # a look at October, then back
    qtbot.waitUntil(lambda: section.shown == (2026, 10))
    assert ui.summaryEdit.toPlainText().startswith("Se culminó el mantenimiento")
    ui.monthCombo.setCurrentIndex(10)
    qtbot.waitUntil(lambda: section.shown == (2026, 11))
    assert ui.summaryEdit.toPlainText() == "Noviembre: se aprobó la adhesión a la mancomunidad."
    assert "sin guardar" in ui.statusLabel.text()

    shown = []
    monkeypatch.setattr("pisac_desktop.gui.pdf_preview.PdfPreviewDialog.exec",
                        lambda d: shown.append(d) or 0)
    section.preview()  # saves first: the paper says what the screen shows
    assert not section.is_modified()
    text = _text(shown[-1].pdf_bytes)
    assert "Informe mensual de gestión de noviembre de 2026" in text
    assert "Noviembre: se aprobó la adhesión a la mancomunidad." in text

    clerk = _section(qtbot, _ctx(demo, "lsoncco"))
    assert clerk.ui.summaryEdit.isReadOnly() and not clerk.ui.saveButton.isVisible()
    assert not clerk.save()
