"""A module's navigation: each section with its icon and, at the right, badges with how many
items wait in it (drafts to issue, summonses to deliver, case files to receive) and, in red
with a warning mark, how many are overdue. The words are in the row's tooltip and accessible
text, so nothing is said by colour alone."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter
from PySide6.QtWidgets import QListWidget, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from pisac_desktop.core.institution import PendingItem
from pisac_desktop.gui import icons, look
from pisac_desktop.spanish.plural import plural

BADGE_ROLE = Qt.UserRole + 7
MAX_SHOWN = 999  # a larger count shows as "999+"
PILL_PAD = 6
PILL_GAP = 4
MAX_WIDTH = 250  # leaves a section at least 1,060 px on a 1366×768 screen


@dataclass(frozen=True)
class Badge:
    waiting: int = 0
    overdue: int = 0

    @classmethod
    def of(cls, items: list[PendingItem]) -> Badge:
        return cls(sum(p.count for p in items if not p.urgent),
                   sum(p.count for p in items if p.urgent))

    def words(self) -> str:
        parts = []
        if self.waiting:
            parts.append(plural(self.waiting, "pendiente", "pendientes"))
        if self.overdue:
            parts.append(plural(self.overdue, "vencido", "vencidos"))
        return ", ".join(parts)


def _shown(count: int) -> str:
    return f"{MAX_SHOWN}+" if count > MAX_SHOWN else str(count)


class SectionDelegate(QStyledItemDelegate):
    """Draws a navigation row: icon, title (elided if it must) and the badges."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), int(option.fontMetrics.height() * 2.1)))

    def _pills(self, badge: Badge | None) -> list[tuple[str, bool]]:
        if badge is None:
            return []
        pills = []
        if badge.waiting:
            pills.append((_shown(badge.waiting), False))
        if badge.overdue:
            pills.append((_shown(badge.overdue), True))
        return pills

    def paint(self, painter: QPainter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        pills = self._pills(index.data(BADGE_ROLE))
        font = QFont(opt.font)
        font.setPointSizeF(max(1.0, opt.font.pointSizeF() * 0.85))
        font.setBold(True)
        painter.save()
        painter.setFont(font)
        metrics = painter.fontMetrics()
        icon_size = metrics.height()
        widths = [metrics.horizontalAdvance(text) + 2 * PILL_PAD + (icon_size if urgent else 0)
                  for text, urgent in pills]
        reserved = sum(widths) + PILL_GAP * len(pills) + (PILL_PAD if pills else 0)
        painter.restore()

        background = QStyleOptionViewItem(opt)
        background.text = ""
        background.icon = QIcon()
        style.drawControl(QStyle.CE_ItemViewItem, background, painter, widget)
        content = QStyleOptionViewItem(opt)
        content.rect = opt.rect.adjusted(0, 0, -reserved, 0)
        style.drawControl(QStyle.CE_ItemViewItem, content, painter, widget)

        if not pills:
            return
        selected = bool(opt.state & QStyle.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setFont(font)
        height = metrics.height() + 2
        right = opt.rect.right() - PILL_PAD
        for (text, urgent), width in zip(reversed(pills), reversed(widths), strict=True):
            rect = QRect(right - width, opt.rect.center().y() - height // 2, width, height)
            fill = QColor(look.URGENT if urgent else
                          (look.ON_ACCENT if selected else look.BADGE))
            ink = QColor(look.ON_ACCENT if urgent or not selected else look.ACCENT)
            painter.setPen(Qt.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, height / 2, height / 2)
            text_rect = rect.adjusted(PILL_PAD, 0, -PILL_PAD, 0)
            if urgent:  # a mark beside the red: overdue is not told by colour alone
                mark = icons.icon("alert", look.ON_ACCENT)
                mark.paint(painter, QRect(text_rect.left() - 2, rect.top() + 1,
                                          icon_size, height - 2))
                text_rect.setLeft(text_rect.left() + icon_size - 2)
            painter.setPen(ink)
            painter.drawText(text_rect, Qt.AlignCenter, text)
            right -= width + PILL_GAP
        painter.restore()


def set_badge(list_widget: QListWidget, row: int, title: str, badge: Badge | None) -> None:
    item = list_widget.item(row)
    if item is None:
        return
    item.setData(BADGE_ROLE, badge if badge and (badge.waiting or badge.overdue) else None)
    words = badge.words() if badge else ""
    item.setToolTip(f"{title}: {words}" if words else title)
    item.setData(Qt.AccessibleTextRole, f"{title}, {words}" if words else title)


def fit_width(list_widget: QListWidget, titles: list[str], scale: float = 1.0) -> None:
    """As wide as the longest title with its icon and room for two badges, no wider (scale:
    the text's size, Ver › Aumentar el texto: the badges stay in sight)."""
    metrics = list_widget.fontMetrics()
    longest = max((metrics.horizontalAdvance(t) for t in titles), default=120)
    badges = metrics.horizontalAdvance("99") * 2 + metrics.height() + 5 * PILL_PAD
    width = longest + list_widget.iconSize().width() + badges + 40
    list_widget.setFixedWidth(max(200, min(width, round(MAX_WIDTH * scale))))
