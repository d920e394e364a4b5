"""Normas y resoluciones: the section, the drafting form, the action dialogs and the PDF
preview, offscreen, on the demo database."""

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import func, select

from pisac_desktop.core.numbering import next_number
from pisac_desktop.db.models import AuditEntry, Instrument, OrgUnit
from pisac_desktop.demo import demo_actor
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.instruments.actions import (
    AnnulDialog,
    CertifyDialog,
    PublicationDialog,
    ReceiptDialog,
)
from pisac_desktop.gui.instruments.form import TABS, InstrumentFormDialog, paragraphs
from pisac_desktop.gui.instruments.section import InstrumentsSection
from pisac_desktop.gui.pdf_preview import PdfPreviewDialog
from pisac_desktop.gui.registry import module as module_spec
from pisac_desktop.instruments import search as instrument_search
from pisac_desktop.instruments.issued import flags, links_of
from pisac_desktop.instruments.pending import instrument_pending
from pisac_desktop.instruments.register import issue, new_draft_form, number_preview, save_draft
from tests.conftest import TODAY, frozen_clock

ROOT = Path(__file__).resolve().parents[2]


def _ctx(demo, username="mhuillca") -> AppContext:
    with demo.db.session() as s:
        actor = demo_actor(s, username)
    return AppContext(demo.db, demo.paths, actor, clock=frozen_clock())


@pytest.fixture
def secretary(demo, spanish_qapp):
    return _ctx(demo, "mhuillca")


def _draft(ctx, kind="MAYOR_RESOLUTION", summary="Designar al responsable de Registro Civil",
           units=(), **changes) -> int:
    with ctx.db.session() as s:
        form = new_draft_form(s, kind, TODAY)
        form.summary = summary
        form.seen = "El Informe N° 120-2026-ORC-MDP"
        form.articles = ["DESIGNAR a la Lic. Yeny Apaza Cusi.", "ENCARGAR su cumplimiento."]
        form.unit_ids = list(units)
        for key, value in changes.items():
            setattr(form, key, value)
        return save_draft(s, ctx.actor, form).id


def _issued(ctx, **kwargs) -> int:
    draft_id = _draft(ctx, **kwargs)
    with ctx.db.session() as s:
        issue(s, ctx.actor, draft_id)
    return draft_id


def _unit_ids(ctx, n=2) -> list[int]:
    with ctx.db.session() as s:
        return list(s.scalars(select(OrgUnit.id).where(OrgUnit.active.is_(True))
                              .order_by(OrgUnit.position)))[:n]


def _section(qtbot, ctx, key="secretaria") -> InstrumentsSection:
    section = InstrumentsSection(ctx, module_spec(key))
    qtbot.addWidget(section)
    section.resize(1100, 700)
    section.load()
    return section


def _column(section, column):
    model = section.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _choose(combo, text):
    position = combo.findText(text)
    assert position >= 0, text
    combo.setCurrentIndex(position)


def _form(qtbot, ctx, draft_id=None, kind=None) -> InstrumentFormDialog:
    dialog = InstrumentFormDialog(ctx, "secretaria", draft_id, kind)
    qtbot.addWidget(dialog)
    return dialog


# --- drafting form --------------------------------------------------------------------------
def test_paragraphs_are_separated_by_a_blank_line():
    text = "Que, uno;\ncon otra línea.\n\n \n\nQue, dos;\r\n\r\nQue, tres;  \n"
    assert paragraphs(text) == ["Que, uno;\ncon otra línea.", "Que, dos;", "Que, tres;"]
    assert paragraphs("  \n\n ") == []


