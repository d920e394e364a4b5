"""Council practices that vary between Reglamentos Internos del Concejo (RIC): who signs the
acta and how a simple majority is counted. Each is a setting with the usual default.

Stored as key/value rows of app_meta (prefix "council."), not as columns of council_settings:
a new setting then needs no schema migration. Read with minutes_signers_rule() and
simple_majority_rule(); written only through sessions.save_council_settings (audited).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from pisac_desktop.db.models import AppMeta

# Who signs the acta ------------------------------------------------------------------------
SIGN_ATTENDEES = "attendees"  # the alcalde, the regidores present and the secretario general
SIGN_MAYOR_SECRETARY = "mayor_secretary"  # they two, dissenters and those who ask to sign
MINUTES_SIGNERS_LABELS = {
    SIGN_ATTENDEES: "El alcalde, los regidores asistentes y el secretario general",
    SIGN_MAYOR_SECRETARY: "El alcalde y el secretario general (y quienes votaron en contra o "
                          "pidieron firmar)",
}
MINUTES_SIGNERS_HELP = (
    "Lo fija el Reglamento Interno del Concejo. Lo usual es que firmen todos los asistentes; "
    "en ambos casos firman además quienes votaron en contra o pidieron firmar (Ley 27444, "
    "órganos colegiados). El cierre del acta y las líneas de firma siguen esta regla.")

# Simple majority ---------------------------------------------------------------------------
MAJORITY_PRESENT = "present"  # more than half of those present: abstentions count against
MAJORITY_CAST = "cast"  # more votes for than against: abstentions are not counted
SIMPLE_MAJORITY_LABELS = {
    MAJORITY_PRESENT: "Mayoría de los miembros presentes (la abstención cuenta en contra)",
    MAJORITY_CAST: "Mayoría de los votos emitidos (la abstención no se cuenta)",
}
# Stated on the vote sheet and in the acta, after the result.
SIMPLE_MAJORITY_NOTES = {
    MAJORITY_PRESENT: "mayoría de los asistentes, en la que la abstención no suma a favor "
                      "(art. 112 del TUO de la Ley N° 27444 y Reglamento Interno del Concejo)",
    MAJORITY_CAST: "mayoría de los votos emitidos, sin contar las abstenciones (Reglamento "
                   "Interno del Concejo)",
}
SIMPLE_MAJORITY_HELP = (
    "Los acuerdos se adoptan por mayoría de los asistentes salvo que la ley pida otra (art. 112 "
    "del TUO de la Ley N° 27444). Muchos Reglamentos Internos del Concejo cuentan en cambio los "
    "votos emitidos (la abstención no se cuenta). El alcalde solo dirime un empate. La regla "
    "aplicada figura en la hoja de votación y en el acta.")

_KEYS = {"minutes_signers": ("council.minutes_signers", SIGN_ATTENDEES, MINUTES_SIGNERS_LABELS),
         "simple_majority": ("council.simple_majority", MAJORITY_PRESENT,
                             SIMPLE_MAJORITY_LABELS)}


def _read(session: Session, name: str) -> str:
    key, default, labels = _KEYS[name]
    row = session.get(AppMeta, key)
    return row.value if row is not None and row.value in labels else default


def minutes_signers_rule(session: Session) -> str:
    return _read(session, "minutes_signers")


def simple_majority_rule(session: Session) -> str:
    return _read(session, "simple_majority")


def write_rule(session: Session, name: str, value: str) -> None:
    """Store a validated value (the caller audits it)."""
    key, _default, labels = _KEYS[name]
    if value not in labels:
        raise ValueError(value)
    row = session.get(AppMeta, key)
    if row is None:
        session.add(AppMeta(key=key, value=value))
    else:
        row.value = value
    session.flush()
