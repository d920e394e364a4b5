"""Dialogs of the agenda proposals: register or correct, include in a session's agenda, observe
or return. OK saves through the domain; refusals appear at their fields and what was typed stays.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import QWidget

from pisac_desktop.council import proposals
from pisac_desktop.council.proposals import (
    COUNCILLOR,
    MANAGEMENT,
    PROPOSER_LABELS,
    IncludeForm,
    ProposalForm,
    ProposalRow,
)
from pisac_desktop.council.sessions import MAJORITY_LABELS, SECTION_LABELS
from pisac_desktop.council.states import AgendaSection, Majority, SessionKind
from pisac_desktop.gui.char_counter import CharCounter
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.council.common import read_now
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_proposal_dialog import Ui_ProposalDialog
from pisac_desktop.gui.forms.ui_proposal_include_dialog import Ui_ProposalIncludeDialog
from pisac_desktop.gui.forms.ui_proposal_reason_dialog import Ui_ProposalReasonDialog
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.spanish.dates import short_date

TITLE = "Propuestas de agenda"  # of a refusal while a dialog reads what it shows


def heading_html(row: ProposalRow) -> str:
    return (f"<b>{html.escape(row.proposer_name)}</b> — recibida el "
            f"{short_date(row.received_on)}<br>{html.escape(row.subject)}")


class ProposalDialog(FormDialog):
    """Register a proposal, or correct one (an observada one is sent again as recibida).
    management_only: the Gerencia Municipal's own proposals, received today."""

    UI = Ui_ProposalDialog
    FIELDS = {"received_on": "receivedOnEdit", "proposer_kind": "proposerKindCombo",
              "member_id": "memberCombo", "subject": "subjectEdit",
              "references": "referencesEdit"}

    def __init__(self, ctx: AppContext, proposal_id: int | None = None,
                 management_only: bool = False, parent: QWidget | None = None):
        super().__init__(ctx, parent, ("Enviar" if management_only and proposal_id is None
                                       else "Reenviar" if management_only else "Guardar"))
        self.proposal_id = proposal_id
        self.management_only = management_only
        ui = self.ui
        kinds = [MANAGEMENT] if management_only else list(PROPOSER_LABELS)
        for kind in kinds:
            ui.proposerKindCombo.addItem(PROPOSER_LABELS[kind], kind)
        form = ProposalForm(MANAGEMENT if management_only else COUNCILLOR,
                            received_on=ctx.today())
        observed_reason = ""
        self.unreadable = False
        if proposal_id is not None:
            got = read_now(self, ctx.db, lambda s: (proposals.form_of(s, proposal_id),
                                                    proposals.get(s, proposal_id)), TITLE)
            if got is not None:
                form, row = got
                if row.observed:
                    observed_reason = row.state_reason
        ui.receivedOnEdit.setMaximumDate(qdate(dt.date(2100, 12, 31)))
        ui.receivedOnEdit.setDate(qdate(form.received_on))
        ui.proposerKindCombo.setCurrentIndex(max(ui.proposerKindCombo.findData(
            form.proposer_kind), 0))
        self._member_id = form.member_id
        ui.subjectEdit.setPlainText(form.subject)
        ui.referencesEdit.setPlainText(form.references)
        self.counters = [CharCounter(ui.subjectEdit, ui.subjectCounter, proposals.MAX_SUBJECT),
                         CharCounter(ui.referencesEdit, ui.referencesCounter,
                                     proposals.MAX_REFERENCES)]
        if management_only:
            # Sent from the Gerencia: it reaches Secretaría General the day it is sent.
            ui.receivedOnEdit.setEnabled(False)
            ui.proposerKindCombo.setEnabled(False)
            ui.hintLabel.setText(
                "La Gerencia Municipal propone al alcalde la inclusión de temas de su "
                "competencia en la agenda de las sesiones del concejo (ROF art. 32). La "
                "Secretaría General la recibe y la incluye en una sesión, la observa o la "
                "devuelve.")
        if observed_reason:
            ui.hintLabel.setText(f"<b>Observación de la Secretaría General:</b> "
                                 f"{html.escape(observed_reason)}<br>Corrija la propuesta; al "
                                 "guardar vuelve a quedar recibida.")
        self.setWindowTitle(
            ("Enviar una propuesta al concejo" if management_only
             else "Registrar propuesta de agenda") if proposal_id is None
            else ("Subsanar y reenviar la propuesta" if observed_reason
                  else "Corregir la propuesta"))
        ui.receivedOnEdit.dateChanged.connect(lambda _d: self._fill_members())
        ui.proposerKindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        ui.memberCombo.currentIndexChanged.connect(self._member_changed)
        self._fill_members()
        self._kind_changed()

    def _fill_members(self) -> None:
        """The regidores in office on the date received, read in a worker."""
        on = self.ui.receivedOnEdit.date().toPython()
        QueryOp(self, self.ctx.db, lambda s: proposals.councillors_on(s, on),
                self._show_members) \
            .failure(lambda message, _exc: self.ui.messageLabel.setText(message)) \
            .superseding("members").run()

    def _show_members(self, choices) -> None:
        combo = self.ui.memberCombo
        keep = self._member_id
        combo.blockSignals(True)
        combo.clear()
        for choice in choices:
            combo.addItem(choice.name, choice.member_id)
        combo.setPlaceholderText("Elija al regidor o regidora…" if choices
                                 else "No hay regidores en funciones en esa fecha")
        combo.setCurrentIndex(combo.findData(keep) if keep is not None else -1)
        combo.blockSignals(False)

    def _member_changed(self, _index: int) -> None:
        self._member_id = self.ui.memberCombo.currentData()

    def _kind_changed(self) -> None:
        councillor = self.ui.proposerKindCombo.currentData() == COUNCILLOR
        self.ui.memberCombo.setEnabled(councillor)
        self.ui.memberLabel.setEnabled(councillor)

    def form(self) -> ProposalForm:
        ui = self.ui
        return ProposalForm(ui.proposerKindCombo.currentData(), ui.memberCombo.currentData(),
                            ui.subjectEdit.toPlainText(), ui.referencesEdit.toPlainText(),
                            ui.receivedOnEdit.date().toPython())

    def read(self):
        return self.form(), self.ctx.today()

    def write(self, session, values) -> int:
        form, today = values
        if self.proposal_id is None:
            return proposals.register(session, self.ctx.actor, form, today=today)
        proposals.resubmit(session, self.ctx.actor, self.proposal_id, form, today=today)
        return self.proposal_id

    def saved(self, proposal_id: int) -> None:
        self.proposal_id = proposal_id


