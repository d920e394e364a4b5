"""Comisiones de trabajo on the screen: a commission formed (refused without its president, the
typing kept), a meeting recorded with a recommendation that becomes a compromiso of its unit."""

from PySide6.QtWidgets import QDialog

from pisac_desktop.gui.management.commissions import (
    CommissionDialog,
    CommissionsSection,
    MeetingDialog,
)
from tests.gui.test_council_sessions import _ctx


def test_a_commission_formed_meets_and_recommends(qtbot, demo_people, spanish_qapp,
                                                  monkeypatch):
    section = CommissionsSection(_ctx(demo_people, "wccahua"), None)
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.show()
    section.load()
    qtbot.waitUntil(lambda: "Ninguna comisión" in section.ui.statusLabel.text())

    def form(dialog: CommissionDialog):
        ui = dialog.ui
        ui.nameEdit.setText("Comisión de reordenamiento del mercado de abastos")
        ui.purposeEdit.setPlainText("Proponer el reordenamiento de los puestos")
        dialog.set_member(1, "Abg. Rosa Quispe Cusi", "Jefa de Asesoría Jurídica")
        dialog.accept()  # the president's row is empty: refused, the typing kept
        assert dialog.result() != QDialog.Accepted
        assert "presidente" in dialog.errors.labels["members"].text()
        assert ui.nameEdit.text().startswith("Comisión de reordenamiento")
        dialog.set_member(0, "CPC Wilber Ccahua Yupanqui", "Gerente Municipal")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CommissionDialog, "exec", form)
    assert section.new_commission().commission_id
    qtbot.waitUntil(lambda: section.selected() is not None)
    assert section.selected().president == "CPC Wilber Ccahua Yupanqui"

    def meet(dialog: MeetingDialog):
        ui = dialog.ui
        assert "CPC Wilber Ccahua Yupanqui" in ui.attendeesEdit.toPlainText()
        ui.placeEdit.setText("Mercado de abastos")
        ui.recordEdit.setPlainText("Se visitó el mercado y se acordó empadronar los puestos.")
        table = ui.recommendationsTable
        table.item(0, 0).setText("Empadronar los puestos del mercado")
        combo = table.cellWidget(0, 1)
        combo.setCurrentIndex(combo.findText("Gerencia de Desarrollo Económico"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", meet)
    assert section.record_meeting().meeting_id
    qtbot.waitUntil(lambda: section.selected() is not None and
                    section.selected().open_recommendations == 1)
    qtbot.waitUntil(lambda: "Empadronar los puestos del mercado — Gerencia de Desarrollo "
                            "Económico" in section.ui.commissionsBrowser.toPlainText())
