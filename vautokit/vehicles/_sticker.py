"""WindowStickerService: read the sticker behind Factory Equipment (HTML or PDF).

By default the page the button would open in a window is fetched with the session's cookies
and read in Python, never rendered (vehicles/_sticker_html.py): a rendered document costs
the browser far more than the request. The window stays the way for a page that shows its
sticker only once script has run, and for selectors only a browser can read.
"""

from __future__ import annotations

import asyncio
import io
import logging
import re
import weakref
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from playwright.async_api import APIResponse, Frame, Page, Response
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import TimeoutError as PlaywrightTimeoutError
from pypdf import PdfReader

from ..errors import NoStickerError, StickerParseError, TransientSiteError
from ..site import (
    SiteProfile,
    check_status,
    raise_if_expired,
    require,
    translated,
    translated_request,
    wait_for_value,
)
from ._models import Sticker, StickerLine

if TYPE_CHECKING:
    from ._sticker_html import StaticSticker

log = logging.getLogger(__name__)

SECTION_NAMES = {
    "standard equipment", "optional equipment", "interior", "exterior", "mechanical",
    "comfort & convenience", "safety & security", "packages", "safety", "convenience",
    "entertainment", "seating", "functional", "technology",
}
MAX_PDF_BYTES = 10 * 2**20
"""A window sticker PDF is tens of kilobytes; anything past this is refused unread."""
MAX_PDF_PAGES = 20
MAX_PDF_TEXT = 1_000_000
"""Characters of text; a real sticker holds a few thousand."""
_PDF_THREADS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="vautokit-pdf")
"""PDF parsing has threads of its own: a parse that outlives its bound keeps its thread, and
hostile stickers must not fill the pool that journal writes and reports use."""
_PRICE = re.compile(r"\$\s?([\d,]+(?:\.\d{2})?)\s*$")


def parse_sticker_text(text: str) -> list[StickerLine]:
    """Feature lines under section headings; lines before the first heading are the title."""
    section: str | None = None
    lines: list[StickerLine] = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        heading = line.rstrip(":").lower()
        if heading in SECTION_NAMES:
            section = heading.title()
            continue
        if section is None:
            continue
        price = _PRICE.search(line)
        lines.append(StickerLine(section, line,
                                 float(price.group(1).replace(",", "")) if price else None))
    return lines


class _StickerWindow:
    """The window one click loads the sticker into, and that window's answer.

    It is a new popup of ``page``, or ``kept``: the window an earlier vehicle's sticker
    opened, which the site's click loads again (a named window: ``window.open(url, name)``
    reuses it). Responses are caught from the moment of the click, as Playwright may report
    a popup's first response before the popup itself; only one whose page is such a window
    counts, so other pages of the context never answer for it, nor does a window of the same
    name left open by someone else (the attempt times out and closes it, as before).
    """

    def __init__(self, page: Page, kept: Page | None, pattern: str) -> None:
        loop = asyncio.get_running_loop()
        self._page, self._kept, self._pattern = page, kept, pattern
        self._windows: list[Page] = [kept] if kept is not None else []
        self._seen: list[Response] = []
        self._found: asyncio.Future[tuple[Page, Response]] = loop.create_future()
        self._kept_loaded: asyncio.Future[None] = loop.create_future()
        self.window: Page | None = None
        """The window that answered, once one has (and after the attempt, however it ended)."""

    def _on_popup(self, popup: Page) -> None:
        self._windows.append(popup)
        self._match()

    def _on_response(self, response: Response) -> None:
        if self._pattern in response.url:
            self._seen.append(response)
            self._match()

    def _on_kept_loaded(self, _: Page) -> None:
        if not self._kept_loaded.done():
            self._kept_loaded.set_result(None)

    def _match(self) -> None:
        if self._found.done():
            return
        for response in self._seen:
            window = _page_of(response)
            if window is not None and any(window is known for known in self._windows):
                self.window = window
                self._found.set_result((window, response))
                return

    async def answered(self, timeout: float) -> tuple[Page, Response]:
        """The window the click loaded the sticker into, and the sticker's response."""
        try:
            return await asyncio.wait_for(asyncio.shield(self._found), timeout)
        except TimeoutError:
            raise TransientSiteError("the window sticker never answered") from None

    async def loaded(self, window: Page, timeout: float) -> None:
        """The sticker's document has loaded: a new popup's first one, or the kept window's
        next one (its load state still shows the previous sticker's until that one goes)."""
        if window is not self._kept:
            await window.wait_for_load_state("domcontentloaded", timeout=timeout * 1000)
            return
        try:
            await asyncio.wait_for(asyncio.shield(self._kept_loaded), timeout)
        except TimeoutError:
            raise TransientSiteError("the window sticker never loaded") from None

    def __enter__(self) -> _StickerWindow:
        self._page.on("popup", self._on_popup)
        self._page.context.on("response", self._on_response)
        if self._kept is not None:
            self._kept.on("domcontentloaded", self._on_kept_loaded)
        return self

    def __exit__(self, *exc: object) -> None:
        self._page.remove_listener("popup", self._on_popup)
        self._page.context.remove_listener("response", self._on_response)
        if self._kept is not None:
            self._kept.remove_listener("domcontentloaded", self._on_kept_loaded)
        for future in (self._found, self._kept_loaded):
            future.cancel()


