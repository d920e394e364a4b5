import datetime as dt

import pytest
from sqlalchemy import select

from pisac_desktop.core.errors import ValidationFailed
from pisac_desktop.core.institution import (
    DEFAULT_ORG_UNITS,
    configuration_pending,
    holder_on,
    unit_directory,
    year_name_for,
)
from pisac_desktop.core.institution_settings import (
    OfficeholderRow,
    OrgUnitRow,
    YearNameRow,
    load_settings,
    save_settings,
)
from pisac_desktop.core.permissions import Actor, Role
from pisac_desktop.db.models import Institution, Officeholder, OrgUnit, YearName

ADMIN = Actor(None, "prueba", "Persona de prueba", frozenset({Role.ADMIN}), "PC-PRUEBA")


def test_new_database_has_the_defaults_of_domain_md(session):
    inst = session.get(Institution, 1)
    assert (inst.name, inst.initials, inst.city) == ("Municipalidad Distrital de Pisac", "MDP", "Pisac")
    units = session.scalars(select(OrgUnit.name).order_by(OrgUnit.position)).all()
    assert units == [name for _code, name, _abbr in DEFAULT_ORG_UNITS]
    assert session.get(YearName, 2026).name == (
        "Año de la Esperanza y el Fortalecimiento de la Democracia"
    )
    assert session.get(YearName, 2025).name == (
        "Año de la recuperación y consolidación de la economía peruana"
    )


def test_year_name_falls_back_to_previous_year_with_warning(session):
    info = year_name_for(session, 2027)
    assert info.text == "Año de la Esperanza y el Fortalecimiento de la Democracia"
    assert info.is_fallback and "2027" in info.warning and "2026" in info.warning
    assert year_name_for(session, 2026).warning is None
    assert year_name_for(session, 1999).text is None


def _holder(post, name, dni, start, end=""):
    return OfficeholderRow(None, post, "Abog.", name, dni, start, end, "", False)


def test_settings_round_trip(opened):
    with opened.db.session() as s:
        settings = load_settings(s)
        settings.general.ruc = "20147990139"
        settings.general.email = "mesadepartes@munipisac.gob.pe"
        settings.year_names.append(YearNameRow("2027", '"Año de prueba"'))
        settings.org_units.append(OrgUnitRow(None, "Oficina de Imagen Institucional", "OII", True))
        settings.officeholders = [
            _holder("GENERAL_SECRETARY", "Ana Quispe", "12345678", "02/01/2023", "31/12/2024"),
            _holder("GENERAL_SECRETARY", "Luis Huamán", "87654321", "01/01/2025"),
        ]
        save_settings(s, settings, ADMIN)
    with opened.db.session() as s:
        again = load_settings(s)
        assert again.general.ruc == "20147990139"
        assert YearNameRow("2027", "Año de prueba") in again.year_names  # quotes stripped
        assert again.org_units[-1].name == "Oficina de Imagen Institucional"
        assert [h.full_name for h in again.officeholders] == ["Ana Quispe", "Luis Huamán"]
        assert holder_on(s, "GENERAL_SECRETARY", dt.date(2024, 12, 31)).full_name == "Ana Quispe"
        assert holder_on(s, "GENERAL_SECRETARY", dt.date(2025, 1, 1)).full_name == "Luis Huamán"
        assert holder_on(s, "GENERAL_SECRETARY", dt.date(2023, 1, 1)) is None
        # The holder is linked to the post's organic unit.
        unit = s.get(Officeholder, again.officeholders[0].id).org_unit
        assert unit.name == "Secretaría General"


