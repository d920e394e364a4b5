"""The scanned archive, attached in bulk (Configuración › Adjuntar archivo escaneado…,
`pisac-desktop import scans FOLDER`): a folder of scans, each file matched to its document by
its name, previewed (matches, ambiguities, orphans), then attached with its SHA-256.

Names of normative documents: `RA-045-2024.pdf`, `RA 45-2024.pdf`, `Resolución de Alcaldía
045-2024.pdf`, `Ordenanza Municipal N° 012-2023.pdf` (a kind's abbreviation, title or plural,
accents and case aside). A generic word (`Resolución 045-2024.pdf`) matches when only one kind
has that number. Names of actas: by book and folio (`Libro 3 folio 45.pdf`, `L03-F045.pdf`:
the acta whose folios hold it) or by the session's date (`Acta 2024-03-15.pdf`).

Here in the council's area because actas are; normative documents sit below it and are
reached from here. The files are kept like a case file's scans (core/stored_files.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.stored_files import (
    NewAttachment,
    is_attachable_name,
    scan_columns,
    sha256_of,
    size_error,
)
from pisac_desktop.council.books import folios_text
from pisac_desktop.council.sessions import session_title
from pisac_desktop.db.models import (
    CouncilSession,
    Instrument,
    Minutes,
    MinutesAttachment,
    MinutesBook,
)
from pisac_desktop.db.models.instruments import DRAFT
from pisac_desktop.db.text_index import fold
from pisac_desktop.db.write_lock import writes
from pisac_desktop.instruments.attachments import add_scan, has_scan
from pisac_desktop.instruments.historic import kind_names
from pisac_desktop.instruments.register_file import KindName, kind_of_words
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.spanish.plural import plural

MATCHED, ALREADY, AMBIGUOUS, ORPHAN = "matched", "already", "ambiguous", "orphan"
STATUS_LABELS = {MATCHED: "Se adjunta", ALREADY: "Ya adjunto", AMBIGUOUS: "Ambiguo",
                 ORPHAN: "Sin documento"}
SKIPPED_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}

# ----------------------------------------------------------------------------------------------
# What a file name says


@dataclass(frozen=True)
class NameSays:
    """What a scan's name refers to: a document (kind codes, number, year), an acta by book
    and folio or by date; or why it says nothing usable."""

    kind_codes: tuple[str, ...] = ()
    number: int | None = None
    year: int | None = None
    book: int | None = None
    folio: int | None = None
    session_date: dt.date | None = None
    reason: str = ""


_BOOK_FOLIO = re.compile(r"(?:^|[^a-z])(?:libro|lib|l)\s*\.?\s*(?:n[°o]\.?\s*)?0*(\d{1,3})\D*?"
                         r"(?:folios?|fols?|fs|f)\s*\.?\s*(?:n[°o]\.?\s*)?0*(\d{1,4})")
_ISO_DATE = re.compile(r"((?:19|20)\d{2})[-_. ](\d{1,2})[-_. ](\d{1,2})(?!\d)")
_DMY_DATE = re.compile(r"(?<!\d)(\d{1,2})[-_. ](\d{1,2})[-_. ]((?:19|20)\d{2})")
_DOC_NUMBER = re.compile(r"(\d{1,5})\s*[-_ /.]\s*((?:19|20)\d{2})(?!\d)")
_NUMBER_WORDS = re.compile(r"(^|\s)(n\s*\.?\s*[°º]|no\.?|nro\.?|num\.?|numero)(?=\s|$)")


def name_says(file_name: str, kinds: list[KindName]) -> NameSays:
    stem = fold(Path(file_name).stem).replace("_", " ")
    if match := _BOOK_FOLIO.search(stem):
        return NameSays(book=int(match.group(1)), folio=int(match.group(2)))
    if re.search(r"(^|[^a-z])actas?([^a-z]|$)", stem):
        return _acta_by_date(stem)
    match = _DOC_NUMBER.search(stem)
    if match is None:
        return NameSays(reason="El nombre no dice un número con su año (RA-045-2024), ni un "
                               "libro y folio, ni la fecha de un acta.")
    words = _NUMBER_WORDS.sub(" ", stem[:match.start()]).strip(" -.,")
    if not words:
        return NameSays(reason="El nombre no dice el tipo de documento (RA, OM, Resolución de "
                               "Alcaldía…).")
    codes = kind_of_words(words, kinds)
    if not codes:
        return NameSays(reason=f"«{words}» no es un tipo de documento conocido.")
    return NameSays(kind_codes=tuple(codes), number=int(match.group(1)),
                    year=int(match.group(2)))


def _acta_by_date(stem: str) -> NameSays:
    parts = None
    if match := _ISO_DATE.search(stem):
        year, month, day = (int(g) for g in match.groups())
        parts = (year, month, day)
    elif match := _DMY_DATE.search(stem):
        day, month, year = (int(g) for g in match.groups())
        parts = (year, month, day)
    if parts is None:
        return NameSays(reason="Acta sin libro y folio ni fecha de sesión en el nombre "
                               "(Libro 3 folio 45, Acta 2024-03-15).")
    try:
        return NameSays(session_date=dt.date(*parts))
    except ValueError:
        return NameSays(reason="La fecha del nombre no existe en el calendario.")


# ----------------------------------------------------------------------------------------------
# The preview


@dataclass(frozen=True)
class ScanItem:
    """One file of the folder and what would be done with it."""

    path: str  # relative to the folder
    size: int
    sha256: str
    status: str  # MATCHED | ALREADY | AMBIGUOUS | ORPHAN
    target: str = ""  # "instrument" | "minutes"
    target_id: int | None = None
    target_label: str = ""
    reason: str = ""  # an ambiguity's candidates, an orphan's reason

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass(frozen=True)
class ScanPreview:
    folder: str
    items: tuple[ScanItem, ...]

    def count(self, status: str) -> int:
        return sum(1 for i in self.items if i.status == status)

    def summary_text(self) -> str:
        counts = [(MATCHED, "por adjuntar", "por adjuntar"),
                  (ALREADY, "ya adjunto", "ya adjuntos"),
                  (AMBIGUOUS, "ambiguo (no se adjunta)", "ambiguos (no se adjuntan)"),
                  (ORPHAN, "sin documento (no se adjunta)", "sin documento (no se adjuntan)")]
        return (f"{plural(len(self.items), 'archivo', 'archivos')}: " + ", ".join(
            plural(self.count(s), one, many) for s, one, many in counts) + ".")


def scan_files(folder: Path) -> list[Path]:
    """Every file under the folder (its subfolders too), in name order; no hidden files."""
    if not folder.is_dir():
        raise DomainError(f"No existe la carpeta {folder}.")
    return sorted((p for p in folder.rglob("*") if p.is_file()
                   and not any(part.startswith(".") for part in p.relative_to(folder).parts)
                   and p.name.lower() not in SKIPPED_NAMES),
                  key=lambda p: str(p.relative_to(folder)).lower())


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


Progress = Callable[[int, int], bool]


def preview_scans(session: Session, folder: Path, progress: Progress | None = None
                  ) -> ScanPreview:
    """Match every file of the folder to a document or an acta; writes nothing."""
    files = scan_files(folder)
    kinds = kind_names(session)
    items = []
    for done, path in enumerate(files, start=1):
        items.append(_item(session, folder, path, kinds))
        if progress is not None and progress(done, len(files)) is False:
            raise DomainError("Revisión detenida: no se adjuntó nada.")
    return ScanPreview(str(folder), tuple(items))


def _item(session: Session, folder: Path, path: Path, kinds: list[KindName]) -> ScanItem:
    rel, size = str(path.relative_to(folder)), path.stat().st_size
    if not is_attachable_name(path.name):
        return ScanItem(rel, size, "", ORPHAN, reason="No es un PDF ni una imagen (PNG, JPG "
                                                      "o TIFF).")
    if too_big := size_error(path.name, size):
        return ScanItem(rel, size, "", ORPHAN, reason=too_big)
    digest = file_digest(path)
    says = name_says(path.name, kinds)
    if says.reason:
        return ScanItem(rel, size, digest, ORPHAN, reason=says.reason)
    target, found = ("minutes", _actas(session, says)) if says.kind_codes == () else (
        "instrument", _documents(session, says))
    if not found:
        return ScanItem(rel, size, digest, ORPHAN, target, reason=_not_found(says, kinds))
    if len(found) > 1:
        return ScanItem(rel, size, digest, AMBIGUOUS, target,
                        reason="Puede ser: " + "; ".join(label for _id, label in found) + ".")
    target_id, label = found[0]
    attached = has_scan(session, target_id, digest) if target == "instrument" else \
        _minutes_has_scan(session, target_id, digest)
    return ScanItem(rel, size, digest, ALREADY if attached else MATCHED, target, target_id,
                    label)


def _documents(session: Session, says: NameSays) -> list[tuple[int, str]]:
    return [(r.id, r.number_text or "") for r in session.execute(
        select(Instrument.id, Instrument.number_text)
        .where(Instrument.kind_code.in_(says.kind_codes), Instrument.year == says.year,
               Instrument.number == says.number, Instrument.state != DRAFT)
        .order_by(Instrument.kind_code))]


def _actas(session: Session, says: NameSays) -> list[tuple[int, str]]:
    query = (select(Minutes, CouncilSession, MinutesBook.number)
             .join(CouncilSession, Minutes.session_id == CouncilSession.id)
             .outerjoin(MinutesBook, Minutes.book_id == MinutesBook.id))
    if says.book is not None:
        query = query.where(MinutesBook.number == says.book, Minutes.first_folio <= says.folio,
                            Minutes.last_folio >= says.folio)
    else:
        query = query.where(CouncilSession.session_date == says.session_date)
    return [(m.id, acta_label(s, m, book)) for m, s, book in session.execute(
        query.order_by(CouncilSession.start_time, Minutes.id))]


def acta_label(s: CouncilSession, m: Minutes, book: int | None) -> str:
    where = (f", libro {book}, folios {folios_text(m.first_folio, m.last_folio)}"
             if book is not None and m.first_folio else "")
    return f"Acta de la {session_title(s)} del {short_date(s.session_date)}{where}"


def _not_found(says: NameSays, kinds: list[KindName]) -> str:
    if says.book is not None:
        return f"Ninguna acta registrada ocupa el folio {says.folio} del libro {says.book}."
    if says.session_date is not None:
        return f"No hay acta de una sesión del {short_date(says.session_date)}."
    number = f"N° {says.number:03d}-{says.year}"
    if len(says.kind_codes) == 1:
        title = next((k.title for k in kinds if k.code == says.kind_codes[0]), "")
        return f"Ningún documento registrado: {title} {number}."
    shorts = ", ".join(k.short for k in kinds if k.code in says.kind_codes)
    return f"Ningún documento registrado con el {number} ({shorts})."


def minutes_scan(session: Session, actor: Actor, minutes_id: int) -> tuple[str, bytes] | None:
    """(file name, bytes) of an acta's scanned original, the last attached; None without one."""
    require(actor, Permission.VIEW, session)
    row = session.scalars(select(MinutesAttachment)
                          .where(MinutesAttachment.minutes_id == minutes_id)
                          .order_by(MinutesAttachment.id.desc()).limit(1)).first()
    return (row.file_name, row.content) if row is not None else None


