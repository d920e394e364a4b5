"""Secretaría General > Autoridades y concejo: who held each post on a date, and the council."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QHeaderView, QWidget

from pisac_desktop.domain.council import council_on
from pisac_desktop.domain.dates import long_date, short_date
from pisac_desktop.domain.institution import POSTS, holder_on, post_label
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_authorities import Ui_Authorities
from pisac_desktop.gui.registry import ModuleSpec
from pisac_desktop.gui.table_models import ListTableModel


class AuthoritiesSection(QWidget):
    def __init__(self, ctx: AppContext, module: ModuleSpec, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_Authorities()
        self.ui.setupUi(self)
        self.holders = ListTableModel(
            ("Cargo", "Titular", "DNI", "Desde", "Hasta", "Designación"), parent=self
        )
        self.council = ListTableModel(("Cargo", "Nombre", "DNI", "Organización política"),
                                      parent=self)
        for view, model in ((self.ui.holdersView, self.holders),
                            (self.ui.councilView, self.council)):
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
        today = ctx.today()
        self.ui.dateEdit.setDate(QDate(today.year, today.month, today.day))
        self.ui.dateEdit.dateChanged.connect(lambda _d: self.load())

    def load(self) -> None:
        on = self.ui.dateEdit.date().toPython()
        self.ui.longDateLabel.setText(long_date(on))
        rows = []
        with self.ctx.db.session() as session:
            for code in POSTS:
                holder = holder_on(session, code, on)
                if holder is None:
                    rows.append((post_label(code), "(vacante: registre al titular en "
                                 "Configuración > Datos de la institución)", "", "", "", ""))
                else:
                    rows.append((
                        post_label(code, holder.feminine),
                        f"{holder.title} {holder.full_name}".strip(), holder.dni,
                        short_date(holder.start_date), short_date(holder.end_date) or "—",
                        holder.designation,
                    ))
            council = council_on(session, on)
        self.holders.set_rows(rows)
        if council is None:
            self.ui.councilLabel.setText(
                f"No hay un período municipal registrado que comprenda el {long_date(on)}."
            )
            self.council.set_rows([])
        else:
            self.ui.councilLabel.setText(
                f"Período municipal {council.term_label}: número legal {council.legal_number} "
                f"(el alcalde y {council.legal_number - 1} regidores)."
            )
            self.council.set_rows(
                [(m.role_label, m.name, m.dni, m.political_party) for m in council.members]
            )
