"""The dialogs of the access-to-information screen: a request typed at the desk, and one act
of the officer (prorrogar, costo, pago, responder) or the choice of the letter to draft."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QDate

from pisac_desktop.core.errors import FieldError, ValidationFailed
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_information_act_dialog import Ui_InformationActDialog
from pisac_desktop.gui.forms.ui_information_officer_dialog import Ui_InformationOfficerDialog
from pisac_desktop.gui.forms.ui_information_request_dialog import Ui_InformationRequestDialog
from pisac_desktop.instruments.notifications import DOCUMENT_TYPES
from pisac_desktop.requests import information, letters
from pisac_desktop.requests.information import (
    CHANNELS,
    DELIVERY_FORMS,
    EXCEPTIONS,
    OUTCOMES,
    SEXES,
    RequestDetails,
    RequestView,
)
from pisac_desktop.tramite import cases, views
from pisac_desktop.tramite.intake import FilingForm

ANSWERS = {k: v for k, v in OUTCOMES.items() if k}
DENIALS = ("partial", "denied")


def _one_line(text: str) -> str:
    return " ".join(text.split())


class RequestDialog(FormDialog):
    """A request typed at the desk: the requester, what is asked, how it is to be delivered
    and the unit that holds it; registered as a case file for the officer's unit."""

    UI = Ui_InformationRequestDialog
    FIELDS = {"filer_document": "documentEdit", "filer_name": "nameEdit",
              "requester_sex": "sexCombo", "filer_address": "addressEdit",
              "filer_phone": "phoneEdit", "filer_email": "emailEdit", "subject": "subjectEdit",
              "folios": "foliosSpin", "channel": "channelCombo",
              "delivery_form": "deliveryCombo", "holder_unit_id": "unitCombo"}
    OK_TEXT = "Registrar"

    def __init__(self, ctx, units, officer: str, parent=None):
        super().__init__(ctx, parent)
        ui = self.ui
        for code, label in DOCUMENT_TYPES.items():
            if code != "RUC":
                ui.documentTypeCombo.addItem(label, code)
        ui.sexCombo.addItem("— Elija —", None)
        for code, label in SEXES.items():
            ui.sexCombo.addItem(label, code)
        for combo, choices in ((ui.channelCombo, CHANNELS), (ui.deliveryCombo, DELIVERY_FORMS)):
            for code, label in choices.items():
                combo.addItem(label, code)
        ui.unitCombo.addItem("— Elija la unidad —", None)
        for unit in units:
            ui.unitCombo.addItem(unit.name, unit.id)
        ui.headingLabel.setText(f"Se registra como expediente y pasa al funcionario "
                                f"responsable: <b>{escape(officer)}</b>. Plazo: 10 días "
                                "hábiles.")
        self.case_id: int | None = None
        self.number = ""

    def read(self):
        ui = self.ui
        if ui.sexCombo.currentData() is None:
            raise ValidationFailed([FieldError("requester_sex", "Elija una opción (el reporte "
                                                                "anual cuenta por sexo).")])
        filing = FilingForm(False, ui.documentTypeCombo.currentData(), ui.documentEdit.text(),
                            ui.nameEdit.text(), ui.addressEdit.text(), ui.phoneEdit.text(),
                            ui.emailEdit.text(), subject=ui.subjectEdit.toPlainText(),
                            folios=ui.foliosSpin.value())
        return filing, RequestDetails(ui.unitCombo.currentData(), ui.channelCombo.currentData(),
                                      ui.deliveryCombo.currentData(), ui.sexCombo.currentData())

    def write(self, session, values):
        case_id = information.register_request(session, self.ctx.actor, *values)
        return case_id, views.case_detail(session, self.ctx.actor, case_id).number_text

    def saved(self, result) -> None:
        self.case_id, self.number = result


ACT_ROWS = ("choice", "exception", "date", "amount", "line", "text")


