"""One search box over the whole office (issue 19): what the clerk types (a number, a DNI or
RUC, or words) found among the numbered documents, the case files, the units' documents, the
council's sessions and agenda items, and the people (council members; the filers of the case
files), grouped by kind, a few of each; each hit names what to open (its section and record).

What is typed is read (management/typed_query.py) as one of:
- a number, maybe named by its kind and with its year: "RA 45-2024", "45-2024", "ordenanza 12",
  "sesión ordinaria 5", "EXP N° 2026-000123", "123-2026", "oficio 7", "acuerdo 2025" (a kind
  and a year: that year's). Looked up by number (the unique indexes), nothing else;
- a DNI (8 digits) or a RUC (11): its filer's case files and whoever has it;
- words (accent- and case-insensitive, each a piece of the text): the text indexes of the
  documents and the case files (db/text_index.py, the sections' own boxes' indexes), read
  newest first for a few, and the smaller tables read here. A word needs 3 letters to be
  looked up in the large tables.

Every hit is plain data; the screen (gui/global_search.py) opens its Target.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.council.members import role_label
from pisac_desktop.db.models import (
    AgendaItem,
    CaseFile,
    CouncilMember,
    CouncilSession,
    Instrument,
    InstrumentKind,
    OrgUnit,
    Term,
    UnitDocument,
)
from pisac_desktop.db.models.council import KIND_LABELS as SESSION_KINDS
from pisac_desktop.db.models.instruments import ISSUED
from pisac_desktop.db.models.tramite import CASE_STATE_LABELS
from pisac_desktop.db.text_index import (
    CASE_TEXT,
    INSTRUMENT_TEXT,
    TRIGRAM,
    TextIndex,
    fold,
)
from pisac_desktop.instruments import search as instrument_search
from pisac_desktop.instruments.detail import kind_label
from pisac_desktop.instruments.notifications import document_text
from pisac_desktop.instruments.register import STATE_LABELS as INSTRUMENT_STATES
from pisac_desktop.management.typed_query import (
    INSTRUMENT_MODULES,
    MAX_WORDS,
    KindName,
    Query,
    kind_names,
    normal_text,
    read_query,
)
from pisac_desktop.tramite import documents as unit_documents
from pisac_desktop.tramite import views as case_views

GROUP_LIMIT = 5  # hits shown per kind; one more is read to know there are more
WINDOW = 20  # numbered documents read for the words (their modules say where "ver más" goes)
COUNT_CAP = 100  # numbered documents holding the words are counted this far ("más de 100")
SAMPLE_FACTOR = 25  # PostgreSQL: words in 1 row of 25 are looked for among the newest rows
FILER_SAMPLE = 60  # the newest case files holding the words, whose filers are looked at

INSTRUMENTS, CASES, UNIT_DOCUMENTS, SESSIONS, AGENDA, PEOPLE = (
    "instruments", "case_files", "unit_documents", "sessions", "agenda", "people")
GROUP_TITLES = {INSTRUMENTS: "Documentos numerados", CASES: "Expedientes",
                UNIT_DOCUMENTS: "Documentos de las unidades", SESSIONS: "Sesiones de concejo",
                AGENDA: "Puntos de agenda", PEOPLE: "Personas"}
ORDER = tuple(GROUP_TITLES)
# Where each module lists its numbered documents (the sections' titles, gui/registry.py).
INSTRUMENT_SECTIONS = dict(zip(INSTRUMENT_MODULES, ("Normas y resoluciones",
                                                    "Resoluciones y directivas"), strict=True))
SESSION_STATES = {"scheduled": "Programada", "convened": "Convocada", "held": "Realizada",
                  "suspended": "Suspendida", "postponed": "Postergada",
                  "not_installed": "No instalada", "cancelled": "Cancelada"}


# ----------------------------------------------------------------------------------------------
# What the screen gets


@dataclass(frozen=True)
class Target:
    """What to open: a section of a module (module None: the section every module has, such
    as the case files; the one on screen), a record in it, a tab of its detail, or the text
    its own search box is given (its list then shows the record, or everything found)."""

    module: str | None
    section: str
    record_id: int | None = None
    tab: str | None = None
    search: str = ""


@dataclass(frozen=True)
class Hit:
    title: str
    subtitle: str
    target: Target


@dataclass(frozen=True)
class More:
    """"Ver más": the section's own list, given the same search."""

    label: str
    target: Target


