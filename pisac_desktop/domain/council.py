"""The Concejo Municipal: terms and members. (Sessions, quorum and votes come later.)"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pisac_desktop.db.models import Term
from pisac_desktop.db.models.council import ROLE_MAYOR


@dataclass(frozen=True)
class MemberView:
    role: str
    name: str
    dni: str
    political_party: str
    feminine: bool = False

    @property
    def role_label(self) -> str:
        if self.role == ROLE_MAYOR:
            return "Alcaldesa" if self.feminine else "Alcalde"
        return "Regidora" if self.feminine else "Regidor"


@dataclass(frozen=True)
class CouncilView:
    term_label: str
    councillor_seats: int
    members: list[MemberView]

    @property
    def legal_number(self) -> int:
        """Número legal: the alcalde plus the regidores' seats (6 at Pisac), not who is listed."""
        return self.councillor_seats + 1


def council_on(session: Session, on: dt.date) -> CouncilView | None:
    term = session.scalars(
        select(Term)
        .where(Term.start_year <= on.year, Term.end_year >= on.year)
        .options(selectinload(Term.members))
    ).first()
    if term is None:
        return None
    members = [
        MemberView(m.role, f"{m.title} {m.full_name}".strip(), m.dni, m.political_party,
                   m.feminine)
        for m in term.members
    ]
    return CouncilView(term.label, term.councillor_seats, members)
