"""Less frequent work on normative documents: linking one to another.

Small dialogs built in code; the domain checks permissions and rules again, and its refusals
appear in the dialog's message line.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from pisac_desktop.domain import instrument_search
from pisac_desktop.domain.errors import DomainError
from pisac_desktop.domain.instrument_detail import instrument_detail
from pisac_desktop.domain.instrument_search import InstrumentFilter
from pisac_desktop.domain.instruments import LINK_LABELS, link
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.errors import database_problem

CANDIDATE_LIMIT = 200


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #8a1c1c")
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    box.button(QDialogButtonBox.Ok).setText(ok_text)
    box.button(QDialogButtonBox.Cancel).setText("Cancelar")
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class LinkDialog(QDialog):
    """Enlazar con otro documento: this one modifies, rectifies, derogates or annuls an issued
    document of the same module."""

    def __init__(self, ctx: AppContext, module_key: str, instrument_id: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.module_key, self.instrument_id = ctx, module_key, instrument_id
        with ctx.db.session() as session:
            detail = instrument_detail(session, instrument_id)
        if detail is None:
            raise DomainError("El documento ya no existe.")
        self.setWindowTitle("Enlazar con otro documento")
        self.resize(620, 460)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{html.escape(detail.heading)}</b><br>"
                         f"{html.escape(detail.summary)}")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        self.relationCombo = QComboBox()
        for code, label in LINK_LABELS.items():
            self.relationCombo.addItem(label.capitalize(), code)
        form.addRow("&Este documento:", self.relationCombo)
        self.searchEdit = QLineEdit()
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setPlaceholderText("Número o palabras de la sumilla (p. ej. 045 o "
                                           "licencia)")
        form.addRow("&Buscar:", self.searchEdit)
        layout.addLayout(form)
        self.candidatesList = QListWidget()
        self.candidatesList.setAlternatingRowColors(True)
        layout.addWidget(self.candidatesList, 1)
        self.messageLabel = _message_label()
        layout.addWidget(self.messageLabel)
        self.buttonBox = _buttons(self, "Enlazar")
        layout.addWidget(self.buttonBox)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        self.searchEdit.textChanged.connect(lambda _t: self._timer.start())
        self.candidatesList.itemDoubleClicked.connect(lambda _i: self.accept())
        self.refresh()

    def refresh(self) -> None:
        """Issued (or annulled) documents of the module matching the text, newest first."""
        self._timer.stop()
        text = self.searchEdit.text().strip()
        number = None
        digits = text.split("-", 1)[0].lstrip("N°º ").strip()
        if digits.isdigit():
            number, text = int(digits), ""
        flt = InstrumentFilter(module=self.module_key, number=number, text=text,
                               states=(instrument_search.ISSUED, instrument_search.ANNULLED))
        self.candidatesList.clear()
        try:
            with self.ctx.db.session() as session:
                rows = instrument_search.search(session, flt, 0, CANDIDATE_LIMIT)
        except SQLAlchemyError as exc:
            self.messageLabel.setText(f"No se pudieron leer los documentos: "
                                      f"{database_problem(exc)}")
            return
        for row in rows:
            if row.id == self.instrument_id:
                continue
            annulled = " (anulado)" if row.state == instrument_search.ANNULLED else ""
            item = QListWidgetItem(f"{row.number_text}{annulled} — {' '.join(row.summary.split())}")
            item.setData(Qt.UserRole, row.id)
            item.setToolTip(row.summary)
            self.candidatesList.addItem(item)
        if self.candidatesList.count():
            self.candidatesList.setCurrentRow(0)
            self.messageLabel.clear()
        else:
            self.messageLabel.setText("Ningún documento emitido coincide con la búsqueda.")

    def chosen_id(self) -> int | None:
        item = self.candidatesList.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def save(self) -> bool:
        target = self.chosen_id()
        if target is None:
            self.messageLabel.setText("Elija de la lista el documento con el que se enlaza.")
            return False
        try:
            with self.ctx.db.session() as session:
                link(session, self.ctx.actor, self.instrument_id, target,
                     self.relationCombo.currentData())
        except DomainError as exc:
            self.messageLabel.setText(str(exc))
            return False
        except SQLAlchemyError as exc:
            self.messageLabel.setText(f"No se pudo guardar: {database_problem(exc)}")
            return False
        self.target_text = self.candidatesList.currentItem().text().split(" — ", 1)[0]
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    @property
    def done_message(self) -> str:
        return (f"Enlace guardado: {self.relationCombo.currentText().lower()} "
                f"{self.target_text}.")
