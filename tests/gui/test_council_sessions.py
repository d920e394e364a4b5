"""Secretaría General › Sesiones de concejo, offscreen, on the demo database: the whole path
through the GUI, refusals shown at the fields, the live quorum and vote result, late summonses,
the frozen agenda, the state dialogs and the cost of opening a big session."""

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateTimeEdit, QDialog
from sqlalchemy import event, select

from pisac_desktop.council.agenda import ItemForm, add_item
from pisac_desktop.council.attendance import install, record_attendance
from pisac_desktop.council.books import BookForm, books, save_book
from pisac_desktop.council.members import council_on
from pisac_desktop.council.minutes_paper import printed_folios
from pisac_desktop.council.pending import session_pending
from pisac_desktop.council.sessions import create_session, new_session_form
from pisac_desktop.council.summons import DeliveryForm, convene, record_delivery
from pisac_desktop.council.votes import record_votes
from pisac_desktop.db.models import AuditEntry, CouncilSession, Instrument, Minutes, Summons
from pisac_desktop.db.models.council import (
    ABSENT,
    AGAINST,
    CONVENED,
    EXTRAORDINARY,
    FOR,
    HELD,
    ORDEN_DEL_DIA,
    POSTPONED,
    PRESENT,
)
from pisac_desktop.demo import demo_actor
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.council.dialogs import (
    DeliveryDialog,
    ItemDialog,
    PostponeDialog,
    ReasonDialog,
    RescheduleDialog,
)
from pisac_desktop.gui.council.section import CouncilSessionsSection
from pisac_desktop.gui.operations import wait_idle
from pisac_desktop.gui.registry import module as module_spec
from pisac_desktop.instruments.register import issue
from tests.conftest import TODAY, WAIVER, frozen_clock, on_day

SESSION_DAY = dt.date(2026, 12, 1)  # a Tuesday after TODAY (21/11/2026)


def _ctx(demo, username="mhuillca") -> AppContext:
    with demo.db.session() as s:
        actor = demo_actor(s, username)
    return AppContext(demo.db, demo.paths, actor, clock=frozen_clock())


@pytest.fixture
def secretary(demo, spanish_qapp):
    return _ctx(demo)


class Driver:
    """Stands in for the modal loop: `fill(dialog)` then OK; records what was shown."""

    def __init__(self, section):
        self.section = section
        self.fill = None
        self.dialogs = []
        self.questions = []
        self.answer = True
        self.reason = WAIVER
        section.exec_dialog = self.exec_dialog
        section.confirm = self.confirm
        section.ask_reason = self.ask_reason

    def exec_dialog(self, dialog) -> bool:
        self.dialogs.append(dialog)
        fill, self.fill = self.fill, None
        if fill is None:
            return False
        if fill(dialog) is False:
            return False
        dialog.accept()
        return dialog.result() == QDialog.Accepted

    def confirm(self, title, text, yes, no="Cancelar") -> bool:
        self.questions.append(text)
        return self.answer

    def ask_reason(self, title, text) -> str | None:
        self.questions.append(text)
        return self.reason


def _section(qtbot, ctx) -> tuple[CouncilSessionsSection, Driver]:
    section = CouncilSessionsSection(ctx, module_spec("secretaria"))
    qtbot.addWidget(section)
    section.resize(1280, 760)
    section.show()
    section.load()
    assert wait_idle()  # the list is read in a worker
    return section, Driver(section)


def _session(ctx, kind="ordinary", day=SESSION_DAY, items=("Aprobar el Plan Operativo "
                                                            "Institucional 2027",),
             convened_on=None) -> int:
    with ctx.db.session() as s:
        form = new_session_form(s, TODAY, kind)
        form.session_date = day
        session_id = create_session(s, ctx.actor, form)
        for title in items:
            add_item(s, ctx.actor, session_id, ItemForm(section=ORDEN_DEL_DIA, title=title))
        if convened_on:
            convene(s, ctx.actor, session_id, convened_on)
    return session_id


def _held(ctx, session_id):
    with ctx.db.session() as s:
        council = council_on(s, SESSION_DAY)
        record_attendance(s, ctx.actor, session_id,
                          {m.id: (PRESENT, "") for m in council.members})
        install(s, ctx.actor, session_id, "10:05", WAIVER, clock=on_day(s, session_id))
        return council


