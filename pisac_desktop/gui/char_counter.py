"""A live "1.234 / 5.000 caracteres" under a text field, red beyond the limit the core enforces.

The counts follow the core (domain.validators.text_length: without the spaces at both ends),
so a field the counter shows in black is never refused for its length.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from pisac_desktop.core.validators import text_length, thousands
from pisac_desktop.spanish.plural import plural

NORMAL_STYLE = "color: #555;"
OVER_STYLE = "color: #a40000; font-weight: bold;"
_SEPARATOR = re.compile(r"(\n[ \t]*\n)")  # paragraphs are separated by a blank line


def counter_text(count: int, limit: int, prefix: str = "") -> str:
    """'1.234 / 5.000 caracteres' ('Párrafo 2: …' with a prefix)."""
    return f"{prefix}{thousands(count)} / {thousands(limit)} caracteres"


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph of `text`, in order."""
    spans, position = [], 0
    for piece in _SEPARATOR.split(text):
        if not _SEPARATOR.fullmatch(piece) and piece.strip():
            spans.append((position, position + len(piece)))
        position += len(piece)
    return spans


class CharCounter(QObject):
    """Keeps `label` showing how much of `limit` the text of `edit` uses.

    per_paragraph: the limit applies to each paragraph (separated by a blank line); the label
    shows the paragraph under the cursor, or the first one over the limit."""

    def __init__(self, edit: QPlainTextEdit, label: QLabel, limit: int, *,
                 per_paragraph: bool = False, noun: str = "Párrafo",
                 on_change: Callable[[], None] | None = None):
        super().__init__(edit)
        self.edit, self.label, self.limit = edit, label, limit
        self.per_paragraph, self.noun = per_paragraph, noun
        self.on_change = on_change
        edit.textChanged.connect(self.refresh)
        if per_paragraph:
            edit.cursorPositionChanged.connect(self.refresh)
        self.refresh()

    def over(self) -> bool:
        text = self.edit.toPlainText()
        if not self.per_paragraph:
            return text_length(text) > self.limit
        return any(text_length(text[a:b]) > self.limit for a, b in paragraph_spans(text))

    def refresh(self) -> None:
        text = self.edit.toPlainText()
        if not self.per_paragraph:
            count = text_length(text)
            shown = counter_text(count, self.limit)
        else:
            spans = paragraph_spans(text)
            lengths = [text_length(text[a:b]) for a, b in spans]
            too_long = [n for n, length in enumerate(lengths) if length > self.limit]
            cursor = self.edit.textCursor().position()
            here = next((n for n, (a, b) in enumerate(spans) if a <= cursor <= b), None)
            number = too_long[0] if too_long else here
            if number is None:
                count = 0
                shown = counter_text(0, self.limit, f"{plural(len(spans), self.noun.lower(), self.noun.lower() + 's')} · ")
            else:
                count = lengths[number]
                shown = counter_text(count, self.limit, f"{self.noun} {number + 1}: ")
        over = count > self.limit
        self.label.setText(shown + (" — acorte el texto" if over else ""))
        self.label.setStyleSheet(OVER_STYLE if over else NORMAL_STYLE)
        if self.on_change is not None:
            self.on_change()


class TotalCounter:
    """'Documento: 12.345 / 100.000 caracteres' over several fields together, counted as the
    core counts them: the fields of `paragraph_edits` paragraph by paragraph."""

    def __init__(self, edits: list[QPlainTextEdit], label: QLabel, limit: int,
                 paragraph_edits: tuple[QPlainTextEdit, ...] = (), prefix: str = "Documento: "):
        self.edits, self.label, self.limit, self.prefix = edits, label, limit, prefix
        self.paragraph_edits = paragraph_edits
        for edit in edits:
            edit.textChanged.connect(self.refresh)
        self.refresh()

    def _count(self, edit: QPlainTextEdit) -> int:
        text = edit.toPlainText()
        if edit not in self.paragraph_edits:
            return text_length(text)
        return sum(text_length(text[a:b]) for a, b in paragraph_spans(text))

    def refresh(self) -> None:
        count = sum(self._count(edit) for edit in self.edits)
        over = count > self.limit
        self.label.setText(counter_text(count, self.limit, self.prefix)
                           + (" — acorte el texto" if over else ""))
        self.label.setStyleSheet(OVER_STYLE if over else NORMAL_STYLE)
