from PySide6.QtWidgets import QDialogButtonBox

from pisac_desktop.gui.main_window import MainWindow
from pisac_desktop.gui.operations import wait_idle
from pisac_desktop.gui.registry import MODULES, SECTIONS


def test_main_window_has_the_two_module_tabs(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Municipalidad Distrital de Pisac — Gestión Municipal"
    tabs = window.ui.moduleTabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Gerencia Municipal",
        "Secretaría General",
    ]
    menus = [a.text() for a in window.ui.menuBar.actions()]
    assert menus[0] == "&Archivo" and menus[-1] == "A&yuda"
    assert {"Acci&ones", "&Ir", "&Configuración"} <= set(menus)
    assert menus.index("&Ver") == menus.index("Acci&ones") + 1  # Archivo, Acciones, Ver…
    assert str(ctx.paths.root) in window.dataLabel.text()


def test_every_registered_section_opens(qtbot, demo_ctx):
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    opened = 0
    for module in MODULES:
        page = window.pages[module.key]
        for spec in page.specs:
            widget = page.select(spec.key)
            assert page.ui.sectionStack.currentWidget() is widget
            assert page.ui.sectionList.currentItem().text() == spec.title
            opened += 1
    assert opened == len(SECTIONS)


def test_a_section_opened_by_name_loads_once(qtbot, ctx, monkeypatch):
    """select() (the Resumen's links, the global search, Ir a…) shows the section once: its
    list's signal used to show it a second time, reading its data twice."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.pages["secretaria"]
    instruments = page.select("instruments")
    page.select("overview")
    loads = []
    monkeypatch.setattr(instruments, "load", lambda: loads.append(1))
    assert page.select("instruments") is instruments
    assert loads == [1]
    assert page.ui.sectionList.currentItem().text() == page.specs[
        [s.key for s in page.specs].index("instruments")].title


def test_overview_shows_year_name_and_pending(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    overview = window.pages["secretaria"].select("overview")
    assert wait_idle()  # the overview reads in a worker
    assert "sábado 21 de noviembre de 2026" in overview.ui.dateLabel.text()
    assert "Año de la Esperanza y el Fortalecimiento de la Democracia" in overview.ui.dateLabel.text()
    model = overview.pending_model
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "RUC de la institución por registrar" in labels
    assert "Autoridades y concejo" in overview.ui.sectionsLabel.text()


def test_authorities_section_answers_for_a_date(qtbot, demo_ctx):
    from PySide6.QtCore import QDate

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    section = window.pages["secretaria"].select("authorities")
    section.ui.dateEdit.setDate(QDate(2024, 6, 30))
    rows = [section.holders.index(r, 1).data() for r in range(section.holders.rowCount())]
    assert "Ing. Rosa Elvira Mamani Condori" in rows
    section.ui.dateEdit.setDate(QDate(2024, 7, 1))
    rows = [section.holders.index(r, 1).data() for r in range(section.holders.rowCount())]
    assert "CPC Wilber Ccahua Yupanqui" in rows
    council = [section.council.index(r, 0).data() for r in range(section.council.rowCount())]
    assert council.count("Regidora") == 2 and council[0] == "Alcalde"
    assert "número legal 6" in section.ui.councilLabel.text()


def test_about_dialog_names_version_and_data_folder(qtbot, ctx):
    from pisac_desktop import __version__
    from pisac_desktop.gui.admin.about_dialog import AboutDialog

    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    text = dialog.ui.aboutText.toPlainText()
    assert __version__ in text and str(ctx.paths.root) in text
    assert "SIL Open Font License" in text
    assert dialog.ui.buttonBox.button(QDialogButtonBox.Close).text() == "Cerrar"


def test_org_units_section_lists_heads_and_hides_inactive(qtbot, demo_ctx):
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    section = window.pages["gerencia"].select("org_units")
    rows = {section.model.index(r, 0).data(): section.model.index(r, 3).data()
            for r in range(section.model.rowCount())}
    assert rows["Gerencia Municipal"] == "Gerente Municipal: CPC Wilber Ccahua Yupanqui"
    assert rows["Secretaría General"] == "Secretaria General: Abog. Marleny Huillca Sutta"
    assert rows["Oficina de Asesoría Jurídica"] == ""
    count = section.model.rowCount()
    with demo_ctx.db.session() as s:
        from pisac_desktop.db.models import OrgUnit

        s.query(OrgUnit).filter_by(name="Procuraduría Pública Municipal").one().active = False
    section.load()
    assert section.model.rowCount() == count - 1
    section.ui.showInactiveCheck.setChecked(True)
    assert section.model.rowCount() == count
