"""The year name in force on a document's date (issue 11, printed documents 8): before the
decree that names the year, the previous name (or none); a setting per year with its decree."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from pisac_desktop.core.errors import ValidationFailed
from pisac_desktop.core.institution import year_name_on
from pisac_desktop.core.institution_settings import YearNameRow, load_settings, save_settings
from pisac_desktop.core.permissions import Actor, Role
from pisac_desktop.db.models import Instrument, YearName
from pisac_desktop.demo import demo_actor

ADMIN = Actor(None, "prueba", "Persona de prueba", frozenset({Role.ADMIN}), "PC-PRUEBA")
NAME_2025 = "Año de la recuperación y consolidación de la economía peruana"
NAME_2026 = "Año de la Esperanza y el Fortalecimiento de la Democracia"


def test_before_the_decree_the_previous_name_is_in_force(session):
    assert session.get(YearName, 2026).decree_date == dt.date(2026, 1, 22)  # the default
    assert year_name_on(session, dt.date(2026, 1, 21)).text == NAME_2025
    assert year_name_on(session, dt.date(2026, 1, 22)).text == NAME_2026
    assert year_name_on(session, dt.date(2026, 11, 21)).text == NAME_2026
    assert year_name_on(session, dt.date(2025, 1, 2)).text == NAME_2025  # no date: from 1 Jan


def test_with_no_previous_name_there_is_none(session):
    session.delete(session.get(YearName, 2025))
    session.flush()
    assert year_name_on(session, dt.date(2026, 1, 10)).text is None
    assert year_name_on(session, dt.date(2026, 2, 10)).text == NAME_2026


def test_the_decree_is_a_setting_per_year(opened):
    with opened.db.session() as s:
        settings = load_settings(s)
        row = next(r for r in settings.year_names if r.year == "2026")
        assert row.decree_date == "22/01/2026"
        row.decree, row.decree_date = "Decreto Supremo N° 005-2026-PCM", "15/01/2026"
        save_settings(s, settings, ADMIN)
    with opened.db.session() as s:
        saved = s.get(YearName, 2026)
        assert (saved.decree, saved.decree_date) == ("Decreto Supremo N° 005-2026-PCM",
                                                     dt.date(2026, 1, 15))
        assert year_name_on(s, dt.date(2026, 1, 16)).text == NAME_2026


@pytest.mark.parametrize(("decree_date", "fragment"), [
    ("31/02/2026", "no existe"), ("ayer", "dd/mm/aaaa"), ("10/01/2020", "fines de 2026"),
])
def test_a_bad_decree_date_is_refused_with_a_message(opened, decree_date, fragment):
    with opened.db.session() as s:
        settings = load_settings(s)
    settings.year_names.append(YearNameRow("2027", "Año de prueba", "DS", decree_date))
    with pytest.raises(ValidationFailed) as refused:
        with opened.db.session() as s:
            save_settings(s, settings, ADMIN)
    errors = [e for e in refused.value.errors if e.field == "decree_date"]
    assert errors and fragment in errors[0].message
    with opened.db.session() as s:
        assert s.get(YearName, 2027) is None


def test_a_document_issued_before_the_decree_prints_the_previous_name(demo):
    from pisac_desktop.instruments.printing import render_for_preview
    from pisac_desktop.instruments.register import issue, new_draft_form, save_draft

    with demo.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        form = new_draft_form(s, "MAYOR_RESOLUTION", dt.date(2026, 1, 12))
        form.summary = "Designar al responsable del archivo."
        form.articles = ["DESIGNAR al responsable del archivo."]
        draft = save_draft(s, actor, form)
        draft_pdf, _ = render_for_preview(s, draft.id)
    with demo.db.session() as s:
        issue(s, demo_actor(s, "mhuillca"), draft.id)
    with demo.db.session() as s:
        doc = s.get(Instrument, draft.id)
        assert doc.year_name == NAME_2025
        pdf, _ = render_for_preview(s, doc.id)
        later = s.scalars(select(Instrument).where(Instrument.doc_date >= dt.date(2026, 2, 1),
                                                   Instrument.state == "issued")).first()
        assert later.year_name == NAME_2026
    for data in (draft_pdf, pdf):
        text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
        assert NAME_2025 in text and NAME_2026 not in text


def test_an_upgraded_database_gets_the_new_legal_basis_defaults(tmp_path):
    """Issue 11, printed documents 4: templates still holding the old default are updated by
    migration 0005; the new defaults cite the council's and the delegation's articles."""
    import shutil
    from pathlib import Path

    from pisac_desktop.db.models import InstrumentKind
    from pisac_desktop.instruments.kinds import (
        COUNCIL_RESOLUTION_BASIS,
        MANAGEMENT_RESOLUTION_BASIS,
    )
    from pisac_desktop.paths import DataPaths
    from pisac_desktop.startup import open_database

    paths = DataPaths(tmp_path / "datos").ensure()
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "schema_0004.sqlite3", paths.database)
    opened = open_database(paths)
    try:
        with opened.db.session() as s:
            council = s.get(InstrumentKind, "COUNCIL_RESOLUTION").template_legal_basis
            manager = s.get(InstrumentKind, "MANAGEMENT_RESOLUTION").template_legal_basis
            assert (council, manager) == (COUNCIL_RESOLUTION_BASIS, MANAGEMENT_RESOLUTION_BASIS)
            assert "numeral 6" not in council and "artículos 39 al 41" in council
            assert "Reglamento de Organización" not in manager
            assert "artículo 78" in manager and "numeral 20 del artículo 20" in manager
            assert s.get(YearName, 2026).decree_date == dt.date(2026, 1, 22)
    finally:
        opened.db.dispose()
