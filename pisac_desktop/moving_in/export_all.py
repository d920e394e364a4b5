"""Everything out (`pisac-desktop export --all --to CARPETA`, Archivo › Exportar todo…): one
folder that a successor system or an auditor reads without this program.

    LEEME.txt                      what is where, in Spanish
    exportacion.json               program, schema, moment, rows per table (for import --all)
    diccionario-de-datos.csv       every table and column described in Spanish (db/dictionary.py)
    datos/<tabla>.csv              every table of the models' metadata (db/table_csv.py format)
    datos/pisac-datos.xlsx         the same in one workbook (a sheet per table), to read
    documentos/<año>/...           the PDFs of `export --year`: every issued document, the
                                   registers, the council's papers, trámite and requests
    archivos/<tabla>/...           every stored file (scans, evidence, cargos, the crest)
    archivos/archivos.csv          each file with its SHA-256 (and the one recorded when stored)
    auditoria/                     how to verify the audit trail's chain, and a script that does
    MANIFIESTO-SHA256.txt          the SHA-256 of every other file: written last

Never a half-written folder presented as complete: everything is written into a hidden sibling
folder («.NOMBRE.incompleta») that is renamed to its name only after the manifest; a failure or
a stop removes it. The data is read in one read transaction (a snapshot: SQLite's deferred BEGIN
in WAL mode, PostgreSQL's REPEATABLE READ), so the CSV files, the PDFs and the files agree with
each other even while other workstations go on working. The export is then recorded in the
audit trail with the manifest's SHA-256.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import mimetypes
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Table, func, or_, select
from sqlalchemy.orm import Session

from pisac_desktop import __version__
from pisac_desktop.clock import SESSION_KEY, clock_of
from pisac_desktop.core.audit import GENESIS, HEAD_KEY, record
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.db.base import Base
from pisac_desktop.db.dictionary import column_description, table_description
from pisac_desktop.db.models import AppMeta, CaseFile, CouncilSession, Institution, Instrument
from pisac_desktop.db.models.instruments import DRAFT
from pisac_desktop.db.schema import current_revision
from pisac_desktop.db.table_csv import BOM, KIND_LABELS, kind_of, line_of, write_rows
from pisac_desktop.moving_in.export_layout import (
    AUDIT,
    CHAIN_SCRIPT,
    CHAIN_TEXT,
    DATA,
    DICTIONARY,
    DOCUMENTS,
    FILES,
    FILES_LIST,
    FORMAT,
    INFO,
    MANIFEST,
    README,
    WORKBOOK,
    XLSX_CELL_MAX,
    XLSX_ROWS_MAX,
    chain_instructions,
    readme_text,
)
from pisac_desktop.paths import resources_dir

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]  # progress(done, total); False: stop


class ExportStopped(Exception):  # noqa: N818 (a request, not a failure)
    """The person stopped the export; nothing was left behind."""


@dataclass(frozen=True)
class FullExport:
    folder: Path
    tables: dict[str, int]  # rows per table
    documents: int  # PDFs of issued documents
    files: int  # stored files written under archivos/
    manifest_sha256: str
    audit_entries: int

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


@dataclass
class _Run:
    """What one export is writing, and how far it got."""

    work: Path
    progress: Progress | None
    total: int = 0
    done: int = 0
    tables: dict[str, int] = field(default_factory=dict)
    documents: int = 0
    files: int = 0

    def step(self, count: int = 1) -> None:
        self.done += count
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise ExportStopped


def default_folder_name(today: dt.date) -> str:
    return f"pisac-exportacion-{today.isoformat()}"


def export_everything(session: Session, actor: Actor, target: Path,
                      progress: Progress | None = None, workers: int | None = None,
                      documents: bool = True) -> FullExport:
    """Write everything into `target` (a new or empty folder). Raises DomainError (Spanish) when
    the folder cannot be used, ExportStopped when progress() asked to stop; either way nothing
    is left at `target`. The export is audited in `session` (the caller commits).
    documents=False leaves out the PDFs (documentos/): the data alone, in seconds."""
    require(actor, Permission.VIEW_AUDIT, session)
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise DomainError(f"La carpeta {target} ya existe y no está vacía. Elija una carpeta "
                          "nueva: la exportación no mezcla sus archivos con otros.")
    work = target.with_name(f".{target.name}.incompleta")
    shutil.rmtree(work, ignore_errors=True)  # of an export cut short earlier
    try:
        work.mkdir(parents=True)
    except OSError as exc:
        raise DomainError(f"No se puede escribir en {target.parent}: "
                          f"{exc.strerror or exc}.") from exc
    run = _Run(work, progress)
    try:
        with _snapshot(session) as snap:
            info = _write_all(snap, actor, run, workers, documents)
        manifest = _write_manifest(work)
        if target.exists():
            target.rmdir()
        work.rename(target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    record(session, actor, "export", "database", "", {
        "carpeta": [None, str(target)], "tablas": [None, len(run.tables)],
        "filas": [None, sum(run.tables.values())], "documentos": [None, run.documents],
        "archivos": [None, run.files], "manifiesto SHA-256": [None, manifest]})
    log.info("Exported everything to %s: %d rows, %d documents, %d files", target,
             sum(run.tables.values()), run.documents, run.files)
    return FullExport(target, dict(run.tables), run.documents, run.files, manifest,
                      info["auditoria"]["entradas"])


@contextmanager
def _snapshot(session: Session) -> Iterator[Session]:
    """A read-only Session on a connection of its own that sees the database as it was at its
    first read, whatever other workstations commit meanwhile."""
    engine = session.get_bind()
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        else:
            conn.exec_driver_sql("BEGIN")  # deferred: the first read fixes what is seen (WAL)
        snap = Session(bind=conn, autoflush=False)
        snap.info[SESSION_KEY] = clock_of(session)
        try:
            yield snap
        finally:
            snap.close()
            conn.rollback()


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _binary_columns(table: Table) -> list:
    return [c for c in table.columns if kind_of(c) == "bytes"]


def _years(snap: Session) -> list[int]:
    years = set(snap.scalars(select(Instrument.year).where(Instrument.state != DRAFT)
                             .distinct()))
    years |= set(snap.scalars(select(CouncilSession.year).distinct()))
    years |= set(snap.scalars(select(CaseFile.year).distinct()))
    return sorted(y for y in years if y is not None)


def _write_all(snap: Session, actor: Actor, run: _Run, workers: int | None,
               with_documents: bool) -> dict:
    conn = snap.connection()
    tables = _tables()
    stored = {t.name: _stored_count(conn, t) for t in tables if _binary_columns(t)}
    documents = snap.scalar(select(func.count()).select_from(Instrument).where(
        Instrument.state != DRAFT, Instrument.historic.is_(False))) or 0  # as export_year
    years = _years(snap) if with_documents else []
    if not with_documents:
        documents = 0
    run.total = len(tables) + sum(stored.values()) + documents + len(years) + 1
    (run.work / DATA).mkdir()
    for table in tables:
        with open(run.work / DATA / f"{table.name}.csv", "w", encoding="utf-8",
                  newline="") as handle:
            handle.write(BOM)
            rows = conn.execution_options(yield_per=500).execute(_ordered(table))
            run.tables[table.name] = write_rows(handle, table, rows)
        run.step()
    _write_dictionary(run.work / DICTIONARY, tables)
    _write_workbook(conn, run.work / DATA / WORKBOOK, tables, run.tables)
    run.step()
    _write_files(conn, run, [t for t in tables if t.name in stored])
    if with_documents:
        _write_documents(snap, actor, run, years, workers)
    info = _info(snap, conn, run)
    info["con_documentos"] = with_documents
    _write_audit_folder(run.work / AUDIT, info)
    (run.work / INFO).write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n",
                                 encoding="utf-8")
    _write_text(run.work / README, readme_text(info))
    return info


def _ordered(table: Table):
    keys = list(table.primary_key.columns) or list(table.columns)
    return select(table).order_by(*keys)


def _stored_count(conn: Connection, table: Table) -> int:
    present = [c.is_not(None) for c in _binary_columns(table)]
    return conn.execute(select(func.count()).select_from(table).where(or_(*present))).scalar()


# --- the data dictionary and the workbook ---------------------------------------------------

def dictionary_rows(tables: list[Table]) -> Iterator[tuple[str, str, str, str, str]]:
    """(table, column, type, may be empty, description) of every column; the table's own line
    first, with an empty column."""
    for table in tables:
        yield table.name, "", "tabla", "", table_description(table.name) or ""
        for column in table.columns:
            refs = ", ".join(f"{fk.column.table.name}.{fk.column.name}"
                             for fk in column.foreign_keys)
            kind = KIND_LABELS[kind_of(column)] + (f"; referencia a {refs}" if refs else "")
            if column.primary_key:
                kind += "; clave primaria"
            yield (table.name, column.name, kind, "sí" if column.nullable else "no",
                   column_description(table.name, column.name) or "")


def _write_dictionary(path: Path, tables: list[Table]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(BOM)
        handle.write(line_of(f'"{h}"' for h in ("tabla", "columna", "tipo", "puede_faltar",
                                                 "descripcion")))
        for row in dictionary_rows(tables):
            handle.write(line_of('"' + v.replace('"', '""') + '"' for v in row))


def _xlsx_value(kind: str, value, table: str):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if value is None:
        return None
    if kind == "bytes":
        return f"(archivo de {len(value)} bytes: ver la carpeta {FILES}/{table})"
    if kind in ("text", "json"):
        text = ILLEGAL_CHARACTERS_RE.sub("", value if isinstance(value, str) else str(value))
        if len(text) > XLSX_CELL_MAX:
            note = f"… [texto completo en {DATA}/{table}.csv]"
            text = text[:XLSX_CELL_MAX - len(note)] + note
        return text
    if kind == "datetime" and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    return value


def _write_workbook(conn: Connection, path: Path, tables: list[Table],
                    counts: dict[str, int]) -> None:
    """One sheet per table (named as the table) after the dictionary's; to read, not to import:
    files are named, long texts cut at Excel's limit (the CSV has them whole)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    sheet = book.create_sheet("Diccionario")
    sheet.freeze_panes = "A2"
    sheet.append([_bold_cell(sheet, h, bold, WriteOnlyCell) for h in
                  ("Tabla", "Columna", "Tipo", "Puede faltar", "Descripción")])
    for row in dictionary_rows(tables):
        sheet.append(list(row))
    formats = {"date": "dd/mm/yyyy", "datetime": "dd/mm/yyyy hh:mm:ss"}
    for table in tables:
        sheet = book.create_sheet(table.name[:31])
        sheet.freeze_panes = "A2"
        kinds = [kind_of(c) for c in table.columns]
        sheet.append([_bold_cell(sheet, c.name, bold, WriteOnlyCell) for c in table.columns])
        result = conn.execution_options(yield_per=500).execute(_ordered(table))
        for number, row in enumerate(result):
            if number >= XLSX_ROWS_MAX:
                sheet.append([f"(solo las primeras {XLSX_ROWS_MAX} de {counts[table.name]} "
                              f"filas caben en Excel: ver {DATA}/{table.name}.csv)"])
                break
            cells = []
            for kind, value in zip(kinds, row, strict=True):
                value = _xlsx_value(kind, value, table.name)
                if kind in formats and value is not None:
                    cell = WriteOnlyCell(sheet, value)
                    cell.number_format = formats[kind]
                    value = cell
                cells.append(value)
            sheet.append(cells)
    book.save(path)


