"""The engine under the faults nobody planned for: each numbered finding of the hardening issue."""

from __future__ import annotations

import asyncio
import json
import logging
import time

import pytest
from playwright.async_api import Error as PlaywrightError

from tests.scoring import saved_once
from vautokit import Automation, ParallelConfig, RunJournal, RunResult
from vautokit.errors import RateLimitedError
from vautokit.processing import FINAL, AccountThrottle, EventKind, Outcome, WorkerPool
from vautokit.processing._pool import install_gate
from vautokit.report import Report
from vautokit.site import retry_after_seconds

FAST = dict(backoff_base=0.01, backoff_max=0.1, step_timeout=5.0)


def updatable(site, count):
    ids = [v.id for v in site.vehicles_of()
           if v.vin_valid and v.vin == v.page_vin and v.sticker_kind != "none"
           and not set(v.truth) <= set(v.initial)]
    return ids[:count]


async def links_for(va, ids):
    wanted = {str(i) for i in ids}
    return [link for link in await va.vehicles(saved_filter=None) if link.id in wanted]


def fail_once(target, name, exc_factory, *, times=1):
    """The next ``times`` calls of ``target.name`` raise; later calls run as usual."""
    original, left = getattr(target, name), [times]

    async def step(*args, **kwargs):
        if left[0]:
            left[0] -= 1
            raise exc_factory()
        return await original(*args, **kwargs)

    setattr(target, name, step)


# 1. an exception outside the known classes never hangs the run -----------------------------
async def test_an_unknown_error_is_retried_once_on_a_fresh_context_then_the_vehicle_is_done(site):
    ids = updatable(site, 6)
    async with Automation(site, config=ParallelConfig(max_concurrency=2, **FAST)) as va:
        fail_once(va.services.sticker, "read", lambda: PlaywrightError("Protocol error: odd"))
        result = await asyncio.wait_for(va.process(await links_for(va, ids), progress="none"),
                                        timeout=120)
    assert result.status == "completed" and result.outcomes == {"updated": 6}
    retried = [r for r in result.records if r.unexpected]
    assert len(retried) == 1 and retried[0].requeues == 1
    assert any(e.kind is EventKind.RECREATE for e in result.events)
    assert saved_once(site, ids)


async def test_an_unknown_error_that_persists_fails_only_its_vehicle(site):
    ids = updatable(site, 4)
    async with Automation(site, config=ParallelConfig(max_concurrency=2, **FAST)) as va:
        links = await links_for(va, ids)
        original = va.services.sticker.read

        async def read(frame, vin, **kwargs):
            if vin == links[0].vin:
                raise ValueError("could not convert string to float: 'soon'")
            return await original(frame, vin, **kwargs)

        va.services.sticker.read = read
        result = await asyncio.wait_for(va.process(links, progress="none"), timeout=120)
    failed = result.records[0]
    assert failed.outcome is Outcome.FAILED and failed.error_kind == "unexpected"
    assert failed.error.startswith("ValueError: could not convert")
    assert failed.unexpected == 2
    assert [r.outcome for r in result.records[1:]] == [Outcome.UPDATED] * 3


# 2. a failed re-login stops the run after one failed sign-in, and never locks the account ---
async def test_a_failed_relogin_stops_the_run_without_locking_the_account(site, tmp_path):
    ids = updatable(site, 12)
    journal = RunJournal(tmp_path / "journal.sqlite")
    async with Automation(site, config=ParallelConfig(max_concurrency=5, **FAST)) as va:
        links = await links_for(va, ids)
        site.store.add_account(site.account.username, "changed-meanwhile", site.account.dealer)
        site.expire_sessions()
        result = await asyncio.wait_for(va.process(links, progress="none", journal=journal),
                                        timeout=120)
    assert result.status == "stopped" and result.stop_reason.startswith("re-login failed")
    assert "changed-meanwhile" not in result.stop_reason
    assert site.failed_logins(step="password") == 1
    assert not site.store.locked(site.account.username)
    assert all(r.outcome is Outcome.SKIPPED for r in result.records)
    assert journal.run(result.run_id)["status"] == "stopped"
    assert journal.final_records(result.run_id) == {}


