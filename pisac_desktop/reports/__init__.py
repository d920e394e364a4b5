"""ReportLab builders for every printed document. Plain data in, PDF bytes out; no Qt here."""