def _bold_cell(sheet, text, font, cell_class):
    cell = cell_class(sheet, text)
    cell.font = font
    return cell


# --- the stored files -----------------------------------------------------------------------

_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


def safe_name(name: str, limit: int = 120) -> str:
    """A file name every system accepts: no folders, no reserved characters."""
    cleaned = _UNSAFE.sub("_", name).strip(" .") or "archivo"
    if len(cleaned) > limit:
        stem, dot, ext = cleaned.rpartition(".")
        cleaned = (stem[:limit - len(ext) - 1] + "." + ext) if dot and len(ext) <= 10 \
            else cleaned[:limit]
    return cleaned


def _extension(data: bytes, mime: str | None) -> str:
    if mime:
        guessed = mimetypes.guess_extension(mime.split(";")[0].strip())
        if guessed:
            return ".jpg" if guessed in (".jpe", ".jpeg") else guessed
    for magic, ext in ((b"%PDF", ".pdf"), (b"\x89PNG", ".png"), (b"\xff\xd8\xff", ".jpg"),
                       (b"PK\x03\x04", ".zip")):
        if data.startswith(magic):
            return ext
    return ".bin"


def _mime_column(table: Table, column) -> str | None:
    for name in (f"{column.name}_mime", column.name.replace("_image", "_mime"), "media_type"):
        if name in table.c and name != column.name:
            return name
    return None


