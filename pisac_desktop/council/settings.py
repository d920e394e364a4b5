"""The council's settings (Configuración › Concejo): usual hour and place, notice days, the
simple-majority rule and who signs the acta, with the numbering series of sessions and
summonses they need."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import (
    LINE_MAX,
    length_error,
)
from pisac_desktop.council.rules import (
    MAJORITY_PRESENT,
    MINUTES_SIGNERS_LABELS,
    SIGN_ATTENDEES,
    SIMPLE_MAJORITY_LABELS,
    minutes_signers_rule,
    simple_majority_rule,
    write_rule,
)
from pisac_desktop.db.models import (
    CouncilSettings,
    InstrumentKind,
)
from pisac_desktop.db.models.council import (
    EXTRAORDINARY,
    KIND_LABELS,
    ORDINARY,
    SOLEMN,
)
from pisac_desktop.db.write_lock import writes


def ensure_council_defaults(session: Session) -> None:
    """The settings row and the summons' numbering kind (new or migrated database)."""
    if session.get(CouncilSettings, 1) is None:
        session.add(CouncilSettings(id=1))
    if session.get(InstrumentKind, SUMMONS_KIND) is None:
        session.add(InstrumentKind(
            code=SUMMONS_KIND, title=SUMMONS_TITLE, plural="Citaciones", short="CIT",
            number_format=SUMMONS_FORMAT, signer_post="MAYOR", issuer="", closing="",
            must_publish=False, module="council", style="summons", template_whereas="[]",
            template_legal_basis="", position=100))
    for pos, (kind, (code, plural, short)) in enumerate(SESSION_SERIES.items(), start=101):
        if session.get(InstrumentKind, code) is None:
            session.add(InstrumentKind(
                code=code, title=f"SESIÓN {KIND_LABELS[kind].upper()}", plural=plural,
                short=short, number_format="{titulo} N° {numero:02d}-{anio}",
                signer_post="MAYOR", issuer="", closing="", must_publish=False,
                module="council", style="session", template_whereas="[]",
                template_legal_basis="", position=pos))
    session.flush()


def council_settings(session: Session) -> CouncilSettings:
    row = session.get(CouncilSettings, 1)
    if row is None:
        ensure_council_defaults(session)
        row = session.get(CouncilSettings, 1)
    return row


@dataclass
class SettingsForm:
    ordinary_notice_days: int = 2
    summons_signer: str = "mayor"
    default_place: str = ""
    documents_place: str = ""
    default_time: str = "10:00"
    folio_warning: int = 20
    minutes_signers: str = SIGN_ATTENDEES  # who signs the acta (RIC practice)
    simple_majority: str = MAJORITY_PRESENT  # how a simple majority is counted (RIC)


def settings_form(session: Session) -> SettingsForm:
    s = council_settings(session)
    return SettingsForm(s.ordinary_notice_days, s.summons_signer, s.default_place,
                        s.documents_place, s.default_time, s.folio_warning,
                        minutes_signers_rule(session), simple_majority_rule(session))


@writes
def save_council_settings(session: Session, actor: Actor, form: SettingsForm) -> None:
    require(actor, Permission.COUNCIL, session)
    errors = []
    if not 1 <= form.ordinary_notice_days <= 15:
        errors.append(FieldError("ordinary_notice_days",
                                 "La anticipación mínima va de 1 a 15 días hábiles."))
    if form.summons_signer not in ("mayor", "secretary"):
        errors.append(FieldError("summons_signer", "Elija quién firma las citaciones."))
    if not form.default_place.strip():
        errors.append(FieldError("default_place", "Indique el lugar habitual de las sesiones."))
    for name, what in (("default_place", "El lugar"), ("documents_place", "El lugar de consulta")):
        if message := length_error(getattr(form, name), LINE_MAX, what):
            errors.append(FieldError(name, message))
    if not TIME_PATTERN.match(form.default_time.strip()):
        errors.append(FieldError("default_time", "Escriba la hora como hh:mm (p. ej. 10:00)."))
    if not 0 <= form.folio_warning <= 500:
        errors.append(FieldError("folio_warning", "Indique un número de folios de 0 a 500."))
    if form.minutes_signers not in MINUTES_SIGNERS_LABELS:
        errors.append(FieldError("minutes_signers", "Elija quién firma el acta."))
    if form.simple_majority not in SIMPLE_MAJORITY_LABELS:
        errors.append(FieldError("simple_majority", "Elija cómo se cuenta la mayoría simple."))
    if errors:
        raise ValidationFailed(errors)
    row = council_settings(session)
    before = settings_form(session)
    row.ordinary_notice_days = form.ordinary_notice_days
    row.summons_signer = form.summons_signer
    row.default_place = form.default_place.strip()
    row.documents_place = form.documents_place.strip()
    row.default_time = normal_time(form.default_time)
    row.folio_warning = form.folio_warning
    write_rule(session, "minutes_signers", form.minutes_signers)
    write_rule(session, "simple_majority", form.simple_majority)
    row.version += 1
    session.flush()
    after = settings_form(session)
    changes = {k: [getattr(before, k), getattr(after, k)] for k in vars(after)
               if getattr(before, k) != getattr(after, k)}
    record(session, actor, "settings_change", "council_settings", "1", changes)


def normal_time(text: str) -> str:
    m = TIME_PATTERN.match(text.strip())
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m else text.strip()


# Each kind of session is numbered per year by its own counter, like the numbered documents;
# the series are numbering kinds of the council's module (as the summonses), never listed
# among the documents. No table of their own: number_sequence already holds every numbering
# series, and a new table would need a migration for the same two columns.
SESSION_SERIES = {ORDINARY: ("SESSION_ORDINARY", "Sesiones ordinarias", "SO"),
                  EXTRAORDINARY: ("SESSION_EXTRAORDINARY", "Sesiones extraordinarias", "SE"),
                  SOLEMN: ("SESSION_SOLEMN", "Sesiones solemnes", "SS")}


SUMMONS_KIND = "SUMMONS"


SUMMONS_TITLE = "CITACIÓN"


SUMMONS_FORMAT = "{titulo} N° {numero:03d}-{anio}-SG-{siglas}"


TIME_PATTERN = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")
