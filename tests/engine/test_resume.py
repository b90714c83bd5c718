"""Runs that die halfway resume without redoing or double-applying work, and leak nothing."""

import os
import signal
import subprocess
import sys

import psutil
import pytest

from tests.scoring import saved_once
from vautokit import Automation, RunJournal, RunResult, Sandbox
from vautokit.browser import browser_process_tree

VEHICLES = 30


def _site():
    return Sandbox(45, profile="realistic", seed=9, time_scale=0.02)


def _expected_saves(site):
    return {v.id for v in site.vehicles_of()[:VEHICLES]
            if v.vin_valid and v.vin == v.page_vin and v.sticker_kind != "none"
            and not set(v.truth) <= set(v.initial)}


def _run_cli(site, tmp_path, *extra):
    env = {**os.environ, "VAUTO_USERNAME": site.account.username,
           "VAUTO_PASSWORD": site.account.password, "VAUTOKIT_INBOX_TOKEN": site.inbox_token,
           "VAUTOKIT_TEST_RUN": str(tmp_path)}
    selection = [] if "--resume" in extra else ["--all", "--limit", str(VEHICLES)]
    command = [sys.executable, "-m", "vautokit", "-v", "run", "--site", "sandbox", "--base-url",
               site.url, "--journal", str(tmp_path / "journal.sqlite"), *selection,
               "--concurrency", "3", "--progress", "text", "--report",
               str(tmp_path / "report.html"), *extra]
    return subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, preexec_fn=_default_sigint)


def _default_sigint():
    """Ctrl-C reaches the run even when the suite itself was started with SIGINT ignored
    (a shell's background job), since children inherit an ignored signal."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for_saves(site, process, count):
    """Until ``count`` saves are audited; fails at once if the run process ends first."""
    for _ in range(300):
        if site.wait_for_saves(count, timeout=1):
            return
        if process.poll() is not None:
            pytest.fail(f"the run ended early: {process.communicate()}")
    pytest.fail("no progress within 300 s")


def _stop_midway(site, tmp_path, run_id, *, saves, sig, returncode):
    """Start a journalled run, signal it after ``saves`` saves, return its output."""
    run = _run_cli(site, tmp_path, "--run-id", run_id)
    _wait_for_saves(site, run, saves)
    run.send_signal(sig)
    out, err = run.communicate(timeout=120)
    assert run.returncode == returncode, err
    return out, err


def _leftover_chromium(tmp_path):
    """Chromium processes started by the run process (they inherit its environment)."""
    left = []
    for proc in browser_process_tree(1):
        try:
            if proc.environ().get("VAUTOKIT_TEST_RUN") == str(tmp_path) and \
                    proc.status() != psutil.STATUS_ZOMBIE:
                left.append(proc)
        except psutil.Error:
            continue
    return left


def _scan(tmp_path, texts, site):
    codes = [row["code"] for row in site.store.codes(site.account.username)]
    secrets = [site.account.password, *codes, *site.session_tokens()]
    assert len(secrets) >= 3
    blobs = list(texts) + [p.read_bytes().decode("utf-8", "replace")
                           for p in tmp_path.rglob("*") if p.is_file()]
    for secret in secrets:
        for blob in blobs:
            assert secret not in blob


async def _clean_run_state():
    with _site() as site:
        async with Automation(site) as va:
            await va.process(await va.vehicles(saved_filter=None, limit=VEHICLES),
                             progress="none")
        return site.saved_state()


async def test_sigkill_mid_run_then_resume_saves_everything_exactly_once(tmp_path):
    expected_state = await _clean_run_state()
    with _site() as site:
        expected = _expected_saves(site)
        out1, err1 = _stop_midway(site, tmp_path, "killed", saves=8, sig=signal.SIGKILL,
                                  returncode=-signal.SIGKILL)
        assert len(site.audit_log()) < len(expected)
        assert RunResult.load("killed", tmp_path / "journal.sqlite").status == "abandoned"
        second = _run_cli(site, tmp_path, "--resume", "killed")
        out2, err2 = second.communicate(timeout=300)
        assert second.returncode == 0, err2
        assert saved_once(site, expected)
        assert site.saved_state() == expected_state
        result = RunResult.load("killed", tmp_path / "journal.sqlite")
        assert len(result.records) == VEHICLES and result.outcomes["skipped"] == 0
        assert result.report().summary["vehicles"] == VEHICLES
        _scan(tmp_path, [out1, err1, out2, err2], site)


async def test_sigint_stops_cleanly_and_the_journal_resumes(tmp_path):
    with _site() as site:
        expected = _expected_saves(site)
        out, err = _stop_midway(site, tmp_path, "interrupted", saves=5, sig=signal.SIGINT,
                                returncode=130)
        assert _leftover_chromium(tmp_path) == []
        journal = RunJournal(tmp_path / "journal.sqlite")
        assert journal.run("interrupted")["status"] == "interrupted"
        done_before = len(journal.done_records("interrupted"))
        async with Automation(site) as va:
            result = await va.process([], journal=journal, run_id="interrupted",
                                      progress="none")
        journal.close()
        assert 0 < done_before < VEHICLES
        assert len(result.records) == VEHICLES
        assert result.outcomes["skipped"] == 0
        assert saved_once(site, expected)
        _scan(tmp_path, [out, err], site)
