"""One tab of the main window: a navigation list of sections and the section shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_module_page import Ui_ModulePage
from pisac_desktop.gui.registry import ModuleSpec, SectionSpec, sections_of


class ModulePage(QWidget):
    def __init__(self, ctx: AppContext, module: ModuleSpec, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.module = module
        self.ui = Ui_ModulePage()
        self.ui.setupUi(self)
        self.setObjectName(f"{module.key}Page")
        self.specs: list[SectionSpec] = [s for s in sections_of(module.key)
                                          if s.shown_to(ctx.actor)]
        self.widgets: dict[str, QWidget] = {}
        for spec in self.specs:
            self.ui.sectionList.addItem(spec.title)
        self.ui.sectionList.currentRowChanged.connect(self.show_section)
        # Nothing is loaded until the tab is shown (activate): start-up loads one tab only.

    def activate(self) -> None:
        """The tab became visible: open its first section, or bring the current one up to date."""
        if self.ui.sectionList.currentRow() < 0:
            self.ui.sectionList.setCurrentRow(0)
        else:
            self.refresh()

    def show_section(self, row: int) -> QWidget | None:
        if not 0 <= row < len(self.specs):
            return None
        spec = self.specs[row]
        widget = self.widgets.get(spec.key)
        if widget is None:  # sections are built the first time they are opened
            widget = spec.controller_class()(self.ctx, self.module)
            widget.setObjectName(f"{self.module.key}_{spec.key}")
            self.widgets[spec.key] = widget
            self.ui.sectionStack.addWidget(widget)
        widget.load()
        self.ui.sectionStack.setCurrentWidget(widget)
        if self.ui.sectionList.currentRow() != row:
            self.ui.sectionList.setCurrentRow(row)
        return widget

    def select(self, key: str) -> QWidget | None:
        return self.show_section(next(i for i, s in enumerate(self.specs) if s.key == key))

    def refresh(self) -> None:
        current = self.ui.sectionStack.currentWidget()
        if current is not None:
            current.load()
