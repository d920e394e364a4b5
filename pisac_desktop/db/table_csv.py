"""A table as CSV and back, with the exact values: what `export --all` writes and
`import --all` reads (moving_in/export_all.py, moving_in/import_all.py).

The format, said in the export's LEEME.txt too:
- UTF-8 with a byte order mark (Excel then reads the accents), comma separated, lines ending in
  CRLF, a header row with the column names.
- NULL is an empty field WITHOUT quotes; an empty text is two quotes (""). Every text is quoted,
  so the difference survives. (PostgreSQL's COPY ... CSV reads the same convention.)
- Booleans are true / false; integers as digits; dates AAAA-MM-DD; moments
  AAAA-MM-DDTHH:MM:SS[.ffffff][+hh:mm] (ISO 8601); bytes in base64 (RFC 4648, no line breaks;
  no bytes at all: "").

The types come from the SQLAlchemy column (the models' metadata), so a table added later is
written and read the same way without any change here. Python 3.11's csv module cannot tell a
quoted empty field from an unquoted one when reading, hence the small reader below (a regular
expression over the whole text: fast enough for hundreds of thousands of rows).
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Table, types

BOM = "\ufeff"
NEWLINE = "\r\n"
TRUE, FALSE = "true", "false"


class CsvFormatError(ValueError):
    """A file that does not hold what its table needs; the message is in Spanish."""


def kind_of(column: Column) -> str:
    """The family of a column's type: text, integer, boolean, date, datetime, time, bytes,
    decimal, float or json. Raises TypeError for a type this format does not know."""
    t = column.type
    if isinstance(t, types.Boolean):
        return "boolean"
    if isinstance(t, types.Integer):  # Integer, BigInteger, SmallInteger
        return "integer"
    if isinstance(t, types.DateTime):
        return "datetime"
    if isinstance(t, types.Date):
        return "date"
    if isinstance(t, types.Time):
        return "time"
    if isinstance(t, types._Binary):  # LargeBinary, BLOB, bytea
        return "bytes"
    if isinstance(t, types.Float):
        return "float"
    if isinstance(t, types.Numeric):
        return "decimal"
    if isinstance(t, types.JSON):
        return "json"
    if isinstance(t, types.String):  # String, Text, Unicode, Enum
        return "text"
    raise TypeError(f"{column.table.name}.{column.name}: tipo {t!r} sin formato CSV")


KIND_LABELS = {  # for the data dictionary
    "text": "texto", "integer": "número entero", "boolean": "sí/no (true/false)",
    "date": "fecha (AAAA-MM-DD)", "datetime": "fecha y hora (AAAA-MM-DDTHH:MM:SS)",
    "time": "hora (HH:MM:SS)", "bytes": "archivo o imagen (base64)",
    "decimal": "número decimal", "float": "número decimal", "json": "JSON",
}


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def encode(kind: str, value: Any) -> str:
    """One value as its CSV field (quoted when it is text)."""
    if value is None:
        return ""
    if kind == "text":
        return _quoted(str(value))
    if kind == "boolean":
        return TRUE if value else FALSE
    if kind == "integer":
        return str(int(value))
    if kind in ("date", "datetime", "time"):
        return value.isoformat()
    if kind == "bytes":  # an empty file is "" (an unquoted empty field would be NULL)
        return base64.b64encode(bytes(value)).decode("ascii") or '""'
    if kind in ("decimal", "float"):
        return repr(value) if kind == "float" else str(value)
    if kind == "json":
        return _quoted(json.dumps(value, ensure_ascii=False, sort_keys=True))
    raise TypeError(kind)


def decode(kind: str, field: str | None) -> Any:
    """A field read back (None for an unquoted empty field) as the column's Python value."""
    if field is None:
        return None
    if kind == "text":
        return field
    if kind == "boolean":
        lowered = field.strip().lower()
        if lowered in (TRUE, "1", "t"):
            return True
        if lowered in (FALSE, "0", "f"):
            return False
        raise ValueError(f"«{field}» no es true ni false")
    if kind == "integer":
        return int(field)
    if kind == "date":
        return dt.date.fromisoformat(field)
    if kind == "datetime":
        return dt.datetime.fromisoformat(field)
    if kind == "time":
        return dt.time.fromisoformat(field)
    if kind == "bytes":
        return base64.b64decode(field, validate=True)
    if kind == "decimal":
        return decimal.Decimal(field)
    if kind == "float":
        return float(field)
    if kind == "json":
        return json.loads(field)
    raise TypeError(kind)


