"""Moving in (issue 20) on screen: the setup checklist on the Resumen (each item ✔/✗ with a word,
a click opens where to do it, «Ocultar lista», the printer's test page), Configuración ›
Importar organización… (template, preview, import) and Archivo › Exportar todo…."""

import datetime as dt
import functools

from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from pisac_desktop.db.models import AuditEntry, OrgUnit
from pisac_desktop.gui.main_window import MainWindow
from pisac_desktop.gui.operations import wait_idle
from tests.conftest import make_ctx


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert wait_idle()
    return window


def _overview(window, module="secretaria"):
    window.ui.moduleTabs.setCurrentWidget(window.pages[module])
    overview = window.pages[module].select("overview")
    overview.load()
    assert wait_idle()
    return overview


def _row(overview, key: str) -> int:
    return next(i for i, item in enumerate(overview.setup.items) if item.key == key)


def test_the_checklist_says_what_is_done_and_what_is_missing(qtbot, demo):
    window = _window(qtbot, make_ctx(demo))
    overview = _overview(window)
    ui = overview.ui
    assert ui.setupGroup.isVisible() and not ui.sectionsGroup.isVisible()
    model = overview.setup.model
    assert model.rowCount() == 10
    cells = {model.index(r, 2).data(): (model.index(r, 0).data(), model.index(r, 1).data())
             for r in range(10)}
    assert cells["Datos de la institución y escudo"] == ("✔", "Hecho")
    assert cells["Impresora probada"] == ("✗", "Pendiente")
    assert cells["Destino de las copias de seguridad probado"] == ("✗", "Pendiente")
    assert "7 de 10 hechos" in ui.setupGroup.title()
    assert window.size().height() <= 768  # it fits a 1366 × 768 screen

    reader = _window(qtbot, make_ctx(demo, roles=("read_only",)))
    assert not _overview(reader).ui.setupGroup.isVisible()


def test_hiding_the_list_and_showing_it_again(qtbot, demo):
    window = _window(qtbot, make_ctx(demo))
    overview = _overview(window)
    overview.ui.hideSetupButton.click()
    assert not overview.ui.setupGroup.isVisible()
    assert overview.ui.setupHiddenLabel.isVisible()
    assert "pendientes" in overview.ui.setupHiddenLabel.text()
    other = _overview(window, "gerencia")  # the same person's preference on every page
    assert not other.ui.setupGroup.isVisible()
    overview.ui.setupHiddenLabel.linkActivated.emit("mostrar")
    assert not overview.ui.setupGroup.isHidden() and overview.ui.setupHiddenLabel.isHidden()


def test_a_click_opens_where_each_item_is_done(qtbot, demo, monkeypatch):
    from pisac_desktop.gui.instruments.register_actions import RegisterActions

    window = _window(qtbot, make_ctx(demo))
    overview = _overview(window)
    opened = []
    window.open_users = lambda: opened.append("users")
    window.open_council_terms = lambda: opened.append("council")
    window.open_organization_import = lambda: opened.append("organization")
    window.backup_now = lambda choose_folder=False: opened.append(("backup", choose_folder))
    window.open_register_import = lambda: opened.append("registers")
    for key in ("users", "council", "units", "backup", "registers"):
        overview.setup.open_item(_row(overview, key))
    assert opened == ["users", "council", "organization", ("backup", True), "registers"]

    asked = []
    monkeypatch.setattr(RegisterActions, "set_next_number", lambda section: asked.append(section))
    overview.setup.open_item(_row(overview, "numbering"))
    register = window.pages["secretaria"].widgets["instruments"]
    assert asked == [register]
    assert window.pages["secretaria"].ui.sectionStack.currentWidget() is register


