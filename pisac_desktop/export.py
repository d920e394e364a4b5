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
from pisac_desktop.council.attendance import attendance_of
from pisac_desktop.council.minutes import minutes_of
from pisac_desktop.council.minutes_paper import minutes_doc
from pisac_desktop.council.printing import (
    attendance_sheet,
    session_code,
    session_summary,
    summons_batch,
    vote_sheet,
    voted_items,
)
from pisac_desktop.council.summons import summonses
from pisac_desktop.db.models import (
    CouncilSession,
    Instrument,
    InstrumentKind,
)
from pisac_desktop.db.models.council import (
    HELD,
    NOT_INSTALLED,
)
from pisac_desktop.db.models.instruments import DRAFT
from pisac_desktop.instruments.printing import file_name, instrument_doc, register_book
from pisac_desktop.paths import write_whole
from pisac_desktop.reports import council as rc
from pisac_desktop.reports import instrument as rp
from pisac_desktop.reports import registers as rr
from pisac_desktop.reports.pool import render_in_order


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    documents: int
    books: int
    sessions: int = 0  # council sessions written under sesiones/


def export_year(session: Session, actor: Actor, year: int, target: Path,
                kind_codes: tuple[str, ...] = (),
                progress: Callable[[int, int], bool] | None = None,
                workers: int | None = None, audit: bool = True) -> ExportResult:
    """For the archive and the transparency portal: every issued document of the year (annulled
    ones marked ANULADO) as one PDF named after its number, plus each kind's register book (PDF
    and .xlsx); without a kind filter, also the papers of each council session of the year
    (council_documents.export_sessions). progress(done, total) may return False to stop.
    The PDFs are rendered on every core (reports.pool; `workers`=1: in this process), read
    here and written here in order, each reported as it is written. audit=False: no entry in
    the audit trail (the export of everything, moving_in/export_all.py, records its own)."""
    require(actor, Permission.VIEW, session)
    target.mkdir(parents=True, exist_ok=True)
    # A registro histórico is not printed (the app did not issue it): its register line is.
    query = select(Instrument).where(Instrument.year == year, Instrument.state != DRAFT,
                                     Instrument.historic.is_(False))
    if kind_codes:
        query = query.where(Instrument.kind_code.in_(kind_codes))
    docs = list(session.scalars(query.order_by(Instrument.kind_code, Instrument.number)))
    total = len(docs)
    stopped = False
    rendered = render_in_order(rp.render_instrument,
                               (instrument_doc(session, doc) for doc in docs), total, workers)
    try:
        for done, (doc, pdf) in enumerate(zip(docs, rendered, strict=False), start=1):
            write_whole(target / file_name(doc), pdf)
            if progress and progress(done, total) is False:
                stopped = True
                break
    finally:
        rendered.close()  # stopped: what is queued is dropped
    books = 0
    for code in sorted({d.kind_code for d in docs} | set(session.scalars(
            select(Instrument.kind_code).distinct().where(
                Instrument.year == year, Instrument.historic.is_(True),
                *([Instrument.kind_code.in_(kind_codes)] if kind_codes else []))))):
        book = register_book(session, code, year, actor.username)
        base = f"registro-{session.get(InstrumentKind, code).short}-{year}"
        write_whole(target / f"{base}.pdf", rr.render_register_book_pdf(book))
        rr.write_register_book_xlsx(book, target / f"{base}.xlsx")
        books += 1
    if audit:
        record(session, actor, "export", "instrument", "",
               {"año": [None, year], "documentos": [None, total], "carpeta": [None, str(target)]})
    sessions = 0
    if not kind_codes and not stopped:
        sessions = export_sessions(session, actor, year, target, audit=audit)
        export_tramite(session, actor, year, target / "tramite", audit=audit)
        from pisac_desktop.requests.printing import export_requests

        export_requests(session, actor, year, target / "solicitudes", audit=audit)
    return ExportResult(target, total, books, sessions)


def export_tramite(session: Session, actor: Actor, year: int, folder: Path,
                   audit: bool = True) -> list[str]:
    """The year's register of case files and the trámite's report (pending and overdue by
    unit), each as PDF and Excel, into target/tramite/. Returns the names written."""
    from pisac_desktop.db.models import CaseFile
    from pisac_desktop.reports import tramite_report as rt
    from pisac_desktop.tramite.printing import register_doc, report_doc

    require(actor, Permission.VIEW, session)
    if session.scalar(select(CaseFile.id).where(CaseFile.year == year).limit(1)) is None:
        return []
    folder.mkdir(parents=True, exist_ok=True)
    register, report = register_doc(session, actor, year), report_doc(session, actor, year)
    names = [f"registro-expedientes-{year}", f"informe-tramite-{year}"]
    write_whole(folder / f"{names[0]}.pdf", rt.render_register(register))
    rt.write_register_xlsx(register, folder / f"{names[0]}.xlsx")
    write_whole(folder / f"{names[1]}.pdf", rt.render_report(report))
    rt.write_report_xlsx(report, folder / f"{names[1]}.xlsx")
    if audit:
        record(session, actor, "export", "case_file", "",
               {"año": [None, year], "expedientes": [None, len(register.lines)],
                "carpeta": [None, str(folder)]})
    return [f"{n}.{ext}" for n in names for ext in ("pdf", "xlsx")]


def export_session(session: Session, s: CouncilSession, folder: Path) -> list[str]:
    """One session's papers into `folder`; the names of the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    convened = bool(summonses(session, s.id))
    papers: list[tuple[str, Callable[[], bytes]]] = [
        ("resumen.pdf", lambda: rc.render_session_summary(session_summary(session, s.id)))]
    if convened:
        papers.append(("citaciones.pdf",
                       lambda: rc.render_summonses(summons_batch(session, s.id))))
    if convened or attendance_of(session, s.id) or s.state in (HELD, NOT_INSTALLED):
        papers.append(("asistencia.pdf",
                       lambda: rc.render_attendance_sheet(attendance_sheet(session, s.id))))
    if voted_items(s):
        papers.append(("votaciones.pdf", lambda: rc.render_vote_sheet(vote_sheet(session, s.id))))
    if minutes_of(session, s.id) is not None:
        papers.append(("acta.pdf", lambda: rc.render_minutes(minutes_doc(session, s.id))))
    for name, render in papers:
        write_whole(folder / name, render())
        written.append(name)
    return written


def export_sessions(session: Session, actor: Actor, year: int, target: Path,
                    progress: Callable[[int, int], bool] | None = None,
                    audit: bool = True) -> int:
    """Per council session of `year`, a folder target/sesiones/SO-05-2026/ with its papers.
    progress(done, total) may return False to stop. Returns the sessions exported."""
    require(actor, Permission.VIEW, session)
    rows = list(session.scalars(select(CouncilSession).where(CouncilSession.year == year)
                                .order_by(CouncilSession.session_date, CouncilSession.id)))
    done = 0
    for s in rows:
        export_session(session, s, target / "sesiones" / session_code(s))
        done += 1
        if progress and progress(done, len(rows)) is False:
            break
    if rows and audit:
        record(session, actor, "export", "council_session", "",
               {"año": [None, year], "sesiones": [None, done],
                "carpeta": [None, str(target / "sesiones")]})
    return done
