"""Delegaciones and Instrumentos de gestión on the screen: a delegation registered from its
resolución de alcaldía (found by its words; a refusal keeps the typing) and then ended; a
version of the ROF registered with its norm and file, the out-of-date instruments flagged, the
file opened."""

import datetime as dt

from PySide6.QtWidgets import QDialog
from sqlalchemy import delete

from pisac_desktop.db.models.management import ManagementInstrument
from pisac_desktop.demo import demo_actor
from pisac_desktop.gui.management.delegations import DelegationDialog, DelegationsSection
from pisac_desktop.gui.management.governance import GovernanceSection, VersionDialog
from pisac_desktop.instruments.register import issue, new_draft_form, save_draft
from tests.gui.test_council_sessions import _ctx

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _show(qtbot, section):
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.show()
    section.load()
    qtbot.waitUntil(lambda: section.ui.statusLabel.text() != "")
    return section


def test_a_delegation_is_registered_from_its_resolution_and_ended(qtbot, demo, spanish_qapp,
                                                                  monkeypatch):
    with demo.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        form = new_draft_form(s, "MAYOR_RESOLUTION", dt.date(2026, 11, 21))
        form.summary = "Delegar en el Gerente Municipal facultades en materia de contrataciones"
        form.seen = "El Informe Legal N° 080-2026-OAJ-MDP"
        form.articles = ["DELEGAR en el Gerente Municipal las facultades siguientes."]
        number = issue(s, actor, save_draft(s, actor, form).id).number_text
    section = _show(qtbot, DelegationsSection(_ctx(demo, "wccahua"), None))
    assert section.ui.newButton.isVisible() and not section.ui.endButton.isEnabled()

    def register(dialog: DelegationDialog):
        ui = dialog.ui
        assert ui.unitCombo.currentText() == "Gerencia Municipal"
        ui.powersEdit.setPlainText("Aprobar las contrataciones menores a ocho UIT")
        dialog.accept()  # no resolution chosen: refused, the typing kept
        assert dialog.result() != QDialog.Accepted
        assert "resolución de alcaldía" in dialog.errors.labels["instrument_id"].text()
        assert ui.powersEdit.toPlainText().startswith("Aprobar las contrataciones")
        ui.raSearchEdit.setText("contrataciones gerente")
        ui.raSearchEdit.returnPressed.emit()
        qtbot.waitUntil(lambda: ui.raCombo.count() > 1)
        assert ui.raCombo.currentText().startswith(number)
        ui.openEndedCheck.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(DelegationDialog, "exec", register)
    assert section.new_delegation().delegation_id
    qtbot.waitUntil(lambda: section.selected() is not None)
    v = section.selected()
    assert (v.number_text, v.state, v.period) == (number, "Vigente",
                                                  "del 21/11/2026 hasta que se revoque")
    assert "Aprobar las contrataciones" in section.ui.delegationsBrowser.toPlainText()

    monkeypatch.setattr(section, "ask_reason",
                        lambda *_a: "Revocada por la Resolución de Alcaldía N° 300-2026-MDP/A")
    assert section.end_selected()
    qtbot.waitUntil(lambda: section.selected() is not None and
                    section.selected().ended_on == dt.date(2026, 11, 21))
    assert not section.ui.endButton.isEnabled()


def test_a_version_of_the_rof_is_registered_and_the_late_ones_flagged(qtbot, demo, spanish_qapp,
                                                                      monkeypatch, tmp_path):
    with demo.db.session() as s:  # a municipality that registers its instruments anew
        s.execute(delete(ManagementInstrument))
    section = _show(qtbot, GovernanceSection(_ctx(demo, "wccahua"), None))
    assert [r.code for r in section.rows][:3] == ["ROF", "MOF", "CAP"]
    assert all(r.state == "Sin registrar" for r in section.rows)
    assert section.ui.statusLabel.text().startswith("Por actualizar: ROF, MOF")
    section.ui.governanceView.selectRow(0)
    scan = tmp_path / "rof-2024.pdf"
    scan.write_bytes(PDF)

    def register(dialog: VersionDialog):
        ui = dialog.ui
        assert ui.kindCombo.currentData() == "ROF" and ui.openEndedCheck.isChecked()
        ui.titleEdit.setText("ROF 2024")
        dialog.accept()  # no norm: refused at its field, the typing kept
        assert dialog.result() != QDialog.Accepted
        assert "norma" in dialog.errors.labels["approved_by_text"].text()
        ui.normTextEdit.setText("Ordenanza Municipal N° 005-2024-MDP/CM")
        ui.approvedEdit.setDate(ui.approvedEdit.date().addYears(-2))
        ui.fromEdit.setDate(ui.fromEdit.date().addYears(-2))
        dialog.set_file(scan)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(VersionDialog, "exec", register)
    assert section.new_version().version_id
    qtbot.waitUntil(lambda: section.selected() is not None and
                    section.selected().state == "Vigente")
    assert section.selected().current.approval == "Ordenanza Municipal N° 005-2024-MDP/CM"
    qtbot.waitUntil(lambda: section.ui.fileButton.isEnabled())
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    path = section.open_file()
    assert path.read_bytes() == PDF and opened == [str(path)]
    assert "ROF" not in [r.code for r in section.rows if r.out_of_date]
    assert "MOF" in [r.code for r in section.rows if r.out_of_date]
