"""Ten years (2017-2026) of a district municipal office, built with the app's own code and cached.

Every person and DNI is invented. The data folder is built once under bench/.cache/ and reused
until DATASET_VERSION, the schema head or the migration scripts change.

To add data (sessions, resolutions, documents...), write a step `def _x(opened, rng, scale)` and append
it to STEPS: each step gets its own random.Random seeded from its name, so adding a step never
changes what the earlier ones generate. Bump DATASET_VERSION whenever a step changes its output.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.institution import POSTS
from pisac_desktop.core.institution_settings import (
    OfficeholderRow,
    OrgUnitRow,
    YearNameRow,
    load_settings,
    save_settings,
)
from pisac_desktop.db.models import CouncilMember, Officeholder, Term
from pisac_desktop.db.models.council import ROLE_COUNCILLOR, ROLE_MAYOR
from pisac_desktop.db.schema import HEAD_REVISION, MIGRATIONS_DIR
from pisac_desktop.demo import DEMO_ACTOR, add_demo_users, fill_demo_general
from pisac_desktop.paths import DataPaths
from pisac_desktop.spanish.dates import parse_short_date as parse
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.startup import OpenedDatabase, open_database

DATASET_VERSION = 5  # 5: ten years of trámite (bench/dataset_tramite.py)
SEED = 2017
FIRST_YEAR, LAST_YEAR = 2017, 2026
TERMS = ((2015, 2018), (2019, 2022), (2023, 2026))
AS_OF = dt.date(2026, 10, 31)  # the data end here: nobody is appointed later
CACHE_DIR = Path(__file__).resolve().parent / ".cache"

Step = Callable[[OpenedDatabase, random.Random, float], None]

# Official names of the years (supreme decrees); 2025 and 2026 come with every new database.
YEAR_NAMES = {
    2017: "Año del Buen Servicio al Ciudadano",
    2018: "Año del Diálogo y la Reconciliación Nacional",
    2019: "Año de la Lucha contra la Corrupción y la Impunidad",
    2020: "Año de la Universalización de la Salud",
    2021: "Año del Bicentenario del Perú: 200 años de Independencia",
    2022: "Año del Fortalecimiento de la Soberanía Nacional",
    2023: "Año de la Unidad, la Paz y el Desarrollo",
    2024: "Año del Bicentenario, de la consolidación de nuestra Independencia, y de la "
          "conmemoración de las heroicas batallas de Junín y Ayacucho",
}

# (name, abbreviation, active): units added over the years, and some since closed.
EXTRA_ORG_UNITS = (
    ("Oficina de Programación e Inversiones", "OPI", False),  # abolished with Invierte.pe
    ("Oficina de Defensa Civil", "ODC", False),
    ("Oficina de Gestión del Riesgo de Desastres", "OGRD", True),
    ("Subgerencia de Obras Públicas", "SGOP", True),
    ("Oficina de Turismo y Cultura", "OTC", True),
    ("Defensoría Municipal del Niño y del Adolescente", "DEMUNA", True),
    ("Oficina Municipal de Atención a la Persona con Discapacidad", "OMAPED", True),
    ("Unidad Local de Empadronamiento", "ULE", True),
    ("Oficina de Tecnologías de la Información", "OTI", True),
    ("Programa del Vaso de Leche", "PVL", False),
)

MALE_NAMES = (
    "Julián", "Wilber", "Edwin", "Percy", "Teodoro", "Alberto", "Rubén", "Hernán", "Washington",
    "Vidal", "Fortunato", "Hugo", "Efraín", "Saturnino", "Marco Antonio", "Yuri", "Richard",
    "Nicanor", "Eusebio", "Fredy", "Gualberto", "Justo", "Néstor", "Ronald", "Simeón", "Inti",
)
FEMALE_NAMES = (
    "Rosa", "Marleny", "Yeny", "Nilda", "Hilaria", "Gladys", "Lourdes", "Yanet", "Maribel",
    "Delia", "Roxana", "Flor", "Sonia", "Elizabeth", "Justina", "Celia", "Nancy", "Wilma",
    "Ruth", "Yesenia", "Eulogia", "Milagros", "Sisa", "Killa", "Edith", "Luz Marina",
)
SURNAMES = (
    "Quispe", "Mamani", "Huamán", "Condori", "Ccahua", "Yupanqui", "Huillca", "Sutta", "Choque",
    "Puma", "Apaza", "Cusi", "Ttito", "Chura", "Sallo", "Gamarra", "Luna", "Cjuno", "Auccapuma",
    "Ccori", "Tupayachi", "Huaraca", "Quillahuamán", "Challco", "Hancco", "Pillco", "Alagón",
    "Zúñiga", "Villafuerte", "Pacheco", "Rozas", "Farfán", "Béjar", "Soncco", "Ayma", "Taco",
    "Cáceres", "Loayza", "Paucar", "Tito", "Ccasa", "Huarcaya", "Ordóñez", "Durand", "Ccoyo",
)
PARTIES = (
    "Movimiento Regional Inka Pachakuteq",
    "Partido Democrático Andino",
    "Acción Popular Cusco",
    "Movimiento Regional Qosqo Llaqta",
    "Frente Andino Unido",
    "Autogobierno Ayllu",
)
POST_TITLES = {
    "MAYOR": ("Prof.", "Ing.", "Lic.", ""),
    "MUNICIPAL_MANAGER": ("Ing.", "CPC", "Econ.", "Mg.", "Lic."),
    "GENERAL_SECRETARY": ("Abog.",),
    "RECORDS_HEAD": ("Bach.", "Lic.", "Téc.", ""),
    "CIVIL_REGISTRY_HEAD": ("Lic.", "Abog.", "Bach."),
}
# How long someone holds each post, in days (min, max); the Gerente Municipal changes most often.
TENURE_DAYS = {
    "MUNICIPAL_MANAGER": (270, 720),
    "GENERAL_SECRETARY": (540, 1460),
    "RECORDS_HEAD": (720, 1460),
    "CIVIL_REGISTRY_HEAD": (720, 1460),
}
DEFAULT_TENURE_DAYS = (365, 1460)


# ----------------------------------------------------------------------------------------------
# People


def _taken_dnis(session: Session) -> set[str]:
    return set(session.scalars(select(Officeholder.dni))) | set(
        session.scalars(select(CouncilMember.dni))
    )


def _person(
    rng: random.Random, taken: set[str], feminine_share: float = 0.45
) -> tuple[str, str, bool]:
    """(full name, DNI, feminine) of a new fictional person, with a DNI not yet in `taken`."""
    feminine = rng.random() < feminine_share
    names = FEMALE_NAMES if feminine else MALE_NAMES
    given = " ".join(rng.sample(names, 2 if rng.random() < 0.3 else 1))
    dni = f"{rng.randint(10_000_000, 48_999_999)}"
    while dni in taken:
        dni = f"{rng.randint(10_000_000, 48_999_999)}"
    taken.add(dni)
    return f"{given} {' '.join(rng.sample(SURNAMES, 2))}", dni, feminine


# ----------------------------------------------------------------------------------------------
# Steps


def _institution(opened: OpenedDatabase, rng: random.Random, scale: float = 1.0) -> None:
    with opened.db.session() as session:
        settings = load_settings(session)
        fill_demo_general(settings.general)
        have = {row.year for row in settings.year_names}
        settings.year_names += [
            YearNameRow(str(year), text) for year, text in YEAR_NAMES.items() if str(year) not in have
        ]
        settings.year_names.sort(key=lambda row: row.year)
        save_settings(session, settings, DEMO_ACTOR)


def _org_units(opened: OpenedDatabase, rng: random.Random, scale: float = 1.0) -> None:
    with opened.db.session() as session:
        settings = load_settings(session)
        settings.org_units += [OrgUnitRow(None, n, a, active) for n, a, active in EXTRA_ORG_UNITS]
        save_settings(session, settings, DEMO_ACTOR)


def _council(opened: OpenedDatabase, rng: random.Random, scale: float = 1.0) -> None:
    """Each term: an alcalde and five regidores, three of them from the winning list."""
    with opened.db.session() as session:
        taken = _taken_dnis(session)
        for start, end in TERMS:
            term = Term(start_year=start, end_year=end)
            session.add(term)
            winner, *others = rng.sample(PARTIES, 3)
            parties = [winner] * 4 + [others[0], others[rng.randrange(2)]]
            for pos, party in enumerate(parties):
                mayor = pos == 0
                name, dni, fem = _person(rng, taken, 0.15 if mayor else 0.45)
                titles = POST_TITLES["MAYOR"] if mayor else ("", "", "Ing.", "Lic.", "Prof.")
                session.add(CouncilMember(
                    term=term, role=ROLE_MAYOR if mayor else ROLE_COUNCILLOR,
                    title=rng.choice(titles), full_name=name, dni=dni, political_party=party,
                    position=pos, feminine=fem,
                ))


def _periods(rng: random.Random, post: str, start: dt.date, end: dt.date, current: bool):
    """Back-to-back (start, end) periods filling one term; the current term's last one is open."""
    lo, hi = TENURE_DAYS.get(post, DEFAULT_TENURE_DAYS)
    periods: list[tuple[dt.date, dt.date | None]] = []
    while True:
        finish = start + dt.timedelta(days=rng.randint(lo, hi))
        if finish >= end - dt.timedelta(days=90) or (current and finish >= AS_OF):
            periods.append((start, None if current else end))
            return periods
        periods.append((start, finish))
        # Now and then the post stays vacant for a few days.
        start = finish + dt.timedelta(days=1 + rng.choice((0, 0, 0, 2, 6, 13)))


