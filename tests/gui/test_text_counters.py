"""Live character counters in the forms, against the limits the core enforces."""

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from pisac_desktop.gui.char_counter import OVER_STYLE, CharCounter, paragraph_spans
from pisac_desktop.gui.instruments.form import TABS, InstrumentFormDialog
from pisac_desktop.gui.secretaria.proposal_dialogs import ProposalDialog
from tests.conftest import make_ctx


@pytest.fixture
def secretary(demo_people, spanish_qapp):
    return make_ctx(demo_people, roles=("general_secretariat",))


def _counter(qtbot, limit=5000, **options):
    edit, label = QPlainTextEdit(), QLabel()
    qtbot.addWidget(edit)
    qtbot.addWidget(label)
    return edit, label, CharCounter(edit, label, limit, **options)


def test_the_counter_follows_the_typing(qtbot):
    edit, label, _counter_ = _counter(qtbot)
    assert label.text() == "0 / 5.000 caracteres"
    edit.setPlainText("  " + "a" * 1234 + "\n")  # the ends do not count, as in the core
    assert label.text() == "1.234 / 5.000 caracteres"
    assert label.styleSheet() != OVER_STYLE
    edit.setPlainText("a" * 1234 + "b" * 4000)
    assert label.text() == "5.234 / 5.000 caracteres — acorte el texto"
    assert label.styleSheet() == OVER_STYLE


def test_per_paragraph_the_counter_shows_where_the_cursor_is_or_the_one_too_long(qtbot):
    edit, label, counter = _counter(qtbot, per_paragraph=True)
    edit.setPlainText("Que, uno;\n\nQue, dos más largo;\n  \nQue, tres;")
    assert paragraph_spans(edit.toPlainText()) == [(0, 9), (11, 30), (34, 44)]
    cursor = edit.textCursor()
    cursor.setPosition(15)
    edit.setTextCursor(cursor)
    assert label.text() == "Párrafo 2: 19 / 5.000 caracteres"
    edit.moveCursor(QTextCursor.Start)
    assert label.text() == "Párrafo 1: 9 / 5.000 caracteres"
    edit.setPlainText("Que, uno;\n\nQue, dos;\n\nQue, " + "x" * 6000)
    edit.moveCursor(QTextCursor.Start)
    assert label.text() == "Párrafo 3: 6.005 / 5.000 caracteres — acorte el texto"
    assert counter.over()


def test_the_drafting_form_counts_and_the_refusal_keeps_the_text(qtbot, secretary):
    dialog = InstrumentFormDialog(secretary, "secretaria")
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.summaryCounter.text() == "0 / 2.000 caracteres"
    ui.summaryEdit.setPlainText("Aprobar el plan de trabajo de la Oficina de Registro Civil")
    assert ui.summaryCounter.text() == "58 / 2.000 caracteres"
    long_whereas = "Que, " + "el informe sustenta la necesidad del plan; " * 150  # 6.454
    ui.whereasEdit.setPlainText(ui.whereasEdit.toPlainText() + "\n\n" + long_whereas)
    ui.articlesEdit.setPlainText("APROBAR el plan de trabajo.")
    assert "Párrafo 3: 6.454 / 5.000 caracteres — acorte el texto" == ui.whereasCounter.text()
    assert ui.articlesCounter.text().startswith("Artículo 1: 27 / 5.000")
    assert ui.documentCounter.text().startswith("Documento: ")
    assert ui.documentCounter.text().endswith(" / 100.000 caracteres")

    ui.tabs.setCurrentIndex(TABS["general"])
    assert not dialog.save()
    assert ui.tabs.currentIndex() == TABS["whereas"]  # where the text to shorten is
    assert ("El párrafo 3 del CONSIDERANDO tiene 6.454 caracteres y el máximo es 5.000"
            in ui.messageLabel.text())
    assert ui.whereasEdit.toPlainText().endswith(long_whereas)  # nothing lost
    assert dialog.draft_id is None

    ui.whereasEdit.setPlainText(ui.whereasEdit.toPlainText().replace(long_whereas,
                                                                      "Que, es necesario;"))
    assert "acorte" not in ui.whereasCounter.text()
    assert dialog.save() and dialog.draft_id is not None


def test_the_proposal_dialog_counts_subject_and_support(qtbot, secretary):
    dialog = ProposalDialog(secretary)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.subjectCounter.text() == "0 / 2.000 caracteres"
    ui.subjectEdit.setPlainText("x" * 2100)
    assert ui.subjectCounter.text() == "2.100 / 2.000 caracteres — acorte el texto"
    ui.referencesEdit.setPlainText("Informe N° 045-2026-GM-MDP")
    assert ui.referencesCounter.text() == "26 / 2.000 caracteres"
    assert not dialog.save()
    assert dialog.errors.labels["subject"].text().startswith("El asunto tiene 2.100 caracteres")
    assert ui.subjectEdit.toPlainText() == "x" * 2100
