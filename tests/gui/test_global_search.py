"""The search box over everything (issue 19): typed in the toolbar, its results grouped under
headers with the first one selected, Up/Down/Enter/Escape, and Enter opening the record in its
module's tab and section; Ctrl+K goes to the box."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from sqlalchemy import select

from pisac_desktop.db.models import (
    AgendaItem,
    CaseFile,
    CouncilMember,
    Instrument,
    UnitDocument,
)
from pisac_desktop.db.text_index import fold
from pisac_desktop.gui.global_search import HEADER, HIT, MORE, NOTE, PLACEHOLDER
from pisac_desktop.gui.main_window import MainWindow
from pisac_desktop.gui.operations import wait_idle
from tests.gui.test_council_sessions import _ctx


@pytest.fixture
def window(qtbot, demo, spanish_qapp) -> MainWindow:
    window = MainWindow(_ctx(demo))  # mhuillca, of the Secretaría General
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert wait_idle()
    return window


def one(demo, query):
    with demo.db.session() as s:
        return s.execute(query).first()


def type_in(qtbot, window, text: str):
    """Ctrl+K's action, the text typed key by key, and the pause for the answer."""
    box = window.searchBox
    window.ui.actionBuscar.trigger()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(lambda: box.popup.isVisible() and box.answer is not None
                    and box.answer.text == text.strip(), timeout=5000)
    return box


def current(box):
    return box.rows()[box.current_row()]


def test_typing_shows_the_results_grouped_the_first_selected(qtbot, window):
    box = type_in(qtbot, window, "resolucion")
    rows = box.rows()
    kinds = [r.kind for r in rows]
    assert kinds[0] == HEADER and rows[0].title.startswith("Documentos numerados")
    assert box.current_row() == 1 and current(box).kind == HIT
    headers = [r.title for r in rows if r.kind == HEADER]
    assert any(h.startswith("Expedientes") for h in headers)
    # Every group: a header, at most five hits, maybe «ver más».
    for row in rows:
        assert row.kind in (HEADER, HIT, MORE)
    assert [r.title for r in rows if r.kind == MORE][:2] == [
        "Ver todos en Resoluciones y directivas", "Ver todos en Normas y resoluciones"]
    # Down and Up move over the hits, never onto a header; Escape closes.
    qtbot.keyClick(box, Qt.Key_Down)
    assert box.current_row() == 2
    qtbot.keyClick(box, Qt.Key_Up)
    qtbot.keyClick(box, Qt.Key_Up)
    assert box.current_row() == 1
    for _ in range(6):
        qtbot.keyClick(box.popup, Qt.Key_Down)  # keys reach the popup too
    assert current(box).kind in (HIT, MORE) and box.current_row() > 6
    qtbot.keyClick(box.popup, Qt.Key_Escape)
    assert not box.popup.isVisible() and box.text() == "resolucion"


def test_enter_opens_a_numbered_document_selected_in_its_section(qtbot, window, demo):
    doc_id, number, year = one(demo, select(Instrument.id, Instrument.number, Instrument.year)
                               .where(Instrument.kind_code == "MAYOR_RESOLUTION",
                                      Instrument.state == "issued").order_by(Instrument.id))
    window.ui.moduleTabs.setCurrentWidget(window.pages["gerencia"])  # from another tab
    box = type_in(qtbot, window, f"RA {number}-{year}")
    assert current(box).target.record_id == doc_id
    qtbot.keyClick(box, Qt.Key_Return)
    assert wait_idle()
    page = window.pages["secretaria"]
    assert window.ui.moduleTabs.currentWidget() is page
    section = page.ui.sectionStack.currentWidget()
    assert section is page.widgets["instruments"]
    assert section.selected_id() == doc_id and section.detail.id == doc_id
    assert not box.popup.isVisible()


def test_a_dni_opens_its_case_file_and_the_filers_list(qtbot, window, demo):
    case_id, dni, number_text = one(demo, select(CaseFile.id, CaseFile.filer_document,
                                                 CaseFile.number_text)
                                    .where(CaseFile.filer_document_type == "DNI")
                                    .order_by(CaseFile.id.desc()))
    box = type_in(qtbot, window, dni)
    assert box.rows()[0].title.startswith("Expedientes")
    row = next(i for i, r in enumerate(box.rows()) if r.target and r.target.record_id == case_id)
    box.select_row(row)
    qtbot.keyClick(box, Qt.Key_Enter)
    assert wait_idle()
    section = window.ui.moduleTabs.currentWidget().ui.sectionStack.currentWidget()
    assert section.objectName().endswith("_case_files")
    assert section.searching == number_text and section.detail.id == case_id
    assert [r.id for r in section.model.rows] == [case_id]
    assert section.ui.casesView.currentIndex().row() == 0
    # The filer, under Personas: their case files, listed by the section's own search.
    box = type_in(qtbot, window, dni)
    person = next(i for i, r in enumerate(box.rows())
                  if r.kind == HIT and r.target.section == "case_files"
                  and r.target.record_id is None)
    box.open_row(person)
    assert wait_idle()
    assert section.searching == dni and case_id in [r.id for r in section.model.rows]


def test_an_agenda_item_opens_its_session_on_the_agenda_tab(qtbot, window, demo):
    session_id, = one(demo, select(AgendaItem.session_id)
                      .where(AgendaItem.title.like("%Feria Agropecuaria%"))
                      .order_by(AgendaItem.session_id.desc()))
    box = type_in(qtbot, window, "feria agropecuaria gastronomica")
    agenda = next(i for i, r in enumerate(box.rows()) if r.kind == HIT
                  and r.target.section == "council_sessions" and r.target.tab == "agenda")
    assert box.rows()[agenda].target.record_id == session_id
    section = box.open_row(agenda)
    assert wait_idle()
    assert section.detail.id == session_id
    assert section.ui.detailTabs.currentWidget().objectName() == "agendaTab"


