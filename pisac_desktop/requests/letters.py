"""The letters of an information request, drafted as cartas of the officer's unit (numbered per
unit and year when issued, printed for signature, notified with a cédula through the trámite):
the extension (art. 11 g), the cost of reproduction (art. 20), the delivery, and the partial or
total denial on an exception of arts. 15-17 (art. 13) with the way to appeal.

The clerk gets a draft with the facts already written (dates computed on the calendar, the
cost, the exception's article) and corrects it before issuing."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Actor
from pisac_desktop.db.models import CaseFile
from pisac_desktop.db.models.requests import InformationRequest
from pisac_desktop.requests.information import (
    DELIVERY_FORMS,
    EXCEPTIONS,
    clock_of_request,
    soles,
)
from pisac_desktop.spanish.dates import long_date
from pisac_desktop.tramite import cases
from pisac_desktop.tramite.documents import DocumentForm, new_document_form, save_document

LAW = ("del Texto Único Ordenado de la Ley N° 27806, Ley de Transparencia y Acceso a la "
       "Información Pública, aprobado por Decreto Supremo N° 021-2019-JUS")
APPEAL = ("Contra lo resuelto puede interponer recurso de apelación ante el Tribunal de "
          "Transparencia y Acceso a la Información Pública, dentro de los quince (15) días "
          "hábiles siguientes a la notificación de la presente.")

LETTERS = {
    "extension": "Prórroga del plazo",
    "fee": "Liquidación del costo de reproducción",
    "delivery": "Entrega de la información",
    "partial": "Entrega parcial (denegatoria en parte)",
    "denial": "Denegatoria",
}
_DELIVERY_HOW = {
    "copy": "en copia simple, que se adjunta a la presente",
    "email": "al correo electrónico {email}, que usted consignó en su solicitud",
    "usb": "en el medio magnético que se adjunta a la presente",
    "view": "para su consulta directa en la oficina de {unit}, en el horario de atención",
}


def letter_form(session: Session, case_id: int, letter: str,
                exception_code: str = "", withheld: str = "") -> DocumentForm:
    """A carta of the unit that holds the request now, addressed to the requester."""
    if letter not in LETTERS:
        raise DomainError("Elija la carta que se redacta.")
    case = session.get(CaseFile, case_id)
    request = session.scalar(select(InformationRequest).where(
        InformationRequest.case_file_id == case_id))
    if case is None or request is None:
        raise DomainError("La solicitud de acceso a la información ya no existe.")
    step = cases.open_step(session, case_id)
    unit_id = step.to_unit_id if step is not None else case.unit_id
    form = new_document_form(session, unit_id, "CARTA", case_id)
    form.subject = f"{LETTERS[letter]} — solicitud de acceso a la información pública"
    form.reference = (f"Solicitud de acceso a la información pública, {case.number_text}, del "
                      f"{case.received_at:%d/%m/%Y}")
    asked = (f"Me dirijo a usted en atención a su solicitud de la referencia, mediante la cual "
             f"pide: «{case.subject}».")
    state = clock_of_request(session, request, case)
    due = state.effective_due
    if letter == "extension":
        reason = request.extension_reason or "[exponga por qué es materialmente imposible]"
        new_date = request.extended_to
        body = (f"{asked}\n\nAl respecto, de conformidad con el literal g) del artículo 11 {LAW}, "
                "le comunico que no es materialmente posible atender su pedido dentro del plazo "
                f"de diez (10) días hábiles, por lo siguiente: {reason}\n\nEn consecuencia, la "
                "información solicitada le será proporcionada el "
                f"{long_date(new_date) if new_date else '[fecha]'}.")
    elif letter == "fee":
        cost = soles(request.fee_cents) if request.fee_cents else "S/ [monto]"
        body = (f"{asked}\n\nAl respecto, de conformidad con el artículo 20 {LAW}, le comunico "
                f"que el costo de reproducción de la información solicitada "
                f"({DELIVERY_FORMS[request.delivery_form].lower()}) asciende a {cost}, que "
                "podrá abonar en la Caja de la Municipalidad. Efectuado el pago, la información "
                "le será entregada" + (f" a más tardar el {long_date(due)}." if due else "."))
    elif letter == "delivery":
        how = _DELIVERY_HOW[request.delivery_form].format(
            email=case.filer_email or "[correo]", unit=cases.unit_name(session, unit_id))
        body = (f"{asked}\n\nAl respecto, en cumplimiento {LAW}, le hago llegar la "
                f"información solicitada {how}, con lo que se da por atendido su pedido.")
    else:
        if exception_code not in EXCEPTIONS:
            raise DomainError("Elija la excepción de los artículos 15, 16 o 17 en que se "
                              "sustenta la denegatoria (art. 13).")
        ground = EXCEPTIONS[exception_code].split(": ", 1)[1]
        article = exception_code.replace(".", ", numeral ")
        if letter == "partial":
            how = _DELIVERY_HOW[request.delivery_form].format(
                email=case.filer_email or "[correo]", unit=cases.unit_name(session, unit_id))
            body = (f"{asked}\n\nAl respecto, le hago llegar la información solicitada {how}, "
                    f"con excepción de {withheld or '[lo que no se entrega]'}, que no puede "
                    f"entregarse por tratarse de {ground}, conforme al artículo {article} "
                    f"{LAW}, y a su artículo 13.\n\n{APPEAL}")
        else:
            body = (f"{asked}\n\nAl respecto, le comunico que su pedido no puede ser atendido "
                    f"por tratarse de {ground}, excepción prevista en el artículo {article} "
                    f"{LAW}; la denegatoria se sustenta conforme a su artículo 13.\n\n{APPEAL}")
    form.body = body  # the letter's page adds the closing and the signature
    return form


def draft_letter(session: Session, actor: Actor, case_id: int, letter: str,
                 exception_code: str = "", withheld: str = "") -> int:
    """Save the letter as a draft of the unit (to be corrected, issued and notified)."""
    return save_document(session, actor, letter_form(session, case_id, letter, exception_code,
                                                     withheld))
