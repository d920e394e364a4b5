"""Configuración › Importar organización… and `pisac-desktop import organization ARCHIVO
[--dry-run]`: the organic units, the officeholders with their periods and the council (its term
and members) from the template (organization_template.py).

Read, then shown row by row with what will happen to it (nueva, se actualiza, sin cambios) and
each row's problems in Spanish, before anything is written. The rows are merged with what the
program has (a unit by its name or its siglas, a holder by post, DNI and start, a council
member by DNI) and checked by the very rules of the screens (validate_settings, check_term);
then written all or nothing through the same use cases (save_settings, save_term), which audit
their changes, plus one entry for the import with the file's SHA-256."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import post_label
from pisac_desktop.core.institution_settings import (
    InstitutionSettings,
    OfficeholderRow,
    OrgUnitRow,
    load_settings,
    save_settings,
    validate_settings,
)
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.tabular import (
    cell_text,
    find_header_row,
    header_columns,
    read_workbook_sheets,
    seen_cells,
)
from pisac_desktop.core.validators import dni_error
from pisac_desktop.council.terms import (
    MEMBERS,
    MemberRow,
    TermForm,
    check_term,
    save_term,
    term_form,
)
from pisac_desktop.db.models import Term
from pisac_desktop.db.text_index import fold
from pisac_desktop.db.write_lock import writes
from pisac_desktop.moving_in.organization_template import (
    MEMBER_ROLES,
    SHEET_COUNCIL,
    SHEET_HOLDERS,
    SHEET_UNITS,
    post_labels,
)
from pisac_desktop.spanish.dates import parse_written_date, short_date
from pisac_desktop.spanish.plural import plural

UNIT_FIELDS = {"name": ("unidad organica", "unidad", "nombre"),
               "abbreviation": ("siglas", "sigla", "abreviatura"),
               "active": ("activa", "activo", "vigente")}
PEOPLE = {"title": ("titulo",), "full_name": ("nombres y apellidos", "nombres", "nombre"),
          "dni": ("dni",)}
HOLDER_FIELDS = {"post": ("cargo",), **PEOPLE, "start": ("desde", "inicio"),
                 "end": ("hasta", "termino"), "designation": ("designacion", "documento")}
MEMBER_FIELDS = {"role": ("cargo", "rol"), **PEOPLE,
                 "political_party": ("organizacion politica", "organizacion", "partido"),
                 "since": ("desde",), "until": ("hasta",)}
REQUIRED = {SHEET_UNITS: ("name",), SHEET_HOLDERS: ("post", "full_name", "dni", "start"),
            SHEET_COUNCIL: ("role", "full_name", "dni")}
FIELDS = {SHEET_UNITS: UNIT_FIELDS, SHEET_HOLDERS: HOLDER_FIELDS, SHEET_COUNCIL: MEMBER_FIELDS}
LABELS = {"name": "Unidad orgánica", "abbreviation": "Siglas", "active": "Activa",
          "post": "Cargo", "role": "Cargo", "title": "Título",
          "full_name": "Nombres y apellidos", "dni": "DNI", "start": "Desde", "end": "Hasta",
          "since": "Desde", "until": "Hasta", "designation": "Documento de designación",
          "political_party": "Organización política", "feminine": "femenino"}
SHEET_WORDS = {SHEET_UNITS: "unidades", SHEET_HOLDERS: "cargos", SHEET_COUNCIL: "concejo"}
TERM_WORDS = {"start_year": ("ano de inicio", "inicio del periodo"),
              "end_year": ("ano de termino", "ano de fin", "termino del periodo"),
              "councillor_seats": ("numero de regidores", "regidores")}
NEW, UPDATED, SAME, REFUSED = "Nueva", "Se actualiza", "Sin cambios", "No se puede importar"
HINT = "Descargue la plantilla desde Configuración › Importar organización."
HEADER_LENGTH = 60  # a longer cell (an instruction merged over the row) names no column


@dataclass
class Row:
    """One filled row of a sheet: its values, what will happen to it, its problems."""

    sheet: str
    number: int  # the row in Excel
    values: dict
    problems: list[str] = field(default_factory=list)
    action: str = ""

    def problem(self, name: str, message: str) -> None:
        self.problems.append(f"{LABELS.get(name, name)}: {message}" if name else message)


@dataclass(frozen=True)
class PreviewRow:
    sheet: str
    row: int
    record: str  # what the row names: "Gerencia Municipal (GM)", "Alcalde: Juan Quispe"
    action: str  # Nueva / Se actualiza: siglas / Sin cambios / No se puede importar
    problems: tuple[str, ...]


@dataclass(frozen=True)
class OrganizationPreview:
    file_name: str
    sha256: str
    rows: tuple[PreviewRow, ...]
    problems: tuple[str, ...]  # of the file as a whole
    summary: str  # Spanish, one line per sheet
    changes: int  # rows that add or change something

    @property
    def ok(self) -> bool:
        return not self.problems and not any(r.problems for r in self.rows)

    @property
    def importable(self) -> bool:
        return self.ok and self.changes > 0

    def all_problems(self) -> list[str]:
        return list(self.problems) + [f"{r.sheet}, fila {r.row}: {p}" for r in self.rows
                                      for p in r.problems]


@dataclass
class Sheets:
    """What the workbook holds: the rows of each sheet found, and the council's term lines."""

    rows: dict[str, list[Row]] = field(default_factory=dict)
    term: dict[str, int | None] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