class ActDialog(FormDialog):
    """One act of the officer on a request (prorrogar, costo, pago, responder) or the choice
    of the letter to draft: the rows it needs are shown, the others hidden."""

    UI = Ui_InformationActDialog
    MODES = {
        # mode: (title, ok, rows, FIELDS)
        "extend": ("Prorrogar el plazo", "Prorrogar", ("date", "text"),
                   {"new_date": "dateEdit", "reason": "textEdit"}),
        "fee": ("Costo de reproducción", "Registrar costo", ("amount",), {"fee": "amountSpin"}),
        "payment": ("Pago del costo", "Registrar pago", ("line",), {"receipt": "lineEdit"}),
        "answer": ("Responder la solicitud", "Responder", ("choice", "exception", "text"),
                   {"outcome": "choiceCombo", "exception_code": "exceptionCombo",
                    "note": "textEdit"}),
        "letter": ("Redactar carta", "Redactar", ("choice", "exception", "line"),
                   {"letter": "choiceCombo", "exception_code": "exceptionCombo",
                    "withheld": "lineEdit"}),
    }

    def __init__(self, ctx, view: RequestView, mode: str, parent=None):
        title, ok, rows, self.FIELDS = self.MODES[mode]
        super().__init__(ctx, parent, ok)
        self.mode, self.view = mode, view
        self.result_value = None
        ui = self.ui
        self.setWindowTitle(f"{title} — {view.number_text}")
        ui.headingLabel.setText(f"<b>{escape(view.number_text)}</b>: "
                                f"{escape(_one_line(view.subject))}<br>"
                                f"{escape(view.requester)}")
        for row in ACT_ROWS:
            ui.form.setRowVisible(getattr(ui, f"{row}Label"), row in rows)
        ui.exceptionCombo.addItem("— Ninguna —", "")
        for code, label in EXCEPTIONS.items():
            ui.exceptionCombo.addItem(label, code)
        today = ctx.today()
        if mode == "extend":
            ui.textLabel.setText("&Sustento:")
            ui.textEdit.setPlaceholderText("Por qué es materialmente imposible entregar en "
                                           "plazo (se escribe en la carta de prórroga)")
            due = view.clock.due.result if view.clock.due else today
            later = due + dt.timedelta(days=7)
            ui.dateEdit.setDate(QDate(later.year, later.month, later.day))
        elif mode == "answer":
            for code, label in ANSWERS.items():
                if code in ("unpaid",) and not view.fee_cents:
                    continue
                ui.choiceCombo.addItem(label, code)
            ui.textLabel.setText("&Cómo se atendió:")
            ui.textEdit.setPlaceholderText("La carta y su fecha, o el sustento de la "
                                           "denegatoria")
        elif mode == "letter":
            ui.choiceLabel.setText("&Carta:")
            for code, label in letters.LETTERS.items():
                ui.choiceCombo.addItem(label, code)
            ui.lineLabel.setText("&Lo que no se entrega:")
            ui.lineEdit.setPlaceholderText("Solo en la entrega parcial")
            ui.choiceCombo.setCurrentIndex(max(0, ui.choiceCombo.findData(self._likely())))
        elif mode == "fee":
            ui.amountSpin.setValue(view.fee_cents / 100 if view.fee_cents else 0)
        ui.choiceCombo.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self._choice_changed()

    def _likely(self) -> str:
        """The letter that the request's state calls for."""
        v = self.view
        if v.outcome in DENIALS:
            return "partial" if v.outcome == "partial" else "denial"
        if v.outcome == "delivered" or v.paid_on:
            return "delivery"
        if v.fee_cents:
            return "fee"
        if v.clock.extended_to:
            return "extension"
        return "delivery"

    def _choice_changed(self) -> None:
        choice = self.ui.choiceCombo.currentData()
        denial = choice in ("partial", "denied", "denial")
        self.ui.exceptionCombo.setEnabled(denial)
        if not denial:
            self.ui.exceptionCombo.setCurrentIndex(0)
        if self.mode == "letter":
            self.ui.lineEdit.setEnabled(choice == "partial")

    def read(self):
        ui = self.ui
        if self.mode == "extend":
            d = ui.dateEdit.date()
            return dt.date(d.year(), d.month(), d.day()), ui.textEdit.toPlainText()
        if self.mode == "fee":
            return round(ui.amountSpin.value() * 100)
        if self.mode == "payment":
            return ui.lineEdit.text()
        if self.mode == "answer":
            return ui.choiceCombo.currentData(), ui.textEdit.toPlainText(), \
                ui.exceptionCombo.currentData()
        letter, code = ui.choiceCombo.currentData(), ui.exceptionCombo.currentData()
        if letter in ("partial", "denial") and not code:
            raise ValidationFailed([FieldError("exception_code", "Elija la excepción de los "
                                               "artículos 15, 16 o 17 que sustenta la "
                                               "denegatoria (art. 13).")])
        return letter, code, ui.lineEdit.text()

    def write(self, session, values):
        actor, case_id = self.ctx.actor, self.view.case_file_id
        if self.mode == "extend":
            return information.extend(session, actor, case_id, *values)
        if self.mode == "fee":
            return information.notify_fee(session, actor, case_id, values)
        if self.mode == "payment":
            return information.record_payment(session, actor, case_id, values)
        if self.mode == "answer":
            outcome, note, code = values
            return information.answer_request(session, actor, case_id, outcome, note, code)
        letter, code, withheld = values
        form = letters.letter_form(session, case_id, letter, code, withheld)
        return form, cases.unit_name(session, form.unit_id)

    def saved(self, result) -> None:
        self.result_value = result


class OfficerDialog(FormDialog):
    """The officer designated by a Resolución de Alcaldía picked from the register; the one
    before ends the day before (art. 8 of the Ley 27806)."""

    UI = Ui_InformationOfficerDialog
    FIELDS = {"full_name": "fullNameEdit", "post": "postEdit", "unit_id": "unitCombo",
              "since": "sinceEdit", "designation": "resolutionCombo"}
    OK_TEXT = "Designar"

    def __init__(self, ctx, current, units, resolutions, parent=None):
        super().__init__(ctx, parent)
        ui = self.ui
        ui.headingLabel.setText(f"Hoy responde: <b>{escape(current.full_name)}</b>, "
                                f"{escape(current.post)} ({escape(current.designation)}).")
        ui.unitCombo.addItem("— Elija la unidad —", None)
        for unit in units:
            ui.unitCombo.addItem(unit.name, unit.id)
        ui.resolutionCombo.addItem("— Elija la resolución de alcaldía —", None)
        for r in resolutions:
            ui.resolutionCombo.addItem(f"{r.number_text} — {' '.join(r.summary.split())[:80]}",
                                       (r.id, r.number_text))
        today = ctx.today()
        ui.sinceEdit.setDate(QDate(today.year, today.month, today.day))

    def read(self):
        ui = self.ui
        chosen = ui.resolutionCombo.currentData()
        if chosen is None:
            raise ValidationFailed([FieldError("designation", "Elija la resolución de alcaldía "
                                                              "que lo designa.")])
        d = ui.sinceEdit.date()
        return (ui.fullNameEdit.text(), ui.postEdit.text(), ui.unitCombo.currentData(),
                dt.date(d.year(), d.month(), d.day()), chosen[1] if chosen else "",
                chosen[0] if chosen else None)

    def write(self, session, values):
        return information.designate_officer(session, self.ctx.actor, *values)
