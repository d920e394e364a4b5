"""Dialogs of Sesiones de concejo: agenda item, delivery of a summons, rescheduling, a reason
(emergency note, suspension, cancellation) and postponement. Each is a Designer form; OK saves
through the domain and refusals appear at their fields."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QMessageBox

from pisac_desktop.core.calendar import BusinessCalendar, describe
from pisac_desktop.core.validators import DETAIL_MAX, SUMMARY_MAX
from pisac_desktop.council.agenda import ItemForm, add_item, update_item
from pisac_desktop.council.session_view import ItemView, SessionDetail, SummonsView
from pisac_desktop.council.sessions import (
    DELIVERY_LABELS,
    MAJORITY_LABELS,
    SECTION_LABELS,
    at_least_two_thirds,
    end_without_holding,
    postpone,
)
from pisac_desktop.council.states import Action, AgendaSection, Majority, SessionKind, SessionState
from pisac_desktop.council.summons import (
    MAX_CARGO_BYTES,
    DeliveryForm,
    note_emergency,
    record_delivery,
    reschedule,
)
from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.char_counter import CharCounter
from pisac_desktop.gui.council.common import (
    SessionDialog,
    checked_ids,
    fill_checks,
    hhmm,
    qtime,
)
from pisac_desktop.gui.forms.ui_council_delivery_dialog import Ui_CouncilDeliveryDialog
from pisac_desktop.gui.forms.ui_council_item_dialog import Ui_CouncilItemDialog
from pisac_desktop.gui.forms.ui_council_postpone_dialog import Ui_CouncilPostponeDialog
from pisac_desktop.gui.forms.ui_council_reason_dialog import Ui_CouncilReasonDialog
from pisac_desktop.gui.forms.ui_council_reschedule_dialog import Ui_CouncilRescheduleDialog
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.spanish.dates import long_date_with_weekday, short_date

IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
               ".gif": "image/gif", ".bmp": "image/bmp", ".tif": "image/tiff",
               ".tiff": "image/tiff", ".pdf": "application/pdf"}


class ItemDialog(SessionDialog):
    """Add or change a point of the agenda."""

    UI = Ui_CouncilItemDialog
    FIELDS = {"section": "sectionCombo", "title": "titleEdit", "detail": "detailEdit",
              "majority": "majorityCombo", "committee_report": "committeeReportEdit",
              "technical_report": "technicalReportEdit", "legal_report": "legalReportEdit"}
    REPORT_EDITS = {"committee_report": "committeeReportEdit",
                    "technical_report": "technicalReportEdit", "legal_report": "legalReportEdit"}

    def __init__(self, ctx, detail: SessionDetail, item: ItemView | None = None,
                 section: str | None = None, parent=None):
        super().__init__(ctx, detail.title, parent)
        self.detail = detail
        self.item = item
        self.item_id: int | None = item.id if item else None
        self.agenda_fixed = False  # only the papers change (_lock_for_papers)
        self.setWindowTitle("Modificar punto de agenda" if item else "Agregar punto de agenda")
        ui = self.ui
        self.counters = [CharCounter(ui.titleEdit, ui.titleCounter, SUMMARY_MAX),
                         CharCounter(ui.detailEdit, ui.detailCounter, DETAIL_MAX)]
        summoned = Action.CHANGE_SUMMONED_DATA not in detail.allowed(None)
        sections = ([AgendaSection.ORDEN_DEL_DIA] if detail.kind == SessionKind.EXTRAORDINARY
                    else list(SECTION_LABELS))
        for code in sections:
            ui.sectionCombo.addItem(SECTION_LABELS[code], code)
        for code, label in MAJORITY_LABELS.items():
            ui.majorityCombo.addItem(label, code)
        if detail.kind == SessionKind.EXTRAORDINARY:
            ui.hintLabel.setText("Una sesión extraordinaria trata solo los puntos de su "
                                 "citación (Orden del Día); se fijan al convocarla.")
        if item is not None:
            ui.sectionCombo.setCurrentIndex(max(ui.sectionCombo.findData(item.section), 0))
            ui.titleEdit.setPlainText(item.title)
            ui.detailEdit.setPlainText(item.detail)
            ui.majorityCombo.setCurrentIndex(max(ui.majorityCombo.findData(item.majority), 0))
            if summoned:  # on the summonses: only detail and majority change
                ui.sectionCombo.setEnabled(False)
                ui.titleEdit.setReadOnly(True)
            if item.outside_agenda:
                ui.majorityCombo.setEnabled(False)
            for name, edit in self.REPORT_EDITS.items():
                getattr(ui, edit).setText(getattr(item, name))
            self._lock_for_papers(detail, item)
        else:
            position = ui.sectionCombo.findData(section or AgendaSection.ORDEN_DEL_DIA)
            ui.sectionCombo.setCurrentIndex(max(position, 0))
            ui.titleEdit.setFocus()  # the station comes proposed: the subject is to be written
            if summoned:
                ui.hintLabel.setText(
                    "La sesión ya está convocada: un punto nuevo de la Orden del Día es un "
                    "asunto fuera de agenda y solo se aprueba con todos los miembros presentes "
                    "y por unanimidad.")
        ui.sectionCombo.currentIndexChanged.connect(self._section_changed)
        self._section_changed()

    def _lock_for_papers(self, detail: SessionDetail, item: ItemView) -> None:
        """A fixed agenda (a convened extraordinaria, a closed or ended session) keeps its
        points: only their papers are still recorded, until the point's document is issued."""
        ui = self.ui
        # The agenda no longer changes (the core says so): only the papers may be recorded.
        self.agenda_fixed = Action.ADD_ITEM not in detail.allowed(None)
        issued = bool(item.instrument_id) and not item.instrument_text.startswith("Borrador")
        if self.agenda_fixed:
            ui.sectionCombo.setEnabled(False)
            ui.titleEdit.setReadOnly(True)
            ui.detailEdit.setReadOnly(True)
            ui.majorityCombo.setEnabled(False)
            ui.hintLabel.setText("La agenda ya está fijada: solo se registran el dictamen y los "
                                 "informes del punto, que cita el VISTO de su documento.")
        if issued:
            for edit in self.REPORT_EDITS.values():
                getattr(ui, edit).setReadOnly(True)
            ui.hintLabel.setText(f"El documento del punto ya fue emitido "
                                 f"({item.instrument_text}): el punto ya no cambia.")

    def _section_changed(self, *_args) -> None:
        voted = self.ui.sectionCombo.currentData() == AgendaSection.ORDEN_DEL_DIA
        outside = self.item is not None and self.item.outside_agenda
        if self.agenda_fixed:
            return
        self.ui.majorityCombo.setEnabled(voted and not outside)
        if outside:
            self.ui.majorityCombo.setCurrentIndex(self.ui.majorityCombo.findData(Majority.UNANIMITY))

    def form(self) -> ItemForm:
        ui = self.ui
        return ItemForm(section=ui.sectionCombo.currentData(), title=ui.titleEdit.toPlainText(),
                        detail=ui.detailEdit.toPlainText(),
                        majority=ui.majorityCombo.currentData(),
                        committee_report=ui.committeeReportEdit.text(),
                        technical_report=ui.technicalReportEdit.text(),
                        legal_report=ui.legalReportEdit.text())

    def write(self, session, form) -> int:
        if self.item_id is None:
            return add_item(session, self.ctx.actor, self.detail.id, form)
        update_item(session, self.ctx.actor, self.item_id, form)
        return self.item_id

    def saved(self, item_id: int) -> None:
        added = self.item_id is None
        self.item_id = item_id
        self.done_message = ("Se agregó el punto a la agenda." if added
                             else "Se guardó el punto de agenda.")