# --- reading the workbook --------------------------------------------------------------------

def read_workbook(content: bytes) -> Sheets:
    """Every sheet of the template found (by its name), its rows parsed; problems in Spanish."""
    book = read_workbook_sheets(content, "El archivo no es un libro de Excel (.xlsx). Use la "
                                         "plantilla de la organización. " + HINT)
    found = Sheets()
    for title, word in SHEET_WORDS.items():
        name = next((n for n in book if word in fold(n)), None)
        if name is None:
            continue
        rows = book[name]
        header = find_header_row(rows, lambda cells, title=title: _headers(cells, title),
                                 lambda columns, title=title: set(REQUIRED[title]) <= set(columns))
        if header is None:
            found.problems.append(
                f"La hoja «{name}» no tiene la fila de encabezados de la plantilla ("
                + ", ".join(LABELS[n] for n in REQUIRED[title]) + "). Se encontró: "
                + seen_cells(rows) + ".")
            continue
        at, columns = header
        found.rows[title] = [_parse(title, number, cells, columns)
                             for number, cells in enumerate(rows[at + 1:], start=at + 2)
                             if any(cell_text(c) for c in cells)]
        if title == SHEET_COUNCIL:
            found.term = _term_lines(rows[:at], found.problems)
    if not found.rows and not found.problems:
        found.problems.append("El libro no tiene ninguna hoja de la plantilla (Unidades "
                              "orgánicas, Cargos y titulares, Concejo). " + HINT)
    return found


def _headers(cells: list, title: str) -> dict[str, int]:
    """The template's headers; a long cell (the instructions, merged over the row) is none."""
    short = [c if len(cell_text(c)) <= HEADER_LENGTH else None for c in cells]
    return header_columns(short, FIELDS[title])


