import datetime as dt

import pytest

from pisac_desktop.core.validators import (
    dni_error,
    email_error,
    phone_error,
    ruc_check_digit,
    ruc_error,
)
from pisac_desktop.spanish.dates import long_date, long_date_with_weekday, parse_short_date


@pytest.mark.parametrize("ruc", ["20131312955", "20100047218", "20147990139", "10095395321"])
def test_valid_rucs_pass(ruc):
    # SUNAT (20131312955) and BCP (20100047218) are public RUCs with known-good check digits.
    assert ruc_error(ruc) is None


def test_check_digit_mod11_special_cases():
    # SUNAT's rule: 11 - (weighted sum % 11); a result of 10 becomes 0 and 11 becomes 1.
    assert ruc_check_digit("2010000005") == 0  # raw 10
    assert ruc_check_digit("2010000013") == 1  # raw 11
    assert ruc_error("20100000050") is None and ruc_error("20100000130") is not None


@pytest.mark.parametrize(
    ("ruc", "fragment"),
    [
        ("20131312954", "dígito verificador"),
        ("2013131295", "11 dígitos"),
        ("2013131295A", "11 dígitos"),
        ("201313129 55", "11 dígitos"),
        ("30131312955", "empezar por"),
        ("20¹⁴⁷⁹⁹⁰¹³⁹", "11 dígitos"),  # superscripts are 'digits' to str.isdigit()
        ("２０１３１３１２９５５", "11 dígitos"),  # full-width digits
    ],
)
def test_bad_rucs_are_explained_in_spanish(ruc, fragment):
    assert fragment in ruc_error(ruc)


def test_dni():
    assert dni_error("23981457") is None
    assert "8 dígitos" in dni_error("2398145")
    assert "8 dígitos" in dni_error("2398145X")
    assert "Escriba el DNI" in dni_error("  ")
    assert "8 dígitos" in dni_error("²³⁹⁸¹⁴⁵⁷")


def test_email_and_phone_are_optional_but_checked():
    assert email_error("") is None
    assert email_error("mesadepartes@munipisac.gob.pe") is None
    assert "no es válido" in email_error("mesa de partes@munipisac")
    assert phone_error("") is None
    assert phone_error("(084) 203-015") is None
    assert phone_error("084 20A015") is not None


def test_dates_print_the_peruvian_way():
    assert long_date(dt.date(2026, 11, 21)) == "21 de noviembre de 2026"
    assert long_date(dt.date(2026, 3, 2)) == "2 de marzo de 2026"
    assert long_date_with_weekday(dt.date(2026, 11, 21)) == "sábado 21 de noviembre de 2026"


def test_parse_short_date():
    assert parse_short_date("02/01/2023") == dt.date(2023, 1, 2)
    assert parse_short_date(" 2-1-2023 ") == dt.date(2023, 1, 2)
    with pytest.raises(ValueError, match="dd/mm/aaaa"):
        parse_short_date("2023-01-02")
    with pytest.raises(ValueError, match="no existe"):
        parse_short_date("31/02/2026")
    with pytest.raises(ValueError, match="fuera de rango"):
        parse_short_date("01/01/0001")
    with pytest.raises(ValueError, match="dd/mm/aaaa"):
        parse_short_date("０２/０１/２０２３")
