"""Gerencia Municipal > Unidades orgánicas: the units it directs, with today's head where known."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QWidget

from pisac_desktop.core.institution import unit_directory
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_org_units import Ui_OrgUnits
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.registry import ModuleSpec
from pisac_desktop.gui.table_models import ListTableModel


class OrgUnitsSection(QWidget):
    def __init__(self, ctx: AppContext, module: ModuleSpec, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_OrgUnits()
        self.ui.setupUi(self)
        self.model = ListTableModel(("Unidad orgánica", "Sigla", "Estado", "Responsable hoy"),
                                    parent=self)
        self.ui.unitsView.setModel(self.model)
        self.ui.unitsView.verticalHeader().hide()
        header = self.ui.unitsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.showInactiveCheck.toggled.connect(lambda _on: self.load())

    def load(self) -> None:
        today = self.ctx.today()
        inactive = self.ui.showInactiveCheck.isChecked()
        QueryOp(self, self.ctx.db,
                lambda s: unit_directory(s, today, include_inactive=inactive), self._show) \
            .superseding("units").run()

    def _show(self, entries) -> None:
        self.model.set_rows([
            (e.name, e.abbreviation, "Activa" if e.active else "Desactivada", e.head)
            for e in entries
        ])
