"""Issuing a document dated before the last one issued of its kind asks first, naming that
last number and its date (issue 11, screens 4)."""

import datetime as dt

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from pisac_desktop.db.models import Instrument
from pisac_desktop.instruments.register import out_of_order_warning
from tests.gui.test_instruments_section import _draft, _section, secretary  # noqa: F401


def _last(ctx) -> Instrument:
    with ctx.db.session() as s:
        return s.scalars(select(Instrument).where(Instrument.kind_code == "MAYOR_RESOLUTION",
                                                  Instrument.year == 2026)
                         .order_by(Instrument.number.desc())).first()


def test_the_domain_names_the_last_number_and_its_date(secretary):  # noqa: F811
    last = _last(secretary)
    early = _draft(secretary, doc_date=f"{last.doc_date - dt.timedelta(days=3):%d/%m/%Y}")
    same_day = _draft(secretary, doc_date=f"{last.doc_date:%d/%m/%Y}")
    with secretary.db.session() as s:
        warning = out_of_order_warning(s, s.get(Instrument, early))
        assert last.number_text in warning and f"{last.doc_date:%d/%m/%Y}" in warning
        assert out_of_order_warning(s, s.get(Instrument, same_day)) == ""


def test_the_section_warns_before_issuing_and_no_keeps_the_draft(qtbot, secretary,  # noqa: F811
                                                                 monkeypatch):
    last = _last(secretary)
    draft_id = _draft(secretary, doc_date=f"{last.doc_date - dt.timedelta(days=3):%d/%m/%Y}")
    section = _section(qtbot, secretary)
    assert section.select_id(draft_id)
    shown = []

    def fake_exec(box):
        shown.append((box.icon(), box.text()))
        return QMessageBox.No

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert section.issue_selected(confirm=True) is None
    icon, text = shown[0]
    assert icon == QMessageBox.Warning
    assert last.number_text in text and f"{last.doc_date:%d/%m/%Y}" in text
    assert "anterior" in text and "¿Emitir?" in text
    with secretary.db.session() as s:
        assert s.get(Instrument, draft_id).number is None
