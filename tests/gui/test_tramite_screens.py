"""Trámite's screens: the Mesa de Partes registers a filing typed with the keyboard (a refusal
keeps what was typed), the unit receives it in its bandeja and derives it to another unit."""

from PySide6.QtCore import Qt

from pisac_desktop.gui.tramite.cases import CasesSection, NoteDialog, ReferDialog
from pisac_desktop.gui.tramite.intake import IntakeSection
from pisac_desktop.tramite.views import Tray
from tests.gui.test_council_sessions import _ctx


def _intake(qtbot, demo, username="echoque") -> IntakeSection:
    section = IntakeSection(_ctx(demo, username), None)
    section.print_cargo_after = False  # the first test checks the cargo printed at once
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.show()
    section.load()
    return section


def _choose(combo, text: str) -> None:
    index = next(i for i in range(combo.count()) if text in combo.itemText(i))
    combo.setCurrentIndex(index)


def _type_filing(qtbot, section: IntakeSection, dni: str = "23456789") -> None:
    ui = section.ui
    qtbot.keyClicks(ui.documentEdit, dni)
    qtbot.keyClicks(ui.nameEdit, "Juana Quispe ")
    ui.nameEdit.insert("Huamán")  # QTest types ASCII only
    qtbot.keyClicks(ui.addressEdit, "Av. Amazonas 123, Pisac")
    qtbot.keyClicks(ui.subjectEdit, "Solicita licencia para su bodega en la calle Mariscal")
    ui.foliosSpin.setValue(4)
    _choose(ui.unitCombo, "Económico")


def test_the_desk_registers_a_filing_and_a_refusal_keeps_the_typed_text(qtbot, demo,
                                                                          spanish_qapp, tmp_path,
                                                                          monkeypatch):
    section = _intake(qtbot, demo)
    section.print_cargo_after = True
    shown = []
    monkeypatch.setattr("pisac_desktop.gui.pdf_preview.PdfPreviewDialog.exec",
                        lambda d: shown.append(d) or 0)
    ui = section.ui
    assert ui.procedureCombo.count() > 1 and ui.unitCombo.count() > 1
    before = len(section.today_rows)
    _type_filing(qtbot, section, dni="2345678")  # one digit short
    scan = tmp_path / "escrito.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    section.add_files([scan])
    qtbot.keyClick(ui.subjectEdit, Qt.Key_Return, Qt.ControlModifier)  # Ctrl+Intro
    label = section.errors.labels["filer_document"]
    assert not label.isHidden() and "DNI" in label.text()
    assert ui.nameEdit.text() == "Juana Quispe Huamán"  # nothing typed is lost
    assert ui.filesList.count() == 1
    assert section.last_number == ""
    ui.documentEdit.setText("23456789")
    assert section.register()
    assert section.last_number.startswith("EXP. N° 2026-")
    assert section.last_number in ui.messageLabel.text()
    assert ui.nameEdit.text() == "" and ui.filesList.count() == 0  # ready for the next filer
    assert len(section.today_rows) == before + 1
    assert section.today_rows[0].number_text == section.last_number
    assert section.errors.labels["filer_document"].isHidden()
    import io

    from pypdf import PdfReader

    assert len(shown) == 1  # the cargo, at once, for the filer
    cargo = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(shown[0].pdf_bytes)).pages)
    assert "CARGO DE RECEPCIÓN" in cargo.upper() and section.last_number in cargo


def test_a_procedure_fills_the_unit_and_unchecked_requirements_are_missing(qtbot, demo,
                                                                          spanish_qapp):
    section = _intake(qtbot, demo)
    ui = section.ui
    ui.procedureCombo.setCurrentIndex(1)
    procedure = section.procedures[ui.procedureCombo.currentData()]
    assert ui.unitCombo.currentData() == procedure.unit_id
    assert len(section.requirement_boxes) == len(procedure.requirements) > 0
    assert not ui.deadlineSpin.isEnabled()
    section.requirement_boxes[0].setChecked(False)
    assert section.form().missing_requirements == procedure.requirements[0]
    _type_filing(qtbot, section)
    ui.procedureCombo.setCurrentIndex(1)
    assert section.register()
    assert "faltan requisitos" in ui.messageLabel.text()


def test_the_desk_section_is_only_for_the_desk(qtbot, demo, spanish_qapp):
    from pisac_desktop.gui.module_page import ModulePage
    from pisac_desktop.gui.registry import module

    page = ModulePage(_ctx(demo, "lsoncco"), module("secretaria"))
    qtbot.addWidget(page)
    keys = [s.key for s in page.specs]
    assert "intake" not in keys and "case_files" in keys
    desk = ModulePage(_ctx(demo, "echoque"), module("secretaria"))
    qtbot.addWidget(desk)
    assert "intake" in [s.key for s in desk.specs]


