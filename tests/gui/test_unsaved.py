"""Unsaved work is never dropped without asking (issue 11, Pantallas 1): every editor that
holds typed input asks Guardar / Descartar / Cancelar through gui/unsaved.py before its input
is replaced. Cancel keeps the typing and the selection; Descartar drops it; Guardar saves."""

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from pisac_desktop.council.minutes import draft_minutes
from pisac_desktop.db.models import CouncilSession
from pisac_desktop.db.models.council import AGAINST, FOR, PRESENT
from pisac_desktop.gui import unsaved
from tests.gui.test_council_sessions import _ctx, _held, _section, _session, _set


@pytest.fixture
def secretary(demo, spanish_qapp):
    return _ctx(demo)


class Answers:
    """Stands in for the prompt: the answers given, in order; records the texts asked."""

    def __init__(self, monkeypatch):
        self.queue: list[str] = []
        self.asked: list[str] = []
        monkeypatch.setattr(unsaved, "ask", self.ask)

    def ask(self, _parent, text) -> str:
        self.asked.append(text)
        return self.queue.pop(0)


@pytest.fixture
def answers(monkeypatch):
    return Answers(monkeypatch)


def test_the_prompt_offers_guardar_descartar_cancelar(qtbot, spanish_qapp):
    seen = {}

    def click(label):
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        seen[label] = sorted(b.text() for b in box.buttons())
        next(b for b in box.buttons() if b.text() == label).click()

    for label, expected in (("Guardar", unsaved.SAVE), ("Descartar", unsaved.DISCARD),
                            ("Cancelar", unsaved.CANCEL)):
        QTimer.singleShot(0, lambda label=label: click(label))
        assert unsaved.confirm_discard(None, "Hay votos sin guardar.") == expected
    assert seen["Guardar"] == ["Cancelar", "Descartar", "Guardar"]


def _two_points(secretary, qtbot):
    session_id = _session(secretary, convened_on=dt.date(2026, 11, 23),
                          items=("Aprobar el Plan Operativo Institucional 2027",
                                 "Aprobar el Reglamento Interno del Concejo"))
    _held(secretary, session_id)
    section, _driver = _section(qtbot, secretary)
    section.select_id(session_id)
    votes = section.show_tab("votes")
    return section, votes


def _type_votes(votes, choice=FOR):
    for row in range(votes.model.rowCount()):
        _set(votes.model, row, "choice", choice)


def test_votes_switching_the_point(qtbot, secretary, answers):
    section, votes = _two_points(secretary, qtbot)
    combo = votes.ui.itemCombo
    first, second = combo.itemData(0), combo.itemData(1)
    assert not votes.has_changes()
    combo.setCurrentIndex(1)  # nothing typed: no question
    assert not answers.asked and votes.item.id == second
    combo.setCurrentIndex(0)

    _type_votes(votes)
    assert votes.has_changes()
    answers.queue.append(unsaved.CANCEL)
    combo.setCurrentIndex(1)
    assert "punto 1" in answers.asked[-1]
    assert combo.currentData() == first and votes.item.id == first  # the selection stays
    assert all(r.choice == FOR for r in votes.model.rows)  # and the typing

    answers.queue.append(unsaved.DISCARD)
    combo.setCurrentIndex(1)
    assert votes.item.id == second and not votes.has_changes()
    combo.setCurrentIndex(0)  # nothing to ask: the votes were dropped
    assert len(answers.asked) == 2 and not any(r.choice for r in votes.model.rows)
    assert not section.detail.voting_items[0].voted

    _type_votes(votes, AGAINST)
    answers.queue.append(unsaved.SAVE)
    combo.setCurrentIndex(combo.findData(second))
    assert votes.item.id == second and combo.currentData() == second
    assert section.detail.voting_items[0].voted
    assert set(c for c, _r in section.detail.voting_items[0].votes.values()) == {AGAINST}


def test_votes_switching_the_session_or_the_tab(qtbot, secretary, answers):
    other = _session(secretary, day=dt.date(2026, 12, 10))
    section, votes = _two_points(secretary, qtbot)
    current = section.detail.id
    _type_votes(votes)
    answers.queue.append(unsaved.CANCEL)
    section.ui.detailTabs.setCurrentWidget(section.minutes_tab)
    assert section.ui.detailTabs.currentWidget() is votes and votes.has_changes()

    answers.queue.append(unsaved.CANCEL)
    _click_row(section, other)
    assert section.detail.id == current and _selected(section) == current
    assert votes.has_changes()

    answers.queue.append(unsaved.SAVE)
    _click_row(section, other)
    assert section.detail.id == other and _selected(section) == other
    with secretary.db.session() as s:
        from pisac_desktop.council.session_view import session_detail
        assert session_detail(s, current).voting_items[0].voted


def _click_row(section, session_id):
    row = next(i for i, r in enumerate(section.rows) if r.id == session_id)
    section.ui.sessionsView.setCurrentIndex(section.model.index(row, 0))


def _selected(section):
    index = section.ui.sessionsView.currentIndex()
    return section.rows[index.row()].id if index.isValid() else None


