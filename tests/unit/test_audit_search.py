"""Searching and exporting the audit trail: filters, accent-insensitive text, paging, dates."""

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from pisac_desktop.core import audit_search
from pisac_desktop.core.audit import record, verify_chain
from pisac_desktop.core.audit_search import AuditFilter, count, search
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Actor, PermissionDenied, Role
from pisac_desktop.db.models import AuditEntry

LIMA = dt.timezone(dt.timedelta(hours=-5), "PET")
ADMIN = Actor(None, "admin", "Administrador", frozenset({Role.ADMIN}), "PC-ADMIN")
SECRETARY = Actor(None, "mhuillca", "Marleny Huillca Sutta",
                  frozenset({Role.GENERAL_SECRETARIAT}), "PC-SECRETARIA")
CLERK = Actor(None, "jquispe", "José Quispe", frozenset({Role.INTAKE}), "PC-MESA-PARTES")
READER = Actor(None, "consulta", "Consulta", frozenset({Role.READ_ONLY}), "PC-CONSULTA")
START = dt.datetime(2026, 11, 2, 14, 0, tzinfo=dt.UTC)


def _add(session, actor, action, entity, entity_id="", changes=None, at=START):
    return record(session, actor, action, entity, entity_id, changes, clock=lambda: at)


@pytest.fixture
def trail(opened):
    """A small, varied trail (ids 1..6)."""
    with opened.db.session() as s:
        _add(s, SECRETARY, "sign_in", "user", 2, at=START)
        _add(s, SECRETARY, "settings_change", "institution", 1,
             {"año 2026": [None, "Año de la Esperanza"],
              "address": ["Plaza de Armas s/n", "Jr. Bolognesi 123"]},
             at=START + dt.timedelta(hours=1))
        _add(s, CLERK, "create", "user", 7,
             {"usuario": [None, "rquispe"], "nombre": [None, "Rosa Quispe Mamani"]},
             at=START + dt.timedelta(days=1))
        _add(s, SECRETARY, "update", "user", 7,
             {"nota": [None, "Resolución de Alcaldía N° 045-2026-MDP/A"]},
             at=START + dt.timedelta(days=2))
        _add(s, CLERK, "sign_in_failed", "user", "", {"motivo": [None, "contraseña incorrecta"]},
             at=START + dt.timedelta(days=3))
        _add(s, ADMIN, "backup", "database", "", {"archivo": [None, "pisac-2026-11-06.sqlite3"]},
             at=START + dt.timedelta(days=4))
    return opened


def _ids(opened, flt, actor=ADMIN, **kwargs):
    with opened.db.session() as s:
        return [r.id for r in search(s, actor, flt, tz=LIMA, **kwargs)]


def test_no_filter_lists_everything_newest_first(trail):
    assert _ids(trail, AuditFilter()) == [6, 5, 4, 3, 2, 1]
    with trail.db.session() as s:
        assert count(s, ADMIN, AuditFilter(), tz=LIMA) == 6


def test_user_action_and_entity_filters(trail):
    assert _ids(trail, AuditFilter(username="jquispe")) == [5, 3]
    assert _ids(trail, AuditFilter(action="sign_in")) == [1]
    assert _ids(trail, AuditFilter(entity="user")) == [5, 4, 3, 1]
    assert _ids(trail, AuditFilter(username="mhuillca", entity="user")) == [4, 1]
    assert _ids(trail, AuditFilter(username="nadie")) == []


@pytest.mark.parametrize("text, expected", [
    ("resolucion", [4]),  # no accent typed: finds "Resolución"
    ("RESOLUCIÓN", [4]),
    ("Resolución alcaldia 045", [4]),  # every word, in any order and case
    ("contrasena", [5]),  # ñ folds to n
    ("bolognesi", [2]),  # a value after a change
    ("dirección", [2]),  # the field name as shown ("address" -> "dirección")
    ("PLAZA DE ARMAS", [2]),  # a value before a change
    ("mesa-partes", [5, 3]),  # workstation
    ("quispe", [5, 3]),  # username and a value
    ("esperanza", [2]),
    ("ordenanza", []),
])
def test_text_is_case_and_accent_insensitive(trail, text, expected):
    assert _ids(trail, AuditFilter(text=text)) == expected
    with trail.db.session() as s:
        assert count(s, ADMIN, AuditFilter(text=text), tz=LIMA) == len(expected)