def test_draft_typed_in_the_form_is_stored_as_lists(qtbot, secretary):
    dialog = _form(qtbot, secretary)
    ui = dialog.ui
    assert ui.kindCombo.currentText() == "Resolución de Alcaldía"
    assert ui.docDateEdit.date().toPython() == TODAY
    assert ui.whereasEdit.toPlainText().startswith("Que, conforme al artículo 194")  # template
    assert ui.tabs.tabText(1) == "&Considerando (2)"
    ui.summaryEdit.setPlainText("Designar a la responsable de la Oficina de Registro Civil")
    ui.seenEdit.setPlainText("El Informe N° 120-2026-ORC-MDP;")
    ui.whereasEdit.setPlainText("Que, uno;\n\nQue, dos, en\ndos líneas;\n\n\n\nQue, tres;")
    ui.articlesEdit.setPlainText("DESIGNAR a la Lic. Yeny Apaza Cusi.\n\n"
                                 "ENCARGAR a la Gerencia Municipal.\n\nNOTIFICAR a la interesada.")
    assert [ui.articlesPreview.item(i).text() for i in range(ui.articlesPreview.count())] == [
        "ARTÍCULO PRIMERO.- DESIGNAR a la Lic. Yeny Apaza Cusi.",
        "ARTÍCULO SEGUNDO.- ENCARGAR a la Gerencia Municipal.",
        "ARTÍCULO TERCERO.- NOTIFICAR a la interesada."]
    assert ui.tabs.tabText(2) == "Se &resuelve (3)"
    ui.unitsList.item(1).setCheckState(Qt.Checked)
    chosen_unit = ui.unitsList.item(1).data(Qt.UserRole)
    assert ui.tabs.tabText(TABS["units"]) == "&Notificar a (1)"

    assert dialog.save(), dialog.ui.messageLabel.text()
    with secretary.db.session() as s:
        doc = s.get(Instrument, dialog.draft_id)
        assert doc.state == "draft" and doc.number is None
        assert json.loads(doc.whereas) == ["Que, uno;", "Que, dos, en\ndos líneas;", "Que, tres;"]
        assert json.loads(doc.articles) == ["DESIGNAR a la Lic. Yeny Apaza Cusi.",
                                            "ENCARGAR a la Gerencia Municipal.",
                                            "NOTIFICAR a la interesada."]
        assert [u.org_unit_id for u in doc.units] == [chosen_unit]
        assert doc.summary == "Designar a la responsable de la Oficina de Registro Civil"

    again = _form(qtbot, secretary, dialog.draft_id)
    assert again.windowTitle() == "Editar borrador"
    assert again.form() == dialog.form()
    assert not again.has_changes()


def test_changing_the_kind_of_a_new_draft_offers_the_template(qtbot, secretary, monkeypatch):
    dialog = _form(qtbot, secretary)
    asked = []
    monkeypatch.setattr(dialog, "ask_use_template", lambda text: asked.append(text) or False)
    _choose(dialog.ui.kindCombo, "Decreto de Alcaldía")  # template untouched: replaced silently
    assert not asked
    assert "artículo 42" in dialog.ui.legalBasisEdit.toPlainText()

    dialog.ui.whereasEdit.setPlainText("Que, lo que escribí;")
    _choose(dialog.ui.kindCombo, "Ordenanza Municipal")
    assert asked == ["Ordenanza Municipal"]
    assert dialog.ui.whereasEdit.toPlainText() == "Que, lo que escribí;"  # kept

    monkeypatch.setattr(dialog, "ask_use_template", lambda text: True)
    _choose(dialog.ui.kindCombo, "Resolución de Alcaldía")
    assert dialog.ui.whereasEdit.toPlainText().startswith("Que, conforme al artículo 194")


def test_cancel_asks_before_discarding_typed_changes(qtbot, secretary, monkeypatch):
    dialog = _form(qtbot, secretary)
    dialog.show()
    asked = []
    from pisac_desktop.gui import unsaved

    monkeypatch.setattr(unsaved, "ask", lambda *_a: asked.append(1) or unsaved.CANCEL)
    assert not dialog.has_changes()
    _choose(dialog.ui.kindCombo, "Decreto de Alcaldía")  # a kind and its template: nothing typed
    assert not dialog.has_changes()
    dialog.ui.articlesEdit.setPlainText("APROBAR el texto único de prueba 4711.")
    dialog.ui.cancelButton.click()
    assert asked and dialog.isVisible()  # "Seguir editando"
    monkeypatch.setattr(unsaved, "ask", lambda *_a: unsaved.DISCARD)
    dialog.ui.cancelButton.click()
    assert not dialog.isVisible() and dialog.result() == QDialog.Rejected
    with secretary.db.session() as s:
        assert not s.scalar(select(func.count()).select_from(Instrument)
                            .where(Instrument.articles.contains("prueba 4711")))


