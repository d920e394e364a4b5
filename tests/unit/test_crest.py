"""The crest is decoded and bounded on upload; a stored crest that cannot be drawn is said."""

import io
import logging
import struct
import zlib
from functools import lru_cache

import pytest
from PIL import Image
from pypdf import PdfReader

from pisac_desktop.core import crest
from pisac_desktop.core.errors import ValidationFailed
from pisac_desktop.core.institution import configuration_pending
from pisac_desktop.core.institution_settings import load_settings, save_settings
from pisac_desktop.core.permissions import Actor, Role
from pisac_desktop.db.models import Institution
from pisac_desktop.paths import resource
from pisac_desktop.reports import letterhead
from pisac_desktop.reports.instrument import Letterhead, render_instrument
from pisac_desktop.reports.instrument_doc import InstrumentDoc
from tests.conftest import TODAY

ADMIN = Actor(None, "admin", "Administrador", frozenset({Role.ADMIN}), "PC-ADMIN")


def _png(width: int, height: int, mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height), "white").save(out, format="PNG")
    return out.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@lru_cache
def _bomb(side: int = 20_000) -> bytes:
    """A valid 1-bit PNG of side x side pixels, all white: a few kilobytes that decode to
    side² pixels (400 million for 20000)."""
    pack = zlib.compressobj(9)
    row = b"\x00" + b"\xff" * ((side + 7) // 8)
    idat = b"".join(pack.compress(row) for _ in range(side)) + pack.flush()
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0))
            + _chunk(b"IDAT", idat) + _chunk(b"IEND", b""))


SHIPPED = resource("icons", "escudo-provisional.png").read_bytes()


def test_a_good_crest_is_kept_as_it_is():
    assert crest.prepare(SHIPPED) == (SHIPPED, "image/png")
    jpeg = io.BytesIO()
    Image.new("RGB", (300, 400), "red").save(jpeg, format="JPEG")
    assert crest.prepare(jpeg.getvalue()) == (jpeg.getvalue(), "image/jpeg")


def test_a_large_but_valid_image_is_scaled_down_to_a_png():
    data, mime = crest.prepare(_png(3000, 2000, "RGBA"))
    assert mime == "image/png"
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (1024, 683) and image.format == "PNG" and image.mode == "RGBA"


@pytest.mark.parametrize("data, words", [
    (SHIPPED[:len(SHIPPED) // 2], "dañada o incompleta"),  # truncated
    (SHIPPED[:60], "dañada o incompleta"),
    (SHIPPED[:33] + b"\x00" * 40 + SHIPPED[73:], "dañada o incompleta"),  # a broken chunk
    (_bomb(), "demasiado grande"),  # 20000 x 20000: refused before decoding
    (_bomb(5000), "mide 5000 × 5000 píxeles y el máximo es 4000 × 4000"),
    (b"GIF89a" + b"\x00" * 100, "no es una imagen PNG o JPG"),
    (b"esto no es una imagen", "no es una imagen PNG o JPG"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * (2 * 1024 * 1024), "pesa 2,0 MB y el máximo es 2,0 MB"),
])
def test_a_bad_crest_is_refused_with_a_spanish_message(data, words):
    with pytest.raises(crest.CrestError) as refused:
        crest.prepare(data)
    assert words in str(refused.value)
    assert crest.problem(data) == str(refused.value)


def test_the_core_refuses_a_bomb_even_past_the_dialog(opened):
    with opened.db.session() as s:
        settings = load_settings(s)
    settings.general.crest = _bomb()
    with pytest.raises(ValidationFailed) as refused:
        with opened.db.session() as s:
            save_settings(s, settings, ADMIN)
    assert [(e.field, e.section) for e in refused.value.errors] == [("crest", "general")]
    with opened.db.session() as s:
        assert s.get(Institution, 1).crest is None


def test_a_damaged_stored_crest_is_pending_and_prints_with_a_logged_warning(opened, caplog):
    damaged = SHIPPED[:len(SHIPPED) // 2]
    with opened.db.session() as s:  # as stored before uploads were decoded
        s.get(Institution, 1).crest = damaged
    with opened.db.session() as s:
        pending = {p.label: p.detail for p in configuration_pending(s, TODAY)}
    assert "El escudo guardado no se puede imprimir" in pending
    detail = pending["El escudo guardado no se puede imprimir"]
    assert "dañada o incompleta" in detail and "se imprimen sin escudo" in detail

    letterhead._crest_reader.cache_clear()
    doc = InstrumentDoc(Letterhead("Municipalidad Distrital de Pisac", crest=damaged),
                        "RESOLUCIÓN N° 1", "Pisac, 21 de noviembre de 2026",
                        articles=[("ARTÍCULO PRIMERO.-", "Aprobar.")])
    with caplog.at_level(logging.WARNING, logger="pisac_desktop.reports.base"):
        pdf = render_instrument(doc)
    assert "MUNICIPALIDAD DISTRITAL DE PISAC" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert any("El escudo no se puede dibujar" in r.getMessage() for r in caplog.records)


def test_printing_never_decodes_a_bomb(caplog):
    letterhead._crest_reader.cache_clear()
    with caplog.at_level(logging.WARNING, logger="pisac_desktop.reports.base"):
        assert letterhead._crest_reader(_bomb(5000)) is None
    assert "5000 × 5000" in caplog.text
    assert letterhead._crest_reader(SHIPPED) is not None


def test_a_good_stored_crest_is_not_pending(opened):
    with opened.db.session() as s:
        s.get(Institution, 1).crest = SHIPPED
    with opened.db.session() as s:
        labels = [p.label for p in configuration_pending(s, TODAY)]
    assert not any("escudo" in label.lower() for label in labels)
