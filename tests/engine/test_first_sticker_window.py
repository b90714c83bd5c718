"""The first sticker window of a run waits on no round trip the later ones do not."""

from __future__ import annotations

import asyncio

from playwright.async_api import Page

from tests.engine.test_overhead_paths import (
    FAST,
    assert_each_read_its_own_sticker,
    links_for,
    mixed_vehicles,
)
from vautokit import Automation, ParallelConfig


async def test_each_sticker_window_is_read_by_one_evaluation_the_first_too(site, monkeypatch):
    """Whether the sticker selectors are plain CSS is asked of the vehicle's page, with the
    window tracking it evaluates anyway: every window, the first included, is read by one
    evaluation of its own, and each vehicle still reads its own sticker."""
    ids = mixed_vehicles(site, 1)
    specs = {v.id: v for v in site.vehicles_of()}
    evaluated: list[tuple[Page, str]] = []
    evaluate = Page.evaluate

    async def recorded(self, expression, arg=None):
        evaluated.append((self, self.url))
        return await evaluate(self, expression, arg)

    monkeypatch.setattr(Page, "evaluate", recorded)
    async with Automation(site, config=ParallelConfig(max_concurrency=1, **FAST)) as va:
        links = await links_for(va, ids)
        sticker_url = va.services.profile.patterns["sticker_request"]
        result = await asyncio.wait_for(va.process(links, progress="none"), timeout=120)
    in_windows = [page for page, url in evaluated if sticker_url in url]
    assert len(in_windows) == len(ids)
    assert len({id(page) for page in in_windows}) == 1  # one kept window read them all
    assert_each_read_its_own_sticker(ids, result.records, specs)
