"""The one job path against the sandbox: journal, report, lease, resume of an abandoned run,
and an exit status for each way a job ends."""

from __future__ import annotations

import sqlite3
from contextlib import ExitStack

import pytest

from tests.jobs.holders import holding
from vautokit import ParallelConfig, RunJournal, RunResult, Sandbox
from vautokit._automation import Automation
from vautokit.auth import Credentials
from vautokit.errors import JournalError
from vautokit.jobs import ExitStatus, JobSpec, execute_job
from vautokit.processing._lease import account_key, holder_of

FAST = dict(backoff_base=0.01, backoff_max=0.1, step_timeout=5.0)

@pytest.fixture
def holder():
    """A child process holding an account's lease (and, given a run, that run unfinished)."""
    with ExitStack() as held:
        yield lambda path, account, run_id=None, links=(): held.enter_context(
            holding(path, account=account, run_id=run_id, links=links))


def spec(site, tmp_path, **changes) -> JobSpec:
    settings = dict(site=site, journal=tmp_path / "journal.sqlite",
                    report=tmp_path / "report.html", saved_filter=None, limit=4,
                    config=ParallelConfig(max_concurrency=2, **FAST))
    return JobSpec(**{**settings, **changes})


def links_of(site, count):
    """The first ``count`` vehicles of the sandbox's first dealer, as the grid lists them."""
    return [{"id": str(v.id), "vin": v.page_vin, "stock": v.stock, "title": v.title,
             "age_days": v.age_days, "dealer": v.dealer,
             "gauge_url": f"/Va/Inventory/GaugePage.aspx?vehicleId={v.id}"}
            for v in site.vehicles_of()[:count]]


async def test_a_job_journals_reports_exports_and_ends_ok(site, tmp_path):
    outcome = await execute_job(spec(site, tmp_path, export=tmp_path / "tables"))
    assert (outcome.status, outcome.exit_status, outcome.message) == ("completed",
                                                                       ExitStatus.OK, None)
    loaded = RunResult.load(outcome.run_id, tmp_path / "journal.sqlite")
    assert loaded.status == "completed" and len(loaded.records) == 4
    summary = outcome.summary
    assert summary.outcomes == dict(loaded.outcomes) and sum(summary.outcomes.values()) == 4
    assert (summary.run_id, summary.exit_status, summary.failures) == (outcome.run_id, 0, [])
    assert summary.label == "sandbox" and summary.report_path == outcome.report_path
    assert outcome.report_path.is_file() and sorted(outcome.exported)
    written = [outcome.report_path.read_text(), *(p.read_text() for p in
                                                   outcome.exported.values())]
    for secret in (site.account.password, site.inbox_token, *site.session_tokens()):
        assert all(secret not in text for text in written)
    assert holder_of(tmp_path / "journal.sqlite",
                     account_key(site.site_access().account)) is None


async def test_some_failed_vehicles_exit_1_with_their_reasons(site, tmp_path):
    site.set_behavior(error_rate=1.0, max_faults_per_vehicle=5)
    config = ParallelConfig(max_concurrency=1, max_retries=1, error_threshold=1.0, **FAST)
    outcome = await execute_job(spec(site, tmp_path, limit=2, config=config))
    assert (outcome.status, outcome.exit_status) == ("completed", ExitStatus.VEHICLES_FAILED)
    assert outcome.summary.outcomes == {"failed": 2}
    assert [vehicle for vehicle, _ in outcome.summary.failures] == \
        [r.stock for r in outcome.result.records]
    assert all(reason for _, reason in outcome.summary.failures)


async def test_a_run_the_error_threshold_stops_exits_3_with_the_reason(site, tmp_path):
    site.set_behavior(error_rate=1.0, max_faults_per_vehicle=5)
    config = ParallelConfig(max_concurrency=1, max_retries=0, error_threshold=0.5,
                            error_window=2, min_error_samples=2, **FAST)
    outcome = await execute_job(spec(site, tmp_path, limit=6, config=config))
    assert (outcome.status, outcome.exit_status) == ("stopped", ExitStatus.STOPPED)
    assert outcome.message.startswith(f"run {outcome.run_id} stopped: ")
    assert outcome.summary.failures[0] == ("run", outcome.message)
    assert outcome.report_path.is_file()  # what was done is reported


