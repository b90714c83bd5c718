"""The tuner remembers, in a real browser: an adaptive run under an account that allows few
requests in flight learns its limit, and the next run on the same journal starts there
instead of at the ceiling, with no vehicle lost."""

from __future__ import annotations

import asyncio

from tests.engine.test_hardening import FAST, links_for, updatable
from tests.scoring import saved_once
from vautokit import Automation, ParallelConfig, RunJournal
from vautokit.processing import EventKind

WORKERS = 6


def _first_limit(result) -> int:
    """The limit the run started at: its first CONCURRENCY event."""
    return next(e.limit for e in result.events if e.kind is EventKind.CONCURRENCY)


async def test_the_second_run_starts_at_the_limit_the_first_learned(site, tmp_path):
    ids = updatable(site, 24)
    first_ids, second_ids = ids[:12], ids[12:]
    site.set_behavior(max_in_flight=2, retry_after=1,
                      latency={"signin": 0, "grid": 0, "gauge": 0.3, "sticker": 0.3, "save": 0.2})
    config = ParallelConfig(max_concurrency=WORKERS, adaptive=True, **FAST)
    journal = RunJournal(tmp_path / "journal.sqlite")
    async with Automation(site, config=config) as va:
        first = await asyncio.wait_for(
            va.process(await links_for(va, first_ids), progress="none", journal=journal),
            timeout=300)
        learned = journal.learned_limit("sandbox", site.account.username)
        second = await asyncio.wait_for(
            va.process(await links_for(va, second_ids), progress="none", journal=journal),
            timeout=300)

    assert first.outcomes == {"updated": 12} and second.outcomes == {"updated": 12}
    assert _first_limit(first) == WORKERS  # a fresh journal: the ceiling, as before
    assert learned is not None and learned.met and learned.limit < WORKERS
    assert _first_limit(second) == learned.limit, [
        e.detail for e in second.events if e.kind is EventKind.CONCURRENCY]
    assert first.config["learned_limit"]["limit"] == learned.limit
    assert journal.learned_limit("sandbox", "someone-else") is None
    history = journal.history()
    assert history.loc[0, "learned_limit"] == learned.describe()
    assert saved_once(site, ids)
