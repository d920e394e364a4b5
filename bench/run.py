"""Benchmark of Pisac Desktop on ten years of data:
python bench/run.py [--runs N] [--rebuild] [--scale 1|3|10].

Prints a table (escenario, mediana, p95, presupuesto, resultado) and writes the same to
bench/results/latest.json. Exit code 2 when a budget is exceeded by more than 20 % (TOLERANCE;
the list goes to stderr), 1 when the application fails to start, else 0. CI runs it as an
informative step: a slow machine must not fail the tests' verdict.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from pisac_desktop.demo import DEMO_PASSWORD  # noqa: E402

RESULTS_DIR = REPO / "bench" / "results"
TOLERANCE = 0.20  # a budget exceeded by more than this fails the bench (exit code 2)
HEAVY_MODULES = ("alembic", "reportlab", "PySide6.QtPdf")  # should load only when first needed
LAUNCH_TIMEOUT_S = 900  # a first start of the day at 10x waits at exit for a 3 GB copy
_IDLE_LINE = re.compile(r"^IDLE elapsed=(?P<elapsed>[-\d.]+) rss_kb=(?P<rss>\d+)"
                        r" epoch=(?P<epoch>[\d.]+)\s*$", re.M)


# Opens a throwaway copy of the dataset's database (the scenarios that write run on it).
Scratch = Callable[[], AbstractContextManager]


class LaunchError(Exception):
    """The application did not start and report idle."""


@dataclass
class Launch:
    ready_s: float  # spawn of the process to the main window shown and idle (wall clock)
    wall_s: float  # measured here: spawn to exit of the process
    inner_s: float  # reported by the app: from main() to the idle main window
    rss_mb: float
    stderr: str


@dataclass
class Row:
    escenario: str
    unidad: str = ""
    muestras: list[float] = field(default_factory=list)
    valor: str | None = None  # for rows that are not timings
    presupuesto: float | None = None
    estadistico: str = "mediana"  # which statistic the budget applies to

    @property
    def mediana(self) -> float | None:
        return statistics.median(self.muestras) if self.muestras else None

    @property
    def p95(self) -> float | None:
        """Nearest rank: with fewer than 20 runs this is the slowest one."""
        if not self.muestras:
            return None
        ordered = sorted(self.muestras)
        return ordered[math.ceil(0.95 * len(ordered)) - 1]

    @property
    def medido(self) -> float | None:
        return self.mediana if self.estadistico == "mediana" else self.p95

    @property
    def resultado(self) -> str:
        if self.presupuesto is None or self.medido is None:
            return "(informativo)"
        if self.medido < self.presupuesto:
            return "dentro"
        return "FUERA" if self.excedido else "fuera (< 20 %)"

    @property
    def excedido(self) -> bool:
        """Over its budget by more than TOLERANCE: the bench's exit code says so."""
        return (self.presupuesto is not None and self.medido is not None
                and self.medido > self.presupuesto * (1 + TOLERANCE))

    def as_json(self) -> dict:
        return {**asdict(self), "mediana": self.mediana, "p95": self.p95,
                "resultado": self.resultado}


def launch(data_dir: Path, python_options: tuple[str, ...] = (),
           before: Callable[[], None] | None = None) -> Launch:
    """Start the application in a new process on `data_dir`; it quits once idle (and once a
    daily copy it started has ended). `before` runs just before the process is spawned."""
    # The start includes a real sign-in (one scrypt check) with a demo account.
    # An installed app runs from compiled bytecode (pip and PyInstaller compile it): let the
    # child use and write __pycache__ even where PYTHONDONTWRITEBYTECODE is set in the shell.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update({"QT_QPA_PLATFORM": "offscreen", "PISAC_EXIT_WHEN_IDLE": "1",
                "PISAC_BENCH_SIGN_IN": f"soporte:{DEMO_PASSWORD}"})
    command = [sys.executable, *python_options, "-m", "pisac_desktop", "--data-dir", str(data_dir)]
    if before is not None:
        before()
    spawned = time.time()
    started = time.perf_counter()
    proc = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=LAUNCH_TIMEOUT_S)
    wall = time.perf_counter() - started
    match = _IDLE_LINE.search(proc.stdout)
    if proc.returncode != 0 or match is None:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-20:])
        raise LaunchError(f"La aplicación terminó con código {proc.returncode} sin llegar a "
                          f"estar lista:\n{tail}")
    return Launch(float(match["epoch"]) - spawned, wall, float(match["elapsed"]),
                  int(match["rss"]) / 1024, proc.stderr)


