"""WindowStickerService: open Factory Equipment and read the sticker (HTML or PDF)."""

from __future__ import annotations

import asyncio
import io
import logging
import re
from concurrent.futures import ThreadPoolExecutor

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Frame, Page, Response
from playwright.async_api import TimeoutError as PlaywrightTimeoutError
from pypdf import PdfReader

from ..errors import NoStickerError, StickerParseError, TransientSiteError
from ..site import SiteProfile, check_status, raise_if_expired, require, translated
from ._models import Sticker, StickerLine

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


class _PopupResponse:
    """The response of one popup of ``page``, however early it arrives.

    Playwright may report a popup's first response before the popup itself, so responses are
    caught from the moment of the click; only the one whose page is this popup counts, so
    other pages of the same context (other workers) never answer for it.
    """

    def __init__(self, page: Page, pattern: str) -> None:
        self._context = page.context
        self._pattern = pattern
        self._seen: list[Response] = []
        self._popup: Page | None = None
        self._found: asyncio.Future[Response] = asyncio.get_running_loop().create_future()

    def _on_response(self, response: Response) -> None:
        if self._pattern in response.url:
            self._seen.append(response)
            self._match()

    def _match(self) -> None:
        if self._popup is None or self._found.done():
            return
        for response in self._seen:
            if response.frame.page is self._popup:
                self._found.set_result(response)
                return

    async def of(self, popup: Page, timeout: float) -> Response:
        self._popup = popup
        self._match()
        try:
            return await asyncio.wait_for(self._found, timeout)
        except TimeoutError:
            raise TransientSiteError("the window sticker never answered") from None

    def __enter__(self) -> _PopupResponse:
        self._context.on("response", self._on_response)
        return self

    def __exit__(self, *exc: object) -> None:
        self._context.remove_listener("response", self._on_response)


class WindowStickerService:
    """Reads the window sticker behind the Factory Equipment button."""

    def __init__(self, profile: SiteProfile, *, timeout: float = 30.0) -> None:
        self.profile = profile
        self.timeout = timeout

    async def read(self, target: Page | Frame, vin: str, *,
                   worker_id: int | None = None) -> Sticker:
        p, t = self.profile, self.timeout
        page = target.page if isinstance(target, Frame) else target
        button = await require(target, p, "factory_equipment", "vehicle info", t)
        popup: Page | None = None
        async with translated("window sticker", worker_id):
            await _bounded(target.evaluate(_TRACK_WINDOWS_JS), t)
            with _PopupResponse(page, p.patterns["sticker_request"]) as answer:
                try:
                    async with page.expect_popup(timeout=t * 1000) as popup_info:
                        await button.click(timeout=t * 1000)
                    popup = await popup_info.value
                    response = await answer.of(popup, t)
                    check_status(response.status, await _bounded(response.all_headers(), t),
                                 "window sticker")
                    await popup.wait_for_load_state("domcontentloaded", timeout=t * 1000)
                    return await self._read_popup(popup, vin)
                finally:
                    await _close_windows(target, popup, t)

    async def _read_popup(self, popup: Page, vin: str) -> Sticker:
        p, t = self.profile, self.timeout
        keys = ("sticker_details", "sticker_pdf_link", "sticker_missing")
        found = popup.locator(p.selector(keys[0]))
        for key in keys[1:]:
            found = found.or_(popup.locator(p.selector(key)))
        try:
            await found.first.wait_for(state="attached", timeout=t * 1000)
        except PlaywrightTimeoutError as exc:
            await raise_if_expired(popup, p, "window sticker")
            raise StickerParseError(vin, "the Factory Equipment window shows neither a sticker "
                                    "nor a PDF nor a 'not available' note") from exc
        if await popup.locator(p.selector("sticker_missing")).count():
            raise NoStickerError(vin)
        pdf_link = popup.locator(p.selector("sticker_pdf_link"))
        if await pdf_link.count():
            href = await pdf_link.first.evaluate("a => a.href || a.src")
            return Sticker("pdf", await self._read_pdf(popup, href, vin))
        text = await popup.locator(p.selector("sticker_details")).first.inner_text()
        return Sticker("html", self._lines_or_error(text, vin))

    async def _read_pdf(self, popup: Page, url: str, vin: str) -> list[StickerLine]:
        response = await popup.context.request.get(url, timeout=self.timeout * 1000)
        check_status(response.status, response.headers, "PDF window sticker")
        _check_pdf_size(response.headers.get("content-length"), vin)
        text = await read_pdf_text(await response.body(), vin, seconds=self.timeout)
        return self._lines_or_error(text, vin)

    @staticmethod
    def _lines_or_error(text: str, vin: str) -> list[StickerLine]:
        lines = parse_sticker_text(text)
        if not lines:
            raise StickerParseError(vin, "no equipment lines under any known section heading")
        return lines


_TRACK_WINDOWS_JS = """() => {
  if (window.__vautokitWindows) return;
  const open = window.open;
  window.__vautokitWindows = [];
  window.open = function (...args) {
    const opened = open.apply(this, args);
    if (opened) window.__vautokitWindows.push(opened);
    return opened;
  };
}"""
"""Remember each window the page opens, so one that never showed up as a popup in time
can still be closed: left open, the site's next click would load into that named window
instead of opening a new one, and every retry would wait for a popup that never comes."""

_CLOSE_WINDOWS_JS = """() => (window.__vautokitWindows || []).splice(0).forEach(w => {
  try { w.close(); } catch (e) {}
})"""


async def _bounded(awaitable, seconds: float):
    """An await on the browser with a bound, for calls Playwright gives no timeout."""
    async with asyncio.timeout(seconds):
        return await awaitable


async def _close_windows(target: Page | Frame, popup: Page | None, seconds: float) -> None:
    """Close the sticker window however the attempt ended: the popup, and any window the
    page opened that was still loading when the attempt gave up on it."""
    closing = [popup.close] if popup is not None else []
    for close in [*closing, lambda: target.evaluate(_CLOSE_WINDOWS_JS)]:
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