def test_text_combines_with_the_other_filters(trail):
    assert _ids(trail, AuditFilter(text="quispe", action="create")) == [3]
    assert _ids(trail, AuditFilter(text="7", entity="user")) == [4, 3]  # entity id


def test_date_range_is_in_local_days(opened):
    # 03:30 UTC on the 21st is still the evening of the 20th in Pisac (UTC-5).
    with opened.db.session() as s:
        _add(s, ADMIN, "sign_in", "user", 1, at=dt.datetime(2026, 11, 20, 4, 59, tzinfo=dt.UTC))
        _add(s, ADMIN, "sign_in", "user", 1, at=dt.datetime(2026, 11, 20, 5, 0, tzinfo=dt.UTC))
        _add(s, ADMIN, "sign_in", "user", 1, at=dt.datetime(2026, 11, 21, 3, 30, tzinfo=dt.UTC))
        _add(s, ADMIN, "sign_in", "user", 1, at=dt.datetime(2026, 11, 21, 5, 0, tzinfo=dt.UTC))
    day = dt.date(2026, 11, 20)
    assert _ids(opened, AuditFilter(date_from=day, date_to=day)) == [3, 2]
    assert _ids(opened, AuditFilter(date_from=day)) == [4, 3, 2]
    assert _ids(opened, AuditFilter(date_to=day)) == [3, 2, 1]
    assert _ids(opened, AuditFilter(date_from=dt.date(2026, 11, 21),
                                    date_to=dt.date(2026, 11, 21))) == [4]
    assert _ids(opened, AuditFilter(date_from=dt.date(2026, 11, 22), date_to=day)) == []
    with opened.db.session() as s:
        rows = search(s, ADMIN, AuditFilter(date_from=day, date_to=day), tz=LIMA)
        assert rows[0].local_at(LIMA).strftime("%d/%m/%Y %H:%M") == "20/11/2026 22:30"
        assert audit_search.date_span(s, ADMIN, LIMA) == (dt.date(2026, 11, 19),
                                                         dt.date(2026, 11, 21))


@pytest.fixture
def long_trail(opened):
    with opened.db.session() as s:
        for n in range(1, 451):
            _add(s, SECRETARY if n % 2 else CLERK, "update", "user", n,
                 {"nota": [None, "Publicación" if n % 3 == 0 else "otra cosa"]},
                 at=START + dt.timedelta(minutes=n))
    return opened


def test_paging_by_offset_and_by_keyset(long_trail):
    first = _ids(long_trail, AuditFilter(), limit=200)
    assert first == list(range(450, 250, -1))
    assert _ids(long_trail, AuditFilter(), offset=200, limit=200) == list(range(250, 50, -1))
    assert _ids(long_trail, AuditFilter(), before_id=first[-1], limit=200) == list(
        range(250, 50, -1))
    assert _ids(long_trail, AuditFilter(), offset=400, limit=200) == list(range(50, 0, -1))


def test_paging_with_text(long_trail):
    flt = AuditFilter(text="publicacion")
    every = list(range(450, 0, -3))  # multiples of 3, newest first
    assert _ids(long_trail, flt, limit=100) == every[:100]
    assert _ids(long_trail, flt, offset=100, limit=100) == every[100:]
    assert _ids(long_trail, flt, before_id=every[99], limit=100) == every[100:]
    with long_trail.db.session() as s:
        assert count(s, ADMIN, flt) == 150
        assert count(s, ADMIN, AuditFilter(text="publicacion", username="jquispe")) == 75


