"""The business-day calendar (DOMAIN.md section 4, TUO Ley 27444 arts. 144-151), with the
worked example of the legal notice of an extraordinaria (DOMAIN.md section 3)."""

import datetime as dt

import pytest
from sqlalchemy import select

from pisac_desktop.core.calendar import (
    DECREE,
    LOCAL,
    REGIONAL,
    SEED_DAYS,
    BusinessCalendar,
    DayForm,
    ExtraDay,
    delete_day,
    describe,
    ensure_calendar_defaults,
    non_working_days,
    save_day,
)
from pisac_desktop.core.errors import ValidationFailed
from pisac_desktop.core.permissions import Actor, PermissionDenied, Role
from pisac_desktop.db.models import NonWorkingDay

D = dt.date
CLERK = Actor.system("pruebas")
READER = Actor(None, "consulta", "Percy Gamarra Luna", frozenset({Role.READ_ONLY}), "PC")


@pytest.fixture(scope="module")
def cal() -> BusinessCalendar:
    """The calendar of a new database: national holidays plus the prefilled days."""
    return BusinessCalendar(ExtraDay(day, every_year, kind, name)
                            for day, every_year, kind, name, _source in SEED_DAYS)


def _fields(exc: pytest.ExceptionInfo) -> set[str]:
    return {e.field for e in exc.value.errors}


# ---- DOMAIN.md section 3: the worked example of the notice of an extraordinaria --------------

def test_notified_monday_2_march_2026_earliest_extraordinaria_is_tuesday_10_march(cal):
    got = cal.earliest_after_notice(D(2026, 3, 2), 5)
    assert got.result == D(2026, 3, 10) and got.result.weekday() == 1
    assert got.skipped == ()
    # 5 full business days lie between: 3, 4, 5, 6 and 9 March.
    assert cal.business_days_between(D(2026, 3, 2), D(2026, 3, 10)) == 5
    assert cal.business_days_between(D(2026, 3, 2), D(2026, 3, 9)) == 4
    assert describe(got).startswith("martes 10 de marzo de 2026. Sin feriados")


# ---- DOMAIN.md section 4: Ley 27444 deadlines --------------------------------------------------

def test_a_deadline_starts_on_the_business_day_after_notification(cal):
    # Notified Friday 6 March 2026: day 1 is Monday 9 March (not the Friday, not the weekend).
    assert cal.deadline(D(2026, 3, 6), 1).result == D(2026, 3, 9)
    # Notified on a Saturday: day 1 is still Monday.
    assert cal.add_business_days(D(2026, 3, 7), 1).result == D(2026, 3, 9)
    assert cal.deadline(D(2026, 3, 2), 5).result == D(2026, 3, 9)
    # 10 business days (access to information, section 5) from Monday 2 March: Monday 16 March.
    assert cal.deadline(D(2026, 3, 2), 10).result == D(2026, 3, 16)


def test_a_deadline_ending_on_a_non_working_day_moves_to_the_next_business_day(cal):
    # Wednesday 1 April 2026 + 1: Jueves and Viernes Santo, then the weekend: Monday 6 April.
    got = cal.deadline(D(2026, 4, 1), 1)
    assert got.result == D(2026, 4, 6)
    assert [d.day for d in got.skipped] == [D(2026, 4, 2), D(2026, 4, 3)]
    # Zero days from a Saturday or a holiday: the next business day, naming the holiday.
    assert cal.add_business_days(D(2026, 3, 7), 0).result == D(2026, 3, 9)
    zero = cal.add_business_days(D(2026, 6, 24), 0)
    assert zero.result == D(2026, 6, 25)
    assert "Inti Raymi" in zero.why()
    with pytest.raises(ValueError):
        cal.add_business_days(D(2026, 3, 2), -1)


def test_year_boundary_skips_new_year_and_the_decree_day_of_2_january_2026(cal):
    # Notified Monday 29 December 2025: 30, 31 Dec; 1 Jan (national), 2 Jan (decree),
    # then 5, 6, 7 January 2026.
    got = cal.deadline(D(2025, 12, 29), 5)
    assert got.result == D(2026, 1, 7)
    assert [(d.day, d.label) for d in got.skipped] == [
        (D(2026, 1, 1), "Feriado nacional"), (D(2026, 1, 2), "Día no laborable (decreto)")]
    assert cal.earliest_after_notice(D(2025, 12, 29), 5).result == D(2026, 1, 8)
    assert cal.business_days_between(D(2025, 12, 29), D(2026, 1, 8)) == 5
    # Christmas and the decree day after it (D.S. 042-2025-PCM) inside the count: 23 and 24
    # December, then Monday 29 (26 December 2025 is not a working day).
    got = cal.deadline(D(2025, 12, 22), 3)
    assert got.result == D(2025, 12, 29)
    assert [(d.day, d.label) for d in got.skipped] == [
        (D(2025, 12, 25), "Feriado nacional"), (D(2025, 12, 26), "Día no laborable (decreto)")]
    # The decree day is of 2026 only: 2 January 2027 is a Saturday, 2 January 2025 a workday.
    assert cal.is_business_day(D(2025, 1, 2))
    assert not cal.is_business_day(D(2026, 1, 2))


