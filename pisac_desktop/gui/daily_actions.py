"""The daily actions under the same keys in every section (menu Acciones): Nuevo Ctrl+N,
Guardar Ctrl+S, Emitir Ctrl+E, Vista previa Ctrl+Shift+P, Imprimir Ctrl+P, Buscar Ctrl+F,
Actualizar F5.

Each key presses the button of that action in the section on screen: the first visible and
enabled push button whose object name has the action's word (newButton, appealsNewButton,
printMinutesButton...), so a new Designer form is covered by naming its buttons as the others
are. The buttons' tooltips show the key; a key with nothing to press says so in the status bar.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from pisac_desktop.gui.enabling import OWN_TIP
from pisac_desktop.gui.icons import button_words


@dataclass(frozen=True)
class DailyAction:
    action: str  # the QAction's object name in ui/main_window.ui
    words: tuple[str, ...]  # a button whose object name has one of these words
    exclude: tuple[str, ...] = ()  # ... and none of these
    nothing: str = ""  # said when the section has no such button


DAILY: tuple[DailyAction, ...] = (
    DailyAction("actionNuevo", ("new",), nothing="En esta sección no se crea nada nuevo."),
    DailyAction("actionGuardar", ("save",), exclude=("pdf", "excel"),
                nothing="En esta sección no hay nada que guardar."),
    DailyAction("actionEmitir", ("issue",), nothing="En esta sección no se emiten documentos."),
    DailyAction("actionVistaPrevia", ("preview",),
                nothing="En esta sección no hay vista previa."),
    DailyAction("actionImprimir", ("print",), exclude=("all", "attendance", "votes"),
                nothing="En esta sección no se imprime desde aquí."),
)
SEARCH_FIELDS = ("searchEdit", "locateEdit", "codeEdit")


def _shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.isEnabled()


def button_for(section: QWidget, daily: DailyAction, only_usable: bool = True) -> QPushButton | None:
    """The button a daily action presses in this section (usable: shown and enabled)."""
    for button in section.findChildren(QPushButton):
        words = button_words(button.objectName())
        if not words.intersection(daily.words) or words.intersection(daily.exclude):
            continue
        if not only_usable or _shown(button):
            return button
    return None


def search_field(section: QWidget) -> QLineEdit | None:
    for name in SEARCH_FIELDS:
        field = section.findChild(QLineEdit, name)
        if field is not None and _shown(field):
            return field
    return None


def mark_shortcuts(section: QWidget, window: QWidget) -> None:
    """Each button a daily key presses says the key in its tooltip."""
    for daily in DAILY:
        action = window.findChild(QAction, daily.action)
        if action is None:
            continue
        keys = action.shortcut().toString(QKeySequence.PortableText)
        for button in section.findChildren(QPushButton):
            words = button_words(button.objectName())
            if words.intersection(daily.words) and not words.intersection(daily.exclude):
                _add_key(button, keys)
    field = next((section.findChild(QLineEdit, n) for n in SEARCH_FIELDS
                  if section.findChild(QLineEdit, n) is not None), None)
    action = window.findChild(QAction, "actionBuscarSeccion")
    if field is not None and action is not None:
        keys = action.shortcut().toString(QKeySequence.PortableText)
        tip = field.toolTip() or field.placeholderText()
        if keys not in tip:
            field.setToolTip(f"{tip} ({keys})".strip())


def _add_key(button: QPushButton, keys: str) -> None:
    """The key after the button's own tooltip (gui/enabling.py keeps that one aside while
    the button shows why it is refused; it gets the key too)."""
    own = button.property(OWN_TIP)
    base = own if own is not None else button.toolTip()
    tip = base or button.text().replace("&", "")
    if keys in tip:
        return
    tip = f"{tip} ({keys})"
    if own is not None:
        button.setProperty(OWN_TIP, tip)
    if own is None or button.toolTip() == own:
        button.setToolTip(tip)


def press(section: QWidget | None, daily: DailyAction) -> bool:
    """Press the section's button for this action; False when it has none usable now."""
    button = button_for(section, daily) if section is not None else None
    if button is None:
        return False
    button.setFocus()
    button.click()
    return True


def focus_search(section: QWidget | None) -> bool:
    field = search_field(section) if section is not None else None
    if field is None:
        return False
    field.setFocus()
    field.selectAll()
    return True
