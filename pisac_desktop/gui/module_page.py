"""One tab of the main window: a navigation list of sections and the section shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QListWidgetItem, QSizePolicy, QStyle, QWidget

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
        nav.setItemDelegate(section_badges.SectionDelegate(nav))
        for spec in self.specs:
            item = QListWidgetItem(icons.section_icon(spec.key), spec.title)
            item.setToolTip(spec.title)
            nav.addItem(item)
        self._fit_navigation()
        nav.currentRowChanged.connect(self.show_section)
        # the stack fills the scroll area, and scrolls only below the section's minimum size
        self.ui.sectionScroll.installEventFilter(self)
        self.ui.sectionStack.installEventFilter(self)
        # Nothing is loaded until the tab is shown (activate): start-up loads one tab only.

    def _fit_navigation(self) -> None:
        """Icons as tall as the text, the list as wide as its titles (again when the text
        size changes: Ver › Aumentar el texto)."""
        nav = self.ui.sectionList
        size = nav.fontMetrics().height() + 4
        nav.setIconSize(QSize(size, size))
        section_badges.fit_width(nav, [spec.title for spec in self.specs],
                                 layout_memory.text_scale())

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.FontChange:
            self._fit_navigation()
        super().changeEvent(event)

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
        spec, nav = self.specs[row], self.ui.sectionList
        if nav.currentRow() != row:  # asked by select(): the list's signal shows it, once
            nav.setCurrentRow(row)
            return self.widgets.get(spec.key)
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
        self._only_shown_counts(widget)
        self.ui.sectionStack.setCurrentWidget(widget)
        layout_memory.write(self.ctx, f"secciones/{self.module.key}", spec.key)
        return widget

    def _only_shown_counts(self, shown: QWidget) -> None:
        """The sections not shown do not make the window wider or taller (a stacked widget is
        as large as its largest page); the one shown scrolls if its text is too large."""
        for widget in self.widgets.values():
            policy = QSizePolicy.Preferred if widget is shown else QSizePolicy.Ignored
            widget.setSizePolicy(policy, policy)
        self._fit_stack()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Resize, QEvent.LayoutRequest):
            self._fit_stack()
        return False

    def _fit_stack(self) -> None:
        """The section as large as the scroll area shows, never below its minimum size: then
        a scroll bar (only where it does not fit; a QScrollArea that resizes its widget itself
        would make it as tall as its word-wrapped labels like, and always scroll)."""
        scroll, stack = self.ui.sectionScroll, self.ui.sectionStack
        least = stack.minimumSizeHint().expandedTo(stack.minimumSize())
        room = scroll.maximumViewportSize()
        width, height = room.width(), room.height()
        bar = scroll.style().pixelMetric(QStyle.PM_ScrollBarExtent)
        if least.width() > width:
            height -= bar
        if least.height() > height:
            width -= bar
            if least.width() > width and least.width() <= room.width():
                height -= bar
        size = QSize(max(width, least.width()), max(height, least.height()))
        if stack.size() != size:
            stack.resize(size)

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
            .superseding("badges").quiet().run()

    def show_badges(self, pending: dict[str, list]) -> None:
        """pending: the items of each section key (the Resumen's answer, or refresh_badges')."""
        for row, spec in enumerate(self.specs):
            if spec.pending is None:
                continue
            badge = section_badges.Badge.of(pending.get(spec.key, []))
            section_badges.set_badge(self.ui.sectionList, row, spec.title, badge)
        self.ui.sectionList.viewport().update()
