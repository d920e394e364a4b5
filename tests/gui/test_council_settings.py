"""Configuración › Calendario de días hábiles and › Concejo y citaciones."""

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from pisac_desktop.council.settings import settings_form
from pisac_desktop.db.models import AuditEntry, NonWorkingDay
from pisac_desktop.gui.admin.calendar_dialog import CalendarDialog, NonWorkingDayDialog
from pisac_desktop.gui.admin.council_settings_dialog import CouncilSettingsDialog
from pisac_desktop.gui.main_window import MainWindow
from tests.conftest import make_ctx


@pytest.fixture
def secretary(demo_people, spanish_qapp):
    return make_ctx(demo_people, roles=("general_secretariat",))


def _calendar(qtbot, ctx):
    dialog = CalendarDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def _rows(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_calendar_lists_the_table_and_the_year_read_only_beside_it(qtbot, secretary):
    dialog = _calendar(qtbot, secretary)
    rows = _rows(dialog.days)
    assert rows[0][:4] == ["24/06 (desde 2000)", "Sí", "Feriado regional",
                           "Inti Raymi (Día del Cusco)"]
    assert [r[:3] for r in rows[1:]] == [[d, "No", "Día no laborable (decreto)"] for d in
                                         ("02/05/2025", "26/12/2025", "02/01/2026")]
    year = _rows(dialog.year_days)
    assert ["01/01/2026", "jueves", "Año Nuevo", "Feriado nacional"] in year
    assert ["24/06/2026", "miércoles", "Inti Raymi (Día del Cusco)", "Feriado regional"] in year
    assert any(r[2] == "Viernes Santo" and r[0] == "03/04/2026" for r in year)
    dialog.ui.yearSpin.setValue(2027)
    assert "Feriados y días no laborables de 2027" in dialog.ui.yearGroup.title()
    assert ["24/06/2027", "jueves", "Inti Raymi (Día del Cusco)", "Feriado regional"] in \
        _rows(dialog.year_days)


def test_calculator_shows_the_result_and_the_holidays_skipped(qtbot, secretary):
    dialog = _calendar(qtbot, secretary)
    ui = dialog.ui
    ui.notifiedDateEdit.setDate(QDate(2026, 3, 2))
    ui.kindCombo.setCurrentIndex(1)  # extraordinaria: 5 business days (DOMAIN.md section 3)
    assert ui.kindCombo.currentText() == "extraordinaria (5 días hábiles)"
    assert "martes 10 de marzo de 2026" in ui.earliestLabel.text()
    assert "solo se omitieron sábados y domingos" in ui.earliestLabel.text()
    ui.startDateEdit.setDate(QDate(2026, 6, 22))
    ui.daysSpin.setValue(3)
    text = ui.deadlineLabel.text()
    assert "viernes 26 de junio de 2026" in text
    assert "24/06/2026 Inti Raymi (Día del Cusco) (feriado regional)" in text
    ui.notifiedDateEdit.setDate(QDate(2026, 3, 30))  # Holy Week
    assert "Jueves Santo" in ui.earliestLabel.text()


def test_add_edit_and_delete_a_day_recomputes_and_audits(qtbot, secretary):
    dialog = _calendar(qtbot, secretary)

    def add(d):
        d.ui.dayEdit.setDate(QDate(2026, 11, 24))
        d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findData("local"))
        d.ui.nameEdit.setText("Aniversario de la Municipalidad")
        d.ui.sourceEdit.setText("Resolución de Alcaldía N° 300-2026-MDP/A")
        d.accept()
        return d.result() == QDialog.Accepted

    dialog.exec_dialog = add
    dialog.ui.startDateEdit.setDate(QDate(2026, 11, 23))
    dialog.ui.daysSpin.setValue(1)
    assert "martes 24 de noviembre" in dialog.ui.deadlineLabel.text()
    assert dialog.add_day()
    assert "miércoles 25 de noviembre" in dialog.ui.deadlineLabel.text()
    assert "Aniversario de la Municipalidad (cierre de la oficina)" in \
        dialog.ui.deadlineLabel.text()
    assert dialog.selected_id() is not None and dialog.ui.editDayButton.isEnabled()
    new_id = dialog.selected_id()

    def rename(d):
        assert d.ui.nameEdit.text() == "Aniversario de la Municipalidad"
        d.ui.nameEdit.setText("Aniversario de la creación política de Pisac")
        d.accept()
        return d.result() == QDialog.Accepted

    dialog.exec_dialog = rename
    assert dialog.edit_selected()
    assert "Aniversario de la creación política de Pisac" in [r[3] for r in _rows(dialog.days)]
    assert dialog.delete_selected(confirm=False)
    with secretary.db.session() as s:
        assert s.get(NonWorkingDay, new_id) is None
        actions = [e.action for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "non_working_day", AuditEntry.entity_id == str(new_id)))]
    assert actions == ["settings_change"] * 3
    assert "martes 24 de noviembre" in dialog.ui.deadlineLabel.text()