class _ProposalActionDialog(FormDialog):
    """A dialog about one existing proposal, with its heading."""

    def __init__(self, ctx: AppContext, proposal_id: int, parent: QWidget | None = None,
                 ok_text: str | None = None):
        super().__init__(ctx, parent, ok_text)
        self.proposal_id = proposal_id
        self.unreadable = False
        today, choices_of = ctx.today(), self.choices_of
        got = read_now(self, ctx.db, lambda s: (proposals.get(s, proposal_id),
                                                choices_of(s, today)), TITLE)
        self.row, choices = got if got is not None else (None, None)
        if self.row is not None:
            self.setup(choices)
            self.ui.headingLabel.setText(heading_html(self.row))

    @staticmethod
    def choices_of(session, today: dt.date):
        """Worker: what setup() offers to choose from."""
        return None

    def setup(self, choices) -> None:
        """Fill the choices (UI thread)."""


class IncludeDialog(_ProposalActionDialog):
    UI = Ui_ProposalIncludeDialog
    FIELDS = {"session_id": "sessionCombo", "section": "sectionCombo", "title": "titleEdit",
              "majority": "majorityCombo"}
    OK_TEXT = "Incluir"

    @staticmethod
    def choices_of(session, today: dt.date):
        return proposals.programmed_sessions(session, today)

    def setup(self, choices) -> None:
        ui = self.ui
        self.setWindowTitle("Incluir la propuesta en la agenda")
        self.choices = choices
        for choice in self.choices:
            ui.sessionCombo.addItem(choice.label, choice.id)
        if not self.choices:
            ui.sessionCombo.setPlaceholderText("No hay sesiones programadas desde hoy")
            ui.sessionCombo.setCurrentIndex(-1)
            ui.messageLabel.setText("Programe primero la sesión (Secretaría General › "
                                    "Sesiones de concejo) y vuelva a intentarlo.")
        for code, label in SECTION_LABELS.items():
            ui.sectionCombo.addItem(label, code)
        ui.sectionCombo.setCurrentIndex(ui.sectionCombo.findData(AgendaSection.ORDEN_DEL_DIA))
        for code, label in MAJORITY_LABELS.items():
            if code != Majority.UNANIMITY:  # only for matters outside the agenda
                ui.majorityCombo.addItem(label, code)
        ui.titleEdit.setPlainText(self.row.subject)
        ui.sessionCombo.currentIndexChanged.connect(self._session_changed)
        self._session_changed()

    def _session_changed(self, *_args) -> None:
        """An extraordinaria treats only the points of its summons (Orden del Día)."""
        chosen = next((c for c in self.choices if c.id == self.ui.sessionCombo.currentData()),
                      None)
        extraordinary = chosen is not None and chosen.kind == SessionKind.EXTRAORDINARY
        if extraordinary:
            self.ui.sectionCombo.setCurrentIndex(self.ui.sectionCombo.findData(AgendaSection.ORDEN_DEL_DIA))
        self.ui.sectionCombo.setEnabled(not extraordinary)

    def read(self) -> IncludeForm:
        ui = self.ui
        return IncludeForm(ui.sessionCombo.currentData(), ui.sectionCombo.currentData(),
                           ui.titleEdit.toPlainText(), ui.majorityCombo.currentData())

    def write(self, session, form: IncludeForm) -> None:
        proposals.include(session, self.ctx.actor, self.proposal_id, form)

    @property
    def done_message(self) -> str:
        return f"Se incluyó en la agenda de la {self.ui.sessionCombo.currentText()}."


