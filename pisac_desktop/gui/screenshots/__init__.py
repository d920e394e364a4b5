"""`pisac-desktop screenshots OUT_DIR`: a PNG of every tab, section and dialog, rendered offscreen."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from pisac_desktop.paths import DataPaths

SIZE = (1366, 768)


def _settle() -> None:
    from pisac_desktop.gui.operations import wait_idle

    wait_idle()  # what the screens read in workers has arrived
    for _ in range(3):
        QApplication.processEvents()


def _save(widget: QWidget, out_dir: Path, name: str, files: list[Path]) -> None:
    _settle()
    target = out_dir / f"{len(files) + 1:02d}-{name}.png"
    if not widget.grab().save(str(target)):
        raise OSError(f"no se pudo escribir {target}")
    files.append(target)


def save_preview(preview, out_dir: Path, name: str, files: list[Path]) -> None:
    """A PdfPreviewDialog, once QPdfView (which renders asynchronously) has drawn its pages."""
    preview.resize(1000, 720)
    preview.show()
    _settle_preview(preview)
    _save(preview, out_dir, name, files)
    preview.done(0)


def _settle_preview(preview, longest: float = 2.0) -> None:
    """Until QPdfView, which renders its pages asynchronously, has drawn them: the document is
    ready and the view's picture stayed the same for a few tenths of a second (at most
    `longest` seconds; a fixed two seconds per preview before)."""
    import time

    from PySide6.QtPdf import QPdfDocument

    deadline = time.monotonic() + longest
    last, same = None, 0
    while time.monotonic() < deadline and same < 3:
        QApplication.processEvents()
        time.sleep(0.05)
        if preview.document.status() != QPdfDocument.Status.Ready:
            continue
        picture = preview.view.viewport().grab().toImage()
        same = same + 1 if picture == last else 0
        last = picture


@contextmanager
def scratch_copy(paths: DataPaths):
    """A throw-away copy of the data folder's database, opened: screenshots that change data
    work on it, so the folder being photographed is never touched. Yields (paths, opened)."""
    from pisac_desktop.db.backup import sqlite_copy
    from pisac_desktop.startup import open_database

    with tempfile.TemporaryDirectory(prefix="pisac-capturas-") as tmp:
        scratch = DataPaths(Path(tmp) / "datos").ensure()
        sqlite_copy(paths.database, scratch.database)
        opened = open_database(scratch)
        try:
            yield scratch, opened
        finally:
            opened.db.dispose()


def _council_books_and_allowances(ctx, window, out_dir: Path, files: list[Path]) -> None:
    """Libros de actas with an acta chosen, the book dialog refusing a bad date (nothing is
    written), and the allowances of the last month with sessions with their PDF preview (a
    preview alone is not audited)."""
    from sqlalchemy import func, select

    from pisac_desktop.council.allowances import allowances_pdf
    from pisac_desktop.db.models import CouncilSession
    from pisac_desktop.db.models.council import HELD
    from pisac_desktop.gui.pdf_preview import PdfPreviewDialog
    from pisac_desktop.gui.secretaria.minute_books import MinuteBookDialog

    page = window.pages["secretaria"]
    window.ui.moduleTabs.setCurrentWidget(page)
    books = page.select("minute_books")
    if books.entries:
        books.ui.actasView.selectRow(len(books.entries) - 1)
        _save(window, out_dir, "secretaria-libros-de-actas-acta-elegida", files)
    dialog = MinuteBookDialog(ctx, None, window)
    dialog.ui.notaryEdit.setText("Abog. Rina Zúñiga Farfán, Notaria Pública de Calca")
    dialog.ui.legalisedOnEdit.setText("31/02/2027")
    dialog.ui.folioCountSpin.setValue(200)
    dialog.save()  # refused at the date field: nothing is written
    dialog.show()
    _save(dialog, out_dir, "libro-de-actas-error", files)
    dialog.done(0)

    with ctx.db.session() as session:
        last = session.scalar(select(func.max(CouncilSession.session_date))
                              .where(CouncilSession.state == HELD))
    if last is None:
        return
    allowances = page.select("allowances")
    if allowances.period != (last.year, last.month):  # else the section's shot shows it
        allowances.set_period(last.year, last.month)
        _save(window, out_dir, "secretaria-dietas-mes", files)
    with ctx.db.session() as session:
        pdf, name = allowances_pdf(session, last.year, last.month)
    save_preview(PdfPreviewDialog(pdf, "Dietas de regidores", name, ctx.paths.documents,
                                   None, window), out_dir, "dietas-vista-previa", files)


def _council_settings_and_proposals(ctx, window, out_dir: Path, files: list[Path]) -> None:
    """Agenda proposals with one chosen and their dialogs (a refusal writes nothing), the
    member status of the council with a member's history, the calendar with its calculator
    and the council settings, shown as the Secretaria General."""
    import datetime as dt

    from sqlalchemy import select

    from pisac_desktop.council.proposals import PROPOSAL_RECEIVED
    from pisac_desktop.db.models import MemberStatus
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.gui.admin.calendar_dialog import CalendarDialog, NonWorkingDayDialog
    from pisac_desktop.gui.admin.council_settings_dialog import CouncilSettingsDialog
    from pisac_desktop.gui.context import AppContext
    from pisac_desktop.gui.secretaria.member_status import MemberStatusDialog
    from pisac_desktop.gui.secretaria.proposal_dialogs import (
        IncludeDialog,
        ProposalDialog,
        ReasonDialog,
    )

    with ctx.db.session() as session:
        secretary = demo_actor(session, "mhuillca")
    if secretary is not None:
        ctx = AppContext(ctx.db, ctx.paths, secretary, clock=ctx.clock)
    page = window.pages["secretaria"]
    window.ui.moduleTabs.setCurrentWidget(page)
    section = page.select("proposals")
    received = next((r for r in section.rows if r.state == PROPOSAL_RECEIVED), None)
    if received is not None:
        section.select_id(received.id)
        _save(window, out_dir, "secretaria-propuestas-elegida", files)
        for name, dialog in (("incluir", IncludeDialog(ctx, received.id, window)),
                             ("observar", ReasonDialog(ctx, received.id, "observe", window))):
            dialog.show()
            _save(dialog, out_dir, f"propuesta-{name}", files)
            dialog.done(0)
    dialog = ProposalDialog(ctx, None, False, window)
    dialog.ui.referencesEdit.setPlainText("Carta N° 015-2026-REG-PGL")
    dialog.save()  # refused: no regidor chosen, no subject; nothing is written
    dialog.show()
    _save(dialog, out_dir, "propuesta-registrar-error", files)
    dialog.done(0)

    gerencia = window.pages["gerencia"]
    window.ui.moduleTabs.setCurrentWidget(gerencia)
    own = gerencia.select("proposals")
    if own.rows:
        own.select_id(own.rows[0].id)
        _save(window, out_dir, "gerencia-propuestas-elegida", files)

    window.ui.moduleTabs.setCurrentWidget(page)
    authorities = page.select("authorities")
    with ctx.db.session() as session:  # a member with a licence: shown on one of its days
        period = session.scalars(select(MemberStatus).order_by(MemberStatus.start_date)).first()
    if period is not None:
        authorities.ui.dateEdit.setDate(period.start_date)
        authorities.select_member(period.member_id)
        _save(window, out_dir, "secretaria-autoridades-licencia", files)
    member = authorities.selected_member() or (authorities.members or [None])[0]
    if member is not None:
        status = MemberStatusDialog(ctx, member, authorities.on, window)
        status.ui.untilCheck.setChecked(False)
        status.save()  # refused: a licence needs its end date and its document
        status.show()
        _save(status, out_dir, "miembro-situacion-error", files)
        status.done(0)
    authorities.ui.dateEdit.setDate(ctx.today())

    calendar = CalendarDialog(ctx, window)
    calendar.ui.daysView.selectRow(0)
    calendar.ui.startDateEdit.setDate(dt.date(2026, 6, 22))
    calendar.ui.daysSpin.setValue(3)
    calendar.ui.notifiedDateEdit.setDate(dt.date(2026, 3, 30))
    calendar.ui.kindCombo.setCurrentIndex(1)
    calendar.resize(1200, 740)
    calendar.show()
    _save(calendar, out_dir, "calendario-dias-habiles", files)
    day = NonWorkingDayDialog(ctx, None, calendar)
    day.ui.dayEdit.setDate(dt.date(2026, 1, 2))
    day.ui.kindCombo.setCurrentIndex(day.ui.kindCombo.findData("decree"))
    day.save()  # refused: the day is already in the table, and it has no name
    day.show()
    _save(day, out_dir, "dia-no-laborable-error", files)
    day.done(0)
    calendar.done(0)

    settings = CouncilSettingsDialog(ctx, window)
    settings.show()
    _save(settings, out_dir, "concejo-y-citaciones", files)
    settings.ui.timeEdit.setText("25:00")
    settings.save()  # refused at the field: nothing is written
    _save(settings, out_dir, "concejo-y-citaciones-error", files)
    settings.done(0)


def _account_dialogs(ctx, window, out_dir: Path, files: list[Path]) -> None:

    from pisac_desktop.core.accounts import WRONG_SIGN_IN
    from pisac_desktop.gui.admin.accounts import (
        ChangePasswordDialog,
        FirstRunDialog,
        SignInDialog,
        UserFormDialog,
        UsersDialog,
    )
    from pisac_desktop.startup import open_database

    sign_in = SignInDialog(ctx.db, "demostración")
    sign_in.ui.usernameEdit.setText("mhuillca")
    # The refusal as the domain words it, without a real failed attempt: screenshots must not
    # count towards locking a demo account.
    sign_in.ui.messageLabel.setText(WRONG_SIGN_IN)
    sign_in.show()
    _save(sign_in, out_dir, "inicio-de-sesion", files)
    sign_in.done(0)

    users = UsersDialog(ctx.db, ctx.actor, window)
    users.show()
    users.select_username("mhuillca")
    _save(users, out_dir, "usuarios", files)
    form = UserFormDialog(ctx.db, ctx.actor, None, users)
    form.ui.usernameEdit.setText("rquispe")
    form.ui.fullNameEdit.setText("Rocío Quispe Mamani")
    form.ui.passwordEdit.setText("corta")
    form.ui.passwordAgainEdit.setText("corta")
    form.ui.roleIntakeCheck.setChecked(True)
    form.save()
    form.show()
    _save(form, out_dir, "usuario-nuevo-error", files)
    form.done(0)
    users.done(0)

    change = ChangePasswordDialog(ctx.db, ctx.actor, forced=True, parent=window)
    change.show()
    _save(change, out_dir, "cambio-de-contrasena", files)
    change.done(0)

    with tempfile.TemporaryDirectory(prefix="pisac-capturas-") as tmp:
        fresh = open_database(DataPaths(Path(tmp)))
        try:
            first = FirstRunDialog(fresh.db, fresh.paths, "demostración")
            first.show()
            _save(first, out_dir, "primera-puesta-en-marcha", files)
            first.done(0)
        finally:
            fresh.db.dispose()


def _instrument_dialogs(window, paths: DataPaths, out_dir: Path, files: list[Path]) -> None:
    """Drafting form, issue refusal, action dialogs and the print preview, shown as the
    Secretaria General, on a scratch copy of the data (the dialogs' refusals write nothing, but
    the preview records a print in the audit trail)."""
    import datetime as dt

    from sqlalchemy import select

    from pisac_desktop.db.models import Instrument
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.gui.context import AppContext
    from pisac_desktop.gui.instruments.actions import (
        AnnulDialog,
        CertifyDialog,
        PublicationDialog,
        ReceiptDialog,
    )
    from pisac_desktop.gui.instruments.form import InstrumentFormDialog
    from pisac_desktop.gui.pdf_preview import PdfPreviewDialog
    from pisac_desktop.instruments.printing import render_for_preview

    with scratch_copy(paths) as (scratch, opened):
        with opened.db.session() as session:
            actor = demo_actor(session, "mhuillca")
            issued = session.scalars(select(Instrument.id).where(
                Instrument.state == "issued", Instrument.kind_code == "MAYOR_RESOLUTION")
                .order_by(Instrument.id.desc())).first()
        if actor is None or issued is None:
            return  # not a demo folder with documents
        ctx = AppContext(opened.db, scratch, actor)
        from pisac_desktop.gui.instruments.kinds_dialog import InstrumentKindsDialog

        kinds_dialog = InstrumentKindsDialog(ctx, window)
        kinds_dialog.ui.kindList.setCurrentRow(
            [k[0] for k in kinds_dialog.kinds].index("MAYOR_RESOLUTION"))
        kinds_dialog.show()
        _save(kinds_dialog, out_dir, "tipos-de-documento", files)
        kinds_dialog.done(0)
        form = InstrumentFormDialog(ctx, "secretaria", parent=window)
        form.resize(1000, 700)
        form.show()
        for index, name in enumerate(("datos", "considerando", "se-resuelve", "notificar")):
            form.ui.tabs.setCurrentIndex(index)
            _save(form, out_dir, f"norma-borrador-{name}", files)
        form.ui.tabs.setCurrentIndex(0)
        form.ui.docDateEdit.setDate(dt.date(2019, 3, 1))
        form.issue_now(confirm=False)  # refused: shows what is missing, numbers nothing
        _save(form, out_dir, "norma-emision-rechazada", files)
        form.done(0)
        for name, dialog_class in (("anular", AnnulDialog), ("certificar", CertifyDialog),
                                   ("publicar", PublicationDialog),
                                   ("cargo", ReceiptDialog)):
            dialog = dialog_class(ctx, issued, window)
            dialog.show()
            _save(dialog, out_dir, f"norma-{name}", files)
            dialog.done(0)
        with opened.db.session() as session:
            pdf, name = render_for_preview(session, issued)
        preview = PdfPreviewDialog(pdf, "Vista previa", name, scratch.documents, None, window)
        save_preview(preview, out_dir, "norma-vista-previa", files)


def _backup_dialogs(paths: DataPaths, actor, out_dir: Path, files: list[Path]) -> None:
    """Restore, progress and damaged-database dialogs, on a scratch copy of the data (the data
    folder being photographed gets no extra backups and is never damaged)."""
    import datetime as dt

    from pisac_desktop.core.backup_schedule import ensure_daily_backup
    from pisac_desktop.core.backups import backup_now
    from pisac_desktop.gui.admin.backup_dialogs import (
        BackupNowTask,
        DamagedDatabaseDialog,
        RestoreDialog,
    )
    from pisac_desktop.startup import DamagedDatabaseError, open_database

    with scratch_copy(paths) as (scratch, opened):
        for day in (17, 18, 19, 20):
            ensure_daily_backup(opened.db, scratch,
                                lambda day=day: dt.datetime(2026, 11, day, 8, 2))
        backup_now(opened.db, scratch, actor, clock=lambda: dt.datetime(2026, 11, 20, 12, 40))
        restore = RestoreDialog(scratch, opened.db, actor)
        restore.select_row(0)
        restore.show()
        _save(restore, out_dir, "restaurar-copia", files)
        restore.done(0)
        task = BackupNowTask(opened.db, scratch, actor, show_result=False)
        task.progress.setRange(0, 100)
        task.progress.setValue(42)
        task.progress.show()
        _save(task.progress, out_dir, "respaldar-progreso", files)
        task.progress.hide()
        opened.db.dispose()  # closed, then damaged: what the start-up check then finds
        raw = scratch.database.read_bytes()
        scratch.database.write_bytes(raw[: len(raw) // 3])
        try:
            open_database(scratch)
        except DamagedDatabaseError as error:
            damaged = DamagedDatabaseDialog(scratch, error)
            damaged.show()
            _save(damaged, out_dir, "base-de-datos-danada", files)
            damaged.done(0)


def _help_dialogs(ctx, db, window, out_dir: Path, files: list[Path]) -> None:
    """The Configuración dialogs the help shows (docs/ayuda) that no other capture has."""
    from pisac_desktop.gui.admin.appeal_rules import AppealRulesDialog
    from pisac_desktop.gui.admin.connection_dialog import ConnectionDialog
    from pisac_desktop.gui.admin.tupa_dialog import TupaDialog

    for name, dialog in (("procedimientos-tupa", TupaDialog(ctx, window)),
                         ("recursos-y-plazos", AppealRulesDialog(ctx, window)),
                         ("conexion-base-de-datos",
                          ConnectionDialog(ctx.paths, window, leaving=(db, ctx.actor)))):
        dialog.show()
        _save(dialog, out_dir, name, files)
        dialog.done(0)


def _help_window(window, out_dir: Path, files: list[Path]) -> None:
    """F1 on Normas y resoluciones: the help window over the main window."""
    from pisac_desktop.gui.help import help_for_screen

    page = window.pages["secretaria"]
    window.ui.moduleTabs.setCurrentWidget(page)
    section = page.select("instruments")
    shown = help_for_screen(section)
    _settle()
    _save(shown, out_dir, "ayuda-f1", files)
    shown.close()


def take_screenshots(paths: DataPaths, out_dir: Path) -> list[Path]:
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pisac_desktop.demo import DEMO_ACTOR, demo_actor
    from pisac_desktop.gui import operations
    from pisac_desktop.gui.admin.about_dialog import AboutDialog
    from pisac_desktop.gui.admin.institution_dialog import InstitutionDialog
    from pisac_desktop.gui.app import create_application
    from pisac_desktop.gui.context import AppContext
    from pisac_desktop.gui.main_window import MainWindow
    from pisac_desktop.gui.unsaved import discard_all
    from pisac_desktop.startup import open_database

    create_application()
    # A scripted walk through the screens, like the screen tests: each read or write a screen
    # starts still runs in a worker, and the harness waits for it before the next step, so
    # every capture shows what was asked (not a list still on its way).
    operations.settle_in_run = True
    out_dir.mkdir(parents=True, exist_ok=True)
    opened = open_database(paths)
    with opened.db.session() as session:
        actor = demo_actor(session) or DEMO_ACTOR
    ctx = AppContext(opened.db, paths, actor)
    files: list[Path] = []
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    try:
        for tab_index, (key, page) in enumerate(window.pages.items()):
            window.ui.moduleTabs.setCurrentIndex(tab_index)
            for spec in page.specs:
                page.select(spec.key)
                _save(window, out_dir, f"{key}-{spec.key}", files)

        from pisac_desktop.gui.screenshots.search import search_screens

        search_screens(window, out_dir, files, _settle)

        dialog = InstitutionDialog(ctx, window)
        dialog.load()
        dialog.show()
        for index in range(dialog.ui.settingsTabs.count()):
            dialog.ui.settingsTabs.setCurrentIndex(index)
            name = ("general", "denominacion-anio", "unidades", "autoridades")[index]
            _save(dialog, out_dir, f"datos-institucion-{name}", files)
        # What a clerk sees when a save is refused (nothing is written: the dialog is discarded).
        dialog.ui.settingsTabs.setCurrentIndex(0)
        dialog.edits["ruc"].setText("20147990138")
        dialog.edits["email"].setText("mesa de partes@munipisac")
        dialog.save()
        _save(dialog, out_dir, "datos-institucion-error", files)
        dialog.done(0)  # discard without the "descartar cambios" question

        from pisac_desktop.gui.admin.council_terms_dialog import CouncilTermsDialog

        terms = CouncilTermsDialog(ctx, window)
        terms.show()
        _save(terms, out_dir, "concejo-periodos-y-miembros", files)
        terms.done(0)

        about = AboutDialog(ctx, window)
        about.show()
        _save(about, out_dir, "acerca-de", files)
        about.close()

        _account_dialogs(ctx, window, out_dir, files)
        _instrument_dialogs(window, paths, out_dir, files)
        from pisac_desktop.gui.screenshots.council import council_screens

        council_screens(window, paths, out_dir, files, _save)
        _backup_dialogs(paths, ctx.actor, out_dir, files)
        _council_books_and_allowances(ctx, window, out_dir, files)
        _council_settings_and_proposals(ctx, window, out_dir, files)

        from pisac_desktop.gui.admin.audit_viewer import AuditViewerDialog

        audit = AuditViewerDialog(ctx, window)
        audit.load()
        audit.resize(1200, 640)
        audit.show()
        _save(audit, out_dir, "registro-auditoria", files)
        audit.done(0)
        _help_dialogs(ctx, opened.db, window, out_dir, files)
        _help_window(window, out_dir, files)
    finally:
        operations.settle_in_run = False
        discard_all(window)  # what the screenshots typed is not to be saved
        window.close()
        opened.db.dispose()
    return files
