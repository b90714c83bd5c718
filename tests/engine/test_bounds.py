"""Issue 24, the engine's part: nothing waits without a bound, and a bound that fires ends
the run cleanly (frozen browsers, slow sticker popups, Retry-After that asks for nothing,
hostile stickers, a journal locked elsewhere)."""

from __future__ import annotations

import asyncio

import pytest
from aiohttp import web

from tests.engine.test_parallel import links_for, updatable
from tests.scoring import saved_once
from vautokit import Automation, ParallelConfig
from vautokit.processing import EventKind
from vautokit.sandbox import _server

FAST = dict(backoff_base=0.01, backoff_max=0.1, step_timeout=5.0)


# 4. Retry-After: 0, negative or in the past -------------------------------------------------
@pytest.mark.parametrize("value", ["0", "-5", "Wed, 21 Oct 2015 07:28:00 GMT"])
async def test_a_retry_after_that_asks_for_nothing_is_floored_and_never_exhausts_the_run(
        site, monkeypatch, value):
    """Every step of the vehicle meets 15 such 429s (45 in all, more than the 40 a count of
    429s allowed): the run waits a little each time and finishes."""
    monkeypatch.setattr(_server, "_too_many", lambda _: web.Response(
        status=429, text="Too Many Requests", headers={"Retry-After": value}))
    ids = updatable(site, 1)
    config = ParallelConfig(max_concurrency=1, max_pause=5, **FAST)
    async with Automation(site, config=config) as va:
        links = await links_for(va, ids)
        site.set_behavior(rate_limit_rate=1.0, retry_after=0, max_faults_per_vehicle=15)
        result = await asyncio.wait_for(va.process(links, progress="none"), timeout=300)
    assert result.status == "completed", result.stop_reason
    assert result.outcomes == {"updated": 1} and saved_once(site, ids)
    assert min(r.rate_limited for r in result.records) > 40
    pauses = [float(e.detail.removesuffix(" s")) for e in result.events
              if e.kind is EventKind.RATE_LIMITED]
    assert len(pauses) == sum(r.rate_limited for r in result.records)
    assert min(pauses) > 0  # never an instant retry
