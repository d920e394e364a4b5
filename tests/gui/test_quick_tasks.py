"""Quick-task goals (issue 19): three daily tasks of the Secretaría General, driven through the
real main window as a clerk drives it, counting every interaction.

Counted: each click, each key press or shortcut, each choice in a list, each button of a dialog,
and putting the cursor in a field that does not have it. Not counted: the texts typed (the goals
are "after typing the texts") and the waiting. Modal dialogs run for real (their own event loop):
the interaction with a dialog is scheduled before the click that opens it (`Clerk.on_modal`) and
done, counted, once it is the active modal widget. Printing goes through the app's preview and
Qt's print dialog, whose printer is «Imprimir a archivo (PDF)» writing a temporary file (the test
machine has no printer; choosing it is not counted, as an office's default printer would not
be). The preview paints the pages as images onto the printer, so the printed file is checked by
its pages and the document sent (the preview's PDF) by its text, both with pypdf.

    pytest -s tests/gui/test_quick_tasks.py   shows the steps each task took.

Goals: a new resolution drafted, issued with its number and printed in ≤ 12; a council session
convened with its summonses printed in ≤ 10; a document found (with the search box over
everything, Ctrl+K, or in its section, Ctrl+F) and its certified copy printed in ≤ 6.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from sqlalchemy import func, select

from pisac_desktop.db.models import (
    AuditEntry,
    Certification,
    CouncilSession,
    Instrument,
    InstrumentKind,
)
from pisac_desktop.demo import demo_actor
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.instruments.form import InstrumentFormDialog
from pisac_desktop.gui.main_window import MainWindow
from pisac_desktop.gui.operations import wait_idle
from pisac_desktop.gui.pdf_preview import PdfPreviewDialog
from tests.conftest import frozen_clock

GOALS = {"resolución": 12, "sesión": 10, "copia certificada": 6}
MODAL_TIMEOUT_S = 20


class Clerk:
    """Drives the window with the mouse and the keyboard, one counted interaction at a time; each
    step is said in Spanish (pytest -s shows them)."""

    def __init__(self, qtbot, window: QWidget, task: str):
        self.qtbot = qtbot
        self.window = window
        self.task = task
        self.steps: list[str] = []
        self.problems: list[str] = []
        self._watchers: list[QTimer] = []
        self._expected: list[tuple[str, list]] = []
        print(f"\n— {task} —")

    # --- what is counted --------------------------------------------------------------------
    def _count(self, what: str) -> None:
        self.steps.append(what)
        print(f"  {len(self.steps):2d}. {what}")

    def click(self, widget: QWidget, what: str, at: QPoint | None = None) -> None:
        """A left click (on a scroll area: on its viewport)."""
        assert widget.isVisible() and widget.isEnabled(), f"no se puede pulsar: {what}"
        self._count(what)
        target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
        QTest.mouseClick(target, Qt.LeftButton, Qt.NoModifier,
                         at if at is not None else target.rect().center())

    def click_button(self, parent: QWidget, text: str, what: str) -> None:
        """The visible button of `parent` whose text (without its mnemonic) is `text`."""
        buttons = [b for b in parent.findChildren(QAbstractButton)
                   if b.isVisible() and b.text().replace("&", "") == text]
        assert buttons, f"no hay un botón «{text}» en {parent.windowTitle()!r}"
        self.click(buttons[0], what)

    def click_section(self, title: str) -> None:
        """An item of the navigation of the module on screen."""
        page = self.window.ui.moduleTabs.currentWidget()
        nav: QListWidget = page.ui.sectionList
        row = next(r for r, spec in enumerate(page.specs) if spec.title == title)
        rect = nav.visualItemRect(nav.item(row))
        self.click(nav, f"En la navegación elige «{title}»", rect.center())

    def click_tab(self, tabs: QTabWidget, title: str) -> None:
        bar = tabs.tabBar()
        index = next(i for i in range(tabs.count())
                     if tabs.tabText(i).replace("&", "").split(" (")[0] == title)
        self.click(bar, f"Pasa a la pestaña «{title}»", bar.tabRect(index).center())
        assert tabs.currentIndex() == index

    def key(self, target: QWidget | None, key, modifiers=Qt.NoModifier, what: str = "") -> None:
        """A key (or a shortcut) pressed where the keyboard focus is (or on `target`)."""
        self._count(what)
        QTest.keyClick(target or QApplication.focusWidget() or self.window, key, modifiers)

    def accept(self, dialog: QDialog, what: str) -> None:
        """Enter: the dialog's default button."""
        assert dialog.isVisible()
        self.key(QApplication.focusWidget() or dialog, Qt.Key_Return, what=what)

    def choose(self, combo: QComboBox, text: str, what: str) -> None:
        position = combo.findText(text)
        assert position >= 0, f"«{text}» no está entre las opciones"
        self._count(what)
        combo.setCurrentIndex(position)

    # --- what is not counted ----------------------------------------------------------------
    def type(self, field: QWidget, text: str, what: str) -> None:
        """Type into a field, after the end of what it holds. Putting the cursor there is an
        interaction (a click) unless the field already has the focus."""
        if QApplication.focusWidget() is not field:
            self.click(field, f"Hace clic en {what}")
        if isinstance(field, QPlainTextEdit):
            cursor = field.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            field.setTextCursor(cursor)
            field.insertPlainText(text)
        else:  # key by key, as typed (QTest.keyClicks has no key for «ó»)
            for char in text:
                for event in (QEvent.KeyPress, QEvent.KeyRelease):
                    QApplication.sendEvent(field, QKeyEvent(event, 0, Qt.NoModifier, char))
        short = " ".join(text.split())
        print(f"      escribe {what}: «{short[:70]}{'…' if len(short) > 70 else ''}»")

    def wait(self, condition: Callable[[], bool], what: str = "", timeout: int = 10_000) -> None:
        self.qtbot.waitUntil(condition, timeout=timeout)
        if what:
            print(f"      ({what})")

    # --- modal dialogs ----------------------------------------------------------------------
    def on_modal(self, kind: type, act: Callable[[QWidget], None]) -> None:
        """Before the interaction that opens a modal dialog of `kind`: once it is the active modal
        widget, act(dialog) in its own event loop. A failure (or a dialog that never came) is
        kept for check() and the open dialogs are closed, so the test ends instead of hanging."""
        before = QApplication.activeModalWidget()
        fired: list[QWidget] = []
        self._expected.append((kind.__name__, fired))
        deadline = time.monotonic() + MODAL_TIMEOUT_S
        timer = QTimer()
        timer.setInterval(20)

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and dialog is not before and dialog.isVisible():
                timer.stop()
                fired.append(dialog)
                try:
                    # A window manager activates a new modal dialog (offscreen, Qt does not).
                    dialog.activateWindow()
                    self.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
                    act(dialog)
                except BaseException as exc:  # noqa: BLE001 - reported by check()
                    self._fail(f"{type(exc).__name__}: {exc}")
            elif time.monotonic() > deadline:
                timer.stop()
                self._fail(f"no se abrió el diálogo {kind.__name__}")

        timer.timeout.connect(poll)
        self._watchers.append(timer)
        timer.start()

    def _fail(self, problem: str) -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, QMessageBox):
            problem += f" (en pantalla: «{shown.text()}»)"
        self.problems.append(problem)
        for _ in range(10):  # close whatever is open so that every exec() returns
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                break
            dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    def print_dialog(self, printed: Path) -> Callable[[QWidget], None]:
        """Qt's print dialog: the printer is «Imprimir a archivo (PDF)» writing `printed` (the
        stand-in for the office printer, not counted); then «Imprimir»."""
        def act(dialog: QPrintDialog) -> None:
            printers = dialog.findChild(QComboBox, "printers")
            pdf = next(i for i in range(printers.count()) if "PDF" in printers.itemText(i))
            printers.setCurrentIndex(pdf)
            dialog.findChild(QLineEdit, "filename").setText(str(printed))
            self.click_button(dialog, "Imprimir", "En el diálogo de impresión pulsa «Imprimir»")
        return act

    def print_preview(self, printed: Path, previews: list) -> Callable[[QWidget], None]:
        """The app's PDF preview: «Imprimir…», then the print dialog."""
        def act(preview: PdfPreviewDialog) -> None:
            previews.append(preview)
            self.wait(lambda: preview.page_count > 0, "la vista previa muestra el documento")
            self.on_modal(QPrintDialog, self.print_dialog(printed))
            self.click(preview.ui.printButton, "En la vista previa pulsa «Imprimir…»")
        return act

    def check(self, goal: int) -> None:
        for timer in self._watchers:
            timer.stop()
        assert not self.problems, self.problems
        missing = [name for name, fired in self._expected if not fired]
        assert not missing, f"no se abrieron: {missing}"
        print(f"  = {len(self.steps)} interacciones (meta: {goal} como máximo)")
        assert len(self.steps) <= goal, self.steps


