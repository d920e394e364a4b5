"""Secretaría General > Autoridades y concejo: who held each post on a date, and the council that
day: each member's status (hábil, con licencia, suspendido, vacado), the número legal, the members
hábiles and the quorum; a member's history, and recording a status period."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHeaderView, QWidget

from pisac_desktop.core.institution import POSTS, holder_on, post_label
from pisac_desktop.core.permissions import Permission
from pisac_desktop.council.members import (
    STATUS_LABELS,
    CouncilView,
    MemberView,
    council_on,
    day_served,
    member_statuses,
)
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_authorities import Ui_Authorities
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.gui.registry import ModuleSpec
from pisac_desktop.gui.secretaria.member_status import MemberStatusDialog
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.gui.table_models import ListTableModel
from pisac_desktop.spanish.dates import long_date, short_date


def council_summary(council: CouncilView, on) -> str:
    """'Período municipal 2023-2026 ... número legal 6; hábiles 5; quórum 3'."""
    not_able = [m for m in council.members if not m.able]
    text = (f"Período municipal {council.term_label}. El {long_date(on)}: "
            f"<b>número legal {council.legal_number}</b> (el alcalde y "
            f"{council.legal_number - 1} regidores); <b>miembros hábiles "
            f"{council.able_count}</b>; <b>quórum {council.quorum}</b> (la mitad más uno de "
            "los hábiles).")
    if not_able:
        text += " No hábiles: " + "; ".join(
            f"{html.escape(m.name)} ({m.status_label.lower()})" for m in not_able) + "."
    return text


class AuthoritiesSection(SectionBase, QWidget):
    def __init__(self, ctx: AppContext, module: ModuleSpec, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_Authorities()
        self.ui.setupUi(self)
        self.holders = ListTableModel(
            ("Cargo", "Titular", "DNI", "Desde", "Hasta", "Designación"), parent=self
        )
        self.council = ListTableModel(("Cargo", "Nombre", "Situación", "DNI",
                                       "Organización política"), parent=self)
        self.history = ListTableModel(("Situación", "Desde", "Hasta", "Documento",
                                       "Registrado por"), parent=self)
        self.members: list[MemberView] = []
        self._select_next: int | None = None  # the member to select when the council is read
        for view, model in ((self.ui.holdersView, self.holders),
                            (self.ui.councilView, self.council),
                            (self.ui.historyView, self.history)):
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
        history_header = self.ui.historyView.horizontalHeader()
        history_header.setStretchLastSection(False)
        history_header.setSectionResizeMode(3, QHeaderView.Stretch)  # the document, elided
        self.ui.councilSplitter.setSizes([700, 480])
        today = ctx.today()
        self.ui.dateEdit.setDate(qdate(today))
        self.ui.dateEdit.dateChanged.connect(lambda _d: self.load())
        self.ui.councilView.selectionModel().currentRowChanged.connect(self._member_changed)
        self.ui.statusButton.clicked.connect(self.record_status)
        self.ui.statusButton.setVisible(ctx.actor.can(Permission.COUNCIL))
        self.ui.statusButton.setEnabled(False)

    @property
    def on(self):
        return self.ui.dateEdit.date().toPython()

    def load(self) -> None:
        """The post holders and the council on the date chosen, read in a worker."""
        on = self.on
        self.ui.longDateLabel.setText(long_date(on))
        QueryOp(self, self.ctx.db, lambda s: (_holder_rows(s, on), council_on(s, on)),
                lambda got: self._show(on, *got)).superseding("load").run()

    def load_and_select(self, member_id: int) -> None:
        """From the search box over everything: the council on a day the member served (today
        if they serve now), the member selected with their history."""
        today = self.ctx.today()
        QueryOp(self, self.ctx.db, lambda s: day_served(s, member_id, today),
                lambda on: self._show_member_on(member_id, on)).superseding("member").run()

    def _show_member_on(self, member_id: int, on) -> None:
        if on is None:
            return
        self._select_next = member_id
        self.ui.dateEdit.blockSignals(True)
        self.ui.dateEdit.setDate(qdate(on))
        self.ui.dateEdit.blockSignals(False)
        self.load()

    def _show(self, on, rows: list[tuple], council: CouncilView | None) -> None:
        keep = self.selected_member()
        chosen, self._select_next = self._select_next, None
        self.holders.set_rows(rows)
        if council is None:
            self.ui.councilLabel.setText(
                f"No hay un período municipal registrado que comprenda el {long_date(on)}."
            )
            self.members = []
        else:
            self.ui.councilLabel.setText(council_summary(council, on))
            self.members = list(council.members)
        self.council.set_rows([(m.role_label, m.name, m.status_label, m.dni, m.political_party)
                               for m in self.members])
        self.select_member(chosen or (keep.id if keep else None))

    # --- one member --------------------------------------------------------------------------
    def selected_member(self) -> MemberView | None:
        index = self.ui.councilView.currentIndex()
        return self.members[index.row()] if index.isValid() else None

    def select_member(self, member_id: int | None) -> bool:
        position = next((i for i, m in enumerate(self.members) if m.id == member_id), -1)
        if position < 0:
            self.ui.councilView.setCurrentIndex(QModelIndex())
            self.show_history(None)
            return False
        self.ui.councilView.selectRow(position)
        self.show_history(self.members[position])
        return True

    def _member_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_history(self.members[current.row()] if current.isValid() else None)

    def show_history(self, member: MemberView | None) -> None:
        self.ui.statusButton.setEnabled(member is not None)
        if member is None:
            self.ui.historyLabel.setText("Elija un miembro para ver su historial de licencias, "
                                         "suspensiones y vacancias.")
            self.history.set_rows([])
            return
        member_id = member.id
        QueryOp(self, self.ctx.db, lambda s: _history_rows(s, member_id),
                lambda rows: self._show_history(member, rows)).superseding("history").run()

    def _show_history(self, member: MemberView, rows: list[tuple]) -> None:
        self.ui.historyLabel.setText(
            f"Historial de {member.name}" + ("" if rows else
                                            ": siempre hábil (sin licencias, suspensiones ni "
                                            "vacancias registradas)."))
        self.history.set_rows(rows)

    # --- recording a period ------------------------------------------------------------------
    def record_status(self) -> bool:
        member = self.selected_member()
        if member is None:
            return False
        dialog = MemberStatusDialog(self.ctx, member, self.on, self)
        if not self.exec_dialog(dialog):
            return False
        self.load()
        return True


def _holder_rows(session, on) -> list[tuple]:
    """Worker: one row per post, its holder on the date (or vacant)."""
    rows = []
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
    return rows


def _history_rows(session, member_id: int) -> list[tuple]:
    """Worker: the member's status periods, as rows."""
    return [(STATUS_LABELS.get(p.status, p.status), short_date(p.start_date),
             short_date(p.end_date) or "(sin término)", p.document, p.recorded_by)
            for p in member_statuses(session, member_id)]
