"""Secretaría General > Libros de actas: the notarised minute books, how full each one is, and
the actas registered in the chosen book in folio order (blank folios shown).

Registering an acta in a book happens on the session's acta tab; here the books are kept and
read. Rules (numbers, folios, the nearly-full warning) come from the domain.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QWidget

from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import Permission
from pisac_desktop.council import books as books_domain
from pisac_desktop.council.books import (
    BookEntry,
    BookForm,
    BookView,
    blank_folios,
    book_entries,
    book_notes,
    book_view,
    books,
    save_book,
)
from pisac_desktop.gui import operations
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.council.common import read_now
from pisac_desktop.gui.council_printing import audit_council_print
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_minute_book_dialog import Ui_MinuteBookDialog
from pisac_desktop.gui.forms.ui_minute_books_section import Ui_MinuteBooksSection
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.registry import ModuleSpec
from pisac_desktop.gui.section_base import SectionBase
from pisac_desktop.gui.table_models import HighlightedRowsModel
from pisac_desktop.spanish.dates import parse_short_date, short_date

WARNING_BACKGROUND = QColor("#fff4d6")
GAP_FOREGROUND = QColor("#7a7a7a")


class MinuteBookDialog(FormDialog):
    """Nuevo libro / Modificar libro: number, notary, legalisation date, folios."""

    UI = Ui_MinuteBookDialog
    FIELDS = {"number": "numberSpin", "notary": "notaryEdit",
              "legalised_on": "legalisedOnEdit", "folio_count": "folioCountSpin"}

    def __init__(self, ctx: AppContext, book_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.book_id = book_id
        self.saved_id: int | None = None
        self.unreadable = False
        if book_id is None:
            self.setWindowTitle("Nuevo libro de actas")
            taken = read_now(self, ctx.db, lambda s: [b.number for b in books(s)]) or []
            self.ui.numberSpin.setValue(max(taken, default=0) + 1)
        else:
            book = read_now(self, ctx.db, lambda s: book_view(s, book_id))
            if book is not None:
                self.setWindowTitle(f"Modificar {book.label}")
                self.ui.numberSpin.setValue(book.number)
                self.ui.notaryEdit.setText(book.notary)
                self.ui.legalisedOnEdit.setText(short_date(book.legalised_on))
                self.ui.folioCountSpin.setValue(book.folio_count)
                if book.last_folio:
                    self.ui.hintLabel.setText(
                        f"{book.usage_text()}. El número de folios no puede quedar por "
                        "debajo de los ya usados.")

    def form(self) -> tuple[BookForm, list[FieldError]]:
        """The typed values; a date that does not parse is an error at its field."""
        problems = []
        legalised_on = None
        text = self.ui.legalisedOnEdit.text().strip()
        if text:
            try:
                legalised_on = parse_short_date(text)
            except ValueError as exc:
                problems.append(FieldError("legalised_on", str(exc)))
        return BookForm(self.ui.numberSpin.value() or None, self.ui.notaryEdit.text(),
                        legalised_on, self.ui.folioCountSpin.value() or None), problems

    def write(self, session, values) -> int:
        form, problems = values
        try:
            saved_id = save_book(session, self.ctx.actor, form, self.book_id)
        except ValidationFailed as failed:
            known = {e.field for e in problems}
            raise ValidationFailed(problems + [e for e in failed.errors
                                               if e.field not in known]) from None
        if problems:  # the rest was valid, but the typed date was not
            raise ValidationFailed(problems)
        return saved_id

    def saved(self, saved_id: int) -> None:
        self.saved_id = saved_id


class MinuteBooksSection(SectionBase, QWidget):
    def __init__(self, ctx: AppContext, module: ModuleSpec, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MinuteBooksSection()
        self.ui.setupUi(self)
        self.books: list[BookView] = []
        self.entries: list[BookEntry] = []
        self.books_model = HighlightedRowsModel(
            ("Libro", "Notario", "Legalización", "Folios", "Usados", "Quedan", "Actas",
             "Aviso"), self)
        self.actas_model = HighlightedRowsModel(
            ("Acta", "Sesión", "Fecha", "Folios", "Estado"), self)
        for view, model in ((self.ui.booksView, self.books_model),
                            (self.ui.actasView, self.actas_model)):
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
        self.ui.booksView.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_book(current.row()))
        self.ui.booksView.doubleClicked.connect(lambda _index: self.edit_book())
        self.ui.actasView.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._update_buttons())
        self.ui.actasView.doubleClicked.connect(lambda _index: self.preview_acta())
        self.ui.newBookButton.clicked.connect(self.new_book)
        self.ui.editBookButton.clicked.connect(self.edit_book)
        self.ui.closeBookButton.clicked.connect(self.close_book)
        self.ui.previewActaButton.clicked.connect(self.preview_acta)
        self.ui.scanButton.clicked.connect(self.open_scan)

    # --- reading -----------------------------------------------------------------------------
    def load(self, select_id: int | None = None, then=None) -> None:
        """Read the books in a worker; show them (keeping or choosing `select_id`), then
        then() (a message about what changed)."""
        if select_id is None:
            select_id = self.selected_book_id()
        QueryOp(self, self.ctx.db, lambda s: (books(s), book_notes(s)),
                lambda got: self._show_books(*got, select_id, then)) \
            .busy("Leyendo los libros de actas…").superseding("books").run()

    def _show_books(self, read: list[BookView], notes, select_id: int | None, then) -> None:
        self.books = read
        rows, looks = [], []
        for b in self.books:
            note = notes.get(b.id)
            warning = note.text if note is not None and note.warning else ""
            rows.append((f"N° {b.number}", b.notary, short_date(b.legalised_on), b.folio_count,
                         b.last_folio, b.remaining, b.acta_count, note.text if note else ""))
            looks.append((WARNING_BACKGROUND if warning else None, None, warning))
        self.books_model.set_rows_with_looks(rows, looks)
        shown = [n.text for n in notes.values() if n.warning]
        self.ui.warningLabel.setText("\n".join(shown))
        self.ui.warningLabel.setVisible(bool(shown))
        if not self.books:
            self.ui.statusLabel.setText("No hay libros de actas registrados: registre el libro "
                                        "legalizado con «Nuevo libro…».")
        row = next((i for i, b in enumerate(self.books) if b.id == select_id),
                   len(self.books) - 1)  # by default the newest book (the one in use)
        self.select_book_row(row)
        if then is not None:
            then()

    def select_book_row(self, row: int) -> None:
        if 0 <= row < len(self.books):
            self.ui.booksView.selectionModel().setCurrentIndex(
                self.books_model.index(row, 0),
                QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.show_book(row)

    def selected_book_id(self) -> int | None:
        row = self.ui.booksView.currentIndex().row()
        return self.books[row].id if 0 <= row < len(self.books) else None

    def show_book(self, row: int) -> None:
        """The actas of the book on that row, read in a worker."""
        book = self.books[row] if 0 <= row < len(self.books) else None
        if book is None:
            self._show_entries(None, [])
            return
        book_id = book.id
        QueryOp(self, self.ctx.db, lambda s: book_entries(s, book_id),
                lambda entries: self._show_entries(book, entries)) \
            .failure(lambda message, exc: (self._show_entries(book, []),
                                          operations.show_failure(
                                              self, "No se pudieron leer los datos", message))) \
            .superseding("entries").run()

    def _show_entries(self, book: BookView | None, entries: list[BookEntry]) -> None:
        self.entries = entries
        rows, looks = [], []
        for e in self.entries:
            if e.is_gap:
                rows.append((e.acta_label, "(sin acta)", "", e.folios, ""))
                looks.append((None, GAP_FOREGROUND,
                              f"Folios {e.folios} en blanco: no los ocupa ninguna acta."))
            else:
                rows.append((e.acta_label, e.session_title, short_date(e.session_date),
                             e.folios, e.state))
                looks.append((None, None, ""))
        self.actas_model.set_rows_with_looks(rows, looks)
        self.ui.actasView.scrollToBottom()  # the latest actas first in sight
        if book is None:
            self.ui.actasGroup.setTitle("Actas del libro")
            self.ui.usageLabel.setText("Elija un libro para ver sus actas.")
        else:
            self.ui.actasGroup.setTitle(f"Actas del {book.label}")
            usage = (f"{book.usage_text()}. Legalizado el {short_date(book.legalised_on)} por "
                     f"{book.notary}.")
            blank = blank_folios(self.entries)
            if blank:
                usage += (" Hay 1 folio en blanco entre actas." if blank == 1 else
                          f" Hay {blank} folios en blanco entre actas.")
            if not self.entries:
                usage += (" Aún no tiene actas: se registran desde la pestaña del acta de "
                          "cada sesión.")
            self.ui.usageLabel.setText(usage)
        self._update_buttons()

    def selected_entry(self) -> BookEntry | None:
        row = self.ui.actasView.currentIndex().row()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _update_buttons(self) -> None:
        may = self.ctx.actor.can(Permission.COUNCIL)
        self.ui.newBookButton.setEnabled(may)
        self.ui.editBookButton.setEnabled(may and self.selected_book_id() is not None)
        book = self.selected_book()
        self.ui.closeBookButton.setEnabled(may and book is not None and not book.closed)
        entry = self.selected_entry()
        self.ui.previewActaButton.setEnabled(entry is not None and not entry.is_gap)
        self.ui.scanButton.setEnabled(entry is not None and not entry.is_gap)

    # --- editing -----------------------------------------------------------------------------
    def _open_book_dialog(self, book_id: int | None, message: str) -> int | None:
        """message: what the status line says after saving, with {label} the book's."""
        dialog = MinuteBookDialog(self.ctx, book_id, self)
        if dialog.unreadable:  # what it shows could not be read (said already)
            return None
        if not self.exec_dialog(dialog):
            return None
        saved = dialog.saved_id
        self.load(saved, lambda: self.ui.statusLabel.setText(
            message.format(label=self._label_of(saved))))
        return saved

    def new_book(self) -> int | None:
        return self._open_book_dialog(None, "Se registró el {label}.")

    def edit_book(self) -> int | None:
        book_id = self.selected_book_id()
        if book_id is None:
            return None
        return self._open_book_dialog(book_id, "Se guardaron los datos del {label}.")

    def selected_book(self):
        row = self.ui.booksView.currentIndex().row()
        return self.books[row] if 0 <= row < len(self.books) else None

    def ask_close_reason(self, label: str) -> str | None:
        """The reason for closing (tests replace this)."""
        text, ok = QInputDialog.getText(
            self, f"Cerrar el {label}",
            f"Cerrado el {label} no se registran más actas en él.\nMotivo del cierre:",
            text="Folios completos")
        return text if ok else None

    def close_book(self) -> bool:
        book = self.selected_book()
        if book is None:
            return False
        reason = self.ask_close_reason(book.label)
        if reason is None:
            return False
        actor, book_id = self.ctx.actor, book.id

        def refused(message: str, exc: BaseException) -> None:
            if isinstance(exc, ValidationFailed):
                self.ui.statusLabel.setText("No se cerró el libro: " + " ".join(
                    e.message for e in exc.errors))
            elif isinstance(exc, DomainError):
                self.ui.statusLabel.setText(f"No se cerró el libro: {message}")
            else:
                operations.show_failure(self, "No se pudo guardar", message)

        # Waited for: the caller (a test, the button) learns whether it closed.
        op = CollectionOp(self, self.ctx.db,
                          lambda s: books_domain.close_book(s, actor, book_id, reason)) \
            .failure(refused).disabling(self.ui.closeBookButton).run().wait()
        if not op.ok:
            return False
        self.load(book.id, lambda: self.ui.statusLabel.setText(f"Se cerró el {book.label}."))
        return True

    def _label_of(self, book_id: int) -> str:
        return next((b.label for b in self.books if b.id == book_id), "libro")

    # --- printing ------------------------------------------------------------------------
    def open_scan(self):
        """The chosen acta's scanned original in the system's viewer (a copy in a temporary
        folder); the status line says so when it has none."""
        from pisac_desktop.council.archive_scans import minutes_scan
        from pisac_desktop.gui.file_dialogs import open_copy

        entry = self.selected_entry()
        if entry is None or entry.is_gap:
            return None
        op = QueryOp(self, self.ctx.db,
                     lambda session: minutes_scan(session, self.ctx.actor, entry.minutes_id)) \
            .failure(lambda message, _exc: self.ui.statusLabel.setText(message)).run().wait()
        if not op.ok:
            return None
        if op.result is None:
            self.ui.statusLabel.setText(
                f"El {entry.acta_label} no tiene escaneado: se adjunta con Configuración › "
                "Adjuntar archivo escaneado…")
            return None
        name, content = op.result
        try:
            return open_copy(name, content, "pisac-acta-")
        except OSError as exc:
            self.ui.statusLabel.setText(f"No se pudo abrir el escaneado: {exc}")
            return None

    def preview_acta(self) -> QDialog | None:
        """The printed acta of the chosen line (Imprimir / Guardar como PDF, audited)."""
        entry = self.selected_entry()
        if entry is None or entry.is_gap:
            return None
        from pisac_desktop.council.minutes_paper import minutes_pdf

        return self.preview_paper(
            lambda session: minutes_pdf(session, entry.session_id),
            f"{entry.acta_label} — {entry.session_title}",
            lambda where: audit_council_print(self, self.ctx, "minutes", where,
                                              session_id=entry.session_id))
