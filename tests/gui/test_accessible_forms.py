"""Every Designer form names its controls for a screen reader (issue 19): each field has a label
whose buddy it is, or an accessibleName; each button without text has an accessibleName or a
tooltip. Walks every ui/*.ui through its generated class (pisac_desktop/gui/forms/)."""

import importlib
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted(p.stem for p in (ROOT / "ui").glob("*.ui"))
FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QCheckBox,
          QRadioButton, QAbstractItemView, QSlider)


def accessible_name(widget: QWidget) -> str:
    """The name Qt gives a screen reader (qaccessiblewidgets: buddyString): the accessibleName,
    a check box's own text, the text of the label whose buddy it is, a group box's title."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, (QCheckBox, QRadioButton)) and widget.text().replace("&", "").strip():
        return widget.text()
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for sibling in parent.children():
        if isinstance(sibling, QLabel) and sibling.buddy() is widget and sibling.text().strip():
            return sibling.text()
    return parent.title() if isinstance(parent, QGroupBox) else ""


def built(form: str) -> QWidget:
    """The form's top widget with its generated setupUi() applied."""
    module = importlib.import_module(f"pisac_desktop.gui.forms.ui_{form}")
    top = re.search(r'<widget class="(\w+)"', (ROOT / "ui" / f"{form}.ui").read_text("utf-8"))
    widget = getattr(sys.modules["PySide6.QtWidgets"], top.group(1))()
    ui = next(getattr(module, name) for name in dir(module) if name.startswith("Ui_"))()
    ui.setupUi(widget)
    return widget


def unnamed(widget: QWidget) -> list[str]:
    missing = []
    for child in widget.findChildren(QWidget):
        name = child.objectName()
        if not name or name.startswith("qt_") \
                or isinstance(child.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # Qt's own parts (a combo box's line edit, a spin box's)
        if isinstance(child, QTextBrowser) \
                or isinstance(child, (QTextEdit, QPlainTextEdit)) and child.isReadOnly():
            continue  # text to read, not a field
        if isinstance(child, FIELDS):
            if not accessible_name(child).strip():
                missing.append(f"{type(child).__name__} {name}: sin etiqueta (buddy) ni "
                               "accessibleName")
        elif isinstance(child, QAbstractButton) and not child.text().strip() \
                and not child.accessibleName().strip() and not child.toolTip().strip():
            missing.append(f"{type(child).__name__} {name}: botón sin texto, sin "
                           "accessibleName ni toolTip")
    return missing


def test_every_form_is_walked():
    assert len(FORMS) > 90 and "main_window" in FORMS and "instrument_form" in FORMS


@pytest.mark.parametrize("form", FORMS)
def test_every_control_has_a_name_for_screen_readers(qtbot, form):
    widget = built(form)
    qtbot.addWidget(widget)
    assert unnamed(widget) == [], f"ui/{form}.ui"


def test_the_walk_finds_an_unnamed_field_and_an_icon_only_button(qtbot):
    from PySide6.QtWidgets import QFormLayout, QToolButton

    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    named, anonymous = QLineEdit(objectName="namedEdit"), QLineEdit(objectName="bareEdit")
    label = QLabel("&Nombre:")
    label.setBuddy(named)
    layout.addRow(label, named)
    layout.addRow(QLabel("Sin buddy:"), anonymous)
    layout.addRow(QToolButton(objectName="iconButton"))
    assert unnamed(form) == [
        "QLineEdit bareEdit: sin etiqueta (buddy) ni accessibleName",
        "QToolButton iconButton: botón sin texto, sin accessibleName ni toolTip"]