def test_issue_refused_with_the_list_and_nothing_numbered(qtbot, secretary):
    with secretary.db.session() as s:
        before = next_number(s, "MAYOR_RESOLUTION", 2019)
    dialog = _form(qtbot, secretary)
    dialog.ui.docDateEdit.setDate(dt.date(2019, 3, 1))  # no mayor in office, no year name
    dialog.ui.articlesEdit.setPlainText("DESIGNAR a alguien.")
    assert dialog.issue_now(confirm=False) is None
    assert "Falta la sumilla." in dialog.problems
    assert any("Nadie ocupaba el cargo de Alcalde el 1 de marzo de 2019" in p
               for p in dialog.problems)
    assert "Falta la denominación oficial del año 2019." in dialog.problems
    assert not dialog.ui.problemsLabel.isHidden()
    assert "Falta la sumilla." in dialog.ui.problemsLabel.text()
    with secretary.db.session() as s:
        doc = s.get(Instrument, dialog.draft_id)  # saved as a draft, not numbered
        assert (doc.state, doc.number, doc.number_text) == ("draft", None, None)
        assert next_number(s, "MAYOR_RESOLUTION", 2019) == before


def test_issue_from_the_form_gives_the_previewed_number(qtbot, secretary, monkeypatch):
    draft_id = _draft(secretary)
    with secretary.db.session() as s:
        expected = number_preview(s, s.get(Instrument, draft_id))
    dialog = _form(qtbot, secretary, draft_id)
    questions = []

    def fake_exec(box):
        questions.append(box.text())
        return QMessageBox.Yes

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert dialog.issue_now(confirm=True) == expected
    assert questions == [f"Se emitirá como {expected}. Una vez emitido no se podrá modificar. "
                         "¿Emitir?"]
    with secretary.db.session() as s:
        assert s.get(Instrument, draft_id).number_text == expected


# --- the section --------------------------------------------------------------------------
def test_issue_from_the_section_shows_the_number_in_the_table(qtbot, secretary):
    draft_id = _draft(secretary, summary="Aprobar el plan de trabajo único")
    section = _section(qtbot, secretary)
    assert section.select_id(draft_id)
    assert section.ui.issueButton.isEnabled() and section.ui.editDraftButton.isEnabled()
    assert not section.ui.annulButton.isEnabled()
    assert section.ui.headingLabel.text() == "Borrador de Resolución de Alcaldía"
    with secretary.db.session() as s:
        expected = number_preview(s, s.get(Instrument, draft_id))
    number = section.issue_selected(confirm=False)
    assert number == expected
    assert section.selected_id() == draft_id
    row = section.model.position_of(draft_id)
    assert section.model.index(row, 0).data() == expected.removeprefix("RESOLUCIÓN DE ALCALDÍA ")
    assert section.model.index(row, 0).data(Qt.ToolTipRole) == expected
    assert section.model.index(row, 1).data() == "Resolución de Alcaldía"
    assert section.model.index(row, 2).data() == "21/11/2026"
    assert section.model.index(row, 4).data() == "Emitido"
    assert section.ui.statusLabel.text() == f"Se emitió {expected}."
    assert "21 de noviembre de 2026" in section.ui.detailLabel.text()
    assert section.ui.annulButton.isEnabled() and not section.ui.issueButton.isEnabled()


def test_issuing_an_incomplete_draft_opens_it_with_the_list(qtbot, secretary, monkeypatch):
    draft_id = _draft(secretary, summary="")
    section = _section(qtbot, secretary)
    section.select_id(draft_id)
    opened = []
    monkeypatch.setattr(section, "exec_dialog", lambda d: opened.append(d) or False)
    assert section.issue_selected(confirm=False) is None
    assert isinstance(opened[0], InstrumentFormDialog)
    assert opened[0].problems == ["Falta la sumilla."]
    with secretary.db.session() as s:
        assert s.get(Instrument, draft_id).number is None


