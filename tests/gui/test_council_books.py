"""Secretaría General > Libros de actas: the books with their usage, a nearly full one
highlighted, adding and editing a book (refusals at the fields, typed data kept), and the actas
of a book in folio order with the blank folios between them."""

import datetime as dt
from unittest.mock import patch

import pytest
from PySide6.QtCore import Qt

from pisac_desktop.council import books as B
from pisac_desktop.council import minutes as M
from pisac_desktop.council.books import book_entries, minute_book_pending
from pisac_desktop.gui.registry import SECRETARIA
from pisac_desktop.gui.secretaria.minute_books import (
    WARNING_BACKGROUND,
    MinuteBookDialog,
    MinuteBooksSection,
)
from tests.conftest import TODAY, make_ctx
from tests.unit.test_council_minutes import ADMIN, closed_minutes


@pytest.fixture
def ctx(demo_people, spanish_qapp):
    return make_ctx(demo_people)


def _section(qtbot, ctx) -> MinuteBooksSection:
    from pisac_desktop.gui.registry import module

    section = MinuteBooksSection(ctx, module(SECRETARIA))
    qtbot.addWidget(section)
    section.load()
    return section


def _book(ctx, number=1, folios=100) -> int:
    with ctx.db.session() as s:
        return B.save_book(s, ADMIN, B.BookForm(number, "Notaría Pública Mercado Cuba",
                                                dt.date(2025, 1, 10), folios))


def _registered(ctx, book_id, days_and_folios) -> list[int]:
    """Close actas of sessions on the given days and register each (folio count, first). The
    books' screens are tested with actas of any length: each is taken to print `count` pages
    (register_in_book registers as many folios as the printed acta has pages)."""
    ids = []
    with ctx.db.session() as s:
        for day, count, first in days_and_folios:
            mid = closed_minutes(s, day)
            with patch("pisac_desktop.council.minutes_paper.printed_folios",
                       return_value=count):
                B.register_in_book(s, ADMIN, mid, book_id, count, first)
            ids.append(mid)
    return ids


