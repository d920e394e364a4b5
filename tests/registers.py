"""A register as offices keep it by hand, for the import's tests: five years of resoluciones de
alcaldía in Excel, with the usual defects (title rows, headers merged over two rows, dates as
Excel dates and as text in three ways, numbers written four ways, a repeated number, a missing
one, an annulled one), a CSV saved by Excel on Windows, and a folder of scanned PDFs."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

YEARS = (2021, 2022, 2023, 2024, 2025)
PER_YEAR = 64  # 320 rows
MISSING = (2024, 17)  # never written in the register: a gap, shown and not invented
REPEATED = (2023, 45)  # written twice (two different resolutions): blocking
ANNULLED = (2022, 30)
MARKET = (2023, 12)  # its summary is searched after the import
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")
SUBJECTS = (
    "Aprobar el expediente técnico de la obra «Mejoramiento de la trocha carrozable "
    "Pisac-Amaru»",
    "Designar al responsable de la Oficina de Trámite Documentario y Archivo Central",
    "Reconocer la deuda a favor del proveedor de combustible por el mes anterior",
    "Conformar la comisión de recepción de la obra del local comunal de Cuyo Grande",
    "Otorgar licencia sin goce de haber a servidora de la Oficina de Registro Civil",
    "Aprobar la directiva de caja chica del ejercicio",
    "Declarar improcedente el recurso de reconsideración interpuesto por un vecino",
    "Encargar la Gerencia Municipal durante las vacaciones del titular",
)
SIGNERS = {2021: "Edwin Quispe Huamán", 2022: "Edwin Quispe Huamán",
           2023: "Rosa Mamani Ccoa", 2024: "Rosa Mamani Ccoa", 2025: "Rosa Mamani Ccoa"}
MARKET_SUMMARY = ("Aprobar el reglamento de funcionamiento del Mercado de Abastos de Pisac y "
                  "el padrón de comerciantes")


def _date(year: int, number: int) -> dt.date:
    """The documents of a year spread from January to December, in order."""
    return dt.date(year, 1, 4) + dt.timedelta(days=(number - 1) * 5)


def _date_cell(year: int, number: int):
    """Four ways of writing the same date, as registers do."""
    day = _date(year, number)
    way = number % 4
    if way == 0:
        return dt.datetime(day.year, day.month, day.day)  # an Excel date
    if way == 1:
        return day.strftime("%d/%m/%Y")
    if way == 2:
        return day.strftime("%d-%m-%Y")
    return f"{day.day} de {MONTHS[day.month - 1]} de {day.year}"


def _number_cell(year: int, number: int):
    """Four ways of writing the number."""
    way = (number + year) % 4
    if way == 0:
        return number  # a number cell
    if way == 1:
        return f"{number:03d}"
    if way == 2:
        return f"{number:03d}-{year}-MDP/A"
    return f"RA N° {number:03d}-{year}"


def register_rows(repeated: bool = True, years: tuple[int, ...] = YEARS) -> list[tuple]:
    """(order, number cell, date cell, summary, signer, state) of every row, in order."""
    rows, order = [], 0
    for year in years:
        for number in range(1, PER_YEAR + 1):
            if (year, number) == MISSING:
                continue
            summary = MARKET_SUMMARY if (year, number) == MARKET else \
                f"{SUBJECTS[(number + year) % len(SUBJECTS)]} (expediente {year}-{number:04d})"
            state = "ANULADA" if (year, number) == ANNULLED else \
                ("Vigente" if number % 3 else "")
            order += 1
            rows.append((order, _number_cell(year, number), _date_cell(year, number), summary,
                         SIGNERS[year], state))
            if repeated and (year, number) == REPEATED:
                order += 1
                rows.append((order, f"{number:03d}-{year}-MDP/A", _date_cell(year, number + 1),
                             "Aprobar el cronograma de vacaciones del personal (repetida)",
                             SIGNERS[year], "Vigente"))
    return rows


def register_xlsx(repeated: bool = True, years: tuple[int, ...] = YEARS) -> bytes:
    """The workbook: two title rows merged across, a blank row, headers over two rows with
    merged cells (RESOLUCIÓN over Número and Fecha), then the rows."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Registro"
    sheet["A1"] = "MUNICIPALIDAD DISTRITAL DE PISAC"
    sheet.merge_cells("A1:F1")
    sheet["A2"] = f"REGISTRO DE RESOLUCIONES DE ALCALDÍA {years[0]} - {years[-1]}"
    sheet.merge_cells("A2:F2")
    sheet["A4"] = "N° de orden"
    sheet.merge_cells("A4:A5")
    sheet["B4"] = "RESOLUCIÓN"
    sheet.merge_cells("B4:C4")
    sheet["B5"], sheet["C5"] = "Número", "Fecha"
    for column, title in (("D", "SUMILLA / ASUNTO"), ("E", "FIRMANTE"), ("F", "ESTADO")):
        sheet[f"{column}4"] = title
        sheet.merge_cells(f"{column}4:{column}5")
    for row in register_rows(repeated, years):
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def register_size(repeated: bool = True) -> int:
    return len(register_rows(repeated))


ORDINANCES_CSV = [
    ("Nro.", "Fecha", "Asunto", "Visto", "Firmante"),
    ("001-2024-MDP/CM", "12/02/2024", "Ordenanza que regula el comercio ambulatorio en la plaza "
     "de armas y sus alrededores", "Informe N° 12-2024-GDE-MDP", "Rosa Mamani Ccoa"),
    ("002-2024-MDP/CM", "8 de abril de 2024", "Ordenanza que aprueba el régimen de protección "
     "de niños, niñas y adolescentes en las ferias", "Informe N° 40-2024-DEMUNA", ""),
    ("003-2024-MDP/CM", "20-06-2024", "Ordenanza que declara de interés local el Inti Raymi "
     "de Pisac y su feria artesanal", "", "Rosa Mamani Ccoa"),
]


def ordinances_csv() -> bytes:
    """Saved by Excel on Windows: ';' between fields and Windows-1252 (ñ, tildes)."""
    lines = [";".join(f'"{c}"' if ";" in c else c for c in row) for row in ORDINANCES_CSV]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def tiny_pdf(text: str) -> bytes:
    """A one-page PDF saying `text` (a different file for each text)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=1)
    page.drawString(72, 760, text)
    page.showPage()
    page.save()
    return out.getvalue()


def scan_folder(root: Path, names: list[str]) -> Path:
    """A folder of scans (a subfolder per year for those that say one)."""
    root.mkdir(parents=True, exist_ok=True)
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(tiny_pdf(name) if name.lower().endswith(".pdf") else b"notas")
    return root
