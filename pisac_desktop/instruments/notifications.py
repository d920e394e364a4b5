"""Notificación del interesado: the people or companies a resolution resolves about, the numbered
cédula de notificación for each, and the delivery that starts the appeal clock.

TUO Ley 27444: personal notification at the domicile (art. 20-21), within 5 business days of
the act (art. 24.1); the cédula records date, hour, name, document and signature of whoever
received it, or the refusal (art. 21.3: the place's characteristics are noted), or delivery to
another person at the domicile with their relation (art. 21.4), or, when nobody is found, a
notice of a second visit and then the cédula under the door (art. 21.5). The appeal term
(reconsideración or apelación) is 15 business days from the day after notification (arts. 144
and 218.2).

Rules of this module:
- Parties may be added to a draft and to an issued document: they are not part of the frozen
  text (as the units to distribute to are not); the NOTIFICAR article is the resolution's own
  wording. An annulled document gets no new parties nor cédulas.
- A party's data is editable until its cédula is issued; the cédula keeps its own copy of the
  data it printed, so the register and the paper never disagree.
- One cédula per party: its number is taken once from the register (number_sequence, kind
  NOTIFICATION), in the transaction that issues it, and never given again; asking again gives
  the same cédula (a double click prints the same number twice, not two numbers).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of, naive_utc_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.calendar import BusinessCalendar, Computation
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import get_institution
from pisac_desktop.core.permissions import Actor
from pisac_desktop.core.validators import LINE_MAX, REASON_MAX, dni_error, length_error, ruc_error
from pisac_desktop.core.verification import give_code
from pisac_desktop.db.models import Instrument, InstrumentKind, InstrumentParty, Notification
from pisac_desktop.db.models.instruments import ANNULLED, DRAFT
from pisac_desktop.db.models.notifications import PERSONAL, REFUSED, THIRD_PARTY, UNDER_DOOR
from pisac_desktop.db.models.verification import VERIFY_NOTIFICATION
from pisac_desktop.db.write_lock import get_for_update, writes
from pisac_desktop.spanish.dates import long_date_with_weekday, short_date

NOTIFICATION_KIND = "NOTIFICATION"
NOTIFICATION_TITLE = "CÉDULA DE NOTIFICACIÓN"
NOTIFICATION_FORMAT = "{titulo} N° {numero:03d}-{anio}-SG-{siglas}"
DOCUMENT_TYPES = {"DNI": "DNI", "RUC": "RUC", "CE": "Carné de extranjería"}
HOW_LABELS = {
    PERSONAL: "Personalmente al interesado o a su representante",
    THIRD_PARTY: "A otra persona en el domicilio",
    REFUSED: "Se negó a recibir o a firmar",
    UNDER_DOOR: "Bajo puerta, tras una segunda visita",
}
APPEAL_DAYS = 15  # TUO Ley 27444 art. 218.2
NOTIFY_WITHIN_DAYS = 5  # art. 24.1
NAME_MAX, RELATION_MAX = 250, 100
_CE = re.compile(r"[A-Za-z0-9]{9,12}", re.ASCII)


def ensure_notification_kind(session: Session) -> None:
    """The cédulas' numbering series (a numbering kind of its own module, never listed among
    the documents), created with the first cédula."""
    if session.get(InstrumentKind, NOTIFICATION_KIND) is None:
        session.add(InstrumentKind(
            code=NOTIFICATION_KIND, title=NOTIFICATION_TITLE, plural="Cédulas de notificación",
            short="CN", number_format=NOTIFICATION_FORMAT, signer_post="GENERAL_SECRETARY",
            issuer="", closing="", must_publish=False, module="notification",
            style="notification", template_whereas="[]", template_legal_basis="",
            position=110))
        session.flush()


# ----------------------------------------------------------------------------------------------
# Parties


@dataclass
class PartyForm:
    """An interested party as typed."""

    name: str = ""
    document_type: str = "DNI"
    document_number: str = ""
    address: str = ""
    is_company: bool = False
    representative: str = ""


def document_error(kind: str, number: str) -> str | None:
    if kind == "DNI":
        return dni_error(number)
    if kind == "RUC":
        return ruc_error(number)
    if kind == "CE":
        if not _CE.fullmatch(number.strip()):
            return "El carné de extranjería tiene de 9 a 12 letras o dígitos, sin espacios."
        return None
    return "Elija el tipo de documento (DNI, RUC o carné de extranjería)."


def document_text(kind: str, number: str) -> str:
    """'DNI N° 23456789', 'RUC N° 20…'."""
    return f"{'C.E.' if kind == 'CE' else kind} N° {number}"


def _clean(text: str) -> str:
    return " ".join((text or "").split())


def party_errors(form: PartyForm) -> list[FieldError]:
    errors = []
    if not _clean(form.name):
        errors.append(FieldError("name", "Escriba el nombre o la razón social del interesado."))
    elif message := length_error(form.name, NAME_MAX, "El nombre"):
        errors.append(FieldError("name", message))
    if message := document_error(form.document_type, form.document_number):
        errors.append(FieldError("document_number", message))
    elif form.is_company and form.document_type != "RUC":
        errors.append(FieldError("document_number", "Una empresa se identifica con su RUC."))
    if not _clean(form.address):
        errors.append(FieldError("address", "Escriba el domicilio donde se notificará "
                                            "(art. 21.1 del TUO de la Ley N° 27444)."))
    elif message := length_error(form.address, LINE_MAX, "El domicilio"):
        errors.append(FieldError("address", message))
    if message := length_error(form.representative, NAME_MAX, "El representante"):
        errors.append(FieldError("representative", message))
    return errors


def _instrument_for_parties(session: Session, actor: Actor, instrument_id: int) -> Instrument:
    from pisac_desktop.instruments.kinds import require_kind

    instrument = get_for_update(session, Instrument, instrument_id)
    if instrument is None:
        raise DomainError("El documento ya no existe.")
    require_kind(session, actor, instrument.kind)
    if instrument.state == ANNULLED:
        raise DomainError(f"{instrument.number_text} está anulado: no se notifica.")
    return instrument


def _party_snapshot(p: InstrumentParty) -> dict:
    return {"nombre": p.name, "documento": document_text(p.document_type, p.document_number),
            "domicilio": p.address, "representante": p.representative}


@writes
def save_party(session: Session, actor: Actor, instrument_id: int, form: PartyForm,
               party_id: int | None = None, clock=None) -> int:
    """Add (or correct, while it has no cédula) an interested party. Raises ValidationFailed."""
    instrument = _instrument_for_parties(session, actor, instrument_id)
    errors = party_errors(form)
    if errors:
        raise ValidationFailed(errors)
    if party_id is None:
        position = session.scalar(select(func.count()).select_from(InstrumentParty).where(
            InstrumentParty.instrument_id == instrument.id)) or 0
        party = InstrumentParty(instrument_id=instrument.id, position=position + 1,
                                created_by=actor.username,
                                created_at=naive_utc_of(session, clock))
        session.add(party)
        before = None
    else:
        party = _editable_party(session, party_id, instrument.id)
        before = _party_snapshot(party)
    party.name = _clean(form.name)
    party.document_type = form.document_type
    party.document_number = form.document_number.strip().upper()
    party.address = _clean(form.address)
    party.is_company = bool(form.is_company)
    party.representative = _clean(form.representative) if form.is_company else ""
    session.flush()
    record(session, actor, "update", "instrument", instrument.id,
           {"interesado": [before, _party_snapshot(party)]})
    return party.id


def _editable_party(session: Session, party_id: int, instrument_id: int) -> InstrumentParty:
    party = get_for_update(session, InstrumentParty, party_id)
    if party is None or party.instrument_id != instrument_id:
        raise DomainError("El interesado ya no existe (otro puesto lo quitó).")
    cedula = _cedula_of(session, party.id)
    if cedula is not None:
        raise DomainError(f"{party.name} ya tiene la {cedula.number_text}: sus datos quedaron "
                          "impresos en ella y ya no se modifican ni se quitan.")
    return party


@writes
def remove_party(session: Session, actor: Actor, party_id: int) -> None:
    """Remove a party that has no cédula yet (one with a cédula keeps its number)."""
    party = session.get(InstrumentParty, party_id)
    if party is None:
        return
    instrument = _instrument_for_parties(session, actor, party.instrument_id)
    party = _editable_party(session, party_id, instrument.id)
    record(session, actor, "update", "instrument", instrument.id,
           {"interesado": [_party_snapshot(party), None]})
    session.delete(party)
    session.flush()


# ----------------------------------------------------------------------------------------------
# The cédula


def _cedula_of(session: Session, party_id: int) -> Notification | None:
    return session.scalar(select(Notification).where(Notification.party_id == party_id)
                          .order_by(Notification.id))


def pdf_pages(pdf: bytes) -> int:
    return max(1, len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf)))


def act_folios(session: Session, instrument: Instrument) -> int:
    """The pages of the act as printed: the copy attached to the cédula."""
    from pisac_desktop.instruments.printing import instrument_doc
    from pisac_desktop.reports.instrument import render_instrument

    return pdf_pages(render_instrument(instrument_doc(session, instrument)))


@writes
def issue_cedula(session: Session, actor: Actor, party_id: int, clock=None) -> int:
    """The party's cédula, numbered now from the register (dated today), or the one it already
    has: a number is given once and never again. Returns the cédula's id."""
    party = get_for_update(session, InstrumentParty, party_id)
    if party is None:
        raise DomainError("El interesado ya no existe (otro puesto lo quitó).")
    existing = _cedula_of(session, party.id)
    if existing is not None:
        return existing.id
    instrument = _instrument_for_parties(session, actor, party.instrument_id)
    if instrument.state == DRAFT:
        raise DomainError("Emita el documento antes de notificarlo: la cédula cita su número.")
    today = clock_of(session).today()
    if today < instrument.doc_date:
        raise DomainError(f"El documento tiene fecha {short_date(instrument.doc_date)}: la "
                          "cédula no puede ser anterior al acto que notifica.")
    cedula = new_cedula(session, actor, party.name,
                        document_text(party.document_type, party.document_number),
                        party.address, act_folios(session, instrument), clock,
                        party_id=party.id, instrument_id=instrument.id)
    record(session, actor, "update", "instrument", instrument.id,
           {"cédula de notificación": [None, f"{cedula.number_text} a {party.name}"]})
    return cedula.id


