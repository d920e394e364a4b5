"""Less frequent work on normative documents: linking one to another, the register book and
the yearly export, and (administrators) the next number of a kind.

Designer forms (ui/instrument_link_dialog.ui, instrument_register_dialog.ui,
instrument_next_number_dialog.ui); the domain checks permissions and rules again, and its
refusals appear in the dialog's message line.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from pisac_desktop.core.errors import DomainError
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import save_through_domain
from pisac_desktop.gui.forms.ui_instrument_link_dialog import Ui_InstrumentLinkDialog
from pisac_desktop.gui.forms.ui_instrument_next_number_dialog import (
    Ui_InstrumentNextNumberDialog,
)
from pisac_desktop.gui.forms.ui_instrument_register_dialog import Ui_InstrumentRegisterDialog
from pisac_desktop.gui.instruments.reading import read_now
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.instruments import search as instrument_search
from pisac_desktop.instruments.detail import InstrumentDetail, instrument_detail, kind_label
from pisac_desktop.instruments.issued import link
from pisac_desktop.instruments.kinds import kinds
from pisac_desktop.instruments.register import LINK_LABELS
from pisac_desktop.instruments.search import InstrumentFilter, InstrumentRow
from pisac_desktop.instruments.states import InstrumentState

CANDIDATE_LIMIT = 200
KindsAndYears = tuple[list[tuple[str, str]], list[int]]  # (code, label) of each kind; years


def _ok_cancel(dialog: QDialog, ok_text: str) -> None:
    box = dialog.ui.buttonBox
    box.button(QDialogButtonBox.Ok).setText(ok_text)
    box.button(QDialogButtonBox.Cancel).setText("Cancelar")
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)


class LinkDialog(QDialog):
    """Enlazar con otro documento: this one modifies, rectifies, derogates or annuls an issued
    document of the same module."""

    def __init__(self, ctx: AppContext, instrument_id: int, parent: QWidget | None = None,
                 data: InstrumentDetail | None = None):
        """data: what read_data() returns, read before in a worker (else it is read here, and a
        refusal is raised). The candidates are of the document's module."""
        super().__init__(parent)
        if data is None:
            data = read_now(self, ctx.db,
                            lambda session: LinkDialog.read_data(session, instrument_id))
        detail = data
        self.ctx, self.module_key, self.instrument_id = ctx, detail.module, instrument_id
        self.ui = Ui_InstrumentLinkDialog()
        self.ui.setupUi(self)
        self.ui.headingLabel.setText(f"<b>{html.escape(detail.heading)}</b><br>"
                                     f"{html.escape(detail.summary)}")
        for code, label in LINK_LABELS.items():
            self.ui.relationCombo.addItem(label.capitalize(), code)
        _ok_cancel(self, "Enlazar")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._timer.start())
        self.ui.candidatesList.itemDoubleClicked.connect(lambda _i: self.accept())
        self.refresh()

    @staticmethod
    def read_data(session, instrument_id: int) -> InstrumentDetail:
        """In a worker: the document to link."""
        detail = instrument_detail(session, instrument_id)
        if detail is None:
            raise DomainError("El documento ya no existe.")
        return detail

    def refresh(self) -> None:
        """Issued (or annulled) documents of the module matching the text, newest first; read
        in a worker, listed when they arrive."""
        self._timer.stop()
        text = self.ui.searchEdit.text().strip()
        number = None
        digits = text.split("-", 1)[0].lstrip("N°º ").strip()
        if digits.isdigit():
            number, text = int(digits), ""
        flt = InstrumentFilter(module=self.module_key, number=number, text=text,
                               states=(InstrumentState.ISSUED, InstrumentState.ANNULLED))

        def failed(message: str, _exc: BaseException) -> None:
            self.ui.candidatesList.clear()
            self.ui.messageLabel.setText(message)

        QueryOp(self, self.ctx.db,
                lambda session: instrument_search.search(session, flt, 0, CANDIDATE_LIMIT),
                self._show_candidates).superseding("candidates").failure(failed).run()

    def _show_candidates(self, rows: list[InstrumentRow]) -> None:
        ui = self.ui
        ui.candidatesList.clear()
        for row in rows:
            if row.id == self.instrument_id:
                continue
            annulled = " (anulado)" if row.state == InstrumentState.ANNULLED else ""
            item = QListWidgetItem(f"{row.number_text}{annulled} — {' '.join(row.summary.split())}")
            item.setData(Qt.UserRole, row.id)
            item.setToolTip(row.summary)
            ui.candidatesList.addItem(item)
        if ui.candidatesList.count():
            ui.candidatesList.setCurrentRow(0)
            ui.messageLabel.clear()
        else:
            ui.messageLabel.setText("Ningún documento emitido coincide con la búsqueda.")

    def chosen_id(self) -> int | None:
        item = self.ui.candidatesList.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def save(self) -> bool:
        target = self.chosen_id()
        if target is None:
            self.ui.messageLabel.setText("Elija de la lista el documento con el que se enlaza.")
            return False
        relation = self.ui.relationCombo.currentData()
        actor, instrument_id = self.ctx.actor, self.instrument_id
        if not save_through_domain(
            self, self.ctx.db,
            lambda session: link(session, actor, instrument_id, target, relation),
            self.ui.messageLabel,
        ):
            return False
        self.target_text = self.ui.candidatesList.currentItem().text().split(" — ", 1)[0]
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    @property
    def done_message(self) -> str:
        return (f"Enlace guardado: {self.ui.relationCombo.currentText().lower()} "
                f"{self.target_text}.")


