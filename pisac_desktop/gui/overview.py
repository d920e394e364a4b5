"""The overview page of a module: today's date and year name, what is pending, its sections."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QHeaderView, QWidget

from pisac_desktop.domain.dates import long_date_with_weekday
from pisac_desktop.domain.institution import configuration_pending, year_name_for
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_overview import Ui_Overview
from pisac_desktop.gui.registry import OVERVIEW, ModuleSpec, sections_of
from pisac_desktop.gui.table_models import ListTableModel


class OverviewSection(QWidget):
    def __init__(self, ctx: AppContext, module: ModuleSpec, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.module = module
        self.ui = Ui_Overview()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(module.title)
        self.pending_model = ListTableModel(("Pendiente", "Cantidad", "Detalle"), parent=self)
        self.ui.pendingView.setModel(self.pending_model)
        header = self.ui.pendingView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.pendingView.verticalHeader().hide()

    def load(self) -> None:
        today = self.ctx.today()
        sections = [s for s in sections_of(self.module.key) if s.key != OVERVIEW]
        with self.ctx.db.session() as session:
            info = year_name_for(session, today.year)
            pending = list(configuration_pending(session, today))
            for spec in sections:
                if spec.pending:
                    pending.extend(spec.pending(session, today))
        year_text = f" — «{info.text}»" if info.text else ""
        self.ui.dateLabel.setText(
            f"Hoy es {long_date_with_weekday(today)}{year_text}.\n{self.module.description}"
        )
        self.ui.warningLabel.setText(info.warning or "")
        self.ui.warningLabel.setVisible(bool(info.warning))
        self.pending_model.set_rows([(p.label, p.count, p.detail) for p in pending])
        self.ui.pendingGroup.setTitle(f"Pendientes ({sum(p.count for p in pending)})")
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
