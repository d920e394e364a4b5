"""After issue: Anular, Certificar copia, Registrar publicación, Registrar cargo de recepción.

Each dialog is a Designer form built from what read_data() reads in a worker; OK saves through the
domain (in a worker too), refusals appear at their fields (or in messageLabel) and what was
typed stays.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QWidget

from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_instrument_annul_dialog import Ui_InstrumentAnnulDialog
from pisac_desktop.gui.forms.ui_instrument_certify_dialog import Ui_InstrumentCertifyDialog
from pisac_desktop.gui.forms.ui_instrument_publication_dialog import (
    Ui_InstrumentPublicationDialog,
)
from pisac_desktop.gui.forms.ui_instrument_receipt_dialog import Ui_InstrumentReceiptDialog
from pisac_desktop.gui.instruments.reading import read_now
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.instruments.detail import (
    InstrumentDetail,
    annulling_candidates,
    instrument_detail,
    receipt_units,
)
from pisac_desktop.instruments.issued import annul, certify, publish, record_receipt
from pisac_desktop.instruments.register import MEDIUM_LABELS
from pisac_desktop.spanish.plural import agree, plural


class _ActionDialog(FormDialog):
    """FormDialog with a heading naming the document it acts on."""

    def __init__(self, ctx: AppContext, instrument_id: int, parent: QWidget | None = None,
                 data: tuple[InstrumentDetail, Any] | None = None):
        """data: what read_data() returns, read before in a worker (else it is read here, and a
        refusal is raised)."""
        super().__init__(ctx, parent)
        self.instrument_id = instrument_id
        if data is None:
            data = read_now(self, ctx.db,
                            lambda session: type(self).read_data(session, instrument_id))
        detail, choices = data
        self.detail: InstrumentDetail = detail
        self.setup(choices)
        self.ui.headingLabel.setText(
            f"<b>{html.escape(detail.heading)}</b><br>{html.escape(detail.summary)}")

    @classmethod
    def read_data(cls, session, instrument_id: int) -> tuple[InstrumentDetail, Any]:
        """In a worker: the document and the choices of the form (plain data)."""
        detail = instrument_detail(session, instrument_id)
        if detail is None:
            raise DomainError("El documento ya no existe.")
        return detail, cls.choices(session, instrument_id)

    @staticmethod
    def choices(session, instrument_id: int) -> Any:
        """In a worker: what setup() offers to choose from."""
        return None

    def setup(self, choices) -> None:
        """Fill the form from the choices read."""

    @property
    def done_message(self) -> str:
        return ""


class AnnulDialog(_ActionDialog):
    UI = Ui_InstrumentAnnulDialog
    FIELDS = {"reason": "reasonEdit", "annulled_by": "annulledByCombo",
              "annulled_by_text": "annulledByEdit"}
    OK_TEXT = "Anular"

    choices = staticmethod(annulling_candidates)

    def setup(self, candidates) -> None:
        self.setWindowTitle(f"Anular {self.detail.number_text}")
        for instrument_id, label in candidates:
            self.ui.annulledByCombo.addItem(label, instrument_id)
        self.ui.annulledByCombo.setPlaceholderText("Elija el documento que lo anula…")
        self.ui.annulledByCombo.setCurrentIndex(-1)
        if not candidates:
            self.ui.documentRadio.setEnabled(False)
            self.ui.annulledByCombo.setPlaceholderText("No hay documentos emitidos posteriores")
            self.ui.freeTextRadio.setChecked(True)
        self.ui.documentRadio.toggled.connect(self._choice_changed)
        self._choice_changed()

    def _choice_changed(self, *_args) -> None:
        by_document = self.ui.documentRadio.isChecked()
        self.ui.annulledByCombo.setEnabled(by_document)
        self.ui.annulledByEdit.setEnabled(not by_document)

    def read(self):
        by_document = self.ui.documentRadio.isChecked()
        chosen = self.ui.annulledByCombo.currentData() if by_document else None
        text = "" if by_document else self.ui.annulledByEdit.text()
        # The annulling document is part of the record (issue 4: reason and resolution that
        # annuls): one of the two choices must name it.
        missing = None
        if by_document and chosen is None:
            missing = FieldError("annulled_by", "Elija el documento que lo anula, o marque "
                                                "«Otro» y escríbalo.")
        elif not by_document and not text.strip():
            missing = FieldError("annulled_by_text", "Escriba qué documento lo anula.")
        if missing is not None:
            errors = [missing]
            if not self.ui.reasonEdit.toPlainText().strip():
                errors.insert(0, FieldError("reason", "Escriba el motivo de la anulación."))
            raise ValidationFailed(errors)
        return self.ui.reasonEdit.toPlainText(), text, chosen

    def write(self, session, values) -> None:
        reason, text, chosen = values
        annul(session, self.ctx.actor, self.instrument_id, reason,
              annulled_by_text=text, annulled_by_id=chosen)

    @property
    def done_message(self) -> str:
        return f"Se anuló {self.detail.number_text}; conserva su número."


class CertifyDialog(_ActionDialog):
    UI = Ui_InstrumentCertifyDialog
    FIELDS = {"requested_by": "requestedByEdit", "copies": "copiesSpin", "on": "certifiedOnEdit"}
    OK_TEXT = "Certificar"

    certification_id: int | None = None  # once recorded

    def setup(self, _choices) -> None:
        self.setWindowTitle(f"Certificar copia de {self.detail.number_text}")
        self.ui.certifiedOnEdit.setDate(qdate(self.ctx.today()))

    def read(self):
        return (self.ui.requestedByEdit.text(), self.ui.copiesSpin.value(),
                self.ui.certifiedOnEdit.date().toPython())

    def write(self, session, values) -> int:
        return certify(session, self.ctx.actor, self.instrument_id, *values).id

    def saved(self, certification_id: int) -> None:
        self.certification_id = certification_id

    @property
    def print_requested(self) -> bool:
        """«Imprimir la copia certificada»: its copy opens in the preview once recorded."""
        return self.certification_id is not None and self.ui.printCheck.isChecked()

    @property
    def done_message(self) -> str:
        n = self.ui.copiesSpin.value()
        copies = plural(n, "copia certificada", "copias certificadas")
        return f"{agree(n, 'Se registró', 'Se registraron')} {copies} de {self.detail.number_text}."


class PublicationDialog(_ActionDialog):
    UI = Ui_InstrumentPublicationDialog
    FIELDS = {"medium": "mediumCombo", "on": "publishedOnEdit"}
    OK_TEXT = "Registrar"

    def setup(self, _choices) -> None:
        self.setWindowTitle(f"Registrar publicación de {self.detail.number_text}")
        for code, label in MEDIUM_LABELS.items():
            self.ui.mediumCombo.addItem(label, code)
        self.ui.mediumCombo.setPlaceholderText("Elija el medio…")
        self.ui.mediumCombo.setCurrentIndex(-1)
        self.ui.publishedOnEdit.setDate(qdate(self.ctx.today()))
        if not self.detail.must_publish:
            self.ui.hintLabel.setText(
                "Este tipo de documento no exige publicación; regístrela si igual se publicó "
                "(por ejemplo, en el portal web).")

    def read(self):
        return (self.ui.mediumCombo.currentData(), self.ui.publishedOnEdit.date().toPython(),
                self.ui.referenceEdit.text())

    def write(self, session, values) -> None:
        publish(session, self.ctx.actor, self.instrument_id, *values)

    @property
    def done_message(self) -> str:
        return f"Se registró la publicación de {self.detail.number_text}."


class ReceiptDialog(_ActionDialog):
    UI = Ui_InstrumentReceiptDialog
    FIELDS = {"org_unit": "unitCombo", "received_by": "receivedByEdit",
              "received_at": "receivedAtEdit"}
    OK_TEXT = "Registrar"

    choices = staticmethod(receipt_units)

    def setup(self, choices) -> None:
        self.setWindowTitle(f"Cargo de recepción de {self.detail.number_text}")
        self.unit_names = {c.id: c.name for c in choices}
        combo = self.ui.unitCombo
        listed = [c for c in choices if c.to_notify]
        others = [c for c in choices if not c.to_notify]
        for choice in listed:
            suffix = " (ya firmó su cargo)" if choice.received else " (por notificar)"
            combo.addItem(choice.name + suffix, choice.id)
        if listed and others:
            combo.insertSeparator(combo.count())
        for choice in others:
            combo.addItem(choice.name + (" (ya firmó su cargo)" if choice.received else ""),
                          choice.id)
        pending = next((c for c in listed if not c.received), None)
        combo.setPlaceholderText("Elija la unidad…")
        combo.setCurrentIndex(combo.findData(pending.id) if pending else -1)
        now = self.ctx.now()
        self.ui.receivedAtEdit.setDateTime(QDateTime(qdate(now.date()),
                                                     QTime(now.hour, now.minute)))

    def read(self):
        unit = self.ui.unitCombo.currentData()
        return (unit if unit is not None else -1, self.ui.receivedByEdit.text(),
                self.ui.receivedAtEdit.dateTime().toPython().replace(second=0, microsecond=0))

    def write(self, session, values) -> None:
        record_receipt(session, self.ctx.actor, self.instrument_id, *values)

    @property
    def done_message(self) -> str:
        unit = self.unit_names.get(self.ui.unitCombo.currentData(), "la unidad")
        return f"Se registró el cargo de recepción de {unit}."
