"""The CLI's job commands: output paths checked before a run starts, one line for every
refusal, the exit status that says how a job ended, job files and schedules."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.jobs.holders import holding
from vautokit import Automation, Sandbox
from vautokit.cli import build_parser, main
from vautokit.jobs import ExitStatus, JobOutcome
from vautokit.notify import RunSummary
from vautokit.processing import RunJournal

GROUP = """
[[rooftop]]
name = "Sandbox Motors"
site = "sandbox"
username_env = "A_USER"
password_env = "A_PASS"

[[rooftop]]
name = "Second Street"
site = "sandbox"
username_env = "B_USER"
password_env = "B_PASS"

[schedule]
at = ["07:00", "14:00"]
tz = "America/Chicago"
"""


@pytest.fixture
def nothing_starts(monkeypatch):
    """A refusal must come before a sandbox starts or anything signs in."""
    def refuse(self, *args, **kwargs):
        raise AssertionError(f"{type(self).__name__}.start reached: validation came too late")

    monkeypatch.setattr(Automation, "start", refuse)
    monkeypatch.setattr(Sandbox, "start", refuse)


def outcome_of(argv: list[str], capsys, status: int) -> str:
    """stderr of ``vautokit argv`` after checking its exit status and that it is one line."""
    try:
        code = main(argv)
    except SystemExit as stopped:
        code = stopped.code
    err = capsys.readouterr().err
    assert code == status, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err


def a_file(tmp_path: Path) -> Path:
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    return blocker


@pytest.mark.parametrize(("option", "value", "words"), [
    ("--report", "{blocker}/sub/report.html", ["--report", "cannot be written"]),
    ("--report", "{tmp}", ["--report", "is a folder", "report.html"]),
    ("--export", "{blocker}/tables", ["--export", "cannot be written in"]),
])
def test_an_unwritable_report_or_export_is_one_line_before_the_run(option, value, words,
                                                                   tmp_path, capsys,
                                                                   nothing_starts):
    target = value.format(blocker=a_file(tmp_path), tmp=tmp_path)
    message = outcome_of(["run", "--journal", str(tmp_path / "j.sqlite"), option, target],
                         capsys, 2)
    assert all(word in message for word in words) and target in message, message
    assert not (tmp_path / "j.sqlite").exists()  # refused before the journal was touched


def test_an_unwritable_report_of_journalled_runs_is_one_line(tmp_path, capsys):
    journal = RunJournal(tmp_path / "j.sqlite")
    journal.start_run("r1", [], {}, "check-only")
    journal.close()
    blocker = a_file(tmp_path)
    message = outcome_of(["report", "--journal", str(tmp_path / "j.sqlite"), "-o",
                          str(blocker / "r.html")], capsys, 2)
    assert str(blocker / "r.html") in message and "cannot be written" in message


def an_outcome(exit_status: ExitStatus, status: str, message: str | None) -> JobOutcome:
    summary = RunSummary("sandbox", "r1", status, int(exit_status), {}, [], 0, "none", None,
                         None, 0.0)
    return JobOutcome("r1", status, exit_status, None, summary, message=message)


@pytest.mark.parametrize(("exit_status", "status", "message"), [
    (ExitStatus.OK, "completed", None),
    (ExitStatus.VEHICLES_FAILED, "completed", None),
    (ExitStatus.STOPPED, "stopped", "run r1 stopped: the journal could not be written"),
    (ExitStatus.BUSY, "busy", "account a at b is in use by run r0 (process 7 on this machine)"),
])
def test_the_exit_status_is_the_jobs_and_a_stop_is_one_line(exit_status, status, message,
                                                            monkeypatch, capsys, tmp_path):
    async def execute_job(spec):
        return an_outcome(exit_status, status, message)

    monkeypatch.setattr("vautokit.jobs.execute_job", execute_job)
    code = main(["run", "--journal", str(tmp_path / "j.sqlite")])
    err = capsys.readouterr().err
    assert code == exit_status
    assert err == (f"vautokit: {message}\n" if message else "")


def test_exit_statuses_are_documented_in_help_and_readme(capsys):
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    shown = capsys.readouterr().out
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    for status in ExitStatus:
        assert f"\n  {status.value}  " in shown
        assert f"| {status.value} |" in readme


@pytest.fixture
def group_file(tmp_path) -> Path:
    path = tmp_path / "group.toml"
    path.write_text(GROUP)
    return path


def test_a_job_file_rooftop_that_is_not_there_is_named_with_those_that_are(group_file,
                                                                          capsys,
                                                                          nothing_starts):
    message = outcome_of(["job", "--config", str(group_file), "--rooftop", "Nowhere"],
                         capsys, 2)
    assert "'Nowhere'" in message and "'Sandbox Motors', 'Second Street'" in message


def test_a_missing_job_file_is_one_line(tmp_path, capsys):
    message = outcome_of(["job", "--config", str(tmp_path / "none.toml")], capsys, 2)
    assert str(tmp_path / "none.toml") in message


def test_a_rooftop_without_its_credentials_is_refused_and_the_others_still_run(
        group_file, monkeypatch, capsys, nothing_starts):
    """Every rooftop is reported (one line each, with its reason) and the job's exit status
    is the worst rooftop's: nothing started, since no credentials were set."""
    for name in ("A_USER", "A_PASS", "B_USER", "B_PASS"):
        monkeypatch.delenv(name, raising=False)
    assert main(["job", "--config", str(group_file)]) == ExitStatus.BAD_INPUT
    out = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in out if not line.startswith(" ")] == \
        ["Sandbox Motors", "Second Street"]
    assert "A_USER and A_PASS" in out[1] and "B_USER and B_PASS" in out[3]


