"""Gerencia Municipal > Tablero de gestión (ROF art. 32: dirigir y supervisar las unidades): the
figures of a period per unit and for the whole municipality, each a button that opens the list
behind it (the Expedientes, the Seguimiento de acuerdos, the documents in draft), two bar charts
drawn with QPainter, the table per unit, and the same tablero as a PDF."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QPushButton, QSizePolicy, QWidget

from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_dashboard_section import Ui_DashboardSection
from pisac_desktop.gui.management.bar_chart import BarChart
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.gui.table_models import HighlightedRowsModel
from pisac_desktop.management import dashboard as dash
from pisac_desktop.spanish.dates import MONTHS
from pisac_desktop.tramite.views import IN_PROCESS, IN_TIME, LATE, OVERDUE, CaseFilter, Tray

PERIODS = (("Este mes", "this"), ("Un mes", "month"), ("El año", "year"))
STATE_COLOURS = ("#31a354", "#e6550d", "#9ecae1", "#bdbdbd")
AGE_COLOURS = ("#c6dbef", "#6baed6", "#fd8d3c", "#a50f15")
AGE_KEYS = tuple(f"age{i}" for i in range(len(dash.AGE_BUCKETS)))
# The table's columns: what each opens (None: the unit's name).
COLUMN_KEYS = (None, "received", "in_time", "late", "average", "pending", "overdue", *AGE_KEYS,
               "c_due", "c_done", "c_overdue", "drafts")
SHORT_DRAFTS = {"gerencia": "Resoluciones en borrador", "secretaria": "Normas en borrador"}
FIGURES_PER_ROW = 5  # fits a 1366 px wide screen beside the sections' list
GERENCIA = "gerencia"


def figures_of(board: dash.Dashboard, u: dash.UnitDashboard) -> list[tuple[str, str, str]]:
    """(key, value, label) of the figures shown as buttons for a unit or the municipality."""
    rows = [("received", str(u.received), "Expedientes recibidos"),
            ("in_time", str(u.in_time), "Atendidos en plazo"),
            ("late", str(u.late), "Atendidos fuera de plazo"),
            ("average", u.average_text, "Días hábiles (promedio)"),
            ("pending", str(u.pending), "Pendientes hoy"),
            ("overdue", str(u.overdue), "Vencidos hoy"),
            *((k, str(n), f"Pendientes de {label.lower()}") for k, n, label in zip(
                AGE_KEYS, u.ages, dash.AGE_LABELS, strict=True)),
            ("c_due", str(u.commitments_due), "Compromisos del periodo"),
            ("c_done", str(u.commitments_done), "Compromisos cumplidos"),
            ("c_overdue", str(u.commitments_overdue), "Compromisos vencidos hoy"),
            ("drafts", str(u.drafts), "Documentos en borrador")]
    if u.unit_id is None:
        rows += [(f"i_{d.module}", str(d.count), SHORT_DRAFTS.get(d.module, d.label))
                 for d in board.instrument_drafts]
    return rows


class DashboardSection(SectionBase, QWidget):
    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx, self.module = ctx, module
        self.ui = Ui_DashboardSection()
        self.ui.setupUi(self)
        ui = self.ui
        self.board: dash.Dashboard | None = None
        self.buttons: dict[str, QPushButton] = {}
        today = ctx.today()
        for label, code in PERIODS:
            ui.periodCombo.addItem(label, code)
        for number, name in enumerate(MONTHS, start=1):
            ui.monthCombo.addItem(name.capitalize(), number)
        ui.monthCombo.setCurrentIndex(today.month - 1)
        ui.yearSpin.setValue(today.year)
        ui.unitCombo.addItem(dash.WHOLE, None)
        self.model = HighlightedRowsModel(dash.TABLE_HEAD, self)
        view = ui.unitsView
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        view.activated.connect(lambda index: self.open_cell(index.row(), index.column()))
        view.clicked.connect(lambda index: self.open_cell(index.row(), index.column()))
        self.state_chart, self.age_chart = BarChart(self), BarChart(self)
        for chart in (self.state_chart, self.age_chart):
            ui.chartsLayout.addWidget(chart)
        self.state_chart.barClicked.connect(lambda row: self._chart_clicked("received", row))
        self.age_chart.barClicked.connect(lambda row: self._chart_clicked("pending", row))
        self.chart_units: list[int] = []
        ui.periodCombo.currentIndexChanged.connect(lambda _i: self._period_changed())
        ui.monthCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.yearSpin.valueChanged.connect(lambda _v: self.refresh())
        ui.unitCombo.currentIndexChanged.connect(lambda _i: self._show_figures())
        ui.printButton.clicked.connect(self.print_dashboard)
        self._period_changed(load=False)

    # --- reading -----------------------------------------------------------------------------
    def period(self) -> tuple[int, int | None]:
        code = self.ui.periodCombo.currentData()
        if code == "this":
            today = self.ctx.today()
            return today.year, today.month
        return self.ui.yearSpin.value(), (self.ui.monthCombo.currentData() if code == "month"
                                          else None)

    def _period_changed(self, load: bool = True) -> None:
        code = self.ui.periodCombo.currentData()
        self.ui.monthCombo.setEnabled(code == "month")
        self.ui.yearSpin.setEnabled(code != "this")
        if load:
            self.refresh()

    def load(self, then=None) -> None:
        self.refresh(then)

    def refresh(self, then=None) -> None:
        actor, (year, month) = self.ctx.actor, self.period()
        self.ui.statusLabel.setText("Consultando…")
        QueryOp(self, self.ctx.db, lambda s: dash.dashboard(s, actor, year, month),
                lambda board: self._show(board, then)) \
            .failure(lambda message, _e: self.ui.statusLabel.setText(message)) \
            .superseding("board").run()

    def _show(self, board: dash.Dashboard, then=None) -> None:
        self.board = board
        combo = self.ui.unitCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(dash.WHOLE, None)
        for u in board.units:
            combo.addItem(u.unit, u.unit_id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        rows = [*board.units, board.whole]
        self.model.set_flagged_rows([dash.table_row(u) for u in rows],
                                    [bool(u.overdue or u.commitments_overdue) for u in rows],
                                    [f"{u.unit}: pulse una cifra para ver la lista" for u in rows])
        charted = [u for u in board.units if u.received or u.pending]
        self.chart_units = [u.unit_id for u in charted]
        self.state_chart.set_data("Expedientes del periodo por unidad, según su estado",
                                  [u.abbreviation or u.unit for u in charted],
                                  [[dash.by_state(u)[i] for u in charted]
                                   for i in range(len(dash.STATE_NAMES))],
                                  dash.STATE_NAMES, STATE_COLOURS)
        self.age_chart.set_data("Pendientes hoy por antigüedad (días hábiles)",
                                [u.abbreviation or u.unit for u in charted],
                                [[u.ages[i] for u in charted]
                                 for i in range(len(dash.AGE_LABELS))],
                                dash.AGE_LABELS, AGE_COLOURS)
        self.ui.statusLabel.setText(
            f"{board.title}: periodo {board.period_text}; {board.as_of_text}. Pulse una cifra, "
            "una fila de la tabla o una barra para abrir la lista que la explica.")
        self._show_figures()
        if then:
            then()

    def _show_figures(self) -> None:
        board = self.board
        if board is None:
            return
        unit_id = self.ui.unitCombo.currentData()
        u = board.unit(unit_id)
        grid = self.ui.figuresGrid
        for button in self.buttons.values():
            grid.removeWidget(button)
            button.hide()  # gone now, not when the event loop deletes it
            button.deleteLater()
        self.buttons = {}
        previous = self.ui.printButton
        for n, (key, value, label) in enumerate(figures_of(board, u)):
            button = QPushButton(f"{value}\n{label}", self.ui.figuresGroup)
            button.setObjectName(f"figure_{key}")
            button.setAccessibleName(f"{label}: {value}")
            # The grid, not the longest label, sets the width (the tooltip says it whole).
            button.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
            button.setMinimumWidth(80)
            long = next((d.label + " en borrador" for d in board.instrument_drafts
                         if key == f"i_{d.module}"), label)
            button.setToolTip(f"{long}: {value}. Pulse para ver la lista.")
            alarm = key in ("overdue", "c_overdue", "late") and value not in ("0", "—")
            if alarm:
                button.setStyleSheet("QPushButton { color: #b00020; font-weight: bold; }")
            button.clicked.connect(lambda _c=False, k=key: self.open_figure(k, unit_id))
            grid.addWidget(button, n // FIGURES_PER_ROW, n % FIGURES_PER_ROW)
            QWidget.setTabOrder(previous, button)
            previous = button
            self.buttons[key] = button
        for column in range(FIGURES_PER_ROW):
            grid.setColumnStretch(column, 1)
        QWidget.setTabOrder(previous, self.ui.lowerTabs)
        who = "toda la municipalidad" if u.unit_id is None else u.unit
        self.ui.figuresGroup.setTitle(f"Cifras de {who} (pulse una para ver la lista)")

    # --- the lists behind the figures ---------------------------------------------------------
    def open_cell(self, row: int, column: int) -> QWidget | None:
        board = self.board
        if board is None or not 0 <= column < len(COLUMN_KEYS) or COLUMN_KEYS[column] is None:
            return None
        rows = [*board.units, board.whole]
        if not 0 <= row < len(rows):
            return None
        return self.open_figure(COLUMN_KEYS[column], rows[row].unit_id)

    def _chart_clicked(self, key: str, row: int) -> None:
        if 0 <= row < len(self.chart_units):
            self.open_figure(key, self.chart_units[row])

    def _page(self, module_key: str):
        return getattr(self.window(), "pages", {}).get(module_key)

    def open_figure(self, key: str, unit_id: int | None) -> QWidget | None:
        """Open the section that lists what a figure counts: the case files received in the
        period (a unit's or all; answered in time or late), the unit's bandeja of overdue ones,
        those in process (of an age), the unit's compromisos in that state, its documents
        (drafts first), or the normative documents in draft."""
        board = self.board
        if board is None:
            return None
        module_key = self.module.key if self.module is not None else GERENCIA
        page = self._page(module_key)
        if key.startswith("i_"):
            page = self._page(key[2:])
            section = page.select("instruments") if page is not None else None
            if section is not None and hasattr(section, "show_drafts"):
                section.show_drafts()
            return section
        if page is None:
            return None
        u = board.unit(unit_id)
        where = "toda la municipalidad" if unit_id is None else u.unit
        if key in ("received", "in_time", "late", "average", "pending", "overdue", *AGE_KEYS):
            section = page.select("case_files")
            period = dict(unit_id=unit_id, received_from=board.start, received_to=board.end)
            if key == "overdue":
                section.show_list(unit_id, Tray.OVERDUE, CaseFilter(unit_id=unit_id,
                                                                     state=OVERDUE),
                                  f"Vencidos hoy en {where}")
            elif key == "pending":
                section.show_list(unit_id, None, CaseFilter(unit_id=unit_id, state=IN_PROCESS),
                                  f"En trámite hoy en {where}")
            elif key in AGE_KEYS:
                i = AGE_KEYS.index(key)
                first, last = board.age_ranges[i]
                section.show_list(unit_id, None, CaseFilter(
                    unit_id=unit_id, state=IN_PROCESS, received_from=first, received_to=last),
                    f"En trámite hoy con {dash.AGE_LABELS[i].lower()} hábiles en {where}")
            elif key in ("in_time", "late"):
                section.show_list(unit_id, None, CaseFilter(
                    **period, answered=IN_TIME if key == "in_time" else LATE),
                    f"Recibidos en {board.title.lower()} y atendidos "
                    f"{'en plazo' if key == 'in_time' else 'fuera de plazo'} ({where})")
            else:
                section.show_list(unit_id, None, CaseFilter(**period),
                                  f"Recibidos en {board.title.lower()} ({where})")
            return section
        if key.startswith("c_"):
            section = page.select("commitments")
            period = (board.start, board.end)
            section.show_unit(unit_id, *{"c_due": ("all", period), "c_done": ("done", period),
                                         "c_overdue": ("overdue", None)}[key])
            return section
        if key == "drafts":
            section = page.select("unit_documents")
            if unit_id is not None:
                section.show_unit(unit_id)
            return section
        return None

    # --- paper -------------------------------------------------------------------------------
    def print_dashboard(self):
        actor, (year, month) = self.ctx.actor, self.period()
        return self.preview_paper(lambda s: dash.render_dashboard(s, actor, year, month),
                                  "Tablero de gestión", self._audit)

    def _audit(self, where: str) -> None:
        actor = self.ctx.actor
        CollectionOp(self, self.ctx.db,
                     lambda s: dash.record_dashboard_print(s, actor, where),
                     lambda _r: None).failure(self.refusing("No se registró la impresión")).run()