def test_refused_save_writes_nothing_and_names_each_field(opened):
    with opened.db.session() as s:
        settings = load_settings(s)
    settings.general.ruc = "20147990138"
    settings.general.name = "Municipalidad Distrital de Pisac (cambiada)"
    settings.year_names.append(YearNameRow("20x7", "x"))
    settings.officeholders = [
        _holder("MAYOR", "Julián Quispe", "2398145", "02/01/2023"),
        _holder("MAYOR", "Otro Alcalde", "11111111", "31/02/2026"),
        _holder("MAYOR", "Tercero", "22222222", "01/01/2024", "01/01/2023"),
    ]
    with pytest.raises(ValidationFailed) as refused:
        with opened.db.session() as s:
            save_settings(s, settings, ADMIN)
    found = {(e.section, e.row, e.field) for e in refused.value.errors}
    assert ("general", None, "ruc") in found
    assert ("year_names", 2, "year") in found
    assert ("officeholders", 0, "dni") in found
    assert ("officeholders", 1, "start") in found
    assert ("officeholders", 2, "end") in found
    with opened.db.session() as s:
        assert s.get(Institution, 1).name == "Municipalidad Distrital de Pisac"
        assert s.scalar(select(Officeholder.id)) is None


def test_overlapping_periods_in_one_post_are_refused(opened):
    with opened.db.session() as s:
        settings = load_settings(s)
    settings.officeholders = [
        _holder("MUNICIPAL_MANAGER", "Rosa Mamani", "41236578", "02/01/2023"),
        _holder("MUNICIPAL_MANAGER", "Wilber Ccahua", "44125896", "01/07/2024"),
        _holder("GENERAL_SECRETARY", "Marleny Huillca", "45879632", "01/07/2024"),
    ]
    with pytest.raises(ValidationFailed) as refused, opened.db.session() as s:
        save_settings(s, settings, ADMIN)
    (error,) = refused.value.errors
    assert (error.row, error.field) == (1, "start")
    assert "Se superpone con Rosa Mamani" in error.message


def _register_mayor(opened):
    with opened.db.session() as s:
        settings = load_settings(s)
        settings.officeholders = [_holder("MAYOR", "Julián Quispe", "23981457", "02/01/2023")]
        save_settings(s, settings, ADMIN)


def test_referenced_unit_cannot_be_deleted_only_deactivated(opened):
    _register_mayor(opened)
    with opened.db.session() as s:
        settings = load_settings(s)
    settings.org_units = [u for u in settings.org_units if u.name != "Alcaldía"]
    with pytest.raises(ValidationFailed, match="desactívela"), opened.db.session() as s:
        save_settings(s, settings, ADMIN)
    # Deactivating works, and an unreferenced unit can be deleted.
    with opened.db.session() as s:
        settings = load_settings(s)
        for unit in settings.org_units:
            if unit.name == "Alcaldía":
                unit.active = False
        settings.org_units = [u for u in settings.org_units if u.name != "Procuraduría Pública Municipal"]
        save_settings(s, settings, ADMIN)
    with opened.db.session() as s:
        assert s.scalar(select(OrgUnit.active).where(OrgUnit.name == "Alcaldía")) is False
        assert s.scalar(select(OrgUnit).where(OrgUnit.name.like("Procuradur%"))) is None


def test_units_can_swap_names_and_duplicates_are_refused(opened):
    with opened.db.session() as s:
        settings = load_settings(s)
        a, b = settings.org_units[0], settings.org_units[1]
        a.name, b.name = b.name, a.name
        save_settings(s, settings, ADMIN)
    with opened.db.session() as s:
        settings = load_settings(s)
        assert [u.name for u in settings.org_units[:2]] == ["Concejo Municipal", "Alcaldía"]
    settings.org_units[1].name = "concejo municipal"
    with pytest.raises(ValidationFailed, match="repetida"), opened.db.session() as s:
        save_settings(s, settings, ADMIN)


def test_pending_lists_what_documents_will_lack(session):
    labels = [p.label for p in configuration_pending(session, dt.date(2027, 1, 4))]
    assert "RUC de la institución por registrar" in labels
    assert "Denominación oficial del año 2027 por registrar" in labels
    vacant = next(p for p in configuration_pending(session, dt.date(2027, 1, 4))
                  if p.label.startswith("Cargos sin titular"))
    assert vacant.count == 5 and "Alcalde" in vacant.detail


