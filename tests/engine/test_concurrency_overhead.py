"""Time of ours that grows with the workers (issue 22): the pool's close at the end of a run
is one close per worker context, its pages going with it. Fails when the pages are closed
one by one first again."""

from __future__ import annotations

import asyncio

from playwright.async_api import Page

from vautokit import Automation, ParallelConfig
from vautokit.processing import Outcome

FAST = dict(backoff_base=0.01, backoff_max=0.1, step_timeout=5.0)


async def test_the_pool_closes_each_worker_context_without_closing_its_pages_first(site,
                                                                                   monkeypatch):
    closed_one_by_one: list[Page] = []
    close_page = Page.close

    async def record_close(page: Page, *args, **kwargs) -> None:
        closed_one_by_one.append(page)
        await close_page(page, *args, **kwargs)

    async with Automation(site, config=ParallelConfig(max_concurrency=3, **FAST)) as va:
        links = (await va.vehicles(saved_filter=None))[:3]
        pool = await va._warming
        pages = [w.page for w in pool.workers.values()]
        contexts = [w.context for w in pool.workers.values()]
        monkeypatch.setattr(Page, "close", record_close)
        result = await asyncio.wait_for(va.process(links, progress="none"), timeout=120)
        monkeypatch.undo()
        assert all(page.is_closed() for page in pages)  # gone with their contexts
        assert all(not context.pages for context in contexts)
    assert all(r.outcome not in (Outcome.FAILED, Outcome.SKIPPED) for r in result.records)
    assert not [page for page in closed_one_by_one if page in pages]
