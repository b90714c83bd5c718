"""The site doctor: a read-only walk through every step a run uses, key by key.

``await doctor(va)`` signs in (or reuses the sign-in of a started ``Automation``), then visits
the dashboard, the inventory grid with its filters, saved filter and paging, one vehicle's
window and gauge page (tabs, VIN), the Factory Equipment popup with its sticker, the option
checkboxes and the save button, which it finds and never clicks: nothing is saved. For each
profile key and URL it says whether it matched once, several times, not at all, or was not
reached, how long that took, shows the element outlined (pages after sign-in only), and for
a key that fails proposes locators that match now. A failing key with a proposal is walked
past with the proposal, so one broken key does not hide the ones after it.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Frame, Locator, Page

from ..errors import ProfileError, VautokitError
from ._browserops import Target, wait_masks_gone
from ._heal import (
    MANY,
    Candidate,
    Fingerprint,
    FingerprintStore,
    candidates,
    fingerprint_of,
)
from ._profile import (
    OPTIONAL_SELECTORS,
    REQUIRED_SELECTORS,
    REQUIRED_URLS,
    SiteProfile,
    write_overrides,
)

if TYPE_CHECKING:
    from .._automation import Automation

log = logging.getLogger(__name__)

OK_STATUSES = ("once", "several", "signed in", "n/a")
SIGN_IN_KEYS = ("username_input", "next_button", "password_input", "signin_button",
                "two_factor_select", "two_factor_input", "two_factor_submit")
CONDITIONAL = {
    "login_error": "shown only when a sign-in fails",
    "session_expired": "shown only when the session expires",
    "save_done": "shown only after a save (the doctor never saves)",
    "save_failed": "shown only when a save fails (the doctor never saves)",
    "save_request": "sent only by a save (the doctor never saves)",
}
_DIALOG = "[role=dialog]:visible, [aria-modal=true]:visible"
_OUTLINE_JS = """(el, on) => { if (on) { el.dataset.vkOutline = el.style.outline || '';
  el.style.outline = '3px solid #e0245e'; el.style.outlineOffset = '1px'; }
  else { el.style.outline = el.dataset.vkOutline || ''; delete el.dataset.vkOutline; } }"""
_MARK_ROWS_JS = "row => document.querySelectorAll(row).forEach(r => { r.__vkStale = true; })"
_ROWS_REPLACED_JS = """row => { const r = document.querySelector(row);
  return r === null || !r.__vkStale; }"""


@dataclass
class KeyCheck:
    """One profile key (selector, URL or pattern) as the doctor found it."""

    key: str
    kind: str
    value: str
    step: str = ""
    status: str = "not reached"
    count: int | None = None
    seconds: float | None = None
    note: str = ""
    screenshot: bytes | None = field(default=None, repr=False)
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in OK_STATUSES

    @property
    def proposal(self) -> str | None:
        return self.candidates[0].selector if self.candidates and not self.ok else None


@dataclass
class DoctorReport:
    """Every key's check, in walk order; ``ok`` says whether a run can go."""

    profile: SiteProfile
    checks: dict[str, KeyCheck]
    seconds: float
    secrets: list[str] = field(default_factory=list, repr=False)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks.values())

    @property
    def broken(self) -> list[str]:
        return [k for k, c in self.checks.items() if c.status == "not matched"]

    @property
    def proposals(self) -> dict[str, str]:
        return {k: c.proposal for k, c in self.checks.items() if c.proposal}

    def accept(self, keys: list[str] | None = None) -> Path:
        """Write the proposals (all, or those of ``keys``) to the user's profile override."""
        chosen = self.proposals if keys is None else {k: self.proposals[k] for k in keys
                                                      if k in self.proposals}
        if not chosen:
            raise ProfileError("nothing to accept: no failing key has a proposal"
                             + (f" among {keys}" if keys else ""))
        return write_overrides(self.profile.name, {"selectors": chosen})

    def table(self) -> str:
        """One line per key, for a terminal."""
        lines = [f"{'key':24} {'status':12} {'n':>3} {'secs':>6}  note / proposal"]
        for c in self.checks.values():
            n = "" if c.count is None else str(c.count)
            secs = "" if c.seconds is None else f"{c.seconds:.2f}"
            extra = f"try {c.proposal!r}" if c.proposal else c.note
            lines.append(f"{c.key:24} {c.status:12} {n:>3} {secs:>6}  {extra}"[:160])
        lines.append(self.verdict)
        return "\n".join(lines)

    @property
    def verdict(self) -> str:
        head = ("a run can go" if self.ok else
                f"a run cannot go: {len(self.broken)} key(s) failed "
                f"({', '.join(self.broken) or 'see the table'})")
        note = f"; {self.profile.overrides_note}" if self.profile.overrides else ""
        return f"doctor of site profile {self.profile.name!r} in {self.seconds:.1f} s: {head}{note}"

    def __repr__(self) -> str:
        return self.verdict