def test_new_draft_through_the_section(qtbot, secretary, monkeypatch):
    section = _section(qtbot, secretary)

    def fill_and_save(dialog):
        dialog.ui.summaryEdit.setPlainText("Aprobar el rol de vacaciones")
        dialog.ui.articlesEdit.setPlainText("APROBAR el rol.")
        dialog.accept()
        return dialog.result() == QDialog.Accepted

    monkeypatch.setattr(section, "exec_dialog", fill_and_save)
    draft_id = section.new_draft()
    assert draft_id is not None and section.selected_id() == draft_id
    assert section.model.index(section.model.position_of(draft_id), 0).data() == "(sin número)"


def test_a_new_draft_opens_on_the_summary(qtbot, secretary):
    """Kind and date come proposed: the cursor waits in the sumilla (issue 19, quick tasks)."""
    dialog = _form(qtbot, secretary)
    assert dialog.ui.kindCombo.currentText() == "Resolución de Alcaldía"
    assert dialog.focusWidget() is dialog.ui.summaryEdit


def test_print_on_issue_opens_the_numbered_document(qtbot, secretary, monkeypatch):
    """«Imprimir al emitir» (checked unless unchecked): issued from the form, the document opens
    in the preview with its number, ready to print; unchecked, nothing more opens."""
    section = _section(qtbot, secretary)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.Yes)  # «Emitir»
    shown = []

    def write_and_issue(print_it: bool):
        def run(dialog):
            shown.append(dialog)
            if not isinstance(dialog, InstrumentFormDialog):
                return False  # the preview, closed
            assert dialog.ui.printOnIssueCheck.isChecked()
            dialog.ui.printOnIssueCheck.setChecked(print_it)
            dialog.ui.summaryEdit.setPlainText("Aprobar el rol de vacaciones del personal")
            dialog.ui.articlesEdit.setPlainText("APROBAR el rol de vacaciones.")
            return dialog.issue_now(confirm=True) is not None
        return run

    monkeypatch.setattr(section, "exec_dialog", write_and_issue(True))
    draft_id = section.new_draft()
    form, preview = shown
    assert draft_id == form.draft_id and form.issued_number
    assert isinstance(preview, PdfPreviewDialog) and preview.title == form.issued_number
    assert form.issued_number.split("N° ")[1] in "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf_bytes)).pages)

    shown.clear()
    monkeypatch.setattr(section, "exec_dialog", write_and_issue(False))
    assert section.new_draft() is not None
    assert len(shown) == 1 and shown[0].issued_number  # issued, no preview


def test_filters_narrow_the_rows(qtbot, secretary):
    _issued(secretary, kind="MAYOR_DECREE", summary="Aprobar el horario de atención al público")
    _draft(secretary, summary="Reconocer la labor del comité de vaso de leche")
    section = _section(qtbot, secretary)
    everything = section.total
    assert everything == section.model.rowCount() >= 2
    assert section.ui.statusLabel.text() == f"{everything} documentos."

    _choose(section.ui.stateCombo, "Borrador")
    assert set(_column(section, 4)) == {"Borrador"}
    _choose(section.ui.stateCombo, "Todos")
    _choose(section.ui.kindCombo, "Decreto de Alcaldía")
    assert set(_column(section, 1)) == {"Decreto de Alcaldía"}
    assert section.total < everything
    section.clear_filters()
    assert section.total == everything

    # Text waits for a pause in typing, then searches without caring for accents.
    section.ui.searchEdit.setText("atencion al publico")
    assert section.total == everything
    qtbot.waitUntil(lambda: section.total < everything, timeout=2000)
    assert any("atención al público" in s for s in _column(section, 3))

    section.clear_filters()
    _choose(section.ui.yearCombo, "2026")
    assert set(c[-4:] for c in _column(section, 2)) == {"2026"}
    section.ui.datesCheck.setChecked(True)
    section.ui.fromDateEdit.setDate(TODAY)
    section.ui.toDateEdit.setDate(TODAY)
    section.apply_filters()
    assert set(_column(section, 2)) == {"21/11/2026"}


