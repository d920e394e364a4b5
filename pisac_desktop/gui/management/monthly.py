"""Gerencia Municipal > Informe mensual: the gerente writes his summary of a month (or of the
year, for the memoria de gestión), then previews, prints or saves the report the app assembles
from the period's data. What is typed for a period is kept while another is looked at, and
saved before a preview so that the paper says what the screen shows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pisac_desktop.core.permissions import Permission
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_monthly_report_section import Ui_MonthlyReportSection
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.management import monthly
from pisac_desktop.spanish.dates import MONTHS


class MonthlyReportSection(SectionBase, QWidget):
    XLSX_TITLE = "Guardar las tablas del informe en Excel"

    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx, self.module = ctx, module
        self.ui = Ui_MonthlyReportSection()
        self.ui.setupUi(self)
        ui = self.ui
        self.saved_text: dict[tuple[int, int], str] = {}  # as stored, per period
        self.drafts: dict[tuple[int, int], str] = {}  # typed and not saved yet
        self.shown: tuple[int, int] | None = None
        today = ctx.today()
        ui.yearSpin.setValue(today.year)
        for number, name in enumerate(MONTHS, start=1):
            ui.monthCombo.addItem(name.capitalize(), number)
        ui.monthCombo.addItem("Memoria de gestión del año", monthly.MEMORIA)
        # Early in a month the report due is last month's.
        ui.monthCombo.setCurrentIndex(today.month - 2 if today.day <= 15 and today.month > 1
                                      else today.month - 1)
        writes = ctx.actor.can(Permission.FOLLOW_UP)
        ui.summaryEdit.setReadOnly(not writes)
        ui.saveButton.setVisible(writes)
        ui.yearSpin.valueChanged.connect(lambda _v: self.load())
        ui.monthCombo.currentIndexChanged.connect(lambda _i: self.load())
        ui.saveButton.clicked.connect(self.save)
        ui.previewButton.clicked.connect(self.preview)
        ui.excelButton.clicked.connect(self.export_xlsx)

    @property
    def period(self) -> tuple[int, int]:
        return self.ui.yearSpin.value(), self.ui.monthCombo.currentData()

    def _keep_typing(self) -> None:
        if self.shown is not None:
            text = self.ui.summaryEdit.toPlainText()
            if text != self.saved_text.get(self.shown, ""):
                self.drafts[self.shown] = text
            else:
                self.drafts.pop(self.shown, None)

    def load(self, then=None) -> None:
        self._keep_typing()
        actor, (year, month) = self.ctx.actor, self.period
        QueryOp(self, self.ctx.db, lambda s: monthly.summary_of(s, actor, year, month),
                lambda text: self._show((year, month), text, then)) \
            .failure(lambda message, _e: self.ui.statusLabel.setText(message)) \
            .superseding("summary").run()

    def _show(self, period, text: str, then=None) -> None:
        self.saved_text[period] = text
        self.shown = period
        draft = self.drafts.get(period)
        self.ui.summaryEdit.setPlainText(draft if draft is not None else text)
        year, month = period
        self.ui.statusLabel.setText(
            ("Resumen sin guardar (lo escrito se conserva)." if draft is not None else
             "Resumen guardado." if text else "Sin resumen todavía.")
            + f" Periodo: {monthly.period_title(year, month)}.")
        if then:
            then()

    def is_modified(self) -> bool:
        return self.shown is not None and \
            self.ui.summaryEdit.toPlainText() != self.saved_text.get(self.shown, "")

    def save(self) -> bool:
        if self.shown is None or not self.ctx.actor.can(Permission.FOLLOW_UP):
            return False
        actor, (year, month), text = self.ctx.actor, self.shown, \
            self.ui.summaryEdit.toPlainText()
        op = CollectionOp(self, self.ctx.db,
                          lambda s: monthly.save_summary(s, actor, year, month, text)) \
            .failure(self.refusing("No se pudo guardar el resumen")).run().wait()
        if op.ok:
            self.saved_text[(year, month)] = text.strip()
            self.drafts.pop((year, month), None)
            self.ui.summaryEdit.setPlainText(text.strip())
            self.ui.statusLabel.setText(
                f"Resumen de {monthly.period_title(year, month)} guardado.")
        return op.ok

    def preview(self):
        if self.is_modified() and not self.save():
            return None
        actor, (year, month) = self.ctx.actor, self.period
        return self.preview_paper(
            lambda s: monthly.render_monthly(s, actor, year, month),
            f"Informe de gestión — {monthly.period_title(year, month)}",
            lambda where: self._audit(year, month, where))

    def export_xlsx(self):
        actor, (year, month) = self.ctx.actor, self.period
        op = QueryOp(self, self.ctx.db, lambda s: monthly.monthly_xlsx(s, actor, year, month)) \
            .failure(self.refusing("No se pudo preparar el libro")) \
            .busy("Preparando el libro…").run().wait()
        if not op.ok:
            return None
        data, name = op.result
        return self.save_workbook(data, name, self.ui.statusLabel,
                                  lambda where: self._audit(year, month, where))

    def _audit(self, year: int, month: int, where: str) -> None:
        actor = self.ctx.actor
        CollectionOp(self, self.ctx.db, lambda s: monthly.record_monthly_print(
            s, actor, year, month, where), lambda _r: None) \
            .failure(self.refusing("No se registró la impresión")).run()
