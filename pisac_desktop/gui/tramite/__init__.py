"""Trámite documentario's screens: the Mesa de Partes and the bandejas of case files."""
