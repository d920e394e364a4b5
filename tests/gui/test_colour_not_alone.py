"""No colour-only signal (issue 19): a row painted red (late, annulled) or highlighted (over a
limit) also says it in words or with a mark, for who does not see the colour. Walks every list
of every section on the demo data."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView

from pisac_desktop.db.text_index import fold
from pisac_desktop.gui.main_window import MainWindow
from pisac_desktop.gui.operations import wait_idle
from pisac_desktop.gui.table_models import ALARM_MARK, HighlightedRowsModel

# What says it besides the colour (folded: no accents, lower case).
WORDS = ("⚠", "✗", "✔", "vencid", "anulad", "fuera de plazo", "tarde", "vence", "dañad",
         "sin acta", "por actualizar", "revocad", "observad", "pendiente", "hecho")


def _colour(value) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color()
    return value if isinstance(value, QColor) else None


def signals(model, row: int) -> bool:
    """The row carries a colour that means something (grey only softens: drafts, gaps)."""
    for column in range(model.columnCount()):
        index = model.index(row, column)
        for role in (Qt.ForegroundRole, Qt.BackgroundRole):
            colour = _colour(model.data(index, role))
            if colour is not None:
                channels = (colour.red(), colour.green(), colour.blue())
                if max(channels) - min(channels) > 30:
                    return True
    return False


def said(model, row: int) -> bool:
    text = fold(" ".join(str(model.index(row, c).data() or "")
                         for c in range(model.columnCount())))
    return any(fold(word) in text for word in WORDS)


def colour_alone(model) -> list[str]:
    return [" | ".join(str(model.index(row, c).data()) for c in range(model.columnCount()))
            for row in range(model.rowCount()) if signals(model, row) and not said(model, row)]


def test_a_flagged_row_has_its_mark_before_its_first_cell(qapp):
    model = HighlightedRowsModel(("Plan", "Avance"))
    model.set_flagged_rows([("AOI-01", "40 %"), ("AOI-02", "90 %")], [True, False])
    assert model.index(0, 0).data() == f"{ALARM_MARK} AOI-01"
    assert model.index(1, 0).data() == "AOI-02" and model.index(0, 1).data() == "40 %"
    assert colour_alone(model) == []
    model.set_rows_with_looks([("Juan", 5)], [(QColor("#fff4d6"), None, "Más de cuatro")])
    assert colour_alone(model) == ["Juan | 5"]  # the walk below would catch it


def test_no_list_of_any_section_signals_by_colour_alone(qtbot, demo_ctx):
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    seen, found = 0, {}
    for key, page in window.pages.items():
        for spec in page.specs:
            section = page.select(spec.key)
            assert wait_idle()
            for view in section.findChildren(QTableView):
                model = view.model()
                if model is None:
                    continue
                seen += sum(signals(model, r) for r in range(model.rowCount()))
                if alone := colour_alone(model):
                    found[f"{key}/{spec.key}/{view.objectName()}"] = alone[:3]
    assert found == {}
    assert seen > 5  # the demo has late and annulled rows: the walk saw coloured ones
