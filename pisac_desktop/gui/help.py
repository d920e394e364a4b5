"""F1: the help page of the screen in front, in a help window; the manual in PDF; the news.

Which page (topic_for): in the main window, the section shown (module tab + section,
`secretaria-intake`); in a dialog, the dialog's own page when it has one (DIALOG_TOPICS, by the
dialog's object name, which its .ui gives), else the section it was opened from (its parent),
else the index. The pages are docs/ayuda/*.md (reports/help_pages.py reads them).

How F1 reaches here: the main window has its menu action «Ayuda de esta pantalla» (F1); every
other window (the dialogs, modal or not, and the sign-in before the main window) gets an F1
shortcut the first time it takes the focus (install_help_key(): one connection to
QApplication.focusChanged, no per-event filter). The help window is non-modal and belongs to
the window in front, so that it answers while a modal dialog waits; one per window, reused.

Ayuda › Manual de usuario builds the PDF from the same pages (reports/manual.py) in the data
folder's documentos/ once per version (again when a page or picture is newer), and opens it with
the system viewer. Ayuda › Novedades shows novedades.md; show_news_if_new() shows it once per
user after the version changes (ayuda.ini in the data folder, like diseno.ini).
"""

from __future__ import annotations

import html
import logging
import tempfile
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFont, QImageReader, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from pisac_desktop import __version__
from pisac_desktop.gui.forms.ui_help_window import Ui_HelpWindow
from pisac_desktop.paths import write_whole
from pisac_desktop.reports import help_pages
from pisac_desktop.reports.help_pages import INDEX, NEWS, HelpPage

log = logging.getLogger(__name__)

# A dialog's object name (the name of its .ui form) -> its help page. A dialog not listed
# shows the page of the section it was opened from.
DIALOG_TOPICS: dict[str, str] = {
    "SignInDialog": "inicio-de-sesion",
    "ChangePasswordDialog": "inicio-de-sesion",
    "FirstRunDialog": "inicio-de-sesion",
    "InstitutionDialog": "datos-institucion",
    "CouncilTermsDialog": "concejo-periodos",
    "CouncilSettingsDialog": "concejo-y-citaciones",
    "CalendarDialog": "calendario",
    "NonWorkingDayDialog": "calendario",
    "InstrumentKindsDialog": "tipos-de-documento",
    "TupaDialog": "procedimientos-tupa",
    "TupaProcedureDialog": "procedimientos-tupa",
    "AppealRulesDialog": "recursos-y-plazos",
    "ConnectionDialog": "conexion-base-de-datos",
    "UsersDialog": "usuarios",
    "UserFormDialog": "usuarios",
    "AuditViewerDialog": "registro-auditoria",
    "BackupProgressDialog": "copias-de-seguridad",
    "RestoreDialog": "restaurar-copia",
    "DamagedDatabaseDialog": "restaurar-copia",
    "PdfPreviewDialog": "vista-previa",
}
NEWS_FILE = "ayuda.ini"  # in the data folder: the version whose news each user has seen
MANUAL_NAME = "Manual de usuario de Pisac Desktop {version}.pdf"
IMAGE_MARGIN = 36  # px between a picture and the help window's edges
_HELP_KEY = "pisacHelpKey"  # property of a window that has its F1 shortcut
_keep: list[QWidget] = []  # help windows without an owner window (none in practice)


def section_topic(module_key: str, section_key: str) -> str:
    return f"{module_key}-{section_key}"


# --- which page ------------------------------------------------------------------------------

def topic_for(widget: QWidget | None) -> str:
    """The help page of the screen `widget` is on (see the module docstring)."""
    from pisac_desktop.gui.module_page import ModulePage

    start = widget.window() if widget is not None else None
    chain: list[QWidget] = []
    current = widget
    while current is not None:
        chain.append(current)
        if current.isWindow():
            if isinstance(current, HelpWindow):
                return current.current or INDEX
            topic = DIALOG_TOPICS.get(current.objectName())
            if topic is not None:
                return topic
        if isinstance(current, ModulePage):
            return _section_of(current, chain)
        tabs = getattr(getattr(current, "ui", None), "moduleTabs", None)
        if isinstance(current, QMainWindow) and tabs is not None:
            page = tabs.currentWidget()
            # From the main window itself: its section. From a dialog of the menus: the index.
            if current is start and isinstance(page, ModulePage):
                return _section_of(page, chain)
            return INDEX
        current = current.parentWidget()
    return INDEX


