"""Less frequent work on normative documents: linking one to another, the register book and
the yearly export, and (administrators) the next number of a kind.

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
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from pisac_desktop.core.errors import DomainError
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.errors import database_problem
from pisac_desktop.gui.field_errors import save_through_domain
from pisac_desktop.instruments import search as instrument_search
from pisac_desktop.instruments.detail import instrument_detail, kind_label
from pisac_desktop.instruments.register import LINK_LABELS, kinds, link
from pisac_desktop.instruments.search import InstrumentFilter

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
        relation = self.relationCombo.currentData()
        if not save_through_domain(
            self, self.ctx.db,
            lambda session: link(session, self.ctx.actor, self.instrument_id, target, relation),
            self.messageLabel,
        ):
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


class KindYearDialog(QDialog):
    """Shared frame: a kind of this module and a year."""

    def __init__(self, ctx: AppContext, module_key: str, title: str,
                 parent: QWidget | None = None, years: list[int] | None = None):
        super().__init__(parent)
        self.ctx, self.module_key = ctx, module_key
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.kindCombo = QComboBox()
        with ctx.db.session() as session:
            for kind in kinds(session, module_key):
                self.kindCombo.addItem(kind_label(kind.title), kind.code)
            if years is None:
                years = instrument_search.years(session)
        self.yearCombo = QComboBox()
        for year in sorted(set(years) | {ctx.today().year}, reverse=True):
            self.yearCombo.addItem(str(year), year)
        self.form.addRow("&Tipo:", self.kindCombo)
        self.form.addRow("&Año:", self.yearCombo)
        self.layout_.addLayout(self.form)
        self.messageLabel = _message_label()

    @property
    def kind_code(self) -> str:
        return self.kindCombo.currentData()

    @property
    def year(self) -> int:
        return self.yearCombo.currentData()


class RegisterDialog(KindYearDialog):
    """Registro y exportación: the register book of a kind and year (PDF preview or Excel),
    and the export of the year for the archive. The section does the work (it owns the
    preview, file and progress dialogs); these buttons call back into it."""

    def __init__(self, ctx: AppContext, module_key: str, section, parent: QWidget | None = None):
        super().__init__(ctx, module_key, "Registro y exportación", parent)
        self.section = section
        self.setMinimumWidth(500)
        hint = QLabel("El registro lista todos los números dados del tipo y año, anulados "
                      "incluidos. La exportación guarda en una carpeta un PDF por documento "
                      "emitido del año (con su número como nombre) y los registros en PDF y "
                      "Excel, para el archivo y el portal de transparencia.")
        hint.setWordWrap(True)
        self.layout_.insertWidget(0, hint)
        self.viewButton = QPushButton("&Ver registro (PDF)")
        self.excelButton = QPushButton("&Guardar registro en Excel…")
        register = QGroupBox("Registro del tipo y año elegidos")
        row = QHBoxLayout(register)
        row.addWidget(self.viewButton)
        row.addWidget(self.excelButton)
        self.layout_.addWidget(register)
        export = QGroupBox("Exportación del año elegido")
        export_form = QFormLayout(export)
        self.exportKindCombo = QComboBox()
        self.exportKindCombo.addItem("Todos los tipos del módulo", None)
        self.exportKindCombo.addItem("Solo el tipo elegido", "one")
        export_form.addRow("&Incluir:", self.exportKindCombo)
        self.exportButton = QPushButton("E&xportar el año para el archivo…")
        export_form.addRow(self.exportButton)
        self.layout_.addWidget(export)
        for button in (self.viewButton, self.excelButton, self.exportButton):
            button.setAutoDefault(False)
        self.viewButton.clicked.connect(lambda: section.preview_register(self.kind_code,
                                                                        self.year))
        self.excelButton.clicked.connect(lambda: section.save_register_xlsx(self.kind_code,
                                                                           self.year))
        self.exportButton.clicked.connect(lambda: section.export_year_to(
            self.year, self.export_kinds(), self.exportButton))
        self.layout_.addWidget(self.messageLabel)
        box = QDialogButtonBox(QDialogButtonBox.Close)
        box.button(QDialogButtonBox.Close).setText("Cerrar")
        box.rejected.connect(self.reject)
        self.layout_.addWidget(box)
        self.adjustSize()

    def export_kinds(self) -> tuple[str, ...]:
        if self.exportKindCombo.currentData() == "one":
            return (self.kind_code,)
        return tuple(self.kindCombo.itemData(i) for i in range(self.kindCombo.count()))


class NextNumberDialog(KindYearDialog):
    """Fijar el siguiente número (administrators, when the office adopts the software
    mid-year): never at or below a number already given."""

    def __init__(self, ctx: AppContext, module_key: str, parent: QWidget | None = None):
        super().__init__(ctx, module_key, "Fijar el siguiente número", parent,
                         years=[ctx.today().year])
        self.setMinimumWidth(460)
        self.yearCombo.setEnabled(False)
        hint = QLabel("Para cuando la oficina empieza a usar el programa a mitad de año: el "
                      "siguiente documento que se emita recibirá este número. Nunca puede ser "
                      "igual o menor que uno ya dado.")
        hint.setWordWrap(True)
        self.layout_.insertWidget(0, hint)
        self.currentLabel = QLabel()
        self.form.addRow("Siguiente ahora:", self.currentLabel)
        self.numberSpin = QSpinBox()
        self.numberSpin.setRange(1, 99999)
        self.form.addRow("&Nuevo siguiente número:", self.numberSpin)
        self.layout_.addWidget(self.messageLabel)
        self.layout_.addWidget(_buttons(self, "Fijar"))
        self.kindCombo.currentIndexChanged.connect(self.refresh)
        self.refresh()
        self.adjustSize()

    def refresh(self, *_args) -> None:
        from pisac_desktop.core.numbering import next_number

        self.messageLabel.clear()
        try:
            with self.ctx.db.session() as session:
                self.current = next_number(session, self.kind_code, self.year)
        except SQLAlchemyError as exc:
            self.messageLabel.setText(f"No se pudo leer la numeración: {database_problem(exc)}")
            return
        self.currentLabel.setText(f"{self.current:03d}")
        self.numberSpin.setValue(self.current)

    def save(self) -> bool:
        from pisac_desktop.core.numbering import set_next_number

        value = self.numberSpin.value()
        return save_through_domain(
            self, self.ctx.db,
            lambda session: set_next_number(session, self.ctx.actor, self.kind_code, self.year,
                                            value),
            self.messageLabel,
        )

    def accept(self) -> None:
        if self.save():
            super().accept()

    @property
    def done_message(self) -> str:
        return (f"{self.kindCombo.currentText()}: el siguiente número de {self.year} será "
                f"{self.numberSpin.value():03d}.")
