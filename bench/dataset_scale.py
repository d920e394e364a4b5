"""A busier office over the same ten years: the dataset's documents and audit trail multiplied.

Issue 15 asks the program to stay fast at ten times today's data (what the trámite and requests
work will bring). `ensure_scaled(base, 10)` copies the cached ten-year data folder and adds nine
more copies of every numbered document (with its units, links, publications, certifications and
receipts) and of the whole audit trail:

- a copy's documents continue each kind's numbering in its year (a register of 1.000 resoluciones
  de alcaldía a year becomes one of 10.000), with the number text and the searchable text
  rewritten the way issuing writes them, on the same dates as the originals;
- the audit entries are appended after the originals with a valid hash chain (each re-hashed
  with the app's own `entry_hash`, the head row moved), their searchable text derived by the
  app's own `search_text_of`: `pisac-desktop check` finds the chain and the texts sound;
- the council's sessions are not multiplied: a council meets about 28 times a year however busy
  the office is.

The text indexes are kept by the database's own triggers while the rows go in. Built once per
dataset key and factor under bench/.cache/ (datos-<clave>-x<factor>).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from types import SimpleNamespace

from pisac_desktop.core.audit import HEAD_KEY, _canonical, entry_hash
from pisac_desktop.core.audit_text import search_text_of
from pisac_desktop.core.content_seal import HASH_FIELD, content_hash
from pisac_desktop.db.backup import sqlite_copy
from pisac_desktop.db.text_index import fold
from pisac_desktop.paths import DataPaths

# Tables that belong to a document (copied with it), and their columns naming a document.
DOCUMENT_CHILDREN = {
    "instrument_unit": ("instrument_id",),
    "instrument_link": ("from_id", "to_id"),
    "certification": ("instrument_id",),
    "publication": ("instrument_id",),
    "distribution_receipt": ("instrument_id",),
}
INSTRUMENT_REFERENCES = ("annulled_by_instrument_id",)  # a document naming another document
BATCH = 5000


def scaled_folder(base: Path, factor: int) -> Path:
    return base.with_name(f"{base.name}-x{factor}")


def ensure_scaled(base: Path, factor: int, rebuild: bool = False, verbose: bool = True) -> Path:
    """The data folder `base` with `factor` times its documents and audit trail (cached)."""
    if factor == 1:
        return base
    folder = scaled_folder(base, factor)
    if folder.is_dir() and not rebuild:
        return folder
    building = base.with_name(f"construyendo-x{factor}-{os.getpid()}")
    shutil.rmtree(building, ignore_errors=True)
    if verbose:
        print(f"Multiplicando por {factor} los documentos y la auditoría en {folder} ...",
              flush=True)
    started = time.perf_counter()
    copy_data_folder(base, building)
    counts = multiply(DataPaths(building).database, factor)
    if verbose:
        print(f"  {counts['instrument']} documentos, {counts['audit_entry']} entradas de "
              f"auditoría: {time.perf_counter() - started:.1f} s", flush=True)
    shutil.rmtree(folder, ignore_errors=True)
    os.replace(building, folder)
    return folder


def copy_data_folder(source: Path, target: Path) -> None:
    """The settings and the database (a consistent copy); not the backups, logs or locks."""
    src, dst = DataPaths(source), DataPaths(target)
    dst.ensure()
    for item in source.iterdir():
        if item.is_file() and item.suffix in (".json", ".ini", ".toml"):
            shutil.copy2(item, target / item.name)
    sqlite_copy(src.database, dst.database)


def multiply(database: Path, factor: int) -> dict[str, int]:
    """Append factor-1 copies of the documents and of the audit trail; returns the new counts."""
    with closing(sqlite3.connect(database)) as con:
        con.row_factory = sqlite3.Row
        with con:
            span, sealed = _multiply_documents(con, factor)
            _multiply_audit(con, factor, span, sealed)
        con.execute("ANALYZE")  # the planner's statistics were taken at a tenth of the rows
        con.commit()
        return {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("instrument", "audit_entry")}


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [row["name"] for row in con.execute(f"PRAGMA table_info({table})")]


def _insert(con: sqlite3.Connection, table: str, columns: list[str], rows: list[tuple]) -> None:
    marks = ", ".join("?" * len(columns))
    con.executemany(f"INSERT INTO {table} ({_names(columns)}) VALUES ({marks})", rows)


def _resealed(changes: str, seal: tuple[str, str] | None) -> str:
    """An issue (or seal) entry of a copied document names the copy's number and seals the
    copy's content, as issuing it would have (content_seal.py); other entries are unchanged."""
    if seal is None or not changes:
        return changes
    values = json.loads(changes)
    if HASH_FIELD not in values:
        return changes
    number_text, digest = seal
    if "número" in values:
        values["número"] = [values["número"][0], number_text]
    values[HASH_FIELD] = [values[HASH_FIELD][0], digest]
    return _canonical(values)


