"""What a person leaves on screen is what they find the next time, and the text as large as
they want it.

Remembered per user and per screen in the data folder (diseno.ini, QSettings in INI format),
so two clerks sharing a PC each find their own: the main window's size and place (maximized or
not), where each divider between a list and its detail sits, the widths of the columns they
dragged, the column and direction a list is sorted by, the tab open in a section, the last
section open in each module, and the size of the text (Ver › Aumentar / Reducir el texto).

One mechanism for every screen: remember_layout(section, scope, ctx) — called by
gui/module_page.py when a section is built — finds the section's splitters, tables and tab
widgets by objectName and attaches a keeper to each (a widget whose dynamic property
`layoutMemory` is false is left alone: the detail tabs of a record). gui/column_fit.py adds, for
the tables whose one text column should take the room, the sizing of the other columns by
content.
Ver › Restablecer diseño (reset_layout) forgets this user's layout and every keeper puts its
screen's defaults back at once; the text size has its own Ctrl+0.

Column widths are kept as at the normal text size (100 %): with a larger text they grow with
it, and so do the rows' heights.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QWidget,
)

from pisac_desktop.paths import make_private

FILE_NAME = "diseno.ini"
LEGACY_FILE = "columnas.ini"  # the column widths of the versions before this file
LAYOUT = "diseno"  # the group Restablecer diseño forgets
TEXT_KEY = "texto"  # the text size, in percent (outside LAYOUT: Ctrl+0 resets it)
OPT_OUT = "layoutMemory"  # a widget with this property set to false is not remembered
TEXT_STEPS = (85, 100, 115, 130, 145, 160)  # Ver › Aumentar / Reducir el texto, in percent
NORMAL_TEXT = 100
_BASE_PROPERTY = "pisacBaseFontSize"  # the application's font size at 100 % (points or pixels)
_PERCENT_PROPERTY = "pisacTextPercent"


# --- where it is kept --------------------------------------------------------------------------

def settings_file(ctx) -> Path:
    return Path(ctx.paths.root) / FILE_NAME


def _settings(ctx) -> QSettings:
    path = settings_file(ctx)
    legacy = path.with_name(LEGACY_FILE)
    settings = QSettings(str(path), QSettings.IniFormat)
    if not path.exists() and legacy.exists():  # once: the widths kept before, as they were
        old = QSettings(str(legacy), QSettings.IniFormat)
        for key in old.allKeys():
            user, _, table = key.partition("/")
            if table:
                settings.setValue(f"{user}/{LAYOUT}/columnas/{table}", old.value(key))
        _sync(settings)
    return settings


def _sync(settings: QSettings) -> None:
    """Written now, and private to the user like the rest of the data folder."""
    settings.sync()
    make_private(Path(settings.fileName()))


def _user(ctx) -> str:
    return ctx.actor.username or "sistema"


def read(ctx, key: str):
    """This user's remembered value for a layout key (None: nothing remembered)."""
    return _settings(ctx).value(f"{_user(ctx)}/{LAYOUT}/{key}")


def write(ctx, key: str, value) -> None:
    settings = _settings(ctx)
    settings.setValue(f"{_user(ctx)}/{LAYOUT}/{key}", value)
    _sync(settings)


def _ints(value) -> list[int]:
    """'760,340' (or a list) as numbers; [] for nothing or a damaged value."""
    if not value:
        return []
    try:
        values = value if isinstance(value, list) else str(value).split(",")
        return [int(v) for v in values]
    except (TypeError, ValueError):
        return []


def _joined(values) -> str:
    return ",".join(str(int(v)) for v in values)


class _Notifier(QObject):
    """Tells the keepers of a window that its layout was reset or that another user signed
    in: changed(ctx)."""

    changed = Signal(object)


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    global _notifier
    app = QApplication.instance()
    if _notifier is None or not shiboken6.isValid(_notifier) or _notifier.parent() is not app:
        _notifier = _Notifier(app)
    return _notifier