def _file_name(table: Table, row, column, key: str, several: bool) -> str:
    data = row[column.name]
    original = row["file_name"] if "file_name" in table.c else ""
    if original and not several:
        return safe_name(f"{key}-{original}")
    mime_column = _mime_column(table, column)
    return safe_name(f"{key}-{column.name}{_extension(data, row[mime_column] if mime_column else None)}")


def _write_files(conn: Connection, run: _Run, tables: list[Table]) -> None:
    """Every non-empty binary column of every row, as a file under archivos/<tabla>/, and
    archivos/archivos.csv listing them with their SHA-256 (and the SHA-256 the table recorded
    when the file was stored, when it has one: they must match)."""
    folder = run.work / FILES
    folder.mkdir()
    header = ("tabla", "fila", "columna", "archivo", "bytes", "sha256", "sha256_registrado",
              "coincide")
    with open(folder / FILES_LIST, "w", encoding="utf-8", newline="") as listing:
        listing.write(BOM)
        listing.write(line_of(f'"{h}"' for h in header))
        for table in tables:
            binaries = _binary_columns(table)
            keys = list(table.primary_key.columns)
            present = or_(*(c.is_not(None) for c in binaries))
            result = conn.execution_options(yield_per=20).execute(
                _ordered(table).where(present))
            for row in result.mappings():
                key = "-".join(str(row[k.name]) for k in keys)
                for column in binaries:
                    data = row[column.name]
                    if data is None:
                        continue
                    name = _file_name(table, row, column, key, len(binaries) > 1)
                    (folder / table.name).mkdir(exist_ok=True)
                    (folder / table.name / name).write_bytes(data)
                    digest = hashlib.sha256(data).hexdigest()
                    recorded = row["sha256"] if "sha256" in table.c and len(binaries) == 1 \
                        else None
                    match = "—" if not recorded else ("sí" if recorded == digest else "NO")
                    listing.write(line_of(f'"{v}"' for v in (
                        table.name, key, column.name, f"{table.name}/{name}", len(data), digest,
                        recorded or "", match)))
                    run.files += 1
                run.step()


