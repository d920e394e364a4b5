"""The council's printed paper, read back from the PDF text: summonses, attendance sheet, vote
sheet, session summary, acta, allowances (PDF and Excel), the yearly export and the audit."""

import dataclasses
import datetime as dt
import io
import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.council import agenda as Age
from pisac_desktop.council import allowances as al
from pisac_desktop.council import attendance as Att
from pisac_desktop.council import books as B
from pisac_desktop.council import minutes as mn
from pisac_desktop.council import minutes_paper
from pisac_desktop.council import outcome as Out
from pisac_desktop.council import printing as cd
from pisac_desktop.council import sessions as ss
from pisac_desktop.council import settings as Set
from pisac_desktop.council import summons as Sum
from pisac_desktop.council import votes as Vot
from pisac_desktop.council.members import council_on
from pisac_desktop.db.models import AuditEntry, CouncilSession, Minutes
from pisac_desktop.db.models.council import (
    ABSENT,
    AGAINST,
    DESPACHO,
    EXTRAORDINARY,
    FOR,
    LATE,
    ORDINARY,
    PRESENT,
    SOLEMN,
    TWO_THIRDS_LEGAL,
)
from pisac_desktop.demo import demo_actor
from pisac_desktop.export import export_year
from pisac_desktop.reports.council.summons import render_summonses
from tests.conftest import WAIVER, on_day

SESSION_DAY = dt.date(2026, 11, 26)
CONVENED_ON = dt.date(2026, 11, 23)
HOSTILE = "Oficio N° 045-2026 de la Prefectura & <rondas campesinas>"


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().replace("\xa0", " ").split())
            for p in PdfReader(io.BytesIO(pdf)).pages]


def _text(pdf: bytes) -> str:
    return " ".join(_pages(pdf))


def _members(s, day=SESSION_DAY):
    council = council_on(s, day)
    return council, [m for m in council.members if not m.is_mayor]


def _held_session(s, actor) -> dict:
    """SESIÓN ORDINARIA N° 01-2026 held on 26/11/2026: one regidor late, one absent, three
    voted items (unanimous, a failed two-thirds vote with a reasoned dissent, a tie the alcalde
    breaks), an acuerdo drafted."""
    form = ss.new_session_form(s, CONVENED_ON, ORDINARY)
    form.session_date = SESSION_DAY
    sid = ss.create_session(s, actor, form)
    Age.add_item(s, actor, sid, Age.ItemForm(section=DESPACHO, title=HOSTILE))
    pdlc = Age.add_item(s, actor, sid, Age.ItemForm(
        title="Aprobar el Plan de Desarrollo Local Concertado 2027-2030",
        detail="Informe N° 112-2026-OPP-MDP"))
    land = Age.add_item(s, actor, sid, Age.ItemForm(
        title="Aprobar la donación de un terreno municipal", majority=TWO_THIRDS_LEGAL))
    trip = Age.add_item(s, actor, sid, Age.ItemForm(title="Autorizar el viaje del alcalde a Lima"))
    Sum.convene(s, actor, sid, CONVENED_ON)
    council, regs = _members(s)
    marks = {m.id: (PRESENT, "") for m in council.members}
    marks[regs[0].id] = (LATE, "10:20")
    marks[regs[-1].id] = (ABSENT, "")
    Att.record_attendance(s, actor, sid, marks)
    Att.install(s, actor, sid, "10:05", WAIVER, clock=on_day(s, sid))
    present = regs[:-1]
    Vot.record_votes(s, actor, pdlc, {m.id: (FOR, "") for m in present})
    Vot.record_votes(s, actor, land, {
        m.id: (FOR, "") if k < 3 else (AGAINST, "Falta el saneamiento físico legal.")
        for k, m in enumerate(present)})
    Vot.record_votes(s, actor, trip, {m.id: (FOR if k < 2 else AGAINST, "")
                                     for k, m in enumerate(present)}, mayor_tiebreak=FOR)
    Out.draft_outcome(s, actor, pdlc, "COUNCIL_AGREEMENT")
    Vot.set_closing_time(s, actor, sid, "12:40")
    return {"id": sid, "council": council, "regs": regs, "present": present}