def test_the_decree_days_of_2025_are_not_working_days(cal):
    assert not cal.is_business_day(D(2025, 5, 2))  # Friday after 1 May
    assert not cal.is_business_day(D(2025, 12, 26))
    assert cal.deadline(D(2025, 4, 30), 1).result == D(2025, 5, 5)
    assert "02/05/2025 Día no laborable para el sector público" in \
        cal.deadline(D(2025, 4, 30), 1).why()


def test_holy_week_2026_jueves_and_viernes_santo(cal):
    assert not cal.is_business_day(D(2026, 4, 2))
    assert not cal.is_business_day(D(2026, 4, 3))
    assert cal.is_business_day(D(2026, 4, 1)) and cal.is_business_day(D(2026, 4, 6))
    # Notified Thursday 26 March: 27, 30, 31 March, 1 and 6 April.
    got = cal.deadline(D(2026, 3, 26), 5)
    assert got.result == D(2026, 4, 6)
    why = got.why()
    assert "02/04/2026 Jueves Santo (feriado nacional)" in why
    assert "03/04/2026 Viernes Santo (feriado nacional)" in why
    assert cal.business_days_between(D(2026, 3, 31), D(2026, 4, 7)) == 2  # 1 and 6 April


@pytest.mark.parametrize("year", [2025, 2026, 2027])
def test_cusco_24_june_every_year(cal, year):
    day = D(year, 6, 24)
    assert day.weekday() < 5  # Tuesday, Wednesday, Thursday: really skipped
    assert not cal.is_business_day(day)
    assert cal.day_off(day).name == "Inti Raymi (Día del Cusco)"
    assert cal.day_off(day).label == "Feriado regional"
    assert cal.is_business_day(D(year, 6, 23))


def test_why_names_the_skipped_holidays_and_only_them(cal):
    # Monday 22 June 2026 + 3: 23, 25, 26 June (24 is Inti Raymi).
    got = cal.add_business_days(D(2026, 6, 22), 3)
    assert got.result == D(2026, 6, 26)
    assert got.why() == "No se contaron: 24/06/2026 Inti Raymi (Día del Cusco) (feriado regional)."
    # Weekend holidays are not named: 7 June 2026 is a Sunday.
    assert cal.add_business_days(D(2026, 6, 5), 1).skipped == ()
    assert cal.holidays_between(D(2026, 6, 1), D(2026, 6, 30))[0].day == D(2026, 6, 24)


# ---- The editable table ------------------------------------------------------------------------

def test_new_database_is_prefilled_once(opened):
    with opened.db.session() as s:
        rows = non_working_days(s)
        assert [(r.day.strftime("%d/%m"), r.every_year, r.kind) for r in rows] == [
            ("24/06", True, REGIONAL), ("02/05", False, DECREE), ("26/12", False, DECREE),
            ("02/01", False, DECREE)]
        # Every day off of the public sector declared by D.S. 042-2025-PCM, not only the last.
        assert [r.day for r in rows[1:]] == [D(2025, 5, 2), D(2025, 12, 26), D(2026, 1, 2)]
        assert {r.source for r in rows[1:]} == {"Decreto Supremo N° 042-2025-PCM"}
        ensure_calendar_defaults(s)  # idempotent
        assert len(non_working_days(s)) == 4


def test_a_database_seeded_with_the_older_set_gets_only_the_days_added_since(opened):
    """Seeded by an earlier version (24 June and 2 January 2026; the clerk then deleted 2 January):
    the next start adds 2 May and 26 December 2025 once, and does not put 2 January back."""
    from pisac_desktop.core.calendar import SEED_VERSION, SEEDED_KEY
    from pisac_desktop.db.models import AppMeta

    with opened.db.session() as s:
        for day in (D(2025, 5, 2), D(2025, 12, 26), D(2026, 1, 2)):
            s.execute(NonWorkingDay.__table__.delete().where(NonWorkingDay.day == day))
        s.get(AppMeta, SEEDED_KEY).value = "1"
    for _start in range(2):
        with opened.db.session() as s:
            ensure_calendar_defaults(s)
    with opened.db.session() as s:
        assert [r.day for r in non_working_days(s)][1:] == [D(2025, 5, 2), D(2025, 12, 26)]
        assert s.get(AppMeta, SEEDED_KEY).value == SEED_VERSION


