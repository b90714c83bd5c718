"""Dealer-group files (checked with file, line and key) and running their rooftops."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest

from vautokit.auth import CommandCode, WebhookCodeReceiver
from vautokit.errors import AuthError, GroupFileError, TwoFactorCodeError
from vautokit.groups import (
    CommandSource,
    GroupSchedule,
    Rooftop,
    WebhookSource,
    load_group_file,
    run_group,
)
from vautokit.jobs import run_rooftop
from vautokit.notify import EmailSettings, NotifySettings, RunSummary

GROUP = """\
# two rooftops of one dealer group
[[rooftop]]
name = "Sandbox Motors"
site = "sandbox"
tz = "America/Chicago"
max_concurrency = 4
journal = "journals/sandbox.sqlite"
report_dir = "reports/sandbox"
code = { command = "my-sms-reader --account 'Sandbox Motors'" }

[[rooftop]]
name = "Second Street Autos"
site = "vauto"
username_env = "SECOND_USER"
password_env = "SECOND_PASSWORD"
profile = "profiles/second.toml"
code = { webhook_port = 8765, secret_env = "SECOND_SMS_SECRET" }

[notify]
when = "always"
webhooks = ["json://127.0.0.1:9000/hook", "slack://${SLACK_TOKENS}"]

[notify.email]
host = "smtp.example.com"
port = 587
sender = "vautokit@example.com"
recipients = ["gm@example.com"]
username_env = "SMTP_USER"
password_env = "SMTP_PASSWORD"

[schedule]
at = ["14:00", "07:00"]
tz = "America/Chicago"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "group.toml"
    path.write_text(text)
    return path


def test_a_group_file_is_read_with_paths_from_its_folder(tmp_path):
    group = load_group_file(write(tmp_path, GROUP))
    first, second = group.rooftops
    assert first == Rooftop(
        name="Sandbox Motors", site="sandbox", username_env=None, password_env=None,
        journal=tmp_path / "journals/sandbox.sqlite", report_dir=tmp_path / "reports/sandbox",
        tz="America/Chicago", max_concurrency=4,
        code=CommandSource("my-sms-reader --account 'Sandbox Motors'"))
    assert second == Rooftop(
        name="Second Street Autos", site="vauto", username_env="SECOND_USER",
        password_env="SECOND_PASSWORD",
        journal=tmp_path / ".vautokit/second-street-autos/journal.sqlite",
        report_dir=tmp_path / ".vautokit/second-street-autos",
        profile=tmp_path / "profiles/second.toml",
        code=WebhookSource(8765, "SECOND_SMS_SECRET"))
    assert group.notify == NotifySettings(
        when="always", webhooks=["json://127.0.0.1:9000/hook", "slack://${SLACK_TOKENS}"],
        email=EmailSettings("smtp.example.com", 587, "vautokit@example.com", ["gm@example.com"],
                            "SMTP_USER", "SMTP_PASSWORD", True))
    assert group.schedule == GroupSchedule(["07:00", "14:00"], "America/Chicago")


def test_inline_email_table_is_read_too(tmp_path):
    text = ('[[rooftop]]\nname = "A"\nsite = "sandbox"\n[notify]\nemail = { host = "h", '
            'port = 25, sender = "s@x.test", recipients = ["r@x.test"], starttls = false }\n')
    assert load_group_file(write(tmp_path, text)).notify.email == \
        EmailSettings("h", 25, "s@x.test", ["r@x.test"], starttls=False)


@pytest.mark.parametrize(("change", "where", "problem"), [
    (('username_env = "SECOND_USER"', 'password = "hunter2"'), ":14: rooftop.password",
     "secrets do not belong in this file"),
    (('secret_env = "SECOND_SMS_SECRET"', 'secret = "abc"'), ":17: rooftop.secret",
     "secrets do not belong"),
    (('password_env = "SMTP_PASSWORD"', 'password = "pw"'), ":29: notify.email.password",
     "secrets do not belong"),
    (("max_concurrency = 4", "max_concurency = 4"), ":6: rooftop.max_concurency",
     "unknown key: use one of code, journal"),
    (("max_concurrency = 4", "max_concurrency = 0"), ":6: rooftop.max_concurrency",
     "invalid setting max_concurrency=0"),
    (('site = "vauto"', 'site = "dealertrack"'), ":13: rooftop.site", "is not a site"),
    (('username_env = "SECOND_USER"', 'username_env = "second user"'),
     ":14: rooftop.username_env", "is not the NAME of an environment variable"),
    (('password_env = "SECOND_PASSWORD"\n', ""), ":11: rooftop.password_env", "missing"),
    (('tz = "America/Chicago"\nmax', 'tz = "Mars/Olympus"\nmax'), ":5: rooftop.tz",
     "'Mars/Olympus' is not a known time zone"),
    (('at = ["14:00", "07:00"]', 'at = ["2pm"]'), ":32: schedule.at", "'2pm' is not a time"),
    (('when = "always"', 'when = "sometimes"'), ":20: notify.when", "'always' or 'failure'"),
    (("port = 587", 'port = "587"'), ":25: notify.email.port", "is not a port"),
    (("webhook_port = 8765", "webhook_port = 99999"), ":17: rooftop.webhook_port",
     "is not a port"),
    (('name = "Second Street Autos"', 'name = "Sandbox Motors"'), ":12: rooftop.name",
     "is used by more than one rooftop"),
    (("[schedule]", "[schedules]"), ":31: schedules", "unknown key"),
    (('report_dir = "reports/sandbox"', 'report_dir = "reports/sandbox'), ":8: syntax",
     "line 8"),
])
def test_bad_files_name_line_and_key(tmp_path, change, where, problem):
    text = GROUP.replace(*change, 1)
    assert text != GROUP
    with pytest.raises(GroupFileError) as caught:
        load_group_file(write(tmp_path, text))
    message = str(caught.value)
    assert f"group.toml{where}:" in message and problem in message
    assert "hunter2" not in message and "abc" not in message