def test_schedule_add_installs_exactly_the_job_command(group_file, monkeypatch, capsys):
    from vautokit.schedule import Schedule

    installed = []

    def add_schedule(name, times, tz, command, *, env_file=None):
        installed.append((name, times, tz, command, env_file))
        return Schedule(name, times, tz, command, "cron", "crontab")

    monkeypatch.setattr("vautokit.schedule.add_schedule", add_schedule)
    assert main(["schedule", "add", "--config", str(group_file)]) == 0
    assert main(["schedule", "add", "--config", str(group_file), "--at", "06:30,13:00",
                 "--tz", "Europe/Berlin", "--name", "berlin", "--env-file", "env"]) == 0
    job = [sys.executable, "-m", "vautokit", "job", "--config", str(group_file.resolve())]
    assert installed == [("group", ["07:00", "14:00"], "America/Chicago", job, None),
                         ("berlin", ["06:30", "13:00"], "Europe/Berlin", job,
                          Path("env"))]
    assert "schedule group: 07:00, 14:00 America/Chicago (cron: crontab)" in \
        capsys.readouterr().out


def test_schedule_add_with_a_bad_time_is_one_line(group_file, capsys):
    message = outcome_of(["schedule", "add", "--config", str(group_file), "--at", "7am"],
                         capsys, 2)
    assert "'7am'" in message and "HH:MM" in message


def test_schedule_list_and_remove_reach_the_schedules(monkeypatch, capsys):
    from vautokit.schedule import Schedule

    removed = []
    monkeypatch.setattr("vautokit.schedule.list_schedules", lambda: [
        Schedule("main", ["07:00"], "UTC", ["vautokit", "job"], "systemd", "/u/x.timer")])
    monkeypatch.setattr("vautokit.schedule.remove_schedule", removed.append)
    assert main(["schedule", "list"]) == 0
    assert main(["schedule", "remove", "main"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "main: 07:00 UTC (systemd: /u/x.timer) -> vautokit job", "schedule main removed"]
    assert removed == ["main"]


def test_two_code_sources_are_one_line(capsys, nothing_starts):
    message = outcome_of(["run", "--code-command", "reader", "--code-webhook", "8765"],
                         capsys, 2)
    assert "--code-command" in message and "--code-webhook" in message


def test_a_code_webhook_without_its_secret_is_one_line(monkeypatch, capsys, nothing_starts):
    monkeypatch.delenv("VAUTOKIT_SMS_SECRET", raising=False)
    message = outcome_of(["run", "--code-webhook", "8765"], capsys, 2)
    assert "VAUTOKIT_SMS_SECRET" in message


def test_the_job_command_is_the_one_schedules_call():
    args = build_parser().parse_args(["job", "--config", "g.toml", "--rooftop", "A"])
    assert (args.config, args.rooftop, args.side_by_side) == ("g.toml", "A", False)


def run_on_running_sandbox(site, tmp_path, monkeypatch, capsys, *extra: str,
                           status: int) -> str:
    """`vautokit run` against ``site`` as against real vAuto (credentials from the
    environment): the one line it printed, checked for its exit status."""
    monkeypatch.setenv("VAUTO_USERNAME", site.account.username)
    monkeypatch.setenv("VAUTO_PASSWORD", site.account.password)
    monkeypatch.setenv("VAUTOKIT_INBOX_TOKEN", site.inbox_token)
    return outcome_of(["run", "--site", "sandbox", "--base-url", site.url, "--journal",
                       str(tmp_path / "j.sqlite"), *extra], capsys, status)


def test_a_second_run_of_an_account_exits_4_naming_the_holder(site, tmp_path, monkeypatch,
                                                             capsys):
    with holding(tmp_path / "j.sqlite", account=site.site_access().account,
                 run_id="nightly") as holder:
        message = run_on_running_sandbox(site, tmp_path, monkeypatch, capsys, "--report",
                                         str(tmp_path / "r.html"), status=4)
    assert f"is in use by run nightly (process {holder.pid} on this machine" in message
    assert site.login_count() == 0


def test_a_real_site_without_credentials_and_no_terminal_is_one_line(monkeypatch, tmp_path,
                                                                      capsys, nothing_starts):
    for name in ("VAUTO_USERNAME", "VAUTO_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("vautokit.auth._credentials._TAKEN_FROM_ENVIRONMENT", {})
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    message = outcome_of(["run", "--site", "vauto", "--journal", str(tmp_path / "j.sqlite")],
                         capsys, 2)
    assert "VAUTO_USERNAME" in message and "VAUTO_PASSWORD" in message


def test_resuming_a_run_another_process_is_resuming_exits_4_before_signing_in(
        site, tmp_path, monkeypatch, capsys):
    journal = RunJournal(tmp_path / "j.sqlite")
    journal.start_run("r1", [], {}, "check-only")
    journal._tx([("UPDATE runs SET status='interrupted' WHERE id='r1'", ())])
    journal.close()
    with holding(tmp_path / "j.sqlite", how="run", run_id="r1") as holder:
        message = run_on_running_sandbox(site, tmp_path, monkeypatch, capsys, "--resume", "r1",
                                         status=4)
    assert f"run r1 is in use by run r1 (process {holder.pid} on this machine" in message
    assert site.login_count() == 0