def test_adding_a_local_day_skips_it_and_deleting_24_june_counts_it_again(opened):
    with opened.db.session() as s:
        day_id = save_day(s, CLERK, DayForm(D(2026, 11, 27), False, LOCAL,
                                            "  Aniversario   del distrito ", "R.A. N° 200"))
        row = s.get(NonWorkingDay, day_id)
        assert row.name == "Aniversario del distrito"
    with opened.db.session() as s:
        cal = BusinessCalendar.load(s)
        assert not cal.is_business_day(D(2026, 11, 27))
        got = cal.deadline(D(2026, 11, 26), 1)
        assert got.result == D(2026, 11, 30)
        assert "27/11/2026 Aniversario del distrito (cierre de la oficina)" in got.why()
        june = s.scalar(select(NonWorkingDay.id).where(NonWorkingDay.every_year.is_(True)))
        delete_day(s, CLERK, june)
    with opened.db.session() as s:
        cal = BusinessCalendar.load(s)
        assert cal.is_business_day(D(2026, 6, 24)) and cal.is_business_day(D(2027, 6, 24))
        assert cal.add_business_days(D(2026, 6, 22), 3).result == D(2026, 6, 25)
        ensure_calendar_defaults(s)  # the clerk's deletion stands
        assert cal.is_business_day(D(2026, 6, 24))
        assert len(non_working_days(s)) == 4


def test_editing_a_day_moves_it(opened):
    with opened.db.session() as s:
        day_id = save_day(s, CLERK, DayForm(D(2026, 12, 7), False, DECREE, "Puente"))
        save_day(s, CLERK, DayForm(D(2026, 12, 10), False, DECREE, "Puente"), day_id)
        cal = BusinessCalendar.load(s)
        assert cal.is_business_day(D(2026, 12, 7)) and not cal.is_business_day(D(2026, 12, 10))


def test_bad_input_is_refused_with_field_errors(opened):
    with opened.db.session() as s:
        with pytest.raises(ValidationFailed) as exc:
            save_day(s, CLERK, DayForm(None, False, LOCAL, "   "))
        assert _fields(exc) == {"day", "name"}
        assert "Indique la fecha" in str(exc.value)
        with pytest.raises(ValidationFailed) as exc:
            save_day(s, CLERK, DayForm(D(2026, 5, 4), False, "feriado", "Algo"))
        assert _fields(exc) == {"kind"}
        # The same dated day twice.
        with pytest.raises(ValidationFailed) as exc:
            save_day(s, CLERK, DayForm(D(2026, 1, 2), False, DECREE, "Otra vez"))
        assert _fields(exc) == {"day"} and "ya está en la tabla" in str(exc.value)
        # 24 June every year is already there, whatever year the clerk types.
        with pytest.raises(ValidationFailed) as exc:
            save_day(s, CLERK, DayForm(D(2026, 6, 24), True, REGIONAL, "Inti Raymi"))
        assert _fields(exc) == {"day"}
        # ... and a one-off day on it would change nothing.
        with pytest.raises(ValidationFailed) as exc:
            save_day(s, CLERK, DayForm(D(2027, 6, 24), False, LOCAL, "Inti Raymi"))
        assert _fields(exc) == {"day"}
        assert len(non_working_days(s)) == 4


def test_a_read_only_account_cannot_edit_the_table(opened):
    with opened.db.session() as s:
        with pytest.raises(PermissionDenied):
            save_day(s, READER, DayForm(D(2026, 5, 4), False, LOCAL, "Cierre"))
        day_id = s.scalar(select(NonWorkingDay.id))
        with pytest.raises(PermissionDenied):
            delete_day(s, READER, day_id)


def test_earliest_session_date_is_itself_a_business_day(cal):
    """Notified Tuesday 16 June 2026: the five full business days end on the 23rd; the 24th is
    Inti Raymi (Cusco), so the earliest lawful session is Thursday 25 June."""
    got = cal.earliest_after_notice(D(2026, 6, 16), 5)
    assert got.result == D(2026, 6, 25)
    assert "Inti Raymi" in got.why()


def test_business_days_between_counts_as_a_walk_day_by_day_would():
    """The arithmetic count (by whole weeks, less the weekday holidays) agrees with walking
    the days, across years, holidays, weekends and empty ranges."""
    import random

    from pisac_desktop.core.calendar import BusinessCalendar, ExtraDay

    calendar = BusinessCalendar([ExtraDay(dt.date(2025, 6, 24), True, "regional", "Inti Raymi"),
                                 ExtraDay(dt.date(2026, 12, 26), False, "decree", "Decreto")])
    rng = random.Random(7)
    for _ in range(400):
        start = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 1200))
        end = start + dt.timedelta(days=rng.randint(-3, 500))
        walked = sum(1 for n in range(1, (end - start).days)
                     if calendar.is_business_day(start + dt.timedelta(days=n)))
        assert calendar.business_days_between(start, end) == walked, (start, end)
