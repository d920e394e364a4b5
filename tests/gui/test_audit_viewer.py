"""The audit trail viewer: filters, paging, tooltips, verification and exports."""

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select, text

from pisac_desktop.core import audit_search
from pisac_desktop.core.audit import record
from pisac_desktop.core.audit_search import AuditFilter
from pisac_desktop.core.permissions import Actor, PermissionDenied, Role
from pisac_desktop.db.models import AuditEntry
from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.admin.audit_viewer import AuditViewerDialog
from tests.conftest import allow_tampering, make_ctx

START = dt.datetime(2026, 11, 2, 14, 0, tzinfo=dt.UTC)
ANA = Actor(None, "ana", "Ana Condori", frozenset({Role.GENERAL_SECRETARIAT}), "PC-SECRETARIA")
LUIS = Actor(None, "luis", "Luis Mamani", frozenset({Role.INTAKE}), "PC-MESA-PARTES")


def _fill(opened, n):
    """n entries one minute apart: ana updates users; every 10th is luis signing in."""
    with opened.db.session() as s:
        for i in range(1, n + 1):
            at = START + dt.timedelta(minutes=i)
            if i % 10 == 0:
                record(s, LUIS, "sign_in", "user", "", clock=lambda at=at: at)
            else:
                note = "Resolución de Alcaldía" if i % 4 == 0 else f"nota {i}"
                record(s, ANA, "update", "user", i, {"nota": [f"antes {i}", note]},
                       clock=lambda at=at: at)


def _count(opened) -> int:
    with opened.db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def _dialog(qtbot, ctx):
    dialog = AuditViewerDialog(ctx, tz=dt.UTC)
    qtbot.addWidget(dialog)
    dialog.load()
    return dialog


def _select(combo, label):
    position = combo.findText(label)
    assert position >= 0, label
    combo.setCurrentIndex(position)


def _column(dialog, column):
    model = dialog.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_filters_narrow_the_rows(qtbot, ctx, opened):
    _fill(opened, 40)
    dialog = _dialog(qtbot, ctx)
    model = dialog.model
    assert model.rowCount() == 40 and dialog.ui.statusLabel.text() == "40 entradas."
    assert [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())] == [
        "N°", "Fecha y hora", "Usuario", "Estación", "Acción", "Entidad", "Id", "Cambios"]
    assert _column(dialog, 0)[:2] == ["40", "39"]  # newest first
    assert _column(dialog, 1)[0] == "02/11/2026 14:40:00"
    assert dialog.ui.fromDateEdit.date().toPython() == dt.date(2026, 11, 2)
    assert dialog.ui.toDateEdit.date().toPython() == dt.date(2026, 11, 21)  # ctx.today()

    _select(dialog.ui.userCombo, "luis")
    assert model.rowCount() == 4 and set(_column(dialog, 2)) == {"luis"}
    assert set(_column(dialog, 4)) == {"Inicio de sesión"}

    _select(dialog.ui.userCombo, "Todos")
    _select(dialog.ui.actionCombo, "Modificación")
    assert model.rowCount() == 36 and set(_column(dialog, 4)) == {"Modificación"}
    assert _column(dialog, 7)[0] == "nota: antes 39 → nota 39"

    # The text box waits for a pause in typing, then filters without regard to accents.
    dialog.ui.searchEdit.setText("RESOLUCION alcaldia")
    assert model.rowCount() == 36  # not yet
    qtbot.waitUntil(lambda: model.rowCount() == 8, timeout=3000)
    assert dialog.ui.statusLabel.text() == "8 entradas."

    _select(dialog.ui.entityCombo, "Usuario")
    assert model.rowCount() == 8
    dialog.ui.fromDateEdit.setDate(dt.date(2026, 11, 3))
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=3000)
    assert dialog.ui.statusLabel.text() == "No hay entradas que cumplan los filtros."

    dialog.ui.clearFiltersButton.click()
    assert model.rowCount() == 40 and dialog.ui.searchEdit.text() == ""
    assert dialog.ui.actionCombo.currentData() is None