class WindowStickerService:
    """Reads the window sticker behind the Factory Equipment button.

    With the profile's ``sticker_read = "request"`` (the default) the site's own click
    names the sticker's page, which is fetched and read without a window; the window is
    the fallback for a page that shows no sticker as served, and the only way once a
    window has shown a sticker its request did not (the site builds it with script), or
    when a sticker selector needs a browser. ``"window"`` always reads it in the window.
    """

    def __init__(self, profile: SiteProfile, *, timeout: float = 30.0,
                 hold: Callable[[], Awaitable[None]] | None = None) -> None:
        self.profile = profile
        self.timeout = timeout
        self.hold = hold
        """Awaited before each request the service sends itself (the sticker's page, a PDF):
        the account's pause after a 429. The browser's own requests wait it out at the
        context's request gate (processing/_pool.py); these do not pass through it."""
        self._css: dict[tuple[str, ...], bool] = {}
        """Whether sticker selectors are plain CSS, asked of the first window that shows them."""
        self._static: dict[tuple[str, ...], StaticSticker | None] = {}
        """The sticker selectors compiled for pages read in Python; None where only a
        browser can read them."""
        self._by_request = True
        """False once a window showed a sticker its request did not, for good."""
        self._windows: weakref.WeakKeyDictionary[Page, Page] = weakref.WeakKeyDictionary()
        """Each page's sticker window, kept open from one vehicle to the next: the site's
        next click loads into it, which costs the browser a navigation instead of a new
        window (and its close)."""

    async def read(self, target: Page | Frame, vin: str, *,
                   worker_id: int | None = None) -> Sticker:
        """The sticker behind the button.

        The click is the site's own either way. Read by request, the page's
        ``window.open`` of the sticker's address is caught and answered with a stub, and
        the address is fetched; when that page shows none of the sticker keys, the button
        is clicked again with nothing caught and the window is read. A window stays open
        for the next vehicle when it showed a sticker or the site's "not available" note;
        after anything else it is closed, so that the next attempt starts from a fresh
        popup. The window's listeners are in place before the first click, so a popup
        the site opens some other way than ``window.open`` is not missed.
        """
        p, t = self.profile, self.timeout
        page = target.page if isinstance(target, Frame) else target
        button = await require(target, p, "factory_equipment", "vehicle info", t)
        kept = self.window_of(page)
        capture = self._capture_pattern()
        fell_back = False
        async with translated("window sticker", worker_id):
            await _bounded(target.evaluate(_TRACK_WINDOWS_JS, capture), t)
            with _StickerWindow(page, kept, p.patterns["sticker_request"]) as sticker_window:
                try:
                    await button.click(timeout=t * 1000)
                    url = None if capture is None else \
                        await _bounded(target.evaluate(_TAKE_STICKER_URL_JS), t)
                    if url is not None:
                        sticker = await self._read_by_request(target, url, vin, worker_id)
                        if sticker is not None:
                            return sticker
                        fell_back = True
                        await button.click(timeout=t * 1000)  # nothing caught: the window
                    sticker = await self._read_window(sticker_window, vin)
                except NoStickerError:
                    if fell_back:
                        self._stop_requesting()
                    await self._keep(page, sticker_window.window, kept, t)
                    raise
                except BaseException:
                    self._windows.pop(page, None)
                    await _close_windows(target, [sticker_window.window, kept], t)
                    raise
            if fell_back:
                self._stop_requesting()
            await self._keep(page, sticker_window.window, kept, t)
            return sticker

    def window_of(self, page: Page) -> Page | None:
        """The sticker window ``page`` keeps open for its next vehicle, if any."""
        window = self._windows.get(page)
        return window if window is not None and not window.is_closed() else None

    async def release(self, page: Page) -> None:
        """Close the sticker window ``page`` kept: at the end of a run on a page that goes
        on being used (the main page), where another flow's click would load into it."""
        window = self._windows.pop(page, None)
        if window is not None:
            await _close_windows(None, [window], self.timeout)

    def _capture_pattern(self) -> str | None:
        """The sticker request's pattern, for the page to catch the site's ``window.open``
        of it; None when this read goes to the window."""
        pattern = self.profile.patterns["sticker_request"]
        if self.profile.sticker_read != "request" or not self._by_request or not pattern:
            return None
        return pattern if self._static_sticker() is not None else None

    def _static_sticker(self) -> StaticSticker | None:
        """The sticker selectors as Python reads them, compiled once per set of selectors."""
        key = tuple(self.profile.selector(k) for k in _STICKER_KEYS)
        if key not in self._static:
            from ._sticker_html import StaticSticker  # BeautifulSoup only where it is read

            self._static[key] = StaticSticker.of(*key)
            if self._static[key] is None:
                log.info("a sticker selector of profile %r needs a browser to be read (%s): "
                         "stickers are read in their window", self.profile.name,
                         ", ".join(key))
        return self._static[key]

    def _stop_requesting(self) -> None:
        """A window showed a sticker its page as served did not: the site builds its sticker
        in the browser, and a request first would only add a round trip to every vehicle."""
        if self._by_request:
            self._by_request = False
            log.info("the site builds its window sticker in the browser: stickers are read "
                     "in their window from now on")

    async def _read_by_request(self, target: Page | Frame, url: str, vin: str,
                               worker_id: int | None) -> Sticker | None:
        """The sticker from the page at ``url``, fetched with the context's cookies (as the
        window would load it, with the gauge page as referrer) and read without rendering;
        None when that page as served shows no sticker key. An error status raises what it
        would in the window; a PDF answered directly is read as one."""
        page = target.page if isinstance(target, Frame) else target
        response = await self._get(page, url, "window sticker", worker_id,
                                   headers={"referer": target.url})
        check_status(response.status, response.headers, "window sticker")
        media_type, charset = _content_type(response.headers)
        if media_type == "application/pdf":
            return Sticker("pdf", await self._pdf_lines(response, vin))
        async with translated_request("window sticker", worker_id):
            body = await response.body()
        static = self._static_sticker()
        shown = None if static is None else static.shown(body, response.url, charset)
        if shown is None:
            log.debug("the sticker page as served shows no sticker: reading its window")
            return None
        kind, value = shown
        if kind == "missing":
            raise NoStickerError(vin)
        if kind == "pdf":
            return Sticker("pdf", await self._read_pdf(page, value, vin))
        return Sticker("html", self._lines_or_error(value, vin))

    async def _keep(self, page: Page, window: Page | None, kept: Page | None,
                    seconds: float) -> None:
        """Keep the window that showed this sticker; one it replaced (the site opened a new
        window instead of loading into the kept one) is closed. A sticker read by request
        had no window: the kept one stays as it was."""
        if window is None:
            return
        self._windows[page] = window
        if kept is not None and kept is not window:
            await _close_windows(None, [kept], seconds)

    async def _read_window(self, sticker_window: _StickerWindow, vin: str) -> Sticker:
        """The sticker the click loaded into a window, once that window has loaded it."""
        window, response = await sticker_window.answered(self.timeout)
        if response.status >= 400:  # headers only where Retry-After may matter
            check_status(response.status,
                         await _bounded(response.all_headers(), self.timeout), "window sticker")
        await sticker_window.loaded(window, self.timeout)
        return await self._read_popup(window, vin)

    async def _read_popup(self, popup: Page, vin: str) -> Sticker:
        """The window's sticker: one read in the page's own world where the profile's three
        sticker selectors are plain CSS, else through Playwright's locators."""
        p = self.profile
        selectors = [p.selector(key) for key in _STICKER_KEYS]
        if await self._plain_css(popup, selectors):
            shown = await wait_for_value(popup, _SHOWN_STICKER_JS, selectors, self.timeout,
                                         "reading the window sticker")
        else:
            shown = await self._shown_by_locators(popup)
        if shown is None:
            await raise_if_expired(popup, p, "window sticker")
            raise StickerParseError(vin, "the Factory Equipment window shows neither a sticker "
                                    "nor a PDF nor a 'not available' note")
        kind, value = shown
        if kind == "missing":
            raise NoStickerError(vin)
        if kind == "pdf":
            return Sticker("pdf", await self._read_pdf(popup, value, vin))
        return Sticker("html", self._lines_or_error(value, vin))

    async def _plain_css(self, popup: Page, selectors: list[str]) -> bool:
        """Does the page's own ``querySelector`` take every one of ``selectors`` (no
        Playwright-only syntax such as ``text=`` or ``:has-text``)? Asked once per set of
        selectors. (Unlike Playwright's CSS it does not look inside shadow roots, which a
        sticker page has none of.)"""
        key = tuple(selectors)
        if key not in self._css:
            async with translated("window sticker"):
                self._css[key] = bool(await popup.evaluate(_PLAIN_CSS_JS, selectors))
        return self._css[key]

    async def _shown_by_locators(self, popup: Page) -> tuple[str, str] | None:
        """What the window shows, found with Playwright's selector engine."""
        p, t = self.profile, self.timeout
        found = popup.locator(p.selector(_STICKER_KEYS[0]))
        for key in _STICKER_KEYS[1:]:
            found = found.or_(popup.locator(p.selector(key)))
        try:
            await found.first.wait_for(state="attached", timeout=t * 1000)
        except PlaywrightTimeoutError:
            return None
        if await popup.locator(p.selector("sticker_missing")).count():
            return "missing", ""
        pdf_link = popup.locator(p.selector("sticker_pdf_link"))
        if await pdf_link.count():
            return "pdf", await pdf_link.first.evaluate("a => a.href || a.src")
        return "html", await popup.locator(p.selector("sticker_details")).first.inner_text()

    async def _read_pdf(self, page: Page, url: str, vin: str) -> list[StickerLine]:
        """The lines of the PDF a sticker page links to, fetched with the context's cookies."""
        response = await self._get(page, url, "PDF window sticker")
        check_status(response.status, response.headers, "PDF window sticker")
        return await self._pdf_lines(response, vin)

    async def _get(self, page: Page, url: str, what: str, worker_id: int | None = None, *,
                   headers: dict[str, str] | None = None) -> APIResponse:
        """GET ``url`` with the context's cookies, once any pause of the account has ended."""
        if self.hold is not None:
            await self.hold()
        async with translated_request(what, worker_id):
            return await page.context.request.get(url, headers=headers,
                                                  timeout=self.timeout * 1000)

    async def _pdf_lines(self, response: APIResponse, vin: str) -> list[StickerLine]:
        _check_pdf_size(response.headers.get("content-length"), vin)
        async with translated_request("PDF window sticker"):
            body = await response.body()
        text = await read_pdf_text(body, vin, seconds=self.timeout)
        return self._lines_or_error(text, vin)

    @staticmethod
    def _lines_or_error(text: str, vin: str) -> list[StickerLine]:
        lines = parse_sticker_text(text)
        if not lines:
            raise StickerParseError(vin, "no equipment lines under any known section heading")
        return lines