def test_day_dialog_refuses_at_the_fields_and_keeps_what_was_typed(qtbot, secretary):
    dialog = NonWorkingDayDialog(secretary)
    qtbot.addWidget(dialog)
    dialog.ui.sourceEdit.setText("D.S. N° 011-2026-PCM")
    assert not dialog.save()
    assert dialog.errors.labels["kind"].text() == "Elija el tipo de día no laborable."
    assert dialog.errors.labels["name"].text().startswith("Indique el nombre")
    assert dialog.ui.sourceEdit.text() == "D.S. N° 011-2026-PCM"
    dialog.ui.dayEdit.setDate(QDate(2026, 1, 2))  # already in the table
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("decree"))
    dialog.ui.nameEdit.setText("Otra vez")
    assert not dialog.save()
    assert dialog.errors.labels["day"].text().startswith("Ese día ya está en la tabla")
    assert dialog.errors.labels["name"].isHidden()


def test_calendar_is_read_only_without_the_permission(qtbot, demo_people, spanish_qapp):
    dialog = _calendar(qtbot, make_ctx(demo_people, roles=("municipal_management",)))
    assert dialog.ui.readOnlyLabel.isVisibleTo(dialog)
    assert not dialog.ui.addDayButton.isVisibleTo(dialog)
    dialog.ui.daysView.selectRow(0)
    assert not dialog.edit_selected() and not dialog.delete_selected(confirm=False)
    assert dialog.ui.deadlineLabel.text()  # the calculator still works


def test_council_settings_save_and_refuse_at_the_fields(qtbot, secretary):
    dialog = CouncilSettingsDialog(secretary)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.ordinaryNoticeSpin.value() == 2 and ui.timeEdit.text() == "10:00"
    assert ui.signerCombo.itemText(1) == ("Secretaria General (Abog. Marleny Huillca Sutta), "
                                          "por orden del alcalde")
    assert ui.extraordinaryNoticeLabel.text().startswith("5 días hábiles")
    ui.ordinaryNoticeSpin.setValue(0)
    ui.timeEdit.setText("25:00")
    ui.placeEdit.setText("  ")
    ui.documentsPlaceEdit.setText("la Oficina de Secretaría General")
    assert not dialog.save()
    assert "de 1 a 15 días hábiles" in dialog.errors.labels["ordinary_notice_days"].text()
    assert "hh:mm" in dialog.errors.labels["default_time"].text()
    assert "lugar habitual" in dialog.errors.labels["default_place"].text()
    assert ui.timeEdit.text() == "25:00"  # kept
    ui.ordinaryNoticeSpin.setValue(3)
    ui.timeEdit.setText("9:30")
    ui.placeEdit.setText("Auditorio de la Casa de la Cultura")
    ui.signerCombo.setCurrentIndex(1)
    ui.folioWarningSpin.setValue(30)
    dialog.accept()
    assert dialog.result() == QDialog.Accepted
    with secretary.db.session() as s:
        form = settings_form(s)
    assert (form.ordinary_notice_days, form.summons_signer, form.default_time,
            form.default_place, form.folio_warning) == (
        3, "secretary", "09:30", "Auditorio de la Casa de la Cultura", 30)
    assert form.documents_place == "la Oficina de Secretaría General"


def test_council_settings_read_only_without_the_permission(qtbot, demo_people, spanish_qapp):
    dialog = CouncilSettingsDialog(make_ctx(demo_people, roles=("read_only",)))
    qtbot.addWidget(dialog)
    assert not dialog.ui.placeEdit.isEnabled()
    assert "Solo la Secretaría General" in dialog.ui.messageLabel.text()