@dataclass(frozen=True)
class Group:
    key: str
    hits: tuple[Hit, ...]
    more: tuple[More, ...] = ()
    total: int | None = None  # when counted (up to COUNT_CAP + 1)
    exact: bool = False  # found by its number or document: shown first

    @property
    def title(self) -> str:
        return GROUP_TITLES[self.key]

    @property
    def heading(self) -> str:
        """'Expedientes', 'Documentos numerados (12)', '… (más de 1.000)'."""
        if self.total is None or self.total <= len(self.hits):
            return self.title
        if self.total > COUNT_CAP:
            return f"{self.title} (más de {COUNT_CAP})"
        return f"{self.title} ({self.total})"


@dataclass(frozen=True)
class Answer:
    text: str  # what was searched (spaces collapsed)
    groups: tuple[Group, ...]
    searched: bool = True  # False: too little typed to look anything up (a word of 1 or 2)

    @property
    def hits(self) -> list[Hit]:
        return [hit for group in self.groups for hit in group.hits]

    @property
    def first(self) -> Hit | None:
        return next(iter(self.hits), None)


# ----------------------------------------------------------------------------------------------
# Each kind of hit


def _one_line(text: str, limit: int = 160) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


def _loose_like(column, word: str):
    """SQL's first pass for tables without a folded column: lower(column) LIKE '%w_rd%',
    each letter an accent or a tilde may hide (a e i o u n) standing for any one character;
    the folded text is compared in Python after."""
    pattern = "".join("_" if c in "aeioun" else "\\" + c if c in "%_\\" else c for c in word)
    return func.lower(column).like(f"%{pattern}%", escape="\\")


def _contains(words: tuple[str, ...], *texts: str) -> bool:
    hay = fold(" ".join(t or "" for t in texts))
    return all(w in hay for w in words)


def _newest_holding(session: Session, index: TextIndex, query: Select, key, text_column,
                    words: tuple[str, ...], limit: int,
                    counted: bool = False) -> tuple[list, int | None]:
    """The `limit` newest (highest key) rows of `query` (its table's, maybe joined to others:
    it filters nothing) holding every word; and, `counted`, how many hold them (up to
    COUNT_CAP + 1; None when fewer than `limit` were found: all of them).

    SQLite reads the text index backwards (FTS5 reads its lists lazily: a frequent word fills
    the page at once, a rare one has a short list). On PostgreSQL the newest rows are read
    first in the key's order (text_index.TextIndex.walk), SAMPLE_FACTOR times `limit` of
    them: words that frequent fill the page there; rarer ones are found through the trigram
    index, their keys first (the planner, misjudging how many rows hold a piece of text,
    would otherwise join or sort more than it needs)."""
    words = list(words)
    if session.get_bind().dialect.name == "sqlite":
        fts = index.fts_table()
        ordered = (query.join(fts, fts.c.rowid == key)
                   .where(fts.c[index.fts].op("MATCH")(index.phrase(words)))
                   .where(*index.likes(text_column, [w for w in words if len(w) < TRIGRAM]))
                   .order_by(fts.c.rowid.desc()))
        rows = session.execute(ordered.limit(limit)).all()
        keys = ordered
    else:
        newest = query.order_by(key.desc()).limit(limit * SAMPLE_FACTOR)
        rows = session.execute(index.walk(newest, "postgresql", key, text_column, words)
                               .limit(limit)).all()
        keys = index.narrow(select(key), "postgresql", key, text_column, words)
        if len(rows) < limit:  # the newest of them, and how many (one pass of the index)
            found = session.scalars(keys.order_by(key.desc()).limit(COUNT_CAP + 1)).all()
            rows = session.execute(query.where(key.in_(found[:limit]))
                                   .order_by(key.desc())).all()
            return rows, (len(found) if counted and len(rows) == limit else None)
    if not counted or len(rows) < limit:
        return rows, None
    return rows, index.capped_count(session, keys, COUNT_CAP)


_INSTRUMENT_COLUMNS = (Instrument.id, Instrument.kind_code, InstrumentKind.title,
                       InstrumentKind.module, Instrument.number, Instrument.number_text,
                       Instrument.doc_date, Instrument.summary, Instrument.state)


