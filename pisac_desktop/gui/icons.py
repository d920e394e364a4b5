"""The one icon set of the application: Material Design Icons 6.9.96 (Pictogrammers; Apache
2.0), drawn from its font (resources/fonts, with its licence) so every icon has the same weight,
takes the colour of its state and is crisp at any scaling.

The font is drawn here by a small QIconEngine rather than through QtAwesome, which bundles the
same font: QtAwesome goes through QtPy, whose star imports of PySide6 cost about 0.55 s at
start-up, and loads every bundled font at the first icon (0.15 s more); this costs ~10 ms.

Icons are named here once: the modules, their sections (the navigation), the main window's menu
actions, and the push buttons of every section by the words of their object name (newButton,
appealsExcelButton, printAllButton...), so a new Designer form gets its icons without code.
"""

from __future__ import annotations

import json
import re
from functools import cache

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import QPushButton, QWidget

from pisac_desktop.gui import look
from pisac_desktop.paths import resource

FONT_FILE = "MaterialDesignIcons-6.9.96.ttf"
CHARMAP_FILE = "MaterialDesignIcons-6.9.96.json"
SCALE = 0.92  # the glyph's share of the icon's square (the font's own margin does the rest)

MODULE_ICONS = {
    "gerencia": "account-tie-outline",
    "secretaria": "town-hall",
}

SECTION_ICONS = {
    "overview": "home-outline",
    "dashboard": "chart-bar",
    "instruments": "file-document-edit-outline",
    "commitments": "clipboard-check-outline",
    "plan": "calendar-check-outline",
    "monthly_report": "file-chart-outline",
    "case_files": "folder-open-outline",
    "unit_documents": "file-document-multiple-outline",
    "appeals": "scale-balance",
    "org_units": "sitemap-outline",
    "delegations": "account-arrow-right-outline",
    "commissions": "account-group-outline",
    "governance": "bookshelf",
    "proposals": "presentation",
    "intake": "inbox-arrow-down",
    "information": "information-outline",
    "councillor_requests": "account-voice",
    "fedatarios": "stamper",
    "archive": "archive-outline",
    "authorities": "account-tie-outline",
    "council_sessions": "gavel",
    "minute_books": "book-open-variant",
    "allowances": "cash-multiple",
    "verify": "shield-check-outline",
}
DEFAULT_SECTION_ICON = "circle-small"

# The main window's actions by object name (ui/main_window.ui).
ACTION_ICONS = {
    "actionRespaldar": "database-export-outline",
    "actionRespaldarEn": "usb-flash-drive-outline",
    "actionRestaurar": "backup-restore",
    "actionCambiarContrasena": "key-outline",
    "actionCerrarSesion": "logout",
    "actionSalir": "exit-to-app",
    "actionInstitucion": "bank",
    "actionConcejo": "account-group-outline",
    "actionConcejoCitaciones": "email-outline",
    "actionCalendario": "calendar-month-outline",
    "actionTiposDocumento": "file-tree-outline",
    "actionTupa": "clipboard-list-outline",
    "actionRecursos": "scale-balance",
    "actionUsuarios": "account-multiple-outline",
    "actionAuditoria": "history",
    "actionConexion": "lan-connect",
    "actionAcercaDe": "information-outline",
    "actionNuevo": "plus",
    "actionGuardar": "content-save-outline",
    "actionEmitir": "stamper",
    "actionImprimir": "printer-outline",
    "actionVistaPrevia": "file-eye-outline",
    "actionBuscarSeccion": "magnify",
    "actionActualizar": "refresh",
    "actionBuscar": "magnify",
}