class DeliveryDialog(SessionDialog):
    """Registrar entrega: when, to whom, how, and the image of the signed cargo."""

    UI = Ui_CouncilDeliveryDialog
    FIELDS = {"delivered_at": "deliveredAtEdit", "method": "methodCombo",
              "received_by": "receivedByEdit", "receiver_dni": "receiverDniEdit",
              "image": "imageButton"}
    OK_TEXT = "Registrar"

    def __init__(self, ctx, detail: SessionDetail, summons: SummonsView, parent=None):
        super().__init__(ctx, f"{summons.number_text} — {summons.addressee}, {summons.post}",
                         parent)
        self.detail = detail
        self.summons = summons
        self.image: bytes | None = None
        self.image_mime: str | None = None
        self.check = None
        ui = self.ui
        self.setWindowTitle("Registrar entrega de la citación")
        for code, label in DELIVERY_LABELS.items():
            ui.methodCombo.addItem(label, code)
        if detail.deliver_by is not None:
            ui.hintLabel.setText(
                f"{ui.hintLabel.text()} Para estar a tiempo ({detail.required_notice} días "
                f"hábiles completos antes de la sesión del {short_date(detail.session_date)}) "
                f"debe entregarse a más tardar el {long_date_with_weekday(detail.deliver_by)}.")
        if summons.delivered_at is not None:
            when = summons.delivered_at
            ui.receivedByEdit.setText(summons.received_by)
            ui.receiverDniEdit.setText(summons.receiver_dni)
            ui.methodCombo.setCurrentIndex(max(ui.methodCombo.findData(summons.method), 0))
            if summons.has_image:
                ui.imageLabel.setText("Ya tiene una imagen del cargo (adjunte otra para "
                                      "reemplazarla)")
        else:
            when = ctx.now().replace(tzinfo=None, second=0, microsecond=0)
        ui.deliveredAtEdit.setDateTime(QDateTime(qdate(when.date()),
                                                 QTime(when.hour, when.minute)))
        ui.imageButton.clicked.connect(self.choose_image)

    def choose_image(self) -> bool:
        filename = file_dialogs.open_file(
            self, "Imagen del cargo firmado", str(Path.home()),
            "Imágenes o PDF (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.pdf)")
        return bool(filename) and self.attach(Path(filename))

    def attach(self, path: Path) -> bool:
        try:
            data = path.read_bytes()
        except OSError as exc:
            QMessageBox.warning(self, "No se pudo leer la imagen",
                                f"No se pudo leer {path}: {exc.strerror or exc}")
            return False
        self.image = data
        self.image_mime = IMAGE_TYPES.get(path.suffix.lower(), "application/octet-stream")
        size = f"{len(data) / 1024:.0f} KB" if len(data) < 1024 * 1024 else \
            f"{len(data) / 1024 / 1024:.1f} MB"
        warning = " — supera 8 MB" if len(data) > MAX_CARGO_BYTES else ""
        self.ui.imageLabel.setText(f"{path.name} ({size}){warning}")
        return True

    def form(self) -> DeliveryForm:
        ui = self.ui
        return DeliveryForm(ui.deliveredAtEdit.dateTime().toPython().replace(second=0,
                                                                             microsecond=0),
                            ui.receivedByEdit.text(), ui.receiverDniEdit.text(),
                            ui.methodCombo.currentData(), self.image, self.image_mime)

    def write(self, session, form):
        return record_delivery(session, self.ctx.actor, self.summons.id, form)

    def saved(self, check) -> None:
        self.check = check
        self.done_message = f"Se registró la entrega de {self.summons.number_text}: " \
                            f"{self.check.text()}."