class _Walk:
    """The doctor's state along the walk: the profile it tries and what it found."""

    def __init__(self, profile: SiteProfile, wait: float, screenshots: bool,
                 store: FingerprintStore, slow: float = 30.0) -> None:
        self.profile = profile
        self.wait = wait
        self.slow = slow  # bound of a page load or a popup: the run's own step timeout
        self.screenshots = screenshots
        self.store = store
        self.checks: dict[str, KeyCheck] = {}
        for key in (*REQUIRED_URLS, *REQUIRED_SELECTORS, *OPTIONAL_SELECTORS):
            kind = "url" if key in REQUIRED_URLS else "selector"
            value = (profile.urls if kind == "url" else profile.selectors).get(key, "")
            self.checks[key] = KeyCheck(key, kind, value)
        for key, pattern in profile.patterns.items():
            self.checks[key] = KeyCheck(key, "pattern", pattern)
        for key, why in CONDITIONAL.items():
            self.checks[key].status, self.checks[key].note = "n/a", why
        self.used: dict[str, str] = {}  # key -> the selector the walk went on with

    def selector(self, key: str) -> str:
        return self.used.get(key) or self.profile.selector(key)

    async def find(self, target: Target, key: str, step: str, *, page: Page | None = None,
                   state: str = "visible", scope: str | None = None) -> Locator | None:
        """Check ``key`` on ``target``; the locator to go on with (a proposal when the key
        fails and one matches), or None."""
        check = self.checks[key]
        check.step = step
        start = time.monotonic()
        locator = target.locator(self.profile.selector(key))
        try:
            await locator.first.wait_for(state=state, timeout=self.wait * 1000)
            count = await locator.count()
        except PlaywrightError:
            count = 0
        check.seconds, check.count = time.monotonic() - start, count
        if count:
            check.status = "once" if count == 1 else "several"
            if count > 1 and key not in MANY:
                check.note = "matched several: the first is used"
            fingerprint = await fingerprint_of(target, self.profile.selector(key))
            if fingerprint is not None:
                self.store.put(key, fingerprint)
            await self._shoot(page, locator.first, check)
            return locator.first
        check.status = "not matched"
        remembered = self.store.get(key)
        fingerprint = remembered or Fingerprint.from_selector(self.profile.selector(key))
        check.note = ("candidates from the last page where it matched" if remembered else
                      "candidates from what the selector names (no earlier match known)")
        check.candidates = await candidates(target, key, fingerprint, many=key in MANY,
                                            scope=scope)
        if not check.candidates:
            check.note = "nothing on the page looks like it"
            return None
        self.used[key] = check.candidates[0].selector
        found = target.locator(check.candidates[0].selector).first
        await self._shoot(page, found, check)
        return found

    def reached(self, key: str, step: str, status: str, note: str = "") -> None:
        check = self.checks[key]
        check.step, check.status, check.note = step, status, note or check.note

    async def _shoot(self, page: Page | None, locator: Locator, check: KeyCheck) -> None:
        """A small picture around the element, outlined (never taken on sign-in pages)."""
        if page is None or not self.screenshots:
            return
        try:
            box = await locator.bounding_box(timeout=1000)
            if box is None or box["width"] == 0:
                return
            await locator.evaluate(_OUTLINE_JS, True)
            view = page.viewport_size or {"width": 1280, "height": 720}
            x, y = max(0, box["x"] - 120), max(0, box["y"] - 60)
            clip = {"x": x, "y": y, "width": min(view["width"] - x, box["width"] + 240),
                    "height": min(view["height"] - y, box["height"] + 120)}
            if clip["width"] > 0 and clip["height"] > 0:
                check.screenshot = await page.screenshot(type="jpeg", quality=60, clip=clip,
                                                         timeout=5000)
            await locator.evaluate(_OUTLINE_JS, False)
        except PlaywrightError as exc:
            log.debug("no screenshot of %s: %s", check.key, exc)


