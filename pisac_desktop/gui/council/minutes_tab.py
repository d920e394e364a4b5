"""Acta: drafted from the session's data, edited, closed, approved (same session or the next),
registered in a libro de actas (its acta number and folio range; a warning when the book is
nearly full) and printed."""

from __future__ import annotations

import html

from pisac_desktop.core.validators import DOCUMENT_MAX
from pisac_desktop.council.books import books, nearly_full_warning, register_in_book
from pisac_desktop.council.minutes import (
    approve_minutes,
    close_minutes,
    draft_minutes,
    redraft,
    save_body,
)
from pisac_desktop.council.minutes_paper import printed_folios_of
from pisac_desktop.council.minutes_view import MinutesView, later_held_sessions, minutes_view
from pisac_desktop.council.settings import council_settings
from pisac_desktop.council.states import Action
from pisac_desktop.gui.char_counter import CharCounter
from pisac_desktop.gui.council.common import SessionDialog, SessionTab, show_box
from pisac_desktop.gui.enabling import enable
from pisac_desktop.gui.forms.ui_council_minutes_approve_dialog import (
    Ui_CouncilMinutesApproveDialog,
)
from pisac_desktop.gui.forms.ui_council_minutes_register_dialog import (
    Ui_CouncilMinutesRegisterDialog,
)
from pisac_desktop.gui.forms.ui_council_minutes_tab import Ui_CouncilMinutesTab
from pisac_desktop.gui.operations import QueryOp


