"""The dialogs of «Recursos y reclamos»: a recurso registered against an act of the register
(its notification date and the last day to file shown as soon as the act and the filer are
known), a sheet of the complaint book, and one act on either (the deciding resolution's
draft, its outcome, the measures, the answer)."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QDate

from pisac_desktop.core.errors import FieldError, ValidationFailed
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_appeal_act_dialog import Ui_AppealActDialog
from pisac_desktop.gui.forms.ui_appeal_dialog import Ui_AppealDialog
from pisac_desktop.gui.forms.ui_complaint_dialog import Ui_ComplaintDialog
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.instruments.notifications import DOCUMENT_TYPES
from pisac_desktop.requests import appeals, complaints
from pisac_desktop.requests.appeals import KIND_LABELS, OUTCOMES, ActChoice, AppealDetails
from pisac_desktop.requests.complaints import CATEGORIES, ComplaintDetails
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.tramite.intake import FilingForm

FILER_FIELDS = {"filer_document": "documentEdit", "filer_name": "nameEdit",
                "filer_address": "addressEdit", "filer_phone": "phoneEdit",
                "filer_email": "emailEdit"}


def _date(edit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FilerDialog(FormDialog):
    """Both dialogs start with who files: a person (DNI, CE, ...) or a company (RUC)."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        for code, label in DOCUMENT_TYPES.items():
            self.ui.documentTypeCombo.addItem(label, code)
        self.case_id: int | None = None
        self.number = ""

    def filing(self, subject: str = "", folios: int = 1) -> FilingForm:
        ui = self.ui
        code = ui.documentTypeCombo.currentData()
        return FilingForm(code == "RUC", code, ui.documentEdit.text(), ui.nameEdit.text(),
                          ui.addressEdit.text(), ui.phoneEdit.text(), ui.emailEdit.text(),
                          subject=subject, folios=folios)

    def saved(self, result) -> None:
        self.case_id, self.number = result


class AppealDialog(FilerDialog):
    UI = Ui_AppealDialog
    FIELDS = {**FILER_FIELDS, "kind": "kindCombo", "instrument_id": "actCombo",
              "notified_on": "notifiedEdit", "subject": "subjectEdit", "folios": "foliosSpin"}
    OK_TEXT = "Registrar"

    def __init__(self, ctx, acts: list[ActChoice], parent=None):
        super().__init__(ctx, parent)
        ui = self.ui
        for code, label in KIND_LABELS.items():
            ui.kindCombo.addItem(label, code)
        ui.actCombo.addItem("— Elija el acto impugnado —", None)
        for act in acts:
            ui.actCombo.addItem(f"{act.number_text} — {' '.join(act.summary.split())[:90]}",
                                act.id)
        ui.notifiedEdit.setDate(_qdate(ctx.today()))
        ui.notifiedEdit.setEnabled(False)
        ui.knownDateCheck.toggled.connect(ui.notifiedEdit.setEnabled)
        ui.knownDateCheck.toggled.connect(lambda _on: self.check_notice())
        ui.actCombo.currentIndexChanged.connect(lambda _i: self.check_notice())
        ui.documentEdit.editingFinished.connect(self.check_notice)
        ui.notifiedEdit.dateChanged.connect(lambda _d: self.check_notice())
        ui.headingLabel.setText("El recurso se registra como expediente para la unidad que "
                                "resuelve; uno fuera de plazo también se recibe y queda "
                                "marcado.")

    def typed_notice(self) -> dt.date | None:
        return _date(self.ui.notifiedEdit) if self.ui.knownDateCheck.isChecked() else None

    def check_notice(self) -> None:
        """When was the act notified to this filer, and is the recurso in time?"""
        ui = self.ui
        act_id, code, number = (ui.actCombo.currentData(), ui.documentTypeCombo.currentData(),
                                ui.documentEdit.text())
        if act_id is None:
            ui.noticeLabel.setText("")
            return
        typed, today = self.typed_notice(), self.ctx.today()
        QueryOp(self, self.ctx.db,
                lambda s: appeals.notice_of_act(s, act_id, code, number, typed),
                lambda notice: ui.noticeLabel.setText(notice_text(notice, today))) \
            .superseding("notice").run()

    def read(self):
        ui = self.ui
        return (self.filing(ui.subjectEdit.toPlainText(), ui.foliosSpin.value()),
                AppealDetails(ui.kindCombo.currentData(), ui.actCombo.currentData(),
                              self.typed_notice()))

    def write(self, session, values):
        from pisac_desktop.tramite import views

        case_id = appeals.register_appeal(session, self.ctx.actor, *values)
        return case_id, views.case_detail(session, self.ctx.actor, case_id).number_text


