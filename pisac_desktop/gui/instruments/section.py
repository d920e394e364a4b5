"""Secretaría General > Normas y resoluciones; Gerencia Municipal > Resoluciones y directivas.

A paged, sortable list of the module's documents (the query pages and sorts, never the whole
table in memory), a detail panel for the selected one, and the actions of its life: drafting,
issuing, annulment, certified copies, publication, receipts, preview and printing. Buttons
follow the state and the permissions; the domain checks both again.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Permission
from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.column_widths import fit_columns
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.enabling import enable
from pisac_desktop.gui.errors import database_problem
from pisac_desktop.gui.forms.ui_instruments_section import Ui_InstrumentsSection
from pisac_desktop.gui.instruments.actions import (
    AnnulDialog,
    CertifyDialog,
    PublicationDialog,
    ReceiptDialog,
)
from pisac_desktop.gui.instruments.form import (
    InstrumentFormDialog,
    confirm_issue,
    issue_check,
    issue_draft,
)
from pisac_desktop.gui.instruments.notifications import PartiesDialog, parties_html
from pisac_desktop.gui.instruments.tools import LinkDialog, NextNumberDialog, RegisterDialog
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.gui.table_models import PagedTableModel
from pisac_desktop.instruments import search as instrument_search
from pisac_desktop.instruments.detail import (
    InstrumentDetail,
    certification_choices,
    instrument_detail,
    kind_label,
)
from pisac_desktop.instruments.directives import APPROVING_KIND, is_directive
from pisac_desktop.instruments.notifications import parties_of
from pisac_desktop.instruments.register import (
    MODULE_PERMISSION,
    STATE_LABELS,
    delete_draft,
    kinds,
)
from pisac_desktop.instruments.search import (
    PAGE_SIZE,
    InstrumentFilter,
    InstrumentRow,
)
from pisac_desktop.instruments.states import Action as InstrumentAction
from pisac_desktop.spanish.dates import short_date

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 350
COLUMNS = (("Número", "number"), ("Tipo", "kind"), ("Fecha", "date"), ("Sumilla", "summary"),
           ("Estado", "state"))
DATE_COLUMN = 2
TITLES = {
    "secretaria": ("Normas y resoluciones",
                   "Ordenanzas, acuerdos y resoluciones de concejo, decretos y resoluciones de "
                   "alcaldía: la Secretaría General los numera, certifica, publica y distribuye "
                   "(ROF art. 56). El número se da al emitir y nunca se repite."),
    "gerencia": ("Resoluciones y directivas",
                 "Resoluciones de Gerencia Municipal y directivas (ROF art. 32). El número se da "
                 "al emitir y nunca se repite; un documento emitido ya no se modifica."),
}
ANNULLED_COLOR = QColor("#8a1c1c")
DRAFT_COLOR = QColor("#555555")

Fetch = Callable[[int, int, str, bool], list[InstrumentRow]]  # offset, limit, sort, descending


def short_number(row: InstrumentRow) -> str:
    """'N° 045-2026-MDP/A' (the kind is in its own column); drafts have none yet."""
    if row.number is None:
        return "(sin número)"
    text = row.number_text
    return text[len(row.kind_title):].strip() if text.startswith(row.kind_title) else text


class InstrumentTableModel(PagedTableModel):
    """Rows of the search, fetched a page at a time; sort() asks the query again."""

    resorted = Signal()
    column_count = len(COLUMNS)

    def __init__(self, parent=None):
        super().__init__(PAGE_SIZE, parent)
        self.sort_key = "date"
        self.descending = True

    def next_page(self, fetch: Fetch, rows: list[InstrumentRow],
                  limit: int) -> list[InstrumentRow]:
        return fetch(len(rows), limit, self.sort_key, self.descending)

    def position_of(self, instrument_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == instrument_id), -1)

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        key, descending = COLUMNS[column][1], order == Qt.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        if self._fetch is not None:
            self.set_source(self._fetch)
            self.resorted.emit()

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return COLUMNS[section][0]
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole:
            return "Pulse para ordenar por esta columna; otra vez para invertir el orden"
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return (short_number(row), kind_label(row.kind_title), short_date(row.doc_date),
                    " ".join(row.summary.split()), row.state_label)[column]
        if role == Qt.ToolTipRole:
            return row.number_text if column == 0 else row.summary if column == 3 else None
        if role == Qt.ForegroundRole:
            if row.state == instrument_search.ANNULLED:
                return QBrush(ANNULLED_COLOR)
            if row.state == instrument_search.DRAFT:
                return QBrush(DRAFT_COLOR)
        if role == Qt.FontRole and row.state == instrument_search.DRAFT and column in (0, 4):
            font = QFont()
            font.setItalic(True)
            return font
        return None


class InstrumentsSection(SectionBase, QWidget):
    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.module = module
        self.module_key: str = getattr(module, "key", module)
        self.ui = Ui_InstrumentsSection()
        self.ui.setupUi(self)
        title, hint = TITLES.get(self.module_key, (getattr(module, "title", ""), ""))
        self.ui.titleLabel.setText(title)
        self.ui.hintLabel.setText(hint)
        self.total = 0
        self.detail: InstrumentDetail | None = None
        self.parties = []  # the selected document's interested parties (PartyView)
        self._filling = False
        self._kinds_loaded = False
        self._directive_kind: str | None = None  # the module's directive kind, if it has one
        self._read_error = ""

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
        self.columns = fit_columns(view, f"documentos-{self.module_key}", ctx, stretch=3)  # Sumilla
        self._set_column_widths(["Resolución de Alcaldía"])
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([760, 340])

        self.ui.stateCombo.addItem("Todos", None)
        for code, label in STATE_LABELS.items():
            self.ui.stateCombo.addItem(label, code)
        today = ctx.today()
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
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        view.doubleClicked.connect(self._double_clicked)
        self.model.rowsInserted.connect(self._update_status)
        self.model.resorted.connect(self._resorted)

        self.ui.newDraftButton.clicked.connect(self.new_draft)
        self.ui.editDraftButton.clicked.connect(self.edit_selected)
        self.ui.issueButton.clicked.connect(lambda: self.issue_selected(confirm=True))
        self.ui.annulButton.clicked.connect(lambda: self.run_action(AnnulDialog))
        self.ui.certifyButton.clicked.connect(lambda: self.run_action(CertifyDialog))
        self.ui.publishButton.clicked.connect(lambda: self.run_action(PublicationDialog))
        self.ui.receiptButton.clicked.connect(lambda: self.run_action(ReceiptDialog))
        self.ui.previewButton.clicked.connect(self.preview_selected)
        self._add_more_menu()
        self._add_section_buttons()
        self.show_detail(None)

    def _add_section_buttons(self) -> None:
        """Under the list: the register book and the yearly export."""
        self.registerButton = QPushButton("Registro y exportación…", self.ui.listPane)
        self.registerButton.setObjectName("registerButton")
        self.registerButton.setAutoDefault(False)
        self.registerButton.setToolTip("Registro de un tipo y año (PDF o Excel) y exportación "
                                       "del año para el archivo")
        self.registerButton.clicked.connect(self.open_register_dialog)
        self.ui.listButtonsLayout.addWidget(self.registerButton)
        self.nextNumberButton = QPushButton("Fijar el siguiente número…", self.ui.listPane)
        self.nextNumberButton.setObjectName("nextNumberButton")
        self.nextNumberButton.setAutoDefault(False)
        self.nextNumberButton.setToolTip("Administración: el número que recibirá el próximo "
                                         "documento de un tipo este año")
        self.nextNumberButton.clicked.connect(self.set_next_number)
        self.nextNumberButton.setVisible(self.ctx.actor.can(Permission.SET_NEXT_NUMBER))
        self.ui.listButtonsLayout.addWidget(self.nextNumberButton)

    def _add_more_menu(self) -> None:
        """"Más…": the less frequent actions on the selected document."""
        self.moreButton = QToolButton(self.ui.actionsGroup)
        self.moreButton.setObjectName("moreButton")
        self.moreButton.setText("Más…")
        self.moreButton.setPopupMode(QToolButton.InstantPopup)
        self.moreButton.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.moreButton.setSizePolicy(self.ui.previewButton.sizePolicy())
        menu = QMenu(self.moreButton)
        self.certifiedCopyAction = menu.addAction("Imprimir copia certificada…",
                                                  self.print_certified_copy)
        self.distributionAction = menu.addAction("Hoja de cargo de distribución…",
                                                 self.preview_distribution_sheet)
        self.partiesAction = menu.addAction("Interesados y notificación…", self.open_parties)
        self.linkAction = menu.addAction("Enlazar con otro documento…", self.link_selected)
        self.newDirectiveAction = menu.addAction("Nueva directiva aprobada por esta resolución…",
                                                 self.new_directive_approved_by_selected)
        menu.addSeparator()
        self.deleteDraftAction = menu.addAction("Eliminar borrador", self.delete_selected_draft)
        self.moreButton.setMenu(menu)
        layout = self.ui.actionsLayout
        layout.insertWidget(layout.indexOf(self.ui.previewButton) + 1, self.moreButton)

    # --- permissions -------------------------------------------------------------------------
    def can_draft(self) -> bool:
        permission = MODULE_PERMISSION.get(self.module_key)
        return permission is not None and self.ctx.actor.can(permission)

    # --- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        """(Re)read the filter lists and the documents, keeping filters and selection."""
        try:
            with self.ctx.db.session() as session:
                module_kinds = [(k.code, kind_label(k.title))
                                for k in kinds(session, self.module_key)]
                self._directive_kind = next((k.code for k in kinds(session, self.module_key)
                                             if is_directive(k)), None)
                years = instrument_search.years(session)
        except SQLAlchemyError as exc:
            self.ui.statusLabel.setText(f"No se pudieron leer los documentos: "
                                        f"{database_problem(exc)}")
            return
        years = sorted(set(years) | {self.ctx.today().year}, reverse=True)
        if not self._kinds_loaded:
            self._set_column_widths([label for _code, label in module_kinds])
            self._kinds_loaded = True
        self._filling = True
        try:
            _refill(self.ui.kindCombo, "Todos", module_kinds)
            _refill(self.ui.yearCombo, "Todos", [(y, str(y)) for y in years])
        finally:
            self._filling = False
        self.ui.newDraftButton.setEnabled(self.can_draft())
        self.apply_filters()

    def _set_column_widths(self, _kind_labels: list[str]) -> None:
        """By content, or the widths this person set (gui/column_widths.py)."""
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

    def apply_filters(self, select_id: int | None = None) -> None:
        """Query again with what the filters say now; keep (or move to) a selection."""
        self._search_timer.stop()
        self._read_error = ""
        keep = select_id if select_id is not None else (self.detail.id if self.detail else None)
        flt = self.current_filter()
        db = self.ctx.db

        def fetch(offset: int, limit: int, sort: str, descending: bool) -> list[InstrumentRow]:
            # One short session per page: nothing stays open while the person reads.
            page_filter = InstrumentFilter(**{**flt.__dict__, "sort": sort,
                                              "descending": descending})
            try:
                with db.session() as session:
                    return instrument_search.search(session, page_filter, offset, limit)
            except SQLAlchemyError as exc:
                self._read_error = f"No se pudieron leer los documentos: {database_problem(exc)}"
                self.ui.statusLabel.setText(self._read_error)
                return []

        try:
            with db.session() as session:
                self.total = instrument_search.count(session, flt)
        except SQLAlchemyError as exc:
            self.model.set_source(None)
            self.ui.statusLabel.setText(f"No se pudieron leer los documentos: "
                                        f"{database_problem(exc)}")
            return
        self.model.set_source(fetch)
        self._update_status()
        self.select_id(keep)

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
        self.select_id(self.detail.id if self.detail else None)

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

    def clear_filters(self) -> None:
        self._filling = True
        try:
            for combo in (self.ui.kindCombo, self.ui.yearCombo, self.ui.stateCombo):
                combo.setCurrentIndex(0)
            self.ui.datesCheck.setChecked(False)
            self.ui.searchEdit.clear()
        finally:
            self._filling = False
        self.apply_filters()

    # --- detail panel ------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.ui.instrumentsView.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row()).id

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_detail(self.model.row_at(current.row()).id if current.isValid() else None)

    def show_detail(self, instrument_id: int | None) -> None:
        detail = None
        self.parties = []
        if instrument_id is not None:
            try:
                with self.ctx.db.session() as session:
                    detail = instrument_detail(session, instrument_id)
                    self.parties = parties_of(session, instrument_id)
            except SQLAlchemyError as exc:
                self.ui.statusLabel.setText(f"No se pudo leer el documento: "
                                            f"{database_problem(exc)}")
        self.detail = detail
        ui = self.ui
        if detail is None:
            ui.headingLabel.setText("Ningún documento seleccionado")
            ui.detailLabel.setText("Elija un documento de la lista para ver su estado y lo que "
                                   "se hizo con él.")
            ui.warningLabel.hide()
        else:
            ui.headingLabel.setText(detail.heading.replace("N° ", "N°\u00a0"))
            ui.detailLabel.setText(detail_html(detail) + parties_html(self.parties))
            ui.warningLabel.setText(detail.warning or "")
            ui.warningLabel.setVisible(bool(detail.warning))
        self._update_buttons()

    def _update_buttons(self) -> None:
        detail, ui = self.detail, self.ui
        may = self.can_draft()
        draft = detail is not None and detail.is_draft
        issued = detail is not None and detail.is_issued
        allowed = detail.allowed(self.ctx.actor) if detail is not None else None
        ui.newDraftButton.setEnabled(may)
        enable(ui.editDraftButton, allowed, InstrumentAction.EDIT_DRAFT)
        enable(ui.issueButton, allowed, InstrumentAction.ISSUE)
        enable(ui.annulButton, allowed, InstrumentAction.ANNUL)
        enable(ui.certifyButton, allowed, InstrumentAction.CERTIFY)
        enable(ui.publishButton, allowed, InstrumentAction.PUBLISH)
        enable(ui.receiptButton, allowed, InstrumentAction.RECORD_RECEIPT)
        ui.previewButton.setEnabled(detail is not None)
        self.certifiedCopyAction.setEnabled(bool(detail is not None and not draft
                                                 and detail.certifications))
        self.distributionAction.setEnabled(bool(detail is not None
                                                and (detail.units or self.parties)))
        self.partiesAction.setEnabled(detail is not None)
        enable(self.linkAction, allowed, InstrumentAction.LINK)
        self.newDirectiveAction.setEnabled(bool(
            may and issued and self._directive_kind and detail.kind_code == APPROVING_KIND))
        enable(self.deleteDraftAction, allowed, InstrumentAction.DELETE_DRAFT)
        self.moreButton.setEnabled(detail is not None)

    # --- actions -----------------------------------------------------------------------------
    def new_draft(self) -> int | None:
        return self._new_draft(self.ui.kindCombo.currentData())

    def new_directive_approved_by_selected(self) -> int | None:
        """From an issued Resolución de Gerencia Municipal: a directive it approves, dated as
        the resolution."""
        detail = self.detail
        if detail is None or not self._directive_kind:
            return None
        return self._new_draft(self._directive_kind, lambda dialog: dialog.preset_approval(
            detail.id, detail.doc_date))

    def _new_draft(self, kind: str | None, prepare=None) -> int | None:
        try:
            dialog = InstrumentFormDialog(self.ctx, self.module_key, None, kind, self)
        except (DomainError, SQLAlchemyError) as exc:
            self.refused("No se puede redactar", exc)
            return None
        if prepare is not None:
            prepare(dialog)
        saved = self.exec_dialog(dialog)
        if dialog.draft_id is not None:  # saved (maybe issued too), even if closed afterwards
            self._after_form(dialog)
        return dialog.draft_id if saved else None

    def edit_selected(self) -> bool:
        draft_id = self.selected_id()
        if draft_id is None:
            return False
        try:
            dialog = InstrumentFormDialog(self.ctx, self.module_key, draft_id, parent=self)
        except (DomainError, SQLAlchemyError) as exc:
            self.refused("No se puede abrir el borrador", exc)
            self.load()
            return False
        saved = self.exec_dialog(dialog)
        self._after_form(dialog)
        return saved

    def _after_form(self, dialog: InstrumentFormDialog) -> None:
        self.load_and_select(dialog.draft_id)
        if dialog.issued_number:
            self.ui.statusLabel.setText(f"Se emitió {dialog.issued_number}.")

    def load_and_select(self, instrument_id: int | None) -> None:
        self.load()
        if instrument_id is not None and not self.select_id(instrument_id):
            # Outside the filters: show everything so the document just worked on is visible.
            self.clear_filters()
            self.select_id(instrument_id)

    def issue_selected(self, confirm: bool = True) -> str | None:
        """Issue the selected draft: if something is missing, open the form with the list; else
        confirm the number it will get and issue it."""
        draft_id = self.selected_id()
        if draft_id is None:
            return None
        try:
            problems, preview, warning = issue_check(self.ctx, draft_id)
        except (DomainError, SQLAlchemyError) as exc:
            self.refused("No se puede emitir", exc)
            self.load()
            return None
        if problems:
            try:
                dialog = InstrumentFormDialog(self.ctx, self.module_key, draft_id, parent=self)
            except (DomainError, SQLAlchemyError) as exc:
                self.refused("No se puede emitir", exc)
                return None
            dialog.show_problems(problems)
            self.exec_dialog(dialog)
            self._after_form(dialog)
            return dialog.issued_number
        if confirm and not confirm_issue(self, preview, warning):
            return None
        try:
            number = issue_draft(self.ctx, draft_id)
        except (DomainError, SQLAlchemyError) as exc:
            self.refused("No se pudo emitir", exc)
            self.load()
            return None
        self.load_and_select(draft_id)
        self.ui.statusLabel.setText(f"Se emitió {number}.")
        return number

    def run_action(self, dialog_class) -> bool:
        """Annul, certify, publish or record a receipt for the selected document."""
        instrument_id = self.selected_id()
        if instrument_id is None:
            return False
        try:
            dialog = dialog_class(self.ctx, instrument_id, self)
        except (DomainError, SQLAlchemyError) as exc:
            self.refused("No se puede continuar", exc)
            return False
        if not self.exec_dialog(dialog):
            return False
        self.load_and_select(instrument_id)
        self.ui.statusLabel.setText(dialog.done_message)
        return True

    def _double_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if self.detail is not None and self.detail.is_draft and self.can_draft():
            self.edit_selected()
        else:
            self.preview_selected()

    # --- preview and printing ------------------------------------------------------------
    def preview_selected(self) -> QDialog | None:
        instrument_id = self.selected_id()
        if instrument_id is None:
            return None
        from pisac_desktop.instruments.printing import render_for_preview

        title = self.detail.heading if self.detail else ""
        return self._show_pdf(lambda session: render_for_preview(session, instrument_id),
                              title, instrument_id)

    def _show_pdf(self, render, title: str, instrument_id: int,
                  what: str = "") -> QDialog | None:
        """Preview the PDF render(session) -> (bytes, name) makes; printing is audited."""
        prefix = f"{what}: " if what else ""
        return self.preview_paper(render, title, lambda where: self.audit_print(
            instrument_id, f"{prefix}{where}"))

    def certifications_of(self, instrument_id: int) -> list[tuple[int, str]]:
        with self.ctx.db.session() as session:
            return certification_choices(session, instrument_id)

    def choose_certification(self, options: list[tuple[int, str]]) -> int | None:
        """Which certification to print, when there are several (tests replace this)."""
        labels = [label for _id, label in options]
        label, ok = QInputDialog.getItem(self, "Imprimir copia certificada",
                                         "Certificación:", labels, len(labels) - 1, False)
        return options[labels.index(label)][0] if ok else None

    def print_certified_copy(self) -> QDialog | None:
        instrument_id = self.selected_id()
        if instrument_id is None:
            return None
        try:
            options = self.certifications_of(instrument_id)
        except SQLAlchemyError as exc:
            self.refused("No se pudo leer el documento", exc)
            return None
        if not options:
            QMessageBox.information(self, "Imprimir copia certificada",
                                    "Este documento no tiene copias certificadas registradas: "
                                    "registre primero la certificación.")
            return None
        chosen = options[0][0] if len(options) == 1 else self.choose_certification(options)
        if chosen is None:
            return None
        from pisac_desktop.instruments.printing import render_certified_copy

        title = f"Copia certificada — {self.detail.heading if self.detail else ''}"
        return self._show_pdf(lambda s: render_certified_copy(s, chosen), title,
                              instrument_id, "copia certificada")

    def preview_distribution_sheet(self) -> QDialog | None:
        instrument_id = self.selected_id()
        if instrument_id is None:
            return None
        from pisac_desktop.instruments.printing import distribution_sheet

        title = f"Hoja de cargo — {self.detail.heading if self.detail else ''}"
        return self._show_pdf(lambda s: distribution_sheet(s, instrument_id), title,
                              instrument_id, "hoja de cargo")

    def open_parties(self) -> QDialog | None:
        """The interested parties, their cédulas and notifications (gui/instruments/
        notifications.py)."""
        instrument_id = self.selected_id()
        if instrument_id is None:
            return None
        try:
            dialog = PartiesDialog(
                self.ctx, instrument_id, self.can_draft(),
                lambda render, title, what: self._show_pdf(render, title, instrument_id, what),
                self)
        except (DomainError, SQLAlchemyError) as exc:
            self.refused("No se puede abrir", exc)
            return None
        self.exec_dialog(dialog)
        if dialog.changed:
            self.load_and_select(instrument_id)
        return dialog

    def link_selected(self) -> bool:
        instrument_id = self.selected_id()
        if instrument_id is None:
            return False
        try:
            dialog = LinkDialog(self.ctx, self.module_key, instrument_id, self)
        except (DomainError, SQLAlchemyError) as exc:
            self.refused("No se puede enlazar", exc)
            return False
        if not self.exec_dialog(dialog):
            return False
        self.load_and_select(instrument_id)
        self.ui.statusLabel.setText(dialog.done_message)
        return True

    def confirm_delete(self, heading: str) -> bool:
        box = QMessageBox(QMessageBox.Question, "Eliminar borrador",
                          f"¿Eliminar el borrador «{heading}»?\n\nUn borrador no tiene número: "
                          "se borra del todo y no se puede recuperar.", parent=self)
        delete = box.addButton("Eliminar", QMessageBox.DestructiveRole)
        box.addButton("Cancelar", QMessageBox.RejectRole)
        box.setDefaultButton(box.buttons()[-1])
        box.exec()
        return box.clickedButton() is delete

    def delete_selected_draft(self, confirm: bool = True) -> bool:
        draft_id = self.selected_id()
        if draft_id is None or self.detail is None:
            return False
        summary = " ".join(self.detail.summary.split()) or self.detail.heading
        if confirm and not self.confirm_delete(summary[:120]):
            return False
        try:
            with self.ctx.db.session() as session:
                delete_draft(session, self.ctx.actor, draft_id)
        except (DomainError, SQLAlchemyError) as exc:
            self.refused("No se puede eliminar", exc)
            self.load()
            return False
        self.load()
        self.ui.statusLabel.setText("Se eliminó el borrador.")
        return True

    # --- register book and export --------------------------------------------------------
    def open_register_dialog(self) -> QDialog | None:
        try:
            dialog = RegisterDialog(self.ctx, self.module_key, self, self)
        except SQLAlchemyError as exc:
            self.refused("No se puede continuar", exc)
            return None
        self.exec_dialog(dialog)
        return dialog

    def _register_book(self, kind_code: str, year: int):
        from pisac_desktop.instruments.printing import register_book
        from pisac_desktop.instruments.register import kind_short

        with self.ctx.db.session() as session:
            short = kind_short(session, kind_code)
            return (register_book(session, kind_code, year, self.ctx.actor.username),
                    f"registro-{short}-{year}")

    def preview_register(self, kind_code: str, year: int) -> QDialog | None:
        from pisac_desktop.gui.pdf_preview import PdfPreviewDialog
        from pisac_desktop.reports.instrument import render_register_book_pdf

        try:
            book, name = self._register_book(kind_code, year)
            pdf = render_register_book_pdf(book)
        except (DomainError, SQLAlchemyError) as exc:
            self.refused("No se pudo preparar el registro", exc)
            return None
        dialog = PdfPreviewDialog(pdf, f"Registro de {book.kind_label} {year}", f"{name}.pdf",
                                  self.ctx.paths.documents, None, self)
        self.exec_dialog(dialog)
        return dialog

    def save_register_xlsx(self, kind_code: str, year: int) -> str | None:
        from pisac_desktop.reports.instrument import write_register_book_xlsx

        try:
            book, name = self._register_book(kind_code, year)
        except (DomainError, SQLAlchemyError) as exc:
            self.refused("No se pudo preparar el registro", exc)
            return None
        suggested = str(self.ctx.paths.documents / f"{name}.xlsx")
        filename = file_dialogs.save_file(self, "Guardar registro en Excel", suggested,
                                          "Libro de Excel (*.xlsx)")
        if not filename:
            return None
        if not filename.lower().endswith(".xlsx"):
            filename += ".xlsx"
        try:
            write_register_book_xlsx(book, filename)
        except OSError as exc:
            QMessageBox.warning(self, "No se pudo guardar el registro",
                                f"No se pudo escribir {filename}: {exc.strerror or exc}")
            return None
        self.ui.statusLabel.setText(f"Registro guardado en {filename}.")
        return filename

    def export_year_to(self, year: int, kind_codes: tuple[str, ...],
                       button: QWidget | None = None):
        """Every issued document of the year (of these kinds) and the register books into a
        folder the person chooses, in a worker (operations.QueryOp: the window keeps working),
        with a progress dialog whose "Detener" stops it between documents. Returns the
        operation (its .result is the ExportResult once done), None if no folder was chosen."""
        from pathlib import Path

        from pisac_desktop.export import export_year
        from pisac_desktop.gui.operations import QueryOp

        folder = file_dialogs.choose_folder(
            self, f"Carpeta para exportar {year}", str(self.ctx.paths.documents))
        if not folder:
            return None
        target = Path(folder) / f"normas-{self.module_key}-{year}"
        actor = self.ctx.actor

        def label(done: int, total: int) -> str:
            if not total:
                return f"Exportando los documentos de {year}…"
            return f"Exportando los documentos de {year}: {done} de {total}…"

        def exported(result) -> None:
            documents = ("1 documento" if result.documents == 1
                         else f"{result.documents} documentos")
            books = "1 registro" if result.books == 1 else f"{result.books} registros"
            if result.sessions:
                books += (", 1 sesión de concejo" if result.sessions == 1 else
                          f", {result.sessions} sesiones de concejo")
            if op.progress.cancelled:
                text = (f"Exportación detenida: se guardaron {op.progress.reached[0]} de "
                        f"{documents} de {year} y {books} (PDF y Excel) en:\n{result.folder}")
            else:
                text = (f"Se exportaron {documents} de {year} y {books} (PDF y Excel) en:\n"
                        f"{result.folder}")
            QMessageBox.information(self, "Exportar el año para el archivo", text)
            self.ui.statusLabel.setText(text.replace("\n", " "))

        op = QueryOp(self, self.ctx.db,
                     lambda session, progress: export_year(session, actor, year, target,
                                                           kind_codes, progress), exported) \
            .with_progress("Exportar el año para el archivo", label) \
            .busy(f"Exportando los documentos de {year}…") \
            .failure(lambda message, _exc: QMessageBox.warning(self, "No se pudo exportar",
                                                              message)) \
            .disabling(button)
        self.export_op = op
        return op.run()

    def set_next_number(self) -> bool:
        """Administrators: the next number of a kind for the current year."""
        try:
            dialog = NextNumberDialog(self.ctx, self.module_key, self)
        except SQLAlchemyError as exc:
            self.refused("No se puede continuar", exc)
            return False
        if not self.exec_dialog(dialog):
            return False
        self.ui.statusLabel.setText(dialog.done_message)
        return True

    def audit_print(self, instrument_id: int, destination: str) -> None:
        from pisac_desktop.instruments.printing import record_print

        try:
            with self.ctx.db.session() as session:
                record_print(session, self.ctx.actor, instrument_id, destination)
        except (DomainError, SQLAlchemyError) as exc:
            log.error("Could not audit printing", exc_info=exc)
            QMessageBox.warning(self, "No se registró la impresión",
                                f"El documento salió, pero no se pudo dejar constancia en el "
                                f"registro de auditoría: {exc}")


def detail_html(d: InstrumentDetail) -> str:
    """The detail panel as rich text (user text escaped)."""
    def line(label: str, value: str) -> str:
        return f"<p style='margin:0 0 4px 0'><b>{label}:</b> {value}</p>"

    def items(values: list[str], new_line: bool = True) -> str:
        if not new_line and len(values) == 1:
            return html.escape(values[0])
        text = "<br>".join(f"• {html.escape(v)}" for v in values)
        return f"<br>{text}" if new_line and text else text

    e = html.escape
    parts = [line("Estado", e(d.state_label)),
             line("Fecha", e(d.long_date)), line("Firma", e(d.signer))]
    if d.annulment:
        parts.append(line("Anulación", e(d.annulment)))
    parts.append(line("Sumilla", e(d.summary) if d.summary else "<i>(falta)</i>"))
    if not d.is_draft:
        if d.certifications:
            copies = ("1 copia certificada" if d.copies_certified == 1
                      else f"{d.copies_certified} copias certificadas")
            parts.append(line("Certificaciones", e(copies) + items(d.certifications)))
        else:
            parts.append(line("Certificaciones", "ninguna"))
        if d.publications:
            parts.append(line("Publicación", items(d.publications, new_line=False)))
        else:
            parts.append(line("Publicación", "pendiente (obligatoria)" if d.must_publish
                              else "no registrada (no es obligatoria)"))
    if d.units:
        status = (f"{d.received} de {len(d.units)} cargos de recepción" if not d.is_draft
                  else f"{len(d.units)} unidades por notificar al emitirse")
        units = [u.text for u in d.units] if not d.is_draft else [u.unit_name for u in d.units]
        parts.append(line("Distribución", e(status) + items(units)))
    elif not d.is_draft:
        parts.append(line("Distribución", "sin unidades por notificar"))
    if d.links:
        parts.append(line("Relaciones", items(d.links, new_line=False)))
    return "".join(parts)


def _refill(combo: QComboBox, all_label: str, items: list[tuple[object, str]]) -> None:
    """An 'all' entry, then (data, label) items; the current choice survives a refill."""
    current = combo.currentData()
    combo.clear()
    combo.addItem(all_label, None)
    for data, label in items:
        combo.addItem(label, data)
    position = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(position, 0))


__all__ = ["InstrumentTableModel", "InstrumentsSection", "detail_html", "short_number"]