# 3. skipped and failed vehicles are processed again on resume --------------------------------
async def test_resume_processes_skipped_and_failed_vehicles_again(site, tmp_path):
    ids = updatable(site, 8)
    journal = RunJournal(tmp_path / "journal.sqlite")
    config = ParallelConfig(max_concurrency=2, max_retries=0, error_threshold=1.0, **FAST)
    async with Automation(site, config=config) as va:
        links = await links_for(va, ids)
        site.set_behavior(error_rate=1.0, max_faults_per_vehicle=1)
        first = await va.process(links, progress="none", journal=journal)
        site.set_behavior(error_rate=0.0)
        kept = journal.final_records(first.run_id)
        resumed = await va.process([], progress="none", journal=journal, run_id=first.run_id)
    assert first.outcomes["failed"] >= 1
    assert set(kept) == {r.index for r in first.records if r.outcome in FINAL}
    assert resumed.outcomes == {"updated": 8} and resumed.status == "completed"
    assert saved_once(site, ids)


async def test_a_run_whose_main_page_dies_is_resumable(site, tmp_path):
    ids = updatable(site, 5)
    journal = RunJournal(tmp_path / "journal.sqlite")
    async with Automation(site, config=ParallelConfig(**FAST)) as va:
        links = await links_for(va, ids)
        fail_once(va.services.gauge, "boxes",
                  lambda: PlaywrightError("Target page, context or browser has been closed"))
        first = await va.process(links, sequential=True, progress="none", journal=journal)
        resumed = await va.process([], sequential=True, progress="none", journal=journal,
                                   run_id=first.run_id)
    assert first.status == "stopped" and "main page was lost" in first.stop_reason
    assert first.outcomes == {"skipped": 5}
    assert resumed.outcomes == {"updated": 5}
    assert saved_once(site, ids)


# 4. the journal tells how a run ended ---------------------------------------------------------
async def test_a_crash_is_journalled_as_crashed_with_its_reason(site, tmp_path, monkeypatch):
    journal = RunJournal(tmp_path / "journal.sqlite")

    async def broken_start(self, *args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(WorkerPool, "start", broken_start)
    async with Automation(site) as va:
        links = (await va.vehicles(saved_filter=None))[:3]
        with pytest.raises(RuntimeError, match="disk on fire"):
            await va.process(links, progress="none", journal=journal, run_id="crash")
    row = journal.run("crash")
    assert row["status"] == "crashed" and "RuntimeError: disk on fire" in row["stop_reason"]
    assert journal.final_records("crash") == {}


# 5. Retry-After is bounded: malformed means backoff, too long stops the run ------------------
@pytest.mark.parametrize(("value", "seconds"), [
    ("5", 5.0), ("soon", None), ("nan", None), ("", None), ("-3", 0.0),
    ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0), ("Mon, 99 Foo 2020", None)])
def test_retry_after_is_read_as_seconds_or_date_and_never_raises(value, seconds):
    assert retry_after_seconds({"retry-after": value}) == seconds


@pytest.mark.parametrize("value", ["inf", "1e12", "Fri, 31 Dec 9999 23:59:59 GMT"])
def test_an_endless_retry_after_is_refused_not_waited_for(value):
    throttle = AccountThrottle(max_pause=120)
    throttle.pause(retry_after_seconds({"retry-after": value}))
    assert throttle.refused is not None and throttle.refused > 120
    assert throttle.not_before - time.monotonic() <= 120


@pytest.mark.parametrize(("headers", "paused"), [({}, False), ({"Retry-After": "soon"}, False),
                                                  ({"Retry-After": "30"}, True)])
async def test_the_request_gate_pauses_the_account_only_for_a_usable_retry_after(
        page, site, headers, paused):
    throttle, errors, loop = AccountThrottle(max_pause=120), [], asyncio.get_running_loop()
    loop.set_exception_handler(lambda _, context: errors.append(context))
    try:
        await install_gate(page.context, throttle, block_resources=False)
        await page.route("**/busy", lambda route: route.fulfill(status=429, headers=headers,
                                                                body="Too Many Requests"))
        response = await page.goto(f"{site.url}/busy")
    finally:
        loop.set_exception_handler(None)
    assert response.status == 429 and errors == []
    assert (throttle.not_before > time.monotonic()) is paused


