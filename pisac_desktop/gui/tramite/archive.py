"""Archivo Central: the transfers of the units' archived case files (prepare one with its
inventory, receive it on a shelf, print the inventory), and finding a case file's paper (where
it is, lend it out, record its return)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QInputDialog, QListWidgetItem, QWidget

from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_tramite_archive_section import Ui_TramiteArchiveSection
from pisac_desktop.gui.forms.ui_tramite_loan_dialog import Ui_TramiteLoanDialog
from pisac_desktop.gui.forms.ui_tramite_transfer_dialog import Ui_TramiteTransferDialog
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.tramite import archive, printing, views
from pisac_desktop.tramite.archive import LoanForm, Located, TransferForm, TransferRow


class TransfersModel(QAbstractTableModel):
    HEADERS = ("Transferencia", "Unidad", "Serie documental", "Expedientes", "Cajas", "Estado",
               "Estante")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[TransferRow] = []

    def set_rows(self, rows: list[TransferRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        r = self.rows[index.row()]
        return (r.number_text, r.unit, r.series, str(r.cases), str(r.boxes), r.state,
                r.shelf or "—")[index.column()]

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.HEADERS[section]
        return None


class TransferDialog(FormDialog):
    """Choose the unit, the series and the archived case files; boxes are filled in order."""

    UI = Ui_TramiteTransferDialog
    FIELDS = {"unit_id": "unitCombo", "series": "seriesEdit", "case_ids": "casesList",
              "boxes": "perBoxSpin", "notes": "notesEdit"}
    OK_TEXT = "Preparar transferencia"

    def __init__(self, ctx, units, parent=None):
        super().__init__(ctx, parent)
        for unit in units:
            self.ui.unitCombo.addItem(unit.name, unit.id)
        self.ui.unitCombo.currentIndexChanged.connect(lambda _i: self.load_cases())
        self.ui.allButton.clicked.connect(lambda: self._check_all(Qt.Checked))
        self.ui.noneButton.clicked.connect(lambda: self._check_all(Qt.Unchecked))
        self.transfer_id: int | None = None
        self.load_cases()

    def load_cases(self) -> None:
        unit_id, actor = self.ui.unitCombo.currentData(), self.ctx.actor
        if unit_id is None:
            return
        QueryOp(self, self.ctx.db, lambda s: archive.transferable_rows(s, actor, unit_id),
                self._show_cases).superseding("cases").run()

    def _show_cases(self, rows) -> None:
        self.ui.casesList.clear()
        for row in rows:
            closed = f"{row.closed_at:%d/%m/%Y}" if row.closed_at else "—"
            item = QListWidgetItem(f"{row.number_text} — {' '.join(row.subject.split())[:90]} "
                                   f"({row.received_at:%d/%m/%Y} – {closed})")
            item.setData(Qt.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            self.ui.casesList.addItem(item)
        if not rows:
            self.ui.messageLabel.setText("Esta unidad no tiene expedientes archivados por "
                                         "transferir.")

    def _check_all(self, state) -> None:
        for i in range(self.ui.casesList.count()):
            self.ui.casesList.item(i).setCheckState(state)

    def form(self) -> TransferForm:
        ui = self.ui
        ids = [ui.casesList.item(i).data(Qt.UserRole) for i in range(ui.casesList.count())
               if ui.casesList.item(i).checkState() == Qt.Checked]
        per_box = ui.perBoxSpin.value()
        return TransferForm(ui.unitCombo.currentData(), ui.seriesEdit.text(), ids,
                            [1 + i // per_box for i in range(len(ids))],
                            ui.notesEdit.toPlainText())

    def write(self, session, values):
        return archive.prepare_transfer(session, self.ctx.actor, values)

    def saved(self, result) -> None:
        self.transfer_id = result


class LoanDialog(FormDialog):
    UI = Ui_TramiteLoanDialog
    FIELDS = {"borrower": "borrowerEdit", "purpose": "purposeEdit", "due_on": "dueEdit"}
    OK_TEXT = "Prestar"

    def __init__(self, ctx, located: Located, parent=None):
        super().__init__(ctx, parent)
        self.case_id = located.case_id
        self.ui.headingLabel.setText(f"{located.number_text}: {located.where}")
        today = ctx.today()
        self.ui.dueEdit.setDate(QDate(today.year, today.month, today.day).addDays(7))

    def form(self) -> LoanForm:
        d = self.ui.dueEdit.date()
        import datetime as dt

        return LoanForm(self.ui.borrowerEdit.text(), self.ui.purposeEdit.text(),
                        dt.date(d.year(), d.month(), d.day()))

    def write(self, session, values):
        return archive.lend(session, self.ctx.actor, self.case_id, values)


class ArchiveSection(SectionBase, QWidget):
    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx, self.module = ctx, module
        self.ui = Ui_TramiteArchiveSection()
        self.ui.setupUi(self)
        self.model = TransfersModel(self)
        view = self.ui.transfersView
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.located: Located | None = None
        ui = self.ui
        ui.newTransferButton.clicked.connect(self.new_transfer)
        ui.receiveButton.clicked.connect(self.receive_selected)
        ui.inventoryButton.clicked.connect(self.inventory_selected)
        ui.locateEdit.returnPressed.connect(self.locate)
        ui.locateButton.clicked.connect(self.locate)
        ui.lendButton.clicked.connect(self.lend)
        ui.returnButton.clicked.connect(self.give_back)
        view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self._enable()

    def load(self, then=None) -> None:
        actor = self.ctx.actor
        QueryOp(self, self.ctx.db, lambda s: archive.transfers(s, actor),
                lambda rows: self._show(rows, then)) \
            .failure(lambda message, _e: self.ui.statusLabel.setText(message)) \
            .superseding("list").run()

    def _show(self, rows, then=None) -> None:
        self.model.set_rows(rows)
        n = len(rows)
        self.ui.statusLabel.setText("Aún no hay transferencias." if not n else
                                    "1 transferencia." if n == 1 else f"{n} transferencias.")
        self._enable()
        if then:
            then()

    def selected(self) -> TransferRow | None:
        index = self.ui.transfersView.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _enable(self) -> None:
        row = self.selected()
        self.ui.receiveButton.setEnabled(row is not None and row.state == "Por recibir")
        self.ui.inventoryButton.setEnabled(row is not None)
        located = self.located
        self.ui.lendButton.setEnabled(located is not None and located.can_lend)
        self.ui.returnButton.setEnabled(located is not None and located.can_return)

    # --- transfers -----------------------------------------------------------------------
    def new_transfer(self) -> TransferDialog | None:
        actor = self.ctx.actor
        op = QueryOp(self, self.ctx.db, lambda s: [u for u in views.unit_choices(s, actor)
                                                   if u.mine]).run().wait()
        if not op.ok:
            return None
        if not op.result:
            self.ui.statusLabel.setText("Su usuario no pertenece a ninguna unidad: solo una "
                                        "unidad transfiere sus expedientes.")
            return None
        dialog = TransferDialog(self.ctx, op.result, self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog) and dialog.transfer_id:
            self.ui.statusLabel.setText("Transferencia preparada: imprima su inventario para "
                                        "las firmas.")
            self.load()
        return dialog

    def receive_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        shelf, ok = QInputDialog.getText(self, "Recibir en el Archivo Central",
                                         f"Estante donde se guardan las {row.boxes} cajas de "
                                         f"la {row.number_text}:")
        if not ok:
            return
        actor = self.ctx.actor
        CollectionOp(self, self.ctx.db,
                     lambda s: archive.receive_transfer(s, actor, row.id, shelf),
                     lambda _r: self.load()) \
            .failure(self.refusing("No se recibió la transferencia")).run()

    def inventory_selected(self):
        row = self.selected()
        if row is None:
            return None
        actor = self.ctx.actor
        return self.preview_paper(
            lambda s: printing.render_inventory(s, actor, row.id),
            f"Inventario de la {row.number_text}", lambda where: self._audit(row.id, where))

    def _audit(self, transfer_id: int, where: str) -> None:
        actor = self.ctx.actor
        CollectionOp(self, self.ctx.db, lambda s: printing.record_inventory_print(
            s, actor, transfer_id, where), lambda _r: None) \
            .failure(self.refusing("No se registró la impresión")).run()

    # --- one case file's paper --------------------------------------------------------------
    def locate(self) -> None:
        text, actor = self.ui.locateEdit.text(), self.ctx.actor
        QueryOp(self, self.ctx.db, lambda s: archive.locate(s, actor, text), self._located) \
            .superseding("locate").run()

    def _located(self, located: Located | None) -> None:
        self.located = located
        self.ui.locationLabel.setText(
            f"<b>{located.number_text}</b>: {located.where}" if located else
            "No se encontró un único expediente con ese número.")
        self._enable()

    def lend(self) -> LoanDialog | None:
        if self.located is None:
            return None
        dialog = LoanDialog(self.ctx, self.located, self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog):
            self.locate()
        return dialog

    def give_back(self) -> None:
        if self.located is None:
            return
        actor, case_id = self.ctx.actor, self.located.case_id
        CollectionOp(self, self.ctx.db, lambda s: archive.give_back(s, actor, case_id),
                     lambda _r: self.locate()) \
            .failure(self.refusing("No se registró la devolución")).run()
