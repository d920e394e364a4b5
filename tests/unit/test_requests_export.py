"""`export --year` writes every register of the requests that had entries in the year under
solicitudes/: recursos, the complaint book with its figures, councillors' requests and the
fedatarios' log, as PDF (read back by text) and Excel."""

import datetime as dt

from openpyxl import load_workbook

from pisac_desktop.db.models.requests import RECONSIDERATION
from pisac_desktop.demo import demo_actor
from pisac_desktop.export import export_year
from pisac_desktop.requests import appeals, councillors, fedatarios
from tests.unit.conftest import unit_id
from tests.unit.test_appeals import _act, _filing
from tests.unit.test_complaints import _register as _complaint
from tests.unit.test_complaints import _text
from tests.unit.test_councillor_requests import _members
from tests.unit.test_fedatarios import _copy, _officer


def test_the_year_export_writes_each_register_of_the_requests(office, tmp_path):
    with office.db.session() as s:
        act = _act(s, "MAYOR_RESOLUTION", "mhuillca", dt.date(2026, 10, 14))
        s.info["clock"].set(dt.date(2026, 11, 20))
        appeals.register_appeal(s, demo_actor(s, "echoque"), _filing(), appeals.AppealDetails(
            RECONSIDERATION, act, dt.date(2026, 10, 15)))
        _complaint(s, dt.date(2026, 11, 23))
        councillors.register_request(s, demo_actor(s, "mhuillca"),
                                     councillors.CouncillorRequestForm(
                                         _members(s)[0].id, "information", "Relación de obras",
                                         unit_id(s, "ADMINISTRATION")))
        fedatarios.authenticate(s, demo_actor(s, "echoque"), _copy(officer_id=_officer(s)))
    with office.db.session() as s:
        result = export_year(s, demo_actor(s, "mhuillca"), 2026, tmp_path)
    folder = result.folder / "solicitudes"
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{stem}-2026.{ext}" for stem in ("registro-recursos", "libro-reclamaciones",
                                          "pedidos-regidores", "registro-fedatarios")
        for ext in ("pdf", "xlsx"))
    recursos = _text((folder / "registro-recursos-2026.pdf").read_bytes())
    for expected in ("Registro de recursos administrativos 2026", "Recurso de reconsideración",
                     "María Quispe Mamani", "RESOLUCIÓN DE ALCALDÍA N° 001-2026-MDP/A", "Sí",
                     "Alcalde", "En trámite"):
        assert expected in recursos, expected
    book = _text((folder / "libro-reclamaciones-2026.pdf").read_bytes())
    assert "HOJA DE RECLAMACIÓN N° 001-2026" in book and "Reclamos recibidos 1" in book
    assert "Relación de obras" in _text((folder / "pedidos-regidores-2026.pdf").read_bytes())
    log = _text((folder / "registro-fedatarios-2026.pdf").read_bytes())
    assert "0001-2026" in log and "Partida de nacimiento de Luz Quispe Mamani" in log
    rows = list(load_workbook(folder / "libro-reclamaciones-2026.xlsx")["Registro"]
                .iter_rows(values_only=True))
    assert rows[0][0] == "Hoja" and rows[1][0] == "HOJA DE RECLAMACIÓN N° 001-2026"
    assert rows[1][2] == dt.datetime(2026, 11, 23, 10, 0)


def test_the_gerencias_resumen_names_recursos_and_complaints_to_decide(office):
    from pisac_desktop.requests.pending import appeal_pending

    with office.db.session() as s:
        act = _act(s, "MANAGEMENT_RESOLUTION", "wccahua", dt.date(2026, 10, 1))
        s.info["clock"].set(dt.date(2026, 10, 5))
        recurso = appeals.register_appeal(s, demo_actor(s, "echoque"), _filing(),
                                          appeals.AppealDetails(RECONSIDERATION, act))
        complaint = _complaint(s, dt.date(2026, 11, 2))
        items = {i.label: i for i in appeal_pending(s, dt.date(2026, 11, 16))}
        assert items["Recurso por resolver que vence hasta el 18/11/2026"].target == recurso
        assert "Reclamo por responder vencido" not in items
        items = {i.label: i for i in appeal_pending(s, dt.date(2026, 12, 16))}
        assert items["Recurso por resolver vencido"].target == recurso
        assert items["Reclamo por responder que vence hasta el 18/12/2026"].target == complaint
        assert "Expedientes por recibir" not in items  # the bandeja's own, in Expedientes
