from pisac_desktop.gui.instruments.kinds_dialog import InstrumentKindsDialog
from pisac_desktop.gui.main_window import MainWindow
from tests.conftest import make_ctx


def test_kind_settings_dialog_saves_and_refuses_at_the_field(qtbot, demo_people, spanish_qapp):
    ctx = make_ctx(demo_people, roles=("general_secretariat",))
    dialog = InstrumentKindsDialog(ctx)
    qtbot.addWidget(dialog)
    resolutions = [k[0] for k in dialog.kinds].index("MAYOR_RESOLUTION")
    dialog.ui.kindList.setCurrentRow(resolutions)
    assert dialog.ui.sampleLabel.text() == "RESOLUCIÓN DE ALCALDÍA N° 045-2026-MDP/A"
    dialog.ui.numberFormatEdit.setText("{titulo} N° {numero:03d}")
    assert not dialog.save()
    assert "{anio}" in dialog.errors.labels["number_format"].text()
    assert dialog.ui.numberFormatEdit.text() == "{titulo} N° {numero:03d}"  # typed text kept
    dialog.ui.numberFormatEdit.setText("{titulo} N° {numero:03d}-{anio}-{siglas}-ALC")
    dialog.ui.templateWhereasEdit.setPlainText("Que, uno;\n\nQue, dos;")
    assert dialog.save()
    dialog.ui.kindList.setCurrentRow(0)
    dialog.ui.kindList.setCurrentRow(resolutions)
    assert dialog.settings().template_whereas == ["Que, uno;", "Que, dos;"]
    assert dialog.ui.numberFormatEdit.text().endswith("-ALC")


def test_menu_entry_follows_the_permission(qtbot, opened, spanish_qapp):
    manager = MainWindow(make_ctx(opened, roles=("municipal_management",)))
    qtbot.addWidget(manager)
    assert not manager.ui.actionTiposDocumento.isVisible()
    secretary = MainWindow(make_ctx(opened, roles=("general_secretariat",)))
    qtbot.addWidget(secretary)
    assert secretary.ui.actionTiposDocumento.isVisible()
