"""Anchors of the audit trail outside the database: what a forger with the file cannot rewrite.

The hash chain (core/audit.py) catches an edit made behind the application's back, unless the
forger recomputes every hash and the head marker. An anchor is a head (entry number and hash)
kept somewhere else; since each hash covers the whole history before it, an older head must
still be in the live chain: entry N must have the same hash. Anchors come from

- every backup: the copy holds the whole chain as it was (its app_meta 'audit_head' and last
  entry), so a forger must also rewrite every copy, including those on a USB stick;
- the anchors file (anclas-auditoria.txt) in the backups folder: one line per copy made and per
  restore, kept after old copies are pruned;
- the printed Constancia de integridad del registro, typed back in (core/integrity.py).

check_anchors() compares the live chain with every head found and names the first entry where
the history diverges (exactly, by bisection, when a copy holds the older chain).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from collections.abc import Iterable
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.compressed_backups import CompressedCopyError, plain_copy, read_summary
from pisac_desktop.db.backup import (
    BACKUP_SUFFIX,
    COMPRESSED_SUFFIX,
    SERVER_BACKUP_SUFFIX,
    connect_read_only,
    is_compressed,
    parse_backup_name,
)
from pisac_desktop.db.models import AuditEntry

log = logging.getLogger(__name__)

ANCHORS_FILE = "anclas-auditoria.txt"
EVENT_BACKUP = "copia"
EVENT_RESTORE = "restauración"
_HEADER = ("# Anclas del registro de auditoría de Pisac Desktop: una línea por copia de "
           "seguridad y por restauración.\n# fecha\tevento\tentrada\thuella SHA-256\tRUC\tarchivo\n")
_HASH = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Head:
    entry: int  # number of the last entry (0: an empty trail)
    hash: str  # its SHA-256, 64 hex digits ('' for an empty trail)

    @property
    def grouped(self) -> str:
        return group_hash(self.hash)


def group_hash(value: str, size: int = 4) -> str:
    """'3f2a 9b0c …': the hash in groups of four, to read aloud and type back."""
    return " ".join(value[i:i + size] for i in range(0, len(value), size))


@dataclass(frozen=True)
class Anchor:
    head: Head
    source: str  # Spanish: where it was found
    when: dt.datetime | None = None  # local time it was taken
    path: Path | None = None  # a copy holding the whole chain up to head, when there is one
    event: str = EVENT_BACKUP


# --- heads -----------------------------------------------------------------------------------
def live_head(session: Session) -> Head:
    row = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    return Head(row.id, row.hash) if row else Head(0, "")


def live_hash(session: Session, entry: int) -> str | None:
    return session.scalar(select(AuditEntry.hash).where(AuditEntry.id == entry))


def file_head(path: Path) -> Head | None:
    """The head a copy holds: its last entry (checked against its app_meta 'audit_head').
    None when the file has no audit trail (an older schema) or cannot be read. A server's copy
    (.pgdump): the head its summary (sidecar) recorded in the dump's own snapshot."""
    if Path(path).name.endswith(SERVER_BACKUP_SUFFIX):
        sidecar = _sidecar(path)
        return Head(sidecar.facts.head_entry, sidecar.facts.head_hash) if sidecar else None
    if is_compressed(path):  # its summary, read from the copy before compressing it
        summary = read_summary(Path(path))
        return Head(summary.head_entry, summary.head_hash) if summary else None
    try:
        with closing(connect_read_only(path)) as conn:
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "audit_entry" not in tables:
                return None
            row = conn.execute("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1"
                               ).fetchone()
    except sqlite3.Error:
        log.warning("Cannot read the audit head of %s", path)
        return None
    return Head(row[0], row[1]) if row else Head(0, "")


def file_hash(conn: sqlite3.Connection, entry: int) -> str | None:
    row = conn.execute("SELECT hash FROM audit_entry WHERE id = ?", (entry,)).fetchone()
    return row[0] if row else None


def file_ruc(path: Path) -> tuple[str, str] | None:
    """(RUC, name) of the institution a database file belongs to; None when it has none."""
    if Path(path).name.endswith(SERVER_BACKUP_SUFFIX):
        sidecar = _sidecar(path)
        return (sidecar.facts.ruc, sidecar.facts.institution) if sidecar else None
    if is_compressed(path):
        summary = read_summary(Path(path))
        return (summary.ruc, summary.institution) if summary else None
    try:
        with closing(connect_read_only(path)) as conn:
            row = conn.execute("SELECT ruc, name FROM institution ORDER BY id LIMIT 1"
                               ).fetchone()
    except sqlite3.Error:
        return None
    return (row[0] or "", row[1] or "") if row else None


def _sidecar(path: Path):
    from pisac_desktop.db.pg_backup import read_sidecar

    return read_sidecar(Path(path))