def _not_installed(s, actor) -> int:
    form = ss.new_session_form(s, CONVENED_ON, EXTRAORDINARY)
    form.session_date = dt.date(2026, 12, 2)
    sid = ss.create_session(s, actor, form)
    Age.add_item(s, actor, sid, Age.ItemForm(title="Declarar en emergencia la vía Pisac–Taray"))
    Sum.convene(s, actor, sid, CONVENED_ON)
    council, _regs = _members(s, dt.date(2026, 12, 2))
    Att.record_attendance(s, actor, sid, {m.id: (PRESENT if k < 2 else ABSENT, "")
                                         for k, m in enumerate(council.members)})
    Att.record_not_installed(s, actor, sid)
    return sid


@pytest.fixture
def held(demo_people):
    with demo_people.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        info = _held_session(s, actor)
    return demo_people, info


# --- summonses -------------------------------------------------------------------------------

def test_all_summonses_one_per_page_with_everything_the_practice_asks(held):
    opened, info = held
    with opened.db.session() as s:
        rows = Sum.summonses(s, info["id"])
        pdf, name = cd.summons_pdf(s, info["id"])
    pages = _pages(pdf)
    assert name == "citaciones-SO-01-2026.pdf"
    # The 5 regidores and the gerente municipal: the alcalde convenes, the secretaria attends
    # by office (neither is summoned).
    assert len(rows) == 6 and len(pages) == len(rows)
    for row, page in zip(rows, pages, strict=True):
        assert row.number_text in page  # on one line: never split at a hyphen or a space
        assert row.addressee_name in page
        assert "Página 1 de 1" in page  # numbered per summons, not across the addressees
    first = pages[0]
    for words in ("MUNICIPALIDAD DISTRITAL DE PISAC",
                  "“Año de la Esperanza y el Fortalecimiento de la Democracia”",
                  "CITACIÓN N° 001-2026-SG-MDP", "Pisac, 23 de noviembre de 2026",
                  f"{rows[0].addressee_name}",
                  "Regidora de la Municipalidad Distrital de Pisac", "Presente.-",
                  "SESIÓN ORDINARIA N° 01-2026", "jueves 26 de noviembre de 2026",
                  "10:00 horas", "Salón de Sesiones del Palacio Municipal", "Presencial",
                  "AGENDA:", "I. DESPACHO", "II. INFORMES", "III. PEDIDOS", "IV. ORDEN DEL DÍA",
                  f"1. {HOSTILE}", "1. Aprobar el Plan de Desarrollo Local Concertado 2027-2030",
                  "Informe N° 112-2026-OPP-MDP", "3. Autorizar el viaje del alcalde a Lima",
                  "la Oficina de Secretaría General", "ALCALDE",
                  "CARGO DE RECEPCIÓN — CITACIÓN N° 001-2026-SG-MDP",
                  "Recibido por (nombre):", "DNI:", "Fecha:", "Hora:", "Firma:"):
        assert words in first, words
    regidora = next(p for p in pages if "Regidora de la Municipalidad" in p)
    assert "Señora:" in regidora
    assert "Gerente Municipal de la Municipalidad Distrital de Pisac" in pages[-1]
    assert not any("Alcalde de la Municipalidad" in p or "Secretaria General de la Munici"
                   in p for p in pages)
    # Numbered within each station in the order shown: IV. ORDEN DEL DÍA 1. 2. 3.
    agenda = first[first.index("IV. ORDEN DEL DÍA"):]
    assert re.findall(r"(?<![\d-])([1-9])\. ", agenda)[:3] == ["1", "2", "3"]


def test_one_summons_alone_and_the_secretary_signing_by_order(held):
    opened, info = held
    with opened.db.session() as s:
        Set.council_settings(s).summons_signer = "secretary"
        row = Sum.summonses(s, info["id"])[2]
        pdf, name = cd.summons_pdf(s, info["id"], row.id)
        with pytest.raises(DomainError):
            cd.summons_pdf(s, info["id"], 999_999)
    pages = _pages(pdf)
    assert name == f"citacion-{row.number:03d}-2026.pdf" and len(pages) == 1
    assert row.number_text in pages[0] and row.addressee_name in pages[0]
    assert "Por orden del señor alcalde" in pages[0]
    assert "Abog. Marleny Huillca Sutta SECRETARIA GENERAL" in pages[0]


