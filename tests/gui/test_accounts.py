from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from pisac_desktop.core.accounts import WRONG_SIGN_IN, UserForm, create_first_admin
from pisac_desktop.db.models import AuditEntry, User
from pisac_desktop.demo import DEMO_PASSWORD, demo_actor
from pisac_desktop.gui.admin.accounts import (
    ChangePasswordDialog,
    FirstRunDialog,
    SignInDialog,
    UserFormDialog,
    UsersDialog,
)
from pisac_desktop.gui.main_window import MainWindow
from tests.conftest import make_ctx


def test_first_run_creates_the_administrator_and_keeps_typed_data(qtbot, opened, spanish_qapp):
    dialog = FirstRunDialog(opened.db, opened.paths, "PC-SG")
    qtbot.addWidget(dialog)
    dialog.ui.fullNameEdit.setText("Marleny Huillca Sutta")
    dialog.ui.usernameEdit.setText("mhuillca")
    dialog.ui.passwordEdit.setText("corta")
    dialog.ui.passwordAgainEdit.setText("corta")
    assert not dialog.save()
    assert "8 caracteres" in dialog.errors.labels["password"].text()
    assert dialog.ui.fullNameEdit.text() == "Marleny Huillca Sutta"
    dialog.ui.passwordEdit.setText("clave-segura-1")
    dialog.ui.passwordAgainEdit.setText("clave-segura-1")
    dialog.ui.institutionNameEdit.setText("Municipalidad Distrital de Pisac")
    assert dialog.save()
    assert dialog.actor.username == "mhuillca"
    with opened.db.session() as s:
        assert s.scalar(select(User.username)) == "mhuillca"


def test_sign_in_dialog(qtbot, demo, spanish_qapp):
    dialog = SignInDialog(demo.db, "PC-SG")
    qtbot.addWidget(dialog)
    assert dialog.ui.institutionLabel.text() == "Municipalidad Distrital de Pisac"
    dialog.ui.usernameEdit.setText("mhuillca")
    dialog.ui.passwordEdit.setText("equivocada")
    assert not dialog.try_sign_in()
    assert dialog.ui.messageLabel.text() == WRONG_SIGN_IN  # the same for an unknown user
    assert dialog.ui.usernameEdit.text() == "mhuillca" and dialog.ui.passwordEdit.text() == ""
    dialog.ui.passwordEdit.setText(DEMO_PASSWORD)
    assert dialog.try_sign_in()
    assert dialog.actor.full_name == "Marleny Huillca Sutta"
    with demo.db.session() as s:  # the failure was recorded even though it was refused
        actions = s.scalars(select(AuditEntry.action).where(
            AuditEntry.username == "mhuillca", AuditEntry.action.like("sign_in%")))
        assert list(actions) == ["sign_in_failed", "sign_in"]