def test_session_data_then_another_session(qtbot, secretary, answers):
    first = _session(secretary)
    second = _session(secretary, day=dt.date(2026, 12, 10))
    section, _driver = _section(qtbot, secretary)
    section.select_id(first)
    data = section.data_tab
    assert not data.has_changes()
    data.ui.placeEdit.setText("Auditorio de la Casa de la Cultura")
    answers.queue.append(unsaved.CANCEL)
    _click_row(section, second)
    assert section.detail.id == first and _selected(section) == first
    assert data.ui.placeEdit.text() == "Auditorio de la Casa de la Cultura"

    answers.queue.append(unsaved.DISCARD)
    _click_row(section, second)
    assert section.detail.id == second
    _click_row(section, first)
    assert data.ui.placeEdit.text() != "Auditorio de la Casa de la Cultura"

    data.ui.placeEdit.setText("Auditorio de la Casa de la Cultura")
    answers.queue.append(unsaved.SAVE)
    _click_row(section, second)
    assert section.detail.id == second
    with secretary.db.session() as s:
        assert s.get(CouncilSession, first).place == "Auditorio de la Casa de la Cultura"
    assert len(answers.asked) == 3


def test_a_new_session_untouched_asks_nothing_typed_asks(qtbot, secretary, answers):
    first = _session(secretary)
    section, _driver = _section(qtbot, secretary)
    section.new_session()
    _click_row(section, first)  # nothing typed in the new form
    assert section.detail.id == first and not answers.asked
    section.new_session()
    section.data_tab.ui.documentsPlaceEdit.setText("Mesa de partes")
    answers.queue.append(unsaved.CANCEL)
    _click_row(section, first)
    assert section.data_tab.new_mode and section.data_tab.ui.documentsPlaceEdit.text() == \
        "Mesa de partes"
    answers.queue.append(unsaved.CANCEL)
    section.new_session()  # a second «Nueva sesión» would drop it too
    assert section.data_tab.ui.documentsPlaceEdit.text() == "Mesa de partes"


def test_attendance_marks(qtbot, secretary, answers):
    session_id = _session(secretary, convened_on=dt.date(2026, 11, 23))
    other = _session(secretary, day=dt.date(2026, 12, 10))
    section, _driver = _section(qtbot, secretary)
    section.select_id(session_id)
    tab = section.show_tab("attendance")
    assert not tab.has_changes()
    members = [r.member_id for r in tab.model.rows]
    for row in range(len(members)):
        _set(tab.model, row, "status", PRESENT)
    assert tab.has_changes()
    answers.queue.append(unsaved.CANCEL)
    _click_row(section, other)
    assert section.detail.id == session_id and tab.marks()[members[0]][0] == PRESENT
    answers.queue.append(unsaved.SAVE)
    _click_row(section, other)
    assert section.detail.id == other, tab.ui.attendanceMessageLabel.text()
    with secretary.db.session() as s:
        from pisac_desktop.council.session_view import session_detail
        assert {session_detail(s, session_id).attendance[m][0] for m in members} == {PRESENT}


def test_minutes_text(qtbot, secretary, answers):
    session_id = _session(secretary, convened_on=dt.date(2026, 11, 23))
    _held(secretary, session_id)
    with secretary.db.session() as s:
        draft_minutes(s, secretary.actor, session_id)
    other = _session(secretary, day=dt.date(2026, 12, 10))
    section, _driver = _section(qtbot, secretary)
    section.select_id(session_id)
    tab = section.show_tab("minutes")
    assert not tab.has_changes()
    body = tab.ui.bodyEdit.toPlainText()
    tab.ui.bodyEdit.setPlainText(body + "\nTexto agregado 4711.")
    answers.queue.append(unsaved.CANCEL)
    _click_row(section, other)
    assert section.detail.id == session_id and "4711" in tab.ui.bodyEdit.toPlainText()
    answers.queue.append(unsaved.DISCARD)
    _click_row(section, other)
    _click_row(section, session_id)
    section.show_tab("minutes")
    assert "4711" not in tab.ui.bodyEdit.toPlainText()
    tab.ui.bodyEdit.setPlainText(body + "\nTexto agregado 4712.")
    answers.queue.append(unsaved.SAVE)
    _click_row(section, other)
    _click_row(section, session_id)
    section.show_tab("minutes")
    assert "4712" in tab.ui.bodyEdit.toPlainText()


def test_closing_the_main_window_with_an_edit_pending(qtbot, secretary, answers):
    from pisac_desktop.gui.main_window import MainWindow

    session_id = _session(secretary)
    window = MainWindow(secretary)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["secretaria"]
    window.ui.moduleTabs.setCurrentWidget(page)
    section = page.select("council_sessions")
    section.select_id(session_id)
    section.data_tab.ui.placeEdit.setText("Auditorio municipal")
    answers.queue.append(unsaved.CANCEL)
    assert not window.close()
    assert window.isVisible() and section.data_tab.ui.placeEdit.text() == "Auditorio municipal"
    answers.queue.append(unsaved.SAVE)
    assert window.close()
    with secretary.db.session() as s:
        assert s.scalar(select(CouncilSession.place).where(CouncilSession.id == session_id)) \
            == "Auditorio municipal"