def _instrument_hit(r) -> Hit:
    numbered = r.number is not None
    return Hit(
        r.number_text if numbered else f"{kind_label(r.title)} (borrador)",
        " · ".join(filter(None, (f"{r.doc_date:%d/%m/%Y}",
                                 "" if r.state == ISSUED else INSTRUMENT_STATES[r.state],
                                 _one_line(r.summary)))),
        Target(r.module if r.module in INSTRUMENT_SECTIONS else "secretaria", "instruments",
               r.id, search=r.number_text if numbered else ""))


def instruments_group(session: Session, q: Query) -> Group | None:
    """Numbered documents: by number (and kind, year: the list's own filters), or the newest
    holding the words of their text (number, summary, considerandos…)."""
    base = select(*_INSTRUMENT_COLUMNS).join(InstrumentKind)
    if q.by_number:
        if not q.names("i:"):
            return None
        flt = instrument_search.InstrumentFilter(kind_codes=q.of("i:"), number=q.number,
                                                 year=q.year)
        total = instrument_search.count(session, flt)
        found = [r.id for r in instrument_search.search(session, flt, 0, GROUP_LIMIT, total)]
        rows = session.execute(base.where(Instrument.id.in_(found)).order_by(
            Instrument.doc_date.desc(), Instrument.id.desc())).all()
    else:
        rows, total = _newest_holding(session, INSTRUMENT_TEXT, base, Instrument.id,
                                      Instrument.search_text, q.words, WINDOW, counted=True)
        total = len(rows) if total is None else total
    if not rows:
        return None
    hits = tuple(_instrument_hit(r) for r in rows[:GROUP_LIMIT])
    more = ()
    if not q.by_number and total > len(hits):
        seen = dict.fromkeys(r.module for r in rows if r.module in INSTRUMENT_SECTIONS)
        more = tuple(More(f"Ver todos en {INSTRUMENT_SECTIONS[m]}",
                          Target(m, "instruments", search=" ".join(q.words))) for m in seen)
    return Group(INSTRUMENTS, hits, more, total, q.by_number)


def _case_hit(case_id: int, number_text: str, filer: str, subject: str, state: str) -> Hit:
    return Hit(number_text, " · ".join(filter(None, (
        _one_line(filer, 60), _one_line(subject, 120), state))),
        Target(None, "case_files", case_id, search=number_text))


def _cases_by_words(session: Session, words: tuple[str, ...], limit: int) -> list:
    """The newest case files holding every word."""
    query = select(CaseFile.id, CaseFile.number_text, CaseFile.filer_name, CaseFile.subject,
                   CaseFile.state, CaseFile.filer_document_type, CaseFile.filer_document)
    return _newest_holding(session, CASE_TEXT, query, CaseFile.id, CaseFile.search_text,
                           words, limit)[0]


def cases_group(session: Session, actor: Actor, q: Query, sample: list) -> Group | None:
    """Case files: by number ("2026-123", or this year's "123", as the section's box reads
    it), by their filer's DNI or RUC, or by the words of their number, filer and subject
    (`sample`: the newest case files holding them)."""
    if q.document or (q.by_number and q.number is not None and q.names("case_file")):
        asked = q.document or (f"{q.year}-{q.number}" if q.year else str(q.number))
        rows = case_views.find(session, actor, asked, limit=GROUP_LIMIT + 1)
        hits = [_case_hit(r.id, r.number_text, r.filer_name, r.subject, r.state_label)
                for r in rows]
        more_text, exact = asked, True
    elif q.by_words:
        hits = [_case_hit(r.id, r.number_text, r.filer_name, r.subject,
                          CASE_STATE_LABELS.get(r.state, r.state))
                for r in sample[:GROUP_LIMIT + 1]]
        more_text, exact = " ".join(q.words), False
    else:
        return None
    if not hits:
        return None
    more = (More("Ver todos en Expedientes", Target(None, "case_files", search=more_text)),) \
        if len(hits) > GROUP_LIMIT else ()
    return Group(CASES, tuple(hits[:GROUP_LIMIT]), more, exact=exact)