def _bandeja(qtbot, demo, username) -> CasesSection:
    section = CasesSection(_ctx(demo, username), None)
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.show()
    section.load()
    return section


def test_the_unit_receives_and_derives_what_the_desk_registered(qtbot, demo, spanish_qapp):
    desk = _intake(qtbot, demo)
    _type_filing(qtbot, desk)
    assert desk.register()
    number = desk.last_number

    bandeja = _bandeja(qtbot, demo, "lsoncco")
    ui = bandeja.ui
    _choose(ui.unitCombo, "Económico")
    assert bandeja.current_tray() == Tray.TO_RECEIVE
    assert f"({bandeja.counts[Tray.TO_RECEIVE]})" in bandeja.trays.tabText(0)
    row = next(i for i, r in enumerate(bandeja.model.rows) if r.number_text == number)
    ui.casesView.selectRow(row)
    assert bandeja.detail.number_text == number
    assert "falta que lo reciba" in ui.nextStepLabel.text()
    assert ui.receiveButton.isEnabled()
    assert not ui.referButton.isEnabled() and ui.referButton.toolTip() == "Recíbalo primero."
    assert not ui.annulButton.isEnabled() and ui.annulButton.toolTip()

    assert bandeja.receive_selected()
    assert "Recibido" in ui.statusLabel.text()
    assert bandeja.detail.number_text == number and not ui.receiveButton.isEnabled()
    assert ui.referButton.isEnabled()

    def derive(dialog: ReferDialog) -> bool:
        assert isinstance(dialog, ReferDialog)
        assert not dialog.save()  # no unit, no proveído: said at the fields
        assert not dialog.errors.labels["instruction"].isHidden()
        _choose(dialog.ui.unitCombo, "Urbano")
        dialog.ui.instructionEdit.setPlainText("Para informe técnico")
        dialog.ui.deadlineSpin.setValue(5)
        return dialog.save()

    bandeja.exec_dialog = derive
    assert bandeja.refer_selected()
    assert "Derivado" in ui.statusLabel.text()
    assert "Urbano" in bandeja.detail.unit_name
    assert [s.instruction for s in bandeja.detail.steps][-1] == "Para informe técnico"
    assert ui.receiveButton.isEnabled()  # lsoncco works in Desarrollo Urbano as well


def test_search_by_number_and_the_deadline_says_its_urgency(qtbot, demo, spanish_qapp):
    bandeja = _bandeja(qtbot, demo, "mhuillca")
    ui = bandeja.ui
    overdue = list(Tray).index(Tray.OVERDUE)
    for i in range(ui.unitCombo.count()):
        ui.unitCombo.setCurrentIndex(i)
        bandeja.trays.setCurrentIndex(overdue)
        if bandeja.model.rows:
            break
    assert bandeja.model.rows, "the demo has overdue case files"
    first = bandeja.model.rows[0]
    text = bandeja.model.data(bandeja.model.index(0, 6))
    assert text.startswith("Vencido")  # the word, not the colour only
    assert bandeja.model.data(bandeja.model.index(0, 6), Qt.ForegroundRole) is not None
    ui.searchEdit.setText(first.number_text.split()[-1])
    qtbot.keyClick(ui.searchEdit, Qt.Key_Return)
    assert [r.id for r in bandeja.model.rows] == [first.id]
    assert not bandeja.trays.isEnabled()
    ui.searchEdit.clear()
    assert bandeja.trays.isEnabled()


def test_annulling_asks_for_a_reason(qtbot, demo, spanish_qapp):
    desk = _intake(qtbot, demo)
    _type_filing(qtbot, desk)
    assert desk.register()
    bandeja = _bandeja(qtbot, demo, "echoque")
    bandeja.ui.searchEdit.setText(desk.last_number)
    bandeja.search()
    bandeja.ui.casesView.selectRow(0)
    assert bandeja.ui.annulButton.isEnabled()

    def annul(dialog: NoteDialog) -> bool:
        assert not dialog.save()  # no reason
        assert not dialog.errors.labels["reason"].isHidden()
        dialog.ui.noteEdit.setPlainText("Registro duplicado")
        return dialog.save()

    bandeja.exec_dialog = annul
    assert bandeja.close_selected("annul")
    assert bandeja.detail.state_label == "Anulado"
