"""The crest (escudo) of the letterhead: decoded and bounded on upload, checked before printing.

Its first bytes prove nothing: a truncated PNG or a 20000 x 20000 "decompression bomb" starts
like any PNG, and the letterhead then printed without a crest (or took 700 MB to decode a
9000 x 9000 image). So an upload is decoded in full with Pillow within bounds (file size,
side, pixels); an image larger than STORED_SIDE is scaled down and stored as PNG (the printed
crest is 22 mm wide: 260 px at 300 dpi). drawing_problem() tells whether a stored crest can be
drawn, for the overview's pending list and the settings dialog.
"""

from __future__ import annotations

import io
import warnings
from functools import lru_cache

MAX_CREST_BYTES = 2 * 1024 * 1024
MAX_SIDE = 4000  # pixels, either side, of an uploaded image
MAX_PIXELS = MAX_SIDE * MAX_SIDE
STORED_SIDE = 1024  # larger images are scaled down to this before they are stored
FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}
NOT_AN_IMAGE = "El archivo elegido no es una imagen PNG o JPG: guárdelo en uno de esos formatos."
DAMAGED = ("Mientras tanto los documentos se imprimen sin escudo: cárguelo de nuevo en "
           "Configuración > Datos de la institución.")


class CrestError(ValueError):
    """The image cannot be the crest; the message is Spanish, for the clerk."""


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


def weight_problem(size: int) -> str | None:
    """The message for a file of `size` bytes, when that is too heavy for a crest."""
    if size <= MAX_CREST_BYTES:
        return None
    return (f"La imagen del escudo pesa {_megabytes(size)} MB y el máximo es "
            f"{_megabytes(MAX_CREST_BYTES)} MB: use una más liviana.")


def decode(data: bytes):
    """The image, decoded in full and checked (a PIL Image). Raises CrestError."""
    from PIL import Image

    too_heavy = weight_problem(len(data))
    if too_heavy:
        raise CrestError(too_heavy)
    if not data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
        raise CrestError(NOT_AN_IMAGE)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:  # reads the header only
                _check_size(probe.size)
                probe.verify()  # PNG: every chunk and its checksum
            image = Image.open(io.BytesIO(data))
            _check_size(image.size)
            if image.format not in FORMATS:
                raise CrestError(NOT_AN_IMAGE)
            image.load()  # a truncated file fails here
    except CrestError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise CrestError("La imagen del escudo es demasiado grande para decodificarla: use una "
                         f"de {MAX_SIDE} × {MAX_SIDE} píxeles como máximo.") from exc
    except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError... for bad data
        raise CrestError("La imagen del escudo está dañada o incompleta (no se pudo leer "
                         "entera): vuelva a guardarla o exportarla como PNG o JPG.") from exc
    return image


def _check_size(size: tuple[int, int]) -> None:
    width, height = size
    if width < 1 or height < 1:
        raise CrestError("La imagen del escudo está vacía.")
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise CrestError(f"La imagen del escudo mide {width} × {height} píxeles y el máximo es "
                         f"{MAX_SIDE} × {MAX_SIDE}: redúzcala (basta con {STORED_SIDE} × "
                         f"{STORED_SIDE}).")


def prepare(data: bytes) -> tuple[bytes, str]:
    """What to store for an uploaded crest: the same bytes, or a scaled-down PNG when larger
    than STORED_SIDE; and its MIME type. Raises CrestError."""
    from PIL import Image

    image = decode(data)
    if max(image.size) <= STORED_SIDE:
        return data, FORMATS[image.format]
    mode = "RGBA" if image.mode in ("RGBA", "LA", "P", "PA") else "RGB"
    image = image.convert(mode)
    image.thumbnail((STORED_SIDE, STORED_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue(), "image/png"


def problem(data: bytes | None) -> str | None:
    """Why `data` cannot be the crest (Spanish), or None when it can (or there is none)."""
    if data is None:
        return None
    try:
        decode(data)
    except CrestError as exc:
        return str(exc)
    return None


@lru_cache(maxsize=4)
def drawing_problem(data: bytes | None) -> str | None:
    """For a stored crest: the clerk's warning when it cannot be drawn, else None."""
    found = problem(data)
    return None if found is None else f"{found} {DAMAGED}"
