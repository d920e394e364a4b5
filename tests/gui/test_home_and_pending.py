"""A Secretaría user starts on the Secretaría tab; the Resumen's pending items open what they
name when clicked (issue 11, Pantallas 7)."""

from pisac_desktop.gui.main_window import MainWindow
from pisac_desktop.gui.operations import wait_idle
from tests.gui.test_council_sessions import _ctx


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_secretaria_user_starts_on_the_secretaria_tab(qtbot, demo, spanish_qapp):
    from tests.conftest import make_ctx

    window = _window(qtbot, _ctx(demo))  # mhuillca: Secretaría General
    assert window.ui.moduleTabs.currentWidget() is window.pages["secretaria"]
    admin = _window(qtbot, make_ctx(demo))
    assert admin.ui.moduleTabs.currentIndex() == 0


def test_clicking_a_pending_row_opens_what_it_names(qtbot, demo, spanish_qapp):
    window = _window(qtbot, _ctx(demo))
    page = window.pages["secretaria"]
    overview = page.select("overview")
    assert wait_idle()  # the overview reads in a worker
    rows = [(i, key, item) for i, (key, item) in enumerate(overview.targets)
            if key is not None and item.target is not None]
    assert any(key == "council_sessions" for _i, key, _item in rows), overview.targets
    assert any(key == "instruments" for _i, key, _item in rows), overview.targets
    for row, key, item in rows:
        page.select("overview")
        view = overview.ui.pendingView
        view.clicked.emit(overview.pending_model.index(row, 0))
        shown = page.ui.sectionStack.currentWidget()
        assert shown is page.widgets[key], item.label
        if key == "council_sessions":
            assert shown.detail.id == item.target, item.label
            assert shown.ui.detailTabs.currentWidget().objectName() == f"{item.place}Tab"
        elif key == "instruments":
            assert shown.selected_id() == item.target, item.label
