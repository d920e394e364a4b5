"""Configuración › Importar registros… and › Adjuntar archivo escaneado… on the screen: the
register previewed with its problems (coloured and said in words), Importar enabled only when
nothing blocks, the choices kept when a problem shows, the import; then the scans attached and
opened from the document's detail, which never prints a registro histórico."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from pisac_desktop.db.models import Instrument, InstrumentAttachment
from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.admin.register_import import RegisterImportDialog
from pisac_desktop.gui.admin.scan_import import ScanImportDialog
from pisac_desktop.gui.registry import module as module_spec
from pisac_desktop.gui.table_models import ERROR_BACKGROUND
from tests import registers as R
from tests.gui.test_council_sessions import _ctx


def _rows(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_a_register_previewed_corrected_and_imported(qtbot, demo_people, spanish_qapp,
                                                     tmp_path):
    ctx = _ctx(demo_people, "mhuillca")
    dialog = RegisterImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    ui = dialog.ui
    assert not ui.importButton.isEnabled()
    with_repeat = tmp_path / "registro.xlsx"
    with_repeat.write_bytes(R.register_xlsx())
    dialog.set_file(with_repeat)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert ui.numberCombo.currentText() == "B: Número"
    assert ui.summaryCombo.currentText() == "D: SUMILLA / ASUNTO"
    assert "encabezados en la fila 5" in ui.sourceLabel.text()
    rows = _rows(dialog.model)
    assert len(rows) == R.register_size()
    blocked = [r for r in rows if r[1] == "Impide"]
    assert len(blocked) == 2 and all(r[5].startswith("IMPIDE: Número repetido") for r in blocked)
    warned = [r for r in rows if r[1] == "Aviso"]
    assert warned and "falta el 017" in warned[0][5]
    first_blocked = next(i for i, r in enumerate(rows) if r[1] == "Impide")
    assert dialog.model.index(first_blocked, 0).data(Qt.BackgroundRole).color() == \
        ERROR_BACKGROUND  # coloured, and said in words
    assert "2 filas con problemas que impiden importar" in ui.resultLabel.text()
    assert "RA 2024: faltan 017" in ui.resultLabel.text()
    assert not ui.importButton.isEnabled()
    # A choice made while a problem shows stays made.
    ui.seenCombo.setCurrentIndex(ui.seenCombo.findText("A: N° de orden"))
    qtbot.waitUntil(lambda: dialog.asked is not None)
    assert ui.seenCombo.currentText() == "A: N° de orden"
    ui.seenCombo.setCurrentIndex(0)  # (ninguna)
    qtbot.waitUntil(lambda: dialog.asked is not None)
    assert ui.seenCombo.currentText() == "(ninguna)" and ui.kindCombo.currentData() == \
        "MAYOR_RESOLUTION"

    fixed = tmp_path / "registro corregido.xlsx"
    fixed.write_bytes(R.register_xlsx(repeated=False))
    dialog.set_file(fixed)
    qtbot.waitUntil(lambda: dialog.asked is not None and dialog.preview.importable)
    assert ui.importButton.isEnabled()
    assert not [r for r in _rows(dialog.model) if r[1] == "Impide"]
    ui.importButton.click()
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert "Se importaron 319 documentos como registro histórico" in ui.resultLabel.text()
    assert not ui.importButton.isEnabled()
    with demo_people.db.session() as s:
        assert s.scalar(select(func.count(Instrument.id)).where(Instrument.historic)) == 319
    # The same file again: refused before anything, the reason on screen.
    dialog.set_file(fixed)
    qtbot.waitUntil(lambda: dialog.asked is not None)
    assert "ya se importó" in ui.messageLabel.text() and not ui.importButton.isEnabled()


def test_scans_attached_then_opened_from_the_documents_detail(qtbot, demo_people, spanish_qapp,
                                                              tmp_path, monkeypatch):
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.gui.instruments.section import InstrumentsSection
    from pisac_desktop.instruments.historic import import_register

    with demo_people.db.session() as s:
        import_register(s, demo_actor(s, "mhuillca"), "ra.xlsx",
                        R.register_xlsx(repeated=False), "MAYOR_RESOLUTION")
    folder = R.scan_folder(tmp_path / "escaneos", ["RA-012-2023.pdf", "RA 13-2023.pdf",
                                                   "Resolución 014-2023.pdf", "foto.png"])
    ctx = _ctx(demo_people, "mhuillca")
    dialog = ScanImportDialog(ctx)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: str(folder))
    dialog.ui.folderButton.click()
    qtbot.waitUntil(lambda: dialog.preview is not None)
    rows = {r[0]: r[1:] for r in _rows(dialog.model)}
    assert rows["RA-012-2023.pdf"] == ["Se adjunta", "RESOLUCIÓN DE ALCALDÍA N° 012-2023-MDP/A"]
    assert rows["Resolución 014-2023.pdf"][0] == "Se adjunta"  # only one kind has it
    assert rows["foto.png"][0] == "Sin documento"
    dialog.ui.attachButton.click()
    qtbot.waitUntil(lambda: dialog.result is not None and dialog.preview is not None)
    assert "Archivos escaneados adjuntados: 3" in dialog.ui.resultLabel.text()
    assert not dialog.ui.attachButton.isEnabled()  # all attached: nothing left to attach
    with demo_people.db.session() as s:
        assert s.scalar(select(func.count(InstrumentAttachment.id))) == 3

    section = InstrumentsSection(ctx, module_spec("secretaria"))
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.load()
    section.ui.searchEdit.setText("mercado de abastos")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    section.ui.instrumentsView.selectRow(0)
    qtbot.waitUntil(lambda: section.detail is not None)
    assert section.detail.historic and "Registro histórico" in section.ui.detailLabel.text()
    assert "RA-012-2023.pdf" in section.ui.detailLabel.text()
    assert not section.ui.certifyButton.isEnabled()
    opened = []
    monkeypatch.setattr(file_dialogs, "open_copy",
                        lambda name, content, prefix: opened.append((name, content)) or name)
    section.preview_selected()  # a registro histórico: its scan, never a printed document
    assert opened == [("RA-012-2023.pdf", (folder / "RA-012-2023.pdf").read_bytes())]
    scan_id = section.detail.scans[0].id
    section.open_scan_link(f"escaneado:{scan_id}")
    assert len(opened) == 2
