"""Time of ours that grows with the workers (issue 22): at the end of a run a worker out of
work takes the vehicles another worker leased and has not started, instead of waiting while
that worker goes through its batch alone. Each test fails without it."""

from __future__ import annotations

import asyncio
import contextlib

from vautokit import Automation, ParallelConfig
from vautokit.model import EventKind
from vautokit.processing import Outcome
from vautokit.processing._queue import WorkQueue

FAST = dict(backoff_base=0.01, backoff_max=0.1, step_timeout=5.0)
GATE_BOUND = 30.0
"""Seconds the held vehicle waits for the others at most: without stealing they never finish
while it is held, and the run goes on after this bound (to fail on the assertions, not hang)."""


async def test_a_worker_out_of_work_takes_a_vehicle_leased_and_not_started():
    queue = WorkQueue(range(4), workers=2)
    first = await queue.take(5)
    second = await queue.take(5)
    assert (len(first), len(second)) == (2, 1)  # the fair share: [0, 1] and [2]
    assert first.next() == 0  # started: no longer the lease's to give
    assert second.next() == 2
    await queue.done()
    third = await queue.take(5)
    assert third.next() == 3 and third.next() is None
    await queue.done()
    stolen = await queue.take(5)  # nothing pending: the vehicle [0, 1]'s worker did not start
    assert stolen.next() == 1 and stolen.next() is None
    assert first.next() is None  # its worker goes on without it
    await queue.done()
    await queue.done()
    assert not await queue.take(5) and queue.leased == 0


async def test_batches_handed_out_as_lists_are_not_taken_from():
    queue = WorkQueue(range(4), workers=2)
    assert await queue.lease(5) == [0, 1]
    assert await queue.lease(5) == [2]
    assert await queue.lease(5) == [3]
    await queue.done(4)
    assert await queue.lease(5) == []


async def test_the_vehicle_behind_a_slow_one_goes_to_the_idle_worker(site):
    """Two workers, four vehicles, batches of five: the first worker leases vehicles 0 and 1,
    the second 2, then 3. Vehicle 0 is held until every other vehicle is done: the second
    worker must take vehicle 1 from the first one's lease (without stealing it waits for it,
    and vehicle 1 follows vehicle 0 on the first worker)."""
    config = ParallelConfig(max_concurrency=2, batch_size=5, **FAST)
    async with Automation(site, config=config) as va:
        links = (await va.vehicles(saved_filter=None))[:4]
        others_done = asyncio.Event()
        finished: set[int] = set()

        def follow(event) -> None:
            if event.kind is EventKind.VEHICLE_FINISHED and event.vehicle != 0:
                finished.add(event.vehicle)
                if finished == {1, 2, 3}:
                    others_done.set()

        open_page = va.services.gauge.open

        async def hold_the_first(page, link, *args, **kwargs):
            if link.id == links[0].id:
                with contextlib.suppress(TimeoutError):  # without stealing: fail below
                    await asyncio.wait_for(others_done.wait(), GATE_BOUND)
            return await open_page(page, link, *args, **kwargs)

        va.services.gauge.open = hold_the_first
        va.status.subscribe(follow)
        result = await asyncio.wait_for(va.process(links, progress="none"), timeout=120)
    records = result.records
    assert all(r.outcome not in (Outcome.FAILED, Outcome.SKIPPED) for r in records)
    assert records[1].worker != records[0].worker  # taken by the worker out of work
    assert others_done.is_set()