def _section_of(page, chain: list[QWidget]) -> str:
    """The section of `page` that `chain` (a widget and its parents) passes through, else the
    section shown."""
    for spec in page.specs:
        shown = page.widgets.get(spec.key)
        if shown is not None and any(shown is w for w in chain):
            return section_topic(spec.module, spec.key)
    row = page.ui.sectionList.currentRow()
    if 0 <= row < len(page.specs):
        return section_topic(page.specs[row].module, page.specs[row].key)
    return section_topic(page.module.key, "overview")


def _context_of(widget: QWidget | None):
    """The AppContext of the window `widget` belongs to (the main window's), if any."""
    current = widget
    while current is not None:
        ctx = getattr(current, "ctx", None)
        if ctx is not None and hasattr(ctx, "paths") and hasattr(ctx, "db"):
            return ctx
        current = current.parentWidget()
    for top in QApplication.topLevelWidgets():
        ctx = getattr(top, "ctx", None)
        if isinstance(top, QMainWindow) and ctx is not None and hasattr(ctx, "paths"):
            return ctx
    return None


# --- the F1 key in every window ----------------------------------------------------------------

def install_help_key(app: QApplication | None = None) -> None:
    """F1 in every window of the application (once per application): when a window becomes
    the active one, it gets its F1 key (the main window has its menu action instead)."""
    app = app or QApplication.instance()
    if app is None or app.property(_HELP_KEY):
        return
    app.setProperty(_HELP_KEY, True)
    # Not QApplication.focusChanged: it also fires while a widget is being destroyed, and a
    # Python slot touching that widget crashed the process. The active window is read after
    # the change, from the application, when the event loop comes back.
    # A slot without parameters, declared to Qt: the window that changed is never handed to
    # Python (a Python callable receiving it crashed when that window was being destroyed).
    app._pisac_help_key = _ActiveWindowWatch(app)
    app.focusWindowChanged.connect(app._pisac_help_key.changed)


class _ActiveWindowWatch(QObject):
    @Slot()
    def changed(self) -> None:
        QTimer.singleShot(0, _key_for_active_window)


def _key_for_active_window() -> None:
    window = QApplication.activeWindow()
    # The main window has its menu action with F1; a second F1 there would be ambiguous.
    if window is None or isinstance(window, QMainWindow) or window.property(_HELP_KEY):
        return
    window.setProperty(_HELP_KEY, True)
    _add_help_key(window)


def _add_help_key(window: QWidget) -> None:
    if not shiboken6.isValid(window):
        return
    shortcut = QShortcut(QKeySequence(Qt.Key_F1), window)
    shortcut.setObjectName("helpShortcut")
    # Nothing here may hold the window: a window created in Python whose last reference sat in
    # its own shortcut's slot was freed twice when Qt deleted it (a crash in the tests).
    shortcut.activated.connect(_help_for_focus)


def _help_for_focus() -> None:
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    if widget is not None:
        help_for_screen(widget)


def help_for_screen(widget: QWidget) -> HelpWindow:
    """F1: the page of the screen `widget` is on."""
    return show_help(widget, topic_for(widget))


def show_help(anchor: QWidget | None, topic: str) -> HelpWindow:
    """Show `topic` in the help window of `anchor`'s window (created the first time)."""
    owner = anchor.window() if anchor is not None else None
    if isinstance(owner, HelpWindow):
        window = owner
    else:
        window = None
        if owner is not None:
            window = next((c for c in owner.findChildren(HelpWindow)
                           if c.parentWidget() is owner), None)
        if window is None:
            window = HelpWindow(owner, ctx=_context_of(anchor))
            if owner is None:
                _keep.append(window)
    window.show()  # laid out first: the pictures take the width of the page
    window.show_topic(topic)
    window.raise_()
    window.activateWindow()
    window.ui.browser.setFocus()  # the arrows and Page Down scroll the page at once
    return window


