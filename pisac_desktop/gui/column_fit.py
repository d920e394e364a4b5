"""Tables whose one text column (Asunto, Sumilla, Destinatario) takes the room: the other
columns as wide as their content, capped, or as the person dragged them (kept per user by
gui/layout_memory.py's TableKeeper).

The content is measured on the rows in sight and FIT_ROWS more (Qt measures up to 1,000, asking
every row for every role), and again only when the rows or the text size change: a resize of
the window or of a divider reuses the measure.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHeaderView, QTableView

from pisac_desktop.gui.layout_memory import TableKeeper, text_scale

MAX_SHARE = 0.3  # a column other than the stretched one takes at most this share of the table
FIT_ROWS = 100  # rows measured beyond those in sight when a column is sized to its content
SHORT = 96  # a column this narrow (a date, a state) keeps its content's width
MIN_STRETCH_SHARE = 0.4  # ... and together they leave the stretched one at least this share


class ColumnWidths(TableKeeper):
    """A table whose text column (Asunto, Sumilla, Destinatario) stretches over what the others
    leave; the others take the width of their content (capped, so one long cell does not push
    the text column off a 1366×768 screen), or the widths the person dragged."""

    def __init__(self, view: QTableView, key: str, ctx, stretch: int):
        self.stretch = stretch
        self._fitting = False
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.Stretch)
        header.setStretchLastSection(False)
        self._content: tuple | None = None  # (what was measured, widths): _measured()
        # Measured on the rows in sight and FIT_ROWS more, not up to 1,000 (Qt's default).
        view.verticalHeader().setResizeContentsPrecision(FIT_ROWS)
        super().__init__(view, key, ctx)
        model = view.model()  # (rowsInserted: models that fetch their rows by pages)
        for changed in (model.modelReset, model.layoutChanged, model.rowsInserted):
            changed.connect(self.refit)
        view.viewport().installEventFilter(self)

    def refit(self, *_args) -> None:
        """New rows: measured again, then fitted."""
        self._content = None
        self.fit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """The table got wider or narrower (window, splitter): sized again, unless the person
        set the widths."""
        if watched is not self.view:
            if event.type() == QEvent.Resize and not self._fitting and not self.saved():
                self.fit()
            return False
        return super().eventFilter(watched, event)

    def _apply_widths(self) -> None:
        if hasattr(self, "stretch"):
            self.fit()

    def _resized(self, column: int, old: int, new: int) -> None:
        if not self._fitting and column != self.stretch:
            super()._resized(column, old, new)

    def fit(self) -> None:
        """The person's widths if they set some, else each column as wide as its content."""
        view = self.view
        columns = view.model().columnCount()
        saved = self.saved()
        total = view.viewport().width()
        cap = max(int(total * MAX_SHARE), 80)
        others = [c for c in range(columns) if c != self.stretch]
        if len(saved) == columns:
            scale = text_scale()
            widths = {c: round(saved[c] * scale) for c in others if saved[c] > 0}
        else:
            widths = {c: min(w, cap) for c, w in self._measured(others).items()}
            room = int(total * (1 - MIN_STRETCH_SHARE))
            used = sum(widths.values())
            if total > 0 and used > room:  # narrow table: the long columns give up room
                least = round(SHORT * text_scale())  # (as wide as the text is large)
                short = {c: w for c, w in widths.items() if w <= least}  # dates, states
                long_ = {c: w for c, w in widths.items() if w > least}
                left = max(room - sum(short.values()), least * len(long_))
                scale = left / max(sum(long_.values()), 1)
                widths = {**short, **{c: max(int(w * scale), least) for c, w in long_.items()}}
        self._fitting = self._applying = True
        try:
            for column, width in widths.items():
                view.setColumnWidth(column, width)
        finally:
            self._fitting = self._applying = False

    def _measured(self, columns: list[int]) -> dict[int, int]:
        """Each column's content width (header, rows), measured again when the rows or the
        text size changed, not at each resize of the window."""
        view, header = self.view, self.view.horizontalHeader()
        key = (view.font().key(), tuple(columns))
        if self._content is None or self._content[0] != key:
            self._content = (key, {c: max(header.sectionSizeHint(c), view.sizeHintForColumn(c))
                                   + 8 for c in columns})
        return self._content[1]


def fit_columns(view: QTableView, key: str, ctx, stretch: int) -> ColumnWidths:
    """Size view's columns by content, stretch `stretch`, remember the user's widths."""
    keeper = ColumnWidths(view, key, ctx, stretch)
    keeper.fit()
    return keeper
