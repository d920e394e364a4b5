"""Fedatarios (TUO Ley 27444 art. 138): designated by resolution, each copy authenticated logged
with its number of the year, and the stamp printed as one sticker per folio."""

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from pisac_desktop.core.errors import ValidationFailed
from pisac_desktop.demo import demo_actor
from pisac_desktop.requests import fedatarios as fed
from pisac_desktop.requests.printing import render_stamps
from tests.unit.conftest import unit_id


def _officer(s, **changes) -> int:
    form = fed.OfficerForm("Edwin Choque Puma", "41234567", "Fedatario N° 03",
                           unit_id(s, "RECORDS_OFFICE"), "Resolución de Alcaldía N° 012-2026-A-MDP",
                           dt.date(2026, 1, 5))
    for key, value in changes.items():
        setattr(form, key, value)
    return fed.designate(s, demo_actor(s, "mhuillca"), form)


def _copy(**changes) -> fed.CopyForm:
    form = fed.CopyForm(None, "Partida de nacimiento de Luz Quispe Mamani", 2,
                        "Luz Quispe Mamani", "DNI", "23456789")
    for key, value in changes.items():
        setattr(form, key, value)
    return form


def test_a_copy_is_logged_with_its_number_and_stamped_on_each_folio(office):
    with office.db.session() as s:
        officer = _officer(s)
        assert [o.label for o in fed.officers_on(s, dt.date(2026, 11, 21))] == [
            "Edwin Choque Puma (Fedatario N° 03)"]
        desk = demo_actor(s, "echoque")
        first = fed.authenticate(s, desk, _copy(officer_id=officer))
        second = fed.authenticate(s, desk, _copy(officer_id=officer, folios=3))
        log = fed.log_of_year(s, desk, 2026)
        assert [(e.number, e.folios) for e in log] == [("0001-2026", 2), ("0002-2026", 3)]
        assert log[0].requester == "Luz Quispe Mamani (DNI N° 23456789)"
        pdf, name = render_stamps(s, desk, second)
    reader = PdfReader(io.BytesIO(pdf))
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    assert name == "sellos-fedatario-0002-2026.pdf" and first != second
    assert text.count("ES COPIA FIEL DEL ORIGINAL") == 3
    for expected in ("Edwin Choque Puma", "Fedatario N° 03", "21 de noviembre de 2026",
                     "Registro N° 0002-2026", "folio 3 de 3"):
        assert expected in text, expected


def test_only_a_designated_fedatario_authenticates_and_bad_input_is_refused(office):
    with office.db.session() as s:
        ended = _officer(s, until=dt.date(2026, 6, 30))
        with pytest.raises(ValidationFailed) as refused:
            fed.authenticate(s, demo_actor(s, "echoque"), _copy(
                officer_id=ended, folios=0, requester_document="123", document=" "))
        assert {e.field for e in refused.value.errors} == {
            "officer_id", "folios", "requester_document", "document"}
        assert "no está designado" in str(refused.value)
        with pytest.raises(ValidationFailed) as refused:
            _officer(s, dni="12", since=dt.date(2026, 2, 1), until=dt.date(2026, 1, 1))
        assert {e.field for e in refused.value.errors} == {"dni", "until"}
        assert fed.officers_on(s, dt.date(2026, 11, 21)) == []