def _set(model, row, key, value):
    assert model.setData(model.index(row, model.column_of(key)), value, Qt.EditRole)


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


# --- the whole path --------------------------------------------------------------------------
@pytest.mark.usefixtures("unsettled_operations")  # checks the batch runs in a worker
def test_whole_path_through_the_gui(qtbot, secretary, tmp_path):
    section, driver = _section(qtbot, secretary)
    ui = section.ui

    # Programme the session (Datos).
    ui.newSessionButton.click()
    assert wait_idle()  # the notes on the date are read in a worker
    data = section.data_tab.ui
    assert ui.headingLabel.text() == "Nueva sesión"
    assert data.placeEdit.text() == "Salón de Sesiones del Palacio Municipal"
    assert data.inviteesList.count() >= 2  # gerente municipal, secretario general
    # The next lawful business day is proposed; the numbering rule is explained (issue 11).
    assert data.sessionDateEdit.date() == QDate(2026, 11, 25)
    assert data.numberingLabel.text().startswith("Cada tipo de sesión se numera por año en el "
                                                 "orden en que se programa, no por fecha")
    data.sessionDateEdit.setDate(QDate(2026, 12, 9))
    assert wait_idle()
    assert "feriado nacional" in data.dateWarningLabel.text()
    data.sessionDateEdit.setDate(QDate(2026, 12, 6))
    assert wait_idle()
    assert data.dateWarningLabel.text() == "El domingo 6 de diciembre de 2026 no es día hábil."
    data.sessionDateEdit.setDate(QDate(2026, 12, 1))
    assert wait_idle()
    assert data.dateWarningLabel.text() == ""
    assert data.weekdayLabel.text() == "martes"
    assert section.save(), data.dataMessageLabel.text()
    detail = section.detail
    assert detail is not None and detail.state == "scheduled"
    assert wait_idle()  # the list, read again in a worker, selects the new session
    assert detail.title.startswith("SESIÓN ORDINARIA N° ")
    assert ui.headingLabel.text().startswith("SESIÓN ORDINARIA N°\u00a0")
    assert section.rows[section.ui.sessionsView.currentIndex().row()].id == detail.id
    assert ui.warningLabel.isVisible() == bool(detail.warning)

    # Agenda: a Despacho and a point of the Orden del Día.
    agenda = section.show_tab("agenda")
    driver.fill = lambda d: (d.ui.sectionCombo.setCurrentIndex(
        d.ui.sectionCombo.findData("despacho")),
        d.ui.titleEdit.setPlainText("Oficio N° 120-2026 de la Gerencia Regional de Salud"))
    assert agenda.add_item()
    title = "Aprobar el Plan de Desarrollo Local Concertado 2027-2030"
    driver.fill = lambda d: (d.ui.sectionCombo.setCurrentIndex(
        d.ui.sectionCombo.findData(ORDEN_DEL_DIA)), d.ui.titleEdit.setPlainText(title))
    assert agenda.add_item()
    shown = [agenda.model.index(r, 0).data() for r in range(agenda.model.rowCount())]
    assert shown == ["DESPACHO", "1", "ORDEN DEL DÍA", "2"]

    # Convene: the confirmation names how many summonses and their numbers.
    summons_tab = section.show_tab("summons")
    ids = summons_tab.convene()
    assert ids and len(ids) == len(section.detail.summonses) >= 6
    assert "Se generarán" in driver.questions[-1] and "CITACIÓN N°" in driver.questions[-1]
    assert section.detail.state == CONVENED
    first = section.detail.summonses[0]

    # Imprimir todas: one PDF, one summons per page, saved to a file.
    driver.fill = lambda preview: bool(preview.save_to(tmp_path / "citaciones.pdf")) and False
    op = summons_tab.print_summonses()  # laid out in a worker, then previewed
    assert not summons_tab.ui.printAllButton.isEnabled()  # no second batch meanwhile
    assert wait_idle() and op.result is not None
    preview = section.last_preview
    assert preview is not None and preview.page_count == len(ids)
    assert summons_tab.ui.printAllButton.isEnabled()
    text = _pdf_text(tmp_path / "citaciones.pdf")
    assert first.number_text in text.replace("\n", " ")
    assert first.addressee.split()[-1] in text
    with secretary.db.session() as s:  # the file that left the app is in the audit trail
        audited = s.scalars(select(AuditEntry).where(AuditEntry.action == "print")
                            .order_by(AuditEntry.id.desc())).first()
        assert audited.entity == "council_session" and "citaciones.pdf" in audited.changes
    summons_tab.ui.summonsView.selectRow(1)
    driver.fill = lambda preview: False
    assert summons_tab.print_summonses(selected=True).page_count == 1  # Reimprimir esta

    # Registrar entrega of the first summons (on time).
    summons_tab.ui.summonsView.selectRow(0)
    driver.fill = lambda d: (d.ui.deliveredAtEdit.setDateTime(
        d.ui.deliveredAtEdit.dateTime().fromString("23/11/2026 09:30", "dd/MM/yyyy HH:mm")),
        d.ui.receivedByEdit.setText("Julián Quispe Huamán"),
        d.ui.receiverDniEdit.setText("23981457"))
    assert summons_tab.record_delivery()
    assert section.detail.summonses[0].check.text().startswith("A tiempo")

    # Attendance: the quorum follows the marks before saving.
    attendance = section.show_tab("attendance")
    model = attendance.model
    for row in range(model.rowCount()):
        _set(model, row, "status", PRESENT)
    able = len(section.detail.council.able)
    quorum = able // 2 + 1
    assert attendance.ui.quorumLabel.text() == (
        f"HAY QUÓRUM: {able} presentes de {able} miembros hábiles (quórum: {quorum})")
    _set(model, model.rowCount() - 1, "status", ABSENT)
    assert attendance.ui.quorumLabel.text().startswith(f"HAY QUÓRUM: {able - 1} presentes")
    attendance.ui.openedAtEdit.setTime(attendance.ui.openedAtEdit.time().fromString(
        "10:05", "HH:mm"))
    # Not before its date (issue 11: a session a week ahead was installed).
    assert not attendance.install()
    assert ("no se instala antes de su fecha (hoy es 21/11/2026)"
            in attendance.ui.attendanceMessageLabel.text())
    assert section.detail.state == CONVENED
    secretary.clock.set(dt.date(2026, 12, 1))
    # Summonses pending: the reason is asked; cancelling installs nothing.
    driver.reason = None
    assert not attendance.install()
    assert "no se notificaron con la anticipación de ley" in driver.questions[-1]
    assert "pendiente de entrega" in driver.questions[-1]
    assert section.detail.state == CONVENED
    driver.reason = WAIVER
    assert attendance.install(), attendance.ui.attendanceMessageLabel.text()
    with secretary.db.session() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "state_change")
                          .order_by(AuditEntry.id.desc())).first()
        assert WAIVER in audit.changes
    assert section.detail.state == HELD and section.detail.opened_at == "10:05"

    # Votes: every regidor present votes for; the result shows as it is typed.
    votes = section.show_tab("votes")
    assert votes.item.title == title
    for row in range(votes.model.rowCount()):
        _set(votes.model, row, "choice", FOR)
    assert "APROBADO" in votes.ui.resultLabel.text()
    assert votes.save(), votes.ui.votesMessageLabel.text()
    item = next(i for i in section.detail.items if i.title == title)
    assert item.result.approved and item.voted
    assert votes.print_votes().page_count >= 1
    assert votes.print_summary().page_count >= 1
    assert section.show_tab("attendance").print_sheet().page_count >= 1
    section.show_tab("votes")

    # The acuerdo: drafted from the point, opened in Normas y resoluciones, issued there.
    driver.answer = False  # "¿Abrirlo ahora?": later
    instrument_id = votes.draft("COUNCIL_AGREEMENT")
    assert instrument_id is not None
    with secretary.db.session() as s:
        number = issue(s, secretary.actor, instrument_id).number_text
        assert s.get(Instrument, instrument_id).summary == title
    assert number.startswith("Acuerdo de Concejo") or "ACUERDO" in number.upper()
    section.reload()
    assert section.detail.items[-1].instrument_text == number

    # Closing time, then the acta: drafted, completed, closed, approved, registered.
    attendance = section.show_tab("attendance")
    assert attendance.set_closing()
    minutes = section.show_tab("minutes")
    assert minutes.draft(), minutes.ui.minutesMessageLabel.text()
    assert "ACTA" in minutes.ui.bodyEdit.toPlainText().upper()
    body = minutes.ui.bodyEdit.toPlainText()
    import re

    minutes.ui.bodyEdit.setPlainText(re.sub(r"\[[^\]]*\]", "aprobada sin observaciones", body))
    assert minutes.close_text(confirm=False), minutes.ui.minutesMessageLabel.text()
    driver.fill = lambda d: d.ui.sameRadio.setChecked(True)
    assert minutes.approve()
    with secretary.db.session() as s:
        if not [b for b in books(s) if not b.closed]:
            save_book(s, secretary.actor, BookForm(9, "Notaria Cusco", dt.date(2026, 1, 5),
                                                   200))
    pages = []
    # The folios are the printed acta's pages: shown, not typed (issue 11).
    driver.fill = lambda d: pages.append((d.ui.folioCountSpin.value(),
                                          d.ui.folioCountSpin.isEnabled()))
    assert minutes.register()
    (count, editable), = pages
    assert not editable
    registration = minutes.minutes.registration
    assert registration.startswith("Acta N° ") and "Folio" in registration
    assert registration in minutes.ui.minutesInfoLabel.text()
    with secretary.db.session() as s:
        row = s.scalar(select(Minutes).where(Minutes.session_id == section.detail.id))
        assert row.last_folio - row.first_folio == count - 1 and row.acta_number >= 1
        assert count == printed_folios(s, row)
    driver.fill = lambda preview: False
    assert minutes.print_minutes().page_count >= 1