# --- the help window -------------------------------------------------------------------------

class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None, ctx=None):
        super().__init__(parent)
        self.ui = Ui_HelpWindow()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowContextHelpButtonHint, False)
        self.setWindowFlag(Qt.WindowMaximizeButtonHint, True)
        self.ctx = ctx
        self.current: str | None = None
        self.history: list[str] = []
        self.pages: dict[str, HelpPage] = {}
        self.items: dict[str, QTreeWidgetItem] = {}
        self._rendered_width = 0
        self._rerender = QTimer(self, singleShot=True, interval=80)
        self._rerender.timeout.connect(lambda: self._render(keep_scroll=True))
        ui = self.ui
        ui.browser.document().setDefaultStyleSheet(
            "h1 { font-size: x-large; } h2 { font-size: large; } li { margin-bottom: 3px; }")
        ui.browser.anchorClicked.connect(self.follow)
        ui.browser.viewport().installEventFilter(self)
        ui.topicTree.currentItemChanged.connect(self._topic_chosen)
        ui.searchEdit.textChanged.connect(self.filter_topics)
        ui.searchEdit.returnPressed.connect(self._open_first_found)
        ui.backButton.clicked.connect(self.back)
        ui.indexButton.clicked.connect(lambda: self.show_topic(INDEX))
        ui.manualButton.clicked.connect(lambda: open_manual(self, self.ctx))
        ui.closeButton.clicked.connect(self.close)
        back = QShortcut(QKeySequence(Qt.ALT | Qt.Key_Left), self)
        back.activated.connect(self.back)
        ui.splitter.setSizes([300, 700])
        ui.splitter.setStretchFactor(1, 1)
        self._fill_topics()
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Not larger than the screen (1366×768 leaves about 1366×728 for windows)."""
        screen = (self.parentWidget() or self).screen() or QApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        self.resize(min(self.width(), room.width() - 40), min(self.height(), room.height() - 60))

    # --- topics ---------------------------------------------------------------------------------
    def page(self, key: str) -> HelpPage | None:
        if key not in self.pages:
            try:
                self.pages[key] = help_pages.load(key)
            except (OSError, UnicodeDecodeError):
                log.warning("help page %s not found", key)
                return None
        return self.pages[key]

    def _fill_topics(self) -> None:
        tree = self.ui.topicTree
        tree.clear()
        index = self.page(INDEX)
        if index is not None:
            item = QTreeWidgetItem(tree, ["Cómo usar la ayuda"])
            item.setData(0, Qt.UserRole, INDEX)
            self.items[INDEX] = item
        try:
            chapters = help_pages.chapters()
        except OSError:
            chapters = []
        bold = QFont(tree.font())
        bold.setBold(True)
        for chapter in chapters:
            head = QTreeWidgetItem(tree, [chapter.title])
            head.setFont(0, bold)
            head.setFlags(head.flags() & ~Qt.ItemIsSelectable)
            for key in chapter.keys:
                page = self.page(key)
                if page is None:
                    continue
                item = QTreeWidgetItem(head, [page.title])
                item.setData(0, Qt.UserRole, key)
                self.items[key] = item
            head.setExpanded(True)

    def _topic_chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        key = item.data(0, Qt.UserRole) if item is not None else None
        if key and key != self.current:
            self.show_topic(key)

    def filter_topics(self, text: str) -> None:
        """Only the pages with every word typed (accents and case aside)."""
        tree = self.ui.topicTree
        for i in range(tree.topLevelItemCount()):
            head = tree.topLevelItem(i)
            children = [head.child(j) for j in range(head.childCount())]
            for child in children:
                page = self.page(child.data(0, Qt.UserRole))
                child.setHidden(page is None or not help_pages.matches(page, text))
            if children:
                head.setHidden(all(c.isHidden() for c in children))
            else:
                page = self.page(head.data(0, Qt.UserRole))
                head.setHidden(page is None or not help_pages.matches(page, text))

    def found(self) -> list[str]:
        """The pages the search leaves in the list, in order."""
        return [key for key, item in self.items.items() if not item.isHidden()
                and (item.parent() is None or not item.parent().isHidden())]

    def _open_first_found(self) -> None:
        keys = self.found()
        if keys:
            self.show_topic(keys[0])

    # --- showing a page ---------------------------------------------------------------------------
    def show_topic(self, key: str, remember: bool = True) -> None:
        if self.page(key) is None:
            key = INDEX
        if remember and self.current is not None and key != self.current:
            self.history.append(self.current)
        self.current = key
        self._render(keep_scroll=False)
        page = self.pages.get(key)
        self.setWindowTitle(f"Ayuda — {page.title}" if page else "Ayuda — Pisac Desktop")
        item = self.items.get(key)
        if item is not None:
            tree = self.ui.topicTree
            tree.blockSignals(True)
            tree.setCurrentItem(item)
            tree.blockSignals(False)
            tree.scrollToItem(item)
        self.ui.backButton.setEnabled(bool(self.history))

    def back(self) -> None:
        if self.history:
            self.show_topic(self.history.pop(), remember=False)

    def follow(self, url: QUrl) -> None:
        """A link of the page: another page, or a web address for the system's browser."""
        if url.scheme() == "ayuda":
            self.show_topic(url.path())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def _width(self) -> int:
        return max(self.ui.browser.viewport().width() - IMAGE_MARGIN, 200)

    def _render(self, keep_scroll: bool) -> None:
        page = self.page(self.current or INDEX)
        if page is None:
            self.ui.browser.setHtml("<p>No se encontró la ayuda de esta pantalla.</p>")
            return
        bar = self.ui.browser.verticalScrollBar()
        share = bar.value() / bar.maximum() if keep_scroll and bar.maximum() else 0.0
        self._rendered_width = self._width()
        self.ui.browser.setHtml(page_html(page, self._rendered_width))
        bar.setValue(round(share * bar.maximum()))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.current is not None and abs(self._width() - self._rendered_width) > 24:
            self._render(keep_scroll=True)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """The page is wider or narrower: its pictures are fitted again (after a pause)."""
        if (event.type() == QEvent.Resize and watched is self.ui.browser.viewport()
                and abs(self._width() - self._rendered_width) > 24):
            self._rerender.start()
        return False