# ----------------------------------------------------------------------------------------------
# The delivery


@dataclass
class NoticeForm:
    """The delivery as the notifier wrote it on the cédula (times in the office's time)."""

    notified_at: dt.datetime | None = None
    how: str = ""
    received_by: str = ""
    receiver_document: str = ""
    relation: str = ""
    first_visit_at: dt.datetime | None = None
    place_description: str = ""
    notifier_name: str = ""
    notifier_dni: str = ""
    notes: str = ""


def _receiver_document_error(value: str) -> str | None:
    value = value.strip()
    if re.fullmatch(r"[0-9]{8}", value, re.ASCII) or _CE.fullmatch(value):
        return None
    return "El DNI tiene 8 dígitos (o escriba el carné de extranjería, de 9 a 12 caracteres)."


def notice_errors(form: NoticeForm, instrument: Instrument, cedula: Notification,
                  now: dt.datetime) -> list[FieldError]:
    """What is wrong with the delivery as typed (`now`: the office's wall-clock time)."""
    errors: list[FieldError] = []

    def add(name: str, message: str | None) -> None:
        if message:
            errors.append(FieldError(name, message))

    _check_moment(add, form, instrument, cedula, now)
    if form.how not in HOW_LABELS:
        add("how", "Elija cómo se entregó la cédula.")
    _check_receiver(add, form)
    _check_place(add, form, cedula)
    _check_notifier(add, form)
    add("notes", length_error(form.notes, REASON_MAX, "Las observaciones"))
    return errors


