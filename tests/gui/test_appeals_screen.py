"""Recursos y reclamos: a reconsideración against a Resolución de Gerencia registered with the
filer's copy of its notification (the lateness said before registering), received by the
Gerencia, its deciding resolution drafted in the register, issued and recorded; a sheet of the
complaint book registered (a refusal keeps what was typed), received, with its measures and
answer, and printed in the book's format; the registers in PDF and Excel."""

import io
import re

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from pisac_desktop.db.models import Instrument
from pisac_desktop.demo import demo_actor
from pisac_desktop.gui.requests.appeals import AppealsSection
from pisac_desktop.gui.requests.appeals_dialogs import (
    AppealActDialog,
    AppealDialog,
    ComplaintDialog,
)
from pisac_desktop.instruments.register import issue
from tests.gui.test_council_sessions import _ctx


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in
                                        PdfReader(io.BytesIO(pdf)).pages))


def _section(qtbot, demo, username) -> AppealsSection:
    section = AppealsSection(_ctx(demo, username), None)
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.show()
    section.load()
    qtbot.waitUntil(lambda: section.ui.appealsFigures.text() != "")
    return section


def _choose(combo, text: str) -> None:
    combo.setCurrentIndex(next(i for i in range(combo.count()) if text in combo.itemText(i)))


def _type_filer(qtbot, ui) -> None:
    qtbot.keyClicks(ui.documentEdit, "23456789")
    qtbot.keyClicks(ui.nameEdit, "Maria Quispe Mamani")
    qtbot.keyClicks(ui.addressEdit, "Calle Mariscal Castilla 120, Pisac")


def test_a_reconsideration_is_registered_received_drafted_and_decided(qtbot, demo, spanish_qapp,
                                                                      monkeypatch):
    with demo.db.session() as s:
        act = s.scalar(select(Instrument).where(Instrument.kind_code == "MANAGEMENT_RESOLUTION",
                                                Instrument.state == "issued")
                       .order_by(Instrument.doc_date.desc()).limit(1))
        act_text = act.number_text
    desk = _section(qtbot, demo, "echoque")
    notices = []

    def register(dialog: AppealDialog):
        ui = dialog.ui
        _type_filer(qtbot, ui)
        _choose(ui.actCombo, act_text)
        qtbot.waitUntil(lambda: "no tiene la notificación" in ui.noticeLabel.text())
        ui.knownDateCheck.setChecked(True)
        ui.notifiedEdit.setDate(QDate(2026, 10, 1))  # 15 business days ended on 22/10
        qtbot.waitUntil(lambda: "FUERA DE PLAZO" in ui.noticeLabel.text())
        ui.notifiedEdit.setDate(QDate(2026, 11, 16))
        qtbot.waitUntil(lambda: "plazo para impugnar hasta el 07/12/2026" in
                        ui.noticeLabel.text() and "FUERA" not in ui.noticeLabel.text())
        notices.append(ui.noticeLabel.text())
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AppealDialog, "exec", register)
    dialog = desk.new_appeal()
    assert dialog.case_id and notices
    qtbot.waitUntil(lambda: desk.selected_appeal() is not None)
    assert desk.selected_appeal().act == act_text and not desk.selected_appeal().late

    manager = _section(qtbot, demo, "wccahua")
    manager.select_id(dialog.case_id)
    view = manager.selected_appeal()
    assert view.decider == "Gerente Municipal" and view.to_receive
    assert manager.ui.appealsReceiveButton.isEnabled()
    assert not manager.ui.appealsDraftButton.isEnabled()
    assert manager.receive("appeals")
    qtbot.waitUntil(lambda: manager.selected_appeal() is not None and
                    not manager.selected_appeal().to_receive)
    assert manager.ui.appealsDraftButton.isEnabled()

    def draft(dialog: AppealActDialog):
        ui = dialog.ui
        _choose(ui.choiceCombo, "INFUNDADO")
        dialog.accept()  # no grounds: refused at the field
        assert dialog.result() != QDialog.Accepted
        assert "fundamentos" in dialog.errors.labels["grounds"].text()
        ui.textEdit.setPlainText("Que, la recurrente no aporta nueva prueba que desvirtúe lo "
                                 "resuelto;")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AppealActDialog, "exec", draft)
    draft_dialog = manager.act("draft")
    draft_id = draft_dialog.result_value
    qtbot.waitUntil(lambda: manager.selected_appeal().decision.startswith("proyecto"))
    assert not manager.ui.appealsDecidedButton.isEnabled()  # the draft is not issued yet
    with demo.db.session() as s:
        issue(s, demo_actor(s, "wccahua"), draft_id)
    manager.refresh()
    qtbot.waitUntil(lambda: manager.selected_appeal().decision_issued)
    assert manager.ui.appealsDecidedButton.isEnabled()
    monkeypatch.setattr(AppealActDialog, "exec", lambda d: (
        _choose(d.ui.choiceCombo, "INFUNDADO"), d.accept(), d.result())[-1])
    manager.act("decided")
    qtbot.waitUntil(lambda: manager.selected_appeal().outcome == "INFUNDADO")
    assert "INFUNDADO" in manager.appeal_model.data(
        manager.appeal_model.index(manager.ui.appealsView.currentIndex().row(), 5))

    shown = []
    monkeypatch.setattr("pisac_desktop.gui.pdf_preview.PdfPreviewDialog.exec",
                        lambda d: shown.append(d) or 0)
    manager.print_register("appeals")
    register_text = _text(shown[-1].pdf_bytes)
    assert "Registro de recursos administrativos 2026" in register_text
    squeezed = re.sub(r"\s", "", register_text)  # the table's cells wrap their words
    assert act_text.replace(" ", "") in squeezed and "INFUNDADO" in squeezed


