"""Normas y resoluciones: the "Más…" menu (certified copy, cargo sheet, links, deleting a
draft), the register book and the yearly export, and the next number (administrators)."""

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from pisac_desktop.db.models import AuditEntry, Instrument
from pisac_desktop.gui.operations import wait_idle
from pisac_desktop.gui.pdf_preview import PdfPreviewDialog
from pisac_desktop.instruments.issued import certify, links_of
from tests.conftest import TODAY
from tests.gui.test_instruments_section import _ctx, _draft, _issued, _section, _unit_ids


@pytest.fixture
def secretary(demo, spanish_qapp):
    return _ctx(demo, "mhuillca")


def _last_audit(ctx, action):
    with ctx.db.session() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.action == action)
                         .order_by(AuditEntry.id.desc())).first()


# --- piece 1: "Más…" ----------------------------------------------------------------------
def test_more_menu_follows_the_state(qtbot, secretary):
    draft = _draft(secretary)
    doc = _issued(secretary, units=_unit_ids(secretary))
    section = _section(qtbot, secretary)
    section.select_id(draft)
    assert section.deleteDraftAction.isEnabled() and not section.linkAction.isEnabled()
    assert not section.certifiedCopyAction.isEnabled()
    section.select_id(doc)
    assert not section.deleteDraftAction.isEnabled() and section.linkAction.isEnabled()
    assert section.distributionAction.isEnabled()
    assert not section.certifiedCopyAction.isEnabled()  # nothing certified yet
    section.grab().save("/tmp/instruments_more.png")


def test_certified_copy_chooses_among_certifications_and_is_audited(qtbot, secretary,
                                                                    monkeypatch):
    doc = _issued(secretary)
    with secretary.db.session() as s:
        certify(s, secretary.actor, doc, "Oficina de Asesoría Jurídica", 2, TODAY)
        certify(s, secretary.actor, doc, "Sr. Julián Quispe Mamani", 1, TODAY)
    section = _section(qtbot, secretary)
    section.select_id(doc)
    assert section.certifiedCopyAction.isEnabled()
    offered, shown = [], []
    monkeypatch.setattr(section, "choose_certification",
                        lambda options: offered.append(options) or options[1][0])
    monkeypatch.setattr(section, "exec_dialog", lambda d: shown.append(d) or True)
    dialog = section.print_certified_copy()
    qtbot.addWidget(dialog)
    assert len(offered[0]) == 2 and "Sr. Julián Quispe Mamani" in offered[0][1][1]
    assert isinstance(dialog, PdfPreviewDialog) and dialog.page_count >= 1
    assert dialog.suggested_name.endswith("-copia-certificada.pdf")
    dialog.save_to(secretary.paths.documents / dialog.suggested_name)
    entry = _last_audit(secretary, "print")
    assert entry.entity_id == str(doc) and "copia certificada" in entry.changes


def test_distribution_sheet_preview(qtbot, secretary, monkeypatch):
    doc = _issued(secretary, units=_unit_ids(secretary, 3))
    section = _section(qtbot, secretary)
    section.select_id(doc)
    monkeypatch.setattr(section, "exec_dialog", lambda d: True)
    dialog = section.preview_distribution_sheet()
    qtbot.addWidget(dialog)
    assert dialog.suggested_name.endswith("-cargo.pdf") and dialog.page_count >= 1


def test_link_dialog_links_with_an_issued_document(qtbot, secretary, monkeypatch):
    earlier = _issued(secretary, summary="Aprobar el horario de atención al público")
    later = _issued(secretary, summary="Modificar el horario de atención")
    section = _section(qtbot, secretary)
    section.select_id(later)
    used = []

    def drive(dialog):
        qtbot.addWidget(dialog)
        dialog.ui.relationCombo.setCurrentIndex(dialog.ui.relationCombo.findData("modifies"))
        dialog.ui.searchEdit.setText("horario aprobar")
        dialog.refresh()
        ids = [dialog.ui.candidatesList.item(i).data(0x0100)
               for i in range(dialog.ui.candidatesList.count())]
        assert earlier in ids and later not in ids
        dialog.ui.candidatesList.setCurrentRow(ids.index(earlier))
        dialog.grab().save("/tmp/instruments_link_dialog.png")
        used.append(dialog)
        return dialog.save()

    monkeypatch.setattr(section, "exec_dialog", drive)
    assert section.link_selected()
    assert section.ui.statusLabel.text().startswith("Enlace guardado: modifica")
    with secretary.db.session() as s:
        assert any(line.startswith("Modifica") for line in links_of(s, later))
    # linking to itself or nothing chosen is refused in the dialog
    dialog = used[0]
    dialog.ui.candidatesList.clearSelection()
    dialog.ui.candidatesList.setCurrentItem(None)
    assert not dialog.save() and "Elija" in dialog.ui.messageLabel.text()


def test_delete_draft_asks_and_deletes(qtbot, secretary, monkeypatch):
    draft = _draft(secretary)
    section = _section(qtbot, secretary)
    section.select_id(draft)
    monkeypatch.setattr(section, "confirm_delete", lambda heading: False)
    assert not section.delete_selected_draft()
    monkeypatch.setattr(section, "confirm_delete", lambda heading: True)
    assert section.delete_selected_draft()
    with secretary.db.session() as s:
        assert s.get(Instrument, draft) is None
    assert section.ui.statusLabel.text() == "Se eliminó el borrador."


