"""Configuración › Conexión a la base de datos (administrator): the local file or the office's
PostgreSQL server, «Probar conexión», and saving it for the next start.

The check (db/connection_check.py) runs in a worker and answers in Spanish; its short form goes
next to the field concerned, the whole answer under the button. Saving checks again and writes
configuracion.ini (the url, never the password) and the private password file; the program then
opens again on the new database: a new, empty server database gets its tables and the
first-start wizard creates the administrator, as for a new local file. Opened from the main
window, the change is recorded in the audit trail of the database being left (when it still
answers); at start-up (no database opened) there is nobody signed in and nothing to record in.
"""

from __future__ import annotations

import logging
from contextlib import nullcontext

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from pisac_desktop.config import SettingsError, load_settings, save_database_settings
from pisac_desktop.db.connection_check import (
    CheckResult,
    Outcome,
    ServerParams,
    check_server,
    location_of,
    validate,
)
from pisac_desktop.gui.field_errors import FieldErrors
from pisac_desktop.gui.forms.ui_connection_dialog import Ui_ConnectionDialog
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.unsaved import UnsavedDialog
from pisac_desktop.paths import DataPaths

log = logging.getLogger(__name__)

OK_STYLE, FAILED_STYLE = "color: #1a5e1a;", "color: #a40000;"
SAVED_PASSWORD_HINT = "guardada: escríbala solo si cambió"
# The short form next to the field; the whole message goes under «Probar conexión».
AT_FIELD = {
    Outcome.UNREACHABLE: "El servidor no responde.",
    Outcome.NOT_ALLOWED: "El servidor no admite a esta computadora.",
    Outcome.BAD_LOGIN: "Usuario o contraseña incorrectos.",
    Outcome.NO_DATABASE: "No existe en ese servidor.",
    Outcome.FOREIGN: "No es una base de datos de Pisac Desktop.",
    Outcome.NEWER: "Es de una versión más reciente de Pisac Desktop.",
    Outcome.SERVER_TOO_OLD: "Versión de PostgreSQL demasiado antigua.",
    Outcome.FAILED: "No se pudo conectar.",
}
PASSWORDS_DIFFER = "Las dos contraseñas no coinciden."


class _NoDatabase:
    """For QueryOp: the check uses none of this workstation's database (it may be the one
    that does not answer)."""

    @staticmethod
    def session():
        return nullcontext()


_NO_DATABASE = _NoDatabase()


