"""Tab goes through every Designer form in reading order (issue 19): from one field to the next
one below or beside it, never back up the same column — what a clerk typing a whole form with
the keyboard expects. A new form whose tab order jumps fails here (fix its <tabstops>)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QTabWidget, QWidget

import pisac_desktop.gui.forms as forms

FORMS = sorted(m.name for m in pkgutil.iter_modules(forms.__path__))
UP = 20  # px: the next field starts this much higher...
SAME_COLUMN = 150  # ... within this much sideways: Tab went back up the column


def _host(module) -> QWidget:
    source = open(module.__file__, encoding="utf-8").read()
    if "setCentralWidget" in source:
        return QMainWindow()
    if ".setModal(" in source or "QDialogButtonBox" in source:
        return QDialog()
    return QWidget()


def _chain(window: QWidget) -> list[QWidget]:
    chain, seen, widget = [], set(), window.nextInFocusChain()
    while widget is not window and id(widget) not in seen:
        seen.add(id(widget))
        if (widget.focusPolicy() & Qt.TabFocus and widget.isVisible() and widget.isEnabled()
                and widget.window() is window and not isinstance(widget, QTabWidget)
                and widget.objectName() and not widget.objectName().startswith("qt_")):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


@pytest.mark.parametrize("name", FORMS)
def test_tab_follows_reading_order(qtbot, spanish_qapp, name):
    module = importlib.import_module(f"pisac_desktop.gui.forms.{name}")
    ui = next(getattr(module, n) for n in dir(module) if n.startswith("Ui_"))()
    window = _host(module)
    qtbot.addWidget(window)
    ui.setupUi(window)
    window.resize(1366, 740)
    window.show()
    chain = _chain(window)

    def where(widget):
        point = widget.mapTo(window, widget.rect().topLeft())
        return point.y(), point.x()

    back_up = [(a.objectName(), b.objectName()) for a, b in zip(chain, chain[1:], strict=False)
               if where(b)[0] < where(a)[0] - UP and abs(where(b)[1] - where(a)[1]) < SAME_COLUMN]
    assert not back_up, f"{name}: Tab vuelve hacia arriba: {back_up}"