def test_a_council_member_and_a_unit_document_open_selected(qtbot, window, demo):
    member_id, name = one(demo, select(CouncilMember.id, CouncilMember.full_name)
                          .order_by(CouncilMember.id))
    box = type_in(qtbot, window, fold(name))  # QTest types ASCII; the search folds anyway
    row = next(i for i, r in enumerate(box.rows()) if r.kind == HIT
               and r.target.section == "authorities")
    section = box.open_row(row)
    assert wait_idle()
    assert section.selected_member().id == member_id
    doc_id, kind, number, year = one(demo, select(
        UnitDocument.id, UnitDocument.kind, UnitDocument.number, UnitDocument.year)
        .where(UnitDocument.state == "issued").order_by(UnitDocument.id.desc()))
    box = type_in(qtbot, window, f"{kind.lower()} {number}-{year}")
    row = next(i for i, r in enumerate(box.rows()) if r.kind == HIT
               and r.target.record_id == doc_id)
    section = box.open_row(row)
    assert wait_idle()
    assert section.objectName().endswith("_unit_documents")
    assert section.selected().id == doc_id


def test_ver_mas_opens_the_sections_list_with_the_same_search(qtbot, window):
    box = type_in(qtbot, window, "resolucion")
    more = next(i for i, r in enumerate(box.rows())
                if r.kind == MORE and r.title == "Ver todos en Expedientes")
    section = box.open_row(more)
    assert wait_idle()
    assert section.objectName().endswith("_case_files") and section.searching == "resolucion"
    more = next(i for i, r in enumerate(type_in(qtbot, window, "resolucion").rows())
                if r.kind == MORE and r.title == "Ver todos en Normas y resoluciones")
    section = box.open_row(more)
    assert wait_idle()
    assert section.ui.searchEdit.text() == "resolucion" and section.total > 5


def test_enter_typed_before_the_answer_opens_the_first_hit(qtbot, window, demo):
    case_id, number, year = one(demo, select(CaseFile.id, CaseFile.number, CaseFile.year)
                                .order_by(CaseFile.id))
    box = window.searchBox
    window.ui.actionBuscar.trigger()
    qtbot.keyClicks(box, f"exp {number}-{year}")
    qtbot.keyClick(box, Qt.Key_Return)  # within the pause: searched now, opened on arrival
    assert wait_idle()
    section = window.ui.moduleTabs.currentWidget().ui.sectionStack.currentWidget()
    assert section.objectName().endswith("_case_files") and section.detail.id == case_id


@pytest.mark.parametrize("typed", ["%", "'", "  ", "de", "x" * 300, "zzzz qqqq"])
def test_odd_input_says_so_and_breaks_nothing(qtbot, window, typed):
    box = window.searchBox
    window.ui.actionBuscar.trigger()
    qtbot.keyClicks(box, typed)
    box.search_now()
    assert wait_idle()
    if not typed.strip():
        assert not box.popup.isVisible()
        return
    qtbot.waitUntil(box.popup.isVisible, timeout=5000)
    rows = box.rows()
    assert [r.kind for r in rows] == [NOTE] and box.current_row() == -1
    assert rows[0].title in ("Escriba al menos tres letras, un número o un DNI.",
                             f"Nada encontrado para «{typed[:59]}{'…' if len(typed) > 60 else ''}».")
    assert box.open_current() is None  # Enter on nothing opens nothing
    qtbot.keyClick(box, Qt.Key_Escape)
    qtbot.keyClick(box, Qt.Key_Escape)  # the second clears the box
    assert box.text() == ""


def test_ctrl_k_goes_to_the_box(qtbot, window):
    action = window.ui.actionBuscar
    assert action.shortcut() == QKeySequence("Ctrl+K")
    assert action in window.ui.menuIr.actions()
    box = window.searchBox
    assert box.placeholderText() == PLACEHOLDER == "Buscar (Ctrl+K)…"
    assert box.parent() is window.ui.mainToolBar
    box.setText("mercado")
    window.activateWindow()
    window.pages["secretaria"].ui.sectionList.setFocus()
    qtbot.keyClick(window.pages["secretaria"].ui.sectionList, Qt.Key_K, Qt.ControlModifier)
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    assert box.selectedText() == "mercado"  # typing replaces it


def test_only_what_this_person_may_open_is_offered(qtbot, demo, spanish_qapp):
    from pisac_desktop.gui import navigation
    from pisac_desktop.gui.global_search import rows_of
    from pisac_desktop.management import global_search as gs

    hit = gs.Hit("EXP. N° 2026-000001", "Juana", gs.Target(None, "case_files", 1))
    doc = gs.Hit("OFICIO N° 001-2026-SG-MDP", "Secretaría General",
                 gs.Target(None, "unit_documents", 1))
    answer = gs.Answer("juana", (gs.Group(gs.CASES, (hit,)), gs.Group(gs.UNIT_DOCUMENTS, (doc,))))
    rows = rows_of(answer, lambda target: target.section != "case_files")
    assert [(r.kind, r.title) for r in rows] == [
        (HEADER, "Documentos de las unidades"), (HIT, "OFICIO N° 001-2026-SG-MDP")]
    assert [r.kind for r in rows_of(answer, lambda _t: False)] == [NOTE]
    # The read-only account has no Mesa de Partes: nothing opens it.
    window = MainWindow(_ctx(demo, "consulta"))
    qtbot.addWidget(window)
    assert not navigation.can_open(window, "secretaria", "intake")
    assert navigation.open_target(window, "secretaria", "intake") is None
    assert navigation.can_open(window, None, "case_files")