# --- refusals at the fields ------------------------------------------------------------------
def test_bad_input_is_shown_at_the_fields_and_kept(qtbot, secretary):
    section, _driver = _section(qtbot, secretary)
    section.new_session()
    data = section.data_tab.ui
    data.kindCombo.setCurrentIndex(data.kindCombo.findData(EXTRAORDINARY))
    data.convenedByCombo.setCurrentIndex(data.convenedByCombo.findData("third"))
    data.placeEdit.setText("   ")
    data.documentsPlaceEdit.setText("Mesa de partes, segundo piso")
    data.sessionDateEdit.setDate(QDate(2026, 12, 3))
    assert not section.save()
    place_error = section.data_tab.findChild(type(data.lockedLabel), "placeError")
    assert place_error.isVisible() and "lugar" in place_error.text()
    requesting_error = section.data_tab.findChild(type(data.lockedLabel), "requesting_membersError")
    assert requesting_error.isVisible() and "un tercio" in requesting_error.text()
    # What was typed stays; nothing was written.
    assert data.documentsPlaceEdit.text() == "Mesa de partes, segundo piso"
    assert data.sessionDateEdit.date().toPython() == dt.date(2026, 12, 3)
    assert data.kindCombo.currentData() == EXTRAORDINARY
    with secretary.db.session() as s:
        assert s.scalar(select(CouncilSession).where(
            CouncilSession.session_date == dt.date(2026, 12, 3))) is None
    # Fixed, it saves.
    data.placeEdit.setText("Salón de Sesiones del Palacio Municipal")
    data.requestingList.item(0).setCheckState(Qt.Checked)
    data.requestingList.item(1).setCheckState(Qt.Checked)
    assert section.save(), data.dataMessageLabel.text()
    assert not place_error.isVisible()


