"""`vautokit job --config FILE` over a dealer group of the sandbox's two dealerships: each
rooftop journalled and reported on its own, its results its own dealership's, one exit
status; a rooftop whose account another process is running is refused, the other runs."""

from __future__ import annotations

import pytest

from tests.jobs.holders import holding
from tests.scoring import precision_recall
from vautokit import RunJournal, RunResult, Sandbox
from vautokit.cli import main
from vautokit.jobs import ExitStatus

GROUP = """
[[rooftop]]
name = "Sandbox Motors"
site = "sandbox"
username_env = "A_USER"
password_env = "A_PASS"
journal = "a/journal.sqlite"
report_dir = "a/reports"
max_concurrency = 2

[[rooftop]]
name = "Second Street"
site = "sandbox"
username_env = "B_USER"
password_env = "B_PASS"
journal = "b/journal.sqlite"
report_dir = "b/reports"
max_concurrency = 2
"""

@pytest.fixture
def group(tmp_path, monkeypatch):
    """A small sandbox with both dealerships, the job file for them, and the environment a
    schedule's environment file would give the job."""
    with Sandbox(8, other_vehicles=5, profile="fast", seed=5) as site:
        (tmp_path / "dealers.toml").write_text(GROUP)
        for prefix, account in (("A", site.account), ("B", site.other_account)):
            monkeypatch.setenv(f"{prefix}_USER", account.username)
            monkeypatch.setenv(f"{prefix}_PASS", account.password)
        monkeypatch.setenv("VAUTOKIT_BASE_URL", site.url)
        monkeypatch.setenv("VAUTOKIT_INBOX_TOKEN", site.inbox_token)
        monkeypatch.delenv("VAUTOKIT_MAX_CONCURRENCY", raising=False)
        yield site, tmp_path


def only_run(path) -> RunResult:
    journal = RunJournal(path, writable=False)
    try:
        [(run_id, *_)] = journal.runs()
        return RunResult.load(run_id, journal)
    finally:
        journal.close()


def test_each_rooftop_runs_its_own_dealership_into_its_own_journal(group, capsys):
    site, folder = group
    assert main(["job", "--config", str(folder / "dealers.toml")]) == ExitStatus.OK
    lines = capsys.readouterr().out.splitlines()
    for prefix, account, line in (("a", site.account, lines[0]),
                                  ("b", site.other_account, lines[1])):
        result = only_run(folder / prefix / "journal.sqlite")
        assert result.status == "completed" and result.records
        assert {r.vehicle_id for r in result.records} <= \
            {str(v.id) for v in site.vehicles_of(account.username)}
        updated = [int(r.vehicle_id) for r in result.records if r.outcome == "updated"]
        assert updated and precision_recall(site, updated) == (1.0, 1.0)
        assert f"run {result.run_id} completed" in line
        assert (folder / prefix / "reports" / f"{result.run_id}.html").is_file()
    assert [line.split(":")[0] for line in lines[:2]] == ["Sandbox Motors", "Second Street"]


def test_a_rooftop_whose_account_is_running_is_refused_and_the_other_runs(group,
                                                                               capsys):
    site, folder = group
    (folder / "a").mkdir()
    with holding(folder / "a/journal.sqlite", account=site.site_access().account,
                 run_id="earlier") as holder:
        assert main(["job", "--config", str(folder / "dealers.toml")]) == ExitStatus.BUSY
    out = capsys.readouterr().out
    assert f"Sandbox Motors: run - busy (no vehicles)\n  run: account {site.account.username}" \
        in out
    assert f"is in use by run earlier (process {holder.pid} on this machine" in out
    assert "Second Street: run " in out and " completed (" in out
    assert site.login_count(site.account.username) == 0
    assert only_run(folder / "b/journal.sqlite").status == "completed"
