"""Officials invited to a council session (the gerente municipal, a head of office): recorded
with the attendance once the session is convened, never twice, and named in the acta as taking
part with voice and no vote."""

import datetime as dt

import pytest
from sqlalchemy import select

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.permissions import PermissionDenied
from pisac_desktop.council import minutes as M
from pisac_desktop.council import officials as O
from pisac_desktop.council import sessions as S
from pisac_desktop.db.models import AuditEntry, Minutes
from pisac_desktop.db.models.council import ORDINARY
from tests.unit.test_council_minutes import ADMIN, READER, held_session


def test_the_gerente_invited_is_named_in_the_acta(demo_people):
    with demo_people.db.session() as s:
        sid, _ = held_session(s, dt.date(2026, 11, 10))
        (manager, post), *_ = O.suggestions(s, dt.date(2026, 11, 10))
        assert post == "Gerente Municipal"
        oid = O.add_official(s, ADMIN, sid, manager, post, "10:20")
        O.add_official(s, ADMIN, sid, "Abg. Rosa Quispe Cusi",
                       "Jefa de la Oficina de Asesoría Jurídica")
        with pytest.raises(ValidationFailed) as refused:
            O.add_official(s, ADMIN, sid, manager, post)
        assert [e.field for e in refused.value.errors] == ["full_name"]
        with pytest.raises(ValidationFailed) as refused:
            O.add_official(s, ADMIN, sid, " ", " ", "diez")
        assert {e.field for e in refused.value.errors} == {"full_name", "post", "arrived_at"}
        with pytest.raises(PermissionDenied):
            O.add_official(s, READER, sid, "X", "Y")
        body = s.get(Minutes, M.draft_minutes(s, ADMIN, sid)).body
        assert (f"Participaron, con voz y sin voto: {manager}, Gerente Municipal (desde las "
                "10:20 horas); Abg. Rosa Quispe Cusi, Jefa de la Oficina de Asesoría "
                "Jurídica.") in body
        O.remove_official(s, ADMIN, oid)
        assert [o.full_name for o in O.officials_of(s, sid)] == ["Abg. Rosa Quispe Cusi"]
        changes = list(s.scalars(select(AuditEntry.changes).where(
            AuditEntry.entity == "council_session", AuditEntry.action == "attendance",
            AuditEntry.changes.like("%voz y sin voto%"))))
        assert len(changes) == 3


def test_not_before_the_session_is_convened(demo_people):
    with demo_people.db.session() as s:
        form = S.new_session_form(s, dt.date(2026, 11, 10), ORDINARY)
        form.session_date = dt.date(2026, 12, 10)
        sid = S.create_session(s, ADMIN, form)
        with pytest.raises(DomainError, match="Convoque la sesión"):
            O.add_official(s, ADMIN, sid, "CPC Wilber Ccahua Yupanqui", "Gerente Municipal")
