"""Table columns sized by their content, and the widths a person sets remembered for them.

The text column that matters (Asunto, Sumilla, Destinatario) stretches over what the others
leave; the others take the width of their content (capped, so one long cell does not push the
text column off a 1366×768 screen). When the person drags a column, the widths of that table are
kept for that user in the data folder (columnas.ini) and used the next time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QHeaderView, QTableView

FILE_NAME = "columnas.ini"
MAX_SHARE = 0.3  # a column other than the stretched one takes at most this share of the table
SHORT = 96  # a column this narrow (a date, a state) keeps its content's width
MIN_STRETCH_SHARE = 0.4  # ... and together they leave the stretched one at least this share


class ColumnWidths(QObject):
    def __init__(self, view: QTableView, key: str, ctx, stretch: int):
        super().__init__(view)
        self.view = view
        self.key = key
        self.ctx = ctx
        self.stretch = stretch
        self._fitting = False
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.Stretch)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized)
        model = view.model()
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)
        model.rowsInserted.connect(self.fit)  # models that fetch their rows by pages
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """The table got wider or narrower (window, splitter): sized again, unless the person
        set the widths."""
        if event.type() == QEvent.Resize and not self._fitting and not self.saved():
            self.fit()
        return False

    # --- where the widths are kept ---------------------------------------------------------
    def _settings(self) -> QSettings:
        return QSettings(str(self.ctx.paths.root / FILE_NAME), QSettings.IniFormat)

    def _name(self) -> str:
        user = self.ctx.actor.username or "sistema"
        return f"{user}/{self.key}"

    def saved(self) -> list[int]:
        value = self._settings().value(self._name())
        if not value:
            return []
        try:
            values = value if isinstance(value, list) else str(value).split(",")
            return [int(v) for v in values]
        except (TypeError, ValueError):
            return []  # a damaged file: sized by content again

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if self._fitting or column == self.stretch:
            return
        widths = [self.view.columnWidth(c) for c in range(self.view.model().columnCount())]
        settings = self._settings()
        settings.setValue(self._name(), ",".join(str(w) for w in widths))
        settings.sync()

    # --- sizing ----------------------------------------------------------------------------
    def fit(self) -> None:
        """The person's widths if they set some, else each column as wide as its content."""
        view = self.view
        columns = view.model().columnCount()
        saved = self.saved()
        total = view.viewport().width()
        cap = max(int(total * MAX_SHARE), 80)
        others = [c for c in range(columns) if c != self.stretch]
        if len(saved) == columns and all(w > 0 for w in saved):
            widths = {c: saved[c] for c in others}
        else:
            header = view.horizontalHeader()
            widths = {c: min(max(header.sectionSizeHint(c), view.sizeHintForColumn(c)) + 8, cap)
                      for c in others}
            room = int(total * (1 - MIN_STRETCH_SHARE))
            used = sum(widths.values())
            if total > 0 and used > room:  # narrow table: the long columns give up room
                short = {c: w for c, w in widths.items() if w <= SHORT}  # dates, states
                long_ = {c: w for c, w in widths.items() if w > SHORT}
                left = max(room - sum(short.values()), SHORT * len(long_))
                scale = left / max(sum(long_.values()), 1)
                widths = {**short, **{c: max(int(w * scale), SHORT) for c, w in long_.items()}}
        self._fitting = True
        try:
            for column, width in widths.items():
                view.setColumnWidth(column, width)
        finally:
            self._fitting = False


def fit_columns(view: QTableView, key: str, ctx, stretch: int) -> ColumnWidths:
    """Size view's columns by content, stretch `stretch`, remember the user's widths."""
    keeper = ColumnWidths(view, key, ctx, stretch)
    keeper.fit()
    return keeper
