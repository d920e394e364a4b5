"""Text indexes: finding a word inside long texts without reading every row.

A searchable table keeps a folded text column (lower case, no accents: `fold` below). Its index
answers "which rows contain this piece of text", as `LIKE '%pieza%'` would, on both engines and
with the same results:

- SQLite: an FTS5 table with the trigram tokenizer over the column (external content: the index
  holds no second copy of the text), kept in step by triggers in the same transaction as the
  write. A word of 3 or more characters is a phrase of trigrams: the rows containing it.
- PostgreSQL: a GIN index with `pg_trgm`'s `gin_trgm_ops` on the column; the planner uses it for
  `LIKE '%pieza%'`. `pg_trgm` is a trusted extension (PostgreSQL 13+): the database's owner may
  create it. Where it cannot be created the search still works, by reading every row, and
  `ensure` creates the index when the extension appears (`db prepare-server` creates it).

Words shorter than 3 characters cannot use a trigram index: they filter the rows the other words
found (or every row, when all the words are that short).

Alembic batch migrations on SQLite rebuild a table and its triggers vanish with it; the upgrade
calls `ensure` afterwards, which puts back what is missing and rebuilds the index then.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass

from sqlalchemy import ColumnElement, literal_column, select, table, text
from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)

TRIGRAM = 3  # the shortest piece of text an index can look up


def fold(value: str) -> str:
    """Lower case without accents: 'Resolución' and 'RESOLUCION' both give 'resolucion'.
    What is stored and what is looked for are folded by this one function."""
    if value.isascii():
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words_of(query: str) -> list[str]:
    """The folded words of what the user typed, each once, in order."""
    seen: list[str] = []
    for word in fold(query).split():
        if word not in seen:
            seen.append(word)
    return seen


@dataclass(frozen=True)
class TextIndex:
    """One table's folded text column and its index."""

    table: str
    key: str  # its integer primary key (the FTS5 rowid)
    column: str  # the folded text

    @property
    def fts(self) -> str:
        """SQLite's FTS5 table (and the prefix of its shadow tables and triggers)."""
        return f"{self.table}_texto"

    @property
    def gin(self) -> str:
        """PostgreSQL's trigram index."""
        return f"ix_{self.table}_{self.column}_trgm"

    # ------------------------------------------------------------------ SQLite's definitions

    def sqlite_triggers(self) -> dict[str, str]:
        fts, t, k, c = self.fts, self.table, self.key, self.column
        return {
            f"{fts}_ai": (f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {t} BEGIN "
                          f"INSERT INTO {fts}(rowid, {c}) VALUES (new.{k}, new.{c}); END"),
            f"{fts}_ad": (f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {t} BEGIN "
                          f"INSERT INTO {fts}({fts}, rowid, {c}) VALUES ('delete', old.{k}, "
                          f"old.{c}); END"),
            f"{fts}_au": (f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF {c}, {k} ON {t} "
                          f"BEGIN INSERT INTO {fts}({fts}, rowid, {c}) VALUES ('delete', old.{k}, "
                          f"old.{c}); INSERT INTO {fts}(rowid, {c}) VALUES (new.{k}, new.{c}); "
                          "END"),
        }

    def sqlite_table(self) -> str:
        return (f"CREATE VIRTUAL TABLE IF NOT EXISTS {self.fts} USING fts5({self.column}, "
                f"content='{self.table}', content_rowid='{self.key}', tokenize='trigram')")

    def sqlite_objects(self) -> set[str]:
        """Every name the index adds to sqlite_master (the FTS5 table, its shadow tables and
        the triggers): not the application's tables, never copied or compared as such."""
        shadows = {f"{self.fts}_{s}" for s in ("data", "idx", "docsize", "config", "content")}
        return {self.fts, *shadows, *self.sqlite_triggers()}

    # ------------------------------------------------------------------ the query

    def contains_all(self, dialect: str, key_column: ColumnElement, text_column: ColumnElement,
                     words: list[str]) -> list[ColumnElement]:
        """WHERE conditions: the row's text contains every word (as a piece of text)."""
        conditions: list[ColumnElement] = []
        indexed = [w for w in words if len(w) >= TRIGRAM]
        if indexed and dialect == "sqlite":
            phrase = " ".join('"' + w.replace('"', '""') + '"' for w in indexed)
            fts = table(self.fts, literal_column("rowid"))
            conditions.append(key_column.in_(
                select(literal_column("rowid")).select_from(fts)
                .where(literal_column(self.fts).op("MATCH")(phrase))))
            words = [w for w in words if len(w) < TRIGRAM]
        for word in words:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conditions.append(text_column.like(f"%{escaped}%", escape="\\"))
        return conditions

    # ------------------------------------------------------------------ creating, repairing

    def missing(self, conn: Connection) -> list[str]:
        """What of the index is not there (names), on this connection's engine."""
        dialect = conn.dialect.name
        if dialect == "sqlite":
            have = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
            return [n for n in (self.fts, *self.sqlite_triggers()) if n not in have]
        if dialect == "postgresql":
            exists = conn.execute(text("SELECT to_regclass(:n)"), {"n": self.gin}).scalar()
            return [] if exists else [self.gin]
        return []

    def ensure(self, conn: Connection) -> list[str]:
        """Create what is missing (inside the caller's transaction); returns what it created.
        On PostgreSQL without pg_trgm (not installed, or not allowed) nothing is created and
        searching reads every row; a warning goes to the log."""
        missing = self.missing(conn)
        if not missing:
            return []
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(self.sqlite_table())
            for statement in self.sqlite_triggers().values():
                conn.exec_driver_sql(statement)
            # Triggers were missing: rows may have changed without the index. Rebuilt whole.
            conn.exec_driver_sql(f"INSERT INTO {self.fts}({self.fts}) VALUES ('rebuild')")
            return missing
        if not postgres_trigram(conn):
            log.warning("pg_trgm is not available: searching %s.%s reads every row",
                        self.table, self.column)
            return []
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {self.gin} ON {self.table} "
                             f"USING gin ({self.column} gin_trgm_ops)")
        return missing


def postgres_trigram(conn: Connection) -> bool:
    """pg_trgm is in the database, created now if the role may (in a savepoint, so that a
    refusal leaves the caller's transaction usable)."""
    if conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).scalar():
        return True
    available = conn.execute(text(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).scalar()
    if not available:
        return False
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception as exc:  # noqa: BLE001 - a refusal (no privilege) is an answer
        log.warning("pg_trgm could not be created: %s", exc)
        return False
    return True


INSTRUMENT_TEXT = TextIndex("instrument", "id", "search_text")
INDEXES: tuple[TextIndex, ...] = (INSTRUMENT_TEXT,)


def ensure_all(conn: Connection) -> list[str]:
    created: list[str] = []
    tables = _tables(conn)
    for index in INDEXES:
        if index.table in tables:
            created += index.ensure(conn)
    return created


def _tables(conn: Connection) -> set[str]:
    from sqlalchemy import inspect

    return set(inspect(conn).get_table_names())


def index_objects() -> set[str]:
    """Every name of every index's objects, on either engine (for copies and comparisons)."""
    names: set[str] = set()
    for index in INDEXES:
        names |= index.sqlite_objects() | {index.gin}
    return names


def not_a_text_index(name: str | None, type_: str, _parent_names: dict) -> bool:
    """For Alembic's include_name: comparisons and autogenerate leave the indexes' own tables,
    triggers and indexes alone (they are not in the models: this module makes them)."""
    return type_ not in ("table", "index") or name not in index_objects()