def timed_command(args: list[str], runs: int) -> list[float]:
    """Seconds from spawn to exit of `python -m pisac_desktop ARGS`, which must succeed."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    samples = []
    for n in range(runs + 1):  # the first is the warm-up
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "pisac_desktop", *args], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=LAUNCH_TIMEOUT_S)
        elapsed = time.perf_counter() - started
        if proc.returncode != 0:
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-20:])
            raise LaunchError(f"«pisac-desktop {' '.join(args)}» terminó con código "
                              f"{proc.returncode}:\n{tail}")
        if n:
            samples.append(elapsed)
    return samples


def forget_todays_copies(data_dir: Path) -> Callable[[], None]:
    """Makes the next start the first of the day: today's automatic copies (and their
    summaries) leave the data folder's backups folder, so the daily copy is due again."""
    from pisac_desktop.db.backup import parse_backup_name

    def forget() -> None:
        backups = data_dir / "backups"
        if not backups.is_dir():
            return
        today = dt.date.today()
        for item in backups.iterdir():
            parsed = parse_backup_name(item.name.removesuffix(".json"))  # a copy or its summary
            if parsed is not None and parsed.created.date() == today:
                item.unlink()
    return forget


def heavy_modules_at_startup(data_dir: Path) -> list[str]:
    """Which of HEAVY_MODULES (or their submodules) `python -X importtime` saw imported."""
    stderr = launch(data_dir, ("-X", "importtime")).stderr
    imported = {line.rsplit("|", 1)[1].strip()
                for line in stderr.splitlines() if line.startswith("import time:")}
    return [heavy for heavy in HEAVY_MODULES
            if any(name == heavy or name.startswith(heavy + ".") for name in imported)]


def _timed(action, runs: int) -> list[float]:
    action()  # warm-up
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def sqlite_scratch(data_dir: Path) -> Scratch:
    """A scratch copy of the dataset's SQLite file, opened, for scenarios that write."""

    @contextmanager
    def scratch():
        import tempfile

        from pisac_desktop.db.backup import sqlite_copy
        from pisac_desktop.paths import DataPaths
        from pisac_desktop.startup import open_database

        with tempfile.TemporaryDirectory(prefix="pisac-bench-") as tmp:
            paths = DataPaths(Path(tmp)).ensure()
            sqlite_copy(DataPaths(data_dir).database, paths.database)
            db = open_database(paths).db
            try:
                yield db
            finally:
                db.dispose()
    return scratch


# Words a clerk types in the search box, by how many documents hold them (ten-year data).
SEARCHES = {"mercado abastos": "dos palabras, 1 de cada 8 documentos",
            "resolucion": "casi todos los documentos",
            "zzzz": "ninguno"}
SEARCH_BUDGET_MS = 30  # issue 15: any word, hit or no hit, at 1x
AUDIT_BUDGET_MS = 150  # issue 15: every filter of the audit viewer