class ConnectionDialog(UnsavedDialog, QDialog):
    FIELDS = {"host": "hostEdit", "port": "portSpin", "database": "databaseEdit",
              "user": "userEdit", "password": "passwordEdit", "confirm": "confirmEdit"}

    def __init__(self, paths: DataPaths, parent: QWidget | None = None, leaving=None):
        """leaving: (Database, Actor) of the database in use, whose audit trail records a
        change; None at start-up."""
        super().__init__(parent)
        self.paths = paths
        self.leaving = leaving
        self.ui = ui = Ui_ConnectionDialog()
        ui.setupUi(self)
        self.errors = FieldErrors(ui.form, {k: getattr(ui, v) for k, v in self.FIELDS.items()},
                                  self)
        ui.buttonBox.button(QDialogButtonBox.Ok).setText("Guardar")
        ui.buttonBox.button(QDialogButtonBox.Cancel).setText("Cancelar")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.localPathLabel.setText(f"Archivo: {paths.database}")
        ui.localRadio.toggled.connect(self._enable)
        ui.testButton.clicked.connect(self.test)
        for edit in (ui.hostEdit, ui.databaseEdit, ui.userEdit):
            edit.textChanged.connect(self._ask_confirmation)
        ui.portSpin.valueChanged.connect(self._ask_confirmation)
        self.saved: ServerParams | None = None  # the server saved now (None: the local file)
        self.changed = False  # saved something that takes effect at the next start
        self.last_check: CheckResult | None = None
        self._load()
        self._enable()
        self._ask_confirmation()

    # --- showing what is saved -----------------------------------------------------------------
    def _load(self) -> None:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        ui = self.ui
        try:
            url = load_settings(self.paths).database_url
            parsed = make_url(url)
        except SettingsError as exc:
            ui.messageLabel.setText(str(exc))
            return
        except ArgumentError:
            ui.messageLabel.setText("La dirección guardada en configuracion.ini no es válida; "
                                    "elija de nuevo dónde están los datos.")
            return
        if parsed.get_backend_name() != "postgresql":
            return
        self.saved = ServerParams.from_url(parsed)
        ui.serverRadio.setChecked(True)
        ui.hostEdit.setText(self.saved.host)
        ui.portSpin.setValue(self.saved.port)
        ui.databaseEdit.setText(self.saved.database)
        ui.userEdit.setText(self.saved.user)
        if self._passfile() is not None:
            ui.passwordEdit.setPlaceholderText(SAVED_PASSWORD_HINT)

    def _passfile(self):
        return self.paths.password_file if self.paths.password_file.exists() else None

    def password_is_new(self) -> bool:
        """No password is saved in this data folder for the server and user typed: the first
        set-up of that server here. Then the password is typed twice."""
        params = self.params()
        same = ServerParams(params.host, params.port, params.database, params.user)
        return not (self.saved == same and self._passfile() is not None)

    def _ask_confirmation(self) -> None:
        """«Repita la contraseña» only shows for a new password (typing in it is kept)."""
        new = self.password_is_new()
        self.ui.form.setRowVisible(self.ui.confirmEdit, new)
        if not new:  # no error left under a hidden field
            self.errors.labels["confirm"].hide()
            self.ui.confirmEdit.setStyleSheet("")

    def _enable(self) -> None:
        server = self.ui.serverRadio.isChecked()
        self.ui.serverWidget.setEnabled(server)
        self.ui.testButton.setEnabled(server)
        if not server:
            self.errors.clear()
            self.ui.resultLabel.clear()

    def params(self) -> ServerParams:
        ui = self.ui
        return ServerParams(ui.hostEdit.text().strip(), ui.portSpin.value(),
                            ui.databaseEdit.text().strip(), ui.userEdit.text().strip(),
                            ui.passwordEdit.text() or None)

    # --- «Probar conexión» -----------------------------------------------------------------------
    def test(self) -> QueryOp | None:
        """Check what is typed, in a worker; the answer shows when it arrives."""
        ui = self.ui
        params = self.params()
        self.errors.clear()
        ui.messageLabel.clear()
        problems = validate(params)
        if self.password_is_new() and ui.passwordEdit.text() != ui.confirmEdit.text():
            problems.append(("confirm", PASSWORDS_DIFFER))
        if problems:
            ui.resultLabel.clear()
            for name, message in problems:
                self.errors.set(name, message)
            self.errors.fields[problems[0][0]].setFocus()
            return None
        passfile = self._passfile() if params.user == (self.saved.user if self.saved else None) \
            else None
        ui.resultLabel.setStyleSheet("")
        ui.resultLabel.setText(f"Probando la conexión con {params.host}:{params.port}…")
        return QueryOp(self, _NO_DATABASE, lambda _none: check_server(params, passfile),
                       self._show) \
            .busy("Probando la conexión con el servidor…") \
            .failure(self._failed) \
            .disabling(ui.testButton, ui.buttonBox).run()

    def _show(self, result: CheckResult) -> None:
        self.last_check = result
        ui = self.ui
        ui.resultLabel.setStyleSheet(OK_STYLE if result.usable else FAILED_STYLE)
        ui.resultLabel.setText(result.message)
        if result.field is not None:
            short = AT_FIELD.get(result.outcome, result.message)
            self.errors.set(result.field, short)
            self.errors.fields[result.field].setFocus()

    def _failed(self, message: str, _exc: BaseException) -> None:
        self.ui.resultLabel.setStyleSheet(FAILED_STYLE)
        self.ui.resultLabel.setText(message)

    # --- saving ----------------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the choice for the next start; False (the dialog stays open, with what was
        typed) when the server cannot be used."""
        if self.ui.localRadio.isChecked():
            return self._save_local()
        op = self.test()
        if op is None or not op.wait().ok or not self.last_check.usable:
            return False
        params = self.params()
        if self.saved == ServerParams(params.host, params.port, params.database, params.user) \
                and params.password is None:
            return True  # nothing changed
        url = params.url().render_as_string(hide_password=False)
        if not self._write(url, params.user, params.password):
            return False
        self._record_change()
        log.warning("Database of %s set to the server %s", self.paths.root,
                    params.url().render_as_string(hide_password=True))
        self.saved, self.changed = params, True
        return True

    def _save_local(self) -> bool:
        if self.saved is None:
            return True  # already the local file
        if not self._write("", None, None):
            return False
        self._record_change()
        log.warning("Database of %s set back to the local file", self.paths.root)
        self.saved, self.changed = None, True
        return True

    def _write(self, url: str, user: str | None, password: str | None) -> bool:
        try:
            save_database_settings(self.paths, url, user, password)
        except (OSError, SettingsError) as exc:
            self.ui.messageLabel.setText(
                f"No se pudo guardar la configuración en {self.paths.settings}: {exc}")
            return False
        return True

    def _record_change(self) -> None:
        """In the audit trail of the database being left, when it answers: who, from which PC,
        from where to where (no password). Not being able to is logged; the change stands."""
        if self.leaving is None:
            return
        from pisac_desktop.core.connection_change import record_connection_change
        from pisac_desktop.gui.operations import CollectionOp

        db, actor = self.leaving
        before = db.display_location
        try:
            after = location_of(load_settings(self.paths).database_url)
        except SettingsError:
            after = "?"

        def unrecorded(message: str, _exc: BaseException) -> None:
            log.warning("The change of database could not be recorded in %s: %s", before,
                        message)

        CollectionOp(self, db, lambda s: record_connection_change(s, actor, before, after)) \
            .busy("Anotando el cambio en el registro de auditoría…") \
            .failure(unrecorded).run().wait()

    def accept(self) -> None:
        if self.save():
            super().accept()

    def done_message(self) -> str:
        """What the person is told once it is saved (the program then opens again)."""
        if self.saved is None:
            return ("Pisac Desktop se abrirá de nuevo con el archivo de esta computadora "
                    f"({self.paths.database}). Vuelva a iniciar sesión.")
        where = f"«{self.saved.database}» del servidor {self.saved.host}"
        first = ""
        if self.last_check is not None and self.last_check.outcome is Outcome.EMPTY:
            first = (" Como la base de datos está vacía, se crearán sus tablas y se le pedirá "
                     "crear la cuenta del administrador.")
        elif self.last_check is not None and self.last_check.outcome is Outcome.OLDER:
            first = " Antes de usarla, se actualizará a esta versión del programa."
        return (f"Pisac Desktop se abrirá de nuevo conectado a la base de datos {where}.{first} "
                "Vuelva a iniciar sesión.")

