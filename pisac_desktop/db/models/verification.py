"""Verification codes printed on documents (código de verificación)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pisac_desktop.db.base import Base

# What a code was given to (one code per printed thing).
VERIFY_INSTRUMENT, VERIFY_CERTIFICATION = "instrument", "certification"
VERIFY_SUMMONS, VERIFY_MINUTES = "summons", "minutes"
VERIFY_NOTIFICATION = "notification"  # a cédula de notificación
VERIFY_CASE_FILE = "case_file"  # a cargo de recepción (the filing as registered)
VERIFY_UNIT_DOCUMENT = "unit_document"  # an oficio, carta, informe or memorándum


class VerificationCode(Base):
    """A random code printed (with its QR) in the footer of one issued document, certified
    copy, citación or acta, and the hash of its content at the time the code was given."""

    __tablename__ = "verification_code"
    __table_args__ = (UniqueConstraint("target", "target_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # 8 symbols, no prefix or dash
    target: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[int] = mapped_column(Integer)
    content_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
