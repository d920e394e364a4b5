"""Moving in and out (issue 20): a municipality's first week with the program, and everything
taken out again.

- organization.py: the organisation (units, officeholders, council) from an Excel template;
- checklist.py: the setup checklist on the overview pages, and the printer's test page;
- export_all.py: every table, document, stored file and the audit trail into one folder that
  a successor system or an auditor can read without this program;
- import_all.py: that folder back into an empty database, value for value.

Above every area (it reads and writes all of them); no Qt.
"""