def page_html(page: HelpPage, width: int) -> str:
    """The page as the rich text of a QTextBrowser, pictures at most `width` pixels wide."""
    parts = [f"<h1>{html.escape(page.title)}</h1>"]
    for block in page.blocks:
        if block.kind in ("h2", "h3"):
            parts.append(f"<{block.kind}>{_inline(block.text)}</{block.kind}>")
        elif block.kind == "p":
            parts.append(f"<p>{_inline(block.text)}</p>")
        elif block.kind in ("ul", "ol"):
            items = "".join(f"<li>{_inline(item)}</li>" for item in block.items)
            parts.append(f"<{block.kind}>{items}</{block.kind}>")
        elif block.kind == "note":
            parts.append('<table width="100%" cellpadding="8" bgcolor="#eef4fb"><tr><td>'
                         f"{_inline(block.text)}</td></tr></table>")
        elif block.kind == "image":
            parts.append(_image_html(page.folder / block.src, block.text, width))
    return "\n".join(parts)


def _image_html(path: Path, caption: str, width: int) -> str:
    size = QImageReader(str(path)).size()
    text = f'<br/><span style="color: #555555;">{_inline(caption)}</span>' if caption else ""
    if not size.isValid():
        return f"<p><i>(Falta la imagen {html.escape(path.name)})</i>{text}</p>"
    shown = min(size.width(), width)
    high = round(size.height() * shown / size.width())
    source = html.escape(QUrl.fromLocalFile(str(path.resolve())).toString(), quote=True)
    return f'<p align="center"><img src="{source}" width="{shown}" height="{high}"/>{text}</p>'


