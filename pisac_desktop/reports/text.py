"""The one escaping helper for user text on its way into a ReportLab Paragraph.

escape() = printable() + XML escaping. printable() alone is for text drawn straight onto the
canvas (letterhead, footer), where there is no markup to escape.

What printable() does to user text, so that what was typed is what prints:
- Unicode NFC normalisation (a decomposed "a" + combining acute becomes the one glyph "á").
- Line breaks normalised to "\\n"; a tab becomes one space (a tab stop means nothing inside a
  justified paragraph); C0 control characters, which have no glyph, are removed.
- Every character the shipped Liberation fonts cannot draw (emoji, CJK, private-use
  characters...) is replaced by MISSING_GLYPH, "□" (U+25A1), so the reader sees that something
  was there. Emoji presentation selectors (U+FE00-FE0F, U+E0100-E01EF), which only ask for a
  coloured rendering of the character before them, are removed.
- "N° 045" keeps "N°" and its number on one line: the space after N°/Nº/N.°/Nro. becomes a
  non-breaking space (U+00A0).
"""

from __future__ import annotations

import re
import unicodedata

from reportlab.pdfbase import pdfmetrics

from pisac_desktop.reports import fonts

MISSING_GLYPH = "\u25a1"  # □, present in every shipped font
NBSP = "\u00a0"

# C0 controls other than tab and newline (and DEL) have no glyph and can upset the parser.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_NUMBER_SIGN = re.compile(r"(?<!\w)(N\.?[°º]|Nro\.|Núm\.)[ ]+(?=\S)", re.IGNORECASE)
_unsupported: re.Pattern[str] | None = None


def _unsupported_pattern() -> re.Pattern[str]:
    """A character class of everything that not all eight shipped faces can draw."""
    global _unsupported
    if _unsupported is None:
        fonts.register_fonts()
        covered: set[int] | None = None
        for name in fonts.ALL_FACES:
            cmap = set(pdfmetrics.getFont(name).face.charToGlyph)
            covered = cmap if covered is None else covered & cmap
        codes = sorted(c for c in (covered or set()) if c >= 0x20 and c not in range(0xD800, 0xE000))
        codes += [0x09, 0x0A]  # whitespace handled by the paragraph, never a glyph
        codes.sort()
        ranges: list[tuple[int, int]] = []
        for code in codes:
            if ranges and code == ranges[-1][1] + 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
        parts = "".join(
            re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
            for a, b in ranges
        )
        _unsupported = re.compile(f"[^{parts}]")
    return _unsupported


def printable(value: object) -> str:
    """`value` as text every shipped font can draw (see the module docstring); None -> ''."""
    if value is None:
        return ""
    text = str(value)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        text = _SELECTORS.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _CONTROL.sub("", text)
    text = _unsupported_pattern().sub(MISSING_GLYPH, text)
    return _NUMBER_SIGN.sub(lambda m: m.group(1) + NBSP, text)


def escape(value: object) -> str:
    """Paragraph markup that prints `value` literally: '<', '>' and '&' as themselves,
    each line break as a line break. None prints as nothing."""
    text = printable(value)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", "<br/>")


def one_line(value: object) -> str:
    """printable() text with every run of whitespace (line breaks too) as one space."""
    return " ".join(printable(value).replace(NBSP, "\x00").split()).replace("\x00", NBSP)