async def test_the_runs_own_backoff_after_a_429_is_never_refused_as_too_long(site):
    ids = updatable(site, 3)
    config = ParallelConfig(max_concurrency=2, max_pause=1, backoff_base=5, backoff_max=30,
                            step_timeout=5.0)
    async with Automation(site, config=config) as va:
        fail_once(va.services.gauge, "open", lambda: RateLimitedError("gauge page", None))
        result = await asyncio.wait_for(va.process(await links_for(va, ids), progress="none"),
                                        timeout=120)
    assert result.status == "completed" and result.outcomes == {"updated": 3}
    assert sum(r.rate_limited for r in result.records) == 1


async def test_a_pause_longer_than_max_pause_stops_the_run_with_the_reason(site, tmp_path):
    ids = updatable(site, 6)
    journal = RunJournal(tmp_path / "journal.sqlite")
    async with Automation(site, config=ParallelConfig(max_concurrency=2, max_pause=3,
                                                      **FAST)) as va:
        links = await links_for(va, ids)
        site.set_behavior(rate_limit_rate=1.0, retry_after=3600, max_faults_per_vehicle=1)
        result = await asyncio.wait_for(va.process(links, progress="none", journal=journal),
                                        timeout=60)
    assert result.status == "stopped" and "max_pause 3 s" in result.stop_reason
    assert "failed" not in result.outcomes  # 429s never fail a vehicle
    assert journal.final_records(result.run_id).keys() == {
        r.index for r in result.records if r.outcome in FINAL}


async def test_more_workers_than_the_account_allows_settle_without_failures(site):
    ids = updatable(site, 16)
    site.set_behavior(max_in_flight=2, retry_after=1,
                      latency={"signin": 0, "grid": 0, "gauge": 0.3, "sticker": 0.3, "save": 0.2})
    async with Automation(site, config=ParallelConfig(max_concurrency=6, **FAST)) as va:
        result = await asyncio.wait_for(va.process(await links_for(va, ids), progress="none"),
                                        timeout=300)
    assert result.outcomes == {"updated": 16}
    assert any(r.status == 429 for r in site.request_log)
    limits = [e.limit for e in result.events if e.kind is EventKind.CONCURRENCY]
    assert limits and min(limits) < 6
    assert saved_once(site, ids)


# 6. re-login skips worker contexts that closed meanwhile -------------------------------------
async def test_relogin_skips_a_context_that_was_closed(site):
    async with Automation(site) as va:
        await va.coordinator.capture(va.page)
        pool = WorkerPool(2, ping_url=va.profile.url("ping"))
        await pool.start(va.coordinator, va.browser.browser_type, browser=va.browser)
        try:
            await pool.get_worker_context(1).close()
            site.expire_sessions()
            assert await va.coordinator.relogin(va.coordinator.session.generation, 2)
            assert (await pool.health_check(2)).signed_in
        finally:
            await pool.close()


async def test_a_vehicle_that_keeps_killing_its_context_fails_alone(site):
    # one worker, leases of three: the fifth crash (the last one allowed) comes first in
    # its lease, so another vehicle follows it on the same worker
    ids = updatable(site, 8)
    config = ParallelConfig(max_concurrency=1, batch_size=3, max_retries=1,
                            error_threshold=1.0, **FAST)
    async with Automation(site, config=config) as va:
        links = await links_for(va, ids)
        doomed, opened = links[0].id, va.services.gauge.open

        async def open_closing_the_context(page, link, *args, **kwargs):
            if link.id == doomed:
                await page.context.close()
            return await opened(page, link, *args, **kwargs)

        va.services.gauge.open = open_closing_the_context
        result = await asyncio.wait_for(va.process(links, progress="none"), timeout=120)
    first, *rest = result.records
    assert first.outcome is Outcome.FAILED and first.error_kind == "WorkerCrashedError"
    assert first.requeues == 4
    assert [(r.outcome, r.requeues) for r in rest] == [(Outcome.UPDATED, 0)] * 7


