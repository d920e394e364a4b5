"""The data dictionary: a Spanish description of every table and every column, for the export of
everything (export_all.py: diccionario-de-datos.csv and the workbook's first sheet), so that a
successor system or an auditor can read the exported CSV files without this program.

A table or a column added to the models needs its description here (office.py for the core,
the documents and the council; cases.py for the trámite, the requests and the Gerencia): the test
tests/unit/test_data_dictionary.py fails while one is missing. COMMON holds the columns that
mean the same in every table they appear in (id, created_by...); a table may still say more
about one of them in its own entry, which wins.

Words used for the moments (the columns of type fecha y hora): «UTC» is universal time, five
hours ahead of Lima (a row registered at 10:00 in Pisac says 15:00); «hora de Lima» is the
office's wall-clock time, as printed on the cargo or typed by the person who recorded it.
"""

from __future__ import annotations

from pisac_desktop.db.dictionary.cases import CASES
from pisac_desktop.db.dictionary.office import OFFICE
from pisac_desktop.db.dictionary.words import USER, UTC

COMMON: dict[str, str] = {
    "id": "Identificador interno de la fila: un número que no se repite; otras tablas lo citan",
    "created_by": f"El {USER} que registró la fila",
    "created_at": f"Cuándo se registró la fila {UTC}",
    "recorded_by": f"El {USER} que anotó el hecho en el sistema",
    "recorded_at": f"Cuándo se anotó el hecho en el sistema {UTC}",
    "version": "Número de versión de la fila: sube en cada cambio, para que dos equipos que "
               "editan a la vez no se pisen (bloqueo optimista)",
    "search_text": "Texto de búsqueda derivado de las demás columnas (en minúsculas y sin "
                   "tildes); se vuelve a calcular y no es un dato en sí",
    "file_name": "Nombre del archivo tal como se cargó",
    "media_type": "Tipo de archivo (tipo MIME, p. ej. application/pdf, image/jpeg)",
    "size": "Tamaño del archivo en bytes",
    "sha256": "Huella SHA-256 del archivo (64 caracteres hexadecimales): comprueba que no cambió",
    "content": "El archivo mismo (en el CSV, en base64; también está en la carpeta archivos/)",
    "position": "Orden en que se muestra o se imprime dentro de su lista (0, 1, 2...)",
}

TABLES: dict[str, tuple[str, dict[str, str]]] = {**OFFICE, **CASES}


def table_description(table: str) -> str | None:
    entry = TABLES.get(table)
    return entry[0] if entry else None


def column_description(table: str, column: str) -> str | None:
    entry = TABLES.get(table)
    if entry is None:
        return None
    return entry[1].get(column) or COMMON.get(column)


def missing_descriptions(metadata) -> list[str]:
    """'table' or 'table.column' of what `metadata` has and this dictionary does not describe."""
    missing = []
    for table in metadata.sorted_tables:
        if table.name not in TABLES:
            missing.append(table.name)
            continue
        missing += [f"{table.name}.{c.name}" for c in table.columns
                    if not column_description(table.name, c.name)]
    return missing
