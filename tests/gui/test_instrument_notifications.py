"""Interesados y notificación in the documents section (issue 11, point 6): add a party, print
its cédula, record the delivery; bad input keeps what was typed and says why in Spanish."""

import pytest
from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from pisac_desktop.db.models import AuditEntry, Notification
from pisac_desktop.demo import demo_actor
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.instruments.notifications import (
    NotificationDialog,
    PartiesDialog,
    PartyDialog,
)
from pisac_desktop.gui.instruments.section import InstrumentsSection
from pisac_desktop.gui.pdf_preview import PdfPreviewDialog
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.gui.registry import module as module_spec
from pisac_desktop.instruments.register import issue, new_draft_form, save_draft
from tests.conftest import TODAY, frozen_clock


@pytest.fixture
def secretary(demo_people, spanish_qapp):
    with demo_people.db.session() as s:
        actor = demo_actor(s, "mhuillca")
    return AppContext(demo_people.db, demo_people.paths, actor, clock=frozen_clock())


def _issued(ctx) -> int:
    with ctx.db.session() as s:
        form = new_draft_form(s, "MAYOR_RESOLUTION", TODAY)
        form.summary = "Declarar procedente la licencia de funcionamiento"
        form.articles = ["DECLARAR PROCEDENTE lo solicitado.", "NOTIFICAR a la interesada."]
        draft = save_draft(s, ctx.actor, form).id
    with ctx.db.session() as s:
        issue(s, ctx.actor, draft)
    return draft


def _ok(dialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.Ok).click()


def test_add_party_print_cedula_and_record_the_notification(qtbot, secretary):
    doc = _issued(secretary)
    section = InstrumentsSection(secretary, module_spec("secretaria"))
    qtbot.addWidget(section)
    section.load()
    section.select_id(doc)
    assert section.partiesAction.isEnabled()
    shown, checks = [], {}

    def drive_party(dialog: PartyDialog) -> bool:
        qtbot.addWidget(dialog)
        ui = dialog.ui
        ui.nameEdit.setText("María Quispe Mamani")
        ui.documentNumberEdit.setText("2345678")  # one digit short
        ui.addressEdit.setText("Calle Mariscal Castilla 120, Pisac")
        _ok(dialog)
        checks["party_error"] = dialog.findChild(type(ui.messageLabel),
                                                 "document_numberError").text()
        checks["kept"] = (ui.nameEdit.text(), ui.addressEdit.text(), dialog.result())
        ui.documentNumberEdit.setText("23456789")
        return dialog.save()

    def drive_notification(dialog: NotificationDialog) -> bool:
        qtbot.addWidget(dialog)
        ui = dialog.ui
        ui.receivedByEdit.setText("María Quispe Mamani")
        ui.receiverDocumentEdit.setText("23456789")
        ui.notifierNameEdit.setText("Pedro Ccama Huillca")
        ui.notesEdit.setPlainText("Firmó el cargo.")
        ui.notifiedAtEdit.setDateTime(QDateTime(qdate(TODAY), QTime(11, 30)))  # after now
        _ok(dialog)  # the way is not chosen either
        checks["how_error"] = dialog.findChild(type(ui.messageLabel), "howError").text()
        checks["time_error"] = dialog.findChild(type(ui.messageLabel), "notified_atError").text()
        checks["kept_notice"] = (ui.receivedByEdit.text(), ui.notesEdit.toPlainText())
        checks["counter"] = ui.notesCounter.text()
        ui.howCombo.setCurrentIndex(ui.howCombo.findData("personal"))
        ui.notifiedAtEdit.setDateTime(QDateTime(qdate(TODAY), QTime(9, 30)))
        return dialog.save()

    def run(dialog) -> bool:
        shown.append(dialog)
        if isinstance(dialog, PartiesDialog):
            qtbot.addWidget(dialog)
            dialog.exec_dialog = run
            assert dialog.add_party()
            assert not dialog.ui.notifyButton.isEnabled()  # no cédula yet
            assert dialog.print_cedula()
            assert dialog.ui.notifyButton.isEnabled()
            assert not dialog.ui.editButton.isEnabled()  # printed: its data stays
            assert dialog.record_notification()
            checks["dialog_detail"] = dialog.ui.detailLabel.text()
            return False
        if isinstance(dialog, PartyDialog):
            return drive_party(dialog)
        if isinstance(dialog, NotificationDialog):
            return drive_notification(dialog)
        assert isinstance(dialog, PdfPreviewDialog)
        qtbot.addWidget(dialog)
        checks["pdf_title"] = dialog.windowTitle()
        return True

    section.exec_dialog = run
    section.partiesAction.trigger()
    assert "8 dígitos" in checks["party_error"]
    assert checks["kept"] == ("María Quispe Mamani", "Calle Mariscal Castilla 120, Pisac", 0)
    assert "Elija cómo se entregó" in checks["how_error"]
    assert "posterior a este momento" in checks["time_error"]
    assert checks["kept_notice"] == ("María Quispe Mamani", "Firmó el cargo.")
    assert checks["counter"].startswith("15 / 2.000 caracteres")
    assert "CÉDULA DE NOTIFICACIÓN N° 001-2026-SG-MDP" in checks["pdf_title"]
    # Notified Saturday 21/11/2026: 15 business days, skipping 8 and 9 December.
    assert "martes 15 de diciembre de 2026" in checks["dialog_detail"]
    detail = section.ui.detailLabel.text()
    assert "Notificación a interesados" in detail and "15 de diciembre de 2026" in detail
    with secretary.db.session() as s:
        cedula = s.scalars(select(Notification)).one()
        assert cedula.received_by == "María Quispe Mamani" and cedula.how == "personal"
        prints = s.scalars(select(AuditEntry).where(AuditEntry.action == "print")).all()
        assert prints == []  # the preview was not printed nor saved in this test


def test_cancelling_a_typed_notification_asks_first(qtbot, secretary, monkeypatch):
    from pisac_desktop.gui import unsaved
    from pisac_desktop.instruments.detail import instrument_detail
    from pisac_desktop.instruments.notifications import (
        PartyForm,
        issue_cedula,
        parties_of,
        save_party,
    )

    doc = _issued(secretary)
    with secretary.db.session() as s:
        party = save_party(s, secretary.actor, doc, PartyForm("Ana Ccori", "DNI", "23456789",
                                                              "Jr. Pisac 10"))
    with secretary.db.session() as s:
        issue_cedula(s, secretary.actor, party)
    with secretary.db.session() as s:
        detail, view = instrument_detail(s, doc), parties_of(s, doc)[0]
    dialog = NotificationDialog(secretary, detail, view)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = []
    monkeypatch.setattr(unsaved, "ask", lambda _parent, text: asked.append(text) or
                        unsaved.CANCEL)
    dialog.ui.notifierNameEdit.setText("Pedro Ccama Huillca")
    dialog.reject()
    assert asked and dialog.isVisible()
    assert dialog.ui.notifierNameEdit.text() == "Pedro Ccama Huillca"