def test_menu_entries_follow_the_permissions(qtbot, demo_people, spanish_qapp):
    manager = MainWindow(make_ctx(demo_people, roles=("municipal_management",)))
    qtbot.addWidget(manager)
    assert manager.ui.actionCalendario.isVisible()  # consult and calculate
    assert not manager.ui.actionConcejoCitaciones.isVisible()
    secretary = MainWindow(make_ctx(demo_people, roles=("general_secretariat",)))
    qtbot.addWidget(secretary)
    assert secretary.ui.actionConcejoCitaciones.isVisible()



def test_who_signs_the_acta_and_the_simple_majority_are_council_settings(qtbot, secretary):
    """Issue 11: RIC practices as settings, the usual one by default, with a short help text."""
    dialog = CouncilSettingsDialog(secretary)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.minutesSignersCombo.currentText() == ("El alcalde, los regidores asistentes y el "
                                                    "secretario general")
    assert "Reglamento Interno del Concejo" in ui.minutesSignersHelp.text()
    assert ui.simpleMajorityCombo.currentText() == ("Mayoría de los miembros presentes (la "
                                                    "abstención cuenta en contra)")
    assert "art. 112 del TUO de la Ley N° 27444" in ui.simpleMajorityHelp.text()
    ui.minutesSignersCombo.setCurrentIndex(ui.minutesSignersCombo.findData("mayor_secretary"))
    ui.simpleMajorityCombo.setCurrentIndex(ui.simpleMajorityCombo.findData("cast"))
    dialog.accept()
    assert dialog.result() == QDialog.Accepted
    with secretary.db.session() as s:
        form = settings_form(s)
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "settings_change")
                          .order_by(AuditEntry.id.desc())).first()
    assert (form.minutes_signers, form.simple_majority) == ("mayor_secretary", "cast")
    assert "simple_majority" in audit.changes and "minutes_signers" in audit.changes


def _locked(*_args, **_kwargs):
    from sqlalchemy.exc import OperationalError

    raise OperationalError("SELECT", {}, Exception("database is locked"))


def test_calendar_on_a_busy_database_says_so_and_stays_usable(qtbot, secretary, monkeypatch):
    from pisac_desktop.gui import operations
    from pisac_desktop.gui.admin import calendar_dialog

    shown = []
    monkeypatch.setattr(operations, "show_failure", lambda _p, title, said: shown.append(said))
    monkeypatch.setattr(calendar_dialog, "non_working_days", _locked)
    dialog = _calendar(qtbot, secretary)
    assert shown == [operations.BUSY_TEXT] and dialog.days.rowCount() == 0
    assert not dialog.ui.editDayButton.isEnabled()
    dialog.ui.yearSpin.setValue(2027)  # nothing to show yet: no crash
    monkeypatch.undo()
    dialog.load()  # once the database answers, the dialog fills
    assert dialog.days.rowCount() == 4 and "Vence el" in dialog.ui.deadlineLabel.text()


def test_editing_a_day_another_workstation_deleted(qtbot, secretary, monkeypatch):
    from pisac_desktop.gui import operations

    dialog = _calendar(qtbot, secretary)
    dialog.ui.daysView.selectRow(1)
    day_id = dialog.selected_id()
    with secretary.db.session() as s:
        s.delete(s.get(NonWorkingDay, day_id))
    shown = []
    monkeypatch.setattr(operations, "show_failure", lambda _p, title, said: shown.append(
        (title, said)))
    dialog.exec_dialog = lambda d: pytest.fail("no dialog for a day that is gone")
    assert not dialog.edit_selected()
    assert shown == [("Calendario de días hábiles",
                      "El día no laborable ya no existe (otro puesto lo eliminó).")]
    assert day_id not in dialog.day_ids  # the table shows what is there now


def test_council_settings_unread_are_not_offered_for_saving(qtbot, secretary, monkeypatch):
    from pisac_desktop.gui.admin import council_settings_dialog

    monkeypatch.setattr(council_settings_dialog, "settings_form", _locked)
    dialog = CouncilSettingsDialog(secretary)
    qtbot.addWidget(dialog)
    assert dialog.ui.messageLabel.text().startswith("La base de datos está ocupada")
    assert not dialog.ui.placeEdit.isEnabled()
    assert dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).isHidden()