def _cells(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_books_are_listed_with_their_usage_and_the_nearly_full_one_is_highlighted(qtbot, ctx):
    _book(ctx, 1, 100)
    small = _book(ctx, 2, 22)
    _registered(ctx, small, [(dt.date(2026, 11, 3), 4, None)])
    section = _section(qtbot, ctx)
    model = section.books_model
    assert _cells(model, 0) == ["N° 1", "N° 2"]
    assert [model.index(1, c).data() for c in range(1, 7)] == [
        "Notaría Pública Mercado Cuba", "10/01/2025", "22", "4", "18", "1"]
    warning = "Al Libro de Actas N° 2 le quedan 18 folios: prepare y legalice el siguiente libro."
    assert model.index(1, 7).data() == warning
    assert model.index(1, 0).data(Qt.BackgroundRole).color() == WARNING_BACKGROUND
    assert model.index(0, 0).data(Qt.BackgroundRole) is None
    assert model.index(0, 7).data() == "Se continúa en el Libro de Actas N° 2"
    assert section.ui.warningLabel.text() == warning and not section.ui.warningLabel.isHidden()
    # The book in use (the newest) is shown by default.
    assert section.selected_book_id() == small
    assert "1 acta, folios usados 4 de 22 (quedan 18)" in section.ui.usageLabel.text()
    with ctx.db.session() as s:
        pending = minute_book_pending(s, TODAY)
    assert [(p.count, p.detail) for p in pending] == [(1, "N° 2: quedan 18 folios")]


def test_a_nearly_full_book_already_followed_by_a_new_one_is_not_a_warning(qtbot, ctx):
    old = _book(ctx, 1, 10)
    _registered(ctx, old, [(dt.date(2026, 11, 3), 9, None)])
    with ctx.db.session() as s:
        assert len(minute_book_pending(s, TODAY)) == 1
    _book(ctx, 2, 200)
    section = _section(qtbot, ctx)
    assert section.books_model.index(0, 7).data() == "Se continúa en el Libro de Actas N° 2"
    assert section.books_model.index(0, 0).data(Qt.BackgroundRole) is None
    assert section.ui.warningLabel.isHidden()
    with ctx.db.session() as s:
        assert minute_book_pending(s, TODAY) == []


def test_actas_of_a_book_in_folio_order_with_blank_folios(qtbot, ctx):
    book = _book(ctx)
    _registered(ctx, book, [(dt.date(2026, 11, 3), 3, None),
                            (dt.date(2026, 11, 10), 4, 45)])
    section = _section(qtbot, ctx)
    model = section.actas_model
    assert _cells(model, 0) == ["Acta N° 1", "Folios en blanco", "Acta N° 2"]
    assert _cells(model, 3) == ["1 al 3", "4 al 44", "45 al 48"]
    assert model.index(2, 1).data() == "Sesión ordinaria N° 02-2026"
    assert model.index(2, 2).data() == "10/11/2026"
    assert model.index(2, 4).data() == "Aprobada"
    assert "en blanco" in model.index(1, 0).data(Qt.ToolTipRole)
    assert "Hay 41 folios en blanco" in section.ui.usageLabel.text()
    with ctx.db.session() as s:
        assert [e.folios for e in book_entries(s, book)] == ["1 al 3", "4 al 44", "45 al 48"]


def test_new_book_through_the_dialog(qtbot, ctx, monkeypatch):
    _book(ctx, 1)
    section = _section(qtbot, ctx)
    dialogs = []

    def fill(dialog):
        dialogs.append(dialog)
        assert dialog.ui.numberSpin.value() == 2  # the next number is proposed
        dialog.ui.notaryEdit.setText("Notaría Paz Soldán")
        dialog.ui.legalisedOnEdit.setText("05/03/2026")
        dialog.ui.folioCountSpin.setValue(200)
        return dialog.save()

    monkeypatch.setattr(section, "exec_dialog", fill)
    saved = section.new_book()
    assert saved is not None and section.selected_book_id() == saved
    assert "Libro de Actas N° 2" in section.ui.statusLabel.text()
    with ctx.db.session() as s:
        book = B.book_view(s, saved)
    assert (book.number, book.notary, book.legalised_on, book.folio_count) == (
        2, "Notaría Paz Soldán", dt.date(2026, 3, 5), 200)


def test_bad_input_is_shown_at_the_fields_and_kept(qtbot, ctx):
    _book(ctx, 1)
    dialog = MinuteBookDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.numberSpin.setValue(1)  # taken
    dialog.ui.notaryEdit.setText("  ")
    dialog.ui.legalisedOnEdit.setText("31/02/2026")
    dialog.ui.folioCountSpin.setValue(0)
    assert not dialog.save()
    errors = dialog.errors.labels
    assert errors["number"].text() == "Ya existe el Libro de Actas N° 1."
    assert errors["notary"].text().startswith("Indique el notario")
    assert "no existe en el calendario" in errors["legalised_on"].text()
    assert errors["folio_count"].text().startswith("Indique el número de folios")
    assert all(not label.isHidden() for label in errors.values())
    assert dialog.ui.legalisedOnEdit.text() == "31/02/2026"  # what was typed stays
    # Only the date is wrong now: still refused at its field, nothing written.
    dialog.ui.numberSpin.setValue(2)
    dialog.ui.notaryEdit.setText("Notaría Paz Soldán")
    dialog.ui.folioCountSpin.setValue(100)
    dialog.ui.legalisedOnEdit.setText("5 de marzo")
    assert not dialog.save()
    assert "dd/mm/aaaa" in errors["legalised_on"].text()
    assert errors["number"].isHidden() and errors["notary"].isHidden()
    with ctx.db.session() as s:
        assert [b.number for b in B.books(s)] == [1]
    dialog.ui.legalisedOnEdit.setText("05/03/2026")
    assert dialog.save() and dialog.saved_id is not None


def test_editing_cannot_leave_fewer_folios_than_used(qtbot, ctx, monkeypatch):
    book = _book(ctx, 1, 100)
    _registered(ctx, book, [(dt.date(2026, 11, 3), 6, None)])
    section = _section(qtbot, ctx)

    def shrink(dialog):
        assert dialog.ui.legalisedOnEdit.text() == "10/01/2025"
        dialog.ui.folioCountSpin.setValue(5)
        assert not dialog.save()
        assert dialog.errors.labels["folio_count"].text() == "El libro ya tiene usados 6 folios."
        assert dialog.ui.folioCountSpin.value() == 5
        dialog.ui.folioCountSpin.setValue(150)
        return dialog.save()

    monkeypatch.setattr(section, "exec_dialog", shrink)
    assert section.edit_book() == book
    assert section.books_model.index(0, 3).data() == "150"


def test_the_section_is_registered_and_the_overview_counts_full_books(qtbot, ctx):
    from pisac_desktop.gui.main_window import MainWindow
    from pisac_desktop.gui.operations import wait_idle

    small = _book(ctx, 1, 10)
    _registered(ctx, small, [(dt.date(2026, 11, 3), 2, None)])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.pages[SECRETARIA]
    overview = page.select("overview")
    assert wait_idle()  # the overview reads in a worker
    details = _cells(overview.pending_model, 2)
    assert "N° 1: quedan 8 folios" in details
    section = page.select("minute_books")
    assert isinstance(section, MinuteBooksSection) and section.books_model.rowCount() == 1


def test_an_acta_of_the_book_is_previewed_and_its_printing_audited(qtbot, ctx, monkeypatch):
    from pisac_desktop.gui.pdf_preview import PdfPreviewDialog
    from tests.gui.test_allowances import last_print

    book = _book(ctx)
    _registered(ctx, book, [(dt.date(2026, 11, 3), 3, None)])
    section = _section(qtbot, ctx)
    assert not section.ui.previewActaButton.isEnabled()  # no acta chosen yet
    section.ui.actasView.selectRow(0)
    assert section.ui.previewActaButton.isEnabled()
    monkeypatch.setattr(section, "exec_dialog", lambda d: True)
    dialog = section.preview_acta()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, PdfPreviewDialog) and dialog.page_count >= 1
    assert dialog.suggested_name == "acta-SO-01-2026.pdf"
    dialog.save_to(ctx.paths.documents / dialog.suggested_name)
    entry = last_print(ctx)
    assert "Acta" in entry.changes and "acta-SO-01-2026.pdf" in entry.changes


