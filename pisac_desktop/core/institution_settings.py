"""Configuración › Datos de la institución: the settings dialog's rows (general data, year
names, org units, officeholders), their validation in Spanish and saving them in one unit of
work. Lookups (who held a post on a date, the year's name) stay in core/institution.py."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from pisac_desktop.core import crest as crest_image
from pisac_desktop.core.audit import diff, record
from pisac_desktop.core.conflicts import concurrent_edit
from pisac_desktop.core.errors import FieldError, ValidationFailed
from pisac_desktop.core.institution import POSTS, get_institution, post_label
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.references import count_references
from pisac_desktop.core.validators import dni_error, email_error, phone_error, ruc_error
from pisac_desktop.db.models import Institution, Officeholder, OrgUnit, YearName
from pisac_desktop.spanish.dates import parse_short_date, short_date
from pisac_desktop.spanish.plural import plural

CONCURRENT_EDIT_THEN = (". Anote lo que modificó, pulse Cancelar, vuelva a abrir esta ventana "
                        "y repita sus cambios.")
CONCURRENT_EDIT_MESSAGE = (
    "Mientras usted editaba, otra persona guardó cambios en los datos de la institución. Para no "
    "borrar sus cambios no se guardó nada" + CONCURRENT_EDIT_THEN
)


@dataclass
class GeneralData:
    name: str = ""
    initials: str = ""
    ruc: str = ""
    address: str = ""
    city: str = ""
    province: str = ""
    department: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    crest: bytes | None = None
    crest_mime: str | None = None


@dataclass
class YearNameRow:
    year: str = ""
    name: str = ""
    decree: str = ""  # "Decreto Supremo N° 001-2026-PCM"
    decree_date: str = ""  # dd/mm/aaaa; documents dated before it carry the previous name


@dataclass
class OrgUnitRow:
    id: int | None = None
    name: str = ""
    abbreviation: str = ""
    active: bool = True


@dataclass
class OfficeholderRow:
    id: int | None = None
    post: str = "MAYOR"
    title: str = ""
    full_name: str = ""
    dni: str = ""
    start: str = ""
    end: str = ""
    designation: str = ""
    feminine: bool = False


@dataclass
class InstitutionSettings:
    general: GeneralData = field(default_factory=GeneralData)
    year_names: list[YearNameRow] = field(default_factory=list)
    org_units: list[OrgUnitRow] = field(default_factory=list)
    officeholders: list[OfficeholderRow] = field(default_factory=list)
    version: int = 0  # Institution.version when loaded (optimistic lock)


def load_settings(session: Session) -> InstitutionSettings:
    inst = get_institution(session)
    general = GeneralData(
        name=inst.name,
        initials=inst.initials,
        ruc=inst.ruc,
        address=inst.address,
        city=inst.city,
        province=inst.province,
        department=inst.department,
        phone=inst.phone,
        email=inst.email,
        website=inst.website,
        crest=inst.crest,
        crest_mime=inst.crest_mime,
    )
    years = [
        YearNameRow(str(y.year), y.name, y.decree, short_date(y.decree_date))
        for y in session.scalars(select(YearName).order_by(YearName.year))
    ]
    units = [
        OrgUnitRow(u.id, u.name, u.abbreviation, u.active)
        for u in session.scalars(select(OrgUnit).order_by(OrgUnit.position, OrgUnit.id))
    ]
    post_order = {code: i for i, code in enumerate(POSTS)}
    holders = [
        OfficeholderRow(
            h.id, h.post, h.title, h.full_name, h.dni,
            short_date(h.start_date), short_date(h.end_date), h.designation, h.feminine,
        )
        for h in sorted(
            session.scalars(select(Officeholder)),
            key=lambda h: (post_order.get(h.post, len(post_order)), h.start_date),
        )
    ]
    return InstitutionSettings(general, years, units, holders, inst.version)


def crest_mime_of(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


def _length_error(model: type, column: str, value: str) -> str | None:
    limit = model.__table__.c[column].type.length
    if limit and len(value.strip()) > limit:
        return f"Es demasiado largo: como máximo {limit} caracteres (tiene {len(value.strip())})."
    return None


def _validate_general(g: GeneralData, errors: list[FieldError]) -> None:
    def err(name: str, message: str | None) -> None:
        if message:
            errors.append(FieldError(name, message, "general"))

    err("name", None if g.name.strip() else "Escriba el nombre de la institución.")
    initials = g.initials.strip()
    if not initials:
        err("initials", "Escriba las siglas que van en los números de documento (p. ej. MDP).")
    elif not initials.isascii() or not initials.replace("-", "").isalnum() or not initials.isupper():
        err("initials", "Las siglas van en mayúsculas, sin espacios ni tildes (p. ej. MDP).")
    if g.ruc.strip():
        err("ruc", ruc_error(g.ruc))
    err("phone", phone_error(g.phone))
    err("email", email_error(g.email))
    for name in ("name", "initials", "address", "city", "province", "department", "phone",
                 "email", "website"):
        if not any(e.field == name for e in errors):
            err(name, _length_error(Institution, name, getattr(g, name)))
    err("crest", crest_image.problem(g.crest))  # decoded in full, within bounds


def _validate_years(rows: list[YearNameRow],
                    errors: list[FieldError]) -> dict[int, tuple[str, str, dt.date | None]]:
    """{year: (name, decree, decree date)} of the rows that are valid."""
    parsed: dict[int, tuple[str, str, dt.date | None]] = {}
    for i, row in enumerate(rows):
        text = row.year.strip()
        if not (text.isascii() and text.isdigit() and 1990 <= int(text) <= 2100):
            errors.append(FieldError("year", "El año debe ser un número entre 1990 y 2100.",
                                     "year_names", i))
            continue
        year = int(text)
        if year in parsed:
            errors.append(FieldError("year", f"El año {year} está repetido.", "year_names", i))
        name = row.name.strip().strip('"“”«»').strip()
        if not name:
            errors.append(FieldError("name", f"Escriba la denominación oficial del año {year}.",
                                     "year_names", i))
        elif message := _length_error(YearName, "name", name):
            errors.append(FieldError("name", message, "year_names", i))
        decree = " ".join(row.decree.split())
        if message := _length_error(YearName, "decree", decree):
            errors.append(FieldError("decree", message, "year_names", i))
        decree_date = None
        if row.decree_date.strip():
            try:
                decree_date = parse_short_date(row.decree_date)
            except ValueError as exc:
                errors.append(FieldError("decree_date", f"Fecha del decreto: {exc}",
                                         "year_names", i))
            else:
                if decree_date.year not in (year - 1, year):
                    errors.append(FieldError(
                        "decree_date", f"El decreto que da nombre al año {year} es de fines de "
                        f"{year - 1} o de {year}, no del {short_date(decree_date)}.",
                        "year_names", i))
                    decree_date = None
        parsed[year] = (name, decree, decree_date)
    return parsed


def _validate_units(rows: list[OrgUnitRow], errors: list[FieldError]) -> None:
    seen: set[str] = set()
    for i, row in enumerate(rows):
        name = row.name.strip()
        if not name:
            errors.append(FieldError("name", "Escriba el nombre de la unidad orgánica.",
                                     "org_units", i))
            continue
        if name.casefold() in seen:
            errors.append(FieldError("name", f"La unidad «{name}» está repetida.", "org_units", i))
        seen.add(name.casefold())
        for column in ("name", "abbreviation"):
            if message := _length_error(OrgUnit, column, getattr(row, column)):
                errors.append(FieldError(column, message, "org_units", i))


def _validate_holders(rows: list[OfficeholderRow], errors: list[FieldError]) -> None:
    periods: list[tuple[dt.date, dt.date | None] | None] = []
    for i, row in enumerate(rows):
        def err(name: str, message: str | None, i: int = i) -> None:
            if message:
                errors.append(FieldError(name, message, "officeholders", i))

        if row.post not in POSTS:
            err("post", "Elija el cargo.")
        err("full_name", None if row.full_name.strip() else "Escriba el nombre completo.")
        err("dni", dni_error(row.dni))
        for column in ("title", "full_name", "designation"):
            err(column, _length_error(Officeholder, column, getattr(row, column)))
        start = end = None
        try:
            start = parse_short_date(row.start)
        except ValueError as exc:
            err("start", "Fecha de inicio: " + str(exc) if row.start.strip()
                else "Escriba la fecha desde la que ejerce el cargo (dd/mm/aaaa).")
        if row.end.strip():
            try:
                end = parse_short_date(row.end)
            except ValueError as exc:
                err("end", "Fecha de término: " + str(exc))
        if start and end and end < start:
            err("end", "La fecha de término es anterior a la de inicio.")
        periods.append((start, end) if start else None)
    # Two holders of one post may not overlap in time.
    for i, row in enumerate(rows):
        if periods[i] is None:
            continue
        s1, e1 = periods[i]
        for j in range(i):
            other = rows[j]
            if other.post != row.post or periods[j] is None:
                continue
            s2, e2 = periods[j]
            if s1 <= (e2 or dt.date.max) and s2 <= (e1 or dt.date.max):
                until = short_date(e2) if e2 else "la fecha"
                errors.append(FieldError(
                    "start",
                    f"Se superpone con {other.full_name.strip() or 'otra persona'} en el cargo de "
                    f"{post_label(row.post)} ({short_date(s2)} a {until}). Cierre el periodo "
                    "anterior con una fecha de término.",
                    "officeholders", i,
                ))
                break


def validate_settings(settings: InstitutionSettings) -> list[FieldError]:
    errors: list[FieldError] = []
    _validate_general(settings.general, errors)
    _validate_years(settings.year_names, errors)
    _validate_units(settings.org_units, errors)
    _validate_holders(settings.officeholders, errors)
    return errors


def settings_snapshot(settings: InstitutionSettings) -> dict[str, object]:
    """A flat, readable picture of the settings, for the audit trail's before/after."""
    g = settings.general
    snap: dict[str, object] = {
        name: getattr(g, name).strip()
        for name in ("name", "initials", "ruc", "address", "city", "province", "department",
                     "phone", "email", "website")
    }
    snap["escudo"] = (f"{len(g.crest)} bytes, sha256 {hashlib.sha256(g.crest).hexdigest()[:12]}"
                      if g.crest else None)
    for row in settings.year_names:
        snap[f"año {row.year.strip()}"] = row.name.strip().strip('"“”«»').strip()
        if row.decree.strip() or row.decree_date.strip():
            snap[f"decreto del año {row.year.strip()}"] = (
                f"{' '.join(row.decree.split())} {row.decree_date.strip()}".strip())
    snap["unidades orgánicas"] = [
        f"{u.name.strip()} ({u.abbreviation.strip()}){'' if u.active else ' [desactivada]'}"
        for u in settings.org_units
    ]
    for row in settings.officeholders:
        key = f"titular {post_label(row.post)} desde {row.start.strip()}"
        snap[key] = (f"{row.title.strip()} {row.full_name.strip()}, DNI {row.dni.strip()}, "
                     f"hasta {row.end.strip() or '—'}, {row.designation.strip()}").strip()
    return snap


