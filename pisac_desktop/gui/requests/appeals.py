"""Recursos y reclamos (Gerencia Municipal, ROF art. 32): the year's recursos against the
register's acts — registered with their notification date and lateness, received, the
deciding resolution drafted in the register and its outcome recorded once issued — and the
complaint book — sheets registered, received, measures, answers, the sheet printed — with the
month's figures and both registers in PDF and Excel."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QHeaderView, QWidget

from pisac_desktop.core.permissions import Permission
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_appeals_section import Ui_AppealsSection
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.requests.appeals_dialogs import (
    AppealActDialog,
    AppealDialog,
    ComplaintDialog,
)
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.gui.table_models import HighlightedRowsModel
from pisac_desktop.requests import appeals, complaints, printing
from pisac_desktop.requests.appeals import AppealView
from pisac_desktop.requests.complaints import ComplaintView
from pisac_desktop.spanish.dates import MONTHS, short_date
from pisac_desktop.spanish.plural import plural
from pisac_desktop.tramite import cases, views

APPEAL_HEADERS = ("Expediente", "Recurso", "Recurrente", "Acto impugnado", "Vence",
                  "Resultado")
APPEAL_SAMPLES = ("EXP. N° 2026-000000", "Reconsideración", "", "N° 000-2026-GM-MDP",
                  "00/00/0000", "Fuera de plazo")
COMPLAINT_HEADERS = ("Hoja", "Recibido", "Reclamante", "Unidad", "Vence", "Estado")
COMPLAINT_SAMPLES = ("N° 000-2026", "00/00/0000", "Juana Quispe Huamán", "", "00/00/0000",
                     "Respondido")
REGISTERS = {"appeals": "registro-recursos", "complaints": "libro-reclamaciones"}


def _d(day) -> str:
    return short_date(day) if day else "—"


def _line(caption: str, value: str) -> str:
    return f"<b>{caption}:</b> {escape(value) if value else '—'}<br>"


def appeal_html(a: AppealView) -> str:
    parts = [f"<h3>{escape(a.number_text)}</h3>", _line("Recurso", a.kind),
             _line("Recurrente", a.filer), _line("Acto impugnado", a.act),
             _line("Notificación", a.notified),
             _line("Plazo para presentarlo", _d(a.last_day) + (
                 f" — presentado el {_d(a.filed_on)}, FUERA DE PLAZO" if a.late else "")),
             _line("Resuelve", a.decider), _line("Plazo para resolver", _d(a.due_on)),
             _line("Resolución", a.decision or "Aún no redactada"),
             _line("Resultado", a.outcome or "En trámite")]
    if a.ends_route:
        parts.append("<p>Lo que se resuelva agota la vía administrativa (Ley 27972, art. "
                     "50).</p>")
    if a.to_receive:
        parts.append("<p><i>Por recibir en la unidad que resuelve.</i></p>")
    elif a.decision.startswith("proyecto"):
        parts.append("<p><i>El proyecto está en el registro de resoluciones: corríjalo y "
                     "emítalo allí; luego registre lo resuelto.</i></p>")
    return "".join(parts)


def complaint_html(c: ComplaintView) -> str:
    parts = [f"<h3>{escape(c.number_text)}</h3>", _line("Expediente", c.case_number),
             _line("Recibido", f"{c.received_at:%d/%m/%Y %H:%M}"),
             _line("Reclamante", f"{c.complainant} ({c.document})"),
             _line("Contacto", ", ".join(filter(None, (c.address, c.phone, c.email)))),
             _line("Unidad", c.unit), _line("Motivo", c.category),
             _line("Atendido el", _d(c.attended_on)), _line("Hechos", c.facts),
             _line("Pedido", c.request), _line("Plazo de respuesta", _d(c.due_on)),
             _line("Estado", c.state)]
    if c.measures:
        parts.append("<b>Medidas adoptadas:</b><ul>" + "".join(
            f"<li>{escape(m)}</li>" for m in c.measures.splitlines()) + "</ul>")
    if c.answer:
        parts.append(_line("Respuesta", f"{c.answer} ({_d(c.answered_on)})"))
    if c.to_receive:
        parts.append("<p><i>Por recibir en la Gerencia Municipal.</i></p>")
    return "".join(parts)


class AppealsSection(SectionBase, QWidget):
    XLSX_TITLE = "Exportar registro a Excel"

    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx, self.module = ctx, module
        self.ui = Ui_AppealsSection()
        self.ui.setupUi(self)
        ui = self.ui
        self.appeals: list[AppealView] = []
        self.complaints: list[ComplaintView] = []
        self.last_dialog = None
        self.appeal_model = HighlightedRowsModel(APPEAL_HEADERS, self)
        self.complaint_model = HighlightedRowsModel(COMPLAINT_HEADERS, self)
        for view, model, samples in ((ui.appealsView, self.appeal_model, APPEAL_SAMPLES),
                                     (ui.complaintsView, self.complaint_model,
                                      COMPLAINT_SAMPLES)):
            view.setModel(model)
            view.verticalHeader().hide()
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.Interactive)
            metrics = view.fontMetrics()
            for column, sample in enumerate(samples):
                if sample:
                    view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
                else:  # the one that takes the rest
                    header.setSectionResizeMode(column, QHeaderView.Stretch)
            view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        for splitter in (ui.appealsSplitter, ui.complaintsSplitter):
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            splitter.setSizes([780, 360])
        ui.yearSpin.setValue(ctx.today().year)
        ui.yearSpin.valueChanged.connect(lambda _v: self.refresh())
        ui.monthCombo.addItem("Todo el año", None)
        for number, name in enumerate(MONTHS, start=1):
            ui.monthCombo.addItem(name.capitalize(), number)
        ui.monthCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        desk = ctx.actor.can(Permission.INTAKE_DESK)
        for button in (ui.appealsNewButton, ui.complaintsNewButton):
            button.setEnabled(desk)
            if not desk:
                button.setToolTip("Se registran en la Mesa de Partes o en la Secretaría "
                                  "General.")
        ui.appealsNewButton.clicked.connect(self.new_appeal)
        ui.complaintsNewButton.clicked.connect(self.new_complaint)
        ui.appealsReceiveButton.clicked.connect(lambda: self.receive("appeals"))
        ui.complaintsReceiveButton.clicked.connect(lambda: self.receive("complaints"))
        ui.appealsDraftButton.clicked.connect(lambda: self.act("draft"))
        ui.appealsDecidedButton.clicked.connect(lambda: self.act("decided"))
        ui.complaintsMeasuresButton.clicked.connect(lambda: self.act("measures"))
        ui.complaintsAnswerButton.clicked.connect(lambda: self.act("answer"))
        ui.complaintsSheetButton.clicked.connect(self.print_sheet)
        ui.appealsRegisterButton.clicked.connect(lambda: self.print_register("appeals"))
        ui.complaintsRegisterButton.clicked.connect(lambda: self.print_register("complaints"))
        ui.appealsExcelButton.clicked.connect(lambda: self.export_xlsx("appeals"))
        ui.complaintsExcelButton.clicked.connect(lambda: self.export_xlsx("complaints"))
        for view in (ui.appealsView, ui.complaintsView):
            view.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self._selected()

    # --- reading -----------------------------------------------------------------------------
    def load(self, then=None) -> None:
        self.refresh(then)

    def refresh(self, then=None) -> None:
        actor, year = self.ctx.actor, self.ui.yearSpin.value()
        month = self.ui.monthCombo.currentData()
        QueryOp(self, self.ctx.db,
                lambda s: (appeals.appeals_of_year(s, actor, year),
                           complaints.complaints_of(s, actor, year, month),
                           complaints.complaint_figures(s, actor, year, month)),
                lambda got: self._show(*got, then)) \
            .failure(lambda message, _e: self.ui.statusLabel.setText(message)) \
            .superseding("list").run()

    def _show(self, appeal_rows, complaint_rows, figures, then=None) -> None:
        keep = (self.selected_appeal(), self.selected_complaint())
        self.appeals, self.complaints = appeal_rows, complaint_rows
        today = self.ctx.today()
        self.appeal_model.set_flagged_rows(
            [(a.number_text, a.kind.removeprefix("Recurso de ").capitalize(), a.filer,
              "N° " + a.act.rsplit(" N° ", 1)[-1], _d(a.due_on),
              a.outcome or ("Fuera de plazo" if a.late else "En trámite"))
             for a in appeal_rows],
            [not a.outcome and a.due_on is not None and a.due_on < today
             for a in appeal_rows])
        self.complaint_model.set_flagged_rows(
            [(c.number_text.removeprefix("HOJA DE RECLAMACIÓN "), f"{c.received_at:%d/%m/%Y}",
              c.complainant, c.unit, _d(c.due_on), c.state)
             for c in complaint_rows], [c.state == "Vencido" for c in complaint_rows])
        pending = sum(1 for a in appeal_rows if not a.outcome)
        late = sum(a.late for a in appeal_rows)
        self.ui.appealsFigures.setText(
            f"{plural(len(appeal_rows), 'recurso', 'recursos')} en el año, {pending} por "
            f"resolver; {plural(late, 'presentado', 'presentados')} fuera de plazo.")
        by_unit = ", ".join(f"{unit}: {n}" for unit, n in sorted(
            figures.by_unit.items(), key=lambda kv: -kv[1])) or "—"
        by_kind = ", ".join(f"{kind}: {n}" for kind, n in sorted(
            figures.by_category.items(), key=lambda kv: -kv[1])) or "—"
        period = self.ui.monthCombo.currentText().lower() \
            if self.ui.monthCombo.currentData() else "el año"
        period = f"{period} de {self.ui.yearSpin.value()}" if period != "el año" else period
        f = figures
        self.ui.complaintsFigures.setText(
            f"{plural(f.received, 'reclamo', 'reclamos')} en {period}: "
            f"{plural(f.answered_in_time, 'respondido', 'respondidos')} en plazo, "
            f"{f.answered_late} fuera de plazo, "
            f"{plural(f.pending, 'pendiente', 'pendientes')} "
            f"({plural(f.overdue, 'vencido', 'vencidos')}). Por unidad: {by_unit}. "
            f"Por motivo: {by_kind}.")
        self._reselect(self.ui.appealsView, [a.case_file_id for a in appeal_rows], keep[0])
        self._reselect(self.ui.complaintsView, [c.case_file_id for c in complaint_rows],
                       keep[1])
        self._selected()
        if then:
            then()

    @staticmethod
    def _reselect(view, ids: list[int], keep) -> None:
        if keep is not None and keep.case_file_id in ids:
            view.selectRow(ids.index(keep.case_file_id))

    def selected_appeal(self) -> AppealView | None:
        index = self.ui.appealsView.currentIndex()
        return self.appeals[index.row()] if index.isValid() and \
            index.row() < len(self.appeals) else None

    def selected_complaint(self) -> ComplaintView | None:
        index = self.ui.complaintsView.currentIndex()
        return self.complaints[index.row()] if index.isValid() and \
            index.row() < len(self.complaints) else None

    def select_id(self, case_id: int) -> None:
        """The Resumen names a recurso or a complaint: show it."""
        for tab, view, rows in ((0, self.ui.appealsView, self.appeals),
                                (1, self.ui.complaintsView, self.complaints)):
            ids = [r.case_file_id for r in rows]
            if case_id in ids:
                self.ui.tabs.setCurrentIndex(tab)
                view.selectRow(ids.index(case_id))

    def _selected(self) -> None:
        ui, a, c = self.ui, self.selected_appeal(), self.selected_complaint()
        ui.appealsBrowser.setHtml(appeal_html(a) if a else
                                  "<p><i>Elija un recurso para ver sus plazos.</i></p>")
        ui.complaintsBrowser.setHtml(complaint_html(c) if c else
                                     "<p><i>Elija una hoja del libro.</i></p>")
        open_a = a is not None and not a.outcome
        ui.appealsReceiveButton.setEnabled(open_a and a.to_receive)
        ui.appealsDraftButton.setEnabled(open_a and not a.to_receive and not a.decision)
        ui.appealsDecidedButton.setEnabled(open_a and a.decision_issued)
        open_c = c is not None and c.state in ("Pendiente", "Vencido")
        ui.complaintsReceiveButton.setEnabled(open_c and c.to_receive)
        ui.complaintsMeasuresButton.setEnabled(open_c and not c.to_receive)
        ui.complaintsAnswerButton.setEnabled(open_c and not c.to_receive)
        ui.complaintsSheetButton.setEnabled(c is not None)

    # --- acts --------------------------------------------------------------------------------
    def _registered(self, dialog, tab: int, message: str) -> None:
        case_id = dialog.case_id
        self.ui.tabs.setCurrentIndex(tab)
        self.refresh(lambda: (self.select_id(case_id), self.ui.statusLabel.setText(message)))

    def new_appeal(self) -> AppealDialog | None:
        actor = self.ctx.actor
        op = QueryOp(self, self.ctx.db, lambda s: appeals.appealable_acts(s, actor)) \
            .failure(self.refusing("No se pudo abrir el registro")).run().wait()
        if not op.ok:
            return None
        dialog = AppealDialog(self.ctx, op.result, self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog) and dialog.case_id:
            self._registered(dialog, 0, f"Registrado el recurso {dialog.number}: entregue el "
                                        "cargo al recurrente.")
        return dialog

    def new_complaint(self) -> ComplaintDialog | None:
        actor = self.ctx.actor
        op = QueryOp(self, self.ctx.db, lambda s: (views.destination_units(s, actor),
                                                   complaints.complaint_days(s))) \
            .failure(self.refusing("No se pudo abrir el libro")).run().wait()
        if not op.ok:
            return None
        dialog = ComplaintDialog(self.ctx, *op.result, parent=self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog) and dialog.case_id:
            self._registered(dialog, 1, f"Registrada la {dialog.number}: imprima la hoja para "
                                        "la firma del reclamante.")
        return dialog

    def receive(self, which: str) -> bool:
        row = self.selected_appeal() if which == "appeals" else self.selected_complaint()
        if row is None or not row.to_receive:
            return False
        actor, case_id = self.ctx.actor, row.case_file_id
        op = CollectionOp(self, self.ctx.db, lambda s: cases.receive(s, actor, case_id)) \
            .failure(self.refusing("No se pudo recibir")).run().wait()
        if op.ok:
            self.refresh(lambda: self.ui.statusLabel.setText(f"Recibido el {row.number_text}."))
        return op.ok

    def act(self, mode: str) -> AppealActDialog | None:
        row = self.selected_appeal() if mode in ("draft", "decided") else \
            self.selected_complaint()
        if row is None:
            return None
        what = row.act if mode in ("draft", "decided") else row.complainant
        dialog = AppealActDialog(self.ctx, mode, row.case_file_id,
                                 f"<b>{escape(row.number_text)}</b> — {escape(what)}", self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog):
            message = {
                "draft": "Proyecto de resolución redactado en el registro de resoluciones: "
                         "corríjalo, emítalo y notifíquelo allí; luego registre lo resuelto.",
                "decided": f"Registrado lo resuelto en el {row.number_text}.",
                "measures": f"Registradas las medidas de la {row.number_text}.",
                "answer": f"Respondida la {row.number_text}: notifique la respuesta al "
                          "reclamante."}[mode]
            self.refresh(lambda: self.ui.statusLabel.setText(message))
        return dialog

    # --- paper -------------------------------------------------------------------------------
    def print_sheet(self):
        c = self.selected_complaint()
        if c is None:
            return None
        actor = self.ctx.actor  # rendering the sheet records its printing
        return self.preview_paper(
            lambda s: printing.render_complaint_sheet(s, actor, c.case_file_id),
            c.number_text, lambda _where: None)

    def print_register(self, which: str):
        actor, year, stem = self.ctx.actor, self.ui.yearSpin.value(), REGISTERS[which]
        return self.preview_paper(
            lambda s: printing.render_register_table(s, actor, year, stem),
            f"{stem} {year}", lambda where: self._audit(year, stem, where))

    def _audit(self, year: int, stem: str, where: str) -> None:
        actor = self.ctx.actor
        CollectionOp(self, self.ctx.db, lambda s: printing.record_register_print(
            s, actor, year, stem, where), lambda _r: None) \
            .failure(self.refusing("No se registró la impresión")).run()

    def export_xlsx(self, which: str):
        actor, year, stem = self.ctx.actor, self.ui.yearSpin.value(), REGISTERS[which]
        op = QueryOp(self, self.ctx.db,
                     lambda s: printing.register_table_xlsx(s, actor, year, stem)) \
            .failure(self.refusing("No se pudo preparar el libro")) \
            .busy("Preparando el libro…").run().wait()
        if not op.ok:
            return None
        data, name = op.result
        return self.save_workbook(data, name, self.ui.statusLabel,
                                  lambda where: self._audit(year, stem, where))