def test_closing_a_book_stops_registering_in_it(qtbot, ctx):
    book = _book(ctx, 1, 100)
    section = _section(qtbot, ctx)
    section.select_book_row(0)
    assert section.ui.closeBookButton.isEnabled()
    section.ask_close_reason = lambda label: "   "
    assert not section.close_book()  # no reason: refused, nothing written
    assert "Indique el motivo del cierre" in section.ui.statusLabel.text()
    section.ask_close_reason = lambda label: "Acta de cierre del período 2023-2026"
    assert section.close_book()
    assert not section.ui.closeBookButton.isEnabled()
    assert section.books_model.index(0, 7).data() == "Cerrado"
    with ctx.db.session() as s:
        assert B.book_view(s, book).closed
        mid = closed_minutes(s, dt.date(2026, 11, 3))
        with pytest.raises(M.ValidationFailed, match="está cerrado"):
            B.register_in_book(s, ADMIN, mid, book, None)
        with pytest.raises(M.DomainError, match="ya está cerrado"):
            B.close_book(s, ADMIN, book, "otra vez")


def test_an_actas_scanned_original_opens_from_its_book(qtbot, ctx, monkeypatch):
    """Issue 20: the actas scanned in bulk (Adjuntar archivo escaneado) are seen from the book."""
    from pisac_desktop.core.stored_files import NewAttachment
    from pisac_desktop.council.archive_scans import add_minutes_scan

    book = _book(ctx)
    [first, second] = _registered(ctx, book, [(dt.date(2026, 11, 3), 3, None),
                                              (dt.date(2026, 11, 17), 2, None)])
    scan = b"%PDF-1.4 acta firmada escaneada"
    with ctx.db.session() as s:
        assert add_minutes_scan(s, ADMIN, first, NewAttachment("Libro 1 folio 1.pdf", scan))
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    section = _section(qtbot, ctx)
    assert not section.ui.scanButton.isEnabled()  # no acta chosen yet
    section.ui.actasView.selectRow(0)
    assert section.ui.scanButton.isEnabled()
    path = section.open_scan()
    assert path is not None and path.read_bytes() == scan and opened == [str(path)]
    assert path.name == "Libro 1 folio 1.pdf"
    section.ui.actasView.selectRow(1)  # the second acta has no scan: said, nothing opened
    assert section.open_scan() is None and len(opened) == 1
    assert "no tiene escaneado" in section.ui.statusLabel.text()
    assert second
