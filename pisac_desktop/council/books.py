"""What a libro de actas holds, read for the screens: its actas in folio order with the blank
folios between them, and which books are nearly full (DOMAIN.md section 3, "Minutes (acta) and
the minute book"). The rules of registering live in council/minutes.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.institution import PendingItem
from pisac_desktop.council.minutes import STATE_LABELS, BookView, books
from pisac_desktop.council.sessions import council_settings, session_title
from pisac_desktop.db.models import CouncilSession, Minutes


def folios_text(first: int, last: int) -> str:
    """'45 al 48', or '45' for a single folio."""
    return str(first) if first == last else f"{first} al {last}"


@dataclass(frozen=True)
class BookEntry:
    """One line of a book: an acta, or a run of blank folios (minutes_id None)."""

    first_folio: int
    last_folio: int
    minutes_id: int | None = None
    session_id: int | None = None
    acta_number: int | None = None
    session_title: str = ""
    session_date: dt.date | None = None
    state: str = ""

    @property
    def is_gap(self) -> bool:
        return self.minutes_id is None

    @property
    def folios(self) -> str:
        return folios_text(self.first_folio, self.last_folio)

    @property
    def acta_label(self) -> str:
        return "Folios en blanco" if self.is_gap else f"Acta N° {self.acta_number}"


def book_entries(session: Session, book_id: int) -> list[BookEntry]:
    """The actas registered in the book in folio order; blank folios left between two actas
    (or before the first) appear as their own entries."""
    rows = session.execute(
        select(Minutes, CouncilSession)
        .join(CouncilSession, CouncilSession.id == Minutes.session_id)
        .where(Minutes.book_id == book_id)
        .order_by(Minutes.first_folio, Minutes.acta_number)).all()
    out: list[BookEntry] = []
    next_folio = 1
    for minutes, s in rows:
        if minutes.first_folio > next_folio:
            out.append(BookEntry(next_folio, minutes.first_folio - 1))
        title = session_title(s).capitalize().replace("n° ", "N° ")
        out.append(BookEntry(minutes.first_folio, minutes.last_folio, minutes.id,
                             s.id, minutes.acta_number, title, s.session_date,
                             STATE_LABELS.get(minutes.state, minutes.state)))
        next_folio = max(next_folio, minutes.last_folio + 1)
    return out


def blank_folios(entries: list[BookEntry]) -> int:
    return sum(e.last_folio - e.first_folio + 1 for e in entries if e.is_gap)


def nearly_full_warning(book: BookView, limit: int) -> str | None:
    """The warning shown for an open book with `limit` folios or fewer left."""
    if book.closed or book.remaining > limit:
        return None
    if book.remaining <= 0:
        return (f"El Libro de Actas N° {book.number} está lleno: registre las próximas actas "
                "en un libro nuevo.")
    return (f"Al Libro de Actas N° {book.number} le quedan {book.remaining} folios: prepare y "
            "legalice el siguiente libro.")


@dataclass(frozen=True)
class BookNote:
    text: str
    warning: bool  # highlighted: the book in use is nearly full


def book_notes(session: Session) -> dict[int, BookNote]:
    """Book id -> what to say about it: the nearly-full warning for a book in use, or where an
    older book continues. A book is in use while no later open book has been registered."""
    limit = council_settings(session).folio_warning
    all_books = books(session)
    out = {}
    for book in all_books:
        later = [b for b in all_books if b.number > book.number and not b.closed]
        if book.closed:
            out[book.id] = BookNote("Cerrado", False)
        elif later:
            out[book.id] = BookNote(f"Se continúa en el Libro de Actas N° {later[0].number}",
                                    False)
        elif warning := nearly_full_warning(book, limit):
            out[book.id] = BookNote(warning, True)
    return out


def book_warnings(session: Session) -> dict[int, str]:
    """Book id -> warning, for the books in use that are nearly full."""
    return {book_id: note.text for book_id, note in book_notes(session).items() if note.warning}


def minute_book_pending(session: Session, today: dt.date) -> list[PendingItem]:
    """Books in use nearly full (for the overview of Secretaría General)."""
    warnings = book_warnings(session)
    full = [b for b in books(session) if b.id in warnings]
    if not full:
        return []
    label = "Libro de actas por completarse" if len(full) == 1 else \
        "Libros de actas por completarse"
    return [PendingItem(label, len(full), "; ".join(
        f"N° {b.number}: quedan {b.remaining} folios" for b in full))]
