"""Secretaría General > Dietas de regidores: per regidor the sessions attended and those payable
(at most 4 a month, LOM art. 12), the PDF preview and the Excel export, both audited."""

import datetime as dt
import zipfile

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from pisac_desktop.db.models import AuditEntry
from pisac_desktop.gui.pdf_preview import PdfPreviewDialog
from pisac_desktop.gui.registry import SECRETARIA, module
from pisac_desktop.gui.secretaria.allowances import OVER_LIMIT_BACKGROUND, AllowancesSection
from tests.conftest import make_ctx
from tests.unit.test_council_minutes import held_session

NOVEMBER = [dt.date(2026, 11, d) for d in (2, 5, 10, 12, 17)]


@pytest.fixture
def ctx(demo_people, spanish_qapp):
    ctx = make_ctx(demo_people)
    with ctx.db.session() as s:
        for day in NOVEMBER:
            held_session(s, day)
    return ctx


def _section(qtbot, ctx) -> AllowancesSection:
    section = AllowancesSection(ctx, module(SECRETARIA))
    qtbot.addWidget(section)
    section.load()
    return section


def last_print(ctx):
    with ctx.db.session() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.action == "print")
                         .order_by(AuditEntry.id.desc())).first()


def test_the_month_shows_attended_and_payable_sessions(qtbot, ctx):
    section = _section(qtbot, ctx)
    assert section.period == (2026, 11)  # today's month by default
    model = section.model
    assert model.rowCount() == 5  # the regidores, not the alcalde
    for row in range(model.rowCount()):
        assert model.index(row, 2).data() == "5" and model.index(row, 3).data() == "4"
    assert model.index(0, 0).data(Qt.BackgroundRole).color() == OVER_LIMIT_BACKGROUND
    assert "se pagan 4 al mes" in model.index(0, 0).data(Qt.ToolTipRole)
    assert model.index(0, 4).data().startswith("SO-01-2026 (02/11)")
    summary = section.ui.summaryLabel.text()
    assert summary.startswith("Noviembre de 2026: 5 sesiones realizadas")
    assert "25 sesiones asistidas y 20 pagables" in summary
    assert section.ui.previewButton.isEnabled() and section.ui.excelButton.isEnabled()


def test_a_month_without_sessions_and_a_year_without_regidores(qtbot, ctx):
    section = _section(qtbot, ctx)
    section.set_period(2026, 10)
    assert [section.model.index(r, 2).data() for r in range(section.model.rowCount())] == \
        ["0"] * 5
    assert "no se realizó ninguna sesión" in section.ui.summaryLabel.text()
    section.set_period(2031, 3)  # no municipal term registered
    assert section.model.rowCount() == 0
    assert "no hay regidores en funciones" in section.ui.summaryLabel.text()
    assert not section.ui.previewButton.isEnabled() and not section.ui.excelButton.isEnabled()


def test_preview_prints_and_saves_the_pdf_audited(qtbot, ctx, monkeypatch):
    section = _section(qtbot, ctx)
    monkeypatch.setattr(section, "exec_dialog", lambda d: True)
    dialog = section.preview()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, PdfPreviewDialog) and dialog.page_count >= 1
    assert dialog.suggested_name == "dietas-2026-11.pdf"
    dialog.save_to(ctx.paths.documents / dialog.suggested_name)
    entry = last_print(ctx)
    assert "Dietas de regidores" in entry.changes and "11/2026" in entry.changes


def test_excel_export_writes_the_workbook_and_a_refused_write_keeps_the_screen(qtbot, ctx,
                                                                             monkeypatch,
                                                                             tmp_path):
    from PySide6.QtWidgets import QMessageBox

    section = _section(qtbot, ctx)
    offered = []
    monkeypatch.setattr(section, "choose_xlsx_path",
                        lambda suggested: offered.append(suggested) or tmp_path / "dietas")
    path = section.export_xlsx()
    assert offered[0].name == "dietas-2026-11.xlsx"
    assert path == tmp_path / "dietas.xlsx" and zipfile.is_zipfile(path)
    assert "archivo dietas.xlsx" in last_print(ctx).changes
    assert str(path) in section.ui.statusLabel.text()
    # A folder that cannot be written: a message, nothing audited, the month still shown.
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    monkeypatch.setattr(section, "choose_xlsx_path",
                        lambda suggested: tmp_path / "no-existe" / "dietas.xlsx")
    before = last_print(ctx).id
    assert section.export_xlsx() is None
    assert "No se pudo escribir" in warned[0] and "No se guardó" in section.ui.statusLabel.text()
    assert last_print(ctx).id == before
    assert section.period == (2026, 11) and section.model.rowCount() == 5


def test_cancelling_the_save_dialog_writes_nothing(qtbot, ctx, monkeypatch):
    section = _section(qtbot, ctx)
    monkeypatch.setattr(section, "choose_xlsx_path", lambda suggested: None)
    assert section.export_xlsx() is None and last_print(ctx) is None


def test_a_busy_database_while_calculating_is_said_and_the_screen_stays_usable(qtbot, ctx,
                                                                            monkeypatch):
    from sqlalchemy.exc import OperationalError

    from pisac_desktop.gui import operations
    from pisac_desktop.gui.secretaria import allowances

    section = _section(qtbot, ctx)
    shown = []
    monkeypatch.setattr(operations, "show_failure",
                        lambda parent, title, text: shown.append((title, text)))

    def locked(session, year, month):
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    monkeypatch.setattr(allowances, "monthly_allowances", locked)
    section.set_period(2026, 10)
    assert shown == [("No se pudieron calcular las dietas", operations.BUSY_TEXT)]
    assert section.data is None and section.model.rowCount() == 0
    assert not section.ui.previewButton.isEnabled()
    monkeypatch.undo()  # the other workstation let go: the next month reads as usual
    section.set_period(2026, 11)
    assert section.model.rowCount() == 5 and section.ui.excelButton.isEnabled()
