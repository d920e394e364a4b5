"""Secretaría General > Propuestas de agenda: the proposals of the regidores, the gerencia
municipal and the alcaldía (ROF art. 56), with what became of each one. The Gerencia Municipal's
"Propuestas al concejo" (gui/gerencia/proposals.py) is this section limited to its own.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from pisac_desktop.core.permissions import Permission
from pisac_desktop.council import proposals
from pisac_desktop.council.proposals import (
    MANAGEMENT,
    PROPOSER_LABELS,
    STATE_LABELS,
    ProposalFilter,
    ProposalRow,
)
from pisac_desktop.council.states import Action
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.enabling import enable
from pisac_desktop.gui.forms.ui_proposals_section import Ui_ProposalsSection
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.secretaria.proposal_dialogs import (
    IncludeDialog,
    ProposalDialog,
    ReasonDialog,
)
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.gui.table_models import ListTableModel
from pisac_desktop.spanish.dates import long_date, short_date


def detail_html(row: ProposalRow) -> str:
    def line(caption: str, value: str) -> str:
        return f"<p><b>{caption}:</b> {html.escape(value) if value else '—'}</p>"

    parts = [line("Propone", row.proposer_name),
             line("Recibida el", long_date(row.received_on)),
             line("Asunto", row.subject),
             line("Sustento", row.references),
             line("Estado", row.state_label)]
    if row.reason_caption and row.state_reason:
        parts.append(line(row.reason_caption, row.state_reason))
    parts.append(line("Registrada por el usuario", row.created_by))
    return "".join(parts)


class ProposalsSection(SectionBase, QWidget):
    MANAGEMENT_ONLY = False
    TITLE = "Propuestas de agenda"
    HINT = ("Las propuestas de los regidores, de la gerencia municipal y de la alcaldía para la "
            "agenda del concejo, que la Secretaría General canaliza (ROF art. 56): se incluyen "
            "en la agenda de una sesión programada, se observan para que se corrijan, o se "
            "devuelven.")
    REGISTER_TEXT = "&Registrar propuesta…"
    EDIT_TEXT = "&Corregir…"
    OBSERVED_EDIT_TEXT = "&Corregir (subsanar)…"

    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.module = module
        self.ui = Ui_ProposalsSection()
        self.ui.setupUi(self)
        ui = self.ui
        ui.titleLabel.setText(self.TITLE)
        ui.hintLabel.setText(self.HINT)
        ui.registerButton.setText(self.REGISTER_TEXT)
        self.rows: list[ProposalRow] = []
        self.current: ProposalRow | None = None
        self._filling = False

        self.model = ListTableModel(("Recibida", "Propone", "Asunto", "Estado"), parent=self)
        view = ui.proposalsView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        metrics = view.fontMetrics()
        # The subject takes the rest; long names and states elide (tooltip: the whole text).
        for column, sample in ((0, "00/00/0000"), (1, "Regidora Nilda Rosa Huamán"),
                               (3, "En agenda: Extraordinaria N° 00-0000" if self.MANAGEMENT_ONLY
                                else "En agenda: Ordinaria N° 00-0000")):
            view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([800, 320])

        ui.stateCombo.addItem("Todas", None)
        for code, label in STATE_LABELS.items():
            ui.stateCombo.addItem(label, code)
        ui.proposerCombo.addItem("Todos", None)
        for code, label in PROPOSER_LABELS.items():
            ui.proposerCombo.addItem(label, code)
        if self.MANAGEMENT_ONLY:
            ui.proposerLabel.hide()
            ui.proposerCombo.hide()
            view.hideColumn(1)  # all of them are the gerencia's
            for button in (ui.includeButton, ui.observeButton, ui.returnButton):
                button.hide()
        for combo in (ui.stateCombo, ui.proposerCombo, ui.yearCombo):
            combo.currentIndexChanged.connect(self._filters_changed)
        ui.searchEdit.textChanged.connect(self._filters_changed)
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        view.doubleClicked.connect(lambda _i: self.edit_selected())
        ui.registerButton.clicked.connect(self.register)
        ui.includeButton.clicked.connect(self.include_selected)
        ui.observeButton.clicked.connect(lambda: self.answer_selected("observe"))
        ui.returnButton.clicked.connect(lambda: self.answer_selected("return"))
        ui.editButton.clicked.connect(self.edit_selected)
        self.show_detail(None)

    # --- permissions -------------------------------------------------------------------------
    def can(self, permission: Permission) -> bool:
        return self.ctx.actor.can(permission)

    def may_edit(self, row: ProposalRow | None) -> bool:
        return row is not None and Action.EDIT_PROPOSAL in row.allowed(self.ctx.actor)

    # --- loading -----------------------------------------------------------------------------
    def current_filter(self) -> ProposalFilter:
        ui = self.ui
        state = ui.stateCombo.currentData()
        return ProposalFilter(
            states=(state,) if state else (),
            proposer_kind=MANAGEMENT if self.MANAGEMENT_ONLY else ui.proposerCombo.currentData(),
            year=ui.yearCombo.currentData(), text=ui.searchEdit.text())

    def load(self, then=None) -> None:
        """Read the years, then the list (each in a worker); then() once the list is shown."""
        today = self.ctx.today()
        QueryOp(self, self.ctx.db, lambda s: proposals.years(s),
                lambda years: self._show_years(years, today, then)) \
            .failure(self._read_failed).superseding("years").run()

    def _read_failed(self, message: str, _exc: BaseException) -> None:
        self.ui.statusLabel.setText(message)

    def _show_years(self, years: list[int], today, then) -> None:
        years = sorted(set(years) | {today.year}, reverse=True)
        combo = self.ui.yearCombo
        keep = combo.currentData()
        self._filling = True
        try:
            combo.clear()
            combo.addItem("Todos", None)
            for year in years:
                combo.addItem(str(year), year)
            combo.setCurrentIndex(max(combo.findData(keep), 0))
        finally:
            self._filling = False
        self.apply_filters(then=then)

    def apply_filters(self, select_id: int | None = None, then=None) -> None:
        """Read the list for the filters in a worker (a later read supersedes it), keep the
        selection (or choose `select_id`), then then()."""
        keep = select_id if select_id is not None else (self.current.id if self.current
                                                         else None)
        wanted = self.current_filter()
        QueryOp(self, self.ctx.db, lambda s: proposals.search(s, wanted),
                lambda rows: self._show_rows(rows, keep, then)) \
            .failure(self._read_failed).superseding("list").run()

    def _show_rows(self, rows: list[ProposalRow], keep: int | None, then) -> None:
        self.rows = rows
        self.model.set_rows([(short_date(r.received_on), r.proposer_short,
                              " ".join(r.subject.split()), r.state_short) for r in self.rows])
        self._update_status()
        self.select_id(keep)
        if then is not None:
            then()

    def _update_status(self) -> None:
        n = len(self.rows)
        pending = sum(1 for r in self.rows
                      if (r.observed if self.MANAGEMENT_ONLY else r.received))
        text = ("No hay propuestas que cumplan los filtros." if not n
                else "1 propuesta." if n == 1 else f"{n} propuestas.")
        if pending:
            text += (f" Observadas por corregir: {pending}." if self.MANAGEMENT_ONLY
                     else f" Por atender (recibidas): {pending}.")
        self.ui.statusLabel.setText(text)

    def _filters_changed(self, *_args) -> None:
        if not self._filling:
            self.apply_filters()

    # --- selection and detail ----------------------------------------------------------------
    def select_id(self, proposal_id: int | None) -> bool:
        view = self.ui.proposalsView
        position = next((i for i, r in enumerate(self.rows) if r.id == proposal_id), -1)
        if position < 0:
            view.clearSelection()
            view.setCurrentIndex(QModelIndex())
            self.show_detail(None)
            return False
        view.setCurrentIndex(self.model.index(position, 0))
        view.selectRow(position)
        self.show_detail(self.rows[position])
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_detail(self.rows[current.row()] if current.isValid() else None)

    def show_detail(self, row: ProposalRow | None) -> None:
        self.current = row
        ui = self.ui
        if row is None:
            ui.headingLabel.setText("Ninguna propuesta seleccionada")
            ui.detailLabel.setText("Elija una propuesta de la lista para ver su estado.")
        else:
            ui.headingLabel.setText(f"Propuesta recibida el {short_date(row.received_on)}")
            ui.detailLabel.setText(detail_html(row))
        allowed = row.allowed(self.ctx.actor) if row is not None else None
        ui.registerButton.setEnabled(self.can(Permission.PROPOSE_AGENDA))
        enable(ui.includeButton, allowed, Action.INCLUDE_PROPOSAL)
        enable(ui.observeButton, allowed, Action.OBSERVE_PROPOSAL)
        enable(ui.returnButton, allowed, Action.RETURN_PROPOSAL)
        enable(ui.editButton, allowed, Action.EDIT_PROPOSAL)
        ui.editButton.setText(self.OBSERVED_EDIT_TEXT if row is not None and row.observed
                              else self.EDIT_TEXT)

    # --- actions -----------------------------------------------------------------------------
    def _open(self, build) -> QDialog | None:
        dialog = build()
        if dialog.unreadable:  # the proposal could not be read (said already): show it anew
            self.load()
            return None
        return dialog

    def _after(self, dialog: QDialog | None, message: str = "") -> bool:
        """Run the dialog; when it saved, reload, select its proposal and say what was done."""
        if dialog is None or not self.exec_dialog(dialog):
            return False
        proposal_id, message = dialog.proposal_id, message or dialog.done_message

        def show_it() -> None:
            if self.select_id(proposal_id):
                self.ui.statusLabel.setText(message)
            else:  # outside the filters: show everything
                self._clear_filters(lambda: (self.select_id(proposal_id),
                                             self.ui.statusLabel.setText(message)))

        self.load(show_it)
        return True

    def _clear_filters(self, then=None) -> None:
        self._filling = True
        try:
            for combo in (self.ui.stateCombo, self.ui.proposerCombo, self.ui.yearCombo):
                combo.setCurrentIndex(0)
            self.ui.searchEdit.clear()
        finally:
            self._filling = False
        self.apply_filters(then=then)

    def register(self) -> bool:
        dialog = self._open(lambda: ProposalDialog(self.ctx, None, self.MANAGEMENT_ONLY, self))
        return self._after(dialog, "Se envió la propuesta a la Secretaría General."
                           if self.MANAGEMENT_ONLY else "Se registró la propuesta como recibida.")

    def edit_selected(self) -> bool:
        row = self.current
        if not self.may_edit(row):
            return False
        dialog = self._open(lambda: ProposalDialog(self.ctx, row.id, self.MANAGEMENT_ONLY, self))
        return self._after(dialog, "Se reenvió la propuesta corregida."
                           if row.observed else "Se guardó la propuesta.")

    def include_selected(self) -> bool:
        row = self.current
        if row is None:
            return False
        return self._after(self._open(lambda: IncludeDialog(self.ctx, row.id, self)))

    def answer_selected(self, mode: str) -> bool:
        row = self.current
        if row is None:
            return False
        return self._after(self._open(lambda: ReasonDialog(self.ctx, row.id, mode, self)))
