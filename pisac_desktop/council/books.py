"""Libros de actas (DOMAIN.md section 3, "Minutes (acta) and the minute book"): opening and
closing a book, registering an approved acta in it with continuous folios, and what a book
holds, read for the screens: its actas in folio order with the blank folios between them, and
which books are nearly full. The acta itself (drafting, approval, signers) is council/minutes.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import naive_utc_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import (
    PendingItem,
)
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import REASON_MAX, check_length, length_error
from pisac_desktop.council.minutes import STATE_LABELS, minutes_row
from pisac_desktop.council.sessions import session_title
from pisac_desktop.council.settings import council_settings
from pisac_desktop.db.models import (
    CouncilSession,
    Minutes,
    MinutesBook,
)
from pisac_desktop.db.models.council import (
    MINUTES_DRAFT,
)
from pisac_desktop.db.write_lock import get_for_update, writes


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


@dataclass
class BookForm:
    number: int | None = None
    notary: str = ""
    legalised_on: dt.date | None = None
    folio_count: int | None = None


@dataclass(frozen=True)
class BookView:
    id: int
    number: int
    notary: str
    legalised_on: dt.date
    folio_count: int
    closed: bool
    acta_count: int
    last_folio: int  # 0 when empty

    @property
    def remaining(self) -> int:
        return self.folio_count - self.last_folio

    @property
    def label(self) -> str:
        return f"Libro de Actas N° {self.number}"

    def usage_text(self) -> str:
        actas = "1 acta" if self.acta_count == 1 else f"{self.acta_count} actas"
        return (f"{self.label}: {actas}, folios usados {self.last_folio} de "
                f"{self.folio_count} (quedan {self.remaining})")


def books(session: Session) -> list[BookView]:
    usage = {
        book_id: (count, last or 0)
        for book_id, count, last in session.execute(
            select(Minutes.book_id, func.count(Minutes.id), func.max(Minutes.last_folio))
            .where(Minutes.book_id.is_not(None)).group_by(Minutes.book_id))
    }
    return [BookView(b.id, b.number, b.notary, b.legalised_on, b.folio_count, b.closed,
                     *usage.get(b.id, (0, 0)))
            for b in session.scalars(select(MinutesBook).order_by(MinutesBook.number))]


def book_view(session: Session, book_id: int) -> BookView:
    view = next((b for b in books(session) if b.id == book_id), None)
    if view is None:
        raise DomainError("El libro de actas ya no existe.")
    return view


@writes
def save_book(session: Session, actor: Actor, form: BookForm, book_id: int | None = None) -> int:
    require(actor, Permission.COUNCIL, session)
    errors = []
    if form.number is None or form.number < 1:
        errors.append(FieldError("number", "Indique el número del libro (1, 2, ...)."))
    if not form.notary.strip():
        errors.append(FieldError("notary", "Indique el notario que legalizó el libro."))
    elif message := length_error(form.notary, 250, "El nombre del notario"):
        errors.append(FieldError("notary", message))
    if form.legalised_on is None:
        errors.append(FieldError("legalised_on", "Indique la fecha de legalización "
                                                 "(dd/mm/aaaa)."))
    if form.folio_count is None or not 1 <= form.folio_count <= 2000:
        errors.append(FieldError("folio_count", "Indique el número de folios (1 a 2000)."))
    if form.number and session.scalar(select(MinutesBook.id).where(
            MinutesBook.number == form.number, MinutesBook.id != (book_id or 0))):
        errors.append(FieldError("number", f"Ya existe el Libro de Actas N° {form.number}."))
    if book_id is not None and form.folio_count:
        used = book_view(session, book_id).last_folio
        if form.folio_count < used:
            errors.append(FieldError("folio_count", f"El libro ya tiene usados {used} folios."))
    if errors:
        raise ValidationFailed(errors)
    if book_id is None:
        book = MinutesBook(number=form.number, notary=form.notary.strip(),
                           legalised_on=form.legalised_on, folio_count=form.folio_count)
        session.add(book)
        session.flush()
        record(session, actor, "create", "minutes_book", book.id,
               {"libro": [None, f"N° {book.number}"], "notario": [None, book.notary],
                "folios": [None, book.folio_count]})
        return book.id
    book = get_for_update(session, MinutesBook, book_id)
    before = (book.number, book.notary, book.legalised_on, book.folio_count)
    book.number, book.notary = form.number, form.notary.strip()
    book.legalised_on, book.folio_count = form.legalised_on, form.folio_count
    session.flush()
    record(session, actor, "update", "minutes_book", book.id,
           {"antes": [None, str(before)], "después": [None, str(
               (book.number, book.notary, book.legalised_on, book.folio_count))]})
    return book.id


@writes
def close_book(session: Session, actor: Actor, book_id: int, reason: str) -> None:
    """Close a minute book (all its folios used, or ended by the secretary with the closing
    record): no acta is registered in it any more. Its actas stay as they are."""
    require(actor, Permission.COUNCIL, session)
    book = get_for_update(session, MinutesBook, book_id)
    if book is None:
        raise DomainError("El libro de actas ya no existe.")
    if book.closed:
        raise DomainError(f"El Libro de Actas N° {book.number} ya está cerrado.")
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", "Indique el motivo del cierre (p. ej. "
                                                     "«folios completos», «acta de cierre del "
                                                     "período»).")])
    check_length("reason", reason, REASON_MAX, "El motivo del cierre")
    book.closed = True
    session.flush()
    view = book_view(session, book.id)
    record(session, actor, "close", "minutes_book", book.id,
           {"libro": [None, f"N° {book.number}"], "motivo": [None, reason.strip()],
            "folios usados": [None, f"{view.last_folio} de {view.folio_count}"]})


@dataclass(frozen=True)
class Registration:
    acta_number: int
    first_folio: int
    last_folio: int
    warning: str | None


def check_registrable(state: str, registered: str) -> None:
    """Precondition of register_in_book: a closed acta not yet in a book (registered: why it
    is, '' when it is not)."""
    if state == MINUTES_DRAFT:
        raise DomainError("Cierre el acta antes de registrarla en el libro.")
    if registered:
        raise DomainError(registered)


@writes
def register_in_book(session: Session, actor: Actor, minutes_id: int, book_id: int,
                     folio_count: int | None, first_folio: int | None = None) -> Registration:
    """Give the acta its number in the book and its folios (by default right after the last
    acta's): as many as the printed acta has pages (folio_count None: that number; another
    number is refused). Refuses a range that overlaps another acta's, naming it."""
    require(actor, Permission.COUNCIL, session)
    row = minutes_row(session, minutes_id)
    check_registrable(row.state, "" if row.book_id is None else
                      f"Otro puesto ya registró esta acta: Acta N° {row.acta_number}, "
                      f"folios {row.first_folio} al {row.last_folio}.")
    book = get_for_update(session, MinutesBook, book_id)
    if book is None:
        raise ValidationFailed([FieldError("book_id", "Elija el libro de actas.")])
    if book.closed:
        raise ValidationFailed([FieldError("book_id", f"El Libro de Actas N° {book.number} "
                                                      "está cerrado.")])
    # The range registered is the pages of the printed acta, each printing its folio number.
    from pisac_desktop.council.minutes_paper import printed_folios

    printed = printed_folios(session, row)
    if folio_count is None:
        folio_count = printed
    elif folio_count != printed:
        pages = "1 página" if printed == 1 else f"{printed} páginas"
        raise ValidationFailed([FieldError(
            "folio_count", f"El acta impresa ocupa {pages}: se registra en "
                           f"{'1 folio' if printed == 1 else f'{printed} folios'}, uno por "
                           "página (cada página lleva impreso su número de folio).")])
    view = book_view(session, book.id)
    first = first_folio if first_folio is not None else view.last_folio + 1
    last = first + folio_count - 1
    if first < 1:
        raise ValidationFailed([FieldError("first_folio", "El primer folio es 1 o mayor.")])
    if last > book.folio_count:
        raise ValidationFailed([FieldError(
            "folio_count", f"El Libro de Actas N° {book.number} tiene {book.folio_count} "
                           f"folios y quedan {max(0, book.folio_count - view.last_folio)}: "
                           "registre el acta en un libro nuevo.")])
    clash = session.scalar(select(Minutes).where(
        Minutes.book_id == book.id, Minutes.first_folio <= last, Minutes.last_folio >= first))
    if clash is not None:
        other = session.get(CouncilSession, clash.session_id)
        raise ValidationFailed([FieldError(
            "first_folio", f"Los folios {first} al {last} se superponen con el Acta N° "
                           f"{clash.acta_number} ({session_title(other).capitalize()}"
                           .replace("n° ", "N° ") + f"), que ocupa los folios "
                           f"{clash.first_folio} al {clash.last_folio}.")])
    number = (session.scalar(select(func.max(Minutes.acta_number))
                             .where(Minutes.book_id == book.id)) or 0) + 1
    row.book_id, row.acta_number = book.id, number
    row.first_folio, row.last_folio = first, last
    row.registered_at = naive_utc_of(session)
    row.version += 1
    session.flush()
    remaining = book.folio_count - max(last, view.last_folio)
    warning = None
    limit = council_settings(session).folio_warning
    if remaining <= limit:
        warning = (f"Al Libro de Actas N° {book.number} le quedan {remaining} folios: prepare "
                   "y legalice el siguiente libro.")
    gap = first - view.last_folio - 1
    if gap > 0:
        gap_note = (f"Quedan {gap} folios en blanco antes de esta acta (del "
                    f"{view.last_folio + 1} al {first - 1}).")
        warning = f"{gap_note} {warning}" if warning else gap_note
    record(session, actor, "register", "minutes", row.id,
           {"libro": [None, f"N° {book.number}"], "acta": [None, f"N° {number}"],
            "folios": [None, f"{first} al {last}"]})
    return Registration(number, first, last, warning)
