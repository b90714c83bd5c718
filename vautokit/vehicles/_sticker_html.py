"""The window sticker's page as the site serves it, read without a browser.

Reading the page in Python instead of rendering it in a window spares the browser a
document's script, layout and paint for every vehicle. What the window path reads in the
rendered page is read here from the HTML as served: the profile's three sticker selectors
(plain CSS through soupsieve, Playwright's ``text=`` forms as Playwright matches them) and
the details' text as the browser's ``innerText`` gives it (:func:`inner_text`). A selector
only a browser can read (``:has-text``, ``>>``, ``role=``...) makes :meth:`StaticSticker.of`
answer None, and the sticker is read in its window.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin

import soupsieve
from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag
from bs4.exceptions import ParserRejectedMarkup

Selector = Callable[[BeautifulSoup], Tag | None]
"""A profile selector as a function: the first element of the page it matches, or None."""

_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
    "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr",
    "ul",
})
"""Elements a browser lays out as blocks by default: their text starts and ends a line."""
_BLOCK_DISPLAYS = frozenset({"block", "flex", "grid", "list-item", "table", "flow-root",
                             "table-row", "table-caption"})
_NOT_RENDERED = frozenset({"script", "style", "template", "noscript", "head"})
"""Elements whose content a browser never shows, so ``innerText`` leaves it out."""
_PRESERVED = frozenset({"pre", "textarea", "listing", "plaintext"})
_CELLS = frozenset({"td", "th"})
_UNREACHABLE = ("template", "noscript")
"""Elements whose content is no part of the document a script sees: a template's is a
fragment of its own, and with script on a ``noscript``'s is text, not elements."""
_TEXT_SKIPPED = frozenset({"script", "noscript", "style", "head"})
"""Elements Playwright's text engine neither matches nor counts the text of."""
_DISPLAY = re.compile(r"(?:^|;)\s*display\s*:\s*([a-z-]+)", re.IGNORECASE)
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")
_JS_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "g": 0, "u": 0, "d": 0}
"""JavaScript regular-expression flags Python can honour (``g``, ``u`` and ``d`` change
nothing for a test); any other makes the selector one for the browser."""


@dataclass(frozen=True)
class StaticSticker:
    """The profile's three sticker selectors, read from the sticker page as served."""

    details: Selector
    pdf_link: Selector
    missing: Selector

    @classmethod
    def of(cls, details: str, pdf_link: str, missing: str) -> StaticSticker | None:
        """The three selectors compiled once; None when any needs a browser to be read."""
        compiled = [static_selector(selector) for selector in (details, pdf_link, missing)]
        if any(selector is None for selector in compiled):
            return None
        return cls(*compiled)

    def shown(self, body: bytes, url: str, encoding: str | None = None) -> tuple[str, str] | None:
        """What the page shows, checked in the window path's order: ``("missing", "")``,
        ``("pdf", absolute URL)``, ``("html", the details' text)``; None when it shows none
        of them as served (a page built by script, a sign-in page, a changed site).

        ``url`` is the page's own address, against which a relative PDF link resolves.
        A page the parser rejects, or nested deeper than Python's recursion allows, is left
        to the browser too.
        """
        try:
            soup = parse(body, encoding)
            if self.missing(soup) is not None:
                return "missing", ""
            link = self.pdf_link(soup)
            if link is not None:
                target = str(link.get("href") or link.get("src") or "")
                return "pdf", urljoin(_base_url(soup, url), target)
            details = self.details(soup)
            return None if details is None else ("html", inner_text(details))
        except (ParserRejectedMarkup, RecursionError):
            return None


def parse(body: bytes, encoding: str | None = None) -> BeautifulSoup:
    """The page as the document a script would query: template and ``noscript`` contents
    removed (a browser's ``querySelector`` never finds them)."""
    soup = BeautifulSoup(body, "html.parser", from_encoding=encoding)
    for element in soup.find_all(_UNREACHABLE):
        element.extract()
    return soup


