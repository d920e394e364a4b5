"""Pedidos de regidores (Secretaría General, ROF art. 56): a councillor's written request for
information or action, also those raised in a session's «Pedidos» station, registered as a case
file for the unit with the deadline of the council's internal rules; the answer delivered with
its cargo; and the unanswered ones listed per councillor for the next session."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QHeaderView, QWidget

from pisac_desktop.core.permissions import Permission
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_councillor_delivery_dialog import Ui_CouncillorDeliveryDialog
from pisac_desktop.gui.forms.ui_councillor_request_dialog import Ui_CouncillorRequestDialog
from pisac_desktop.gui.forms.ui_councillor_requests_section import (
    Ui_CouncillorRequestsSection,
)
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.gui.table_models import HighlightedRowsModel
from pisac_desktop.requests import councillors, printing
from pisac_desktop.requests.councillors import KINDS, CouncillorRequestForm, CouncillorRequestView
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.spanish.plural import plural
from pisac_desktop.tramite import cases, views

HEADERS = ("Expediente", "Regidor(a)", "Qué pide", "Está en", "Vence", "Estado")
SAMPLES = ("EXP. N° 2026-000000", "Lic. Percy Gamarra Luna", "", "Secretaría General",
           "00/00/0000", "Entregado")
STEM = "pedidos-regidores"


class RequestDialog(FormDialog):
    UI = Ui_CouncillorRequestDialog
    FIELDS = {"member_id": "memberCombo", "kind": "kindCombo", "subject": "subjectEdit",
              "unit_id": "unitCombo", "session_id": "sessionCombo", "folios": "foliosSpin"}
    OK_TEXT = "Registrar"

    def __init__(self, ctx, members, sessions, units, days: int, parent=None):
        super().__init__(ctx, parent)
        ui = self.ui
        ui.memberCombo.addItem("— Elija —", None)
        for m in members:
            ui.memberCombo.addItem(m.name, m.id)
        for code, label in KINDS.items():
            ui.kindCombo.addItem(label, code)
        ui.unitCombo.addItem("— Elija la unidad —", None)
        for unit in units:
            ui.unitCombo.addItem(unit.name, unit.id)
        ui.sessionCombo.addItem("— Por escrito, fuera de sesión —", None)
        for s in sessions:
            ui.sessionCombo.addItem(s.name, s.id)
        ui.headingLabel.setText(f"Se registra como expediente para la unidad, que responde en "
                                f"{days} días hábiles (reglamento interno del concejo).")
        self.case_id: int | None = None

    def form(self) -> CouncillorRequestForm:
        ui = self.ui
        return CouncillorRequestForm(ui.memberCombo.currentData(), ui.kindCombo.currentData(),
                                     ui.subjectEdit.toPlainText(), ui.unitCombo.currentData(),
                                     ui.sessionCombo.currentData(), ui.foliosSpin.value())

    def write(self, session, values):
        return councillors.register_request(session, self.ctx.actor, values)

    def saved(self, case_id) -> None:
        self.case_id = case_id


class DeliveryDialog(FormDialog):
    UI = Ui_CouncillorDeliveryDialog
    FIELDS = {"answer": "answerEdit", "received_by": "receivedByEdit"}
    OK_TEXT = "Entregar"

    def __init__(self, ctx, view: CouncillorRequestView, parent=None):
        super().__init__(ctx, parent)
        self.case_id = view.case_file_id
        self.ui.headingLabel.setText(f"<b>{escape(view.number_text)}</b> — "
                                     f"{escape(view.councillor)}<br>{escape(view.subject)}")

    def form(self):
        return self.ui.answerEdit.toPlainText(), self.ui.receivedByEdit.text()

    def write(self, session, values):
        return councillors.deliver_answer(session, self.ctx.actor, self.case_id, *values)


def detail_html(v: CouncillorRequestView) -> str:
    def line(caption: str, value: str) -> str:
        return f"<b>{caption}:</b> {escape(value) if value else '—'}<br>"

    return "".join([
        f"<h3>{escape(v.number_text)}</h3>", line("Regidor(a)", v.councillor),
        line("Pedido", v.kind), line("Qué pide", v.subject),
        line("Recibido", f"{v.received_at:%d/%m/%Y %H:%M}"),
        line("En la sesión", v.session or "Por escrito"), line("Está en", v.unit),
        line("Plazo", short_date(v.due_on) if v.due_on else ""),
        line("Entregado", v.delivered), line("Estado", v.state),
        "<p><i>Por recibir en la unidad que debe atenderlo.</i></p>" if v.to_receive else ""])


class CouncillorRequestsSection(SectionBase, QWidget):
    XLSX_TITLE = "Exportar pedidos de regidores a Excel"

    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx, self.module = ctx, module
        self.ui = Ui_CouncillorRequestsSection()
        self.ui.setupUi(self)
        ui = self.ui
        self.rows: list[CouncillorRequestView] = []
        self.last_dialog = None
        self.model = HighlightedRowsModel(HEADERS, self)
        view = ui.requestsView
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        metrics = view.fontMetrics()
        for column, sample in enumerate(SAMPLES):
            if sample:
                view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        ui.requestsSplitter.setStretchFactor(0, 3)
        ui.requestsSplitter.setStretchFactor(1, 1)
        ui.requestsSplitter.setSizes([820, 320])
        ui.memberCombo.addItem("Todos", None)
        ui.memberCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.pendingCheck.toggled.connect(lambda _on: self.refresh())
        ui.requestsNewButton.setEnabled(ctx.actor.can(Permission.INTAKE_DESK))
        ui.requestsNewButton.clicked.connect(self.new_request)
        ui.requestsReceiveButton.clicked.connect(self.receive_selected)
        ui.requestsDeliverButton.clicked.connect(self.deliver_selected)
        ui.requestsPendingListButton.clicked.connect(self.print_pending)
        ui.requestsRegisterButton.clicked.connect(self.print_register)
        ui.requestsExcelButton.clicked.connect(self.export_xlsx)
        view.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self._selected()

    def load(self, then=None) -> None:
        actor = self.ctx.actor
        if self.ui.memberCombo.count() == 1:
            QueryOp(self, self.ctx.db, lambda s: councillors.form_choices(s, actor)[0],
                    self._show_members).run()
        self.refresh(then)

    def _show_members(self, members) -> None:
        combo = self.ui.memberCombo
        combo.blockSignals(True)
        for m in members:
            combo.addItem(m.name, m.id)
        combo.blockSignals(False)

    def refresh(self, then=None) -> None:
        actor, member = self.ctx.actor, self.ui.memberCombo.currentData()
        pending = self.ui.pendingCheck.isChecked()
        QueryOp(self, self.ctx.db,
                lambda s: councillors.requests_of(s, actor, member, pending),
                lambda rows: self._show(rows, then)) \
            .failure(lambda message, _e: self.ui.statusLabel.setText(message)) \
            .superseding("list").run()

    def _show(self, rows, then=None) -> None:
        keep = self.selected()
        self.rows = sorted(rows, key=lambda v: v.received_at, reverse=True)
        self.model.set_flagged_rows(
            [(v.number_text, v.councillor, " ".join(v.subject.split()), v.unit,
              short_date(v.due_on) if v.due_on else "—", v.state) for v in self.rows],
            [v.state == "Vencido" for v in self.rows])
        late = sum(v.state == "Vencido" for v in self.rows)
        open_ = sum(v.state in ("Pendiente", "Vencido") for v in self.rows)
        self.ui.statusLabel.setText(f"{plural(len(self.rows), 'pedido', 'pedidos')}: {open_} "
                                    "sin respuesta" + (
                                        f", {plural(late, 'vencido', 'vencidos')}." if late
                                        else "."))
        if keep is not None:
            self.select_id(keep.case_file_id)
        self._selected()
        if then:
            then()

    def selected(self) -> CouncillorRequestView | None:
        index = self.ui.requestsView.currentIndex()
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) \
            else None

    def select_id(self, case_id: int) -> None:
        ids = [v.case_file_id for v in self.rows]
        if case_id in ids:
            self.ui.requestsView.selectRow(ids.index(case_id))

    def _selected(self) -> None:
        v, ui = self.selected(), self.ui
        ui.requestsBrowser.setHtml(detail_html(v) if v else
                                   "<p><i>Elija un pedido para ver su plazo.</i></p>")
        open_ = v is not None and v.state in ("Pendiente", "Vencido")
        ui.requestsReceiveButton.setEnabled(open_ and v.to_receive)
        ui.requestsDeliverButton.setEnabled(open_ and not v.to_receive)

    # --- acts --------------------------------------------------------------------------------
    def new_request(self) -> RequestDialog | None:
        actor = self.ctx.actor
        op = QueryOp(self, self.ctx.db, lambda s: (*councillors.form_choices(s, actor),
                                                   views.destination_units(s, actor),
                                                   councillors.councillor_days(s))) \
            .failure(self.refusing("No se pudo abrir el registro")).run().wait()
        if not op.ok:
            return None
        dialog = RequestDialog(self.ctx, *op.result, parent=self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog) and dialog.case_id:
            case_id = dialog.case_id
            self.refresh(lambda: (self.select_id(case_id), self.ui.statusLabel.setText(
                "Pedido registrado y derivado a la unidad que debe atenderlo.")))
        return dialog

    def receive_selected(self) -> bool:
        v = self.selected()
        if v is None or not v.to_receive:
            return False
        actor = self.ctx.actor
        op = CollectionOp(self, self.ctx.db, lambda s: cases.receive(s, actor, v.case_file_id)) \
            .failure(self.refusing("No se pudo recibir")).run().wait()
        if op.ok:
            self.refresh(lambda: self.ui.statusLabel.setText(f"Recibido el {v.number_text}."))
        return op.ok

    def deliver_selected(self) -> DeliveryDialog | None:
        v = self.selected()
        if v is None:
            return None
        dialog = DeliveryDialog(self.ctx, v, self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog):
            self.refresh(lambda: self.ui.statusLabel.setText(
                f"Entregada la respuesta del {v.number_text} a {v.councillor}."))
        return dialog

    # --- paper -------------------------------------------------------------------------------
    def print_pending(self):
        actor = self.ctx.actor
        return self.preview_paper(lambda s: printing.render_pending_list(s, actor),
                                  "Pedidos pendientes por regidor",
                                  lambda where: self._audit("pendientes", where))

    def print_register(self):
        actor, year = self.ctx.actor, self.ctx.today().year
        return self.preview_paper(
            lambda s: printing.render_register_table(s, actor, year, STEM),
            f"Pedidos de regidores {year}", lambda where: self._audit(STEM, where))

    def _audit(self, what: str, where: str) -> None:
        actor, year = self.ctx.actor, self.ctx.today().year
        CollectionOp(self, self.ctx.db, lambda s: printing.record_register_print(
            s, actor, year, STEM if what == STEM else f"{STEM} {what}", where),
            lambda _r: None).failure(self.refusing("No se registró la impresión")).run()

    def export_xlsx(self):
        actor, year = self.ctx.actor, self.ctx.today().year
        op = QueryOp(self, self.ctx.db,
                     lambda s: printing.register_table_xlsx(s, actor, year, STEM)) \
            .failure(self.refusing("No se pudo preparar el libro")) \
            .busy("Preparando el libro…").run().wait()
        if not op.ok:
            return None
        data, name = op.result
        return self.save_workbook(data, name, self.ui.statusLabel,
                                  lambda where: self._audit(STEM, where))
