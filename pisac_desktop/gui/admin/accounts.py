"""Sign-in, first start, password change and Configuración > Usuarios."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
)

from pisac_desktop.core.accounts import (
    UserForm,
    UserView,
    change_own_password,
    create_first_admin,
    create_user,
    list_users,
    local_time_text,
    reset_password,
    set_active,
    sign_in,
    update_user,
)
from pisac_desktop.core.errors import FieldError, ValidationFailed
from pisac_desktop.core.institution import get_institution
from pisac_desktop.core.permissions import Actor, Role
from pisac_desktop.db.engine import Database
from pisac_desktop.gui import operations
from pisac_desktop.gui.field_errors import FieldErrors, save_through_domain
from pisac_desktop.gui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from pisac_desktop.gui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from pisac_desktop.gui.forms.ui_sign_in_dialog import Ui_SignInDialog
from pisac_desktop.gui.forms.ui_user_form_dialog import Ui_UserFormDialog
from pisac_desktop.gui.forms.ui_users_dialog import Ui_UsersDialog
from pisac_desktop.gui.operations import CollectionOp, QueryOp
from pisac_desktop.gui.table_models import ListTableModel
from pisac_desktop.gui.unsaved import UnsavedDialog
from pisac_desktop.paths import DataPaths
from pisac_desktop.tramite.cases import (
    set_user_units,
    unit_names_by_user,
    unit_options,
    user_unit_ids,
)


def _heading(parent: QDialog, db: Database, said: QLabel) -> tuple[str, bytes | None]:
    """The institution's name and crest for a dialog shown before the main window, read in a
    worker (waiting, the dialog being built); unread: empty, and why in `said`."""
    def read(session) -> tuple[str, bytes | None]:
        institution = get_institution(session)
        return institution.name, institution.crest

    op = QueryOp(parent, db, read) \
        .failure(lambda message, _exc: said.setText(message)).run().wait()
    return op.result if op.ok else ("", None)


def _name_buttons(box: QDialogButtonBox, ok: str, cancel: str | None = "Cancelar") -> None:
    box.button(QDialogButtonBox.Ok).setText(ok)
    if cancel and box.button(QDialogButtonBox.Cancel):
        box.button(QDialogButtonBox.Cancel).setText(cancel)


class _FormDialog(UnsavedDialog, QDialog):
    """A dialog whose OK saves through the domain: refusals appear at their fields (or in
    messageLabel), and everything typed stays; Cancel with something typed asks first."""

    def _save_with(self, work) -> bool:
        return save_through_domain(self, self.db, work, self.ui.messageLabel, self.errors)

    def accept(self) -> None:
        if self.save():
            super().accept()


class SignInDialog(QDialog):
    """Asks for user and password until they are right (or the person leaves)."""

    def __init__(self, db: Database, workstation: str = "", parent=None,
                 defer_record: bool = False):
        super().__init__(parent)
        self.db = db
        self.workstation = workstation
        self.defer_record = defer_record  # see sign_in(): the caller writes the entry later
        self.actor: Actor | None = None
        self.must_change_password = False
        self.unrecorded_at = None  # with defer_record: when the password was checked
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        _name_buttons(self.ui.buttonBox, "Ingresar", "Salir")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        name, crest = _heading(self, db, self.ui.messageLabel)
        self.ui.institutionLabel.setText(name)
        pixmap = QPixmap()
        if crest and pixmap.loadFromData(crest):
            self.ui.crestLabel.setPixmap(pixmap)
        else:
            self.ui.crestLabel.hide()
        self.ui.usernameEdit.setFocus()

    def try_sign_in(self) -> bool:
        typed = (self.ui.usernameEdit.text(), self.ui.passwordEdit.text(), self.workstation)
        defer = self.defer_record
        self.ui.messageLabel.clear()
        # In a worker (failures are recorded and committed too), waiting: the answer decides.
        op = CollectionOp(self, self.db, lambda s: sign_in(s, *typed, defer_record=defer)) \
            .failure(lambda message, _exc: self.ui.messageLabel.setText(message)) \
            .disabling(self.ui.buttonBox).run().wait()
        if not op.ok:  # the database did not answer: what was typed stays
            return False
        result = op.result
        if not result.ok:
            self.ui.messageLabel.setText(result.message)
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return False
        self.actor = result.actor
        self.must_change_password = result.must_change_password
        self.unrecorded_at = result.unrecorded_at
        return True

    def accept(self) -> None:
        if self.try_sign_in():
            super().accept()


class FirstRunDialog(_FormDialog):
    """A new database: the institution's name and the administrator's account."""

    FIELDS = {
        "institution_name": "institutionNameEdit", "full_name": "fullNameEdit",
        "username": "usernameEdit", "password": "passwordEdit",
        "password_again": "passwordAgainEdit",
    }

    def __init__(self, db: Database, paths: DataPaths, workstation: str = "", parent=None):
        super().__init__(parent)
        self.db = db
        self.workstation = workstation
        self.actor: Actor | None = None
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        _name_buttons(self.ui.buttonBox, "Crear y empezar", "Salir")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.dataFolderLabel.setText(f"Carpeta de datos: {paths.root}")
        self.ui.dataFolderLabel.setStyleSheet("color: #555;")
        self.ui.institutionNameEdit.setText(_heading(self, db, self.ui.messageLabel)[0])
        self.errors = FieldErrors(
            self.ui.form, {k: getattr(self.ui, v) for k, v in self.FIELDS.items()}, self
        )

    def save(self) -> bool:
        form = UserForm(self.ui.usernameEdit.text(), self.ui.fullNameEdit.text(),
                        self.ui.passwordEdit.text(), self.ui.passwordAgainEdit.text())

        institution_name = self.ui.institutionNameEdit.text()

        def work(session) -> None:  # in a worker: no widgets here
            self.actor = create_first_admin(session, form, institution_name, self.workstation)

        return self._save_with(work)


class ChangePasswordDialog(_FormDialog):
    FIELDS = {"current": "currentEdit", "password": "passwordEdit",
              "password_again": "passwordAgainEdit"}

    def __init__(self, db: Database, actor: Actor, forced: bool = False, parent=None):
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        _name_buttons(self.ui.buttonBox, "Cambiar contraseña", "Salir" if forced else "Cancelar")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        if forced:
            self.ui.reasonLabel.setText(
                "Su contraseña fue asignada por el administrador. Antes de continuar, elija una "
                "contraseña nueva que solo usted conozca (8 caracteres o más)."
            )
        self.errors = FieldErrors(
            self.ui.form, {k: getattr(self.ui, v) for k, v in self.FIELDS.items()}, self
        )

    def save(self) -> bool:
        typed = (self.ui.currentEdit.text(), self.ui.passwordEdit.text(),
                 self.ui.passwordAgainEdit.text())
        return self._save_with(lambda session: change_own_password(session, self.actor, *typed))


ROLE_CHECKS = {
    Role.ADMIN: "roleAdminCheck",
    Role.GENERAL_SECRETARIAT: "roleGeneralSecretariatCheck",
    Role.MUNICIPAL_MANAGEMENT: "roleMunicipalManagementCheck",
    Role.INTAKE: "roleIntakeCheck",
    Role.CIVIL_REGISTRY: "roleCivilRegistryCheck",
    Role.UNIT_STAFF: "roleUnitStaffCheck",
    Role.READ_ONLY: "roleReadOnlyCheck",
}


class UserFormDialog(_FormDialog):
    """Create a user (user_view None) or change one's name, roles and the units whose bandeja
    of case files they attend."""

    FIELDS = {"username": "usernameEdit", "full_name": "fullNameEdit",
              "password": "passwordEdit", "password_again": "passwordAgainEdit",
              "roles": "rolesGroup", "units": "unitsList"}

    def __init__(self, db: Database, actor: Actor, user_view: UserView | None = None,
                 parent=None):
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.user_view = user_view
        self.ui = Ui_UserFormDialog()
        self.ui.setupUi(self)
        _name_buttons(self.ui.buttonBox, "Guardar")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.errors = FieldErrors(
            self.ui.form, {k: getattr(self.ui, v) for k, v in self.FIELDS.items()}, self
        )
        if user_view is None:
            self.setWindowTitle("Nuevo usuario")
            self.ui.hintLabel.setText(
                "La persona deberá cambiar esta contraseña inicial la primera vez que ingrese."
            )
        else:
            self.setWindowTitle(f"Modificar usuario {user_view.username}")
            self.ui.usernameEdit.setText(user_view.username)
            self.ui.usernameEdit.setReadOnly(True)
            self.ui.fullNameEdit.setText(user_view.full_name)
            self.ui.passwordEditLabel.setText("Contraseña &nueva (opcional):")
            self.ui.hintLabel.setText(
                "Deje la contraseña vacía para no cambiarla. Si escribe una, la persona deberá "
                "cambiarla al ingresar."
            )
            for role in user_view.roles:
                getattr(self.ui, ROLE_CHECKS[role]).setChecked(True)
        user_id = user_view.id if user_view is not None else None

        def read(session):
            return unit_options(session), (user_unit_ids(session, user_id) if user_id else [])

        QueryOp(self, db, read, lambda got: self._show_units(*got)).run().wait()

    def _show_units(self, options, chosen: list[int]) -> None:
        self.ui.unitsList.clear()
        for option in options:
            if not option.active and option.id not in chosen:
                continue
            item = QListWidgetItem(option.name if option.active
                                   else f"{option.name} (inactiva)", self.ui.unitsList)
            item.setData(Qt.UserRole, option.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if option.id in chosen else Qt.Unchecked)

    def chosen_units(self) -> list[int]:
        items = (self.ui.unitsList.item(i) for i in range(self.ui.unitsList.count()))
        return [item.data(Qt.UserRole) for item in items if item.checkState() == Qt.Checked]

    def form(self) -> UserForm:
        roles = frozenset(r for r, name in ROLE_CHECKS.items() if getattr(self.ui, name).isChecked())
        return UserForm(self.ui.usernameEdit.text(), self.ui.fullNameEdit.text(),
                        self.ui.passwordEdit.text(), self.ui.passwordAgainEdit.text(), roles)

    def save(self) -> bool:
        form = self.form()
        units = self.chosen_units()

        def work(session) -> None:  # in a worker: no widgets here
            if Role.UNIT_STAFF in form.roles and not units:
                raise ValidationFailed([FieldError(
                    "units", "Marque la unidad (o las unidades) cuyos expedientes atiende.")])
            if self.user_view is None:
                user_id = create_user(session, self.actor, form).id
            else:
                user_id = self.user_view.id
                update_user(session, self.actor, user_id, form)
            set_user_units(session, self.actor, user_id, units)

        return self._save_with(work)


class UsersDialog(QDialog):
    """Configuración > Usuarios (administrators)."""

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.Close).setText("Cerrar")
        self.ui.buttonBox.rejected.connect(self.reject)
        self.model = ListTableModel(
            ("Usuario", "Nombres y apellidos", "Roles", "Unidades", "Estado"), parent=self
        )
        self.ui.usersView.setModel(self.model)
        self.ui.usersView.verticalHeader().hide()
        header = self.ui.usersView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)  # the units: long, elided
        self.ui.usersView.setTextElideMode(Qt.ElideRight)
        self.users: list[UserView] = []
        self.units: dict[int, str] = {}
        self.ui.newUserButton.clicked.connect(self.new_user)
        self.ui.editUserButton.clicked.connect(self.edit_user)
        self.ui.resetPasswordButton.clicked.connect(self.reset_selected_password)
        self.ui.toggleActiveButton.clicked.connect(self.toggle_selected)
        self.ui.usersView.doubleClicked.connect(lambda _i: self.edit_user())
        self.ui.usersView.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.load().wait()  # built with the accounts (callers use them at once); later, async

    def load(self, select: str | None = None) -> QueryOp:
        """Read the accounts in a worker; the list fills (with `select` chosen) when they
        arrive."""
        def read(session):
            return list_users(session), unit_names_by_user(session)

        return QueryOp(self, self.db, read, lambda got: self._show(*got, select)) \
            .superseding("users").run()

    def _show(self, users: list[UserView], units: dict[int, str], select: str | None) -> None:
        self.users, self.units = users, units
        now_utc = self.db.clock.naive_utc()
        self.model.set_rows([(u.username, u.full_name, u.roles_text, units.get(u.id, "—"),
                              _state(u, now_utc)) for u in self.users])
        if select is not None and any(u.username == select for u in self.users):
            self.select_username(select)
        self._update_buttons()

    def selected(self) -> UserView | None:
        index = self.ui.usersView.currentIndex()
        return self.users[index.row()] if index.isValid() else None

    def select_username(self, username: str) -> None:
        row = next(i for i, u in enumerate(self.users) if u.username == username)
        self.ui.usersView.setCurrentIndex(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.ui.editUserButton, self.ui.resetPasswordButton,
                       self.ui.toggleActiveButton):
            button.setEnabled(user is not None)
        self.ui.toggleActiveButton.setText(
            "&Reactivar" if user is not None and not user.active else "&Desactivar"
        )

    def new_user(self) -> None:
        if UserFormDialog(self.db, self.actor, None, self).exec():
            self.load()

    def edit_user(self) -> None:
        user = self.selected()
        if user is not None and UserFormDialog(self.db, self.actor, user, self).exec():
            self.load()

    def reset_selected_password(self, password: str | None = None) -> bool:
        user = self.selected()
        if user is None:
            return False
        if password is None:
            password, ok = QInputDialog.getText(
                self, "Restablecer contraseña",
                f"Contraseña provisional para {user.full_name} (8 caracteres o más).\n"
                "La persona deberá cambiarla al ingresar:",
                QLineEdit.Password,
            )
            if not ok:
                return False
        return self._run(lambda s: reset_password(s, self.actor, user.id, password),
                         f"La contraseña de {user.username} fue restablecida.")

    def toggle_selected(self) -> bool:
        user = self.selected()
        if user is None:
            return False
        return self._run(lambda s: set_active(s, self.actor, user.id, not user.active))

    def _run(self, action, done_message: str | None = None) -> bool:
        """Run a use case on the selected account in a worker, waiting (the answer is
        returned); then the list again, the same account chosen."""
        current = self.selected()

        def done(_result) -> None:
            self.load(current.username if current is not None else None)
            if done_message:
                QMessageBox.information(self, "Usuarios", done_message)

        op = CollectionOp(self, self.db, action, done) \
            .failure(lambda message, _exc: operations.show_failure(self, "No se pudo", message)) \
            .disabling(self.ui.resetPasswordButton, self.ui.toggleActiveButton).run().wait()
        return op.ok


def _state(user: UserView, now_utc: dt.datetime) -> str:
    if not user.active:
        return "Desactivado"
    if user.locked_until is not None:
        if user.locked_until > now_utc:
            return f"Bloqueado hasta las {local_time_text(user.locked_until)}"
    if user.must_change_password:
        return "Activo (debe cambiar su contraseña)"
    return "Activo"