def test_no_rooftops_and_missing_file_are_explained(tmp_path):
    with pytest.raises(GroupFileError, match=r"rooftop: no rooftops: add a \[\[rooftop\]\]"):
        load_group_file(write(tmp_path, "[schedule]\nat = ['07:00']\ntz = 'UTC'\n"))
    with pytest.raises(GroupFileError, match="cannot be read"):
        load_group_file(tmp_path / "missing.toml")


def test_credentials_and_code_providers_come_from_the_environment(tmp_path, monkeypatch):
    _, second = load_group_file(write(tmp_path, GROUP)).rooftops
    monkeypatch.delenv("SECOND_PASSWORD", raising=False)
    monkeypatch.setenv("SECOND_USER", "second@dealer.test")
    with pytest.raises(AuthError, match="set SECOND_PASSWORD"):
        second.credentials()
    monkeypatch.setenv("SECOND_PASSWORD", "pw-from-env")
    assert second.credentials().password == "pw-from-env"
    monkeypatch.delenv("SECOND_SMS_SECRET", raising=False)
    with pytest.raises(AuthError, match="set SECOND_SMS_SECRET"):
        second.code.provider()
    monkeypatch.setenv("SECOND_SMS_SECRET", "shared")
    receiver = second.code.provider()
    assert isinstance(receiver, WebhookCodeReceiver) and receiver.port == 8765
    assert isinstance(CommandSource("reader --x").provider(), CommandCode)


def rooftop(name: str) -> Rooftop:
    return Rooftop(name, "sandbox", None, None, Path("j"), Path("r"))


def ok_summary(r: Rooftop) -> RunSummary:
    return RunSummary(r.name, f"run-{r.name}", "completed", 0, {"updated": 1}, [], 0, "3",
                      None, datetime.now(UTC), 1.0)


@pytest.mark.parametrize("side_by_side", [False, True])
async def test_one_rooftops_failure_does_not_stop_the_others(side_by_side):
    started: list[str] = []

    async def run_one(r: Rooftop) -> RunSummary:
        started.append(r.name)
        if r.name == "B":
            raise TwoFactorCodeError("the SMS webhook", "no code arrived within 120 s", "check")
        if r.name == "C":
            raise RuntimeError("browser vanished")
        return ok_summary(r)

    summaries = await run_group([rooftop("A"), rooftop("B"), rooftop("C"), rooftop("D")],
                                run_one, side_by_side=side_by_side)
    assert sorted(started) == ["A", "B", "C", "D"]
    assert [s.label for s in summaries] == ["A", "B", "C", "D"]
    assert [s.exit_status for s in summaries] == [0, 3, 3, 0]
    assert summaries[1].status == "failed to run"
    assert summaries[1].failures == [("(the whole run)", "no 2FA code from the SMS webhook: no "
                                      "code arrived within 120 s; check")]
    assert summaries[2].failures == [("(the whole run)", "RuntimeError: browser vanished")]


async def test_side_by_side_runs_overlap_and_one_after_another_does_not():
    running, most = 0, 0
    release = asyncio.Event()
    arrived: list[str] = []

    async def run_one(r: Rooftop) -> RunSummary:
        nonlocal running, most
        running += 1
        most = max(most, running)
        arrived.append(r.name)
        if len(arrived) == 2:
            release.set()
        async with asyncio.timeout(60):  # a bound, not a measure: one after another never sets it
            await release.wait()  # only releases once a second rooftop has started
        running -= 1
        return ok_summary(r)

    roofs = [rooftop("A"), rooftop("B")]
    assert [s.label for s in await run_group(roofs, run_one, side_by_side=True)] == ["A", "B"]
    assert most == 2
    release.clear()
    arrived.clear()
    most = 0

    async def sequential(r: Rooftop) -> RunSummary:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await asyncio.sleep(0)  # a yield, no wait: a rooftop started alongside would run now
        running -= 1
        return ok_summary(r)

    await run_group(roofs, sequential)
    assert most == 1
    await run_group(roofs, sequential, side_by_side=True)  # the probe sees an overlap
    assert most == 2


async def test_a_rooftops_summary_tells_its_start_in_the_rooftops_zone(monkeypatch):
    monkeypatch.delenv("NOBODY_USER", raising=False)
    roof = Rooftop("Chicago", "vauto", "NOBODY_USER", "NOBODY_PASSWORD", Path("j"), Path("r"),
                   tz="America/Chicago")
    summary = await run_rooftop(roof)
    assert summary.status == "refused"
    assert str(summary.started_at.tzinfo) == "America/Chicago"


async def test_a_rooftops_crash_is_told_without_its_password(monkeypatch, tmp_path):
    monkeypatch.setenv("CRASH_USER", "dealer")
    monkeypatch.setenv("CRASH_PASSWORD", "hunter2-secret")

    async def crashing_job(spec):
        raise RuntimeError(f"typing {spec.credentials.password} failed")

    monkeypatch.setattr("vautokit.jobs.execute_job", crashing_job)
    roof = Rooftop("Crash", "vauto", "CRASH_USER", "CRASH_PASSWORD", tmp_path / "j.sqlite",
                   tmp_path / "r")
    [summary] = await run_group([roof], run_rooftop)
    assert summary.exit_status == 3
    [(_, reason)] = summary.failures
    assert "hunter2-secret" not in reason and reason.startswith("RuntimeError: typing ")
