"""Paragraphs of any length, laid out in time linear in their length.

ReportLab's Paragraph.split() breaks the rest of a paragraph into lines again on every page it
fills, so a paragraph of n characters spread over n/4000 pages costs O(n²): 400 KB took 34 s
and 1 MB over 5 minutes, and an issued document cannot be shortened afterwards. LongParagraph
breaks its text into lines once, at the width it is given, and hands platypus those lines in
chunks of CHUNK_LINES lines, each a Paragraph of its own; a page break then re-breaks one chunk
only. The chunks end where lines end and their last line is justified like any inner line, so
the page looks exactly as the one Paragraph would.

Breaking lines is itself quadratic in the words of one Paragraph (it pops words from the front
of a list), which tells from about 100 KB on. So a paragraph longer than SEGMENT characters is
first cut into segments at a sentence end (else at a space) and each segment is broken into
lines on its own: the only trace is a line ending early at such a cut, every SEGMENT
characters (about ten pages), and only in texts far beyond what the forms accept.

This relies on how Paragraph.split() itself cuts a paragraph (ReportLab 4 and 5): the split
function of the broken lines (_get_split_blParaFunc) and the _JustifyLast flag.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

LONG_MARKUP = 3000  # characters of markup (about 35 lines) from which paragraph() chunks
CHUNK_LINES = 25
SEGMENT = 40_000
_SENTENCE_END = re.compile(r"[.:!?]\s+")  # not ";": the end of "&amp;" too
_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]*>")
_FUZZ = 1e-6


def paragraph(markup: str, style: ParagraphStyle) -> Flowable:
    """A Paragraph, or a LongParagraph when `markup` is long: use it for user text."""
    return LongParagraph(markup, style) if len(markup) > LONG_MARKUP else Paragraph(markup, style)


@lru_cache(maxsize=64)
def _part_style(style: ParagraphStyle, first: bool, last: bool) -> ParagraphStyle:
    """The style of a chunk: space before the first only, after the last only, and the first
    line indent on the first chunk only."""
    return ParagraphStyle(
        f"{style.name}_part{int(first)}{int(last)}", parent=style,
        spaceBefore=style.spaceBefore if first else 0,
        spaceAfter=style.spaceAfter if last else 0,
        firstLineIndent=style.firstLineIndent if first else 0)


def segments(markup: str, size: int = SEGMENT) -> list[str]:
    """`markup` cut into pieces of at most about `size` characters: after a sentence end in
    the second half of the piece, else at a space, never inside a tag, a bold run or an
    entity."""
    spans = [(m.start(), m.end(), m.group()) for m in _TAG.finditer(markup)]
    if len(markup) <= size or any(not tag.endswith("/>") for *_span, tag in spans[2:]):
        return [markup]  # bold runs other than a leading one: keep it whole
    free_from = spans[1][1] if len(spans) > 1 else spans[0][1] if spans else 0
    pieces, start = [], 0
    while len(markup) - start > size:
        low, high = max(start + size // 2, free_from), start + size
        window = markup[low:high]
        ends = list(_SENTENCE_END.finditer(window)) or list(_SPACE.finditer(window))
        cut = low + ends[-1].end() if ends else high
        if not ends:  # one endless word: not inside an entity ("&amp;") nor a tag
            amp, lt = markup.rfind("&", low, cut), markup.rfind("<", low, cut)
            if amp > markup.rfind(";", low, cut):
                cut = amp
            if lt > markup.rfind(">", low, cut):
                cut = lt
        if cut <= start:
            break
        pieces.append(markup[start:cut].rstrip())
        start = cut
    pieces.append(markup[start:])
    return [p for p in pieces if p.strip()]


def chunks(markup: str, style: ParagraphStyle, width: float,
           lines_per_chunk: int = CHUNK_LINES) -> tuple[list[Paragraph], float]:
    """`markup` broken into lines once at `width`, as Paragraphs of `lines_per_chunk` lines;
    and the height of them all."""
    parts: list[Paragraph] = []
    height = 0.0
    pieces = segments(markup)
    for number, piece in enumerate(pieces):
        first, last = number == 0, number == len(pieces) - 1
        whole = Paragraph(piece, _part_style(style, first, last))
        height += whole.wrap(width, 1e9)[1]
        lines = whole.blPara.lines
        count = len(lines)
        if count <= lines_per_chunk:
            parts.append(whole)
            continue
        cut = whole._get_split_blParaFunc()
        for start in range(0, count, lines_per_chunk):
            stop = min(start + lines_per_chunk, count)
            part = Paragraph(None, _part_style(style, first and start == 0, last and stop == count),
                             frags=cut(whole.blPara, start, stop))
            if stop < count:  # an inner line: justified unless the text broke it there
                part._JustifyLast = not getattr(lines[stop - 1], "lineBreak", False)
            parts.append(part)
    return parts, height


class LongParagraph(Flowable):
    """One paragraph of user text of any length (see the module docstring)."""

    def __init__(self, markup: str, style: ParagraphStyle):
        super().__init__()
        self.style = style
        self.markup = markup
        self._width: float | None = None
        self._parts: list[Paragraph] = []
        self._height = 0.0

    def _layout(self, width: float) -> list[Paragraph]:
        if width != self._width:
            self._parts, self._height = chunks(self.markup, self.style, width)
            self._width = width
        return self._parts

    def wrap(self, available_width, available_height):
        self._layout(available_width)
        self.width, self.height = available_width, self._height
        return self.width, self.height

    def split(self, available_width, available_height):
        """The chunks; the first one (the only one platypus places without asking) cut to
        the room left on this page."""
        parts = self._layout(available_width)
        first = parts[0]
        if first.wrap(available_width, available_height)[1] <= available_height + _FUZZ:
            return list(parts)
        head = first.split(available_width, available_height)
        return [*head, *parts[1:]] if head else []

    def draw(self):
        y = self.height
        for part in self._parts:
            y -= part.wrap(self.width, self.height)[1]
            part.drawOn(self.canv, 0, y)

    def minWidth(self):  # noqa: N802 (ReportLab's name)
        return Paragraph(self.markup, self.style).minWidth()

    def getPlainText(self):  # noqa: N802 (ReportLab's name)
        return Paragraph(self.markup, self.style).getPlainText()