def reset_layout(ctx) -> None:
    """Ver › Restablecer diseño: forget this user's layout, show every screen's defaults now."""
    settings = _settings(ctx)
    settings.remove(f"{_user(ctx)}/{LAYOUT}")
    _sync(settings)
    notifier().changed.emit(ctx)


def user_changed(ctx) -> None:
    """Another person signed in on this window: their layout and text size."""
    apply_text_size(ctx)
    notifier().changed.emit(ctx)


# --- keepers -----------------------------------------------------------------------------------

class _Keeper(QObject):
    """Remembers one widget's layout under `key`; restore() shows what is remembered (or the
    screen's default when nothing is)."""

    def __init__(self, widget: QWidget, key: str, ctx):
        super().__init__(widget)
        self.widget = widget
        self.key = key
        self.ctx = ctx
        self._applying = False
        notifier().changed.connect(self._changed)

    def _changed(self, ctx) -> None:
        if ctx is self.ctx and shiboken6.isValid(self.widget):
            self.restore()

    def restore(self) -> None:
        raise NotImplementedError


class SplitterKeeper(_Keeper):
    """Where the divider sits. The section's own sizes are the default (followed as the window
    changes size until the person moves the divider); the remembered ones are put back once
    the splitter has its real width (the first time it is shown)."""

    def __init__(self, splitter: QSplitter, key: str, ctx):
        super().__init__(splitter, f"divisores/{key}", ctx)
        self.default: list[int] | None = None  # known once shown
        self.custom = False  # the person's sizes are shown
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Show and self.default is None:
            QTimer.singleShot(0, self._settle)  # after the section's own showEvent
        elif kind == QEvent.Resize and self.default is not None and not self.custom:
            QTimer.singleShot(0, self._note_default)  # once the splitter laid itself out
        return False

    def _note_default(self) -> None:
        if shiboken6.isValid(self.widget) and not self.custom:
            self.default = self.widget.sizes()

    def _settle(self) -> None:
        if not shiboken6.isValid(self.widget) or self.default is not None:
            return
        self.default = self.widget.sizes()
        self.restore()

    def saved(self) -> list[int]:
        sizes = _ints(read(self.ctx, self.key))
        if len(sizes) != self.widget.count() or sum(sizes) <= 0 or min(sizes) < 0:
            return []
        return sizes

    def restore(self) -> None:
        if self.default is None:
            return  # the first show puts the remembered sizes
        saved = self.saved()
        self.custom = bool(saved)
        self.widget.setSizes(saved or self.default)

    def _moved(self, *_args) -> None:
        self.custom = True
        write(self.ctx, self.key, _joined(self.widget.sizes()))


class TabKeeper(_Keeper):
    """The tab open in a section."""

    def __init__(self, tabs: QTabWidget, key: str, ctx):
        super().__init__(tabs, f"pestanas/{key}", ctx)
        self.default = tabs.currentIndex()
        tabs.currentChanged.connect(self._changed_tab)
        self.restore()

    def restore(self) -> None:
        tabs = self.widget
        saved = _ints(read(self.ctx, self.key))
        index = saved[0] if saved and 0 <= saved[0] < tabs.count() \
            and tabs.isTabEnabled(saved[0]) else self.default
        self._applying = True
        try:
            tabs.setCurrentIndex(index)
        finally:
            self._applying = False

    def _changed_tab(self, index: int) -> None:
        if not self._applying and index >= 0:
            write(self.ctx, self.key, index)


