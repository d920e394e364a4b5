"""The user help: one short Spanish page per screen, in docs/ayuda/<clave>.md.

A section's page is named after its module and section keys in gui/registry.py
(`secretaria-intake.md`), a dialog's after its subject (`datos-institucion.md`). `indice.md`
lists every page under its chapter: that order is the help window's list and the manual's.
`novedades.md` holds what changed in each version.

The pages are written in a small Markdown subset, read here into blocks that the help window
(HTML in a QTextBrowser) and the manual (ReportLab) both render:

    # Título de la página            (once, first line)
    ## Subtítulo                     (### too)
    Un párrafo; líneas seguidas se unen.
    ![Pie de la imagen](../screenshots/mesa-de-partes.png)    (alone on its line)
    - viñeta                         1. paso numerado
    > Nota destacada.

Inline: **negrita**, *cursiva*, `Tecla` and [enlace](otra-pagina.md) to another page (or an
http or https address). Nothing else is interpreted. Plain data in, plain data out: no Qt here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pisac_desktop.paths import docs_dir

INDEX = "indice"
NEWS = "novedades"
SUFFIX = ".md"

_HEADING = re.compile(r"^(#{1,3})\s+(.*)$")
_IMAGE = re.compile(r"^!\[([^\]]*)\]\(([^)\s]+)\)$")
_BULLET = re.compile(r"^[-*]\s+(.*)$")
_NUMBERED = re.compile(r"^\d+[.)]\s+(.*)$")
_NOTE = re.compile(r"^>\s?(.*)$")
# **bold**, `key`, [label](href), *italic*: in that order of precedence.
_INLINE = re.compile(r"\*\*(?P<b>.+?)\*\*|`(?P<c>[^`]+)`|\[(?P<l>[^\]]+)\]\((?P<h>[^)\s]+)\)"
                     r"|\*(?P<i>[^*\s][^*]*)\*")


def help_dir() -> Path:
    return docs_dir() / "ayuda"


@dataclass(frozen=True)
class Block:
    kind: str  # "h2", "h3", "p", "ul", "ol", "note", "image"
    text: str = ""  # inline Markdown (headings, paragraphs, notes; an image's caption)
    items: tuple[str, ...] = ()  # "ul", "ol": inline Markdown of each item
    src: str = ""  # "image": its path, relative to the page


@dataclass(frozen=True)
class HelpPage:
    key: str
    title: str
    blocks: tuple[Block, ...]
    folder: Path

    def image_paths(self) -> list[Path]:
        return [(self.folder / b.src).resolve() for b in self.blocks if b.kind == "image"]

    def links(self) -> list[str]:
        """Every link target of the page, as written."""
        texts = [b.text for b in self.blocks] + [i for b in self.blocks for i in b.items]
        return [m.group("h") for t in texts for m in _INLINE.finditer(t) if m.group("h")]

    def text(self) -> str:
        """The words of the page, without markup (for the help window's search)."""
        texts = [self.title] + [b.text for b in self.blocks] + [
            i for b in self.blocks for i in b.items]
        return " ".join(plain(t) for t in texts if t)


@dataclass(frozen=True)
class Chapter:
    title: str
    keys: tuple[str, ...]


def parse(text: str, key: str, folder: Path) -> HelpPage:
    """Read a page's Markdown subset into blocks (see the module docstring)."""
    title = ""
    blocks: list[Block] = []
    paragraph: list[str] = []
    items: list[str] = []
    list_kind = ""

    def flush() -> None:
        nonlocal list_kind
        if paragraph:
            blocks.append(Block("p", " ".join(paragraph)))
            paragraph.clear()
        if items:
            blocks.append(Block(list_kind, items=tuple(items)))
            items.clear()
        list_kind = ""

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        if (m := _HEADING.match(line)) is not None:
            flush()
            level = len(m.group(1))
            if level == 1 and not title:
                title = m.group(2).strip()
            else:
                blocks.append(Block(f"h{max(level, 2)}", m.group(2).strip()))
        elif (m := _IMAGE.match(line)) is not None:
            flush()
            blocks.append(Block("image", m.group(1).strip(), src=m.group(2)))
        elif (m := _BULLET.match(line)) or (m := _NUMBERED.match(line)):
            kind = "ul" if _BULLET.match(line) else "ol"
            if paragraph or (list_kind and list_kind != kind):
                flush()
            list_kind = kind
            items.append(m.group(1).strip())
        elif (m := _NOTE.match(line)) is not None:
            flush()
            if blocks and blocks[-1].kind == "note":  # a note goes on over several lines
                blocks[-1] = Block("note", f"{blocks[-1].text} {m.group(1).strip()}")
            else:
                blocks.append(Block("note", m.group(1).strip()))
        elif items and raw[:1].isspace():  # an item's continuation line
            items[-1] = f"{items[-1]} {line}"
        else:
            if items:
                flush()
            paragraph.append(line)
    flush()
    return HelpPage(key, title or key, tuple(blocks), folder)


def page_path(key: str, folder: Path | None = None) -> Path:
    return (folder or help_dir()) / f"{key}{SUFFIX}"


def exists(key: str, folder: Path | None = None) -> bool:
    return page_path(key, folder).is_file()


def load(key: str, folder: Path | None = None) -> HelpPage:
    """The page `key`; FileNotFoundError when it is not there."""
    path = page_path(key, folder)
    return parse(path.read_text(encoding="utf-8"), key, path.parent)


def link_key(href: str) -> str | None:
    """The page a link names (`otra-pagina.md` -> `otra-pagina`); None for a web address."""
    if "://" in href or href.startswith("mailto:"):
        return None
    name = href.split("#", 1)[0].rsplit("/", 1)[-1]
    return name.removesuffix(SUFFIX) if name.endswith(SUFFIX) else None


def chapters(folder: Path | None = None) -> list[Chapter]:
    """indice.md's chapters (its `##` headings) with the pages each one links, in order."""
    index = load(INDEX, folder)
    found: list[Chapter] = []
    title, keys = "", []
    for block in index.blocks:
        if block.kind in ("h2", "h3"):
            if keys:
                found.append(Chapter(title, tuple(keys)))
            title, keys = block.text, []
        for item in (block.items if block.kind in ("ul", "ol") else ()):
            keys += [k for m in _INLINE.finditer(item) if m.group("h")
                     if (k := link_key(m.group("h"))) is not None]
    if keys:
        found.append(Chapter(title, tuple(keys)))
    return found


def all_keys(folder: Path | None = None) -> list[str]:
    """Every page in the index's order (each once)."""
    seen: dict[str, None] = {}
    for chapter in chapters(folder):
        seen.update(dict.fromkeys(chapter.keys))
    return list(seen)


def render_inline(text: str, escape: Callable[[str], str], *,
                  bold: Callable[[str], str], italic: Callable[[str], str],
                  key: Callable[[str], str], link: Callable[[str, str], str]) -> str:
    """`text`'s inline Markdown through the given formatters (their arguments are already
    escaped, except a link's href, given as written)."""
    out: list[str] = []
    end = 0
    for m in _INLINE.finditer(text):
        out.append(escape(text[end:m.start()]))
        if m.group("b") is not None:
            out.append(bold(escape(m.group("b"))))
        elif m.group("c") is not None:
            out.append(key(escape(m.group("c"))))
        elif m.group("l") is not None:
            out.append(link(escape(m.group("l")), m.group("h")))
        else:
            out.append(italic(escape(m.group("i"))))
        end = m.end()
    out.append(escape(text[end:]))
    return "".join(out)


def plain(text: str) -> str:
    """Inline Markdown as plain words."""
    return render_inline(text, lambda s: s, bold=lambda s: s, italic=lambda s: s,
                         key=lambda s: s, link=lambda label, _href: label)


def fold(text: str) -> str:
    """Lower case without accents, for the help window's search ('resolucion' finds
    'Resolución')."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def matches(page: HelpPage, query: str) -> bool:
    """Every word of `query` is somewhere in the page (accents and case aside)."""
    words = fold(page.text())
    return all(word in words for word in fold(query).split())
