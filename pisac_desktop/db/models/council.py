from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pisac_desktop.db.base import Base

ROLE_MAYOR = "mayor"
ROLE_COUNCILLOR = "councillor"


class Term(Base):
    """Período municipal, e.g. 2023-2026."""

    __tablename__ = "term"

    id: Mapped[int] = mapped_column(primary_key=True)
    start_year: Mapped[int] = mapped_column(Integer, unique=True)
    end_year: Mapped[int] = mapped_column(Integer)
    # Regidores elected (LOM / Ley de Elecciones Municipales: 5 in districts under 25,000).
    councillor_seats: Mapped[int] = mapped_column(Integer, default=5)

    members: Mapped[list[CouncilMember]] = relationship(
        back_populates="term", order_by="CouncilMember.position"
    )

    @property
    def label(self) -> str:
        return f"{self.start_year}-{self.end_year}"


class CouncilMember(Base):
    """Alcalde (role 'mayor') or regidor (role 'councillor') of one term."""

    __tablename__ = "council_member"
    __table_args__ = (UniqueConstraint("term_id", "dni"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("term.id"))
    role: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(40), default="")
    full_name: Mapped[str] = mapped_column(String(200))
    dni: Mapped[str] = mapped_column(String(8))
    political_party: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    feminine: Mapped[bool] = mapped_column(Boolean, default=False)  # Regidora, Alcaldesa

    term: Mapped[Term] = relationship(back_populates="members")