def _officeholders(opened: OpenedDatabase, rng: random.Random, scale: float = 1.0) -> None:
    """Every post over the ten years: the alcalde of each term, then whoever he or she appoints."""
    first_day = dt.date(FIRST_YEAR, 1, 1)
    with opened.db.session() as session:
        settings = load_settings(session)
        initials = settings.general.initials
        taken = _taken_dnis(session)
        rows: list[OfficeholderRow] = []
        mayors = session.execute(
            select(Term, CouncilMember)
            .join(CouncilMember.term)
            .where(CouncilMember.role == ROLE_MAYOR)
            .order_by(Term.start_year)
        )
        for term, mayor in mayors:
            current = term.end_year >= LAST_YEAR
            rows.append(OfficeholderRow(
                None, "MAYOR", mayor.title, mayor.full_name, mayor.dni,
                short_date(dt.date(term.start_year, 1, 1)),
                "" if current else short_date(dt.date(term.end_year, 12, 31)),
                "Credencial del Jurado Electoral Especial de Calca", mayor.feminine,
            ))
            for post in POSTS:
                if post == "MAYOR":
                    continue
                start = dt.date(term.start_year, 1, 2) + dt.timedelta(days=rng.randint(0, 14))
                end = dt.date(term.end_year, 12, 31)
                for since, until in _periods(rng, post, start, end, current):
                    if until is not None and until < first_day:
                        continue
                    name, dni, fem = _person(rng, taken)
                    title = rng.choice(POST_TITLES.get(post, ("",)))
                    rows.append(OfficeholderRow(
                        None, post, title, name, dni, short_date(since), short_date(until),
                        "", fem,
                    ))
        _number_designations(rng, rows, initials)
        settings.officeholders = rows
        save_settings(session, settings, DEMO_ACTOR)


