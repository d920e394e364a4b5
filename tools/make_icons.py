"""Draw the app icon and the crest placeholder into resources/icons/ (run once; outputs committed).

QT_QPA_PLATFORM=offscreen python tools/make_icons.py
"""

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
RED = QColor("#8b1a1a")
GOLD = QColor("#d4a017")


def shield(size: int) -> QPainterPath:
    w = h = size
    path = QPainterPath()
    path.moveTo(w * 0.12, h * 0.08)
    path.lineTo(w * 0.88, h * 0.08)
    path.lineTo(w * 0.88, h * 0.50)
    path.cubicTo(
        QPointF(w * 0.88, h * 0.75), QPointF(w * 0.65, h * 0.88), QPointF(w * 0.5, h * 0.95)
    )
    path.cubicTo(
        QPointF(w * 0.35, h * 0.88), QPointF(w * 0.12, h * 0.75), QPointF(w * 0.12, h * 0.5)
    )
    path.closeSubpath()
    return path


def crest(size: int) -> QImage:
    img = QImage(size, size, QImage.Format_ARGB32)
    img.fill(Qt.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.Antialiasing)
    p.setPen(QPen(GOLD, size * 0.03))
    p.setBrush(RED)
    p.drawPath(shield(size))
    # Andean terraces (andenes) in gold
    p.setPen(QPen(GOLD, size * 0.018))
    for i in range(4):
        y = size * (0.56 + i * 0.07)
        p.drawLine(QPointF(size * (0.25 + i * 0.04), y), QPointF(size * (0.75 - i * 0.04), y))
    # sun
    p.setBrush(GOLD)
    p.setPen(Qt.NoPen)
    p.drawEllipse(QPointF(size * 0.5, size * 0.36), size * 0.1, size * 0.1)
    p.setPen(GOLD)
    font = QFont("DejaVu Sans", max(6, int(size * 0.07)))
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(0, size * 0.12, size, size * 0.1), Qt.AlignCenter, "PISAC")
    p.end()
    return img


def app_icon(size: int) -> QImage:
    img = QImage(size, size, QImage.Format_ARGB32)
    img.fill(Qt.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.Antialiasing)
    p.setBrush(RED)
    p.setPen(Qt.NoPen)
    p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
    # a sheet of paper with lines and a seal
    p.setBrush(QColor("white"))
    p.drawRect(QRectF(size * 0.24, size * 0.14, size * 0.52, size * 0.72))
    p.setPen(QPen(QColor("#555555"), max(1, size * 0.03)))
    for i in range(4):
        y = size * (0.28 + i * 0.1)
        p.drawLine(QPointF(size * 0.32, y), QPointF(size * 0.68, y))
    p.setPen(Qt.NoPen)
    p.setBrush(GOLD)
    p.drawEllipse(QPointF(size * 0.62, size * 0.74), size * 0.1, size * 0.1)
    p.end()
    return img


def main() -> None:
    QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    crest(512).save(str(OUT / "escudo-provisional.png"))
    app_icon(256).save(str(OUT / "pisac-desktop.png"))
    app_icon(256).save(str(OUT / "pisac-desktop.ico"))
    print("Iconos escritos en", OUT)


if __name__ == "__main__":
    main()
