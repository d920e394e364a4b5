"""Seguimiento de acuerdos, the whole path on the screens: an acuerdo issued → the gerente gives a
compromiso to a unit (a refusal keeps the typing) → the unit's clerk reports progress with a
scanned file as evidence → past its date it shows overdue, in red and in the Gerencia's Resumen,
which opens it → the compliance report is printed (PDF checked by its text) and saved to Excel."""

import datetime as dt
import io
import re

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from pisac_desktop.demo import demo_actor
from pisac_desktop.gui.management.commitments import CommitmentsSection
from pisac_desktop.gui.management.dialogs import CommitmentDialog, ReportDialog
from pisac_desktop.instruments.register import issue, new_draft_form, save_draft
from pisac_desktop.tramite import cases
from tests.gui.test_council_sessions import _ctx
from tests.unit.conftest import unit_id
from tests.unit.test_commitments import clear_commitments

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
SUMMARY = "Aprobar el mejoramiento del mercado de abastos de Pisac"


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in
                                        PdfReader(io.BytesIO(pdf)).pages))


def _agreement(demo) -> str:
    """An acuerdo de concejo issued today, and Lucía Soncco placed in Desarrollo Económico."""
    with demo.db.session() as s:
        secretary = demo_actor(s, "mhuillca")
        form = new_draft_form(s, "COUNCIL_AGREEMENT", dt.date(2026, 11, 21))
        form.summary = SUMMARY
        form.seen = "El Informe N° 120-2026-GDE-MDP"
        form.articles = ["APROBAR el mejoramiento del mercado de abastos.",
                         "ENCARGAR a la Gerencia de Desarrollo Económico su ejecución."]
        number = issue(s, secretary, save_draft(s, secretary, form).id).number_text
        cases.set_user_units(s, demo_actor(s, "soporte"), demo_actor(s, "lsoncco").user_id,
                             [unit_id(s, "ECONOMIC_DEVELOPMENT")])
        clear_commitments(s)
    return number


def _section(qtbot, ctx) -> CommitmentsSection:
    section = CommitmentsSection(ctx, None)
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.show()
    section.load()
    qtbot.waitUntil(lambda: section.ui.statusLabel.text() != "")
    return section


