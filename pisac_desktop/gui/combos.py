"""Filter combo boxes: an 'all' entry, then the choices."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def refill_with_all(combo: QComboBox, all_label: str, items: list[tuple[object, str]]) -> None:
    """An 'all' entry (data None), then (data, label) items; the current choice survives a
    refill."""
    current = combo.currentData()
    combo.clear()
    combo.addItem(all_label, None)
    for data, label in items:
        combo.addItem(label, data)
    position = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(position, 0))