_STICKER_KEYS = ("sticker_details", "sticker_pdf_link", "sticker_missing")

_PLAIN_CSS_JS = """selectors => selectors.every(sel => {
  try { document.querySelector(sel); return true; } catch (e) { return false; }
})"""

_SHOWN_STICKER_JS = """([details, pdf, missing]) => {
  if (document.querySelector(missing)) return ['missing', ''];
  const link = document.querySelector(pdf);
  if (link) return ['pdf', link.href || link.src];
  const sticker = document.querySelector(details);
  return sticker ? ['html', sticker.innerText] : null;
}"""
"""What the sticker window shows, in the order the locators' reading checks it (and the
page read by request, :meth:`StaticSticker.shown`)."""

_TRACK_WINDOWS_JS = """capture => {
  if (!window.__vautokitWindows) {
    const open = window.open;
    window.__vautokitWindows = [];
    window.__vautokitSticker = {capture: null, url: null};
    window.open = function (...args) {
      const sticker = window.__vautokitSticker;
      if (sticker.capture !== null && args.length) {
        let url = null;
        try { url = new URL(String(args[0]), document.baseURI).href; } catch (e) {}
        if (url !== null && url.includes(sticker.capture)) {
          sticker.url = url;
          return {closed: false, focus() {}, blur() {}, close() {}};
        }
      }
      const opened = open.apply(this, args);
      if (opened) window.__vautokitWindows.push(opened);
      return opened;
    };
  }
  window.__vautokitSticker.capture = capture;
  window.__vautokitSticker.url = null;
}"""
"""Remember each window the page opens, so one that never showed up as a popup in time
can still be closed: left open, the site's next click would load into that named window
instead of opening a new one, and every retry would wait for a popup that never comes.
With ``capture`` (the sticker request's pattern) a ``window.open`` of an address holding it
opens nothing: the address is kept for the request, and the site gets a stand-in window.
Every other ``window.open`` goes through as the site made it."""