async def doctor(va: Automation, *, wait: float = 4.0, screenshots: bool = True,
                 saved_filter: str = "Recent Inventory") -> DoctorReport:
    """Walk every step a run uses, read-only, and report each profile key.

    ``va`` is an :class:`~vautokit.Automation`; it is started (signed in) when it is not,
    and stays signed in for the runs that follow. ``wait`` bounds each key's wait; page
    loads and the sticker popup get the run's step timeout (``va.timeout``).
    """
    began = time.monotonic()
    profile = va.profile
    store = FingerprintStore(profile.name)
    walk = _Walk(profile, wait, screenshots, store, slow=max(wait, va.timeout))
    try:
        if await _sign_in(va, walk):
            page = va.page
            await _dashboard(page, walk)
            vehicle_id = await _inventory(page, walk, saved_filter)
            if vehicle_id is not None:
                await _gauge(page, walk, vehicle_id)
    finally:
        store.save()
    return DoctorReport(profile, walk.checks, time.monotonic() - began, va.secret_values())


async def _sign_in(va: Automation, walk: _Walk) -> bool:
    """Reuse the sign-in when ``va`` is started; else sign in (nothing is pictured)."""
    if va.page is None:
        start = time.monotonic()
        try:
            await va.start()
        except Exception as exc:  # any failure of sign-in ends the walk: say which key
            failed = getattr(exc, "key", None)
            for key in SIGN_IN_KEYS:
                walk.reached(key, "sign-in", "not matched" if key == failed else "not reached",
                             "" if key != failed else str(exc)[:200])
            walk.reached("login", "sign-in", "not matched" if failed is None else "once",
                         f"sign-in failed: {type(exc).__name__}: {str(exc)[:160]}")
            return False
        walk.checks["login"].seconds = time.monotonic() - start
    for key in (*SIGN_IN_KEYS, "login"):
        walk.reached(key, "sign-in", "signed in", "used by this session's sign-in")
    return True


async def _goto(page: Page, walk: _Walk, key: str, step: str, **params: object) -> bool:
    """Open URL ``key``; it works when the page answers below 400 and is not the sign-in."""
    check = walk.checks[key]
    check.step = step
    start = time.monotonic()
    try:
        response = await page.goto(walk.profile.url(key, **params),
                                   timeout=walk.slow * 1000)
        status = response.status if response is not None else 200
        bounced = await page.locator(walk.profile.selector("username_input")).count() > 0
    except PlaywrightError as exc:
        status, bounced = 0, False
        check.note = str(exc).splitlines()[0][:160]
    check.seconds = time.monotonic() - start
    good = status and status < 400 and not bounced
    check.status = "once" if good else "not matched"
    if not good and not check.note:
        check.note = "went back to the sign-in page" if bounced else f"HTTP {status}"
    return bool(good)


async def _dashboard(page: Page, walk: _Walk) -> None:
    step = "dashboard"
    if not await _goto(page, walk, "dashboard", step):
        return
    await walk.find(page, "logged_in_marker", step, page=page)
    await _dismiss_dialog(page, walk, step)


