"""Gerencia Municipal > Delegaciones: the register of the powers the mayor delegated (Ley 27972,
art. 20 num. 20), which the resoluciones de gerencia cite as their legal basis; register one
from its resolución de alcaldía, end one (revoked) with its reason."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from pisac_desktop.core.permissions import Permission
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_delegation_dialog import Ui_DelegationDialog
from pisac_desktop.gui.forms.ui_delegations_section import Ui_DelegationsSection
from pisac_desktop.gui.management.dialogs import search_acts_into
from pisac_desktop.gui.management.listing import RowsOfView, list_model
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.instruments import delegations as dg
from pisac_desktop.management import views as mv
from pisac_desktop.spanish.dates import short_date

HEADERS = ("Resolución", "Unidad", "Facultades", "Vigencia", "Estado")
SAMPLES = ("RA N° 000-2026-MDP/A", "Gerencia Municipal", "", "del 00/00/0000 al 00/00/0000",
           "Por regir")


class DelegationDialog(FormDialog):
    UI = Ui_DelegationDialog
    FIELDS = {"instrument_id": "raCombo", "unit_id": "unitCombo", "powers": "powersEdit",
              "since": "sinceEdit", "until": "untilEdit"}
    OK_TEXT = "Registrar"

    def __init__(self, ctx, units, gerencia_id: int | None, parent=None):
        super().__init__(ctx, parent)
        ui = self.ui
        self.delegation_id: int | None = None
        ui.headingLabel.setText("Busque la resolución de alcaldía que delega (Enter) y copie "
                                "las facultades como ella las dice.")
        ui.raCombo.addItem("— Busque la resolución —", None)
        ui.raSearchEdit.returnPressed.connect(lambda: search_acts_into(
            self, ui.raSearchEdit.text(), ui.raCombo, (dg.DELEGATING_KIND,), "— Elija —"))
        ui.unitCombo.addItem("— Elija la unidad —", None)
        for unit_id, name in units:
            ui.unitCombo.addItem(name, unit_id)
        if gerencia_id is not None:
            ui.unitCombo.setCurrentIndex(ui.unitCombo.findData(gerencia_id))
        today = ctx.today()
        ui.sinceEdit.setDate(qdate(today))
        ui.untilEdit.setDate(QDate(today.year, 12, 31))
        ui.openEndedCheck.toggled.connect(lambda on: ui.untilEdit.setEnabled(not on))

    def form(self) -> dg.DelegationForm:
        ui = self.ui
        return dg.DelegationForm(ui.raCombo.currentData(), ui.unitCombo.currentData(),
                                 ui.powersEdit.toPlainText(), ui.sinceEdit.date().toPython(),
                                 None if ui.openEndedCheck.isChecked()
                                 else ui.untilEdit.date().toPython())

    def write(self, session, values):
        return dg.register_delegation(session, self.ctx.actor, values)

    def saved(self, delegation_id) -> None:
        self.delegation_id = delegation_id


def detail_html(v: dg.DelegationView) -> str:
    def line(caption: str, value: str) -> str:
        return f"<b>{caption}:</b> {escape(value) if value else '—'}<br>"

    return "".join([
        f"<h3>{escape(v.number_text)}</h3>", f"<p><b>{escape(v.state)}</b></p>",
        line("Fecha de la resolución", short_date(v.doc_date)), line("Unidad delegada", v.unit),
        line("Facultades", v.powers), line("Vigencia", v.period),
        line("Terminó", f"{short_date(v.ended_on)}: {v.end_reason}"
             + (f" ({v.ended_by})" if v.ended_by else "")) if v.ended_on else ""])


class DelegationsSection(RowsOfView, SectionBase, QWidget):
    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx, self.module = ctx, module
        self.ui = Ui_DelegationsSection()
        self.ui.setupUi(self)
        ui = self.ui
        self.rows: list[dg.DelegationView] = []
        self.last_dialog = None
        view = ui.delegationsView
        self.model = list_model(view, HEADERS, SAMPLES, 2, self)
        ui.delegationsSplitter.setSizes([820, 320])
        edits = ctx.actor.can(Permission.FOLLOW_UP) or \
            ctx.actor.can(Permission.SECRETARIA_INSTRUMENTS)
        ui.newButton.setVisible(edits)
        ui.endButton.setVisible(edits)
        ui.standingCheck.toggled.connect(lambda _on: self.load())
        ui.newButton.clicked.connect(self.new_delegation)
        ui.endButton.clicked.connect(self.end_selected)
        view.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self._selected()

    def load(self, then=None) -> None:
        actor, standing = self.ctx.actor, self.ui.standingCheck.isChecked()
        QueryOp(self, self.ctx.db,
                lambda s: dg.delegations_of(s, actor, standing_only=standing),
                lambda rows: self._show(rows, then)) \
            .failure(lambda message, _e: self.ui.statusLabel.setText(message)) \
            .superseding("list").run()

    def _show(self, rows, then=None) -> None:
        keep = self.selected()
        self.rows = rows
        self.model.set_flagged_rows(
            [(v.number_text.replace("RESOLUCIÓN DE ALCALDÍA", "RA"), v.unit,
              " ".join(v.powers.split()), v.period, v.state)
             for v in rows], [v.state in ("Vencida", "Revocada") for v in rows])
        standing = sum(v.state == "Vigente" for v in rows)
        self.ui.statusLabel.setText(
            f"{len(rows)} delegaciones registradas, {standing} vigentes." if rows else
            "Ninguna delegación registrada: registre las resoluciones de alcaldía que delegan "
            "facultades en la Gerencia Municipal.")
        if keep is not None:
            self.select_id(keep.id)
        self._selected()
        if then:
            then()

    def rows_view(self):
        return self.ui.delegationsView

    def _selected(self) -> None:
        v = self.selected()
        self.ui.delegationsBrowser.setHtml(detail_html(v) if v else
                                           "<p><i>Elija una delegación.</i></p>")
        self.ui.endButton.setEnabled(v is not None and v.ended_on is None)

    def new_delegation(self) -> DelegationDialog | None:
        actor = self.ctx.actor
        op = QueryOp(self, self.ctx.db, lambda s: mv.unit_choices(s, actor)) \
            .failure(self.refusing("No se pudo abrir el formulario")).run().wait()
        if not op.ok:
            return None
        gerencia = next((i for i, name in op.result if name == "Gerencia Municipal"), None)
        dialog = DelegationDialog(self.ctx, op.result, gerencia, self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog) and dialog.delegation_id:
            did = dialog.delegation_id
            self.load(lambda: (self.select_id(did), self.ui.statusLabel.setText(
                "Delegación registrada: las resoluciones de gerencia ya pueden citarla.")))
        return dialog

    def end_selected(self) -> bool:
        v = self.selected()
        if v is None or v.ended_on is not None:
            return False
        reason = self.ask_reason("Terminar la delegación",
                                 f"¿Por qué termina hoy la delegación de la {v.number_text}? "
                                 "(por ejemplo, revocada por la Resolución de Alcaldía N° …)")
        if reason is None:
            return False
        actor, today = self.ctx.actor, self.ctx.today()
        op = CollectionOp(self, self.ctx.db,
                          lambda s: dg.end_delegation(s, actor, v.id, today, reason)) \
            .failure(self.refusing("No se pudo terminar la delegación")).run().wait()
        if op.ok:
            self.load(lambda: (self.select_id(v.id), self.ui.statusLabel.setText(
                f"La delegación de la {v.number_text} terminó hoy.")))
        return op.ok
