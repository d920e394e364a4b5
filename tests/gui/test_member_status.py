"""Secretaría › Autoridades y concejo: members' status on a date, quorum, history, recording."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from pisac_desktop.council.members import StatusForm, record_status
from pisac_desktop.gui.registry import module
from pisac_desktop.gui.secretaria.authorities import AuthoritiesSection
from pisac_desktop.gui.secretaria.member_status import MemberStatusDialog
from tests.conftest import make_ctx


@pytest.fixture
def secretary(demo_people, spanish_qapp):
    return make_ctx(demo_people, roles=("general_secretariat",))


def _section(qtbot, ctx):
    section = AuthoritiesSection(ctx, module("secretaria"))
    qtbot.addWidget(section)
    section.load()
    return section


def _column(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _position(section, name):
    return next(i for i, m in enumerate(section.members) if name in m.name)


def test_status_quorum_and_history_follow_the_date(qtbot, secretary):
    percy = next(m for m in _section(qtbot, secretary).members if "Percy" in m.name)
    with secretary.db.session() as s:
        record_status(s, secretary.actor, StatusForm(
            percy.id, "leave", dt.date(2026, 11, 10), dt.date(2026, 11, 30),
            "Acuerdo de Concejo N° 040-2026-MDP/CM"))
    section = _section(qtbot, secretary)
    assert _column(section.council, 2) == ["Hábil"] * 4 + ["Con licencia", "Hábil"]
    label = section.ui.councilLabel.text()
    assert "número legal 6" in label and "miembros hábiles 5" in label
    assert "quórum 3" in label and "Lic. Percy Gamarra Luna (con licencia)" in label
    section.select_member(percy.id)
    assert section.ui.historyLabel.text() == "Historial de Lic. Percy Gamarra Luna"
    assert [section.history.index(0, c).data() for c in range(4)] == [
        "Con licencia", "10/11/2026", "30/11/2026", "Acuerdo de Concejo N° 040-2026-MDP/CM"]
    section.ui.dateEdit.setDate(QDate(2026, 12, 1))
    assert "miembros hábiles 6" in section.ui.councilLabel.text()
    assert "quórum 4" in section.ui.councilLabel.text()
    assert section.selected_member().id == percy.id  # the selection survives the date change


def test_record_a_suspension_through_the_dialog(qtbot, secretary):
    section = _section(qtbot, secretary)
    section.ui.councilView.selectRow(_position(section, "Hilaria"))
    assert section.ui.statusButton.isEnabled()

    def fill(dialog):
        ui = dialog.ui
        assert ui.fromEdit.date().toPython() == dt.date(2026, 11, 21)
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("suspended"))
        ui.untilCheck.setChecked(False)  # open-ended
        assert not ui.untilEdit.isEnabled()
        dialog.accept()  # no document: refused at the field
        assert dialog.result() != QDialog.Accepted
        assert "Acuerdo de Concejo" in dialog.errors.labels["document"].text()
        ui.documentEdit.setText("Acuerdo de Concejo N° 041-2026-MDP/CM")
        dialog.accept()
        return dialog.result() == QDialog.Accepted

    section.exec_dialog = fill
    assert section.record_status()
    row = _position(section, "Hilaria")
    assert section.council.index(row, 2).data() == "Suspendida"
    assert "miembros hábiles 5" in section.ui.councilLabel.text()
    assert section.history.index(0, 2).data() == "(sin término)"


def test_status_dialog_bad_input_is_shown_at_the_fields_and_kept(qtbot, secretary):
    section = _section(qtbot, secretary)
    member = section.members[_position(section, "Alberto")]
    dialog = MemberStatusDialog(secretary, member, dt.date(2026, 11, 21))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.statusCombo.currentData() == "leave"
    ui.untilEdit.setDate(QDate(2026, 11, 1))  # before the start
    ui.documentEdit.setText("Acuerdo de Concejo N° 042-2026-MDP/CM")
    assert not dialog.save()
    assert dialog.errors.labels["end_date"].text() == "La fecha final es anterior a la inicial."
    assert ui.documentEdit.text() == "Acuerdo de Concejo N° 042-2026-MDP/CM"
    ui.untilCheck.setChecked(False)
    assert not dialog.save()
    assert dialog.errors.labels["end_date"].text() == "Una licencia tiene fecha de término."
    assert dialog.status_id is None


def test_without_the_permission_no_button(qtbot, demo_people, spanish_qapp):
    section = _section(qtbot, make_ctx(demo_people, roles=("municipal_management",)))
    assert not section.ui.statusButton.isVisibleTo(section)
    assert section.council.rowCount() == 6