def test_users_dialog_creates_edits_resets_and_deactivates(qtbot, demo, spanish_qapp,
                                                          monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    with demo.db.session() as s:
        admin = demo_actor(s)
    dialog = UsersDialog(demo.db, admin)
    qtbot.addWidget(dialog)
    form = UserFormDialog(demo.db, admin, None, dialog)
    qtbot.addWidget(form)
    form.ui.usernameEdit.setText("rquispe")
    form.ui.fullNameEdit.setText("Rocío Quispe Mamani")
    form.ui.passwordEdit.setText("inicial-123")
    form.ui.passwordAgainEdit.setText("inicial-123")
    assert not form.save()  # no role yet
    assert "al menos un rol" in form.errors.labels["roles"].text()
    form.ui.roleIntakeCheck.setChecked(True)
    assert form.save()
    dialog.load()
    dialog.select_username("rquispe")
    view = dialog.selected()
    assert view.roles_text == "Mesa de Partes" and view.must_change_password

    edit = UserFormDialog(demo.db, admin, view, dialog)
    qtbot.addWidget(edit)
    assert edit.ui.usernameEdit.isReadOnly() and edit.ui.roleIntakeCheck.isChecked()
    edit.ui.roleReadOnlyCheck.setChecked(True)
    assert edit.save()
    dialog.load()
    dialog.select_username("rquispe")
    assert dialog.selected().roles_text == "Mesa de Partes, Consulta"

    assert dialog.reset_selected_password("provisional-1")
    assert dialog.toggle_selected()
    assert not dialog.selected().active
    assert dialog.ui.toggleActiveButton.text() == "&Reactivar"
    row = [u.username for u in dialog.users].index("rquispe")
    assert dialog.model.index(row, 4).data() == "Desactivado"


def _check_unit(form: UserFormDialog, name: str, checked: bool = True) -> None:
    units = form.ui.unitsList
    item = next(units.item(i) for i in range(units.count()) if units.item(i).text() == name)
    item.setCheckState(Qt.Checked if checked else Qt.Unchecked)


def test_users_dialog_places_a_person_in_the_units_whose_case_files_they_attend(
        qtbot, demo, spanish_qapp, monkeypatch):
    from pisac_desktop.tramite.cases import units_of

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    with demo.db.session() as s:
        admin = demo_actor(s)
    dialog = UsersDialog(demo.db, admin)
    qtbot.addWidget(dialog)
    dialog.select_username("lsoncco")
    row = [u.username for u in dialog.users].index("lsoncco")
    assert dialog.model.index(row, 3).data() != "—"  # the demo placed her in a unit

    form = UserFormDialog(demo.db, admin, None, dialog)
    qtbot.addWidget(form)
    form.ui.usernameEdit.setText("jcondori")
    form.ui.fullNameEdit.setText("Juan Condori Ñaupa")
    form.ui.passwordEdit.setText("inicial-123")
    form.ui.passwordAgainEdit.setText("inicial-123")
    form.ui.roleUnitStaffCheck.setChecked(True)
    assert not form.save()  # a unit's staff without a unit could attend nothing
    assert "unidad" in form.errors.labels["units"].text()
    assert form.ui.fullNameEdit.text() == "Juan Condori Ñaupa"  # the typing is kept
    _check_unit(form, "Secretaría General")
    _check_unit(form, "Gerencia Municipal")
    assert form.save()
    dialog.load().wait()
    row = [u.username for u in dialog.users].index("jcondori")
    assert set(dialog.model.index(row, 3).data().split(", ")) == {
        "Gerencia Municipal", "Secretaría General"}
    with demo.db.session() as s:
        user = s.scalar(select(User).where(User.username == "jcondori"))
        unit_count = len(units_of(s, demo_actor(s, "jcondori")))
        entries = list(s.scalars(select(AuditEntry.changes).where(
            AuditEntry.entity == "user", AuditEntry.entity_id == str(user.id))))
    assert unit_count == 2
    assert any('"unidades"' in c for c in entries)  # the placement is audited

    dialog.select_username("jcondori")
    edit = UserFormDialog(demo.db, admin, dialog.selected(), dialog)
    qtbot.addWidget(edit)
    edit.mark_clean()
    assert not edit.has_changes()
    _check_unit(edit, "Gerencia Municipal", False)
    assert edit.has_changes()  # leaving now would ask first
    assert edit.save()
    with demo.db.session() as s:
        assert len(units_of(s, demo_actor(s, "jcondori"))) == 1


def test_users_dialog_refusal_is_shown_not_raised(qtbot, demo, spanish_qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    with demo.db.session() as s:
        admin = demo_actor(s)
    dialog = UsersDialog(demo.db, admin)
    qtbot.addWidget(dialog)
    dialog.select_username("soporte")
    assert not dialog.toggle_selected()
    assert "propia cuenta" in shown[0]


def test_change_password_dialog(qtbot, demo, spanish_qapp):
    with demo.db.session() as s:
        actor = demo_actor(s, "wccahua")
    dialog = ChangePasswordDialog(demo.db, actor, forced=True)
    qtbot.addWidget(dialog)
    assert "asignada por el administrador" in dialog.ui.reasonLabel.text()
    dialog.ui.currentEdit.setText(DEMO_PASSWORD)
    dialog.ui.passwordEdit.setText("nueva-clave-1")
    dialog.ui.passwordAgainEdit.setText("nueva-clave-2")
    assert not dialog.save()
    assert "no coinciden" in dialog.errors.labels["password_again"].text()
    dialog.ui.passwordAgainEdit.setText("nueva-clave-1")
    assert dialog.save()


def test_menus_follow_the_roles(qtbot, opened, spanish_qapp):
    reader = MainWindow(make_ctx(opened, roles=("read_only",)))
    qtbot.addWidget(reader)
    ui = reader.ui
    assert not ui.actionInstitucion.isVisible() and not ui.actionUsuarios.isVisible()
    assert not ui.actionAuditoria.isVisible() and not ui.actionRespaldar.isVisible()
    assert "Consulta" in reader.userLabel.text()
    admin = MainWindow(make_ctx(opened, roles=("admin",)))
    qtbot.addWidget(admin)
    assert all(a.isVisible() for a in (admin.ui.actionInstitucion, admin.ui.actionUsuarios,
                                       admin.ui.actionAuditoria, admin.ui.actionRestaurar))


def test_sign_out_lets_another_person_sign_in(qtbot, demo, spanish_qapp, monkeypatch):
    from pisac_desktop.gui.context import AppContext

    with demo.db.session() as s:
        admin = demo_actor(s)

    def fake_exec(dialog):
        dialog.ui.usernameEdit.setText("consulta")
        dialog.ui.passwordEdit.setText(DEMO_PASSWORD)
        return dialog.try_sign_in()

    monkeypatch.setattr(SignInDialog, "exec", fake_exec)
    window = MainWindow(AppContext(demo.db, demo.paths, admin))
    qtbot.addWidget(window)
    assert window.ui.actionUsuarios.isVisible()
    assert window.sign_out()
    assert window.ctx.actor.username == "consulta"
    assert "Percy Gamarra Luna" in window.userLabel.text()
    assert not window.ui.actionUsuarios.isVisible()
    with demo.db.session() as s:
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(2))
        assert list(actions) == ["sign_in", "sign_out"]


def test_first_admin_helper_is_reusable(opened):
    with opened.db.session() as s:
        actor = create_first_admin(s, UserForm("admin", "Admin", "x" * 8, "x" * 8), "MDP")
    assert actor.user_id is not None


def test_sign_in_on_a_busy_database_says_so_and_keeps_what_was_typed(qtbot, demo, spanish_qapp,
                                                                      monkeypatch):
    from sqlalchemy.exc import OperationalError

    from pisac_desktop.gui.admin import accounts
    from pisac_desktop.gui.operations import BUSY_TEXT

    def locked(*_args, **_kwargs):
        raise OperationalError("INSERT INTO audit_entry", {}, Exception("database is locked"))

    dialog = SignInDialog(demo.db, "PC-SG")
    qtbot.addWidget(dialog)
    dialog.ui.usernameEdit.setText("mhuillca")
    dialog.ui.passwordEdit.setText(DEMO_PASSWORD)
    monkeypatch.setattr(accounts, "sign_in", locked)
    assert not dialog.try_sign_in() and dialog.actor is None
    assert dialog.ui.messageLabel.text() == BUSY_TEXT + " No se guardó nada a medias."
    assert dialog.ui.passwordEdit.text() == DEMO_PASSWORD and dialog.ui.buttonBox.isEnabled()
    monkeypatch.setattr(accounts, "get_institution", locked)
    again = SignInDialog(demo.db, "PC-SG")  # the heading unread: said, and no crash
    qtbot.addWidget(again)
    assert again.ui.institutionLabel.text() == "" and again.ui.messageLabel.text() == BUSY_TEXT
