"""Documentos de la unidad: the oficios, cartas, informes, memorándums, constancias and
certificaciones of a unit in a year — drafted (from the kind's template, or answering a case
file), issued with their number, printed for signature, notified with a cédula when they answer
a case file, annulled with a reason. DocumentDialog is also what the case file's screen opens
to draft its answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QWidget

from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_tramite_document_dialog import Ui_TramiteDocumentDialog
from pisac_desktop.gui.forms.ui_tramite_documents_section import Ui_TramiteDocumentsSection
from pisac_desktop.gui.instruments.notifications import CedulaNoticeDialog
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.gui.table_models import ObjectRowsModel
from pisac_desktop.tramite import documents, notices, printing, views
from pisac_desktop.tramite.documents import ATTESTING, KINDS, DocumentForm, DocumentRow

GREY = QColor("#666666")
RED = QColor("#a40000")


def _one_line(text: str) -> str:
    return " ".join(text.split())


class DocumentsModel(ObjectRowsModel):
    HEADERS = ("Número", "Fecha", "Clase", "Destinatario o interesado", "Asunto", "Estado",
               "Expediente")

    def text(self, r: DocumentRow, column: int) -> str:
        return (r.number_text or "(borrador)",
                f"{r.doc_date:%d/%m/%Y}" if r.doc_date else "—", r.kind_title.capitalize(),
                _one_line(r.addressee), _one_line(r.subject), r.state_label,
                r.case_number_text or "—")[column]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if role == Qt.ToolTipRole and r.annulled_reason:
                return f"Anulado: {r.annulled_reason}"
            return self.text(r, index.column())
        if role == Qt.ForegroundRole and index.column() in (0, 5):
            return GREY if r.state == "draft" else RED if r.state == "annulled" else None
        return None


class DocumentDialog(FormDialog):
    """A draft of the unit: new (from the kind's template; answering a case file, addressed
    to its filer) or corrected. Saving keeps it a draft; issuing is the section's act."""

    UI = Ui_TramiteDocumentDialog
    FIELDS = {"kind": "kindCombo", "addressee": "addresseeEdit", "addressee_post": "postEdit",
              "address": "addressEdit", "subject": "subjectEdit",
              "reference": "referenceEdit", "body": "bodyEdit", "signer_name": "signerEdit",
              "signer_post": "signerPostEdit", "case_file_id": "referenceEdit"}
    OK_TEXT = "Guardar borrador"

    def __init__(self, ctx, unit_name: str, form: DocumentForm, document_id: int | None = None,
                 kinds: tuple[str, ...] | None = None, parent=None):
        super().__init__(ctx, parent)
        self.document_id = document_id
        self.unit_id, self.case_file_id = form.unit_id, form.case_file_id
        ui = self.ui
        for code in kinds or tuple(KINDS):
            ui.kindCombo.addItem(KINDS[code][0].capitalize(), code)
        ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(form.kind), 0))
        ui.kindCombo.setEnabled(document_id is None)
        self.template = documents.TEMPLATES.get(form.kind, "")
        ui.addresseeEdit.setText(form.addressee)
        ui.postEdit.setText(form.addressee_post)
        ui.addressEdit.setText(form.address)
        ui.subjectEdit.setText(form.subject)
        ui.referenceEdit.setText(form.reference)
        ui.bodyEdit.setPlainText(form.body)
        ui.signerEdit.setText(form.signer_name)
        ui.signerPostEdit.setText(form.signer_post)
        what = "Corregir borrador" if document_id else "Nuevo documento"
        self.setWindowTitle(f"{what} — {unit_name}")
        ui.headingLabel.setText(f"{what} de {unit_name}")
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed(initial=True)

    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    def _kind_changed(self, initial: bool = False) -> None:
        ui, kind = self.ui, self.kind()
        attesting = kind in ATTESTING
        ui.addresseeLabel.setText("&Interesado:" if attesting else "&Destinatario:")
        ui.addresseeEdit.setPlaceholderText(
            "A solicitud de quién se expide" if attesting else "Nombre de la persona o entidad")
        for widget in (ui.postLabel, ui.postEdit, ui.addressLabel, ui.addressEdit,
                       ui.referenceLabel, ui.referenceEdit):
            widget.setVisible(not attesting or widget in (ui.referenceLabel, ui.referenceEdit))
        ui.subjectEdit.setPlaceholderText(
            "Lo que se hace constar o certifica, en una línea (para el registro)" if attesting
            else "")
        if initial:
            return
        # Another kind: its template replaces the text only if the text was still the template.
        if ui.bodyEdit.toPlainText().strip() in ("", self.template.strip()):
            self.template = documents.TEMPLATES.get(kind, "")
            ui.bodyEdit.setPlainText(self.template)

    def form(self) -> DocumentForm:
        ui = self.ui
        attesting = self.kind() in ATTESTING
        return DocumentForm(
            self.unit_id, self.kind(), self.case_file_id, ui.addresseeEdit.text(),
            "" if attesting else ui.postEdit.text(), "" if attesting else ui.addressEdit.text(),
            ui.subjectEdit.text(), ui.referenceEdit.text(), ui.bodyEdit.toPlainText(),
            ui.signerEdit.text(), ui.signerPostEdit.text())

    def write(self, session, values):
        return documents.save_document(session, self.ctx.actor, values, self.document_id)

    def saved(self, document_id) -> None:
        self.document_id = document_id