def _names(columns: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)  # quoted: "references" is an SQL keyword


def _multiply_documents(con: sqlite3.Connection, factor: int) -> tuple[int, dict[int, tuple]]:
    """Copy k's document n gets the id n + k * span. Returns span and, for each numbered copy,
    what its issue entry seals: (number text, content hash)."""
    span = con.execute("SELECT max(id) FROM instrument").fetchone()[0] or 0
    initials = con.execute("SELECT initials FROM institution LIMIT 1").fetchone()[0]
    formats = {row["code"]: (row["title"], row["number_format"])
               for row in con.execute("SELECT code, title, number_format FROM instrument_kind")}
    top = {(row[0], row[1]): row[2] for row in con.execute(
        "SELECT kind_code, year, max(number) FROM instrument WHERE number IS NOT NULL "
        "GROUP BY kind_code, year")}
    columns = _columns(con, "instrument")
    originals = [dict(row) for row in con.execute("SELECT * FROM instrument ORDER BY id")]
    sealed: dict[int, tuple[str, str]] = {}
    for k in range(1, factor):
        rows = []
        for doc in originals:
            copy = dict(doc, id=doc["id"] + k * span)
            for name in INSTRUMENT_REFERENCES:
                if copy[name] is not None:
                    copy[name] += k * span
            if doc["number"] is not None:
                number = doc["number"] + k * top[(doc["kind_code"], doc["year"])]
                title, number_format = formats[doc["kind_code"]]
                text = number_format.format(titulo=title, numero=number, anio=doc["year"],
                                            siglas=initials)
                copy["number"], copy["number_text"] = number, text
                copy["search_text"] = doc["search_text"].replace(
                    fold(doc["number_text"]), fold(text), 1)
                sealed[copy["id"]] = (text, content_hash(SimpleNamespace(**copy)))
            rows.append(tuple(copy[c] for c in columns))
        _insert(con, "instrument", columns, rows)
        for table, references in DOCUMENT_CHILDREN.items():
            child_columns = [c for c in _columns(con, table) if c != "id"]
            children = con.execute(
                f"SELECT {_names(child_columns)} FROM {table} WHERE "
                f"{references[0]} <= ?", (span,)).fetchall()
            shifted = [tuple(value + k * span if name in references else value
                             for name, value in zip(child_columns, row, strict=True))
                       for row in children]
            _insert(con, table, child_columns, shifted)
    con.execute("UPDATE number_sequence SET last_number = coalesce((SELECT max(number) FROM "
                "instrument i WHERE i.kind_code = number_sequence.kind_code AND i.year = "
                "number_sequence.year), last_number)")
    return span, sealed


def _multiply_audit(con: sqlite3.Connection, factor: int, span: int,
                    sealed: dict[int, tuple[str, str]]) -> None:
    columns = _columns(con, "audit_entry")
    originals = [dict(row) for row in con.execute("SELECT * FROM audit_entry ORDER BY id")]
    if not originals:
        return
    last_id, last_hash = originals[-1]["id"], originals[-1]["hash"]
    for k in range(1, factor):
        rows = []
        for entry in originals:
            copy = dict(entry, id=last_id + 1, prev_hash=last_hash)
            if entry["entity"] == "instrument" and str(entry["entity_id"]).isdigit():
                copy["entity_id"] = str(int(entry["entity_id"]) + k * span)
                copy["changes"] = _resealed(entry["changes"], sealed.get(int(copy["entity_id"])))
            copy["search_text"] = search_text_of(copy["username"], copy["workstation"],
                                                 copy["entity_id"], copy["changes"])
            copy["hash"] = entry_hash(SimpleNamespace(**copy))
            last_id, last_hash = copy["id"], copy["hash"]
            rows.append(tuple(copy[c] for c in columns))
            if len(rows) >= BATCH:
                _insert(con, "audit_entry", columns, rows)
                rows = []
        _insert(con, "audit_entry", columns, rows)
    con.execute("UPDATE app_meta SET value = ? WHERE key = ?", (f"{last_id}:{last_hash}",
                                                                HEAD_KEY))
