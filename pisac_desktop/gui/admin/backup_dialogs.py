"""Archivo > Respaldar ahora, Archivo > Restaurar, and the damaged-database dialog at start-up.

The work is done by pisac_desktop.core.backups; these classes only ask, show progress and
report. Each can be driven by tests without exec(): BackupNowTask.start()/.done,
RestoreDialog.select_file()/restore_selected(), DamagedDatabaseDialog.restore_newest().
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QProgressDialog,
    QStyle,
    QWidget,
)

from pisac_desktop.core.backups import (
    SERVER_MESSAGE,
    BackupCancelled,
    BackupInfo,
    ForeignBackup,
    backup_now,
    configured_file,
    inspect_backup,
    list_backups,
    size_text,
)
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Actor, Permission
from pisac_desktop.core.server_backups import where_copies_go
from pisac_desktop.db.engine import Database
from pisac_desktop.db.health import DamagedDatabaseError
from pisac_desktop.db.schema import SchemaError
from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.forms.ui_damaged_database import Ui_DamagedDatabaseDialog
from pisac_desktop.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.progress import TimeLeft
from pisac_desktop.gui.table_models import ListTableModel
from pisac_desktop.paths import DataPaths
from pisac_desktop.restore import RestoreResult, recover_from_backup, restore_backup

log = logging.getLogger(__name__)

FILE_FILTER = ("Copias de Pisac Desktop (*.sqlite3 *.sqlite3.gz *.pgdump);;"
               "Todos los archivos (*)")
SOUND_STYLE = "color: #1a6b1a; font-weight: bold;"
DAMAGED_STYLE = "color: #a40000; font-weight: bold;"


# --- Respaldar ahora ---------------------------------------------------------------------------
class BackupNowTask(QObject):
    """Runs backup_now in a worker thread behind a QProgressDialog (copy, then verification).

    finished(info or None) is emitted in the GUI thread; afterwards .info or .error (Spanish)
    is set. show_result: a message box with the outcome (off in tests).
    """

    finished = Signal(object)

    def __init__(self, db: Database, paths: DataPaths, actor: Actor,
                 target_dir: Path | None = None, parent: QWidget | None = None,
                 show_result: bool = True):
        super().__init__(parent)
        self.db, self.paths, self.actor = db, paths, actor
        self.target_dir = target_dir
        self.parent_widget = parent
        self.show_result = show_result
        self.info: BackupInfo | None = None
        self.error: str | None = None
        self.cancelled = False
        self.done = False
        self._cancel = threading.Event()
        self._state: tuple[str, int, int] = ("copiando", 0, 0)
        self._thread: threading.Thread | None = None
        self.time_left = TimeLeft()  # «quedan unos 40 s», from the rate so far
        self.progress = QProgressDialog("Preparando la copia de seguridad…", "Cancelar", 0, 100,
                                        parent)
        self.progress.setWindowTitle("Respaldar ahora")
        self.progress.setObjectName("BackupProgressDialog")  # its help page (F1)
        self.progress.setWindowModality(Qt.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._cancel.set)
        self.progress.reset()  # hidden until start()
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._poll)

    @property
    def destination(self) -> Path:
        return self.target_dir or self.paths.backups

    def start(self) -> None:
        self.progress.setLabelText(f"Copiando la base de datos a {self.destination}…")
        self.progress.setValue(0)
        self.time_left.restart()
        self._thread = threading.Thread(target=self._work, name="respaldo", daemon=True)
        self._thread.start()
        self._timer.start()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the copy ends (for a caller without an event loop, and tests)."""
        if self._thread is not None:
            self._thread.join(timeout)
        self._poll()

    def _report(self, phase: str, done: int, total: int) -> None:  # worker thread
        self._state = (phase, done, total)
        if self._cancel.is_set():
            raise BackupCancelled()

    def _work(self) -> None:  # worker thread: no Qt calls here
        try:
            self.info = backup_now(self.db, self.paths, self.actor, self.target_dir,
                                   progress=self._report)
        except BackupCancelled:
            self.cancelled = True
        except DomainError as exc:
            self.error = str(exc)
        except Exception as exc:  # reported, never a crash of the worker
            log.exception("Backup failed")
            self.error = f"Error inesperado al hacer la copia: {exc}"

    def _poll(self) -> None:
        if self.done:
            return
        phase, done, total = self._state
        if phase == "verificando":
            how = "PRAGMA integrity_check" if self.db.is_sqlite else "pg_restore"
            self.progress.setLabelText(f"Verificando la copia ({how})…")
            self.progress.setRange(0, 0)  # busy indicator: SQLite gives no total here
        elif total:
            doing = ("Comprimiendo la copia" if phase == "comprimiendo"
                     else f"Copiando la base de datos a {self.destination}")
            self.progress.setLabelText(f"{doing}…\n{self.time_left.text(done, total)}")
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        if self._thread is not None and not self._thread.is_alive():
            self._finish()

    def _finish(self) -> None:
        self.done = True
        self._timer.stop()
        self.progress.reset()
        self.progress.hide()
        if self.show_result:
            if self.info is not None:
                QMessageBox.information(
                    self.parent_widget, "Copia de seguridad",
                    f"Copia de seguridad creada y verificada ({self.info.state}):\n"
                    f"{self.info.path}\n({self.info.size_text})")
            elif self.error:
                QMessageBox.warning(self.parent_widget, "No se hizo la copia de seguridad",
                                    self.error)
        self.finished.emit(self.info)


