from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pisac_desktop.db.base import Base


class AppMeta(Base):
    """Key/value facts about the database itself (e.g. the app version that last migrated it)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class Institution(Base):
    """Datos de la institución: a single row (id = 1) shared by every workstation."""

    __tablename__ = "institution"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    initials: Mapped[str] = mapped_column(String(20))
    ruc: Mapped[str] = mapped_column(String(11), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    province: Mapped[str] = mapped_column(String(100), default="")
    department: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    crest: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    crest_mime: Mapped[str | None] = mapped_column(String(40), nullable=True)
    # Optimistic lock: a save based on an older version is refused, so two workstations editing
    # the settings at once never silently undo each other's changes.
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )


class YearName(Base):
    """Denominación oficial del año (set by supreme decree), printed atop every document."""

    __tablename__ = "year_name"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(300))
    # The decree that gave the name and its date: documents dated before it carry the
    # previous year's name (empty date: the name holds from 1 January).
    decree: Mapped[str] = mapped_column(String(120), default="", server_default="")
    decree_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class OrgUnit(Base):
    """Unidad orgánica. Never deleted once referenced: deactivated instead."""

    __tablename__ = "org_unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stable code of the units the software knows (posts attach to them); survives renaming.
    code: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    abbreviation: Mapped[str] = mapped_column(String(20), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Officeholder(Base):
    """Who held a post (alcalde, gerente municipal, ...) from one date to another."""

    __tablename__ = "officeholder"

    id: Mapped[int] = mapped_column(primary_key=True)
    post: Mapped[str] = mapped_column(String(40), index=True)
    org_unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"), nullable=True)
    title: Mapped[str] = mapped_column(String(40), default="")
    full_name: Mapped[str] = mapped_column(String(200))
    dni: Mapped[str] = mapped_column(String(8))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    designation: Mapped[str] = mapped_column(String(200), default="")
    # Print the post in the feminine (Alcaldesa, Secretaria General, Jefa de ...).
    feminine: Mapped[bool] = mapped_column(Boolean, default=False)

    org_unit: Mapped[OrgUnit | None] = relationship()