def _check_moment(add, form: NoticeForm, instrument: Instrument, cedula: Notification,
                  now: dt.datetime) -> None:
    """The date and hour of delivery: not before the act nor the cédula, not in the future."""
    when = form.notified_at
    if when is None:
        add("notified_at", "Indique la fecha y hora de la notificación.")
    elif when.date() < instrument.doc_date:
        add("notified_at", f"La notificación no puede ser anterior al acto "
                           f"({short_date(instrument.doc_date)}).")
    elif when.date() < cedula.issued_on:
        add("notified_at", f"La notificación no puede ser anterior a la cédula "
                           f"({short_date(cedula.issued_on)}).")
    elif when.replace(tzinfo=None) > now:
        add("notified_at", "La notificación no puede ser posterior a este momento "
                           f"({now:%d/%m/%Y %H:%M}).")


def _check_receiver(add, form: NoticeForm) -> None:
    """Who received it: name and DNI in person or at the domicile, and the relation there."""
    received = _clean(form.received_by)
    if form.how in (PERSONAL, THIRD_PARTY):
        if not received:
            add("received_by", "Escriba el nombre de quien recibió la cédula.")
        if not form.receiver_document.strip():
            add("receiver_document", "Escriba el DNI de quien recibió la cédula.")
    if form.receiver_document.strip():
        add("receiver_document", _receiver_document_error(form.receiver_document))
    add("received_by", length_error(form.received_by, NAME_MAX, "El nombre de quien recibió"))
    if form.how == THIRD_PARTY and not _clean(form.relation):
        add("relation", "Indique la relación de quien recibió con el interesado "
                        "(art. 21.4).")
    add("relation", length_error(form.relation, RELATION_MAX, "La relación"))