def save_settings(session: Session, settings: InstitutionSettings, actor: Actor) -> None:
    """Validate everything, then write it in the caller's transaction. Raises ValidationFailed
    or PermissionDenied. The change is audited with every field's before and after.

    The lists are taken as the whole table (rows missing from them are deleted), which is safe
    because a save based on an outdated version of the settings is refused.
    """
    require(actor, Permission.EDIT_INSTITUTION, session)
    errors = validate_settings(settings)
    if errors:
        raise ValidationFailed(errors)
    before = settings_snapshot(load_settings(session))

    inst = get_institution(session)
    bumped = session.execute(
        update(Institution)
        .where(Institution.id == inst.id, Institution.version == settings.version)
        .values(version=Institution.version + 1)
    ).rowcount
    if bumped != 1:
        raise ValidationFailed([FieldError("version", concurrent_edit(
            session, "institution", inst.id, "los datos de la institución",
            CONCURRENT_EDIT_THEN), "general")])
    session.refresh(inst)
    g = settings.general
    for name in ("name", "initials", "ruc", "address", "city", "province", "department", "phone",
                 "email", "website"):
        setattr(inst, name, getattr(g, name).strip())
    inst.crest = g.crest
    inst.crest_mime = crest_mime_of(g.crest) if g.crest else None

    # Year names: the table is replaced by what the user sees.
    wanted_years = _validate_years(settings.year_names, [])
    for existing in session.scalars(select(YearName)):
        if existing.year not in wanted_years:
            session.delete(existing)
    for year, (name, decree, decree_date) in wanted_years.items():
        row = session.get(YearName, year)
        if row is None:
            session.add(YearName(year=year, name=name, decree=decree, decree_date=decree_date))
        else:
            row.name, row.decree, row.decree_date = name, decree, decree_date

    removed_units = _upsert_units(session, settings.org_units)
    _save_holders(session, settings.officeholders)
    session.flush()
    _delete_units(session, removed_units)  # last: the holders may just have let go of them
    session.flush()
    changes = diff(before, settings_snapshot(settings))
    if changes:
        record(session, actor, "settings_change", "institution", inst.id, changes)