class RescheduleDialog(SessionDialog):
    UI = Ui_CouncilRescheduleDialog
    FIELDS = {"session_date": "sessionDateEdit", "start_time": "startTimeEdit",
              "reason": "reasonEdit"}
    OK_TEXT = "Reprogramar"

    def __init__(self, ctx, detail: SessionDetail, parent=None):
        super().__init__(ctx, detail.title, parent)
        self.detail = detail
        self.setWindowTitle("Reprogramar la sesión")
        late = [s.check.earliest for s in detail.late if s.check.earliest is not None]
        suggested = max(late, key=lambda c: c.result) if late else None
        hint = (f"Fecha actual: {long_date_with_weekday(detail.session_date)}, "
                f"{detail.start_time}. Las citaciones conservan su número.")
        if suggested is not None:
            hint += (" Fecha lícita más próxima según las entregas registradas: "
                     f"{describe(suggested)}")
        self.ui.hintLabel.setText(hint)
        day = suggested.result if suggested else detail.session_date + dt.timedelta(days=7)
        self.ui.sessionDateEdit.setDate(qdate(day))
        self.ui.startTimeEdit.setTime(qtime(detail.start_time))

    def read(self):
        return (self.ui.sessionDateEdit.date().toPython(), hhmm(self.ui.startTimeEdit),
                self.ui.reasonEdit.toPlainText())

    def write(self, session, values):
        reschedule(session, self.ctx.actor, self.detail.id, *values)
        return values[0]

    def saved(self, new_date) -> None:
        self.done_message = f"Se reprogramó la sesión para el {short_date(new_date)}."