def test_inverted_dates_are_explained(qtbot, ctx, opened):
    _fill(opened, 3)
    dialog = _dialog(qtbot, ctx)
    dialog.ui.fromDateEdit.setDate(dt.date(2026, 11, 30))
    dialog.apply_filters()
    assert dialog.model.rowCount() == 0
    assert "posterior" in dialog.ui.statusLabel.text()


def test_paging_fetches_more_as_the_view_scrolls(qtbot, ctx, opened):
    _fill(opened, 450)
    dialog = _dialog(qtbot, ctx)
    dialog.show()
    model = dialog.model
    assert model.rowCount() == 200  # one page, never the whole table
    assert model.canFetchMore()
    assert dialog.ui.statusLabel.text() == (
        "Se muestran las 200 más recientes de 450 entradas; desplácese hacia abajo para ver más.")
    dialog.ui.auditView.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=3000)
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    ids = [model.row_at(r).id for r in range(model.rowCount())]
    assert ids == list(range(450, 0, -1))  # no gap, no repeat across pages
    assert dialog.ui.statusLabel.text() == "450 entradas."

    dialog.ui.searchEdit.setText("NOTA")  # pages over the matches only: ana's 405 entries
    dialog.apply_filters()
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 405 and not model.canFetchMore()
    assert {model.row_at(r).username for r in range(405)} == {"ana"}


def test_tooltip_shows_the_whole_entry_escaped(qtbot, ctx, opened):
    with opened.db.session() as s:
        record(s, ANA, "settings_change", "institution", 1,
               {"address": ["Plaza de Armas s/n", "Jr. <b>Bolognesi</b> & 123"],
                "phone": [None, "084-203040"]}, clock=lambda: START)
    dialog = _dialog(qtbot, ctx)
    tip = dialog.model.index(0, 3).data(Qt.ToolTipRole)
    assert "Entrada N° 1, 02/11/2026 14:00:00" in tip
    assert "ana en PC-SECRETARIA" in tip
    assert "Cambio de configuración: Datos de la institución (id 1)" in tip
    assert ("dirección: Plaza de Armas s/n → Jr. &lt;b&gt;Bolognesi&lt;/b&gt; &amp; 123<br>"
            "teléfono: 084-203040") in tip


def test_export_xlsx(qtbot, ctx, opened, tmp_path):
    _fill(opened, 25)
    dialog = _dialog(qtbot, ctx)
    _select(dialog.ui.userCombo, "ana")
    before = _count(opened)
    result = dialog.export_to(tmp_path / "auditoria-2026-11-21.xlsx", "xlsx")
    assert result.rows == 23
    sheet = load_workbook(result.path).active
    assert [c.value for c in sheet[1]][:3] == ["N°", "Fecha y hora", "Usuario"]
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"
    assert sheet.max_row == 24
    assert [sheet.cell(2, c).value for c in (1, 3, 5, 6, 7)] == [
        25, "ana", "Modificación", "Usuario", 25]
    assert sheet.cell(2, 2).value == dt.datetime(2026, 11, 2, 14, 25)
    assert sheet.cell(2, 8).value == "nota: antes 25 → nota 25"
    # The export is itself in the trail, and the view shows it at once.
    assert _count(opened) == before + 1
    with opened.db.session() as s:
        last = s.get(AuditEntry, before + 1)
    assert (last.action, last.entity, last.username) == ("export", "audit", "prueba")
    assert '"filas":[null,23]' in last.changes
    _select(dialog.ui.userCombo, "prueba")
    assert _column(dialog, 4) == ["Exportación"]