class TableKeeper(_Keeper):
    """The widths of the columns the person can drag, and the sort of a table that sorts.

    Widths are kept as at the normal text size; the columns the table sizes itself (by content,
    stretched) are left to it. The rows' height follows the text's."""

    def __init__(self, view: QTableView, key: str, ctx):
        super().__init__(view, key, ctx)
        self.view = view
        header = view.horizontalHeader()
        self.default_widths = self._normal_widths()
        self.default_sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        rows = view.verticalHeader()
        self._row_room = rows.defaultSectionSize() - QFontMetrics(view.font()).height()
        header.sectionResized.connect(self._resized)
        header.sectionCountChanged.connect(lambda *_: self._apply_widths())
        header.sortIndicatorChanged.connect(self._sorted)
        view.installEventFilter(self)
        self._restore_sort()
        self._apply_widths()

    # -- keys and values ----------------------------------------------------------------------
    @property
    def widths_key(self) -> str:
        return f"columnas/{self.key}"

    @property
    def sort_key(self) -> str:
        return f"orden/{self.key}"

    def _columns(self) -> int:
        return self.view.horizontalHeader().count()

    def _normal_widths(self, known: list[int] | None = None) -> list[int]:
        """The columns' widths now, at 100 %; a hidden column keeps its `known` width."""
        scale = text_scale()
        known = known or []
        return [known[c] if self.view.isColumnHidden(c) and c < len(known)
                else round(self.view.columnWidth(c) / scale) for c in range(self._columns())]

    def saved(self) -> list[int]:
        """The widths this person set (at 100 %), or [] when none fit this table (0: a
        column hidden so far)."""
        widths = _ints(read(self.ctx, self.widths_key))
        if len(widths) != self._columns() or any(w < 0 for w in widths) or not any(widths):
            return []
        return widths

    def _draggable(self, column: int) -> bool:
        header = self.view.horizontalHeader()
        last = column == header.count() - 1 and header.stretchLastSection()
        return header.sectionResizeMode(column) == QHeaderView.Interactive and not last

    # -- widths -------------------------------------------------------------------------------
    def _apply_widths(self) -> None:
        widths = self.saved() or self.default_widths
        if len(widths) != self._columns():
            return
        scale = text_scale()
        self._applying = True
        try:
            for column, width in enumerate(widths):
                if width > 0 and self._draggable(column) and not self.view.isColumnHidden(column):
                    self.view.setColumnWidth(column, round(width * scale))
        finally:
            self._applying = False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if self._applying or not self._draggable(column):
            return
        known = self.saved() or self.default_widths
        write(self.ctx, self.widths_key, _joined(self._normal_widths(known)))

    # -- sort ---------------------------------------------------------------------------------
    def _restore_sort(self) -> None:
        if not self.view.isSortingEnabled():
            return
        column, order = self.default_sort
        value = str(read(self.ctx, self.sort_key) or "")
        saved_column, _, direction = value.partition(",")
        if saved_column.isdigit() and int(saved_column) < self._columns() \
                and direction in ("asc", "desc"):
            column = int(saved_column)
            order = Qt.DescendingOrder if direction == "desc" else Qt.AscendingOrder
        self._applying = True
        try:
            self.view.horizontalHeader().setSortIndicator(column, order)
        finally:
            self._applying = False

    def _sorted(self, column: int, order) -> None:
        if not self._applying and self.view.isSortingEnabled():
            direction = "desc" if order == Qt.DescendingOrder else "asc"
            write(self.ctx, self.sort_key, f"{column},{direction}")

    # -- the text size ------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.view and event.type() == QEvent.FontChange:
            self.font_changed()
        return False

    def font_changed(self) -> None:
        rows = self.view.verticalHeader()
        rows.setDefaultSectionSize(QFontMetrics(self.view.font()).height() + self._row_room)
        self._apply_widths()

    def restore(self) -> None:
        self._restore_sort()
        self._apply_widths()


def _kept(widget: QWidget) -> bool:
    return any(isinstance(child, _Keeper) for child in widget.children())


def _remembered(widget: QWidget) -> bool:
    return bool(widget.objectName()) and widget.property(OPT_OUT) is not False \
        and not _kept(widget)


