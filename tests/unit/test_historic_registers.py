"""Moving in (issue 20): the registers kept before the application imported as registros
históricos — preview first (a repeated number blocks, a gap is only shown), all or nothing,
audited with the file's hash, searchable, never printed, and the counter continuing after the
highest number imported (never lowered)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from sqlalchemy import func, select

from pisac_desktop.core.content_seal import content_problems
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.numbering import set_next_number
from pisac_desktop.core.permissions import PermissionDenied
from pisac_desktop.db.models import (
    AuditEntry,
    HistoricSource,
    Instrument,
    NumberSequence,
    RegisterImport,
)
from pisac_desktop.demo import demo_actor
from pisac_desktop.instruments import historic as H
from pisac_desktop.instruments.issued import certify
from pisac_desktop.instruments.printing import register_book, render_for_preview
from pisac_desktop.instruments.register import issue, new_draft_form, save_draft
from pisac_desktop.instruments.search import InstrumentFilter, search
from tests import registers as R

RA = "MAYOR_RESOLUTION"


def _preview(s, content=None, name="registro-RA-2021-2025.xlsx", kind=RA, **kw):
    return H.preview_register(s, name, content if content is not None else R.register_xlsx(),
                              kind, **kw)


def test_the_preview_finds_the_headers_under_the_titles_and_every_rows_problems(demo_people):
    with demo_people.db.session() as s:
        preview = _preview(s)
        assert preview.header_row == 5  # under two titles and a row of merged headers
        assert preview.source == "Excel"
        assert {f: preview.mapping[f] for f in ("number", "date", "summary", "signer", "state")
                } == {"number": 1, "date": 2, "summary": 3, "signer": 4, "state": 5}
        assert preview.headers[1] == "B: Número"
        assert len(preview.rows) == R.register_size() >= 300
        repeated = [r for r in preview.rows if r.blocking]
        assert [r.number for r in repeated] == [45, 45]
        assert all("Número repetido en el archivo" in r.problems_text for r in repeated)
        assert preview.gaps == ("RA 2024: faltan 017",)
        after_gap = next(r for r in preview.rows if (r.year, r.number) == (2024, 18))
        assert not after_gap.blocking and "falta el 017" in after_gap.problems_text
        assert not preview.importable
        # Dates written four ways, numbers four ways: all read.
        by_key = {(r.year, r.number): r for r in preview.rows}
        assert {by_key[(2022, n)].doc_date for n in (1, 2, 3, 4)} == {
            R._date(2022, n) for n in (1, 2, 3, 4)}
        assert by_key[(2023, 2)].number_text == "RESOLUCIÓN DE ALCALDÍA N° 002-2023-MDP/A"
        assert by_key[R.ANNULLED].annulled
        with pytest.raises(DomainError, match="Fila .*Número repetido"):
            H.import_register(s, demo_actor(s, "soporte"), "registro.xlsx", R.register_xlsx(),
                              RA)
        assert s.scalar(select(func.count(Instrument.id))) == 0  # nothing written


def test_the_fixed_register_is_imported_whole_searchable_and_the_counter_continues(
        demo_people, tmp_path):
    content = R.register_xlsx(repeated=False)
    with demo_people.db.session() as s:
        secretary = demo_actor(s, "mhuillca")
        with pytest.raises(PermissionDenied):
            H.import_register(s, demo_actor(s, "wccahua"), "registro.xlsx", content, RA)
        # Numbers set before the old register came in: 2023's above what it holds (stays),
        # 2024's below it (raised).
        set_next_number(s, demo_actor(s, "soporte"), RA, 2023, 101)
        set_next_number(s, demo_actor(s, "soporte"), RA, 2024, 10)
    with demo_people.db.session() as s:
        preview = _preview(s, content)
        assert preview.importable and preview.blocking_rows == 0
        assert preview.warning_rows >= 1 and preview.gaps == ("RA 2024: faltan 017",)
        result = H.import_register(s, secretary, "registro.xlsx", content, RA)
        assert result.documents == R.register_size(repeated=False) == 319
        assert result.annulled == 1
    with demo_people.db.session() as s:
        assert s.scalar(select(func.count(Instrument.id)).where(Instrument.historic)) == 319
        assert s.get(NumberSequence, (RA, 2023)).last_number == 100  # never lowered
        assert s.get(NumberSequence, (RA, 2024)).last_number == 64  # raised to the highest
        assert s.get(NumberSequence, (RA, 2025)).last_number == 64
        # Found by the search like any other, its line marked.
        rows = search(s, InstrumentFilter(text="mercado de abastos", module="secretaria"))
        assert [(r.number, r.doc_date.year) for r in rows] == [(12, 2023)]
        assert rows[0].historic and rows[0].state_label == "Registro histórico"
        market = s.get(Instrument, rows[0].id)
        assert market.signer_name == "Rosa Mamani Ccoa" and market.issued_at is None
        source = s.get(HistoricSource, market.id)
        assert source.row_number > 5 and source.import_id == result.import_id
        annulled = s.scalar(select(Instrument).where(Instrument.year == 2022,
                                                     Instrument.number == 30))
        assert annulled.state == "annulled" and "registro histórico" in annulled.annul_reason
        # Sealed by its import: the integrity check sees nothing added behind its back.
        assert content_problems(s) == []
        # Audited with the file's hash.
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "register_import"))
        assert json.loads(entry.changes)["sha256"][1] == hashlib.sha256(content).hexdigest()
        assert s.get(RegisterImport, result.import_id).documents == 319
    with demo_people.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        # Never printed nor certified as if the application had issued it.
        with pytest.raises(DomainError, match="registro histórico"):
            render_for_preview(s, market.id)
        with pytest.raises(DomainError, match="registro histórico"):
            certify(s, actor, market.id, "Juan Pérez", 1, dt.date(2026, 11, 20))
        book = register_book(s, RA, 2023)
        assert {r.state for r in book.rows} == {"Registro histórico"}
        # The year's export: the register lists them, no PDF pretends the app issued them.
        from pisac_desktop.export import export_year

        done = export_year(s, actor, 2023, tmp_path / "archivo", workers=1)
        assert done.documents == 0 and done.books == 1
        assert sorted(p.name for p in (tmp_path / "archivo").iterdir()) == [
            "registro-RA-2023.pdf", "registro-RA-2023.xlsx"]
        # The next resolution of 2025 comes after the highest imported: N° 065.
        form = new_draft_form(s, RA, dt.date(2025, 12, 20))
        form.summary = "Aprobar el cierre del ejercicio 2025"
        form.articles = ["APROBAR el cierre."]
        draft = save_draft(s, actor, form)
        assert issue(s, actor, draft.id).number == 65
    with demo_people.db.session() as s:
        # The same file twice: refused whole, saying when it came in.
        with pytest.raises(DomainError, match="ya se importó"):
            H.import_register(s, demo_actor(s, "mhuillca"), "otra-copia.xlsx", content, RA)


def test_a_csv_saved_by_excel_on_windows_is_read_with_its_accents(demo_people):
    content = R.ordinances_csv()
    with demo_people.db.session() as s:
        preview = _preview(s, content, "ordenanzas.csv", "ORDINANCE", year=2024)
        assert preview.source == "CSV (Windows-1252, separado por «;»)"
        assert preview.header_row == 1 and preview.importable, preview.refusal_text()
        assert preview.mapping["seen"] == 3 and preview.mapping["signer"] == 4
        assert [r.doc_date for r in preview.rows] == [
            dt.date(2024, 2, 12), dt.date(2024, 4, 8), dt.date(2024, 6, 20)]
        H.import_register(s, demo_actor(s, "mhuillca"), "ordenanzas.csv", content, "ORDINANCE",
                          2024)
    with demo_people.db.session() as s:
        docs = s.scalars(select(Instrument).where(Instrument.kind_code == "ORDINANCE")
                         .order_by(Instrument.number)).all()
        assert docs[1].summary.startswith("Ordenanza que aprueba el régimen de protección de "
                                          "niños, niñas")
        assert docs[0].number_text == "ORDENANZA MUNICIPAL N° 001-2024-MDP/CM"
        assert docs[1].seen == "Informe N° 40-2024-DEMUNA"
        # Historic ordinances were published in their day: nothing pending to publish.
        from pisac_desktop.instruments.pending import instrument_pending

        assert not [p for p in instrument_pending(s, dt.date(2026, 11, 21), "secretaria")
                    if "publicar" in p.label]


def test_rows_outside_the_year_of_an_unknown_kind_or_without_summary_block(demo_people):
    rows = [("N°", "Fecha", "Sumilla"),
            ("001-2024", "05/01/2024", "Bien"),
            ("002-2024", "05/01/2023", "Fecha de otro año"),
            ("XY N° 003-2024", "06/01/2024", "Tipo desconocido"),
            ("004-2024", "07/01/2024", ""),
            ("005-2023", "08/01/2023", "Número de otro año"),
            ("", "", "una línea que sigue a la anterior"),
            ("007-2024", "31/02/2024", "Fecha imposible")]
    content = "\n".join(",".join(r) for r in rows).encode("utf-8")
    with demo_people.db.session() as s:
        preview = _preview(s, content, "ra.csv", year=2024)
        assert preview.source == "CSV (UTF-8, separado por «,»)"
        problems = {r.row_number: r.problems_text for r in preview.rows}
        assert problems[2] == ""
        assert "IMPIDE: La fecha 05/01/2023 no es del año 2024." in problems[3]
        assert "IMPIDE: Tipo de documento desconocido en el número: «xy»." in problems[4]
        assert "IMPIDE: Falta la sumilla." in problems[5]
        assert "IMPIDE: El número es de 2023, no de 2024." in problems[6]
        assert problems[7].startswith("Aviso: Fila sin número ni fecha")
        assert "no existe en el calendario" in problems[8]
        assert preview.blocking_rows == 5 and not preview.importable
        assert "Fila 3: La fecha 05/01/2023" in preview.refusal_text()
        # The person's choice of columns replaces the guess (the summary in no column: asked).
        chosen = _preview(s, content, "ra.csv", year=2024, mapping={"summary": None})
        assert chosen.file_problems == ("Elija la columna de: Sumilla (asunto).",)