def test_delete_refusal_is_shown(qtbot, secretary, monkeypatch):
    doc = _issued(secretary)
    section = _section(qtbot, secretary)
    section.select_id(doc)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    assert not section.delete_selected_draft(confirm=False)
    assert "anúlelo" in said[0]


# --- piece 2: register book and export ----------------------------------------------------
def _register_dialog(qtbot, section, monkeypatch):
    opened = []
    monkeypatch.setattr(section, "exec_dialog", lambda d: opened.append(d) or True)
    dialog = section.open_register_dialog()
    qtbot.addWidget(dialog)
    return dialog


def test_register_dialog_previews_and_saves_excel(qtbot, secretary, monkeypatch, tmp_path):
    section = _section(qtbot, secretary)
    dialog = _register_dialog(qtbot, section, monkeypatch)
    kinds = [dialog.ui.kindCombo.itemText(i) for i in range(dialog.ui.kindCombo.count())]
    assert "Resolución de Alcaldía" in kinds and "Directiva" not in kinds
    assert dialog.ui.yearCombo.currentData() == TODAY.year
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("MAYOR_RESOLUTION"))
    dialog.grab().save("/tmp/instruments_register_dialog.png")
    shown = []
    monkeypatch.setattr(section, "exec_dialog", lambda d: shown.append(d) or True)
    dialog.ui.viewButton.click()
    preview = shown[0]
    qtbot.addWidget(preview)
    assert isinstance(preview, PdfPreviewDialog) and preview.page_count >= 1
    assert preview.suggested_name == f"registro-RA-{TODAY.year}.pdf"

    target = tmp_path / "registro"
    monkeypatch.setattr("pisac_desktop.gui.file_dialogs.save_file",
                        lambda *a, **k: str(target))
    dialog.ui.excelButton.click()
    assert (tmp_path / "registro.xlsx").stat().st_size > 0
    assert "registro.xlsx" in section.ui.statusLabel.text()


@pytest.mark.usefixtures("unsettled_operations")  # checks the export runs in a worker
def test_export_year_with_progress_and_cancel(qtbot, secretary, monkeypatch, tmp_path):
    section = _section(qtbot, secretary)
    dialog = _register_dialog(qtbot, section, monkeypatch)
    monkeypatch.setattr("pisac_desktop.gui.file_dialogs.choose_folder",
                        lambda *a, **k: str(tmp_path))
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    op = section.export_year_to(TODAY.year, dialog.export_kinds(), dialog.ui.exportButton)
    assert not dialog.ui.exportButton.isEnabled()  # no second export while this one runs
    assert wait_idle()  # the export runs in a worker
    assert dialog.ui.exportButton.isEnabled()
    result = op.result
    assert result.documents > 0 and result.books >= 2
    pdfs = list(result.folder.glob("*.pdf"))
    assert len(pdfs) == result.documents + result.books
    assert said[-1].startswith(f"Se exportaron {result.documents} documentos de {TODAY.year}")
    assert _last_audit(secretary, "export") is not None

    # "Detener" after the second document: the worker stops there (the flag is checked
    # between documents; here it is raised from the worker itself, so the count is exact).
    from pisac_desktop.gui.operations import Progress

    real_step = Progress.step

    def cancel_at_two(self, done, total):
        if done >= 2:
            self.cancel()
        return real_step(self, done, total)

    monkeypatch.setattr(Progress, "step", cancel_at_two)
    monkeypatch.setattr("pisac_desktop.gui.file_dialogs.choose_folder",
                        lambda *a, **k: str(tmp_path / "otra"))
    op = section.export_year_to(TODAY.year, ("MAYOR_RESOLUTION",))
    assert wait_idle()
    documents = [p for p in op.result.folder.glob("RA-*.pdf")]
    assert len(documents) == 2
    assert said[-1].startswith("Exportación detenida: se guardaron 2 de")


# --- piece 3: next number (administrators) ------------------------------------------------
def test_next_number_is_for_administrators(qtbot, demo, spanish_qapp, monkeypatch):
    from pisac_desktop.core.numbering import next_number

    secretary = _ctx(demo, "mhuillca")
    assert _section(qtbot, secretary).nextNumberButton.isHidden()
    admin = _ctx(demo, "soporte")
    section = _section(qtbot, admin)
    assert not section.nextNumberButton.isHidden()
    with admin.db.session() as s:
        current = next_number(s, "MAYOR_RESOLUTION", TODAY.year)
    results = []

    def drive(dialog):
        qtbot.addWidget(dialog)
        dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("MAYOR_RESOLUTION"))
        assert dialog.ui.yearCombo.currentData() == TODAY.year and not dialog.ui.yearCombo.isEnabled()
        assert dialog.ui.currentLabel.text() == f"{current:03d}"
        assert dialog.ui.numberSpin.value() == current
        dialog.ui.numberSpin.setValue(current - 1)  # at or below one already given: refused
        results.append(dialog.save())
        results.append(dialog.ui.messageLabel.text())
        dialog.grab().save("/tmp/instruments_next_number_dialog.png")
        dialog.ui.numberSpin.setValue(current + 40)
        return dialog.save()

    monkeypatch.setattr(section, "exec_dialog", drive)
    assert section.set_next_number()
    assert results[0] is False and "debe ser mayor que" in results[1]
    assert f"será {current + 40:03d}" in section.ui.statusLabel.text()
    with admin.db.session() as s:
        assert next_number(s, "MAYOR_RESOLUTION", TODAY.year) == current + 40
    assert _last_audit(admin, "settings_change").entity_id == f"MAYOR_RESOLUTION/{TODAY.year}"
