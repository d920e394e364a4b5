"""The layout a person leaves is the one they find (issue 19): the window, the dividers, the
columns they dragged, the sort, the tab and the last section, per user; Ver › Restablecer
diseño; Ver › Aumentar el texto (Ctrl++), remembered, with the rows and columns following."""

import dataclasses
import os

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from pisac_desktop.core.permissions import Actor, Role
from pisac_desktop.gui import layout_memory
from pisac_desktop.gui.layout_memory import FILE_NAME, LEGACY_FILE, TEXT_STEPS
from pisac_desktop.gui.main_window import MainWindow
from pisac_desktop.gui.operations import wait_idle


def _other_user(ctx):
    actor = Actor(None, "otra", "Otra persona", frozenset({Role("admin")}), "PC-PRUEBA")
    return dataclasses.replace(ctx, actor=actor)


@pytest.fixture(autouse=True)
def normal_text_after():
    yield
    layout_memory.set_text_percent(100)  # the next tests see the normal size


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_remembered()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()  # its shortcuts answer the keys
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _wide(qtbot, ctx) -> MainWindow:
    """A window of 1366×768 (the offscreen screen is smaller: restored, a window is made to
    fit it)."""
    window = _window(qtbot, ctx)
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMaximized())
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    return window


def _instruments(qtbot, window):
    window.ui.moduleTabs.setCurrentWidget(window.pages["gerencia"])
    section = window.pages["gerencia"].select("instruments")
    assert wait_idle()
    qtbot.waitUntil(lambda: sum(section.ui.splitter.sizes()) > 0
                    and layout_memory.SplitterKeeper in
                    {type(k) for k in section.ui.splitter.children()})
    qtbot.wait(20)  # the keeper settles after the first show
    return section


def _keeper(widget):
    return next(c for c in widget.children() if isinstance(c, layout_memory._Keeper))


def _drag(splitter, position: int) -> None:
    """What the person's drag of the divider does (emits splitterMoved)."""
    splitter.moveSplitter(position, 1)


def test_the_window_comes_back_as_it_was_left_for_the_same_user_only(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    assert window.isMaximized()  # the first time
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMaximized())
    qtbot.wait(50)
    window.resize(window.width(), 560)
    qtbot.wait(50)
    left = window.geometry()
    window.close()
    kept = demo_ctx.paths.root / FILE_NAME
    assert kept.exists()
    if os.name == "posix":  # private to the user, like the rest of the data folder
        assert kept.stat().st_mode & 0o077 == 0

    again = _window(qtbot, demo_ctx)
    assert not again.isMaximized()
    assert again.height() == left.height()  # (its width: at most the small offscreen screen)
    again.showMaximized()
    again.close()
    assert _window(qtbot, demo_ctx).isMaximized()
    assert _window(qtbot, _other_user(demo_ctx)).isMaximized()


def test_dividers_columns_sort_and_section_come_back_for_the_same_user_only(qtbot, demo_ctx):
    window = _wide(qtbot, demo_ctx)
    section = _instruments(qtbot, window)
    splitter = section.ui.splitter
    before = splitter.sizes()
    _drag(splitter, before[0] - 150)  # the detail wider
    moved = splitter.sizes()
    assert moved[0] < before[0] - 100, (before, moved)
    view = section.ui.instrumentsView
    view.setColumnWidth(0, 211)  # Número, dragged wider
    header = view.horizontalHeader()
    header.setSortIndicator(0, Qt.AscendingOrder)  # the person clicks «Número»
    assert section.model.sort_key == "number"
    # a table of another section (its columns as the section sized them, then dragged)
    cases = window.pages["gerencia"].select("case_files")
    assert wait_idle()
    cases.ui.casesView.setColumnWidth(1, 177)
    window.close()

    again = _wide(qtbot, demo_ctx)
    page = again.pages["gerencia"]
    # the last section open in the module opens again
    assert page.ui.sectionList.currentItem().text() == "Expedientes"
    assert page.widgets["case_files"].ui.casesView.columnWidth(1) == 177
    section = _instruments(qtbot, again)
    assert section.ui.splitter.sizes() == moved
    assert section.ui.instrumentsView.columnWidth(0) == 211
    header = section.ui.instrumentsView.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.AscendingOrder)
    assert section.model.sort_key == "number" and not section.model.descending
    again.close()

    # another person on the same PC: the defaults
    other = _wide(qtbot, _other_user(demo_ctx))
    assert other.pages["gerencia"].ui.sectionList.currentItem().text() == "Resumen"
    section = _instruments(qtbot, other)
    assert section.ui.splitter.sizes() == before
    assert section.ui.instrumentsView.columnWidth(0) != 211
    assert section.model.sort_key == "date" and section.model.descending