def test_a_new_search_selects_the_document_it_names(qtbot, secretary):
    """Quick tasks (issue 19): the words typed select the document whose number they name (or
    the first found), so its detail and actions are at hand; reading the list again keeps the
    clerk's own choice."""
    decree = _issued(secretary, kind="MAYOR_DECREE", summary="Aprobar el horario de verano")
    resolution = _issued(secretary, summary="Aprobar el horario de verano del personal")
    with secretary.db.session() as s:
        decree_number = s.get(Instrument, decree).number_text.split("N° ")[1]
    section = _section(qtbot, secretary)
    qtbot.waitUntil(lambda: section.total > 2)
    section.select_id(None)
    section.ui.searchEdit.setText(f"decreto {decree_number}")
    qtbot.waitUntil(lambda: section.shown_id == decree, timeout=3000)
    assert section.selected_id() == decree and section.ui.certifyButton.isEnabled()
    section.ui.searchEdit.setText("horario de verano")  # names no number: the first row
    qtbot.waitUntil(lambda: section.total == 2 and section.shown_id is not None, timeout=3000)
    assert section.selected_id() == section.model.row_at(0).id
    section.select_id(resolution if section.selected_id() == decree else decree)
    chosen = section.selected_id()
    section.apply_filters()  # same words, read again: the clerk's choice stays
    assert section.selected_id() == chosen


def test_header_click_sorts_in_the_query(qtbot, secretary, monkeypatch):
    for n in range(3):
        _issued(secretary, summary=f"Resolución de prueba {n}")
    section = _section(qtbot, secretary)
    _choose(section.ui.stateCombo, "Emitido")
    calls = []
    real_search = instrument_search.search

    def spy(session, flt, offset=0, limit=200, total=None):
        calls.append((flt.sort, flt.descending))
        return real_search(session, flt, offset, limit, total)

    monkeypatch.setattr(instrument_search, "search", spy)
    header = section.ui.instrumentsView.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(3) + 10, 5))  # Sumilla
    assert calls and calls[-1][0] == "summary"
    summaries = _column(section, 3)
    ordered = sorted(summaries, reverse=calls[-1][1])
    assert [s.casefold() for s in summaries] == [s.casefold() for s in ordered] or \
        summaries == ordered
    qtbot.mouseClick(header.viewport(), Qt.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(3) + 10, 5))
    assert calls[-1][0] == "summary" and calls[-1][1] != calls[-2][1]
    assert _column(section, 3) == list(reversed(summaries))


def test_the_table_pages(qtbot, secretary):
    section = _section(qtbot, secretary)
    section.model.page_size = 5
    section.apply_filters()
    total = section.total
    assert total > 5 and section.model.rowCount() == 5
    assert section.model.canFetchMore()
    assert "Se muestran los primeros 5" in section.ui.statusLabel.text()
    section.model.fetchMore()
    assert section.model.rowCount() == 10


def test_a_word_in_very_many_documents_says_more_than_and_pages_by_date(qtbot, secretary,
                                                                         monkeypatch):
    """A text search counts its matches only up to the cap (instruments/search.py): the list
    says "more than" and still pages, newest first, through every match."""
    section = _section(qtbot, secretary)
    section.ui.searchEdit.setText("municipalidad")
    section.apply_filters()
    exact = section.total
    assert exact > 6, "the demo has enough documents with the word"
    expected = _column(section, 0)
    monkeypatch.setattr(instrument_search, "COUNT_CAP", 3)
    section.model.page_size = 2
    section.apply_filters()
    assert section.total == 4  # counted up to the cap + 1
    assert section.ui.statusLabel.text().startswith(
        "Más de 3 documentos contienen esas palabras; se muestran los primeros 2, los más "
        "recientes.")
    while section.model.canFetchMore():
        section.model.fetchMore()
    assert section.model.rowCount() == exact and _column(section, 0) == expected
    assert section.ui.statusLabel.text() == f"{exact} documentos."


