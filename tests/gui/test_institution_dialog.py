import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from pisac_desktop.db.engine import Database
from pisac_desktop.db.models import Institution, Officeholder, OrgUnit
from pisac_desktop.gui.admin.institution_dialog import InstitutionDialog
from pisac_desktop.paths import resource


def _dialog(qtbot, ctx):
    dialog = InstitutionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.load()
    return dialog


def _set_cell(model, row, key, value):
    index = model.index(row, model.column_of(key))
    role = Qt.CheckStateRole if model.columns[index.column()].kind == "bool" else Qt.EditRole
    assert model.setData(index, value, role)


def test_settings_round_trip_through_save_and_a_restart(qtbot, ctx, opened):
    dialog = _dialog(qtbot, ctx)
    dialog.edits["ruc"].setText("20147990139")
    dialog.edits["address"].setText("Plaza de Armas s/n, Pisac")
    dialog.edits["email"].setText("mesadepartes@munipisac.gob.pe")
    dialog.load_crest_file(resource("icons", "escudo-provisional.png"))
    row = dialog.years.append_row()
    _set_cell(dialog.years, row, "year", "2027")
    _set_cell(dialog.years, row, "name", "Año de prueba")
    row = dialog.holders.append_row()
    for key, value in (("post", "GENERAL_SECRETARY"), ("title", "Abog."),
                       ("full_name", "Marleny Huillca Sutta"), ("dni", "45879632"),
                       ("start", "02/01/2023"), ("feminine", Qt.Checked)):
        _set_cell(dialog.holders, row, key, value)
    assert dialog.save(), dialog.ui.errorSummaryLabel.text()
    assert dialog.holders.rows[0].id is not None  # reloaded: a second save updates

    # "Restart": a brand-new engine on the same folder, and a new dialog.
    ctx.db.dispose()
    ctx.db = Database.for_data_dir(opened.paths)
    again = _dialog(qtbot, ctx)
    assert again.edits["ruc"].text() == "20147990139"
    assert again.edits["email"].text() == "mesadepartes@munipisac.gob.pe"
    assert again.ui.removeCrestButton.isEnabled()
    assert any(r.year == "2027" and r.name == "Año de prueba" for r in again.years.rows)
    holder = again.holders.rows[0]
    assert (holder.full_name, holder.dni, holder.start, holder.feminine) == (
        "Marleny Huillca Sutta", "45879632", "02/01/2023", True)
    with ctx.db.session() as s:
        assert s.get(Institution, 1).crest[:4] == b"\x89PNG"
    ctx.db.dispose()


