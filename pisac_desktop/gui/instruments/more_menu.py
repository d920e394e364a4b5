"""The "Más…" menu of the documents section: the less frequent actions on the selected
document (its papers are in paper_actions.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QToolButton

from pisac_desktop.gui.instruments.notifications import PartiesDialog
from pisac_desktop.gui.instruments.reading import reading
from pisac_desktop.gui.instruments.tools import LinkDialog
from pisac_desktop.gui.operations import CollectionOp
from pisac_desktop.instruments.register import delete_draft


class MoreMenu:
    """Mixin of InstrumentsSection: "Más…"."""

    def _add_more_menu(self) -> None:
        """"Más…": the less frequent actions on the selected document."""
        self.moreButton = QToolButton(self.ui.actionsGroup)
        self.moreButton.setObjectName("moreButton")
        self.moreButton.setText("Más…")
        self.moreButton.setPopupMode(QToolButton.InstantPopup)
        self.moreButton.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.moreButton.setSizePolicy(self.ui.previewButton.sizePolicy())
        menu = QMenu(self.moreButton)
        self.certifiedCopyAction = menu.addAction("Imprimir copia certificada…",
                                                  self.print_certified_copy)
        self.distributionAction = menu.addAction("Hoja de cargo de distribución…",
                                                 self.preview_distribution_sheet)
        self.partiesAction = menu.addAction("Interesados y notificación…", self.open_parties)
        self.linkAction = menu.addAction("Enlazar con otro documento…", self.link_selected)
        self.newDirectiveAction = menu.addAction("Nueva directiva aprobada por esta resolución…",
                                                 self.new_directive_approved_by_selected)
        menu.addSeparator()
        self.deleteDraftAction = menu.addAction("Eliminar borrador", self.delete_selected_draft)
        self.moreButton.setMenu(menu)
        layout = self.ui.actionsLayout
        layout.insertWidget(layout.indexOf(self.ui.previewButton) + 1, self.moreButton)

    def open_parties(self) -> QDialog | None:
        """The interested parties, their cédulas and notifications (gui/instruments/
        notifications.py)."""
        instrument_id = self.selected_id()
        if instrument_id is None:
            return None
        op = reading(self, lambda session: PartiesDialog.read_data(session, instrument_id),
                     "No se puede abrir")
        if not op.ok:
            return None
        dialog = PartiesDialog(
            self.ctx, instrument_id, self.can_draft(),
            lambda render, title, what: self._show_pdf(render, title, instrument_id, what),
            self, data=op.result)
        self.exec_dialog(dialog)
        if dialog.changed:
            self.load_and_select(instrument_id)
        return dialog

    def link_selected(self) -> bool:
        return self.run_action(LinkDialog, "No se puede enlazar")

    def confirm_delete(self, heading: str) -> bool:
        box = QMessageBox(QMessageBox.Question, "Eliminar borrador",
                          f"¿Eliminar el borrador «{heading}»?\n\nUn borrador no tiene número: "
                          "se borra del todo y no se puede recuperar.", parent=self)
        delete = box.addButton("Eliminar", QMessageBox.DestructiveRole)
        box.addButton("Cancelar", QMessageBox.RejectRole)
        box.setDefaultButton(box.buttons()[-1])
        box.exec()
        return box.clickedButton() is delete

    def delete_selected_draft(self, confirm: bool = True) -> bool:
        draft_id = self.selected_id()
        if draft_id is None or self.detail is None:
            return False
        summary = " ".join(self.detail.summary.split()) or self.detail.heading
        if confirm and not self.confirm_delete(summary[:120]):
            return False
        actor = self.ctx.actor
        op = CollectionOp(self, self.ctx.db,
                          lambda session: delete_draft(session, actor, draft_id)) \
            .failure(self.refusing("No se puede eliminar")).run().wait()
        if not op.ok:
            self.load()
            return False
        self.load(status="Se eliminó el borrador.")
        return True