_TAKE_STICKER_URL_JS = """() => {
  const sticker = window.__vautokitSticker;
  const url = sticker.url;
  sticker.capture = sticker.url = null;
  return url;
}"""
"""The sticker address the click asked for (None when the site opened its window some
other way), and nothing caught from now on: the next click opens the window."""

_CLOSE_WINDOWS_JS = """() => {
  if (window.__vautokitSticker) window.__vautokitSticker.capture = null;
  (window.__vautokitWindows || []).splice(0).forEach(w => {
    try { w.close(); } catch (e) {}
  });
}"""
"""Close the windows the page opened, and catch no more: an attempt that ended before it
took the sticker's address must not leave the next click (another flow's) caught."""


def _content_type(headers: Mapping[str, str]) -> tuple[str, str | None]:
    """The media type of a response (lower case) and the charset it names, if any."""
    media_type, *params = (headers.get("content-type") or "").split(";")
    charset = next((value.strip().strip('"') for name, _, value in
                    (param.partition("=") for param in params)
                    if name.strip().lower() == "charset" and value.strip()), None)
    return media_type.strip().lower(), charset


def _page_of(response: Response) -> Page | None:
    """The page a response loaded into; None while Playwright does not know it yet (a new
    popup's first response may come before the popup: it is looked at again then)."""
    try:
        return response.frame.page
    except PlaywrightError:
        return None


