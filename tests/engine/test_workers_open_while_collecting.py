"""Start-up overlap (issue 22): the worker contexts open while the links are collected, and
the run that follows takes them over signed in; a run they do not fit closes them."""

from __future__ import annotations

import asyncio

from vautokit import Automation, ParallelConfig
from vautokit.processing import Outcome, PoolState

FAST = dict(backoff_base=0.01, backoff_max=0.1, step_timeout=5.0)


async def test_the_run_takes_over_the_workers_opened_while_collecting(site):
    async with Automation(site, config=ParallelConfig(max_concurrency=3, **FAST)) as va:
        links = (await va.vehicles(saved_filter=None))[:6]
        opened = await va._warming  # the pool the collection opened, before any run
        assert opened.state is PoolState.OPENED and len(opened.workers) == 3
        contexts = {w.id: w.context for w in opened.workers.values()}
        result = await asyncio.wait_for(va.process(links, progress="none"), timeout=120)
        session = va.coordinator.session
    assert result.mode == "parallel" and result.workers == 3
    assert result.fallback_reason is None and result.relogins == 0
    assert all(r.outcome not in (Outcome.FAILED, Outcome.SKIPPED) for r in result.records)
    assert {r.worker for r in result.records} <= set(contexts)
    # every worker holds the session captured for the run itself, not the earlier one
    assert va.coordinator.inherited == dict.fromkeys(contexts, session.generation)
    assert opened.state is PoolState.CLOSED  # the run closed what it took over


async def test_a_run_the_workers_do_not_fit_closes_them(site):
    async with Automation(site, config=ParallelConfig(max_concurrency=3, **FAST)) as va:
        links = (await va.vehicles(saved_filter=None))[:2]
        opened = await va._warming
        result = await asyncio.wait_for(
            va.process(links, sequential=True, progress="none"), timeout=120)
        assert opened.state is PoolState.CLOSED
        assert va._warming is None
    assert result.mode == "sequential"
    assert all(r.outcome not in (Outcome.FAILED, Outcome.SKIPPED) for r in result.records)


async def test_closing_without_a_run_closes_the_workers_opened(site):
    async with Automation(site, config=ParallelConfig(max_concurrency=2, **FAST)) as va:
        await va.vehicles(saved_filter=None)
        opened = await va._warming
    assert opened.state is PoolState.CLOSED and not opened.workers
