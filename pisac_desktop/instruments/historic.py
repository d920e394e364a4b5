"""Registros históricos: the documents an office numbered before it had this application,
imported from its Excel or CSV register (Configuración › Importar registros…, `pisac-desktop
import register`).

A preview comes first and writes nothing: each row with its problems. Blocking ones (a number
twice in the file or already registered, a date outside the number's year, an unknown kind, a
missing number, date or summary) stop the import of the whole file; a gap in the numbering is
only shown (the missing number is never invented). The import is all or nothing, audited with
the file's SHA-256, and a file is imported once.

An imported document is marked `historic`: its number and date as the register gives them,
its content as given (summary, VISTO, signer); it is never numbered, issued nor printed by the
application (instruments/printing.py refuses), its register line says «registro histórico»,
it is found by the search like the rest (its folded text feeds the text index's triggers),
and its kind's counter continues after the highest number imported (never lowered)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of, naive_utc_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.content_seal import HISTORIC_ACTION, seal_changes
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.institution import get_institution
from pisac_desktop.core.numbering import raise_to
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.stored_files import sha256_of
from pisac_desktop.core.tabular import cell_text, column_letter, seen_cells
from pisac_desktop.db.models import HistoricSource, Instrument, InstrumentKind, RegisterImport
from pisac_desktop.db.models.instruments import ANNULLED, ISSUED
from pisac_desktop.db.text_index import fold
from pisac_desktop.db.write_lock import writes
from pisac_desktop.instruments.historic_rows import (
    RowProblem,
    RowReader,
    RowValues,
    gap_ranges,
    range_text,
)
from pisac_desktop.instruments.kinds import kinds, require_kind
from pisac_desktop.instruments.register_file import (
    FIELD_LABELS,
    FIELDS,
    REQUIRED,
    KindName,
    find_layout,
    header_labels,
    read_register_table,
)
from pisac_desktop.spanish.dates import short_date

ANNULLED_REASON = "Anulado según el registro histórico"


@dataclass(frozen=True)
class RegisterPreview:
    """What an import would do, row by row, before anything is written."""

    file_name: str
    sha256: str
    source: str  # 'Excel', 'CSV (Windows-1252, separado por «;»)'
    header_row: int | None  # the headers' row in the file (1 = the first), None if not found
    headers: tuple[str, ...]  # 'B: Número', one per column
    mapping: dict[str, int | None]  # field: column
    kind_code: str
    year: int | None
    rows: tuple[RowValues, ...]
    gaps: tuple[str, ...]  # 'RA 2023: faltan 046, 112 a 114'
    file_problems: tuple[str, ...]  # blocking the whole file

    @property
    def blocking_rows(self) -> int:
        return sum(1 for r in self.rows if r.blocking)

    @property
    def warning_rows(self) -> int:
        return sum(1 for r in self.rows if r.warnings and not r.blocking)

    @property
    def to_import(self) -> list[RowValues]:
        return [r for r in self.rows if not r.skipped]

    @property
    def importable(self) -> bool:
        return not self.file_problems and not self.blocking_rows and bool(self.to_import)

    def summary_text(self) -> str:
        n = len(self.to_import)
        parts = [f"{n} {'documento' if n == 1 else 'documentos'} "
                 + ("por importar" if self.importable else "en el archivo")]
        if self.blocking_rows:
            parts.append(f"{self.blocking_rows} {'fila' if self.blocking_rows == 1 else 'filas'}"
                         " con problemas que impiden importar")
        if self.warning_rows:
            parts.append(f"{self.warning_rows} con avisos")
        if self.gaps:
            parts.append("números faltantes: " + "; ".join(self.gaps))
        return ", ".join(parts) + "."

    def refusal_text(self, limit: int = 12) -> str:
        """Why it cannot be imported (Spanish): the file's problems, then the rows'."""
        lines = list(self.file_problems)
        lines += [f"Fila {r.row_number}: {r.blocking_text}" for r in self.rows if r.blocking]
        more = len(lines) - limit
        shown = "\n• ".join(lines[:limit]) + (f"\n• … y {more} más" if more > 0 else "")
        if not lines:
            shown = "el archivo no tiene filas de documentos debajo de sus encabezados."
        return "No se importó nada:\n• " + shown


def source_label(table) -> str:
    if table.source != "CSV":
        return table.source
    delimiter = {"\t": "tabulador"}.get(table.delimiter, f"«{table.delimiter}»")
    return f"CSV ({table.encoding}, separado por {delimiter})"


def kind_names(session: Session) -> list[KindName]:
    return [KindName(k.code, k.short, k.title, k.plural) for k in kinds(session)]


def preview_register(session: Session, file_name: str, content: bytes, kind_code: str,
                     year: int | None = None, mapping: dict[str, int | None] | None = None,
                     header_row: int | None = None) -> RegisterPreview:
    """Read the file and check every row against the file and the database; writes nothing.
    `mapping` ({field: column or None}) and `header_row` (1 = the file's first row) replace
    the guess; by default the headers are found under the title rows and each field's column
    is guessed from their words."""
    table = read_register_table(file_name, content)
    layout = find_layout(table)
    problems: list[str] = []
    kinds_by_code = {k.code: k for k in kinds(session)}
    if kind_code not in kinds_by_code:
        problems.append(f"Tipo de documento desconocido: «{kind_code}».")
    if header_row is not None:
        header_at = header_row - 1
    elif layout is not None:
        header_at = layout.header_row
    else:
        header_at = None
    chosen = dict(layout.mapping) if layout is not None and header_row is None else \
        dict.fromkeys(FIELDS)
    chosen.update(mapping or {})
    width = table.width()
    chosen = {f: c if c is not None and 0 <= c < width else None for f, c in chosen.items()}
    if header_at is None:
        problems.append("No se encontró la fila de encabezados (número, fecha, sumilla…) en "
                        f"las primeras filas. Se encontró: {seen_cells(table.rows)}. Indique la "
                        "fila de encabezados y la columna de cada dato.")
    elif missing := [FIELD_LABELS[f] for f in REQUIRED if chosen.get(f) is None]:
        problems.append("Elija la columna de: " + ", ".join(missing) + ".")
    digest = sha256_of(content)
    if done := session.scalar(select(RegisterImport).where(RegisterImport.sha256 == digest)):
        problems.append(f"Este archivo ya se importó el {short_date(done.imported_at.date())} "
                        f"por {done.imported_by} ({done.documents} documentos): no se importa "
                        "dos veces.")
    rows: list[RowValues] = []
    if header_at is not None and not any("columna" in p for p in problems):
        reader = RowReader(kind_names(session), kinds_by_code, kind_code, year,
                           get_institution(session).initials, clock_of(session).today())
        for index, cells in enumerate(table.rows[header_at + 1:], start=header_at + 2):
            row = reader.read(index, list(cells), chosen)
            if row is not None:
                rows.append(row)
    rows, gaps = check_against_register(session, rows, kinds_by_code)
    headers = header_labels(table, header_at) if header_at is not None else tuple(
        column_letter(i) for i in range(width))
    return RegisterPreview(file_name, digest, source_label(table),
                           header_at + 1 if header_at is not None else None, headers, chosen,
                           kind_code, year, tuple(rows), tuple(gaps), tuple(problems))


def check_against_register(session: Session, rows: list[RowValues],
                           kinds_by_code: dict[str, InstrumentKind]
                           ) -> tuple[list[RowValues], list[str]]:
    """The problems found across rows: a number twice in the file or already registered
    (blocking), the numbers missing below the highest of each kind and year (warnings, on the
    row that follows the gap). Returns the rows with them, and the gaps in words."""
    keyed: dict[tuple[str, int, int], list[RowValues]] = defaultdict(list)
    for row in rows:
        if row.key is not None and not row.skipped:
            keyed[row.key].append(row)
    existing = registered_numbers(session, {(k, y) for k, y, _n in keyed})
    extra: dict[int, list[RowProblem]] = defaultdict(list)
    for key, same in keyed.items():
        if len(same) > 1:
            where = ", ".join(str(r.row_number) for r in same)
            for row in same:
                extra[row.row_number].append(RowProblem(
                    f"Número repetido en el archivo (filas {where}).", True))
        if key in existing:
            text, historic = existing[key]
            for row in same:
                extra[row.row_number].append(RowProblem(
                    f"Ya está registrado: {text}" + (" (registro histórico)." if historic
                                                     else "."), True))
    gaps: list[str] = []
    for (kind_code, year), numbers in sorted(_numbers_by_series(keyed).items()):
        present = numbers | {n for (k, y, n) in existing if (k, y) == (kind_code, year)}
        ranges = gap_ranges(present, max(numbers))
        if not ranges:
            continue
        short = kinds_by_code[kind_code].short if kind_code in kinds_by_code else kind_code
        gaps.append(f"{short} {year}: faltan " + ", ".join(range_text(a, b) for a, b in ranges))
        for first, last in ranges:
            after = min((n for n in numbers if n > last), default=None)
            if after is not None:
                for row in keyed[(kind_code, year, after)]:
                    extra[row.row_number].append(RowProblem(
                        f"Antes de este número falta{'' if first == last else 'n'} "
                        f"{range_text(first, last, 'el', 'los')} (ni en el archivo ni "
                        "registrado).", False))
    return [r.with_problems(extra.get(r.row_number, [])) for r in rows], gaps


def _numbers_by_series(keyed) -> dict[tuple[str, int], set[int]]:
    series: dict[tuple[str, int], set[int]] = defaultdict(set)
    for kind_code, year, number in keyed:
        series[(kind_code, year)].add(number)
    return series


def registered_numbers(session: Session, series: set[tuple[str, int]]
                       ) -> dict[tuple[str, int, int], tuple[str, bool]]:
    """{(kind, year, number): (number text, historic)} of the documents already numbered in
    these series."""
    found = {}
    for kind_code, year in series:
        for number, text, historic in session.execute(
                select(Instrument.number, Instrument.number_text, Instrument.historic)
                .where(Instrument.kind_code == kind_code, Instrument.year == year,
                       Instrument.number.is_not(None))):
            found[(kind_code, year, number)] = (text or "", bool(historic))
    return found


# ----------------------------------------------------------------------------------------------
# The import


@dataclass(frozen=True)
class RegisterImportResult:
    import_id: int
    documents: int
    annulled: int
    counters: tuple[str, ...]  # 'RA 2023: el siguiente número es 188'
    sha256: str

    def text(self) -> str:
        annulled = (f" ({self.annulled} {'anulado' if self.annulled == 1 else 'anulados'})"
                    if self.annulled else "")
        return (f"Se importaron {self.documents} documentos como registro histórico{annulled}. "
                + " ".join(f"{c}." for c in self.counters))


Progress = Callable[[int, int], bool]


@writes
def import_register(session: Session, actor: Actor, file_name: str, content: bytes,
                    kind_code: str, year: int | None = None,
                    mapping: dict[str, int | None] | None = None, header_row: int | None = None,
                    progress: Progress | None = None) -> RegisterImportResult:
    """All or nothing: the preview is made again under the write lock (another workstation may
    have imported meanwhile) and any blocking problem refuses the whole file."""
    require(actor, Permission.IMPORT_REGISTERS, session)
    preview = preview_register(session, file_name, content, kind_code, year, mapping,
                               header_row)
    if not preview.importable:
        raise DomainError(preview.refusal_text())
    rows = sorted(preview.to_import, key=lambda r: r.key)
    for code in sorted({r.kind_code for r in rows}):
        require_kind(session, actor, session.get(InstrumentKind, code))
    now = naive_utc_of(session)
    batch = RegisterImport(file_name=file_name[-255:], sha256=preview.sha256,
                           kind_code=kind_code, year=year, documents=len(rows),
                           imported_by=actor.username, imported_at=now)
    session.add(batch)
    session.flush()
    for done, row in enumerate(rows, start=1):
        _add_document(session, actor, batch, row, now)
        if progress is not None and done % 25 == 0 and progress(done, len(rows)) is False:
            raise DomainError("Importación detenida: no se importó nada.")
    counters = _continue_counters(session, actor, rows, kind_code)
    record(session, actor, "import", "register_import", batch.id, {
        "archivo": [None, batch.file_name], "sha256": [None, preview.sha256],
        "documentos": [None, len(rows)], "tipo": [None, kind_code],
        "años": [None, _years_text(rows)], "numeración": [None, "; ".join(counters)]})
    if progress is not None:
        progress(len(rows), len(rows))
    return RegisterImportResult(batch.id, len(rows), sum(r.annulled for r in rows),
                                tuple(counters), preview.sha256)


def _add_document(session: Session, actor: Actor, batch: RegisterImport, row: RowValues,
                  now: dt.datetime) -> None:
    doc = Instrument(
        kind_code=row.kind_code, state=ANNULLED if row.annulled else ISSUED, historic=True,
        year=row.year, number=row.number, number_text=row.number_text, doc_date=row.doc_date,
        summary=row.summary, seen=row.seen, whereas="[]", legal_basis="", articles="[]",
        references="", signer_name=row.signer[:250], signer_post="", issuer_text="",
        closing="", year_name="",
        search_text=fold("\n".join(p for p in (row.number_text, row.summary, row.seen) if p)),
        created_by=actor.username, created_at=now)
    if row.annulled:
        doc.annul_reason = ANNULLED_REASON + (f" («{row.state_text}»)" if row.state_text
                                              else "")
        doc.annulled_by = actor.username
    session.add(doc)
    session.flush()
    session.add(HistoricSource(instrument_id=doc.id, import_id=batch.id,
                               row_number=row.row_number,
                               number_as_given=row.number_as_given[:200],
                               date_as_given=row.date_text[:100],
                               state_as_given=row.state_text[:100]))
    record(session, actor, HISTORIC_ACTION, "instrument", doc.id, {
        "número": [None, doc.number_text],
        "registro histórico": [None, f"{batch.file_name}, fila {row.row_number}"],
        **({"motivo": [None, doc.annul_reason]} if row.annulled else {}),
        **seal_changes(doc)})


def _continue_counters(session: Session, actor: Actor, rows: list[RowValues],
                       kind_code: str) -> list[str]:
    shorts = dict(session.execute(select(InstrumentKind.code, InstrumentKind.short)).all())
    top: dict[tuple[str, int], int] = {}
    for row in rows:
        top[(row.kind_code, row.year)] = max(top.get((row.kind_code, row.year), 0), row.number)
    out = []
    for (code, year), number in sorted(top.items()):
        before, after = raise_to(session, code, year, number)
        if after != before:
            record(session, actor, "settings_change", "number_sequence", f"{code}/{year}",
                   {"siguiente número": [before + 1, after + 1]})
        out.append(f"{shorts.get(code, code)} {year}: el siguiente número es {after + 1:03d}")
    return out


def _years_text(rows: list[RowValues]) -> str:
    years = sorted({r.year for r in rows})
    return str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"


# ----------------------------------------------------------------------------------------------
# Reading


@dataclass(frozen=True)
class HistoricOrigin:
    """Where a registro histórico came from (the detail panel)."""

    file_name: str
    row_number: int
    imported_by: str
    imported_on: dt.date
    number_as_given: str
    date_as_given: str
    state_as_given: str

    def text(self) -> str:
        given = [f"número «{self.number_as_given}»" if self.number_as_given else "",
                 f"fecha «{self.date_as_given}»" if self.date_as_given else "",
                 f"estado «{self.state_as_given}»" if self.state_as_given else ""]
        said = ", ".join(g for g in given if g)
        return (f"Importado de «{self.file_name}», fila {self.row_number}, por "
                f"{self.imported_by} el {short_date(self.imported_on)}"
                + (f" (en el registro: {said})" if said else "") + ".")


def historic_origin(session: Session, instrument_id: int) -> HistoricOrigin | None:
    row = session.execute(
        select(HistoricSource, RegisterImport).join(RegisterImport)
        .where(HistoricSource.instrument_id == instrument_id)).first()
    if row is None:
        return None
    source, batch = row
    return HistoricOrigin(batch.file_name, source.row_number, batch.imported_by,
                          batch.imported_at.date(), source.number_as_given,
                          source.date_as_given, source.state_as_given)


def column_choices(preview: RegisterPreview) -> list[tuple[int | None, str]]:
    """The choices of a mapping combo: none, then each column by its letter and header."""
    return [(None, "(ninguna)"), *((i, h) for i, h in enumerate(preview.headers))]


__all__ = ["FIELDS", "FIELD_LABELS", "REQUIRED", "RegisterImportResult", "RegisterPreview",
           "RowProblem", "RowValues", "cell_text", "column_choices", "historic_origin",
           "import_register", "preview_register"]