def unit_documents_group(session: Session, actor: Actor, q: Query) -> Group | None:
    """The units' oficios, cartas, informes…: by kind and number, or words of their number,
    addressee and subject; only of the units whose documents this user may open."""
    if not (q.by_words or (q.by_number and q.names("u:"))):
        return None
    query = select(UnitDocument.id, UnitDocument.unit_id, UnitDocument.kind,
                   UnitDocument.number_text, UnitDocument.addressee, UnitDocument.subject,
                   UnitDocument.reference, UnitDocument.doc_date, OrgUnit.name).join(
        OrgUnit, OrgUnit.id == UnitDocument.unit_id)
    if q.by_number:
        if q.of("u:"):
            query = query.where(UnitDocument.kind.in_(q.of("u:")))
        if q.number is not None:
            query = query.where(UnitDocument.number == q.number)
        if q.year is not None:
            query = query.where(UnitDocument.year == q.year)
    else:
        for word in q.words:
            query = query.where(_loose_like(UnitDocument.number_text, word)
                                | _loose_like(UnitDocument.addressee, word)
                                | _loose_like(UnitDocument.subject, word)
                                | _loose_like(UnitDocument.reference, word))
    query = query.order_by(UnitDocument.id.desc())
    hits, units = [], None  # the units this person may open: asked once one matched
    for r in session.execute(query):
        if q.by_number or _contains(q.words, r.number_text, r.addressee, r.subject,
                                    r.reference):
            if units is None:
                units = {u.id for u in case_views.unit_choices(session, actor)}
            if r.unit_id not in units:
                continue
            title = r.number_text or f"{unit_documents.KINDS[r.kind][0].capitalize()} " \
                                     "(borrador)"
            hits.append(Hit(title, " · ".join(filter(None, (
                r.name, f"{r.doc_date:%d/%m/%Y}" if r.doc_date else "",
                _one_line(r.addressee, 60), _one_line(r.subject, 120)))),
                Target(None, "unit_documents", r.id)))
            if len(hits) > GROUP_LIMIT:
                break
    return Group(UNIT_DOCUMENTS, tuple(hits[:GROUP_LIMIT]), exact=q.by_number) if hits \
        else None


FOLDED_KINDS = {kind: fold(label) for kind, label in SESSION_KINDS.items()}


def session_name(kind: str, number: int, year: int) -> str:
    """'Sesión ordinaria N° 05-2026'."""
    return f"Sesión {SESSION_KINDS[kind].lower()} N° {number:02d}-{year}"


def sessions_group(session: Session, q: Query) -> Group | None:
    """Council sessions: by kind, number and year, or words of their name, date and place."""
    if not (q.by_words or (q.by_number and q.names("s:"))):
        return None
    query = select(CouncilSession.id, CouncilSession.kind, CouncilSession.number,
                   CouncilSession.year, CouncilSession.session_date, CouncilSession.state,
                   CouncilSession.place).order_by(CouncilSession.session_date.desc(),
                                                  CouncilSession.id.desc())
    if q.by_number:
        if q.of("s:"):
            query = query.where(CouncilSession.kind.in_(q.of("s:")))
        if q.number is not None:
            query = query.where(CouncilSession.number == q.number)
        if q.year is not None:
            query = query.where(CouncilSession.year == q.year)
    hits, places = [], {}  # each place folded once (a council meets in a few rooms)
    for r in session.execute(query):
        name = session_name(r.kind, r.number, r.year)
        if r.place not in places:
            places[r.place] = fold(r.place)
        hay = f"sesion {FOLDED_KINDS[r.kind]} n° {r.number:02d}-{r.year} " \
              f"{r.session_date:%d/%m/%Y} {places[r.place]}"
        if q.by_number or all(w in hay for w in q.words):
            hits.append(Hit(name, f"{r.session_date:%d/%m/%Y} · "
                                  f"{SESSION_STATES.get(r.state, r.state)} · {r.place}",
                            Target("secretaria", "council_sessions", r.id)))
            if len(hits) > GROUP_LIMIT:
                break
    return Group(SESSIONS, tuple(hits[:GROUP_LIMIT]), exact=q.by_number) if hits else None


