"""What every area stands on: errors, permissions, audit trail, accounts, institution,
calendar, numbering, verification codes, backups and integrity. No Qt."""