class ReasonDialog(_ProposalActionDialog):
    """Observar (the proposer corrects it) or Devolver (it is not taken to the council)."""

    UI = Ui_ProposalReasonDialog
    FIELDS = {"reason": "reasonEdit"}
    TEXTS = {
        "observe": ("Observar la propuesta", "Observar",
                    "Quien propone verá la observación y podrá corregir la propuesta y "
                    "reenviarla.",
                    "Qué debe corregir o completar, p. ej. «Adjunte el informe legal»"),
        "return": ("Devolver la propuesta", "Devolver",
                   "La propuesta no se lleva al concejo; el motivo queda registrado y quien "
                   "propone lo verá.",
                   "Por qué no se lleva al concejo, p. ej. «No es competencia del concejo»"),
    }

    def __init__(self, ctx: AppContext, proposal_id: int, mode: str,
                 parent: QWidget | None = None):
        title, ok_text, hint, placeholder = self.TEXTS[mode]
        super().__init__(ctx, proposal_id, parent, ok_text)
        self.mode = mode
        self.setWindowTitle(title)
        self.ui.hintLabel.setText(hint)
        self.ui.reasonEdit.setPlaceholderText(placeholder)

    def read(self) -> str:
        return self.ui.reasonEdit.toPlainText()

    def write(self, session, reason: str) -> None:
        action = proposals.observe if self.mode == "observe" else proposals.return_proposal
        action(session, self.ctx.actor, self.proposal_id, reason)

    @property
    def done_message(self) -> str:
        return ("Se observó la propuesta." if self.mode == "observe"
                else "Se devolvió la propuesta.")