def test_filter_choices(trail):
    with trail.db.session() as s:
        choices = audit_search.filter_choices(s, SECRETARY)
    assert choices.usernames == ["admin", "jquispe", "mhuillca"]
    assert ("settings_change", "Cambio de configuración") in choices.actions
    assert [label for _code, label in choices.actions] == sorted(
        (label for _code, label in choices.actions), key=audit_search.fold)
    assert dict(choices.entities) == {"user": "Usuario", "institution": "Datos de la institución",
                                      "database": "Base de datos"}


def test_rows_read_as_spanish(trail):
    with trail.db.session() as s:
        row = next(r for r in search(s, ADMIN, AuditFilter(), tz=LIMA) if r.id == 2)
    assert (row.action_label, row.entity_label, row.entity_id) == (
        "Cambio de configuración", "Datos de la institución", "1")
    assert row.changes_text.splitlines() == [
        "dirección: Plaza de Armas s/n → Jr. Bolognesi 123",
        "año 2026: Año de la Esperanza",
    ]
    assert audit_search.parse_changes('{"activo": [true, false], "roles": [[], ["a", "b"]]}') == (
        audit_search.Change("activo", "sí", "no"), audit_search.Change("roles", "(vacío)", "a; b"))


def test_filter_described_in_spanish():
    flt = AuditFilter(dt.date(2026, 11, 1), dt.date(2026, 11, 21), "mhuillca", "update", "user",
                      "  resolución  045 ")
    assert flt.describe() == (
        "Del 1 de noviembre de 2026 al 21 de noviembre de 2026; usuario «mhuillca»; "
        "acción «Modificación»; entidad «Usuario»; texto «resolución 045»")
    assert AuditFilter().describe() == "todas las entradas"


def test_viewing_and_exporting_need_permission(trail, tmp_path):
    flt = AuditFilter()
    tmp_path = tmp_path / "exportados"
    tmp_path.mkdir()
    with trail.db.session() as s:
        for call in (
            lambda: search(s, READER, flt),
            lambda: count(s, CLERK, flt),
            lambda: audit_search.filter_choices(s, READER),
            lambda: audit_search.all_rows(s, READER, flt),
            lambda: audit_search.export_xlsx(s, READER, flt, tmp_path / "a.xlsx"),
            lambda: audit_search.export_pdf(s, CLERK, flt, tmp_path / "a.pdf"),
        ):
            with pytest.raises(PermissionDenied, match="ver el registro de auditoría"):
                call()
    assert list(tmp_path.iterdir()) == []


def _last_entry(opened):
    with opened.db.session() as s:
        return s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()


def test_export_xlsx(trail, tmp_path):
    target = tmp_path / "auditoria-2026-11-21.xlsx"
    with trail.db.session() as s:
        result = audit_search.export_xlsx(s, SECRETARY, AuditFilter(username="mhuillca"), target,
                                          tz=LIMA)
    assert result.rows == 3 and result.message == f"Se exportaron 3 entradas a {target}."
    sheet = load_workbook(target).active
    assert [c.value for c in sheet[1]] == list(audit_search.XLSX_HEADERS)
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["H"].width == 100
    assert sheet.max_row == 4
    number, when, user, station, action, entity, entity_id, changes = (c.value for c in sheet[3])
    assert (number, user, station, action, entity, entity_id) == (
        2, "mhuillca", "PC-SECRETARIA", "Cambio de configuración", "Datos de la institución", 1)
    assert when == dt.datetime(2026, 11, 2, 10, 0)  # 15:00 UTC, local time, a real date-time
    assert sheet.cell(3, 2).is_date and sheet.cell(3, 2).number_format == "dd/mm/yyyy hh:mm:ss"
    assert "dirección: Plaza de Armas s/n → Jr. Bolognesi 123" in changes

    entry = _last_entry(trail)
    assert (entry.action, entry.entity, entry.username) == ("export", "audit", "mhuillca")
    assert '"formato":[null,"xlsx"]' in entry.changes and '"filas":[null,3]' in entry.changes
    with trail.db.session() as s:
        assert verify_chain(s).ok