def static_selector(selector: str) -> Selector | None:
    """``selector`` as Python reads it: ``text=`` as Playwright's text engine, anything else
    as plain CSS; None when only a browser can read it (Playwright-only syntax, or a
    ``text=/regex/`` Python's regular expressions do not take)."""
    if selector.startswith("text="):
        return _text_selector(selector[len("text="):].strip())
    try:
        return soupsieve.compile(selector).select_one
    except soupsieve.SelectorSyntaxError:
        return None


def _base_url(soup: BeautifulSoup, url: str) -> str:
    """The address links resolve against: the page's own, or its ``<base href>``."""
    base = soup.find("base", href=True)
    return urljoin(url, str(base["href"])) if isinstance(base, Tag) else url


# Playwright's text engine -------------------------------------------------------------------
@dataclass
class _ElementText:
    """An element's text as Playwright's ``elementText`` counts it."""

    full: str
    immediate: list[str] = field(default_factory=list)

    @property
    def normalized(self) -> str:
        return _normalized(self.full)


def _normalized(text: str) -> str:
    return " ".join(text.replace("\u200b", "").replace("\u00ad", "").split())


def _text_selector(body: str) -> Selector | None:
    """``text=`` as Playwright reads it: ``/re/flags`` searches an element's text,
    ``"..."`` or ``'...'`` is an element's own text node whole (whitespace normalised),
    anything else a case-insensitive substring of its normalised text. The element found is
    the first in document order whose text matches and, but for the quoted form, no child
    element's does (the innermost)."""
    last = body.rfind("/")
    if body.startswith("/") and last > 0:
        matcher = _regex_matcher(body[1:last], body[last + 1:])
        return None if matcher is None else _finder(matcher, strict=False)
    if len(body) > 1 and body[0] == body[-1] and body[0] in "\"'":
        return _finder(_whole_text_matcher(re.sub(r"\\(.)", r"\1", body[1:-1])), strict=True)
    return _finder(_substring_matcher(body), strict=False)


def _finder(matcher: Callable[[_ElementText], bool], *, strict: bool) -> Selector:
    def first(soup: BeautifulSoup) -> Tag | None:
        return _first_text_match(soup, matcher, strict)
    return first


def _whole_text_matcher(expected: str) -> Callable[[_ElementText], bool]:
    wanted = _normalized(expected)

    def matches(text: _ElementText) -> bool:
        return any(_normalized(run) == wanted for run in text.immediate)
    return matches


def _substring_matcher(part: str) -> Callable[[_ElementText], bool]:
    wanted = _normalized(part).lower()

    def matches(text: _ElementText) -> bool:
        return wanted in text.normalized.lower()
    return matches


def _regex_matcher(pattern: str, flags: str) -> Callable[[_ElementText], bool] | None:
    if any(flag not in _JS_FLAGS for flag in flags):
        return None
    try:
        compiled = re.compile(pattern, sum(_JS_FLAGS[flag] for flag in set(flags)))
    except re.error:
        return None
    return lambda text: compiled.search(text.full) is not None


def _first_text_match(soup: BeautifulSoup, matcher: Callable[[_ElementText], bool],
                      strict: bool) -> Tag | None:
    texts: dict[int, _ElementText] = {}
    for element in soup.find_all(True):
        if _skipped_for_text(element) or not matcher(_element_text(element, texts)):
            continue
        children = [c for c in element.children if isinstance(c, Tag)]
        if strict or not any(matcher(_element_text(c, texts)) for c in children):
            return element
    return None


def _skipped_for_text(element: Tag) -> bool:
    return element.name in _TEXT_SKIPPED or element.find_parent("head") is not None


def _element_text(element: Tag, texts: dict[int, _ElementText]) -> _ElementText:
    """Text nodes and child elements' text, joined as they come (no separator added)."""
    known = texts.get(id(element))
    if known is not None:
        return known
    if element.name in _TEXT_SKIPPED:
        text = _ElementText("")
    elif element.name == "input" and str(element.get("type", "")).lower() in (
            "submit", "button", "reset"):
        value = str(element.get("value", ""))
        text = _ElementText(value, [value])
    else:
        text = _ElementText("")
        run = ""
        for child in element.children:
            if isinstance(child, PreformattedString):  # comments and the like
                continue
            if isinstance(child, NavigableString):
                text.full += str(child)
                run += str(child)
                continue
            if run:
                text.immediate.append(run)
            run = ""
            if isinstance(child, Tag):
                text.full += _element_text(child, texts).full
        if run:
            text.immediate.append(run)
    texts[id(element)] = text
    return text


