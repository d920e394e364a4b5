"""Acceso a la información pública (Secretaría General, ROF art. 56; TUO Ley 27806): the year's
requests with their clock, and the officer's acts — register a request, receive it, extend the
term once, notify the cost and record its payment, draft the letter that applies (issued and
printed from here), answer — and the register and annual report as PDF and Excel."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from pisac_desktop.core.permissions import Permission
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_information_section import Ui_InformationSection
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.requests.information_dialogs import ActDialog, OfficerDialog, RequestDialog
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.gui.table_models import ObjectRowsModel
from pisac_desktop.gui.tramite.documents import DocumentDialog
from pisac_desktop.requests import information, printing
from pisac_desktop.requests.information import RequestView
from pisac_desktop.tramite import cases, documents, views

OVERDUE = QColor("#a40000")
SHOW = {"all": "Todas", "open": "En trámite", "overdue": "Vencidas", "closed": "Respondidas"}


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _overdue(v: RequestView) -> bool:
    return v.state.startswith("Vencida")


class RequestsModel(ObjectRowsModel):
    HEADERS = ("Expediente", "Solicitante", "Qué pide", "Unidad que la posee", "Vence",
               "Estado")

    def text(self, v: RequestView, column: int) -> str:
        due = v.clock.effective_due
        state = "Vencida" if _overdue(v) else v.state
        return (v.number_text, v.requester, _one_line(v.subject), v.holder_unit,
                f"{due:%d/%m/%Y}" if due else "Por subsanar",
                state + (" (prorrogada)" if v.clock.extended_to and not v.answered_on
                         else ""))[column]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        v = self.rows[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self.text(v, index.column())
        if index.column() in (4, 5) and _overdue(v):
            if role == Qt.ForegroundRole:
                return OVERDUE
            if role == Qt.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None


def detail_html(v: RequestView, today: dt.date, papers: list) -> str:
    def line(caption: str, value: str) -> str:
        return f"<b>{caption}:</b> {escape(value) if value else '—'}<br>"

    parts = [f"<h3>{escape(v.number_text)}</h3>",
             line("Recibida", f"{v.received_at:%d/%m/%Y %H:%M}"),
             line("Solicitante", f"{v.requester} ({v.requester_document})"),
             line("Pide", _one_line(v.subject)),
             line("Unidad que la posee", v.holder_unit),
             line("Funcionario responsable", v.officer),
             line("Llegó por", v.channel), line("Forma de entrega", v.delivery_form),
             line("Costo de reproducción", v.fee + (f"; pagado el {v.paid}" if v.paid else
                                                     " (pendiente de pago)" if v.fee_cents
                                                     else "")),
             line("Estado", v.state)]
    if v.to_receive:
        parts.append("<p><i>Aún no recibida en la unidad del funcionario: recíbala para "
                     "atenderla.</i></p>")
    parts.append("<h4>Plazo</h4><ul>" + "".join(
        f"<li>{escape(x)}</li>" for x in v.clock.lines(today, v.answered_on)) + "</ul>")
    if v.extension_reason:
        parts.append(line("Sustento de la prórroga", v.extension_reason))
    if v.answered_on:
        timing = "en plazo" if v.in_time else "fuera de plazo" if v.in_time is False else ""
        parts.append(line("Respondida", f"{v.answered_on:%d/%m/%Y} {timing}".strip()))
        if v.exception:
            parts.append(line("Excepción", v.exception))
        parts.append(line("Cómo", v.outcome_reason))
    if papers:
        parts.append("<h4>Cartas</h4><ul>" + "".join(
            f"<li>{escape(p.label)} — {escape(_one_line(p.subject))} "
            f"({escape(p.state_label.lower())})</li>" for p in papers) + "</ul>")
    return "".join(parts)


class InformationSection(SectionBase, QWidget):
    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx, self.module = ctx, module
        self.ui = Ui_InformationSection()
        self.ui.setupUi(self)
        ui = self.ui
        self.all_rows: list[RequestView] = []
        self.current: RequestView | None = None
        self.last_dialog = None
        self.model = RequestsModel(self)
        view = ui.requestsView
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        metrics = view.fontMetrics()
        for column, sample in ((0, "EXP. N° 2026-000000"), (1, "Juana Quispe Huamán"),
                               (3, "Secretaría General"), (4, "00/00/0000"),
                               (5, "Entregada en parte")):
            view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([800, 340])
        ui.yearSpin.setValue(ctx.today().year)
        for code, label in SHOW.items():
            ui.showCombo.addItem(label, code)
        menu = QMenu(ui.registerPdfButton)
        menu.addAction("Registro del año (PDF)…", lambda: self.print_register(False))
        menu.addAction("Reporte anual (PDF)…", lambda: self.print_register(True))
        ui.registerPdfButton.setMenu(menu)
        ui.yearSpin.valueChanged.connect(lambda _v: self.refresh())
        ui.showCombo.currentIndexChanged.connect(lambda _i: self._filter())
        ui.excelButton.clicked.connect(self.export_xlsx)
        ui.officerButton.clicked.connect(self.designate_officer)
        ui.officerButton.setEnabled(ctx.actor.can(Permission.ALL_CASE_FILES))
        ui.newButton.clicked.connect(self.new_request)
        ui.receiveButton.clicked.connect(self.receive_selected)
        ui.extendButton.clicked.connect(lambda: self.act("extend"))
        ui.feeButton.clicked.connect(lambda: self.act("fee"))
        ui.paymentButton.clicked.connect(lambda: self.act("payment"))
        ui.answerButton.clicked.connect(lambda: self.act("answer"))
        ui.letterButton.clicked.connect(self.draft_letter)
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        ui.newButton.setEnabled(ctx.actor.can(Permission.INTAKE_DESK))
        if not ui.newButton.isEnabled():
            ui.newButton.setToolTip("Las solicitudes se registran en la Mesa de Partes o en "
                                    "la Secretaría General.")
        self._enable()

    # --- reading -----------------------------------------------------------------------------
    def load(self, then=None) -> None:
        self.refresh(then)

    def refresh(self, then=None) -> None:
        actor, year = self.ctx.actor, self.ui.yearSpin.value()
        QueryOp(self, self.ctx.db, lambda s: information.register_of_year(s, actor, year),
                lambda rows: self._show(rows, then)) \
            .failure(lambda message, _e: self.ui.statusLabel.setText(message)) \
            .superseding("list").run()

    def _show(self, rows: list[RequestView], then=None) -> None:
        self.all_rows = rows
        self._filter()
        if then:
            then()

    def _filter(self) -> None:
        show = self.ui.showCombo.currentData()
        keep = self.current.case_file_id if self.current else None
        rows = [v for v in self.all_rows if show == "all"
                or (show == "open" and v.can_answer)
                or (show == "overdue" and _overdue(v))
                or (show == "closed" and v.answered_on is not None)]
        self.model.set_rows(rows)
        n, late = len(self.all_rows), sum(_overdue(v) for v in self.all_rows)
        pending = sum(v.can_answer for v in self.all_rows)
        self.ui.statusLabel.setText(
            "Ninguna solicitud en el año." if not n else
            f"{n} solicitud{'es' if n != 1 else ''} en el año: {pending} en trámite"
            + (f", {late} vencida{'s' if late != 1 else ''}" if late else "") + ".")
        position = next((i for i, v in enumerate(rows) if v.case_file_id == keep), -1)
        if position >= 0:
            self.ui.requestsView.selectRow(position)
            self.show_request(keep)
        else:
            self.current = None
            self.ui.detailBrowser.setHtml("<p><i>Elija una solicitud para ver su plazo y lo "
                                          "que corresponde hacer.</i></p>")
            self._enable()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_request(self.model.rows[current.row()].case_file_id)

    def select_id(self, case_id: int) -> None:
        position = next((i for i, v in enumerate(self.model.rows)
                         if v.case_file_id == case_id), -1)
        if position >= 0:
            self.ui.requestsView.selectRow(position)
        else:
            self.show_request(case_id)

    def show_request(self, case_id: int) -> None:
        actor = self.ctx.actor
        QueryOp(self, self.ctx.db, lambda s: (information.request_view(s, actor, case_id),
                                              documents.documents_of_case(s, actor, case_id)),
                lambda got: self._show_detail(*got)) \
            .failure(lambda message, _e: self.ui.statusLabel.setText(message)) \
            .superseding("detail").run()

    def _show_detail(self, v: RequestView | None, papers) -> None:
        self.current = v
        self.ui.detailBrowser.setHtml(detail_html(v, self.ctx.today(), papers) if v else "")
        self._enable()

    def _enable(self) -> None:
        ui, v = self.ui, self.current
        open_ = v is not None and v.can_answer
        held = open_ and not v.to_receive
        ui.receiveButton.setEnabled(open_ and v.to_receive)
        ui.extendButton.setEnabled(held and v.can_extend)
        ui.feeButton.setEnabled(held and v.paid_on is None)
        ui.paymentButton.setEnabled(held and bool(v.fee_cents) and v.paid_on is None)
        ui.answerButton.setEnabled(held)
        ui.letterButton.setEnabled(v is not None and not v.to_receive and
                                   v.state != "Anulada")

    # --- acts --------------------------------------------------------------------------------
    def new_request(self) -> RequestDialog | None:
        actor, today = self.ctx.actor, self.ctx.today()
        op = QueryOp(self, self.ctx.db, lambda s: (views.destination_units(s, actor),
                                                   information.officer_on(s, today))) \
            .failure(self.refusing("No se pudo abrir el registro")).run().wait()
        if not op.ok:
            return None
        units, officer = op.result
        dialog = RequestDialog(self.ctx, units, f"{officer.full_name}, {officer.post}", self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog) and dialog.case_id:
            case_id, number = dialog.case_id, dialog.number
            self.ui.showCombo.setCurrentIndex(0)
            self.refresh(lambda: (self.select_id(case_id), self.ui.statusLabel.setText(
                f"Registrada la solicitud {number}: entregue el cargo al solicitante "
                "(Expedientes › cargo).")))
        return dialog

    def receive_selected(self) -> bool:
        v = self.current
        if v is None or not v.to_receive:
            return False
        actor = self.ctx.actor
        op = CollectionOp(self, self.ctx.db, lambda s: cases.receive(s, actor, v.case_file_id)) \
            .failure(self.refusing("No se pudo recibir")).run().wait()
        if op.ok:
            self._done(v.case_file_id, f"Recibida la solicitud {v.number_text}.")
        return op.ok

    def act(self, mode: str) -> ActDialog | None:
        v = self.current
        if v is None:
            return None
        dialog = ActDialog(self.ctx, v, mode, self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog):
            done = {"extend": "Prorrogada", "fee": "Registrado el costo de",
                    "payment": "Registrado el pago de", "answer": "Respondida"}[mode]
            hint = {"extend": ": redacte la carta de prórroga y notifíquela hoy.",
                    "fee": ": redacte la carta de liquidación del costo.",
                    "answer": ": la carta se emite y notifica en Documentos de la unidad."
                    }.get(mode, ".")
            self._done(v.case_file_id, f"{done} la solicitud {v.number_text}{hint}")
        return dialog

    def _done(self, case_id: int, message: str) -> None:
        self.ui.statusLabel.setText(message)
        self.refresh(lambda: (self.select_id(case_id), self.ui.statusLabel.setText(message)))

    def draft_letter(self) -> DocumentDialog | None:
        """Choose the letter, correct its draft (the facts are already written), then issue
        and print it for signature."""
        v = self.current
        if v is None:
            return None
        chooser = ActDialog(self.ctx, v, "letter", self)
        self.last_dialog = chooser
        if not self.exec_dialog(chooser) or chooser.result_value is None:
            return None
        form, unit_name = chooser.result_value
        dialog = DocumentDialog(self.ctx, unit_name, form, kinds=("CARTA",), parent=self)
        self.last_dialog = dialog
        if not self.exec_dialog(dialog) or not dialog.document_id:
            return dialog
        document_id = dialog.document_id
        if self.confirm("Emitir la carta", "La carta quedó como borrador. ¿Emitirla ahora con "
                        "su número e imprimirla para la firma?", "Emitir e imprimir",
                        "Dejar en borrador"):
            actor = self.ctx.actor
            op = CollectionOp(self, self.ctx.db,
                              lambda s: documents.issue_document(s, actor, document_id)) \
                .failure(self.refusing("No se emitió la carta")).run().wait()
            if op.ok:
                number = op.result
                self.preview_paper(lambda s: printing_unit(s, actor, document_id), number,
                                   lambda where: self._audit_letter(document_id, where))
                self._done(v.case_file_id, f"Emitida la {number}: notifíquela con cédula "
                                           "desde Documentos de la unidad.")
                return dialog
        self._done(v.case_file_id, "Carta guardada como borrador en Documentos de la unidad.")
        return dialog

    def designate_officer(self) -> OfficerDialog | None:
        actor, today = self.ctx.actor, self.ctx.today()
        op = QueryOp(self, self.ctx.db, lambda s: (information.officer_on(s, today),
                                                   views.destination_units(s, actor),
                                                   information.designation_choices(s, actor))) \
            .failure(self.refusing("No se pudo abrir la designación")).run().wait()
        if not op.ok:
            return None
        dialog = OfficerDialog(self.ctx, *op.result, parent=self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog):
            name = dialog.ui.fullNameEdit.text()
            self.ui.statusLabel.setText(f"Designado {name}: las solicitudes que se registren "
                                        "desde esa fecha pasan a su unidad.")
        return dialog

    def _audit_letter(self, document_id: int, where: str) -> None:
        from pisac_desktop.tramite.printing import record_document_print

        actor = self.ctx.actor
        CollectionOp(self, self.ctx.db, lambda s: record_document_print(
            s, actor, document_id, where), lambda _r: None) \
            .failure(self.refusing("No se registró la impresión")).run()

    # --- the register ------------------------------------------------------------------------
    def print_register(self, annual: bool):
        actor, year = self.ctx.actor, self.ui.yearSpin.value()
        what = "Reporte anual de solicitudes" if annual else "Registro de solicitudes"
        return self.preview_paper(
            lambda s: printing.render_information_register(s, actor, year, annual),
            f"{what} {year}", lambda where: self._audit_register(year, what, where))

    def _audit_register(self, year: int, what: str, where: str) -> None:
        actor = self.ctx.actor
        CollectionOp(self, self.ctx.db, lambda s: printing.record_register_print(
            s, actor, year, what, where), lambda _r: None) \
            .failure(self.refusing("No se registró la impresión")).run()

    XLSX_TITLE = "Exportar solicitudes a Excel"

    def export_xlsx(self) -> Path | None:
        actor, year = self.ctx.actor, self.ui.yearSpin.value()
        op = QueryOp(self, self.ctx.db, lambda s: printing.information_xlsx(s, actor, year)) \
            .failure(self.refusing("No se pudo preparar el libro")) \
            .busy("Preparando el libro…").disabling(self.ui.excelButton).run().wait()
        if not op.ok:
            return None
        data, name = op.result
        return self.save_workbook(
            data, name, self.ui.statusLabel,
            lambda where: self._audit_register(year, "Libro Excel de solicitudes", where))


def printing_unit(session, actor, document_id: int):
    from pisac_desktop.tramite.printing import render_unit_document

    return render_unit_document(session, actor, document_id)
