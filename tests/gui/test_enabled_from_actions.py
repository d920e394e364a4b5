"""Rules only in the core: the screens enable their buttons from what the read model allows,
and a refused button shows the core's Spanish reason as its tooltip."""

from pisac_desktop.core.actions import Allowed
from pisac_desktop.council.actions import Action
from pisac_desktop.gui.enabling import enable
from pisac_desktop.gui.operations import wait_idle
from tests.gui.test_council_sessions import _ctx, _section, _session
from tests.gui.test_instruments_section import _draft
from tests.gui.test_instruments_section import _section as _instruments_section


def test_a_programmed_session_refuses_postponing_and_says_why(qtbot, demo, spanish_qapp):
    secretary = _ctx(demo)
    sid = _session(secretary)
    section, _driver = _section(qtbot, secretary)
    assert section.select_id(sid)
    ui = section.ui
    assert not ui.postponeButton.isEnabled()
    assert ui.postponeButton.toolTip() == ("Solo se posterga una sesión convocada que aún no se "
                                           "realizó.")
    assert ui.suspendButton.isEnabled() and ui.cancelSessionButton.isEnabled()
    attendance = section.show_tab("attendance")
    assert not attendance.ui.installButton.isEnabled()
    assert attendance.ui.installButton.toolTip() == ("La sesión está programada: no se "
                                                     "instala.")
    assert attendance.ui.printAttendanceButton.toolTip().startswith("La sesión aún no se convoca")


def test_a_reader_sees_why_the_buttons_are_off(qtbot, demo, spanish_qapp):
    sid = _session(_ctx(demo))
    reader = _ctx(demo, "consulta")
    section, _driver = _section(qtbot, reader)
    assert section.select_id(sid)
    assert not section.ui.suspendButton.isEnabled()
    assert "no tiene permiso para programar y convocar sesiones" in \
        section.ui.suspendButton.toolTip()
    summons = section.show_tab("summons")
    assert not summons.ui.conveneButton.isEnabled()
    assert "no tiene permiso" in summons.ui.conveneButton.toolTip()
    assert wait_idle()


def test_an_issued_document_cannot_be_issued_again(qtbot, demo, spanish_qapp):
    secretary = _ctx(demo)
    draft_id = _draft(secretary, summary="Aprobar el plan de trabajo único")
    section = _instruments_section(qtbot, secretary)
    assert section.select_id(draft_id)
    assert not section.ui.annulButton.isEnabled()
    assert section.ui.annulButton.toolTip() == "Solo un documento emitido admite esta acción."
    number = section.issue_selected(confirm=False)
    assert not section.ui.issueButton.isEnabled()
    assert section.ui.issueButton.toolTip() == (f"El documento ya fue emitido ({number}): no se "
                                                "emite de nuevo.")
    assert section.ui.annulButton.isEnabled()


def test_enable_keeps_the_designer_tooltip_when_allowed(qtbot, spanish_qapp):
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("Convocar")
    qtbot.addWidget(button)
    button.setToolTip("Numera las citaciones")
    refused = Allowed(frozenset(), {Action.CONVENE: "La sesión ya está convocada."})
    assert not enable(button, refused, Action.CONVENE)
    assert button.toolTip() == "La sesión ya está convocada."
    assert enable(button, Allowed(frozenset({Action.CONVENE})), Action.CONVENE)
    assert button.toolTip() == "Numera las citaciones"
    assert not enable(button, Allowed(frozenset({Action.CONVENE})), Action.CONVENE, also=False)
    assert button.toolTip() == "Numera las citaciones"  # allowed, only nothing selected
    assert not enable(button, None, Action.CONVENE) and button.toolTip() == \
        "Numera las citaciones"
