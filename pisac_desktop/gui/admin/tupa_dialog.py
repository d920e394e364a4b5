"""Configuración › Procedimientos del TUPA: the procedures the Mesa de Partes offers, each with
its requirements, fee, deadline, silence rule and unit; the Secretaría General edits them
(examples seeded with the program are marked so), everyone else consults them."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from pisac_desktop.core.errors import FieldError, ValidationFailed
from pisac_desktop.core.permissions import Permission
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_tupa_dialog import Ui_TupaDialog
from pisac_desktop.gui.forms.ui_tupa_procedure_dialog import Ui_TupaProcedureDialog
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.gui.table_models import ListTableModel
from pisac_desktop.tramite import procedures as tupa
from pisac_desktop.tramite import views
from pisac_desktop.tramite.deadlines import SILENCE_LABELS
from pisac_desktop.tramite.procedures import ProcedureForm, ProcedureRow


class ProcedureDialog(FormDialog):
    UI = Ui_TupaProcedureDialog
    FIELDS = {"code": "codeEdit", "name": "nameEdit", "requirements": "requirementsEdit",
              "fee": "feeEdit", "silence": "silenceCombo", "deadline_days": "deadlineSpin",
              "unit_id": "unitCombo", "resolved_by": "resolvedByEdit",
              "appeal_to": "appealToEdit"}

    def __init__(self, ctx, units, form: ProcedureForm | None = None,
                 procedure_id: int | None = None, parent=None):
        super().__init__(ctx, parent)
        self.procedure_id = procedure_id
        ui = self.ui
        for code, label in SILENCE_LABELS.items():
            ui.silenceCombo.addItem(label, code)
        ui.unitCombo.addItem("— Ninguna —", None)
        for unit_id, name in units:
            ui.unitCombo.addItem(name, unit_id)
        ui.silenceCombo.currentIndexChanged.connect(lambda _i: self._automatic())
        self.setWindowTitle("Nuevo procedimiento del TUPA" if procedure_id is None
                            else "Modificar procedimiento del TUPA")
        if form is not None:
            ui.codeEdit.setText(form.code)
            ui.nameEdit.setText(form.name)
            ui.requirementsEdit.setPlainText(form.requirements)
            ui.feeEdit.setText(form.fee)
            ui.silenceCombo.setCurrentIndex(max(0, ui.silenceCombo.findData(form.silence)))
            ui.deadlineSpin.setValue(form.deadline_days)
            ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(form.unit_id)))
            ui.resolvedByEdit.setText(form.resolved_by)
            ui.appealToEdit.setText(form.appeal_to)
            ui.activeCheck.setChecked(form.active)
        self._automatic()

    def _automatic(self) -> None:
        """Aprobación automática has no deadline."""
        automatic = self.ui.silenceCombo.currentData() == "automatic"
        if automatic:
            self.ui.deadlineSpin.setValue(0)
        self.ui.deadlineSpin.setEnabled(not automatic)

    def form(self) -> ProcedureForm:
        ui = self.ui
        if ui.silenceCombo.currentData() is None:
            raise ValidationFailed([FieldError("silence", "Elija la calificación.")])
        return ProcedureForm(ui.codeEdit.text(), ui.nameEdit.text(),
                             ui.requirementsEdit.toPlainText(), ui.feeEdit.text(),
                             ui.deadlineSpin.value(), ui.silenceCombo.currentData(),
                             ui.unitCombo.currentData(), ui.resolvedByEdit.text(),
                             ui.appealToEdit.text(), ui.activeCheck.isChecked())

    def write(self, session, values):
        return tupa.save_procedure(session, self.ctx.actor, values, self.procedure_id)


class TupaDialog(SectionBase, QDialog):
    HEADERS = ("Código", "Procedimiento", "Plazo", "Calificación", "Derecho", "Unidad",
               "Vigente")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_TupaDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.Close).setText("Cerrar")
        ui.buttonBox.rejected.connect(self.reject)
        self.rows: list[ProcedureRow] = []
        self.units: list[tuple[int, str]] = []
        self.model = ListTableModel(self.HEADERS, parent=self)
        ui.proceduresView.setModel(self.model)
        header = ui.proceduresView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        self.may_edit = ctx.actor.can(Permission.EDIT_TUPA)
        ui.readOnlyLabel.setVisible(not self.may_edit)
        ui.addButton.setVisible(self.may_edit)
        ui.editButton.setVisible(self.may_edit)
        ui.addButton.clicked.connect(self.add)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.proceduresView.doubleClicked.connect(lambda _i: self.edit_selected())
        self.load()

    def load(self) -> None:
        actor = self.ctx.actor

        def read(session):
            units = [(u.id, u.name) for u in views.destination_units(session, actor)]
            return tupa.procedures(session), units

        QueryOp(self, self.ctx.db, read, self._show).superseding("list").run()

    def _show(self, got) -> None:
        self.rows, self.units = got
        self.model.set_rows([
            (r.code, r.name + (" (ejemplo)" if r.example else ""),
             "—" if not r.deadline_days else f"{r.deadline_days} días hábiles",
             r.silence_label, r.fee_text, r.unit_name or "—", "Sí" if r.active else "No")
            for r in self.rows])

    def selected(self) -> ProcedureRow | None:
        index = self.ui.proceduresView.currentIndex()
        return self.rows[index.row()] if index.isValid() else None

    def add(self) -> ProcedureDialog:
        dialog = ProcedureDialog(self.ctx, self.units, parent=self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog):
            self.load()
        return dialog

    def edit_selected(self) -> ProcedureDialog | None:
        row = self.selected()
        if row is None or not self.may_edit:
            return None
        op = QueryOp(self, self.ctx.db, lambda s: tupa.procedure_form(s, row.id)) \
            .failure(self.refusing("No se pudo leer el procedimiento")).run().wait()
        if not op.ok:
            return None
        dialog = ProcedureDialog(self.ctx, self.units, op.result, row.id, self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog):
            self.load()
        return dialog