def _number_designations(rng: random.Random, rows: list[OfficeholderRow], initials: str) -> None:
    """'Resolución de Alcaldía N° 118-2024-MDP/A': numbers grow through each year (~300 a year)."""
    last: dict[int, int] = {}
    for row in sorted((r for r in rows if not r.designation), key=lambda r: parse(r.start)):
        year, day_of_year = parse(row.start).year, parse(row.start).timetuple().tm_yday
        number = max(last.get(year, 0) + 1, day_of_year * 300 // 365 + rng.randint(0, 3))
        last[year] = number
        row.designation = f"Resolución de Alcaldía N° {number:03d}-{year}-{initials}/A"


def _users(opened: OpenedDatabase, rng: random.Random, scale: float = 1.0) -> None:
    with opened.db.session() as session:
        add_demo_users(session)


# Issued documents a year (about 20,000 in ten years), the way a district office issues them.
DOCS_PER_YEAR = {"MAYOR_RESOLUTION": 1000, "MANAGEMENT_RESOLUTION": 700,
                 "COUNCIL_AGREEMENT": 150, "COUNCIL_RESOLUTION": 60, "ORDINANCE": 30,
                 "MAYOR_DECREE": 20, "DIRECTIVE": 20}
DOCS_BATCH = 500  # documents per transaction while building


def _documents(opened: OpenedDatabase, rng: random.Random, scale: float = 1.0) -> None:
    """Ten years of numbered documents, drafted and issued through the domain (audited)."""
    from pisac_desktop.core.institution import holder_on
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.demo.instruments import SUBJECTS
    from pisac_desktop.instruments.register import issue, new_draft_form, save_draft

    with opened.db.session() as session:
        secretary = demo_actor(session, "mhuillca")
        manager = demo_actor(session, "wccahua")
    plan = []
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        first = dt.date(year, 1, 2)
        last = min(dt.date(year, 12, 30), AS_OF)
        days = [first + dt.timedelta(d) for d in range((last - first).days + 1)]
        workdays = [d for d in days if d.weekday() < 5]
        for kind, count in DOCS_PER_YEAR.items():
            plan += [(rng.choice(workdays), kind) for _ in range(max(1, round(count * scale)))]
    plan.sort()
    approving = None  # the last resolución de gerencia issued: it approves the next directive
    for start in range(0, len(plan), DOCS_BATCH):
        with opened.db.session() as session:
            for when, kind in plan[start:start + DOCS_BATCH]:
                actor = manager if kind in ("MANAGEMENT_RESOLUTION", "DIRECTIVE") else secretary
                post = "MUNICIPAL_MANAGER" if actor is manager else "MAYOR"
                while holder_on(session, post, when) is None:  # a vacancy: the next day
                    when += dt.timedelta(days=1)
                summary, seen, extra, articles = rng.choice(SUBJECTS[kind])
                form = new_draft_form(session, kind, when)
                form.summary = f"{summary} ({rng.choice(_PLACES)})"
                form.seen = seen.format(n=rng.randint(1, 999), y=when.year)
                if extra:
                    form.whereas = [*form.whereas, extra]
                form.articles = articles
                if kind == "DIRECTIVE":
                    form.sections = dict(_DIRECTIVE_SECTIONS)
                    form.approved_by_id = approving or _approving(session, manager, when)
                issued = issue(session, actor, save_draft(session, actor, form).id)
                if kind == "MANAGEMENT_RESOLUTION":
                    approving = issued.id


# A directive's sections (instruments/directives.py); the approving resolution comes first.
_DIRECTIVE_SECTIONS = {
    "FINALIDAD": "Contar con un instrumento que ordene el procedimiento.",
    "OBJETIVO": "Establecer las normas del procedimiento.",
    "ALCANCE": "Todas las unidades orgánicas de la municipalidad.",
    "BASE LEGAL": "4.1 Ley N° 27972, Ley Orgánica de Municipalidades.",
    "DISPOSICIONES GENERALES": "5.1 El procedimiento se inicia a pedido de la unidad usuaria.",
    "DISPOSICIONES ESPECÍFICAS": "6.1 La Oficina de Administración lleva el registro.",
    "RESPONSABILIDADES": "7.1 La Gerencia Municipal supervisa su cumplimiento.",
}


def _approving(session, manager, when: dt.date) -> int:
    from pisac_desktop.instruments.register import issue, new_draft_form, save_draft

    form = new_draft_form(session, "MANAGEMENT_RESOLUTION", when)
    form.summary = "Aprobar la directiva del procedimiento"
    form.seen = "El Informe N° 001 de la Oficina de Planeamiento y Presupuesto, y;"
    form.articles = ["APROBAR la directiva del procedimiento."]
    return issue(session, manager, save_draft(session, manager, form).id).id


def _council_sessions(opened: OpenedDatabase, rng: random.Random, scale: float = 1.0) -> None:
    """About 28 sessions a year with their agenda, summonses, attendance, votes and actas in
    minute books (bulk inserts: see bench/dataset_council.py)."""
    from bench.dataset_council import council_sessions

    council_sessions(opened, rng, scale, FIRST_YEAR, LAST_YEAR, AS_OF)


_PLACES = ("Pisac", "Amaru", "Cuyo Grande", "Cuyo Chico", "Paru Paru", "Sacaca", "Chahuaytire",
           "Viacha", "Ampay", "Maska", "Taray", "Huancalle")


def _case_files(opened: OpenedDatabase, rng: random.Random, scale: float = 1.0) -> None:
    from bench.dataset_tramite import add_case_files

    add_case_files(opened, rng, FIRST_YEAR, LAST_YEAR, AS_OF, scale)


STEPS: list[tuple[str, Step]] = [
    ("usuarios", _users),
    ("datos de la institución y denominaciones de los años", _institution),
    ("unidades orgánicas", _org_units),
    ("concejo municipal", _council),
    ("funcionarios", _officeholders),
    ("normas y resoluciones de diez años", _documents),
    ("sesiones de concejo de diez años", _council_sessions),
    ("expedientes de diez años (trámite documentario)", _case_files),
]


# ----------------------------------------------------------------------------------------------
# Building and caching


def cache_key() -> str:
    """Changes with DATASET_VERSION, the schema head, or any edit to the migration scripts."""
    digest = hashlib.sha256()
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        digest.update(script.read_bytes())
    return f"v{DATASET_VERSION}-r{HEAD_REVISION}-{digest.hexdigest()[:10]}"


def build_dataset(
    target: Path, seed: int = SEED, progress: Callable[[str, float], None] | None = None,
    scale: float = 1.0,
) -> Path:
    """Create a new data folder at `target` holding the whole dataset (`scale` < 1 makes fewer
    documents, for tests)."""
    paths = DataPaths(Path(target))
    if paths.database.exists():
        raise FileExistsError(f"{paths.database} already exists")
    opened = open_database(paths)
    try:
        for name, step in STEPS:
            started = time.perf_counter()
            step(opened, random.Random(f"{seed}:{name}"), scale)
            if progress:
                progress(name, time.perf_counter() - started)
    finally:
        opened.db.dispose()
    return paths.root


def ensure_dataset(rebuild: bool = False, verbose: bool = True) -> Path:
    """The cached data folder, built first if missing, stale or `rebuild` is asked for."""
    folder = CACHE_DIR / f"datos-{cache_key()}"
    if folder.is_dir() and not rebuild:
        return folder
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    building = CACHE_DIR / f"construyendo-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)

    def progress(name: str, seconds: float) -> None:
        if verbose:
            print(f"  {name}: {seconds:.2f} s", flush=True)

    if verbose:
        print(f"Generando los datos de prueba en {folder} ...", flush=True)
    build_dataset(building, progress=progress)
    for old in CACHE_DIR.glob("datos-*"):  # other keys are stale; `folder` itself on rebuild
        shutil.rmtree(old, ignore_errors=True)
    os.replace(building, folder)
    return folder


if __name__ == "__main__":
    print(ensure_dataset(rebuild=True))