# --- fixtures ------------------------------------------------------------------------------
@pytest.fixture
def secretary(demo, spanish_qapp) -> AppContext:
    with demo.db.session() as s:
        actor = demo_actor(s, "mhuillca")  # Secretaría General
    return AppContext(demo.db, demo.paths, actor, clock=frozen_clock())


@pytest.fixture
def window(qtbot, secretary) -> MainWindow:
    window = MainWindow(secretary)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert wait_idle()
    return window


def _section(window: MainWindow, key: str) -> QWidget:
    return window.pages["secretaria"].widgets[key]


def _text(pdf: bytes | Path) -> str:
    import io

    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf)
    return " ".join(page.extract_text() for page in PdfReader(source).pages)


def _certifications(s, instrument_id: int) -> list[str]:
    """Who asked for each certified copy of the document, oldest first."""
    return list(s.scalars(select(Certification.requested_by)
                          .where(Certification.instrument_id == instrument_id)
                          .order_by(Certification.id)))


def _printed(path: Path, preview: PdfPreviewDialog) -> None:
    """What left for the printer: every page of the document shown."""
    assert path.exists(), "no se imprimió nada"
    assert len(PdfReader(str(path)).pages) == preview.page_count >= 1


def _audited_print(ctx: AppContext, entity: str) -> AuditEntry:
    with ctx.db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "print")
                          .order_by(AuditEntry.id.desc())).first()
        s.expunge(entry)
    assert entry.entity == entity and "impresora" in entry.changes
    return entry