def _upsert_units(session: Session, rows: list[OrgUnitRow]) -> list[OrgUnit]:
    """Write the units listed; return the existing ones the user removed from the list."""
    existing = {u.id: u for u in session.scalars(select(OrgUnit))}
    kept = {r.id for r in rows if r.id is not None}
    renamed = [r for r in rows if r.id in existing and existing[r.id].name != r.name.strip()]
    # Rename in two steps so that swapping two names never trips the unique constraint.
    for row in renamed:
        existing[row.id].name = f"~renombrando~{row.id}~"
    session.flush()
    for pos, row in enumerate(rows):
        unit = existing.get(row.id) if row.id is not None else None
        if unit is None:
            unit = OrgUnit()
            session.add(unit)
        unit.name = row.name.strip()
        unit.abbreviation = row.abbreviation.strip()
        unit.active = bool(row.active)
        unit.position = pos
    session.flush()
    return [unit for unit_id, unit in existing.items() if unit_id not in kept]


def unit_removal_blocker(session: Session, unit: OrgUnit) -> str | None:
    """Why the unit cannot be deleted (Spanish), or None when it can."""
    refs = count_references(session, OrgUnit.__tablename__, unit.id)
    if refs:
        reason = f"{plural(refs, 'registro la menciona', 'registros la mencionan')}"
    elif unit.code in {post.unit_code for post in POSTS.values()}:
        reason = "a ella pertenece un cargo que el sistema usa en los documentos"
    else:
        return None
    return (f"La unidad «{unit.name}» no se puede eliminar porque {reason}; desactívela en su "
            "lugar: dejará de ofrecerse en los formularios nuevos.")