def backup_now_interactive(parent: QWidget | None, db: Database, paths: DataPaths,
                           actor: Actor, choose_folder: bool = False) -> BackupNowTask | None:
    """Archivo > Respaldar ahora (choose_folder=False: the backups folder) or
    Archivo > Respaldar en otra carpeta… (asks for a folder, e.g. a USB stick)."""
    target = None
    if choose_folder:
        chosen = file_dialogs.choose_folder(
            parent, "Elegir la carpeta para la copia (por ejemplo, una memoria USB)",
            str(Path.home()))
        if not chosen:
            return None
        target = Path(chosen)
    task = BackupNowTask(db, paths, actor, target, parent)
    task.start()
    return task


# --- Restaurar ---------------------------------------------------------------------------------
BACKUP_HEADERS = ("Fecha", "Tipo", "Tamaño", "Estado", "Archivo")


class RestoreDialog(QDialog):
    """Archivo > Restaurar: pick a copy, see what it holds, confirm.

    db: the open Database (disposed before the file is replaced). before_restore: called on the
    UI thread before the restore's work starts (e.g. AutomaticBackups.pause: the file must be
    left alone); the caller resumes what it paused when the dialog is cancelled. After
    accept(), .restore_result holds the RestoreResult; the caller must restart on the restored
    data.
    """

    def __init__(self, paths: DataPaths, db: Database | None, actor: Actor,
                 parent: QWidget | None = None,
                 before_restore: Callable[[], None] | None = None):
        super().__init__(parent)
        self.paths, self.db, self.actor = paths, db, actor
        self.before_restore = before_restore
        self.restore_result: RestoreResult | None = None
        self.restoring = None  # the restore's operation while it runs (tests)
        self.backups: list[BackupInfo] = []
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.model = ListTableModel(BACKUP_HEADERS, parent=self)
        self.ui.backupsView.setModel(self.model)
        header = self.ui.backupsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.backupsView.verticalHeader().hide()
        self.ui.backupsView.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_selected())
        self.restore_button = self.ui.buttonBox.button(QDialogButtonBox.Ok)
        self.restore_button.setText("&Restaurar…")
        self.ui.buttonBox.button(QDialogButtonBox.Cancel).setText("Cancelar")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.chooseFileButton.clicked.connect(self.choose_file)
        self.on_server = configured_file(paths) is None
        where = f"Copias de la carpeta {paths.backups}"
        if self.on_server and db is not None:
            where += ". " + where_copies_go(paths, db)
        self.ui.folderLabel.setText(where)
        self.load()

    def load(self) -> None:
        self.backups = list_backups(self.paths.backups)
        self._refresh_rows()
        first = next((i for i, b in enumerate(self.backups) if b.restorable), 0)
        self.select_row(first if self.backups else None)
        if not self.backups:
            self.ui.messageLabel.setText("No hay copias en la carpeta de copias de seguridad. "
                                         "Use «Elegir otro archivo…».")

    def _refresh_rows(self) -> None:
        # The file's own size in the list; a compressed copy's original size in its details.
        self.model.set_rows([(b.created_text, b.kind_label, size_text(b.size), _state_cell(b),
                              b.path.name) for b in self.backups])

    def select_row(self, row: int | None) -> None:
        if row is None:
            self.ui.backupsView.clearSelection()
        else:
            self.ui.backupsView.selectRow(row)
            self.ui.backupsView.setCurrentIndex(self.model.index(row, 0))
        self._show_selected()

    def selected_backup(self) -> BackupInfo | None:
        index = self.ui.backupsView.currentIndex()
        if not index.isValid() or index.row() >= len(self.backups):
            return None
        return self.backups[index.row()]

    def choose_file(self) -> None:
        filename = file_dialogs.open_file(
            self, "Elegir una copia de seguridad", str(Path.home()), FILE_FILTER)
        if filename:
            self.select_file(Path(filename))

    def select_file(self, path: Path) -> BackupInfo:
        """Add a copy from anywhere (verified in full) to the list and select it."""
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            info = inspect_backup(path, quick=False)
        finally:
            QApplication.restoreOverrideCursor()
        self.backups = [b for b in self.backups if b.path.resolve() != info.path.resolve()]
        self.backups.insert(0, info)
        self._refresh_rows()
        self.select_row(0)
        return info

    def _show_selected(self) -> None:
        info = self.selected_backup()
        ui = self.ui
        ui.messageLabel.clear()
        if info is None:
            for label in (ui.dateValue, ui.kindValue, ui.stateValue, ui.versionsValue,
                          ui.sizeValue, ui.fileValue, ui.countsValue):
                label.clear()
            self.restore_button.setEnabled(False)
            return
        ui.dateValue.setText(info.created_text)
        ui.kindValue.setText(info.kind_label)
        ui.stateValue.setText(info.state if info.sound else f"{info.state}: {info.problem}")
        ui.stateValue.setStyleSheet(SOUND_STYLE if info.sound else DAMAGED_STYLE)
        ui.stateValue.setWordWrap(True)
        ui.versionsValue.setText(info.versions_text)
        ui.sizeValue.setText(info.size_text)
        ui.fileValue.setText(str(info.path))
        ui.countsValue.setText("\n".join(info.summary_lines()) or "—")
        if info.sound and info.refusal:
            ui.messageLabel.setText(info.refusal)
        allowed = self.actor.can(Permission.RESTORE)
        if not allowed:
            ui.messageLabel.setText("Solo un administrador puede restaurar copias de seguridad.")
        elif self.on_server:  # into an empty database only, from the command line
            ui.messageLabel.setText(SERVER_MESSAGE)
            allowed = False
        self.restore_button.setEnabled(info.restorable and allowed)

    def confirmation_text(self, info: BackupInfo) -> str:
        return (f"¿Reemplazar la base de datos actual por la copia del {info.created_text}?\n\n"
                "Antes se guardará una copia de la base de datos actual en la carpeta de copias "
                "de seguridad. Pisac Desktop se reiniciará con los datos restaurados.")

    def accept(self) -> None:
        info = self.selected_backup()
        if info is None:
            return
        answer = QMessageBox.question(self, "Restaurar copia de seguridad",
                                      self.confirmation_text(info),
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer == QMessageBox.Yes and self.restore_selected():
            super().accept()

    def restore_selected(self) -> bool:
        """Restore the selected copy now (no question asked, except for another institution's
        copy: confirm_foreign); False with the reason shown. The work runs in a worker behind a
        progress dialog: it can be stopped while the copy is checked, not once the database is
        being replaced (the dialog says so and disables «Detener»)."""
        info = self.selected_backup()
        if info is None:
            return False
        if self.before_restore is not None:
            self.before_restore()  # e.g. the automatic copies' monitor lets go of the file
        allow_foreign = False
        while True:
            self.restoring = op = self._restore_op(info.path, allow_foreign)
            op.run().wait()
            if op.ok:
                self.restore_result = op.result
                return True
            if op.was_cancelled:
                self.ui.messageLabel.setText("Se detuvo la restauración antes de reemplazar la "
                                             "base de datos: no se cambió nada.")
                return False
            exc = op.error
            if isinstance(exc, ForeignBackup) and not allow_foreign \
                    and self.confirm_foreign(str(exc)):
                allow_foreign = True
                continue
            if isinstance(exc, (DomainError, SchemaError)):
                self.ui.messageLabel.setText(f"No se restauró: {exc}")
            elif op.message:  # a file that could not be read or written
                self.ui.messageLabel.setText(f"No se restauró: {op.message}")
            return False

    def _restore_op(self, source: Path, allow_foreign: bool) -> QueryOp:
        paths, actor, db = self.paths, self.actor, self.db
        return restore_op(self, lambda report: restore_backup(
            paths, source, actor, db, allow_other_institution=allow_foreign, progress=report))

    def confirm_foreign(self, message: str) -> bool:
        """Restoring another institution's copy needs an explicit yes (tests replace this)."""
        box = QMessageBox(QMessageBox.Warning, "Copia de otra institución",
                          f"{message}\n\nSi la restaura, los datos de esta institución se "
                          "reemplazarán por los de esa otra (la base de datos actual se guardará "
                          "antes en la carpeta de copias de seguridad).", QMessageBox.NoButton,
                          self)
        confirm = box.addButton("Restaurar la copia de la otra institución",
                                QMessageBox.DestructiveRole)
        box.addButton("Cancelar", QMessageBox.RejectRole)
        box.exec()
        return box.clickedButton() is confirm


RESTORE_STEPS = {  # restore.RESTORE_PHASES as the person reads them
    "comprobando": (1, "comprobando la copia (integridad, versión y registro de auditoría)…"),
    "reemplazando": (2, "guardando una copia de la base de datos actual…"),
    "respaldando": (2, "guardando una copia de la base de datos actual…"),
    "verificando": (2, "verificando esa copia…"),
    "instalando": (3, "poniendo la copia en lugar de la base de datos…"),
    "abriendo": (4, "abriendo los datos restaurados (se actualizan si son de una versión "
                 "anterior)…"),
}
RESTORE_STEPS_COUNT = 4
RESTORE_HELD = ("se está reemplazando la base de datos; detenerla ahora la dejaría a medias. "
                "Espere a que termine.")


def restore_op(parent: QWidget, work: Callable) -> QueryOp:
    """A restore in a worker, behind its steps (RESTORE_STEPS): work(report) runs it with
    report as its progress. «Detener» stops it while the copy is checked; once the database is
    being replaced it cannot be stopped safely: the dialog says so and disables the button."""
    phase = ["comprobando"]

    def restore(progress):
        def report(step: str, done: int, total: int) -> None:
            if step == "reemplazando":
                progress.check()  # the last moment to stop: nothing was changed
                progress.hold(RESTORE_HELD)
            elif progress.held is None:
                progress.check()
            phase[0] = step
            progress.step(done, total)

        return work(report)

    def label(_done: int, _total: int) -> str:
        number, text = RESTORE_STEPS.get(phase[0], RESTORE_STEPS["comprobando"])
        return f"Paso {number} de {RESTORE_STEPS_COUNT}: {text}"

    return QueryOp(parent, None, restore) \
        .with_progress("Restaurar copia de seguridad", label) \
        .busy("Restaurando la copia de seguridad…") \
        .failure(lambda _message, _exc: None)  # the caller says it, where it belongs


def _state_cell(info: BackupInfo) -> str:
    if info.sound and info.refusal:
        return f"{info.state} (de una versión más nueva)"
    return info.state


# --- start-up: damaged database ----------------------------------------------------------------
class DamagedDatabaseDialog(QDialog):
    """Shown instead of the main window when open_database raised DamagedDatabaseError.

    accept(): a copy was restored (.moved_aside says where the damaged file is kept); the caller
    opens the database again. reject() (Salir): the caller quits; nothing was touched.
    """

    def __init__(self, paths: DataPaths, error: DamagedDatabaseError,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.paths, self.error = paths, error
        self.newest: BackupInfo | None = error.newest_backup
        self.moved_aside: Path | None = None
        self.restored: BackupInfo | None = None
        self.ui = Ui_DamagedDatabaseDialog()
        self.ui.setupUi(self)
        icon = self.style().standardIcon(QStyle.SP_MessageBoxCritical)
        self.ui.iconLabel.setPixmap(icon.pixmap(48, 48))
        self.ui.explanationLabel.setText(
            f"La base de datos {error.path} está dañada o no se puede leer: {error.reason}.\n\n"
            "Para no empeorar el daño, Pisac Desktop no la abrió ni la modificó. Puede "
            "restaurar una copia de seguridad; se perderán los cambios hechos después de esa "
            "copia.")
        if self.newest is not None:
            self.ui.backupLabel.setText(
                f"Copia más reciente en buen estado: {self.newest.created_text} "
                f"({self.newest.kind_label.lower()}, {self.newest.size_text}).")
            self.ui.restoreButton.setText(
                f"&Restaurar la copia más reciente ({self.newest.created_text})")
        else:
            self.ui.backupLabel.setText(
                f"No se encontró ninguna copia de seguridad en buen estado en {paths.backups}. "
                "Si tiene una en otro lugar (por ejemplo, una memoria USB), use «Elegir otra "
                "copia…»; si no, avise al encargado de informática.")
            self.ui.restoreButton.setEnabled(False)
            self.ui.chooseFileButton.setDefault(True)
        self.ui.keptAsideLabel.setText(
            f"El archivo dañado no se borrará: se conservará en {error.path.parent} como "
            f"«{error.path.stem}-dañada-AAAAMMDD-HHMMSS{error.path.suffix}» para que el "
            "encargado de informática pueda examinarlo.")
        self.ui.restoreButton.clicked.connect(self.restore_newest)
        self.ui.chooseFileButton.clicked.connect(self.choose_file)
        self.ui.quitButton.clicked.connect(self.reject)

    def restore_newest(self) -> bool:
        if self.newest is None:
            return False
        return self.restore_file(self.newest.path)

    def choose_file(self) -> None:
        filename = file_dialogs.open_file(
            self, "Elegir una copia de seguridad", str(self.paths.backups), FILE_FILTER)
        if filename:
            self.restore_file(Path(filename))

    def restore_file(self, path: Path) -> bool:
        """Keep the damaged file aside and restore the copy; accept() on success."""
        paths = self.paths
        op = restore_op(self, lambda report: (recover_from_backup(paths, path, progress=report),
                                              inspect_backup(path, quick=True))).run().wait()
        if not op.ok:
            if op.was_cancelled:
                self.ui.messageLabel.setText("Se detuvo la restauración antes de apartar el "
                                             "archivo dañado: no se cambió nada.")
            elif isinstance(op.error, (DomainError, SchemaError)):
                self.ui.messageLabel.setText(f"No se restauró: {op.error}")
            elif op.message:  # a file that could not be read or written
                self.ui.messageLabel.setText(f"No se restauró: {op.message}")
            return False
        self.moved_aside, self.restored = op.result
        self.accept()
        return True

    def done_message(self) -> str:
        """What to tell the user after a successful restore."""
        if self.restored is None or self.moved_aside is None:
            return ""
        return (f"Se restauró la copia del {self.restored.created_text}. El archivo dañado se "
                f"conservó como {self.moved_aside}.")