def line_of(fields: Iterable[str]) -> str:
    return ",".join(fields) + NEWLINE


def header(table: Table) -> str:
    return line_of(_quoted(c.name) for c in table.columns)


def write_rows(handle, table: Table, rows: Iterable) -> int:
    """Write the rows (mappings or tuples in the table's column order) to an open text file,
    header first; returns how many rows were written."""
    kinds = [kind_of(c) for c in table.columns]
    names = [c.name for c in table.columns]
    handle.write(header(table))
    count = 0
    for row in rows:
        values = [row[n] for n in names] if hasattr(row, "keys") else list(row)
        handle.write(line_of(encode(k, v) for k, v in zip(kinds, values, strict=True)))
        count += 1
    return count


# A field: quoted ("" inside for a quote) or bare; then a comma, a line end or the end.
_FIELD = re.compile(r'(?:"((?:[^"]|"")*)"|([^,"\r\n]*))(,|\r\n|\n|\r|$)', re.DOTALL)


def parse(text: str) -> Iterator[list[str | None]]:
    """The records of a CSV text: each field a str, or None when it was empty and unquoted."""
    if text.startswith(BOM):
        text = text[1:]
    position, end = 0, len(text)
    record: list[str | None] = []
    while position < end:
        match = _FIELD.match(text, position)
        if match is None or (match.end() == position and position < end):
            line = text.count("\n", 0, position) + 1
            raise CsvFormatError(f"el texto no es CSV válido cerca de la línea {line}")
        quoted, bare, after = match.groups()
        if quoted is not None:
            record.append(quoted.replace('""', '"'))
        else:
            record.append(bare if bare else None)
        position = match.end()
        if after != ",":
            yield record
            record = []
        elif position == end:  # "a," at the very end: its last field is empty
            record.append(None)
    if record:
        yield record


def read_rows(path: Path, table: Table) -> Iterator[dict[str, Any]]:
    """The rows of `path` as {column: value} with the table's types. The header must name
    exactly the table's columns (in any order). Raises CsvFormatError in Spanish."""
    with open(path, encoding="utf-8", newline="") as handle:  # newline="": keep \r\n in texts
        records = parse(handle.read())
    head = next(records, None)
    if head is None:
        raise CsvFormatError(f"{path.name} está vacío: le falta la fila de encabezados")
    names = [h or "" for h in head]
    wanted = [c.name for c in table.columns]
    if sorted(names) != sorted(wanted):
        extra, missing = sorted(set(names) - set(wanted)), sorted(set(wanted) - set(names))
        raise CsvFormatError(
            f"las columnas de {path.name} no son las de la tabla {table.name}"
            + (f" (sobran {', '.join(extra)})" if extra else "")
            + (f" (faltan {', '.join(missing)})" if missing else ""))
    kinds = [kind_of(table.c[n]) for n in names]
    for number, record in enumerate(records, start=2):
        if len(record) != len(names):
            raise CsvFormatError(f"{path.name}, registro {number}: tiene {len(record)} campos "
                                 f"y la tabla {len(names)}")
        try:
            yield {n: decode(k, f) for n, k, f in zip(names, kinds, record, strict=True)}
        except (ValueError, decimal.InvalidOperation) as exc:
            raise CsvFormatError(f"{path.name}, registro {number}: {exc}") from None