class ReasonDialog(SessionDialog):
    """A reason: the emergency note, or why the session is suspended or cancelled."""

    UI = Ui_CouncilReasonDialog
    FIELDS = {"reason": "reasonEdit", "note": "reasonEdit"}
    MODES = {
        "emergency": ("Nota de emergencia", "Registrar nota",
                      "Se mantiene la fecha pese a las citaciones entregadas tarde. Describa la "
                      "emergencia declarada y el documento que la sustenta.",
                      "p. ej. Emergencia por lluvias declarada por Decreto de Alcaldía N° ..."),
        SessionState.SUSPENDED: ("Suspender la sesión", "Suspender",
                    "La sesión suspendida no se realiza en la fecha; conserva su número y sus "
                    "citaciones.", "Motivo de la suspensión"),
        SessionState.CANCELLED: ("Cancelar la sesión", "Cancelar sesión",
                    "La sesión cancelada no se realizará; conserva su número y sus "
                    "citaciones. No se puede deshacer.", "Motivo de la cancelación"),
    }

    def __init__(self, ctx, detail: SessionDetail, mode: str, parent=None):
        title, self.ok_text, hint, placeholder = self.MODES[mode]
        super().__init__(ctx, detail.title, parent)
        self.detail = detail
        self.mode = mode
        self.setWindowTitle(title)
        self.ui.hintLabel.setText(hint)
        self.ui.reasonEdit.setPlaceholderText(placeholder)
        if mode == "emergency":
            self.ui.reasonEditLabel.setText("&Nota:")
            if detail.emergency_note:
                self.ui.reasonEdit.setPlainText(detail.emergency_note)

    def read(self) -> str:
        return self.ui.reasonEdit.toPlainText()

    def write(self, session, text: str) -> None:
        if self.mode == "emergency":
            note_emergency(session, self.ctx.actor, self.detail.id, text)
        else:
            end_without_holding(session, self.ctx.actor, self.detail.id, self.mode, text)

    def saved(self, _result) -> None:
        if self.mode == "emergency":
            self.done_message = "Se registró la nota de emergencia: la sesión mantiene su fecha."
        else:
            self.done_message = ("Se suspendió la sesión." if self.mode == SessionState.SUSPENDED
                                 else "Se canceló la sesión.")


class PostponeDialog(SessionDialog):
    UI = Ui_CouncilPostponeDialog
    FIELDS = {"session_date": "sessionDateEdit", "requesting": "requestingList"}
    OK_TEXT = "Postergar"

    def __init__(self, ctx, detail: SessionDetail, parent=None):
        super().__init__(ctx, detail.title, parent)
        self.detail = detail
        self.setWindowTitle("Postergar la sesión")
        current = detail.session_date
        low, high, why = self.read_now(lambda s: _postpone_window(s, current)) \
            or (current, current, "")
        seats = detail.council.councillor_seats if detail.council else 0
        self.ui.hintLabel.setText(
            f"A pedido de dos tercios de los regidores (al menos {at_least_two_thirds(seats)} "
            f"de {seats}), una sola vez, sin nueva citación. La nueva fecha cae entre 3 y 5 días "
            f"hábiles después de la actual ({short_date(current)}): del "
            f"{short_date(low)} al {short_date(high)}. {why}")
        self.ui.sessionDateEdit.setDate(qdate(low))
        fill_checks(self.ui.requestingList, detail.member_choices, [])

    def read(self):
        return self.ui.sessionDateEdit.date().toPython(), checked_ids(self.ui.requestingList)

    def write(self, session, values):
        postpone(session, self.ctx.actor, self.detail.id, *values)
        return values[0]

    def saved(self, new_date) -> None:
        self.done_message = f"Se postergó la sesión al {short_date(new_date)}."



def _postpone_window(session, current: dt.date) -> tuple[dt.date, dt.date, str]:
    """Worker: the first and last lawful dates of a postponement (3 to 5 business days after
    the current date) and why the last one falls there."""
    calendar = BusinessCalendar.load(session)
    low = calendar.add_business_days(current, 3)
    high = calendar.add_business_days(current, 5)
    return low.result, high.result, high.why()
