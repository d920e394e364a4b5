"""The organisation from Excel (issue 20): the template comes filled with what the program has;
a file is previewed row by row with each problem in Spanish, and imported all or nothing through
the screens' own use cases, audited with its SHA-256."""

import datetime as dt
import hashlib
import io

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.institution import holder_on
from pisac_desktop.db.models import AuditEntry, CouncilMember, OrgUnit, Term
from pisac_desktop.demo import demo_actor
from pisac_desktop.moving_in.organization import (
    NEW,
    SAME,
    import_organization,
    preview_organization,
)
from pisac_desktop.moving_in.organization_template import (
    SHEET_COUNCIL,
    SHEET_HOLDERS,
    SHEET_UNITS,
    empty_template,
    template_bytes,
)
from tests.conftest import TODAY


def _template(db) -> bytes:
    with db.session() as s:
        return template_bytes(s, TODAY)


def _edit(content: bytes, change) -> bytes:
    book = load_workbook(io.BytesIO(content))
    change(book)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _first_free(sheet, header_row: int) -> int:
    row = header_row + 1
    while sheet.cell(row, 1).value not in (None, ""):
        row += 1
    return row


def _put(sheet, header_row: int, *values) -> int:
    row = _first_free(sheet, header_row)
    for column, value in enumerate(values, start=1):
        sheet.cell(row, column, value)
    return row


def _preview(db, content: bytes, name="organizacion.xlsx"):
    with db.session() as s:
        return preview_organization(s, demo_actor(s, "soporte"), name, content)


def test_the_template_is_filled_with_the_organisation_and_changes_nothing(demo_people):
    content = _template(demo_people.db)
    book = load_workbook(io.BytesIO(content))
    assert book.sheetnames[:3] == [SHEET_UNITS, SHEET_HOLDERS, SHEET_COUNCIL]
    assert book["Listas"].sheet_state == "hidden"
    units = book[SHEET_UNITS]
    assert units["A4"].value == "Unidad orgánica" and units["A4"].comment is not None
    assert units["A5"].value == "Alcaldía"
    assert any("Sí,No" in (v.formula1 or "") for v in units.data_validations.dataValidation)
    holders = book[SHEET_HOLDERS]
    assert [holders.cell(4, c).value for c in range(1, 8)] == [
        "Cargo", "Título", "Nombres y apellidos", "DNI", "Desde", "Hasta",
        "Documento de designación"]
    assert any("Listas" in (v.formula1 or "") for v in holders.data_validations.dataValidation)
    council = book[SHEET_COUNCIL]
    assert council["A4"].value == "Año de inicio del período" and council["C4"].value == 2023

    preview = _preview(demo_people.db, content)
    assert preview.ok and preview.changes == 0 and not preview.importable
    assert all(r.action == SAME for r in preview.rows)
    assert "Concejo 2023-2026" in preview.summary
    with demo_people.db.session() as s, pytest.raises(DomainError, match="no cambia nada"):
        import_organization(s, demo_actor(s, "soporte"), "o.xlsx", content)


def test_each_rows_problems_are_said_in_spanish_and_nothing_is_written(demo_people):
    def defects(book):
        units = book[SHEET_UNITS]
        _put(units, 4, "Secretaría General", "SG", "Sí")  # already in the sheet
        _put(units, 4, "Oficina de Imagen Institucional", "OII", "quizás")
        holders = book[SHEET_HOLDERS]
        _put(holders, 4, "Gerenta Municipal", "Ing.", "Rosa Paz", "41234567", "02/01/2027")
        _put(holders, 4, "Secretario General", "Abog.", "Luis Quispe", "4123456",
             "31/02/2026")
        _put(holders, 4, "Alcalde", "", "Otro Alcalde", "40000001", dt.date(2025, 1, 1))

    preview = _preview(demo_people.db, _edit(_template(demo_people.db), defects))
    assert not preview.ok
    problems = preview.all_problems()
    assert any("Unidades orgánicas" in p and "repetida" in p for p in problems)
    assert any("«quizás» no es Sí ni No" in p for p in problems)
    assert any("«Gerenta Municipal» no es uno de la lista" in p for p in problems)
    assert any("no existe en el calendario" in p for p in problems)
    assert any("Se superpone con" in p and "Alcalde" in p for p in problems)
    with demo_people.db.session() as s, pytest.raises(ValidationFailed) as refused:
        import_organization(s, demo_actor(s, "soporte"), "o.xlsx",
                            _edit(_template(demo_people.db), defects))
    assert len(refused.value.errors) == len(problems)
    with demo_people.db.session() as s:
        assert s.scalar(select(OrgUnit).where(OrgUnit.name.like("%Imagen%"))) is None


