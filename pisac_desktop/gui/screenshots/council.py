"""Screenshots of Sesiones de concejo (called by gui/screenshots/__init__.py): every tab of a held
session, a convened session with a late summons, a refused new session, the dialogs and the
summonses' preview. On a scratch copy of the data: nothing here touches the folder shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from pisac_desktop.db.models import CouncilSession, Minutes
from pisac_desktop.db.models.council import (
    CONVENED,
    DESPACHO,
    FOR,
    HELD,
    INFORMES,
    ORDEN_DEL_DIA,
    POSTPONED,
    PRESENT,
)
from pisac_desktop.paths import DataPaths

TAB_NAMES = ("datos", "agenda", "citaciones", "asistencia", "votaciones", "acta")


def _sessions(db, actor, today: dt.date) -> tuple[int | None, int | None]:
    """A held session (the one with most points) and a convened one; made here when the demo
    has none."""
    from pisac_desktop.council.session_view import session_detail

    with db.session() as s:
        held = s.execute(
            select(CouncilSession.id).join(Minutes, Minutes.session_id == CouncilSession.id,
                                           isouter=True)
            .where(CouncilSession.state == HELD)
            .order_by(Minutes.id.is_(None), CouncilSession.session_date.desc())).scalar()
        convened = s.scalars(select(CouncilSession.id)
                             .where(CouncilSession.state.in_((CONVENED, POSTPONED)))
                             .order_by(CouncilSession.session_date)).first()
    if held is None:
        held = _make_held(db, actor, today)
    if convened is None:
        convened = _make_convened(db, actor, today)
    if convened is not None:
        with db.session() as s:
            detail = session_detail(s, convened)
            late = [x for x in detail.summonses if x.delivered_at is None]
            if not detail.late and late and detail.session_date > detail.convened_on:
                from pisac_desktop.council.summons import DeliveryForm, record_delivery

                when = dt.datetime.combine(detail.session_date - dt.timedelta(days=1),
                                           dt.time(16, 30))
                record_delivery(s, actor, late[0].id,
                                DeliveryForm(when, late[0].addressee, "", "domicile"))
    return held, convened


def _make_held(db, actor, today: dt.date) -> int | None:
    from pisac_desktop.council.agenda import ItemForm, add_item
    from pisac_desktop.council.attendance import install, record_attendance
    from pisac_desktop.council.members import council_on
    from pisac_desktop.council.minutes import draft_minutes
    from pisac_desktop.council.sessions import create_session, new_session_form
    from pisac_desktop.council.summons import convene
    from pisac_desktop.council.votes import record_votes

    day = today - dt.timedelta(days=7)
    with db.session() as s:
        council = council_on(s, day)
        if council is None:
            return None
        form = new_session_form(s, day)
        form.session_date = day
        session_id = create_session(s, actor, form)
        for section, title in ((DESPACHO, "Oficio de la Gerencia Regional de Salud Cusco"),
                               (INFORMES, "Informe del avance de obras del tercer trimestre"),
                               (ORDEN_DEL_DIA, "Aprobar el Plan Operativo Institucional 2027")):
            add_item(s, actor, session_id, ItemForm(section=section, title=title))
        convene(s, actor, session_id, day - dt.timedelta(days=5))
        record_attendance(s, actor, session_id, {m.id: (PRESENT, "") for m in council.members})
        install(s, actor, session_id, "10:05")
        item = s.get(CouncilSession, session_id).items[-1]
        record_votes(s, actor, item.id, {m.id: (FOR, "") for m in council.able
                                         if not m.is_mayor})
        draft_minutes(s, actor, session_id)
    return session_id


def _make_convened(db, actor, today: dt.date) -> int | None:
    from pisac_desktop.council.agenda import ItemForm, add_item
    from pisac_desktop.council.members import council_on
    from pisac_desktop.council.sessions import create_session, new_session_form
    from pisac_desktop.council.summons import convene

    day = today + dt.timedelta(days=6)
    with db.session() as s:
        if council_on(s, day) is None:
            return None
        form = new_session_form(s, day, "extraordinary")
        form.session_date = day
        session_id = create_session(s, actor, form)
        add_item(s, actor, session_id, ItemForm(
            title="Declarar en emergencia la vía Pisac–Taray por deslizamientos"))
        convene(s, actor, session_id, today)
    return session_id


def council_screens(window, paths: DataPaths, out_dir: Path, files: list[Path],
                    save: Callable) -> None:
    from pisac_desktop.council.printing import summons_pdf
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.gui.context import AppContext
    from pisac_desktop.gui.council.dialogs import (
        DeliveryDialog,
        ItemDialog,
        PostponeDialog,
        ReasonDialog,
        RescheduleDialog,
    )
    from pisac_desktop.gui.council.minutes_tab import ApproveDialog, RegisterDialog
    from pisac_desktop.gui.council.section import CouncilSessionsSection
    from pisac_desktop.gui.pdf_preview import PdfPreviewDialog
    from pisac_desktop.gui.registry import module
    from pisac_desktop.gui.screenshots import scratch_copy

    with scratch_copy(paths) as (scratch, opened):
        with opened.db.session() as session:
            actor = demo_actor(session, "mhuillca")
        if actor is None:
            return  # not a demo folder
        ctx = AppContext(opened.db, scratch, actor)
        today = ctx.today()
        held, convened = _sessions(opened.db, actor, today)
        if held is None:
            return
        section = CouncilSessionsSection(ctx, module("secretaria"))
        section.exec_dialog = lambda dialog: False
        section.resize(1366 - 230, 700)
        section.show()
        section.load()
        section.select_id(held)
        for index, name in enumerate(TAB_NAMES):
            section.ui.detailTabs.setCurrentIndex(index)
            save(section, out_dir, f"sesion-{name}", files)
        detail = section.detail
        if convened is not None:
            section.select_id(convened)
            section.ui.detailTabs.setCurrentIndex(2)
            late = section.detail.late
            if late:
                position = section.detail.summonses.index(late[0])
                section.summons_tab.ui.summonsView.selectRow(position)
            save(section, out_dir, "sesion-citacion-tardia", files)
        section.new_session()
        section.data_tab.ui.placeEdit.clear()
        section.data_tab.ui.kindCombo.setCurrentIndex(1)
        section.data_tab.ui.convenedByCombo.setCurrentIndex(1)
        section.save()  # refused at its fields: nothing is written
        section.ui.detailTabs.setCurrentIndex(0)
        save(section, out_dir, "sesion-nueva-error", files)
        from pisac_desktop.gui.unsaved import discard_all

        discard_all(section)  # the refused new session is not kept (no question)

        with opened.db.session() as session:
            scheduled = session.scalars(select(CouncilSession.id).where(
                CouncilSession.state == "scheduled")).first()
        if scheduled is not None:
            section.select_id(scheduled)
        dialogs = [("punto-de-agenda", ItemDialog(ctx, section.detail or detail, None,
                                                  ORDEN_DEL_DIA, window))]
        if convened is not None:
            section.select_id(convened)
            c = section.detail
            dialogs += [
                ("entrega-de-citacion", DeliveryDialog(ctx, c, c.summonses[0], window)),
                ("reprogramar", RescheduleDialog(ctx, c, window)),
                ("nota-de-emergencia", ReasonDialog(ctx, c, "emergency", window)),
                ("postergar", PostponeDialog(ctx, c, window)),
                ("cancelar", ReasonDialog(ctx, c, "cancelled", window)),
            ]
        section.select_id(held)
        section.show_tab("minutes")
        minutes = section.minutes_tab.minutes
        if minutes is not None:
            dialogs.append(("aprobar-acta", ApproveDialog(ctx, detail.title, minutes,
                                                          detail.id, window)))
            if not minutes.registered:
                dialogs.append(("registrar-acta", RegisterDialog(ctx, detail.title, minutes,
                                                                 detail.id, window)))
        for name, dialog in dialogs:
            dialog.show()
            save(dialog, out_dir, f"sesion-{name}", files)
            dialog.done(0)
        target = convened if convened is not None else held
        with opened.db.session() as session:
            pdf, name = summons_pdf(session, target)
        from pisac_desktop.gui.screenshots import save_preview

        save_preview(PdfPreviewDialog(pdf, "Citaciones", name, scratch.documents, None, window),
                      out_dir, "sesion-citaciones-vista-previa", files)
        section.close()

