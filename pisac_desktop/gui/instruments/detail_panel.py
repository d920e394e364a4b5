"""The detail half of the documents section: the selected document's state, dates,
certifications, publication, distribution, links and interested parties."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt

from pisac_desktop.core.stored_files import size_text
from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.instruments.notifications import parties_html
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.instruments.attachments import scan_content
from pisac_desktop.instruments.detail import InstrumentDetail, instrument_detail
from pisac_desktop.instruments.notifications import parties_of

SCAN_LINK = "escaneado:"  # href of a scan in the detail panel: escaneado:<id>


class DetailPanel:
    """Mixin of InstrumentsSection: the panel beside the list."""

    shown_id: int | None = None  # the document the panel shows, or is reading

    def _setup_scans(self) -> None:
        """The detail lists the document's scans as links that open them."""
        label = self.ui.detailLabel
        label.setTextInteractionFlags(Qt.TextBrowserInteraction)
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(self.open_scan_link)

    def open_scan_link(self, href: str):
        if href.startswith(SCAN_LINK) and href[len(SCAN_LINK):].isdigit():
            return self.open_scan(int(href[len(SCAN_LINK):]))
        return None

    def open_scan(self, scan_id: int):
        """A stored scan, copied out and opened in the system's viewer."""
        actor = self.ctx.actor
        op = QueryOp(self, self.ctx.db, lambda s: scan_content(s, actor, scan_id)) \
            .failure(self.refusing("No se pudo abrir el archivo escaneado")).run().wait()
        if not op.ok:
            return None
        name, content = op.result
        try:
            return file_dialogs.open_copy(name, content, "pisac-escaneado-")
        except OSError as exc:
            self.ui.statusLabel.setText(f"No se pudo copiar el archivo: {exc.strerror or exc}.")
            return None

    def selected_id(self) -> int | None:
        index = self.ui.instrumentsView.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row()).id

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_detail(self.model.row_at(current.row()).id if current.isValid() else None)

    def show_detail(self, instrument_id: int | None) -> None:
        """Show this document in the panel (None: none). Its detail and parties are read in a
        worker and shown when they arrive; until then the actions that need the detail see
        none (never another document's)."""
        self.shown_id = instrument_id
        if instrument_id is None:
            self._show_detail(None, [])
            return
        if self.detail is not None and self.detail.id != instrument_id:
            self.detail = None

        def read(session):
            return instrument_detail(session, instrument_id), parties_of(session, instrument_id)

        def failed(message: str, _exc: BaseException) -> None:
            self._show_detail(None, [])
            self.ui.statusLabel.setText(message)

        QueryOp(self, self.ctx.db, read, lambda got: self._show_detail(*got)) \
            .superseding("detail").failure(failed).run()

    def _show_detail(self, detail: InstrumentDetail | None, parties: list) -> None:
        self.detail = detail
        self.parties = parties
        ui = self.ui
        if detail is None:
            ui.headingLabel.setText("Ningún documento seleccionado")
            ui.detailLabel.setText("Elija un documento de la lista para ver su estado y lo que "
                                   "se hizo con él.")
            ui.warningLabel.hide()
        else:
            ui.headingLabel.setText(detail.heading.replace("N° ", "N°\u00a0"))
            ui.detailLabel.setText(detail_html(detail) + parties_html(self.parties))
            ui.warningLabel.setText(detail.warning or "")
            ui.warningLabel.setVisible(bool(detail.warning))
        self._update_buttons()


def detail_html(d: InstrumentDetail) -> str:
    """The detail panel as rich text (user text escaped)."""
    def line(label: str, value: str) -> str:
        return f"<p style='margin:0 0 4px 0'><b>{label}:</b> {value}</p>"

    def items(values: list[str], new_line: bool = True) -> str:
        if not new_line and len(values) == 1:
            return html.escape(values[0])
        text = "<br>".join(f"• {html.escape(v)}" for v in values)
        return f"<br>{text}" if new_line and text else text

    e = html.escape
    parts = [line("Estado", e(d.state_label))]
    if d.historic:
        parts.append(line("Origen", e(d.origin or "registro anterior al sistema") + " No se "
                          "imprime ni se certifica desde el sistema: su papel es el original."))
    parts += [line("Fecha", e(d.long_date)), line("Firma", e(d.signer))]
    if d.annulment:
        parts.append(line("Anulación", e(d.annulment)))
    parts.append(line("Sumilla", e(d.summary) if d.summary else "<i>(falta)</i>"))
    if d.scans or d.historic:
        parts.append(line("Escaneado", "<br>".join(
            f"• <a href='{SCAN_LINK}{v.id}'>{e(v.file_name)}</a> ({e(size_text(v.size))})"
            for v in d.scans) if d.scans else "ninguno (Configuración › Adjuntar archivo "
                                              "escaneado…)"))
    if not d.is_draft and not d.historic:
        if d.certifications:
            copies = ("1 copia certificada" if d.copies_certified == 1
                      else f"{d.copies_certified} copias certificadas")
            parts.append(line("Certificaciones", e(copies) + items(d.certifications)))
        else:
            parts.append(line("Certificaciones", "ninguna"))
        if d.publications:
            parts.append(line("Publicación", items(d.publications, new_line=False)))
        else:
            parts.append(line("Publicación", "pendiente (obligatoria)" if d.must_publish
                              else "no registrada (no es obligatoria)"))
    if d.units:
        status = (f"{d.received} de {len(d.units)} cargos de recepción" if not d.is_draft
                  else f"{len(d.units)} unidades por notificar al emitirse")
        units = [u.text for u in d.units] if not d.is_draft else [u.unit_name for u in d.units]
        parts.append(line("Distribución", e(status) + items(units)))
    elif not d.is_draft:
        parts.append(line("Distribución", "sin unidades por notificar"))
    if d.links:
        parts.append(line("Relaciones", items(d.links, new_line=False)))
    return "".join(parts)
