"""The papers of the selected document: its preview, a certified copy and the distribution
cargo sheet; every print or save is audited."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from pisac_desktop.gui.instruments.reading import reading
from pisac_desktop.gui.operations import CollectionOp, show_failure

log = logging.getLogger(__name__)


class PaperActions:
    """Mixin of InstrumentsSection: preview and printing."""

    def preview_selected(self) -> QDialog | None:
        instrument_id = self.selected_id()
        if instrument_id is None:
            return None
        if self.detail is not None and self.detail.id == instrument_id and self.detail.historic:
            return self.open_historic(self.detail)
        return self.preview_document(instrument_id, self.detail.heading if self.detail else "")

    def preview_document(self, instrument_id: int, title: str) -> QDialog | None:
        from pisac_desktop.instruments.printing import render_for_preview

        return self._show_pdf(lambda session: render_for_preview(session, instrument_id),
                              title, instrument_id)

    def open_historic(self, detail):
        """A registro histórico is not printed as if issued here: its scan opens instead, or
        it is said why there is nothing to show."""
        if detail.scans:
            return self.open_scan(detail.scans[0].id)
        QMessageBox.information(self, "Registro histórico",
                                f"{detail.heading} es un registro histórico: el sistema no lo "
                                "emitió y no lo imprime. Adjunte su escaneado en Configuración "
                                "› Adjuntar archivo escaneado… para verlo aquí.")
        return None

    def _show_pdf(self, render, title: str, instrument_id: int,
                  what: str = "", copies: int = 1) -> QDialog | None:
        """Preview the PDF render(session) -> (bytes, name) makes; printing is audited."""
        prefix = f"{what}: " if what else ""
        return self.preview_paper(render, title, lambda where: self.audit_print(
            instrument_id, f"{prefix}{where}"), copies=copies)

    def certifications_of(self, instrument_id: int) -> list[tuple[int, str]] | None:
        """The document's certifications (read in a worker, waited for); None if refused
        (shown)."""
        from pisac_desktop.instruments.detail import certification_choices

        op = reading(self, lambda session: certification_choices(session, instrument_id),
                     "No se pudo leer el documento")
        return op.result if op.ok else None

    def choose_certification(self, options: list[tuple[int, str]]) -> int | None:
        """Which certification to print, when there are several (tests replace this)."""
        labels = [label for _id, label in options]
        label, ok = QInputDialog.getItem(self, "Imprimir copia certificada",
                                         "Certificación:", labels, len(labels) - 1, False)
        return options[labels.index(label)][0] if ok else None

    def print_certified_copy(self) -> QDialog | None:
        instrument_id = self.selected_id()
        if instrument_id is None:
            return None
        options = self.certifications_of(instrument_id)
        if options is None:
            return None
        if not options:
            QMessageBox.information(self, "Imprimir copia certificada",
                                    "Este documento no tiene copias certificadas registradas: "
                                    "registre primero la certificación.")
            return None
        chosen = options[0][0] if len(options) == 1 else self.choose_certification(options)
        if chosen is None:
            return None
        return self.print_certification(instrument_id, chosen,
                                        self.detail.heading if self.detail else "")

    def print_certification(self, instrument_id: int, certification_id: int, heading: str,
                            copies: int = 1) -> QDialog | None:
        """The certified copy of one certification, in the preview (copies: proposed to the
        print dialog)."""
        from pisac_desktop.instruments.printing import render_certified_copy

        return self._show_pdf(lambda s: render_certified_copy(s, certification_id),
                              f"Copia certificada — {heading}", instrument_id,
                              "copia certificada", copies)

    def preview_distribution_sheet(self) -> QDialog | None:
        instrument_id = self.selected_id()
        if instrument_id is None:
            return None
        from pisac_desktop.instruments.printing import distribution_sheet

        title = f"Hoja de cargo — {self.detail.heading if self.detail else ''}"
        return self._show_pdf(lambda s: distribution_sheet(s, instrument_id), title,
                              instrument_id, "hoja de cargo")

    def audit_print(self, instrument_id: int, destination: str) -> None:
        """Record the print or save (in a worker); if it cannot be recorded, say so."""
        from pisac_desktop.instruments.printing import record_print

        actor = self.ctx.actor

        def not_recorded(message: str, exc: BaseException) -> None:
            log.error("Could not audit printing", exc_info=exc)
            show_failure(self, "No se registró la impresión",
                         f"El documento salió, pero no se pudo dejar constancia en el registro "
                         f"de auditoría: {message}")

        CollectionOp(self, self.ctx.db, lambda session: record_print(
            session, actor, instrument_id, destination)).failure(not_recorded).run()
