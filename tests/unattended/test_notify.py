"""Notifications: a real SMTP server (aiosmtpd) and a real HTTP receiver (aiohttp) on
127.0.0.1, checked for what arrived."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.unattended.receivers import free_port, json_receiver
from tests.unattended.receivers import smtp_server as serve_smtp
from vautokit.errors import ConfigError
from vautokit.notify import EmailSettings, NotifySettings, RunSummary, compose, notify

PASSWORD = "smtp-pass-Zq81"
REPORT_BYTES = b"<!doctype html><title>report</title><p>38 updated</p>\n"


def summary(label: str, *, exit_status: int = 0, failures=(), report: Path | None = None,
            review: int = 0) -> RunSummary:
    return RunSummary(
        label=label, run_id=f"run-{label[:3].lower()}", status="completed" if not exit_status
        else "some vehicles failed", exit_status=exit_status,
        outcomes={"updated": 38, "unchanged": 2, "failed": len(failures)},
        failures=list(failures), review_count=review, concurrency="adaptive, 1 to 4, ended at 3",
        report_path=report, started_at=datetime(2026, 12, 2, 13, 0, tzinfo=UTC),
        duration_s=192.4)


@pytest.fixture
def smtp_server():
    with serve_smtp(PASSWORD) as served:
        yield served


@pytest.fixture
async def http_receiver():
    async with json_receiver() as served:
        yield served


def mail_settings(port: int, **changes) -> EmailSettings:
    return EmailSettings(**{"host": "127.0.0.1", "port": port, "sender": "vautokit@dealer.test",
                            "recipients": ["ops@dealer.test", "gm@dealer.test"],
                            "starttls": False, **changes})


async def test_failure_is_mailed_with_the_report_and_posted_to_a_webhook(
        tmp_path, smtp_server, http_receiver, monkeypatch):
    inbox, smtp_port = smtp_server
    received, http_port = http_receiver
    monkeypatch.setenv("TEST_SMTP_USER", "mailer")
    monkeypatch.setenv("TEST_SMTP_PASSWORD", PASSWORD)
    report = tmp_path / "sandbox-report.html"
    report.write_bytes(REPORT_BYTES)
    failed = summary("Sandbox Motors", exit_status=1, report=report, review=3,
                     failures=[("1HGCM82633A004352 (stock A12)",
                                "window sticker unreadable (password=hunter2 in a log line)")])
    settings = NotifySettings(
        when="failure", webhooks=[f"json://127.0.0.1:{http_port}/hook"],
        email=mail_settings(smtp_port, username_env="TEST_SMTP_USER",
                            password_env="TEST_SMTP_PASSWORD"))

    sent = await notify(settings, [failed], secrets=["hunter2"])

    assert sent == [f"e-mail to ops@dealer.test, gm@dealer.test via 127.0.0.1:{smtp_port}: sent",
                    "webhook #1 (json): sent"]
    assert inbox.logins == [(b"mailer", PASSWORD.encode())]
    [mail] = inbox.messages
    assert mail["Subject"] == ("vautokit Sandbox Motors: some vehicles failed "
                               "(updated 38, unchanged 2, failed 1)")
    assert mail["To"] == "ops@dealer.test, gm@dealer.test"
    body = mail.get_body(("plain",)).get_content()
    for expected in ("Sandbox Motors: some vehicles failed (exit status 1)",
                     "1HGCM82633A004352 (stock A12): window sticker unreadable",
                     "mapping review: 3 phrase(s) wait for review",
                     "concurrency: adaptive, 1 to 4, ended at 3",
                     f"report: {report} (attached)", "took 3m 12s"):
        assert expected in body
    [attachment] = list(mail.iter_attachments())
    assert attachment.get_filename() == "sandbox-report.html"
    assert attachment.get_content_type() == "text/html"
    assert attachment.get_payload(decode=True) == REPORT_BYTES
    [posted] = received
    assert posted["title"] == mail["Subject"]
    assert posted["type"] == "failure"
    assert "window sticker unreadable" in posted["message"]
    for shown in (mail.as_string(), str(posted), "\n".join(sent)):
        assert "hunter2" not in shown and PASSWORD not in shown


async def test_all_ok_sends_nothing_on_failure_only_but_everything_when_always(
        smtp_server, http_receiver):
    inbox, smtp_port = smtp_server
    received, http_port = http_receiver
    runs = [summary("Sandbox Motors"), summary("Second Street Autos")]
    settings = NotifySettings(when="failure", email=mail_settings(smtp_port),
                              webhooks=[f"json://127.0.0.1:{http_port}/hook"])
    assert await notify(settings, runs) == []
    assert inbox.messages == [] and received == []

    settings.when = "always"
    assert len(await notify(settings, runs)) == 2
    [mail] = inbox.messages  # one combined message for the group
    assert mail["Subject"] == "vautokit, 2 rooftops: all OK"
    body = mail.get_body(("plain",)).get_content()
    assert "Sandbox Motors: completed" in body and "Second Street Autos: completed" in body
    assert "  run run-san, started 2026-12-02 13:00 UTC, took 3m 12s\r\n" in body  # SMTP lines
    assert received[0]["type"] == "success"


async def test_unreachable_targets_are_reported_not_raised(http_receiver, monkeypatch):
    _, http_port = http_receiver
    monkeypatch.delenv("NO_SUCH_HOOK_TOKEN", raising=False)
    settings = NotifySettings(when="always", email=mail_settings(free_port()), webhooks=[
        f"json://127.0.0.1:{http_port}/not-there", "nonsense-without-a-scheme",
        "slack://${NO_SUCH_HOOK_TOKEN}/B000/C000"])
    sent = await notify(settings, [summary("Sandbox Motors", exit_status=3)])
    assert sent[0].startswith("e-mail to ops@dealer.test, gm@dealer.test via 127.0.0.1:")
    assert "failed (ConnectionRefusedError" in sent[0]
    assert sent[1:] == [
        "webhook #1 (json): failed (the service did not accept it)",
        "webhook #2 (no scheme): failed (not a URL apprise knows: see apprise's list of services)",
        "webhook #3 (slack): failed (invalid setting notify.webhooks='NO_SUCH_HOOK_TOKEN': "
        "allowed the name of an environment variable that is set)"]


async def test_wrong_smtp_password_is_reported_without_the_password(smtp_server, monkeypatch):
    inbox, smtp_port = smtp_server
    monkeypatch.setenv("TEST_SMTP_USER", "mailer")
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "wrong-pass-Kx7")
    settings = NotifySettings(when="always", email=mail_settings(
        smtp_port, username_env="TEST_SMTP_USER", password_env="TEST_SMTP_PASSWORD"))
    [line] = await notify(settings, [summary("Sandbox Motors")])
    assert "failed (SMTPAuthenticationError" in line and "wrong-pass-Kx7" not in line
    assert inbox.messages == []


def test_compose_lists_failures_up_to_a_bound_and_skips_a_missing_report(tmp_path):
    failures = [(f"VIN{i:014d}", "the code: 123456 was refused") for i in range(25)]
    message = compose([summary("Sandbox Motors", exit_status=1, failures=failures,
                               report=tmp_path / "gone.html")])
    assert message.attachments == ()
    assert f"report: {tmp_path / 'gone.html'}\n" in message.text
    assert "VIN00000000000019" in message.text and "VIN00000000000020" not in message.text
    assert "... and 5 more in the report" in message.text
    assert "123456" not in message.text
    refused = summary("Second Street Autos", exit_status=2)
    refused.run_id = ""
    assert "  no run, started 2026-12-02 13:00 UTC, took 3m 12s\n" in compose([refused]).text


def test_settings_are_checked():
    with pytest.raises(ConfigError, match=r"notify\.when"):
        NotifySettings(when="sometimes")
    with pytest.raises(ConfigError, match=r"email\.recipients"):
        EmailSettings("127.0.0.1", 25, "a@b.test", [])
    with pytest.raises(ConfigError, match="both username_env and password_env"):
        EmailSettings("127.0.0.1", 25, "a@b.test", ["c@d.test"], username_env="U")


async def test_apprise_logs_no_webhook_token_even_at_debug(caplog, monkeypatch):
    """apprise logs the URLs it posts to, whole, at DEBUG; chat URLs carry tokens there."""
    token = "hook-token-Xq72m"
    monkeypatch.setenv("TEST_HOOK_TOKEN", token)
    caplog.set_level(logging.DEBUG)
    settings = NotifySettings(when="always", webhooks=[
        f"json://127.0.0.1:{free_port()}/hooks/${{TEST_HOOK_TOKEN}}?key={token}"])
    sent = await notify(settings, [summary("Sandbox Motors", exit_status=3)])
    assert sent == ["webhook #1 (json): failed (the service did not accept it)"]
    apprise_lines = [r.getMessage() for r in caplog.records if r.name.startswith("apprise")]
    assert any("POST URL" in line for line in apprise_lines)  # apprise did log the URL
    assert token not in caplog.text
    assert all(token not in line for line in apprise_lines)
