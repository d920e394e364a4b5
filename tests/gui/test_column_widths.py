"""Columns sized by content at 1366×768 and the widths a person sets remembered for that person
(issue 11, Pantallas 6): Asunto in the agenda, Destinatario in the citaciones, Sumilla."""

import datetime as dt

from pisac_desktop.gui.layout_memory import FILE_NAME
from tests.conftest import make_ctx
from tests.gui.test_council_sessions import _ctx, _section, _session

LONG = ("Aprobar el convenio de cooperación interinstitucional con la Dirección Regional de "
        "Educación del Cusco para el mantenimiento de locales escolares")


def test_asunto_gets_the_room_and_a_dragged_width_is_kept_per_user(qtbot, demo, spanish_qapp):
    clerk = _ctx(demo)
    session_id = _session(clerk, items=(LONG,), convened_on=dt.date(2026, 11, 23))
    section, _driver = _section(qtbot, clerk)
    section.resize(1366, 700)
    section.select_id(session_id)
    agenda = section.show_tab("agenda")
    view = agenda.ui.agendaView
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    widths = [view.columnWidth(c) for c in range(agenda.model.columnCount())]
    asunto = widths[1]
    assert asunto >= max(w for c, w in enumerate(widths) if c != 1), widths
    assert asunto >= 200, widths  # not ~85 px

    summons = section.show_tab("summons")
    sview = summons.ui.summonsView
    destinatario = sview.columnWidth(1)
    assert destinatario >= max(sview.columnWidth(c) for c in (0, 2, 3, 4)) * 0.8

    # The person drags the Mayoría column: kept in the data folder for them.
    view.setColumnWidth(2, 150)
    assert (clerk.paths.root / FILE_NAME).exists()
    other, _d = _section(qtbot, clerk)
    other.select_id(session_id)
    assert other.show_tab("agenda").ui.agendaView.columnWidth(2) == 150
    # Another user has their own widths.
    someone = make_ctx(demo)
    third, _d = _section(qtbot, someone)
    third.select_id(session_id)
    assert third.show_tab("agenda").ui.agendaView.columnWidth(2) != 150


def test_a_damaged_widths_file_is_ignored(qtbot, demo, spanish_qapp):
    clerk = _ctx(demo)
    (clerk.paths.root / FILE_NAME).write_text("[mhuillca]\ndiseno\\columnas\\agenda=a,b,c\n", encoding="utf-8")
    session_id = _session(clerk, items=(LONG,))
    section, _driver = _section(qtbot, clerk)
    section.select_id(session_id)
    view = section.show_tab("agenda").ui.agendaView
    assert view.columnWidth(1) > view.columnWidth(0)
