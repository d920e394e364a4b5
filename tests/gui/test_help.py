"""F1 opens the help of the screen in front (a section, a dialog); Ayuda › Manual de usuario
builds the PDF and opens it in the system's viewer; Ayuda › Novedades shows itself once per
user after the version changes."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMainWindow, QVBoxLayout

from pisac_desktop.gui import help as help_module
from pisac_desktop.gui.help import DIALOG_TOPICS, HelpWindow, topic_for
from pisac_desktop.gui.main_window import MainWindow
from pisac_desktop.reports import help_pages


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _help_windows(owner) -> list[HelpWindow]:
    return [w for w in owner.findChildren(HelpWindow) if w.parentWidget() is owner]


def test_the_help_menu_offers_f1_the_manual_and_the_news(qtbot, ctx):
    window = _window(qtbot, ctx)
    ui = window.ui
    assert [a.text() for a in ui.menuAyuda.actions() if not a.isSeparator()] == [
        "A&yuda de esta pantalla", "&Manual de usuario (PDF)…", "&Novedades de esta versión",
        "&Acerca de Pisac Desktop"]
    assert ui.actionAyudaPantalla.shortcut() == QKeySequence(Qt.Key_F1)


def test_f1_on_a_section_opens_its_page_with_its_title_and_screenshot(qtbot, ctx):
    window = _window(qtbot, ctx)
    window.ui.moduleTabs.setCurrentWidget(window.pages["secretaria"])
    window.pages["secretaria"].select("verify")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.pages["secretaria"].widgets["verify"].ui.codeEdit, Qt.Key_F1)
    [shown] = _help_windows(window)
    assert shown.isVisible() and not shown.isModal()
    assert shown.current == "secretaria-verify"
    assert shown.windowTitle() == "Ayuda — Verificar documento"
    text = shown.ui.browser.toPlainText()
    assert text.startswith("Verificar documento") and "Paso a paso" in text
    assert "verificar-documento.png" in shown.ui.browser.toHtml()
    # The screenshot fills the page's width (laid out before it was rendered).
    [width] = re.findall(r'<img [^>]*width="(\d+)"', shown.ui.browser.toHtml())
    assert shown.ui.browser.viewport().width() - 60 < int(width) <= 1366
    assert shown.ui.topicTree.currentItem().text(0) == "Verificar documento"
    assert shown.width() <= 1366 and shown.height() <= 728

    # Another section, F1 again: the same window, now on that section's page.
    window.pages["secretaria"].select("authorities")
    assert window.open_help() is shown
    assert shown.current == "secretaria-authorities"
    shown.back()
    assert shown.current == "secretaria-verify"


def test_every_section_names_its_own_page(qtbot, ctx):
    window = _window(qtbot, ctx)
    for key, page in window.pages.items():
        window.ui.moduleTabs.setCurrentWidget(page)
        for row, spec in enumerate(page.specs):
            page.ui.sectionList.setCurrentRow(row)
            assert topic_for(page.ui.sectionList) == f"{key}-{spec.key}"
            assert help_pages.exists(topic_for(window)), spec.title


def test_f1_in_a_dialog_opens_the_dialogs_page_over_it(qtbot, ctx):
    from pisac_desktop.gui.admin.accounts import UsersDialog

    window = _window(qtbot, ctx)
    dialog = UsersDialog(ctx.db, ctx.actor, window)
    qtbot.addWidget(dialog)
    dialog.setModal(True)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.ui.usersView.setFocus()
    from PySide6.QtGui import QShortcut

    # The key is given once the focus change is over (the event loop comes back).
    qtbot.waitUntil(lambda: dialog.findChild(QShortcut, "helpShortcut") is not None)
    qtbot.keyClick(dialog.ui.usersView, Qt.Key_F1)
    [shown] = _help_windows(dialog)  # its child: usable while the dialog waits
    assert shown.current == "usuarios" and shown.isVisible()
    assert shown.ui.browser.toPlainText().startswith("Usuarios")
    assert _help_windows(window) == []


def test_a_dialog_without_its_own_page_shows_the_section_it_came_from(qtbot, ctx):
    window = _window(qtbot, ctx)
    section = window.pages["gerencia"].select("delegations")
    asked = QDialog(section)
    qtbot.addWidget(asked)
    QVBoxLayout(asked).addWidget(edit := QLineEdit())
    assert topic_for(edit) == "gerencia-delegations"
    from_the_menu = QDialog(window)  # e.g. a dialog of Configuración without a page
    qtbot.addWidget(from_the_menu)
    assert topic_for(from_the_menu) == help_pages.INDEX
    assert topic_for(None) == help_pages.INDEX


@pytest.mark.parametrize("name,topic", sorted(DIALOG_TOPICS.items()))
def test_every_dialog_page_exists_and_names_a_form(name, topic):
    assert help_pages.exists(topic)
    ui_dir = Path(__file__).resolve().parents[2] / "ui"
    forms = "".join(p.read_text(encoding="utf-8") for p in ui_dir.glob("*.ui"))
    code = (Path(help_module.__file__).parent / "admin" / "backup_dialogs.py").read_text(
        encoding="utf-8")
    assert f'name="{name}"' in forms or f'setObjectName("{name}")' in code


def test_links_search_and_index_in_the_help_window(qtbot, ctx, monkeypatch):
    window = _window(qtbot, ctx)
    shown = help_module.show_help(window, "secretaria-intake")
    shown.follow(QUrl("ayuda:secretaria-case_files"))
    assert shown.current == "secretaria-case_files"
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url))
    shown.follow(QUrl("https://www.gob.pe"))
    assert opened == [QUrl("https://www.gob.pe")] and shown.current == "secretaria-case_files"
    shown.ui.searchEdit.setText("cedula notificacion")  # without accents
    found = shown.found()
    assert "secretaria-unit_documents" in found and "secretaria-verify" not in found
    shown.ui.searchEdit.returnPressed.emit()
    assert shown.current == found[0]
    shown.ui.indexButton.click()
    assert shown.current == help_pages.INDEX
    assert "Ayuda de Pisac Desktop" in shown.ui.browser.toPlainText()


def test_the_manual_is_built_once_and_opened_in_the_system_viewer(qtbot, ctx, monkeypatch):
    from pypdf import PdfReader

    window = _window(qtbot, ctx)
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl",
                        lambda url: opened.append(url) or True)
    target = window.open_manual()
    assert target.parent == ctx.paths.documents and target.is_file()
    assert opened == [QUrl.fromLocalFile(str(target))]
    reader = PdfReader(str(target))
    assert "Manual de usuario" in reader.pages[0].extract_text()
    assert "Municipalidad Distrital de Pisac" in reader.pages[0].extract_text()
    chapters = help_pages.chapters()
    contents = " ".join(reader.pages[1].extract_text().replace("\xa0", " ").split())
    for chapter in chapters:
        assert chapter.title in contents

    # Up to date: opened again without building it again.
    monkeypatch.setattr("pisac_desktop.reports.manual.build_manual",
                        lambda *a, **k: pytest.fail("built again"))
    assert window.open_manual() == target
    assert len(opened) == 2


def test_the_news_show_once_after_the_version_changes(qtbot, ctx):
    window = _window(qtbot, ctx)
    shown = window.show_news_if_new()
    assert shown is not None and shown.current == help_pages.NEWS
    assert "Versión" in shown.ui.browser.toPlainText()
    shown.close()
    assert window.show_news_if_new() is None  # not twice
    assert help_module.show_news_if_new(window, ctx, version="0.2.0") is not None
    assert help_module.show_news_if_new(window, ctx, version="0.2.0") is None
    # Always from the menu.
    window.ui.actionNovedades.trigger()
    assert _help_windows(window)[0].current == help_pages.NEWS


def test_the_news_are_remembered_per_user(qtbot, ctx):
    import dataclasses

    window = _window(qtbot, ctx)
    assert window.show_news_if_new() is not None
    other = dataclasses.replace(ctx.actor, username="otra")
    ctx.actor = other
    assert window.show_news_if_new() is not None
    assert window.show_news_if_new() is None


def test_f1_works_before_the_main_window_too(qtbot, spanish_qapp):
    """The application installs the F1 key for every window (the sign-in comes first)."""
    from pisac_desktop.gui.app import create_application

    assert create_application() is spanish_qapp
    assert spanish_qapp.property("pisacHelpKey")
    dialog = QDialog()
    dialog.setObjectName("SignInDialog")
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(edit := QLineEdit())
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    edit.setFocus()
    qtbot.waitUntil(lambda: dialog.findChild(QShortcut, "helpShortcut") is not None)
    qtbot.keyClick(edit, Qt.Key_F1)
    [shown] = _help_windows(dialog)
    assert shown.current == "inicio-de-sesion"
    if not any(isinstance(w, QMainWindow) for w in QApplication.topLevelWidgets()):
        assert shown.ctx is None  # (a main window left by an earlier test lends its own)


def _keys_part(key: str) -> str:
    page = help_pages.load(key)
    blocks = list(page.blocks)
    at = next(i for i, b in enumerate(blocks) if b.kind == "h2" and b.text == "Teclas")
    return " ".join(blocks[at + 1].items)


def _mnemonics(widget) -> set[str]:
    """The letters pressed with Alt in a screen: buttons, labels, group boxes and tabs."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget

    texts = [w.text() for w in widget.findChildren(QAbstractButton)]
    texts += [w.text() for w in widget.findChildren(QLabel)]
    texts += [w.title() for w in widget.findChildren(QGroupBox)]
    texts += [t.tabText(i) for t in widget.findChildren(QTabWidget) for i in range(t.count())]
    return {m.upper() for text in texts for m in re.findall(r"(?<!&)&([^&\s])", text)}


def test_each_sections_keys_are_the_keys_of_that_screen(qtbot, ctx):
    """The page names the daily keys (menu Acciones) that press a button of its section, and
    no other; each Alt+letter it names is a mnemonic of the section."""
    from PySide6.QtGui import QAction

    from pisac_desktop.gui import daily_actions

    window = _window(qtbot, ctx)
    for module_key, page in window.pages.items():
        window.ui.moduleTabs.setCurrentWidget(page)
        for spec in page.specs:
            section = page.select(spec.key)
            key = f"{module_key}-{spec.key}"
            said = _keys_part(key)
            for daily in daily_actions.DAILY:
                keys = window.findChild(QAction, daily.action).shortcut().toString()
                has = daily_actions.button_for(section, daily, only_usable=False) is not None
                assert (f"`{keys}`" in said) == has, f"{key}: {keys}"
            has_search = any(section.findChild(QLineEdit, name) is not None
                             for name in daily_actions.SEARCH_FIELDS)
            assert ("`Ctrl+F`" in said) == has_search, f"{key}: Ctrl+F"
            letters = {m.upper() for m in re.findall(r"`Alt\+(\w)`", said)}
            assert letters <= _mnemonics(section), f"{key}: {letters - _mnemonics(section)}"