async def _dismiss_dialog(page: Page, walk: _Walk, step: str) -> None:
    """A dialog over the pages after sign-in ("what's new") swallows every click."""
    covered = await page.locator(_DIALOG).count() > 0
    if not covered:
        if walk.checks["dismiss_dialog"].status == "not reached":
            walk.reached("dismiss_dialog", step, "n/a", "no dialog over the page")
        return
    if not walk.profile.has_selector("dismiss_dialog"):
        check = walk.checks["dismiss_dialog"]
        check.step, check.status = step, "not matched"
        check.note = "a dialog covers the page and the profile has no key to close it"
        check.candidates = await candidates(page, "dismiss_dialog",
                                            Fingerprint(role="button", name="Got it Close OK"),
                                            many=False, scope="[role=dialog]")
        if check.candidates:
            walk.used["dismiss_dialog"] = check.candidates[0].selector
            close = page.locator(check.candidates[0].selector).first
            await walk._shoot(page, close, check)
        else:
            return
    else:
        close = await walk.find(page, "dismiss_dialog", step, page=page, scope="[role=dialog]")
        if close is None:
            return
    await close.click(timeout=walk.wait * 1000)  # closing a notice changes nothing saved


async def _inventory(page: Page, walk: _Walk, saved_filter: str) -> int | None:
    """Grid, paging, filters panel, saved filter; the id of the first vehicle shown."""
    step = "inventory grid"
    if not await _goto(page, walk, "inventory", step):
        return None
    await _dismiss_dialog(page, walk, step)
    await walk.find(page, "mask", step, state="attached")
    rows = await walk.find(page, "grid_row", step, page=page)
    if rows is None:
        return None
    await _masks_gone(page, walk)
    for key in ("grid_stock", "grid_vin", "grid_age", "grid_dealer", "grid_link"):
        await walk.find(page, key, step, page=page)
    next_page = await walk.find(page, "next_page", "paging", page=page, state="attached")
    if next_page is not None and await next_page.get_attribute("disabled") is None:
        await _reloads(page, walk, "next_page", next_page.click(timeout=walk.wait * 1000))
    await _filters_panel(page, walk)
    trigger = await walk.find(page, "saved_filters_trigger", "saved filter", page=page)
    if trigger is not None:
        await trigger.click(timeout=walk.wait * 1000)
        item = await walk.find(page, "saved_filter_item", "saved filter", page=page)
        if item is not None:
            wanted = page.locator(walk.selector("saved_filter_item"), has_text=saved_filter)
            if await wanted.count():
                await _reloads(page, walk, "saved_filter_item",
                               wanted.first.click(timeout=walk.wait * 1000))
            else:
                walk.checks["saved_filter_item"].note = f"no item named {saved_filter!r}"
    return await _first_vehicle(page, walk)


async def _masks_gone(page: Page, walk: _Walk) -> None:
    try:
        await wait_masks_gone(page, walk.profile, walk.slow)
    except (VautokitError, PlaywrightError):
        walk.checks["mask"].note = "the loading mask did not clear"


async def _reloads(page: Page, walk: _Walk, key: str, action) -> None:
    """A click that reloads the grid: note whether fresh rows came."""
    row = walk.selector("grid_row")
    try:
        await page.evaluate(_MARK_ROWS_JS, row)
        await action
        await page.wait_for_function(_ROWS_REPLACED_JS, arg=row,
                                     timeout=walk.slow * 1000)
        await _masks_gone(page, walk)
    except PlaywrightError as exc:
        check = walk.checks[key]
        check.status, check.note = "not matched", f"the grid did not reload: {str(exc)[:120]}"


async def _filters_panel(page: Page, walk: _Walk) -> None:
    step = "filters panel"
    button = await walk.find(page, "filters_button", step, page=page)
    if button is None:
        return
    await button.click(timeout=walk.wait * 1000)
    for key in ("age_min", "age_max", "apply_filters"):
        await walk.find(page, key, step, page=page)
    await button.click(timeout=walk.wait * 1000)  # closed again, nothing applied