async def test_a_refused_sign_in_exits_3_and_signs_in_once(site, tmp_path):
    wrong = Credentials(site.account.username, "not-the-password")
    outcome = await execute_job(spec(site, tmp_path, credentials=wrong))
    assert (outcome.status, outcome.exit_status) == ("stopped", ExitStatus.STOPPED)
    assert "sign-in refused" in outcome.message and "not-the-password" not in outcome.message
    assert site.failed_logins(step="password") == 1


async def test_a_second_run_of_the_account_is_refused_busy_before_signing_in(site, tmp_path,
                                                                            holder):
    child = holder(tmp_path / "journal.sqlite", site.site_access().account)
    outcome = await execute_job(spec(site, tmp_path))
    assert (outcome.status, outcome.exit_status) == ("busy", ExitStatus.BUSY)
    assert f"process {child.pid} on this machine" in outcome.message
    assert len(outcome.message.splitlines()) == 1
    assert site.login_count() == 0 and not (tmp_path / "report.html").exists()


async def test_an_unattended_job_resumes_the_run_a_killed_process_left_first(site, tmp_path,
                                                                           holder):
    child = holder(tmp_path / "journal.sqlite", site.site_access().account, "morning",
                   links_of(site, 3))
    child.kill()
    child.wait()
    outcome = await execute_job(spec(site, tmp_path, resume_abandoned=True, limit=2))
    assert [r.run_id for r in outcome.resumed] == ["morning"]
    assert outcome.resumed[0].status == "completed" and len(outcome.resumed[0].records) == 3
    assert outcome.run_id != "morning" and len(outcome.result.records) == 2
    journal = RunJournal(tmp_path / "journal.sqlite", writable=False)
    assert journal.status("morning") == "completed"
    assert sum(outcome.summary.outcomes.values()) == 5
    journal.close()


async def test_bad_input_is_refused_before_the_sandbox_starts(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    site = Sandbox(5)
    outcome = await execute_job(spec(site, tmp_path, report=blocker / "report.html"))
    assert (outcome.status, outcome.exit_status) == ("refused", ExitStatus.BAD_INPUT)
    assert str(blocker / "report.html") in outcome.message and "cannot be written" in \
        outcome.message
    assert not site.running and not (tmp_path / "journal.sqlite").exists()


async def test_a_journal_that_stops_taking_writes_stops_the_job_with_exit_3(site, tmp_path,
                                                                           monkeypatch):
    """Disk full or a file size limit, as the journal meets them mid-run: the run stops,
    keeps what it wrote, and the job says so (it used to exit 0)."""
    written = []
    original = RunJournal._tx

    def filling_up(journal, statements):
        written.append(len(statements))
        if len(written) > 6:
            raise sqlite3.OperationalError("database or disk is full")
        return original(journal, statements)

    monkeypatch.setattr(RunJournal, "_tx", filling_up)
    outcome = await execute_job(spec(site, tmp_path, limit=6))
    assert (outcome.status, outcome.exit_status) == ("stopped", ExitStatus.STOPPED)
    assert "disk is full" in outcome.message


async def test_a_run_that_ends_in_an_error_is_named_to_resume(site, tmp_path, monkeypatch):
    """An error out of the run itself (after it began) keeps the run's id in the outcome,
    its summary and its line: that is what `--resume` needs."""
    async def failing(self, links, *, run_id, **options):
        raise JournalError(tmp_path / "journal.sqlite", "its last write failed", "resume it")

    monkeypatch.setattr(Automation, "process", failing)
    outcome = await execute_job(spec(site, tmp_path, run_id="evening"))
    assert (outcome.status, outcome.exit_status) == ("stopped", ExitStatus.STOPPED)
    assert (outcome.run_id, outcome.summary.run_id) == ("evening", "evening")
    assert "its last write failed" in outcome.message
