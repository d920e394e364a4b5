"""The data dictionary describes every table and column of the models (a table added later
must add its descriptions), and the CSV format keeps every value exactly."""

import datetime as dt
import decimal

import pytest
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
)

from pisac_desktop.db import dictionary
from pisac_desktop.db.base import Base
from pisac_desktop.db.table_csv import (
    BOM,
    CsvFormatError,
    decode,
    encode,
    kind_of,
    parse,
    read_rows,
    write_rows,
)


def test_every_table_and_column_has_a_spanish_description():
    import pisac_desktop.db.models  # noqa: F401 (registers every table)

    assert dictionary.missing_descriptions(Base.metadata) == []


def test_the_dictionary_names_only_what_exists():
    import pisac_desktop.db.models  # noqa: F401

    stale = [f"{t}.{c}" for t, (_d, cols) in dictionary.TABLES.items()
             for c in cols if t not in Base.metadata.tables or c not in Base.metadata.tables[t].c]
    assert stale == []


def test_a_new_table_without_descriptions_is_caught():
    metadata = MetaData()
    Table("nueva_tabla", metadata, Column("id", Integer, primary_key=True))
    Table("org_unit", metadata, Column("id", Integer, primary_key=True),
          Column("color", String(10)))
    assert dictionary.missing_descriptions(metadata) == ["nueva_tabla", "org_unit.color"]


def test_every_column_type_of_the_models_has_a_csv_format():
    import pisac_desktop.db.models  # noqa: F401

    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            kind_of(column)  # raises TypeError for a type without format


SAMPLE = MetaData()
TRICKY = Table(
    "muestra", SAMPLE,
    Column("id", BigInteger, primary_key=True),
    Column("texto", Text, nullable=True),
    Column("corto", String(20), nullable=True),
    Column("activo", Boolean, nullable=True),
    Column("fecha", Date, nullable=True),
    Column("momento", DateTime(timezone=True), nullable=True),
    Column("contenido", LargeBinary, nullable=True),
    Column("monto", Numeric(12, 2), nullable=True),
    Column("cantidad", Integer, nullable=True),
)
ROWS = [
    {"id": 2**62 + 7, "texto": 'Dijo: "sí", luego, coma\r\nsegunda línea\nñandú «»',
     "corto": "", "activo": True, "fecha": dt.date(2026, 2, 28),
     "momento": dt.datetime(2026, 11, 21, 15, 0, 0, 123456, tzinfo=dt.UTC),
     "contenido": bytes(range(256)), "monto": decimal.Decimal("1250.50"), "cantidad": 0},
    {"id": 3, "texto": None, "corto": None, "activo": False, "fecha": None,
     "momento": dt.datetime(2026, 1, 1, 0, 0), "contenido": b"", "monto": None,
     "cantidad": -5},
    {"id": 4, "texto": "", "corto": '""', "activo": None, "fecha": None, "momento": None,
     "contenido": None, "monto": decimal.Decimal("0"), "cantidad": None},
]


def test_values_survive_the_csv_exactly(tmp_path):
    path = tmp_path / "muestra.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(BOM)
        assert write_rows(handle, TRICKY, ROWS) == 3
    back = list(read_rows(path, TRICKY))
    assert back == ROWS
    # NULL and the empty text differ in the file itself
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith('"id","texto"')
    assert '4,"",""""""' in text  # empty text quoted; a text of two quotes doubled


def test_null_is_an_unquoted_empty_field():
    assert list(parse('1,,"",x\r\n')) == [["1", None, "", "x"]]
    assert encode("text", None) == "" and encode("text", "") == '""'
    assert decode("boolean", "true") is True and decode("boolean", None) is None


def test_a_damaged_file_is_refused_in_spanish(tmp_path):
    path = tmp_path / "muestra.csv"
    path.write_text('"id","texto"\r\n1,"abierto\r\n', encoding="utf-8")
    with pytest.raises(CsvFormatError, match="columnas"):
        list(read_rows(path, TRICKY))
    path.write_text(",".join(f'"{c.name}"' for c in TRICKY.columns) + "\r\nx" + "," * 8 + "\r\n",
                    encoding="utf-8")
    with pytest.raises(CsvFormatError, match="registro 2"):
        list(read_rows(path, TRICKY))
