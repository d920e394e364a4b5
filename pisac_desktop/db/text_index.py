"""Text indexes: finding a word inside long texts without reading every row.

A searchable table keeps a folded text column (lower case, no accents: `fold` below). Its index
answers "which rows contain this piece of text", as `LIKE '%pieza%'` would, on both engines and
with the same results:

- SQLite: an FTS5 table with the trigram tokenizer over the column (external content: the index
  holds no second copy of the text), kept in step by triggers in the same transaction as the
  write. A word of 3 or more characters is a phrase of trigrams: the rows containing it.
- PostgreSQL: a GIN index with `pg_trgm`'s `gin_trgm_ops` on the column; the planner uses it for
  `LIKE '%pieza%'`. `pg_trgm` is a trusted extension (PostgreSQL 13+) of the server's contrib
  package (in the Windows installer; Debian's `postgresql` has it): the database's owner may
  create it, as `db prepare-server` migrates (tests/db/test_server_roles.py). Where it cannot
  be created the search still works, by reading every row, and `ensure` (every upgrade)
  creates the index once the extension can be.

Words shorter than 3 characters cannot use a trigram index: they filter the rows the other words
found (or every row, when all the words are that short).

Alembic batch migrations on SQLite rebuild a table and its triggers vanish with it; the upgrade
calls `ensure` afterwards, which puts back what is missing and rebuilds the index then.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, literal_column, select, table, text
from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)

TRIGRAM = 3  # the shortest piece of text an index can look up
DRIVE_SAMPLE = 20_000  # newest_first: fewer rows than this are read and tested one by one


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
    #
    # Two ways to ask, because which is fast depends on how many rows contain the words:
    # - driven by the index (`narrow`): the index gives the rows containing the words, then
    #   they are filtered, counted or sorted. Fast when the words are rare; a word found in
    #   nearly every row makes every one of them be read (and, on PostgreSQL, re-checked).
    # - walking an order (`walk`): rows are read in the list's order (an index on the sort
    #   column) and each is kept if it contains the words, until the page is full. Fast when
    #   the words are frequent; a rare word makes it read the whole table.
    # The caller counts first, with a cap (`capped_count`), and walks only when the count
    # reached the cap. A list in the key's order, newest first (the audit trail), has a third
    # way on SQLite that is fast either way: `newest_first`.

    def fts_table(self):
        """SQLite: the FTS5 table as a selectable (its rowid is the key)."""
        return table(self.fts, literal_column("rowid"), literal_column(self.fts))

    @staticmethod
    def phrase(words: list[str]) -> str | None:
        """SQLite: the MATCH expression for the indexed words (each a phrase of trigrams)."""
        indexed = [w for w in words if len(w) >= TRIGRAM]
        return " ".join('"' + w.replace('"', '""') + '"' for w in indexed) or None

    @staticmethod
    def likes(text_column: ColumnElement, words: list[str]) -> list[ColumnElement]:
        """`LIKE '%word%'` for each word (the engine's own matching, same semantics)."""
        out = []
        for word in words:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            out.append(text_column.like(f"%{escaped}%", escape="\\"))
        return out

    def narrow(self, query: Select, dialect: str, key: ColumnElement,
               text_column: ColumnElement, words: list[str]) -> Select:
        """The query restricted to rows containing every word, the index driving."""
        phrase = self.phrase(words) if dialect == "sqlite" else None
        if phrase is None:  # PostgreSQL (the planner uses the GIN index), or only short words
            return query.where(*self.likes(text_column, words))
        fts = self.fts_table()
        return (query.join(fts, fts.c.rowid == key)
                .where(fts.c[self.fts].op("MATCH")(phrase))
                .where(*self.likes(text_column, [w for w in words if len(w) < TRIGRAM])))

    def walk(self, query: Select, dialect: str, key: ColumnElement,
             text_column: ColumnElement, words: list[str]) -> Select:
        """The query (already ordered, without limit or offset) restricted to rows containing
        every word, read in its order; the caller adds limit and offset."""
        phrase = self.phrase(words) if dialect == "sqlite" else None
        if dialect == "sqlite":
            # `key + 0`: SQLite may not drive by the key, so it walks the ORDER BY's index and
            # looks each row up in the matching set (built once).
            conditions = self.likes(text_column, [w for w in words if len(w) < TRIGRAM])
            if phrase is not None:
                fts = self.fts_table()
                conditions.append((key + 0).in_(
                    select(fts.c.rowid).where(fts.c[self.fts].op("MATCH")(phrase))))
            return query.where(*conditions)
        # PostgreSQL: a MATERIALIZED CTE is read lazily, in its order, as the outer query asks;
        # the text is tested outside it, so the trigram index cannot be chosen.
        ordered = query.add_columns(text_column.label("_texto")).cte("ordenados") \
            .prefix_with("MATERIALIZED")
        names = [c.name for c in query.selected_columns]
        return select(*(ordered.c[n] for n in names)).where(*self.likes(ordered.c._texto, words))

    def newest_first(self, session_or_conn, query: Select, key: ColumnElement,
                     text_column: ColumnElement, words: list[str],
                     below: int | None = None) -> Select:
        """SQLite, for lists ordered by the key, newest first (the audit trail): the query
        (filtered, unordered, without limit or offset) restricted to rows containing every
        word, ordered by the key descending; the caller adds limit and offset, or counts.
        `below`: only keys below it (the next page of a keyset), told to the index too.

        Of the two ways to read, the one bounded by what it reads:
        - the other filters leave fewer than DRIVE_SAMPLE rows (a user, a day, an action
          seldom used): those rows are read, newest first, and each tested with LIKE;
        - otherwise the index gives the rows containing the words in descending key order
          (FTS5 reads its lists backwards, lazily), each looked up and tested against the other
          filters, until the page is full. A frequent word fills a page after a few hundred
          rows; a rare word's list is short.
        The slow case left is two large sets that hardly meet (a frequent word that one busy
        user never wrote): it reads the word's whole list."""
        phrase = self.phrase(words)
        if below is not None:
            query = query.where(key < below)
        short = self.likes(text_column, [w for w in words if len(w) < TRIGRAM])
        if phrase is None or self.capped_count(
                session_or_conn, query.with_only_columns(key), DRIVE_SAMPLE) < DRIVE_SAMPLE:
            return query.where(*self.likes(text_column, words)).order_by(key.desc())
        fts = self.fts_table()
        return (query.join(fts, fts.c.rowid == key)
                .where(fts.c[self.fts].op("MATCH")(phrase), *short)
                .where(*([] if below is None else [fts.c.rowid < below]))
                .order_by(fts.c.rowid.desc()))

    def newest_count(self, session_or_conn, query: Select, key: ColumnElement,
                     text_column: ColumnElement, words: list[str], cap: int) -> int | None:
        """PostgreSQL, for lists ordered by the key, newest first (the audit trail): among the
        DRIVE_SAMPLE newest rows of `query` (filtered, unordered), those containing every word,
        counted up to cap + 1 — when that reaches past the cap (a frequent word: the list
        says "más de"), else None and the caller counts through the index. Counting through
        the trigram index alone reads every row that holds a frequent word (a bitmap of all of
        them, each re-checked); this reads at most the sample, in the key's order."""
        newest = query.add_columns(text_column.label("_texto")).order_by(key.desc()) \
            .limit(DRIVE_SAMPLE).subquery()
        found = self.capped_count(session_or_conn, select(newest.c[key.name]).where(
            *self.likes(newest.c._texto, words)), cap)
        return found if found > cap else None

    @staticmethod
    def capped_count(session_or_conn, query: Select, cap: int) -> int:
        """Rows of `query` (any columns), counted up to cap + 1."""
        limited = query.limit(cap + 1).subquery()
        return session_or_conn.scalar(select(func.count()).select_from(limited)) or 0

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


def index_problems(conn: Connection) -> list[str]:
    """SQLite: the FTS5 tables that do not match their rows (FTS5's own integrity-check against
    the content table: an index edited by hand could hide rows from searches). [] when sound;
    PostgreSQL maintains its indexes itself."""
    if conn.dialect.name != "sqlite":
        return []
    have = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
    wrong = []
    for index in INDEXES:
        if index.fts not in have:
            continue
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(f"INSERT INTO {index.fts}({index.fts}, rank) "
                                     "VALUES ('integrity-check', 1)")
        except Exception:  # noqa: BLE001 - SQLITE_CORRUPT_VTAB: the answer is "it differs"
            wrong.append(index.fts)
    return wrong


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
AUDIT_TEXT = TextIndex("audit_entry", "id", "search_text")
CASE_TEXT = TextIndex("case_file", "id", "search_text")
INDEXES: tuple[TextIndex, ...] = (INSTRUMENT_TEXT, AUDIT_TEXT, CASE_TEXT)


def ensure_all(conn: Connection) -> list[str]:
    created: list[str] = []
    tables = _tables(conn)
    for index in INDEXES:
        if index.table in tables and index.column in _columns(conn, index.table):
            created += index.ensure(conn)
    return created


def _columns(conn: Connection, table_name: str) -> set[str]:
    from sqlalchemy import inspect

    return {c["name"] for c in inspect(conn).get_columns(table_name)}


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