class AnswerNoticeDialog(CedulaNoticeDialog):
    """How and when the cédula of a unit's answer was delivered."""

    def write(self, session, form):
        return notices.record_answer_notification(session, self.ctx.actor, self.cedula_id, form)


class DocumentsSection(SectionBase, QWidget):
    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx, self.module = ctx, module
        self.ui = Ui_TramiteDocumentsSection()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = DocumentsModel(self)
        view = ui.documentsView
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        metrics = view.fontMetrics()
        for column, sample in ((0, "CERTIFICACIÓN N° 000-2026-SG-MDP"), (1, "00/00/0000"),
                               (2, "Certificación"), (3, "Juana Quispe Huamán de Ccor"),
                               (5, "Borrador"), (6, "EXP. N° 2026-000000")):
            view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        ui.yearSpin.setValue(ctx.today().year)
        ui.kindCombo.addItem("Todas", None)
        for code, (_title, plural, _external) in KINDS.items():
            ui.kindCombo.addItem(plural, code)
        self.units = []
        self.last_dialog = None
        self.searching = ""
        ui.unitCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.yearSpin.valueChanged.connect(lambda _v: self.refresh())
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.searchEdit.returnPressed.connect(self.search)
        ui.searchEdit.textChanged.connect(lambda t: t.strip() or self._search_cleared())
        ui.newButton.clicked.connect(self.new_document)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.issueButton.clicked.connect(self.issue_selected)
        ui.printButton.clicked.connect(self.print_selected)
        ui.cedulaButton.clicked.connect(self.cedula_selected)
        ui.annulButton.clicked.connect(self.annul_selected)
        view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        view.doubleClicked.connect(lambda _i: self.edit_selected()
                                   if self._draft() and self._mine() else self.print_selected())
        self._enable()

    # --- reading -----------------------------------------------------------------------------
    def load(self, then=None) -> None:
        if self.units:
            self.refresh(then)
            return
        actor = self.ctx.actor
        QueryOp(self, self.ctx.db, lambda s: views.unit_choices(s, actor),
                lambda units: self._show_units(units, then)) \
            .failure(lambda message, _e: self.ui.statusLabel.setText(message)) \
            .superseding("units").run()

    def show_unit(self, unit_id: int) -> None:
        """From the Tablero de gestión: the unit's documents of this year, drafts first."""
        def apply() -> None:
            index = self.ui.unitCombo.findData(unit_id)
            self.ui.yearSpin.setValue(self.ctx.today().year)
            if index >= 0 and index != self.ui.unitCombo.currentIndex():
                self.ui.unitCombo.setCurrentIndex(index)  # refreshes

        if self.units:
            apply()
        else:
            self.load(then=apply)

    def load_and_select(self, document_id: int) -> None:
        """From the search box over everything: the document's unit and year shown (all its
        kinds, no search), and the document selected."""
        actor = self.ctx.actor
        QueryOp(self, self.ctx.db, lambda s: documents.document(s, actor, document_id),
                self._reveal) \
            .failure(lambda message, _e: self.ui.statusLabel.setText(message)) \
            .superseding("reveal").run()

    def _reveal(self, row: DocumentRow | None) -> None:
        if row is None:
            return

        def apply() -> None:
            ui = self.ui
            self.searching = ""
            index = ui.unitCombo.findData(row.unit_id)
            for widget, change in (
                    (ui.searchEdit, ui.searchEdit.clear),
                    (ui.kindCombo, lambda: ui.kindCombo.setCurrentIndex(0)),
                    (ui.unitCombo, lambda: ui.unitCombo.setCurrentIndex(index)
                     if index >= 0 else None),
                    (ui.yearSpin, lambda: ui.yearSpin.setValue(
                        row.doc_date.year if row.doc_date else self.ctx.today().year))):
                widget.blockSignals(True)
                change()
                widget.blockSignals(False)
            self.refresh(then=lambda: self.select_id(row.id))

        if self.units:
            apply()
        else:
            self.load(then=apply)

    def _show_units(self, units, then) -> None:
        self.units = units
        combo = self.ui.unitCombo
        combo.blockSignals(True)
        combo.clear()
        for unit in units:
            combo.addItem(unit.name + (" (mi unidad)" if unit.mine else ""), unit.id)
        combo.setCurrentIndex(next((i for i, u in enumerate(units) if u.mine), 0))
        combo.blockSignals(False)
        if not units:
            self.ui.statusLabel.setText("Su usuario no pertenece a ninguna unidad: pida al "
                                        "administrador que lo asigne a la suya.")
            self._enable()
            return
        self.refresh(then)

    def refresh(self, then=None) -> None:
        unit_id = self.ui.unitCombo.currentData()
        if unit_id is None:
            return
        actor, year = self.ctx.actor, self.ui.yearSpin.value()
        kind, text = self.ui.kindCombo.currentData(), self.searching
        QueryOp(self, self.ctx.db,
                lambda s: documents.documents_of_units(s, actor, [unit_id], year, kind, text),
                lambda rows: self._show(rows, then)) \
            .failure(lambda message, _e: self.ui.statusLabel.setText(message)) \
            .superseding("list").run()

    def _show(self, rows: list[DocumentRow], then=None) -> None:
        keep = self.selected()
        self.model.set_rows(rows)
        drafts = sum(r.state == "draft" for r in rows)
        n = len(rows)
        text = ("Ningún documento." if not n else "1 documento" if n == 1
                else f"{n} documentos")
        if n:
            text += f", {drafts} en borrador." if drafts else "."
        if self.searching:
            text = f"Búsqueda «{self.searching}»: {text} Borre la búsqueda para ver todos."
        self.ui.statusLabel.setText(text)
        if keep is not None:
            position = next((i for i, r in enumerate(rows) if r.id == keep.id), -1)
            if position >= 0:
                self.ui.documentsView.selectRow(position)
        self._enable()
        if then:
            then()

    def search(self) -> None:
        self.searching = self.ui.searchEdit.text().strip()
        self.refresh()

    def _search_cleared(self) -> None:
        if self.searching:
            self.searching = ""
            self.refresh()

    def selected(self) -> DocumentRow | None:
        index = self.ui.documentsView.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and \
            index.row() < len(self.model.rows) else None

    def select_id(self, document_id: int) -> None:
        position = next((i for i, r in enumerate(self.model.rows) if r.id == document_id), -1)
        if position >= 0:
            self.ui.documentsView.selectRow(position)
            self.ui.documentsView.scrollTo(self.model.index(position, 0))

    def _draft(self) -> bool:
        row = self.selected()
        return row is not None and row.state == "draft"

    def _mine(self) -> bool:
        """The unit shown is the user's own: only its people draft, issue and annul (the
        Secretaría General and the Gerencia read every unit's, ROF art. 32)."""
        unit_id = self.ui.unitCombo.currentData()
        return any(u.id == unit_id and u.mine for u in self.units)

    def _enable(self) -> None:
        ui, row, mine = self.ui, self.selected(), self._mine()
        ui.newButton.setEnabled(mine)
        ui.editButton.setEnabled(mine and self._draft())
        ui.issueButton.setEnabled(mine and self._draft())
        ui.printButton.setEnabled(row is not None)
        ui.annulButton.setEnabled(mine and row is not None and row.state == "issued")
        ui.cedulaButton.setEnabled(mine and row is not None and row.notifiable)

    # --- acts --------------------------------------------------------------------------------
    def _unit_name(self) -> str:
        unit_id = self.ui.unitCombo.currentData()
        return next((u.name for u in self.units if u.id == unit_id), "")

    def new_document(self) -> DocumentDialog | None:
        unit_id = self.ui.unitCombo.currentData()
        if unit_id is None or not self._mine():
            return None
        kind = self.ui.kindCombo.currentData() or "OFICIO"
        op = QueryOp(self, self.ctx.db,
                     lambda s: documents.new_document_form(s, unit_id, kind)).run().wait()
        if not op.ok:
            return None
        dialog = DocumentDialog(self.ctx, self._unit_name(), op.result, parent=self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog) and dialog.document_id:
            self.ui.searchEdit.clear()
            self.refresh(lambda: (self.select_id(dialog.document_id),
                                  self.ui.statusLabel.setText(
                                      "Borrador guardado: revíselo en la vista previa y "
                                      "emítalo cuando esté listo para la firma.")))
        return dialog

    def edit_selected(self) -> DocumentDialog | None:
        row = self.selected()
        if row is None or row.state != "draft":
            return None
        form = DocumentForm(row.unit_id, row.kind, row.case_file_id, row.addressee,
                            row.addressee_post, row.address, row.subject, row.reference,
                            row.body, row.signer_name, row.signer_post)
        dialog = DocumentDialog(self.ctx, row.unit_name, form, row.id, parent=self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog):
            self.refresh()
        return dialog

    def issue_selected(self) -> bool:
        row = self.selected()
        if row is None or row.state != "draft":
            return False
        if not self.confirm("Emitir documento",
                            f"Se dará al {row.kind_title.lower()} el siguiente número del año "
                            "y la fecha de hoy; después su texto ya no se modifica.\n\n"
                            f"Asunto: {_one_line(row.subject)}", "Emitir"):
            return False
        actor = self.ctx.actor
        op = CollectionOp(self, self.ctx.db,
                          lambda s: documents.issue_document(s, actor, row.id)) \
            .failure(self.refusing("No se emitió el documento")) \
            .disabling(self.ui.issueButton).run().wait()
        if op.ok:
            number = op.result
            self.refresh(lambda: (self.select_id(row.id), self.ui.statusLabel.setText(
                f"Emitido el {number}: imprímalo para la firma.")))
        return op.ok

    def print_selected(self):
        row = self.selected()
        if row is None:
            return None
        actor = self.ctx.actor
        return self.preview_paper(
            lambda s: printing.render_unit_document(s, actor, row.id), row.label,
            lambda where: self._audit(row.id, where))

    def _audit(self, document_id: int, where: str) -> None:
        actor = self.ctx.actor
        CollectionOp(self, self.ctx.db, lambda s: printing.record_document_print(
            s, actor, document_id, where), lambda _r: None) \
            .failure(self.refusing("No se registró la impresión")).run()

    def annul_selected(self) -> bool:
        row = self.selected()
        if row is None or row.state != "issued":
            return False
        reason = self.ask_reason("Anular documento",
                                 f"Motivo de la anulación del {row.number_text} (conserva su "
                                 "número):")
        if reason is None:
            return False
        actor = self.ctx.actor
        op = CollectionOp(self, self.ctx.db,
                          lambda s: documents.annul_document(s, actor, row.id, reason)) \
            .failure(self.refusing("No se anuló el documento")).run().wait()
        if op.ok:
            self.refresh(lambda: self.ui.statusLabel.setText(f"Anulado el {row.number_text}."))
        return op.ok

    def cedula_selected(self):
        """Issue (once) and print the cédula of an answer; then, when it was delivered,
        record how and when (the appeal clock starts there)."""
        row = self.selected()
        if row is None or not row.notifiable:
            return None
        actor = self.ctx.actor
        op = CollectionOp(self, self.ctx.db,
                          lambda s: (notices.issue_answer_cedula(s, actor, row.id),
                                     notices.notice_of_document(s, actor, row.id))) \
            .failure(self.refusing("No se preparó la cédula")).run().wait()
        if not op.ok:
            return None
        cedula_id, notice = op.result
        if notice.notified_at is None:
            self.preview_paper(lambda s: printing.render_answer_cedula(s, cedula_id),
                               notice.cedula_text, lambda where: self._audit(row.id, where))
            if not self.confirm("Notificación",
                                f"¿Ya se entregó la {notice.cedula_text} al administrado? "
                                "Registre cuándo y a quién, como lo anotó el notificador.",
                                "Registrar notificación", "Todavía no"):
                return None
        heading = (f"<b>{row.number_text}</b> — {row.case_number_text}<br>"
                   f"{notice.cedula_text} a {_one_line(row.addressee)}")
        dialog = AnswerNoticeDialog(self.ctx, heading, cedula_id, notice.cedula_text, self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog) and dialog.deadline is not None:
            self.ui.statusLabel.setText(
                f"Notificado el {row.number_text}: el plazo para impugnarlo vence el "
                f"{dialog.deadline.result:%d/%m/%Y}.")
        return dialog