def test_restablecer_diseno_puts_the_defaults_back_at_once(qtbot, demo_ctx):
    window = _wide(qtbot, demo_ctx)
    section = _instruments(qtbot, window)
    splitter = section.ui.splitter
    default_sizes = splitter.sizes()
    view = section.ui.instrumentsView
    default_width = view.columnWidth(0)
    _drag(splitter, default_sizes[0] - 150)
    assert splitter.sizes() != default_sizes
    view.setColumnWidth(0, default_width + 90)
    view.horizontalHeader().setSortIndicator(1, Qt.AscendingOrder)

    layout_memory.reset_layout(demo_ctx)  # what Ver › Restablecer diseño does, then maximizes
    assert wait_idle()
    assert splitter.sizes() == default_sizes
    assert view.columnWidth(0) == default_width
    header = view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == \
        (2, Qt.DescendingOrder)  # Fecha, newest first
    assert section.model.sort_key == "date"
    assert layout_memory.read(demo_ctx, "divisores/gerencia_instruments.splitter") is None

    # the menu: the window maximized again, said in the status bar; the text size is not the
    # layout (it has Ctrl+0)
    window.larger_text()
    assert window.ui.actionRestablecerDiseno.text() == "Restablecer &diseño"
    window.ui.actionRestablecerDiseno.trigger()
    qtbot.waitUntil(window.isMaximized)
    assert "Diseño restablecido" in window.ui.statusBar.currentMessage()
    assert layout_memory.text_percent() == 115


