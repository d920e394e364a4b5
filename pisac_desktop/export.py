"""The year's export for the archive and the transparency portal (`pisac-desktop export`,
Herramientas › Exportar el año): the issued documents and registers of every kind, and the
papers of each council session. Above the areas: it gathers from all of them. No Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.audit import record
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.council.printing import export_sessions
from pisac_desktop.db.models import Instrument, InstrumentKind
from pisac_desktop.db.models.instruments import DRAFT
from pisac_desktop.instruments.printing import file_name, instrument_doc, register_book
from pisac_desktop.paths import write_whole
from pisac_desktop.reports import instrument as rp
from pisac_desktop.reports import registers as rr


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    documents: int
    books: int
    sessions: int = 0  # council sessions written under sesiones/


def export_year(session: Session, actor: Actor, year: int, target: Path,
                kind_codes: tuple[str, ...] = (),
                progress: Callable[[int, int], bool] | None = None) -> ExportResult:
    """For the archive and the transparency portal: every issued document of the year (annulled
    ones marked ANULADO) as one PDF named after its number, plus each kind's register book (PDF
    and .xlsx); without a kind filter, also the papers of each council session of the year
    (council_documents.export_sessions). progress(done, total) may return False to stop."""
    require(actor, Permission.VIEW, session)
    target.mkdir(parents=True, exist_ok=True)
    query = select(Instrument).where(Instrument.year == year, Instrument.state != DRAFT)
    if kind_codes:
        query = query.where(Instrument.kind_code.in_(kind_codes))
    docs = list(session.scalars(query.order_by(Instrument.kind_code, Instrument.number)))
    total = len(docs)
    stopped = False
    for done, doc in enumerate(docs, start=1):
        write_whole(target / file_name(doc), rp.render_instrument(instrument_doc(session, doc)))
        if progress and progress(done, total) is False:
            stopped = True
            break
    books = 0
    for code in sorted({d.kind_code for d in docs}):
        book = register_book(session, code, year, actor.username)
        base = f"registro-{session.get(InstrumentKind, code).short}-{year}"
        write_whole(target / f"{base}.pdf", rr.render_register_book_pdf(book))
        rr.write_register_book_xlsx(book, target / f"{base}.xlsx")
        books += 1
    record(session, actor, "export", "instrument", "",
           {"año": [None, year], "documentos": [None, total], "carpeta": [None, str(target)]})
    sessions = 0
    if not kind_codes and not stopped:
        sessions = export_sessions(session, actor, year, target)
    return ExportResult(target, total, books, sessions)
