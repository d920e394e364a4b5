"""Bidirectional overrides and other invisible characters never reach a printed document nor an
Excel register: one helper (reports.text.plain_text) removes them for every output."""

import datetime as dt
import io
import sys
import unicodedata

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from pisac_desktop.core import audit_search
from pisac_desktop.core.audit import record
from pisac_desktop.core.audit_search import AuditFilter
from pisac_desktop.core.permissions import Actor, Role
from pisac_desktop.reports.council.allowances import write_allowances_xlsx
from pisac_desktop.reports.council.common import AllowanceReport, AllowanceRow
from pisac_desktop.reports.instrument import Letterhead, render_instrument
from pisac_desktop.reports.instrument_doc import InstrumentDoc
from pisac_desktop.reports.registers import (
    RegisterBook,
    RegisterRow,
    render_register_book_pdf,
    write_register_book_xlsx,
)
from pisac_desktop.reports.text import escape, one_line, plain_text, printable

RLO, LRI, PDI, ZWSP, BOM, LRM = "\u202e", "\u2066", "\u2069", "\u200b", "\ufeff", "\u200e"
# "Resolución fdp.odalaS" displays as "Resolución Salado.pdf" in a viewer that honours U+202E.
TRICK = f"Aprobar {RLO}fdp.odalaS{LRI}x{PDI} {ZWSP}con{BOM} cargo{LRM} al presupuesto"
CLEAN = "Aprobar fdp.odalaSx con cargo al presupuesto"
LETTERHEAD = Letterhead("Municipalidad Distrital de Pisac")
ADMIN = Actor(None, "admin", "Administrador", frozenset({Role.ADMIN}), "PC-ADMIN")


def _invisible(text: str) -> list[str]:
    return [hex(ord(c)) for c in text if unicodedata.category(c) == "Cf"]


def test_plain_text_drops_every_format_character_but_the_soft_hyphen():
    every = "".join(chr(c) for c in range(sys.maxunicode + 1)
                    if unicodedata.category(chr(c)) == "Cf")
    assert plain_text(f"a{every}b") == "a\u00adb"
    assert plain_text(TRICK) == CLEAN
    assert printable(TRICK) == CLEAN and escape(TRICK) == CLEAN and one_line(TRICK) == CLEAN


def test_plain_text_keeps_what_was_typed_otherwise():
    assert plain_text("Línea 1\r\nLínea 2\rLínea 3\u2028Línea 4\u2029Fin") == (
        "Línea 1\nLínea 2\nLínea 3\nLínea 4\nFin")
    assert plain_text("a\x00b\x1bc\x85d\x9fe\tf") == "abcde\tf"  # C0 and C1 controls go
    assert plain_text("Año «N° 045» – ñandú 😀 a\u0301") == "Año «N° 045» – ñandú 😀 á"
    assert plain_text(None) == ""


def test_the_printed_document_has_no_override():
    doc = InstrumentDoc(letterhead=LETTERHEAD, title=f"RESOLUCIÓN{RLO} N° 1",
                        place_date="Pisac, 21 de noviembre de 2026", summary=TRICK,
                        seen=TRICK, whereas=[TRICK], articles=[("ARTÍCULO PRIMERO.-", TRICK)])
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(render_instrument(doc))).pages)
    assert _invisible(text) == []
    assert "fdp.odalaSx" in text


def _book() -> RegisterBook:
    return RegisterBook(LETTERHEAD, f"Resoluciones{RLO} de Alcaldía", 2026,
                        [RegisterRow(f"001-2026{RLO}", dt.date(2026, 3, 2), TRICK, "Emitido")],
                        generated_text=f"Generado por {RLO}acllih m")


def test_the_register_book_xlsx_has_no_override(tmp_path):
    target = tmp_path / "registro.xlsx"
    write_register_book_xlsx(_book(), target)
    values = [c.value for row in load_workbook(target).active.iter_rows() for c in row
              if isinstance(c.value, str)]
    assert CLEAN in values and "001-2026" in values
    assert _invisible("".join(values)) == []


def test_the_register_book_pdf_has_no_override():
    pdf = render_register_book_pdf(_book())
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert _invisible(text) == [] and "fdp.odalaSx" in text


def test_the_allowances_xlsx_has_no_override():
    report = AllowanceReport(
        letterhead=LETTERHEAD, year=2026, month=11, month_label=f"noviembre{RLO} de 2026",
        limit=2, rows=(AllowanceRow(f"Rosa{RLO} Quispe", "Regidora", 1, 1, f"SO{RLO} 05",
                                    "SO 05"),),
        sessions_held=(f"SO{RLO} 05",))
    buffer = io.BytesIO()
    write_allowances_xlsx(report, buffer)
    values = [c.value for row in load_workbook(io.BytesIO(buffer.getvalue())).active.iter_rows()
              for c in row if isinstance(c.value, str)]
    assert "Rosa Quispe" in values
    assert _invisible("".join(values)) == []


def test_the_audit_xlsx_has_no_override(opened, tmp_path):
    with opened.db.session() as s:
        record(s, ADMIN, "update", "user", 7, {"nota": [None, TRICK]},
               clock=lambda: dt.datetime(2026, 11, 2, 14, 0, tzinfo=dt.UTC))
    target = tmp_path / "auditoria.xlsx"
    with opened.db.session() as s:
        result = audit_search.export_xlsx(s, ADMIN, AuditFilter(), target,
                                          tz=dt.timezone(dt.timedelta(hours=-5)))
    assert result.rows >= 1
    values = [c.value for row in load_workbook(target).active.iter_rows() for c in row
              if isinstance(c.value, str)]
    assert any(CLEAN in v for v in values)
    assert _invisible("".join(values)) == []


@pytest.mark.parametrize("value", [RLO, f"{RLO}{LRI}{PDI}{ZWSP}"])
def test_nothing_but_invisible_characters_prints_as_nothing(value):
    assert plain_text(value) == "" and one_line(value) == ""
