"""Datos de la institución: general data, official year names, organic units and officeholders."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core import crest as crest_image
from pisac_desktop.db.models import Institution, Officeholder, OrgUnit, YearName
from pisac_desktop.spanish.dates import long_date


@dataclass(frozen=True)
class Post:
    code: str
    label: str
    feminine_label: str
    unit_code: str  # OrgUnit.code of the post's organic unit


POSTS: dict[str, Post] = {
    p.code: p
    for p in (
        Post("MAYOR", "Alcalde", "Alcaldesa", "MAYORALTY"),
        Post("MUNICIPAL_MANAGER", "Gerente Municipal", "Gerente Municipal", "MUNICIPAL_MANAGEMENT"),
        Post("GENERAL_SECRETARY", "Secretario General", "Secretaria General",
             "GENERAL_SECRETARIAT"),
        Post(
            "RECORDS_HEAD",
            "Jefe de la Oficina de Trámite Documentario y Archivo Central",
            "Jefa de la Oficina de Trámite Documentario y Archivo Central",
            "RECORDS_OFFICE",
        ),
        Post(
            "CIVIL_REGISTRY_HEAD",
            "Jefe de la Oficina de Registro Civil",
            "Jefa de la Oficina de Registro Civil",
            "CIVIL_REGISTRY",
        ),
    )
}

# (code, name, initials): DOMAIN.md section 1. Codes are stable; names are editable.
DEFAULT_ORG_UNITS: tuple[tuple[str, str, str], ...] = (
    ("MAYORALTY", "Alcaldía", "A"),
    ("COUNCIL", "Concejo Municipal", "CM"),
    ("MUNICIPAL_MANAGEMENT", "Gerencia Municipal", "GM"),
    ("GENERAL_SECRETARIAT", "Secretaría General", "SG"),
    ("RECORDS_OFFICE", "Oficina de Trámite Documentario y Archivo Central", "OTDAC"),
    ("CIVIL_REGISTRY", "Oficina de Registro Civil", "ORC"),
    ("LEGAL_ADVICE", "Oficina de Asesoría Jurídica", "OAJ"),
    ("PLANNING_BUDGET", "Oficina de Planeamiento y Presupuesto", "OPP"),
    ("ADMINISTRATION", "Oficina de Administración", "OA"),
    ("URBAN_RURAL_DEVELOPMENT", "Gerencia de Desarrollo Urbano y Rural", "GDUR"),
    ("ECONOMIC_DEVELOPMENT", "Gerencia de Desarrollo Económico", "GDE"),
    ("SOCIAL_DEVELOPMENT", "Gerencia de Desarrollo Social", "GDS"),
    ("INTERNAL_CONTROL", "Órgano de Control Institucional", "OCI"),
    ("PUBLIC_ATTORNEY", "Procuraduría Pública Municipal", "PPM"),
)


# Supreme-decree names of the year (DOMAIN.md section 1).
DEFAULT_YEAR_NAMES: dict[int, str] = {
    2025: "Año de la recuperación y consolidación de la economía peruana",
    2026: "Año de la Esperanza y el Fortalecimiento de la Democracia",
}
# The date of the decree that gave a default name (the decree's number is for the office to
# enter): documents dated before it carry the previous name.
DEFAULT_YEAR_NAME_DECREE_DATES: dict[int, dt.date] = {2026: dt.date(2026, 1, 22)}


def post_label(code: str, feminine: bool = False) -> str:
    post = POSTS.get(code)
    if post is None:
        return code
    return post.feminine_label if feminine else post.label


# ----------------------------------------------------------------------------------------------
# Editable settings: plain rows holding exactly what the user typed (strings), so a refused save
# can hand everything back untouched.


def ensure_defaults(session: Session) -> Institution:
    """Create the institution row, default units and year names in a brand-new database."""
    inst = session.get(Institution, 1)
    if inst is not None:
        return inst
    inst = Institution(
        id=1,
        name="Municipalidad Distrital de Pisac",
        initials="MDP",
        city="Pisac",
        province="Calca",
        department="Cusco",
    )
    session.add(inst)
    if session.scalar(select(OrgUnit.id).limit(1)) is None:
        for pos, (code, name, abbr) in enumerate(DEFAULT_ORG_UNITS):
            session.add(OrgUnit(code=code, name=name, abbreviation=abbr, active=True, position=pos))
    for year, text in DEFAULT_YEAR_NAMES.items():
        if session.get(YearName, year) is None:
            session.add(YearName(year=year, name=text,
                                 decree_date=DEFAULT_YEAR_NAME_DECREE_DATES.get(year)))
    session.flush()
    return inst


def get_institution(session: Session) -> Institution:
    return ensure_defaults(session)


# ----------------------------------------------------------------------------------------------
# Validation


# ----------------------------------------------------------------------------------------------
# Saving


# ----------------------------------------------------------------------------------------------
# Questions other modules ask


def holder_on(session: Session, post: str, on: dt.date) -> Officeholder | None:
    """Who held the post on that date (None when vacant)."""
    return session.scalars(
        select(Officeholder)
        .where(Officeholder.post == post, Officeholder.start_date <= on)
        .where((Officeholder.end_date.is_(None)) | (Officeholder.end_date >= on))
        .order_by(Officeholder.start_date.desc())
        .limit(1)
    ).first()


def signature_name(holder: Officeholder) -> str:
    return f"{holder.title} {holder.full_name}".strip()


@dataclass(frozen=True)
class YearNameInfo:
    year: int
    text: str | None
    from_year: int | None  # the year whose name is used

    @property
    def is_fallback(self) -> bool:
        return self.text is not None and self.from_year != self.year

    @property
    def warning(self) -> str | None:
        if self.text is None:
            return (f"No hay denominación oficial registrada para {self.year} ni para años "
                    "anteriores. Regístrela en Configuración > Datos de la institución.")
        if self.is_fallback:
            return (f"Aún no se registró la denominación oficial del año {self.year}; se usa la "
                    f"de {self.from_year}. Regístrela en Configuración > Datos de la institución.")
        return None


def year_name_for(session: Session, year: int) -> YearNameInfo:
    """The official name of the year; until it is entered, the previous year's (with a warning)."""
    row = session.scalars(
        select(YearName).where(YearName.year <= year).order_by(YearName.year.desc()).limit(1)
    ).first()
    if row is None:
        return YearNameInfo(year, None, None)
    return YearNameInfo(year, row.name, row.year)


