"""Gerencia Municipal > Seguimiento de acuerdos (ROF art. 32): the compromisos given from the acts
issued, the most pressing first and the overdue in red; give one, report progress with evidence,
reprogram, reopen; the compliance report for the council as PDF and Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from pisac_desktop.core.permissions import Permission
from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_commitments_section import Ui_CommitmentsSection
from pisac_desktop.gui.management.dialogs import CommitmentDialog, ReportDialog, detail_html
from pisac_desktop.gui.management.listing import RowsOfView, list_model
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.management import commitments as cm
from pisac_desktop.management import compliance
from pisac_desktop.management import views as mv
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.spanish.plural import plural

HEADERS = ("Vence", "Estado", "Avance", "Compromiso", "Unidad", "Documento")
SAMPLES = ("00/00/0000", "No aplicable", "100 %", "", "Gerencia de Desarrollo Urbano",
           "OM N° 000-2026")
STATUSES = (("Abiertos", "open"), ("Vencidos", cm.OVERDUE), ("Cerrados", "closed"),
            ("Todos", "all"), ("Cumplidos", "done"))


class CommitmentsSection(RowsOfView, SectionBase, QWidget):
    XLSX_TITLE = "Exportar el reporte de cumplimiento a Excel"

    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx, self.module = ctx, module
        self.ui = Ui_CommitmentsSection()
        self.ui.setupUi(self)
        ui = self.ui
        self.rows: list[mv.CommitmentView] = []
        self.last_dialog = None
        self.manages = ctx.actor.can(Permission.FOLLOW_UP)
        view = ui.commitmentsView
        self.model = list_model(view, HEADERS, SAMPLES, 3, self)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        ui.commitmentsSplitter.setStretchFactor(0, 3)
        ui.commitmentsSplitter.setStretchFactor(1, 1)
        ui.commitmentsSplitter.setSizes([800, 340])
        # A unit's staff see their units first; the Gerencia, every unit.
        ui.unitCombo.addItem("Todas las unidades", None)
        if not self.manages and ctx.actor.can(Permission.CASE_FILES):
            ui.unitCombo.addItem("Mis unidades", "mine")
        for label, code in STATUSES:
            ui.statusCombo.addItem(label, code)
        year = ctx.today().year
        ui.fromDateEdit.setDate(QDate(year - 1, 1, 1))
        ui.toDateEdit.setDate(qdate(ctx.today()))
        self.due_range = None  # (from, to): the Tablero's period, until a filter is changed
        for signal in (ui.unitCombo.currentIndexChanged, ui.statusCombo.currentIndexChanged,
                       ui.councilOnlyCheck.toggled, ui.fromDateEdit.dateChanged,
                       ui.toDateEdit.dateChanged):
            signal.connect(lambda _v: self._filter_changed())
        ui.newButton.setVisible(self.manages)
        ui.reprogramButton.setVisible(self.manages)
        ui.reopenButton.setVisible(self.manages)
        ui.newButton.clicked.connect(self.new_commitment)
        ui.reportButton.clicked.connect(self.report_selected)
        ui.reprogramButton.clicked.connect(self.reprogram_selected)
        ui.reopenButton.clicked.connect(self.reopen_selected)
        ui.evidenceButton.clicked.connect(self.open_evidence)
        ui.complianceButton.clicked.connect(self.print_compliance)
        ui.excelButton.clicked.connect(self.export_xlsx)
        view.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        view.doubleClicked.connect(lambda _i: self.report_selected())
        self.history: list[mv.ReportView] = []
        self.wanted_unit: int | None = None  # chosen by the Tablero before the units arrive
        self._selected()

    # --- the list ----------------------------------------------------------------------------
    def load(self, then=None) -> None:
        if self.ui.unitCombo.count() <= 2:
            actor = self.ctx.actor
            QueryOp(self, self.ctx.db, lambda s: mv.unit_choices(s, actor),
                    self._show_units).run()
        self.refresh(then)

    def _show_units(self, units) -> None:
        combo = self.ui.unitCombo
        combo.blockSignals(True)
        for unit_id, name in units:
            combo.addItem(name, unit_id)
        combo.blockSignals(False)
        if self.wanted_unit is not None and combo.findData(self.wanted_unit) >= 0:
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(self.wanted_unit))
            combo.blockSignals(False)
            self.refresh()  # keeps the Tablero's due dates
        self.wanted_unit = None

    def _filter_changed(self) -> None:
        self.due_range = None
        self.refresh()

    def current_filter(self) -> mv.CommitmentFilter:
        ui = self.ui
        unit = ui.unitCombo.currentData()
        due_from, due_to = self.due_range or (None, None)
        return mv.CommitmentFilter(
            due_from=due_from, due_to=due_to,
            unit_id=unit if isinstance(unit, int) else None, status=ui.statusCombo.currentData(),
            mine=unit == "mine", council_only=ui.councilOnlyCheck.isChecked(),
            acts_from=ui.fromDateEdit.date().toPython(), acts_to=ui.toDateEdit.date().toPython())

    def refresh(self, then=None) -> None:
        actor, flt = self.ctx.actor, self.current_filter()
        QueryOp(self, self.ctx.db, lambda s: mv.commitments_of(s, actor, flt),
                lambda rows: self._show(rows, then)) \
            .failure(lambda message, _e: self.ui.statusLabel.setText(message)) \
            .superseding("list").run()

    def _show(self, rows, then=None) -> None:
        keep = self.selected()
        self.rows = rows
        self.model.set_flagged_rows(
            [(short_date(v.due_on), v.state_label, f"{v.percent} %",
              " ".join(v.description.split()), v.unit, v.act_ref) for v in rows],
            [v.overdue for v in rows],
            [f"{v.act_number}: {' '.join(v.act_summary.split())}" for v in rows])
        overdue = sum(v.overdue for v in rows)
        self.ui.statusLabel.setText(
            f"{plural(len(rows), 'compromiso', 'compromisos')}"
            + (f", {plural(overdue, 'vencido', 'vencidos')}." if overdue else ".")
            if rows else "Ningún compromiso con estos filtros."
            + (" Elija un acuerdo o una resolución emitida con «Nuevo compromiso…»."
               if self.manages else ""))
        if self.due_range is not None:
            first, last = self.due_range
            self.ui.statusLabel.setText(
                f"Que vencen del {short_date(first)} al {short_date(last)} (desde el Tablero de "
                f"gestión; cambie un filtro para verlos todos): {self.ui.statusLabel.text()}")
        if keep is not None:
            self.select_id(keep.id)
        self._selected()
        if then:
            then()

    def rows_view(self):
        return self.ui.commitmentsView

    def load_and_select(self, commitment_id: int) -> None:
        """From the Resumen: every open compromiso, that one selected."""
        self.ui.unitCombo.setCurrentIndex(0)
        self.ui.statusCombo.setCurrentIndex(0)
        self.ui.councilOnlyCheck.setChecked(False)
        self.ui.fromDateEdit.setDate(self.ui.fromDateEdit.minimumDate())
        self.refresh(lambda: self.select_id(commitment_id))

    def show_unit(self, unit_id: int | None, status: str = "all", due=None) -> None:
        """From the Tablero de gestión: one unit's compromisos (None: every unit) in a state
        (open, overdue, done, closed, all), whatever the acts' dates; `due`: (from, to) of
        their due dates, kept until a filter is changed."""
        ui = self.ui
        widgets = (ui.unitCombo, ui.statusCombo, ui.councilOnlyCheck, ui.fromDateEdit,
                   ui.toDateEdit)
        for widget in widgets:
            widget.blockSignals(True)
        index = ui.unitCombo.findData(unit_id) if unit_id is not None else 0
        ui.unitCombo.setCurrentIndex(max(index, 0))
        self.wanted_unit = unit_id if index < 0 else None
        ui.statusCombo.setCurrentIndex(max(ui.statusCombo.findData(status), 0))
        ui.councilOnlyCheck.setChecked(False)
        ui.fromDateEdit.setDate(ui.fromDateEdit.minimumDate())
        ui.toDateEdit.setDate(ui.toDateEdit.maximumDate())
        for widget in widgets:
            widget.blockSignals(False)
        self.due_range = due
        self.refresh()

    def _selected(self) -> None:
        v, ui = self.selected(), self.ui
        ui.reportButton.setEnabled(v is not None and v.can_report)
        ui.reprogramButton.setEnabled(v is not None and v.can_manage and v.is_open)
        ui.reopenButton.setEnabled(v is not None and v.can_manage and not v.is_open)
        ui.evidenceButton.setEnabled(False)
        if v is None:
            ui.commitmentBrowser.setHtml("<p><i>Elija un compromiso para ver su historial.</i>"
                                         "</p>")
            return
        actor = self.ctx.actor
        QueryOp(self, self.ctx.db, lambda s: mv.reports_of(s, actor, v.id),
                lambda history: self._show_history(v, history)).superseding("history").run()

    def _show_history(self, v: mv.CommitmentView, history) -> None:
        if self.selected() is None or self.selected().id != v.id:
            return
        self.history = history
        self.ui.commitmentBrowser.setHtml(detail_html(v, history))
        self.ui.evidenceButton.setEnabled(any(r.has_file for r in history))

    # --- acts --------------------------------------------------------------------------------
    def _units(self):
        actor = self.ctx.actor
        op = QueryOp(self, self.ctx.db, lambda s: mv.unit_choices(s, actor)) \
            .failure(self.refusing("No se pudo abrir el formulario")).run().wait()
        return op.result if op.ok else None

    def new_commitment(self, act: mv.ActChoice | None = None) -> CommitmentDialog | None:
        units = self._units()
        if units is None:
            return None
        dialog = CommitmentDialog(self.ctx, units, act=act, parent=self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog) and dialog.commitment_id:
            cid = dialog.commitment_id
            self.ui.statusCombo.setCurrentIndex(0)
            self.refresh(lambda: (self.select_id(cid), self.ui.statusLabel.setText(
                "Compromiso encargado a la unidad responsable.")))
        return dialog

    def reprogram_selected(self) -> CommitmentDialog | None:
        v = self.selected()
        units = self._units() if v is not None else None
        if units is None:
            return None
        dialog = CommitmentDialog(self.ctx, units, view=v, parent=self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog):
            self.refresh(lambda: (self.select_id(v.id), self.ui.statusLabel.setText(
                "Compromiso reprogramado; el motivo queda en su historial.")))
        return dialog

    def report_selected(self) -> ReportDialog | None:
        v = self.selected()
        if v is None or not v.can_report:
            return None
        dialog = ReportDialog(self.ctx, v, self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog):
            self.refresh(lambda: (self.select_id(v.id), self.ui.statusLabel.setText(
                "Avance informado.")))
        return dialog

    def reopen_selected(self) -> bool:
        v = self.selected()
        if v is None or v.is_open:
            return False
        reason = self.ask_reason("Reabrir compromiso",
                                 f"¿Por qué se reabre «{v.description}»? (queda en su historial)")
        if reason is None:
            return False
        actor = self.ctx.actor
        op = CollectionOp(self, self.ctx.db, lambda s: cm.reopen(s, actor, v.id, reason)) \
            .failure(self.refusing("No se pudo reabrir")).run().wait()
        if op.ok:
            self.refresh(lambda: (self.select_id(v.id), self.ui.statusLabel.setText(
                "Compromiso reabierto: la unidad debe informar de nuevo.")))
        return op.ok

    def open_evidence(self) -> Path | None:
        """The newest scanned evidence, copied to a temporary file and opened in the viewer."""
        report = next((r for r in reversed(self.history) if r.has_file), None)
        if report is None:
            return None
        actor = self.ctx.actor
        op = QueryOp(self, self.ctx.db, lambda s: cm.evidence_file(s, actor, report.id)) \
            .failure(self.refusing("No se pudo abrir la evidencia")).run().wait()
        if not op.ok:
            return None
        try:
            return file_dialogs.open_copy(op.result.file_name, op.result.content,
                                          "pisac-evidencia-")
        except OSError as exc:
            self.ui.statusLabel.setText(f"No se pudo copiar el archivo: {exc.strerror or exc}.")
            return None

    # --- paper -------------------------------------------------------------------------------
    def print_compliance(self):
        actor, flt = self.ctx.actor, self.current_filter()
        return self.preview_paper(lambda s: compliance.render_compliance(s, actor, flt),
                                  "Reporte de cumplimiento", self._audit)

    def export_xlsx(self):
        actor, flt = self.ctx.actor, self.current_filter()
        op = QueryOp(self, self.ctx.db, lambda s: compliance.compliance_xlsx(s, actor, flt)) \
            .failure(self.refusing("No se pudo preparar el libro")) \
            .busy("Preparando el libro…").run().wait()
        if not op.ok:
            return None
        data, name = op.result
        return self.save_workbook(data, name, self.ui.statusLabel, self._audit)

    def _audit(self, where: str) -> None:
        actor = self.ctx.actor
        CollectionOp(self, self.ctx.db,
                     lambda s: compliance.record_compliance_print(s, actor, where),
                     lambda _r: None).failure(self.refusing("No se registró la impresión")).run()
