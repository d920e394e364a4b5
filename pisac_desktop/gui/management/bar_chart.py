"""A horizontal bar chart drawn with QPainter (QtCharts is not in the bundle): one bar per label,
stacked by series, each segment with its number and a legend naming every colour, so that no
figure is told by its colour alone. A click on a bar says which label (row) was chosen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

ROW_HEIGHT = 20
LABEL_WIDTH = 70
LEGEND_HEIGHT = 20


class BarChart(QWidget):
    barClicked = Signal(int)  # the row (label) clicked

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = ""
        self.labels: list[str] = []
        self.names: list[str] = []
        self.colours: list[QColor] = []
        self.series: list[list[int]] = []
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumHeight(120)

    def set_data(self, title: str, labels, series, names, colours) -> None:
        self.title, self.labels = title, list(labels)
        self.series, self.names = [list(values) for values in series], list(names)
        self.colours = [QColor(c) for c in colours]
        self.setAccessibleName(title)
        self.setAccessibleDescription("; ".join(self.row_text(i)
                                                for i in range(len(self.labels))))
        self.updateGeometry()
        self.update()

    def totals(self) -> list[int]:
        return [sum(s[i] for s in self.series) for i in range(len(self.labels))]

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 40 + LEGEND_HEIGHT * len(self._legend_lines(420))
                     + ROW_HEIGHT * max(1, len(self.labels)))

    def _legend_lines(self, width: int) -> list[list[tuple[str, QColor, int]]]:
        """The legend's items (name, colour, x) laid out in lines no wider than `width`."""
        metrics = self.fontMetrics()
        lines: list[list[tuple[str, QColor, int]]] = [[]]
        x = 0
        for name, colour in zip(self.names, self.colours, strict=False):
            item = 16 + metrics.horizontalAdvance(name) + 14
            if x and x + item > width:
                lines.append([])
                x = 0
            lines[-1].append((name, colour, x))
            x += item
        return lines

    def _geometry(self):
        metrics = self.fontMetrics()
        top = metrics.height() + 8
        label_width = max([metrics.horizontalAdvance(x) for x in self.labels] + [LABEL_WIDTH])
        total_width = metrics.horizontalAdvance("0000") + 8
        left = label_width + 8
        width = max(10, self.width() - left - total_width)
        rows = max(1, len(self.labels))
        legend = LEGEND_HEIGHT * len(self._legend_lines(self.width()))
        row = max(12, min(ROW_HEIGHT, (self.height() - top - legend - 6) // rows))
        return top, left, width, row

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        palette = self.palette()
        text = palette.windowText().color()
        metrics = self.fontMetrics()
        painter.setPen(text)
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(0, metrics.ascent() + 2, self.title)
        painter.setFont(self.font())
        top, left, width, row = self._geometry()
        if not self.labels:
            painter.drawText(left, top + metrics.ascent() + 4, "Sin cifras en el periodo.")
            return
        peak = max(self.totals() + [1])
        for i, label in enumerate(self.labels):
            y = top + i * row
            painter.setPen(text)
            painter.drawText(QRectF(0, y, left - 6, row), Qt.AlignRight | Qt.AlignVCenter, label)
            x = float(left)
            for values, colour in zip(self.series, self.colours, strict=False):
                n = values[i]
                if not n:
                    continue
                w = width * n / peak
                rect = QRectF(x, y + 2, w, row - 4)
                painter.fillRect(rect, colour)
                if metrics.horizontalAdvance(str(n)) + 4 <= w:
                    painter.setPen(Qt.white if colour.lightness() < 140 else Qt.black)
                    painter.drawText(rect, Qt.AlignCenter, str(n))
                x += w
            painter.setPen(text)
            painter.drawText(QRectF(x + 4, y, 60, row), Qt.AlignLeft | Qt.AlignVCenter,
                             str(sum(s[i] for s in self.series)))
        # The legend: a swatch and its name beside it, for every colour.
        y = top + len(self.labels) * row + 6
        for line in self._legend_lines(self.width()):
            for name, colour, x in line:
                painter.fillRect(QRectF(x, y + 3, 12, 12), colour)
                painter.setPen(QPen(text))
                painter.drawRect(QRectF(x, y + 3, 12, 12))
                painter.drawText(int(x + 16), y + 3 + metrics.ascent() - 1, name)
            y += LEGEND_HEIGHT
        painter.end()

    def row_at(self, y: float) -> int | None:
        top, _left, _width, row = self._geometry()
        index = int((y - top) // row) if y >= top else -1
        return index if 0 <= index < len(self.labels) else None

    def row_text(self, index: int) -> str:
        """A bar said in words: 'GM: Atendidos en plazo 15, Aún en trámite 24 (40)'."""
        parts = ", ".join(f"{name} {values[index]}" for name, values in zip(
            self.names, self.series, strict=False) if values[index])
        return f"{self.labels[index]}: {parts} ({self.totals()[index]})"

    def event(self, event) -> bool:
        if event.type() == QEvent.ToolTip:
            index = self.row_at(event.pos().y())
            if index is not None:
                QToolTip.showText(event.globalPos(), self.row_text(index) +
                                  ". Pulse para ver la lista.", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        index = self.row_at(event.position().y())
        if index is not None:
            self.barClicked.emit(index)
        super().mousePressEvent(event)
