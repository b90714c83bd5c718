"""Closing the main browser is bounded: a frozen one is killed, not waited for, so the end
of a notebook session or a job never hangs on it (issue 24, break 1)."""

from __future__ import annotations

import asyncio

import psutil

from tests.engine.test_bounds import Freezer
from vautokit import Automation, ParallelConfig
from vautokit.browser import browser_process_tree


async def test_a_frozen_main_browser_is_killed_when_the_automation_closes(site):
    before = {p.pid for p in browser_process_tree()}
    va = await Automation(site, config=ParallelConfig(endpoint_timeout=2.0)).start()
    started = [p for p in browser_process_tree() if p.pid not in before]
    roots = [p for p in started if p.ppid() not in {q.pid for q in started}]
    freezers = [Freezer(p.pid) for p in roots]
    try:
        for freezer in freezers:
            freezer.freeze()
        await asyncio.wait_for(va.close(), timeout=120)
    finally:
        for freezer in freezers:
            freezer.thaw()
    _, alive = psutil.wait_procs(started, timeout=10)
    assert alive == [], [p.pid for p in alive]
    assert va.browser is None and va.playwright is None
