"""The application's look: Qt's Fusion style (the same on Windows 10, 11 and Linux, crisp at
100 % and 125 % scaling), a calm light palette, and one style sheet (resources/style/pisac.qss)
for spacing, section headers, the navigation and the tables.

Colours are named here once; the style sheet refers to them as {NAME}, and font sizes as
{SIZE*1.6} style multiples of the application's point size, so the interface scales as a whole
when the font does.
"""

from __future__ import annotations

import re
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QHeaderView

from pisac_desktop.paths import resource

ACCENT = "#1f5f8b"  # the municipality's blue: selection, default buttons, focus
ACCENT_HOVER = "#2a73a6"
ACCENT_SOFT = "#dbe8f3"  # selected table rows
ON_ACCENT = "#ffffff"
WINDOW = "#f4f6f8"
PANEL = "#ffffff"
SIDEBAR = "#e9eef3"
BORDER = "#cfd6de"
BORDER_SOFT = "#e1e6eb"
TEXT = "#1f2933"
MUTED = "#5b6776"
ICON = "#3d4b5a"
ICON_DISABLED = "#a7b0ba"
URGENT = "#b42318"  # overdue: always with a word or a mark beside it, never colour alone
URGENT_SOFT = "#fde7e5"
WARNING = "#8a5a00"
WARNING_SOFT = "#fff4d6"
BADGE = "#5b6776"

COLOURS = {name: value for name, value in globals().items()
           if name.isupper() and isinstance(value, str) and value.startswith("#")}


def palette() -> QPalette:
    pal = QPalette()
    colours = {
        QPalette.Window: WINDOW, QPalette.WindowText: TEXT, QPalette.Base: PANEL,
        QPalette.AlternateBase: "#f7f9fb", QPalette.Text: TEXT, QPalette.Button: "#f9fafb",
        QPalette.ButtonText: TEXT, QPalette.Highlight: ACCENT, QPalette.HighlightedText: ON_ACCENT,
        QPalette.ToolTipBase: "#fffdf4", QPalette.ToolTipText: TEXT, QPalette.Link: ACCENT,
        QPalette.PlaceholderText: "#7b8794", QPalette.Mid: BORDER, QPalette.Midlight: BORDER_SOFT,
    }
    for role, value in colours.items():
        pal.setColor(role, QColor(value))
    for role, value in ((QPalette.WindowText, "#8a939d"), (QPalette.Text, "#8a939d"),
                        (QPalette.ButtonText, "#8a939d")):
        pal.setColor(QPalette.Disabled, role, QColor(value))
    return pal


def style_sheet(point_size: float) -> str:
    """The style sheet with its colours and sizes filled in for this font size."""
    text = resource("style", "pisac.qss").read_text(encoding="utf-8")

    def size(match: re.Match) -> str:
        return f"{max(1.0, point_size * float(match.group(1))):.1f}pt"

    text = re.sub(r"\{SIZE\*([0-9.]+)\}", size, text)
    return re.sub(r"\{([A-Z_]+)\}", lambda m: COLOURS[m.group(1)], text)


def apply_look(app: QApplication) -> None:
    """Fusion, the palette and the style sheet (again after the font size changed)."""
    if not app.property("pisacLook"):  # once: under a style sheet, style() is Qt's wrapper
        app.setStyle("Fusion")
        app.setProperty("pisacLook", True)
    wanted = palette()
    if app.palette() != wanted:
        app.setPalette(wanted)
    sheet = style_sheet(app.font().pointSizeF())
    if app.styleSheet() != sheet:  # setting it re-polishes every widget, even when unchanged
        QApplication.setOverrideCursor(Qt.WaitCursor)  # a second with many screens open
        try:
            with _content_sized_columns_held(app):
                app.setStyleSheet(sheet)
        finally:
            QApplication.restoreOverrideCursor()


@contextmanager
def _content_sized_columns_held(app: QApplication):
    """A column sized to its content measures its rows again at each of the many style
    changes that one new style sheet sends its table (the view, its header, its viewport, its
    scroll bars...): held while the sheet changes, it measures once after. With every section
    open, Ctrl++ took 2.3 s on the lead's machine, 1.3 s held."""
    held = []
    for widget in app.allWidgets():
        if isinstance(widget, QHeaderView):
            sections = [i for i in range(widget.count())
                        if widget.sectionResizeMode(i) == QHeaderView.ResizeToContents]
            for section in sections:
                widget.setSectionResizeMode(section, QHeaderView.Interactive)
            if sections:
                held.append((widget, sections))
    try:
        yield
    finally:
        for header, sections in held:
            for section in sections:
                header.setSectionResizeMode(section, QHeaderView.ResizeToContents)