def _inline(text: str) -> str:
    return help_pages.render_inline(
        text, lambda s: html.escape(s, quote=False),
        bold=lambda s: f"<b>{s}</b>",
        italic=lambda s: f"<i>{s}</i>",
        key=lambda s: f'<span style="font-family: monospace; background-color: #e8e8e8;">'
                      f"&nbsp;{s}&nbsp;</span>",
        link=_link)


def _link(label: str, href: str) -> str:
    key = help_pages.link_key(href)
    target = f"ayuda:{key}" if key is not None else href
    return f'<a href="{html.escape(target, quote=True)}">{label}</a>'


# --- the manual ------------------------------------------------------------------------------

def manual_path(ctx) -> Path:
    folder = ctx.paths.documents if ctx is not None else Path(tempfile.gettempdir())
    return folder / MANUAL_NAME.format(version=__version__)


def _manual_is_current(path: Path) -> bool:
    """Built after every page and picture it shows was last changed."""
    if not path.is_file():
        return False
    built = path.stat().st_mtime
    folder = help_pages.help_dir()
    sources = [*folder.glob("*.md"), *(folder.parent / "screenshots").glob("*.png")]
    return all(source.stat().st_mtime <= built for source in sources)


def open_manual(parent: QWidget, ctx=None) -> Path | None:
    """Ayuda › Manual de usuario: the PDF (built if missing or older than the pages) in the
    system's viewer. With a database, built in a worker with a progress dialog that can stop
    it, and with the institution's name; without one (before signing in), here."""
    target = manual_path(ctx)
    if _manual_is_current(target):
        return _open_pdf(parent, target)
    from pisac_desktop.reports.manual import build_manual

    if ctx is None:
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            pdf = build_manual(__version__)
        finally:
            QApplication.restoreOverrideCursor()
        return _save_and_open(parent, target, pdf)

    from pisac_desktop.core.institution import get_institution
    from pisac_desktop.gui import operations
    from pisac_desktop.gui.operations import QueryOp

    def build(session, progress):
        name = get_institution(session).name

        def step(done: int, total: int) -> None:
            progress(done, total)
            progress.check()

        return build_manual(__version__, institution=name, progress=step)

    QueryOp(parent, ctx.db, build, lambda pdf: _save_and_open(parent, target, pdf)) \
        .with_progress("Manual de usuario",
                       lambda done, total: f"Preparando el manual: página {done} de {total}…") \
        .failure(lambda message, _exc: operations.show_failure(
            parent, "No se pudo preparar el manual", message)) \
        .cancelled(lambda: None).run()
    return target


def _save_and_open(parent: QWidget, target: Path, pdf: bytes) -> Path | None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_whole(target, pdf)
    except OSError as exc:
        QMessageBox.warning(parent, "Manual de usuario",
                            f"No se pudo guardar el manual en {target}: {exc.strerror or exc}.")
        return None
    return _open_pdf(parent, target)


def _open_pdf(parent: QWidget, path: Path) -> Path:
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.warning(
            parent, "Manual de usuario",
            f"La computadora no tiene un programa para abrir PDF. El manual quedó en {path}.")
    return path


# --- the news --------------------------------------------------------------------------------

def _news_settings(ctx) -> QSettings:
    return QSettings(str(ctx.paths.root / NEWS_FILE), QSettings.IniFormat)


def _news_name(ctx) -> str:
    return f"{ctx.actor.username or 'sistema'}/novedades_vistas"


def show_news_if_new(window: QWidget, ctx, version: str = __version__) -> HelpWindow | None:
    """Novedades, the first time this user starts this version (then never again for it)."""
    settings = _news_settings(ctx)
    if settings.value(_news_name(ctx)) == version or not help_pages.exists(NEWS):
        return None
    settings.setValue(_news_name(ctx), version)
    settings.sync()
    return show_help(window, NEWS)
