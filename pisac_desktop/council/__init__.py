"""The municipal council: members and terms, sessions, agenda, summons, attendance, votes,
minutes and books, proposals and allowances, and their printing. No Qt."""