# 8. duplicates, a second run of one Automation, ambiguous saves -------------------------------
async def test_duplicate_links_are_processed_once_with_a_warning(site, caplog):
    ids = updatable(site, 4)
    async with Automation(site) as va:
        links = await links_for(va, ids)
        with caplog.at_level(logging.WARNING):
            result = await va.process([*links, links[1], links[1], links[3]], progress="none")
    assert len(result.records) == 4 and result.outcomes == {"updated": 4}
    assert saved_once(site, ids)
    warning = next(r.message for r in caplog.records if "duplicate" in r.message)
    assert "3 duplicate" in warning and links[1].stock in warning and links[3].stock in warning


async def test_a_second_run_of_one_automation_shares_nothing_with_the_first(site):
    ids = updatable(site, 6)
    async with Automation(site, config=ParallelConfig(max_concurrency=2)) as va:
        links = await links_for(va, ids)
        processor = va.processor()
        first = await processor.process_vehicles(links[:3], va.page)
        second = await processor.process_vehicles(links[3:], va.page)
    assert first.outcomes == second.outcomes == {"updated": 3}
    started = [e for e in second.events if e.kind is EventKind.RUN_STARTED]
    assert len(started) == 1 and second.events[0] is started[0]
    assert {e.vehicle for e in second.events if e.kind is EventKind.VEHICLE_FINISHED} == \
        {0, 1, 2}
    assert second.report().summary["vehicles"] == 3 and second.relogins == 0
    assert saved_once(site, ids)


async def test_a_save_that_committed_before_a_500_counts_as_updated(site):
    ids = updatable(site, 3)
    async with Automation(site, config=ParallelConfig(max_concurrency=1, max_retries=0,
                                                      **FAST)) as va:
        links = await links_for(va, ids)
        answered = []

        async def commit_then_fail(route):
            await route.fetch()
            answered.append(route.request.url)
            await route.fulfill(status=500, body="Server Error")

        processor = va.processor()

        def on_event(event):
            if event.kind is EventKind.STEP and event.step == "apply" and not answered:
                page = processor.run.slots[0].page
                asyncio.get_running_loop().create_task(
                    page.route(f"**/*{va.profile.patterns['save_request']}*", commit_then_fail,
                               times=1))

        va.status.subscribe(on_event)
        result = await processor.process_vehicles(links, va.page)
    assert len(answered) == 1
    assert result.outcomes == {"updated": 3} and saved_once(site, ids)


def save_then(gauge, after):
    """The real save commits, then ``after()`` is awaited the first time only."""
    save, left = gauge.save, [1]

    async def step(*args, **kwargs):
        await save(*args, **kwargs)
        if left[0]:
            left[0] -= 1
            await after()

    gauge.save = step


async def _io_error():
    raise OSError(5, "Input/output error")


async def _hang():
    await asyncio.Event().wait()


@pytest.mark.parametrize("after_save", [_io_error, _hang], ids=["error", "worker_timeout"])
async def test_a_save_that_went_out_before_an_error_or_timeout_is_reported_updated(site,
                                                                                   after_save):
    ids = updatable(site, 3)
    config = ParallelConfig(max_concurrency=2, worker_timeout=8.0, **FAST)
    async with Automation(site, config=config) as va:
        links = await links_for(va, ids)
        save_then(va.services.gauge, after_save)
        result = await asyncio.wait_for(va.process(links, progress="none"), timeout=120)
    assert result.outcomes == {"updated": 3}
    again = [r for r in result.records if r.attempts == 2]
    assert len(again) == 1 and again[0].checked and again[0].save_sent
    assert saved_once(site, ids)