def year_name_on(session: Session, day: dt.date) -> YearNameInfo:
    """The official name of the year printed on a document dated `day`: that year's once its
    decree is in force (from its date, when recorded), before it the previous name in force."""
    row = session.get(YearName, day.year)
    if row is not None and row.decree_date is not None and day < row.decree_date:
        previous = year_name_for(session, day.year - 1)
        return YearNameInfo(day.year, previous.text, previous.from_year)
    return year_name_for(session, day.year)


@dataclass(frozen=True)
class PendingItem:
    """Something waiting for someone, shown with its count on the overview pages."""

    label: str
    count: int
    detail: str = ""
    target: int | None = None  # the first record it names (opened when the row is clicked)
    place: str = ""  # where in its section (e.g. the tab of a session: "summons")
    urgent: bool = False  # past its legal or set deadline: shown in red, with a mark and a word


def configuration_pending(session: Session, today: dt.date) -> list[PendingItem]:
    """What the institution settings still lack for documents dated today."""
    inst = get_institution(session)
    items: list[PendingItem] = []
    if not inst.ruc:
        items.append(PendingItem("RUC de la institución por registrar", 1))
    if inst.crest is None:
        items.append(PendingItem("Escudo para el membrete por cargar", 1))
    elif damaged := crest_image.drawing_problem(inst.crest):
        items.append(PendingItem("El escudo guardado no se puede imprimir", 1, damaged))
    info = year_name_for(session, today.year)
    if info.warning:
        items.append(PendingItem(f"Denominación oficial del año {today.year} por registrar", 1,
                                 info.warning))
    vacant = [post_label(code) for code in POSTS if holder_on(session, code, today) is None]
    if vacant:
        items.append(PendingItem(
            f"Cargos sin titular al {long_date(today)}", len(vacant), "; ".join(vacant)
        ))
    return items


@dataclass(frozen=True)
class UnitEntry:
    name: str
    abbreviation: str
    active: bool
    head: str  # "Cargo: Título Nombre" of the posts attached to the unit, or ""


def unit_directory(session: Session, on: dt.date, include_inactive: bool = False) -> list[UnitEntry]:
    """The organic units in their order, with who heads them on the date (for known posts)."""
    heads: dict[str, list[str]] = {}
    for code, post in POSTS.items():
        holder = holder_on(session, code, on)
        if holder is not None:
            heads.setdefault(post.unit_code, []).append(
                f"{post_label(code, holder.feminine)}: {signature_name(holder)}"
            )
    query = select(OrgUnit).order_by(OrgUnit.position, OrgUnit.id)
    if not include_inactive:
        query = query.where(OrgUnit.active.is_(True))
    return [
        UnitEntry(u.name, u.abbreviation, u.active, "; ".join(heads.get(u.code or "", [])))
        for u in session.scalars(query)
    ]