def test_an_extraordinaria_lists_its_fixed_agenda_without_stations(demo_people):
    with demo_people.db.session() as s:
        sid = _not_installed(s, demo_actor(s, "mhuillca"))
        text = _text(cd.summons_pdf(s, sid)[0])
    assert "SESIÓN EXTRAORDINARIA N° 01-2026" in text
    assert "1. Declarar en emergencia la vía Pisac–Taray" in text
    assert "DESPACHO" not in text


def test_twelve_summonses_in_one_pdf(held):
    """Their time is budgeted in bench/run.py (convocar una sesión con 12 citados), not here."""
    opened, info = held
    with opened.db.session() as s:
        batch = cd.summons_batch(s, info["id"])
    docs = (batch.summonses * 2)[:12]
    batch = dataclasses.replace(batch, summonses=docs)
    pdf = render_summonses(batch)
    assert len(_pages(pdf)) == 12


# --- attendance, votes, summary --------------------------------------------------------------

def test_attendance_sheet_for_signatures(held):
    opened, info = held
    with opened.db.session() as s:
        pdf, name = cd.attendance_pdf(s, info["id"])
    text = _text(pdf)
    assert name == "asistencia-SO-01-2026.pdf"
    for words in ("HOJA DE ASISTENCIA", "SESIÓN ORDINARIA N° 01-2026 DEL CONCEJO MUNICIPAL",
                  "jueves 26 de noviembre de 2026", "Hora de inicio:", "10:05 horas",
                  "12:40 horas", "Realizada", "Nombres y apellidos", "Firma",
                  "Prof. Julián Quispe Huamán Alcalde Presente",
                  f"{info['regs'][0].name} Regidora Tardanza 10:20",
                  f"{info['regs'][-1].name} Regidor Ausente",
                  "FUNCIONARIOS INVITADOS", "CPC Wilber Ccahua Yupanqui Gerente Municipal",
                  "Miembros hábiles: 6 — Quórum: 4 — Presentes: 5"):
        assert words in text, words
    assert "NO INSTALADA" not in text


def test_attendance_sheet_of_a_session_not_installed(demo_people):
    with demo_people.db.session() as s:
        sid = _not_installed(s, demo_actor(s, "mhuillca"))
        text = _text(cd.attendance_pdf(s, sid)[0])
    assert "SESIÓN NO INSTALADA POR FALTA DE QUÓRUM" in text
    assert "No instalada por falta de quórum" in text
    assert "Miembros hábiles: 6 — Quórum: 4 — Presentes: 2" in text


def test_vote_sheet_per_member_with_totals_tie_break_and_result(held):
    opened, info = held
    with opened.db.session() as s:
        pdf, name = cd.votes_pdf(s, info["id"])
    text = _text(pdf)
    assert name == "votaciones-SO-01-2026.pdf"
    assert HOSTILE not in text  # Despacho is not voted
    for words in ("HOJA DE VOTACIÓN",
                  "PUNTO 2. Aprobar el Plan de Desarrollo Local Concertado 2027-2030",
                  "Mayoría requerida: Mayoría simple de los asistentes",
                  "A favor En contra Abstención", "TOTAL 4 0 0", "Resultado: APROBADO",
                  "Mayoría simple de los asistentes: se requieren 3 votos a favor de 4 regidores presentes.",
                  "Documento: Borrador de Acuerdo de Concejo",
                  "Dos tercios del número legal de miembros", "TOTAL 3 1 0",
                  "Falta el saneamiento físico legal.", "Resultado: DESAPROBADO",
                  "Dos tercios del número legal de miembros: se requieren 4 votos a favor de 6.",
                  "TOTAL 2 2 0", "Voto dirimente del alcalde: A favor",
                  "Empate: dirime el voto del alcalde (a favor).", "No asistió (ausente).",
                  "SECRETARIA GENERAL",
                  # The council's simple-majority rule, with its legal note (issue 11).
                  "Regla aplicada: mayoría de los asistentes, en la que la abstención no suma a "
                  "favor (art. 112 del TUO de la Ley N° 27444 y Reglamento Interno del Concejo)"):
        assert words in text, words
    with opened.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        Set.save_council_settings(s, actor, dataclasses.replace(Set.settings_form(s),
                                                               simple_majority="cast"))
        text = _text(cd.votes_pdf(s, info["id"])[0])
        acta = mn.draft_text(s, s.get(CouncilSession, info["id"]))
    for paper in (text, acta):
        assert "Regla aplicada: mayoría de los votos emitidos, sin contar las abstenciones" \
            in paper


