"""Searching and exporting the audit trail (the viewer of Administración and Secretaría General).

Filters: a range of local dates, user, action, entity, and free text. The indexed filters run in
SQL; the free text is matched here in Python, case- and accent-insensitively ("resolucion" finds
"resolución"), on the user, workstation, entity id and changes, so the schema stays portable.
Pages are newest first; the viewer pages by keyset (`before_id`), which stays stable while other
workstations keep appending entries.

Viewing and exporting need Permission.VIEW_AUDIT. An export is itself audited; viewing and
verifying are not (they only read).
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import OFFICE_TZ, clock_of
from pisac_desktop.core.audit import ACTION_LABELS, ENTITY_LABELS, record
from pisac_desktop.core.audit_text import (  # noqa: F401 - Change, parse_changes: re-exported
    EMPTY,
    Change,
    parse_changes,
    value_text,
)
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import thousands
from pisac_desktop.db.models import AuditEntry
from pisac_desktop.db.text_index import AUDIT_TEXT, fold
from pisac_desktop.spanish.dates import long_date, short_date

PAGE_SIZE = 200
COUNT_CAP = 1000  # counts stop here: «más de 1.000 entradas»
SCAN_BATCH = 1000
MAX_PDF_ROWS = 5000  # beyond this a PDF is unreadable and slow: the Excel export has no limit

XLSX_HEADERS = ("N°", "Fecha y hora", "Usuario", "Estación", "Acción", "Entidad", "Id",
                "Cambios")
XLSX_WIDTHS = (8, 20, 16, 20, 30, 26, 10, 100)


# ----------------------------------------------------------------------------------------------
# Text folding


_DIGITS = re.compile(r"[0-9]{1,15}")


# ----------------------------------------------------------------------------------------------
# Rows


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # aware, UTC
    username: str
    workstation: str
    action: str
    entity: str
    entity_id: str
    changes: tuple[Change, ...]

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def entity_label(self) -> str:
        return ENTITY_LABELS.get(self.entity, self.entity)

    def local_at(self, tz: dt.tzinfo | None = None) -> dt.datetime:
        """The moment in local time (the office's zone, America/Lima, unless `tz` is given), zone-aware."""
        return self.at.astimezone(tz or OFFICE_TZ)

    @property
    def changes_text(self) -> str:
        """One line per changed field."""
        return "\n".join(c.line for c in self.changes)

    @property
    def changes_summary(self) -> str:
        """All the changes on one line, for a table cell."""
        return "; ".join(c.line for c in self.changes)


def _row_of(entry) -> AuditRow:
    return AuditRow(
        id=entry.id,
        at=_parse_at(entry.at),
        username=entry.username,
        workstation=entry.workstation,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id or "",
        changes=parse_changes(entry.changes or ""),
    )


def _parse_at(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


# ----------------------------------------------------------------------------------------------
# Filters


@dataclass(frozen=True)
class AuditFilter:
    date_from: dt.date | None = None  # local dates, both included
    date_to: dt.date | None = None
    username: str | None = None
    action: str | None = None
    entity: str | None = None
    text: str = ""

    @property
    def words(self) -> list[str]:
        """Every word must appear (in any of the searched fields), in any order."""
        return fold(self.text).split()

    def describe(self) -> str:
        """The filter in Spanish, for printed listings."""
        parts = []
        if self.date_from and self.date_to:
            if self.date_from == self.date_to:
                parts.append(f"el {long_date(self.date_from)}")
            else:
                parts.append(f"del {long_date(self.date_from)} al {long_date(self.date_to)}")
        elif self.date_from:
            parts.append(f"desde el {long_date(self.date_from)}")
        elif self.date_to:
            parts.append(f"hasta el {long_date(self.date_to)}")
        if self.username:
            parts.append(f"usuario «{self.username}»")
        if self.action:
            parts.append(f"acción «{ACTION_LABELS.get(self.action, self.action)}»")
        if self.entity:
            parts.append(f"entidad «{ENTITY_LABELS.get(self.entity, self.entity)}»")
        if self.text.strip():
            parts.append(f"texto «{' '.join(self.text.split())}»")
        if not parts:
            return "todas las entradas"
        text = "; ".join(parts)
        return text[0].upper() + text[1:]


def local_midnight_utc(day: dt.date, tz: dt.tzinfo | None = None) -> str:
    """The start of a local day as the stored text (ISO 8601 UTC), for comparisons in SQL."""
    start = dt.datetime.combine(day, dt.time(), tzinfo=tz or OFFICE_TZ)
    return start.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _filtered(query: Select, flt: AuditFilter, tz: dt.tzinfo | None) -> Select:
    if flt.date_from:
        query = query.where(AuditEntry.at >= local_midnight_utc(flt.date_from, tz))
    if flt.date_to:
        query = query.where(
            AuditEntry.at < local_midnight_utc(flt.date_to + dt.timedelta(days=1), tz))
    if flt.username:
        query = query.where(AuditEntry.username == flt.username)
    if flt.action:
        query = query.where(AuditEntry.action == flt.action)
    if flt.entity:
        query = query.where(AuditEntry.entity == flt.entity)
    return query


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _narrowed(session: Session, flt: AuditFilter, tz: dt.tzinfo | None, query: Select,
              before_id: int | None = None) -> Select:
    """The filters in SQL, the words driven by the text index (db/text_index.py)."""
    query = _filtered(query, flt, tz)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    if flt.words:
        query = AUDIT_TEXT.narrow(query, _dialect(session), AuditEntry.id,
                                  AuditEntry.search_text, flt.words)
    return query


def _newest_first(session: Session, flt: AuditFilter, tz: dt.tzinfo | None, query: Select,
                  before_id: int | None = None) -> Select:
    """SQLite: the words and the other filters, newest first, read the cheaper way
    (TextIndex.newest_first)."""
    return AUDIT_TEXT.newest_first(session, _filtered(query, flt, tz), AuditEntry.id,
                                   AuditEntry.search_text, flt.words, below=before_id)


def _scan(session: Session, flt: AuditFilter, tz: dt.tzinfo | None,
          before_id: int | None = None) -> Iterator[AuditRow]:
    """Matching rows, newest first, read in batches (one short query per batch)."""
    cursor = before_id
    while True:
        query = _narrowed(session, flt, tz, select(*ROW_COLUMNS), cursor)
        batch = session.execute(query.order_by(AuditEntry.id.desc()).limit(SCAN_BATCH)).all()
        yield from (_row_of(entry) for entry in batch)
        if len(batch) < SCAN_BATCH:
            return
        cursor = batch[-1].id


ROW_COLUMNS = tuple(c for c in AuditEntry.__table__.columns if c.name != "search_text")


# ----------------------------------------------------------------------------------------------
# Queries


def search(session: Session, actor: Actor, flt: AuditFilter, *, offset: int = 0,
           limit: int = PAGE_SIZE, before_id: int | None = None,
           tz: dt.tzinfo | None = None, total: int | None = None) -> list[AuditRow]:
    """One page of matching entries, newest first: those with id < before_id (when given),
    skipping `offset` of them. With words: on SQLite, the cheaper of the two reads
    (TextIndex.newest_first); on PostgreSQL, a count past the cap (count(); `total` when the
    caller has it) walks the entries newest first instead of letting the index drive."""
    require(actor, Permission.VIEW_AUDIT, session)
    if flt.words and _dialect(session) == "sqlite":
        query = _newest_first(session, flt, tz, select(*ROW_COLUMNS), before_id)
    elif flt.words and is_capped(count(session, actor, flt, tz) if total is None else total):
        ordered = _filtered(select(*ROW_COLUMNS), flt, tz)
        if before_id is not None:
            ordered = ordered.where(AuditEntry.id < before_id)
        query = AUDIT_TEXT.walk(ordered.order_by(AuditEntry.id.desc()), _dialect(session),
                                AuditEntry.id, AuditEntry.search_text, flt.words)
    else:
        query = _narrowed(session, flt, tz, select(*ROW_COLUMNS), before_id) \
            .order_by(AuditEntry.id.desc())
    return [_row_of(e) for e in session.execute(query.offset(offset).limit(limit))]


def count(session: Session, actor: Actor, flt: AuditFilter,
          tz: dt.tzinfo | None = None) -> int:
    """How many entries match, counted up to COUNT_CAP + 1 (more means "more than
    COUNT_CAP": is_capped); the whole trail is hundreds of thousands of entries."""
    require(actor, Permission.VIEW_AUDIT, session)
    if flt.words and _dialect(session) == "sqlite":
        query = _newest_first(session, flt, tz, select(AuditEntry.id))
    elif flt.words:  # PostgreSQL: a frequent word is counted past the cap among the newest
        many = AUDIT_TEXT.newest_count(session, _filtered(select(AuditEntry.id), flt, tz),
                                       AuditEntry.id, AuditEntry.search_text, flt.words,
                                       COUNT_CAP)
        if many is not None:
            return many
        query = _narrowed(session, flt, tz, select(AuditEntry.id))
    else:
        query = _narrowed(session, flt, tz, select(AuditEntry.id))
    return AUDIT_TEXT.capped_count(session, query, COUNT_CAP)


def is_capped(total: int) -> bool:
    return total > COUNT_CAP


def all_rows(session: Session, actor: Actor, flt: AuditFilter,
             tz: dt.tzinfo | None = None) -> Iterator[AuditRow]:
    """Every matching entry, newest first (for exports)."""
    require(actor, Permission.VIEW_AUDIT, session)
    return _scan(session, flt, tz)


@dataclass(frozen=True)
class FilterChoices:
    usernames: list[str]
    actions: list[tuple[str, str]]  # (code, Spanish label), by label
    entities: list[tuple[str, str]]


def filter_choices(session: Session, actor: Actor) -> FilterChoices:
    """The users, actions and entities that occur in the trail, for the filter lists."""
    require(actor, Permission.VIEW_AUDIT, session)

    def values(column) -> list[str]:
        return [v for v in session.scalars(select(column).distinct()) if v is not None]

    def labelled(codes: list[str], labels: dict[str, str]) -> list[tuple[str, str]]:
        return sorted(((c, labels.get(c, c)) for c in codes), key=lambda p: fold(p[1]))

    return FilterChoices(
        sorted(values(AuditEntry.username), key=fold),
        labelled(values(AuditEntry.action), ACTION_LABELS),
        labelled(values(AuditEntry.entity), ENTITY_LABELS),
    )


def date_span(session: Session, actor: Actor,
              tz: dt.tzinfo | None = None) -> tuple[dt.date, dt.date] | None:
    """The local dates of the oldest and newest entries, or None when the trail is empty."""
    require(actor, Permission.VIEW_AUDIT, session)
    first, last = session.execute(select(func.min(AuditEntry.at), func.max(AuditEntry.at))).one()
    if first is None:
        return None
    return (_parse_at(first).astimezone(tz or OFFICE_TZ).date(),
            _parse_at(last).astimezone(tz or OFFICE_TZ).date())


# ----------------------------------------------------------------------------------------------
# Exports


@contextmanager
def _atomic_target(path: Path) -> Iterator[Path]:
    """A temporary file next to `path`, renamed onto it when the block succeeds: a failure
    never leaves half a file behind, nor destroys an earlier file of the same name."""
    handle, temporary = tempfile.mkstemp(prefix=".", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    try:
        yield Path(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


XLSX_MAX_CELL = 32000  # Excel's limit is 32 767 characters
PROGRESS_EVERY = 200  # rows between two reports of an export's progress


def write_xlsx(rows: Iterable[AuditRow], path: Path, *, filter_text: str = "",
               tz: dt.tzinfo | None = None,
               written_so_far: Callable[[int], object] | None = None) -> int:
    """The rows as an Excel workbook (bold frozen header, real local date-times); streams, so
    any number of rows fits in little memory. Returns how many rows were written;
    written_so_far(n) is told every PROGRESS_EVERY rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    from pisac_desktop.reports.text import plain_text

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Registro de auditoría")
    for index, width in enumerate(XLSX_WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="E4E4E4")
    top, wrap = Alignment(vertical="top"), Alignment(vertical="top", wrap_text=True)

    def cell(value, alignment=top, number_format=None):
        if isinstance(value, str):
            value = plain_text(value)  # as the PDF: no controls, no bidi overrides
            if len(value) > XLSX_MAX_CELL:
                value = value[:XLSX_MAX_CELL] + "…"
        c = WriteOnlyCell(sheet, value)
        if isinstance(value, str):
            c.data_type = "s"  # user text is never a formula ("=...")
        c.alignment = alignment
        if number_format:
            c.number_format = number_format
        return c

    header = []
    for title in XLSX_HEADERS:
        c = cell(title)
        c.font, c.fill = bold, fill
        header.append(c)
    sheet.append(header)
    written = 0
    try:
        for row in rows:
            local = row.local_at(tz).replace(tzinfo=None)  # Excel has no time zones
            entity_id = int(row.entity_id) if _DIGITS.fullmatch(row.entity_id) \
                else row.entity_id
            sheet.append([
                cell(row.id), cell(local, number_format="dd/mm/yyyy hh:mm:ss"),
                cell(row.username), cell(row.workstation), cell(row.action_label),
                cell(row.entity_label), cell(entity_id), cell(row.changes_text, wrap),
            ])
            written += 1
            if written_so_far is not None and written % PROGRESS_EVERY == 0:
                written_so_far(written)
    except BaseException:  # stopped: the sheet's writer ends now, not when collected
        with suppress(Exception):
            sheet.close()
        raise
    sheet.auto_filter.ref = f"A1:{chr(ord('A') + len(XLSX_HEADERS) - 1)}{written + 1}"
    book.properties.title = "Registro de auditoría"
    book.properties.subject = filter_text
    book.properties.creator = "Pisac Desktop"
    book.save(path)
    return written


def report_rows(rows: Iterable[AuditRow], tz: dt.tzinfo | None = None):
    """The rows as the printed listing takes them (plain data, local times)."""
    from pisac_desktop.reports.audit_report import AuditChange, AuditReportRow

    return [
        AuditReportRow(r.id, r.local_at(tz), r.username, r.workstation, r.action_label,
                       r.entity_label, r.entity_id,
                       tuple(AuditChange(c.field, c.before, c.after) for c in r.changes))
        for r in rows
    ]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    message: str  # Spanish


def _record_export(session: Session, actor: Actor, fmt: str, rows: int,
                   flt: AuditFilter) -> None:
    record(session, actor, "export", "audit", "",
           {"formato": [None, fmt], "filas": [None, rows], "filtro": [None, flt.describe()]})


def export_xlsx(session: Session, actor: Actor, flt: AuditFilter, path: Path,
                tz: dt.tzinfo | None = None,
                progress: Callable[[int, int], object] | None = None) -> ExportResult:
    """Write the matching entries to an .xlsx file. The export is audited in the caller's
    transaction; if the file cannot be written, nothing is recorded. progress(done, total) as
    rows are written (total 0: more than COUNT_CAP, not counted); what it raises (the person
    stopping it) leaves no file and no record."""
    path = Path(path)
    rows = all_rows(session, actor, flt, tz)  # checks the permission
    total = 0
    if progress is not None:
        total = count(session, actor, flt, tz)
        total = 0 if is_capped(total) else total
        progress(0, total)

    def told(written: int) -> None:
        if progress is not None:
            progress(written, total)

    with _atomic_target(path) as target:
        written = write_xlsx(rows, target, filter_text=flt.describe(), tz=tz,
                             written_so_far=told)
        _record_export(session, actor, "xlsx", written, flt)
    return ExportResult(path, written, _exported_message(written, path))


def export_pdf(session: Session, actor: Actor, flt: AuditFilter, path: Path,
               tz: dt.tzinfo | None = None,
               now: Callable[[], dt.datetime] | None = None) -> ExportResult:
    """Write the matching entries as a printed listing (PDF); audited like export_xlsx."""
    from pisac_desktop.core.institution import get_institution
    from pisac_desktop.reports.audit_report import audit_report_pdf

    path = Path(path)
    rows = list(itertools.islice(all_rows(session, actor, flt, tz), MAX_PDF_ROWS + 1))
    if len(rows) > MAX_PDF_ROWS:
        raise DomainError(
            f"El filtro abarca más de {thousands(MAX_PDF_ROWS)} entradas, el máximo que admite "
            "el PDF. "
            "Acote las fechas u otros filtros, o exporte a Excel, que no tiene límite.")
    moment = (now or clock_of(session).now)().astimezone(tz or OFFICE_TZ)
    who = actor.username
    if actor.full_name and actor.full_name != actor.username:
        who = f"{actor.full_name} ({actor.username})"
    pdf = audit_report_pdf(report_rows(rows, tz), institution=get_institution(session).name,
                           filter_text=flt.describe(), generated_at=moment, generated_by=who)
    with _atomic_target(path) as target:
        target.write_bytes(pdf)
        _record_export(session, actor, "pdf", len(rows), flt)
    return ExportResult(path, len(rows), _exported_message(len(rows), path))


def _exported_message(rows: int, path: Path) -> str:
    what = "1 entrada" if rows == 1 else f"{rows} entradas"
    return f"Se exportaron {what} a {path}."


def default_export_name(today: dt.date, fmt: str) -> str:
    """'auditoria-2026-11-21.xlsx'."""
    return f"auditoria-{today.isoformat()}.{fmt}"


def short_local(moment: dt.datetime, tz: dt.tzinfo | None = None) -> str:
    """'21/11/2026 10:32:05' in local time."""
    local = moment.astimezone(tz or OFFICE_TZ)
    return f"{short_date(local.date())} {local:%H:%M:%S}"
