"""Unattended from end to end, without waiting for the clock: install a schedule, run the
command its unit would run, with the environment its environment file gives, and find the
run journalled, the report written, the e-mail with the report attached at a real SMTP
server, the chat message at a real HTTP receiver, 2FA answered through the webhook receiver
the sandbox texts its code to; and an overlapping run refused with one clear line."""

from __future__ import annotations

import asyncio
import os
import shlex
import subprocess
import sys

import pytest

from tests.jobs.holders import holding
from tests.unattended.receivers import free_port, json_receiver
from tests.unattended.receivers import smtp_server as serve_smtp
from vautokit import RunJournal, Sandbox
from vautokit.cli import main
from vautokit.schedule import SystemdBackend

SMS_SECRET = "sms-shared-secret-4471"

JOB_FILE = """
[[rooftop]]
name = "Sandbox Motors"
site = "sandbox"
username_env = "DEALER_USER"
password_env = "DEALER_PASSWORD"
journal = "journal.sqlite"
report_dir = "reports"
max_concurrency = 2
code = {{ webhook_port = {sms_port}, secret_env = "DEALER_SMS_SECRET" }}

[notify]
when = "always"
webhooks = ["json://127.0.0.1:{hook_port}/hook"]

[notify.email]
host = "127.0.0.1"
port = {smtp_port}
sender = "vautokit@dealer.test"
recipients = ["gm@dealer.test"]
starttls = false

[schedule]
at = ["07:00", "14:00"]
tz = "America/Chicago"
"""


@pytest.fixture
def smtp_server():
    with serve_smtp() as served:
        yield served


@pytest.fixture
async def chat_receiver():
    async with json_receiver() as served:
        yield served


def installed_unit(tmp_path, monkeypatch, job_file) -> tuple[list[str], str, dict[str, str]]:
    """`vautokit schedule add` into a private unit folder; what systemd would then run: the
    command, its working directory, and the environment from its environment file."""
    units, calls = tmp_path / "units", []
    monkeypatch.setattr("vautokit.schedule.default_backend",
                        lambda: SystemdBackend(config_dir=units, systemctl=calls.append))
    env_file = tmp_path / "env"
    assert main(["schedule", "add", "--config", str(job_file), "--name", "dealer",
                 "--env-file", str(env_file)]) == 0
    assert calls == [["daemon-reload"], ["enable", "--now", "vautokit-dealer.timer"]]
    timer = (units / "vautokit-dealer.timer").read_text()
    assert "OnCalendar=*-*-* 07:00:00 America/Chicago" in timer
    service = dict(line.split("=", 1) for line in
                   (units / "vautokit-dealer.service").read_text().splitlines() if "=" in line)
    assert service["EnvironmentFile"] == str(env_file)
    environment = dict(line.split("=", 1) for line in env_file.read_text().splitlines())
    return shlex.split(service["ExecStart"]), service["WorkingDirectory"], environment


async def run_unit(command: list[str], cwd: str, environment: dict[str, str]):
    """The scheduled command, as systemd starts it; the loop stays free for the receivers."""
    kept = {k: v for k, v in os.environ.items()  # what a user manager's services also get
            if k in ("HOME", "PATH", "PLAYWRIGHT_BROWSERS_PATH", "VAUTOKIT_BROWSER")}
    process = await asyncio.create_subprocess_exec(
        *command, cwd=cwd, env={**kept, **environment},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = await asyncio.wait_for(process.communicate(), timeout=300)
    return process.returncode, out.decode(), err.decode()


async def test_a_scheduled_job_runs_unattended_end_to_end(tmp_path, monkeypatch, smtp_server,
                                                          chat_receiver):
    inbox, smtp_port = smtp_server
    received, hook_port = chat_receiver
    sms_port = free_port()
    with Sandbox(6, profile="fast", other_vehicles=2, seed=3,
                 sms_webhook=f"http://127.0.0.1:{sms_port}/sms",
                 sms_webhook_secret=SMS_SECRET) as site:
        job_file = tmp_path / "dealer.toml"
        job_file.write_text(JOB_FILE.format(sms_port=sms_port, hook_port=hook_port,
                                            smtp_port=smtp_port))
        (tmp_path / "env").write_text(
            f"DEALER_USER={site.account.username}\nDEALER_PASSWORD={site.account.password}\n"
            f"DEALER_SMS_SECRET={SMS_SECRET}\nVAUTOKIT_BASE_URL={site.url}\n")
        command, cwd, environment = installed_unit(tmp_path, monkeypatch, job_file)
        assert command == [sys.executable, "-m", "vautokit", "job", "--config",
                           str(job_file.resolve())]

        with holding(tmp_path / "journal.sqlite", account=site.site_access().account,
                     run_id="still-going") as holder:
            busy, out, err = await run_unit(command, cwd, environment)
        assert busy == 4, err
        assert f"is in use by run still-going (process {holder.pid} on this machine" in out
        assert site.login_count() == 0
        inbox.messages.clear()
        received.clear()

        status, out, err = await run_unit(command, cwd, environment)
        assert status == 0, out + err
        assert site.login_count() == 1 and site.failed_logins() == 0  # code via the webhook

    journal = RunJournal(tmp_path / "journal.sqlite", writable=False)
    [(run_id, run_status, _)] = journal.runs()
    journal.close()
    assert run_status == "completed"
    report = tmp_path / "reports" / f"{run_id}.html"
    assert report.is_file() and f"Sandbox Motors: run {run_id} completed" in out
    [mail] = inbox.messages
    [attachment] = list(mail.iter_attachments())
    assert attachment.get_filename() == report.name
    assert attachment.get_payload(decode=True) == report.read_bytes()
    assert "Sandbox Motors" in mail["Subject"]
    [posted] = received
    assert posted["title"] == mail["Subject"]
    shared = [mail.as_string(), str(posted), out, err, report.read_text()]
    for secret in (site.account.password, SMS_SECRET):
        assert all(secret not in text for text in shared)
