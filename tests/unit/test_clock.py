"""One clock (DESIGN.md 'must'): every timestamp and 'today' of a unit of work comes from the Clock
carried by the database / application context, in the office's time zone (America/Lima)."""

import datetime as dt

from sqlalchemy import select

from pisac_desktop.clock import (
    OFFICE_TZ,
    SYSTEM_CLOCK,
    FixedClock,
    clock_of,
    local_from_naive_utc,
    wall_time,
)
from pisac_desktop.db.models import AuditEntry, Instrument
from pisac_desktop.demo import demo_actor
from pisac_desktop.instruments.printing import register_book
from pisac_desktop.instruments.register import issue, new_draft_form, save_draft


def test_office_time_is_lima_utc_minus_five_all_year():
    for month in (1, 7):  # Peru has no daylight saving time
        moment = dt.datetime(2026, month, 1, 12, tzinfo=OFFICE_TZ)
        assert moment.utcoffset() == dt.timedelta(hours=-5)


def test_fixed_clock_stands_still_until_moved():
    clock = FixedClock(dt.date(2031, 3, 2), 23, 59)
    assert clock.now() == clock.now()
    assert clock.today() == dt.date(2031, 3, 2)
    assert clock.naive_utc() == dt.datetime(2031, 3, 3, 4, 59)  # already the 3rd in UTC
    clock.advance(minutes=1)
    assert clock.today() == dt.date(2031, 3, 3)
    assert wall_time(clock) == dt.datetime(2031, 3, 3, 0, 0)
    assert local_from_naive_utc(dt.datetime(2031, 3, 3, 4, 59)).hour == 23


def test_a_unit_of_work_carries_the_database_clock(opened):
    clock = FixedClock(dt.datetime(2027, 1, 1, 0, 30))
    opened.db.clock = clock
    with opened.db.session() as s:
        assert clock_of(s) is clock
    assert clock_of(object()) is SYSTEM_CLOCK


def test_the_context_clock_is_the_database_clock(opened, spanish_qapp):
    from pisac_desktop.core.permissions import Actor
    from pisac_desktop.gui.context import AppContext

    clock = FixedClock(dt.date(2031, 3, 2))
    ctx = AppContext(opened.db, opened.paths, Actor.system("prueba"), clock=clock)
    assert opened.db.clock is clock and ctx.today() == dt.date(2031, 3, 2)
    again = AppContext(opened.db, opened.paths, Actor.system("prueba"))
    assert again.clock is clock


def test_issuing_and_its_audit_entry_and_register_take_the_one_clock(demo_people):
    """Late at night on 31 December in Pisac it is already 1 January in UTC: the issue time, the
    audit entry and the 'generated on' line of the register all say the office's moment."""
    clock = FixedClock(dt.datetime(2026, 12, 31, 23, 59))
    demo_people.db.clock = clock
    with demo_people.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        form = new_draft_form(s, "MAYOR_RESOLUTION", clock.today())
        form.summary = "Aprobar el cronograma de vacaciones 2027"
        form.seen = "El Informe N° 200-2026-ORH-MDP"
        form.articles = ["APROBAR el cronograma.", "ENCARGAR su cumplimiento."]
        doc_id = save_draft(s, actor, form).id
    with demo_people.db.session() as s:
        issue(s, actor, doc_id)
    with demo_people.db.session() as s:
        doc = s.get(Instrument, doc_id)
        assert doc.issued_at == dt.datetime(2027, 1, 1, 4, 59)  # stored as naive UTC
        assert doc.year == 2026
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "issue")
                          .order_by(AuditEntry.id.desc())).first()
        assert entry.at.startswith("2027-01-01T04:59:00")
        book = register_book(s, "MAYOR_RESOLUTION", 2026)
        assert book.place_date.endswith(", 31 de diciembre de 2026")  # Lima time, not UTC