def remember_layout(widget: QWidget, scope: str, ctx) -> list[_Keeper]:
    """Attach a keeper to every splitter, table and tab widget of a screen (by objectName,
    under `scope`): what the person changes is remembered and shown the next time."""
    keepers: list[_Keeper] = []
    for splitter in widget.findChildren(QSplitter):
        if _remembered(splitter):
            keepers.append(SplitterKeeper(splitter, f"{scope}.{splitter.objectName()}", ctx))
    for view in widget.findChildren(QTableView):
        if _remembered(view) and view.model() is not None:
            keepers.append(TableKeeper(view, f"{scope}.{view.objectName()}", ctx))
    for tabs in widget.findChildren(QTabWidget):
        if _remembered(tabs):
            keepers.append(TabKeeper(tabs, f"{scope}.{tabs.objectName()}", ctx))
    return keepers


# --- the main window ---------------------------------------------------------------------------

def restore_window(window: QMainWindow, ctx) -> None:
    """Show the window where this person left it (maximized the first time)."""
    geometry = read(ctx, "ventana/geometria")
    state = read(ctx, "ventana/estado")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
        window.show()
    else:
        window.showMaximized()


def save_window(window: QMainWindow, ctx) -> None:
    settings = _settings(ctx)
    base = f"{_user(ctx)}/{LAYOUT}/ventana"
    settings.setValue(f"{base}/geometria", window.saveGeometry())
    settings.setValue(f"{base}/estado", window.saveState())
    _sync(settings)


# --- the text size -----------------------------------------------------------------------------

def _base_size(app: QApplication) -> float:
    """The application font's size at 100 %, as found the first time it is asked."""
    base = app.property(_BASE_PROPERTY)
    if not base:
        font = app.font()
        base = font.pointSizeF() if font.pointSizeF() > 0 else -float(font.pixelSize())
        app.setProperty(_BASE_PROPERTY, base)
    return float(base)


def text_percent() -> int:
    app = QApplication.instance()
    value = app.property(_PERCENT_PROPERTY) if app is not None else None
    return int(value) if value else NORMAL_TEXT


def text_scale() -> float:
    return text_percent() / 100


def set_text_percent(percent: int, ctx=None) -> int:
    """Scale the whole interface's text (QApplication.setFont: every widget that does not set
    its own size follows and lays itself out again). Kept for ctx's user when given."""
    percent = min(TEXT_STEPS, key=lambda step: abs(step - percent))
    app = QApplication.instance()
    base = _base_size(app)
    if percent != text_percent():
        font = QFont(app.font())
        if base > 0:
            font.setPointSizeF(base * percent / 100)
        else:
            font.setPixelSize(round(-base * percent / 100))
        app.setProperty(_PERCENT_PROPERTY, percent)
        app.setFont(font)
        if app.property("pisacLook"):  # the style sheet's sizes are multiples of the font's
            from pisac_desktop.gui.look import apply_look

            apply_look(app)  # (and a style sheet set again polishes every widget anew)
        # every widget takes it now (the change is posted to each), then lays itself out
        QApplication.sendPostedEvents(None, QEvent.ApplicationFontChange)
    if ctx is not None:
        settings = _settings(ctx)
        settings.setValue(f"{_user(ctx)}/{TEXT_KEY}", percent)
        _sync(settings)
    return percent


def saved_text_percent(ctx) -> int:
    value = _ints(_settings(ctx).value(f"{_user(ctx)}/{TEXT_KEY}"))
    return value[0] if value else NORMAL_TEXT


def apply_text_size(ctx) -> int:
    """The text size this user chose (100 % if none)."""
    return set_text_percent(saved_text_percent(ctx))


def larger_text(ctx) -> int:
    now = text_percent()
    return set_text_percent(next((s for s in TEXT_STEPS if s > now), TEXT_STEPS[-1]), ctx)


def smaller_text(ctx) -> int:
    now = text_percent()
    return set_text_percent(next((s for s in reversed(TEXT_STEPS) if s < now), TEXT_STEPS[0]),
                            ctx)


def normal_text(ctx) -> int:
    return set_text_percent(NORMAL_TEXT, ctx)
