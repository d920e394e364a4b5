"""The help (docs/ayuda) has no broken reference and the manual builds from it (CI check).

Every section of gui/registry.py has its page, listed in the index under its module; every
page is in the index; every picture a page shows exists; every link to another page resolves;
each screen's page has its parts (what it is for, a screenshot, 3 to 6 steps, the keys); the
news have an entry for this version; the manual builds and has every page's heading.
"""

import io
import re
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader

from pisac_desktop import __version__
from pisac_desktop.gui.registry import MODULES, SECTIONS
from pisac_desktop.reports import help_pages
from pisac_desktop.reports.help_pages import INDEX, NEWS

ROOT = Path(__file__).resolve().parents[2]
HELP = ROOT / "docs" / "ayuda"
PAGES = sorted(p.stem for p in HELP.glob("*.md"))
SCREENS = [key for key in PAGES if key not in (INDEX, NEWS)]


def test_the_program_reads_the_projects_help_in_a_checkout():
    assert help_pages.help_dir().resolve() == HELP


def test_every_section_of_the_registry_has_its_page_under_its_module():
    chapters = {c.title: c.keys for c in help_pages.chapters(HELP)}
    for module in MODULES:
        expected = [f"{s.module}-{s.key}" for s in SECTIONS if s.module == module.key]
        assert list(chapters[module.title]) == expected, module.title  # the registry's order
    missing = [f"{s.module}-{s.key}" for s in SECTIONS
               if not help_pages.exists(f"{s.module}-{s.key}", HELP)]
    assert missing == []


def test_every_page_is_in_the_index_once():
    keys = [k for c in help_pages.chapters(HELP) for k in c.keys]
    assert len(keys) == len(set(keys))
    assert sorted(keys) == sorted(p for p in PAGES if p != INDEX)


@pytest.mark.parametrize("key", PAGES)
def test_pictures_and_links_resolve(key):
    page = help_pages.load(key, HELP)
    assert page.title and page.title != key, "falta el título (# …) en la primera línea"
    missing = [str(p.relative_to(ROOT)) for p in page.image_paths() if not p.is_file()]
    assert missing == []
    for path in page.image_paths():
        assert path.parent == ROOT / "docs" / "screenshots", path  # shipped with the help
    for href in page.links():
        target = help_pages.link_key(href)
        assert target is not None, f"{href}: solo enlaces a otras páginas de la ayuda"
        assert help_pages.exists(target, HELP), href


@pytest.mark.parametrize("key", SCREENS)
def test_a_screens_page_says_what_for_shows_it_and_gives_steps_and_keys(key):
    page = help_pages.load(key, HELP)
    kinds = [b.kind for b in page.blocks]
    assert kinds[0] == "p", "primero, para qué sirve la pantalla"
    assert "image" in kinds, "una captura de la pantalla"
    headings = [b.text for b in page.blocks if b.kind == "h2"]
    assert headings[:2] == ["Paso a paso", "Teclas"]
    steps = page.blocks[kinds.index("h2") + 1]
    assert steps.kind == "ol" and 3 <= len(steps.items) <= 6, "de 3 a 6 pasos"
    keys = page.blocks[[b.text for b in page.blocks].index("Teclas") + 1]
    assert keys.kind == "ul" and "`F1`" in " ".join(keys.items)


@pytest.mark.parametrize("key", PAGES)
def test_pages_use_only_the_markdown_the_program_renders(key):
    text = (HELP / f"{key}.md").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        assert not re.match(r"\s*(\||<|```|####|\[\^)", line), f"{key}.md:{number}: {line}"
        assert line == line.rstrip(), f"{key}.md:{number}: espacios al final"
    assert text.startswith("# ")


def test_the_news_have_an_entry_for_this_version_with_its_date():
    page = help_pages.load(NEWS, HELP)
    versions = [b.text for b in page.blocks if b.kind == "h2"]
    assert re.fullmatch(rf"Versión {re.escape(__version__)} — \d{{1,2}} de \w+ de \d{{4}}",
                        versions[0])


