"""Tablero de gestión: the figures of the demo agree with the lists they open (the bandeja's
«Vencidos», the compromisos overdue, the drafts), add up to the municipality's, and print."""

import datetime as dt
import io
import re

from pypdf import PdfReader
from sqlalchemy import func, select

from pisac_desktop.db.models import CaseFile, UnitDocument
from pisac_desktop.db.models.tramite import ANNULLED, DOC_DRAFT
from pisac_desktop.demo import demo_actor
from pisac_desktop.management import dashboard as dash
from pisac_desktop.management import views as mv
from pisac_desktop.tramite import views
from pisac_desktop.tramite.statistics import period_of
from tests.conftest import TODAY
from tests.unit.conftest import unit_id


def _board(demo, month=TODAY.month):
    with demo.db.session() as s:
        return dash.dashboard(s, demo_actor(s, "wccahua"), TODAY.year, month)


def test_the_figures_of_each_unit_are_those_of_the_lists_they_open(demo):
    board = _board(demo)
    assert board.title == "Noviembre de 2026"
    with demo.db.session() as s:
        actor = demo_actor(s, "wccahua")
        start, end, _title = period_of(TODAY.year, TODAY.month)
        received = s.scalar(select(func.count()).select_from(CaseFile).where(
            CaseFile.received_at >= dt.datetime.combine(start, dt.time()),
            CaseFile.state != ANNULLED,
            CaseFile.received_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time())))
        assert board.whole.received == received > 0
        assert board.whole.pending > 0 and board.whole.overdue > 0
        for u in board.units:
            counts = views.tray_counts(s, actor, u.unit_id)
            assert u.overdue == counts[views.Tray.OVERDUE], u.unit
            assert u.pending == counts[views.Tray.TO_RECEIVE] + counts[views.Tray.IN_PROCESS]
            assert sum(u.ages) == u.pending
            assert u.in_time + u.late <= u.answered <= u.received
            overdue = mv.commitments_of(s, actor, mv.CommitmentFilter(unit_id=u.unit_id,
                                                                     status="overdue"))
            assert u.commitments_overdue == len(overdue), u.unit
            assert u.drafts == s.scalar(select(func.count()).select_from(UnitDocument).where(
                UnitDocument.unit_id == u.unit_id, UnitDocument.state == DOC_DRAFT))
        every = mv.commitments_of(s, actor, mv.CommitmentFilter(status="all"))
        due = [c for c in every if start <= c.due_on <= end]
        assert board.whole.commitments_due == len(due)
        assert board.whole.commitments_done == sum(c.state == "done" for c in due)
        gerencia = unit_id(s, "MUNICIPAL_MANAGEMENT")
    assert board.whole.commitments_overdue > 0
    for field in ("received", "answered", "in_time", "late", "pending", "overdue",
                  "commitments_due", "commitments_done", "commitments_overdue", "drafts"):
        assert getattr(board.whole, field) == sum(getattr(u, field) for u in board.units)
    assert board.unit(gerencia).received > 0
    assert board.unit(None) is board.whole


def test_each_age_and_the_answers_in_time_have_their_own_list(demo):
    board = _board(demo)
    assert board.age_ranges[0][1] == TODAY and board.age_ranges[-1][0] is None
    with demo.db.session() as s:
        actor = demo_actor(s, "wccahua")

        def found(**filters) -> int:
            return len(views.find(s, actor, "", filters=views.CaseFilter(**filters)))

        for u in (u for u in board.units if u.pending):
            assert [found(unit_id=u.unit_id, state="in_process", received_from=first,
                          received_to=last) for first, last in board.age_ranges] == \
                list(u.ages), u.unit
        for u in (board.whole, *(u for u in board.units if u.received)):
            period = dict(unit_id=u.unit_id, received_from=board.start, received_to=board.end)
            assert found(**period, answered=views.IN_TIME) == u.in_time, u.unit
            assert found(**period, answered=views.LATE) == u.late, u.unit


def test_the_year_counts_more_and_what_is_open_stays_as_of_today(demo):
    month, year = _board(demo), _board(demo, None)
    assert year.title == "Año 2026"
    assert year.whole.received > month.whole.received
    assert year.whole.commitments_due >= month.whole.commitments_due
    assert (year.whole.pending, year.whole.overdue, year.whole.ages) == \
        (month.whole.pending, month.whole.overdue, month.whole.ages)
    october = _board(demo, 10)  # a past month: what is open is still today's
    assert october.whole.overdue == month.whole.overdue


def test_the_printed_tablero_has_the_figures(demo):
    board = _board(demo)
    with demo.db.session() as s:
        pdf, name = dash.render_dashboard(s, demo_actor(s, "wccahua"), TODAY.year, TODAY.month)
    assert name == "tablero-2026-11.pdf"
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    assert "Tablero de gestión — Noviembre de 2026" in text
    assert f"Expedientes recibidos {board.whole.received}" in text
    assert f"Vencidos hoy {board.whole.overdue}" in text
    assert f"Compromisos vencidos hoy {board.whole.commitments_overdue}" in text
    shown = next(u for u in board.units if u.received)
    assert f"{shown.unit} {shown.received} {shown.in_time} {shown.late}" in text
    assert "Toda la municipalidad" in text and "Más de 20 días" in text