class MinutesTab(SessionTab):
    UI = Ui_CouncilMinutesTab
    TITLE = "Ac&ta"

    def __init__(self, ctx, section, parent=None):
        super().__init__(ctx, section, parent)
        self.minutes: MinutesView | None = None
        ui = self.ui
        ui.draftButton.clicked.connect(self.draft)
        ui.redraftButton.clicked.connect(lambda: self.redraft())
        ui.saveBodyButton.clicked.connect(self.save)
        ui.closeMinutesButton.clicked.connect(lambda: self.close_text())
        ui.approveButton.clicked.connect(self.approve)
        ui.registerButton.clicked.connect(self.register)
        ui.printMinutesButton.clicked.connect(self.print_minutes)
        self.body_counter = CharCounter(ui.bodyEdit, ui.bodyCounter, DOCUMENT_MAX)

    def fill(self) -> None:
        d, ui = self.detail, self.ui
        ui.minutesMessageLabel.clear()
        self.minutes = None
        if d is not None and d.minutes_id is not None:
            # Waited for (the window keeps painting): the buttons act on the acta read here.
            session_id = d.id
            op = QueryOp(self, self.ctx.db, lambda s: minutes_view(s, session_id)) \
                .failure(lambda message, _exc: ui.minutesMessageLabel.setText(
                    f"No se pudo leer el acta. {message}")) \
                .busy("Leyendo el acta…").run().wait()
            self.minutes = op.result if op.ok else None
        m = self.minutes
        ui.bodyEdit.setPlainText(m.body if m else "")
        allowed = d.allowed(self.ctx.actor) if d else None
        on_acta = m.allowed(self.ctx.actor) if m else None
        draft = m is not None and Action.EDIT_MINUTES in m.allowed(None)
        ui.bodyEdit.setReadOnly(not (on_acta and Action.EDIT_MINUTES in on_acta))
        if m is None:
            info = ("La sesión aún no tiene acta: pulse «Redactar acta»." if d is not None and
                    Action.DRAFT_MINUTES in d.allowed(None) else
                    "El acta se redacta con los datos de la sesión una vez realizada (o no "
                    "instalada por falta de quórum).")
        else:
            parts = [f"<b>Acta: {html.escape(m.state_label)}</b>"]
            if m.approval:
                parts.append(html.escape(m.approval))
            parts.append(html.escape(m.registration) if m.registration
                         else "sin registrar en el libro de actas")
            info = " · ".join(parts)
            if draft:
                info += ("<br>Complete las partes entre corchetes y cierre el acta; luego "
                         "registre su aprobación y su registro en el libro.")
        ui.minutesInfoLabel.setText(info)
        show_box(ui.bookWarningLabel, m.book_warning if m else "")
        enable(ui.draftButton, allowed, Action.DRAFT_MINUTES)
        for button in (ui.redraftButton, ui.saveBodyButton, ui.closeMinutesButton):
            enable(button, on_acta, Action.EDIT_MINUTES)
        enable(ui.approveButton, on_acta, Action.APPROVE_MINUTES)
        enable(ui.registerButton, on_acta, Action.REGISTER_MINUTES)
        ui.printMinutesButton.setEnabled(m is not None)

    unsaved_text = "Hay cambios sin guardar en el texto del acta."

    def has_changes(self) -> bool:
        m = self.minutes
        return (m is not None and not self.ui.bodyEdit.isReadOnly()
                and self.ui.bodyEdit.toPlainText() != m.body)

    def _done(self, message: str) -> None:
        self.section.reload(self.detail.id, message)
        self.section.show_tab("minutes")

    # --- text --------------------------------------------------------------------------------
    def draft(self) -> bool:
        d = self.detail
        if d is None or not self.run(lambda s: draft_minutes(s, self.ctx.actor, d.id),
                                     self.ui.minutesMessageLabel):
            return False
        self._done("Se redactó el acta con los datos de la sesión.")
        return True

    def redraft(self, confirm: bool = True) -> bool:
        m = self.minutes
        if m is None:
            return False
        if confirm and not self.section.confirm(
                "Redactar de nuevo", "¿Reemplazar el texto del acta por uno nuevo redactado con "
                "los datos actuales de la sesión? Se pierde lo escrito a mano.", "Reemplazar"):
            return False
        if not self.run(lambda s: redraft(s, self.ctx.actor, m.id), self.ui.minutesMessageLabel):
            return False
        self._done("Se redactó el acta de nuevo.")
        return True

    def save(self) -> bool:
        m = self.minutes
        if m is None:
            return False
        body = self.ui.bodyEdit.toPlainText()
        if not self.run(lambda s: save_body(s, self.ctx.actor, m.id, body, m.version),
                        self.ui.minutesMessageLabel):
            return False
        self._done("Se guardó el texto del acta.")
        return True

    def close_text(self, confirm: bool = True) -> bool:
        m = self.minutes
        if m is None:
            return False
        if confirm and not self.section.confirm(
                "Cerrar el acta", "Cerrada, el acta queda lista para leerse, aprobarse y "
                "firmarse, y su texto ya no se modifica. ¿Cerrarla?", "Cerrar acta"):
            return False
        body = self.ui.bodyEdit.toPlainText()

        def work(session) -> None:
            if body.strip() != m.body.strip():
                save_body(session, self.ctx.actor, m.id, body, m.version)
            close_minutes(session, self.ctx.actor, m.id)

        if not self.run(work, self.ui.minutesMessageLabel):
            return False
        self._done("Se cerró el acta.")
        return True

    # --- approval and the book ---------------------------------------------------------------
    def approve(self) -> bool:
        return self._dialog(ApproveDialog)

    def register(self) -> bool:
        return self._dialog(RegisterDialog)

    def _dialog(self, dialog_class) -> bool:
        m, d = self.minutes, self.detail
        if m is None or d is None:
            return False
        dialog = dialog_class(self.ctx, d.title, m, d.id, self)
        if dialog.unreadable:  # what it shows could not be read (said already)
            return False
        self.section.last_dialog = dialog
        if not self.section.exec_dialog(dialog):
            return False
        self._done(dialog.done_message)
        return True

    def print_minutes(self):
        from pisac_desktop.council.minutes_paper import minutes_pdf

        d = self.detail
        return self.section.show_pdf(lambda s: minutes_pdf(s, d.id), f"Acta — {d.title}",
                                     "minutes") if d else None