async def _bounded(awaitable, seconds: float):
    """An await on the browser with a bound, for calls Playwright gives no timeout."""
    async with asyncio.timeout(seconds):
        return await awaitable


async def _close_windows(target: Page | Frame | None, windows: list[Page | None],
                         seconds: float) -> None:
    """Close sticker windows however the attempt ended: the ones known, and any window the
    page (``target``) opened that was still loading when the attempt gave up on it."""
    unique = {id(window): window for window in windows if window is not None}
    closing = [window.close for window in unique.values()]
    if target is not None:
        closing.append(lambda: target.evaluate(_CLOSE_WINDOWS_JS))
    for close in closing:
        try:
            await _bounded(close(), seconds)
        except (PlaywrightError, TimeoutError) as exc:  # the page is gone, or frozen
            log.debug("sticker window not closed: %s", exc)


def _check_pdf_size(size: int | str | None, vin: str) -> None:
    if size is not None and str(size).isdigit() and int(size) > MAX_PDF_BYTES:
        raise StickerParseError(vin, f"the PDF is {int(size):,} bytes, more than a window "
                                f"sticker's {MAX_PDF_BYTES:,}")


def pdf_text(data: bytes, vin: str) -> str:
    """All text of a PDF sticker, page after page, within bounds of size, pages and text.

    Whatever the file provokes in pypdf (its own errors, its limits on hostile streams,
    recursion in a cyclic structure) means the sticker is unreadable, never a crash.
    """
    _check_pdf_size(len(data), vin)
    try:
        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) > MAX_PDF_PAGES:
            raise StickerParseError(vin, f"the PDF has {len(reader.pages)} pages, more than a "
                                    f"window sticker's {MAX_PDF_PAGES}")
        texts: list[str] = []
        total = 0
        for page in reader.pages:
            texts.append(page.extract_text() or "")
            total += len(texts[-1])
            if total > MAX_PDF_TEXT:
                raise StickerParseError(vin, "the PDF holds more text than a window sticker")
        return "\n".join(texts)
    except StickerParseError:
        raise
    except Exception as exc:  # a hostile file can provoke anything in a parser
        first = (str(exc).strip().splitlines() or [""])[0][:200]
        raise StickerParseError(vin, f"PDF unreadable: {type(exc).__name__}: {first}") from exc


async def read_pdf_text(data: bytes, vin: str, *, seconds: float) -> str:
    """:func:`pdf_text` in a thread, so a slow parse never holds up the other workers, and
    bounded in time: a parse that takes longer makes the sticker unreadable. (The thread
    itself cannot be stopped; pypdf's own limits and the bounds above end it.)"""
    try:
        parsing = asyncio.get_running_loop().run_in_executor(_PDF_THREADS, pdf_text, data, vin)
        return await asyncio.wait_for(parsing, seconds)
    except TimeoutError:
        raise StickerParseError(vin, f"reading the PDF took longer than {seconds:g} s") from None