def test_export_pdf(qtbot, ctx, opened, tmp_path):
    _fill(opened, 12)
    dialog = _dialog(qtbot, ctx)
    dialog.ui.searchEdit.setText("resolucion")
    dialog.apply_filters()
    result = dialog.export_to(tmp_path / "auditoria.pdf", "pdf")
    assert result.rows == 3
    content = "\n".join(p.extract_text() for p in PdfReader(result.path).pages)
    for expected in ("Registro de auditoría", "Filtro:", "Generado el",
                     "N°", "Fecha y hora", "Usuario", "Estación", "Acción", "Entidad (id)",
                     "Cambios", "texto «resolucion»", "02/11/2026 14:12:00", "02/11/2026 14:04:00", "PC-SECRETARIA",
                     "Modificación", "Usuario (8)", "nota: antes 8 → Resolución de Alcaldía",
                     "Página 1 de 1"):
        assert expected in content, expected


def test_export_buttons_ask_for_a_file_name(qtbot, ctx, opened, tmp_path, monkeypatch):
    _fill(opened, 3)
    dialog = _dialog(qtbot, ctx)
    asked, told = {}, []

    def fake_save(parent, title, default, file_filter):
        asked.update(title=title, default=default, file_filter=file_filter)
        return str(tmp_path / "mi-exportacion")

    monkeypatch.setattr(file_dialogs, "save_file", fake_save)
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, message: told.append(message)))
    dialog.ui.exportXlsxButton.click()
    assert asked["default"] == str(opened.paths.documents / "auditoria-2026-11-21.xlsx")
    assert asked["title"] == "Exportar a Excel"
    assert (tmp_path / "mi-exportacion.xlsx").exists()
    assert told == [f"Se exportaron 3 entradas a {tmp_path / 'mi-exportacion.xlsx'}."]


def test_export_failure_is_explained(qtbot, ctx, opened, tmp_path, monkeypatch):
    _fill(opened, 3)
    dialog = _dialog(qtbot, ctx)
    warned = []
    target = tmp_path / "no-existe" / "a.pdf"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a: str(target))
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, message: warned.append(message)))
    before = _count(opened)
    dialog.ui.exportPdfButton.click()
    assert len(warned) == 1 and str(target) in warned[0]
    assert _count(opened) == before  # nothing exported, nothing recorded


def test_verify_reports_in_spanish_and_records_nothing(qtbot, ctx, opened, monkeypatch):
    _fill(opened, 5)
    dialog = _dialog(qtbot, ctx)
    shown = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda p, title, message: shown.append(("ok", message))))
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda p, title, message: shown.append(("bad", message))))
    dialog.ui.verifyButton.click()
    assert len(shown) == 1 and shown[0][0] == "ok"
    assert shown[0][1].startswith("Registro de auditoría íntegro: 5 entradas verificadas.")
    with opened.db.engine.begin() as conn:
        allow_tampering(conn)
        conn.execute(text("UPDATE audit_entry SET username = 'otro' WHERE id = 3"))
    dialog.verify()
    kind, message = shown[-1]
    assert kind == "bad" and "la entrada N° 3" in message and "alterada" in message
    assert _count(opened) == 5


def test_read_only_user_is_refused(qtbot, opened, spanish_qapp, tmp_path):
    _fill(opened, 3)
    reader = make_ctx(opened, roles=("read_only",))
    with opened.db.session() as s, pytest.raises(PermissionDenied):
        audit_search.search(s, reader.actor, AuditFilter())
    dialog = _dialog(qtbot, reader)
    assert dialog.model.rowCount() == 0
    assert "no tiene permiso para ver el registro de auditoría" in dialog.ui.statusLabel.text()
    assert not dialog.ui.exportXlsxButton.isEnabled()
    assert not dialog.ui.verifyButton.isEnabled()
    with pytest.raises(PermissionDenied):
        dialog.export_to(tmp_path / "a.xlsx", "xlsx")
    assert not (tmp_path / "a.xlsx").exists()


def test_secretaria_general_may_view(qtbot, opened, spanish_qapp):
    _fill(opened, 3)
    dialog = _dialog(qtbot, make_ctx(opened, roles=("general_secretariat",)))
    assert dialog.model.rowCount() == 3