def test_month_warning_is_a_warning_not_a_refusal(qtbot, secretary):
    for day in (2, 9, 16, 23):
        _session(secretary, day=dt.date(2026, 12, day), items=())
    section, _driver = _section(qtbot, secretary)
    section.new_session()
    section.data_tab.ui.sessionDateEdit.setDate(QDate(2026, 12, 30))
    assert section.save()
    assert section.detail.session_date == dt.date(2026, 12, 30)
    assert section.ui.warningLabel.isVisible()
    assert "como máximo 4" in section.ui.warningLabel.text()


def test_attendance_refused_in_its_cells(qtbot, secretary):
    session_id = _session(secretary, convened_on=dt.date(2026, 11, 23))
    section, _driver = _section(qtbot, secretary)
    section.select_id(session_id)
    attendance = section.show_tab("attendance")
    model = attendance.model
    _set(model, 0, "status", PRESENT)
    _set(model, 1, "arrived", "25:99")
    assert not attendance.save()
    assert model.error_at(1, "status") and model.error_at(1, "arrived")
    assert model.rows[0].status == PRESENT and model.rows[1].arrived == "25:99"  # kept
    index = model.index(1, model.column_of("arrived"))
    assert model.data(index, Qt.BackgroundRole) is not None


def test_delivery_dialog_keeps_what_was_typed(qtbot, secretary):
    session_id = _session(secretary, convened_on=dt.date(2026, 11, 23))
    section, _driver = _section(qtbot, secretary)
    section.select_id(session_id)
    dialog = DeliveryDialog(secretary, section.detail, section.detail.summonses[0], section)
    qtbot.addWidget(dialog)
    dialog.ui.receivedByEdit.setText("Nilda Huamán")
    dialog.ui.receiverDniEdit.setText("123")
    assert not dialog.save()
    error = dialog.findChild(type(dialog.ui.messageLabel), "receiver_dniError")
    assert not error.isHidden() and "8 dígitos" in error.text()
    assert dialog.ui.receivedByEdit.text() == "Nilda Huamán"


