"""The setup checklist (issue 20): each item read from the data, or from the audit trail where
only the act proves it; the printer's test page on the letterhead."""

import io

from pypdf import PdfReader

from pisac_desktop.core.audit import record
from pisac_desktop.core.numbering import set_next_number
from pisac_desktop.core.permissions import Actor, Role
from pisac_desktop.moving_in.checklist import (
    print_check_pdf,
    record_test_page,
    setup_checklist,
)
from tests.conftest import TODAY

ADMIN = Actor(None, "prueba", "Persona de prueba", frozenset({Role.ADMIN}), "PC-PRUEBA")


def _items(db, backups=None):
    with db.session() as s:
        return {i.key: i for i in setup_checklist(s, TODAY, backups)}


def test_a_new_database_has_almost_everything_to_do(opened):
    items = _items(opened.db, opened.paths.backups)
    assert list(items) == ["institution", "units", "officeholders", "council", "year_names",
                           "users", "registers", "numbering", "backup", "printer"]
    done = {key for key, item in items.items() if item.done}
    assert done == {"year_names"}  # the 2026 name comes with the program
    assert "el RUC" in items["institution"].detail and "el escudo" in items["institution"].detail
    assert "Alcalde" in items["officeholders"].detail
    assert "No hay un período municipal" in items["council"].detail
    assert "unidades de ejemplo" in items["units"].detail
    assert all(i.mark == "✗" and i.state == "Pendiente" for k, i in items.items() if k not in done)


def test_the_demo_is_set_up_but_for_what_only_an_act_proves(demo):
    items = _items(demo.db, demo.paths.backups)
    pending = {key for key, item in items.items() if not item.done}
    assert pending == {"units", "backup", "printer"}, {k: i.detail for k, i in items.items()}
    assert items["council"].detail == "Período 2023-2026: alcalde y 5 regidores."


def test_a_copy_elsewhere_and_a_printed_test_page_complete_their_items(opened):
    with opened.db.session() as s:
        record(s, ADMIN, "backup", "database", "a.sqlite3",
               {"archivo": [None, str(opened.paths.backups / "a.sqlite3")]})
        record_test_page(s, ADMIN, "archivo pagina-de-prueba.pdf")  # saved, not printed
    items = _items(opened.db, opened.paths.backups)
    assert not items["backup"].done and not items["printer"].done
    with opened.db.session() as s:
        record(s, ADMIN, "backup", "database", "b.sqlite3",
               {"archivo": [None, "/media/usb/pisac/b.sqlite3"]})
        record_test_page(s, ADMIN, "impresora")
    items = _items(opened.db, opened.paths.backups)
    assert items["backup"].done and items["printer"].done
    assert "PC-PRUEBA" in items["printer"].detail


def test_a_confirmed_starting_number_counts_for_its_kind(opened):
    before = _items(opened.db)
    assert "Ordenanzas Municipales" in before["registers"].detail
    with opened.db.session() as s:
        set_next_number(s, ADMIN, "ORDINANCE", TODAY.year, 8)
    after = _items(opened.db)
    assert "Ordenanzas Municipales" not in after["registers"].detail
    assert "Ordenanzas Municipales" not in after["numbering"].detail
    assert "Resoluciones de Alcaldía" in after["numbering"].detail


def test_the_test_page_is_one_page_on_the_letterhead(demo):
    with demo.db.session() as s:
        pdf = print_check_pdf(s, ADMIN, TODAY)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for words in ("MUNICIPALIDAD DISTRITAL DE PISAC", "PÁGINA DE PRUEBA DE IMPRESIÓN",
                  "exactamente 10 cm", "á é í ó ú ü ñ", "PC-PRUEBA", "Página 1 de 1"):
        assert words in text, words