# --- the anchors file ------------------------------------------------------------------------
def note_anchor(folder: Path, head: Head, when: dt.datetime, backup: Path | None,
                ruc: str = "", event: str = EVENT_BACKUP) -> bool:
    """Append one line to folder/anclas-auditoria.txt; False (logged) when it cannot be written:
    the copy itself still holds its head."""
    line = "\t".join((f"{when:%Y-%m-%d %H:%M:%S}", event, str(head.entry), head.hash,
                      _clean(ruc), _clean(str(backup) if backup else ""))) + "\n"
    path = Path(folder) / ANCHORS_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        new = not path.exists()
        with open(path, "a", encoding="utf-8", newline="\n") as f:
            if new:
                f.write(_HEADER)
            f.write(line)
    except OSError as exc:
        log.warning("Cannot write the audit anchor to %s: %s", path, exc)
        return False
    return True


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def read_anchors_file(path: Path) -> list[Anchor]:
    """Every well-formed line; a damaged line is skipped (and logged), never fatal."""
    anchors = []
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        log.warning("Cannot read the anchors file %s: %s", path, exc)
        return []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        try:
            when = dt.datetime.strptime(parts[0], "%Y-%m-%d %H:%M:%S")
            entry, value = int(parts[2]), parts[3].strip().lower()
            if entry < 0 or not (_HASH.match(value) or (entry == 0 and not value)):
                raise ValueError(value)
        except (IndexError, ValueError):
            log.warning("Skipping line %d of %s: %r", number, path, line[:200])
            continue
        event = parts[1] if parts[1] in (EVENT_BACKUP, EVENT_RESTORE) else EVENT_BACKUP
        what = "restauración" if event == EVENT_RESTORE else "copia"
        anchors.append(Anchor(Head(entry, value), f"{Path(path).name}, línea {number} "
                              f"({what} del {when:%d/%m/%Y %H:%M})", when, None, event))
    return anchors


def anchors_in(folder: Path) -> list[Anchor]:
    """The anchors file of a folder and every copy in it (a backups folder, a USB stick)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = read_anchors_file(folder / ANCHORS_FILE) if (folder / ANCHORS_FILE).is_file() \
        else []
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.name.endswith(
                (BACKUP_SUFFIX, COMPRESSED_SUFFIX, SERVER_BACKUP_SUFFIX)):
            anchor = copy_anchor(path)
            if anchor is not None:
                found.append(anchor)
    return found


def copy_anchor(path: Path) -> Anchor | None:
    head = file_head(path)
    if head is None:
        return None
    parsed = parse_backup_name(path.name)
    when = parsed.created if parsed else dt.datetime.fromtimestamp(path.stat().st_mtime)
    # A server's copy cannot be read like a database file: no bisection against it. A
    # compressed one is, decompressed (only when a divergence is found).
    whole = None if path.name.endswith(SERVER_BACKUP_SUFFIX) else path
    return Anchor(head, f"copia {path.name} ({when:%d/%m/%Y %H:%M})", when, whole)


def anchors_from(target: Path) -> list[Anchor]:
    """--against: a copy (.sqlite3), an anchors file, or a folder holding either."""
    target = Path(target)
    if target.is_dir():
        return anchors_in(target)
    if target.name.endswith((BACKUP_SUFFIX, COMPRESSED_SUFFIX, SERVER_BACKUP_SUFFIX)) \
            or _is_sqlite(target):
        anchor = copy_anchor(target)
        return [anchor] if anchor else []
    return read_anchors_file(target)


def _is_sqlite(path: Path) -> bool:
    from pisac_desktop.db.backup import has_sqlite_header

    return has_sqlite_header(path)


# --- comparing ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class AnchorReport:
    ok: bool
    checked: int  # anchors compared with the live chain
    message: str  # Spanish, one paragraph
    first_divergent: int | None = None  # exact entry, when a copy allowed to find it
    divergent_range: tuple[int, int] | None = None  # (from, to) when only heads were known
    superseded: int = 0  # anchors of history a restore replaced (not a fault)
    details: tuple[str, ...] = ()  # one Spanish line per anchor that does not fit


def check_anchors(session: Session, anchors: Iterable[Anchor]) -> AnchorReport:
    """Is every anchor's head a prefix of the live chain? Names where the history diverges."""
    anchors = list(anchors)
    restores = [a for a in anchors if a.event == EVENT_RESTORE and a.when is not None]
    agreeing: list[Anchor] = []
    diverging: list[Anchor] = []
    superseded = 0
    for anchor in anchors:
        if anchor.event == EVENT_BACKUP and _replaced_by_restore(anchor, restores):
            superseded += 1
            continue
        if anchor.head.entry == 0 or live_hash(session, anchor.head.entry) == anchor.head.hash:
            agreeing.append(anchor)
        else:
            diverging.append(anchor)
    checked = len(agreeing) + len(diverging)
    note = (f" ({superseded} de historia reemplazada por una restauración)"
            if superseded else "")
    if not diverging:
        if not checked:
            return AnchorReport(True, 0, "Anclas externas: no se encontró ninguna copia ni "
                                         f"ancla con qué comparar{note}.", superseded=superseded)
        return AnchorReport(True, checked, f"Anclas externas: el registro coincide con las "
                                           f"{checked} anclas encontradas{note}.",
                            superseded=superseded)
    lower = max((a.head.entry for a in agreeing), default=0)
    exact = [_first_difference(session, a, lower) for a in diverging if a.path is not None]
    exact = [n for n in exact if n is not None]
    upper = min(a.head.entry for a in diverging)
    details = tuple(_detail(session, a) for a in sorted(diverging, key=lambda a: a.head.entry))
    live = live_head(session)
    if exact:
        first = min(exact)
        where = f"la historia diverge desde la entrada N° {first}"
        rng = None
    else:
        first = None
        where = (f"la historia diverge en la entrada N° {upper}" if lower + 1 == upper else
                 f"la historia diverge entre la entrada N° {lower + 1} y la N° {upper}")
        rng = (lower + 1, upper)
    message = (f"El registro de auditoría fue reescrito: no coincide con {len(diverging)} de "
               f"{checked} anclas externas; {where} (el registro tiene hoy {live.entry} "
               f"entradas){note}.")
    return AnchorReport(False, checked, message, first, rng, superseded, details)