def test_the_printed_test_page_completes_its_item(qtbot, demo, monkeypatch):
    from pisac_desktop.gui.pdf_preview import PdfPreviewDialog

    def printed(dialog):
        dialog._left_the_app("impresora")  # as a print through the print dialog does
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", printed)
    window = _window(qtbot, make_ctx(demo))
    overview = _overview(window)
    overview.ui.testPageButton.click()
    assert wait_idle()
    preview = overview.setup.last_preview
    assert preview.pdf_bytes.startswith(b"%PDF") and preview.page_count == 1
    overview.load()
    assert wait_idle()
    item = overview.setup.items[_row(overview, "printer")]
    assert item.done and "PC-PRUEBA" in item.detail
    with demo.db.session() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (last.action, last.entity) == ("print", "test_page")


def test_the_organisation_template_preview_and_import(qtbot, demo, tmp_path, monkeypatch):
    from pisac_desktop.gui.admin.organization_import import OrganizationImportDialog

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    window = _window(qtbot, make_ctx(demo))
    dialog = OrganizationImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    template = dialog.save_template(str(tmp_path / "plantilla"))
    assert template == tmp_path / "plantilla.xlsx" and template.exists()

    book = load_workbook(template)
    units = book["Unidades orgánicas"]
    units.cell(19, 1, "Oficina de Imagen Institucional")
    units.cell(19, 2, "OII")
    units.cell(20, 1, "Oficina de Imagen")
    units.cell(20, 3, "quizás")
    book.save(tmp_path / "con-problemas.xlsx")
    dialog.load_file(tmp_path / "con-problemas.xlsx")
    assert wait_idle()
    assert not dialog.ui.importButton.isEnabled()
    assert "«quizás» no es Sí ni No" in dialog.model.index(1, 4).data()
    assert "problemas" in dialog.ui.messageLabel.text()

    units.delete_rows(20)
    book.save(tmp_path / "bien.xlsx")
    dialog.load_file(tmp_path / "bien.xlsx")
    assert wait_idle()
    assert dialog.ui.importButton.isEnabled() and dialog.model.rowCount() == 1
    assert dialog.model.index(0, 3).data() == "Nueva"
    dialog.ui.changesOnlyCheck.setChecked(False)
    assert dialog.model.rowCount() > 20  # every row, the unchanged too
    assert dialog.import_file()
    assert dialog.imported and "Se importó «bien.xlsx»" in said[-1]
    with demo.db.session() as s:
        assert s.scalar(select(OrgUnit.abbreviation)
                        .where(OrgUnit.name == "Oficina de Imagen Institucional")) == "OII"


def test_export_everything_from_the_menu(qtbot, demo, tmp_path, monkeypatch):
    from pisac_desktop.gui.admin import export_all as screen
    from pisac_desktop.moving_in.export_all import ExportStopped, export_everything

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    monkeypatch.setattr(screen, "export_everything",
                        functools.partial(export_everything, workers=1, documents=False))
    window = _window(qtbot, make_ctx(demo))
    assert window.ui.actionExportarTodo.isVisible()
    op = window.export_everything(str(tmp_path))
    assert op.ok, op.message
    folder = tmp_path / f"pisac-exportacion-{dt.date(2026, 11, 21).isoformat()}"
    assert op.result.folder == folder and (folder / "MANIFIESTO-SHA256.txt").exists()
    assert "Se exportó todo en" in said[-1] and "LEEME.txt" in said[-1]
    op = window.export_everything(str(tmp_path))  # the same day again: a folder of its own
    assert op.result.folder == tmp_path / f"{folder.name}-2"

    def stop(*_args, **_kwargs):
        raise ExportStopped

    monkeypatch.setattr(screen, "export_everything", stop)
    op = window.export_everything(str(tmp_path))
    assert op.was_cancelled and "no quedó ninguna carpeta a medias" in said[-1]
    reader = _window(qtbot, make_ctx(demo, roles=("read_only",)))
    assert not reader.ui.actionExportarTodo.isVisible()
    assert not reader.ui.actionImportarOrganizacion.isVisible()