def _delete_units(session: Session, units: list[OrgUnit]) -> None:
    errors = [FieldError("name", message, "org_units")
              for unit in units if (message := unit_removal_blocker(session, unit))]
    if errors:
        raise ValidationFailed(errors)
    for unit in units:
        session.delete(unit)


def _save_holders(session: Session, rows: list[OfficeholderRow]) -> None:
    existing = {h.id: h for h in session.scalars(select(Officeholder))}
    kept = {r.id for r in rows if r.id is not None}
    for holder_id, holder in existing.items():
        if holder_id not in kept:
            refs = count_references(session, Officeholder.__tablename__, holder_id)
            if refs:
                raise ValidationFailed([FieldError(
                    "full_name",
                    f"{holder.full_name} no se puede quitar: {plural(refs, 'documento lo nombra', 'documentos lo nombran')}.",
                    "officeholders",
                )])
            session.delete(holder)
    units = {u.code: u.id for u in session.scalars(select(OrgUnit).where(OrgUnit.code.is_not(None)))}
    for row in rows:
        holder = existing.get(row.id) if row.id is not None else None
        if holder is None:
            holder = Officeholder()
            session.add(holder)
        holder.post = row.post
        holder.org_unit_id = units.get(POSTS[row.post].unit_code)
        holder.title = row.title.strip()
        holder.full_name = row.full_name.strip()
        holder.dni = row.dni.strip()
        holder.start_date = parse_short_date(row.start)
        holder.end_date = parse_short_date(row.end) if row.end.strip() else None
        holder.designation = row.designation.strip()
        holder.feminine = bool(row.feminine)


def unit_removal_message(session: Session, unit_id: int) -> str | None:
    unit = session.get(OrgUnit, unit_id)
    return unit_removal_blocker(session, unit) if unit is not None else None
