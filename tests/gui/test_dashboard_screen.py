"""Gerencia › Tablero de gestión on the screen: the figures shown, a figure opening the list
behind it (a unit's overdue case files in its bandeja, its overdue compromisos, the drafts),
and the tablero printed (its PDF's text has the figures)."""

import io
import re

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from pisac_desktop.gui.main_window import MainWindow
from pisac_desktop.gui.tramite.cases import TRAYS, CasesSection
from pisac_desktop.tramite.views import Tray
from tests.gui.test_council_sessions import _ctx


def test_the_tablero_shows_the_figures_and_opens_the_lists_behind_them(
        qtbot, demo, spanish_qapp, monkeypatch):
    window = MainWindow(_ctx(demo, "wccahua"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    section = window.pages["gerencia"].select("dashboard")
    qtbot.waitUntil(lambda: section.board is not None, timeout=10000)
    board = section.board
    assert board.title == "Noviembre de 2026"
    whole = board.whole
    assert section.buttons["received"].text() == f"{whole.received}\nExpedientes recibidos"
    assert section.buttons["overdue"].text() == f"{whole.overdue}\nVencidos hoy"
    assert section.buttons["c_overdue"].text() == \
        f"{whole.commitments_overdue}\nCompromisos vencidos hoy"
    assert "i_secretaria" in section.buttons
    assert section.model.rowCount() == len(board.units) + 1

    # One unit chosen: its figures; its overdue case files open its bandeja's «Vencidos».
    unit = max(board.units, key=lambda u: u.overdue)
    section.ui.unitCombo.setCurrentIndex(section.ui.unitCombo.findData(unit.unit_id))
    assert section.buttons["overdue"].text() == f"{unit.overdue}\nVencidos hoy"
    assert "i_secretaria" not in section.buttons
    section.buttons["overdue"].click()
    cases = window.pages["gerencia"].widgets["case_files"]
    assert isinstance(cases, CasesSection)
    qtbot.waitUntil(lambda: cases.ui.unitCombo.currentData() == unit.unit_id
                    and cases.model.rowCount() == unit.overdue, timeout=10000)
    assert cases.current_tray() == Tray.OVERDUE
    assert cases.trays.tabText(TRAYS.index(Tray.OVERDUE)) == f"Vencidos ({unit.overdue})"

    # The whole municipality's received case files: a filtered list with the unit shown.
    window.pages["gerencia"].select("dashboard")
    got = section.open_figure("received", None)
    assert got is cases
    qtbot.waitUntil(lambda: cases.ui.statusLabel.text().startswith(
        "Recibidos en noviembre de 2026 (toda la municipalidad)"), timeout=10000)
    assert sum(r.state != "annulled" for r in cases.model.rows) == whole.received  # + annulled
    assert not cases.ui.casesView.isColumnHidden(4)
    # A click on the tab shown goes back to the unit's bandeja.
    cases.trays.tabBarClicked.emit(cases.trays.currentIndex())
    qtbot.waitUntil(lambda: cases.model.rowCount() == unit.overdue, timeout=10000)
    assert cases.filters is None and cases.ui.casesView.isColumnHidden(4)

    # The oldest pending of a unit, from its button: only those of that age.
    window.pages["gerencia"].select("dashboard")
    section.ui.unitCombo.setCurrentIndex(section.ui.unitCombo.findData(unit.unit_id))
    section.buttons["age3"].click()
    qtbot.waitUntil(lambda: cases.ui.statusLabel.text().startswith(
        "En trámite hoy con más de 20 días hábiles en " + unit.unit), timeout=10000)
    assert cases.model.rowCount() == unit.ages[3]

    # A unit's overdue compromisos, from the table's cell.
    late = max(board.units, key=lambda u: u.commitments_overdue)
    window.pages["gerencia"].select("dashboard")
    row = list(board.units).index(late)
    commitments = section.open_cell(row, 13)
    qtbot.waitUntil(lambda: commitments.ui.unitCombo.currentData() == late.unit_id
                    and len(commitments.rows) == late.commitments_overdue, timeout=10000)
    assert commitments.ui.statusCombo.currentData() == "overdue"
    assert all(v.overdue and v.unit_id == late.unit_id for v in commitments.rows)

    # The compromisos done of the period, all units: only those, due in the period.
    window.pages["gerencia"].select("dashboard")
    section.ui.unitCombo.setCurrentIndex(0)
    section.buttons["c_done"].click()
    qtbot.waitUntil(lambda: commitments.ui.unitCombo.currentIndex() == 0
                    and commitments.ui.statusLabel.text().startswith("Que vencen del 01/11/2026")
                    and len(commitments.rows) == whole.commitments_done, timeout=10000)
    assert all(v.state == "done" and board.start <= v.due_on <= board.end
               for v in commitments.rows)
    commitments.ui.statusCombo.setCurrentIndex(commitments.ui.statusCombo.findData("all"))
    qtbot.waitUntil(lambda: len(commitments.rows) > whole.commitments_due, timeout=10000)

    # The normative documents in draft of the Secretaría: its tab, drafts only.
    window.pages["gerencia"].select("dashboard")
    section.ui.unitCombo.setCurrentIndex(0)
    normas = section.open_figure("i_secretaria", None)
    assert normas is window.pages["secretaria"].widgets["instruments"]
    assert normas.ui.stateCombo.currentData() == "draft"

    # Printed: the PDF preview holds the figures.
    shown = []
    monkeypatch.setattr("pisac_desktop.gui.pdf_preview.PdfPreviewDialog.exec",
                        lambda d: shown.append(d) or 0)
    section.print_dashboard()
    text = re.sub(r"\s+", " ", " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(shown[-1].pdf_bytes)).pages))
    assert "Tablero de gestión — Noviembre de 2026" in text
    assert f"Vencidos hoy {whole.overdue}" in text
    assert f"{unit.unit} {unit.received}" in text


def test_the_tablero_is_used_with_the_keyboard(qtbot, demo, spanish_qapp):
    """Every control has its own Alt letter (none of the menu's: A, C, Y) and the tab order
    goes period, month, year, unit, print, then the figures, then the charts and the table."""
    from pisac_desktop.gui.management.dashboard import DashboardSection

    section = DashboardSection(_ctx(demo, "wccahua"), None)
    qtbot.addWidget(section)
    section.resize(1366, 700)
    section.show()
    section.load()
    qtbot.waitUntil(lambda: section.board is not None, timeout=10000)
    ui = section.ui
    texts = [w.text() for w in (ui.periodLabel, ui.monthLabel, ui.yearLabel, ui.unitLabel,
                                ui.printButton)]
    texts += [ui.lowerTabs.tabText(i) for i in range(ui.lowerTabs.count())]
    letters = [re.search(r"&(\w)", t).group(1).lower() for t in texts]
    assert len(set(letters)) == len(letters)
    assert not set(letters) & {"a", "c", "y"}
    ui.periodCombo.setCurrentIndex(1)  # a month: the month and the year are enabled
    qtbot.waitUntil(lambda: ui.statusLabel.text() != "Consultando…"
                    and section.buttons["received"].isVisible(), timeout=10000)
    chain, widget = [], ui.periodCombo
    for _ in range(8):
        chain.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while (not widget.focusPolicy() & Qt.TabFocus or not widget.isVisible()
               or not widget.isEnabled() or widget.parent() is ui.yearSpin):
            widget = widget.nextInFocusChain()
    assert chain[:6] == ["periodCombo", "monthCombo", "yearSpin", "unitCombo", "printButton",
                         "figure_received"]


def test_a_bar_says_its_numbers_in_words_and_opens_its_unit(qtbot, spanish_qapp):
    from pisac_desktop.gui.management.bar_chart import BarChart

    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(420, 200)
    chart.set_data("Pendientes", ["GM", "SG"], [[7, 0], [1, 4]], ["0 a 5 días", "6 a 10 días"],
                   ["#c6dbef", "#6baed6"])
    chart.show()
    assert chart.row_text(0) == "GM: 0 a 5 días 7, 6 a 10 días 1 (8)"
    assert chart.row_text(1) == "SG: 6 a 10 días 4 (4)"
    assert "GM: 0 a 5 días 7" in chart.accessibleDescription()
    top, _left, _width, row = chart._geometry()
    with qtbot.waitSignal(chart.barClicked) as clicked:
        qtbot.mouseClick(chart, Qt.LeftButton, pos=QPoint(200, top + row + row // 2))
    assert clicked.args == [1]
    chart.grab()  # paints without error