def test_an_export_says_how_far_it_got_and_stopped_leaves_nothing(trail, tmp_path,
                                                                    monkeypatch):
    """Issue 19: progress(done, total) as the rows are written; stopped, no file, no entry."""
    monkeypatch.setattr(audit_search, "PROGRESS_EVERY", 1)
    told = []
    target = tmp_path / "a.xlsx"
    with trail.db.session() as s:
        audit_search.export_xlsx(s, SECRETARY, AuditFilter(username="mhuillca"), target,
                                 progress=lambda done, total: told.append((done, total)))
    assert told == [(0, 3), (1, 3), (2, 3), (3, 3)]
    before = _last_entry(trail).id

    class Stopped(Exception):
        pass

    def stop(done, _total):
        if done == 2:
            raise Stopped

    stopped = tmp_path / "b.xlsx"
    with pytest.raises(Stopped), trail.db.session() as s:
        audit_search.export_xlsx(s, SECRETARY, AuditFilter(username="mhuillca"), stopped,
                                 progress=stop)
    assert not stopped.exists() and list(tmp_path.glob(".*.xlsx")) == []
    assert _last_entry(trail).id == before


def test_export_keeps_user_text_as_text(opened, tmp_path):
    with opened.db.session() as s:
        _add(s, SECRETARY, "update", "user", 1, {"nota": [None, "=HYPERLINK(\"x\")\x07"]})
        audit_search.export_xlsx(s, ADMIN, AuditFilter(), tmp_path / "a.xlsx")
    cell = load_workbook(tmp_path / "a.xlsx").active.cell(2, 8)
    assert cell.data_type == "s" and cell.value == 'nota: =HYPERLINK("x")'


def test_export_pdf(trail, tmp_path):
    target = tmp_path / "auditoria.pdf"
    now = dt.datetime(2026, 11, 21, 15, 32, tzinfo=dt.UTC)
    with trail.db.session() as s:
        result = audit_search.export_pdf(s, SECRETARY, AuditFilter(text="resolucion"), target,
                                         tz=LIMA, now=lambda: now)
    assert result.rows == 1
    reader = PdfReader(target)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in ("Registro de auditoría", "Generado el 21 de noviembre de 2026, 10:32",
                     "Texto «resolucion»", "Fecha y hora", "Estación", "Cambios",
                     "04/11/2026 09:00:00", "Resolución de Alcaldía N° 045-2026-MDP/A",
                     "Modificación", "Usuario (7)", "Página 1 de 1"):
        assert expected in text, expected
    assert reader.metadata.title == "Registro de auditoría"
    entry = _last_entry(trail)
    assert entry.action == "export" and '"formato":[null,"pdf"]' in entry.changes


def test_pdf_export_is_limited_and_nothing_is_recorded(trail, tmp_path, monkeypatch):
    monkeypatch.setattr(audit_search, "MAX_PDF_ROWS", 3)
    with trail.db.session() as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry))
        with pytest.raises(DomainError, match="abarca más de 3 entradas, el máximo que admite el PDF"):
            audit_search.export_pdf(s, ADMIN, AuditFilter(), tmp_path / "a.pdf")
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == before
    assert not (tmp_path / "a.pdf").exists()


def test_failed_write_leaves_no_file_and_no_entry(trail, tmp_path):
    missing = tmp_path / "no-existe" / "a.xlsx"
    with pytest.raises(OSError), trail.db.session() as s:
        audit_search.export_xlsx(s, ADMIN, AuditFilter(), missing)
    assert _last_entry(trail).action == "backup"


def test_default_export_name():
    assert audit_search.default_export_name(dt.date(2026, 11, 21), "xlsx") == (
        "auditoria-2026-11-21.xlsx")
