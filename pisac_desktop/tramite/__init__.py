"""Trámite documentario (ROF art. 57): the TUPA's procedures (`Procedure`), the intake desk
(Mesa de Partes, `intake`) that registers every incoming document as a numbered case file
(`CaseFile`, `EXP. N° 2026-004512`), its routing between units (`referral`; each stay a line of
the hoja de ruta, `RoutingSlip`), its deadlines in business days and the silence rule, each
unit's bandeja, and the printed cargo de recepción and hoja de ruta."""
