"""The drafting form of a directive (issue 11, point 5): its eight sections with counters and the
Resolución de Gerencia Municipal that approves it, instead of VISTO / CONSIDERANDO / SE
RESUELVE; the unsaved-input prompt; the keyboard; the shortcut from an issued resolution."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pisac_desktop.db.models import Instrument
from pisac_desktop.demo import demo_actor
from pisac_desktop.gui import unsaved
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.instruments.form import TABS, InstrumentFormDialog
from pisac_desktop.gui.instruments.section import InstrumentsSection
from pisac_desktop.gui.registry import module as module_spec
from pisac_desktop.instruments import directives
from pisac_desktop.instruments.issued import links_of
from pisac_desktop.instruments.register import issue, new_draft_form, save_draft
from tests.conftest import TODAY, frozen_clock
from tests.gui.test_unsaved import Answers

TEXTS = {
    "FINALIDAD": "Contar con un instrumento que regule el uso de los vehículos.",
    "OBJETIVO": "Establecer normas de uso y control.",
    "ALCANCE": "Todas las unidades orgánicas.",
    "DISPOSICIONES GENERALES": "5.1 Solo en comisión de servicio.\n5.2 Con orden de salida.",
    "DISPOSICIONES ESPECÍFICAS": "6.1 La bitácora la lleva Administración.",
    "RESPONSABILIDADES": "7.1 La Gerencia Municipal supervisa.",
}


@pytest.fixture
def manager(demo_people, spanish_qapp) -> AppContext:
    with demo_people.db.session() as s:
        actor = demo_actor(s, "wccahua")
    return AppContext(demo_people.db, demo_people.paths, actor, clock=frozen_clock())


@pytest.fixture
def answers(monkeypatch):
    return Answers(monkeypatch)


def _resolution(ctx) -> int:
    with ctx.db.session() as s:
        form = new_draft_form(s, "MANAGEMENT_RESOLUTION", TODAY)
        form.summary = "Aprobar la Directiva de uso de vehículos"
        form.articles = ["APROBAR la Directiva de uso de vehículos."]
        draft = save_draft(s, ctx.actor, form)
        return issue(s, ctx.actor, draft.id).id


def _form(qtbot, ctx, draft_id=None, kind="DIRECTIVE") -> InstrumentFormDialog:
    dialog = InstrumentFormDialog(ctx, "gerencia", draft_id, kind)
    qtbot.addWidget(dialog)
    return dialog


def _visible_tabs(dialog) -> list[str]:
    tabs = dialog.ui.tabs
    return [tabs.tabText(i).replace("&", "") for i in range(tabs.count()) if tabs.isTabVisible(i)]


def test_a_directive_is_written_in_its_sections_and_issued_with_its_approval(qtbot, manager):
    approving = _resolution(manager)
    dialog = _form(qtbot, manager)
    editor = dialog.directive
    assert _visible_tabs(dialog) == ["Datos generales", "Secciones (1 de 8)", "Notificar a (0)"]
    assert not dialog.ui.seenEdit.isVisibleTo(dialog)  # no VISTO
    assert editor.edits["BASE LEGAL"].toPlainText().startswith("4.1 Constitución Política del Perú.")
    combo = editor.ui.approvalCombo
    assert combo.count() == 2 and combo.itemText(1).startswith("N° 001-2026-GM-MDP — 21/11/2026")
    assert not dialog.has_changes()  # the template is not typing

    dialog.ui.summaryEdit.setPlainText("Normas para el uso de vehículos de la municipalidad")
    for heading, text in TEXTS.items():
        editor.edits[heading].setPlainText(text)
    assert editor.counters["OBJETIVO"].label.text() == "35 / 30.000 caracteres"
    assert editor.ui.sectionsList.item(0).text() == "✓ I. FINALIDAD"
    assert editor.ui.sectionsList.item(7).text().strip() == (
        "VIII. DISPOSICIONES COMPLEMENTARIAS (opcional)")
    assert dialog.ui.tabs.tabText(TABS["sections"]) == "Secci&ones (7 de 8)"

    assert dialog.issue_now(confirm=False) is None  # no approving resolution yet
    assert dialog.problems == ["Falta la Resolución de Gerencia Municipal que aprueba la "
                               "directiva (elíjala del registro en la pestaña Secciones)."]
    combo.setCurrentIndex(1)
    assert dialog.issue_now(confirm=False) == "DIRECTIVA N° 001-2026-GM-MDP"
    with manager.db.session() as s:
        assert links_of(s, approving) == ["Aprueba la Directiva N° 001-2026-GM-MDP"]
        stored = s.get(Instrument, dialog.draft_id)
        assert directives.read_sections(stored.articles)["OBJETIVO"] == TEXTS["OBJETIVO"]
        assert stored.seen == "" and stored.whereas == "[]"


def test_an_incomplete_directive_lists_its_missing_sections_and_keeps_the_draft(qtbot, manager):
    dialog = _form(qtbot, manager)
    dialog.ui.summaryEdit.setPlainText("Normas de prueba")
    dialog.directive.edits["FINALIDAD"].setPlainText("Ordenar.")
    assert dialog.issue_now(confirm=False) is None
    assert dialog.draft_id is not None
    assert dialog.problems[:2] == ["Falta la sección II. OBJETIVO.",
                                   "Falta la sección III. ALCANCE."]
    assert "Falta la parte resolutiva (al menos un artículo)." not in dialog.problems
    reopened = _form(qtbot, manager, dialog.draft_id, kind=None)
    assert reopened.directive.edits["FINALIDAD"].toPlainText() == "Ordenar."
    assert not reopened.has_changes()


def test_typed_sections_ask_before_they_are_dropped(qtbot, manager, answers):
    dialog = _form(qtbot, manager)
    dialog.show()
    dialog.reject()  # only the template: nothing to ask
    assert not answers.asked and not dialog.isVisible()

    dialog = _form(qtbot, manager)
    dialog.show()
    dialog.directive.edits["ALCANCE"].setPlainText("Todas las unidades orgánicas.")
    answers.queue.append(unsaved.CANCEL)
    dialog.reject()
    assert answers.asked and dialog.isVisible()
    assert dialog.directive.edits["ALCANCE"].toPlainText() == "Todas las unidades orgánicas."
    answers.queue.append(unsaved.DISCARD)
    dialog.reject()
    assert not dialog.isVisible() and dialog.draft_id is None

    # Choosing the approving resolution alone is input too.
    _resolution(manager)
    dialog = _form(qtbot, manager)
    dialog.show()
    dialog.directive.ui.approvalCombo.setCurrentIndex(1)
    answers.queue.append(unsaved.SAVE)
    dialog.reject()
    assert not dialog.isVisible() and dialog.draft_id is not None


def test_switching_the_kind_switches_the_parts_and_never_drops_sections(qtbot, manager,
                                                                       monkeypatch):
    dialog = _form(qtbot, manager, kind="MANAGEMENT_RESOLUTION")
    monkeypatch.setattr(dialog, "ask_use_template", lambda _text: True)
    assert "Secciones (0 de 8)" not in _visible_tabs(dialog)
    assert dialog.ui.seenEdit.isVisibleTo(dialog)
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("DIRECTIVE"))
    assert _visible_tabs(dialog) == ["Datos generales", "Secciones (1 de 8)", "Notificar a (0)"]
    assert not dialog.has_changes()
    dialog.directive.edits["OBJETIVO"].setPlainText("Establecer normas.")
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("MANAGEMENT_RESOLUTION"))
    # The template went away; the typed section stays in sight and is not saved as nothing.
    assert dialog.directive.edits["BASE LEGAL"].toPlainText() == ""
    assert "Secciones (1 de 8)" in _visible_tabs(dialog)
    dialog.ui.summaryEdit.setPlainText("Algo")
    dialog.ui.tabs.setCurrentIndex(TABS["general"])
    assert not dialog.save()
    assert "Solo una directiva tiene secciones" in dialog.ui.messageLabel.text()
    assert dialog.ui.tabs.currentIndex() == TABS["sections"]
    assert dialog.directive.edits["OBJETIVO"].toPlainText() == "Establecer normas."


def test_keyboard_moves_between_sections_and_the_form_fits_a_small_screen(qtbot, manager):
    dialog = _form(qtbot, manager)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.ui.tabs.setCurrentIndex(TABS["sections"])
    editor = dialog.directive
    editor.ui.sectionsList.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.ui.sectionsList)
    qtbot.keyClick(editor.ui.sectionsList, Qt.Key_Down)
    assert editor.ui.sectionsStack.currentIndex() == 1  # II. OBJETIVO
    qtbot.keyClick(editor.ui.sectionsList, Qt.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.edits["OBJETIVO"])
    qtbot.keyClick(editor.edits["OBJETIVO"], Qt.Key_Down, Qt.AltModifier)  # the shortcut
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.edits["ALCANCE"])
    assert editor.ui.sectionsList.currentRow() == 2
    editor.step(-3)  # wraps around (Alt+Up)
    assert editor.ui.sectionsList.currentRow() == 7
    # The label of each section's text has its mnemonic (Alt+X) and names its section.
    page_label = editor.edits["ALCANCE"].parentWidget().findChildren(type(editor.ui.hintLabel))[0]
    assert page_label.text() == "Te&xto de III. ALCANCE:" and page_label.buddy() is \
        editor.edits["ALCANCE"]
    # 1366×768 less the taskbar and the title bar.
    assert dialog.minimumSizeHint().height() <= 690 and dialog.minimumSizeHint().width() <= 1300
    assert dialog.height() <= 690


def test_new_directive_from_an_issued_resolution(qtbot, manager, monkeypatch):
    approving = _resolution(manager)
    section = InstrumentsSection(manager, module_spec("gerencia"))
    qtbot.addWidget(section)
    section.load()
    assert section.select_id(approving)
    assert section.newDirectiveAction.isEnabled()
    opened = []

    def fill_and_save(dialog):
        opened.append(dialog)
        assert dialog.directive.approved_by_id() == approving
        assert dialog.ui.kindCombo.currentData() == "DIRECTIVE"
        assert dialog.ui.tabs.currentIndex() == TABS["sections"]
        assert not dialog.has_changes()  # what the shortcut chose is not typing
        dialog.ui.summaryEdit.setPlainText("Normas para el uso de vehículos")
        return dialog.save()

    monkeypatch.setattr(section, "exec_dialog", fill_and_save)
    draft = section.new_directive_approved_by_selected()
    assert opened and draft is not None
    with manager.db.session() as s:
        assert directives.approval_of(s, draft).id == approving
    section.select_id(draft)  # a draft approves nothing yet: no shortcut from it
    assert not section.newDirectiveAction.isEnabled()
