from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from pisac_desktop.core.accounts import roles_text, sign_out
from pisac_desktop.core.institution import get_institution
from pisac_desktop.core.permissions import Permission, Role
from pisac_desktop.gui import daily_actions, icons, layout_memory, operations
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_main_window import Ui_MainWindow
from pisac_desktop.gui.help import install_help_key
from pisac_desktop.gui.module_page import ModulePage
from pisac_desktop.gui.operations import CollectionOp, QueryOp, finish_all
from pisac_desktop.gui.registry import MODULES
from pisac_desktop.gui.unsaved import settle_all

TITLE_SUFFIX = "Gestión Municipal"


class PathLabel(QLabel):
    """A long path in the status bar, shortened in its middle when the window is narrow (a long
    Windows profile folder at a large text size must not make the window wider than the
    screen); the whole path in its tooltip."""

    def __init__(self, prefix: str, path: str) -> None:
        super().__init__(prefix + path)
        self.setToolTip(path)
        self.setAccessibleName(prefix + path)

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 24),
                     super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """The text as painted: whole, or shortened in the middle with «…»."""
        return self.fontMetrics().elidedText(self.text(), Qt.ElideMiddle,
                                             self.contentsRect().width())

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout_memory.apply_text_size(ctx)  # before the screens are built: their sizes follow
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.pages: dict[str, ModulePage] = {}
        for spec in MODULES:
            page = ModulePage(ctx, spec)
            self.pages[spec.key] = page
            self.ui.moduleTabs.addTab(page, icons.module_icon(spec.key), spec.title)
        self.ui.moduleTabs.setCurrentWidget(self.pages[self.home_key()])
        self.ui.moduleTabs.currentChanged.connect(
            lambda index: self.ui.moduleTabs.widget(index).activate()
        )
        self.ui.moduleTabs.currentWidget().activate()
        self.restart_requested = False  # set after a restore: the app starts again on it
        self._backup_task = None
        self.live = None  # LiveRefresh, once watch_changes() started it
        ui = self.ui
        ui.actionSalir.triggered.connect(self.close)
        ui.actionInstitucion.triggered.connect(self.open_institution_settings)
        ui.actionConcejo.triggered.connect(self.open_council_terms)
        ui.actionConcejoCitaciones.triggered.connect(self.open_council_settings)
        ui.actionCalendario.triggered.connect(self.open_calendar)
        ui.actionTupa.triggered.connect(self.open_tupa)
        ui.actionRecursos.triggered.connect(self.open_appeal_rules)
        ui.actionAcercaDe.triggered.connect(self.open_about)
        ui.actionAyudaPantalla.triggered.connect(self.open_help)
        ui.actionManual.triggered.connect(self.open_manual)
        ui.actionNovedades.triggered.connect(self.open_news)
        ui.actionUsuarios.triggered.connect(self.open_users)
        ui.actionTiposDocumento.triggered.connect(self.open_kinds)
        ui.actionImportarRegistros.triggered.connect(self.open_register_import)
        ui.actionAdjuntarEscaneados.triggered.connect(self.open_scan_import)
        ui.actionAuditoria.triggered.connect(self.open_audit)
        ui.actionCambiarContrasena.triggered.connect(self.change_password)
        ui.actionCerrarSesion.triggered.connect(self.sign_out)
        ui.actionRespaldar.triggered.connect(lambda: self.backup_now(choose_folder=False))
        ui.actionRespaldarEn.triggered.connect(lambda: self.backup_now(choose_folder=True))
        ui.actionRestaurar.triggered.connect(self.restore)
        ui.actionConexion.triggered.connect(self.open_connection_settings)
        ui.actionExportarTodo.triggered.connect(lambda: self.export_everything())
        ui.actionImportarOrganizacion.triggered.connect(self.open_organization_import)
        for daily in daily_actions.DAILY:
            getattr(ui, daily.action).triggered.connect(
                lambda _checked=False, daily=daily: self.do_daily(daily))
        ui.actionBuscarSeccion.triggered.connect(self.search_section)
        ui.actionActualizar.triggered.connect(self.refresh_section)
        icons.decorate_actions(self)
        self.searchBox = self._add_search_box()
        ui.actionBuscar.triggered.connect(self.searchBox.go)
        # Ver: the text size and the layout (gui/layout_memory.py); Ctrl+= as well as Ctrl++
        ui.actionAumentarTexto.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        ui.actionAumentarTexto.triggered.connect(self.larger_text)
        ui.actionReducirTexto.triggered.connect(self.smaller_text)
        ui.actionTextoNormal.triggered.connect(self.normal_text)
        ui.actionRestablecerDiseno.triggered.connect(self.reset_layout)
        self.userLabel = QLabel()
        self.userLabel.setObjectName("signedInUserLabel")
        ui.statusBar.addWidget(self.userLabel)
        self.dataLabel = PathLabel("Carpeta de datos: ", str(ctx.paths.root))
        self.dataLabel.setObjectName("dataFolderLabel")
        ui.statusBar.addPermanentWidget(self.dataLabel)
        self.apply_actor()
        self.refresh_title()
        install_help_key()  # F1 in the dialogs too (here: the menu action)

    def _add_search_box(self):
        """The search box over everything, at the right end of the toolbar (Ctrl+K)."""
        from PySide6.QtWidgets import QSizePolicy, QWidget

        from pisac_desktop.gui.global_search import GlobalSearchBox

        spacer = QWidget(self.ui.mainToolBar)
        spacer.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.ui.mainToolBar.addWidget(spacer)
        box = GlobalSearchBox(self.ctx, self.ui.mainToolBar)
        self.ui.mainToolBar.addWidget(box)
        return box

    # --- who is signed in ----------------------------------------------------------------
    def home_key(self) -> str:
        """The tab a person starts on: Secretaría General for its staff (unless they also work
        for the Gerencia Municipal), else the first."""
        roles = self.ctx.actor.roles
        if Role.GENERAL_SECRETARIAT in roles and Role.MUNICIPAL_MANAGEMENT not in roles \
                and "secretaria" in self.pages:
            return "secretaria"
        return MODULES[0].key

    def apply_actor(self) -> None:
        """Show the signed-in user and offer only what their roles allow (the domain enforces
        the same rules; this only avoids offering what would be refused)."""
        actor = self.ctx.actor
        self.userLabel.setText(f"Usuario: {actor.full_name} ({roles_text(actor.roles)})")
        gates = {
            self.ui.actionInstitucion: Permission.EDIT_INSTITUTION,
            self.ui.actionConcejo: Permission.EDIT_INSTITUTION,
            self.ui.actionConcejoCitaciones: Permission.COUNCIL,
            self.ui.actionCalendario: Permission.VIEW,  # others consult it read-only
            self.ui.actionTupa: Permission.VIEW,  # the Secretaría General edits it
            self.ui.actionRecursos: Permission.VIEW,  # read by all, edited by who may
            self.ui.actionUsuarios: Permission.MANAGE_USERS,
            self.ui.actionTiposDocumento: Permission.EDIT_INSTRUMENT_KINDS,
            self.ui.actionImportarRegistros: Permission.IMPORT_REGISTERS,
            self.ui.actionAdjuntarEscaneados: Permission.IMPORT_REGISTERS,
            self.ui.actionAuditoria: Permission.VIEW_AUDIT,
            self.ui.actionRespaldar: Permission.BACKUP,
            self.ui.actionRespaldarEn: Permission.BACKUP,
            self.ui.actionRestaurar: Permission.RESTORE,
            self.ui.actionConexion: Permission.CONFIGURE_DATABASE,
            self.ui.actionExportarTodo: Permission.VIEW_AUDIT,
            self.ui.actionImportarOrganizacion: Permission.EDIT_INSTITUTION,
        }
        for action, permission in gates.items():
            action.setVisible(actor.can(permission))
        self.ui.actionCambiarContrasena.setVisible(actor.user_id is not None)
        self.ui.actionCerrarSesion.setVisible(actor.user_id is not None)

    def closeEvent(self, event) -> None:  # noqa: N802
        """Closing with an edit pending asks first (Guardar / Descartar / Cancelar)."""
        if not self.restart_requested and not settle_all(self):
            event.ignore()
            return
        layout_memory.save_window(self, self.ctx)
        finish_all()  # no worker is left using the database once the window is gone
        if self.live is not None:
            self.live.stop()
        super().closeEvent(event)

    # --- other workstations' changes -----------------------------------------------------
    def watch_changes(self):
        """Refresh the screen when another workstation changes the data (gui/live_refresh.py)."""
        from pisac_desktop.gui.live_refresh import LiveRefresh

        if self.live is None:
            self.live = LiveRefresh(self.ctx.db, self.refresh_from_elsewhere, self).start()
        return self.live

    def refresh_from_elsewhere(self) -> bool:
        """The section on screen reads its lists again (False: not now, ask again later)."""
        from pisac_desktop.gui.live_refresh import refresh_section

        if not self.isVisible():
            return False
        page = self.ui.moduleTabs.currentWidget()
        if not refresh_section(page.ui.sectionStack.currentWidget()):
            return False
        self.refresh_title()
        return True

    def sign_out(self) -> bool:
        """Archivo > Cerrar sesión: back to the sign-in dialog; someone else may sign in."""
        from pisac_desktop.gui.admin.accounts import SignInDialog

        if not settle_all(self):
            return False

        actor = self.ctx.actor
        op = CollectionOp(self, self.ctx.db, lambda s: sign_out(s, actor)) \
            .failure(self._refusing("No se pudo cerrar la sesión")).run().wait()
        if not op.ok:  # still signed in: the window stays as it was
            return False
        layout_memory.save_window(self, self.ctx)
        self.hide()
        dialog = SignInDialog(self.ctx.db, self.ctx.actor.workstation)
        if not dialog.exec() or not self.after_sign_in(dialog):
            self.close()
            return False
        self.ctx.actor = dialog.actor
        self.apply_actor()
        layout_memory.user_changed(self.ctx)  # their text size, dividers, columns
        self.ui.moduleTabs.setCurrentWidget(self.pages[self.home_key()])
        self.refresh_all()
        self.show_remembered()
        self.show_news_if_new()  # someone else may not have seen this version's news
        return True

    # --- Ver: the text size and the layout -----------------------------------------------
    def show_remembered(self) -> None:
        """Shown where this person left it (maximized the first time)."""
        layout_memory.restore_window(self, self.ctx)

    def larger_text(self) -> int:
        return self._text_size(layout_memory.larger_text(self.ctx))

    def smaller_text(self) -> int:
        return self._text_size(layout_memory.smaller_text(self.ctx))

    def normal_text(self) -> int:
        return self._text_size(layout_memory.normal_text(self.ctx))

    def _text_size(self, percent: int) -> int:
        self.ui.statusBar.showMessage(f"Tamaño del texto: {percent} %", 3000)
        return percent

    def reset_layout(self) -> None:
        """Ver › Restablecer diseño: this person's layout forgotten, the defaults shown now."""
        layout_memory.reset_layout(self.ctx)
        if not self.isMaximized():
            self.showMaximized()
        self.ui.statusBar.showMessage(
            "Diseño restablecido: la ventana, los divisores, las columnas y las pestañas "
            "volvieron a como vienen.", 5000)

    def _refusing(self, title: str):
        """An operation's failure handler: its Spanish message under this title."""
        return lambda message, _exc: operations.show_failure(self, title, message)

    def after_sign_in(self, dialog) -> bool:
        if not dialog.must_change_password:
            return True
        from pisac_desktop.gui.admin.accounts import ChangePasswordDialog

        return bool(ChangePasswordDialog(self.ctx.db, dialog.actor, forced=True).exec())

    # --- the daily keys (menu Acciones) ---------------------------------------------------
    def current_section(self):
        page = self.ui.moduleTabs.currentWidget()
        return page.ui.sectionStack.currentWidget() if page is not None else None

    def do_daily(self, daily) -> bool:
        """Ctrl+N, Ctrl+S, Ctrl+E, Ctrl+Shift+P, Ctrl+P: the section's button for it."""
        if daily_actions.press(self.current_section(), daily):
            return True
        self.statusBar().showMessage(daily.nothing, 4000)
        return False

    def search_section(self) -> bool:
        if daily_actions.focus_search(self.current_section()):
            return True
        self.statusBar().showMessage("Esta sección no tiene campo de búsqueda.", 4000)
        return False

    def refresh_section(self) -> None:
        """F5: the section on screen reads its data again (and the navigation its badges)."""
        self.ui.moduleTabs.currentWidget().refresh()
        self.statusBar().showMessage("Actualizando la sección…", 2000)

    # --- menus ---------------------------------------------------------------------------
    def refresh_title(self) -> None:
        """The institution's name in the title, read in a worker. Unread (the database is
        busy), the title stays as it was: the screens say what failed."""
        QueryOp(self, self.ctx.db, lambda s: get_institution(s).name, self._show_title) \
            .failure(lambda _message, _exc: None).superseding("title").run()

    def _show_title(self, name: str) -> None:
        self.setWindowTitle(f"{name} — {TITLE_SUFFIX}")

    def refresh_all(self) -> None:
        self.refresh_title()
        self.ui.moduleTabs.currentWidget().refresh()  # the others refresh when shown

    def open_institution_settings(self) -> None:
        """Read what is stored in a worker, then open the dialog with it."""
        from pisac_desktop.core.institution_settings import load_settings

        QueryOp(self, self.ctx.db, load_settings, self._edit_institution) \
            .failure(self._refusing("Datos de la institución")).run()

    def _edit_institution(self, settings) -> None:
        from pisac_desktop.gui.admin.institution_dialog import InstitutionDialog

        dialog = InstitutionDialog(self.ctx, self)
        dialog.set_settings(settings)
        if dialog.exec():
            self.refresh_all()

    def open_council_terms(self) -> None:
        from pisac_desktop.gui.admin.council_terms_dialog import CouncilTermsDialog

        CouncilTermsDialog(self.ctx, self).exec()
        self.refresh_all()

    def open_council_settings(self) -> None:
        from pisac_desktop.gui.admin.council_settings_dialog import CouncilSettingsDialog

        CouncilSettingsDialog(self.ctx, self).exec()

    def open_calendar(self) -> None:
        from pisac_desktop.gui.admin.calendar_dialog import CalendarDialog

        CalendarDialog(self.ctx, self).exec()
        self.refresh_all()  # deadlines shown elsewhere may have moved

    def open_tupa(self) -> None:
        from pisac_desktop.gui.admin.tupa_dialog import TupaDialog

        TupaDialog(self.ctx, self).exec()

    def open_appeal_rules(self) -> None:
        from pisac_desktop.gui.admin.appeal_rules import AppealRulesDialog

        AppealRulesDialog(self.ctx, self).exec()

    def open_kinds(self) -> None:
        from pisac_desktop.gui.instruments.kinds_dialog import InstrumentKindsDialog

        InstrumentKindsDialog(self.ctx, self).exec()

    def open_register_import(self):
        """Configuración › Importar registros… (gui/admin/register_import.py)."""
        from pisac_desktop.gui.admin.register_import import RegisterImportDialog

        dialog = RegisterImportDialog(self.ctx, self)
        dialog.exec()
        if dialog.result is not None:
            self.refresh_all()
        return dialog

    def open_scan_import(self):
        """Configuración › Adjuntar archivo escaneado… (gui/admin/scan_import.py)."""
        from pisac_desktop.gui.admin.scan_import import ScanImportDialog

        dialog = ScanImportDialog(self.ctx, self)
        dialog.exec()
        if dialog.result is not None:
            self.refresh_all()
        return dialog

    def open_users(self) -> None:
        from pisac_desktop.gui.admin.accounts import UsersDialog

        UsersDialog(self.ctx.db, self.ctx.actor, self).exec()

    def open_audit(self) -> None:
        from pisac_desktop.gui.admin.audit_viewer import AuditViewerDialog

        dialog = AuditViewerDialog(self.ctx, self)
        dialog.load()
        dialog.exec()

    def backup_now(self, choose_folder: bool = False) -> None:
        from pisac_desktop.gui.admin.backup_dialogs import backup_now_interactive

        # Keep a reference: the task runs while its progress dialog is shown.
        self._backup_task = backup_now_interactive(
            self, self.ctx.db, self.ctx.paths, self.ctx.actor, choose_folder=choose_folder
        )

    def restore(self) -> bool:
        """Archivo > Restaurar: replace the data, then start again (and sign in again: the
        restored data may have other accounts)."""
        from pisac_desktop.gui.admin.backup_dialogs import RestoreDialog

        backups, live = self.ctx.backups, self.live

        def before_restore() -> None:
            # the restore works in a worker while the window keeps running: nothing of this
            # session may hold or read the file meanwhile
            if backups:
                backups.pause()
            if live is not None:
                live.stop()

        dialog = RestoreDialog(self.ctx.paths, self.ctx.db, self.ctx.actor, self,
                               before_restore=before_restore)
        if not dialog.exec():
            if backups:
                backups.resume()  # refused or cancelled: this session's copies go on
            if live is not None:
                live.start()
            return False
        if backups:
            backups.stop()  # the file is no longer this session's: no copy on close
        result = dialog.restore_result
        warning = f"\n\nAtención: {result.warning}" if result and result.warning else ""
        if result and result.notes:
            warning += "\n\n" + "\n".join(result.notes)
        QMessageBox.information(
            self, "Copia restaurada",
            "La copia de seguridad fue restaurada. Pisac Desktop se abrirá de nuevo con esos "
            f"datos: vuelva a iniciar sesión.{warning}",
        )
        self.restart_requested = True
        self.close()
        return True

    def open_connection_settings(self) -> bool:
        """Configuración > Conexión a la base de datos: once saved, the program opens again on
        the new database (pending edits are settled first: they belong to the old one)."""
        from pisac_desktop.gui.admin.connection_dialog import ConnectionDialog

        if not settle_all(self):
            return False
        dialog = ConnectionDialog(self.ctx.paths, self, leaving=(self.ctx.db, self.ctx.actor))
        if not dialog.exec() or not dialog.changed:
            return False
        QMessageBox.information(self, "Conexión a la base de datos", dialog.done_message())
        self.restart_requested = True
        self.close()
        return True

    def change_password(self) -> None:
        from pisac_desktop.gui.admin.accounts import ChangePasswordDialog

        if ChangePasswordDialog(self.ctx.db, self.ctx.actor, parent=self).exec():
            QMessageBox.information(self, "Contraseña", "Su contraseña fue cambiada.")

    def export_everything(self, folder: str | None = None):
        """Archivo > Exportar todo: the operation (or None when no folder was chosen)."""
        from pisac_desktop.gui.admin.export_all import export_all_interactive

        self.export_op = export_all_interactive(self, self.ctx, folder)
        return self.export_op

    def open_organization_import(self) -> None:
        """Configuración > Importar organización: refresh what it changed once imported."""
        from pisac_desktop.gui.admin.organization_import import OrganizationImportDialog

        dialog = OrganizationImportDialog(self.ctx, self)
        dialog.exec()
        if dialog.imported:
            self.refresh_all()

    def open_about(self) -> None:
        from pisac_desktop.gui.admin.about_dialog import AboutDialog

        AboutDialog(self.ctx, self).exec()

    # --- help ----------------------------------------------------------------------------
    def open_help(self):
        """Ayuda › Ayuda de esta pantalla (F1): the page of the section shown."""
        from pisac_desktop.gui.help import help_for_screen

        return help_for_screen(self.focusWidget() or self)

    def open_manual(self):
        from pisac_desktop.gui.help import open_manual

        return open_manual(self, self.ctx)

    def open_news(self):
        from pisac_desktop.gui.help import show_help
        from pisac_desktop.reports.help_pages import NEWS

        return show_help(self, NEWS)

    def show_news_if_new(self):
        """After an upgrade, this version's news, once per user."""
        from pisac_desktop.gui.help import show_news_if_new

        return show_news_if_new(self, self.ctx)