def test_an_agreement_followed_from_its_compromiso_to_the_compliance_report(
        qtbot, demo, spanish_qapp, monkeypatch, tmp_path):
    number = _agreement(demo)
    manager_ctx = _ctx(demo, "wccahua")
    manager = _section(qtbot, manager_ctx)
    assert manager.ui.newButton.isVisible() and not manager.ui.reportButton.isEnabled()

    def give(dialog: CommitmentDialog):
        ui = dialog.ui
        ui.actSearchEdit.setText("mercado abastos")
        ui.actSearchEdit.returnPressed.emit()
        qtbot.waitUntil(lambda: ui.actList.count() > 0 and
                        ui.actList.item(0).text().startswith(number))
        ui.actList.setCurrentRow(0)
        ui.descriptionEdit.setPlainText("Elaborar el expediente técnico del mercado")
        dialog.accept()  # no unit: refused at its field, the typing kept
        assert dialog.result() != QDialog.Accepted
        assert "unidad" in dialog.errors.labels["unit_id"].text()
        assert ui.descriptionEdit.toPlainText() == "Elaborar el expediente técnico del mercado"
        ui.unitCombo.setCurrentIndex(ui.unitCombo.findText("Gerencia de Desarrollo Económico"))
        ui.daysSpin.setValue(5)
        ui.evidenceExpectedEdit.setPlainText("El expediente técnico aprobado")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CommitmentDialog, "exec", give)
    dialog = manager.new_commitment()
    assert dialog.commitment_id
    qtbot.waitUntil(lambda: manager.selected() is not None)
    v = manager.selected()
    # Five business days from Saturday 21 November 2026: Friday 27 November.
    assert (v.act_number, v.unit, v.due_on, v.state_label) == (
        number, "Gerencia de Desarrollo Económico", dt.date(2026, 11, 27), "Pendiente")
    assert "Historial de avances" in manager.ui.commitmentBrowser.toPlainText()

    # The unit's clerk reports progress with a scanned file; a bad percentage is refused first.
    evidence = tmp_path / "expediente-tecnico.pdf"
    evidence.write_bytes(PDF)
    clerk = _section(qtbot, _ctx(demo, "lsoncco"))
    assert not clerk.ui.newButton.isVisible()
    clerk.ui.unitCombo.setCurrentIndex(clerk.ui.unitCombo.findText("Mis unidades"))
    qtbot.waitUntil(lambda: len(clerk.rows) == 1)
    clerk.ui.commitmentsView.selectRow(0)
    assert clerk.ui.reportButton.isEnabled()

    def report(dialog: ReportDialog):
        ui = dialog.ui
        ui.stateCombo.setCurrentIndex(ui.stateCombo.findData("in_progress"))
        ui.percentSpin.setValue(100)
        ui.noteEdit.setPlainText("Se entregó el primer avance del expediente técnico.")
        dialog.set_file(evidence)
        dialog.accept()
        assert dialog.result() != QDialog.Accepted
        assert "Cumplido" in dialog.errors.labels["percent"].text()
        assert ui.noteEdit.toPlainText().startswith("Se entregó")
        ui.percentSpin.setValue(60)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ReportDialog, "exec", report)
    assert clerk.report_selected().report_id
    qtbot.waitUntil(lambda: clerk.selected() is not None and clerk.selected().percent == 60)
    qtbot.waitUntil(lambda: clerk.ui.evidenceButton.isEnabled())
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    path = clerk.open_evidence()
    assert path.read_bytes() == PDF and opened == [str(path)]

    # Past its date: overdue in red, and in the Gerencia's Resumen, which opens it.
    demo.db.clock.set(dt.date(2026, 11, 30))  # the clock of every unit of work (the last ctx)
    manager.refresh()
    qtbot.waitUntil(lambda: manager.selected() is not None and manager.selected().overdue)
    row = manager.rows.index(manager.selected())
    assert manager.model.data(manager.model.index(row, 1)) == "Vencido"
    assert manager.model.data(manager.model.index(row, 0), Qt.ForegroundRole) is not None
    from pisac_desktop.gui.registry import SECTIONS

    spec = next(s for s in SECTIONS if s.key == "commitments")
    with demo.db.session() as s:
        (item,) = spec.pending(s, dt.date(2026, 11, 30))
    assert (item.label, item.target) == ("Compromiso vencido", v.id)
    manager.ui.statusCombo.setCurrentIndex(2)  # Cerrados: it is not there
    qtbot.waitUntil(lambda: manager.rows == [])
    manager.load_and_select(item.target)
    qtbot.waitUntil(lambda: manager.selected() is not None and manager.selected().id == v.id)

    # The compliance report for the council, printed and saved to Excel.
    shown = []
    monkeypatch.setattr("pisac_desktop.gui.pdf_preview.PdfPreviewDialog.exec",
                        lambda d: shown.append(d) or 0)
    manager.ui.councilOnlyCheck.setChecked(True)
    manager.print_compliance()
    text = _text(shown[-1].pdf_bytes)
    for expected in ("Reporte de cumplimiento de los acuerdos del Concejo Municipal",
                     number, "Elaborar el expediente técnico del mercado", "Vencido", "60 %",
                     "Gerencia de Desarrollo Económico", "Se entregó el primer avance"):
        assert expected in text, expected
    saved = tmp_path / "cumplimiento.xlsx"
    monkeypatch.setattr(manager, "choose_xlsx_path", lambda _suggested: saved)
    assert manager.export_xlsx() == saved
    rows = list(load_workbook(saved)["Compromisos"].iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[4], r[7], r[8]) for r in rows] == [
        (number, "Elaborar el expediente técnico del mercado", "Vencido", 60)]
