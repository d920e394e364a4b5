"""Secretaría General > Normas y resoluciones; Gerencia Municipal > Resoluciones y directivas.

A paged, sortable list of the module's documents (the query pages and sorts, never the whole
table in memory), a detail panel for the selected one, and the actions of its life: drafting,
issuing, annulment, certified copies, publication, receipts, preview and printing. Buttons
follow the state and the permissions; the domain checks both again.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QWidget

from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.enabling import enable
from pisac_desktop.gui.forms.ui_instruments_section import Ui_InstrumentsSection
from pisac_desktop.gui.instruments.actions import (
    AnnulDialog,
    CertifyDialog,
    PublicationDialog,
    ReceiptDialog,
)
from pisac_desktop.gui.instruments.detail_panel import DetailPanel, detail_html
from pisac_desktop.gui.instruments.document_list import DocumentList
from pisac_desktop.gui.instruments.form import (
    InstrumentFormDialog,
    confirm_issue,
    issue_check,
    issue_draft,
)
from pisac_desktop.gui.instruments.form_data import read_form
from pisac_desktop.gui.instruments.list_model import InstrumentTableModel, short_number
from pisac_desktop.gui.instruments.more_menu import MoreMenu
from pisac_desktop.gui.instruments.paper_actions import PaperActions
from pisac_desktop.gui.instruments.reading import reading
from pisac_desktop.gui.instruments.register_actions import RegisterActions
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.instruments.detail import InstrumentDetail
from pisac_desktop.instruments.directives import APPROVING_KIND
from pisac_desktop.instruments.kinds import MODULE_PERMISSION
from pisac_desktop.instruments.states import Action as InstrumentAction

TITLES = {
    "secretaria": ("Normas y resoluciones",
                   "Ordenanzas, acuerdos y resoluciones de concejo, decretos y resoluciones de "
                   "alcaldía: la Secretaría General los numera, certifica, publica y distribuye "
                   "(ROF art. 56). El número se da al emitir y nunca se repite."),
    "gerencia": ("Resoluciones y directivas",
                 "Resoluciones de Gerencia Municipal y directivas (ROF art. 32). El número se da "
                 "al emitir y nunca se repite; un documento emitido ya no se modifica."),
}


class InstrumentsSection(DocumentList, DetailPanel, PaperActions, MoreMenu, RegisterActions,
                         SectionBase, QWidget):
    """The list and its filters (document_list.py), the detail panel (detail_panel.py), the
    papers (paper_actions.py), "Más…" (more_menu.py) and the register and export
    (register_actions.py); here the buttons and the actions of a document's life."""

    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.module = module
        self.module_key: str = getattr(module, "key", module)
        self.ui = Ui_InstrumentsSection()
        self.ui.setupUi(self)
        title, hint = TITLES.get(self.module_key, (getattr(module, "title", ""), ""))
        self.ui.titleLabel.setText(title)
        self.ui.hintLabel.setText(hint)
        self.total = 0
        self.detail: InstrumentDetail | None = None
        self.parties = []  # the selected document's interested parties (PartyView)
        self._filling = False
        self._kinds_loaded = False
        self._directive_kind: str | None = None  # the module's directive kind, if it has one
        self._read_error = ""

        self._setup_list()

        self.ui.newDraftButton.clicked.connect(self.new_draft)
        self.ui.editDraftButton.clicked.connect(self.edit_selected)
        self.ui.issueButton.clicked.connect(lambda: self.issue_selected(confirm=True))
        self.ui.annulButton.clicked.connect(lambda: self.run_action(AnnulDialog))
        self.ui.certifyButton.clicked.connect(self.certify_selected)
        self.ui.publishButton.clicked.connect(lambda: self.run_action(PublicationDialog))
        self.ui.receiptButton.clicked.connect(lambda: self.run_action(ReceiptDialog))
        self.ui.previewButton.clicked.connect(self.preview_selected)
        self._add_more_menu()
        self._add_section_buttons()
        self._setup_scans()
        self.show_detail(None)

    # --- permissions -------------------------------------------------------------------------
    def can_draft(self) -> bool:
        permission = MODULE_PERMISSION.get(self.module_key)
        return permission is not None and self.ctx.actor.can(permission)

    def _update_buttons(self) -> None:
        detail, ui = self.detail, self.ui
        may = self.can_draft()
        draft = detail is not None and detail.is_draft
        issued = detail is not None and detail.is_issued
        allowed = detail.allowed(self.ctx.actor) if detail is not None else None
        ui.newDraftButton.setEnabled(may)
        enable(ui.editDraftButton, allowed, InstrumentAction.EDIT_DRAFT)
        enable(ui.issueButton, allowed, InstrumentAction.ISSUE)
        enable(ui.annulButton, allowed, InstrumentAction.ANNUL)
        enable(ui.certifyButton, allowed, InstrumentAction.CERTIFY)
        enable(ui.publishButton, allowed, InstrumentAction.PUBLISH)
        enable(ui.receiptButton, allowed, InstrumentAction.RECORD_RECEIPT)
        ui.previewButton.setEnabled(detail is not None)
        ui.previewButton.setToolTip(
            "Registro histórico: abre su escaneado (el sistema no lo imprime)."
            if detail is not None and detail.historic else "")
        self.certifiedCopyAction.setEnabled(bool(detail is not None and not draft
                                                 and detail.certifications))
        self.distributionAction.setEnabled(bool(detail is not None
                                                and (detail.units or self.parties)))
        self.partiesAction.setEnabled(detail is not None)
        enable(self.linkAction, allowed, InstrumentAction.LINK)
        self.newDirectiveAction.setEnabled(bool(
            may and issued and self._directive_kind and detail.kind_code == APPROVING_KIND))
        enable(self.deleteDraftAction, allowed, InstrumentAction.DELETE_DRAFT)
        self.moreButton.setEnabled(detail is not None)

    # --- actions -----------------------------------------------------------------------------
    def new_draft(self) -> int | None:
        return self._new_draft(self.ui.kindCombo.currentData())

    def new_directive_approved_by_selected(self) -> int | None:
        """From an issued Resolución de Gerencia Municipal: a directive it approves, dated as
        the resolution."""
        detail = self.detail
        if detail is None or not self._directive_kind:
            return None
        return self._new_draft(self._directive_kind, lambda dialog: dialog.preset_approval(
            detail.id, detail.doc_date))

    def _form_dialog(self, draft_id: int | None, kind: str | None,
                     refusal: str) -> InstrumentFormDialog | None:
        """The drafting form, its data read first in a worker; None if refused (shown)."""
        module, today = self.module_key, self.ctx.today()
        op = reading(self, lambda session: read_form(session, module, draft_id, kind, today),
                     refusal)
        if not op.ok:
            return None
        return InstrumentFormDialog(self.ctx, module, draft_id, kind, self, data=op.result)

    def _new_draft(self, kind: str | None, prepare=None) -> int | None:
        dialog = self._form_dialog(None, kind, "No se puede redactar")
        if dialog is None:
            return None
        if prepare is not None:
            prepare(dialog)
        saved = self.exec_dialog(dialog)
        if dialog.draft_id is not None:  # saved (maybe issued too), even if closed afterwards
            self._after_form(dialog)
        return dialog.draft_id if saved else None

    def edit_selected(self) -> bool:
        draft_id = self.selected_id()
        if draft_id is None:
            return False
        dialog = self._form_dialog(draft_id, None, "No se puede abrir el borrador")
        if dialog is None:
            self.load()
            return False
        saved = self.exec_dialog(dialog)
        self._after_form(dialog)
        return saved

    def _after_form(self, dialog: InstrumentFormDialog) -> None:
        self.load_and_select(dialog.draft_id, f"Se emitió {dialog.issued_number}."
                             if dialog.issued_number else None)
        if dialog.print_requested:  # «Imprimir al emitir»: the numbered document, to print
            self.preview_document(dialog.draft_id, dialog.issued_number)

    def load_and_select(self, instrument_id: int | None, status: str | None = None) -> None:
        """Read the list again (in a worker) and select this document, clearing the filters
        if they hide it (so the document just worked on is visible); then show `status`."""
        self.load(instrument_id, reveal=instrument_id is not None, status=status)

    def issue_selected(self, confirm: bool = True) -> str | None:
        """Issue the selected draft: if something is missing, open the form with the list; else
        confirm the number it will get and issue it."""
        draft_id = self.selected_id()
        if draft_id is None:
            return None
        checked = issue_check(self, self.ctx, draft_id, self.refusing("No se puede emitir"))
        if checked is None:
            self.load()
            return None
        problems, preview, warning = checked
        if problems:
            dialog = self._form_dialog(draft_id, None, "No se puede emitir")
            if dialog is None:
                return None
            dialog.show_problems(problems)
            self.exec_dialog(dialog)
            self._after_form(dialog)
            return dialog.issued_number
        if confirm and not confirm_issue(self, preview, warning):
            return None
        number = issue_draft(self, self.ctx, draft_id, self.refusing("No se pudo emitir"))
        if number is None:
            self.load()
            return None
        self.load_and_select(draft_id, f"Se emitió {number}.")
        return number

    def run_action(self, dialog_class, refusal: str = "No se puede continuar") -> bool:
        """Annul, certify, publish, record a receipt for or link the selected document:
        dialog_class.read_data(session, instrument_id) reads (in a worker) what the dialog
        dialog_class(ctx, instrument_id, parent, data) is built from; it saves, and its
        done_message goes to the status line."""
        instrument_id = self.selected_id()
        if instrument_id is None:
            return False
        op = reading(self, lambda session: dialog_class.read_data(session, instrument_id),
                     refusal)
        if not op.ok:
            return False
        dialog = dialog_class(self.ctx, instrument_id, self, op.result)
        self.last_action = dialog
        if not self.exec_dialog(dialog):
            return False
        self.load_and_select(instrument_id, dialog.done_message)
        return True

    def certify_selected(self) -> bool:
        """Certificar copia; with «Imprimir la copia certificada» (checked) the copy just
        certified opens in the preview, the print dialog proposing the copies certified."""
        instrument_id = self.selected_id()
        if not self.run_action(CertifyDialog):
            return False
        dialog = self.last_action
        if dialog.print_requested:
            self.print_certification(instrument_id, dialog.certification_id,
                                     dialog.detail.heading, dialog.ui.copiesSpin.value())
        return True

    def _double_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if self.detail is not None and self.detail.is_draft and self.can_draft():
            self.edit_selected()
        else:
            self.preview_selected()


__all__ = ["InstrumentTableModel", "InstrumentsSection", "detail_html", "short_number"]