# --- the rules as the clerk sees them --------------------------------------------------------
def test_late_summons_in_red_with_the_earliest_lawful_date(qtbot, secretary):
    # Extraordinaria on Wednesday 9 December: 5 business days of notice; delivered Friday 4
    # December there is only 1 (Monday 7; Tuesday 8 is Inmaculada Concepción).
    session_id = _session(secretary, EXTRAORDINARY, dt.date(2026, 12, 9),
                          convened_on=dt.date(2026, 11, 30))
    with secretary.db.session() as s:
        first = s.scalars(select(Summons.id).where(Summons.session_id == session_id)
                          .order_by(Summons.position)).first()
        record_delivery(s, secretary.actor, first,
                        DeliveryForm(dt.datetime(2026, 12, 4, 9, 0), "Julián Quispe", ""))
    section, driver = _section(qtbot, secretary)
    section.select_id(session_id)
    assert section.ui.alertLabel.isVisible()
    tab = section.show_tab("summons")
    late = tab.ui.lateLabel.text()
    assert tab.ui.lateLabel.isVisible() and "Fecha lícita más próxima" in late
    assert "Inmaculada Concepción" in late
    index = tab.model.index(0, 4)
    assert tab.model.data(index, Qt.ForegroundRole).color().name() == "#a40000"
    assert tab.model.data(index) == "TARDE: 1 de 5 días"
    # The frozen agenda of a convened extraordinaria is explained.
    agenda = section.show_tab("agenda")
    assert agenda.ui.frozenLabel.isVisible() and "fijada" in agenda.ui.frozenLabel.text()
    assert not agenda.ui.addItemButton.isEnabled()
    # Rescheduling to the suggested lawful date resolves it.
    driver.fill = lambda d: d.ui.reasonEdit.setPlainText("Citación entregada tarde")
    tab.ui.rescheduleButton.click()
    dialog = driver.dialogs[-1]
    assert isinstance(dialog, RescheduleDialog)
    assert section.detail.session_date > dt.date(2026, 12, 9)
    assert not section.ui.alertLabel.isVisible() and not tab.ui.lateLabel.isVisible()


def test_emergency_note_keeps_the_date(qtbot, secretary):
    session_id = _session(secretary, EXTRAORDINARY, dt.date(2026, 12, 9),
                          convened_on=dt.date(2026, 11, 30))
    with secretary.db.session() as s:
        first = s.scalars(select(Summons.id).where(Summons.session_id == session_id)).first()
        record_delivery(s, secretary.actor, first,
                        DeliveryForm(dt.datetime(2026, 12, 7, 9, 0), "Julián Quispe", ""))
    section, driver = _section(qtbot, secretary)
    section.select_id(session_id)
    tab = section.show_tab("summons")
    driver.fill = lambda d: False  # OK with nothing typed: refused at the field first
    tab.emergency_note()
    dialog = driver.dialogs[-1]
    assert isinstance(dialog, ReasonDialog) and not dialog.save()
    assert "emergencia" in dialog.ui.messageLabel.text() + "".join(
        label.text() for label in dialog.errors.labels.values())
    driver.fill = lambda d: d.ui.reasonEdit.setPlainText("Emergencia por lluvias (Decreto de "
                                                         "Alcaldía N° 020-2026-MDP/A)")
    assert tab.emergency_note()
    assert section.detail.session_date == dt.date(2026, 12, 9)
    assert not section.ui.alertLabel.isVisible()
    assert "Nota de emergencia" in section.ui.stateInfoLabel.text()


