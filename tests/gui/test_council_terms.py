"""Configuración › Concejo Municipal: terms and their members (issue 5, "Council members")."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Role
from pisac_desktop.council.members import council_on
from pisac_desktop.council.terms import MemberRow, TermForm, save_term, term_form, terms
from pisac_desktop.db.models import CouncilMember
from pisac_desktop.gui.admin.council_terms_dialog import CouncilTermsDialog

ADMIN = Actor(None, "prueba", "Prueba", frozenset({Role.ADMIN}), "PC")


def _set_cell(model, row, key, value):
    index = model.index(row, model.column_of(key))
    role = Qt.CheckStateRole if model.columns[index.column()].kind == "bool" else Qt.EditRole
    assert model.setData(index, value, role)


def _members(n_regidores=5, since_last=""):
    rows = [MemberRow(role="mayor", full_name="Rosa Quispe Mamani", dni="40000001",
                      feminine=True)]
    for i in range(n_regidores):
        rows.append(MemberRow(full_name=f"Regidor Número {i + 1}", dni=f"4100000{i}"))
    return rows


def test_a_new_term_with_its_members_counts_on_any_date(opened):
    with opened.db.session() as s:
        term_id = save_term(s, ADMIN, TermForm(2027, 2030, 5, _members()))
        council = council_on(s, dt.date(2027, 3, 1))
        assert council.term_id == term_id
        assert (council.legal_number, council.able_count, council.quorum) == (6, 6, 4)
        assert council.mayor.role_label == "Alcaldesa"


def test_a_replacement_joins_when_the_vacated_regidor_leaves(opened):
    """An accesitario replaces a vacated regidor: never more regidores than seats at once."""
    with opened.db.session() as s:
        rows = _members()
        rows[5].until = "30/06/2028"
        rows.append(MemberRow(full_name="Accesitario Uno", dni="42000000", since="15/06/2028"))
        with pytest.raises(ValidationFailed, match="más de 5 regidores"):
            save_term(s, ADMIN, TermForm(2027, 2030, 5, rows))
        rows[-1].since = "01/07/2028"
        save_term(s, ADMIN, TermForm(2027, 2030, 5, rows))
        before = council_on(s, dt.date(2028, 6, 30))
        after = council_on(s, dt.date(2028, 7, 1))
        assert "Regidor Número 5" in [m.name for m in before.members]
        assert "Accesitario Uno" in [m.name for m in after.members]
        assert len(after.members) == 6


def test_bad_rows_are_refused_with_cell_errors(opened):
    with opened.db.session() as s:
        rows = _members()
        rows[1].dni = "123"
        rows[2].full_name = " "
        rows[3].since = "31/02/2027"
        rows[4].dni = rows[5].dni
        with pytest.raises(ValidationFailed) as refused:
            save_term(s, ADMIN, TermForm(2027, 2030, 5, rows))
        cells = {(e.row, e.field) for e in refused.value.errors}
        assert {(1, "dni"), (2, "full_name"), (3, "since"), (5, "dni")} <= cells


def test_overlapping_terms_and_missing_mayor_are_refused(demo_people):
    with demo_people.db.session() as s:
        with pytest.raises(ValidationFailed, match="Se superpone con el período 2023-2026"):
            save_term(s, ADMIN, TermForm(2026, 2029, 5, _members()))
        with pytest.raises(ValidationFailed, match="Falta el alcalde"):
            save_term(s, ADMIN, TermForm(2027, 2030, 5, _members()[1:]))


def test_a_member_with_history_is_not_deleted(demo_people):
    from pisac_desktop.db.models import Attendance, CouncilSession

    with demo_people.db.session() as s:
        term = terms(s)[0]
        form = term_form(s, term.id)
        member_id = form.members[-1].id
        session = CouncilSession(term_id=term.id, kind="ordinary", year=2026, number=1,
                                 session_date=dt.date(2026, 3, 2), start_time="10:00",
                                 place="Salón", created_by="x",
                                 created_at=dt.datetime(2026, 3, 1))
        s.add(session)
        s.flush()
        s.add(Attendance(session_id=session.id, member_id=member_id, status="present"))
        s.flush()
        form.members.pop()
        with pytest.raises(DomainError, match="no se elimina"):
            save_term(s, ADMIN, form, term.id)
        assert s.get(CouncilMember, member_id) is not None


def test_only_the_institution_editors_change_the_council(opened):
    reader = Actor(None, "lector", "Lector", frozenset({Role.READ_ONLY}), "PC")
    with opened.db.session() as s, pytest.raises(DomainError, match="no tiene permiso"):
        save_term(s, reader, TermForm(2027, 2030, 5, _members()))


def test_dialog_saves_a_term_and_keeps_typed_data_on_errors(qtbot, ctx):
    dialog = CouncilTermsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.startYearSpin.setValue(2023)
    dialog.ui.endYearSpin.setValue(2026)
    model = dialog.members
    _set_cell(model, 0, "full_name", "Julián Quispe Huamán")
    _set_cell(model, 0, "dni", "2345")  # bad
    row = model.append_row()
    _set_cell(model, row, "full_name", "Nilda Huamán Ttito")
    _set_cell(model, row, "dni", "41234567")
    _set_cell(model, row, "feminine", Qt.Checked)
    assert not dialog.save()
    assert model.error_at(0, "dni") == "El DNI debe tener exactamente 8 dígitos."
    assert "8 dígitos" in dialog.ui.messageLabel.text()
    assert model.rows[1].full_name == "Nilda Huamán Ttito"  # nothing typed was lost
    _set_cell(model, 0, "dni", "23456789")
    assert dialog.save(), dialog.ui.messageLabel.text()
    assert dialog.ui.termCombo.currentText() == "2023-2026"
    assert dialog.ui.legalNumberLabel.text().startswith("Número legal del concejo: 6")
    with ctx.db.session() as s:
        council = council_on(s, dt.date(2026, 1, 5))
        assert [m.role_label for m in council.members] == ["Alcalde", "Regidora"]


@pytest.mark.usefixtures("unsettled_operations")
def test_the_dialog_reads_in_workers_and_says_saved_once_shown_again(qtbot, demo_people,
                                                                     spanish_qapp):
    from pisac_desktop.gui.operations import wait_idle
    from tests.conftest import make_ctx

    dialog = CouncilTermsDialog(make_ctx(demo_people))
    qtbot.addWidget(dialog)
    assert wait_idle()
    assert dialog.ui.termCombo.currentText() == "2023-2026" and dialog.term_id is not None
    model = dialog.members
    _set_cell(model, 0, "title", "Ing.")
    assert dialog.save()
    assert wait_idle()  # the saved term is read again, then said saved
    assert model.rows[0].title == "Ing." and not dialog.has_changes()
    assert dialog.ui.messageLabel.text() == "Guardado."
    dialog.ui.newTermButton.click()
    assert wait_idle()
    assert (dialog.term_id, dialog.ui.startYearSpin.value()) == (None, 2027)
    assert dialog.ui.messageLabel.text().startswith("Período nuevo")