def _replaced_by_restore(anchor: Anchor, restores: list[Anchor]) -> bool:
    """A copy taken before a restore, of history after the restored copy's head: that history
    was replaced by the restore, as the anchors file says."""
    return anchor.when is not None and any(
        r.when >= anchor.when and anchor.head.entry > r.head.entry for r in restores)


def _detail(session: Session, anchor: Anchor) -> str:
    live = live_hash(session, anchor.head.entry)
    now = ("ya no existe" if live is None else
           f"hoy tiene la huella {live[:8]}… en lugar de {anchor.head.hash[:8]}…")
    return f"{anchor.source}: la entrada N° {anchor.head.entry} {now}."


def _first_difference(session: Session, anchor: Anchor, lower: int) -> int | None:
    """Bisect between the last agreeing entry and the anchor's head: with a hash chain, the
    entries agree up to some k and differ from k + 1 on."""
    try:
        with plain_copy(anchor.path) as plain, closing(connect_read_only(plain)) as conn:
            lo, hi = lower, anchor.head.entry  # entry lo agrees (0: before the first); hi differs
            while hi - lo > 1:
                mid = (lo + hi) // 2
                theirs = file_hash(conn, mid)
                if theirs is not None and theirs == live_hash(session, mid):
                    lo = mid
                else:
                    hi = mid
            return hi
    except (sqlite3.Error, OSError, CompressedCopyError):
        log.warning("Cannot bisect against %s", anchor.path)
        return None


def entry_difference(session: Session, copy: Path, entry: int) -> str:
    """What entry N says in a copy and in the live chain (Spanish, for the report)."""
    from pisac_desktop.core.audit import ACTION_LABELS

    def describe(row) -> str:
        if row is None:
            return "no existe"
        at, user, action, entity, entity_id = row
        label = ACTION_LABELS.get(action, action)
        return f"{at[:19].replace('T', ' ')} UTC, {label} ({entity} {entity_id}) por {user}"

    table = AuditEntry.__table__
    columns = (table.c.at, table.c.username, table.c.action, table.c.entity, table.c.entity_id)
    live = session.execute(select(*columns).where(table.c.id == entry)).first()
    theirs = None
    with suppress(sqlite3.Error, OSError, CompressedCopyError), plain_copy(copy) as plain, \
            closing(connect_read_only(plain)) as conn:
        theirs = conn.execute("SELECT at, username, action, entity, entity_id FROM audit_entry "
                              "WHERE id = ?", (entry,)).fetchone()
    return (f"Entrada N° {entry} en la copia: {describe(theirs)}; en la base de datos: "
            f"{describe(tuple(live) if live else None)}.")


# --- recording ---------------------------------------------------------------------------------
def note_copy(backups: Path, copy: Path, when: dt.datetime,
              event: str = EVENT_BACKUP) -> Head | None:
    """After a copy is made (or restored): its head into the app's anchors file and, for a copy
    elsewhere (a USB stick), into that folder's anchors file too. Never raises."""
    try:
        head = file_head(copy)
        if head is None:
            return None
        institution = file_ruc(copy)
        ruc = institution[0] if institution else ""
        note_anchor(backups, head, when, copy, ruc, event)
        if event == EVENT_BACKUP and Path(copy).parent.resolve() != Path(backups).resolve():
            note_anchor(Path(copy).parent, head, when, copy, ruc, event)
        return head
    except OSError as exc:  # an anchor must never cost the copy itself
        log.warning("Cannot note the anchor of %s: %s", copy, exc)
        return None