def _check_place(add, form: NoticeForm, cedula: Notification) -> None:
    """A refusal or a cédula under the door: the house described, and the first visit."""
    when = form.notified_at
    if form.how in (REFUSED, UNDER_DOOR) and not _clean(form.place_description):
        add("place_description", "Describa el inmueble (fachada, color, puerta, número de "
                                 "pisos, suministro eléctrico): arts. 21.3 y 21.5.")
    add("place_description", length_error(form.place_description, REASON_MAX,
                                           "La descripción del inmueble"))
    if form.how == UNDER_DOOR:
        first = form.first_visit_at
        if first is None:
            add("first_visit_at", "Indique la primera visita, en la que se dejó el aviso "
                                  "(art. 21.5).")
        elif when is not None and first.date() >= when.date():
            add("first_visit_at", "La primera visita debe ser de un día anterior a la "
                                  "segunda, en la que se dejó la cédula bajo puerta.")
        elif first.date() < cedula.issued_on:
            add("first_visit_at", "La primera visita no puede ser anterior a la cédula.")


def _check_notifier(add, form: NoticeForm) -> None:
    """The notifier: name always, DNI when no one signed for the cédula."""
    if not _clean(form.notifier_name):
        add("notifier_name", "Escriba el nombre del notificador.")
    add("notifier_name", length_error(form.notifier_name, NAME_MAX, "El nombre del notificador"))
    if form.notifier_dni.strip():
        add("notifier_dni", dni_error(form.notifier_dni))
    elif form.how in (REFUSED, UNDER_DOOR):
        add("notifier_dni", "Escriba el DNI del notificador: su constancia es la prueba de la "
                            "notificación.")


def _minute(value: dt.datetime | None) -> dt.datetime | None:
    return value.replace(tzinfo=None, second=0, microsecond=0) if value is not None else None


@writes
def record_notification(session: Session, actor: Actor, cedula_id: int, form: NoticeForm,
                        clock=None) -> Computation:
    """Record how and when the cédula was delivered (a correction is recorded too, with what
    it replaced). Returns the appeal deadline it starts."""
    from pisac_desktop.instruments.kinds import require_kind

    cedula = get_for_update(session, Notification, cedula_id)
    if cedula is None:
        raise DomainError("La cédula ya no existe.")
    instrument = session.get(Instrument, cedula.instrument_id)
    require_kind(session, actor, instrument.kind)
    before, deadline = apply_notice(session, actor, cedula, instrument, form, clock)
    record(session, actor, "notify", "instrument", instrument.id, {
        "cédula": [None, cedula.number_text],
        "notificada": [before.isoformat(" ") if before else None,
                       cedula.notified_at.isoformat(" ")],
        "forma": [None, HOW_LABELS[form.how]],
        "recibió": [None, cedula.received_by or None],
        "plazo para impugnar": [None, short_date(deadline.result)]})
    return deadline


def apply_notice(session: Session, actor: Actor, cedula: Notification, act, form: NoticeForm,
                 clock=None) -> tuple[dt.datetime | None, Computation]:
    """Check the delivery as typed against the act (anything with a doc_date) and the cédula,
    and write it. Returns the delivery it replaced (None) and the appeal deadline it starts.
    Raises ValidationFailed."""
    now = clock_of(session).now().replace(tzinfo=None)
    errors = notice_errors(form, act, cedula, now)
    if errors:
        raise ValidationFailed(errors)
    before = cedula.notified_at
    cedula.notified_at = _minute(form.notified_at)
    cedula.how = form.how
    cedula.received_by = _clean(form.received_by)
    cedula.receiver_document = form.receiver_document.strip().upper()
    cedula.relation = _clean(form.relation) if form.how == THIRD_PARTY else ""
    cedula.first_visit_at = _minute(form.first_visit_at) if form.how == UNDER_DOOR else None
    cedula.place_description = form.place_description.strip()
    cedula.notifier_name = _clean(form.notifier_name)
    cedula.notifier_dni = form.notifier_dni.strip()
    cedula.notes = form.notes.strip()
    cedula.recorded_by = actor.username
    cedula.recorded_at = naive_utc_of(session, clock)
    session.flush()
    return before, appeal_deadline(BusinessCalendar.load(session), cedula.notified_at.date())


