"""Gerencia Municipal > Plan operativo y presupuesto: the POI's activities of a year per unit, their
physical progress up to a month and their budget execution; an activity added or changed, a
month's actual reported by its unit, the budget imported from the SIAF export."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtWidgets import QWidget

from pisac_desktop.core.errors import FieldError, ValidationFailed
from pisac_desktop.core.permissions import Permission
from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_budget_import_dialog import Ui_BudgetImportDialog
from pisac_desktop.gui.forms.ui_plan_activity_dialog import Ui_PlanActivityDialog
from pisac_desktop.gui.forms.ui_plan_month_dialog import Ui_PlanMonthDialog
from pisac_desktop.gui.forms.ui_plan_section import Ui_PlanSection
from pisac_desktop.gui.management.listing import RowsOfView, list_model
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.management import plan as pl
from pisac_desktop.management import views as mv
from pisac_desktop.spanish.dates import MONTHS, short_date
from pisac_desktop.spanish.money import soles

# The year's target and the PIM are in the detail: the activity's name needs the room.
HEADERS = ("Código", "Actividad", "Unidad", "Medida", "Programado", "Ejecutado", "Avance",
           "Devengado", "Ejecución")
SAMPLES = ("AOI-GDUR-00", "", "GDUR", "Kilómetro", "Programado", "Ejecutado", "100,0 %",
           "S/ 000 000.00", "Ejecución")


def pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} %".replace(".", ",")


class ActivityDialog(FormDialog):
    UI = Ui_PlanActivityDialog
    FIELDS = {"year": "yearSpin", "unit_id": "unitCombo", "code": "codeEdit", "name": "nameEdit",
              "measure": "measureEdit", "targets": "m1Spin"}
    OK_TEXT = "Guardar"

    def __init__(self, ctx, units, year: int, view: pl.ActivityView | None = None, parent=None):
        super().__init__(ctx, parent)
        ui = self.ui
        self.view, self.activity_id = view, None
        ui.headingLabel.setText("La actividad operativa como figura en el POI, con su meta "
                                "física de cada mes en su unidad de medida.")
        ui.unitCombo.addItem("— Elija la unidad —", None)
        for unit_id, name in units:
            ui.unitCombo.addItem(name, unit_id)
        ui.yearSpin.setValue(year)
        if view is not None:
            self.setWindowTitle("Modificar actividad del POI")
            ui.yearSpin.setEnabled(False)
            ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(view.unit_id)))
            ui.codeEdit.setText(view.code)
            ui.nameEdit.setText(view.name)
            ui.measureEdit.setText(view.measure)
            for month, target in enumerate(view.targets, start=1):
                self.spin(month).setValue(target)

    def spin(self, month: int):
        return getattr(self.ui, f"m{month}Spin")

    def form(self) -> pl.ActivityForm:
        ui = self.ui
        return pl.ActivityForm(ui.yearSpin.value(), ui.unitCombo.currentData(), ui.codeEdit.text(),
                               ui.nameEdit.text(), ui.measureEdit.text(),
                               [self.spin(m).value() for m in range(1, 13)])

    def write(self, session, values):
        return pl.save_activity(session, self.ctx.actor, values,
                                self.view.id if self.view else None)

    def saved(self, activity_id) -> None:
        self.activity_id = activity_id


class MonthDialog(FormDialog):
    UI = Ui_PlanMonthDialog
    FIELDS = {"month": "monthCombo", "actual": "actualSpin", "note": "noteEdit"}
    OK_TEXT = "Informar"

    def __init__(self, ctx, view: pl.ActivityView, month: int, parent=None):
        super().__init__(ctx, parent)
        ui = self.ui
        self.view = view
        ui.headingLabel.setText(f"<b>{escape(view.code)}</b> — {escape(view.name)}<br>"
                                f"{escape(view.unit)}; unidad de medida: {escape(view.measure)}")
        for number, name in enumerate(MONTHS, start=1):
            ui.monthCombo.addItem(name.capitalize(), number)
        ui.monthCombo.currentIndexChanged.connect(lambda _i: self._month_changed())
        ui.monthCombo.setCurrentIndex(month - 1)
        self._month_changed()

    def _month_changed(self) -> None:
        month = self.ui.monthCombo.currentData()
        v = self.view
        self.ui.targetLabel.setText(f"{escape(v.measure)} — programado: {v.targets[month - 1]}")
        self.ui.actualSpin.setValue(v.actuals[month - 1] or 0)
        self.ui.noteEdit.setText(v.notes[month - 1])

    def form(self):
        ui = self.ui
        return ui.monthCombo.currentData(), ui.actualSpin.value(), ui.noteEdit.text()

    def write(self, session, values):
        return pl.report_month(session, self.ctx.actor, self.view.id, *values)


class BudgetImportDialog(FormDialog):
    UI = Ui_BudgetImportDialog
    FIELDS = {"file": "fileEdit", "as_of": "asOfEdit"}
    OK_TEXT = "Importar"
    PROGRESS = ("Importar el presupuesto de SIAF",
                lambda done, total: f"Importando el presupuesto: {done} de {total} actividades…"
                if total else "Leyendo el reporte de SIAF…")

    def __init__(self, ctx, year: int, parent=None):
        super().__init__(ctx, parent)
        ui = self.ui
        self.year, self.path, self.result_text = year, None, ""
        ui.headingLabel.setText(
            f"El reporte de ejecución del {year} exportado de SIAF a Excel, con las columnas "
            "código de la actividad, PIA, PIM, certificación y devengado. Se importa todo o "
            "nada: si una fila no corresponde a una actividad del POI, no se importa ninguna.")
        today = ctx.today()
        month_end = dt.date(today.year, today.month, 1) - dt.timedelta(days=1)
        ui.asOfEdit.setDate(qdate(month_end if month_end.year == year
                                  else min(today, dt.date(year, 12, 31))))
        ui.fileButton.clicked.connect(self.choose_file)

    def choose_file(self) -> None:
        chooser = file_dialogs.make_dialog(self, "Elegir el reporte de SIAF",
                                           self.ctx.paths.documents,
                                           "Libro de Excel (*.xlsx);;Todos los archivos (*)",
                                           "open")
        if chooser.exec() and chooser.selectedFiles():
            self.set_file(Path(chooser.selectedFiles()[0]))

    def set_file(self, path: Path | None) -> None:
        self.path = path
        self.ui.fileEdit.setText(path.name if path else "")

    def read(self):
        if self.path is None:
            raise ValidationFailed([FieldError("file", "Elija el archivo exportado de SIAF.")])
        try:
            content = self.path.read_bytes()
        except OSError as exc:
            raise ValidationFailed([FieldError("file", f"No se pudo leer «{self.path.name}»: "
                                                       f"{exc.strerror or exc}.")]) from exc
        return self.ui.asOfEdit.date().toPython(), self.path.name, content

    def write(self, session, values, progress=None):
        return pl.import_budget(session, self.ctx.actor, self.year, *values, progress=progress)

    def saved(self, result: pl.BudgetImport) -> None:
        self.result_text = (f"Presupuesto al {short_date(result.as_of)} importado: "
                            f"{result.activities} actividades.")


def detail_html(v: pl.ActivityView, month: int) -> str:
    rows = "".join(
        f"<tr><td>{MONTHS[m - 1][:3].capitalize()}</td><td align='right'>{v.targets[m - 1]}</td>"
        f"<td align='right'>{'—' if v.actuals[m - 1] is None else v.actuals[m - 1]}</td></tr>"
        for m in range(1, 13))
    notes = "".join(f"<br><b>{MONTHS[m - 1].capitalize()}:</b> {escape(v.notes[m - 1])}"
                    for m in range(1, 13) if v.notes[m - 1])
    budget = v.budget
    money = (f"<p><b>Presupuesto al {short_date(budget.as_of)}:</b> PIA {soles(budget.opening)}"
             f", PIM {soles(budget.modified)}, certificado {soles(budget.certified)}, "
             f"devengado {soles(budget.accrued)} ({pct(budget.execution)} del PIM).</p>"
             if budget else "<p><i>Sin presupuesto importado.</i></p>")
    late = v.unreported(month)
    return "".join([
        f"<h3>{escape(v.code)}</h3><p>{escape(v.name)}</p>",
        f"<p><b>Unidad:</b> {escape(v.unit)}<br><b>Unidad de medida:</b> {escape(v.measure)}"
        f"<br><b>Meta del año:</b> {v.yearly_target}"
        f"<br><b>Avance al mes de {MONTHS[month - 1]}:</b> {v.actual_to(month)} de "
        f"{v.target_to(month)} ({pct(v.progress_to(month))})</p>",
        f"<p style='color:#a40000'>Sin informar: "
        f"{', '.join(MONTHS[m - 1] for m in late)}.</p>" if late else "", money,
        "<table border='1' cellspacing='0' cellpadding='2'><tr><th>Mes</th><th>Meta</th>"
        f"<th>Ejecutado</th></tr>{rows}</table>",
        f"<p>{notes[4:]}</p>" if notes else ""])


class PlanSection(RowsOfView, SectionBase, QWidget):
    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx, self.module = ctx, module
        self.ui = Ui_PlanSection()
        self.ui.setupUi(self)
        ui = self.ui
        self.rows: list[pl.ActivityView] = []
        self.last_dialog = None
        view = ui.planView
        self.model = list_model(view, HEADERS, SAMPLES, 1, self)
        ui.planSplitter.setSizes([880, 260])
        today = ctx.today()
        ui.yearCombo.addItem(str(today.year), today.year)
        ui.unitCombo.addItem("Todas las unidades", None)
        for number, name in enumerate(MONTHS, start=1):
            ui.monthCombo.addItem(name.capitalize(), number)
        ui.monthCombo.setCurrentIndex(max(0, today.month - 2) if today.day < 10
                                      else today.month - 1)
        manages = ctx.actor.can(Permission.FOLLOW_UP)
        for button in (ui.newButton, ui.editButton, ui.importButton):
            button.setVisible(manages)
        for combo in (ui.yearCombo, ui.unitCombo, ui.monthCombo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.newButton.clicked.connect(self.new_activity)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.reportButton.clicked.connect(self.report_selected)
        ui.importButton.clicked.connect(self.import_budget)
        view.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        view.doubleClicked.connect(lambda _i: self.report_selected())
        self._selected()

    @property
    def year(self) -> int:
        return self.ui.yearCombo.currentData()

    @property
    def month(self) -> int:
        return self.ui.monthCombo.currentData()

    def load(self, then=None) -> None:
        if self.ui.unitCombo.count() == 1:
            actor = self.ctx.actor
            QueryOp(self, self.ctx.db, lambda s: (mv.unit_choices(s, actor),
                                                  pl.plan_years(s)), self._show_choices).run()
        self.refresh(then)

    def _show_choices(self, choices) -> None:
        units, years = choices
        ui = self.ui
        for combo in (ui.unitCombo, ui.yearCombo):
            combo.blockSignals(True)
        for unit_id, name in units:
            ui.unitCombo.addItem(name, unit_id)
        for year in years:
            if ui.yearCombo.findData(year) < 0:
                ui.yearCombo.addItem(str(year), year)
        for combo in (ui.unitCombo, ui.yearCombo):
            combo.blockSignals(False)

    def refresh(self, then=None) -> None:
        actor, year, unit = self.ctx.actor, self.year, self.ui.unitCombo.currentData()
        month_end = dt.date(year, 12, 31) if self.month == 12 else \
            dt.date(year, self.month + 1, 1) - dt.timedelta(days=1)
        QueryOp(self, self.ctx.db, lambda s: pl.plan_of(s, actor, year, unit, month_end),
                lambda rows: self._show(rows, then)) \
            .failure(lambda message, _e: self.ui.statusLabel.setText(message)) \
            .superseding("list").run()

    def _show(self, rows, then=None) -> None:
        keep, month = self.selected(), self.month
        self.rows = rows
        self.model.set_flagged_rows(
            [(v.code, v.name, v.unit_short, v.measure, str(v.target_to(month)),
              str(v.actual_to(month)), pct(v.progress_to(month)),
              soles(v.budget.accrued) if v.budget else "—",
              pct(v.budget.execution) if v.budget else "—") for v in rows],
            [bool(v.unreported(month)) for v in rows],
            [f"{v.name} — {v.unit}" + (
                "\nSin informar: " + ", ".join(MONTHS[m - 1] for m in v.unreported(month))
                if v.unreported(month) else "") for v in rows])
        late = sum(bool(v.unreported(month)) for v in rows)
        self.ui.statusLabel.setText(
            f"{len(rows)} actividades del POI {self.year}"
            + (f"; {late} con meses sin informar (en rojo)." if late else ".") if rows else
            f"El POI {self.year} no tiene actividades registradas"
            + (": regístrelas con «Nueva actividad…»." if self.ui.newButton.isVisible() else "."))
        if keep is not None:
            self.select_id(keep.id)
        self._selected()
        if then:
            then()

    def rows_view(self):
        return self.ui.planView

    def _selected(self) -> None:
        v, ui = self.selected(), self.ui
        ui.editButton.setEnabled(v is not None and v.can_edit)
        ui.reportButton.setEnabled(v is not None and v.can_report)
        ui.planBrowser.setHtml(detail_html(v, self.month) if v else
                               "<p><i>Elija una actividad para ver sus meses.</i></p>")

    def _units(self):
        actor = self.ctx.actor
        op = QueryOp(self, self.ctx.db, lambda s: mv.unit_choices(s, actor)) \
            .failure(self.refusing("No se pudo abrir el formulario")).run().wait()
        return op.result if op.ok else None

    def new_activity(self, view: pl.ActivityView | None = None) -> ActivityDialog | None:
        units = self._units()
        if units is None:
            return None
        dialog = ActivityDialog(self.ctx, units, self.year, view, self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog) and dialog.activity_id:
            aid = dialog.activity_id
            self.refresh(lambda: (self.select_id(aid), self.ui.statusLabel.setText(
                "Actividad guardada.")))
        return dialog

    def edit_selected(self) -> ActivityDialog | None:
        v = self.selected()
        return self.new_activity(v) if v is not None and v.can_edit else None

    def report_selected(self) -> MonthDialog | None:
        v = self.selected()
        if v is None or not v.can_report:
            return None
        dialog = MonthDialog(self.ctx, v, self.month, self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog):
            self.refresh(lambda: (self.select_id(v.id), self.ui.statusLabel.setText(
                "Avance del mes informado.")))
        return dialog

    def import_budget(self) -> BudgetImportDialog | None:
        dialog = BudgetImportDialog(self.ctx, self.year, self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog):
            text = dialog.result_text
            self.refresh(lambda: self.ui.statusLabel.setText(text))
        return dialog
