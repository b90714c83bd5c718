"""Issue 24, the engine's part: nothing waits without a bound, and a bound that fires ends
the run cleanly (frozen browsers, slow sticker popups, Retry-After that asks for nothing,
hostile stickers, a journal locked elsewhere)."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import signal
import sqlite3

import psutil
import pytest
from aiohttp import web

from tests.engine.test_parallel import links_for, updatable
from tests.reading import window_access
from tests.scoring import saved_once
from vautokit import Automation, ParallelConfig, RunJournal
from vautokit.browser import LocalEndpoints, browser_process_tree
from vautokit.processing import EventKind, Outcome, _journal
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


# 1. a frozen browser -------------------------------------------------------------------------
class Freezer:
    """Stops a Chromium and every process below it (SIGSTOP), as a hung or suspended
    machine would; ``thaw`` lets it go on."""

    def __init__(self, pid: int) -> None:
        root = psutil.Process(pid)
        self.processes = [root, *root.children(recursive=True)]
        self.frozen = False

    def freeze(self) -> None:
        for process in self.processes:
            with contextlib.suppress(psutil.Error):
                process.send_signal(signal.SIGSTOP)
        self.frozen = True

    def thaw(self) -> None:
        for process in self.processes:
            with contextlib.suppress(psutil.Error):
                process.send_signal(signal.SIGCONT)


def _new_chromium(before: set[int]) -> list[psutil.Process]:
    started = [p for p in browser_process_tree() if p.pid not in before]
    _, alive = psutil.wait_procs(started, timeout=10)
    return alive


async def _ends_within(run: asyncio.Task, seconds: float, freezer: Freezer):
    """The run's result, or a failure (after thawing the browser so the run can end) when
    it is still waiting after ``seconds``."""
    done, _ = await asyncio.wait({run}, timeout=seconds)
    if not done:
        freezer.thaw()
        run.cancel()
        with contextlib.suppress(BaseException):
            await asyncio.wait_for(run, 120)
        pytest.fail(f"the run was still waiting {seconds:g} s after its browser froze")
    return run.result()


async def test_a_frozen_only_endpoint_ends_the_run_with_its_reason_and_nothing_left(site):
    ids = updatable(site, 8)
    before = {p.pid for p in browser_process_tree()}
    served = LocalEndpoints(1)
    endpoint = served.start()[0]
    freezer = Freezer(served.pid(0))
    config = ParallelConfig(max_concurrency=2, batch_size=1, endpoints=[str(endpoint)],
                            endpoint_timeout=3, endpoint_retry=3600, worker_timeout=30,
                            interrupt_grace=2, **FAST)
    try:
        async with Automation(site, config=config) as va:
            links = await links_for(va, ids)

            def freeze_after_two(event):
                if (not freezer.frozen and event.kind is EventKind.VEHICLE_FINISHED
                        and sum(e.kind is EventKind.VEHICLE_FINISHED
                                for e in va.status.events) >= 2):
                    freezer.freeze()

            va.status.subscribe(freeze_after_two)
            run = asyncio.create_task(va.process(links, progress="none"))
            result = await _ends_within(run, 180, freezer)
    finally:
        freezer.thaw()
        served.stop()
    assert freezer.frozen
    assert result.status == "stopped"
    assert "no browser left for the workers" in result.stop_reason
    assert endpoint.label in result.stop_reason
    outcomes = collections.Counter(r.outcome for r in result.records)
    assert outcomes[Outcome.UPDATED] >= 2 and outcomes[Outcome.SKIPPED] >= 1
    assert set(outcomes) <= {Outcome.UPDATED, Outcome.SKIPPED, Outcome.FAILED}
    assert all(r.error for r in result.records if r.outcome is not Outcome.UPDATED)
    assert _new_chromium(before) == []


async def test_a_relogin_that_never_finishes_stops_the_run_with_its_reason(site):
    """Handing a new session to a frozen worker's browser (or a sign-in that hangs) must not
    hold every worker that waits for the re-login forever."""
    ids = updatable(site, 2)
    config = ParallelConfig(max_concurrency=2, worker_timeout=5, **FAST)
    async with Automation(site, config=config) as va:
        links = await links_for(va, ids)

        async def hangs(page):
            await asyncio.Event().wait()

        va.coordinator.login.login = hangs
        site.expire_sessions()
        result = await asyncio.wait_for(va.process(links, progress="none"), timeout=120)
    assert result.status == "stopped"
    assert result.stop_reason == "re-login failed: no answer within 5 s"
    assert all(r.outcome is Outcome.SKIPPED for r in result.records)


# 3. a sticker popup slower than the step timeout ----------------------------------------------
async def test_a_sticker_window_left_open_is_closed_so_the_retry_gets_a_fresh_popup(site):
    """A sticker window from an attempt that gave up on it (its popup came after the step
    timeout) is still open: the site's next click loads into that named window and no popup
    comes. The attempt that meets it must close it, so that the retry gets a popup. (Stickers
    read in their window: read by request, the site's click opens no window.)"""
    ids = updatable(site, 1)
    config = ParallelConfig(max_concurrency=1, max_retries=2, error_threshold=1.0,
                            backoff_base=0.01, backoff_max=0.1, step_timeout=2.0)
    async with Automation(window_access(site), config=config) as va:
        links = await links_for(va, ids)
        read, left_open = va.services.sticker.read, []

        async def read_with_a_window_left_open(target, vin, **kwargs):
            if not left_open:
                left_open.append(await target.evaluate(
                    "() => !!window.open('about:blank', 'factory-equipment-details')"))
            return await read(target, vin, **kwargs)

        va.services.sticker.read = read_with_a_window_left_open
        result = await asyncio.wait_for(va.process(links, progress="none"), timeout=120)
    record = result.records[0]
    assert left_open == [True]
    assert record.outcome is Outcome.UPDATED, (record.error, record.retries)
    assert record.retries == 1 and saved_once(site, ids)


# 7. a journal locked elsewhere ----------------------------------------------------------------
async def test_a_journal_locked_elsewhere_holds_up_no_worker_and_gets_every_write(
        site, tmp_path, monkeypatch):
    """Another program holds the journal's write lock from the first vehicle on: the
    workers go on (no write waits on the event loop), and once the lock is let go every
    write lands, in order. The journal's writes wait out the lock however long the vehicles
    take on a loaded machine (no race against its busy timeout)."""
    monkeypatch.setattr(_journal, "BUSY_TIMEOUT", 600.0)
    ids = updatable(site, 4)
    path = tmp_path / "journal.sqlite"
    journal = RunJournal(path)
    holder = sqlite3.connect(path, isolation_level=None)
    finished_while_locked: list[int] = []
    all_finished = asyncio.Event()
    try:
        async with Automation(site, config=ParallelConfig(max_concurrency=2, **FAST)) as va:
            links = await links_for(va, ids)

            def lock_at_the_first_vehicle(event):
                if event.kind is EventKind.VEHICLE_STARTED and not holder.in_transaction:
                    holder.execute("BEGIN IMMEDIATE")
                elif event.kind is EventKind.VEHICLE_FINISHED and holder.in_transaction:
                    finished_while_locked.append(event.vehicle)
                    if len(finished_while_locked) == len(ids):
                        all_finished.set()

            va.status.subscribe(lock_at_the_first_vehicle)
            run = asyncio.create_task(va.process(links, progress="none", journal=journal,
                                                 run_id="locked"))
            try:
                await asyncio.wait_for(all_finished.wait(), 300)  # a bound, not a speed
            finally:
                if holder.in_transaction:
                    holder.execute("ROLLBACK")
            result = await asyncio.wait_for(run, 120)
    finally:
        holder.close()
    assert sorted(finished_while_locked) == list(range(len(ids)))
    assert result.status == "completed" and result.outcomes == {"updated": 4}
    assert journal.run("locked")["status"] == "completed"
    assert {i: r.outcome for i, r in journal.done_records("locked").items()} == {
        r.index: r.outcome for r in result.records}
    journal.close()