async def test_a_resume_reports_a_save_that_went_out_before_the_run_was_interrupted(site,
                                                                                    tmp_path):
    ids = updatable(site, 4)
    journal = RunJournal(tmp_path / "journal.sqlite")
    async with Automation(site, config=ParallelConfig(max_concurrency=1, **FAST)) as va:
        links = await links_for(va, ids)
        run = asyncio.ensure_future(va.process(links, progress="none", journal=journal,
                                               run_id="cut"))

        async def interrupt():
            run.cancel()
            await asyncio.Event().wait()

        save_then(va.services.gauge, interrupt)
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(run, timeout=120)
        assert journal.run("cut")["status"] == "interrupted"
        assert journal.done_records("cut") == {}  # the vehicle in flight was never finished
        resumed = await va.process([], progress="none", journal=journal, run_id="cut")
    assert resumed.outcomes == {"updated": 4} and resumed.status == "completed"
    first = resumed.records[0]
    assert first.save_sent and first.checked and first.attempts == 1
    assert saved_once(site, ids)


# 7. secrets in endpoint URLs stay out of everything -------------------------------------------
async def test_endpoint_secrets_reach_no_log_reason_journal_report_or_repr(site, tmp_path,
                                                                           caplog):
    secret_url = "http://agent:hunter2@127.0.0.1:9/session/0a1b2c3d4e5f6a7b8c9d?token=sekrit"
    config = ParallelConfig(endpoints=[secret_url], endpoint_timeout=2)
    journal = RunJournal(tmp_path / "journal.sqlite")
    with caplog.at_level(logging.DEBUG):
        async with Automation(site, config=config) as va:
            links = (await va.vehicles(saved_filter=None))[:2]
            result = await va.process(links, progress="none", journal=journal)
            html = Report("r", {"run": result}).to_html(tmp_path / "r.html").read_text()
    assert result.fallback_reason
    shown = [caplog.text, result.fallback_reason, repr(config), repr(result), html,
             json.dumps(dict(journal.run(result.run_id))),
             json.dumps([e.detail for e in journal.events(result.run_id)])]
    for text in shown:
        for secret in ("hunter2", "agent", "sekrit", "0a1b2c3d4e5f6a7b8c9d"):
            assert secret not in text
    loaded = RunResult.load(result.run_id, journal)
    assert "hunter2" not in repr(loaded.config)


# one event stream: the metrics are the same live and loaded from the journal -----------------
async def test_metrics_live_and_from_the_journal_are_the_same(site, tmp_path):
    ids = updatable(site, 8)
    journal = RunJournal(tmp_path / "journal.sqlite")
    async with Automation(site, config=ParallelConfig(max_concurrency=2, recycle_after=2)) as va:
        live = await va.process(await links_for(va, ids), progress="none", journal=journal)
    loaded = RunResult.load(live.run_id, journal)
    live_workers, loaded_workers = live.report().workers, loaded.report().workers
    assert live_workers["recycles"].sum() >= 2
    assert live_workers.drop(columns="idle_seconds").equals(
        loaded_workers.drop(columns="idle_seconds"))
    assert loaded.status == live.status == "completed"


# evidence: a failed vehicle leaves a screenshot the journal points at --------------------------
async def test_a_failed_vehicle_leaves_a_screenshot_the_journal_points_at(site, tmp_path):
    ids = updatable(site, 2)
    journal = RunJournal(tmp_path / "journal.sqlite")
    config = ParallelConfig(max_concurrency=1, max_retries=1, error_threshold=1.0, **FAST)
    async with Automation(site, config=config) as va:
        links = await links_for(va, ids)
        site.set_behavior(error_rate=1.0, max_faults_per_vehicle=5)
        result = await va.process(links[:1], progress="none", journal=journal)
        quiet = await va.process(links[1:], progress="none", journal=journal,
                                 config=config.with_(screenshots=False))
    failed = result.records[0]
    assert failed.outcome is Outcome.FAILED and len(failed.evidence) == 2  # retry, failure
    for shot in failed.evidence:
        assert (tmp_path / shot).read_bytes()[:3] == b"\xff\xd8\xff"  # a JPEG
    assert journal.done_records(result.run_id)[0].evidence == failed.evidence
    assert quiet.outcomes == {"failed": 1} and not quiet.records[0].evidence
    assert not (tmp_path / "evidence" / quiet.run_id).exists()