def agenda_group(session: Session, q: Query) -> Group | None:
    """Agenda items, by the words of their title and detail: their session's agenda."""
    if not q.by_words:
        return None
    query = (select(AgendaItem.session_id, AgendaItem.title, AgendaItem.detail,
                    CouncilSession.kind, CouncilSession.number, CouncilSession.year,
                    CouncilSession.session_date)
             .join(CouncilSession, CouncilSession.id == AgendaItem.session_id)
             .order_by(CouncilSession.session_date.desc(), AgendaItem.position))
    for word in q.words:
        query = query.where(_loose_like(AgendaItem.title, word)
                            | _loose_like(AgendaItem.detail, word))
    hits, seen = [], set()
    for r in session.execute(query):
        if _contains(q.words, r.title, r.detail) and (r.session_id, r.title) not in seen:
            seen.add((r.session_id, r.title))
            hits.append(Hit(_one_line(r.title), f"{session_name(r.kind, r.number, r.year)} · "
                                                f"{r.session_date:%d/%m/%Y}",
                            Target("secretaria", "council_sessions", r.session_id,
                                   tab="agenda")))
            if len(hits) > GROUP_LIMIT:
                break
    return Group(AGENDA, tuple(hits[:GROUP_LIMIT])) if hits else None


def _members(session: Session, q: Query) -> list[Hit]:
    """Alcaldes and regidores of every term, by name or DNI."""
    if not (q.document or q.by_words):
        return []
    rows = session.execute(select(CouncilMember.id, CouncilMember.full_name,
                                  CouncilMember.dni, CouncilMember.role,
                                  CouncilMember.feminine, Term.start_year, Term.end_year)
                           .join(Term, Term.id == CouncilMember.term_id)
                           .order_by(Term.start_year.desc(), CouncilMember.position))
    return [Hit(r.full_name, f"{role_label(r.role, r.feminine)}, periodo "
                             f"{r.start_year}-{r.end_year} · DNI {r.dni}",
                Target("secretaria", "authorities", r.id))
            for r in rows if (r.dni == q.document if q.document
                              else _contains(q.words, r.full_name))]


def _filers(session: Session, q: Query, sample: list) -> list[Hit]:
    """Who filed case files: by DNI or RUC, or the words of their name (among `sample`, the
    newest case files holding the words); each opens their case files."""
    if q.document:
        rows = session.execute(select(CaseFile.filer_name, CaseFile.filer_document_type,
                                      CaseFile.filer_document)
                               .where(CaseFile.filer_document == q.document)
                               .order_by(CaseFile.id.desc()).limit(1)).all()
    elif q.by_words:
        rows = [r for r in sample if _contains(q.words, r.filer_name)]
    else:
        return []
    people: dict[str, tuple[str, str]] = {}
    for r in rows:
        people.setdefault(r.filer_document, (r.filer_name, r.filer_document_type))
        if len(people) > GROUP_LIMIT:
            break
    if not people:
        return []
    counts = dict(session.execute(select(CaseFile.filer_document, func.count())
                                  .where(CaseFile.filer_document.in_(list(people)))
                                  .group_by(CaseFile.filer_document)).all())
    return [Hit(name, f"{document_text(kind, document)} · "
                      f"{_case_count(counts.get(document, 0))}",
                Target(None, "case_files", search=document))
            for document, (name, kind) in people.items()]


def _case_count(n: int) -> str:
    return "1 expediente" if n == 1 else f"{n} expedientes"


def people_group(session: Session, q: Query, sample: list) -> Group | None:
    hits = _members(session, q) + _filers(session, q, sample)
    return Group(PEOPLE, tuple(hits[:GROUP_LIMIT]), exact=bool(q.document)) if hits else None


# ----------------------------------------------------------------------------------------------
# The search


def search(session: Session, actor: Actor, text: str) -> Answer:
    """Everything the text finds, grouped: those found by their number or document first,
    then in the order of ORDER; at most GROUP_LIMIT hits a group."""
    require(actor, Permission.VIEW, session)
    query = read_query(text, kind_names(session))
    if not (query.by_number or query.document or query.by_words):
        return Answer(query.text, (), searched=False)
    sample = _cases_by_words(session, query.words, FILER_SAMPLE) if query.by_words else []
    sources: tuple[Callable[[], Group | None], ...] = (
        lambda: instruments_group(session, query),
        lambda: cases_group(session, actor, query, sample),
        lambda: unit_documents_group(session, actor, query),
        lambda: sessions_group(session, query),
        lambda: agenda_group(session, query),
        lambda: people_group(session, query, sample),
    )
    groups = [g for g in (source() for source in sources) if g is not None]
    groups.sort(key=lambda g: (not g.exact, ORDER.index(g.key)))
    return Answer(query.text, tuple(groups))


__all__ = ["COUNT_CAP", "GROUP_LIMIT", "MAX_WORDS", "Answer", "Group", "Hit", "KindName", "More",
           "Query", "Target", "normal_text", "read_query", "search"]