# --- 1. a new resolution, issued and printed ------------------------------------------------
SUMMARY = "Designar a la responsable de la Oficina de Registro Civil"
SEEN = "El Informe N° 045-2026-ORH/MDP de la Oficina de Recursos Humanos."
WHEREAS = ("Que, mediante el informe del visto, la Oficina de Recursos Humanos propone designar "
           "a la responsable de la Oficina de Registro Civil;")
ARTICLES = ("DESIGNAR, a partir de la fecha, a la abogada Rosa Quispe Mamani como responsable "
            "de la Oficina de Registro Civil.\n\nENCARGAR a la Oficina de Recursos Humanos el "
            "cumplimiento de la presente resolución.")


def test_a_new_resolution_is_issued_and_printed(qtbot, window, secretary, tmp_path):
    clerk = Clerk(qtbot, window, "Nueva resolución de alcaldía, emitida e impresa")
    printed, previews, issued = tmp_path / "resolucion.pdf", [], []

    def draft(form) -> None:
        ui = form.ui
        assert ui.kindCombo.currentText() == "Resolución de Alcaldía"
        assert ui.printOnIssueCheck.isChecked()  # «Imprimir al emitir»
        clerk.type(ui.summaryEdit, SUMMARY, "la sumilla")
        clerk.key(None, Qt.Key_Tab, what="Tab: pasa al VISTO")
        clerk.type(ui.seenEdit, SEEN, "el VISTO")
        clerk.click_tab(ui.tabs, "Considerando")
        clerk.type(ui.whereasEdit, "\n\n" + WHEREAS, "un párrafo del CONSIDERANDO")
        clerk.click_tab(ui.tabs, "Se resuelve")
        clerk.type(ui.articlesEdit, ARTICLES, "los dos artículos")
        clerk.on_modal(QMessageBox, confirm)
        clerk.click(ui.issueButton, "Pulsa «Emitir…»")
        issued.append(form.issued_number)

    def confirm(box) -> None:
        assert "Se emitirá como RESOLUCIÓN DE ALCALDÍA N°" in box.text()
        clerk.click_button(box, "Emitir", "Confirma: «Emitir»")

    clerk.click_section("Normas y resoluciones")
    clerk.on_modal(InstrumentFormDialog, draft)
    clerk.on_modal(PdfPreviewDialog, clerk.print_preview(printed, previews))
    clerk.key(None, Qt.Key_N, Qt.ControlModifier, "Ctrl+N: nuevo borrador")
    assert wait_idle()
    clerk.check(GOALS["resolución"])

    number = issued[0]
    assert number and number.startswith("RESOLUCIÓN DE ALCALDÍA N° ")
    with secretary.db.session() as s:
        row = s.scalars(select(Instrument).where(Instrument.number_text == number)).one()
        assert row.state == "issued" and row.summary == SUMMARY
    _printed(printed, previews[0])
    text = " ".join(_text(previews[0].pdf_bytes).split())
    assert number.split("N° ")[1] in text and "Registro Civil" in text
    _audited_print(secretary, "instrument")
    assert not previews[0].isVisible()  # printed: back at the list, the document selected
    section = _section(window, "instruments")
    assert section.detail is not None and section.detail.number_text == number


