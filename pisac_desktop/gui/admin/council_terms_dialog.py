"""Configuración › Concejo Municipal: the terms and the alcalde and regidores of each."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView

from pisac_desktop.core.errors import FieldError
from pisac_desktop.council.terms import (
    MEMBERS,
    ROLE_CHOICES,
    MemberRow,
    TermForm,
    save_term,
    term_form,
    terms,
)
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import save_through_domain
from pisac_desktop.gui.forms.ui_council_terms_dialog import Ui_CouncilTermsDialog
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.table_models import ChoiceDelegate, Column, RowsModel
from pisac_desktop.gui.unsaved import UnsavedDialog

MEMBER_COLUMNS = (
    Column("role", "Cargo", kind="choice", choices=tuple(ROLE_CHOICES.items())),
    Column("feminine", "En femenino", kind="bool",
           tooltip="Imprimir Alcaldesa / Regidora."),
    Column("title", "Título", tooltip="Abreviatura profesional: Abog., Ing., Lic., Prof."),
    Column("full_name", "Nombres y apellidos"),
    Column("dni", "DNI"),
    Column("political_party", "Organización política"),
    Column("since", "Desde", tooltip="dd/mm/aaaa; vacío: desde el inicio del período"),
    Column("until", "Hasta", tooltip="dd/mm/aaaa; vacío: hasta el fin del período"),
)

TermItem = tuple[int, str, int, int]  # id, label, end year, regidores' seats


def _term_items(session) -> list[TermItem]:
    """Worker: the terms, the latest first."""
    return [(t.id, t.label, t.end_year, t.councillor_seats) for t in terms(session)]


class CouncilTermsDialog(UnsavedDialog, QDialog):
    unsaved_text = "Hay cambios sin guardar en el concejo."

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CouncilTermsDialog()
        self.ui.setupUi(self)
        self.members = RowsModel(MEMBER_COLUMNS, MemberRow, self)
        view = self.ui.membersView
        view.setModel(self.members)
        for col, column in enumerate(MEMBER_COLUMNS):
            if column.kind == "choice":
                view.setItemDelegateForColumn(col, ChoiceDelegate(column, view))
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((100, 85, 60, 230, 85, 190, 85)):
            view.setColumnWidth(col, width)
        self.term_id: int | None = None
        self._loaded = TermForm()
        self._note: str | None = None  # said once the term shown next has arrived
        self.ui.termCombo.currentIndexChanged.connect(self._term_chosen)
        self.ui.newTermButton.clicked.connect(self.new_term)
        self.ui.addMemberButton.clicked.connect(self.add_member)
        self.ui.removeMemberButton.clicked.connect(self.remove_member)
        self.ui.seatsSpin.valueChanged.connect(self._show_legal_number)
        self.ui.buttonBox.button(QDialogButtonBox.Save).setText("&Guardar")
        self.ui.buttonBox.button(QDialogButtonBox.Cancel).setText("&Cerrar")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.load()

    # --- loading -------------------------------------------------------------------------
    def load(self, select_id: int | None = None) -> None:
        """Read the terms in a worker; the combo fills (and shows one) when they arrive."""
        QueryOp(self, self.ctx.db, _term_items, lambda rows: self._fill(rows, select_id)) \
            .superseding("terms").run()

    def _fill(self, rows: list[TermItem], select_id: int | None) -> None:
        combo = self.ui.termCombo
        combo.blockSignals(True)
        combo.clear()
        for term_id, label, _end, _seats in rows:
            combo.addItem(label, term_id)
        combo.blockSignals(False)
        if rows:
            index = max(0, combo.findData(select_id)) if select_id else 0
            combo.setCurrentIndex(index)
            self._term_chosen(index)
        else:
            self._new_term(rows)

    def _term_chosen(self, index: int) -> None:
        term_id = self.ui.termCombo.itemData(index)
        if term_id is None:
            return
        QueryOp(self, self.ctx.db, lambda s: term_form(s, term_id),
                lambda form: self._chosen(term_id, form)).superseding("term").run()

    def _chosen(self, term_id: int, form: TermForm) -> None:
        self.term_id = term_id
        self._show(form)

    def new_term(self) -> None:
        # The term shown last decides no more: a later one may have been saved meanwhile.
        QueryOp(self, self.ctx.db, _term_items, self._new_term).superseding("term").run()

    def _new_term(self, latest: list[TermItem]) -> None:
        start = latest[0][2] + 1 if latest else self.ctx.today().year
        self.term_id = None
        self._show(TermForm(start, start + 3, latest[0][3] if latest else 5,
                            [MemberRow(role="mayor")]))
        self.ui.termCombo.blockSignals(True)
        self.ui.termCombo.setCurrentIndex(-1)
        self.ui.termCombo.blockSignals(False)
        self.ui.messageLabel.setText("Período nuevo: complete los años y sus miembros, y guarde.")

    def _show(self, form: TermForm) -> None:
        self._loaded = form
        self.ui.startYearSpin.setValue(form.start_year)
        self.ui.endYearSpin.setValue(form.end_year)
        self.ui.seatsSpin.setValue(form.councillor_seats)
        self.members.set_rows([MemberRow(**vars(m)) for m in form.members])
        self.ui.messageLabel.clear()
        if self._note:
            self.ui.messageLabel.setText(self._note)
            self._note = None
        self._show_legal_number()

    def _show_legal_number(self) -> None:
        seats = self.ui.seatsSpin.value()
        self.ui.legalNumberLabel.setText(
            f"Número legal del concejo: {seats + 1} (el alcalde y {seats} regidores)")

    # --- editing -------------------------------------------------------------------------
    def form(self) -> TermForm:
        return TermForm(self.ui.startYearSpin.value(), self.ui.endYearSpin.value(),
                        self.ui.seatsSpin.value(), [MemberRow(**vars(m))
                                                    for m in self.members.rows])

    def add_member(self) -> None:
        row = self.members.append_row()
        index = self.members.index(row, self.members.column_of("full_name"))
        self.ui.membersView.setCurrentIndex(index)
        self.ui.membersView.edit(index)

    def remove_member(self) -> None:
        index = self.ui.membersView.currentIndex()
        if index.isValid():
            self.members.remove_row(index.row())

    def has_changes(self) -> bool:
        return self.form() != self._loaded

    def save(self) -> bool:
        self.members.set_errors({})
        form = self.form()
        saved: dict[str, int] = {}

        def work(session):
            saved["id"] = save_term(session, self.ctx.actor, form, self.term_id)

        ok = save_through_domain(self, self.ctx.db, work, self.ui.messageLabel,
                                 on_invalid=self._show_cell_errors)
        if ok:
            self.ui.messageLabel.setStyleSheet("color: #1a5e1a;")
            self._note = "Guardado."  # once the saved term is shown again
            self.load(saved["id"])
        else:
            self.ui.messageLabel.setStyleSheet("color: #a40000;")
        return ok

    def _show_cell_errors(self, errors: list[FieldError]) -> None:
        cells = {(e.row, e.field): e.message for e in errors
                 if e.section == MEMBERS and e.row is not None}
        self.members.set_errors(cells)
        first = next((e for e in errors if e.section == MEMBERS and e.row is not None), None)
        if first is not None:
            self.ui.membersView.setCurrentIndex(
                self.members.index(first.row, self.members.column_of(first.field)))