def notice_text(notice: appeals.ActNotice, today: dt.date) -> str:
    if notice.notified_on is None:
        return ("<i>El sistema no tiene la notificación de este acto a esta persona: si el "
                "recurrente trae su copia de la cédula, marque la casilla y escriba la "
                "fecha.</i>")
    source = "según su cédula" if notice.source == "cedula" else "según el recurrente"
    last = notice.last_day.result
    text = (f"Notificado el {short_date(notice.notified_on)} ({source}); plazo para "
            f"impugnar hasta el {short_date(last)} (15 días hábiles, art. 218.2). "
            f"{notice.last_day.why()}")
    if today > last:
        return (f"<span style='color:#a40000'><b>FUERA DE PLAZO.</b></span> "
                f"{escape(text)} Se recibe y queda marcado.")
    return escape(text)


class ComplaintDialog(FilerDialog):
    UI = Ui_ComplaintDialog
    FIELDS = {**FILER_FIELDS, "unit_id": "unitCombo", "category": "categoryCombo",
              "attended_on": "attendedEdit", "facts": "factsEdit", "request": "requestEdit"}
    OK_TEXT = "Registrar"

    def __init__(self, ctx, units, days: int, parent=None):
        super().__init__(ctx, parent)
        ui = self.ui
        ui.unitCombo.addItem("— Elija la unidad —", None)
        for unit in units:
            ui.unitCombo.addItem(unit.name, unit.id)
        for code, label in CATEGORIES.items():
            ui.categoryCombo.addItem(label, code)
        ui.attendedEdit.setDate(_qdate(ctx.today()))
        ui.attendedEdit.setEnabled(False)
        ui.hasAttendedCheck.toggled.connect(ui.attendedEdit.setEnabled)
        ui.headingLabel.setText(f"La hoja se numera en el libro del año y pasa a la Gerencia "
                                f"Municipal, que responde en {days} días hábiles.")

    def read(self):
        ui = self.ui
        attended = _date(ui.attendedEdit) if ui.hasAttendedCheck.isChecked() else None
        return (self.filing(), ComplaintDetails(
            ui.unitCombo.currentData(), ui.categoryCombo.currentData(), attended,
            ui.factsEdit.toPlainText(), ui.requestEdit.toPlainText()))

    def write(self, session, values):
        from pisac_desktop.requests.complaints import complaint_view

        case_id = complaints.register_complaint(session, self.ctx.actor, *values)
        return case_id, complaint_view(session, self.ctx.actor, case_id).number_text


class AppealActDialog(FormDialog):
    """One act: draft the deciding resolution (outcome and grounds), record its outcome, the
    measures taken about a complaint, the answer to it."""

    UI = Ui_AppealActDialog
    MODES = {
        # mode: (title, ok, choice shown, text caption, FIELDS)
        "draft": ("Redactar la resolución que resuelve", "Redactar", True, "&Fundamentos:",
                  {"outcome": "choiceCombo", "grounds": "textEdit"}),
        "decided": ("Registrar lo resuelto", "Registrar", True, None,
                    {"outcome": "choiceCombo"}),
        "measures": ("Medidas adoptadas", "Registrar", False, "&Medidas:",
                     {"measures": "textEdit"}),
        "answer": ("Responder el reclamo", "Responder", False, "&Respuesta:",
                   {"answer": "textEdit"}),
    }

    def __init__(self, ctx, mode: str, case_id: int, heading: str, parent=None):
        title, ok, choice, caption, self.FIELDS = self.MODES[mode]
        super().__init__(ctx, parent, ok)
        self.mode, self.case_id = mode, case_id
        self.result_value = None
        ui = self.ui
        self.setWindowTitle(title)
        ui.headingLabel.setText(heading)
        ui.form.setRowVisible(ui.choiceLabel, choice)
        ui.form.setRowVisible(ui.textLabel, caption is not None)
        if caption:
            ui.textLabel.setText(caption)
        for code, label in OUTCOMES.items():
            ui.choiceCombo.addItem(label, code)
        if mode == "draft":
            ui.textEdit.setPlaceholderText("Un considerando por párrafo (cada uno empieza con "
                                           "«Que, …»)")

    def read(self):
        ui = self.ui
        text = ui.textEdit.toPlainText()
        if self.mode == "draft":
            grounds = [" ".join(p.split()) for p in text.split("\n") if p.strip()]
            if not grounds:
                raise ValidationFailed([FieldError("grounds", "Escriba los fundamentos: por "
                                                   "qué se resuelve así.")])
            return ui.choiceCombo.currentData(), grounds
        if self.mode == "decided":
            return ui.choiceCombo.currentData()
        return text

    def write(self, session, values):
        actor, case_id = self.ctx.actor, self.case_id
        if self.mode == "draft":
            return appeals.draft_decision(session, actor, case_id, *values)
        if self.mode == "decided":
            return appeals.record_decision(session, actor, case_id, values)
        if self.mode == "measures":
            return complaints.record_measures(session, actor, case_id, values)
        return complaints.answer_complaint(session, actor, case_id, values)

    def saved(self, result) -> None:
        self.result_value = result