def measure_documents(scratch: Scratch, runs: int,
                      search_budget_ms: float = SEARCH_BUDGET_MS) -> list[Row]:
    """In-process scenarios on the ~20,000 documents: list, search, issue (on a scratch copy)."""
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.instruments.register import issue, new_draft_form, save_draft
    from pisac_desktop.instruments.search import InstrumentFilter, count, search

    with scratch() as db:
        with db.session() as s:
            total = count(s, InstrumentFilter())
            actor = demo_actor(s, "mhuillca")

        def first_page(flt: InstrumentFilter) -> None:  # as the list asks: count, then page
            with db.session() as s:
                search(s, flt, 0, 200, count(s, flt))

        def issue_one() -> None:
            with db.session() as s:
                form = new_draft_form(s, "MAYOR_RESOLUTION", dt.date(2026, 10, 30))
                form.summary = "Documento del banco de pruebas"
                form.articles = ["DISPONER lo que corresponde."]
                draft_id = save_draft(s, actor, form).id
            started = time.perf_counter()
            with db.session() as s:  # what is timed: number + commit
                issue(s, actor, draft_id)
            issue_times.append((time.perf_counter() - started) * 1000)

        issue_times: list[float] = []
        listing = _timed(lambda: first_page(InstrumentFilter(module="secretaria")), runs)
        searches = {word: _timed(lambda w=word: first_page(InstrumentFilter(text=w)), runs)
                    for word in SEARCHES}
        for _ in range(runs + 1):
            issue_one()
        from sqlalchemy import select

        from pisac_desktop.db.models import Instrument
        from pisac_desktop.instruments.printing import render_for_preview

        with db.session() as s:
            ids = s.scalars(select(Instrument.id).where(
                Instrument.kind_code == "MAYOR_RESOLUTION", Instrument.state == "issued")
                .limit(100)).all()

        def render(some: list[int]) -> None:
            with db.session() as s:
                for doc_id in some:
                    render_for_preview(s, doc_id)

        one_pdf = _timed(lambda: render(ids[:1]), runs)
        hundred = _timed(lambda: render(ids), max(1, runs // 3))
    return [
        Row(f"lista de normas: conteo y primera página ({total} documentos)", "ms", listing,
            presupuesto=150),
        *(Row(f"búsqueda de texto «{word}» ({what})", "ms", searches[word],
              presupuesto=search_budget_ms) for word, what in SEARCHES.items()),
        Row("emitir un documento (número + commit)", "ms", issue_times[1:], presupuesto=20),
        Row("PDF de una resolución", "ms", one_pdf, presupuesto=50),
        Row("PDF de 100 resoluciones", "s", [x / 1000 for x in hundred], presupuesto=3),
    ]


def measure_audit(scratch: Scratch, runs: int) -> list[Row]:
    """The audit viewer's filters on the whole trail, as it asks: the count (it stops at
    1.000), then the first page."""
    from pisac_desktop.core import audit_search
    from pisac_desktop.core.audit_search import AuditFilter
    from pisac_desktop.db.models import AuditEntry
    from pisac_desktop.demo import demo_actor

    with scratch() as db:
        with db.session() as s:
            actor = demo_actor(s, "soporte")
            from sqlalchemy import func, select

            entries = s.scalar(select(func.count(AuditEntry.id)))
            user = s.execute(select(AuditEntry.username, func.count()).group_by(
                AuditEntry.username).order_by(func.count())).all()[0][0]  # the rarest user

        def first_page(flt: AuditFilter) -> None:
            with db.session() as s:
                total = audit_search.count(s, actor, flt)
                audit_search.search(s, actor, flt, limit=audit_search.PAGE_SIZE, total=total)

        filters = {
            "sin filtros": AuditFilter(),
            "texto «resolucion»": AuditFilter(text="resolucion"),
            "texto sin resultados («zzzz»)": AuditFilter(text="zzzz"),
            f"usuario «{user}»": AuditFilter(username=user),
            "acción «Emisión»": AuditFilter(action="issue"),
        }
        timings = {label: _timed(lambda f=flt: first_page(f), runs)
                   for label, flt in filters.items()}
    return [Row(f"auditoría ({entries} entradas): {label}", "ms", samples,
                presupuesto=AUDIT_BUDGET_MS) for label, samples in timings.items()]


TRAMITE_BUDGETS_MS = {"register": 300, "bandeja": 150, "number": 30, "words": 100,
                      "route": 200}  # issue 16


def measure_tramite(scratch: Scratch, runs: int) -> list[Row]:
    """Trámite on ~200,000 case files: register a filing and print its cargo, open a bandeja
    (counts and the first tab, as the screen does), search by number, DNI and words, and the
    hoja de ruta of a 40-step case file."""
    from sqlalchemy import func, select

    from pisac_desktop.db.models import CaseFile, CaseStep, OrgUnit
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.tramite import intake, printing, views
    from pisac_desktop.tramite.views import Tray

    with scratch() as db:
        with db.session() as s:
            total = s.scalar(select(func.count(CaseFile.id)))
            desk, manager = demo_actor(s, "echoque"), demo_actor(s, "wccahua")
            unit = s.scalar(select(OrgUnit.id).where(OrgUnit.code == "MUNICIPAL_MANAGEMENT"))
            sample = s.scalar(select(CaseFile).order_by(CaseFile.id.desc()).limit(1))
            number, dni = sample.number_text, sample.filer_document
            longest = s.execute(select(CaseStep.case_file_id, func.count()).group_by(
                CaseStep.case_file_id).order_by(func.count().desc()).limit(1)).one()

        def register() -> None:
            with db.session() as s:
                case_id = intake.register_filing(s, desk, intake.FilingForm(
                    filer_document="23456789", filer_name="Vecina del banco de pruebas",
                    subject="Solicita copia certificada", folios=2, unit_id=unit))
            with db.session() as s:
                printing.render_cargo(s, desk, case_id)

        def bandeja() -> None:
            with db.session() as s:
                views.tray_counts(s, manager, unit)
                views.bandeja(s, manager, unit, Tray.IN_PROCESS)

        def find(text: str) -> None:
            with db.session() as s:
                views.find(s, manager, text)

        def route() -> None:
            with db.session() as s:
                printing.render_routing_slip(s, manager, longest[0])

        timings = {
            "registrar un documento e imprimir su cargo": (_timed(register, runs), "register"),
            "abrir una bandeja (conteos y pestaña «En proceso»)": (_timed(bandeja, runs),
                                                                    "bandeja"),
            f"buscar por número ({number})": (_timed(lambda: find(number), runs), "number"),
            "buscar por DNI": (_timed(lambda: find(dni), runs), "number"),
            "buscar por palabras «licencia funcionamiento»": (
                _timed(lambda: find("licencia funcionamiento"), runs), "words"),
            "buscar por palabras sin resultados («zzzz»)": (_timed(lambda: find("zzzz"), runs),
                                                            "words"),
            f"hoja de ruta de {longest[1]} pasos (PDF)": (_timed(route, runs), "route"),
        }
    return [Row(f"trámite ({total} expedientes): {label}", "ms", samples,
                presupuesto=TRAMITE_BUDGETS_MS[budget])
            for label, (samples, budget) in timings.items()]


COUNCIL_DAY = dt.date(2026, 11, 19)  # after the data end (AS_OF): sessions still to come
COUNCIL_CONVENED_ON = dt.date(2026, 11, 12)


def measure_council(scratch: Scratch, runs: int) -> list[Row]:
    """Convening a session with 10 recipients and printing all its summonses in one PDF (on a
    scratch copy), and opening the ten-year dataset's session with 30 agenda items the way the
    Sesiones de concejo screen does (its detail, then its acta)."""
    from sqlalchemy import func, select

    from pisac_desktop.core.institution import POSTS, holder_on
    from pisac_desktop.council import agenda as Age
    from pisac_desktop.council import sessions as S
    from pisac_desktop.council import summons as Sum
    from pisac_desktop.council.members import term_on
    from pisac_desktop.council.minutes_view import minutes_view
    from pisac_desktop.council.printing import summons_pdf
    from pisac_desktop.council.session_view import session_detail
    from pisac_desktop.db.models import AgendaItem, CouncilMember, Summons
    from pisac_desktop.db.models.council import (
        DESPACHO,
        INFORMES,
        ORDEN_DEL_DIA,
        ORDINARY,
        PEDIDOS,
        ROLE_COUNCILLOR,
    )
    from pisac_desktop.demo import demo_actor

    with scratch() as db:
        with db.session() as s:
            actor = demo_actor(s, "mhuillca")
            big = s.execute(select(AgendaItem.session_id, func.count(AgendaItem.id))
                            .group_by(AgendaItem.session_id)
                            .order_by(func.count(AgendaItem.id).desc()).limit(1)).one()
            # Ten recipients: the seven regidores of a council of eight (as in a district of more
            # than 25,000 inhabitants; the alcalde convenes and is not summoned) and three of the
            # four officials invited (the secretary general attends by office, unsummoned).
            term = term_on(s, COUNCIL_DAY)
            term.councillor_seats = 7
            for n in range(2):
                s.add(CouncilMember(term_id=term.id, role=ROLE_COUNCILLOR, full_name=f"Regidor "
                                    f"del banco de pruebas {n + 1}", dni=f"7000000{n}",
                                    position=10 + n))
            officials = [holder_on(s, post, COUNCIL_DAY).id for post in POSTS if post != "MAYOR"]

        def programmed() -> int:
            with db.session() as s:
                form = S.new_session_form(s, COUNCIL_CONVENED_ON, ORDINARY)
                form.session_date, form.invitee_ids = COUNCIL_DAY, officials
                # One session per run on the same day: each in its own room, since a second
                # session at the same date, hour and place is refused.
                programmed.count = getattr(programmed, "count", 0) + 1
                form.place = f"Sala de pruebas {programmed.count}"
                sid = S.create_session(s, actor, form)
                for section, title in (
                        (DESPACHO, "Oficio del Gobierno Regional del Cusco"),
                        (INFORMES, "Informe del Gerente Municipal sobre las obras en ejecución"),
                        (PEDIDOS, "Pedido de mantenimiento de la trocha a Paru Paru"),
                        (ORDEN_DEL_DIA, "Aprobar el Plan de Desarrollo Local Concertado"),
                        (ORDEN_DEL_DIA, "Aprobar la Ordenanza de limpieza pública"),
                        (ORDEN_DEL_DIA, "Aprobar el convenio con el Gobierno Regional del Cusco")):
                    Age.add_item(s, actor, sid, Age.ItemForm(section, title))
            return sid

        def convene_and_print() -> None:
            sid = programmed()
            started = time.perf_counter()
            with db.session() as s:  # what is timed: numbering, commit, the PDF of them all
                Sum.convene(s, actor, sid, COUNCIL_CONVENED_ON)
            with db.session() as s:
                pdf, _name = summons_pdf(s, sid)
            convene_times.append((time.perf_counter() - started) * 1000)
            with db.session() as s:
                count = s.scalar(select(func.count(Summons.id)).where(Summons.session_id == sid))
            if count != 10 or not pdf.startswith(b"%PDF"):
                raise LaunchError(f"La convocatoria dio {count} citaciones (se esperaban 10).")

        def open_session() -> None:
            with db.session() as s:
                detail = session_detail(s, big.session_id)
            with db.session() as s:
                minutes_view(s, big.session_id)
            assert detail is not None and len(detail.items) == big[1]

        convene_times: list[float] = []
        for _ in range(runs + 1):  # the first one (fonts, imports) is the warm-up
            convene_and_print()
        opening = _timed(open_session, runs)
    return [
        Row("convocar una sesión con 10 citados y el PDF de las 10 citaciones", "s",
            [x / 1000 for x in convene_times[1:]], presupuesto=1),
        Row(f"abrir una sesión con {big[1]} puntos de agenda y sus votaciones", "ms", opening,
            presupuesto=150),
    ]


@dataclass(frozen=True)
class Budgets:
    """What issue 15 asks at each size of the data (1x: the ten-year dataset)."""

    start_s: float
    search_ms: float


BUDGETS = {1: Budgets(start_s=0.8, search_ms=SEARCH_BUDGET_MS),
           3: Budgets(start_s=0.9, search_ms=65),
           10: Budgets(start_s=1.0, search_ms=100)}
SELF_TEST_BUDGET_S = 3
VERSION_BUDGET_S = 0.15


def measure(data_dir: Path, runs: int, scale: int = 1) -> list[Row]:
    from bench.printing import measure_printing
    from bench.search import measure_global_search

    budgets = BUDGETS[scale]
    launch(data_dir)  # warm-up, not counted: OS file cache and __pycache__
    launches = [launch(data_dir) for _ in range(runs)]
    first_of_day = [launch(data_dir, before=forget_todays_copies(data_dir))
                    for _ in range(max(1, runs // 2))]
    heavy = heavy_modules_at_startup(data_dir)
    return [
        Row("arranque en frío: del proceso nuevo a la ventana lista", "s",
            [x.ready_s for x in launches], presupuesto=budgets.start_s),
        Row("arranque: de main() a la ventana lista", "s", [x.inner_s for x in launches]),
        Row("arranque: del proceso nuevo a su salida (con el cierre)", "s",
            [x.wall_s for x in launches]),
        Row("primer arranque del día (copia diaria en segundo plano): hasta la ventana lista",
            "s", [x.ready_s for x in first_of_day], presupuesto=budgets.start_s),
        Row("primer arranque del día: hasta salir, con la copia diaria terminada", "s",
            [x.wall_s for x in first_of_day]),
        Row("pisac-desktop --version", "s", timed_command(["--version"], runs),
            presupuesto=VERSION_BUDGET_S),
        Row("pisac-desktop --self-test (comprueba la instalación)", "s",
            timed_command(["--self-test"], max(1, runs // 2)), presupuesto=SELF_TEST_BUDGET_S),
        Row("memoria tras el arranque", "MB", [x.rss_mb for x in launches], presupuesto=200,
            estadistico="p95"),
        Row("módulos pesados cargados al inicio", valor=", ".join(heavy) or "ninguno"),
        *measure_documents(sqlite_scratch(data_dir), runs, budgets.search_ms),
        *measure_council(sqlite_scratch(data_dir), runs),
        *measure_printing(sqlite_scratch(data_dir), runs),
        *measure_audit(sqlite_scratch(data_dir), runs),
        *measure_tramite(sqlite_scratch(data_dir), runs),
        *measure_global_search(sqlite_scratch(data_dir), runs),
        *measure_dashboard(sqlite_scratch(data_dir), runs),
    ]


DASHBOARD_BUDGET_MS = 300  # issue 18: the Tablero de gestión opens in 300 ms


def measure_dashboard(scratch: Scratch, runs: int) -> list[Row]:
    """The Tablero de gestión over ten years: the figures the screen reads for a month and for
    the year (management.dashboard), and its PDF; and the monthly report's PDF."""
    from sqlalchemy import func, select

    from pisac_desktop.db.models import CaseFile
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.management import dashboard

    with scratch() as db:
        with db.session() as s:
            manager = demo_actor(s, "wccahua")
            last = s.scalar(select(func.max(CaseFile.received_at)))
            total = s.scalar(select(func.count(CaseFile.id)))
        year, month = last.year, last.month

        def read(month_or_none) -> None:
            with db.session() as s:
                dashboard.dashboard(s, manager, year, month_or_none)

        def pdf() -> None:
            with db.session() as s:
                dashboard.render_dashboard(s, manager, year, month)

        def monthly_pdf() -> None:
            from pisac_desktop.management import monthly

            with db.session() as s:
                monthly.render_monthly(s, manager, year, month)

        return [
            Row(f"tablero de gestión ({total} expedientes): un mes", "ms",
                _timed(lambda: read(month), runs), presupuesto=DASHBOARD_BUDGET_MS),
            Row(f"tablero de gestión ({total} expedientes): el año {year}", "ms",
                _timed(lambda: read(None), runs), presupuesto=DASHBOARD_BUDGET_MS),
            Row("tablero de gestión: el PDF de un mes", "s",
                [x / 1000 for x in _timed(pdf, max(1, runs // 2))], presupuesto=1),
            Row("informe mensual a la alcaldía: el PDF de un mes, con gráficos", "s",
                [x / 1000 for x in _timed(monthly_pdf, max(1, runs // 2))], presupuesto=1),
        ]


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "×":  # a ratio
        return f"{value:.2f}×"
    return f"{value:.3f} {unit}" if unit == "s" else f"{value:.1f} {unit}"  # ms, MB


def print_table(rows: list[Row]) -> None:
    header = ("escenario", "mediana", "p95", "presupuesto", "resultado")
    lines = []
    for row in rows:
        budget = ("—" if row.presupuesto is None
                  else f"{row.estadistico} < {row.presupuesto:g} {row.unidad}")
        median = row.valor if row.valor is not None else _fmt(row.mediana, row.unidad)
        lines.append((row.escenario, median, _fmt(row.p95, row.unidad), budget, row.resultado))
    widths = [max(len(line[i]) for line in (header, *lines)) for i in range(len(header))]
    rule = "  ".join("-" * w for w in widths)
    for i, line in enumerate((header, *lines)):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        if i == 0:
            print(rule)


def _git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=REPO,
                             capture_output=True, text=True, timeout=10)
    except OSError:
        return None
    return out.stdout.strip() or None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Banco de pruebas de rendimiento de Pisac Desktop")
    parser.add_argument("--runs", type=int, default=7, help="corridas por escenario (7)")
    parser.add_argument("--rebuild", action="store_true",
                        help="vuelve a generar los datos de prueba aunque estén en caché")
    parser.add_argument("--scale", type=int, choices=sorted(BUDGETS), default=1,
                        help="multiplica los documentos y la auditoría de los diez años (una "
                             "oficina más ocupada): 1, 3 o 10")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs debe ser al menos 1")

    sys.path.insert(0, str(REPO))  # run as a script from a source checkout
    from bench.dataset import FIRST_YEAR, LAST_YEAR, ensure_dataset
    from bench.dataset_scale import ensure_scaled

    data_dir = ensure_scaled(ensure_dataset(rebuild=args.rebuild), args.scale,
                             rebuild=args.rebuild)
    print(f"Datos: {LAST_YEAR - FIRST_YEAR + 1} años ({FIRST_YEAR}-{LAST_YEAR}), "
          f"{args.scale}× en {data_dir}")
    print(f"{args.runs} corridas por escenario, tras 1 corrida de calentamiento (no contada) para "
          "que la caché de archivos del sistema esté caliente.\n")
    try:
        rows = measure(data_dir, args.runs, args.scale)
    except (LaunchError, subprocess.TimeoutExpired) as exc:
        print(f"ERROR: {exc}", file=sys.stderr)
        return 1
    print_table(rows)

    results_file = RESULTS_DIR / ("latest.json" if args.scale == 1 else f"latest-x{args.scale}.json")
    results_file.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "fecha": dt.datetime.now().isoformat(timespec="seconds"),
        "commit": _git_commit(),
        "python": sys.version.split()[0],
        "plataforma": platform.platform(),
        "datos": str(data_dir),
        "escala": args.scale,
        "corridas": args.runs,
        "calentamiento": 1,
        "escenarios": [row.as_json() for row in rows],
    }
    results_file.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n",
                            encoding="utf-8")
    print(f"\nResultados en {results_file.relative_to(REPO)}")
    return budget_verdict(rows)


def budget_verdict(rows: list[Row]) -> int:
    """0 when every budget holds within TOLERANCE; 2 (and the list) when one does not."""
    over = [row for row in rows if row.excedido]
    if not over:
        print(f"Todos los presupuestos se cumplen (tolerancia {TOLERANCE:.0%}).")
        return 0
    print(f"\nPresupuestos excedidos en más del {TOLERANCE:.0%}:", file=sys.stderr)
    for row in over:
        print(f"  {row.escenario}: {_fmt(row.medido, row.unidad)} "
              f"(presupuesto {row.presupuesto:g} {row.unidad})", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
