"""Configuración › Procedimientos del TUPA: the Secretaría General adds and corrects a procedure
(a refusal keeps what was typed, at the field); others only consult."""

from pisac_desktop.gui.admin.tupa_dialog import TupaDialog
from tests.gui.test_council_sessions import _ctx


def _dialog(qtbot, demo, username: str) -> TupaDialog:
    dialog = TupaDialog(_ctx(demo, username))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.rows) > 0)
    return dialog


def test_the_secretaria_adds_and_corrects_a_procedure(qtbot, demo, spanish_qapp, monkeypatch):
    dialog = _dialog(qtbot, demo, "mhuillca")
    before = len(dialog.rows)
    assert any("(ejemplo)" in dialog.model.data(dialog.model.index(i, 1))
               for i in range(before))

    def type_and_save(form):
        ui = form.ui
        ui.codeEdit.setText("PA-12")
        ui.nameEdit.setText("Constancia de posesión")
        ui.requirementsEdit.setPlainText("Solicitud\nPlano de ubicación")
        ui.feeEdit.setText("25,5x")  # a typo
        ui.deadlineSpin.setValue(7)
        form.accept()
        assert "soles" in form.errors.labels["fee"].text()
        assert ui.nameEdit.text() == "Constancia de posesión"  # kept
        ui.feeEdit.setText("25,50")
        form.accept()
        return form.result()

    monkeypatch.setattr("pisac_desktop.gui.admin.tupa_dialog.ProcedureDialog.exec",
                        type_and_save)
    dialog.add()
    qtbot.waitUntil(lambda: len(dialog.rows) == before + 1)
    row = next(r for r in dialog.rows if r.code == "PA-12")
    assert (row.fee_text, row.deadline_days, row.example) == ("S/ 25.50", 7, False)

    def deactivate(form):
        assert form.ui.feeEdit.text() == "25.50"
        form.ui.activeCheck.setChecked(False)
        form.accept()
        return form.result()

    monkeypatch.setattr("pisac_desktop.gui.admin.tupa_dialog.ProcedureDialog.exec",
                        deactivate)
    dialog.ui.proceduresView.selectRow(dialog.rows.index(row))
    dialog.edit_selected()
    qtbot.waitUntil(lambda: not next(r for r in dialog.rows if r.code == "PA-12").active)


def test_others_only_consult(qtbot, demo, spanish_qapp):
    dialog = _dialog(qtbot, demo, "wccahua")
    assert not dialog.ui.addButton.isVisible() and not dialog.ui.readOnlyLabel.isHidden()
    dialog.ui.proceduresView.selectRow(0)
    assert dialog.edit_selected() is None