def _minutes_has_scan(session: Session, minutes_id: int, sha256: str) -> bool:
    return session.scalar(select(MinutesAttachment.id).where(
        MinutesAttachment.minutes_id == minutes_id,
        MinutesAttachment.sha256 == sha256)) is not None


# ----------------------------------------------------------------------------------------------
# Attaching


@dataclass(frozen=True)
class ScanResult:
    attached: int
    already: int
    ambiguous: int
    orphans: int

    def text(self) -> str:
        left = self.ambiguous + self.orphans
        return (f"Archivos escaneados adjuntados: {self.attached}"
                + (f"; ya estaban adjuntos: {self.already}" if self.already else "")
                + (f"; sin adjuntar: {left} ({plural(self.ambiguous, 'ambiguo', 'ambiguos')}, "
                   f"{self.orphans} sin documento): renómbrelos y vuelva a intentarlo"
                   if left else "") + ".")


@writes
def attach_scans(session: Session, actor: Actor, folder: Path,
                 progress: Progress | None = None) -> ScanResult:
    """Attach every file the preview matches, in one unit of work (matched again under the
    write lock); files already attached to their document are skipped, ambiguous and orphan
    files are left out. Each file is audited with its SHA-256."""
    require(actor, Permission.IMPORT_REGISTERS, session)
    preview = preview_scans(session, folder)
    matched = [i for i in preview.items if i.status == MATCHED]
    attached = 0
    for done, item in enumerate(matched, start=1):
        new = NewAttachment(Path(item.path).name, (folder / item.path).read_bytes())
        if item.target == "instrument":
            added = add_scan(session, actor, item.target_id, new)
        else:
            added = add_minutes_scan(session, actor, item.target_id, new)
        if added:
            attached += 1
            record(session, actor, "attach", item.target, item.target_id, {
                "archivo": [None, item.path], "sha256": [None, sha256_of(new.content)]})
        if progress is not None and progress(done, len(matched)) is False:
            raise DomainError("Detenido: no se adjuntó nada.")
    result = ScanResult(attached, preview.count(ALREADY) + len(matched) - attached,
                        preview.count(AMBIGUOUS), preview.count(ORPHAN))
    record(session, actor, "attach", "scanned_archive", "", {
        "carpeta": [None, str(folder)], "adjuntados": [None, result.attached],
        "ya adjuntos": [None, result.already], "ambiguos": [None, result.ambiguous],
        "sin documento": [None, result.orphans]})
    return result


def add_minutes_scan(session: Session, actor: Actor, minutes_id: int,
                     item: NewAttachment) -> bool:
    columns = scan_columns(session, actor, item)
    if _minutes_has_scan(session, minutes_id, columns["sha256"]):
        return False
    session.add(MinutesAttachment(minutes_id=minutes_id, **columns))
    session.flush()
    return True
