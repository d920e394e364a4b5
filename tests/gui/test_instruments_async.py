"""Normas y resoluciones with the database work off the UI thread (issue 12): the list, its
pages and the detail arrive later and a stale answer is dropped; a busy or failing database
says so in Spanish and leaves the screen usable; a dialog whose data cannot be read does not
open."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy.exc import OperationalError

from pisac_desktop.gui import operations
from pisac_desktop.gui.instruments import actions as action_dialogs
from pisac_desktop.gui.instruments import detail_panel, kinds_dialog
from pisac_desktop.gui.instruments.actions import AnnulDialog
from pisac_desktop.gui.instruments.kinds_dialog import InstrumentKindsDialog
from pisac_desktop.gui.instruments.section import InstrumentsSection
from pisac_desktop.gui.operations import BUSY_TEXT, wait_idle
from pisac_desktop.gui.registry import module as module_spec
from pisac_desktop.instruments import search as instrument_search
from tests.gui.test_instruments_section import _ctx, _draft, _issued, _section

unsettled = pytest.mark.usefixtures("unsettled_operations")


def _locked(*_args, **_kwargs):
    raise OperationalError("SELECT", {}, Exception("database is locked"))


@pytest.fixture
def secretary(demo, spanish_qapp):
    return _ctx(demo, "mhuillca")


@pytest.fixture
def said(monkeypatch):
    """The messages the operations show (title, text)."""
    shown = []
    monkeypatch.setattr(operations, "show_failure",
                        lambda _parent, title, text: shown.append((title, text)))
    return shown


def _loaded(qtbot, ctx) -> InstrumentsSection:
    section = InstrumentsSection(ctx, module_spec("secretaria"))
    qtbot.addWidget(section)
    section.load()
    assert wait_idle()
    return section


@unsettled
def test_the_list_arrives_later_without_holding_the_window(qtbot, secretary):
    _issued(secretary)
    section = InstrumentsSection(secretary, module_spec("secretaria"))
    qtbot.addWidget(section)
    section.load()
    assert section.model.rowCount() == 0  # asked for; delivered through the event loop
    assert operations.running()
    assert wait_idle()
    assert section.model.rowCount() == section.total > 0
    assert section.ui.statusLabel.text().endswith("documentos.")


@unsettled
def test_a_busy_database_while_loading_says_so_and_the_screen_stays_usable(
        qtbot, secretary, monkeypatch):
    monkeypatch.setattr(instrument_search, "count", _locked)
    section = _loaded(qtbot, secretary)
    assert section.ui.statusLabel.text() == BUSY_TEXT
    assert section.model.rowCount() == 0
    assert section.ui.clearFiltersButton.isEnabled()
    monkeypatch.undo()
    section.apply_filters()  # the person tries again
    assert wait_idle()
    assert section.model.rowCount() > 0 and "documento" in section.ui.statusLabel.text()


@unsettled
def test_pages_are_asked_once_and_added_when_they_arrive(qtbot, secretary):
    section = _loaded(qtbot, secretary)
    section.model.page_size = 5
    section.apply_filters()
    assert wait_idle()
    assert section.total > 10 and section.model.rowCount() == 5
    assert section.model.canFetchMore()
    section.model.fetchMore()
    assert not section.model.canFetchMore()  # one page at a time
    section.model.fetchMore()  # ignored while the page is on its way
    assert wait_idle()
    assert section.model.rowCount() == 10 and section.model.canFetchMore()


@unsettled
def test_a_page_that_cannot_be_read_is_said_and_ends_the_list(qtbot, secretary, monkeypatch):
    section = _loaded(qtbot, secretary)
    section.model.page_size = 5
    section.apply_filters()
    assert wait_idle()
    monkeypatch.setattr(instrument_search, "search", _locked)
    section.model.fetchMore()
    assert wait_idle()
    assert section.model.rowCount() == 5 and not section.model.canFetchMore()
    assert section.ui.statusLabel.text() == BUSY_TEXT


@unsettled
def test_the_detail_of_the_last_selection_is_shown(qtbot, secretary):
    first = _issued(secretary, summary="Primera resolución de prueba")
    second = _draft(secretary, summary="Segundo borrador de prueba")
    section = _loaded(qtbot, secretary)
    section.show_detail(first)
    section.show_detail(second)
    assert section.detail is None  # never another document's detail meanwhile
    assert wait_idle()
    assert section.detail.id == second and section.shown_id == second
    assert "Segundo borrador" in section.ui.detailLabel.text()
    assert section.ui.editDraftButton.isEnabled()


@unsettled
def test_a_detail_that_cannot_be_read_leaves_the_panel_empty(qtbot, secretary, monkeypatch):
    doc = _issued(secretary)
    section = _loaded(qtbot, secretary)
    monkeypatch.setattr(detail_panel, "instrument_detail", _locked)
    section.show_detail(doc)
    assert wait_idle()
    assert section.detail is None
    assert section.ui.headingLabel.text() == "Ningún documento seleccionado"
    assert section.ui.statusLabel.text() == BUSY_TEXT
    assert not section.ui.annulButton.isEnabled()


def test_an_action_whose_document_cannot_be_read_does_not_open(qtbot, secretary, monkeypatch,
                                                               said):
    doc = _issued(secretary)
    section = _section(qtbot, secretary)
    assert section.select_id(doc)
    opened = []
    monkeypatch.setattr(section, "exec_dialog", lambda d: opened.append(d) or True)
    monkeypatch.setattr(action_dialogs, "instrument_detail", _locked)
    assert not section.run_action(AnnulDialog)
    assert not opened
    assert said == [("No se puede continuar", BUSY_TEXT)]


def test_a_refused_deletion_is_said_once(qtbot, secretary, said):
    doc = _issued(secretary)
    section = _section(qtbot, secretary)
    assert section.select_id(doc)
    assert not section.delete_selected_draft(confirm=False)
    assert len(said) == 1 and said[0][0] == "No se puede eliminar" and "anúlelo" in said[0][1]


def test_the_kinds_dialog_opens_empty_when_the_kinds_cannot_be_read(qtbot, secretary,
                                                                    monkeypatch, said):
    monkeypatch.setattr(kinds_dialog, "kinds", _locked)
    dialog = InstrumentKindsDialog(secretary)
    qtbot.addWidget(dialog)
    assert said and said[0][1] == BUSY_TEXT
    assert dialog.ui.kindList.count() == 0
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.Save).isEnabled()
    assert not dialog.save()
