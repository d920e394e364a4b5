"""The Excel template of the organisation (Configuración › Importar organización… › Descargar
plantilla; `pisac-desktop template organization --to ARCHIVO`): three sheets to fill in and
import — Unidades orgánicas, Cargos y titulares (with their periods), Concejo (the term and its
members) — each with a title, what to write, comments on its headers and lists to choose from.
It comes filled with what the program already has, so the office corrects and completes it."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from sqlalchemy.orm import Session

from pisac_desktop.core.institution import POSTS
from pisac_desktop.core.institution_settings import load_settings
from pisac_desktop.council.members import term_on
from pisac_desktop.council.terms import term_form, terms
from pisac_desktop.db.models.council import ROLE_MAYOR
from pisac_desktop.spanish.dates import parse_short_date

SHEET_UNITS = "Unidades orgánicas"
SHEET_HOLDERS = "Cargos y titulares"
SHEET_COUNCIL = "Concejo"
SHEET_LISTS = "Listas"
HEADER_ROW = 4  # units and holders: title, instructions, a blank row, the headers
COUNCIL_HEADER_ROW = 8  # the council: the term's three lines above its members' headers
ROWS = 200  # rows prepared (validations, formats) under the headers
YES, NO = "Sí", "No"


@dataclass(frozen=True)
class Header:
    title: str
    comment: str
    width: int


UNIT_HEADERS = (
    Header("Unidad orgánica", "El nombre completo de la unidad, como figura en el ROF (p. ej. "
                              "Oficina de Asesoría Jurídica). Si ya existe con ese nombre, se "
                              "actualizan sus siglas y si está activa.", 58),
    Header("Siglas", "Las siglas de la unidad (p. ej. OAJ). Sirven también para reconocer una "
                     "unidad a la que se le cambió el nombre.", 12),
    Header("Activa", "Sí: se ofrece en los formularios. No: desactivada (ya no existe, pero se "
                     "conserva en los documentos antiguos). Vacío: Sí.", 10),
)
HOLDER_HEADERS = (
    Header("Cargo", "Elija el cargo de la lista. En femenino (Alcaldesa, Secretaria General, "
                    "Jefa de...) se imprime así en los documentos.", 44),
    Header("Título", "Abreviatura que precede al nombre: Abog., Ing., Lic., CPC, Prof., Sr., "
                     "Sra. Puede quedar vacío.", 10),
    Header("Nombres y apellidos", "Como se imprimen al pie de los documentos que firma.", 34),
    Header("DNI", "8 dígitos (escríbalo como texto para no perder los ceros iniciales).", 11),
    Header("Desde", "Fecha en que asumió el cargo (dd/mm/aaaa).", 12),
    Header("Hasta", "Fecha en que dejó el cargo (dd/mm/aaaa). Vacío: lo sigue ejerciendo. Dos "
                    "personas no pueden tener el mismo cargo en las mismas fechas: cierre el "
                    "periodo anterior.", 12),
    Header("Documento de designación", "La resolución que lo designó, p. ej. RA N° 001-2023-"
                                       "MDP/A, o «Credencial del JNE» para el alcalde.", 34),
)
MEMBER_HEADERS = (
    Header("Cargo", "Alcalde o Alcaldesa (uno por período) y Regidor o Regidora.", 12),
    Header("Título", "Abreviatura que precede al nombre (Abog., Ing., Prof.). Puede quedar "
                     "vacío.", 10),
    Header("Nombres y apellidos", "Como figuran en la credencial del JNE.", 34),
    Header("DNI", "8 dígitos. Identifica al miembro: una fila con el DNI de un miembro ya "
                  "registrado lo actualiza.", 11),
    Header("Organización política", "La lista por la que fue elegido.", 30),
    Header("Desde", "Solo si ingresó durante el período (un accesitario): la fecha "
                    "(dd/mm/aaaa). Vacío: desde el inicio.", 12),
    Header("Hasta", "Solo si dejó el cargo durante el período (vacancia, renuncia): la fecha "
                    "(dd/mm/aaaa). Vacío: hasta el fin.", 12),
)
TERM_LINES = (("Año de inicio del período", "El año en que empezó el período (p. ej. 2023)."),
              ("Año de término del período", "Normalmente cuatro años después (p. ej. 2026)."),
              ("Número de regidores", "Los regidores elegidos (5 en los distritos de menos de "
                                      "25 000 electores)."))
MEMBER_ROLES = {"Alcalde": (ROLE_MAYOR, False), "Alcaldesa": (ROLE_MAYOR, True),
                "Regidor": ("councillor", False), "Regidora": ("councillor", True)}
INSTRUCTIONS = {
    SHEET_UNITS: "Una fila por unidad orgánica. Las que ya están en Pisac Desktop se reconocen "
                 "por el nombre (o por las siglas, si cambió el nombre) y se actualizan; las "
                 "demás se agregan. Las que no figuren aquí se conservan como están.",
    SHEET_HOLDERS: "Una fila por persona y periodo en cada cargo que firma documentos. Se "
                   "reconoce por cargo, DNI y fecha de inicio: la misma fila actualiza, una "
                   "nueva se agrega. Incluya al titular anterior con su fecha «Hasta».",
    SHEET_COUNCIL: "El período municipal y sus miembros: el alcalde y los regidores. Si el "
                   "período ya existe (mismo año de inicio) se actualiza: sus miembros se "
                   "reconocen por el DNI.",
}


def post_labels() -> dict[str, tuple[str, bool | None]]:
    """{label: (post code, feminine)} of every post, masculine and feminine; feminine is None
    for a post said alike of a man and a woman (Gerente Municipal): it does not say."""
    labels: dict[str, tuple[str, bool | None]] = {}
    for code, post in POSTS.items():
        if post.label == post.feminine_label:
            labels[post.label] = (code, None)
            continue
        labels.setdefault(post.label, (code, False))
        labels.setdefault(post.feminine_label, (code, True))
    return labels


def _holder_label(code: str, feminine: bool) -> str:
    post = POSTS[code]
    return post.feminine_label if feminine else post.label


def _date(text: str) -> dt.date | None:
    return parse_short_date(text) if text.strip() else None


def _current_data(session: Session, today: dt.date):
    settings = load_settings(session)
    units = [(u.name, u.abbreviation, YES if u.active else NO) for u in settings.org_units]
    holders = [(_holder_label(h.post, h.feminine), h.title, h.full_name, h.dni, _date(h.start),
                _date(h.end), h.designation) for h in settings.officeholders if h.post in POSTS]
    term = term_on(session, today) or next(iter(terms(session)), None)
    council: tuple[tuple, list[tuple]] = ((None, None, 5), [])
    if term is not None:
        form = term_form(session, term.id)
        council = ((form.start_year, form.end_year, form.councillor_seats), [
            (next(k for k, v in MEMBER_ROLES.items() if v == (m.role, m.feminine)), m.title,
             m.full_name, m.dni, m.political_party, _date(m.since), _date(m.until))
            for m in form.members])
    return units, holders, council


def template_bytes(session: Session, today: dt.date) -> bytes:
    """The template, filled with the organisation the program has now."""
    units, holders, council = _current_data(session, today)
    return build_template(units, holders, council)


def empty_template() -> bytes:
    return build_template([], [], ((None, None, 5), []))


def build_template(units: list[tuple], holders: list[tuple],
                   council: tuple[tuple, list[tuple]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    lists = book.active
    lists.title = SHEET_LISTS
    labels = list(post_labels())
    for number, label in enumerate(labels, start=1):
        lists.cell(number, 1, label)
    lists.sheet_state = "hidden"
    sheet = book.create_sheet(SHEET_UNITS, 0)
    _sheet(sheet, SHEET_UNITS, UNIT_HEADERS, HEADER_ROW, units)
    _choices(sheet, '"Sí,No"', "C", HEADER_ROW)
    sheet = book.create_sheet(SHEET_HOLDERS, 1)
    _sheet(sheet, SHEET_HOLDERS, HOLDER_HEADERS, HEADER_ROW, holders)
    _choices(sheet, f"'{SHEET_LISTS}'!$A$1:$A${len(labels)}", "A", HEADER_ROW)
    _people_columns(sheet, "D", ("E", "F"), HEADER_ROW)
    sheet = book.create_sheet(SHEET_COUNCIL, 2)
    (start, end, seats), members = council
    _sheet(sheet, SHEET_COUNCIL, MEMBER_HEADERS, COUNCIL_HEADER_ROW, members)
    _term_lines(sheet, (start, end, seats))
    _choices(sheet, '"' + ",".join(MEMBER_ROLES) + '"', "A", COUNCIL_HEADER_ROW)
    _people_columns(sheet, "D", ("F", "G"), COUNCIL_HEADER_ROW)
    book.active = 0
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet(sheet, title: str, headers: tuple[Header, ...], header_row: int,
           rows: list[tuple]) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet["A1"] = title
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = INSTRUCTIONS[title]
    sheet["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(headers))
    sheet.row_dimensions[2].height = 48
    fill = PatternFill("solid", fgColor="DDE7F0")
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(header_row, column, header.title)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.comment = Comment(header.comment, "Pisac Desktop", width=260, height=110)
        sheet.column_dimensions[get_column_letter(column)].width = header.width
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    for number, values in enumerate(rows, start=header_row + 1):
        for column, value in enumerate(values, start=1):
            sheet.cell(number, column, value)


def _choices(sheet, formula: str, column: str, header_row: int) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    check = DataValidation(type="list", formula1=formula, allow_blank=True,
                           showErrorMessage=True, errorTitle="Valor no válido",
                           error="Elija un valor de la lista.")
    sheet.add_data_validation(check)
    check.add(f"{column}{header_row + 1}:{column}{header_row + ROWS}")


def _people_columns(sheet, dni: str, dates: tuple[str, str], header_row: int) -> None:
    """DNI as text of 8 characters; dates as dates (dd/mm/aaaa)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    first, last = header_row + 1, header_row + ROWS
    eight = DataValidation(type="textLength", operator="equal", formula1="8",
                           allow_blank=True, showErrorMessage=True, errorTitle="DNI",
                           error="El DNI tiene 8 dígitos.")
    sheet.add_data_validation(eight)
    eight.add(f"{dni}{first}:{dni}{last}")
    day = DataValidation(type="date", operator="between", formula1="DATE(1990,1,1)",
                         formula2="DATE(2100,12,31)", allow_blank=True, showErrorMessage=True,
                         errorTitle="Fecha", error="Escriba una fecha (dd/mm/aaaa).")
    sheet.add_data_validation(day)
    for column in dates:
        day.add(f"{column}{first}:{column}{last}")
    for number in range(first, last + 1):
        sheet[f"{dni}{number}"].number_format = "@"
        for column in dates:
            sheet[f"{column}{number}"].number_format = "dd/mm/yyyy"


def _term_lines(sheet, values: tuple) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    for offset, ((label, comment), value) in enumerate(zip(TERM_LINES, values, strict=True)):
        row = 4 + offset
        cell = sheet.cell(row, 1, label)
        cell.font = Font(bold=True)
        cell.comment = Comment(comment, "Pisac Desktop", width=220, height=70)
        sheet.cell(row, 3, value)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    years = DataValidation(type="whole", operator="between", formula1="1990", formula2="2100",
                           allow_blank=True, showErrorMessage=True, error="Un año: 2023.")
    seats = DataValidation(type="whole", operator="between", formula1="1", formula2="15",
                           allow_blank=True, showErrorMessage=True, error="De 1 a 15.")
    sheet.add_data_validation(years)
    sheet.add_data_validation(seats)
    years.add("C4:C5")
    seats.add("C6")