def test_session_summary(held):
    opened, info = held
    with opened.db.session() as s:
        pdf, name = cd.summary_pdf(s, info["id"])
    text = _text(pdf)
    assert name == "resumen-SO-01-2026.pdf"
    for words in ("RESUMEN DE SESIÓN", "Realizada", "Convocada el: 23 de noviembre de 2026",
                  "Citaciones: 6 (N° 001 al 006-2026); 0 entregadas",
                  "Miembros hábiles: 6 — Quórum: 4 — Presentes: 5",
                  f"No asistieron: {info['regs'][-1].name} (Regidor): Ausente",
                  HOSTILE, "APROBADO", "DESAPROBADO", "borrador",
                  "dirime el alcalde (a favor)"):
        assert words in text, words


# --- the acta --------------------------------------------------------------------------------

def test_acta_heading_registration_body_and_signers(held):
    opened, info = held
    with opened.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        with pytest.raises(DomainError):
            minutes_paper.minutes_pdf(s, info["id"])
        minutes_id = mn.draft_minutes(s, actor, info["id"])
        draft = _text(minutes_paper.minutes_pdf(s, info["id"])[0])
        body = mn.minutes_of(s, info["id"]).body.replace(
            "[Deliberación: complete aquí lo tratado.]", "Se debatió el asunto & <otros>.")
        mn.save_body(s, actor, minutes_id, "ORDEN DEL DÍA:\n\n" + body)
        mn.close_minutes(s, actor, minutes_id)
        book = B.save_book(s, actor, B.BookForm(2, "Notario Juan Pérez Ríos",
                                                  dt.date(2026, 1, 5), 200))
        with pytest.raises(ValidationFailed, match="El acta impresa ocupa"):
            B.register_in_book(s, actor, minutes_id, book, 9, 45)  # issue 11: 1 page, 4 folios
        registered = B.register_in_book(s, actor, minutes_id, book, None, 45)
        mn.set_extra_signers(s, actor, minutes_id, [info["regs"][0].id])
        pdf, name = minutes_paper.minutes_pdf(s, info["id"])
        Set.save_council_settings(s, actor, dataclasses.replace(
            Set.settings_form(s), minutes_signers="mayor_secretary"))
        other_rule = _text(minutes_paper.minutes_pdf(s, info["id"])[0])
    text, pages = _text(pdf), _pages(pdf)
    assert "BORRADOR" in draft and "BORRADOR" not in text
    assert name == "acta-SO-01-2026.pdf"
    # The range registered is the pages printed; each page prints its folio; the last page
    # closes its blank space.
    last = 45 + len(pages) - 1
    assert (registered.first_folio, registered.last_folio) == (45, last)
    for n, page in enumerate(pages):
        assert f"FOLIO N° {45 + n:03d}" in page
    assert "—— espacio en blanco ——" in pages[-1]
    assert "espacio en blanco" not in " ".join(pages[:-1])
    for words in ("ACTA DE LA SESIÓN ORDINARIA N° 01-2026",
                  f"Acta N° 1 — Libro de Actas N° 2 — Folios 45 al {last}",
                  "ORDEN DEL DÍA:", "Se debatió el asunto & <otros>.",
                  "firmando los asistentes en señal de conformidad."):
        assert words in text, words
    # One line per attendee (the closing says "los asistentes"), the secretary last.
    signatures = text.split("en señal de conformidad.", 1)[1].split("—— espacio")[0]
    assert signatures.strip().startswith("Prof. Julián Quispe Huamán")
    for member in info["present"]:
        assert member.name in signatures
    assert signatures.count("REGIDOR") == len(info["present"])
    assert "Abog. Marleny Huillca Sutta" in signatures
    assert info["regs"][-1].name not in signatures  # absent
    # Other RIC rule: the alcalde and the secretary first, then dissenters and who asked.
    signatures = other_rule.split("en señal de conformidad.", 1)[1]
    assert signatures.strip().startswith("Prof. Julián Quispe Huamán Abog. Marleny Huillca "
                                         "Sutta ALCALDE SECRETARIA GENERAL")
    dissenters = [m for k, m in enumerate(info["present"]) if k >= 2]  # voted against
    for member in [info["regs"][0], *dissenters]:  # and the one who asked to sign
        assert member.name in signatures
    assert info["regs"][1].name not in signatures