# --- dialogs after issue ------------------------------------------------------------------
def test_annul_refuses_then_annuls_with_the_annulling_document(qtbot, secretary):
    first = _issued(secretary, summary="Designar por error a quien no corresponde")
    second = _issued(secretary, summary="Declarar la nulidad de la designación")
    dialog = AnnulDialog(secretary, first)
    qtbot.addWidget(dialog)
    assert dialog.ui.annulledByCombo.findData(second) >= 0
    assert not dialog.save()  # no reason, no document chosen
    assert dialog.errors.labels["reason"].text() == "Escriba el motivo de la anulación."
    assert not dialog.errors.labels["annulled_by"].isHidden()
    dialog.ui.reasonEdit.setPlainText("Se designó a quien no reunía el perfil")
    dialog.ui.freeTextRadio.setChecked(True)
    assert not dialog.save()  # "Otro" with nothing written
    assert dialog.errors.labels["annulled_by_text"].text() == "Escriba qué documento lo anula."
    assert dialog.ui.reasonEdit.toPlainText() == "Se designó a quien no reunía el perfil"  # kept
    dialog.ui.documentRadio.setChecked(True)
    dialog.ui.annulledByCombo.setCurrentIndex(dialog.ui.annulledByCombo.findData(second))
    assert dialog.save(), dialog.ui.messageLabel.text()
    with secretary.db.session() as s:
        doc = s.get(Instrument, first)
        other = s.get(Instrument, second)
        assert doc.state == "annulled" and doc.annulled_by_instrument_id == second
        assert links_of(s, first) == [f"Anulada por {other.number_text}"]
    again = AnnulDialog(secretary, first)
    qtbot.addWidget(again)
    again.ui.reasonEdit.setPlainText("Otra vez")
    again.ui.freeTextRadio.setChecked(True)
    again.ui.annulledByEdit.setText("Resolución en papel")
    assert not again.save()
    assert "ya anuló este documento" in again.ui.messageLabel.text()


def test_certify_refusals_at_the_fields_then_certified(qtbot, secretary):
    doc = _issued(secretary)
    dialog = CertifyDialog(secretary, doc)
    qtbot.addWidget(dialog)
    assert dialog.ui.certifiedOnEdit.date().toPython() == TODAY
    dialog.ui.certifiedOnEdit.setDate(TODAY - dt.timedelta(days=3))
    assert not dialog.save()
    assert dialog.errors.labels["requested_by"].text() == "Escriba quién solicita las copias."
    assert "anterior al documento" in dialog.errors.labels["on"].text()
    dialog.ui.requestedByEdit.setText("Oficina de Asesoría Jurídica")
    dialog.ui.copiesSpin.setValue(3)
    dialog.ui.certifiedOnEdit.setDate(TODAY)
    assert dialog.save(), dialog.ui.messageLabel.text()
    assert dialog.done_message.startswith("Se registraron 3 copias certificadas de")
    dialog.ui.copiesSpin.setValue(1)  # the message agrees with the number
    assert dialog.done_message.startswith("Se registró 1 copia certificada de")
    with secretary.db.session() as s:
        assert flags(s, doc).certified == 3


def test_certify_and_print_opens_that_certified_copy(qtbot, secretary, monkeypatch):
    """«Imprimir la copia certificada» (checked): once recorded, the copy of that certification
    opens in the preview and the print dialog proposes the copies certified; unchecked, only
    the certification is recorded."""
    doc = _issued(secretary)
    section = _section(qtbot, secretary)
    section.select_id(doc)
    shown = []

    def certify(requester: str, print_it: bool):
        def run(dialog):
            shown.append(dialog)
            if not isinstance(dialog, CertifyDialog):
                return False  # the preview, closed
            assert dialog.ui.printCheck.isChecked()
            dialog.ui.printCheck.setChecked(print_it)
            dialog.ui.requestedByEdit.setText(requester)
            dialog.ui.copiesSpin.setValue(2)
            dialog.accept()
            return dialog.result() == QDialog.Accepted
        return run

    monkeypatch.setattr(section, "exec_dialog", certify("Juan Mamani Ccori", True))
    assert section.certify_selected()
    dialog, preview = shown
    assert isinstance(preview, PdfPreviewDialog) and preview.copies == 2
    assert preview.title == f"Copia certificada — {dialog.detail.heading}"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf_bytes)).pages)
    assert "CERTIFICO" in text and "solicitud de Juan Mamani Ccori" in " ".join(text.split())

    shown.clear()
    monkeypatch.setattr(section, "exec_dialog", certify("Rosa Ccori Huamán", False))
    assert section.certify_selected() and len(shown) == 1
    qtbot.waitUntil(lambda: section.detail is not None and section.detail.copies_certified == 4)