# innerText ----------------------------------------------------------------------------------
def inner_text(element: Tag) -> str:
    """The element's text as a browser's ``innerText`` gives it, for a page never laid out.

    A block-level element (div, p, li, h1-h6, tr, ...) starts and ends a line, a paragraph
    with a blank line; ``<br>`` breaks the line; inline elements (b, span, a, em, ...) run
    on within their line; table cells of a row are parted by a tab. Runs of white space
    collapse to one space and a line's leading and trailing spaces go, except inside
    ``<pre>``. What a browser does not render is left out: script, style, template,
    noscript and head, and elements with the ``hidden`` attribute or an inline
    ``display: none``. Only inline styles are seen; stylesheets are not applied.
    """
    lines = _Lines()
    _write_children(element, lines, preserved=element.name in _PRESERVED)
    return lines.text()


class _Lines:
    """innerText's output as it is built: text, and the line breaks blocks ask for, which
    merge (two blocks in a row make one break) and vanish at the start and the end."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._breaks = 0
        self._space = False
        self._in_line = False
        """Has the current line any text yet (a collapsed space only counts after it)?"""

    def text_run(self, text: str, preserved: bool) -> None:
        if preserved:
            self._flush()
            self._parts.append(text)
            self._in_line = True
            return
        collapsed = _COLLAPSIBLE.sub(" ", text)
        words = collapsed.strip(" ")
        if collapsed.startswith(" "):
            self._space = True
        if not words:
            return
        self._flush()
        if self._space and self._in_line:
            self._parts.append(" ")
        self._parts.append(words)
        self._in_line = True
        self._space = collapsed.endswith(" ")

    def tab(self) -> None:
        self._flush()
        self._parts.append("\t")
        self._space = False

    def line_break(self) -> None:
        """A ``<br>``: a line ends here, even an empty one."""
        self._flush()
        self._parts.append("\n")
        self._in_line = self._space = False

    def block_edge(self, count: int) -> None:
        """A block starts or ends: ``count`` line breaks before any text that follows."""
        self._breaks = max(self._breaks, count)
        self._space = False

    def text(self) -> str:
        return "".join(self._parts)

    def _flush(self) -> None:
        if self._breaks and self._parts:
            self._parts.append("\n" * self._breaks)
            self._in_line = self._space = False
        self._breaks = 0


def _write_children(element: Tag, lines: _Lines, *, preserved: bool) -> None:
    for child in element.children:
        if isinstance(child, PreformattedString):  # comments, CDATA, doctype
            continue
        if isinstance(child, NavigableString):
            lines.text_run(str(child), preserved)
        elif isinstance(child, Tag):
            _write_element(child, lines, preserved=preserved)


def _write_element(element: Tag, lines: _Lines, *, preserved: bool) -> None:
    display = _inline_display(element)
    if element.name in _NOT_RENDERED or element.has_attr("hidden") or display == "none":
        return
    if element.name == "br":
        lines.line_break()
        return
    block = display in _BLOCK_DISPLAYS if display else element.name in _BLOCKS
    breaks = 2 if element.name == "p" else 1
    if block:
        lines.block_edge(breaks)
    _write_children(element, lines, preserved=preserved or element.name in _PRESERVED)
    if block:
        lines.block_edge(breaks)
    if element.name in _CELLS and element.find_next_sibling(_CELLS) is not None:
        lines.tab()


def _inline_display(element: Tag) -> str | None:
    """The ``display`` an element's own style attribute sets, if any (the last one wins)."""
    found = _DISPLAY.findall(str(element.get("style") or ""))
    return found[-1].lower() if found else None