# --- 2. a council session convened, its summonses printed -----------------------------------
POINT = "Aprobar el Plan de Desarrollo Local Concertado 2027-2030"


def test_a_session_is_convened_and_its_summonses_printed(qtbot, window, secretary, tmp_path):
    clerk = Clerk(qtbot, window, "Sesión de concejo convocada, citaciones impresas")
    printed, previews = tmp_path / "citaciones.pdf", []

    def add_point(dialog) -> None:
        assert dialog.ui.sectionCombo.currentText() == "Orden del Día"
        clerk.type(dialog.ui.titleEdit, POINT, "el asunto del punto")
        clerk.click_button(dialog, "Guardar", "Pulsa «Guardar»")

    def confirm(box) -> None:
        assert "Se generarán" in box.text() and "CITACIÓN N°" in box.text()
        clerk.on_modal(PdfPreviewDialog, clerk.print_preview(printed, previews))
        clerk.click_button(box, "Convocar", "Confirma: «Convocar»")

    clerk.click_section("Sesiones de concejo")
    section = _section(window, "council_sessions")
    clerk.key(None, Qt.Key_N, Qt.ControlModifier, "Ctrl+N: nueva sesión")
    data = section.data_tab.ui
    assert data.kindCombo.currentText() == "Ordinaria" and data.placeEdit.text()
    print(f"      (propone: {data.kindCombo.currentText().lower()}, "
          f"{data.sessionDateEdit.date().toString('dd/MM/yyyy')}, "
          f"{data.startTimeEdit.time().toString('HH:mm')}, {data.placeEdit.text()})")
    clerk.type(data.sessionDateEdit, "01122026", "la fecha")
    assert data.sessionDateEdit.date() == QDate(2026, 12, 1)
    clerk.key(None, Qt.Key_S, Qt.ControlModifier, "Ctrl+S: guardar (programa la sesión)")
    assert section.detail is not None and section.detail.state == "scheduled"
    assert section.ui.detailTabs.currentWidget() is section.agenda_tab  # what it needs next
    clerk.on_modal(QDialog, add_point)
    clerk.click(section.agenda_tab.ui.addItemButton, "Pulsa «Agregar punto…»")
    clerk.click_tab(section.ui.detailTabs, "Citaciones")
    clerk.on_modal(QMessageBox, confirm)
    assert section.summons_tab.ui.printOnConveneCheck.isChecked()
    clerk.click(section.summons_tab.ui.conveneButton, "Pulsa «Convocar…»")
    assert wait_idle()
    clerk.check(GOALS["sesión"])

    detail = section.detail
    assert detail.state == "convened" and detail.items[-1].title == POINT
    with secretary.db.session() as s:
        assert s.get(CouncilSession, detail.id).state == "convened"
    _printed(printed, previews[0])
    assert previews[0].page_count == len(detail.summonses) >= 6  # one summons a page
    text = " ".join(_text(previews[0].pdf_bytes).split())
    assert all(summons.number_text in text for summons in detail.summonses)
    assert POINT in text
    _audited_print(secretary, "council_session")


