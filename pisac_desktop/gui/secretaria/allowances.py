"""Secretaría General > Dietas de regidores: for a month, per regidor, the sessions attended and
those payable (at most 4 a month, LOM art. 12); the report previewed and printed as a PDF or
saved as an Excel workbook. Every print or save is audited."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from pisac_desktop.council.allowances import (
    MONTHLY_LIMIT,
    AllowanceMonth,
    allowances_pdf,
    allowances_xlsx,
    monthly_allowances,
)
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.council_printing import audit_council_print
from pisac_desktop.gui.forms.ui_allowances_section import Ui_AllowancesSection
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.registry import ModuleSpec
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.gui.table_models import ALARM_MARK, HighlightedRowsModel
from pisac_desktop.spanish.dates import MONTHS
from pisac_desktop.spanish.plural import agree, plural

OVER_LIMIT_BACKGROUND = QColor("#fff4d6")
NONE_FOREGROUND = QColor("#7a7a7a")


def _sessions(n: int) -> str:
    return plural(n, "sesión", "sesiones")


class AllowancesSection(SectionBase, QWidget):
    def __init__(self, ctx: AppContext, module: ModuleSpec, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AllowancesSection()
        self.ui.setupUi(self)
        self.data: AllowanceMonth | None = None
        self.model = HighlightedRowsModel(
            ("Regidor(a)", "Cargo", "Asistidas", "Pagables", "Sesiones asistidas"), self)
        view = self.ui.allowancesView
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        for number, name in enumerate(MONTHS, start=1):
            self.ui.monthCombo.addItem(name.capitalize(), number)
        today = ctx.today()
        self.ui.monthCombo.setCurrentIndex(today.month - 1)
        self.ui.yearSpin.setValue(today.year)
        self.ui.monthCombo.currentIndexChanged.connect(lambda _i: self.load())
        self.ui.yearSpin.valueChanged.connect(lambda _v: self.load())
        self.ui.previewButton.clicked.connect(self.preview)
        self.ui.excelButton.clicked.connect(self.export_xlsx)

    @property
    def period(self) -> tuple[int, int]:
        return self.ui.yearSpin.value(), self.ui.monthCombo.currentData()

    def set_period(self, year: int, month: int) -> None:
        """Choose a month (tests, screenshots); the table follows."""
        for widget in (self.ui.yearSpin, self.ui.monthCombo):
            widget.blockSignals(True)
        self.ui.yearSpin.setValue(year)
        self.ui.monthCombo.setCurrentIndex(month - 1)
        for widget in (self.ui.yearSpin, self.ui.monthCombo):
            widget.blockSignals(False)
        self.load()  # once

    def load(self) -> None:
        """The month's allowances, calculated in a worker (a later month asked for wins)."""
        year, month = self.period
        self.ui.statusLabel.clear()
        refuse = self.refusing("No se pudieron calcular las dietas")

        def failed(message: str, exc: BaseException) -> None:
            self._show(None)
            refuse(message, exc)

        QueryOp(self, self.ctx.db, lambda s: monthly_allowances(s, year, month), self._show) \
            .failure(failed).busy("Calculando las dietas…").superseding("month").run()

    def _show(self, data: AllowanceMonth | None) -> None:
        self.data = data
        rows, looks = [], []
        for line in data.lines if data else ():
            attended, payable = len(line.attended), len(line.payable)
            tip = ""
            if attended > payable:
                tip = (f"Asistió a {_sessions(attended)}; se pagan {MONTHLY_LIMIT} al mes "
                       "(Ley N° 27972, art. 12).")
            rows.append((line.name, line.post, attended, payable,
                         ", ".join(a.label for a in line.attended) or "—"))
            looks.append((OVER_LIMIT_BACKGROUND if tip else None,
                          NONE_FOREGROUND if not attended else None, tip,
                          ALARM_MARK if tip else ""))
        self.model.set_rows_with_looks(rows, looks)
        self.ui.summaryLabel.setText(self.summary_text())
        has_lines = bool(data and data.lines)
        self.ui.previewButton.setEnabled(has_lines)
        self.ui.excelButton.setEnabled(has_lines)

    def summary_text(self) -> str:
        data = self.data
        if data is None:
            return ""
        label = data.label.capitalize()
        if not data.lines:
            return (f"{label}: no hay regidores en funciones en ese mes (revise el período "
                    "municipal en Configuración).")
        if not data.held:
            return f"{label}: no se realizó ninguna sesión de concejo; no corresponden dietas."
        held = ", ".join(a.label for a in data.held)
        return (f"{label}: {_sessions(len(data.held))} "
                f"{agree(len(data.held), 'realizada', 'realizadas')} ({held}). En total, "
                f"{_sessions(data.total_attended)} "
                f"{agree(data.total_attended, 'asistida', 'asistidas')} y "
                f"{plural(data.total_payable, 'pagable', 'pagables')}.")

    # --- printing and Excel --------------------------------------------------------------
    def preview(self) -> QDialog | None:
        year, month = self.period
        return self.preview_paper(lambda session: allowances_pdf(session, year, month),
                            f"Dietas de regidores — {MONTHS[month - 1]} de {year}",
                            lambda where: self.audit(year, month, where))

    XLSX_TITLE = "Exportar dietas a Excel"

    def export_xlsx(self) -> Path | None:
        year, month = self.period
        # Waited for (the window keeps painting): the save dialog follows.
        op = QueryOp(self, self.ctx.db, lambda s: allowances_xlsx(s, year, month)) \
            .failure(self.refusing("No se pudo preparar el reporte")) \
            .busy("Preparando el reporte…").disabling(self.ui.excelButton).run().wait()
        if not op.ok:
            return None
        data, name = op.result
        return self.save_workbook(data, name, self.ui.statusLabel,
                                  lambda where: self.audit(year, month, where))

    def audit(self, year: int, month: int, destination: str) -> None:
        audit_council_print(self, self.ctx, "allowances", destination, period=(year, month))
