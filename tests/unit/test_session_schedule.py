"""Programming a session (issue 11, Screens 3): the date proposed is the next lawful business
day, weekends and holidays are warned about, a second session at the same date, hour and place
is refused, and the numbering rule is explained."""

import datetime as dt

import pytest

from pisac_desktop.core.errors import ValidationFailed
from pisac_desktop.council.schedule import (
    date_warning,
    default_session_date,
    numbering_rule,
)
from pisac_desktop.council.sessions import create_session, new_session_form, update_session
from pisac_desktop.db.models.council import EXTRAORDINARY, ORDINARY
from pisac_desktop.demo import demo_actor
from tests.conftest import TODAY

D = dt.date


def _form(s, day, time="10:00", place=None, kind=ORDINARY):
    form = new_session_form(s, TODAY, kind)
    form.session_date, form.start_time = day, time
    if place is not None:
        form.place = place
    return form


def test_default_date_is_the_next_lawful_business_day(demo_people):
    with demo_people.db.session() as s:
        # Convened Saturday 21/11/2026: 2 full business days (Mon 23, Tue 24) -> Wed 25.
        assert default_session_date(s, TODAY, ORDINARY) == D(2026, 11, 25)
        # An extraordinaria: 5 full days (23 to 27) -> Monday 30/11/2026.
        assert default_session_date(s, TODAY, EXTRAORDINARY) == D(2026, 11, 30)
        # Convened Friday 4/12: 8/12 (Inmaculada Concepción) and 9/12 (Batalla de Ayacucho) are
        # national holidays, so the full days are Mon 7 and Thu 10 -> Friday 11/12/2026.
        assert default_session_date(s, D(2026, 12, 4), ORDINARY) == D(2026, 12, 11)


def test_weekends_holidays_and_past_dates_are_warned(demo_people):
    with demo_people.db.session() as s:
        assert date_warning(s, D(2026, 11, 25), TODAY) == ""
        assert date_warning(s, D(2026, 11, 29), TODAY) == ("El domingo 29 de noviembre de 2026 "
                                                           "no es día hábil.")
        holiday = date_warning(s, D(2026, 12, 9), TODAY)
        assert holiday.startswith("El miércoles 9 de diciembre de 2026 es feriado nacional (")
        assert "Ayacucho" in holiday
        assert date_warning(s, D(2026, 11, 20), TODAY).startswith("La fecha ya pasó (20/11/2026)")
        assert date_warning(s, None, TODAY) == ""


def test_a_second_session_at_the_same_date_hour_and_place_is_refused(demo_people):
    with demo_people.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        first = create_session(s, actor, _form(s, D(2026, 12, 2)))
        with pytest.raises(ValidationFailed) as refused:
            create_session(s, actor, _form(s, D(2026, 12, 2), place=" salón de sesiones  del "
                                                                      "Palacio Municipal"))
        error = refused.value.errors[0]
        assert error.field == "session_date"
        assert error.message.startswith("Ya está programada la Sesión ordinaria N° ")
        assert "el 02/12/2026 a las 10:00 en el mismo lugar" in error.message
        # Another hour or place is fine; saving the same session again is not a duplicate.
        other = create_session(s, actor, _form(s, D(2026, 12, 2), time="15:00"))
        update_session(s, actor, first, _form(s, D(2026, 12, 2)))
        with pytest.raises(ValidationFailed, match="Ya está programada"):
            update_session(s, actor, other, _form(s, D(2026, 12, 2)))


def test_the_numbering_rule_names_the_next_number(demo_people):
    with demo_people.db.session() as s:
        text = numbering_rule(s, ORDINARY, 2026)
        assert text.startswith("Cada tipo de sesión se numera por año en el orden en que se "
                               "programa, no por fecha: la próxima sesión ordinaria de 2026 "
                               "será la N° ")
        number = int(text.rsplit("N° ", 1)[1].split("-")[0])
        session_id = create_session(s, demo_actor(s, "mhuillca"), _form(s, D(2026, 12, 2)))
        from pisac_desktop.db.models import CouncilSession
        assert s.get(CouncilSession, session_id).number == number
        assert numbering_rule(s, EXTRAORDINARY, 2027).endswith("será la N° 01-2027.")
