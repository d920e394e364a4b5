"""Configuración > Calendario de días hábiles: the non-working days added to the national
holidays (editable with EDIT_CALENDAR), every day off of a chosen year, and a calculator that
shows each computed date with the holidays it skipped."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QWidget

from pisac_desktop.core.calendar import (
    KIND_LABELS,
    BusinessCalendar,
    DayForm,
    DayOff,
    day_form,
    delete_day,
    non_working_days,
    save_day,
)
from pisac_desktop.core.permissions import Permission
from pisac_desktop.council.settings import council_settings
from pisac_desktop.council.states import SessionKind
from pisac_desktop.council.summons import required_notice
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_calendar_dialog import Ui_CalendarDialog
from pisac_desktop.gui.forms.ui_non_working_day_dialog import Ui_NonWorkingDayDialog
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.gui.table_models import ListTableModel
from pisac_desktop.spanish.dates import WEEKDAYS, long_date_with_weekday, short_date


def days_off_of_year(calendar: BusinessCalendar, year: int) -> list[DayOff]:
    """Every named day off of the year, weekends included, in date order."""
    day, out = dt.date(year, 1, 1), []
    while day.year == year:
        off = calendar.day_off(day)
        if off is not None:
            out.append(off)
        day += dt.timedelta(days=1)
    return out


def _calendar_view(session) -> tuple[dict[str, int], list[tuple[int, tuple]], BusinessCalendar]:
    """Worker: the notice of each kind of session, the table's rows (id, cells) and the
    calendar that counts with them."""
    settings = council_settings(session)
    notice = {kind: required_notice(settings, kind)
              for kind in (SessionKind.ORDINARY, SessionKind.EXTRAORDINARY)}
    rows = [(r.id, (r.day.strftime("%d/%m") + f" (desde {r.day.year})" if r.every_year
                    else short_date(r.day), "Sí" if r.every_year else "No",
                    KIND_LABELS.get(r.kind, r.kind), r.name, r.source))
            for r in non_working_days(session)]
    return notice, rows, BusinessCalendar.load(session)


class NonWorkingDayDialog(FormDialog):
    UI = Ui_NonWorkingDayDialog
    FIELDS = {"day": "dayEdit", "kind": "kindCombo", "name": "nameEdit", "source": "sourceEdit"}

    def __init__(self, ctx: AppContext, day_id: int | None = None,
                 parent: QWidget | None = None, row: DayForm | None = None):
        """day_id and row (its form, read before: CalendarDialog.edit_selected) to change a
        recorded day; neither to add one."""
        super().__init__(ctx, parent)
        self.day_id = day_id
        for code, label in KIND_LABELS.items():
            self.ui.kindCombo.addItem(label, code)
        self.ui.dayEdit.setDate(qdate(ctx.today()))
        self.ui.kindCombo.setCurrentIndex(-1)
        self.ui.kindCombo.setPlaceholderText("Elija el tipo…")
        self.setWindowTitle("Agregar día no laborable")
        if row is not None:
            self.ui.dayEdit.setDate(qdate(row.day))
            self.ui.everyYearCheck.setChecked(row.every_year)
            self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(row.kind))
            self.ui.nameEdit.setText(row.name)
            self.ui.sourceEdit.setText(row.source)
            self.setWindowTitle("Modificar día no laborable")

    def form(self) -> DayForm:
        ui = self.ui
        return DayForm(ui.dayEdit.date().toPython(), ui.everyYearCheck.isChecked(),
                       ui.kindCombo.currentData() or "", ui.nameEdit.text(),
                       ui.sourceEdit.text())

    def write(self, session, form) -> int:
        return save_day(session, self.ctx.actor, form, self.day_id)

    def saved(self, day_id: int) -> None:
        self.day_id = day_id


class CalendarDialog(SectionBase, QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CalendarDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.Close).setText("Cerrar")
        ui.buttonBox.rejected.connect(self.reject)
        self.day_ids: list[int] = []
        self.days = ListTableModel(("Fecha", "Cada año", "Tipo", "Nombre o motivo", "Sustento"),
                                   parent=self)
        self.year_days = ListTableModel(("Fecha", "Día", "Nombre", "Tipo"), parent=self)
        # Names and documents share what is left (elided; the tooltip shows them whole).
        for view, model, stretched in ((ui.daysView, self.days, (3, 4)),
                                       (ui.yearView, self.year_days, (2,))):
            view.setModel(model)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeToContents)
            for column in stretched:
                header.setSectionResizeMode(column, QHeaderView.Stretch)
        ui.splitter.setSizes([640, 520])
        self.may_edit = ctx.actor.can(Permission.EDIT_CALENDAR)
        ui.readOnlyLabel.setVisible(not self.may_edit)
        for button in (ui.addDayButton, ui.editDayButton, ui.deleteDayButton):
            button.setVisible(self.may_edit)
        today = ctx.today()
        ui.yearSpin.setValue(today.year)
        ui.startDateEdit.setDate(qdate(today))
        ui.notifiedDateEdit.setDate(qdate(today))
        self.calendar: BusinessCalendar | None = None  # until the first load arrives
        ui.addDayButton.clicked.connect(self.add_day)
        ui.editDayButton.clicked.connect(self.edit_selected)
        ui.deleteDayButton.clicked.connect(lambda: self.delete_selected(confirm=True))
        ui.daysView.doubleClicked.connect(lambda _i: self.edit_selected())
        ui.daysView.selectionModel().currentRowChanged.connect(lambda *_a: self._buttons())
        ui.yearSpin.valueChanged.connect(lambda _v: self.show_year())
        for edit in (ui.startDateEdit, ui.notifiedDateEdit):
            edit.dateChanged.connect(lambda _d: self.compute())
        ui.daysSpin.valueChanged.connect(lambda _v: self.compute())
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self.compute())
        self._buttons()
        self.load().wait()  # built with what is stored (callers use it at once); later, async

    # --- reading -----------------------------------------------------------------------------
    def load(self, select_id: int | None = None) -> QueryOp:
        """Read the table and the calendar in a worker; the dialog fills when they arrive."""
        return QueryOp(self, self.ctx.db, _calendar_view,
                lambda got: self._show(*got, select_id=select_id)) \
            .failure(self.refusing("Calendario de días hábiles")).superseding("load").run()

    def _show(self, notice: dict[str, int], rows: list[tuple[int, tuple]],
              calendar: BusinessCalendar, select_id: int | None = None) -> None:
        ui = self.ui
        if not ui.kindCombo.count():  # the first load: the notice each kind needs
            ui.kindCombo.blockSignals(True)
            ui.kindCombo.addItem(
                f"ordinaria ({notice[SessionKind.ORDINARY]} días hábiles, RIC)",
                notice[SessionKind.ORDINARY])
            ui.kindCombo.addItem(f"extraordinaria ({notice[SessionKind.EXTRAORDINARY]} días "
                                 "hábiles)", notice[SessionKind.EXTRAORDINARY])
            ui.kindCombo.blockSignals(False)
        self.calendar = calendar
        self.day_ids = [day_id for day_id, _cells in rows]
        self.days.set_rows([cells for _day_id, cells in rows])
        if select_id in self.day_ids:
            self.ui.daysView.selectRow(self.day_ids.index(select_id))
        self._buttons()
        self.show_year()
        self.compute()

    def show_year(self) -> None:
        if self.calendar is None:
            return
        days = days_off_of_year(self.calendar, self.ui.yearSpin.value())
        self.year_days.set_rows([(short_date(d.day), WEEKDAYS[d.day.weekday()], d.name, d.label)
                                 for d in days])
        self.ui.yearGroup.setTitle(f"Feriados y días no laborables de {self.ui.yearSpin.value()}"
                                   f" ({len(days)}; solo lectura)")

    def compute(self) -> None:
        """Both calculations, each with the holidays it skipped (the «why»)."""
        ui = self.ui
        if self.calendar is None:
            return
        start, n = ui.startDateEdit.date().toPython(), ui.daysSpin.value()
        result = self.calendar.add_business_days(start, n)
        ui.deadlineLabel.setText(
            f"Vence el <b>{long_date_with_weekday(result.result)}</b>"
            f"{'' if n else ' (el mismo día, o el siguiente hábil)'}.<br>"
            f"{html.escape(result.why())}")
        notified, days = ui.notifiedDateEdit.date().toPython(), ui.kindCombo.currentData()
        earliest = self.calendar.earliest_after_notice(notified, days)
        ui.earliestLabel.setText(
            f"La sesión puede realizarse desde el <b>{long_date_with_weekday(earliest.result)}"
            f"</b> ({days} días hábiles completos entre la notificación y la sesión).<br>"
            f"{html.escape(earliest.why())}")

    def selected_id(self) -> int | None:
        index = self.ui.daysView.currentIndex()
        return self.day_ids[index.row()] if index.isValid() else None

    def _buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.ui.editDayButton.setEnabled(self.may_edit and chosen)
        self.ui.deleteDayButton.setEnabled(self.may_edit and chosen)

    # --- editing -----------------------------------------------------------------------------
    def add_day(self) -> bool:
        return self._run(NonWorkingDayDialog(self.ctx, None, self))

    def edit_selected(self) -> bool:
        day_id = self.selected_id()
        if day_id is None or not self.may_edit:
            return False
        # Its form first (the dialog is built with it); gone meanwhile: said, and the table
        # shows what is there now.
        op = QueryOp(self, self.ctx.db, lambda s: day_form(s, day_id)) \
            .failure(self.refusing("Calendario de días hábiles")).run().wait()
        if not op.ok:
            self.load()
            return False
        return self._run(NonWorkingDayDialog(self.ctx, day_id, self, op.result))

    def _run(self, dialog: NonWorkingDayDialog) -> bool:
        if not self.exec_dialog(dialog):
            return False
        self.load(dialog.day_id)
        return True

    def delete_selected(self, confirm: bool = True) -> bool:
        day_id = self.selected_id()
        if day_id is None or not self.may_edit:
            return False
        name = self.days.data(self.days.index(self.day_ids.index(day_id), 3))
        if confirm and QMessageBox.question(
                self, "Eliminar día no laborable",
                f"¿Eliminar «{name}» de la tabla? Desde ahora ese día se contará como hábil "
                "(si no es sábado, domingo ni feriado nacional).") != QMessageBox.Yes:
            return False
        actor = self.ctx.actor
        op = CollectionOp(self, self.ctx.db, lambda s: delete_day(s, actor, day_id)) \
            .failure(self.refusing("Calendario de días hábiles")).refreshing(self.load) \
            .disabling(self.ui.deleteDayButton).run()
        return op.wait().ok
