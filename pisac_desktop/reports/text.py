"""The one escaping helper for user text on its way into a ReportLab Paragraph."""

from __future__ import annotations

import re

# C0 controls other than tab and newline (and DEL) have no glyph and can upset the parser.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape(value: object) -> str:
    """Paragraph markup that prints `value` literally: '<', '>' and '&' as themselves,
    each line break as a line break. None prints as nothing."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _CONTROL.sub("", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", "<br/>")