def test_a_file_is_imported_all_together_and_audited_with_its_hash(demo_people):
    def moving_in(book):
        units = book[SHEET_UNITS]
        _put(units, 4, "Oficina de Imagen Institucional", "OII", "Sí")
        for row in range(5, 30):  # the Oficina de Administración renamed, same siglas
            if units.cell(row, 2).value == "OA":
                units.cell(row, 1, "Oficina General de Administración")
        holders = book[SHEET_HOLDERS]
        for row in range(5, 30):  # the secretary general leaves at the end of the year
            if holders.cell(row, 1).value in ("Secretario General", "Secretaria General"):
                holders.cell(row, 6, dt.date(2026, 12, 31))
        _put(holders, 4, "Secretaria General", "Abog.", "Lucía Huamán Ccori", 1234567,
             "01/01/2027", None, "RA N° 350-2026-MDP/A")
        council = book[SHEET_COUNCIL]
        council["C4"], council["C5"], council["C6"] = 2027, 2030, 5
        for row in range(9, 30):
            for column in range(1, 8):
                council.cell(row, column).value = None
        _put(council, 8, "Alcaldesa", "Lic.", "Nélida Quispe Huamán", "41000001", "Pisac Unido")
        for n in range(5):
            _put(council, 8, "Regidor" if n % 2 else "Regidora", "", f"Regidor Nuevo {n}",
                 f"4200000{n}", "Pisac Unido")

    content = _edit(_template(demo_people.db), moving_in)
    preview = _preview(demo_people.db, content)
    assert preview.ok, preview.all_problems()
    actions = {(r.sheet, r.record): r.action for r in preview.rows}
    assert actions[(SHEET_UNITS, "Oficina de Imagen Institucional (OII)")] == NEW
    assert actions[(SHEET_UNITS, "Oficina General de Administración (OA)")] == \
        "Se actualiza: unidad orgánica"
    assert actions[(SHEET_HOLDERS, "Secretaria General: Lucía Huamán Ccori")] == NEW
    assert actions[(SHEET_COUNCIL, "Alcaldesa: Nélida Quispe Huamán")] == NEW
    assert "Concejo 2027-2030: 6 filas nuevas" in preview.summary

    with demo_people.db.session() as s:
        import_organization(s, demo_actor(s, "soporte"), "organizacion.xlsx", content)
    with demo_people.db.session() as s:
        names = set(s.scalars(select(OrgUnit.name)))
        assert {"Oficina de Imagen Institucional", "Oficina General de Administración"} <= names
        assert "Oficina de Administración" not in names
        new = holder_on(s, "GENERAL_SECRETARY", dt.date(2027, 1, 5))
        assert (new.full_name, new.dni, new.feminine) == ("Lucía Huamán Ccori", "01234567", True)
        assert holder_on(s, "GENERAL_SECRETARY", TODAY).end_date == dt.date(2026, 12, 31)
        term = s.scalar(select(Term).where(Term.start_year == 2027))
        members = s.scalars(select(CouncilMember).where(CouncilMember.term_id == term.id)).all()
        assert len(members) == 6 and term.councillor_seats == 5
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(3)).all()
    assert [(e.action, e.entity) for e in entries] == [
        ("import", "institution"), ("create", "council_member"),
        ("settings_change", "institution")]
    assert hashlib.sha256(content).hexdigest() in entries[0].changes


def test_the_empty_template_and_files_that_are_not_the_template(demo_people):
    preview = _preview(demo_people.db, empty_template())
    assert preview.ok and preview.changes == 0
    with pytest.raises(ValidationFailed, match="no es un libro de Excel"):
        _preview(demo_people.db, b"no es excel")

    def strange(book):
        for name in (SHEET_HOLDERS, SHEET_COUNCIL):
            del book[name]
        book[SHEET_UNITS].delete_rows(1, 10)

    preview = _preview(demo_people.db, _edit(empty_template(), strange))
    assert not preview.ok and "no tiene la fila de encabezados" in preview.problems[0]