def _cell_date(value) -> dt.date | None:
    """A date cell: a real date, or written (dd/mm/aaaa, «15 de marzo de 2023»...)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = cell_text(value)
    return parse_written_date(text) if text else None


YES, NO = {"si", "s", "x", "1", "true", "verdadero"}, {"no", "n", "0", "false", "falso"}


def _cell_yes_no(value, default: bool) -> bool:
    """Sí / No (also x, 1, 0, VERDADERO...); empty is `default`. ValueError otherwise."""
    if isinstance(value, bool):
        return value
    text = fold(cell_text(value))
    if not text:
        return default
    if text in YES or text in NO:
        return text in YES
    raise ValueError(f"«{cell_text(value)}» no es Sí ni No.")


def _cell(cells: list, columns: dict[str, int], name: str):
    index = columns.get(name)
    return cells[index] if index is not None and index < len(cells) else None


def _dni(value) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(int(value)).zfill(8)  # typed as a number: the leading zeros came off
    return cell_text(value)


def _parse(sheet: str, number: int, cells: list, columns: dict[str, int]) -> Row:
    row = Row(sheet, number, {})
    for name in FIELDS[sheet]:
        value = _cell(cells, columns, name)
        try:
            if name == "dni":
                row.values[name] = _dni(value)
            elif name in ("start", "end", "since", "until"):
                row.values[name] = _cell_date(value)
            elif name == "active":
                row.values[name] = _cell_yes_no(value, True)
            else:
                row.values[name] = cell_text(value)
        except ValueError as exc:
            row.problem(name, str(exc))
    if sheet == SHEET_HOLDERS:
        _choose(row, "post", {fold(k): v for k, v in post_labels().items()},
                "elija un cargo de la lista")
    elif sheet == SHEET_COUNCIL:
        _choose(row, "role", {fold(k): v for k, v in MEMBER_ROLES.items()},
                "escriba Alcalde, Alcaldesa, Regidor o Regidora")
    if not row.values.get("full_name", row.values.get("name")):
        row.problem("full_name" if sheet != SHEET_UNITS else "name", "falta.")
    if "dni" in row.values and (message := dni_error(row.values["dni"])):
        row.problem("dni", message)  # said with the row's other problems, at once
    return row


def _choose(row: Row, name: str, choices: dict[str, tuple[str, bool | None]],
            what: str) -> None:
    text = row.values.get(name, "")
    chosen = choices.get(fold(text))
    if chosen is None:
        row.problem(name, f"«{text}» no es uno de la lista: {what}." if text else f"falta: {what}.")
        return
    row.values[name], row.values["feminine"] = chosen


def _term_lines(rows: list[list], problems: list[str]) -> dict[str, int | None]:
    term: dict[str, int | None] = dict.fromkeys(TERM_WORDS)
    for cells in rows:
        for index, value in enumerate(cells):
            text = fold(cell_text(value))
            name = next((n for n, words in TERM_WORDS.items()
                         if any(text.startswith(w) for w in words)), None)
            if name is None or term[name] is not None:
                continue
            given = next((c for c in cells[index + 1:]  # past the label's merged cells
                          if cell_text(c) and cell_text(c) != cell_text(value)), None)
            if given is None:
                continue
            try:
                term[name] = int(cell_text(given))
            except ValueError:
                problems.append(f"Concejo: «{cell_text(value)}» debe ser un número, no "
                                f"«{cell_text(given)}».")
    return term


# --- what will happen: merged with what the program has, checked by its rules -----------------

@dataclass
class Plan:
    settings: InstitutionSettings
    unit_rows: list[Row | None]  # per settings.org_units: the sheet row that set it
    holder_rows: list[Row | None]
    term: TermForm | None = None
    term_id: int | None = None
    member_rows: list[Row | None] = field(default_factory=list)
    term_changed: bool = False
    problems: list[str] = field(default_factory=list)

    def rows_of(self, sheets: Sheets) -> list[Row]:
        return [r for title in SHEET_WORDS for r in sheets.rows.get(title, [])]


def _act(row: Row, before: dict | None, after: dict) -> None:
    """NEW, SAME, or UPDATED naming what changes."""
    if before is None:
        row.action = NEW
        return
    changed = [LABELS[k] for k in after if before.get(k) != after[k]]
    row.action = f"{UPDATED}: {', '.join(changed).lower()}" if changed else SAME


def _merge_units(plan: Plan, rows: list[Row]) -> None:
    units = plan.settings.org_units
    by_name = {fold(u.name): i for i, u in enumerate(units)}
    by_abbreviation: dict[str, int | None] = {}
    for i, u in enumerate(units):
        key = fold(u.abbreviation)
        if key:
            by_abbreviation[key] = None if key in by_abbreviation else i  # ambiguous: None
    seen: dict[str, int] = {}
    for row in rows:
        if row.problems:
            continue
        name, abbreviation = row.values["name"], row.values["abbreviation"]
        if fold(name) in seen:
            row.problem("name", f"repetida (fila {seen[fold(name)]}).")
            continue
        seen[fold(name)] = row.number
        i = by_name.get(fold(name))
        if i is None and abbreviation:
            i = by_abbreviation.get(fold(abbreviation))
        if i is not None and plan.unit_rows[i] is not None:
            row.problem("abbreviation", f"es la misma unidad de la fila {plan.unit_rows[i].number}.")
            continue
        after = {"name": name, "abbreviation": abbreviation, "active": row.values["active"]}
        if i is None:
            units.append(OrgUnitRow(None, **after))
            plan.unit_rows.append(row)
            _act(row, None, after)
            continue
        unit = units[i]
        _act(row, {"name": unit.name, "abbreviation": unit.abbreviation,
                   "active": unit.active}, after)
        unit.name, unit.abbreviation, unit.active = name, abbreviation, after["active"]
        plan.unit_rows[i] = row


def _merge_holders(plan: Plan, rows: list[Row]) -> None:
    holders = plan.settings.officeholders
    index = {(h.post, h.dni.strip(), h.start.strip()): i for i, h in enumerate(holders)}
    for row in rows:
        if row.problems:
            continue
        v = row.values
        after = {"title": v["title"], "full_name": v["full_name"], "end": short_date(v["end"]),
                 "designation": v["designation"], "feminine": v["feminine"]}
        key = (v["post"], v["dni"], short_date(v["start"]))
        i = index.get(key)
        if v["feminine"] is None:  # a post said alike of both: as it was
            after["feminine"] = holders[i].feminine if i is not None else False
        if i is not None and plan.holder_rows[i] is not None:
            row.problem("", f"repite la fila {plan.holder_rows[i].number} (mismo cargo, DNI y "
                            "fecha de inicio).")
            continue
        if i is None:
            holders.append(OfficeholderRow(None, v["post"], dni=v["dni"], start=key[2], **after))
            plan.holder_rows.append(row)
            index[key] = len(holders) - 1
            _act(row, None, after)
            continue
        holder = holders[i]
        _act(row, {k: getattr(holder, k) for k in after}, after)
        for name, value in after.items():
            setattr(holder, name, value)
        plan.holder_rows[i] = row


def _merge_council(session: Session, plan: Plan, sheets: Sheets) -> None:
    rows = sheets.rows.get(SHEET_COUNCIL)
    start, end, seats = (sheets.term.get(k) for k in TERM_WORDS)
    if rows is None or (not rows and start is None):
        return
    if start is None or end is None:
        plan.problems.append("Concejo: escriba el año de inicio y el de término del período.")
        return
    plan.term_id = session.scalar(select(Term.id).where(Term.start_year == start))
    form = term_form(session, plan.term_id) if plan.term_id else TermForm(start, end, seats or 5)
    before = (form.end_year, form.councillor_seats, [vars(m).copy() for m in form.members])
    form.end_year, form.councillor_seats = end, seats or form.councillor_seats
    plan.member_rows = [None] * len(form.members)
    by_dni = {m.dni.strip(): i for i, m in enumerate(form.members)}
    for row in rows:
        if row.problems:
            continue
        v = row.values
        after = {"role": v["role"], "feminine": v["feminine"], "title": v["title"],
                 "full_name": v["full_name"], "political_party": v["political_party"],
                 "since": short_date(v["since"]), "until": short_date(v["until"])}
        i = by_dni.get(v["dni"])
        if i is not None and plan.member_rows[i] is not None:
            row.problem("dni", f"repetido (fila {plan.member_rows[i].number}).")
            continue
        if i is None:
            form.members.append(MemberRow(None, dni=v["dni"], **after))
            plan.member_rows.append(row)
            by_dni[v["dni"]] = len(form.members) - 1
            _act(row, None, after)
            continue
        member = form.members[i]
        _act(row, {k: getattr(member, k) for k in after}, after)
        for name, value in after.items():
            setattr(member, name, value)
        plan.member_rows[i] = row
    plan.term = form
    plan.term_changed = plan.term_id is None or before != (
        form.end_year, form.councillor_seats, [vars(m) for m in form.members])


def _place(errors: list[FieldError], origin: dict[str, list[Row | None]], where: str,
           problems: list[str]) -> None:
    """Each error on the sheet row it comes from; else on the file, saying where."""
    for error in errors:
        rows = origin.get(error.section or "")
        row = rows[error.row] if rows is not None and error.row is not None \
            and error.row < len(rows) else None
        if row is not None:
            row.problem(error.field, error.message)
        else:
            problems.append(f"{where}: {error.message}")


def plan_import(session: Session, sheets: Sheets) -> Plan:
    settings = load_settings(session)
    plan = Plan(settings, [None] * len(settings.org_units),
                [None] * len(settings.officeholders), problems=list(sheets.problems))
    _merge_units(plan, sheets.rows.get(SHEET_UNITS, []))
    _merge_holders(plan, sheets.rows.get(SHEET_HOLDERS, []))
    _merge_council(session, plan, sheets)
    _place(validate_settings(settings),
           {"org_units": plan.unit_rows, "officeholders": plan.holder_rows},
           "Datos de la institución", plan.problems)
    if plan.term is not None and plan.term_changed:
        try:
            check_term(session, plan.term, plan.term_id)
        except ValidationFailed as exc:
            _place(exc.errors, {MEMBERS: plan.member_rows},
                   f"Concejo {plan.term.start_year}-{plan.term.end_year}", plan.problems)
    for row in plan.rows_of(sheets):
        if row.problems:
            row.action = REFUSED
    return plan


# --- the preview and the import --------------------------------------------------------------

def _record_text(row: Row) -> str:
    v = row.values
    if row.sheet == SHEET_UNITS:
        return f"{v.get('name', '')} ({v['abbreviation']})" if v.get("abbreviation") \
            else v.get("name", "")
    if row.sheet == SHEET_HOLDERS and "feminine" in v:
        return f"{post_label(v['post'], bool(v['feminine']))}: {v.get('full_name', '')}"
    if row.sheet == SHEET_COUNCIL and isinstance(v.get("feminine"), bool):
        role = next(k for k, r in MEMBER_ROLES.items() if r == (v["role"], v["feminine"]))
        return f"{role}: {v.get('full_name', '')}"
    return v.get("full_name") or v.get("name") or ""


def _summary(sheets: Sheets, plan: Plan) -> str:
    lines = []
    for title in SHEET_WORDS:
        rows = sheets.rows.get(title)
        if rows is None:
            continue
        counts = [sum(1 for r in rows if r.action.startswith(a)) for a in (NEW, UPDATED, SAME,
                                                                             REFUSED)]
        name = title if title != SHEET_COUNCIL or plan.term is None else \
            f"Concejo {plan.term.start_year}-{plan.term.end_year}"
        parts = [plural(counts[0], "fila nueva", "filas nuevas"),
                 plural(counts[1], "se actualiza", "se actualizan"),
                 plural(counts[2], "sin cambios", "sin cambios")]
        if counts[3]:
            parts.append(plural(counts[3], "con problemas", "con problemas"))
        lines.append(f"{name}: {', '.join(parts)}.")
    return "\n".join(lines)


def preview_organization(session: Session, actor: Actor, file_name: str,
                         content: bytes) -> OrganizationPreview:
    """What importing the file would do, row by row; writes nothing."""
    require(actor, Permission.EDIT_INSTITUTION, session)
    sheets = read_workbook(content)
    plan = plan_import(session, sheets)
    rows = plan.rows_of(sheets)
    changes = sum(1 for r in rows if r.action.startswith((NEW, UPDATED)))
    return OrganizationPreview(
        file_name, hashlib.sha256(content).hexdigest(),
        tuple(PreviewRow(r.sheet, r.number, _record_text(r), r.action, tuple(r.problems))
              for r in rows),
        tuple(plan.problems), _summary(sheets, plan), changes)


@writes
def import_organization(session: Session, actor: Actor, file_name: str,
                        content: bytes) -> OrganizationPreview:
    """All or nothing: refused (ValidationFailed, every problem in Spanish) unless every row
    is sound. Returns what was imported (the preview, as it stood under the write lock)."""
    preview = preview_organization(session, actor, file_name, content)
    if not preview.ok:
        raise ValidationFailed([FieldError("file", p) for p in preview.all_problems()])
    if not preview.changes:
        raise DomainError("El archivo no cambia nada: la organización ya está como dice.")
    plan = plan_import(session, read_workbook(content))
    if any(plan.unit_rows) or any(plan.holder_rows):
        save_settings(session, plan.settings, actor)
    if plan.term is not None and plan.term_changed:
        save_term(session, actor, plan.term, plan.term_id)
    record(session, actor, "import", "institution", "", {
        "archivo": [None, file_name[-200:]], "SHA-256": [None, preview.sha256],
        "resultado": [None, preview.summary.replace("\n", " ")]})
    return preview
