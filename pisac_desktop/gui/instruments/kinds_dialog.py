"""Configuración > Tipos de documento y plantillas."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from pisac_desktop.core.institution import POSTS, get_institution
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FieldErrors, save_through_domain
from pisac_desktop.gui.forms.ui_instrument_kinds_dialog import Ui_InstrumentKindsDialog
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.unsaved import UnsavedDialog
from pisac_desktop.instruments.kinds import (
    KindSettings,
    kind_settings_of,
    kinds,
    save_kind_settings,
)

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _read_kinds(session) -> tuple[list[tuple[str, str, str]], str]:
    """In a worker: every kind (code, title, plural) and the institution's initials."""
    return ([(k.code, k.title, k.plural) for k in kinds(session)],
            get_institution(session).initials)


class InstrumentKindsDialog(UnsavedDialog, QDialog):
    unsaved_text = "Hay cambios sin guardar en la configuración del tipo de documento."
    FIELDS = {"number_format": "numberFormatEdit", "signer_post": "signerPostCombo",
              "closing": "closingEdit"}

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_InstrumentKindsDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.Save).setText("Guardar")
        self.ui.buttonBox.button(QDialogButtonBox.Close).setText("Cerrar")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        for code, post in POSTS.items():
            self.ui.signerPostCombo.addItem(post.label, code)
        self.errors = FieldErrors(self.ui.form,
                                  {k: getattr(self.ui, v) for k, v in self.FIELDS.items()}, self)
        self.kinds: list[tuple[str, str, str]] = []  # (code, title, plural)
        self.initials = ""
        op = QueryOp(self, ctx.db, _read_kinds).run().wait()
        if op.ok:  # else the refusal was shown: an empty dialog that can only be closed
            self.kinds, self.initials = op.result
        self.ui.buttonBox.button(QDialogButtonBox.Save).setEnabled(bool(self.kinds))
        for _code, _title, plural in self.kinds:
            self.ui.kindList.addItem(plural)
        self._row = -1
        self.ui.kindList.currentRowChanged.connect(self._kind_chosen)
        self.ui.numberFormatEdit.textChanged.connect(self._update_sample)
        self.ui.kindList.setCurrentRow(0)

    @property
    def code(self) -> str:
        return self.kinds[max(self.ui.kindList.currentRow(), 0)][0]

    def _kind_chosen(self, row: int) -> None:
        """Another kind chosen: what was typed for this one is saved, discarded or kept (then
        this kind stays chosen)."""
        if self._row >= 0 and row != self._row and self.has_changes():
            kind_list = self.ui.kindList
            kind_list.blockSignals(True)
            kind_list.setCurrentRow(self._row)
            kind_list.blockSignals(False)
            if not self.settle():
                return
            kind_list.blockSignals(True)
            kind_list.setCurrentRow(row)
            kind_list.blockSignals(False)
        self.show_kind(row)

    def show_kind(self, row: int) -> None:
        if row < 0:
            return
        code = self.kinds[row][0]
        op = QueryOp(self, self.ctx.db,
                     lambda session: kind_settings_of(session, code)).run().wait()
        if not op.ok:  # the refusal was shown: the kind shown stays chosen
            kind_list = self.ui.kindList
            kind_list.blockSignals(True)
            kind_list.setCurrentRow(self._row)
            kind_list.blockSignals(False)
            return
        settings = op.result
        self.errors.clear()
        self.ui.messageLabel.clear()
        self.ui.numberFormatEdit.setText(settings.number_format)
        self.ui.signerPostCombo.setCurrentIndex(
            max(self.ui.signerPostCombo.findData(settings.signer_post), 0))
        self.ui.closingEdit.setText(settings.closing)
        self.ui.mustPublishCheck.setChecked(settings.must_publish)
        self.ui.templateWhereasEdit.setPlainText("\n\n".join(settings.template_whereas))
        self.ui.templateLegalBasisEdit.setPlainText(settings.template_legal_basis)
        self._row = row
        self.mark_clean()

    def _update_sample(self) -> None:
        title = self.kinds[max(self.ui.kindList.currentRow(), 0)][1]
        try:
            sample = self.ui.numberFormatEdit.text().format(titulo=title, numero=45, anio=2026,
                                                            siglas=self.initials)
        except (KeyError, IndexError, ValueError):
            sample = "(formato no válido)"
        self.ui.sampleLabel.setText(sample)

    def settings(self) -> KindSettings:
        paragraphs = _PARAGRAPH_BREAK.split(self.ui.templateWhereasEdit.toPlainText())
        return KindSettings(
            self.ui.numberFormatEdit.text(), self.ui.signerPostCombo.currentData(),
            self.ui.closingEdit.text(), self.ui.mustPublishCheck.isChecked(),
            [p.strip() for p in paragraphs if p.strip()],
            self.ui.templateLegalBasisEdit.toPlainText(),
        )

    def save(self) -> bool:
        if self._row < 0:  # no kind shown (they could not be read)
            return False
        actor, code, settings = self.ctx.actor, self.code, self.settings()
        if not save_through_domain(
            self, self.ctx.db,
            lambda session: save_kind_settings(session, actor, code, settings),
            self.ui.messageLabel, self.errors,
        ):
            return False
        self.ui.messageLabel.setText("Guardado. Vale para los documentos que se emitan desde ahora.")
        self.mark_clean()
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()
