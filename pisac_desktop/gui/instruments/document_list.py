"""The list half of the documents section: the filters, the paged query behind the table,
the selection kept across reloads and the status line under the list."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QHeaderView

from pisac_desktop.core.validators import thousands
from pisac_desktop.gui.column_fit import fit_columns
from pisac_desktop.gui.combos import refill_with_all
from pisac_desktop.gui.instruments.list_model import DATE_COLUMN, InstrumentTableModel
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.instruments import search as instrument_search
from pisac_desktop.instruments.detail import kind_label
from pisac_desktop.instruments.directives import is_directive
from pisac_desktop.instruments.kinds import kinds
from pisac_desktop.instruments.register import STATE_LABELS
from pisac_desktop.instruments.search import InstrumentFilter, InstrumentRow

SEARCH_DELAY_MS = 350
FIRST_FOUND = object()  # select the first row the search found


class DocumentList:
    """Mixin of InstrumentsSection: the filters and the list of documents."""

    _searched = ""  # the words of the last search (a new search selects its first row)

    def _setup_list(self) -> None:
        self.model = InstrumentTableModel(self)
        view = self.ui.instrumentsView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        header.setHighlightSections(False)
        header.setSortIndicator(DATE_COLUMN, Qt.DescendingOrder)
        view.setSortingEnabled(True)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        self.columns = fit_columns(view, f"documentos-{self.module_key}", self.ctx,
                                   stretch=3)  # Sumilla
        self._set_column_widths(["Resolución de Alcaldía"])
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([760, 340])

        self.ui.stateCombo.addItem("Todos", None)
        for code, label in STATE_LABELS.items():
            self.ui.stateCombo.addItem(label, code)
        today = self.ctx.today()
        self.ui.fromDateEdit.setDate(QDate(today.year, 1, 1))
        self.ui.toDateEdit.setDate(qdate(today))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        for combo in (self.ui.kindCombo, self.ui.yearCombo, self.ui.stateCombo):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.ui.datesCheck.toggled.connect(self._dates_toggled)
        self.ui.fromDateEdit.dateChanged.connect(self._typing)
        self.ui.toDateEdit.dateChanged.connect(self._typing)
        self.ui.searchEdit.textChanged.connect(self._typing)
        self.ui.clearFiltersButton.clicked.connect(lambda: self.clear_filters())
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        view.doubleClicked.connect(self._double_clicked)
        self.model.rowsInserted.connect(self._update_status)
        self.model.ended.connect(self._update_status)
        self.model.resorted.connect(self._resorted)

    # --- loading -----------------------------------------------------------------------------
    def load(self, select_id: int | None = None, reveal: bool = False,
             status: str | None = None) -> None:
        """(Re)read the filter lists and the documents, keeping filters and selection. Read in
        a worker: the list fills when they arrive. select_id: the document to select then
        (reveal: clearing the filters if they hide it); status: the line to show then."""
        module = self.module_key

        def read(session):
            module_kinds = kinds(session, module)
            return ([(k.code, kind_label(k.title)) for k in module_kinds],
                    next((k.code for k in module_kinds if is_directive(k)), None),
                    instrument_search.years(session))

        QueryOp(self, self.ctx.db, read,
                lambda got: self._loaded(*got, select_id, reveal, status)) \
            .superseding("kinds").failure(self._list_failed).run()

    def search_for(self, text: str, select_id: int | None = None) -> None:
        """From the search box over everything: the other filters cleared, this text in the
        box, the list read again and the document selected (a document's number text finds
        it, and the documents that cite it)."""
        self._filling = True
        try:
            for combo in (self.ui.kindCombo, self.ui.yearCombo, self.ui.stateCombo):
                combo.setCurrentIndex(0)
            self.ui.datesCheck.setChecked(False)
            self.ui.searchEdit.setText(text)
        finally:
            self._filling = False
        self.load(select_id, reveal=select_id is not None)

    def show_drafts(self) -> None:
        """From the Tablero de gestión: the drafts waiting to be issued."""
        index = self.ui.stateCombo.findData("draft")
        if index >= 0:
            self.ui.stateCombo.setCurrentIndex(index)  # applies the filters

    def _loaded(self, module_kinds: list[tuple[str, str]], directive_kind: str | None,
                years: list[int], select_id: int | None, reveal: bool,
                status: str | None) -> None:
        self._directive_kind = directive_kind
        years = sorted(set(years) | {self.ctx.today().year}, reverse=True)
        if not self._kinds_loaded:
            self._set_column_widths([label for _code, label in module_kinds])
            self._kinds_loaded = True
        self._filling = True
        try:
            refill_with_all(self.ui.kindCombo, "Todos", module_kinds)
            refill_with_all(self.ui.yearCombo, "Todos", [(y, str(y)) for y in years])
        finally:
            self._filling = False
        self.ui.newDraftButton.setEnabled(self.can_draft())
        self.apply_filters(select_id, reveal, status)

    def _list_failed(self, message: str, _exc: BaseException) -> None:
        self.ui.statusLabel.setText(message)

    def _set_column_widths(self, _kind_labels: list[str]) -> None:
        """By content, or the widths this person set (gui/layout_memory.py)."""
        self.columns.fit()

    def current_filter(self) -> InstrumentFilter:
        kind = self.ui.kindCombo.currentData()
        state = self.ui.stateCombo.currentData()
        dates = self.ui.datesCheck.isChecked()
        return InstrumentFilter(
            kind_codes=(kind,) if kind else (),
            module=self.module_key,
            year=self.ui.yearCombo.currentData(),
            states=(state,) if state else (),
            date_from=self.ui.fromDateEdit.date().toPython() if dates else None,
            date_to=self.ui.toDateEdit.date().toPython() if dates else None,
            text=self.ui.searchEdit.text(),
            sort=self.model.sort_key,
            descending=self.model.descending,
        )

    def apply_filters(self, select_id: int | None = None, reveal: bool = False,
                      status: str | None = None) -> None:
        """Query again with what the filters say now; keep (or move to) a selection. The count
        and the first page are read in a worker; the list shows them when they arrive (see
        load() for reveal and status)."""
        self._search_timer.stop()
        self._read_error = ""
        keep = select_id if select_id is not None else self.shown_id
        flt = self.current_filter()
        limit = self.model.page_size
        # Other words looked for: the document found is selected (its detail and actions at
        # hand; instrument_search.first_found), unless a given document is to be shown.
        searched = self._searched
        self._searched = flt.text.strip()
        if select_id is None and self._searched and self._searched != searched:
            keep = FIRST_FOUND

        def read(session) -> tuple[int, list[InstrumentRow]]:
            total = instrument_search.count(session, flt)
            return total, instrument_search.search(session, flt, 0, limit, total)

        def failed(message: str, _exc: BaseException) -> None:
            self.model.set_source(None)
            self.ui.statusLabel.setText(message)

        QueryOp(self, self.ctx.db, read,
                lambda got: self._filtered(flt, *got, keep, reveal, status)) \
            .superseding("list").failure(failed).run()

    def _filtered(self, flt: InstrumentFilter, total: int, first: list[InstrumentRow],
                  keep: int | None, reveal: bool, status: str | None) -> None:
        self.total = total
        self.model.set_source(lambda *page: self._fetch_page(flt, *page), first)
        self._update_status()
        if keep is FIRST_FOUND:
            found = instrument_search.first_found(first, flt.text)
            keep = found.id if found is not None else None
        if not self.select_id(keep) and reveal and keep is not None:
            # Outside the filters: show everything so the document just worked on is visible.
            self.clear_filters(keep, status)
        elif status:
            self.ui.statusLabel.setText(status)

    def _fetch_page(self, flt: InstrumentFilter, offset: int, limit: int, sort: str,
                    descending: bool, deliver) -> None:
        """The next page as the view scrolls (or in another order), read in a worker: one
        short unit of work per page, nothing stays open while the person reads."""
        page_filter = replace(flt, sort=sort, descending=descending)
        total = self.total  # of this filter (the order does not change it)

        def failed(message: str, _exc: BaseException) -> None:
            self._read_error = message
            self.ui.statusLabel.setText(message)
            deliver(None)

        QueryOp(self, self.ctx.db,
                lambda session: instrument_search.search(session, page_filter, offset, limit,
                                                         total),
                deliver).failure(failed).run()

    def select_id(self, instrument_id: int | None) -> bool:
        """Select the document if it is among the rows read so far (else clear the panel)."""
        view = self.ui.instrumentsView
        position = self.model.position_of(instrument_id) if instrument_id is not None else -1
        if position < 0:
            view.clearSelection()
            view.setCurrentIndex(QModelIndex())
            self.show_detail(None)
            return False
        index = self.model.index(position, 0)
        view.setCurrentIndex(index)
        view.selectRow(position)
        view.scrollTo(index)
        self.show_detail(instrument_id)
        return True

    def _resorted(self) -> None:
        self._update_status()
        self.select_id(self.shown_id)

    def _update_status(self, *_args) -> None:
        if self._read_error:
            self.ui.statusLabel.setText(self._read_error)
            return
        flt = self.current_filter()
        shown = self.model.rowCount()
        if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
            text = "La primera fecha es posterior a la segunda: no hay documentos en ese rango."
        elif not self.total:
            text = "No hay documentos que cumplan los filtros."
        elif instrument_search.is_capped(self.total):
            many = thousands(instrument_search.COUNT_CAP)
            text = (f"{shown} documentos." if self.model.exhausted else
                    f"Más de {many} documentos contienen esas palabras; se muestran los "
                    f"primeros {shown}, los más recientes. Agregue otra palabra o un filtro "
                    "para acotar, o desplácese hacia abajo para ver más.")
        elif shown >= self.total or self.model.exhausted:
            text = "1 documento." if self.total == 1 else f"{self.total} documentos."
        else:
            text = (f"Se muestran los primeros {shown} de {self.total} documentos; desplácese "
                    "hacia abajo para ver más.")
        self.ui.statusLabel.setText(text)

    # --- filters -----------------------------------------------------------------------------
    def _filters_changed(self, *_args) -> None:
        if not self._filling:
            self.apply_filters()

    def _typing(self, *_args) -> None:
        # Text and dates change key by key: wait until the person pauses.
        if not self._filling:
            self._search_timer.start()

    def _dates_toggled(self, on: bool) -> None:
        self.ui.fromDateEdit.setEnabled(on)
        self.ui.toDateEdit.setEnabled(on)
        self._filters_changed()

    def clear_filters(self, select_id: int | None = None, status: str | None = None) -> None:
        self._filling = True
        try:
            for combo in (self.ui.kindCombo, self.ui.yearCombo, self.ui.stateCombo):
                combo.setCurrentIndex(0)
            self.ui.datesCheck.setChecked(False)
            self.ui.searchEdit.clear()
        finally:
            self._filling = False
        self.apply_filters(select_id, status=status)