class ApproveDialog(SessionDialog):
    UI = Ui_CouncilMinutesApproveDialog
    FIELDS = {"in_session_id": "sessionCombo"}
    OK_TEXT = "Registrar"

    def __init__(self, ctx, heading: str, minutes: MinutesView, session_id: int, parent=None):
        super().__init__(ctx, f"Acta de la {heading}", parent)
        self.minutes = minutes
        later = self.read_now(lambda s: later_held_sessions(s, session_id)) or []
        for choice in later:
            self.ui.sessionCombo.addItem(choice.label, choice.id)
        if not later:
            self.ui.sessionCombo.setPlaceholderText("Aún no hay una sesión realizada después")
            self.ui.sessionCombo.setCurrentIndex(-1)
        self.ui.nextRadio.toggled.connect(self.ui.sessionCombo.setEnabled)
        self.ui.sessionCombo.setEnabled(False)

    def read(self):
        nxt = self.ui.nextRadio.isChecked()
        return ("next" if nxt else "same"), (self.ui.sessionCombo.currentData() if nxt else None)

    def write(self, session, values) -> None:
        approve_minutes(session, self.ctx.actor, self.minutes.id, *values)

    def saved(self, _result) -> None:
        self.done_message = "Se registró la aprobación del acta."


class RegisterDialog(SessionDialog):
    UI = Ui_CouncilMinutesRegisterDialog
    FIELDS = {"book_id": "bookCombo", "folio_count": "folioCountSpin",
              "first_folio": "firstFolioSpin"}
    OK_TEXT = "Registrar"

    def __init__(self, ctx, heading: str, minutes: MinutesView, session_id: int, parent=None):
        super().__init__(ctx, f"Acta de la {heading}", parent)
        self.minutes = minutes
        self.registration = None
        minutes_id = minutes.id
        self.books, self.folio_warning, pages = self.read_now(
            lambda session: ([b for b in books(session) if not b.closed],
                             council_settings(session).folio_warning,
                             printed_folios_of(session, minutes_id))) \
            or ([], 0, 0)
        for book in self.books:
            self.ui.bookCombo.addItem(f"{book.label} — quedan {book.remaining} de "
                                      f"{book.folio_count} folios", book.id)
        if not self.books:
            self.ui.bookCombo.setPlaceholderText("No hay libros de actas abiertos: regístrelos "
                                                 "en Libros de actas")
            self.ui.bookCombo.setCurrentIndex(-1)
        # One folio per printed page, each page printing its number: not editable.
        self.ui.folioCountSpin.setValue(pages)
        self.ui.folioCountSpin.setEnabled(False)
        self.ui.folioCountSpin.setToolTip("El acta impresa ocupa tantos folios como páginas; "
                                          "cada página lleva impreso su número de folio.")
        self.ui.bookCombo.currentIndexChanged.connect(self._book_changed)
        self.ui.folioCountSpin.valueChanged.connect(self._preview)
        self.ui.firstFolioSpin.valueChanged.connect(self._preview)
        self._book_changed()

    def book(self):
        book_id = self.ui.bookCombo.currentData()
        return next((b for b in self.books if b.id == book_id), None)

    def _book_changed(self, *_args) -> None:
        book = self.book()
        self.ui.firstFolioSpin.setValue(book.last_folio + 1 if book else 1)
        self._preview()

    def _preview(self, *_args) -> None:
        book = self.book()
        count = self.ui.folioCountSpin.value()
        first = self.ui.firstFolioSpin.value()
        if book is None or count < 1:
            self.ui.previewLabel.setText("")
            return
        last = first + count - 1
        span = f"folio {first}" if count == 1 else f"folios {first} al {last}"
        text = f"Quedará como Acta N° {book.acta_count + 1} del {book.label}, {span}."
        if last > book.folio_count:
            text += f" El libro solo tiene {book.folio_count} folios."
        warning = nearly_full_warning(book, self.folio_warning)
        if warning:
            text += f"\n{warning}"
        self.ui.previewLabel.setText(text)

    def read(self):
        book_id = self.ui.bookCombo.currentData()
        count = self.ui.folioCountSpin.value()
        book = self.book()
        first = self.ui.firstFolioSpin.value()
        default_first = book.last_folio + 1 if book else None
        return (book_id if book_id is not None else -1, count or None,
                None if first == default_first else first)

    def write(self, session, values):
        return register_in_book(session, self.ctx.actor, self.minutes.id, *values)

    def saved(self, registration) -> None:
        self.registration = r = registration
        self.done_message = (f"Se registró el acta: Acta N° {r.acta_number}, folios "
                             f"{r.first_folio} al {r.last_folio}."
                             + (f" {r.warning}" if r.warning else ""))
