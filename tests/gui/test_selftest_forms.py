"""The self-test builds each Designer form once: those the screens did not build, on their own."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from pisac_desktop.gui.forms import ui_about_dialog, ui_restore_dialog
from pisac_desktop.selftest import _designer_forms, _forms_built

FORMS = len(list((Path(__file__).parents[2] / "ui").glob("*.ui")))


def _broken(self, host):
    raise ValueError("roto")


def test_a_form_no_screen_built_is_still_built_and_its_failure_reported(qapp, monkeypatch):
    monkeypatch.setattr(ui_restore_dialog.Ui_RestoreDialog, "setupUi", _broken)
    with pytest.raises(RuntimeError, match="ui_restore_dialog no se construye: roto"):
        _designer_forms(skip={ui_about_dialog.Ui_AboutDialog})


def test_a_form_the_screens_built_is_not_built_again(qapp, monkeypatch):
    monkeypatch.setattr(ui_about_dialog.Ui_AboutDialog, "setupUi", _broken)
    assert _designer_forms(skip={ui_about_dialog.Ui_AboutDialog}) == FORMS - 1


def test_the_forms_of_the_live_widgets_are_known(qapp):
    host = QDialog()
    host.ui = ui_about_dialog.Ui_AboutDialog()
    host.ui.setupUi(host)
    try:
        assert ui_about_dialog.Ui_AboutDialog in _forms_built(qapp)
    finally:
        host.deleteLater()