# --- 3. a document found, its certified copy printed ----------------------------------------
@pytest.mark.parametrize("how", ["Ctrl+K", "Ctrl+F"])
def test_a_document_is_found_and_its_certified_copy_printed(qtbot, window, secretary, tmp_path,
                                                            how):
    """Found with the search box over everything (Ctrl+K) by its number, or in its section
    (Ctrl+F) by the words of its sumilla (one no other document has, naming no number)."""
    with secretary.db.session() as s:  # a document of the demo the clerk is asked for
        issued = select(Instrument).join(InstrumentKind).where(
            InstrumentKind.module == "secretaria", Instrument.state == "issued")
        if how == "Ctrl+K":  # the first resolución de alcaldía
            issued = issued.where(Instrument.kind_code == "MAYOR_RESOLUTION")
        else:  # the first with a sumilla of its own, naming no number
            alone = select(Instrument.summary).group_by(Instrument.summary) \
                .having(func.count() == 1)
            issued = issued.where(Instrument.summary.in_(alone))
        wanted = next(i for i in s.scalars(issued.order_by(Instrument.doc_date))
                      if how == "Ctrl+K" or not any(c.isdigit() for c in i.summary))
        number_text, summary = wanted.number_text, wanted.summary
        certified_before = _certifications(s, wanted.id)
    short = number_text.split("N° ")[1]  # 002-2025-MDP/A
    clerk = Clerk(qtbot, window, f"Copia certificada: {number_text} ({how})")
    printed, previews = tmp_path / "copia-certificada.pdf", []

    def certify(dialog) -> None:
        clerk.type(dialog.ui.requestedByEdit, "Rosa Quispe Mamani, con DNI 41234567",
                   "quién la solicita")
        assert dialog.ui.copiesSpin.value() == 1 and dialog.ui.printCheck.isChecked()
        clerk.on_modal(PdfPreviewDialog, clerk.print_preview(printed, previews))
        clerk.accept(dialog, "Enter: «Certificar»")

    if how == "Ctrl+K":
        box = window.searchBox
        clerk.key(None, Qt.Key_K, Qt.ControlModifier, "Ctrl+K: la búsqueda en todo")
        clerk.type(box, f"RA {short[:8]}", "el número")
        clerk.wait(lambda: box.popup.isVisible() and box.current_row() > 0,
                   "los resultados, el primero seleccionado")
        assert box.rows()[box.current_row()].target.record_id == wanted.id
        clerk.key(box, Qt.Key_Return, what="Enter: abre el documento")
    else:
        clerk.click_section("Normas y resoluciones")
        clerk.key(None, Qt.Key_F, Qt.ControlModifier, "Ctrl+F: buscar en la sección")
        clerk.type(_section(window, "instruments").ui.searchEdit, summary.lower(),
                   "la sumilla")
    section = _section(window, "instruments")
    clerk.wait(lambda: section.detail is not None and section.detail.id == wanted.id,
               "Normas y resoluciones, con el documento seleccionado")
    clerk.on_modal(QDialog, certify)
    clerk.click(section.ui.certifyButton, "Pulsa «Certificar copia…»")
    assert wait_idle()
    clerk.check(GOALS["copia certificada"])

    with secretary.db.session() as s:
        certifications = _certifications(s, wanted.id)
        assert len(certifications) == len(certified_before) + 1
        assert certifications[-1] == "Rosa Quispe Mamani, con DNI 41234567"
    _printed(printed, previews[0])
    text = " ".join(_text(previews[0].pdf_bytes).split())
    assert "COPIA CERTIFICADA" in text and "CERTIFICO" in text and short in text
    assert "solicitud de Rosa Quispe Mamani" in text  # the certification just recorded
    entry = _audited_print(secretary, "instrument")
    assert "copia certificada" in entry.changes
