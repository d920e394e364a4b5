"""Citaciones: convening (how many summonses and their numbers, confirmed first), the summonses
with their delivery and the legal notice check, late ones in red with the earliest lawful date
and the holidays skipped; delivery, rescheduling, emergency note and printing."""

from __future__ import annotations

import html

from pisac_desktop.council.session_view import SummonsView, convene_preview
from pisac_desktop.council.states import Action, SessionKind
from pisac_desktop.council.summons import convene
from pisac_desktop.gui.column_fit import fit_columns
from pisac_desktop.gui.council.common import SessionTab, show_box
from pisac_desktop.gui.enabling import enable
from pisac_desktop.gui.forms.ui_council_summons_tab import Ui_CouncilSummonsTab
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.table_models import HighlightedRowsModel
from pisac_desktop.spanish.dates import long_date_with_weekday, short_date
from pisac_desktop.spanish.plural import plural

HEADERS = ("Número", "Destinatario", "Cargo", "Entrega", "Plazo")


class SummonsTab(SessionTab):
    UI = Ui_CouncilSummonsTab
    TITLE = "&Citaciones"

    def __init__(self, ctx, section, parent=None):
        super().__init__(ctx, section, parent)
        self.model = HighlightedRowsModel(HEADERS, self)
        view = self.ui.summonsView
        view.setModel(self.model)
        metrics = view.fontMetrics()
        self.columns = fit_columns(view, "citaciones", ctx, stretch=1)  # Destinatario
        view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        view.selectionModel().currentRowChanged.connect(self._selection_changed)
        view.doubleClicked.connect(lambda _i: self.record_delivery())
        ui = self.ui
        ui.conveneButton.clicked.connect(
            lambda: self.convene(print_after=ui.printOnConveneCheck.isChecked()))
        ui.deliveryButton.clicked.connect(self.record_delivery)
        ui.rescheduleButton.clicked.connect(self.reschedule)
        ui.emergencyButton.clicked.connect(self.emergency_note)
        ui.printAllButton.clicked.connect(lambda: self.print_summonses())
        ui.reprintButton.clicked.connect(lambda: self.print_summonses(selected=True))

    def fill(self) -> None:
        d, ui = self.detail, self.ui
        ui.summonsMessageLabel.clear()
        keep = self.selected().id if self.selected() else None
        summonses = d.summonses if d else []
        self.model.set_flagged_rows(
            [(s.number_text.replace("CITACIÓN ", ""), s.addressee, s.post, s.delivery_short,
              s.check_short) for s in summonses],
            [s.check.late for s in summonses],
            [f"{s.number_text}\n{s.delivery_text}\n" + (s.late_text() if s.check.late
                                                       else s.check.text())
             for s in summonses])
        ui.conveneInfoLabel.setText(self._convene_info())
        late = d.unresolved_late if d else []
        if late:
            text = ("<b>Entregadas tarde</b> (reprograme la sesión a una fecha lícita o registre "
                    "la nota de emergencia):<br>"
                    + "<br>".join("• " + html.escape(s.late_text()) for s in late))
        elif d is not None and d.late and d.emergency_note:
            text = ("Hay citaciones entregadas tarde; se mantiene la fecha por la nota de "
                    f"emergencia: {html.escape(d.emergency_note)}")
        else:
            text = ""
        show_box(ui.lateLabel, text)
        position = next((i for i, s in enumerate(summonses) if s.id == keep), -1)
        if position >= 0:
            ui.summonsView.selectRow(position)
        self._selection_changed()

    def _convene_info(self) -> str:
        d = self.detail
        if d is None:
            return ""
        kind = "extraordinaria" if d.kind == SessionKind.EXTRAORDINARY else "ordinaria"
        notice = (f"Anticipación mínima ({kind}): {d.required_notice} días hábiles completos "
                  "entre la entrega y la sesión.")
        if Action.CHANGE_SUMMONED_DATA in d.allowed(None):  # programmed: not convened yet
            return ("Aún no se convoca: al convocar se numera una citación por cada miembro "
                    f"hábil y por cada invitado. {notice}")
        if not d.summonses:
            return notice
        delivered = sum(1 for s in d.summonses if s.delivered_at is not None)
        text = (f"Convocada el {short_date(d.convened_on)}: "
                f"{plural(len(d.summonses), 'citación', 'citaciones')}, "
                f"{plural(delivered, 'entregada', 'entregadas')}. {notice}")
        if d.deliver_by is not None and delivered < len(d.summonses):
            text += f" Entréguelas a más tardar el {long_date_with_weekday(d.deliver_by)}."
        return text

    def selected(self) -> SummonsView | None:
        index = self.ui.summonsView.currentIndex()
        # While another session is being filled in, the view may still hold the last one's row.
        if self.detail is None or not index.isValid() \
                or index.row() >= len(self.detail.summonses):
            return None
        return self.detail.summonses[index.row()]

    def _selection_changed(self, *_args) -> None:
        d, ui, chosen = self.detail, self.ui, self.selected()
        if chosen is None:
            ui.noticeLabel.setText("")
        else:
            cargo = "; cargo escaneado adjunto" if chosen.has_image else ""
            dni = f", DNI {chosen.receiver_dni}" if chosen.receiver_dni else ""
            color = "#a40000" if chosen.check.late else "inherit"
            ui.noticeLabel.setText(
                f"<b>{html.escape(chosen.number_text)}:</b> {html.escape(chosen.delivery_text)}"
                f"{html.escape(dni + cargo)}. <span style='color:{color}'>"
                f"{html.escape(chosen.check.text())}.</span>")
        allowed = d.allowed(self.ctx.actor) if d else None
        enable(ui.conveneButton, allowed, Action.CONVENE)
        ui.printOnConveneCheck.setVisible(bool(d and Action.CONVENE in d.allowed(None)))
        enable(ui.deliveryButton, allowed, Action.RECORD_DELIVERY, chosen is not None)
        enable(ui.rescheduleButton, allowed, Action.RESCHEDULE)
        enable(ui.emergencyButton, allowed, Action.NOTE_EMERGENCY)
        ui.printAllButton.setEnabled(bool(d and d.summonses))
        ui.reprintButton.setEnabled(chosen is not None)

    # --- actions -----------------------------------------------------------------------------
    def convene(self, confirm: bool = True, print_after: bool = False) -> list[int] | None:
        """Show how many summonses and which numbers, then convene (numbers them); print_after
        («Imprimir las citaciones al convocar»): then all of them, as «Imprimir todas»."""
        d = self.detail
        if d is None:
            return None
        on = self.ctx.today()
        session_id = d.id
        op = QueryOp(self, self.ctx.db, lambda s: convene_preview(s, session_id, on)) \
            .failure(self.section.refusing("No se puede convocar")) \
            .disabling(self.ui.conveneButton).run().wait()
        if not op.ok:
            return None
        preview = op.result
        if confirm and not self.section.confirm(
                "Convocar la sesión",
                f"Se convocará la {d.title} para el {long_date_with_weekday(d.session_date)}, "
                f"{d.start_time}.\n\n{preview.text()}\n\nFecha de las citaciones: "
                f"{short_date(on)}. Los números no se liberan después. ¿Convocar?",
                "Convocar"):
            return None
        ids: list[int] = []
        if not self.run(lambda s: ids.extend(convene(s, self.ctx.actor, d.id, on)),
                        self.ui.summonsMessageLabel):
            if self.ui.summonsMessageLabel.text():
                self.section.show_tab("summons")
            return None
        self.section.reload(d.id, f"Se convocó la sesión: {len(ids)} citaciones numeradas "
                                  f"({preview.first} a {preview.last}).")
        self.section.show_tab("summons")
        if print_after:
            self.print_summonses()
        return ids

    def record_delivery(self) -> bool:
        from pisac_desktop.gui.council.dialogs import DeliveryDialog

        chosen = self.selected()
        if chosen is None or not self.ui.deliveryButton.isEnabled():
            return False
        return self._after(self.section.run_dialog(
            lambda d: DeliveryDialog(self.ctx, d, chosen, self)), chosen.id)

    def reschedule(self) -> bool:
        from pisac_desktop.gui.council.dialogs import RescheduleDialog

        return self._after(self.section.run_dialog(
            lambda d: RescheduleDialog(self.ctx, d, self)))

    def emergency_note(self) -> bool:
        from pisac_desktop.gui.council.dialogs import ReasonDialog

        return self._after(self.section.run_dialog(
            lambda d: ReasonDialog(self.ctx, d, "emergency", self)))

    def _after(self, done: bool, summons_id: int | None = None) -> bool:
        if done:
            self.section.show_tab("summons")
            if summons_id is not None and self.detail is not None:
                position = next((i for i, s in enumerate(self.detail.summonses)
                                 if s.id == summons_id), -1)
                if position >= 0:
                    self.ui.summonsView.selectRow(position)
        return done

    def print_summonses(self, selected: bool = False):
        """Reimprimir esta: the preview of the chosen summons (returned). Imprimir todas: the
        whole batch laid out in a worker with a progress dialog that can stop it (the
        operation is returned; the preview opens when it is done)."""
        from pisac_desktop.council.printing import summons_pdf

        d = self.detail
        if d is None:
            return None
        chosen = self.selected() if selected else None
        if selected and chosen is None:
            return None
        if chosen is None:
            return self._print_all(d)
        summons_id = chosen.id if chosen else None
        title = chosen.number_text if chosen else f"Citaciones — {d.title}"
        return self.section.show_pdf(lambda s: summons_pdf(s, d.id, summons_id), title,
                                     "summons" if chosen else "summonses", summons_id)

    def _print_all(self, d):
        from pisac_desktop.council.printing import summons_pdf

        def render(session, progress):
            def step(done: int, total: int) -> None:
                progress.step(done, total)
                progress.check()  # "Detener": the build stops here
            return summons_pdf(session, d.id, None, step)

        def label(done: int, total: int) -> str:
            return (f"Preparando las citaciones: {done} de {total}…" if total
                    else "Preparando las citaciones…")

        def stopped() -> None:
            self.ui.summonsMessageLabel.setText("Se detuvo la preparación de las citaciones; "
                                                "no se imprimió nada.")

        def failed(message: str, _exc: BaseException) -> None:
            self.ui.summonsMessageLabel.setText(message)
            self.section.show_tab("summons")

        return QueryOp(self, self.ctx.db, render,
                       lambda got: self.section.preview_pdf(*got, f"Citaciones — {d.title}",
                                                            "summonses", d.id)) \
            .with_progress("Imprimir todas las citaciones", label) \
            .busy("Preparando las citaciones…").cancelled(stopped).failure(failed) \
            .disabling(self.ui.printAllButton).run()