def test_acta_of_late_summonses_and_of_an_extraordinaria(demo_people):
    """Issue 11: an acta does not claim "citaciones notificadas conforme a ley" when summonses
    were late or pending: it states the reason recorded at installation, or the emergency; an
    extraordinaria's acta approves no previous acta unless that is on its agenda."""
    with demo_people.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        ordinary = _held_session(s, actor)  # summonses never delivered: installed with WAIVER
        first = mn.draft_minutes(s, actor, ordinary["id"])
        body = s.get(Minutes, first).body
        assert "conforme a ley" not in body
        assert ("convocada mediante 6 citaciones, 6 sin constancia de entrega; al instalarse "
                "la sesión se dejó constancia de lo siguiente: Los regidores notificados") in body
        form = ss.new_session_form(s, CONVENED_ON, EXTRAORDINARY)
        form.session_date = dt.date(2026, 11, 27)
        sid = ss.create_session(s, actor, form)
        Age.add_item(s, actor, sid, Age.ItemForm(title="Declarar en emergencia la vía"))
        summons = Sum.convene(s, actor, sid, CONVENED_ON)
        Sum.note_emergency(s, actor, sid, "Huaico del 22/11/2026 (Informe N° 30-2026-DC-MDP).")
        for summons_id in summons:
            Sum.record_delivery(s, actor, summons_id, Sum.DeliveryForm(
                dt.datetime(2026, 11, 24, 9), "Juan Quispe Mamani"))
        council, _regs = _members(s, dt.date(2026, 11, 27))
        Att.record_attendance(s, actor, sid, {m.id: (PRESENT, "") for m in council.members})
        Att.install(s, actor, sid, "10:00", clock=on_day(s, sid))  # the emergency: no reason
        body = mn.draft_text(s, s.get(CouncilSession, sid))
    assert ("convocada mediante 6 citaciones, 6 notificadas con menor anticipación que la "
            "prevista, con carácter de urgencia en atención a: Huaico del 22/11/2026") in body
    assert "ACTA ANTERIOR" not in body  # the ordinaria's acta is not on its agenda


# --- allowances# --- allowances ------------------------------------------------------------------------------

def _hold(s, actor, day: dt.date, kind: str, marks: dict, install: bool = True) -> int:
    form = ss.new_session_form(s, day, kind)
    form.session_date = day
    sid = ss.create_session(s, actor, form)
    if kind != SOLEMN:
        Age.add_item(s, actor, sid, Age.ItemForm(title=f"Asunto del {day:%d/%m}"))
    Sum.convene(s, actor, sid, day - dt.timedelta(days=7))
    Att.record_attendance(s, actor, sid, marks)
    if install:
        Att.install(s, actor, sid, "10:00", WAIVER, clock=on_day(s, sid))
    else:
        Att.record_not_installed(s, actor, sid)
    return sid


