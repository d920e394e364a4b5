"""The dialogs that hold typed input ask before Cancel, Esc or closing drops it (issue 11,
Pantallas 1), through the one prompt of gui/unsaved.py: every FormDialog (agenda item,
delivery, minute book, proposal, non-working day, actions on documents...), the drafting form,
the kinds of document, the user form, the institution and the council."""

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from pisac_desktop.db.models import NonWorkingDay
from pisac_desktop.gui import unsaved
from pisac_desktop.gui.admin.calendar_dialog import NonWorkingDayDialog
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.instruments.kinds_dialog import InstrumentKindsDialog
from pisac_desktop.gui.unsaved import Unsaved, UnsavedDialog
from tests.conftest import make_ctx
from tests.gui.test_unsaved import Answers


@pytest.fixture
def answers(monkeypatch):
    return Answers(monkeypatch)


@pytest.fixture
def clerk(demo_people, spanish_qapp):
    return make_ctx(demo_people)


def _day_dialog(qtbot, ctx):
    dialog = NonWorkingDayDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_form_dialog_untouched_closes_without_asking(qtbot, clerk, answers):
    dialog = _day_dialog(qtbot, clerk)
    dialog.ui.buttonBox.rejected.emit()
    assert not dialog.isVisible() and dialog.result() == QDialog.Rejected
    assert not answers.asked


def test_a_form_dialog_cancel_keeps_discard_drops_save_saves(qtbot, clerk, answers):
    dialog = _day_dialog(qtbot, clerk)
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("local"))
    dialog.ui.nameEdit.setText("Aniversario del distrito")
    assert dialog.has_changes()
    answers.queue.append(unsaved.CANCEL)
    dialog.reject()  # Esc and the window's close button come here too
    assert dialog.isVisible() and dialog.ui.nameEdit.text() == "Aniversario del distrito"
    assert answers.asked == ["Hay cambios sin guardar."]

    answers.queue.append(unsaved.SAVE)
    dialog.reject()
    assert not dialog.isVisible() and dialog.result() == QDialog.Accepted
    with clerk.db.session() as s:
        assert s.scalar(select(NonWorkingDay.name).where(NonWorkingDay.id == dialog.day_id)) \
            == "Aniversario del distrito"

    dialog = _day_dialog(qtbot, clerk)
    dialog.ui.nameEdit.setText("Otro cierre")
    answers.queue.append(unsaved.DISCARD)
    dialog.reject()
    assert not dialog.isVisible() and dialog.result() == QDialog.Rejected
    with clerk.db.session() as s:
        assert s.scalar(select(NonWorkingDay).where(NonWorkingDay.name == "Otro cierre")) \
            is None


def test_saving_refused_keeps_the_dialog_open(qtbot, clerk, answers):
    dialog = _day_dialog(qtbot, clerk)
    dialog.ui.sourceEdit.setText("D.S. N° 011-2026-PCM")  # no kind, no name: refused
    answers.queue.append(unsaved.SAVE)
    dialog.reject()
    assert dialog.isVisible() and dialog.ui.sourceEdit.text() == "D.S. N° 011-2026-PCM"
    assert dialog.errors.labels["name"].text().startswith("Indique el nombre")


def test_every_editor_dialog_uses_the_shared_prompt():
    """Each dialog class that edits goes through gui/unsaved.py (no private prompt)."""
    from pisac_desktop.gui.admin import accounts, council_terms_dialog, institution_dialog
    from pisac_desktop.gui.council import dialogs, minutes_tab
    from pisac_desktop.gui.instruments import actions, form
    from pisac_desktop.gui.secretaria import member_status, minute_books, proposal_dialogs

    editors = [institution_dialog.InstitutionDialog, council_terms_dialog.CouncilTermsDialog,
               form.InstrumentFormDialog, InstrumentKindsDialog, accounts.UserFormDialog,
               accounts.ChangePasswordDialog, dialogs.ItemDialog, dialogs.DeliveryDialog,
               dialogs.RescheduleDialog, dialogs.ReasonDialog, dialogs.PostponeDialog,
               minutes_tab.ApproveDialog, minutes_tab.RegisterDialog, actions.AnnulDialog,
               actions.CertifyDialog, actions.PublicationDialog, actions.ReceiptDialog,
               minute_books.MinuteBookDialog, proposal_dialogs.ProposalDialog,
               proposal_dialogs.IncludeDialog, proposal_dialogs.ReasonDialog,
               member_status.MemberStatusDialog, NonWorkingDayDialog]
    for editor in editors:
        assert issubclass(editor, UnsavedDialog), editor
        assert editor.reject is UnsavedDialog.reject, editor
    assert issubclass(FormDialog, UnsavedDialog)
    from pisac_desktop.gui.council.common import SessionTab
    assert issubclass(SessionTab, Unsaved)


def test_kinds_dialog_switching_the_kind(qtbot, clerk, answers):
    dialog = InstrumentKindsDialog(clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.ui.numberFormatEdit.text()
    dialog.ui.kindList.setCurrentRow(1)  # nothing typed: no question
    assert not answers.asked
    dialog.ui.kindList.setCurrentRow(0)
    dialog.ui.closingEdit.setText("Regístrese, comuníquese y archívese.")
    answers.queue.append(unsaved.CANCEL)
    dialog.ui.kindList.setCurrentRow(1)
    assert dialog.ui.kindList.currentRow() == 0
    assert dialog.ui.closingEdit.text() == "Regístrese, comuníquese y archívese."
    answers.queue.append(unsaved.DISCARD)
    dialog.ui.kindList.setCurrentRow(1)
    assert dialog.ui.kindList.currentRow() == 1
    dialog.ui.kindList.setCurrentRow(0)
    assert dialog.ui.closingEdit.text() != "Regístrese, comuníquese y archívese."
    assert dialog.ui.numberFormatEdit.text() == first
    dialog.ui.closingEdit.setText("Regístrese, comuníquese y archívese.")
    answers.queue.append(unsaved.SAVE)
    dialog.ui.kindList.setCurrentRow(1)
    assert dialog.ui.kindList.currentRow() == 1
    dialog.ui.kindList.setCurrentRow(0)
    assert dialog.ui.closingEdit.text() == "Regístrese, comuníquese y archívese."
    assert len(answers.asked) == 3


def test_user_form_asks_before_dropping_a_new_account(qtbot, demo_people, spanish_qapp,
                                                      answers):
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.gui.admin.accounts import UserFormDialog

    with demo_people.db.session() as s:
        admin = demo_actor(s)
    form = UserFormDialog(demo_people.db, admin, None)
    qtbot.addWidget(form)
    form.show()
    form.ui.fullNameEdit.setText("Rocío Quispe Mamani")
    answers.queue.append(unsaved.CANCEL)
    form.reject()
    assert form.isVisible() and form.ui.fullNameEdit.text() == "Rocío Quispe Mamani"
    answers.queue.append(unsaved.DISCARD)
    form.reject()
    assert not form.isVisible()


def test_a_closed_dialog_is_not_asked_about_when_the_window_closes(qtbot, clerk, answers):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    dialog = NonWorkingDayDialog(clerk, parent=window)
    dialog.show()
    dialog.ui.nameEdit.setText("Cierre")
    dialog.done(0)  # closed by code (e.g. the screenshots): its input went with it
    assert unsaved.settle_all(window) and not answers.asked
    dialog.show()
    answers.queue.append(unsaved.CANCEL)
    assert not unsaved.settle_all(window) and answers.asked
