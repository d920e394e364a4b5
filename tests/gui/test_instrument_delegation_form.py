"""The drafting form of a Resolución de Gerencia Municipal, offscreen: the delegating Resolución
de Alcaldía is chosen from the register, the legal basis then names it, the choice is saved as a
link and offered again for the next one; other kinds do not show the choice."""

import datetime as dt

import pytest

from pisac_desktop.demo import demo_actor
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.instruments.form import NO_DELEGATION, InstrumentFormDialog
from pisac_desktop.instruments.delegation import delegation_of
from pisac_desktop.instruments.kinds import MANAGEMENT_RESOLUTION_BASIS
from pisac_desktop.instruments.register import issue, new_draft_form, save_draft
from tests.conftest import frozen_clock

NAMED = "mediante Resolución de Alcaldía N° 001-2026-MDP/A, de fecha 2 de enero de 2026,"


@pytest.fixture
def people(demo_people, spanish_qapp):
    db = demo_people.db
    with db.session() as s:
        secretary, manager = demo_actor(s, "mhuillca"), demo_actor(s, "wccahua")
        form = new_draft_form(s, "MAYOR_RESOLUTION", dt.date(2026, 1, 2))
        form.summary = "Delegar facultades administrativas en el Gerente Municipal"
        form.articles = ["DELEGAR en el Gerente Municipal las facultades administrativas."]
        ra = issue(s, secretary, save_draft(s, secretary, form).id).id
    ctx = AppContext(db, demo_people.paths, manager, clock=frozen_clock())
    return ctx, ra


def _dialog(qtbot, ctx, module="gerencia", draft_id=None, kind=None) -> InstrumentFormDialog:
    dialog = InstrumentFormDialog(ctx, module, draft_id, kind)
    qtbot.addWidget(dialog)
    return dialog


def test_choosing_the_delegation_names_it_and_saves_the_link(qtbot, people):
    ctx, ra = people
    dialog = _dialog(qtbot, ctx)
    ui = dialog.ui
    assert ui.kindCombo.currentData() == "MANAGEMENT_RESOLUTION"
    assert not ui.delegationCombo.isHidden()
    assert ui.delegationCombo.currentText() == NO_DELEGATION  # nothing chosen yet
    assert ui.legalBasisEdit.toPlainText() == MANAGEMENT_RESOLUTION_BASIS
    ui.delegationCombo.setCurrentIndex(ui.delegationCombo.findData(ra))
    assert NAMED in ui.legalBasisEdit.toPlainText()
    assert "cita ahora la resolución elegida" in ui.delegationHintLabel.text()
    ui.summaryEdit.setPlainText("Aprobar la liquidación de la obra del mercado")
    ui.articlesEdit.setPlainText("APROBAR la liquidación de la obra.")
    assert dialog.save()
    with ctx.db.session() as s:
        assert delegation_of(s, dialog.draft_id) == ra
    # The next one starts with the same delegation, and reopening keeps it.
    again = _dialog(qtbot, ctx)
    assert again.ui.delegationCombo.currentData() == ra
    assert NAMED in again.ui.legalBasisEdit.toPlainText()
    reopened = _dialog(qtbot, ctx, draft_id=dialog.draft_id)
    assert reopened.ui.delegationCombo.currentData() == ra and not reopened.has_changes()
    # Back to none: the text names no resolution again.
    reopened.ui.delegationCombo.setCurrentIndex(0)
    assert reopened.ui.legalBasisEdit.toPlainText() == MANAGEMENT_RESOLUTION_BASIS
    assert reopened.has_changes()


def test_a_rewritten_legal_basis_is_left_alone_and_other_kinds_hide_the_choice(qtbot, people):
    ctx, ra = people
    dialog = _dialog(qtbot, ctx)
    ui = dialog.ui
    ui.legalBasisEdit.setPlainText("En uso de las facultades que me confiere la ley;")
    ui.delegationCombo.setCurrentIndex(ui.delegationCombo.findData(ra))
    assert ui.legalBasisEdit.toPlainText() == "En uso de las facultades que me confiere la ley;"
    assert "modificada a mano" in ui.delegationHintLabel.text()
    dialog.ask_use_template = lambda _kind: False  # keep what was written
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("DIRECTIVE"))
    assert ui.delegationCombo.isHidden() and dialog.form().delegation_id is None
    secretaria = _dialog(qtbot, ctx, "secretaria", kind="MAYOR_RESOLUTION")
    assert secretaria.ui.delegationCombo.isHidden()
