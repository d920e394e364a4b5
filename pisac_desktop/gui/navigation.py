"""Opening a record where it lives: its module's tab, its section, the record selected (and a
tab of its detail), from anywhere — a pending row of a Resumen (gui/overview.py), a hit of the
search box (gui/global_search.py), a document a council vote produced.

A section says what it can do by the methods it has:
- search_for(text, select_id): its own search box given the text (its list then holds the
  record, which is selected; or everything the text finds);
- load_and_select(record_id): read again and select the record;
- select_id(record_id) and show_tab(key): select it now, and show a tab of its detail.
Only sections the signed-in person may see can be opened (the pages hold only those:
SectionSpec.shown_to).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def open_in_page(page, key: str, record_id: int | None = None, tab: str | None = None,
                 search: str = "") -> QWidget | None:
    """Show a section of a module page and, in it, a record (or the list its search gives);
    None when the page has no such section for this person."""
    if not any(spec.key == key for spec in page.specs):
        return None
    section = page.select(key)
    if section is None:
        return None
    if search and hasattr(section, "search_for"):
        section.search_for(search, record_id)
    elif record_id is None:
        pass
    elif hasattr(section, "load_and_select"):
        section.load_and_select(record_id)
    elif hasattr(section, "select_id"):
        section.select_id(record_id)
    if record_id is not None and tab and hasattr(section, "show_tab"):
        section.show_tab(tab)
    return section


def page_for(window, module: str | None, key: str):
    """The module page that shows section `key` to this person: `module`'s, or (None: a
    section every module has) the page on screen, else the first that has it."""
    pages = getattr(window, "pages", {}) or {}
    if module is not None:
        page = pages.get(module)
        return page if page is not None and _has(page, key) else None
    current = window.ui.moduleTabs.currentWidget() if hasattr(window, "ui") else None
    if current in pages.values() and _has(current, key):
        return current
    return next((p for p in pages.values() if _has(p, key)), None)


def _has(page, key: str) -> bool:
    return any(spec.key == key for spec in page.specs)


def can_open(window, module: str | None, key: str) -> bool:
    return page_for(window, module, key) is not None


def open_target(window, module: str | None, key: str, record_id: int | None = None,
                tab: str | None = None, search: str = "") -> QWidget | None:
    """Bring the module's tab to the front and open the section there (open_in_page)."""
    page = page_for(window, module, key)
    if page is None:
        return None
    tabs = window.ui.moduleTabs
    if tabs.currentWidget() is not page:
        tabs.setCurrentWidget(page)
    return open_in_page(page, key, record_id, tab, search)
