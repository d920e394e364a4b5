"""Normas y resoluciones (Secretaría General) and Resoluciones y directivas (Gerencia Municipal):
the section, the drafting form and the dialogs for what happens after issue."""