# A push button's icon by the first of these words found in its object name (split at its
# capitals: "appealsExcelButton" -> appeals, excel, button). Earlier rules win.
BUTTON_WORDS: tuple[tuple[str, str], ...] = (
    ("excel", "microsoft-excel"),
    ("xlsx", "microsoft-excel"),
    ("pdf", "file-pdf-box"),
    ("preview", "file-eye-outline"),
    ("print", "printer-outline"),
    ("reprint", "printer-outline"),
    ("cedula", "email-fast-outline"),
    ("issue", "stamper"),
    ("save", "content-save-outline"),
    ("new", "plus"),
    ("add", "plus"),
    ("edit", "pencil-outline"),
    ("annul", "cancel"),
    ("cancel", "close"),
    ("remove", "delete-outline"),
    ("delete", "delete-outline"),
    ("receive", "inbox-arrow-down"),
    ("refer", "send-outline"),
    ("archive", "archive-arrow-down-outline"),
    ("verify", "check-decagram-outline"),
    ("certify", "file-certificate-outline"),
    ("authenticate", "file-certificate-outline"),
    ("answer", "reply-outline"),
    ("return", "undo-variant"),
    ("revert", "undo-variant"),
    ("clear", "filter-remove-outline"),
    ("report", "chart-timeline-variant"),
    ("compliance", "clipboard-check-outline"),
    ("export", "database-export-outline"),
    ("import", "database-import-outline"),
    ("restore", "backup-restore"),
    ("register", "clipboard-plus-outline"),
    ("delivery", "truck-delivery-outline"),
    ("deliver", "truck-delivery-outline"),
    ("notify", "email-check-outline"),
    ("receipt", "clipboard-check-outline"),
    ("publish", "bullhorn-outline"),
    ("convene", "calendar-plus"),
    ("reschedule", "calendar-edit"),
    ("postpone", "calendar-clock"),
    ("reprogram", "calendar-edit"),
    ("extend", "calendar-clock"),
    ("evidence", "paperclip"),
    ("file", "paperclip"),
    ("image", "image-outline"),
    ("crest", "image-outline"),
    ("open", "open-in-new"),
    ("view", "eye-outline"),
    ("draft", "file-document-edit-outline"),
    ("redraft", "file-document-edit-outline"),
    ("document", "file-document-edit-outline"),
    ("letter", "email-outline"),
    ("agreement", "handshake-outline"),
    ("ordinance", "file-document-outline"),
    ("resolution", "file-document-outline"),
    ("approve", "check"),
    ("include", "playlist-plus"),
    ("observe", "comment-alert-outline"),
    ("end", "flag-checkered"),
    ("close", "lock-outline"),
    ("install", "play-circle-outline"),
    ("test", "lan-check"),
    ("routing", "map-marker-path"),
    ("inventory", "format-list-checks"),
    ("lend", "hand-extended-outline"),
    ("locate", "map-marker-outline"),
    ("move", "swap-vertical"),
    ("reopen", "lock-open-variant-outline"),
    ("suspend", "pause-circle-outline"),
    ("status", "account-clock-outline"),
    ("reset", "lock-reset"),
    ("toggle", "toggle-switch-outline"),
    ("payment", "cash"),
    ("fee", "cash"),
    ("meeting", "account-group-outline"),
    ("emergency", "alert-outline"),
)


@cache
def button_words(object_name: str) -> frozenset[str]:
    """The words of an object name, split at its capitals: appealsNewButton -> appeals, new,
    button (what says a button's icon and the daily key that presses it)."""
    return frozenset(w.lower() for w in re.findall(r"[a-z]+|[A-Z][a-z]*", object_name))


@cache
def button_icon_name(object_name: str) -> str | None:
    """The icon of a push button from its object name, or None (no rule names it)."""
    words = button_words(object_name)
    for word, name in BUTTON_WORDS:
        if word in words:
            return name
    return None


@cache
def _font_family() -> str:
    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise RuntimeError(f"No se pudo cargar la fuente de iconos {FONT_FILE}.")
    return families[0]


@cache
def _charmap() -> dict[str, int]:
    return json.loads(resource("fonts", CHARMAP_FILE).read_text(encoding="utf-8"))


def codepoint(name: str) -> int:
    """The glyph of an icon name of the set; KeyError for a name it does not have."""
    return _charmap()[name]


class GlyphEngine(QIconEngine):
    """One glyph of the icon font, in the colour of the icon's mode (normal, disabled,
    selected), at any size."""

    def __init__(self, char: str, colours: dict[QIcon.Mode, QColor]):
        super().__init__()
        self.char = char
        self.colours = colours

    def paint(self, painter: QPainter, rect: QRect, mode, state) -> None:  # noqa: ARG002
        painter.save()
        font = QFont(_font_family())
        font.setPixelSize(max(1, round(min(rect.width(), rect.height()) * SCALE)))
        painter.setFont(font)
        painter.setPen(self.colours.get(mode, self.colours[QIcon.Normal]))
        painter.setRenderHint(QPainter.TextAntialiasing)
        painter.drawText(rect, Qt.AlignCenter, self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        ratio = QGuiApplication.primaryScreen().devicePixelRatio() \
            if QGuiApplication.primaryScreen() else 1.0
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.char, self.colours)


@cache
def icon(name: str, color: str | None = None) -> QIcon:
    """An icon of the set; its selected state (a chosen navigation row) is drawn in white."""
    colours = {QIcon.Normal: QColor(color or look.ICON), QIcon.Active: QColor(color or look.ICON),
               QIcon.Disabled: QColor(look.ICON_DISABLED),
               QIcon.Selected: QColor(look.ON_ACCENT)}
    return QIcon(GlyphEngine(chr(codepoint(name)), colours))


def section_icon(key: str) -> QIcon:
    return icon(SECTION_ICONS.get(key, DEFAULT_SECTION_ICON))


def module_icon(key: str) -> QIcon:
    return icon(MODULE_ICONS.get(key, DEFAULT_SECTION_ICON))


def decorate_buttons(root: QWidget) -> None:
    """Give every push button under root the icon its object name calls for (once; a
    button with an icon of its own keeps it)."""
    for button in root.findChildren(QPushButton):
        if not button.icon().isNull() or not button.text():
            continue
        name = button_icon_name(button.objectName())
        if name:
            button.setIcon(icon(name))


def decorate_actions(window: QWidget) -> None:
    """The main window's menu actions get their icons (ACTION_ICONS)."""
    from PySide6.QtGui import QAction

    for action in window.findChildren(QAction):
        name = ACTION_ICONS.get(action.objectName())
        if name and action.icon().isNull():
            action.setIcon(icon(name))