def test_allowances_pay_at_most_four_sessions_attended_a_month(demo_people, tmp_path):
    with demo_people.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        council, regs = _members(s, dt.date(2026, 11, 3))
        keen, absent_once = regs[0], regs[1]
        everyone = {m.id: (PRESENT, "") for m in council.members}
        days = [(dt.date(2026, 11, 3), ORDINARY), (dt.date(2026, 11, 5), EXTRAORDINARY),
                (dt.date(2026, 11, 10), ORDINARY), (dt.date(2026, 11, 12), SOLEMN),
                (dt.date(2026, 11, 17), ORDINARY)]
        for n, (day, kind) in enumerate(days):
            marks = dict(everyone)
            if n == 1:
                marks[absent_once.id] = (ABSENT, "")
            if n == 2:
                marks[keen.id] = (LATE, "10:30")
            _hold(s, actor, day, kind, marks)
        # Not installed: nobody is paid for it.
        _hold(s, actor, dt.date(2026, 11, 19), EXTRAORDINARY,
              {m.id: (PRESENT if m.id == keen.id else ABSENT, "") for m in council.members},
              install=False)
        month = al.monthly_allowances(s, 2026, 11)
        pdf, pdf_name = al.allowances_pdf(s, 2026, 11)
        xlsx, xlsx_name = al.allowances_xlsx(s, 2026, 11)
        october = al.monthly_allowances(s, 2026, 10)
    lines = {line.member_id: line for line in month.lines}
    assert council.mayor.id not in lines and len(lines) == 5
    assert len(lines[keen.id].attended) == 5 and len(lines[keen.id].payable) == 4
    assert [a.date.day for a in lines[keen.id].payable] == [3, 5, 10, 12]  # the first four
    assert len(lines[absent_once.id].attended) == 4 and len(lines[absent_once.id].payable) == 4
    assert month.total_payable == 20 and month.total_attended == 24
    assert october.total_attended == 0
    text = _text(pdf)
    assert pdf_name == "dietas-2026-11.pdf" and xlsx_name == "dietas-2026-11.xlsx"
    for words in ("DIETAS DE LOS REGIDORES", "noviembre de 2026", "artículo 12",
                  "Sesiones realizadas en el mes: 5", f"{keen.name} Regidora 5 4",
                  "TOTAL 24 20", "SO-01-2026 (03/11)", "Pagables:"):
        assert words in text, words
    assert "SE-02-2026" not in text  # the session not installed
    # A paper to be signed: place and date above the signature, not "Generado el … hh:mm".
    assert "Pisac, 21 de noviembre de 2026" in text and "Generado" not in text
    sheet = load_workbook(io.BytesIO(xlsx)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=7)]
    assert rows[0][:5] == [1, keen.name, "Regidora", 5, 4]
    assert rows[-1][1:5] == ["TOTAL", None, 24, 20]


# --- export and audit ------------------------------------------------------------------------

def test_yearly_export_writes_a_folder_per_session(held, tmp_path):
    opened, info = held
    with opened.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        mn.draft_minutes(s, actor, info["id"])
        _not_installed(s, actor)
        programmed = ss.new_session_form(s, CONVENED_ON, SOLEMN)
        programmed.session_date = dt.date(2026, 12, 8)
        ss.create_session(s, actor, programmed)
        result = export_year(s, actor, 2026, tmp_path / "archivo")
    folder = tmp_path / "archivo" / "sesiones"
    assert result.sessions == 3
    assert sorted(p.name for p in folder.iterdir()) == ["SE-01-2026", "SO-01-2026",
                                                        "SS-01-2026"]
    assert sorted(p.name for p in (folder / "SO-01-2026").iterdir()) == [
        "acta.pdf", "asistencia.pdf", "citaciones.pdf", "resumen.pdf", "votaciones.pdf"]
    assert sorted(p.name for p in (folder / "SE-01-2026").iterdir()) == [
        "asistencia.pdf", "citaciones.pdf", "resumen.pdf"]
    assert sorted(p.name for p in (folder / "SS-01-2026").iterdir()) == ["resumen.pdf"]
    summonses = PdfReader(str(folder / "SO-01-2026" / "citaciones.pdf"))
    assert len(summonses.pages) == 6


