"""The Secciones tab of the drafting form, for a directive: the Resolución de Gerencia Municipal
that approves it (chosen from the register) and one editor per fixed section, each with its
character counter. Kept apart from form.py: the form only places it and reads it.

Keyboard: the list of sections moves with the arrows, Tab goes to the section's text (and on
out of it), Alt+Down / Alt+Up go to the next / previous section from anywhere in the tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pisac_desktop.core.validators import SECTION_MAX
from pisac_desktop.gui.char_counter import CharCounter
from pisac_desktop.gui.forms.ui_directive_sections import Ui_DirectiveSectionsWidget
from pisac_desktop.instruments.directives import SECTIONS, ApprovalChoice, numbered

NO_APPROVAL = "(sin elegir: la resolución que aprueba la directiva)"
NO_RESOLUTIONS = ("Aún no hay Resoluciones de Gerencia Municipal emitidas: puede guardar el "
                  "borrador, pero para emitir la directiva primero se emite la resolución que "
                  "la aprueba.")


class DirectiveSectionsWidget(QWidget):
    changed = Signal()  # any section's text or the approval changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DirectiveSectionsWidget()
        self.ui.setupUi(self)
        self.ui.sectionsSplitter.setSizes([300, 600])
        self.edits: dict[str, QPlainTextEdit] = {}
        self.counters: dict[str, CharCounter] = {}
        self.template: dict[str, str] = {}
        for section in SECTIONS:
            self._add_page(section)
        self.ui.sectionsList.currentRowChanged.connect(self.ui.sectionsStack.setCurrentIndex)
        self.ui.sectionsList.setCurrentRow(0)
        self.ui.approvalCombo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for key, step in ((Qt.ALT | Qt.Key_Down, 1), (Qt.ALT | Qt.Key_Up, -1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step(step))
        # Tab: resolution, list, then the text of the section shown (the others are hidden).
        chain = [self.ui.approvalCombo, self.ui.sectionsList, *self.edits.values()]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        self._refresh_marks()

    def _add_page(self, section) -> None:
        page = QWidget()
        page.setObjectName(f"sectionPage{len(self.edits) + 1}")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        title = numbered(section.heading) + ("" if section.required else " (opcional)")
        label = QLabel(f"Te&xto de {title}:")
        edit = QPlainTextEdit()
        edit.setObjectName(f"sectionEdit{len(self.edits) + 1}")
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(section.hint)
        edit.setAccessibleName(title)
        label.setBuddy(edit)
        counter = QLabel()
        counter.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        layout.addWidget(label)
        layout.addWidget(edit, 1)
        layout.addWidget(counter)
        self.ui.sectionsStack.addWidget(page)
        QListWidgetItem(title, self.ui.sectionsList)
        self.edits[section.heading] = edit
        self.counters[section.heading] = CharCounter(edit, counter, SECTION_MAX)
        edit.textChanged.connect(self._refresh_marks)
        edit.textChanged.connect(self.changed.emit)

    # --- values -------------------------------------------------------------------------------
    def set_choices(self, choices: list[ApprovalChoice]) -> None:
        combo = self.ui.approvalCombo
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(NO_APPROVAL, None)
            for choice in choices:
                combo.addItem(choice.label, choice.id)
                combo.setItemData(combo.count() - 1, choice.summary, Qt.ToolTipRole)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        finally:
            combo.blockSignals(False)
        self.ui.approvalHintLabel.setText("" if choices else NO_RESOLUTIONS)
        self.ui.approvalHintLabel.setVisible(not choices)

    def set_values(self, sections: dict[str, str], approved_by_id: int | None) -> None:
        for heading, edit in self.edits.items():
            edit.setPlainText(sections.get(heading, ""))
        self.set_approval(approved_by_id)

    def set_approval(self, approved_by_id: int | None) -> bool:
        """Choose the approving resolution; False if it is not among the choices."""
        position = self.ui.approvalCombo.findData(approved_by_id) if approved_by_id else 0
        self.ui.approvalCombo.setCurrentIndex(max(position, 0))
        return position >= 0

    def fill_template(self, template: dict[str, str]) -> None:
        """A new draft changed kind: the new kind's template (a directive's BASE LEGAL) replaces
        the old one where nothing was typed over it (another kind: no template, so empty)."""
        for heading, edit in self.edits.items():
            if edit.toPlainText().strip() == self.template.get(heading, "").strip():
                edit.setPlainText(template.get(heading, ""))
        self.template = dict(template)

    def sections(self) -> dict[str, str]:
        return {heading: edit.toPlainText() for heading, edit in self.edits.items()}

    def approved_by_id(self) -> int | None:
        return self.ui.approvalCombo.currentData()

    def has_typed(self) -> bool:
        """Something typed or chosen here beyond the template."""
        return self.approved_by_id() is not None or any(
            text.strip() != self.template.get(heading, "").strip()
            for heading, text in self.sections().items())

    def filled(self) -> int:
        return sum(1 for text in self.sections().values() if text.strip())

    def tab_title(self) -> str:
        return f"Secci&ones ({self.filled()} de {len(SECTIONS)})"

    # --- navigation ---------------------------------------------------------------------------
    def show_section(self, heading: str) -> None:
        row = list(self.edits).index(heading)
        self.ui.sectionsList.setCurrentRow(row)

    def step(self, step: int) -> None:
        """The next (1) or previous (-1) section, its text focused."""
        row = (self.ui.sectionsList.currentRow() + step) % len(self.edits)
        self.ui.sectionsList.setCurrentRow(row)
        list(self.edits.values())[row].setFocus(Qt.ShortcutFocusReason)

    def _refresh_marks(self) -> None:
        for row, section in enumerate(SECTIONS):
            item = self.ui.sectionsList.item(row)
            text = self.edits[section.heading].toPlainText().strip()
            title = numbered(section.heading)
            if text:
                item.setText(f"✓ {title}")
                item.setToolTip("Escrita")
            else:
                item.setText(f"   {title} " + ("(falta)" if section.required else "(opcional)"))
                item.setToolTip("Obligatoria: falta escribirla" if section.required
                                else "Opcional")
