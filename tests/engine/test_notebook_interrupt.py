"""Interrupting a notebook cell that awaits a run: the kernel's interrupt cancels the cell,
the run ends as interrupted, no Chromium is left, and a resume finishes the rest."""

from __future__ import annotations

import collections
import textwrap

import psutil
import pytest
from jupyter_client.manager import start_new_async_kernel

from vautokit import RunJournal, Sandbox
from vautokit.processing import FINAL

VEHICLES = 14
TIMEOUT = 120


def _setup_cell(site: Sandbox, journal_path) -> str:
    return textwrap.dedent(f"""
        import os
        from vautokit import Automation, ParallelConfig, RunJournal
        from vautokit.auth import Credentials, SandboxInbox
        from vautokit.site import SiteProfile
        from vautokit.processing import EventKind

        profile = SiteProfile.load("sandbox", base_url={site.url!r})
        user = os.environ["VAUTO_USERNAME"]
        login = dict(credentials=Credentials(user, os.environ["VAUTO_PASSWORD"]),
                     two_factor=SandboxInbox(profile.url("sms_inbox", username=user)))
        journal = RunJournal({str(journal_path)!r})
        va = await Automation(profile, config=ParallelConfig(max_concurrency=3, interrupt_grace=2),
                              **login).start()
        links = (await va.vehicles(saved_filter=None))[:{VEHICLES}]
        va.status.subscribe(lambda e: print("finished", e.vehicle, flush=True)
                            if e.kind is EventKind.VEHICLE_FINISHED else None)
        """)


RUN_CELL = 'result = await va.process(links, journal=journal, run_id="nb", progress="none")'
RESUME_CELL = textwrap.dedent("""
    await va.close()
    va = await Automation(profile, **login).start()
    resumed = await va.process([], journal=journal, run_id="nb", progress="none")
    await va.close()
    print("resumed", resumed.status, sorted(resumed.outcomes.items()))
    """)


async def _execute(kc, code: str, *, until=None) -> tuple[dict, list[str]]:
    """Run ``code``; ``until(text)`` is called on each printed line and may act on it."""
    msg_id = kc.execute(code)
    printed: list[str] = []
    while True:
        msg = await kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream":
            for line in msg["content"]["text"].splitlines():
                printed.append(line)
                if until is not None:
                    await until(line)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    while True:
        reply = await kc.get_shell_msg(timeout=TIMEOUT)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply["content"], printed


def _chromium_below(pid: int) -> list[psutil.Process]:
    try:
        children = psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []
    alive = [p for p in children if "chrom" in p.name().lower() or "headless" in p.name()]
    _, still = psutil.wait_procs(alive, timeout=10)
    return still


@pytest.fixture
def realistic_site():
    with Sandbox(40, profile="realistic", seed=3, time_scale=0.05) as site:
        yield site


async def test_interrupting_the_kernel_mid_run_leaves_a_resumable_journal(
        realistic_site, tmp_path, monkeypatch):
    site = realistic_site
    monkeypatch.setenv("VAUTO_USERNAME", site.account.username)
    monkeypatch.setenv("VAUTO_PASSWORD", site.account.password)
    monkeypatch.setenv("VAUTOKIT_INBOX_TOKEN", site.inbox_token)
    journal_path = tmp_path / "journal.sqlite"
    km, kc = await start_new_async_kernel(kernel_name="python3", cwd=str(tmp_path))
    try:
        reply, _ = await _execute(kc, _setup_cell(site, journal_path))
        assert reply["status"] == "ok", reply
        finished: list[str] = []

        async def interrupt_after_three(line: str) -> None:
            if line.startswith("finished"):
                finished.append(line)
                if len(finished) == 3:
                    await km.interrupt_kernel()

        reply, _ = await _execute(kc, RUN_CELL, until=interrupt_after_three)
        assert reply["status"] == "error" and reply["ename"] in {"CancelledError",
                                                                  "KeyboardInterrupt"}
        reply, _ = await _execute(kc, "await va.close()")
        assert reply["status"] == "ok", reply
        assert _chromium_below(km.provisioner.pid) == []

        book = RunJournal(journal_path, writable=False)
        assert book.run("nb")["status"] == "interrupted"
        kept = book.final_records("nb")
        assert 3 <= len(kept) < VEHICLES
        book.close()

        reply, printed = await _execute(kc, RESUME_CELL)
        assert reply["status"] == "ok", reply
        assert printed[-1].startswith("resumed completed")
        assert _chromium_below(km.provisioner.pid) == []
    finally:
        kc.stop_channels()
        await km.shutdown_kernel(now=True)
    book = RunJournal(journal_path, writable=False)
    records = book.done_records("nb")
    assert len(records) == VEHICLES and all(r.outcome in FINAL for r in records.values())
    chosen = {int(r.vehicle_id) for r in records.values()}
    expected = {v.id for v in site.vehicles_of() if v.id in chosen and v.vin_valid
                and v.vin == v.page_vin and v.sticker_kind != "none"
                and not set(v.truth) <= set(v.initial)}
    saves = collections.Counter(row.vehicle_id for row in site.audit_log())
    assert set(saves) == expected and set(saves.values()) == {1}

