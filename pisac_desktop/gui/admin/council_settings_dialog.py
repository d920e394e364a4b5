"""Configuración > Concejo y citaciones: the council's settings (notice of an ordinaria, who signs
the summonses, usual place and time, where the documents can be consulted, folio warning, who
signs the acta and how a simple majority is counted)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from pisac_desktop.core.institution import holder_on, post_label
from pisac_desktop.core.permissions import Permission
from pisac_desktop.council.rules import (
    MINUTES_SIGNERS_HELP,
    MINUTES_SIGNERS_LABELS,
    SIMPLE_MAJORITY_HELP,
    SIMPLE_MAJORITY_LABELS,
)
from pisac_desktop.council.settings import (
    SettingsForm,
    council_settings,
    save_council_settings,
    settings_form,
)
from pisac_desktop.council.states import SessionKind
from pisac_desktop.council.summons import required_notice
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_council_settings_dialog import Ui_CouncilSettingsDialog
from pisac_desktop.gui.operations import QueryOp


def _settings_view(session, today) -> tuple[SettingsForm, int, list[tuple[str, str]]]:
    """Worker: the form, the extraordinaria's notice and who may sign the summonses today."""
    form = settings_form(session)
    extraordinary = required_notice(council_settings(session), SessionKind.EXTRAORDINARY)
    signers = []
    for code, post, suffix in (("mayor", "MAYOR", ""),
                               ("secretary", "GENERAL_SECRETARY", ", por orden del alcalde")):
        holder = holder_on(session, post, today)
        label = post_label(post, holder.feminine if holder else False)
        if holder is not None:
            who = f"{holder.title} {holder.full_name}".strip()
            label += f" ({who})"
        signers.append((code, label + suffix))
    return form, extraordinary, signers


class CouncilSettingsDialog(FormDialog):
    UI = Ui_CouncilSettingsDialog
    FIELDS = {"ordinary_notice_days": "ordinaryNoticeSpin", "summons_signer": "signerCombo",
              "default_place": "placeEdit", "default_time": "timeEdit",
              "documents_place": "documentsPlaceEdit", "folio_warning": "folioWarningSpin",
              "minutes_signers": "minutesSignersCombo",
              "simple_majority": "simpleMajorityCombo"}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        ui = self.ui
        today = ctx.today()
        # The dialog is built from what is stored: wait for it (the window keeps painting).
        # Unread, nothing may be saved over it (the defaults would replace the stored values).
        op = QueryOp(self, ctx.db, lambda s: _settings_view(s, today)) \
            .failure(lambda message, _exc: None).run().wait()
        form, extraordinary, signers = op.result if op.ok else (SettingsForm(), 0, [])
        for code, label in signers:
            ui.signerCombo.addItem(label, code)
        # Practices that vary between Reglamentos Internos: the usual one is the default.
        for code, label in MINUTES_SIGNERS_LABELS.items():
            ui.minutesSignersCombo.addItem(label, code)
        ui.minutesSignersHelp.setText(MINUTES_SIGNERS_HELP)
        for code, label in SIMPLE_MAJORITY_LABELS.items():
            ui.simpleMajorityCombo.addItem(label, code)
        ui.simpleMajorityHelp.setText(SIMPLE_MAJORITY_HELP)
        ui.extraordinaryNoticeLabel.setText(
            f"{extraordinary} días hábiles completos entre la notificación y la sesión (por ley)"
            if op.ok else "")
        self.show_form(form)
        self.may_edit = ctx.actor.can(Permission.COUNCIL) and op.ok
        if not self.may_edit:
            for name in self.FIELDS.values():
                getattr(ui, name).setEnabled(False)
            ui.buttonBox.button(QDialogButtonBox.Ok).hide()
            ui.buttonBox.button(QDialogButtonBox.Cancel).setText("Cerrar")
            ui.messageLabel.setText("Solo la Secretaría General y el administrador modifican "
                                    "estos valores." if op.ok else op.message)

    def show_form(self, form: SettingsForm) -> None:
        ui = self.ui
        ui.ordinaryNoticeSpin.setValue(form.ordinary_notice_days)
        ui.signerCombo.setCurrentIndex(max(ui.signerCombo.findData(form.summons_signer), 0))
        ui.placeEdit.setText(form.default_place)
        ui.timeEdit.setText(form.default_time)
        ui.documentsPlaceEdit.setText(form.documents_place)
        ui.folioWarningSpin.setValue(form.folio_warning)
        for combo, value in ((ui.minutesSignersCombo, form.minutes_signers),
                             (ui.simpleMajorityCombo, form.simple_majority)):
            combo.setCurrentIndex(max(combo.findData(value), 0))

    def form(self) -> SettingsForm:
        ui = self.ui
        return SettingsForm(ui.ordinaryNoticeSpin.value(), ui.signerCombo.currentData(),
                            ui.placeEdit.text(), ui.documentsPlaceEdit.text(),
                            ui.timeEdit.text(), ui.folioWarningSpin.value(),
                            ui.minutesSignersCombo.currentData(),
                            ui.simpleMajorityCombo.currentData())

    def write(self, session, form) -> None:
        save_council_settings(session, self.ctx.actor, form)