def test_tie_is_broken_by_the_mayor(qtbot, secretary):
    session_id = _session(secretary, convened_on=dt.date(2026, 11, 23))
    council = _held(secretary, session_id)
    section, _driver = _section(qtbot, secretary)
    section.select_id(session_id)
    votes = section.show_tab("votes")
    model = votes.model
    regidores = [m for m in council.able if not m.is_mayor]
    assert model.rowCount() == len(regidores)  # the alcalde only breaks ties
    for row in range(model.rowCount()):
        _set(model, row, "choice", FOR if row % 2 == 0 else AGAINST)
    _set(model, model.rowCount() - 1, "choice", "abstain")  # 2 for, 2 against, 1 abstains
    assert "EMPATE" in votes.ui.resultLabel.text()
    assert votes.ui.tiebreakCombo.isEnabled()
    votes.ui.tiebreakCombo.setCurrentIndex(votes.ui.tiebreakCombo.findData(FOR))
    assert "APROBADO" in votes.ui.resultLabel.text() and "dirime" in votes.ui.resultLabel.text()
    assert votes.save(), votes.ui.votesMessageLabel.text()
    assert section.detail.voting_items[0].result.approved
    assert section.detail.voting_items[0].mayor_tiebreak == FOR


def test_postpone_suspend_and_cancel(qtbot, secretary):
    session_id = _session(secretary, convened_on=dt.date(2026, 11, 23))
    section, driver = _section(qtbot, secretary)
    section.select_id(session_id)
    assert section.ui.postponeButton.isEnabled()
    driver.fill = lambda d: False
    section.postpone()
    dialog = driver.dialogs[-1]
    assert isinstance(dialog, PostponeDialog) and "dos tercios" in dialog.ui.hintLabel.text()
    dialog.ui.requestingList.item(0).setCheckState(Qt.Checked)
    assert not dialog.save()
    assert not dialog.errors.labels["requesting"].isHidden()
    for row in range(4):
        dialog.ui.requestingList.item(row).setCheckState(Qt.Checked)
    driver.fill = lambda d: [d.ui.requestingList.item(r).setCheckState(Qt.Checked)
                             for r in range(4)]
    assert section.postpone()
    assert section.detail.state == POSTPONED
    assert "Postergada" in section.ui.stateInfoLabel.text()
    assert not section.ui.postponeButton.isEnabled()  # once only
    driver.fill = lambda d: d.ui.reasonEdit.setPlainText("Paro de transportistas")
    assert section.end_session("suspended")
    assert section.detail.state == "suspended"
    driver.fill = lambda d: d.ui.reasonEdit.setPlainText("Se tratará en la siguiente ordinaria")
    assert section.end_session("cancelled")
    assert section.detail.state == "cancelled"
    assert not section.ui.cancelSessionButton.isEnabled()


def test_agenda_dialog_and_moves_within_a_station(qtbot, secretary):
    session_id = _session(secretary, items=("Primero", "Segundo"))
    section, driver = _section(qtbot, secretary)
    section.select_id(session_id)
    agenda = section.show_tab("agenda")
    driver.fill = lambda d: d.ui.titleEdit.setPlainText("")
    assert not agenda.add_item()  # empty subject: refused, dialog kept
    dialog = driver.dialogs[-1]
    assert isinstance(dialog, ItemDialog) and not dialog.errors.labels["title"].isHidden()
    agenda.ui.agendaView.selectRow(agenda.model.row_of(section.detail.items[1].id))
    assert agenda.move(-1)
    assert [i.title for i in section.detail.items] == ["Segundo", "Primero"]
    driver.answer = True
    assert agenda.remove_item()
    assert len(section.detail.items) == 1


