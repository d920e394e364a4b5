"""Secretaría General › Sesiones de concejo.

The sessions of a year (state filter) and the detail of the selected one in tabs: Datos, Agenda,
Citaciones, Asistencia, Votaciones and Acta. The detail is read in a few queries
(domain.session_view); each tab fills its widgets when first shown. Every action goes through
the domain (domain.sessions, domain.minutes), which checks the rules and the permissions again.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHeaderView, QWidget

from pisac_desktop.core.actions import Allowed
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Permission
from pisac_desktop.council.session_view import SessionDetail, SessionRow, session_detail
from pisac_desktop.council.sessions import MODALITY_LABELS
from pisac_desktop.council.states import SESSION_STATE_LABELS, Action, SessionState
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.council.common import show_box
from pisac_desktop.gui.council_printing import audit_council_print
from pisac_desktop.gui.enabling import enable
from pisac_desktop.gui.forms.ui_council_sessions_section import Ui_CouncilSessionsSection
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.gui.table_models import HighlightedRowsModel
from pisac_desktop.spanish.dates import long_date_with_weekday

HEADERS = ("Sesión", "Fecha", "Hora", "Estado", "Alertas")
ALERTS_TIP = ("Convocatoria y alertas: citaciones entregadas de las emitidas, citaciones "
              "entregadas tarde, instalación por registrar, acta pendiente")
DETAIL_WIDTH = 540  # the tabs' buttons and forms fit in this width
TABS = ("data", "agenda", "summons", "attendance", "votes", "minutes")


class CouncilSessionsSection(SectionBase, QWidget):
    def __init__(self, ctx: AppContext, module, parent=None):
        from pisac_desktop.gui.council.agenda_tab import AgendaTab
        from pisac_desktop.gui.council.attendance_tab import AttendanceTab
        from pisac_desktop.gui.council.data_tab import DataTab
        from pisac_desktop.gui.council.minutes_tab import MinutesTab
        from pisac_desktop.gui.council.summons_tab import SummonsTab
        from pisac_desktop.gui.council.votes_tab import VotesTab

        super().__init__(parent)
        self.ctx = ctx
        self.module = module
        self.ui = Ui_CouncilSessionsSection()
        self.ui.setupUi(self)
        self.detail: SessionDetail | None = None
        self.rows: list[SessionRow] = []
        self._filling = False
        self._settling = False  # asking about unsaved input: selection changes are ours
        self._tab_index = 0
        self._opened = False  # the first load shows the session nearest to today
        self._detail_asked = 0  # show_detail calls: a later one wins

        self.model = HighlightedRowsModel(HEADERS, self)
        view = self.ui.sessionsView
        view.setModel(self.model)
        metrics = view.fontMetrics()
        for column, sample in enumerate(("Extraordinaria N° 00-0000", "00/00/0000",
                                         "00:00", "Programada")):
            view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.model.tooltip_column = len(HEADERS) - 1
        self.model.header_tooltips = {len(HEADERS) - 1: ALERTS_TIP}
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self._balanced = False

        self.ui.stateCombo.addItem("Todos", None)
        for code, label in SESSION_STATE_LABELS.items():
            self.ui.stateCombo.addItem(label, code)

        self.data_tab = DataTab(ctx, self)
        self.agenda_tab = AgendaTab(ctx, self)
        self.summons_tab = SummonsTab(ctx, self)
        self.attendance_tab = AttendanceTab(ctx, self)
        self.votes_tab = VotesTab(ctx, self)
        self.minutes_tab = MinutesTab(ctx, self)
        self.tabs = (self.data_tab, self.agenda_tab, self.summons_tab, self.attendance_tab,
                     self.votes_tab, self.minutes_tab)
        for key, tab in zip(TABS, self.tabs, strict=True):
            tab.setObjectName(f"{key}Tab")
            self.ui.detailTabs.addTab(tab, tab.TITLE)
        self.ui.detailTabs.setCurrentIndex(0)
        self.ui.detailTabs.currentChanged.connect(self._tab_changed)

        self.ui.yearCombo.currentIndexChanged.connect(self._filters_changed)
        self.ui.stateCombo.currentIndexChanged.connect(self._filters_changed)
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.ui.newSessionButton.clicked.connect(self.new_session)
        self.ui.postponeButton.clicked.connect(self.postpone)
        self.ui.suspendButton.clicked.connect(lambda: self.end_session(SessionState.SUSPENDED))
        self.ui.cancelSessionButton.clicked.connect(lambda: self.end_session(SessionState.CANCELLED))
        self.show_detail(None)

    def showEvent(self, event) -> None:  # noqa: N802
        """The first time on screen: the list as wide as its columns need, the detail the rest
        (at least DETAIL_WIDTH)."""
        super().showEvent(event)
        if not self._balanced:
            self._balanced = True
            view = self.ui.sessionsView
            columns = sum(view.columnWidth(c) for c in range(len(HEADERS) - 1))
            want = columns + view.fontMetrics().horizontalAdvance("00/00 entregadas") \
                + view.verticalScrollBar().sizeHint().width() + 8
            total = self.ui.splitter.width()
            listed = max(min(want, total - DETAIL_WIDTH), total // 3)
            self.ui.splitter.setSizes([listed, total - listed])

    # --- permissions -------------------------------------------------------------------------
    @property
    def may(self) -> bool:
        return self.ctx.actor.can(Permission.COUNCIL)

    # --- loading -----------------------------------------------------------------------------
    def load(self, year: int | None = None) -> None:
        """(Re)read the years and the list, keeping filters and selection (or showing
        `year`). The list is read in a worker (operations.QueryOp) and shown when it arrives."""
        self.ui.newSessionButton.setEnabled(self.may)
        self._read_list(year)

    def save(self) -> bool:
        """The Datos tab: programme a new session or save the changes of this one."""
        return self.data_tab.save()

    def _filters_changed(self, *_args) -> None:
        if not self._filling:
            self.apply_filters()

    def apply_filters(self, select_id: int | None = None) -> None:
        self._read_list(None, select_id)

    def _read_list(self, year: int | None, select_id: int | None = None) -> None:
        """The years and the sessions of the year shown, in one worker round trip; a later read
        supersedes one still running. A message put in the status line meanwhile (what a change
        did) stays there."""
        from pisac_desktop.council.session_view import session_rows, session_years
        from pisac_desktop.gui.operations import QueryOp

        today = self.ctx.today()
        wanted = year or self.ui.yearCombo.currentData() or today.year
        state = self.ui.stateCombo.currentData()
        status = self.ui.statusLabel.text()

        def read(session):
            years = sorted(set(session_years(session)) | {today.year}, reverse=True)
            shown = wanted if wanted in years else years[0]
            return years, shown, session_rows(session, shown, state, today)

        QueryOp(self, self.ctx.db, read,
                lambda got: self._list_read(*got, select_id, status)) \
            .failure(self._list_failed).busy("Leyendo las sesiones…").superseding("list").run()

    def _list_failed(self, message: str, _exc: BaseException) -> None:
        self.ui.statusLabel.setText(message)

    def _list_read(self, years: list[int], shown: int, rows: list[SessionRow],
                   select_id: int | None, status: str) -> None:
        self._filling = True
        try:
            self.ui.yearCombo.clear()
            for year in years:
                self.ui.yearCombo.addItem(str(year), year)
            self.ui.yearCombo.setCurrentIndex(max(self.ui.yearCombo.findData(shown), 0))
        finally:
            self._filling = False
        keep = select_id if select_id is not None else (self.detail.id if self.detail else None)
        self.rows = rows
        self.model.set_flagged_rows(
            [(_short_title(r.title), r.session_date.strftime("%d/%m/%Y"), r.start_time, r.state_label,
              r.alerts) for r in self.rows],
            [r.alarm for r in self.rows], [r.alerts for r in self.rows])
        n = len(self.rows)
        if self.ui.statusLabel.text() == status:
            self.ui.statusLabel.setText("No hay sesiones con esos filtros." if not n else
                                        "1 sesión." if n == 1 else f"{n} sesiones.")
        if keep is None and not self._opened and not self.data_tab.new_mode:
            keep = self._nearest()
        self._opened = True
        if keep is not None and self.select_id(keep):
            return
        if self.detail is None and not self.data_tab.new_mode:
            self.show_detail(None)

    def _nearest(self) -> int | None:
        """The next session ahead, else the latest one."""
        today = self.ctx.today()
        ahead = [r for r in self.rows if r.session_date >= today]
        if ahead:
            return min(ahead, key=lambda r: r.session_date).id
        return self.rows[0].id if self.rows else None

    def select_id(self, session_id: int | None) -> bool:
        view = self.ui.sessionsView
        position = next((i for i, r in enumerate(self.rows) if r.id == session_id), -1)
        if position < 0:
            view.clearSelection()
            view.setCurrentIndex(QModelIndex())
            self.show_detail(session_id)
            return session_id is not None and self.detail is not None
        index = self.model.index(position, 0)
        view.setCurrentIndex(index)
        view.selectRow(position)
        view.scrollTo(index)
        if self.detail is None or self.detail.id != session_id:
            self.show_detail(session_id)
        return True

    def reload(self, session_id: int | None = None, message: str = "",
               year: int | None = None) -> None:
        """After a change: the detail read again at once, the list in a worker (the selection
        kept)."""
        keep = session_id if session_id is not None else (self.detail.id if self.detail
                                                          else None)
        self.detail = None
        settling, self._settling = self._settling, True  # our own selection: nothing to ask
        try:
            if keep is not None:
                self.select_id(keep)
        finally:
            self._settling = settling
        self._read_list(year, keep)
        if message:
            self.ui.statusLabel.setText(message)

    def refresh_from_elsewhere(self, editing: bool) -> None:
        """Another workstation changed the data: the list, and the session shown unless a tab
        holds typing not saved (that stays as it is, and its save is checked as usual)."""
        if editing or self.data_tab.new_mode:
            self._read_list(None)
        else:
            self.reload()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._settling:
            session_id = self.rows[current.row()].id
            if self.detail is None or self.detail.id != session_id:
                if not self.settle_tabs():
                    return  # keep editing: the session being edited stays selected
                self.select_id(session_id)

    def _select_quietly(self, session_id: int | None) -> None:
        view = self.ui.sessionsView
        position = next((i for i, r in enumerate(self.rows) if r.id == session_id), -1)
        self._settling = True
        try:
            if position < 0:
                view.clearSelection()
                view.setCurrentIndex(QModelIndex())
            else:
                view.setCurrentIndex(self.model.index(position, 0))
                view.selectRow(position)
        finally:
            self._settling = False

    def settle_tabs(self) -> bool:
        """Before the detail shows another session (or a new one): input typed in any tab is
        saved, discarded or kept (False: keep editing, the current session stays selected)."""
        pending = [tab for tab in self.tabs if tab.has_changes()]
        if not pending:
            return True
        self._select_quietly(self.detail.id if self.detail else None)
        for tab in pending:
            self._settling = True
            try:
                self.ui.detailTabs.setCurrentWidget(tab)
            finally:
                self._settling = False
            self._tab_index = self.ui.detailTabs.currentIndex()
            if not tab.settle():
                return False
        return True

    # --- the detail --------------------------------------------------------------------------
    def show_detail(self, session_id: int | None) -> None:
        """Read the session in a worker and wait for it (the window keeps painting): the
        callers (select_id, the tabs after a change) go on with the detail shown. A failure
        is shown in the status line and leaves no session shown."""
        from pisac_desktop.gui.operations import QueryOp

        detail = None
        self._detail_asked += 1
        asked = self._detail_asked
        if session_id is not None:
            op = QueryOp(self, self.ctx.db, lambda s: session_detail(s, session_id)) \
                .failure(lambda message, _exc: self.ui.statusLabel.setText(
                    f"No se pudo leer la sesión. {message}")) \
                .busy("Leyendo la sesión…").run().wait()
            if asked != self._detail_asked:
                return  # another session was asked for meanwhile: that one is shown
            detail = op.result if op.ok else None
        self.detail = detail
        self.data_tab.new_mode = False
        self._show_heading()
        current = self.ui.detailTabs.currentWidget()
        for tab in self.tabs:
            tab.set_detail(detail, tab is current)
        for position in range(1, len(self.tabs)):
            self.ui.detailTabs.setTabEnabled(position, detail is not None)

    def _show_heading(self) -> None:
        d, ui = self.detail, self.ui
        ui.messageLabel.clear()
        if d is None:
            new = self.data_tab.new_mode
            ui.headingLabel.setText("Nueva sesión" if new else "Ninguna sesión seleccionada")
            ui.stateInfoLabel.setText(
                "Complete los datos y pulse «Guardar»: la sesión recibe el número siguiente de "
                "su tipo en el año." if new else
                "Elija una sesión de la lista, o pulse «Nueva sesión» para programar otra.")
            show_box(ui.alertLabel, "")
            show_box(ui.warningLabel, "")
        else:
            ui.headingLabel.setText(d.title.replace("N° ", "N°\u00a0"))
            modality = MODALITY_LABELS.get(d.form.modality, d.form.modality)
            parts = [f"<b>{html.escape(d.state_label)}</b>",
                     html.escape(f"{long_date_with_weekday(d.session_date)}, {d.start_time}"),
                     html.escape(d.place), modality]
            if d.opened_at:
                parts.append(f"inicio {d.opened_at}"
                             + (f", término {d.closed_at}" if d.closed_at else ""))
            text = " · ".join(parts)
            notes = [n for n in d.state_note.splitlines() if n.strip()]
            if d.emergency_note:
                notes.append(f"Nota de emergencia: {d.emergency_note}")
            if notes:
                text += "<br>" + "<br>".join(html.escape(n) for n in notes)
            ui.stateInfoLabel.setText(text)
            late = d.unresolved_late
            alert = ""
            if late:
                what = ("1 citación entregada tarde" if len(late) == 1
                        else f"{len(late)} citaciones entregadas tarde")
                alert = (f"{what}: la sesión no puede realizarse el "
                         f"{d.session_date:%d/%m/%Y} sin reprogramarla o registrar una nota de "
                         "emergencia (pestaña Citaciones).")
            show_box(ui.alertLabel, alert)
            show_box(ui.warningLabel, d.warning or "")
        self._update_buttons()

    @property
    def allowed(self) -> Allowed | None:
        """What the session shown allows the user now (None: no session)."""
        return self.detail.allowed(self.ctx.actor) if self.detail is not None else None

    def _update_buttons(self) -> None:
        ui, allowed = self.ui, self.allowed
        enable(ui.postponeButton, allowed, Action.POSTPONE)
        enable(ui.suspendButton, allowed, Action.SUSPEND)
        enable(ui.cancelSessionButton, allowed, Action.CANCEL)

    def _tab_changed(self, index: int) -> None:
        if self._settling:
            return
        previous = self.tabs[self._tab_index] if 0 <= self._tab_index < len(self.tabs) \
            else None
        if previous is not None and index != self._tab_index and previous.has_changes():
            # leaving typed input: a save elsewhere would refill this tab
            self._settling = True
            try:
                self.ui.detailTabs.setCurrentIndex(self._tab_index)
            finally:
                self._settling = False
            if not previous.settle():
                return
            self._settling = True
            try:
                self.ui.detailTabs.setCurrentIndex(index)
            finally:
                self._settling = False
        self._tab_index = index
        if 0 <= index < len(self.tabs):
            self.tabs[index].ensure_filled()

    def show_tab(self, key: str) -> QWidget:
        tab = self.tabs[TABS.index(key)]
        self.ui.detailTabs.setCurrentWidget(tab)
        tab.ensure_filled()
        return tab

    def new_session(self) -> None:
        if not self.settle_tabs():
            return
        view = self.ui.sessionsView
        view.clearSelection()
        view.setCurrentIndex(QModelIndex())
        self.detail = None
        self.data_tab.start_new()
        self._show_heading()
        for tab in self.tabs[1:]:
            tab.set_detail(None, False)
        for position in range(1, len(self.tabs)):
            self.ui.detailTabs.setTabEnabled(position, False)
        self.ui.detailTabs.setCurrentWidget(self.data_tab)

    # --- dialogs and messages ----------------------------------------------------------------
    def run_dialog(self, make) -> bool:
        """Build a dialog for the current session, run it, reload after it saved."""
        if self.detail is None:
            return False
        try:
            dialog = make(self.detail)
        except DomainError as exc:
            self.refused("No se puede continuar", exc)
            return False
        if dialog.unreadable:  # what it shows could not be read (said already)
            return False
        self.last_dialog = dialog
        if not self.exec_dialog(dialog):
            return False
        self.reload(self.detail.id, dialog.done_message)
        return True

    def postpone(self) -> bool:
        from pisac_desktop.gui.council.dialogs import PostponeDialog

        return self.run_dialog(lambda d: PostponeDialog(self.ctx, d, self))

    def end_session(self, state: str) -> bool:
        from pisac_desktop.gui.council.dialogs import ReasonDialog

        return self.run_dialog(lambda d: ReasonDialog(self.ctx, d, state, self))

    # --- printing ----------------------------------------------------------------------------
    def show_pdf(self, render, title: str, what: str, summons_id: int | None = None):
        """Preview the PDF render(session) -> (bytes, name) makes; printing is audited."""
        if self.detail is None:
            return None
        session_id = self.detail.id
        return self.preview_paper(render, title, lambda where: self.audit_print(
            what, where, session_id, summons_id))

    def preview_pdf(self, pdf: bytes, name: str, title: str, what: str, session_id: int,
                    summons_id: int | None = None):
        """Preview a PDF of a session made elsewhere (a worker); printing is audited."""
        return self.preview_paper_bytes(pdf, name, title, lambda where: self.audit_print(
            what, where, session_id, summons_id))

    def audit_print(self, what: str, destination: str, session_id: int,
                    summons_id: int | None = None) -> None:
        audit_council_print(self, self.ctx, what, destination, session_id=session_id,
                            summons_id=summons_id)

    # --- elsewhere in the application --------------------------------------------------------
    def open_instrument(self, instrument_id: int) -> QWidget | None:
        """Show a document in Secretaría General › Normas y resoluciones."""
        from pisac_desktop.gui.navigation import open_target

        return open_target(self.window(), "secretaria", "instruments", instrument_id)


def _short_title(title: str) -> str:
    """'SESIÓN ORDINARIA N° 05-2026' -> 'Ordinaria N° 05-2026': the list leaves room for the
    detail; the heading of the detail keeps the full title."""
    return title.removeprefix("SESIÓN ").title()