def test_demo_is_complete(demo):
    with demo.db.session() as s:
        assert configuration_pending(s, dt.date(2026, 11, 21)) == []
        mayor = holder_on(s, "MAYOR", dt.date(2026, 11, 21))
        assert mayor.full_name == "Julián Quispe Huamán"


def test_a_save_based_on_outdated_settings_is_refused(opened):
    """Two workstations: B saves first; A's later save must not silently undo B's work."""
    with opened.db.session() as s:
        seen_by_a = load_settings(s)
    with opened.db.session() as s:
        b = load_settings(s)
        b.officeholders = [_holder("MAYOR", "Julián Quispe", "23981457", "02/01/2023")]
        save_settings(s, b, ADMIN)
    seen_by_a.general.phone = "084 203015"
    with pytest.raises(ValidationFailed) as refused, opened.db.session() as s:
        save_settings(s, seen_by_a, ADMIN)
    # Who saved first and when, from the audit trail (no account: the user name).
    assert refused.value.errors[0].message.startswith(
        "Mientras usted editaba, prueba guardó cambios en los datos de la institución (el "
        "21/11/2026 a las 10:00, en PC-PRUEBA). Para no borrar sus cambios no se guardó nada.")
    with opened.db.session() as s:
        assert [h.full_name for h in load_settings(s).officeholders] == ["Julián Quispe"]
        assert s.get(Institution, 1).phone == ""


def test_renaming_a_unit_keeps_its_officeholders_attached(opened):
    _register_mayor(opened)
    with opened.db.session() as s:
        settings = load_settings(s)
        settings.org_units[0].name = "Despacho de Alcaldía"
        save_settings(s, settings, ADMIN)
    with opened.db.session() as s:
        assert s.scalar(select(Officeholder)).org_unit.name == "Despacho de Alcaldía"
        heads = {e.name: e.head for e in unit_directory(s, dt.date(2026, 11, 21))}
        assert heads["Despacho de Alcaldía"] == "Alcalde: Abog. Julián Quispe"
        settings = load_settings(s)
    settings.org_units = settings.org_units[1:]
    with pytest.raises(ValidationFailed, match="no se puede eliminar"), opened.db.session() as s:
        save_settings(s, settings, ADMIN)


def test_post_units_cannot_be_deleted_even_unreferenced(opened):
    with opened.db.session() as s:
        settings = load_settings(s)
    settings.org_units = [u for u in settings.org_units if u.name != "Oficina de Registro Civil"]
    with pytest.raises(ValidationFailed, match="pertenece un cargo"), opened.db.session() as s:
        save_settings(s, settings, ADMIN)


def test_odd_digits_lengths_and_dates_are_refused_without_crashing(opened):
    with opened.db.session() as s:
        settings = load_settings(s)
    settings.general.name = "M" * 201
    settings.year_names.append(YearNameRow("2⁰²⁷", "x"))
    settings.officeholders = [
        _holder("MAYOR", "Julián Quispe", "²³⁹⁸¹⁴⁵⁷", "01/01/0001"),
        OfficeholderRow(None, "MAYOR", "T" * 41, "Otro", "11111111", "01/01/2024", "", "", False),
    ]
    with pytest.raises(ValidationFailed) as refused, opened.db.session() as s:
        save_settings(s, settings, ADMIN)
    found = {(e.section, e.row, e.field): e.message for e in refused.value.errors}
    assert "200 caracteres" in found[("general", None, "name")]
    assert ("year_names", 2, "year") in found
    assert "8 dígitos" in found[("officeholders", 0, "dni")]
    assert "fuera de rango" in found[("officeholders", 0, "start")]
    assert "40 caracteres" in found[("officeholders", 1, "title")]