def test_the_tab_of_a_section_is_remembered(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    appeals = window.pages["gerencia"].select("appeals")
    assert wait_idle()
    appeals.ui.tabs.setCurrentIndex(1)  # Libro de reclamaciones
    window.close()
    again = _window(qtbot, demo_ctx)
    assert again.pages["gerencia"].select("appeals").ui.tabs.currentIndex() == 1
    other = _window(qtbot, _other_user(demo_ctx))
    assert other.pages["gerencia"].select("appeals").ui.tabs.currentIndex() == 0


def test_ctrl_plus_grows_the_text_the_rows_and_columns_and_is_remembered(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    section = _instruments(qtbot, window)
    view = section.ui.instrumentsView
    app = QApplication.instance()
    size = app.font().pointSizeF()
    row = view.verticalHeader().defaultSectionSize()
    label_width = window.userLabel.sizeHint().width()
    title = section.ui.titleLabel.font().pointSizeF()  # its size is the style sheet's
    action = window.ui.actionAumentarTexto
    assert [s.toString() for s in action.shortcuts()] == ["Ctrl++", "Ctrl+="]
    assert window.ui.actionReducirTexto.shortcut().toString() == "Ctrl+-"
    assert window.ui.actionTextoNormal.shortcut().toString() == "Ctrl+0"

    qtbot.keyClick(window, Qt.Key_Plus, Qt.ControlModifier)
    qtbot.keyClick(window, Qt.Key_Equal, Qt.ControlModifier)
    assert layout_memory.text_percent() == TEXT_STEPS[TEXT_STEPS.index(100) + 2]
    assert app.font().pointSizeF() == pytest.approx(size * layout_memory.text_scale())
    assert view.font().pointSizeF() == pytest.approx(app.font().pointSizeF())
    assert "Tamaño del texto" in window.ui.statusBar.currentMessage()
    # the rows and the labels grow with it, the window lays itself out again
    assert view.verticalHeader().defaultSectionSize() >= \
        QFontMetrics(view.font()).height() + 8 > row
    assert window.userLabel.sizeHint().width() > label_width
    assert section.ui.titleLabel.font().pointSizeF() == pytest.approx(
        title * layout_memory.text_scale(), abs=0.2)
    window.close()

    layout_memory.set_text_percent(100)  # e.g. another person signed in meanwhile
    again = _window(qtbot, demo_ctx)
    assert layout_memory.text_percent() == 130  # remembered for this person
    again.close()
    other = _window(qtbot, _other_user(demo_ctx))
    assert layout_memory.text_percent() == 100
    other.close()

    again = _window(qtbot, demo_ctx)
    for _ in range(10):  # never beyond the largest step
        again.larger_text()
    assert layout_memory.text_percent() == TEXT_STEPS[-1]
    qtbot.keyClick(again, Qt.Key_0, Qt.ControlModifier)
    assert layout_memory.text_percent() == 100
    assert app.font().pointSizeF() == pytest.approx(size)
    for _ in range(10):
        again.smaller_text()
    assert layout_memory.text_percent() == TEXT_STEPS[0]


def test_widths_kept_by_an_earlier_version_are_kept(qtbot, demo_ctx):
    root = demo_ctx.paths.root
    (root / LEGACY_FILE).write_text("[prueba]\nagenda=40,300,90,90\n", encoding="utf-8")
    assert layout_memory.read(demo_ctx, "columnas/agenda") in (["40", "300", "90", "90"],
                                                              "40,300,90,90")
    assert (root / FILE_NAME).exists()


def test_a_damaged_layout_file_gives_the_defaults(qtbot, demo_ctx):
    (demo_ctx.paths.root / FILE_NAME).write_text(
        "[prueba]\ndiseno\\divisores\\gerencia_instruments.splitter=a,b\n"
        "diseno\\ventana\\geometria=nada\ntexto=enorme\n", encoding="utf-8")
    window = _window(qtbot, demo_ctx)
    assert window.isMaximized()
    assert layout_memory.text_percent() == 100
    section = _instruments(qtbot, window)
    assert all(size > 0 for size in section.ui.splitter.sizes())
    assert isinstance(window.saveGeometry(), QByteArray)


def test_with_the_largest_text_the_window_still_fits_1366x768_and_a_section_scrolls(
        qtbot, demo_ctx):
    window = _wide(qtbot, demo_ctx)
    page = window.pages["gerencia"]
    for key in ("instruments", "commitments", "dashboard", "plan"):
        page.select(key)
        assert wait_idle()
    for _ in range(len(TEXT_STEPS)):
        window.larger_text()
    assert layout_memory.text_percent() == TEXT_STEPS[-1]
    qtbot.wait(50)
    least = window.minimumSizeHint()
    assert least.width() <= 1366 and least.height() <= 768  # never wider than the screen
    section = page.select("commitments")  # the widest section: it scrolls sideways
    assert wait_idle()
    qtbot.waitUntil(lambda: page.ui.sectionScroll.horizontalScrollBar().isVisible())
    assert page.ui.sectionStack.width() >= section.minimumSizeHint().width()
    # the navigation keeps its titles and badges in sight
    nav = page.ui.sectionList
    assert nav.width() > 250 and not nav.horizontalScrollBar().isVisible()


def test_another_person_signing_in_on_the_window_gets_their_own_layout(qtbot, demo_ctx):
    """Archivo › Cerrar sesión, then someone else: their text size and dividers (MainWindow.
    sign_out calls layout_memory.user_changed once the new person is signed in)."""
    window = _wide(qtbot, demo_ctx)
    section = _instruments(qtbot, window)
    splitter = section.ui.splitter
    default_sizes = splitter.sizes()
    window.larger_text()
    qtbot.wait(20)
    _drag(splitter, splitter.sizes()[0] - 150)
    mine = splitter.sizes()

    first = demo_ctx.actor
    demo_ctx.actor = _other_user(demo_ctx).actor
    layout_memory.user_changed(demo_ctx)
    assert layout_memory.text_percent() == 100
    qtbot.waitUntil(lambda: splitter.sizes() == default_sizes)

    demo_ctx.actor = first
    layout_memory.user_changed(demo_ctx)
    assert layout_memory.text_percent() == 115
    qtbot.waitUntil(lambda: splitter.sizes() == mine)


def test_a_long_data_folder_path_is_shortened_not_widening_the_window(qtbot, demo_ctx):
    """A Windows profile folder can be long: at the largest text its path in the status bar
    is shortened in the middle (whole in the tooltip), never making the window wider than a
    1366-pixel screen."""
    import dataclasses as dc

    long_root = demo_ctx.paths.root / ("Municipalidad Distrital de Pisac - Gerencia " * 3)
    long_root.mkdir(parents=True)
    ctx = dc.replace(demo_ctx, paths=dc.replace(demo_ctx.paths, root=long_root).ensure())
    window = _wide(qtbot, ctx)
    for _ in range(len(TEXT_STEPS)):
        window.larger_text()
    qtbot.wait(50)
    label = window.dataLabel
    assert window.minimumSizeHint().width() <= 1366
    assert str(long_root) == label.toolTip()
    shown = label.shown_text()
    assert "…" in shown and shown.startswith("Carpeta de datos: ")
    assert label.fontMetrics().horizontalAdvance(shown) <= label.width()
    window.normal_text()
    qtbot.wait(50)
    window.resize(3000, 768)  # room enough: the whole path
    qtbot.waitUntil(lambda: label.shown_text() == f"Carpeta de datos: {long_root}")