def test_publication_needs_a_medium(qtbot, secretary):
    doc = _issued(secretary, kind="MAYOR_DECREE", summary="Aprobar el horario de atención")
    section = _section(qtbot, secretary)
    section.select_id(doc)
    assert not section.ui.warningLabel.isHidden()
    assert "debe publicarse" in section.ui.warningLabel.text()

    def fill(dialog):
        assert isinstance(dialog, PublicationDialog)
        assert not dialog.save()
        assert dialog.errors.labels["medium"].text() == "Elija el medio de publicación."
        dialog.ui.mediumCombo.setCurrentIndex(dialog.ui.mediumCombo.findData("posters"))
        dialog.ui.referenceEdit.setText("Carteles en el local municipal")
        dialog.accept()
        return dialog.result() == QDialog.Accepted

    section.exec_dialog = fill
    assert section.run_action(PublicationDialog)
    assert section.ui.warningLabel.isHidden()
    assert "Carteles, 21/11/2026 (Carteles en el local municipal)" in section.ui.detailLabel.text()
    assert section.ui.statusLabel.text().startswith("Se registró la publicación de DECRETO")


def test_receipt_offers_the_document_units_first(qtbot, secretary):
    units = _unit_ids(secretary, 4)[2:]
    doc = _issued(secretary, units=units)
    dialog = ReceiptDialog(secretary, doc)
    qtbot.addWidget(dialog)
    combo = dialog.ui.unitCombo
    assert [combo.itemData(i) for i in range(2)] == units
    assert combo.currentData() == units[0] and combo.currentText().endswith("(por notificar)")
    assert not dialog.save()
    assert dialog.errors.labels["received_by"].text() == "Escriba quién recibió el documento."
    dialog.ui.receivedByEdit.setText("Rosa Quispe Mamani")
    assert dialog.save(), dialog.ui.messageLabel.text()
    with secretary.db.session() as s:
        assert flags(s, doc).distributed == 1

    again = ReceiptDialog(secretary, doc)
    qtbot.addWidget(again)
    assert again.ui.unitCombo.currentData() == units[1]  # the next one still pending
    again.ui.unitCombo.setCurrentIndex(0)
    assert again.ui.unitCombo.currentText().endswith("(ya firmó su cargo)")
    again.ui.receivedByEdit.setText("Otra persona")
    assert not again.save()
    assert "ya tiene registrado su cargo" in again.ui.messageLabel.text()


def test_pending_items_of_the_module(secretary):
    def total(items, words):
        return sum(i.count for i in items if words in i.label)

    def pending():
        with secretary.db.session() as s:
            return instrument_pending(s, TODAY, "secretaria")

    before = pending()
    _draft(secretary)
    decree = _issued(secretary, kind="MAYOR_DECREE", summary="Aprobar el horario",
                     units=_unit_ids(secretary, 2))
    after = pending()
    assert total(after, "orrador") == total(before, "orrador") + 1
    assert total(after, "por publicar") == total(before, "por publicar") + 1
    assert total(after, "cargos de recepción") == total(before, "cargos de recepción") + 1
    with secretary.db.session() as s:
        number = s.get(Instrument, decree).number_text
        flt = instrument_search.InstrumentFilter(module="secretaria", states=("issued",))
        assert instrument_search.count(s, flt) > 0
    to_publish = next(i for i in after if "por publicar" in i.label)
    assert number in to_publish.detail or to_publish.count > 3
    with secretary.db.session() as s:
        gerencia = instrument_pending(s, TODAY, "gerencia")
    assert not any("por publicar" in i.label for i in gerencia)


# --- permissions ----------------------------------------------------------------------------
ACTION_BUTTONS = ("newDraftButton", "editDraftButton", "issueButton", "annulButton",
                  "certifyButton", "publishButton", "receiptButton")


