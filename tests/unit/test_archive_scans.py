"""Moving in (issue 20): the scanned archive attached in bulk — each file matched to its
document or acta by its name, a preview of matches, ambiguities and orphans, then attached
with its SHA-256; running it again attaches nothing twice."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import select

from pisac_desktop.core.permissions import PermissionDenied
from pisac_desktop.council import archive_scans as A
from pisac_desktop.council.members import council_on
from pisac_desktop.db.models import (
    AuditEntry,
    CouncilSession,
    InstrumentAttachment,
    Minutes,
    MinutesAttachment,
    MinutesBook,
)
from pisac_desktop.db.models.council import HELD, MINUTES_APPROVED, ORDINARY
from pisac_desktop.demo import demo_actor
from pisac_desktop.instruments import historic as H
from pisac_desktop.instruments.attachments import scan_content
from pisac_desktop.instruments.detail import instrument_detail
from tests import registers as R

FILES = [
    "2024/RA-005-2024.pdf",  # abbreviation
    "2024/RA 6-2024.pdf",  # unpadded number
    "2024/Resolución de Alcaldía 007-2024.pdf",  # title, accents
    "2024/RGM_003_2024.pdf",  # another kind, underscores
    "2024/Resolución 005-2024.pdf",  # RA 005-2024 or RGM 005-2024: ambiguous
    "2024/RA-099-2024.pdf",  # no such document: orphan
    "notas.txt",  # not a scan: orphan
    "actas/Libro 3 folio 45.pdf",  # the acta on folios 40 to 47 of book 3
    "actas/Acta 2024-03-15.pdf",  # the same acta, by its session's date
]


def _register(rows: list[tuple[str, str, str]]) -> bytes:
    lines = ["Número;Fecha;Sumilla"] + [";".join(r) for r in rows]
    return "\n".join(lines).encode("utf-8")


@pytest.fixture
def archive(demo_people):
    """Resoluciones de alcaldía 1-10 of 2024 and de gerencia 1-5 of 2024 (registros
    históricos), and an acta of 15/03/2024 registered on folios 40-47 of book 3."""
    with demo_people.db.session() as s:
        actor = demo_actor(s, "soporte")
        for kind, name, count in (("MAYOR_RESOLUTION", "ra.csv", 10),
                                  ("MANAGEMENT_RESOLUTION", "rgm.csv", 5)):
            H.import_register(s, actor, name, _register(
                [(f"{n:03d}-2024", f"{n + 1:02d}/02/2024", f"Resolución {n} de {kind}")
                 for n in range(1, count + 1)]), kind, 2024)
        book = MinutesBook(number=3, notary="Notaría Paredes, Cusco",
                           legalised_on=dt.date(2023, 1, 5), folio_count=200)
        held = CouncilSession(term_id=council_on(s, dt.date(2024, 3, 15)).term_id,
                              kind=ORDINARY, year=2024, number=5,
                              session_date=dt.date(2024, 3, 15), start_time="10:00",
                              place="Salón de Sesiones", state=HELD, created_by="prueba",
                              created_at=dt.datetime(2024, 3, 1))
        s.add_all([book, held])
        s.flush()
        acta = Minutes(session_id=held.id, body="Acta.", state=MINUTES_APPROVED,
                       book_id=book.id, acta_number=7, first_folio=40, last_folio=47)
        s.add(acta)
        s.flush()
        acta_id = acta.id
    return demo_people, acta_id


def test_the_folder_is_previewed_attached_with_its_hashes_and_never_twice(archive, tmp_path):
    opened, acta_id = archive
    folder = R.scan_folder(tmp_path / "escaneados", FILES)
    with opened.db.session() as s:
        preview = A.preview_scans(s, folder)
        by_name = {i.path: i for i in preview.items}
        assert len(preview.items) == len(FILES)
        matched = {p: i.target_label for p, i in by_name.items() if i.status == A.MATCHED}
        assert matched == {
            "2024/RA-005-2024.pdf": "RESOLUCIÓN DE ALCALDÍA N° 005-2024-MDP/A",
            "2024/RA 6-2024.pdf": "RESOLUCIÓN DE ALCALDÍA N° 006-2024-MDP/A",
            "2024/Resolución de Alcaldía 007-2024.pdf":
                "RESOLUCIÓN DE ALCALDÍA N° 007-2024-MDP/A",
            "2024/RGM_003_2024.pdf": "RESOLUCIÓN DE GERENCIA MUNICIPAL N° 003-2024-GM-MDP",
            "actas/Libro 3 folio 45.pdf":
                "Acta de la SESIÓN ORDINARIA N° 05-2024 del 15/03/2024, libro 3, folios 40 al 47",
            "actas/Acta 2024-03-15.pdf":
                "Acta de la SESIÓN ORDINARIA N° 05-2024 del 15/03/2024, libro 3, folios 40 al 47",
        }
        ambiguous = by_name["2024/Resolución 005-2024.pdf"]
        assert ambiguous.status == A.AMBIGUOUS
        assert "ALCALDÍA N° 005-2024" in ambiguous.reason and "GERENCIA MUNICIPAL" in \
            ambiguous.reason
        assert by_name["2024/RA-099-2024.pdf"].status == A.ORPHAN
        assert by_name["notas.txt"].status == A.ORPHAN
        assert "9 archivos: 6 por adjuntar, 0 ya adjuntos, 1 ambiguo (no se adjunta)" in preview.summary_text()
        with pytest.raises(PermissionDenied):
            A.attach_scans(s, demo_actor(s, "wccahua"), folder)
    with opened.db.session() as s:
        result = A.attach_scans(s, demo_actor(s, "mhuillca"), folder)
        assert (result.attached, result.already, result.ambiguous, result.orphans) == (
            6, 0, 1, 2)
    with opened.db.session() as s:
        stored = {a.file_name: a.sha256 for a in s.scalars(select(InstrumentAttachment))}
        assert stored == {name.split("/")[-1]: hashlib.sha256(
            (folder / name).read_bytes()).hexdigest() for name in matched
            if not name.startswith("actas/")}
        assert sorted(a.file_name for a in s.scalars(select(MinutesAttachment).where(
            MinutesAttachment.minutes_id == acta_id))) == ["Acta 2024-03-15.pdf",
                                                           "Libro 3 folio 45.pdf"]
        attached = s.scalars(select(AuditEntry).where(AuditEntry.action == "attach")).all()
        assert len(attached) == 7  # one per file, and the folder's
        # The document's detail lists it; it opens with its bytes.
        ra5 = s.scalar(select(InstrumentAttachment).where(
            InstrumentAttachment.file_name == "RA-005-2024.pdf"))
        detail = instrument_detail(s, ra5.instrument_id)
        assert [v.file_name for v in detail.scans] == ["RA-005-2024.pdf"]
        assert detail.historic and detail.state_label == "Registro histórico"
        assert "Importado de «ra.csv», fila 6" in detail.origin
        name, content = scan_content(s, demo_actor(s, "lsoncco"), ra5.id)
        assert name == "RA-005-2024.pdf" and content == (folder / FILES[0]).read_bytes()
    with opened.db.session() as s:
        again = A.preview_scans(s, folder)
        assert again.count(A.ALREADY) == 6 and again.count(A.MATCHED) == 0
        result = A.attach_scans(s, demo_actor(s, "mhuillca"), folder)
        assert result.attached == 0 and result.already == 6
    with opened.db.session() as s:
        assert len(s.scalars(select(InstrumentAttachment)).all()) == 4
