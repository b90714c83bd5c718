"""WindowStickerService: open Factory Equipment and read the sticker (HTML or PDF)."""

from __future__ import annotations

import io
import logging
import re

from playwright.async_api import Frame, Page
from playwright.async_api import TimeoutError as PlaywrightTimeoutError
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from ..errors import NoStickerError, StickerParseError
from ..site import SiteProfile, check_status, raise_if_expired, require, translated
from ._models import Sticker, StickerLine

log = logging.getLogger(__name__)

SECTION_NAMES = {
    "standard equipment", "optional equipment", "interior", "exterior", "mechanical",
    "comfort & convenience", "safety & security", "packages", "safety", "convenience",
    "entertainment", "seating", "functional", "technology",
}
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


class WindowStickerService:
    """Reads the window sticker behind the Factory Equipment button."""

    def __init__(self, profile: SiteProfile, *, timeout: float = 30.0) -> None:
        self.profile = profile
        self.timeout = timeout

    async def read(self, target: Page | Frame, vin: str, *,
                   worker_id: int | None = None) -> Sticker:
        p, t = self.profile, self.timeout
        page = target.page if isinstance(target, Frame) else target
        pattern = p.patterns["sticker_request"]
        button = await require(target, p, "factory_equipment", "vehicle info", t)
        popup: Page | None = None
        async with translated("window sticker", worker_id):
            try:
                async with page.context.expect_event(
                        "response", predicate=lambda r: pattern in r.url,
                        timeout=t * 1000) as response_info:
                    async with page.expect_popup(timeout=t * 1000) as popup_info:
                        await button.click(timeout=t * 1000)
                    popup = await popup_info.value
                response = await response_info.value
                check_status(response.status, await response.all_headers(), "window sticker")
                await popup.wait_for_load_state("domcontentloaded", timeout=t * 1000)
                return await self._read_popup(popup, vin)
            finally:
                if popup is not None:
                    await popup.close()

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
        return self._lines_or_error(pdf_text(await response.body(), vin), vin)

    @staticmethod
    def _lines_or_error(text: str, vin: str) -> list[StickerLine]:
        lines = parse_sticker_text(text)
        if not lines:
            raise StickerParseError(vin, "no equipment lines under any known section heading")
        return lines


def pdf_text(data: bytes, vin: str) -> str:
    """All text of a PDF sticker, page after page."""
    try:
        reader = PdfReader(io.BytesIO(data))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise StickerParseError(vin, f"PDF unreadable: {exc}") from exc