def test_the_markdown_subset():
    page = help_pages.parse(
        "# Título\n\nUn **párrafo** con `F1`\ny una [página](otra.md).\n\n"
        "![Pie](../screenshots/x.png)\n\n1. uno\n2. dos\n   sigue\n- viñeta\n\n> nota\n> larga\n"
        "## Sub\ntexto *cursiva*\n", "k", HELP)
    assert page.title == "Título"
    assert [b.kind for b in page.blocks] == ["p", "image", "ol", "ul", "note", "h2", "p"]
    assert page.blocks[0].text == "Un **párrafo** con `F1` y una [página](otra.md)."
    assert page.blocks[2].items == ("uno", "dos sigue")
    assert page.blocks[4].text == "nota larga"
    assert page.links() == ["otra.md"]
    html = help_pages.render_inline(page.blocks[0].text, lambda s: s.replace("<", "&lt;"),
                                    bold="<b>{}</b>".format, italic="<i>{}</i>".format,
                                    key="<k>{}</k>".format,
                                    link=lambda label, href: f"<a {href}>{label}</a>")
    assert html == "Un <b>párrafo</b> con <k>F1</k> y una <a otra.md>página</a>."
    assert help_pages.plain(page.blocks[-1].text) == "texto cursiva"
    assert help_pages.link_key("https://www.gob.pe") is None
    assert help_pages.matches(page, "PARRAFO cursiva") and not help_pages.matches(page, "ausente")


def test_the_help_is_packaged_with_its_screenshots():
    force = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force["docs/ayuda"] == "pisac_desktop/resources/docs/ayuda"
    assert force["docs/screenshots"] == "pisac_desktop/resources/docs/screenshots"
    spec = (ROOT / "installer" / "pisac_desktop.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "docs" / "ayuda"), "resources/docs/ayuda")' in spec
    assert '(str(ROOT / "docs" / "screenshots"), "resources/docs/screenshots")' in spec


def test_a_bundle_finds_the_help_in_its_resources(tmp_path, monkeypatch):
    from pisac_desktop import paths

    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    (tmp_path / "resources" / "docs" / "ayuda").mkdir(parents=True)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert help_pages.help_dir() == tmp_path / "resources" / "docs" / "ayuda"
    assert paths.docs_dir() / "screenshots" == tmp_path / "resources" / "docs" / "screenshots"


def test_the_manual_builds_with_every_heading():
    from pisac_desktop.reports.manual import build_manual

    steps = []
    pdf = build_manual(__version__, folder=HELP, progress=lambda done, total: steps.append(
        (done, total)))
    reader = PdfReader(io.BytesIO(pdf))
    texts = [" ".join(page.extract_text().replace("\xa0", " ").split())
             for page in reader.pages]
    assert "Manual de usuario" in texts[0] and f"Versión {__version__}" in texts[0]
    assert "Contenido" in texts[1]
    start = next(n for n, text in enumerate(texts)
                 if "Cómo usar esta ayuda Pisac Desktop lleva" in text)
    contents = " ".join(texts[1:start])  # one page, or more as the help grows
    chapters = help_pages.chapters(HELP)
    assert steps[-1] == (sum(len(c.keys) for c in chapters),) * 2
    body = "\n".join(texts[start:])
    for c, chapter in enumerate(chapters, start=1):
        assert f"{c}. {chapter.title}" in body
        for p, key in enumerate(chapter.keys, start=1):
            title = help_pages.load(key, HELP).title
            heading = f"{c}.{p} {title}"
            assert heading in contents, f"contenido: {heading}"
            assert heading in body, heading
    # Links name the page they lead to: «Expedientes de la Gerencia (pág. 13)».
    number = int(re.search(r"Propuestas de agenda \(pág\. (\d+)\)", body).group(1))
    assert re.search(r"\d+\.\d+ Propuestas de agenda", texts[number - 1])
    assert len(reader.pages) > len(PAGES)
    assert reader.metadata.title == f"Manual de usuario de Pisac Desktop {__version__}"
