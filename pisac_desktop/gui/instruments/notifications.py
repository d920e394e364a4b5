"""Interesados y notificación: the parties a document resolves about, their cédulas de
notificación and the delivery that starts the appeal clock (instruments/notifications.py).

PartiesDialog lists the parties of one document and opens PartyDialog (add or correct a party)
and NotificationDialog (record the delivery); the cédula is printed through the section's PDF
preview, which audits the printing. Every refusal is shown in Spanish and keeps what was typed.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.validators import REASON_MAX
from pisac_desktop.gui.char_counter import CharCounter
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_instrument_notification_dialog import (
    Ui_InstrumentNotificationDialog,
)
from pisac_desktop.gui.forms.ui_instrument_parties_dialog import Ui_InstrumentPartiesDialog
from pisac_desktop.gui.forms.ui_instrument_party_dialog import Ui_InstrumentPartyDialog
from pisac_desktop.gui.instruments.reading import read_now, reading
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.instruments.detail import InstrumentDetail, instrument_detail
from pisac_desktop.instruments.notifications import (
    DOCUMENT_TYPES,
    HOW_LABELS,
    NoticeForm,
    PartyForm,
    PartyView,
    issue_cedula,
    notice_form,
    parties_of,
    party_form,
    record_notification,
    remove_party,
    save_party,
)
from pisac_desktop.instruments.states import InstrumentState

# show_pdf(render(session) -> (bytes, name), title, what): the section's audited preview.
ShowPdf = Callable[[Callable, str, str], object]
NOT_READ = object()  # NotificationDialog: the recorded notification was not read beforehand


def _heading(detail: InstrumentDetail) -> str:
    return f"<b>{html.escape(detail.heading)}</b><br>{html.escape(detail.summary)}"


def _qdatetime(moment) -> QDateTime:
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute))


def parties_html(parties: list[PartyView]) -> str:
    """The detail panel's lines on the interested parties (user text escaped)."""
    if not parties:
        return ""
    rows = []
    for p in parties:
        text = f"• {html.escape(p.label)}: "
        if p.cedula is None:
            text += "cédula por emitir"
        else:
            text += html.escape(p.cedula.status)
            if p.cedula.deadline is not None:
                text += f"<br>&nbsp;&nbsp;{html.escape(p.cedula.deadline_text)}"
        rows.append(text)
    return ("<p style='margin:0 0 4px 0'><b>Notificación a interesados:</b><br>"
            + "<br>".join(rows) + "</p>")


class PartyDialog(FormDialog):
    UI = Ui_InstrumentPartyDialog
    FIELDS = {"name": "nameEdit", "document_number": "documentNumberEdit",
              "address": "addressEdit", "representative": "representativeEdit"}
    OK_TEXT = "Guardar"

    def __init__(self, ctx: AppContext, detail: InstrumentDetail, party_id: int | None = None,
                 parent: QWidget | None = None, data: PartyForm | None = None):
        """data: the party's form (party_form), read before in a worker (else it is read
        here, and a refusal is raised)."""
        super().__init__(ctx, parent)
        self.instrument_id = detail.id
        self.party_id = party_id
        ui = self.ui
        ui.headingLabel.setText(_heading(detail))
        for code, label in DOCUMENT_TYPES.items():
            ui.documentTypeCombo.addItem(label, code)
        self.setWindowTitle("Corregir interesado" if party_id else "Agregar interesado")
        if party_id is not None:
            form = data if data is not None else read_now(
                self, ctx.db, lambda session: party_form(session, party_id))
            ui.nameEdit.setText(form.name)
            ui.documentTypeCombo.setCurrentIndex(ui.documentTypeCombo.findData(
                form.document_type))
            ui.documentNumberEdit.setText(form.document_number)
            ui.addressEdit.setText(form.address)
            ui.companyCheck.setChecked(form.is_company)
            ui.representativeEdit.setText(form.representative)
        ui.companyCheck.toggled.connect(self._company_toggled)
        self._company_toggled(ui.companyCheck.isChecked())

    def _company_toggled(self, on: bool) -> None:
        self.ui.representativeEdit.setEnabled(on)
        if on:
            self.ui.documentTypeCombo.setCurrentIndex(self.ui.documentTypeCombo.findData("RUC"))

    def form(self) -> PartyForm:
        ui = self.ui
        return PartyForm(ui.nameEdit.text(), ui.documentTypeCombo.currentData() or "",
                         ui.documentNumberEdit.text(), ui.addressEdit.text(),
                         ui.companyCheck.isChecked(), ui.representativeEdit.text())

    def write(self, session, form) -> int:
        return save_party(session, self.ctx.actor, self.instrument_id, form, self.party_id)

    def saved(self, party_id: int) -> None:
        self.party_id = party_id


