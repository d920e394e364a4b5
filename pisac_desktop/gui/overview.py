"""The overview page of a module: today's date and year name, what is pending, its sections."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QHeaderView, QWidget

from pisac_desktop.core.institution import PendingItem, configuration_pending, year_name_for
from pisac_desktop.gui import look
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_overview import Ui_Overview
from pisac_desktop.gui.navigation import open_in_page
from pisac_desktop.gui.registry import OVERVIEW, ModuleSpec, sections_of
from pisac_desktop.gui.setup_checklist import SetupChecklist, may_set_up
from pisac_desktop.gui.table_models import ALARM_MARK, HighlightedRowsModel
from pisac_desktop.moving_in.checklist import setup_checklist
from pisac_desktop.spanish.dates import long_date_with_weekday

URGENT_MARK = ALARM_MARK + " "  # overdue in the greeting: red and this mark, as in the lists
GREETING_ITEMS = 4  # what the greeting names, the overdue first


def greeting(hour: int, full_name: str) -> str:
    """'Buenos días, Marleny' by the hour of the day, with the person's first name."""
    salute = "Buenos días" if 5 <= hour < 12 else "Buenas tardes" if 12 <= hour < 19 \
        else "Buenas noches"
    first = (full_name or "").split()
    return f"{salute}, {first[0]}" if first else salute


def most_urgent(items: list[PendingItem], limit: int = GREETING_ITEMS) -> list[int]:
    """The rows the greeting names: the overdue ones first, then the others, in their order."""
    order = sorted(range(len(items)), key=lambda i: (not items[i].urgent, i))
    return order[:limit]


class OverviewSection(QWidget):
    def __init__(self, ctx: AppContext, module: ModuleSpec, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.module = module
        self.ui = Ui_Overview()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(module.title)
        self.pending_model = HighlightedRowsModel(("Pendiente", "Cantidad", "Detalle"),
                                                  parent=self)
        self.ui.pendingView.setModel(self.pending_model)
        header = self.ui.pendingView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.pendingView.verticalHeader().hide()
        self.targets: list[tuple[str | None, PendingItem]] = []  # (section key, item) per row
        self.ui.pendingView.activated.connect(lambda index: self.open_pending(index.row()))
        self.ui.pendingView.clicked.connect(lambda index: self.open_pending(index.row()))
        self.ui.pendingView.setToolTip("Pulse una fila para abrir lo que nombra.")
        self.ui.greetingLabel.linkActivated.connect(
            lambda link: self.open_pending(int(link.removeprefix("row:"))))
        self.setup = SetupChecklist(self)

    def load(self) -> None:
        """Read the year name and what is pending in a worker (operations.QueryOp); the page
        fills when the answer arrives, and a later load supersedes one still running."""
        from pisac_desktop.gui.operations import QueryOp

        today = self.ctx.today()
        actor = self.ctx.actor
        sections = [s for s in sections_of(self.module.key)
                    if s.key != OVERVIEW and s.shown_to(actor)]
        checking = may_set_up(actor)
        backups = self.ctx.paths.backups

        def read(session):
            info = year_name_for(session, today.year)
            targets = [(None, p) for p in configuration_pending(session, today)]
            for spec in sections:
                if spec.pending:
                    targets.extend((spec.key, p) for p in spec.pending(session, today))
            return info, targets, setup_checklist(session, today, backups) if checking else []

        self.ui.pendingGroup.setTitle("Pendientes (consultando…)")
        QueryOp(self, self.ctx.db, read, lambda got: self._show(today, sections, *got)) \
            .failure(self._failed).superseding("load").run()

    def _failed(self, message: str, _exc: BaseException) -> None:
        self.ui.pendingGroup.setTitle("Pendientes")
        self.ui.warningLabel.setText(message)
        self.ui.warningLabel.setVisible(True)

    def _show(self, today, sections, info, targets, checklist) -> None:
        self.setup.show(checklist)
        self.targets = targets
        pending = [p for _key, p in targets]
        year_text = f" — «{info.text}»" if info.text else ""
        self.ui.dateLabel.setText(
            f"Hoy es {long_date_with_weekday(today)}{year_text}.\n{self.module.description}"
        )
        self.ui.warningLabel.setText(info.warning or "")
        self.ui.warningLabel.setVisible(bool(info.warning))
        self.pending_model.set_flagged_rows(
            [(p.label, p.count, p.detail) for p in pending],  # the model marks the flagged
            [p.urgent for p in pending],
            ["Vencido: pulse para abrirlo" if p.urgent else "" for p in pending])
        self.ui.pendingGroup.setTitle(f"Pendientes ({sum(p.count for p in pending)})")
        self._show_greeting(pending)
        page = getattr(self.window(), "pages", {}).get(self.module.key)
        if page is not None:  # the navigation's badges, from the same answer
            by_key: dict[str, list[PendingItem]] = {}
            for key, item in targets:
                if key is not None:
                    by_key.setdefault(key, []).append(item)
            page.show_badges(by_key)
        self.ui.pendingView.setVisible(bool(pending))
        self.ui.nothingPendingLabel.setVisible(not pending)
        if sections:
            items = "".join(
                f"<li><b>{escape(s.title)}</b>: {escape(s.description)}</li>" for s in sections
            )
            self.ui.sectionsLabel.setText(f"<ul style='margin-left:-20px'>{items}</ul>")
        else:
            self.ui.sectionsLabel.setText(
                "Este módulo aún no tiene otras secciones; se agregan con las próximas versiones."
            )

    def _show_greeting(self, pending: list[PendingItem]) -> None:
        """'Buenas tardes, Marleny.' and, as links, what most needs doing."""
        hello = escape(greeting(self.ctx.clock.now().hour, self.ctx.actor.full_name))
        if not pending:
            self.ui.greetingLabel.setText(f"{hello}. No hay nada pendiente en este módulo.")
            return
        links = []
        for row in most_urgent(pending):
            item = pending[row]
            text = escape(f"{item.label} ({item.count})")
            if item.urgent:
                text = f"<span style='color:{look.URGENT}'>{URGENT_MARK}{text}</span>"
            links.append(f"<a href='row:{row}' style='text-decoration:none'>{text}</a>")
        self.ui.greetingLabel.setText(f"{hello}. Lo primero de hoy: " + " · ".join(links))

    def open_pending(self, row: int) -> QWidget | None:
        """Open what a pending row names: its section, and in it the first record it names
        (a session on the tab of the pending step); the institution's settings for what the
        configuration lacks."""
        if not 0 <= row < len(self.targets):
            return None
        key, item = self.targets[row]
        window = self.window()
        if key is None:
            opener = getattr(window, "open_institution_settings", None)
            if opener is not None:
                opener()
            return None
        page = getattr(window, "pages", {}).get(self.module.key)
        if page is None:
            return None
        return open_in_page(page, key, item.target, item.place)