def new_cedula(session: Session, actor: Actor, addressee: str, document: str, address: str,
               folios: int, clock=None, **target) -> Notification:
    """A cédula numbered now (dated today) with the addressee's data as printed; `target`:
    party_id and instrument_id, or unit_document_id (a unit's answer in a case file)."""
    from pisac_desktop.core.numbering import take_number
    from pisac_desktop.instruments.kinds import format_number

    today = clock_of(session).today()
    ensure_notification_kind(session)
    kind = session.get(InstrumentKind, NOTIFICATION_KIND)
    number = take_number(session, NOTIFICATION_KIND, today.year)
    cedula = Notification(
        year=today.year, number=number,
        number_text=format_number(kind, number, today.year, get_institution(session).initials),
        issued_on=today, addressee_name=addressee, addressee_document=document, address=address,
        folios=folios, created_by=actor.username, created_at=naive_utc_of(session, clock),
        **target)
    session.add(cedula)
    session.flush()
    give_code(session, VERIFY_NOTIFICATION, cedula.id)
    return cedula


def appeal_deadline(calendar: BusinessCalendar, notified_on: dt.date) -> Computation:
    """The last day to file reconsideración or apelación: the 15th business day counted from
    the business day after the notification (arts. 144 and 218.2)."""
    return calendar.deadline(notified_on, APPEAL_DAYS)


def notify_by(calendar: BusinessCalendar, act_date: dt.date) -> Computation:
    """The last day to notify: 5 business days from the act (art. 24.1)."""
    return calendar.deadline(act_date, NOTIFY_WITHIN_DAYS)


# ----------------------------------------------------------------------------------------------
# Reading


@dataclass(frozen=True)
class CedulaView:
    id: int
    number_text: str
    issued_on: dt.date
    notified_at: dt.datetime | None
    how: str
    received_by: str
    deadline: Computation | None  # to file an appeal (None: not notified yet)
    notify_by: Computation  # art. 24.1
    late: bool  # notified (or still pending) after the 5 business days

    @property
    def status(self) -> str:
        if self.notified_at is None:
            pending = f"{self.number_text}: pendiente de notificar"
            return pending + (" (venció el plazo de 5 días hábiles)" if self.late else
                              f" (hasta el {short_date(self.notify_by.result)})")
        who = f", recibió {self.received_by}" if self.received_by else ""
        late = " — fuera del plazo de 5 días hábiles (art. 24.1)" if self.late else ""
        return (f"{self.number_text}: notificada el {self.notified_at:%d/%m/%Y} a las "
                f"{self.notified_at:%H:%M} ({HOW_LABELS[self.how].lower()}{who}){late}")

    @property
    def deadline_text(self) -> str:
        if self.deadline is None:
            return ""
        return (f"Plazo para interponer recurso de reconsideración o de apelación "
                f"({APPEAL_DAYS} días hábiles): hasta el "
                f"{long_date_with_weekday(self.deadline.result)}. {self.deadline.why()}")


@dataclass(frozen=True)
class PartyView:
    id: int
    name: str
    document: str  # 'DNI N° 23456789'
    address: str
    is_company: bool
    representative: str
    cedula: CedulaView | None

    @property
    def editable(self) -> bool:
        return self.cedula is None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.document})"


def parties_of(session: Session, instrument_id: int,
               calendar: BusinessCalendar | None = None) -> list[PartyView]:
    instrument = session.get(Instrument, instrument_id)
    if instrument is None:
        return []
    parties = list(session.scalars(select(InstrumentParty).where(
        InstrumentParty.instrument_id == instrument_id).order_by(InstrumentParty.position,
                                                                 InstrumentParty.id)))
    if not parties:
        return []
    calendar = calendar or BusinessCalendar.load(session)
    today = clock_of(session).today()
    limit = notify_by(calendar, instrument.doc_date)
    out = []
    for p in parties:
        c = _cedula_of(session, p.id)
        view = None
        if c is not None:
            done = c.notified_at
            late = (done.date() if done else today) > limit.result
            view = CedulaView(c.id, c.number_text, c.issued_on, done, c.how, c.received_by,
                              appeal_deadline(calendar, done.date()) if done else None,
                              limit, late)
        out.append(PartyView(p.id, p.name, document_text(p.document_type, p.document_number),
                             p.address, p.is_company, p.representative, view))
    return out


def party_form(session: Session, party_id: int) -> PartyForm:
    p = session.get(InstrumentParty, party_id)
    if p is None:
        raise DomainError("El interesado ya no existe (otro puesto lo quitó).")
    return PartyForm(p.name, p.document_type, p.document_number, p.address, p.is_company,
                     p.representative)


def notice_form(session: Session, cedula_id: int) -> NoticeForm | None:
    """What was recorded for a cédula (None: not yet)."""
    c = session.get(Notification, cedula_id)
    if c is None or c.notified_at is None:
        return None
    return NoticeForm(c.notified_at, c.how, c.received_by, c.receiver_document, c.relation,
                      c.first_visit_at, c.place_description, c.notifier_name, c.notifier_dni,
                      c.notes)
