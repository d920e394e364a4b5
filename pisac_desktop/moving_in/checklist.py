"""The setup checklist (Puesta en marcha) on the overview pages until it is complete: what a
municipality sets up in its first week, each item done or not with what is missing, and where
to do it. Each item is read from the data itself, or, where only the act proves it, from the
audit trail (a copy made to another folder, a test page printed, a next number confirmed): no
state of its own is stored.

Also the printer's test page (reports/print_check.py): rendered for the preview, and its
printing recorded (the item «Impresora probada» is done from then on)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.core import crest as crest_image
from pisac_desktop.core.audit import record
from pisac_desktop.core.institution import (
    DEFAULT_ORG_UNITS,
    POSTS,
    get_institution,
    holder_on,
    post_label,
    year_name_for,
)
from pisac_desktop.core.permissions import Actor, Permission, Role, require
from pisac_desktop.council.members import council_on
from pisac_desktop.db.models import (
    AuditEntry,
    Instrument,
    NumberSequence,
    OrgUnit,
    RegisterImport,
    User,
    UserRole,
)
from pisac_desktop.instruments.kinds import kinds

# Where each item is done (the GUI opens it): keys, not widgets.
INSTITUTION, COUNCIL, USERS, NUMBERING, BACKUP, PRINTER, ORGANIZATION, REGISTERS = (
    "institution", "council", "users", "numbering", "backup", "printer", "organization",
    "registers")
TEST_PAGE = "test_page"  # the audit trail's entity of a printed test page


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    label: str
    done: bool
    detail: str  # what is missing (Spanish), or what was found
    where: str  # one of the keys above: where to do it

    @property
    def mark(self) -> str:
        return "✔" if self.done else "✗"

    @property
    def state(self) -> str:
        return "Hecho" if self.done else "Pendiente"


def _audited(session: Session, action: str, entity: str) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action,
                                                         AuditEntry.entity == entity)))


def _institution(session: Session) -> ChecklistItem:
    inst = get_institution(session)
    missing = [what for what, value in (("el RUC", inst.ruc), ("la dirección", inst.address),
                                        ("el teléfono o el correo", inst.phone or inst.email))
               if not value]
    if inst.crest is None:
        missing.append("el escudo")
    elif crest_image.drawing_problem(inst.crest):
        missing.append("un escudo que se pueda imprimir")
    detail = ("Falta " + ", ".join(missing) + ".") if missing else \
        f"{inst.name}, RUC {inst.ruc}, con escudo."
    return ChecklistItem("institution", "Datos de la institución y escudo", not missing, detail,
                         INSTITUTION)


def _units(session: Session) -> ChecklistItem:
    """Done once the office made the list its own: a unit added, renamed or deactivated, or
    the organisation imported, or the list saved with a change of units."""
    rows = session.execute(select(OrgUnit.code, OrgUnit.name, OrgUnit.active)).all()
    defaults = {code: name for code, name, _abbreviation in DEFAULT_ORG_UNITS}
    own = any(code not in defaults or name != defaults[code] or not active
              for code, name, active in rows)
    reviewed = own or any("unidades orgánicas" in e.changes
                          for e in _audited(session, "settings_change", "institution")) \
        or bool(_audited(session, "import", "institution"))
    detail = (f"{len(rows)} unidades orgánicas." if reviewed else
              f"Son las {len(rows)} unidades de ejemplo: revíselas o importe las de su ROF.")
    return ChecklistItem("units", "Unidades orgánicas", reviewed, detail, ORGANIZATION)


def _officeholders(session: Session, today: dt.date) -> ChecklistItem:
    vacant = [post_label(code) for code in POSTS if holder_on(session, code, today) is None]
    detail = ("Sin titular: " + ", ".join(vacant) + ".") if vacant else \
        "Cada cargo que firma tiene su titular."
    return ChecklistItem("officeholders", "Titulares de los cargos", not vacant, detail,
                         ORGANIZATION)


def _council(session: Session, today: dt.date) -> ChecklistItem:
    council = council_on(session, today)
    if council is None:
        return ChecklistItem("council", "Concejo Municipal (período y miembros)", False,
                             f"No hay un período municipal que incluya {today.year}.", COUNCIL)
    councillors = sum(1 for m in council.members if not m.is_mayor)
    missing = []
    if council.mayor is None:
        missing.append("el alcalde")
    if councillors < council.councillor_seats:
        missing.append(f"{council.councillor_seats - councillors} de {council.councillor_seats} regidores")
    detail = ("Falta " + " y ".join(missing) + f" del período {council.term_label}.") \
        if missing else f"Período {council.term_label}: alcalde y {councillors} regidores."
    return ChecklistItem("council", "Concejo Municipal (período y miembros)", not missing,
                         detail, COUNCIL)


def _year_name(session: Session, today: dt.date) -> ChecklistItem:
    info = year_name_for(session, today.year)
    return ChecklistItem("year_names", f"Denominación del año {today.year}",
                         info.warning is None, info.warning or f"«{info.text}»", INSTITUTION)


def _users(session: Session) -> ChecklistItem:
    active = session.scalar(select(func.count()).select_from(User)
                            .where(User.active.is_(True))) or 0
    others = session.scalar(select(func.count(func.distinct(UserRole.user_id)))
                            .join(User, User.id == UserRole.user_id)
                            .where(User.active.is_(True), UserRole.role != Role.ADMIN)) or 0
    done = active >= 2 and others >= 1
    detail = (f"{active} cuentas activas." if done else
              "Cree una cuenta para cada persona que usará el programa, con su rol (Secretaría "
              "General, Gerencia Municipal, Mesa de Partes...).")
    return ChecklistItem("users", "Usuarios y roles", done, detail, USERS)


def _kinds_numbered(session: Session, today: dt.date) -> tuple[ChecklistItem, ChecklistItem]:
    """Registers imported (or the starting numbers confirmed), and the numbering checked for
    this year, per kind of document."""
    all_kinds = kinds(session)
    earlier = set(session.scalars(select(Instrument.kind_code).where(
        Instrument.year < today.year).distinct()))
    earlier |= set(session.scalars(select(RegisterImport.kind_code).distinct()))
    confirmed = {e.entity_id.partition("/")[0]
                 for e in _audited(session, "settings_change", "number_sequence")}
    this_year = set(session.scalars(select(NumberSequence.kind_code)
                                    .where(NumberSequence.year == today.year)))
    no_history = [k.plural for k in all_kinds if k.code not in earlier | confirmed]
    unchecked = [k.plural for k in all_kinds if k.code not in this_year]
    history = ChecklistItem(
        "registers", "Registros anteriores (o números iniciales)",
        not no_history, ("Importe los registros anteriores (o fije el número inicial) de: "
                         + ", ".join(no_history) + ".") if no_history else
        "Cada tipo tiene su historia o su número inicial.", REGISTERS)
    numbering = ChecklistItem(
        "numbering", f"Numeración {today.year} revisada por tipo", not unchecked,
        ("Sin revisar: " + ", ".join(unchecked) + ". Emita o fije el siguiente número.")
        if unchecked else "Cada tipo tiene su numeración del año.", NUMBERING)
    return history, numbering


def _backup(session: Session, backups_folder: Path | None) -> ChecklistItem:
    """Done once a copy was made, and verified, somewhere else than the data folder's own
    backups (a USB stick, another disk): a copy that leaves the PC."""
    elsewhere = []
    for entry in _audited(session, "backup", "database"):
        changes = json.loads(entry.changes or "{}")
        path = (changes.get("archivo") or [None, None])[1]
        if path and (backups_folder is None or Path(path).parent != backups_folder):
            elsewhere.append(entry.at[:10])
    detail = (f"Última copia fuera de la carpeta de datos: {max(elsewhere)}." if elsewhere else
              "Haga una copia en una memoria USB o en otro disco y compruebe que se lee.")
    return ChecklistItem("backup", "Destino de las copias de seguridad probado",
                         bool(elsewhere), detail, BACKUP)


def _printer(session: Session) -> ChecklistItem:
    printed = _audited(session, "print", TEST_PAGE)
    detail = (f"Página de prueba impresa en {', '.join(sorted({e.workstation for e in printed}))}."
              if printed else "Imprima la página de prueba con el membrete y revise lo que "
                              "indica.")
    return ChecklistItem("printer", "Impresora probada", bool(printed), detail, PRINTER)


def setup_checklist(session: Session, today: dt.date,
                    backups_folder: Path | None = None) -> list[ChecklistItem]:
    """The items in the order an office does them. backups_folder: the data folder's own
    backups (a copy there does not prove another destination)."""
    history, numbering = _kinds_numbered(session, today)
    return [_institution(session), _units(session), _officeholders(session, today),
            _council(session, today), _year_name(session, today), _users(session),
            history, numbering, _backup(session, backups_folder), _printer(session)]


# --- the printer's test page ------------------------------------------------------------------

def print_check_pdf(session: Session, actor: Actor, today: dt.date) -> bytes:
    # Here, not at the top: the home screen imports this module, and ReportLab (~0.1 s) is
    # not needed before the first page is printed.
    from pisac_desktop.core.letterhead import letterhead, place_date
    from pisac_desktop.reports.print_check import PrintCheck, render_print_check

    return render_print_check(PrintCheck(letterhead(session, today.year, on=today),
                                         place_date(session, today),
                                         actor.workstation or "esta computadora",
                                         actor.full_name or actor.username))


def record_test_page(session: Session, actor: Actor, destination: str) -> None:
    """The test page left the program (printed, or saved to print elsewhere): audited, which
    completes the item «Impresora probada» when it went to a printer."""
    require(actor, Permission.VIEW, session)
    action = "print" if destination == "impresora" else "export"
    record(session, actor, action, TEST_PAGE, "", {"destino": [None, destination]})
