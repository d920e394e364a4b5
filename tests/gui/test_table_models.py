"""The one model for lists with highlighted or flagged rows (gui/table_models.py)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from pisac_desktop.gui.table_models import ALARM_COLOR, HighlightedRowsModel


def test_flagged_rows_are_red_with_their_tooltip_in_one_column(qapp):
    model = HighlightedRowsModel(("Número", "Plazo"))
    model.tooltip_column = 1
    model.header_tooltips = {1: "Plazo de entrega"}
    model.set_flagged_rows([("001", "tarde"), ("002", "a tiempo")], [True, False],
                           ["Entregada tarde", ""])
    late, ok = model.index(0, 1), model.index(1, 1)
    assert model.data(late, Qt.ForegroundRole).color() == ALARM_COLOR
    assert model.data(ok, Qt.ForegroundRole) is None
    assert model.data(late, Qt.ToolTipRole) == "Entregada tarde"
    assert model.data(model.index(0, 0), Qt.ToolTipRole) == "001"  # not the tooltip column
    assert model.data(ok, Qt.ToolTipRole) == "a tiempo"
    assert model.headerData(1, Qt.Horizontal, Qt.ToolTipRole) == "Plazo de entrega"
    assert model.headerData(0, Qt.Horizontal, Qt.DisplayRole) == "Número"


def test_rows_with_looks_paint_background_and_text(qapp):
    model = HighlightedRowsModel(("Regidor(a)", "Asistidas"))
    yellow, grey = QColor("#fff3cd"), QColor("#777777")
    model.set_rows_with_looks([("Ana", 5), ("Luis", 0)],
                              [(yellow, None, "Más de cuatro"), (None, grey, "")])
    assert model.data(model.index(0, 1), Qt.BackgroundRole).color() == yellow
    assert model.data(model.index(0, 0), Qt.ToolTipRole) == "Más de cuatro"
    assert model.data(model.index(1, 0), Qt.ForegroundRole).color() == grey
    assert model.data(model.index(1, 1), Qt.DisplayRole) == "0"
    model.set_flagged_rows([("Ana", 5)], [False])  # without tooltips
    assert model.rowCount() == 1 and model.data(model.index(0, 0), Qt.ToolTipRole) == "Ana"