class CedulaNoticeDialog(FormDialog):
    """How and when a cédula was delivered, as the notifier wrote it; write() records it
    (a resolution's party here, a unit's answer in gui/tramite/documents.py)."""

    UI = Ui_InstrumentNotificationDialog
    FIELDS = {"notified_at": "notifiedAtEdit", "how": "howCombo",
              "received_by": "receivedByEdit", "receiver_document": "receiverDocumentEdit",
              "relation": "relationEdit", "first_visit_at": "firstVisitEdit",
              "place_description": "placeDescriptionEdit", "notifier_name": "notifierNameEdit",
              "notifier_dni": "notifierDniEdit", "notes": "notesEdit"}
    OK_TEXT = "Registrar"

    def __init__(self, ctx: AppContext, heading: str, cedula_id: int, cedula_number: str,
                 parent: QWidget | None = None, recorded: NoticeForm | None | object = NOT_READ):
        """heading: rich text naming the document and whom it notifies. recorded: the
        notification already recorded (notice_form; None: none yet), read before in a worker
        (else it is read here, and a refusal is raised)."""
        super().__init__(ctx, parent)
        self.cedula_id = cedula_id
        self.deadline = None
        ui = self.ui
        ui.headingLabel.setText(heading)
        self.setWindowTitle(f"Registrar notificación — {cedula_number}")
        for code, label in HOW_LABELS.items():
            ui.howCombo.addItem(label, code)
        ui.howCombo.setPlaceholderText("Elija cómo se entregó…")
        ui.howCombo.setCurrentIndex(-1)
        self.counters = [CharCounter(ui.placeDescriptionEdit, ui.placeDescriptionCounter,
                                     REASON_MAX),
                         CharCounter(ui.notesEdit, ui.notesCounter, REASON_MAX)]
        now = ctx.now()
        ui.notifiedAtEdit.setDateTime(_qdatetime(now))
        ui.firstVisitEdit.setDateTime(_qdatetime(now))
        if recorded is NOT_READ:
            cedula_id = self.cedula_id
            recorded = read_now(self, ctx.db, lambda session: notice_form(session, cedula_id))
        if recorded is not None:  # a correction: start from what was recorded
            ui.notifiedAtEdit.setDateTime(_qdatetime(recorded.notified_at))
            ui.howCombo.setCurrentIndex(ui.howCombo.findData(recorded.how))
            ui.receivedByEdit.setText(recorded.received_by)
            ui.receiverDocumentEdit.setText(recorded.receiver_document)
            ui.relationEdit.setText(recorded.relation)
            if recorded.first_visit_at is not None:
                ui.firstVisitEdit.setDateTime(_qdatetime(recorded.first_visit_at))
            ui.placeDescriptionEdit.setPlainText(recorded.place_description)
            ui.notifierNameEdit.setText(recorded.notifier_name)
            ui.notifierDniEdit.setText(recorded.notifier_dni)
            ui.notesEdit.setPlainText(recorded.notes)
        ui.howCombo.currentIndexChanged.connect(self._how_changed)
        self._how_changed()

    def _how_changed(self, *_args) -> None:
        how = self.ui.howCombo.currentData()
        self.ui.relationEdit.setEnabled(how == "third_party")
        self.ui.firstVisitEdit.setEnabled(how == "under_door")

    def form(self) -> NoticeForm:
        ui = self.ui
        how = ui.howCombo.currentData() or ""
        return NoticeForm(
            notified_at=ui.notifiedAtEdit.dateTime().toPython(), how=how,
            received_by=ui.receivedByEdit.text(),
            receiver_document=ui.receiverDocumentEdit.text(), relation=ui.relationEdit.text(),
            first_visit_at=(ui.firstVisitEdit.dateTime().toPython() if how == "under_door"
                            else None),
            place_description=ui.placeDescriptionEdit.toPlainText(),
            notifier_name=ui.notifierNameEdit.text(), notifier_dni=ui.notifierDniEdit.text(),
            notes=ui.notesEdit.toPlainText())

    def write(self, session, form):
        raise NotImplementedError

    def saved(self, deadline) -> None:
        self.deadline = deadline


