"""InventoryFilterService: filter the grid, walk its pages, return typed vehicle links."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from playwright.async_api import Page

from ..errors import SelectorNotFoundError
from ..site import (
    SiteProfile,
    dismiss_dialog,
    raise_if_expired,
    require,
    translated,
    wait_masks_gone,
    wait_until,
)
from ._models import VehicleLink

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

_READ_ROWS_JS = """([row, link, stock, vin, age, dealer]) =>
  [...document.querySelectorAll(row)].map(r => {
    const text = s => (r.querySelector(s) || {}).textContent?.trim() ?? '';
    const a = r.querySelector(link);
    return {onclick: a ? a.getAttribute('onclick') || '' : '', title: a ? a.textContent.trim() : '',
            stock: text(stock), vin: text(vin), age: text(age), dealer: text(dealer)};
  })"""

_MARK_ROWS_JS = """row => document.querySelectorAll(row).forEach(
  r => { r.__vautokitStale = true; })"""
_ROWS_REPLACED_JS = """row => {
  const r = document.querySelector(row);
  return r === null || !r.__vautokitStale;
}"""


class InventoryFilterService:
    """Collects the vehicles a saved filter or an age range selects."""

    def __init__(self, profile: SiteProfile, *, timeout: float = 30.0) -> None:
        self.profile = profile
        self.timeout = timeout

    async def collect(self, page: Page, *, saved_filter: str | None = "Recent Inventory",
                      age_min: int | None = None, age_max: int | None = None,
                      limit: int | None = None) -> list[VehicleLink]:
        """Apply a saved filter, or an age range when one is given; read every page."""
        p, t = self.profile, self.timeout
        async with translated("inventory grid"):
            await page.goto(p.url("inventory"), timeout=t * 1000)
            await raise_if_expired(page, p, "inventory grid")
            await dismiss_dialog(page, p, t)
            await wait_masks_gone(page, p, t)
            if age_min is not None or age_max is not None:
                await self._age_range(page, age_min, age_max)
            elif saved_filter:
                await self._saved_filter(page, saved_filter)
            links: list[VehicleLink] = []
            while True:
                links.extend(await self._read_page(page))
                if limit is not None and len(links) >= limit:
                    return links[:limit]
                if not await self._next_page(page):
                    return links

    async def _saved_filter(self, page: Page, name: str) -> None:
        p, t = self.profile, self.timeout
        await (await require(page, p, "saved_filters_trigger", "inventory grid", t)).click()
        item = page.locator(p.selector("saved_filter_item"), has_text=name).first
        await item.wait_for(state="visible", timeout=t * 1000)  # items render late
        await self._reload_after(page, item.click())

    async def _age_range(self, page: Page, age_min: int | None, age_max: int | None) -> None:
        p, t = self.profile, self.timeout
        await (await require(page, p, "filters_button", "inventory grid", t)).click()
        await (await require(page, p, "age_min", "filters panel", t)).fill(
            "" if age_min is None else str(age_min))
        await (await require(page, p, "age_max", "filters panel", t)).fill(
            "" if age_max is None else str(age_max))
        apply = await require(page, p, "apply_filters", "filters panel", t)
        await self._reload_after(page, apply.click())

    async def _reload_after(self, page: Page, action) -> None:
        """Run a click that reloads the grid; wait for fresh (unmarked) rows, unmasked."""
        p, t = self.profile, self.timeout
        row = p.selector("grid_row")
        await page.evaluate(_MARK_ROWS_JS, row)
        await action
        await wait_until(page, _ROWS_REPLACED_JS, row, t, "waiting for the grid's new rows")
        await wait_masks_gone(page, p, t)

    async def _next_page(self, page: Page) -> bool:
        """Page on; a grid without its next-page button has changed (the button is there,
        disabled, on the last page): healed or named, never a silent end of the list."""
        button = page.locator(await self._selector(page, "next_page")).first
        if await button.get_attribute("disabled") is not None:
            return False
        await self._reload_after(page, button.click())
        return True

    async def _read_page(self, page: Page) -> list[VehicleLink]:
        p = self.profile
        keys = ["grid_row", "grid_link", "grid_stock", "grid_vin", "grid_age", "grid_dealer"]
        selectors = [p.selector(k) for k in keys]
        rows = await page.evaluate(_READ_ROWS_JS, selectors)
        if rows and not any(row["onclick"] for row in rows):  # no row has its vehicle link
            selectors[1] = await self._selector(page, "grid_link", found=False)
            rows = await page.evaluate(_READ_ROWS_JS, selectors)
            if not any(row["onclick"] for row in rows):
                raise SelectorNotFoundError(p.name, "grid_link", "inventory grid (every row)",
                                            p.selector("grid_link"))
        pattern = re.compile(p.patterns["vehicle_id"])
        links = []
        for row in rows:
            found = pattern.search(row["onclick"])
            if not found:
                log.warning("grid row %s has no vehicle id in its link; skipped", row["stock"])
                continue
            age = row["age"].split()[0] if row["age"] else ""
            links.append(VehicleLink(
                id=found.group(1), vin=row["vin"], stock=row["stock"], title=row["title"],
                age_days=int(age) if age.isdigit() else None, dealer=row["dealer"],
                gauge_url=p.url("gauge", vehicle_id=found.group(1))))
        return links

    async def _selector(self, page: Page, key: str, *, found: bool | None = None) -> str:
        """The key's selector, or the locator it healed to (site/_heal.py) when it matches
        nothing (``found=False``: the caller already knows); else an error naming the key."""
        p = self.profile
        primary = p.selector(key)
        if found is None:
            found = await page.locator(primary).count() > 0
        if found:
            return primary
        healer = p.healer
        healed = None if healer is None else (
            healer.healed.get(key) or await healer.heal(page, key, primary, "inventory grid"))
        if healed is None:
            raise SelectorNotFoundError(p.name, key, "inventory grid", primary)
        return healed.selector

    @staticmethod
    def to_frame(links: list[VehicleLink]) -> pd.DataFrame:
        import pandas as pd  # here: collecting links never needs it

        columns = ["id", "vin", "stock", "title", "age_days", "dealer", "gauge_url"]
        return pd.DataFrame([{c: getattr(link, c) for c in columns} for link in links],
                            columns=columns)
