"""Workers on remote browsers: two Chromium CDP endpoints on loopback, started by the tests."""

import asyncio
import collections
import json
import signal
import subprocess
import sys
import urllib.request

import psutil
import pytest

from tests.engine.test_parallel import links_for, updatable
from tests.scoring import saved_once
from vautokit import Automation, ParallelConfig, WorkerPool
from vautokit.browser import LocalEndpoints
from vautokit.errors import EndpointUnreachableError, EndpointVersionError, PoolStartError
from vautokit.notebook import Dashboard
from vautokit.processing import EventKind, Outcome


@pytest.fixture
def served():
    """Two headless Chromiums with DevTools endpoints; killed and removed afterwards."""
    endpoints = LocalEndpoints(2)
    endpoints.start()
    yield endpoints
    endpoints.stop()


def labels(served):
    return [e.label for e in served.endpoints]


async def test_a_run_spreads_its_workers_over_both_endpoints(site, served):
    ids = updatable(site, 12)
    config = ParallelConfig(max_concurrency=4, recycle_after=2,
                            endpoints=[str(e) for e in served.endpoints])
    async with Automation(site, config=config) as va:
        dashboard = Dashboard(va.status, show=False)
        result = await va.process(await links_for(va, ids), progress="none")
        dashboard.close()
        shown = {w.worker_id: w.endpoint for w in va.status.snapshot() if w.worker_id}
    a, b = labels(served)
    assert result.mode == "parallel" and result.outcomes == {"updated": 12}
    assert saved_once(site, ids)
    assert site.login_count() == 1  # remote contexts inherit the main page's session too
    assert collections.Counter(shown.values()) == {a: 2, b: 2}  # spread by capacity
    assert {r.endpoint for r in result.records} == {a, b}
    assert sum(e.kind is EventKind.RECYCLE for e in result.events) >= 4  # recycled in place
    per_worker = result.report().workers.set_index("worker")["endpoints"].to_dict()
    assert per_worker == shown
    assert all(shown[w] in row["text"] for w, row in dashboard.state().items() if w)