def test_printing_is_audited(held):
    opened, info = held
    with opened.db.session() as s:
        actor = demo_actor(s, "consulta")
        row = Sum.summonses(s, info["id"])[0]
        cd.record_print(s, actor, "attendance", "impresora", session_id=info["id"])
        cd.record_print(s, actor, "summons", "archivo PDF", summons_id=row.id)
        cd.record_print(s, actor, "allowances", "Excel", period=(2026, 11))
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(3)).all()
    allowances, summons, attendance = entries
    assert all(e.action == "print" and e.username == "consulta" for e in entries)
    assert (attendance.entity, summons.entity) == ("council_session", "summons")
    assert "Hoja de asistencia" in attendance.changes and "SESIÓN ORDINARIA" in attendance.changes
    assert row.number_text in summons.changes
    assert "11/2026" in allowances.changes


def test_a_long_agenda_takes_two_pages_per_summons_numbered_on_their_own(held):
    from pisac_desktop.reports.council.common import AgendaEntry, AgendaSection

    opened, info = held
    with opened.db.session() as s:
        batch = cd.summons_batch(s, info["id"])
    long_word = "x" * 3000  # nothing is dropped, nothing breaks the layout
    items = tuple(AgendaEntry(n, f"Asunto {n} <b>literal</b> & {'largo ' * 30}")
                  for n in range(1, 25)) + (AgendaEntry(25, long_word),)
    batch = dataclasses.replace(batch, summonses=batch.summonses[:2],
                                agenda=(AgendaSection("Orden del Día", items),))
    pages = _pages(render_summonses(batch))
    assert len(pages) >= 4
    numbers = [re.search(r"Página (\d+) de (\d+)", p).groups() for p in pages]
    half = len(pages) // 2
    assert numbers[:half] == [(str(n), str(half)) for n in range(1, half + 1)]
    assert numbers[half:] == numbers[:half]  # the second summons starts again at 1
    text = " ".join(pages)
    assert "Asunto 7 <b>literal</b> &" in text
    assert text.replace(" ", "").count("x") >= 2 * 3000
    assert text.count("CARGO DE RECEPCIÓN") == 2


def test_an_emergency_extraordinaria_states_the_exception_and_items_follow_the_shown_order(
        demo_people):
    """Issue 11: the citación of an extraordinaria kept on its date despite the short notice
    states the exception; items are numbered 1, 2, ... in the order shown after a move."""
    with demo_people.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        form = ss.new_session_form(s, CONVENED_ON, EXTRAORDINARY)
        form.session_date = dt.date(2026, 11, 26)
        sid = ss.create_session(s, actor, form)
        Age.add_item(s, actor, sid, Age.ItemForm(title="Primero agregado"))
        moved = Age.add_item(s, actor, sid, Age.ItemForm(title="Declarar la emergencia vial"))
        Age.move_item(s, actor, moved, -1)
        Sum.convene(s, actor, sid, CONVENED_ON)
        plain = _text(cd.summons_pdf(s, sid)[0])
        Sum.note_emergency(s, actor, sid, "Huaico en la vía Pisac–Taray (Informe N° 30-2026-"
                                         "DC-MDP)")
        pages = _pages(cd.summons_pdf(s, sid)[0])
    assert "carácter de urgencia" not in plain
    for page in pages:
        assert ("Carácter de la convocatoria: sesión extraordinaria convocada con carácter de "
                "urgencia, por excepción al plazo de 5 días hábiles de anticipación, en "
                "atención a: Huaico en la vía Pisac–Taray") in page
        assert page.index("1. Declarar la emergencia vial") < page.index("2. Primero agregado")


def test_a_session_before_the_decree_that_names_the_year_prints_the_previous_name(demo):
    """2026's name was given on 22 January 2026: the papers of a session of early January
    carry 2025's name, those after it carry 2026's."""
    with demo.db.session() as s:
        of_2026 = list(s.scalars(select(CouncilSession).where(CouncilSession.year == 2026)
                                 .order_by(CouncilSession.session_date)))
        early = next(x for x in of_2026 if x.session_date < dt.date(2026, 1, 22))
        later = next(x for x in of_2026 if x.session_date > dt.date(2026, 1, 22))
        assert "recuperación" in cd.session_info(s, early).letterhead.year_name
        assert "Esperanza" in cd.session_info(s, later).letterhead.year_name