def test_pending_items_and_list_alerts(qtbot, secretary):
    session_id = _session(secretary, convened_on=dt.date(2026, 11, 23))
    with secretary.db.session() as s:
        pending = {p.label: p for p in session_pending(s, TODAY)}
    assert pending["Citaciones por entregar"].count >= 6
    section, _driver = _section(qtbot, secretary)
    row = next(r for r in section.rows if r.id == session_id)
    assert row.alerts.startswith("0/") and "entregadas" in row.alerts


def test_opening_a_session_with_thirty_items_and_votes_is_quick(qtbot, secretary):
    titles = [f"Punto {n} de la Orden del Día" for n in range(1, 31)]
    session_id = _session(secretary, items=titles, convened_on=dt.date(2026, 11, 23))
    council = _held(secretary, session_id)
    with secretary.db.session() as s:
        items = s.get(CouncilSession, session_id).items
        for item in items:
            record_votes(s, secretary.actor, item.id,
                         {m.id: (FOR, "") for m in council.able if not m.is_mayor})
    section, _driver = _section(qtbot, secretary)
    section.show_tab("votes")
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(secretary.db.engine, "before_cursor_execute", listener)
    try:
        section.select_id(session_id)
    finally:
        event.remove(secretary.db.engine, "before_cursor_execute", listener)
    assert len(section.detail.items) == 30
    assert section.votes_tab.ui.itemCombo.count() == 30
    assert len(statements) < 25, statements  # a few queries, none per item or vote


def test_a_drafted_acuerdo_opens_in_normas_y_resoluciones(qtbot, secretary):
    from pisac_desktop.council.outcome import draft_outcome
    from pisac_desktop.gui.main_window import MainWindow

    session_id = _session(secretary, convened_on=dt.date(2026, 11, 23))
    council = _held(secretary, session_id)
    with secretary.db.session() as s:
        item = s.get(CouncilSession, session_id).items[0]
        record_votes(s, secretary.actor, item.id,
                     {m.id: (FOR, "") for m in council.able if not m.is_mayor})
        instrument_id = draft_outcome(s, secretary.actor, item.id, "COUNCIL_AGREEMENT")
    window = MainWindow(secretary)
    qtbot.addWidget(window)
    page = window.pages["secretaria"]
    window.ui.moduleTabs.setCurrentWidget(page)
    section = page.select("council_sessions")
    section.select_id(session_id)
    instruments = section.open_instrument(instrument_id)
    assert window.ui.moduleTabs.currentWidget() is page
    assert page.ui.sectionStack.currentWidget() is instruments
    assert instruments.detail is not None and instruments.detail.id == instrument_id