def test_a_complaint_is_registered_answered_and_printed(qtbot, demo, spanish_qapp, monkeypatch,
                                                        tmp_path):
    desk = _section(qtbot, demo, "echoque")
    seen = {}

    def register(dialog: ComplaintDialog):
        ui = dialog.ui
        _type_filer(qtbot, ui)
        _choose(ui.unitCombo, "Registro Civil")
        _choose(ui.categoryCombo, "Tiempo de atención")
        ui.requestEdit.setPlainText("Que se me entregue la partida el mismo día.")
        dialog.accept()  # the facts are missing: refused, the typing kept
        assert dialog.result() != QDialog.Accepted
        seen["facts"] = dialog.errors.labels["facts"].text()
        assert ui.requestEdit.toPlainText().startswith("Que se me entregue")
        ui.factsEdit.setPlainText("Esperé tres horas por una copia de partida de nacimiento.")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ComplaintDialog, "exec", register)
    dialog = desk.new_complaint()
    assert seen["facts"] == "Describa lo sucedido."
    assert re.fullmatch(r"HOJA DE RECLAMACIÓN N° \d{3}-2026", dialog.number)

    manager = _section(qtbot, demo, "wccahua")
    manager.select_id(dialog.case_id)
    assert manager.ui.tabs.currentIndex() == 1
    assert manager.receive("complaints")
    qtbot.waitUntil(lambda: manager.selected_complaint() is not None and
                    not manager.selected_complaint().to_receive)
    for mode, text in (("measures", "Se reforzó la atención con un segundo registrador."),
                       ("answer", "Se atendió su pedido y se adoptaron medidas.")):
        monkeypatch.setattr(AppealActDialog, "exec", lambda d, text=text: (
            d.ui.textEdit.setPlainText(text), d.accept(), d.result())[-1])
        manager.act(mode)
        qtbot.waitUntil(lambda text=text: text in manager.ui.complaintsBrowser.toPlainText())
    assert manager.selected_complaint().state == "Respondido"
    assert not manager.ui.complaintsAnswerButton.isEnabled()

    shown = []
    monkeypatch.setattr("pisac_desktop.gui.pdf_preview.PdfPreviewDialog.exec",
                        lambda d: shown.append(d) or 0)
    manager.print_sheet()
    sheet = _text(shown[-1].pdf_bytes)
    assert dialog.number in sheet and "Esperé tres horas" in sheet
    assert "Se reforzó la atención" in sheet

    target = tmp_path / "libro.xlsx"
    monkeypatch.setattr(manager, "choose_xlsx_path", lambda suggested: target)
    assert manager.export_xlsx("complaints") == target
    cells = [str(c.value) for row in load_workbook(target).worksheets[0].iter_rows()
             for c in row]
    assert any(dialog.number in c for c in cells)


def test_the_complaint_books_figures_by_month(qtbot, demo, spanish_qapp):
    manager = _section(qtbot, demo, "wccahua")
    combo = manager.ui.monthCombo
    combo.setCurrentIndex(combo.findData(11))  # the demo's complaints are of November
    qtbot.waitUntil(lambda: "noviembre de 2026" in manager.ui.complaintsFigures.text())
    november = len(manager.complaints)
    assert november > 0 and all(c.received_at.month == 11 for c in manager.complaints)
    assert "Por motivo:" in manager.ui.complaintsFigures.text()
    combo.setCurrentIndex(combo.findData(1))
    qtbot.waitUntil(lambda: "enero de 2026" in manager.ui.complaintsFigures.text())
    assert manager.complaints == [] and manager.ui.complaintsFigures.text().startswith(
        "0 reclamos en enero de 2026")