def test_a_page_that_cannot_be_read_is_explained(qtbot, ctx, opened, monkeypatch):
    from sqlalchemy.exc import OperationalError

    _fill(opened, 250)
    dialog = _dialog(qtbot, ctx)

    def locked(*_args, **_kwargs):
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    monkeypatch.setattr(audit_search, "search", locked)
    dialog.model.fetchMore()
    assert dialog.model.rowCount() == 200  # what was shown stays
    assert dialog.ui.statusLabel.text().startswith("La base de datos está ocupada")


def test_constancia_preview_and_head_check(qtbot, ctx, opened):
    from pisac_desktop.core.audit_anchor import group_hash, live_head

    _fill(opened, 5)
    dialog = _dialog(qtbot, ctx)
    preview = dialog.open_certificate(show=False)
    qtbot.addWidget(preview)
    assert preview.page_count == 1 and preview.suggested_name.startswith("constancia-integridad")
    assert "CONSTANCIA DE INTEGRIDAD" in PdfReader(__import__("io").BytesIO(
        preview.pdf_bytes)).pages[0].extract_text()
    assert _count(opened) == 6  # the constancia is audited
    with opened.db.session() as s:
        head = live_head(s)
    check = dialog.open_head_check(show=False)
    qtbot.addWidget(check)
    check.ui.entryEdit.setText(str(head.entry))
    check.ui.hashEdit.setText(group_hash(head.hash).upper())
    check.findChild(type(check.ui.buttonBox.buttons()[0]), "checkButton").click()
    assert check.result.ok and "Coincide" in check.ui.resultLabel.text()
    check.ui.hashEdit.setText("1234")
    assert check.check() is None and check.result is None
    assert "64 caracteres" in check.findChild(type(check.ui.resultLabel), "hashError").text()
    check.ui.hashEdit.setText("f" * 64)
    assert not check.check().ok and "otra huella" in check.ui.resultLabel.text()


@pytest.mark.usefixtures("unsettled_operations")
def test_the_entries_are_read_in_workers_and_the_last_filter_wins(qtbot, ctx, opened):
    from pisac_desktop.gui.operations import wait_idle

    _fill(opened, 450)
    dialog = AuditViewerDialog(ctx, tz=dt.UTC)
    qtbot.addWidget(dialog)
    dialog.load()
    assert dialog.model.rowCount() == 0  # nothing read on the UI thread
    assert wait_idle()
    assert dialog.model.rowCount() == 200 and dialog.total == 450
    _select(dialog.ui.userCombo, "luis")
    _select(dialog.ui.userCombo, "ana")  # before luis's entries arrived
    assert wait_idle()
    assert dialog.total == 405 and set(_column(dialog, 2)) == {"ana"}
    dialog.model.fetchMore()
    dialog.model.fetchMore()  # a page is already on its way: not asked twice
    assert wait_idle()
    ids = [dialog.model.row_at(r).id for r in range(dialog.model.rowCount())]
    assert len(ids) == 400 and len(set(ids)) == 400


def test_a_busy_database_while_filtering_is_said_and_the_filters_stay_usable(
        qtbot, ctx, opened, monkeypatch):
    from sqlalchemy.exc import OperationalError

    _fill(opened, 10)
    dialog = _dialog(qtbot, ctx)

    def locked(*_args, **_kwargs):
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    monkeypatch.setattr(audit_search, "count", locked)
    _select(dialog.ui.userCombo, "luis")
    assert dialog.ui.statusLabel.text().startswith("La base de datos está ocupada")
    assert dialog.ui.filtersGroup.isEnabled() and dialog.ui.exportXlsxButton.isEnabled()
    monkeypatch.undo()
    _select(dialog.ui.userCombo, "ana")
    assert dialog.model.rowCount() == 9 and dialog.ui.statusLabel.text() == "9 entradas."
