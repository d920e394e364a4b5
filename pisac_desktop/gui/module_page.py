"""One tab of the main window: a navigation list of sections and the section shown."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QListWidgetItem, QWidget

from pisac_desktop.gui import daily_actions, empty_state, icons, layout_memory, section_badges
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_module_page import Ui_ModulePage
from pisac_desktop.gui.registry import OVERVIEW, ModuleSpec, SectionSpec, sections_of


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
        nav = self.ui.sectionList
        size = nav.fontMetrics().height() + 4
        nav.setIconSize(QSize(size, size))
        nav.setItemDelegate(section_badges.SectionDelegate(nav))
        for spec in self.specs:
            item = QListWidgetItem(icons.section_icon(spec.key), spec.title)
            item.setToolTip(spec.title)
            nav.addItem(item)
        section_badges.fit_width(nav, [spec.title for spec in self.specs])
        nav.currentRowChanged.connect(self.show_section)
        # Nothing is loaded until the tab is shown (activate): start-up loads one tab only.

    def activate(self) -> None:
        """The tab became visible: open the section this person had open last (the first, the
        Resumen, the first time), or bring the current one up to date."""
        if self.ui.sectionList.currentRow() < 0:
            self.ui.sectionList.setCurrentRow(self.last_row())
        else:
            self.refresh()

    def last_row(self) -> int:
        last = layout_memory.read(self.ctx, f"secciones/{self.module.key}")
        return next((i for i, s in enumerate(self.specs) if s.key == last), 0)

    def show_section(self, row: int) -> QWidget | None:
        if not 0 <= row < len(self.specs):
            return None
        spec = self.specs[row]
        widget = self.widgets.get(spec.key)
        if widget is None:  # sections are built the first time they are opened
            widget = spec.controller_class()(self.ctx, self.module)
            widget.setObjectName(f"{self.module.key}_{spec.key}")
            icons.decorate_buttons(widget)
            daily_actions.mark_shortcuts(widget, self.window())
            widget.empty_states = empty_state.attach_all(widget)
            self.widgets[spec.key] = widget
            self.ui.sectionStack.addWidget(widget)
            # its dividers, columns, sort and tab as this person left them
            layout_memory.remember_layout(widget, widget.objectName(), self.ctx)
        widget.load()
        if spec.key != OVERVIEW:  # the Resumen brings the badges itself (show_badges)
            self.refresh_badges()
        self.ui.sectionStack.setCurrentWidget(widget)
        layout_memory.write(self.ctx, f"secciones/{self.module.key}", spec.key)
        if self.ui.sectionList.currentRow() != row:
            self.ui.sectionList.setCurrentRow(row)
        return widget

    def select(self, key: str) -> QWidget | None:
        return self.show_section(next(i for i, s in enumerate(self.specs) if s.key == key))

    def refresh(self) -> None:
        current = self.ui.sectionStack.currentWidget()
        if current is not None:
            current.load()
            if current is not self.widgets.get(OVERVIEW):
                self.refresh_badges()

    # --- the navigation's badges -----------------------------------------------------------
    def refresh_badges(self) -> None:
        """Count what waits in each section, in a worker; a later count supersedes."""
        from pisac_desktop.gui.operations import QueryOp
        from pisac_desktop.gui.registry import pending_by_section

        today = self.ctx.today()
        specs = [s for s in self.specs if s.pending]
        QueryOp(self, self.ctx.db, lambda session: pending_by_section(session, today, specs),
                self.show_badges).failure(lambda _message, _exc: None) \
            .superseding("badges").run()

    def show_badges(self, pending: dict[str, list]) -> None:
        """pending: the items of each section key (the Resumen's answer, or refresh_badges')."""
        for row, spec in enumerate(self.specs):
            if spec.pending is None:
                continue
            badge = section_badges.Badge.of(pending.get(spec.key, []))
            section_badges.set_badge(self.ui.sectionList, row, spec.title, badge)
        self.ui.sectionList.viewport().update()