def _default_sigint():
    """Ctrl-C reaches the command even when the suite runs with SIGINT ignored (a shell's
    background job), since children inherit an ignored signal."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


_EXIT_WAIT = 15  # seconds a stopped browser's helper processes may take to exit


def test_vautokit_browsers_serves_endpoints_until_interrupted():
    command = [sys.executable, "-m", "vautokit", "browsers", "--count", "2", "--capacity", "3"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, preexec_fn=_default_sigint)
    urls = []
    for line in process.stdout:
        if line.startswith("Chromium DevTools endpoint: "):
            urls.append(line.split(": ", 1)[1].strip())
        if line.startswith("Ctrl-C"):
            break
    children = psutil.Process(process.pid).children(recursive=True)
    assert len(urls) == 2 and all(u.startswith("http://127.0.0.1:") and u.endswith("#3")
                                  for u in urls)
    for url in urls:
        version = json.load(urllib.request.urlopen(url.split("#")[0] + "/json/version"))
        assert "Browser" in version
    process.send_signal(signal.SIGINT)
    out, _ = process.communicate(timeout=30)
    assert process.returncode == 0 and "stopped" in out
    # the browsers' helper processes (zygote, renderers) exit after their browser does: wait
    # for their exits, not for a time; a zombie has exited and only awaits its reaper
    _, alive = psutil.wait_procs(children, timeout=_EXIT_WAIT)
    assert not [c for c in alive if c.is_running() and c.status() != psutil.STATUS_ZOMBIE]


async def test_killing_an_endpoint_mid_run_finishes_every_vehicle_once_on_the_other(site, served):
    ids = updatable(site, 16)
    a, b = labels(served)
    config = ParallelConfig(max_concurrency=4, endpoints=[a, b], endpoint_retry=3600)
    async with Automation(site, config=config) as va:
        killed_at: list[float] = []

        def kill_a_during_a_sticker(event):
            on_a = va.status.workers.get(event.worker)
            if (not killed_at and event.kind is EventKind.STEP and event.step == "sticker"
                    and on_a is not None and on_a.endpoint == a):
                served.kill(0)
                killed_at.append(event.at)

        va.status.subscribe(kill_a_during_a_sticker)
        result = await va.process(await links_for(va, ids), progress="none")
    assert killed_at
    assert result.outcomes == {"updated": 16} and saved_once(site, ids)
    finished_on = collections.Counter(r.endpoint for r in result.records)
    assert finished_on[b] > finished_on[a] and sum(finished_on.values()) == 16
    assert all(r.endpoint == b for r in result.records if r.started > killed_at[0])
    assert any(r.requeues for r in result.records)  # the vehicles in flight went back
    assert any(e.kind is EventKind.ENDPOINT and e.detail == "lost" and e.endpoint == a
               for e in result.events)
    moved = {e.worker for e in result.events if e.kind is EventKind.RECREATE}
    assert moved and all(e.endpoint == b for e in result.events
                         if e.kind is EventKind.RECREATE)


async def test_a_lost_endpoint_is_used_again_when_it_comes_back(site, served):
    a, b = labels(served)
    config = ParallelConfig(endpoints=[a, b], endpoint_retry=0, recycle_after=0)
    async with Automation(site, config=config) as va:
        await va.coordinator.capture(va.page)
        pool = WorkerPool(2, config=config, ping_url=va.profile.url("ping"))
        await pool.start(va.coordinator, va.browser.browser_type)
        try:
            assert {w.id: w.endpoint for w in pool.workers.values()} == {1: a, 2: b}
            served.kill(0)
            moved = await pool.recover(1, reason="endpoint killed")
            assert moved.endpoint == b and moved.home == a
            assert (await pool.health_check(1)).signed_in
            served.restart(0)
            await pool.after_vehicle(1)
            assert pool.workers[1].endpoint == a
            assert (await pool.health_check(1)).signed_in
            assert pool.reconnects == 1
        finally:
            await pool.close()


async def test_every_endpoint_lost_stops_the_run_and_keeps_what_was_done(site, served):
    ids = updatable(site, 10)
    a, b = labels(served)
    config = ParallelConfig(max_concurrency=2, endpoints=[a, b], endpoint_retry=3600)
    async with Automation(site, config=config) as va:
        killed = []

        def kill_both_after_three(event):
            if (not killed and event.kind is EventKind.VEHICLE_FINISHED
                    and len(site.audit_log()) >= 3):
                served.kill(0)
                served.kill(1)
                killed.append(len(site.audit_log()))

        va.status.subscribe(kill_both_after_three)
        result = await va.process(await links_for(va, ids), progress="none")
    confirmed = {int(r.vehicle_id) for r in result.records if r.outcome is Outcome.UPDATED}
    audited = collections.Counter(row.vehicle_id for row in site.audit_log())
    assert killed and len(confirmed) >= 3 and set(audited.values()) == {1}
    # a save that landed just before the browsers died is in the audit log but unconfirmed
    # (a resumed run re-reads that vehicle first and finds nothing left to do)
    assert confirmed <= set(audited) and len(set(audited) - confirmed) <= 2
    rest = [r for r in result.records if r.outcome is not Outcome.UPDATED]
    assert rest and all(r.outcome is Outcome.SKIPPED for r in rest)
    assert "no browser left for the workers" in result.stop_reason
    assert a in result.stop_reason and b in result.stop_reason


async def test_an_unreachable_endpoint_is_named_with_what_to_do(site):
    async with Automation(site) as va:
        await va.coordinator.capture(va.page)
        pool = WorkerPool(endpoints=["http://127.0.0.1:9?token=s3cret#2"])
        with pytest.raises(PoolStartError) as caught:
            await pool.start(va.coordinator, va.browser.browser_type)
    message = str(caught.value)
    assert "http://127.0.0.1:9: unreachable" in message
    assert "vautokit browsers" in message and "s3cret" not in message
    assert isinstance(caught.value.__cause__, EndpointUnreachableError)


async def _fake_playwright_server_of_another_version():
    """Answers a WebSocket upgrade the way `playwright run-server` refuses another version."""
    refusal = ("HTTP/1.1 428 Precondition Required\r\n\r\n"
               "Playwright version mismatch:\n  - server version: v1.0\n"
               "  - client version: v1.65\n")

    async def refuse(reader, writer):
        await reader.readuntil(b"\r\n\r\n")
        writer.write(refusal.encode())
        await writer.drain()
        writer.close()

    return await asyncio.start_server(refuse, "127.0.0.1", 0)


async def test_a_playwright_server_of_another_version_is_a_clear_error(site):
    server = await _fake_playwright_server_of_another_version()
    port = server.sockets[0].getsockname()[1]
    try:
        async with Automation(site) as va:
            await va.coordinator.capture(va.page)
            pool = WorkerPool(endpoints=[f"ws://127.0.0.1:{port}/"])
            with pytest.raises(PoolStartError) as caught:
                await pool.start(va.coordinator, va.browser.browser_type)
    finally:
        server.close()
    cause = caught.value.__cause__
    assert isinstance(cause, EndpointVersionError)
    assert "version mismatch" in str(cause) and "server v1.0" in str(cause)
