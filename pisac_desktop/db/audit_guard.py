"""The append-only triggers of audit_entry (created by migration 0002): are they all there, and
put back the missing ones (a restored copy, or a database whose triggers someone dropped)."""

from __future__ import annotations

import sqlite3

from sqlalchemy import text
from sqlalchemy.engine import Connection

APPEND_ONLY = "El registro de auditoría solo admite agregar entradas: no se modifica ni se borra."
SQLITE_TRIGGERS = {
    f"audit_entry_no_{event.lower()}": (
        f"CREATE TRIGGER IF NOT EXISTS audit_entry_no_{event.lower()} BEFORE {event} ON "
        f"audit_entry BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END")
    for event in ("UPDATE", "DELETE")
}
# PostgreSQL: one function refuses (SQLSTATE 23001, an IntegrityError as on SQLite); a row
# trigger for UPDATE and DELETE and a statement trigger for TRUNCATE call it (migration 0002).
POSTGRES_FUNCTION = (
    "CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger AS $$ BEGIN "
    f"RAISE EXCEPTION '{APPEND_ONLY}' USING ERRCODE = 'restrict_violation'; END $$ "
    "LANGUAGE plpgsql")
POSTGRES_TRIGGERS = {
    "audit_entry_append_only": (
        "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry "
        "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()"),
    "audit_entry_no_truncate": (
        "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()"),
}


def missing_triggers_in_file(conn: sqlite3.Connection) -> list[str]:
    """For a copy read with sqlite3: the append-only triggers it lacks ([] without a trail)."""
    names = {r[0]: r[1] for r in conn.execute(
        "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    if "audit_entry" not in names:
        return []
    return [name for name in SQLITE_TRIGGERS if names.get(name) != "trigger"]


def missing_triggers(conn: Connection) -> list[str]:
    dialect = conn.dialect.name
    if dialect == "sqlite":
        have = set(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entry'"
        )).scalars())
        return [name for name in SQLITE_TRIGGERS if name not in have]
    if dialect == "postgresql":
        have = set(conn.execute(text(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_entry'::regclass "
            "AND NOT tgisinternal AND tgenabled <> 'D'")).scalars())
        return [name for name in POSTGRES_TRIGGERS if name not in have]
    return []


def restore_triggers(conn: Connection) -> list[str]:
    """Create the missing triggers; returns the names it created."""
    missing = missing_triggers(conn)
    if not missing:
        return []
    if conn.dialect.name == "sqlite":
        for name in missing:
            conn.exec_driver_sql(SQLITE_TRIGGERS[name])
    else:
        conn.exec_driver_sql(POSTGRES_FUNCTION)
        for name in missing:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON audit_entry")  # disabled
            conn.exec_driver_sql(POSTGRES_TRIGGERS[name])
    return missing
