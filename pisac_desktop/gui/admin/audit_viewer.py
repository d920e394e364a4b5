"""Configuración > Registro de auditoría: browse, filter, verify and export the audit trail.

For the Administrador and Secretaría General roles (Permission.VIEW_AUDIT, enforced by the
domain). The table pages over the domain query (200 rows at a time, fetched as the user
scrolls), so the trail is never loaded whole into the window.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox

from pisac_desktop.core import audit_search
from pisac_desktop.core.audit_search import (
    PAGE_SIZE,
    AuditFilter,
    AuditRow,
    ExportResult,
    FilterChoices,
)
from pisac_desktop.core.integrity import IntegrityReport, check_trail
from pisac_desktop.core.permissions import PermissionDenied
from pisac_desktop.core.validators import thousands
from pisac_desktop.db.engine import Database
from pisac_desktop.gui import file_dialogs, operations
from pisac_desktop.gui.combos import refill_with_all
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_audit_viewer import Ui_AuditViewerDialog
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.gui.table_models import PagedTableModel

SEARCH_DELAY_MS = 350
COLUMNS = ("N°", "Fecha y hora", "Usuario", "Estación", "Acción", "Entidad", "Id", "Cambios")
FORMATS = {
    "xlsx": ("Exportar a Excel", "Libro de Excel (*.xlsx)"),
    "pdf": ("Exportar a PDF", "Documento PDF (*.pdf)"),
}

# (session, before_id, limit) -> newest first; runs in a worker
Fetcher = Callable[[object, int | None, int], list[AuditRow]]


class AuditTableModel(PagedTableModel):
    """Read-only rows of the audit trail, newest first, a page at a time. Each page is read
    in a worker (operations.QueryOp, one short unit of work: nothing is held open while the
    person reads) and appended when it arrives; unread(message) says why one could not be."""

    ended = Signal()

    column_count = len(COLUMNS)

    def __init__(self, parent, db: Database, tz: dt.tzinfo | None = None,
                 unread: Callable[[str], None] | None = None):
        super().__init__(PAGE_SIZE, parent)
        self.db = db
        self.tz = tz
        self.unread = unread
        self._reading: Fetcher | None = None  # the query a page is being read for
        self._arrived_page: list[AuditRow] = []

    def set_source(self, fetch: Fetcher | None) -> None:
        self._reading = None  # a page still on its way belongs to the query before
        super().set_source(fetch)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008, N802
        fetch = self._fetch
        if parent.isValid() or self._exhausted or fetch is None or self._reading is fetch:
            return
        # Continue from the last row shown: entries added meanwhile cause no gap or repeat.
        before, limit = (self._rows[-1].id if self._rows else None), self.page_size
        self._reading = fetch
        QueryOp(self.parent(), self.db, lambda s: fetch(s, before, limit),
                lambda page: self._arrived(fetch, page)) \
            .failure(lambda message, _exc: self._failed(fetch, message)) \
            .superseding("page").run()

    def next_page(self, fetch: Fetcher, rows: list[AuditRow], limit: int) -> list[AuditRow]:
        page, self._arrived_page = self._arrived_page, []
        return page

    def _arrived(self, fetch: Fetcher, page: list[AuditRow]) -> None:
        if fetch is not self._fetch:
            return
        self._reading = None
        self._arrived_page = page
        super().fetchMore()  # appends it (via next_page) and notes whether it was the last
        if self._exhausted:
            self.ended.emit()  # an empty last page inserts no rows

    def _failed(self, fetch: Fetcher, message: str) -> None:
        if fetch is not self._fetch:
            return
        self._reading = None
        self._exhausted = True  # what was shown stays; filtering again reads anew
        if self.unread is not None:
            self.unread(message)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.DisplayRole:
            return self._cell(row, index.column())
        if role == Qt.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.TextAlignmentRole and index.column() in (0, 6):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def _cell(self, row: AuditRow, column: int) -> str:
        return (
            str(row.id),
            audit_search.short_local(row.at, self.tz),
            row.username,
            row.workstation,
            row.action_label,
            row.entity_label,
            row.entity_id,
            row.changes_summary,
        )[column]

    def _tooltip(self, row: AuditRow) -> str:
        """The whole entry as rich text (so user text is escaped, never interpreted)."""
        head = (f"Entrada N° {row.id}, {audit_search.short_local(row.at, self.tz)}\n"
                f"{row.username} en {row.workstation}\n"
                f"{row.action_label}: {row.entity_label}"
                + (f" (id {row.entity_id})" if row.entity_id else ""))
        body = row.changes_text or "Sin detalle de cambios."
        text = html.escape(f"{head}\n\n{body}").replace("\n", "<br>")
        return f"<qt>{text}</qt>"


class AuditViewerDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None, tz: dt.tzinfo | None = None):
        """tz: the zone dates and times are shown and filtered in; None is the office's (America/Lima)."""
        super().__init__(parent)
        self.ctx = ctx
        self.tz = tz
        self.ui = Ui_AuditViewerDialog()
        self.ui.setupUi(self)
        self.model = AuditTableModel(self, ctx.db, self.tz, self._page_unread)
        self.ui.auditView.setModel(self.model)
        header = self.ui.auditView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.ui.auditView.verticalHeader().setDefaultSectionSize(
            self.ui.auditView.fontMetrics().height() + 8)
        self._widths_set = False
        self._dates_set = False
        self._filling = False
        self._span: tuple[dt.date, dt.date] | None = None
        self._read_error = ""
        self.total = 0
        self.last_report = None  # the last verify(): domain.integrity.IntegrityReport

        for combo in (self.ui.userCombo, self.ui.actionCombo, self.ui.entityCombo):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.ui.fromDateEdit.dateChanged.connect(self._dates_changed)
        self.ui.toDateEdit.dateChanged.connect(self._dates_changed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)
        self.ui.verifyButton.clicked.connect(self.verify)
        self.ui.certificateButton.clicked.connect(self.open_certificate)
        self.ui.checkHeadButton.clicked.connect(self.open_head_check)
        self.ui.exportXlsxButton.clicked.connect(lambda: self.choose_and_export("xlsx"))
        self.ui.exportPdfButton.clicked.connect(lambda: self.choose_and_export("pdf"))
        self.model.rowsInserted.connect(self._rows_arrived)
        self.model.ended.connect(self._update_status)
        self.ui.buttonBox.button(QDialogButtonBox.Close).setText("Cerrar")
        self.ui.buttonBox.rejected.connect(self.reject)
        self.resize(1180, 680)

    # --- loading -------------------------------------------------------------------------
    def load(self) -> None:
        """(Re)read the filter lists and the entries, keeping the filters chosen; in a
        worker: the dialog fills when they arrive."""
        actor, tz = self.ctx.actor, self.tz
        QueryOp(self, self.ctx.db, lambda s: (audit_search.filter_choices(s, actor),
                                              audit_search.date_span(s, actor, tz)),
                lambda got: self._loaded(*got)) \
            .failure(self._unread).superseding("load").run()

    def _unread(self, message: str, exc: BaseException) -> None:
        if isinstance(exc, PermissionDenied):
            self._refuse(message)
        else:
            self.model.set_source(None)
            self._show_status(message)

    def _loaded(self, choices: FilterChoices, span: tuple[dt.date, dt.date] | None) -> None:
        self._span = span
        self._filling = True
        try:
            refill_with_all(self.ui.userCombo, "Todos", [(u, u) for u in choices.usernames])
            refill_with_all(self.ui.actionCombo, "Todas", choices.actions)
            refill_with_all(self.ui.entityCombo, "Todas", choices.entities)
            first_load = not self._dates_set
            if first_load:
                self._set_default_dates()
                self._dates_set = True
        finally:
            self._filling = False
        self.apply_filters()
        if first_load:
            self.ui.searchEdit.setFocus()

    def _set_default_dates(self) -> None:
        """From the first entry to today (or to the last entry, if its date is later)."""
        today = self.ctx.today()
        first, last = self._span or (today, today)
        self.ui.fromDateEdit.setDate(qdate(min(first, today)))
        self.ui.toDateEdit.setDate(qdate(max(last, today)))

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            date_from=self.ui.fromDateEdit.date().toPython(),
            date_to=self.ui.toDateEdit.date().toPython(),
            username=self.ui.userCombo.currentData(),
            action=self.ui.actionCombo.currentData(),
            entity=self.ui.entityCombo.currentData(),
            text=self.ui.searchEdit.text(),
        )

    def apply_filters(self) -> None:
        """Query again with what the filters say now: the count, then the first page, each
        in a worker (the text filter scans the entries: it may take a while). A later query
        supersedes one still running."""
        self._search_timer.stop()
        flt = self.current_filter()
        actor, tz = self.ctx.actor, self.tz

        def fetch(session, before_id: int | None, limit: int) -> list[AuditRow]:
            return audit_search.search(session, actor, flt, before_id=before_id, limit=limit,
                                       tz=tz, total=self.total)

        QueryOp(self, self.ctx.db, lambda s: audit_search.count(s, actor, flt, tz),
                lambda total: self._counted(total, fetch)) \
            .failure(self._unread).superseding("count").run()

    def _page_unread(self, message: str) -> None:
        self._read_error = message
        self._show_status(message)

    def _counted(self, total: int, fetch: Fetcher) -> None:
        self._read_error = ""
        self.total = total
        self.model.set_source(fetch)  # its first page arrives in _rows_arrived
        self._update_status()

    def _rows_arrived(self, *_args) -> None:
        if not self._widths_set:
            self._set_column_widths()
        self._update_status()

    def _set_column_widths(self) -> None:
        view = self.ui.auditView
        metrics = view.fontMetrics()
        samples = ("000000", "00/00/0000 00:00:00", "usuario.largo", "PC-MESA-PARTES",
                   "Intento fallido de inicio de sesión", "Datos de la institución", "0000")
        for column, sample in enumerate(samples):
            view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 18)
        self._widths_set = True

    def _update_status(self, *_args) -> None:
        if self._read_error:
            self._show_status(self._read_error)
            return
        flt = self.current_filter()
        if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
            self._show_status("La fecha «Desde» es posterior a la fecha «Hasta»: no hay entradas "
                              "en ese rango.")
            return
        shown = self.model.rowCount()
        if not self.total:
            self._show_status("No hay entradas que cumplan los filtros.")
        elif audit_search.is_capped(self.total):
            many = thousands(audit_search.COUNT_CAP)
            self._show_status(f"{shown} entradas." if self.model.exhausted else
                              f"Más de {many} entradas cumplen los filtros; se muestran las "
                              f"{shown} más recientes. Desplácese hacia abajo para ver más, o "
                              "acote las fechas u otros filtros.")
        elif shown >= self.total or self.model.exhausted:
            self._show_status("1 entrada." if self.total == 1 else f"{self.total} entradas.")
        else:
            self._show_status(f"Se muestran las {shown} más recientes de {self.total} entradas; "
                              "desplácese hacia abajo para ver más.")

    def _show_status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)

    def _refuse(self, message: str) -> None:
        self.model.set_source(None)
        self.total = 0
        for widget in (self.ui.filtersGroup, self.ui.exportXlsxButton, self.ui.exportPdfButton,
                       self.ui.verifyButton, self.ui.certificateButton,
                       self.ui.checkHeadButton):
            widget.setEnabled(False)
        self._show_status(message)

    # --- filter widgets ------------------------------------------------------------------
    def _filters_changed(self, *_args) -> None:
        if not self._filling:
            self.apply_filters()

    def _dates_changed(self, *_args) -> None:
        # Typing a date changes it digit by digit: wait until the user pauses.
        if not self._filling:
            self._search_timer.start()

    def clear_filters(self) -> None:
        self._filling = True
        try:
            for combo in (self.ui.userCombo, self.ui.actionCombo, self.ui.entityCombo):
                combo.setCurrentIndex(0)
            self.ui.searchEdit.clear()
            self._set_default_dates()
        finally:
            self._filling = False
        self.apply_filters()

    # --- verify --------------------------------------------------------------------------
    def verify(self) -> None:
        """Walk the whole chain (in a worker) and say, in Spanish, whether it is sound.
        Reading only: this is not audited."""
        backups = self.ctx.paths.backups
        QueryOp(self, self.ctx.db, lambda s: check_trail(s, backups), self._verified) \
            .busy("Verificando el registro de auditoría…").disabling(self.ui.verifyButton) \
            .failure(lambda message, _exc: operations.show_failure(
                self, "No se pudo verificar", message)).run()

    def _verified(self, report: IntegrityReport) -> None:
        self.last_report = report
        if report.ok:
            QMessageBox.information(self, "Registro de auditoría íntegro", report.text)
        else:
            bad = report.chain.first_bad_id or (report.anchors and
                                                report.anchors.first_divergent)
            where = f"\n\nRevise la entrada N° {bad} y las cercanas." if bad else ""
            QMessageBox.warning(
                self, "Registro de auditoría alterado",
                f"{report.text}{where}\n\nSe revisaron {report.chain.entries} entradas. "
                "Informe de inmediato al administrador del sistema y conserve las copias de "
                "seguridad.")

    def open_certificate(self, show: bool = True):
        """Constancia de integridad del registro: preview to print, sign and file."""
        from pisac_desktop.gui.admin.integrity_dialogs import certificate_preview

        dialog = certificate_preview(self.ctx, self, show)
        self.load()  # the constancia is an entry of its own
        return dialog

    def open_head_check(self, show: bool = True):
        from pisac_desktop.gui.admin.integrity_dialogs import HeadCheckDialog

        dialog = HeadCheckDialog(self.ctx, self)
        if show:
            dialog.exec()
        return dialog

    # --- export --------------------------------------------------------------------------
    def default_export_path(self, fmt: str) -> Path:
        folder = self.ctx.paths.documents
        folder.mkdir(parents=True, exist_ok=True)
        return folder / audit_search.default_export_name(self.ctx.today(), fmt)

    def choose_and_export(self, fmt: str) -> None:
        title, file_filter = FORMATS[fmt]
        filename = file_dialogs.save_file(
            self, title, str(self.default_export_path(fmt)), file_filter)
        if not filename:
            return
        path = Path(filename)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")

        def failed(message: str, exc: BaseException) -> None:
            if isinstance(exc, OSError):  # the file: say what to do about it
                message = _file_problem(exc, path)
            operations.show_failure(self, "No se pudo exportar", message)

        self._export(path, fmt, lambda result: QMessageBox.information(
            self, "Exportación terminada", result.message)).failure(failed) \
            .disabling(self.ui.exportXlsxButton, self.ui.exportPdfButton).run()

    def export_to(self, path: Path, fmt: str) -> ExportResult:
        """Write the entries the filters select to `path` (fmt 'xlsx' or 'pdf') in a worker,
        and wait for it; the export is audited. Raises what refused it: DomainError (incl.
        PermissionDenied), OSError or a database error."""
        op = self._export(path, fmt).failure(lambda _message, _exc: None).run().wait()
        if op.error is not None:
            raise op.error
        return op.result

    def _export(self, path: Path, fmt: str,
                done: Callable[[ExportResult], object] | None = None) -> CollectionOp:
        if fmt not in FORMATS:
            raise ValueError(f"formato desconocido: {fmt}")
        flt, actor, tz = self.current_filter(), self.ctx.actor, self.tz
        if fmt == "pdf":  # at most MAX_PDF_ROWS: a few seconds
            return CollectionOp(self, self.ctx.db,
                                lambda s: audit_search.export_pdf(s, actor, flt, Path(path),
                                                                  tz=tz),
                                done).busy("Exportando el registro de auditoría…") \
                .refreshing(self.load)  # the export itself is now an entry

        def export(session, progress):
            def step(done: int, total: int) -> None:
                progress.step(done, total)
                progress.check()  # «Detener»: no file, nothing recorded
            return audit_search.export_xlsx(session, actor, flt, Path(path), tz=tz,
                                            progress=step)

        def label(done: int, total: int) -> str:
            if total:
                return f"Exportando el registro de auditoría: {done} de {total} entradas…"
            return f"Exportando el registro de auditoría: {done} entradas…"

        return CollectionOp(self, self.ctx.db, export, done) \
            .with_progress("Exportar el registro de auditoría", label) \
            .busy("Exportando el registro de auditoría…") \
            .cancelled(lambda: self._show_status("Exportación detenida: no se guardó el "
                                                 "archivo.")) \
            .refreshing(self.load)  # the export itself is now an entry


def _file_problem(exc: OSError, path: Path) -> str:
    if isinstance(exc, PermissionError):
        return f"No se tiene permiso para escribir en {path.parent}. Elija otra carpeta."
    reason = getattr(exc, "strerror", None) or str(exc)
    return f"No se pudo escribir {path}: {reason}. Elija otra carpeta o cierre el archivo si " \
           "está abierto en otro programa."