class KindYearDialog(QDialog):
    """Shared frame of the forms with a kind of this module (kindCombo) and a year
    (yearCombo): UI is the Designer form."""

    UI = None

    def __init__(self, ctx: AppContext, module_key: str, parent: QWidget | None = None,
                 years: list[int] | None = None, data: KindsAndYears | None = None):
        """years: those to offer (default: the years with documents, and this one). data:
        what read_data() returns, read before in a worker (else it is read here, and a refusal is
        raised)."""
        super().__init__(parent)
        self.ctx, self.module_key = ctx, module_key
        self.ui = self.UI()
        self.ui.setupUi(self)
        if data is None:
            data = read_now(self, ctx.db,
                            lambda session: KindYearDialog.read_data(session, module_key))
        module_kinds, known_years = data
        for code, label in module_kinds:
            self.ui.kindCombo.addItem(label, code)
        for year in sorted(set(known_years if years is None else years) | {ctx.today().year},
                           reverse=True):
            self.ui.yearCombo.addItem(str(year), year)

    @staticmethod
    def read_data(session, module_key: str) -> KindsAndYears:
        """In a worker: the module's kinds (code, label) and the years with documents."""
        return ([(kind.code, kind_label(kind.title)) for kind in kinds(session, module_key)],
                instrument_search.years(session))

    @property
    def kind_code(self) -> str:
        return self.ui.kindCombo.currentData()

    @property
    def year(self) -> int:
        return self.ui.yearCombo.currentData()


class RegisterDialog(KindYearDialog):
    """Registro y exportación: the register book of a kind and year (PDF preview or Excel),
    and the export of the year for the archive. The section does the work (it owns the
    preview, file and progress dialogs); these buttons call back into it."""

    UI = Ui_InstrumentRegisterDialog

    def __init__(self, ctx: AppContext, module_key: str, section, parent: QWidget | None = None,
                 data: KindsAndYears | None = None):
        super().__init__(ctx, module_key, parent, data=data)
        self.section = section
        ui = self.ui
        ui.exportKindCombo.addItem("Todos los tipos del módulo", None)
        ui.exportKindCombo.addItem("Solo el tipo elegido", "one")
        ui.viewButton.clicked.connect(lambda: section.preview_register(self.kind_code,
                                                                      self.year))
        ui.excelButton.clicked.connect(lambda: section.save_register_xlsx(self.kind_code,
                                                                         self.year))
        ui.exportButton.clicked.connect(lambda: section.export_year_to(
            self.year, self.export_kinds(), ui.exportButton))
        ui.buttonBox.button(QDialogButtonBox.Close).setText("Cerrar")
        ui.buttonBox.rejected.connect(self.reject)
        self.adjustSize()

    def export_kinds(self) -> tuple[str, ...]:
        if self.ui.exportKindCombo.currentData() == "one":
            return (self.kind_code,)
        combo = self.ui.kindCombo
        return tuple(combo.itemData(i) for i in range(combo.count()))


class NextNumberDialog(KindYearDialog):
    """Fijar el siguiente número (administrators, when the office adopts the software
    mid-year): never at or below a number already given."""

    UI = Ui_InstrumentNextNumberDialog

    def __init__(self, ctx: AppContext, module_key: str, parent: QWidget | None = None,
                 data: KindsAndYears | None = None):
        super().__init__(ctx, module_key, parent, years=[ctx.today().year], data=data)
        _ok_cancel(self, "Fijar")
        self.ui.kindCombo.currentIndexChanged.connect(self.refresh)
        self.refresh()
        self.adjustSize()

    def refresh(self, *_args) -> None:
        """The next number of the chosen kind, read in a worker and shown when it arrives."""
        from pisac_desktop.core.numbering import next_number

        self.ui.messageLabel.clear()
        kind_code, year = self.kind_code, self.year
        QueryOp(self, self.ctx.db, lambda session: next_number(session, kind_code, year),
                self._show_current).superseding("next").failure(
            lambda message, _exc: self.ui.messageLabel.setText(message)).run()

    def _show_current(self, current: int) -> None:
        self.current = current
        self.ui.currentLabel.setText(f"{current:03d}")
        self.ui.numberSpin.setValue(current)

    def save(self) -> bool:
        from pisac_desktop.core.numbering import set_next_number

        actor, kind_code, year = self.ctx.actor, self.kind_code, self.year
        value = self.ui.numberSpin.value()
        return save_through_domain(
            self, self.ctx.db,
            lambda session: set_next_number(session, actor, kind_code, year, value),
            self.ui.messageLabel,
        )

    def accept(self) -> None:
        if self.save():
            super().accept()

    @property
    def done_message(self) -> str:
        return (f"{self.ui.kindCombo.currentText()}: el siguiente número de {self.year} será "
                f"{self.ui.numberSpin.value():03d}.")
