"""The vehicle's gauge page: open it, show Vehicle Info, read the VIN, tick boxes, save."""

from __future__ import annotations

from typing import Literal

from playwright.async_api import Frame, Page

from ..errors import TransientSiteError
from ..site import (
    SiteProfile,
    check_status,
    raise_if_expired,
    require,
    translated,
    wait_masks_gone,
)
from ._models import Change, VehicleLink

Strategy = Literal["direct", "modal"]

_READ_BOXES_JS = """sel => [...document.querySelectorAll(sel)].map(box => {
  const label = document.querySelector(`label[for="${box.id}"]`);
  const checked = box.type === 'checkbox' ? box.checked
                                          : box.classList.contains('x-form-check-checked');
  return [label ? label.textContent.trim() : box.dataset.label || box.id, box.id, checked];
})"""


_CLICK_BOXES_JS = """ids => ids.forEach(id => document.getElementById(id).click())"""


class GaugePage:
    """Operations on one vehicle's gauge page, reached directly or through the grid's modal."""

    def __init__(self, profile: SiteProfile, *, timeout: float = 30.0) -> None:
        self.profile = profile
        self.timeout = timeout

    async def open(self, page: Page, link: VehicleLink, strategy: Strategy = "direct",
                   *, worker_id: int | None = None) -> Frame:
        """The frame that shows the vehicle, on its Vehicle Info tab."""
        p, t = self.profile, self.timeout
        async with translated("gauge page", worker_id):
            if strategy == "modal":
                frame = await self._open_modal(page, link)
            else:
                response = await page.goto(link.gauge_url, timeout=t * 1000)
                if response is not None and response.status >= 400:
                    check_status(response.status, await response.all_headers(), "gauge page")
                frame = page.main_frame
            await raise_if_expired(frame, p, "gauge page")
            await self._show_vehicle_info(frame)
        return frame

    async def _open_modal(self, page: Page, link: VehicleLink) -> Frame:
        p, t = self.profile, self.timeout
        anchor = page.locator(p.selector("grid_link")).filter(has_text=link.title).first
        async with page.expect_response(lambda r: f"vehicleId={link.id}" in r.url,
                                        timeout=t * 1000) as info:
            await anchor.click(timeout=t * 1000)
        response = await info.value
        if response.status >= 400:  # headers (a round trip) only where Retry-After may matter
            check_status(response.status, await response.all_headers(), "gauge page")
        iframe = await require(page, p, "gauge_iframe", "vehicle window", t)
        handle = await iframe.element_handle()
        frame = await handle.content_frame()
        if frame is None:
            raise TransientSiteError("the vehicle window opened without its gauge page")
        await frame.wait_for_load_state("domcontentloaded", timeout=t * 1000)
        return frame

    async def close_modal(self, page: Page) -> None:
        await page.locator(self.profile.selector("modal_close")).first.click(
            timeout=self.timeout * 1000)

    async def _show_vehicle_info(self, frame: Frame) -> None:
        """vAuto sometimes opens the modal on Media or Pricing: click back to Vehicle Info."""
        p, t = self.profile, self.timeout
        await require(frame, p, "tab", "gauge page", t)
        # two round trips in the utility world, where Playwright's script already is: one call
        # that reads all the texts (all_inner_texts, $$eval) runs in the page's own world and
        # compiles that script into every gauge document (renderer CPU per vehicle up about
        # 0.02 s, benchmarks/results/overhead.round-trips.md)
        active = frame.locator(p.selector("active_tab"))
        if await active.count() and "Vehicle Info" in await active.first.inner_text():
            return
        tab = frame.locator(p.selector("tab")).filter(
            has=frame.locator(p.selector("tab_label"), has_text="Vehicle Info")).first
        await tab.click(timeout=t * 1000)
        await require(frame, p, "vin_value", "gauge page (Vehicle Info)", t)

    async def shown_vin(self, frame: Frame) -> str:
        cell = await require(frame, self.profile, "vin_value", "gauge page (Vehicle Info)",
                             self.timeout)
        return (await cell.inner_text()).strip()

    async def boxes(self, frame: Frame) -> dict[str, tuple[str, bool]]:
        """label -> (element id, checked) for every option box on the page."""
        await require(frame, self.profile, "option_checkbox", "gauge page (options)",
                      self.timeout)
        rows = await frame.evaluate(_READ_BOXES_JS, self.profile.selector("option_checkbox"))
        return {label: (box_id, checked) for label, box_id, checked in rows}

    async def apply(self, frame: Frame, change: Change, boxes: dict[str, tuple[str, bool]],
                    *, worker_id: int | None = None) -> None:
        """Click each box to change (one round trip), then confirm the page shows the change.

        A DOM click fires the same handlers a mouse click does, for native inputs and for
        ExtJS image checkboxes alike.
        """
        wanted = {boxes[lb][0]: True for lb in change.to_check}
        wanted.update({boxes[lb][0]: False for lb in change.to_uncheck})
        async with translated("ticking option boxes", worker_id):
            await frame.evaluate(_CLICK_BOXES_JS, list(wanted))
            rows = await frame.evaluate(_READ_BOXES_JS, self.profile.selector("option_checkbox"))
        now = {box_id: on for _, box_id, on in rows}
        wrong = sorted(box_id for box_id, on in wanted.items() if now.get(box_id) != on)
        if wrong:
            raise TransientSiteError(f"option boxes did not take the change: {', '.join(wrong)}")

    async def save(self, frame: Frame, *, worker_id: int | None = None) -> None:
        """Click Save, await the site's answer, wait out the mask, confirm it saved."""
        p, t = self.profile, self.timeout
        pattern = p.patterns["save_request"]
        async with translated("save", worker_id):
            button = await require(frame, p, "save_button", "gauge page", t)
            async with frame.page.expect_response(
                    lambda r: pattern in r.url and r.request.method == "POST",
                    timeout=t * 1000) as info:
                await button.click(timeout=t * 1000)
            response = await info.value
            if response.status >= 400:
                check_status(response.status, await response.all_headers(), "save")
            await wait_masks_gone(frame, p, t)
            await require(frame, p, "save_done", "gauge page (after save)", t)
