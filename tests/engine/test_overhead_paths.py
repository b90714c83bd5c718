"""Per-vehicle work of ours that was cut: each test fails when its saving is taken out.

The sticker window's savings are tested on a profile that reads stickers in their window
(``sticker_read = "window"``); reading them by request is tested in tests/site."""

from __future__ import annotations

import asyncio

import pytest

from tests.reading import window_access
from vautokit import Automation, ParallelConfig
from vautokit.processing import Outcome
from vautokit.site import wait_until

FAST = dict(backoff_base=0.01, backoff_max=0.1, step_timeout=5.0)


def mixed_vehicles(site, count_each: int = 2) -> list[int]:
    """Valid vehicles of each sticker kind (HTML, PDF, none), interleaved."""
    kinds: dict[str, list[int]] = {"html": [], "pdf": [], "none": []}
    for v in site.vehicles_of():
        if v.vin_valid and v.vin == v.page_vin and len(kinds[v.sticker_kind]) < count_each:
            kinds[v.sticker_kind].append(v.id)
    return [vid for trio in zip(*kinds.values(), strict=True) for vid in trio]


async def links_for(va, ids):
    wanted = {str(i) for i in ids}
    by_id = {link.id: link for link in await va.vehicles(saved_filter=None)
             if link.id in wanted}
    return [by_id[str(i)] for i in ids]


def watch_sticker_windows(va) -> list[list]:
    """After each sticker read: the pages of the worker's context other than its own."""
    read, seen = va.services.sticker.read, []

    async def read_and_look(target, vin, **kwargs):
        try:
            return await read(target, vin, **kwargs)
        finally:
            seen.append([p for p in target.page.context.pages if p is not target.page])

    va.services.sticker.read = read_and_look
    return seen


async def test_one_sticker_window_serves_every_vehicle_of_a_worker(site):
    """The site's click loads each sticker into the window the first one opened: one window
    across the vehicles, each showing its own vehicle's sticker (HTML, PDF or none)."""
    ids = mixed_vehicles(site)
    specs = {v.id: v for v in site.vehicles_of()}
    async with Automation(window_access(site),
                          config=ParallelConfig(max_concurrency=1, **FAST)) as va:
        links = await links_for(va, ids)
        seen = watch_sticker_windows(va)
        result = await asyncio.wait_for(va.process(links, progress="none"), timeout=120)
    assert len(seen) == len(ids)
    assert all(len(windows) == 1 for windows in seen)
    assert all(windows[0] is seen[0][0] for windows in seen)
    assert_each_read_its_own_sticker(ids, result.records, specs)


async def test_a_sequential_run_leaves_no_sticker_window_on_the_main_page(site):
    """The main page goes on being used after a run (another flow's sticker click would load
    into a window left open): the window its vehicles shared is closed at the end."""
    ids = mixed_vehicles(site, 1)
    async with Automation(window_access(site), config=ParallelConfig(**FAST)) as va:
        links = await links_for(va, ids)
        seen = watch_sticker_windows(va)
        result = await asyncio.wait_for(va.process(links, sequential=True, progress="none"),
                                        timeout=120)
        left = [p for p in va.page.context.pages if p is not va.page]
    assert result.status == "completed"
    assert [len(windows) for windows in seen] == [1] * len(ids)  # the window served them all
    assert left == []


async def test_a_dom_wait_is_answered_by_the_change_without_animation_frames(page):
    """The page's animation frames never come here: a wait that checks on every frame
    (Playwright's wait_for_function) would never see the change; ours answers it."""
    await page.add_init_script("window.requestAnimationFrame = () => 0;")
    await page.route("http://overhead.test/", lambda route: route.fulfill(
        body="<div id='mask'>loading</div>", content_type="text/html"))
    await page.goto("http://overhead.test/")
    started = asyncio.get_running_loop().create_future()
    await page.expose_function("waitStarted",
                               lambda: started.done() or started.set_result(None))
    condition = "sel => { window.waitStarted(); return !document.querySelector(sel); }"
    waiting = asyncio.create_task(wait_until(page, condition, "#mask", 10, "the mask"))
    await asyncio.wait_for(started, 10)
    await page.evaluate("document.querySelector('#mask').remove()")
    await asyncio.wait_for(waiting, 10)


@pytest.mark.parametrize("missing_note", [None, "text=/not available/i"])
async def test_the_sticker_window_is_read_in_its_own_world_when_its_selectors_are_css(
        site, missing_note):
    """Plain CSS selectors (the sandbox's) are read by one evaluation in the window's own
    world; a Playwright-only one (vAuto's ``text=`` note) keeps the locators. Each vehicle
    reads its own sticker (HTML, PDF or none) either way."""
    ids = mixed_vehicles(site, 1)
    specs = {v.id: v for v in site.vehicles_of()}
    async with Automation(window_access(site),
                          config=ParallelConfig(max_concurrency=1, **FAST)) as va:
        selectors = va.services.profile.selectors
        original_note = selectors["sticker_missing"]
        selectors["sticker_missing"] = missing_note or original_note
        sticker, by_locators = va.services.sticker, []
        shown_by_locators = sticker._shown_by_locators

        async def counted(popup):
            by_locators.append(popup)
            return await shown_by_locators(popup)

        sticker._shown_by_locators = counted
        try:
            links = await links_for(va, ids)
            result = await asyncio.wait_for(va.process(links, progress="none"), timeout=120)
        finally:
            selectors["sticker_missing"] = original_note
    assert len(by_locators) == (0 if missing_note is None else len(ids))
    assert_each_read_its_own_sticker(ids, result.records, specs)


def assert_each_read_its_own_sticker(ids, records, specs):
    """Each vehicle's outcome and sticker are its own, not the window's previous one."""
    for vid, record in zip(ids, records, strict=True):
        spec = specs[vid]
        if spec.sticker_kind == "none":
            assert record.outcome is Outcome.NO_STICKER
            continue
        assert record.outcome in (Outcome.UPDATED, Outcome.UNCHANGED), record.error
        assert record.sticker_source == spec.sticker_kind
        if spec.sticker_kind == "html":
            assert record.features_found == len(spec.sticker)
