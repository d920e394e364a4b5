"""What the Gerencia's list sections share: the table's columns sized from sample texts with one
column taking the rest, and the row under the cursor read back as its view object."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

from pisac_desktop.gui.table_models import HighlightedRowsModel


def list_model(view: QTableView, headers, samples, stretch: int, parent) -> HighlightedRowsModel:
    """A read-only model on the view: interactive column widths from `samples` (the widest text
    each column shows), `stretch` taking what is left."""
    model = HighlightedRowsModel(headers, parent)
    view.setModel(model)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)
    metrics = view.fontMetrics()
    for column, sample in enumerate(samples):
        if sample:
            view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
    header.setSectionResizeMode(stretch, QHeaderView.Stretch)
    return model


class RowsOfView:
    """Mixin: `self.rows` shown in the table `self.rows_view()`; key(row) names a row."""

    rows: list

    def rows_view(self) -> QTableView:
        raise NotImplementedError

    @staticmethod
    def key(row):
        return row.id

    def selected(self):
        index = self.rows_view().currentIndex()
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) \
            else None

    def select_id(self, key) -> None:
        keys = [self.key(r) for r in self.rows]
        if key in keys:
            self.rows_view().selectRow(keys.index(key))
