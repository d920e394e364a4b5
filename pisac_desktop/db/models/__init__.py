"""All ORM models; importing this package registers every table on Base.metadata."""

from pisac_desktop.db.base import Base
from pisac_desktop.db.models.council import CouncilMember, Term
from pisac_desktop.db.models.institution import (
    AppMeta,
    Institution,
    Officeholder,
    OrgUnit,
    YearName,
)

__all__ = [
    "AppMeta",
    "Base",
    "CouncilMember",
    "Institution",
    "Officeholder",
    "OrgUnit",
    "Term",
    "YearName",
]