# --- the documents ----------------------------------------------------------------------------

def _write_documents(snap: Session, actor: Actor, run: _Run, years: list[int],
                     workers: int | None) -> None:
    """Per year, what `export --year` writes (export.py), without its audit entries."""
    from pisac_desktop.export import export_year

    folder = run.work / DOCUMENTS
    folder.mkdir()
    for year in years:
        base, stopped = run.done, []

        def step(done: int, total: int, base=base, stopped=stopped) -> bool:
            keep_on = run.progress is None or run.progress(base + done, run.total) is not False
            if not keep_on:
                stopped.append(True)
            return keep_on

        result = export_year(snap, actor, year, folder / str(year), progress=step,
                             workers=workers, audit=False)
        if stopped:
            raise ExportStopped
        run.documents += result.documents
        run.done = base + result.documents
        run.step()


# --- the audit trail, the description of the export, the manifest ---------------------------

def _info(snap: Session, conn: Connection, run: _Run) -> dict:
    inst = snap.get(Institution, 1)
    head = snap.scalar(select(AppMeta.value).where(AppMeta.key == HEAD_KEY)) or f"0:{GENESIS}"
    head_id, _, head_hash = head.partition(":")
    moment = clock_of(snap).now()
    return {
        "formato": FORMAT,
        "programa": "Pisac Desktop",
        "version": __version__,
        "esquema": current_revision(conn),
        "motor": conn.dialect.name,
        "exportado": moment.isoformat(timespec="seconds"),
        "institucion": {"nombre": inst.name if inst else "", "ruc": inst.ruc if inst else ""},
        "tablas": dict(run.tables),
        "documentos": run.documents,
        "archivos": run.files,
        "auditoria": {"entradas": run.tables.get("audit_entry", 0), "ultima": int(head_id),
                      "huella": head_hash},
    }


def _write_text(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\r\n") as handle:
        handle.write(text)


def _write_audit_folder(folder: Path, info: dict) -> None:
    folder.mkdir()
    _write_text(folder / CHAIN_TEXT, chain_instructions(info))
    shutil.copyfile(resources_dir() / "export" / CHAIN_SCRIPT, folder / CHAIN_SCRIPT)


def _write_manifest(work: Path) -> str:
    """MANIFIESTO-SHA256.txt, the format of `sha256sum` (`sha256sum -c` checks it): written
    last; returns its own SHA-256."""
    lines = []
    for path in sorted(p for p in work.rglob("*") if p.is_file()):
        relative = path.relative_to(work).as_posix()
        lines.append(f"{_sha256_of(path)}  {relative}\n")
    data = "".join(lines).encode("utf-8")
    (work / MANIFEST).write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
