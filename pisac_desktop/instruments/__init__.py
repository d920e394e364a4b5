"""Numbered normative documents: kinds, drafts, issue, annulment, links, search, registers
and their printing. No Qt."""