class NotificationDialog(CedulaNoticeDialog):
    """The notification of a resolution to one of its parties."""

    def __init__(self, ctx: AppContext, detail: InstrumentDetail, party: PartyView,
                 parent: QWidget | None = None, recorded: NoticeForm | None | object = NOT_READ):
        super().__init__(ctx, f"{_heading(detail)}<br>{html.escape(party.cedula.number_text)}"
                              f" — {html.escape(party.label)}", party.cedula.id,
                         party.cedula.number_text, parent, recorded)

    def write(self, session, form):
        return record_notification(session, self.ctx.actor, self.cedula_id, form)


class PartiesDialog(SectionBase, QDialog):
    """The parties of one document: add, correct, remove, print the cédula, record the
    notification. Buttons follow the document's state and the selected party."""

    def __init__(self, ctx: AppContext, instrument_id: int, may_write: bool, show_pdf: ShowPdf,
                 parent: QWidget | None = None,
                 data: tuple[InstrumentDetail, list[PartyView]] | None = None):
        """data: what read_data() returns, read before in a worker (else it is read here, and a
        refusal is raised)."""
        super().__init__(parent)
        self.ctx = ctx
        self.instrument_id = instrument_id
        self.may_write = may_write
        self.show_pdf = show_pdf
        self.ui = Ui_InstrumentPartiesDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Close).setText("Cerrar")
        self.ui.partiesList.currentRowChanged.connect(self._update)
        self.ui.addButton.clicked.connect(self.add_party)
        self.ui.editButton.clicked.connect(self.edit_party)
        self.ui.removeButton.clicked.connect(self.remove_party)
        self.ui.cedulaButton.clicked.connect(self.print_cedula)
        self.ui.notifyButton.clicked.connect(self.record_notification)
        self.parties: list[PartyView] = []
        self.detail: InstrumentDetail | None = None
        self.changed = False
        if data is None:
            data = read_now(self, ctx.db,
                            lambda session: PartiesDialog.read_data(session, instrument_id))
        self._show(*data, None)

    @staticmethod
    def read_data(session, instrument_id: int) -> tuple[InstrumentDetail, list[PartyView]]:
        """In a worker: the document and its parties."""
        detail = instrument_detail(session, instrument_id)
        if detail is None:
            raise DomainError("El documento ya no existe.")
        return detail, parties_of(session, instrument_id)

    def refresh(self, select_id: int | None = None) -> None:
        """Read the document and its parties again (in a worker); list them when they arrive,
        keeping (or moving to) a selection."""
        keep = select_id if select_id is not None else (p.id if (p := self.selected()) else None)
        instrument_id = self.instrument_id
        QueryOp(self, self.ctx.db,
                lambda session: PartiesDialog.read_data(session, instrument_id),
                lambda got: self._show(*got, keep)).superseding("parties").run()

    def _show(self, detail: InstrumentDetail, parties: list[PartyView],
              keep: int | None) -> None:
        self.detail, self.parties = detail, parties
        self.ui.headingLabel.setText(_heading(self.detail))
        self.setWindowTitle(f"Interesados y notificación — {self.detail.heading}")
        listed = self.ui.partiesList
        listed.blockSignals(True)
        listed.clear()
        for p in self.parties:
            state = ("cédula por emitir" if p.cedula is None else
                     f"{p.cedula.number_text.split('N° ', 1)[-1]}, "
                     + ("notificada" if p.cedula.notified_at else "por notificar"))
            item = QListWidgetItem(f"{p.label} — {state}")
            item.setData(Qt.UserRole, p.id)
            listed.addItem(item)
        listed.blockSignals(False)
        row = next((n for n, p in enumerate(self.parties) if p.id == keep), 0)
        listed.setCurrentRow(row if self.parties else -1)
        self._update()

    def selected(self) -> PartyView | None:
        row = self.ui.partiesList.currentRow()
        return self.parties[row] if 0 <= row < len(self.parties) else None

    def _update(self, *_args) -> None:
        d, p, ui = self.detail, self.selected(), self.ui
        open_doc = d is not None and d.state != InstrumentState.ANNULLED
        write = self.may_write and open_doc
        ui.addButton.setEnabled(write)
        ui.editButton.setEnabled(write and p is not None and p.editable)
        ui.removeButton.setEnabled(write and p is not None and p.editable)
        has_cedula = p is not None and p.cedula is not None
        ui.cedulaButton.setEnabled(p is not None and (has_cedula or (write and d.is_issued)))
        ui.cedulaButton.setText("Imprimir cédula…" if has_cedula else "Emitir e imprimir cédula…")
        ui.notifyButton.setEnabled(self.may_write and has_cedula)
        if d is not None and d.is_draft:
            hint = ("Borrador: puede anotar a los interesados; la cédula se emite cuando el "
                    "documento tenga número.")
        elif p is None:
            hint = ("Agregue a la persona o empresa sobre la que resuelve el documento: se le "
                    "notifica con una cédula numerada.")
        elif p.cedula is None:
            hint = f"{html.escape(p.label)}<br>Domicilio: {html.escape(p.address)}"
        else:
            hint = (f"{html.escape(p.label)}<br>Domicilio: {html.escape(p.address)}<br>"
                    f"{html.escape(p.cedula.status)}")
            if p.cedula.deadline is not None:
                hint += f"<br><b>{html.escape(p.cedula.deadline_text)}</b>"
        ui.detailLabel.setText(hint)

    def add_party(self) -> bool:
        return self._party_dialog(None)

    def edit_party(self) -> bool:
        p = self.selected()
        return p is not None and self._party_dialog(p.id)

    def _party_dialog(self, party_id: int | None) -> bool:
        form = None
        if party_id is not None:
            op = reading(self, lambda session: party_form(session, party_id), "No se puede abrir")
            if not op.ok:
                self.refresh()
                return False
            form = op.result
        dialog = PartyDialog(self.ctx, self.detail, party_id, self, data=form)
        saved = self.exec_dialog(dialog)
        if saved:
            self.changed = True
            self.refresh(dialog.party_id)
        return saved

    def remove_party(self) -> bool:
        p = self.selected()
        if p is None:
            return False
        actor, party_id = self.ctx.actor, p.id
        op = CollectionOp(self, self.ctx.db,
                          lambda session: remove_party(session, actor, party_id)) \
            .failure(self.refusing("No se puede quitar")).run().wait()
        if not op.ok:
            return False
        self.changed = True
        self.refresh()
        return True

    def print_cedula(self) -> int | None:
        """The party's cédula (numbered now the first time) in the audited preview."""
        p = self.selected()
        if p is None:
            return None
        actor, party_id, instrument_id = self.ctx.actor, p.id, self.instrument_id

        def issue(session):  # the cédula, and the parties as they are now
            cedula_id = issue_cedula(session, actor, party_id)
            return cedula_id, PartiesDialog.read_data(session, instrument_id)

        op = CollectionOp(self, self.ctx.db, issue) \
            .failure(self.refusing("No se puede emitir la cédula")).run().wait()
        if not op.ok:
            return None
        cedula_id, (detail, parties) = op.result
        self.changed = True
        self._show(detail, parties, party_id)
        from pisac_desktop.instruments.notification_printing import render_cedula

        number = self.selected().cedula.number_text if self.selected() else ""
        self.show_pdf(lambda session: render_cedula(session, cedula_id), number,
                      f"cédula de notificación {number}")
        return cedula_id

    def record_notification(self) -> bool:
        p = self.selected()
        if p is None or p.cedula is None:
            return False
        cedula_id = p.cedula.id
        op = reading(self, lambda session: notice_form(session, cedula_id),
                     "No se puede registrar")
        if not op.ok:
            return False
        dialog = NotificationDialog(self.ctx, self.detail, p, self, recorded=op.result)
        saved = self.exec_dialog(dialog)
        if saved:
            self.changed = True
            self.refresh(p.id)
        return saved