def test_a_busy_database_while_reading_is_said_and_the_section_stays_usable(qtbot, secretary,
                                                                           monkeypatch):
    """The detail of a session and what a dialog needs are read in a worker: a database
    locked by another workstation is explained in Spanish, nothing is half shown, and the
    next read works."""
    from sqlalchemy.exc import OperationalError

    from pisac_desktop.council import session_view
    from pisac_desktop.gui import operations
    from pisac_desktop.gui.council import dialogs
    from pisac_desktop.gui.council import section as section_module

    def locked(*_args):
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    session_id = _session(secretary, convened_on=dt.date(2026, 11, 23))
    section, driver = _section(qtbot, secretary)
    shown = []
    monkeypatch.setattr(operations, "show_failure",
                        lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(section_module, "session_detail", locked)
    section.select_id(session_id)
    assert section.detail is None
    assert operations.BUSY_TEXT in section.ui.statusLabel.text()
    assert not section.ui.detailTabs.isTabEnabled(1)
    monkeypatch.setattr(section_module, "session_detail", session_view.session_detail)
    assert section.select_id(session_id) and section.detail.id == session_id

    # Postergar needs the calendar to build its dialog: not shown when it cannot be read.
    monkeypatch.setattr(dialogs.BusinessCalendar, "load", locked)
    driver.fill = lambda d: True
    assert not section.postpone()
    assert not driver.dialogs
    assert shown == [("No se puede continuar", operations.BUSY_TEXT)]
    assert section.detail.state == CONVENED and section.ui.postponeButton.isEnabled()


def test_an_official_invited_is_added_in_the_attendance_tab(qtbot, secretary):
    """The gerente municipal, chosen from today's officeholders (his post filled in), is added
    with voice and no vote; a time that is not hh:mm is refused at its field, the rest kept."""
    session_id = _session(secretary, convened_on=dt.date(2026, 11, 23))
    section, driver = _section(qtbot, secretary)
    section.select_id(session_id)
    attendance = section.show_tab("attendance")
    assert attendance.ui.addOfficialButton.isEnabled()

    def fill(dialog):
        ui = dialog.ui
        ui.nameCombo.setCurrentIndex(1)
        assert ui.postEdit.text() == "Gerente Municipal"
        ui.arrivedEdit.setText("diez")
        dialog.accept()
        assert dialog.result() != QDialog.Accepted
        assert "hh:mm" in dialog.errors.labels["arrived_at"].text()
        assert ui.postEdit.text() == "Gerente Municipal"
        ui.arrivedEdit.setText("10:15")

    driver.fill = fill
    assert attendance.add_official().official_id
    qtbot.waitUntil(lambda: attendance.ui.officialsList.count() == 1)
    assert attendance.ui.officialsList.item(0).text().endswith(
        "Gerente Municipal (desde las 10:15 horas)")
    attendance.ui.officialsList.setCurrentRow(0)
    assert attendance.remove_official()
    qtbot.waitUntil(lambda: attendance.ui.officialsList.count() == 0)


# --- quick tasks (issue 19) -------------------------------------------------------------------
def test_a_session_programmed_goes_on_to_its_agenda_and_convening_prints(qtbot, secretary):
    """The next step is at hand: a new session opens on its date, and once saved shows its
    Agenda (convening needs it); a new point opens with the cursor in its subject; «Convocar» with «Imprimir las
    citaciones al convocar» (checked) opens all the summonses in the preview, as «Imprimir
    todas»; unchecked, it only convenes."""
    section, driver = _section(qtbot, secretary)
    section.new_session()
    date = section.data_tab.ui.sessionDateEdit  # place and time usual: the date is typed over
    assert section.data_tab.focusWidget() is date
    assert date.currentSection() == QDateTimeEdit.DaySection
    assert section.save(), section.data_tab.ui.dataMessageLabel.text()
    assert section.ui.detailTabs.currentWidget() is section.agenda_tab
    focused = []
    driver.fill = lambda d: (focused.append(d.focusWidget() is d.ui.titleEdit),
                             d.ui.titleEdit.setPlainText("Aprobar el plan de trabajo 2027"))
    assert section.agenda_tab.add_item() and focused == [True]

    summons_tab = section.show_tab("summons")
    assert summons_tab.ui.printOnConveneCheck.isChecked()
    driver.fill = lambda _preview: False
    summons_tab.ui.conveneButton.click()
    assert wait_idle()
    preview = section.last_preview
    assert section.detail.state == CONVENED
    assert preview is not None and driver.dialogs[-1] is preview
    assert preview.page_count == len(section.detail.summonses) >= 6

    other = _session(secretary, day=dt.date(2026, 12, 15))
    section.select_id(other)
    summons_tab = section.show_tab("summons")
    summons_tab.ui.printOnConveneCheck.setChecked(False)
    shown = len(driver.dialogs)
    summons_tab.ui.conveneButton.click()
    assert wait_idle() and section.detail.state == CONVENED and len(driver.dialogs) == shown


def test_from_a_summons_chosen_to_a_session_without_summonses(qtbot, secretary):
    """The Citaciones tab on screen with a summons chosen, another session (not convened yet)
    is opened: its empty list shows, nothing is taken from the last one's rows."""
    convened = _session(secretary, convened_on=dt.date(2026, 11, 23))
    scheduled = _session(secretary, day=dt.date(2026, 12, 15))
    section, _driver = _section(qtbot, secretary)
    section.select_id(convened)
    summons_tab = section.show_tab("summons")
    summons_tab.ui.summonsView.selectRow(5)
    assert summons_tab.selected() is not None
    section.select_id(scheduled)
    assert section.detail.id == scheduled and summons_tab.model.rowCount() == 0
    assert summons_tab.selected() is None and summons_tab.ui.printOnConveneCheck.isVisible()