async def _first_vehicle(page: Page, walk: _Walk) -> int | None:
    check = walk.checks["vehicle_id"]
    check.step = "inventory grid"
    link = page.locator(walk.selector("grid_link")).first
    try:
        onclick = await link.get_attribute("onclick", timeout=walk.wait * 1000) or ""
    except PlaywrightError:
        return None
    found = re.search(walk.profile.patterns["vehicle_id"], onclick)
    check.status = "once" if found else "not matched"
    if not found:
        check.note = "the grid's vehicle link carries no vehicle id"
        return None
    return int(found.group(1)) if found.group(1).isdigit() else None


async def _gauge(page: Page, walk: _Walk, vehicle_id: int) -> None:
    await _vehicle_window(page, walk, vehicle_id)
    step = "gauge page"
    if not await _goto(page, walk, "gauge", step, vehicle_id=vehicle_id):
        return
    frame = page.main_frame
    tabs = await walk.find(frame, "tab", step, page=page)
    await walk.find(frame, "tab_label", step, page=page)
    await walk.find(frame, "active_tab", step, page=page)
    if tabs is not None:
        info = frame.locator(walk.selector("tab")).filter(has_text="Vehicle Info").first
        try:
            await info.click(timeout=walk.wait * 1000)  # a tab changes nothing saved
        except PlaywrightError:
            walk.checks["tab"].note = "no tab named Vehicle Info"
    await walk.find(frame, "vin_value", "Vehicle Info", page=page)
    await _sticker(page, frame, walk)
    await walk.find(frame, "option_checkbox", "options", page=page)
    await walk.find(frame, "save_button", "options", page=page)  # found, never clicked


async def _vehicle_window(page: Page, walk: _Walk, vehicle_id: int) -> None:
    """The grid's modal: its iframe and close button (the job may open vehicles so)."""
    step = "vehicle window"
    link = page.locator(walk.selector("grid_link")).first
    try:
        await link.click(timeout=walk.wait * 1000)
    except PlaywrightError:
        return
    if await walk.find(page, "gauge_iframe", step, page=page) is not None:
        close = await walk.find(page, "modal_close", step, page=page)
        if close is not None:
            await close.click(timeout=walk.wait * 1000)


async def _sticker(page: Page, frame: Frame, walk: _Walk) -> None:
    step = "sticker popup"
    button = await walk.find(frame, "factory_equipment", "Vehicle Info", page=page)
    if button is None:
        return
    popup: Page | None = None
    try:
        async with page.context.expect_page(timeout=walk.slow * 1000) as info:
            await button.click(timeout=walk.wait * 1000)
        popup = await info.value
        await popup.wait_for_load_state("domcontentloaded", timeout=walk.slow * 1000)
    except PlaywrightError as exc:
        walk.reached("sticker_request", step, "not matched", f"no popup opened: {exc}"[:160])
        if popup is not None:  # left open, the site's next sticker click would load into it
            with contextlib.suppress(PlaywrightError):
                await popup.close()
        return
    try:
        pattern_ok = walk.profile.patterns["sticker_request"] in popup.url
        walk.reached("sticker_request", step, "once" if pattern_ok else "not matched",
                     "" if pattern_ok else "the popup's address does not contain it")
        kinds = ("sticker_details", "sticker_pdf_link", "sticker_missing")
        joined = ", ".join(walk.profile.selector(k) for k in kinds)
        with contextlib.suppress(PlaywrightError):  # none of them: each key says so below
            await popup.locator(joined).first.wait_for(timeout=walk.wait * 1000)
        shown = [k for k in kinds if await popup.locator(walk.profile.selector(k)).count()]
        for key in kinds:
            if key in shown:
                await walk.find(popup, key, step, page=popup)
            elif shown:
                walk.reached(key, step, "n/a", f"this vehicle's sticker is {shown[0]}")
            else:
                await walk.find(popup, key, step, page=popup, state="attached")
    finally:
        await popup.close()
