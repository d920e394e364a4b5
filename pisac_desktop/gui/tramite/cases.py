"""Expedientes: a unit's bandeja (Por recibir, En proceso, Vencidos, Atendidos, Archivo de
gestión, with their counts), one search box (number, DNI/RUC or words), and the selected case
file with what happens next, its hoja de ruta and its files; the acts enabled from what the
core allows (CaseDetail.can_*), its reason as the tooltip of a refused one. The Secretaría
General and the Gerencia Municipal show the same section."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTabBar, QWidget

from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_tramite_cases_section import Ui_TramiteCasesSection
from pisac_desktop.gui.forms.ui_tramite_note_dialog import Ui_TramiteNoteDialog
from pisac_desktop.gui.forms.ui_tramite_refer_dialog import Ui_TramiteReferDialog
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.tramite import cases, documents, intake, printing, views
from pisac_desktop.tramite.cases import ReferralForm
from pisac_desktop.tramite.views import Allowed, CaseDetail, CaseRow, Tray, UnitChoice

URGENCY_COLORS = {"overdue": QColor("#a40000"), "soon": QColor("#8a5a00")}
TRAYS = tuple(Tray)
COUNTED = (Tray.TO_RECEIVE, Tray.IN_PROCESS, Tray.OVERDUE)


def _one_line(text: str) -> str:
    return " ".join(text.split())


class CasesModel(QAbstractTableModel):
    """The bandeja's rows; the deadline's text says the urgency in words and in colour."""

    HEADERS = ("Expediente", "Fecha", "Administrado", "Asunto", "Unidad", "Estado", "Plazo")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[CaseRow] = []

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def text(self, row: CaseRow, column: int) -> str:
        return (row.number_text, f"{row.received_at:%d/%m/%Y}", row.filer_name,
                _one_line(row.subject), row.unit_name, row.state_label,
                row.urgency.label if row.state == "in_process" else "")[column]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.DisplayRole:
            return self.text(row, column)
        if role == Qt.ToolTipRole:
            if column == 6 and row.due_on is not None:
                return f"Vence el {row.due_on:%d/%m/%Y}"
            return self.text(row, column) or None
        if column == 6 and row.state == "in_process":
            if role == Qt.ForegroundRole:
                return URGENCY_COLORS.get(row.urgency.code)
            if role == Qt.FontRole and row.urgency.code == "overdue":
                font = QFont()
                font.setBold(True)
                return font
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.HEADERS[section]
        return None


def detail_html(d: CaseDetail, papers=()) -> str:
    def line(caption: str, value: str) -> str:
        return f"<b>{caption}:</b> {escape(value) if value else '—'}<br>"

    filer = f"{d.filer_name} ({d.filer_document})"
    contact = ", ".join(filter(None, (d.filer_address, d.filer_phone, d.filer_email)))
    parts = [line("Recibido", f"{d.received_at:%d/%m/%Y %H:%M} por {d.created_by}"),
             line("Administrado", filer), line("Contacto", contact),
             line("Documento", f"{d.document_kind}, {d.folios} folios"
                  + (f"; anexos: {d.attachments_note}" if d.attachments_note else "")),
             line("Asunto", d.subject),
             line("Procedimiento", f"{d.procedure_code} {d.procedure_name}".strip()),
             line("Estado", d.state_label), line("Está en", d.unit_name)]
    if d.due_on:
        parts.append(line("Plazo", f"{d.due_on:%d/%m/%Y} — {d.urgency.label}"))
    if d.silence_text:
        parts.append(line("Silencio", d.silence_text))
    if d.missing_requirements:
        state = (f"subsanados el {d.completed_on:%d/%m/%Y}" if d.completed_on
                 else f"por subsanar hasta el {d.completion_due:%d/%m/%Y}")
        parts.append(f"<b>Requisitos faltantes</b> ({state}):<ul>" + "".join(
            f"<li>{escape(m)}</li>" for m in d.missing_requirements) + "</ul>")
    if d.closing_note:
        parts.append(line("Atención", d.closing_note))
    if d.verification_code:
        parts.append(line("Código de verificación", d.verification_code))
    steps = "".join(
        f"<li><b>{escape(s.from_unit)} → {escape(s.to_unit)}</b>, {s.sent_at:%d/%m/%Y %H:%M}"
        + (f": «{escape(s.instruction)}»" if s.instruction else "")
        + f" — {escape(s.outcome_label)}"
        + (f" (recibió {escape(s.received_by)} el {s.received_at:%d/%m/%Y %H:%M})"
           if s.received_at else "") + "</li>" for s in d.steps)
    parts.append(f"<h4>Hoja de ruta</h4><ol>{steps}</ol>")
    if papers:
        parts.append("<h4>Documentos</h4><ul>" + "".join(
            f"<li>{escape(p.label)} — {escape(_one_line(p.subject))} "
            f"({escape(p.state_label.lower())})</li>" for p in papers) + "</ul>")
    files = "".join(f"<li><a href=\"adjunto:{a.id}\">{escape(a.file_name)}</a> "
                    f"({max(a.size // 1024, 1)} KB, {escape(a.added_by)})</li>"
                    for a in d.attachments)
    parts.append(f"<h4>Archivos escaneados</h4><ul>{files}</ul>" if files
                 else "<p><i>Sin archivos escaneados.</i></p>")
    return "".join(parts)


def set_allowed(button, allowed: Allowed | None) -> None:
    """Enable a button from what the core allows; refused, its reason is the tooltip."""
    own = button.property("ownToolTip")
    if own is None:
        own = button.toolTip()
        button.setProperty("ownToolTip", own)
    ok = allowed is not None and allowed.ok
    button.setEnabled(ok)
    button.setToolTip(own if ok or allowed is None else allowed.why_not or own)


class ReferDialog(FormDialog):
    UI = Ui_TramiteReferDialog
    FIELDS = {"unit_id": "unitCombo", "instruction": "instructionEdit", "folios": "foliosSpin",
              "deadline_days": "deadlineSpin"}
    OK_TEXT = "Derivar"

    def __init__(self, ctx, detail: CaseDetail, units: list[UnitChoice], parent=None):
        super().__init__(ctx, parent)
        self.case_id = detail.id
        self.ui.headingLabel.setText(f"Derivar el {detail.number_text} desde {detail.unit_name}.")
        self.ui.unitCombo.addItem("— Elija la unidad —", None)
        for unit in units:
            if unit.name != detail.unit_name:
                self.ui.unitCombo.addItem(unit.name, unit.id)
        self.ui.foliosSpin.setValue(0)

    def form(self) -> ReferralForm:
        ui = self.ui
        return ReferralForm(ui.unitCombo.currentData(), ui.instructionEdit.toPlainText(),
                            ui.foliosSpin.value(), ui.deadlineSpin.value())

    def write(self, session, values):
        return cases.refer(session, self.ctx.actor, self.case_id, values)


NOTE_MODES = {
    # mode: (title, caption, ok, field, done)
    "answer": ("Atender expediente", "&Cómo se atendió:", "Atender", "note", "Atendido"),
    "archive": ("Archivar expediente", "&Por qué se archiva:", "Archivar", "note", "Archivado"),
    "annul": ("Anular registro", "&Motivo:", "Anular", "reason", "Anulado"),
    "complete": ("Requisitos subsanados", "&Nota (opcional):", "Registrar", "note",
                 "Registrada la subsanación del"),
}


class NoteDialog(FormDialog):
    """Atender, Archivar, Anular, Subsanó requisitos: one text and the use case."""

    UI = Ui_TramiteNoteDialog

    def __init__(self, ctx, detail: CaseDetail, mode: str, parent=None):
        title, caption, ok, field, self.done = NOTE_MODES[mode]
        self.FIELDS = {field: "noteEdit"}
        super().__init__(ctx, parent, ok)
        self.mode, self.case_id = mode, detail.id
        self.setWindowTitle(title)
        self.ui.noteLabel.setText(caption)
        self.ui.headingLabel.setText(f"{detail.number_text}: {_one_line(detail.subject)}")

    def form(self) -> str:
        return self.ui.noteEdit.toPlainText()

    def write(self, session, values):
        actor = self.ctx.actor
        act = {"answer": cases.answer, "archive": cases.archive, "annul": intake.annul,
               "complete": intake.complete_requirements}[self.mode]
        return act(session, actor, self.case_id, values)


class CasesSection(SectionBase, QWidget):
    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.module = module
        self.ui = Ui_TramiteCasesSection()
        self.ui.setupUi(self)
        ui = self.ui
        self.units: list[UnitChoice] = []
        self.destinations: list[UnitChoice] = []
        self.detail: CaseDetail | None = None
        self.searching = ""
        self.filters: views.CaseFilter | None = None  # a list the Tablero de gestión opened
        self.filters_caption = ""
        self.counts: dict[Tray, int] = {}
        self.model = CasesModel(self)
        view = ui.casesView
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        metrics = view.fontMetrics()
        for column, sample in ((0, "EXP. N° 2026-000000"), (1, "00/00/0000"),
                               (2, "Juana Quispe Huam"), (4, "Desarrollo Económico"),
                               (5, "Por recibir"), (6, "Vence en 2 días hábiles")):
            view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        view.hideColumn(4)  # a unit's own bandeja: shown for a search only
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([900, 420])

        self.trays = QTabBar(self)
        self.trays.setObjectName("trayTabs")
        self.trays.setExpanding(False)
        for tray in TRAYS:
            self.trays.addTab(tray.label)
        ui.trayLayout.addWidget(self.trays)
        ui.trayLayout.addStretch(1)

        ui.unitCombo.currentIndexChanged.connect(lambda _i: self._unit_chosen())
        self.trays.currentChanged.connect(lambda _i: self._tray_chosen())
        self.trays.tabBarClicked.connect(lambda _i: self._leave_list())
        ui.searchEdit.returnPressed.connect(self.search)
        ui.searchEdit.textChanged.connect(lambda text: text.strip() or self._search_cleared())
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        ui.receiveButton.clicked.connect(self.receive_selected)
        ui.referButton.clicked.connect(self.refer_selected)
        ui.answerButton.clicked.connect(lambda: self.close_selected("answer"))
        ui.archiveButton.clicked.connect(lambda: self.close_selected("archive"))
        ui.annulButton.clicked.connect(lambda: self.close_selected("annul"))
        ui.completeButton.clicked.connect(lambda: self.close_selected("complete"))
        ui.routingButton.clicked.connect(self.print_routing_slip)
        ui.cargoButton.clicked.connect(self.print_cargo)
        ui.documentButton.clicked.connect(self.draft_document)
        ui.detailBrowser.anchorClicked.connect(self.open_link)
        self.papers: list = []
        self.last_dialog = None
        self.show_detail(None)

    # --- loading -----------------------------------------------------------------------------
    def load(self, then=None) -> None:
        """Read the units (once), then the bandeja."""
        if self.units:
            self.refresh(then=then)
            return
        actor = self.ctx.actor
        QueryOp(self, self.ctx.db, lambda s: (views.unit_choices(s, actor),
                                              views.destination_units(s, actor)),
                lambda got: self._show_units(*got, then)) \
            .failure(self._read_failed).superseding("units").run()

    def _read_failed(self, message: str, _exc: BaseException) -> None:
        self.ui.statusLabel.setText(message)

    def _show_units(self, units, destinations, then) -> None:
        self.units, self.destinations = units, destinations
        combo = self.ui.unitCombo
        combo.blockSignals(True)
        combo.clear()
        for unit in units:
            combo.addItem(unit.name + (" (mi unidad)" if unit.mine else ""), unit.id)
        first_mine = next((i for i, u in enumerate(units) if u.mine), 0)
        combo.setCurrentIndex(first_mine)
        combo.blockSignals(False)
        if not units:
            self.ui.statusLabel.setText("Su usuario no pertenece a ninguna unidad: pida al "
                                        "administrador que lo asigne a la suya.")
        self.refresh(then=then)

    def current_tray(self) -> Tray:
        return TRAYS[max(self.trays.currentIndex(), 0)]

    def refresh(self, then=None) -> None:
        """The bandeja of the unit's tray (or the search's results) and its counts."""
        actor, unit_id = self.ctx.actor, self.ui.unitCombo.currentData()
        tray, text, filters = self.current_tray(), self.searching, self.filters

        def read(session):
            if filters is not None and not text:
                return views.find(session, actor, "", filters=filters), None
            if text:
                return views.find(session, actor, text), None
            if unit_id is None:
                return [], {}
            return (views.bandeja(session, actor, unit_id, tray),
                    views.tray_counts(session, actor, unit_id))

        QueryOp(self, self.ctx.db, read, lambda got: self._show_rows(*got, then)) \
            .failure(self._read_failed).superseding("list").run()

    def _show_rows(self, rows: list[CaseRow], counts, then) -> None:
        keep = self.detail.id if self.detail else None
        self.model.set_rows(rows)
        listing = self.filters is not None and not self.searching
        self.ui.casesView.setColumnHidden(4, not (self.searching or listing))
        if counts is not None:
            self.counts = counts
            for i, tray in enumerate(TRAYS):
                n = counts.get(tray)
                self.trays.setTabText(i, tray.label + (f" ({n})" if n is not None else ""))
        self.trays.setEnabled(not self.searching)
        n = len(rows)
        if listing:
            text = (f"{self.filters_caption}: " + ("ningún expediente." if not n else
                    "1 expediente." if n == 1 else f"{n} expedientes"
                    + (" (los primeros)." if n >= views.PAGE else ".")) +
                    " Pulse una pestaña para volver a la bandeja de la unidad.")
        elif self.searching:
            text = (f"Búsqueda «{self.searching}»: " + ("ningún expediente." if not n else
                    "1 expediente." if n == 1 else f"{n} expedientes.") +
                    " Borre la búsqueda para volver a la bandeja.")
        else:
            text = ("No hay expedientes en esta bandeja." if not n else
                    "1 expediente." if n == 1 else f"{n} expedientes.")
        self.ui.statusLabel.setText(text)
        position = next((i for i, r in enumerate(rows) if r.id == keep), -1)
        if position >= 0:
            self.ui.casesView.selectRow(position)
        elif keep is not None and self.detail is not None:
            self.show_case(keep)  # gone from this tray (received, derived): still shown
        if then is not None:
            then()

    def _tray_chosen(self) -> None:
        self.filters = None
        if not self.searching:
            self.refresh()

    def _leave_list(self) -> None:
        """A tab clicked while a list from the Tablero is shown: back to the bandeja."""
        if self.filters is not None:
            self.filters = None
            self.refresh()

    def _unit_chosen(self) -> None:
        self.filters = None
        self.refresh()

    def search(self) -> None:
        self.searching = self.ui.searchEdit.text().strip()
        self.filters = None
        self.refresh()

    def search_for(self, text: str, select_id: int | None = None) -> None:
        """From the search box over everything: this box's search, the case file selected."""
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.setText(text)
        self.ui.searchEdit.blockSignals(False)
        self.searching, self.filters = text.strip(), None
        self.load(then=None if select_id is None else lambda: self.select_id(select_id))

    def show_list(self, unit_id: int | None, tray: Tray | None = None,
                  filters: views.CaseFilter | None = None, caption: str = "") -> None:
        """From the Tablero de gestión: a unit's bandeja on one tab when it is one this user
        may open, else the case files the filters choose (`caption` says which)."""
        def apply() -> None:
            ui = self.ui
            self.searching = ""
            ui.searchEdit.blockSignals(True)
            ui.searchEdit.clear()
            ui.searchEdit.blockSignals(False)
            index = ui.unitCombo.findData(unit_id) if unit_id is not None else -1
            if tray is not None and index >= 0:
                self.filters = None
                for widget, position in ((ui.unitCombo, index),
                                         (self.trays, TRAYS.index(tray))):
                    widget.blockSignals(True)
                    widget.setCurrentIndex(position)
                    widget.blockSignals(False)
            else:
                self.filters = filters or views.CaseFilter(unit_id=unit_id)
                self.filters_caption = caption or "Expedientes"
            self.refresh()

        if self.units:
            apply()
        else:
            self.load(then=apply)

    def _search_cleared(self) -> None:
        if self.searching:
            self.searching = ""
            self.refresh()

    # --- selection and detail ----------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_case(self.model.rows[current.row()].id)

    def select_id(self, case_id: int) -> None:
        """Show one case file (the Resumen's pending rows name one), selected if listed."""
        position = next((i for i, r in enumerate(self.model.rows) if r.id == case_id), -1)
        self.ui.casesView.selectRow(position)  # -1 (not in the list): nothing selected
        self.show_case(case_id)

    def show_case(self, case_id: int) -> None:
        actor = self.ctx.actor
        QueryOp(self, self.ctx.db, lambda s: (views.case_detail(s, actor, case_id),
                                              documents.documents_of_case(s, actor, case_id)),
                lambda got: self.show_detail(*got)) \
            .failure(self._read_failed).superseding("detail").run()

    def show_detail(self, detail: CaseDetail | None, papers=()) -> None:
        self.detail, self.papers = detail, list(papers)
        ui = self.ui
        if detail is None:
            ui.headingLabel.setText("Ningún expediente seleccionado")
            ui.nextStepLabel.setText("Elija un expediente de la lista para ver su hoja de ruta.")
            ui.detailBrowser.clear()
        else:
            ui.headingLabel.setText(detail.number_text)
            ui.nextStepLabel.setText(detail.next_step)
            color = URGENCY_COLORS.get(detail.urgency.code) if detail.state == "in_process" \
                else None
            ui.nextStepLabel.setStyleSheet("font-weight: bold;" + (
                f" color: {color.name()};" if color is not None else ""))
            ui.detailBrowser.setHtml(detail_html(detail, self.papers))
        for button, name in ((ui.receiveButton, "can_receive"), (ui.referButton, "can_refer"),
                             (ui.answerButton, "can_answer"), (ui.archiveButton, "can_archive"),
                             (ui.annulButton, "can_annul"), (ui.completeButton, "can_complete")):
            set_allowed(button, getattr(detail, name) if detail is not None else None)
        for button in (ui.routingButton, ui.cargoButton):
            button.setEnabled(detail is not None)
        ui.documentButton.setEnabled(detail is not None and detail.can_answer.ok)

    # --- acts --------------------------------------------------------------------------------
    def _done(self, case_id: int, message: str) -> None:
        self.ui.statusLabel.setText(message)
        self.refresh(then=lambda: (self.show_case(case_id),
                                   self.ui.statusLabel.setText(message)))

    def receive_selected(self) -> bool:
        detail = self.detail
        if detail is None or not detail.can_receive.ok:
            return False
        actor = self.ctx.actor
        op = CollectionOp(self, self.ctx.db, lambda s: cases.receive(s, actor, detail.id)) \
            .failure(self.refusing("No se pudo recibir")) \
            .disabling(self.ui.receiveButton).run().wait()
        if op.ok:
            self._done(detail.id, f"Recibido el {detail.number_text}.")
        return op.ok

    def refer_selected(self) -> bool:
        detail = self.detail
        if detail is None or not detail.can_refer.ok:
            return False
        dialog = ReferDialog(self.ctx, detail, self.destinations, self)
        if not self.exec_dialog(dialog):
            return False
        unit = dialog.ui.unitCombo.currentText()
        self._done(detail.id, f"Derivado el {detail.number_text} a {unit}.")
        return True

    def close_selected(self, mode: str) -> bool:
        detail = self.detail
        allowed = {"answer": "can_answer", "archive": "can_archive", "annul": "can_annul",
                   "complete": "can_complete"}[mode]
        if detail is None or not getattr(detail, allowed).ok:
            return False
        dialog = NoteDialog(self.ctx, detail, mode, self)
        if not self.exec_dialog(dialog):
            return False
        self._done(detail.id, f"{dialog.done} el {detail.number_text}.")
        return True

    # --- paper and files ---------------------------------------------------------------------
    def print_routing_slip(self):
        return self._print(printing.render_routing_slip, "Hoja de ruta")

    def print_cargo(self):
        return self._print(printing.render_cargo, "Cargo de recepción")

    def _print(self, render, what: str):
        detail = self.detail
        if detail is None:
            return None
        actor, case_id = self.ctx.actor, detail.id
        return self.preview_paper(
            lambda s: render(s, actor, case_id), f"{what} — {detail.number_text}",
            lambda where: CollectionOp(self, self.ctx.db, lambda s: printing.record_print(
                s, actor, case_id, f"{what} ({where})"), lambda _r: None)
            .failure(self.refusing("No se registró la impresión")).run())

    def draft_document(self):
        """A draft of the unit that holds the case file, answering or serving it."""
        from pisac_desktop.gui.tramite.documents import DocumentDialog

        detail = self.detail
        if detail is None or not detail.can_answer.ok:
            return None
        # The unit that holds it now (the bandeja's, or the search's row's).
        unit = next((u for u in self.units if u.name == detail.unit_name), None)
        unit_id = unit.id if unit is not None else self.ui.unitCombo.currentData()
        op = QueryOp(self, self.ctx.db, lambda s: documents.new_document_form(
            s, unit_id, "INFORME", detail.id)).failure(
            self.refusing("No se pudo preparar el documento")).run().wait()
        if not op.ok:
            return None
        dialog = DocumentDialog(self.ctx, detail.unit_name, op.result, parent=self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog) and dialog.document_id:
            self._done(detail.id, "Borrador guardado: emítalo e imprímalo en Documentos de la "
                                  "unidad.")
        return dialog

    def open_link(self, url) -> None:
        """An attachment's link: a copy in the temporary folder, opened with the PC's viewer."""
        text = url.toString()
        if not text.startswith("adjunto:"):
            return
        self.open_attachment(int(text.removeprefix("adjunto:")))

    def open_attachment(self, attachment_id: int):
        actor = self.ctx.actor
        op = QueryOp(self, self.ctx.db,
                     lambda s: views.attachment_content(s, actor, attachment_id)) \
            .failure(self.refusing("No se pudo abrir el archivo")).run().wait()
        if not op.ok:
            return None
        name, content = op.result
        try:
            return file_dialogs.open_copy(name, content, "pisac-adjunto-")
        except OSError as exc:
            self.ui.statusLabel.setText(f"No se pudo copiar el archivo: {exc.strerror or exc}.")
            return None
