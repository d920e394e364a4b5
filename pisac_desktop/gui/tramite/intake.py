"""Secretaría General > Mesa de Partes: every incoming document registered as a numbered case
file (tramite/intake.py), typed with the keyboard only: Tab from field to field, Ctrl+Intro
registers. A procedure of the TUPA fills the unit and lists its requirements as boxes (the ones
left unchecked are the missing requirements: the filing is received anyway, art. 136). After
saving, the form clears for the next filer; today's registrations are listed beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHeaderView, QListWidgetItem, QWidget

from pisac_desktop.core.errors import FieldError, ValidationFailed
from pisac_desktop.core.permissions import Permission
from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FieldErrors, save_through_domain
from pisac_desktop.gui.forms.ui_tramite_intake_section import Ui_TramiteIntakeSection
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.gui.table_models import ListTableModel
from pisac_desktop.instruments.notifications import DOCUMENT_TYPES
from pisac_desktop.tramite import intake, printing, procedures, views
from pisac_desktop.tramite.attachments import NewAttachment
from pisac_desktop.tramite.deadlines import SILENCE_LABELS
from pisac_desktop.tramite.intake import DOCUMENT_KINDS, FilingForm

FILES_FILTER = "PDF o imágenes (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Todos los archivos (*)"
PERSON, COMPANY = "Persona natural", "Empresa o entidad"
FIELDS = {"filer_document": "documentEdit", "filer_name": "nameEdit",
          "filer_address": "addressEdit", "filer_phone": "phoneEdit", "filer_email": "emailEdit",
          "document_kind": "kindCombo", "folios": "foliosSpin",
          "attachments_note": "annexEdit", "subject": "subjectEdit",
          "procedure_id": "procedureCombo", "missing_requirements": "requirementsBox",
          "unit_id": "unitCombo", "deadline_days": "deadlineSpin", "attachments": "filesList"}


def _one_line(text: str) -> str:
    return " ".join(text.split())


class IntakeSection(SectionBase, QWidget):
    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.module = module
        self.ui = Ui_TramiteIntakeSection()
        self.ui.setupUi(self)
        ui = self.ui
        self.procedures: dict[int, procedures.ProcedureRow] = {}
        self.files: list[Path] = []
        self.requirement_boxes: list[QCheckBox] = []
        self.today_rows: list[views.CaseRow] = []
        self.last_number = ""
        self.last_case_id: int | None = None
        self.errors = FieldErrors(ui.form, {k: getattr(ui, v) for k, v in FIELDS.items()}, self)

        ui.filerKindCombo.addItems([PERSON, COMPANY])
        for code, label in DOCUMENT_TYPES.items():
            ui.documentTypeCombo.addItem(label, code)
        ui.kindCombo.addItems(DOCUMENT_KINDS)
        ui.filerKindCombo.currentIndexChanged.connect(self._filer_kind_changed)
        ui.procedureCombo.currentIndexChanged.connect(self._procedure_changed)
        ui.addFilesButton.clicked.connect(self.choose_files)
        ui.removeFileButton.clicked.connect(self.remove_file)
        ui.registerButton.clicked.connect(self.register)
        ui.clearButton.clicked.connect(self.clear_form)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.register)

        self.today_model = ListTableModel(("Expediente", "Hora", "Administrado", "Asunto",
                                           "Unidad"), parent=self)
        view = ui.todayView
        view.setModel(self.today_model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        metrics = view.fontMetrics()
        for column, sample in ((0, "EXP. N° 2026-000000"), (1, "00:00"),
                               (2, "Juana Quispe Huamán"), (3, "Solicita copia certificada")):
            view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 20)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([720, 480])
        self.allowed = ctx.actor.can(Permission.INTAKE_DESK)
        if not self.allowed:
            ui.formPanel.setEnabled(False)
            ui.messageLabel.setText("Solo la Mesa de Partes y la Secretaría General registran "
                                    "documentos.")
        self._procedure_changed()
        self.setFocusProxy(ui.documentEdit)

    # --- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        """Read the TUPA, the units and today's list in a worker; the combos keep a choice."""
        actor, today = self.ctx.actor, self.ctx.today()

        def read(session):
            return (procedures.procedures(session, active_only=True),
                    views.destination_units(session, actor),
                    views.registered_on(session, actor, today))

        QueryOp(self, self.ctx.db, read, lambda got: self._show(*got)) \
            .failure(self._read_failed).superseding("load").run()

    def _read_failed(self, message: str, _exc: BaseException) -> None:
        self.ui.todayStatus.setText(message)

    def _show(self, rows, units, today_rows) -> None:
        ui = self.ui
        self.procedures = {p.id: p for p in rows}
        keep_procedure, keep_unit = ui.procedureCombo.currentData(), ui.unitCombo.currentData()
        for combo in (ui.procedureCombo, ui.unitCombo):
            combo.blockSignals(True)
            combo.clear()
        ui.procedureCombo.addItem("— Sin procedimiento del TUPA —", None)
        for p in rows:
            ui.procedureCombo.addItem(f"{p.code} {p.name}", p.id)
        ui.unitCombo.addItem("— Elija la unidad —", None)
        for unit in units:
            ui.unitCombo.addItem(unit.name, unit.id)
        ui.procedureCombo.setCurrentIndex(max(ui.procedureCombo.findData(keep_procedure), 0))
        ui.unitCombo.setCurrentIndex(max(ui.unitCombo.findData(keep_unit), 0))
        for combo in (ui.procedureCombo, ui.unitCombo):
            combo.blockSignals(False)
        self._procedure_changed(keep_requirements=True)
        self._show_today(today_rows)

    def _show_today(self, rows: list[views.CaseRow]) -> None:
        self.today_rows = rows
        self.today_model.set_rows([(r.number_text, f"{r.received_at:%H:%M}", r.filer_name,
                                    _one_line(r.subject), r.unit_name) for r in rows])
        n = len(rows)
        self.ui.todayGroup.setTitle(f"Registrados hoy ({n})")
        self.ui.todayStatus.setText("Aún no se registró ningún documento hoy." if not n else "")

    # --- the form ----------------------------------------------------------------------------
    def _filer_kind_changed(self, _index: int = 0) -> None:
        company = self.ui.filerKindCombo.currentText() == COMPANY
        combo = self.ui.documentTypeCombo
        combo.setCurrentIndex(combo.findData("RUC" if company else "DNI"))

    def _procedure_changed(self, _index: int = 0, keep_requirements: bool = False) -> None:
        ui = self.ui
        procedure = self.procedures.get(ui.procedureCombo.currentData())
        unchecked = {b.text() for b in self.requirement_boxes if not b.isChecked()} \
            if keep_requirements else set()
        for box in self.requirement_boxes:
            ui.requirementsLayout.removeWidget(box)
            box.deleteLater()
        self.requirement_boxes = []
        if procedure is None:
            ui.requirementsHint.setText("Sin procedimiento: escriba el plazo de atención, si "
                                        "lo tiene.")
            ui.deadlineSpin.setEnabled(True)
            return
        if procedure.unit_id is not None:
            ui.unitCombo.setCurrentIndex(max(ui.unitCombo.findData(procedure.unit_id), 0))
        ui.deadlineSpin.setValue(procedure.deadline_days)
        ui.deadlineSpin.setEnabled(False)
        silence = SILENCE_LABELS.get(procedure.silence, "")
        ui.requirementsHint.setText(
            f"Plazo del TUPA: {procedure.deadline_days} días hábiles"
            + (f"; {silence.lower()}" if silence else "") + ". Desmarque lo que falte."
            if procedure.requirements else
            f"Plazo del TUPA: {procedure.deadline_days} días hábiles; sin requisitos.")
        previous = ui.procedureCombo
        for text in procedure.requirements:
            box = QCheckBox(text, ui.requirementsBox)
            box.setChecked(text not in unchecked)
            ui.requirementsLayout.addWidget(box)
            QWidget.setTabOrder(previous, box)
            previous = box
            self.requirement_boxes.append(box)
        QWidget.setTabOrder(previous, ui.unitCombo)

    def missing_requirements(self) -> str:
        return "\n".join(b.text() for b in self.requirement_boxes if not b.isChecked())

    def form(self) -> FilingForm:
        ui = self.ui
        return FilingForm(
            filer_is_company=ui.filerKindCombo.currentText() == COMPANY,
            filer_document_type=ui.documentTypeCombo.currentData(),
            filer_document=ui.documentEdit.text(), filer_name=ui.nameEdit.text(),
            filer_address=ui.addressEdit.text(), filer_phone=ui.phoneEdit.text(),
            filer_email=ui.emailEdit.text(), document_kind=ui.kindCombo.currentText(),
            subject=ui.subjectEdit.toPlainText(), folios=ui.foliosSpin.value(),
            attachments_note=ui.annexEdit.text(), procedure_id=ui.procedureCombo.currentData(),
            unit_id=ui.unitCombo.currentData(),
            missing_requirements=self.missing_requirements(),
            deadline_days=0 if ui.procedureCombo.currentData() else ui.deadlineSpin.value())

    def choose_files(self) -> None:
        dialog = file_dialogs.make_dialog(self, "Añadir documentos escaneados",
                                          self.ctx.paths.documents, FILES_FILTER, "open")
        dialog.setFileMode(dialog.FileMode.ExistingFiles)
        if dialog.exec():
            self.add_files([Path(p) for p in dialog.selectedFiles()])

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.files:
                self.files.append(path)
                item = QListWidgetItem(path.name, self.ui.filesList)
                item.setToolTip(str(path))

    def remove_file(self) -> None:
        row = self.ui.filesList.currentRow()
        if 0 <= row < len(self.files):
            self.files.pop(row)
            self.ui.filesList.takeItem(row)

    def _read_files(self) -> list[NewAttachment]:
        """The chosen files' bytes (read here: a file that vanished or cannot be read is said
        at the files' field, the rest of the form kept)."""
        out, errors = [], []
        for path in self.files:
            try:
                out.append(NewAttachment(path.name, path.read_bytes()))
            except OSError as exc:
                errors.append(FieldError("attachments", f"No se pudo leer «{path.name}»: "
                                                        f"{exc.strerror or exc}."))
        if errors:
            raise ValidationFailed(errors)
        return out

    # --- saving ------------------------------------------------------------------------------
    def register(self) -> bool:
        """Register the filing (a CollectionOp, waited for); a refusal keeps what was typed."""
        if not self.allowed or not self.ui.registerButton.isEnabled():
            return False
        ui = self.ui
        self.errors.clear()
        ui.messageLabel.setStyleSheet("")
        try:
            attachments = self._read_files()
        except ValidationFailed as failed:
            self.errors.show(failed.errors)
            ui.messageLabel.setText("")
            return False
        form, actor, today = self.form(), self.ctx.actor, self.ctx.today()
        got: list = []

        def work(session):
            case_id = intake.register_filing(session, actor, form, attachments)
            detail = views.case_detail(session, actor, case_id)
            got.append((detail.number_text, detail.missing_requirements,
                        views.registered_on(session, actor, today), case_id))

        ui.messageLabel.setStyleSheet("color: #a40000;")
        if not save_through_domain(self, self.ctx.db, work, ui.messageLabel, self.errors,
                                   disabling=(ui.registerButton,)):
            return False
        number, missing, today_rows, case_id = got[0]
        self.last_number, self.last_case_id = number, case_id
        self.clear_form()
        ui.messageLabel.setStyleSheet("color: #1b5e20; font-weight: bold;")
        ui.messageLabel.setText(f"Registrado el {number}." + (
            " Queda observado: faltan requisitos por subsanar." if missing else ""))
        self._show_today(today_rows)
        if self.print_cargo_after:
            self.print_cargo(case_id)
        return True

    print_cargo_after = True  # the cargo for the filer, at once (the desk's receipt)

    def print_cargo(self, case_id: int):
        """The cargo de recepción and the folder's rótulo, previewed to print; audited."""
        actor, number = self.ctx.actor, self.last_number
        return self.preview_paper(
            lambda s: printing.render_cargo(s, actor, case_id), f"Cargo del {number}",
            lambda where: CollectionOp(self, self.ctx.db, lambda s: printing.record_print(
                s, actor, case_id, f"Cargo de recepción ({where})"), lambda _r: None)
            .failure(self.refusing("No se registró la impresión")).run())

    def clear_form(self) -> None:
        """Empty the form for the next filer (the focus on the document number)."""
        ui = self.ui
        self.errors.clear()
        ui.messageLabel.clear()
        ui.filerKindCombo.setCurrentIndex(0)
        self._filer_kind_changed()
        for edit in (ui.documentEdit, ui.nameEdit, ui.addressEdit, ui.phoneEdit, ui.emailEdit,
                     ui.annexEdit):
            edit.clear()
        ui.subjectEdit.clear()
        ui.kindCombo.setCurrentIndex(0)
        ui.foliosSpin.setValue(1)
        ui.procedureCombo.setCurrentIndex(0)
        self._procedure_changed()
        ui.unitCombo.setCurrentIndex(0)
        ui.deadlineSpin.setValue(0)
        self.files.clear()
        ui.filesList.clear()
        ui.documentEdit.setFocus()
