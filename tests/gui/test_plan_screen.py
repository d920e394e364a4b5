"""Plan operativo y presupuesto on the screen: the gerente adds an activity with its monthly
targets (a refusal keeps the typing), the unit's clerk reports a month, the budget is imported
from a SIAF export — and a file of another shape is refused at its field, nothing imported."""

import io

from openpyxl import Workbook
from PySide6.QtWidgets import QDialog

from pisac_desktop.demo import demo_actor
from pisac_desktop.gui.management.plan import (
    ActivityDialog,
    BudgetImportDialog,
    MonthDialog,
    PlanSection,
)
from pisac_desktop.tramite import cases
from tests.gui.test_council_sessions import _ctx
from tests.unit.conftest import unit_id


def _xlsx(path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    path.write_bytes(out.getvalue())
    return path


def _section(qtbot, ctx) -> PlanSection:
    section = PlanSection(ctx, None)
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.show()
    section.load()
    qtbot.waitUntil(lambda: section.ui.statusLabel.text() != "")
    return section


def test_an_activity_planned_reported_and_its_budget_imported(qtbot, demo_people, spanish_qapp,
                                                              monkeypatch, tmp_path):
    with demo_people.db.session() as s:
        cases.set_user_units(s, demo_actor(s, "soporte"), demo_actor(s, "lsoncco").user_id,
                             [unit_id(s, "ECONOMIC_DEVELOPMENT")])
    manager = _section(qtbot, _ctx(demo_people, "wccahua"))
    assert "no tiene actividades" in manager.ui.statusLabel.text()

    def plan(dialog: ActivityDialog):
        ui = dialog.ui
        ui.codeEdit.setText("AOI-GDE-01")
        ui.nameEdit.setText("Promoción de la feria agropecuaria")
        ui.measureEdit.setText("Feria")
        ui.unitCombo.setCurrentIndex(ui.unitCombo.findText("Gerencia de Desarrollo Económico"))
        dialog.accept()  # no target in any month: refused, the typing kept
        assert dialog.result() != QDialog.Accepted
        assert "meta" in dialog.errors.labels["targets"].text()
        assert ui.nameEdit.text() == "Promoción de la feria agropecuaria"
        dialog.spin(9).setValue(1)
        dialog.spin(10).setValue(2)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActivityDialog, "exec", plan)
    assert manager.new_activity().activity_id
    qtbot.waitUntil(lambda: manager.selected() is not None)
    assert manager.selected().yearly_target == 3

    clerk = _section(qtbot, _ctx(demo_people, "lsoncco"))
    assert not clerk.ui.newButton.isVisible()
    clerk.ui.monthCombo.setCurrentIndex(9)  # October
    qtbot.waitUntil(lambda: len(clerk.rows) == 1)
    clerk.ui.planView.selectRow(0)

    def report(dialog: MonthDialog):
        ui = dialog.ui
        assert ui.monthCombo.currentData() == 10 and "programado: 2" in ui.targetLabel.text()
        ui.actualSpin.setValue(1)
        ui.noteEdit.setText("La segunda feria se postergó a noviembre")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MonthDialog, "exec", report)
    clerk.report_selected()
    qtbot.waitUntil(lambda: clerk.selected() is not None and clerk.selected().actuals[9] == 1)
    assert "Sin informar: septiembre" in clerk.ui.planBrowser.toPlainText()

    good = _xlsx(tmp_path / "siaf.xlsx", [
        ["Reporte de ejecución"], ["Código", "Actividad", "PIA", "PIM", "Certificación",
                                   "Devengado"],
        ["AOI-GDE-01", "Feria", 30000, 35000, 30000, 21000]])
    bad = _xlsx(tmp_path / "otro.xlsx", [["Nombre", "Monto"], ["Feria", 1]])

    def import_(dialog: BudgetImportDialog):
        dialog.set_file(bad)
        dialog.accept()
        assert dialog.result() != QDialog.Accepted
        assert "columnas del reporte de SIAF" in dialog.errors.labels["file"].text()
        dialog.set_file(good)
        dialog.ui.asOfEdit.setDate(dialog.ui.asOfEdit.date().addDays(-1))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(BudgetImportDialog, "exec", import_)
    manager.import_budget()
    qtbot.waitUntil(lambda: "importado: 1 actividades" in manager.ui.statusLabel.text())
    manager.ui.monthCombo.setCurrentIndex(10)  # November: the figures imported in November
    qtbot.waitUntil(lambda: manager.rows and manager.rows[0].budget is not None)
    row = [manager.model.data(manager.model.index(0, c)) for c in range(9)]
    assert row[7:] == ["S/ 21 000.00", "60,0 %"]
    manager.ui.planView.selectRow(0)
    assert "PIM S/ 35 000.00" in manager.ui.planBrowser.toPlainText()
