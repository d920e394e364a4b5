"""One file dialog, in Spanish on every system (issue 11, Pantallas 7): Qt's own widget dialog
(not the desktop's native one, which may speak English: "Look in:"), with Spanish labels."""

from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

from pisac_desktop.gui import file_dialogs

ENGLISH = {"Look in:", "File name:", "Files of type:", "Cancel", "Open", "Save", "Choose",
           "Detail View", "List View", "Back", "Forward", "Parent Directory",
           "Create New Folder"}


def _texts(dialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.toolTip() for w in dialog.findChildren(QAbstractButton)]
    return [t for t in texts if t]


def test_every_kind_is_qt_s_dialog_in_spanish(qtbot, spanish_qapp, tmp_path):
    for mode, accept in (("open", "Abrir"), ("save", "Guardar"), ("folder", "Elegir")):
        dialog = file_dialogs.make_dialog(None, "Guardar como PDF", tmp_path / "RA-016-2026.pdf"
                                          if mode == "save" else tmp_path,
                                          "Documento PDF (*.pdf)", mode)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.testOption(QFileDialog.DontUseNativeDialog)
        assert dialog.labelText(QFileDialog.LookIn) == "Buscar en:"
        assert dialog.labelText(QFileDialog.FileName) == "Nombre:"
        assert dialog.labelText(QFileDialog.Accept) == accept
        assert dialog.labelText(QFileDialog.Reject) == "Cancelar"
        texts = _texts(dialog)
        assert "Buscar en:" in texts and "Cancelar" in texts
        assert not [t for t in texts if t.replace("&", "") in ENGLISH], texts
        dialog.reject()
    save = file_dialogs.make_dialog(None, "Guardar", tmp_path / "RA-016-2026.pdf", "", "save")
    qtbot.addWidget(save)
    assert save.acceptMode() == QFileDialog.AcceptSave


def test_no_screen_calls_the_native_dialog_directly():
    from pathlib import Path

    root = Path(file_dialogs.__file__).parent
    direct = [str(p.relative_to(root)) for p in root.rglob("*.py")
              if "forms" not in p.parts and p.name != "file_dialogs.py"
              and "QFileDialog" in p.read_text(encoding="utf-8")]
    assert not direct
