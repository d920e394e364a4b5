"""The phrases the descriptions share."""

UTC = "(fecha y hora en UTC: la hora de Lima más 5 horas)"
LIMA = "(fecha y hora de Lima, tal como se imprimió o se escribió)"
USER = "usuario (nombre de usuario en app_user.username)"