def test_read_only_user_sees_the_buttons_disabled(qtbot, demo, spanish_qapp, monkeypatch):
    secretary = _ctx(demo, "mhuillca")
    issued = _issued(secretary)
    draft = _draft(secretary)
    reader = _ctx(demo, "consulta")
    section = _section(qtbot, reader)
    for target in (issued, draft):
        assert section.select_id(target)
        for name in ACTION_BUTTONS:
            assert not getattr(section.ui, name).isEnabled(), name
        assert section.ui.previewButton.isEnabled()  # reading and printing are allowed

    # Even if an action is reached, the domain refuses and the GUI says so in Spanish.
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    section.select_id(draft)
    assert section.issue_selected(confirm=False) is None
    assert shown and "no tiene permiso" in shown[0]
    dialog = CertifyDialog(reader, issued)
    qtbot.addWidget(dialog)
    dialog.ui.requestedByEdit.setText("Alguien")
    assert not dialog.save()
    assert "no tiene permiso" in dialog.ui.messageLabel.text()


def test_management_cannot_act_on_the_secretariat_documents(qtbot, demo, spanish_qapp):
    issued = _issued(_ctx(demo, "mhuillca"))
    manager = _ctx(demo, "wccahua")
    section = _section(qtbot, manager, "secretaria")
    section.select_id(issued)
    assert not any(getattr(section.ui, n).isEnabled() for n in ACTION_BUTTONS)
    own = _section(qtbot, manager, "gerencia")
    assert own.ui.newDraftButton.isEnabled()
    assert own.ui.kindCombo.count() == 3  # Todos, Resolución de Gerencia Municipal, Directiva
    assert own.ui.titleLabel.text() == "Resoluciones y directivas"


# --- preview and printing ---------------------------------------------------------------------
def _small_pdf(pages=2) -> bytes:
    from reportlab.platypus import PageBreak, Paragraph

    from pisac_desktop.reports.base import build_pdf, styles

    story = []
    for n in range(pages):
        story += [Paragraph(f"Página de prueba {n + 1}", styles()["body"]), PageBreak()]
    return build_pdf(story[:-1], title="Prueba", institution="Municipalidad Distrital de Pisac")


def test_pdf_preview_loads_saves_prints_and_opens(qtbot, tmp_path, spanish_qapp, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    data = _small_pdf(2)
    left = []
    dialog = PdfPreviewDialog(data, "RESOLUCIÓN DE ALCALDÍA N° 001-2026-MDP/A", "RA-001-2026",
                              tmp_path / "documentos", left.append)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.page_count == 2, timeout=3000)
    assert dialog.ui.pagesLabel.text() == "2 páginas"
    assert dialog.default_save_path() == tmp_path / "documentos" / "RA-001-2026.pdf"

    saved = dialog.save_to(tmp_path / "copia")
    assert saved == tmp_path / "copia.pdf" and saved.read_bytes() == data
    assert left == ["archivo copia.pdf"]

    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "impreso.pdf"))
    assert dialog.print_to(printer)
    assert left[-1] == "impresora"
    from pypdf import PdfReader

    assert len(PdfReader(tmp_path / "impreso.pdf").pages) == 2

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    path = dialog.open_in_system_viewer()
    assert path.parent == tmp_path / "documentos" and path.read_bytes() == data
    assert opened[0].toLocalFile() == str(path)
    assert left[-1] == "visor del sistema"


def test_preview_from_the_section_is_audited(qtbot, secretary, monkeypatch):
    pytest.importorskip("pisac_desktop.instruments.printing")
    doc = _issued(secretary)
    section = _section(qtbot, secretary)
    section.select_id(doc)
    shown = []
    monkeypatch.setattr(section, "exec_dialog", lambda d: shown.append(d) or True)
    dialog = section.preview_selected()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, PdfPreviewDialog) and dialog.page_count >= 1
    assert dialog.suggested_name.endswith(".pdf")
    dialog.save_to(secretary.paths.documents / dialog.suggested_name)
    with secretary.db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "print")
                          .order_by(AuditEntry.id.desc())).first()
        assert entry.entity_id == str(doc) and entry.username == "mhuillca"


def test_the_section_does_not_load_qtpdf_until_a_preview_opens():
    code = ("import sys\n"
            "import pisac_desktop.gui.instruments.section, pisac_desktop.gui.pdf_preview\n"
            "print([m for m in sys.modules if m.startswith('PySide6.QtPdf')])\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
