"""Very long user text prints in time linear in its length, and looks as one paragraph would."""

import io
import random

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from pisac_desktop.reports import paragraphs as rp
from pisac_desktop.reports.base import build_pdf, styles
from pisac_desktop.reports.instrument import Letterhead, render_instrument
from pisac_desktop.reports.instrument_doc import InstrumentDoc
from pisac_desktop.reports.text import escape

WORDS = ("que conforme al artículo de la ley orgánica municipalidad distrital Pisac autonomía "
         "política económica administrativa resolución informe N° 045-2026 &").split()


def _text(size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    out, length = [], 0
    while length < size:
        word = rng.choice(WORDS)
        if rng.random() < 0.08:
            word += "."
        out.append(word)
        length += len(word) + 1
    return " ".join(out)[:size].rstrip(" .") + "."


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _justified_style():
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("just", parent=styles()["body"], alignment=TA_JUSTIFY,
                          firstLineIndent=20, spaceBefore=6, spaceAfter=6)


def test_a_long_paragraph_prints_exactly_as_one_paragraph():
    style = _justified_style()
    markup = "<b>ARTÍCULO PRIMERO.-</b> " + escape(_text(30_000))
    story = lambda p: [Paragraph("Antes.", style), p, Paragraph("Después.", style)]  # noqa: E731
    plain = build_pdf(story(Paragraph(markup, style)), title="T", institution="M")
    chunked = build_pdf(story(rp.LongParagraph(markup, style)), title="T", institution="M")
    assert len(_pages(plain)) >= 5
    assert _pages(chunked) == _pages(plain)  # the same lines on the same pages


def test_paragraph_chunks_only_long_text():
    style = styles()["body"]
    assert isinstance(rp.paragraph("Corto.", style), Paragraph)
    assert isinstance(rp.paragraph("x " * rp.LONG_MARKUP, style), rp.LongParagraph)


def test_chunks_keep_every_line():
    style = _justified_style()
    markup = escape(_text(20_000))
    parts, height = rp.chunks(markup, style, 400)
    whole = Paragraph(markup, style)
    assert height == whole.wrap(400, 1e9)[1]
    assert len(parts) > 3
    assert sum(len(p.breakLines([400, 400]).lines) for p in parts) == len(whole.blPara.lines)
    assert parts[0].style.spaceBefore == 6 and parts[0].style.spaceAfter == 0
    assert parts[-1].style.spaceBefore == 0 and parts[-1].style.spaceAfter == 6
    assert all(p.style.firstLineIndent == 0 for p in parts[1:])


def test_segments_cut_at_sentence_ends_and_lose_nothing():
    markup = escape(_text(100_000))
    pieces = rp.segments(markup, 10_000)
    assert len(pieces) >= 10
    assert all(len(p) <= 10_000 for p in pieces)
    assert all(p.endswith(".") for p in pieces)
    assert " ".join(pieces).split() == markup.split()


def test_segments_never_cut_an_entity_or_a_tag():
    markup = "<b>ARTÍCULO 1.-</b> " + "a&amp;b" * 5000
    pieces = rp.segments(markup, 4000)
    assert len(pieces) > 5 and "".join(pieces) == markup
    assert all(not p.startswith(("amp;", "mp;", "p;", ";")) for p in pieces[1:])
    assert rp.segments("x<b>y</b> " * 5000, 4000) == ["x<b>y</b> " * 5000]  # bold inside: whole


def _count_broken_lines(monkeypatch) -> list[int]:
    """How many lines Paragraph.breakLines() makes in all: the work of laying out text."""
    counted = [0]
    original = Paragraph.breakLines

    def counting(self, width):
        result = original(self, width)
        counted[0] += len(result.lines)
        return result

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    return counted


def _doc(size: int) -> InstrumentDoc:
    return InstrumentDoc(letterhead=Letterhead("Municipalidad Distrital de Pisac"),
                         title="RESOLUCIÓN DE ALCALDÍA N° 001-2026-MDP/A",
                         place_date="Pisac, 2 de enero de 2026", whereas=[_text(size)],
                         articles=[("ARTÍCULO PRIMERO.-", _text(size // 4, seed=2))])


@pytest.mark.parametrize("size", [60_000, 240_000])
def test_printing_lays_out_each_line_a_few_times_only(monkeypatch, size):
    """Linear: every line is broken a bounded number of times, whatever the length (one
    Paragraph re-breaks all the rest on every page: about pages/2 times each line)."""
    counted = _count_broken_lines(monkeypatch)
    pages = _pages(render_instrument(_doc(size)))
    lines = sum(len(page.splitlines()) for page in pages)
    assert counted[0] < 6 * lines
    assert "ARTÍCULO PRIMERO.-" in " ".join(pages)
    assert _text(size // 4, seed=2).split()[-1] in pages[-1]  # nothing was lost at the end


def test_one_paragraph_would_not_be_linear(monkeypatch):
    """The measure above tells: without chunks, the same document costs far more."""
    monkeypatch.setattr(rp, "LONG_MARKUP", 10**9)
    counted = _count_broken_lines(monkeypatch)
    pages = _pages(render_instrument(_doc(60_000)))
    assert counted[0] > 6 * sum(len(page.splitlines()) for page in pages)
