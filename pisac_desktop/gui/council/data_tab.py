"""Datos: kind, date, time, place, modality, who convenes (and the regidores who asked for an
extraordinaria), where the documents can be consulted, and the invited officials."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QDateTimeEdit, QSizePolicy

from pisac_desktop.council.schedule import (
    date_warning,
    default_session_date,
    numbering_rule,
)
from pisac_desktop.council.session_view import new_session_choices
from pisac_desktop.council.sessions import (
    CONVENED_BY_LABELS,
    KIND_LABELS,
    MODALITY_LABELS,
    SessionForm,
    create_session,
    new_session_form,
    update_session,
)
from pisac_desktop.council.states import Action, SessionKind
from pisac_desktop.gui.council.common import (
    SessionTab,
    checked_ids,
    fill_checks,
    hhmm,
    qtime,
)
from pisac_desktop.gui.field_errors import FieldErrors
from pisac_desktop.gui.forms.ui_council_session_data_tab import Ui_CouncilSessionDataTab
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.spanish.dates import long_date_with_weekday

FIELDS = {"kind": "kindCombo", "session_date": "sessionDateEdit", "start_time": "startTimeEdit",
          "place": "placeEdit", "modality": "modalityCombo", "convened_by": "convenedByCombo",
          "requesting_members": "requestingList", "documents_place": "documentsPlaceEdit",
          "invitee_ids": "inviteesList"}
# Once convened these are on the summonses: they change only by rescheduling or postponing.
ON_SUMMONSES = ("kindCombo", "sessionDateEdit", "startTimeEdit", "placeEdit", "modalityCombo")


class DataTab(SessionTab):
    UI = Ui_CouncilSessionDataTab
    TITLE = "&Datos"

    def __init__(self, ctx, section, parent=None):
        super().__init__(ctx, section, parent)
        ui = self.ui
        self.new_mode = False
        self.saved_form: SessionForm | None = None
        self._choice_date: dt.date | None = None
        for code, label in KIND_LABELS.items():
            ui.kindCombo.addItem(label, code)
        for code, label in MODALITY_LABELS.items():
            ui.modalityCombo.addItem(label, code)
        for code, label in CONVENED_BY_LABELS.items():
            ui.convenedByCombo.addItem(label, code)
        self.errors = FieldErrors(ui.form, {k: getattr(ui, v) for k, v in FIELDS.items()},
                                  ui.formPane)
        for label in self.errors.labels.values():  # long refusals wrap in this narrow pane
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.convenedByCombo.currentIndexChanged.connect(self._convened_by_changed)
        ui.sessionDateEdit.dateChanged.connect(self._date_changed)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.revert)

    # --- filling -----------------------------------------------------------------------------
    def fill(self) -> None:
        if self.new_mode:
            return
        self.errors.clear()
        self.ui.dataMessageLabel.clear()
        d = self.detail
        if d is None:
            self.saved_form = None
            self._set_form(SessionForm(session_date=self.ctx.today()), [], [])
            self._set_editable(False, "")
            return
        self.saved_form = d.form
        self._set_form(d.form, d.member_choices, d.invitee_choices)
        allowed = d.allowed(None)  # the state's rules; saving also needs the permission
        if Action.CHANGE_SUMMONED_DATA in allowed:
            self._set_editable(True, "")
        elif Action.EDIT_SESSION in allowed:
            self._set_editable(True, allowed.reason(Action.CHANGE_SUMMONED_DATA), ON_SUMMONSES)
        else:
            self._set_editable(False, allowed.reason(Action.EDIT_SESSION))

    def start_new(self) -> None:
        """An empty form with the usual place, time and invited officials."""
        self.new_mode = True
        self.detail = None
        self.stale = False
        self.errors.clear()
        self.ui.dataMessageLabel.clear()
        today = self.ctx.today()

        def read(session):
            form = new_session_form(session, today)
            members, invitees = new_session_choices(session, today)
            form.session_date = default_session_date(session, today, form.kind)
            return form, members, invitees

        # Waited for (the window keeps painting): the form is filled when this returns.
        op = QueryOp(self, self.ctx.db, read) \
            .failure(lambda message, _exc: self.ui.dataMessageLabel.setText(message)) \
            .run().wait()
        if not op.ok:
            return
        form, members, invitees = op.result
        self._choice_date = today
        self._set_form(form, members, invitees)
        self.saved_form = self.form()  # unchanged, the new form holds nothing to lose
        self._set_editable(True, "")
        # The place and the time are the usual ones; the date is what changes: typed over.
        self.ui.sessionDateEdit.setFocus()
        self.ui.sessionDateEdit.setSelectedSection(QDateTimeEdit.DaySection)

    def _set_form(self, form: SessionForm, members, invitees) -> None:
        ui = self.ui
        ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(form.kind), 0))
        ui.sessionDateEdit.blockSignals(True)
        ui.sessionDateEdit.setDate(qdate(form.session_date or self.ctx.today()))
        ui.sessionDateEdit.blockSignals(False)
        self._choice_date = form.session_date
        ui.startTimeEdit.setTime(qtime(form.start_time))
        ui.placeEdit.setText(form.place)
        ui.modalityCombo.setCurrentIndex(max(ui.modalityCombo.findData(form.modality), 0))
        ui.convenedByCombo.setCurrentIndex(max(ui.convenedByCombo.findData(form.convened_by),
                                               0))
        ui.documentsPlaceEdit.setText(form.documents_place)
        fill_checks(ui.requestingList, members, form.requesting_members)
        fill_checks(ui.inviteesList, invitees, form.invitee_ids)
        self._kind_changed()
        self._show_weekday()

    def _set_editable(self, editable: bool, note: str, locked=()) -> None:
        ui = self.ui
        for name in FIELDS.values():
            getattr(ui, name).setEnabled(editable and name not in locked)
        if editable:
            self._kind_changed()
        ui.saveButton.setEnabled(editable and self.may)
        ui.revertButton.setEnabled(editable and not self.new_mode)
        ui.lockedLabel.setText(note)

    # --- live behaviour ----------------------------------------------------------------------
    def _kind_changed(self, *_args) -> None:
        ui = self.ui
        if hasattr(self, "new_mode"):
            self._show_weekday()
        extraordinary = ui.kindCombo.currentData() == SessionKind.EXTRAORDINARY
        if not extraordinary:
            ui.convenedByCombo.setCurrentIndex(ui.convenedByCombo.findData("mayor"))
        ui.convenedByCombo.setEnabled(extraordinary and ui.kindCombo.isEnabled()
                                      and self._editable_now())
        self._convened_by_changed()

    def _editable_now(self) -> bool:
        d = self.detail
        return self.new_mode or (d is not None and Action.EDIT_SESSION in d.allowed(None))

    def _convened_by_changed(self, *_args) -> None:
        third = self.ui.convenedByCombo.currentData() == "third"
        self.ui.requestingList.setEnabled(third and self._editable_now())
        self.ui.requestingListLabel.setEnabled(third)

    def _date_changed(self, *_args) -> None:
        self._show_weekday()
        day = self.ui.sessionDateEdit.date().toPython()
        if self._choice_date is not None and day.year == self._choice_date.year:
            return  # same term: the same regidores and officials to choose from
        # Not read (a failure): the lists keep the choices already shown, as before.
        QueryOp(self, self.ctx.db, lambda s: new_session_choices(s, day),
                lambda got: self._choices_read(day, *got)) \
            .failure(lambda _message, _exc: None).superseding("choices").run()

    def _choices_read(self, day: dt.date, members, invitees) -> None:
        self._choice_date = day
        fill_checks(self.ui.requestingList, members, checked_ids(self.ui.requestingList))
        fill_checks(self.ui.inviteesList, invitees, checked_ids(self.ui.inviteesList))

    def _show_weekday(self) -> None:
        ui = self.ui
        day = ui.sessionDateEdit.date().toPython()
        ui.weekdayLabel.setText(long_date_with_weekday(day).split(" ", 1)[0])
        ui.weekdayLabel.setToolTip(long_date_with_weekday(day))
        # A past date, a weekend or a holiday is warned about (not refused); the numbering
        # rule is explained while the session is being programmed.
        kind = ui.kindCombo.currentData()
        today = self.ctx.today()
        numbered = self.new_mode and kind in KIND_LABELS

        def read(session) -> tuple[str, str]:
            return (date_warning(session, day, today),
                    numbering_rule(session, kind, day.year) if numbered else "")

        QueryOp(self, self.ctx.db, read, lambda got: self._show_date_notes(*got)) \
            .failure(lambda _message, _exc: self._show_date_notes("", "")) \
            .superseding("date notes").run()

    def _show_date_notes(self, warning: str, rule: str) -> None:
        ui = self.ui
        if self.detail is not None and \
                Action.CHANGE_SUMMONED_DATA not in self.detail.allowed(None):
            warning = ""
        ui.dateWarningLabel.setText(warning)
        ui.dateWarningLabel.setVisible(bool(warning))
        if not rule and self.detail is not None:
            rule = ("Cada tipo de sesión se numera por año en el orden en que se programa, no "
                    "por fecha.")
        ui.numberingLabel.setText(rule)

    # --- saving ------------------------------------------------------------------------------
    def form(self) -> SessionForm:
        ui = self.ui
        return SessionForm(
            kind=ui.kindCombo.currentData(),
            session_date=ui.sessionDateEdit.date().toPython(),
            start_time=hhmm(ui.startTimeEdit),
            place=ui.placeEdit.text(),
            modality=ui.modalityCombo.currentData(),
            convened_by=ui.convenedByCombo.currentData(),
            requesting_members=checked_ids(ui.requestingList),
            documents_place=ui.documentsPlaceEdit.text(),
            invitee_ids=checked_ids(ui.inviteesList))

    unsaved_text = "Hay cambios sin guardar en los datos de la sesión."

    def has_changes(self) -> bool:
        if self.saved_form is None or not self.ui.saveButton.isEnabled():
            return False
        return _comparable(self.form()) != _comparable(self.saved_form)

    def save(self) -> bool:
        form = self.form()
        created: list[int] = []
        session_id = self.detail.id if self.detail else None

        def work(session) -> None:
            if session_id is None:
                created.append(create_session(session, self.ctx.actor, form))
            else:
                update_session(session, self.ctx.actor, session_id, form)

        if not self.run(work, self.ui.dataMessageLabel, self.errors):
            return False
        self.new_mode = False
        self.saved_form = form
        target = created[0] if created else session_id
        self.section.reload(target, "", year=form.session_date.year if form.session_date
                            else None)
        title = self.section.detail.title if self.section.detail else ""
        self.section.ui.statusLabel.setText(
            f"Se programó la {title}." if created else f"Se guardaron los datos de la {title}.")
        if created and self.section.detail is not None:
            self.section.show_tab("agenda")  # what the session needs next to be convened
        return True

    def revert(self) -> None:
        self.stale = True
        self.ensure_filled()

    def discard_changes(self) -> None:
        self.new_mode = False
        self.revert()


def _comparable(form: SessionForm) -> dict:
    """What saving would change: ids in any order, spaces at the ends and an unset text alike."""
    values = dataclasses.asdict(form)
    for key, value in values.items():
        if isinstance(value, list):
            values[key] = sorted(value)
        elif isinstance(value, str) or value is None:
            values[key] = (value or "").strip()
    if values.get("kind") != SessionKind.EXTRAORDINARY:
        values["requesting_members"] = []
    return values
