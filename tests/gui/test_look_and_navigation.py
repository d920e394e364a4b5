"""The clerk's desk (issue 19): one icon set, a navigation whose badges say what waits (the
overdue in red with a mark and a word), a greeting that opens what most needs doing, and the
daily keys (Ctrl+N, Ctrl+S, Ctrl+E, Ctrl+Shift+P, Ctrl+P, Ctrl+F, F5) in every section."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from pisac_desktop.core.institution import PendingItem
from pisac_desktop.gui import daily_actions, icons, look, section_badges
from pisac_desktop.gui.main_window import MainWindow
from pisac_desktop.gui.operations import wait_idle
from pisac_desktop.gui.overview import greeting, most_urgent
from pisac_desktop.gui.registry import SECTIONS


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


# --- the look --------------------------------------------------------------------------------
def test_every_icon_named_exists_in_the_set(spanish_qapp):
    names = {*icons.SECTION_ICONS.values(), *icons.MODULE_ICONS.values(),
             *icons.ACTION_ICONS.values(), *(name for _w, name in icons.BUTTON_WORDS),
             icons.DEFAULT_SECTION_ICON, "alert"}
    unknown = []
    for name in sorted(names):
        try:
            icons.codepoint(name)
        except KeyError:
            unknown.append(name)
    assert not unknown, f"nombres que la fuente de iconos no tiene: {unknown}"
    image = icons.icon("printer-outline").pixmap(32, 32).toImage()
    inked = sum(image.pixelColor(x, y).alpha() > 0 for x in range(32) for y in range(32))
    assert 40 < inked < 32 * 32 * 0.8, "the glyph is drawn, not an empty or filled square"
    disabled = icons.icon("printer-outline").pixmap(32, 32, QIcon.Disabled).toImage()
    assert {disabled.pixelColor(x, y).name() for x in range(32) for y in range(32)
            if disabled.pixelColor(x, y).alpha() == 255} <= {look.ICON_DISABLED}


def test_every_section_has_its_own_icon():
    missing = sorted({s.key for s in SECTIONS} - set(icons.SECTION_ICONS))
    assert not missing, f"secciones sin icono en gui/icons.py: {missing}"


def test_button_icons_and_words_come_from_the_object_name():
    assert icons.button_words("appealsExcelButton") == {"appeals", "excel", "button"}
    assert icons.button_icon_name("printAllButton") == "printer-outline"
    assert icons.button_icon_name("exportPdfButton") == "file-pdf-box"
    assert icons.button_icon_name("requestsNewButton") == "plus"
    assert icons.button_icon_name("somethingButton") is None


def test_the_style_sheet_is_complete_and_parses(spanish_qapp):
    sheet = re.sub(r"/\*.*?\*/", "", look.style_sheet(9.0), flags=re.S)
    assert "{" not in re.sub(r"\{[^{}]*\}", "", sheet)  # only rule bodies remain braced
    assert not re.search(r"\{[A-Z_]+\}|SIZE\*", sheet), "a colour or a size was not filled in"
    assert "font-size: 14.0pt" in sheet  # titles: 1.55 × 9 pt
    warnings = []
    previous = qInstallMessageHandler(
        lambda kind, _context, message: warnings.append(message)
        if kind != QtMsgType.QtDebugMsg else None)
    try:
        look.apply_look(QApplication.instance())
        QApplication.instance().processEvents()
    finally:
        qInstallMessageHandler(previous)
    assert not [w for w in warnings if "style" in w.lower()], warnings
    app = QApplication.instance()
    assert app.property("pisacLook") is True
    assert app.palette().highlight().color().name() == look.ACCENT


# --- the navigation's badges -----------------------------------------------------------------
def test_badge_counts_and_words():
    badge = section_badges.Badge.of([PendingItem("Por recibir", 5), PendingItem("Vencidos", 2,
                                                                            urgent=True),
                                 PendingItem("Vencen pronto", 1)])
    assert (badge.waiting, badge.overdue) == (6, 2)
    assert badge.words() == "6 pendientes, 2 vencidos"
    assert section_badges.Badge.of([PendingItem("Vencido", 1, urgent=True)]).words() == "1 vencido"


def test_the_navigation_shows_icons_and_what_waits(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    page = window.pages["secretaria"]
    window.ui.moduleTabs.setCurrentWidget(page)
    page.select("overview")
    assert wait_idle()
    nav = page.ui.sectionList
    rows = {spec.key: row for row, spec in enumerate(page.specs)}
    for row in range(nav.count()):
        assert not nav.item(row).icon().isNull()
    cases = nav.item(rows["case_files"])
    badge = cases.data(section_badges.BADGE_ROLE)
    assert badge is not None and badge.overdue > 0, "the demo has overdue case files"
    # The overdue are said in words too: tooltip and accessible text, never the red alone.
    assert re.search(r"\d+ vencidos?", cases.toolTip())
    assert "vencido" in cases.data(Qt.AccessibleTextRole)
    assert nav.item(rows["verify"]).data(section_badges.BADGE_ROLE) is None  # nothing waits there
    assert 200 <= nav.width() <= section_badges.MAX_WIDTH
    # Another section refreshes the badges by itself (not only the Resumen).
    page.select("instruments")
    assert wait_idle()
    assert nav.item(rows["case_files"]).data(section_badges.BADGE_ROLE) == badge
    nav.viewport().grab()  # the delegate paints the badges without error


def test_the_window_fits_a_1366_by_768_screen(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    for page in window.pages.values():
        window.ui.moduleTabs.setCurrentWidget(page)
        for row in range(len(page.specs)):
            page.show_section(row)
    assert wait_idle()
    assert window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().height() <= 768


# --- the greeting ----------------------------------------------------------------------------
@pytest.mark.parametrize(("hour", "expected"), [(8, "Buenos días, Marleny"),
                                                (15, "Buenas tardes, Marleny"),
                                                (21, "Buenas noches, Marleny"),
                                                (2, "Buenas noches, Marleny")])
def test_greeting_by_the_hour(hour, expected):
    assert greeting(hour, "Marleny Huillca Sutta") == expected
    assert greeting(hour, "") == expected.split(",")[0]


def test_the_greeting_names_the_overdue_first():
    items = [PendingItem("Borrador por emitir", 1), PendingItem("Vencidos", 3, urgent=True),
             PendingItem("Por recibir", 9), PendingItem("Citación tardía", 1, urgent=True),
             PendingItem("Actas", 2)]
    assert most_urgent(items) == [1, 3, 0, 2]


def test_the_greeting_opens_what_it_names(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    page = window.pages["secretaria"]
    window.ui.moduleTabs.setCurrentWidget(page)
    overview = page.select("overview")
    assert wait_idle()
    text = overview.ui.greetingLabel.text()
    assert text.startswith(("Buenos días", "Buenas tardes", "Buenas noches"))
    assert "⚠" in text  # the demo has overdue items: marked, not only red
    rows = [int(r) for r in re.findall(r"href='row:(\d+)'", text)]
    assert rows and overview.targets[rows[0]][1].urgent
    key = overview.targets[rows[0]][0]
    overview.ui.greetingLabel.linkActivated.emit(f"row:{rows[0]}")
    assert page.ui.sectionStack.currentWidget() is page.widgets[key]
    # The pending table marks the overdue rows with the mark and a word in the tooltip.
    model = overview.pending_model
    urgent_rows = [r for r, (_k, item) in enumerate(overview.targets) if item.urgent]
    assert model.index(urgent_rows[0], 0).data().startswith("⚠ ")
    assert "Vencido" in model.index(urgent_rows[0], 0).data(Qt.ToolTipRole)


# --- the daily keys --------------------------------------------------------------------------
def test_the_daily_keys_are_in_the_acciones_menu(qtbot, ctx):
    window = _window(qtbot, ctx)
    keys = {a.objectName(): a.shortcut().toString() for a in window.findChildren(QAction)}
    assert keys["actionNuevo"] == "Ctrl+N"
    assert keys["actionGuardar"] == "Ctrl+S"
    assert keys["actionEmitir"] == "Ctrl+E"
    assert keys["actionImprimir"] == "Ctrl+P"
    assert keys["actionVistaPrevia"] == "Ctrl+Shift+P"
    assert keys["actionBuscarSeccion"] == "Ctrl+F"
    assert keys["actionActualizar"] == "F5"
    menu = [a.objectName() for a in window.ui.menuAcciones.actions() if a.objectName()]
    assert menu[:3] == ["actionNuevo", "actionGuardar", "actionEmitir"]


def test_ctrl_n_presses_the_sections_new_button(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    page = window.pages["secretaria"]
    window.ui.moduleTabs.setCurrentWidget(page)
    section = page.select("instruments")
    assert wait_idle()
    button = section.findChild(QPushButton, "newDraftButton")
    assert "(Ctrl+N)" in button.toolTip()
    issue = section.findChild(QPushButton, "issueButton")  # refused now: its reason shows
    assert "(Ctrl+E)" in (issue.property("ownToolTip") or issue.toolTip())
    pressed = []
    button.clicked.disconnect()
    button.clicked.connect(lambda: pressed.append("new"))
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    assert pressed == ["new"]


def test_a_key_with_nothing_to_press_says_so(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    page = window.pages["secretaria"]
    window.ui.moduleTabs.setCurrentWidget(page)
    page.select("verify")
    assert wait_idle()
    issue = next(d for d in daily_actions.DAILY if d.action == "actionEmitir")
    assert not window.do_daily(issue)
    assert window.statusBar().currentMessage() == "En esta sección no se emiten documentos."


def test_ctrl_f_goes_to_the_sections_search_field(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    page = window.pages["secretaria"]
    window.ui.moduleTabs.setCurrentWidget(page)
    section = page.select("instruments")
    assert wait_idle()
    section.ui.searchEdit.setText("mercado")
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    assert QApplication.focusWidget() is section.ui.searchEdit
    assert section.ui.searchEdit.selectedText() == "mercado"
    assert "(Ctrl+F)" in section.ui.searchEdit.toolTip()
    page.select("allowances")
    assert wait_idle()
    assert not window.search_section()
    assert window.statusBar().currentMessage() == "Esta sección no tiene campo de búsqueda."


# --- empty lists say what to do next ---------------------------------------------------------
def test_an_empty_list_says_what_to_do_next(qtbot, ctx):
    window = _window(qtbot, ctx)  # a fresh database: no minute book yet
    page = window.pages["secretaria"]
    window.ui.moduleTabs.setCurrentWidget(page)
    section = page.select("minute_books")
    assert wait_idle()
    label = section.ui.booksView.viewport().findChild(QLabel, "emptyStateLabel")
    assert label is not None and label.isVisible()
    assert "Nuevo libro" in label.text() and "(Ctrl+N)" in label.text()
    assert label.width() > 100


def test_a_list_with_rows_or_not_yet_read_is_not_called_empty(qtbot):
    from PySide6.QtWidgets import QTableView

    from pisac_desktop.gui.empty_state import DEFAULT_TEXT, EmptyState
    from pisac_desktop.gui.table_models import ListTableModel

    view = QTableView()
    view.setObjectName("someView")
    qtbot.addWidget(view)
    model = ListTableModel(("Uno",))
    view.setModel(model)
    state = EmptyState(view)
    view.show()
    assert not state.label.isVisible()  # not read yet: a list on its way is not "empty"
    model.set_rows([])
    assert state.label.isVisible() and state.label.text() == DEFAULT_TEXT
    model.set_rows([("fila",)])
    assert not state.label.isVisible()


def test_a_column_sized_to_its_content_measures_once_when_the_text_grows(qtbot, spanish_qapp):
    """A new style sheet sends a table many style changes; a column sized to its content is
    held meanwhile and measured once after, at the new size (Ctrl++ was 2.3 s with every
    section open, 1.3 s held)."""
    from PySide6.QtWidgets import QHeaderView, QTableView

    from pisac_desktop.gui import layout_memory
    from pisac_desktop.gui.table_models import ListTableModel

    asked = []

    class Counting(ListTableModel):
        def data(self, index, role=Qt.DisplayRole):
            if role == Qt.DisplayRole:
                asked.append(index.row())
            return super().data(index, role)

    rows = [(f"Resolución de Alcaldía N.° {n:03d}-2026-MDP/A", "emitida") for n in range(40)]
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(Counting(["Documento", "Estado"], rows))
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
    look.apply_look(spanish_qapp)
    view.show()
    qtbot.waitExposed(view)
    width = view.horizontalHeader().sectionSize(0)
    asked.clear()
    try:
        layout_memory.set_text_percent(130)
        assert view.horizontalHeader().sectionResizeMode(0) == QHeaderView.ResizeToContents
        assert view.horizontalHeader().sectionSize(0) > width  # measured at the new size
        assert len(asked) <= 2 * len(rows), len(asked)  # once (and a paint), not at each change
        assert QApplication.overrideCursor() is None  # the wait cursor went with the change
    finally:
        layout_memory.set_text_percent(100)
