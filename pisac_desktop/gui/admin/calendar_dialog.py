"""Configuración > Calendario de días hábiles: the non-working days added to the national
holidays (editable with EDIT_CALENDAR), every day off of a chosen year, and a calculator that
shows each computed date with the holidays it skipped."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

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
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Permission
from pisac_desktop.council.settings import council_settings
from pisac_desktop.council.states import SessionKind
from pisac_desktop.council.summons import required_notice
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.errors import show_database_error
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_calendar_dialog import Ui_CalendarDialog
from pisac_desktop.gui.forms.ui_non_working_day_dialog import Ui_NonWorkingDayDialog
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


class NonWorkingDayDialog(FormDialog):
    UI = Ui_NonWorkingDayDialog
    FIELDS = {"day": "dayEdit", "kind": "kindCombo", "name": "nameEdit", "source": "sourceEdit"}

    def __init__(self, ctx: AppContext, day_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.day_id = day_id
        for code, label in KIND_LABELS.items():
            self.ui.kindCombo.addItem(label, code)
        self.ui.dayEdit.setDate(qdate(ctx.today()))
        self.ui.kindCombo.setCurrentIndex(-1)
        self.ui.kindCombo.setPlaceholderText("Elija el tipo…")
        self.setWindowTitle("Agregar día no laborable")
        if day_id is not None:
            with ctx.db.session() as session:
                row = day_form(session, day_id)
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
        with ctx.db.session() as session:
            settings = council_settings(session)
            notice = {kind: required_notice(settings, kind)
                      for kind in (SessionKind.ORDINARY, SessionKind.EXTRAORDINARY)}
        ui.kindCombo.addItem(f"ordinaria ({notice[SessionKind.ORDINARY]} días hábiles, RIC)",
                             notice[SessionKind.ORDINARY])
        ui.kindCombo.addItem(f"extraordinaria ({notice[SessionKind.EXTRAORDINARY]} días "
                             "hábiles)", notice[SessionKind.EXTRAORDINARY])
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
        self.load()

    # --- reading -----------------------------------------------------------------------------
    def load(self, select_id: int | None = None) -> None:
        with self.ctx.db.session() as session:
            rows = non_working_days(session)
            self.calendar = BusinessCalendar.load(session)
        self.day_ids = [r.id for r in rows]
        self.days.set_rows([
            (r.day.strftime("%d/%m") + f" (desde {r.day.year})" if r.every_year
             else short_date(r.day), "Sí" if r.every_year else "No",
             KIND_LABELS.get(r.kind, r.kind), r.name, r.source)
            for r in rows])
        if select_id in self.day_ids:
            self.ui.daysView.selectRow(self.day_ids.index(select_id))
        self._buttons()
        self.show_year()
        self.compute()

    def show_year(self) -> None:
        days = days_off_of_year(self.calendar, self.ui.yearSpin.value())
        self.year_days.set_rows([(short_date(d.day), WEEKDAYS[d.day.weekday()], d.name, d.label)
                                 for d in days])
        self.ui.yearGroup.setTitle(f"Feriados y días no laborables de {self.ui.yearSpin.value()}"
                                   f" ({len(days)}; solo lectura)")

    def compute(self) -> None:
        """Both calculations, each with the holidays it skipped (the «why»)."""
        ui = self.ui
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
        return self._run(lambda: NonWorkingDayDialog(self.ctx, None, self))

    def edit_selected(self) -> bool:
        day_id = self.selected_id()
        if day_id is None or not self.may_edit:
            return False
        return self._run(lambda: NonWorkingDayDialog(self.ctx, day_id, self))

    def _run(self, build) -> bool:
        try:
            dialog = build()
        except DomainError as exc:
            QMessageBox.warning(self, "Calendario de días hábiles", str(exc))
            self.load()
            return False
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
        try:
            with self.ctx.db.session() as session:
                delete_day(session, self.ctx.actor, day_id)
        except DomainError as exc:
            QMessageBox.warning(self, "Calendario de días hábiles", str(exc))
            return False
        except SQLAlchemyError as exc:
            show_database_error(self, exc)
            return False
        self.load()
        return True