def test_bad_ruc_is_refused_at_the_field_and_typed_data_is_kept(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    dialog.edits["ruc"].setText("20147990138")
    dialog.edits["address"].setText("Jr. Bolognesi 123")
    assert not dialog.save()
    assert "dígito verificador" in dialog.field_errors.labels["ruc"].text()
    assert not dialog.field_errors.labels["ruc"].isHidden()
    assert dialog.edits["ruc"].text() == "20147990138"
    assert dialog.edits["address"].text() == "Jr. Bolognesi 123"
    assert "No se guardó" in dialog.ui.errorSummaryLabel.text()
    with ctx.db.session() as s:
        assert s.get(Institution, 1).address == ""  # nothing written


def test_bad_dni_and_dates_are_marked_in_the_table_and_kept(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    row = dialog.holders.append_row()
    for key, value in (("post", "MAYOR"), ("full_name", "Julián Quispe Huamán"),
                       ("dni", "2398145"), ("start", "31/02/2026"), ("end", "ayer")):
        _set_cell(dialog.holders, row, key, value)
    assert not dialog.save()
    assert "8 dígitos" in dialog.holders.error_at(row, "dni")
    assert "no existe" in dialog.holders.error_at(row, "start")
    assert "dd/mm/aaaa" in dialog.holders.error_at(row, "end")
    assert dialog.ui.settingsTabs.currentIndex() == 3
    index = dialog.holders.index(row, dialog.holders.column_of("dni"))
    assert index.data(Qt.BackgroundRole) is not None
    assert index.data(Qt.ToolTipRole) == dialog.holders.error_at(row, "dni")
    assert dialog.holders.rows[row].dni == "2398145"
    assert dialog.holders.rows[row].start == "31/02/2026"
    # Correcting the cell clears its mark; the fixed form then saves.
    _set_cell(dialog.holders, row, "dni", "23981457")
    assert dialog.holders.error_at(row, "dni") is None
    _set_cell(dialog.holders, row, "start", "02/01/2023")
    _set_cell(dialog.holders, row, "end", "")
    assert dialog.save(), dialog.ui.errorSummaryLabel.text()
    with ctx.db.session() as s:
        assert s.scalar(select(Officeholder.full_name)) == "Julián Quispe Huamán"


def test_bad_year_row_is_refused(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    row = dialog.years.append_row()
    _set_cell(dialog.years, row, "year", "dos mil")
    assert not dialog.save()
    assert "entre 1990 y 2100" in dialog.years.error_at(row, "year")
    assert dialog.years.rows[row].year == "dos mil"


def test_not_an_image_is_refused_as_crest(qtbot, ctx, tmp_path):
    dialog = _dialog(qtbot, ctx)
    fake = tmp_path / "escudo.png"
    fake.write_text("esto no es una imagen")
    assert not dialog.load_crest_file(fake)
    assert "no es una imagen PNG o JPG" in dialog.field_errors.labels["crest"].text()
    assert not dialog.load_crest_file(tmp_path / "no-existe.png")
    assert "No se pudo leer" in dialog.field_errors.labels["crest"].text()


def test_referenced_unit_is_not_removed_from_the_list(qtbot, demo_people, spanish_qapp,
                                                     monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tests.conftest import make_ctx

    demo_ctx = make_ctx(demo_people)  # no documents: Procuraduría is referenced by nothing
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    dialog = _dialog(qtbot, demo_ctx)
    names = [u.name for u in dialog.units.rows]
    row = names.index("Alcaldía")
    dialog.ui.orgUnitsView.setCurrentIndex(dialog.units.index(row, 0))
    dialog.remove_selected_unit()
    assert "no se puede eliminar" in shown[0] and len(dialog.units.rows) == len(names)
    dialog.toggle_selected_unit()
    assert dialog.units.rows[row].active is False
    # An unreferenced unit goes away on save.
    row = names.index("Procuraduría Pública Municipal")
    dialog.ui.orgUnitsView.setCurrentIndex(dialog.units.index(row, 0))
    dialog.remove_selected_unit()
    assert dialog.save()
    with demo_ctx.db.session() as s:
        assert s.scalar(select(OrgUnit.active).where(OrgUnit.name == "Alcaldía")) is False
        assert s.scalar(select(OrgUnit.id).where(OrgUnit.name.like("Procur%"))) is None


def test_menu_opens_the_dialog_and_refreshes_the_title(qtbot, ctx, monkeypatch):
    from pisac_desktop.gui.main_window import MainWindow

    def fake_exec(dialog):
        dialog.edits["name"].setText("Municipalidad Distrital de Pisac - Calca")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(InstitutionDialog, "exec", fake_exec)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.ui.actionInstitucion.trigger()
    assert window.windowTitle().startswith("Municipalidad Distrital de Pisac - Calca")


def test_cell_still_being_edited_is_saved(qtbot, ctx):
    from PySide6.QtWidgets import QApplication, QLineEdit

    dialog = _dialog(qtbot, ctx)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.ui.settingsTabs.setCurrentIndex(1)
    row = dialog.years.append_row()
    _set_cell(dialog.years, row, "year", "2027")
    index = dialog.years.index(row, dialog.years.column_of("name"))
    dialog.ui.yearNamesView.setCurrentIndex(index)
    dialog.ui.yearNamesView.edit(index)
    editor = dialog.ui.yearNamesView.findChild(QLineEdit)
    assert editor is not None
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    editor.setText("Año escrito sin pulsar Enter")
    assert dialog.save(), dialog.ui.errorSummaryLabel.text()
    with ctx.db.session() as s:
        from pisac_desktop.db.models import YearName

        assert s.get(YearName, 2027).name == "Año escrito sin pulsar Enter"


def test_cancel_asks_before_dropping_typed_changes(qtbot, ctx, monkeypatch):
    from pisac_desktop.gui import unsaved

    answers = []
    monkeypatch.setattr(unsaved, "ask", lambda *a, **k: answers.pop(0))
    dialog = _dialog(qtbot, ctx)
    dialog.show()
    dialog.reject()  # nothing typed: closes without asking
    assert not dialog.isVisible()

    dialog = _dialog(qtbot, ctx)
    dialog.show()
    dialog.edits["address"].setText("Jr. Bolognesi 123")
    answers.append(unsaved.CANCEL)
    dialog.reject()
    assert dialog.isVisible() and dialog.edits["address"].text() == "Jr. Bolognesi 123"
    answers.append(unsaved.DISCARD)
    dialog.reject()
    assert not dialog.isVisible() and not answers


def test_a_read_only_person_is_refused_with_a_message(qtbot, opened, spanish_qapp):
    from tests.conftest import make_ctx

    dialog = _dialog(qtbot, make_ctx(opened, roles=("read_only",)))
    dialog.edits["address"].setText("Jr. Bolognesi 123")
    assert not dialog.save()
    assert "no tiene permiso" in dialog.ui.errorSummaryLabel.text()
    assert dialog.edits["address"].text() == "Jr. Bolognesi 123"


def test_a_bomb_or_a_truncated_crest_is_refused_and_keeps_what_was_typed(qtbot, ctx, tmp_path):
    from tests.unit.test_crest import _bomb

    dialog = _dialog(qtbot, ctx)
    dialog.edits["address"].setText("Jr. Bolognesi 123")
    dialog.load_crest_file(resource("icons", "escudo-provisional.png"))
    good = dialog._crest
    bomb, truncated = tmp_path / "bomba.png", tmp_path / "cortado.png"
    bomb.write_bytes(_bomb())
    truncated.write_bytes(good[:len(good) // 2])
    for path, words in ((bomb, "demasiado grande"), (truncated, "dañada o incompleta")):
        assert not dialog.load_crest_file(path)
        assert words in dialog.field_errors.labels["crest"].text()
        assert dialog.field_errors.labels["crest"].isVisibleTo(dialog)
        assert dialog._crest == good  # the crest loaded before stays
        assert dialog.edits["address"].text() == "Jr. Bolognesi 123"
    heavy = tmp_path / "pesado.png"
    heavy.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * (3 * 1024 * 1024))
    assert not dialog.load_crest_file(heavy)
    assert "pesa 3,0 MB" in dialog.field_errors.labels["crest"].text()


def test_a_large_crest_is_scaled_down_on_upload(qtbot, ctx, opened, tmp_path):
    import io

    from PIL import Image

    big = tmp_path / "escudo-grande.png"
    Image.new("RGB", (2400, 3000), "navy").save(big, format="PNG")
    dialog = _dialog(qtbot, ctx)
    assert dialog.load_crest_file(big)
    assert dialog.save()
    with opened.db.session() as s:
        stored = s.get(Institution, 1).crest
    with Image.open(io.BytesIO(stored)) as image:
        assert image.size == (819, 1024)


def test_a_damaged_stored_crest_is_said_when_the_dialog_opens(qtbot, ctx, opened):
    good = resource("icons", "escudo-provisional.png").read_bytes()
    with opened.db.session() as s:
        s.get(Institution, 1).crest = good[:200]
    dialog = _dialog(qtbot, ctx)
    label = dialog.field_errors.labels["crest"]
    assert label.isVisibleTo(dialog) and "se imprimen sin escudo" in label.text()
    assert dialog.ui.crestPreview.text() == "Escudo dañado"


def _locked(*_args, **_kwargs):
    from sqlalchemy.exc import OperationalError

    raise OperationalError("UPDATE institution", {}, Exception("database is locked"))


def test_a_busy_database_keeps_what_was_typed_and_says_so(qtbot, ctx, monkeypatch):
    from pisac_desktop.gui import operations
    from pisac_desktop.gui.admin import institution_dialog
    from pisac_desktop.gui.main_window import MainWindow

    shown = []
    monkeypatch.setattr(operations, "show_failure", lambda _p, title, said: shown.append(
        (title, said)))
    dialog = _dialog(qtbot, ctx)
    dialog.edits["address"].setText("Jr. Bolognesi 123")
    monkeypatch.setattr(institution_dialog, "save_settings", _locked)
    assert not dialog.save()
    assert shown == [("Base de datos ocupada",
                      operations.BUSY_TEXT + " No se guardó nada a medias.")]
    assert dialog.edits["address"].text() == "Jr. Bolognesi 123" and dialog.has_changes()
    assert dialog.ui.buttonBox.isEnabled()
    # The menu reads the settings before it opens the dialog: unread, no dialog and a reason.
    monkeypatch.setattr("pisac_desktop.core.institution_settings.load_settings", _locked)
    monkeypatch.setattr(InstitutionDialog, "exec", lambda _d: pytest.fail("no dialog"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.ui.actionInstitucion.trigger()
    assert shown[-1] == ("Datos de la institución", operations.BUSY_TEXT)
