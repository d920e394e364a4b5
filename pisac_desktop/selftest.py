"""`pisac-desktop --self-test`: a headless check of the installation, reported in Spanish."""

from __future__ import annotations

import os
import platform
import sqlite3
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from pisac_desktop import __version__
from pisac_desktop.paths import DataPaths
from pisac_desktop.spanish.plural import plural


class _Checks:
    """Each check of the self-test: returns a detail for the report, or raises. They share the
    temporary data folder, the database opened there and the demo made beside it."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.paths = DataPaths(tmp).ensure()
        self.state: dict = {}

    def resources(self) -> str:
        from pisac_desktop.paths import resource, resources_dir

        fonts = sorted(p.name for p in (resources_dir() / "fonts").glob("*.ttf"))
        if not fonts:
            raise FileNotFoundError("no hay fuentes TTF en resources/fonts")
        for name in ("pisac-desktop.png", "pisac-desktop.ico", "escudo-provisional.png"):
            resource("icons", name)
        return f"{len(fonts)} fuentes, iconos y escudo en {resources_dir()}"

    def database(self) -> str:
        from pisac_desktop.db.schema import HEAD_REVISION, script_head
        from pisac_desktop.startup import open_database

        opened = open_database(self.paths)
        self.state["opened"] = opened
        if script_head() != HEAD_REVISION:
            raise RuntimeError(f"migraciones en {script_head()}, código en {HEAD_REVISION}")
        with sqlite3.connect(self.paths.database) as conn:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise RuntimeError(f"integrity_check: {verdict}")
        return f"creada y migrada al esquema {HEAD_REVISION}, integridad correcta"

    def defaults(self) -> str:
        from pisac_desktop.core.institution_settings import load_settings

        with self.state["opened"].db.session() as session:
            settings = load_settings(session)
        if not settings.org_units or not settings.year_names:
            raise RuntimeError("faltan las unidades orgánicas o las denominaciones del año")
        return (f"{len(settings.org_units)} unidades orgánicas, "
                f"{len(settings.year_names)} denominaciones del año")

    def demo(self) -> str:
        from pisac_desktop.db.backup import sqlite_copy
        from pisac_desktop.demo import fill_demo
        from pisac_desktop.startup import open_database

        # A small dataset, not the whole demo: institution, officeholders and the council, on
        # a copy of the database just created (migrated once, not twice).
        demo_paths = DataPaths(self.tmp / "demo").ensure()
        sqlite_copy(self.paths.database, demo_paths.database)
        self.state["demo"] = opened = open_database(demo_paths)
        fill_demo(opened, documents=False, users=False)
        return "datos ficticios mínimos creados en una carpeta aparte"

    def documents(self) -> str:
        import datetime as dt

        from pisac_desktop.core.permissions import Actor
        from pisac_desktop.instruments.kinds import kinds as all_kinds
        from pisac_desktop.instruments.printing import render_for_preview
        from pisac_desktop.instruments.register import issue, new_draft_form, save_draft

        actor, day = Actor.system("autodiagnóstico"), dt.date(2026, 3, 2)
        with self.state["demo"].db.session() as session:
            kinds = [kind.code for kind in all_kinds(session)]
            for code in kinds:  # the draft proof of each kind: its layout, fonts and crest
                form = new_draft_form(session, code, day)
                form.summary = "Autodiagnóstico: documento de prueba"
                form.articles = ["DISPONER la prueba de impresión."]
                draft = save_draft(session, actor, form)
                _check_pdf(render_for_preview(session, draft.id)[0], code)
                if code == "MAYOR_RESOLUTION":  # numbered and issued, as it prints then
                    issue(session, actor, draft.id)
                    _check_pdf(render_for_preview(session, draft.id)[0], code)
        return (f"un PDF de cada uno de los {len(kinds)} tipos de documento, fuentes "
                "incrustadas; una resolución emitida y numerada")

    def council(self) -> str:
        import datetime as dt
        import re
        import time

        from pisac_desktop.core.calendar import BusinessCalendar
        from pisac_desktop.core.permissions import Actor
        from pisac_desktop.council.agenda import ItemForm, add_item
        from pisac_desktop.council.printing import summons_pdf
        from pisac_desktop.council.sessions import create_session, new_session_form
        from pisac_desktop.council.summons import convene
        from pisac_desktop.db.models.council import EXTRAORDINARY

        # DOMAIN.md section 3: notified Monday 2 March 2026, 5 full business days between,
        # the earliest extraordinaria is Tuesday 10 March 2026.
        notified, session_day = dt.date(2026, 3, 2), dt.date(2026, 3, 10)
        actor = Actor.system("autodiagnóstico")
        started = time.perf_counter()
        with self.state["demo"].db.session() as session:
            earliest = BusinessCalendar.load(session).earliest_after_notice(notified, 5)
            if earliest.result != session_day:
                raise RuntimeError(f"notificada el 02/03/2026, la sesión extraordinaria más "
                                   f"próxima sería el {earliest.result:%d/%m/%Y}, no el "
                                   "10/03/2026")
            form = new_session_form(session, notified, EXTRAORDINARY)
            form.session_date = session_day
            session_id = create_session(session, actor, form)
            add_item(session, actor, session_id,
                     ItemForm(title="Autodiagnóstico: punto de agenda de prueba"))
            ids = convene(session, actor, session_id, notified)
            pdf, _name = summons_pdf(session, session_id)
        elapsed = time.perf_counter() - started
        pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
        if not pdf.startswith(b"%PDF") or pages != len(ids):
            raise RuntimeError(f"{len(ids)} citaciones dieron un PDF de {pages} páginas")
        seconds = f"{elapsed:.1f}".replace(".", ",")
        return (f"{len(ids)} citaciones numeradas en un PDF de {pages} páginas en "
                f"{seconds} s; notificada el 02/03/2026, sesión desde el 10/03/2026")

    def accounts(self) -> str:
        from pisac_desktop.core.accounts import UserForm, create_first_admin, sign_in
        from pisac_desktop.core.audit import verify_chain

        with self.state["opened"].db.session() as session:
            create_first_admin(session, UserForm("prueba", "Prueba", "clave-de-prueba",
                                                 "clave-de-prueba"), "Autodiagnóstico")
        with self.state["opened"].db.session() as session:
            self.state["actor"] = sign_in(session, "prueba", "clave-de-prueba").actor
        if self.state["actor"] is None:
            raise RuntimeError("no se pudo iniciar sesión con la cuenta recién creada")
        with self.state["opened"].db.session() as session:
            report = verify_chain(session)
        if not report.ok:
            raise RuntimeError(report.message)
        return f"cuenta, inicio de sesión y cadena de auditoría ({report.entries} entradas)"

    def backups(self) -> str:
        from pisac_desktop.core.backups import backup_now

        info = backup_now(self.state["opened"].db, self.paths, self.state["actor"])
        if info.state != "íntegra":
            raise RuntimeError(f"la copia {info.path.name} quedó {info.state}")
        return (f"copia comprimida y verificada con integrity_check ({info.path.name}, "
                f"{info.size_text})")

    def forms(self) -> str:
        from pisac_desktop.core.permissions import Actor
        from pisac_desktop.gui.admin.about_dialog import AboutDialog
        from pisac_desktop.gui.admin.accounts import (
            ChangePasswordDialog,
            FirstRunDialog,
            SignInDialog,
            UserFormDialog,
            UsersDialog,
        )
        from pisac_desktop.gui.admin.audit_viewer import AuditViewerDialog
        from pisac_desktop.gui.admin.backup_dialogs import RestoreDialog
        from pisac_desktop.gui.admin.institution_dialog import InstitutionDialog
        from pisac_desktop.gui.app import create_application
        from pisac_desktop.gui.context import AppContext
        from pisac_desktop.gui.instruments.form import InstrumentFormDialog
        from pisac_desktop.gui.main_window import MainWindow

        app = create_application()
        self.state["translated"] = getattr(app, "_pisac_translator", None) is not None
        db = self.state["opened"].db
        actor = self.state.get("actor") or Actor.system("autodiagnóstico")
        ctx = AppContext(db, self.paths, actor)
        window = MainWindow(ctx)
        count = 1
        for page in window.pages.values():
            for spec in page.specs:
                page.select(spec.key)
                count += 1
        institution = InstitutionDialog(ctx, window)
        institution.load()
        audit = AuditViewerDialog(ctx, window)
        audit.load()
        dialogs = [
            institution, audit, AboutDialog(ctx, window), SignInDialog(db, "", window),
            FirstRunDialog(db, self.paths, "", window), UsersDialog(db, actor, window),
            UserFormDialog(db, actor, None, window),
            ChangePasswordDialog(db, actor, parent=window),
            RestoreDialog(self.paths, db, actor, window),
            InstrumentFormDialog(ctx, "secretaria", parent=window),
        ]
        from pisac_desktop.gui.secretaria.minute_books import MinuteBookDialog

        dialogs.append(MinuteBookDialog(ctx, None, window))
        count += len(dialogs)
        built = _forms_built(app)
        window.close()
        designer = _designer_forms(skip=built)
        return (f"{count} pantallas y diálogos cargados; {len(built) + designer} formularios "
                "de Designer")

    def translations(self) -> str:
        if not self.state.get("translated"):
            raise RuntimeError("no se encontraron las traducciones de Qt al español")
        return "botones y diálogos estándar de Qt en español"

    def calendar(self) -> str:
        import holidays

        peru = holidays.Peru(years=2026, language="es")
        return f"{len(peru)} feriados nacionales de 2026 disponibles"


def run_self_test(print_fn: Callable[[str], None] = print) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print_fn(f"Autodiagnóstico de Pisac Desktop {__version__} "
             f"(Python {platform.python_version()}, {platform.system()})")
    with tempfile.TemporaryDirectory(prefix="pisac-autodiagnostico-") as tmp:
        results = _run_checks(_Checks(Path(tmp)))
    for ok, text in results:
        print_fn(f"[{' OK ' if ok else 'FALLA'}] {text}")
    failures = sum(not ok for ok, _ in results)
    if failures:
        print_fn(f"Resultado: {plural(failures, 'comprobación falló', 'comprobaciones fallaron')}"
                 ". Avise al encargado de informática con este informe.")
        return 1
    print_fn("Resultado: la instalación está en orden.")
    return 0


def _run_checks(checks: _Checks) -> list[tuple[bool, str]]:
    """Run the checks in order; a check that needs what an earlier one failed to make is
    skipped. Every failure is reported, none stops the report."""
    results: list[tuple[bool, str]] = []

    def check(label: str, fn: Callable[[], str | None]) -> None:
        try:
            detail = fn()
        except Exception as exc:
            results.append((False, f"{label}: {type(exc).__name__}: {exc}"))
            traceback.print_exc()
        else:
            results.append((True, label + (f" ({detail})" if detail else "")))

    state = checks.state
    check("Recursos instalados", checks.resources)
    check("Base de datos", checks.database)
    if "opened" in state:
        check("Datos iniciales", checks.defaults)
        check("Datos de demostración", checks.demo)
        if "demo" in state:
            check("Documentos impresos", checks.documents)
            check("Concejo: sesión, citaciones y plazos", checks.council)
            state["demo"].db.dispose()
        check("Cuentas y auditoría", checks.accounts)
        if state.get("actor"):
            check("Copias de seguridad", checks.backups)
        check("Formularios", checks.forms)
        check("Traducciones", checks.translations)
        state["opened"].db.dispose()
    check("Feriados", checks.calendar)
    return results


def _check_pdf(pdf: bytes, kind: str) -> None:
    """A PDF whose TrueType fonts travel inside it (it prints the same on any computer)."""
    if not pdf.startswith(b"%PDF"):
        raise RuntimeError(f"el tipo {kind} no produjo un PDF")
    if b"/FontFile2" not in pdf:
        raise RuntimeError(f"el PDF del tipo {kind} no lleva sus fuentes incrustadas")


def _forms_built(app) -> set[type]:
    """The generated form classes (Ui_*) that the live screens and dialogs were built from."""
    return {type(ui) for widget in app.allWidgets()
            if (ui := getattr(widget, "ui", None)) is not None
            and type(ui).__name__.startswith("Ui_")}


def _designer_forms(skip: set[type] = frozenset()) -> int:
    """Build every other generated form (pisac_desktop/gui/forms/ui_*.py) on a bare window, so
    a form that a section only opens on demand is checked too (those in skip were built by
    the screens already). Returns how many were built here."""
    import importlib
    import pkgutil

    from PySide6.QtWidgets import QDialog, QMainWindow

    from pisac_desktop.gui import forms

    count = 0
    for info in pkgutil.iter_modules(forms.__path__):
        module = importlib.import_module(f"{forms.__name__}.{info.name}")
        for name, form_class in vars(module).items():
            if not (name.startswith("Ui_") and isinstance(form_class, type)) \
                    or form_class in skip:
                continue
            host = QMainWindow() if name == "Ui_MainWindow" else QDialog()
            try:
                form_class().setupUi(host)
            except Exception as exc:
                raise RuntimeError(f"el formulario {info.name} no se construye: {exc}") from exc
            finally:
                host.deleteLater()
            count += 1
    if not count and not skip:
        raise RuntimeError("no se encontraron los formularios generados")
    return count
