"""Fedatarios (Secretaría General, ROF art. 56; TUO Ley 27444 art. 138): who is designated, by
which resolution, since and until; each copy authenticated against its original logged with its
number of the year; its stickers «ES COPIA FIEL DEL ORIGINAL» printed, one per folio; the log
in PDF and Excel."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QHeaderView, QInputDialog, QWidget

from pisac_desktop.core.permissions import Permission
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_authenticate_dialog import Ui_AuthenticateDialog
from pisac_desktop.gui.forms.ui_fedatario_dialog import Ui_FedatarioDialog
from pisac_desktop.gui.forms.ui_fedatarios_section import Ui_FedatariosSection
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.gui.table_models import ListTableModel
from pisac_desktop.instruments.notifications import DOCUMENT_TYPES
from pisac_desktop.requests import fedatarios, printing
from pisac_desktop.requests.fedatarios import CopyForm, CopyView, OfficerForm, OfficerView
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.spanish.plural import plural
from pisac_desktop.tramite import views

STEM = "registro-fedatarios"


def _date(edit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class DesignateDialog(FormDialog):
    UI = Ui_FedatarioDialog
    FIELDS = {"full_name": "fullNameEdit", "dni": "dniEdit", "registration": "registrationEdit",
              "unit_id": "unitCombo", "designation": "designationEdit", "since": "sinceEdit",
              "until": "untilEdit"}
    OK_TEXT = "Designar"

    def __init__(self, ctx, units, parent=None):
        super().__init__(ctx, parent)
        ui = self.ui
        ui.unitCombo.addItem("— Sin unidad —", None)
        for unit in units:
            ui.unitCombo.addItem(unit.name, unit.id)
        today = ctx.today()
        for edit in (ui.sinceEdit, ui.untilEdit):
            edit.setDate(QDate(today.year, today.month, today.day))
        ui.untilEdit.setEnabled(False)
        ui.hasUntilCheck.toggled.connect(ui.untilEdit.setEnabled)
        ui.headingLabel.setText("El fedatario autentica gratuitamente copias de documentos "
                                "originales que se presentan a la municipalidad.")

    def form(self) -> OfficerForm:
        ui = self.ui
        return OfficerForm(ui.fullNameEdit.text(), ui.dniEdit.text(), ui.registrationEdit.text(),
                           ui.unitCombo.currentData(), ui.designationEdit.text(),
                           _date(ui.sinceEdit),
                           _date(ui.untilEdit) if ui.hasUntilCheck.isChecked() else None)

    def write(self, session, values):
        return fedatarios.designate(session, self.ctx.actor, values)


class AuthenticateDialog(FormDialog):
    UI = Ui_AuthenticateDialog
    FIELDS = {"officer_id": "officerCombo", "document": "documentEdit", "folios": "foliosSpin",
              "requester_document": "requesterDocumentEdit",
              "requester_name": "requesterNameEdit"}
    OK_TEXT = "Autenticar"

    def __init__(self, ctx, officers: list[OfficerView], parent=None):
        super().__init__(ctx, parent)
        ui = self.ui
        for o in officers:
            ui.officerCombo.addItem(o.label, o.id)
        for code, label in DOCUMENT_TYPES.items():
            ui.requesterTypeCombo.addItem(label, code)
        ui.headingLabel.setText("Se registra con el número siguiente del año; luego imprima "
                                "los sellos, uno por folio.")
        self.entry_id: int | None = None

    def form(self) -> CopyForm:
        ui = self.ui
        return CopyForm(ui.officerCombo.currentData(), ui.documentEdit.text(),
                        ui.foliosSpin.value(), ui.requesterNameEdit.text(),
                        ui.requesterTypeCombo.currentData(), ui.requesterDocumentEdit.text())

    def write(self, session, values):
        return fedatarios.authenticate(session, self.ctx.actor, values)

    def saved(self, entry_id) -> None:
        self.entry_id = entry_id


class FedatariosSection(SectionBase, QWidget):
    XLSX_TITLE = "Exportar registro de fedatarios a Excel"

    def __init__(self, ctx: AppContext, module, parent=None):
        super().__init__(parent)
        self.ctx, self.module = ctx, module
        self.ui = Ui_FedatariosSection()
        self.ui.setupUi(self)
        ui = self.ui
        self.officers: list[OfficerView] = []
        self.copies: list[CopyView] = []
        self.last_dialog = None
        self.officer_model = ListTableModel(("Fedatario", "Registro", "Designación", "Desde",
                                             "Hasta"), parent=self)
        self.copy_model = ListTableModel(("N°", "Fecha", "Fedatario", "Documento", "Folios",
                                          "Solicitante"), parent=self)
        for view, model, stretch in ((ui.officersView, self.officer_model, 2),
                                     (ui.copiesView, self.copy_model, 3)):
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
            view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.Stretch)
            view.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        for splitter in (ui.officersSplitter, ui.copiesSplitter):
            splitter.setSizes([880, 300])
        ui.yearSpin.setValue(ctx.today().year)
        ui.yearSpin.valueChanged.connect(lambda _v: self.refresh())
        manage = ctx.actor.can(Permission.ALL_CASE_FILES)
        ui.officersDesignateButton.setEnabled(manage)
        ui.officersDesignateButton.clicked.connect(self.designate)
        ui.officersEndButton.clicked.connect(self.end_selected)
        ui.copiesAuthenticateButton.setEnabled(ctx.actor.can(Permission.CASE_FILES))
        ui.copiesAuthenticateButton.clicked.connect(self.authenticate)
        ui.copiesStampsButton.clicked.connect(self.print_stamps)
        ui.copiesRegisterButton.clicked.connect(self.print_register)
        ui.copiesExcelButton.clicked.connect(self.export_xlsx)
        self._selected()

    def load(self, then=None) -> None:
        self.refresh(then)

    def refresh(self, then=None) -> None:
        actor, year = self.ctx.actor, self.ui.yearSpin.value()
        QueryOp(self, self.ctx.db, lambda s: (fedatarios.designations(s, actor),
                                              fedatarios.log_of_year(s, actor, year)),
                lambda got: self._show(*got, then)) \
            .failure(lambda message, _e: self.ui.statusLabel.setText(message)) \
            .superseding("list").run()

    def _show(self, officers, copies, then=None) -> None:
        self.officers, self.copies = officers, list(reversed(copies))
        self.officer_model.set_rows([(o.full_name, o.registration, o.designation,
                                      short_date(o.since), short_date(o.until) if o.until
                                      else "Vigente") for o in officers])
        self.copy_model.set_rows([(c.number, f"{c.at:%d/%m/%Y %H:%M}", c.officer, c.document,
                                   c.folios, c.requester) for c in self.copies])
        today = self.ctx.today()
        current = sum(o.since <= today and (o.until is None or o.until >= today)
                      for o in officers)
        folios = sum(c.folios for c in copies)
        self.ui.statusLabel.setText(
            f"{plural(current, 'fedatario designado', 'fedatarios designados')} hoy; "
            f"{plural(len(copies), 'copia autenticada', 'copias autenticadas')} en el año "
            f"({plural(folios, 'folio', 'folios')}).")
        if self.copies and not self.ui.copiesView.currentIndex().isValid():
            self.ui.copiesView.selectRow(0)
        self._selected()
        if then:
            then()

    def _row(self, view, rows):
        index = view.currentIndex()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def selected_officer(self) -> OfficerView | None:
        return self._row(self.ui.officersView, self.officers)

    def selected_copy(self) -> CopyView | None:
        return self._row(self.ui.copiesView, self.copies)

    def _selected(self) -> None:
        ui, o, c = self.ui, self.selected_officer(), self.selected_copy()
        ui.officersBrowser.setHtml(
            f"<b>{escape(o.label)}</b><br>{escape(o.designation)}<br>Desde el "
            f"{short_date(o.since)}" + (f" hasta el {short_date(o.until)}" if o.until else "")
            if o else "<i>Elija una designación.</i>")
        ui.copiesBrowser.setHtml(
            f"<b>N° {escape(c.number)}</b><br>{escape(c.document)}, {c.folios} folios<br>"
            f"Autenticó: {escape(c.officer)} ({escape(c.registration)})<br>"
            f"Solicitante: {escape(c.requester)}" if c else "<i>Elija una copia.</i>")
        ui.officersEndButton.setEnabled(o is not None and o.until is None and
                                        self.ctx.actor.can(Permission.ALL_CASE_FILES))
        ui.copiesStampsButton.setEnabled(c is not None)

    # --- acts --------------------------------------------------------------------------------
    def designate(self) -> DesignateDialog | None:
        actor = self.ctx.actor
        op = QueryOp(self, self.ctx.db, lambda s: views.destination_units(s, actor)).run().wait()
        if not op.ok:
            return None
        dialog = DesignateDialog(self.ctx, op.result, self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog):
            self.refresh(lambda: self.ui.statusLabel.setText("Fedatario designado."))
        return dialog

    def ask_until(self, officer: OfficerView) -> dt.date | None:
        """The last day of the designation (tests replace this)."""
        today = self.ctx.today()
        text, ok = QInputDialog.getText(self, "Terminar designación",
                                        f"Último día de {officer.label} como fedatario "
                                        "(dd/mm/aaaa):", text=f"{today:%d/%m/%Y}")
        if not ok:
            return None
        try:
            return dt.datetime.strptime(text.strip(), "%d/%m/%Y").date()
        except ValueError:
            self.ui.statusLabel.setText("Escriba la fecha como día/mes/año, por ejemplo "
                                        f"{today:%d/%m/%Y}.")
            return None

    def end_selected(self) -> bool:
        o = self.selected_officer()
        if o is None:
            return False
        until = self.ask_until(o)
        if until is None:
            return False
        actor = self.ctx.actor
        op = CollectionOp(self, self.ctx.db,
                          lambda s: fedatarios.end_designation(s, actor, o.id, until)) \
            .failure(self.refusing("No se terminó la designación")).run().wait()
        if op.ok:
            self.refresh(lambda: self.ui.statusLabel.setText(
                f"Designación de {o.full_name} terminada el {short_date(until)}."))
        return op.ok

    def authenticate(self) -> AuthenticateDialog | None:
        today = self.ctx.today()
        op = QueryOp(self, self.ctx.db, lambda s: fedatarios.officers_on(s, today)).run().wait()
        if not op.ok:
            return None
        if not op.result:
            self.ui.statusLabel.setText("No hay fedatarios designados hoy: registre primero su "
                                        "designación.")
            return None
        dialog = AuthenticateDialog(self.ctx, op.result, self)
        self.last_dialog = dialog
        if self.exec_dialog(dialog) and dialog.entry_id:
            entry = dialog.entry_id
            self.ui.yearSpin.setValue(today.year)
            self.refresh(lambda: self._after_authenticating(entry))
        return dialog

    def _after_authenticating(self, entry_id: int) -> None:
        ids = [c.id for c in self.copies]
        if entry_id in ids:
            self.ui.copiesView.selectRow(ids.index(entry_id))
        self.ui.statusLabel.setText("Copia registrada: imprima sus sellos.")

    # --- paper -------------------------------------------------------------------------------
    def print_stamps(self):
        c = self.selected_copy()
        if c is None:
            return None
        actor = self.ctx.actor  # rendering the stickers records their printing
        return self.preview_paper(lambda s: printing.render_stamps(s, actor, c.id),
                                  f"Sellos de la copia N° {c.number}", lambda _where: None)

    def print_register(self):
        actor, year = self.ctx.actor, self.ui.yearSpin.value()
        return self.preview_paper(
            lambda s: printing.render_register_table(s, actor, year, STEM),
            f"Registro de fedatarios {year}", lambda where: self._audit(year, where))

    def _audit(self, year: int, where: str) -> None:
        actor = self.ctx.actor
        CollectionOp(self, self.ctx.db, lambda s: printing.record_register_print(
            s, actor, year, STEM, where), lambda _r: None) \
            .failure(self.refusing("No se registró la impresión")).run()

    def export_xlsx(self):
        actor, year = self.ctx.actor, self.ui.yearSpin.value()
        op = QueryOp(self, self.ctx.db,
                     lambda s: printing.register_table_xlsx(s, actor, year, STEM)) \
            .failure(self.refusing("No se pudo preparar el libro")) \
            .busy("Preparando el libro…").run().wait()
        if not op.ok:
            return None
        data, name = op.result
        return self.save_workbook(data, name, self.ui.statusLabel,
                                  lambda where: self._audit(year, where))
