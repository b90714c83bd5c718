"""Telling people how an unattended run went: e-mail with the report attached, chat and webhooks.

One message covers every run of a job (a dealer group's rooftops together). E-mail goes over
SMTP with the stdlib (in a thread: one message per run needs no async client); Slack, Teams and
any URL go through apprise, so no client per service. A notification that cannot be sent is
logged and reported in what :func:`notify` returns, and never fails the job. Every text goes
through the report's redactor, and the SMTP password is read from an environment variable
named in the settings, never kept in a file.
"""

from __future__ import annotations

import asyncio
import logging
import mimetypes
import os
import re
import smtplib
import ssl
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from enum import IntEnum
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qsl, urlsplit

from .errors import ConfigError
from .report import Redactor

log = logging.getLogger(__name__)

MAX_FAILURES_LISTED = 20
MAX_ATTACHMENTS_BYTES = 10 * 1024 * 1024
SMTP_TIMEOUT = 30.0
_ENV_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class ExitStatus(IntEnum):
    """How a job ended, as the process exit status monitoring reads."""

    OK = 0
    """Every vehicle done (updated, unchanged, or reported: invalid VIN, no sticker...)."""
    VEHICLES_FAILED = 1
    """The run finished, but some vehicles failed (the report says why)."""
    BAD_INPUT = 2
    """Refused before anything signed in: a setting, path, journal, run id or credentials."""
    STOPPED = 3
    """Stopped by the site or a limit: sign-in refused, a 2FA code missing, sustained 429s,
    the error threshold, a journal that could not be written (disk full, file size limit,
    locked): the journal keeps what was done; resume it."""
    BUSY = 4
    """Another live run holds the account's (or the run's) lease."""


@dataclass
class RunSummary:
    """What one run of a job came to, as a notification tells it."""

    label: str
    run_id: str
    status: str
    exit_status: int
    outcomes: dict[str, int]
    failures: list[tuple[str, str]]  # (vehicle, reason)
    review_count: int
    concurrency: str
    report_path: Path | None
    started_at: datetime
    duration_s: float

    @property
    def ok(self) -> bool:
        """Every vehicle done."""
        return self.exit_status == ExitStatus.OK


@dataclass
class EmailSettings:
    """An SMTP server and who gets the message; the login only by environment variable NAME."""

    host: str
    port: int
    sender: str
    recipients: list[str]
    username_env: str | None = None
    password_env: str | None = None
    starttls: bool = True

    def __post_init__(self) -> None:
        if not self.recipients:
            raise ConfigError("email.recipients", self.recipients, "one address or more")
        if not 0 < self.port < 65536:
            raise ConfigError("email.port", self.port, "1 to 65535 (587 for STARTTLS)")
        if bool(self.username_env) != bool(self.password_env):
            raise ConfigError("email.password_env", self.password_env,
                              "both username_env and password_env, or neither")


@dataclass
class NotifySettings:
    """When to notify (``always`` or only on ``failure``) and whom."""

    when: Literal["always", "failure"] = "failure"
    email: EmailSettings | None = None
    webhooks: list[str] = field(default_factory=list, repr=False)
    """apprise URLs; ``${NAME}`` reads the env. Not in the ``repr``: a chat URL written out
    carries its token in host and path."""

    def __post_init__(self) -> None:
        if self.when not in ("always", "failure"):
            raise ConfigError("notify.when", self.when, "'always' or 'failure'")


@dataclass(frozen=True)
class Message:
    """A composed notification: subject, plain text and the files to attach."""

    subject: str
    text: str
    attachments: tuple[Path, ...] = ()


def compose(summaries: list[RunSummary], *, secrets: Iterable[str] = ()) -> Message:
    """One message for all ``summaries``, redacted: outcomes, failures with their reasons,
    review count, concurrency and where each report is (attached when small enough)."""
    if not summaries:
        raise ConfigError("summaries", summaries, "one run summary or more")
    redact = Redactor(secrets)
    attachments = _attachable([s.report_path for s in summaries if s.report_path])
    blocks = [_describe(s, attached=s.report_path in attachments) for s in summaries]
    return Message(redact(_subject(summaries)), redact("\n\n".join(blocks)) + "\n",
                   tuple(attachments))


async def notify(settings: NotifySettings, summaries: list[RunSummary], *,
                 secrets: Iterable[str] = ()) -> list[str]:
    """Send the message for ``summaries`` as ``settings`` say; one line per target on what
    happened (sent, or failed and why). Never raises for a target that fails."""
    if settings.when == "failure" and all(s.ok for s in summaries):
        log.info("every run is OK: no notification (notify when = 'failure')")
        return []
    known = [*secrets, *_email_secrets(settings.email)]
    message = compose(summaries, secrets=known)
    redact = Redactor(known)
    sent: list[str] = []
    if settings.email is not None:
        sent.append(await _email(settings.email, message, redact))
    for number, url in enumerate(settings.webhooks, 1):
        sent.append(await _webhook(number, url, message, not all(s.ok for s in summaries)))
    return sent


# composing ----------------------------------------------------------------------------------
def _subject(summaries: list[RunSummary]) -> str:
    if len(summaries) == 1:
        s = summaries[0]
        return f"vautokit {s.label}: {s.status} ({_counts(s.outcomes)})"
    failing = [s.label for s in summaries if not s.ok]
    verdict = f"{len(failing)} need attention ({', '.join(failing)})" if failing else "all OK"
    return f"vautokit, {len(summaries)} rooftops: {verdict}"


def _describe(s: RunSummary, *, attached: bool) -> str:
    run = f"run {s.run_id}, " if s.run_id else "no run, "
    lines = [f"{s.label}: {s.status} (exit status {s.exit_status})",
             f"  {run}started {s.started_at:%Y-%m-%d %H:%M %Z}".rstrip()
             + f", took {_duration(s.duration_s)}",
             f"  outcomes: {_counts(s.outcomes)}"]
    if s.failures:
        lines.append(f"  failures ({len(s.failures)}):")
        lines += [f"    - {vehicle}: {reason}" for vehicle, reason in
                  s.failures[:MAX_FAILURES_LISTED]]
        if len(s.failures) > MAX_FAILURES_LISTED:
            lines.append(f"    ... and {len(s.failures) - MAX_FAILURES_LISTED} more in the report")
    lines.append(f"  mapping review: {s.review_count} phrase(s) wait for review"
                 if s.review_count else "  mapping review: nothing waits")
    lines.append(f"  concurrency: {s.concurrency}")
    if s.report_path:
        lines.append(f"  report: {s.report_path}" + (" (attached)" if attached else ""))
    return "\n".join(lines)


def _counts(outcomes: dict[str, int]) -> str:
    shown = [f"{name} {count}" for name, count in outcomes.items() if count]
    return ", ".join(shown) or "no vehicles"


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m" if hours else f"{minutes}m {secs:02d}s"


def _attachable(paths: list[Path]) -> list[Path]:
    """The reports that exist, while their total stays under what mail servers accept."""
    chosen, total = [], 0
    for path in paths:
        size = path.stat().st_size if path.is_file() else None
        if size is not None and total + size <= MAX_ATTACHMENTS_BYTES:
            chosen.append(path)
            total += size
    return chosen


# e-mail -------------------------------------------------------------------------------------
def _email_secrets(email: EmailSettings | None) -> list[str]:
    if email is None or not email.password_env:
        return []
    return [os.environ.get(email.password_env, "")]


async def _email(email: EmailSettings, message: Message, redact: Redactor) -> str:
    target = f"e-mail to {', '.join(email.recipients)} via {email.host}:{email.port}"
    try:
        await asyncio.to_thread(_send_email, email, message)
    except (OSError, smtplib.SMTPException, ConfigError) as exc:
        reason = redact(f"{type(exc).__name__}: {exc}")
        log.warning("%s failed: %s", target, reason)
        return f"{target}: failed ({reason})"
    return f"{target}: sent"


def _send_email(email: EmailSettings, message: Message) -> None:
    mail = EmailMessage()
    mail["Subject"] = message.subject
    mail["From"] = email.sender
    mail["To"] = ", ".join(email.recipients)
    mail.set_content(message.text)
    for path in message.attachments:
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        maintype, subtype = kind.split("/", 1)
        mail.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype,
                            filename=path.name)
    with smtplib.SMTP(email.host, email.port, timeout=SMTP_TIMEOUT) as smtp:
        if email.starttls:
            smtp.starttls(context=ssl.create_default_context())
        if email.username_env and email.password_env:
            smtp.login(_env(email.username_env, "email.username_env"),
                       _env(email.password_env, "email.password_env"))
        smtp.send_message(mail)


def _env(name: str, setting: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise ConfigError(setting, name, "the name of an environment variable that is set")
    return value


# chat and webhooks --------------------------------------------------------------------------
async def _webhook(number: int, url: str, message: Message, failed: bool) -> str:
    import apprise  # here, not at the top: its plugins cost every command's start-up

    # Named by position and kind only: chat URLs carry their tokens in host and path.
    kind = url.split("://", 1)[0] if "://" in url else "no scheme"
    shown = f"#{number} ({kind})"
    try:
        resolved = _expand_env(url)
    except ConfigError as exc:
        log.warning("webhook %s not sent: %s", shown, exc)
        return f"webhook {shown}: failed ({exc})"
    with _apprise_logs_redacted(_url_secrets(resolved)):
        target = apprise.Apprise()
        if not target.add(resolved):
            log.warning("webhook %s: not a URL apprise knows", shown)
            return (f"webhook {shown}: failed (not a URL apprise knows: see apprise's list of "
                    "services)")
        delivered = await target.async_notify(
            body=message.text, title=message.subject, body_format=apprise.NotifyFormat.TEXT,
            notify_type=apprise.NotifyType.FAILURE if failed else apprise.NotifyType.SUCCESS)
    if not delivered:
        log.warning("webhook %s: delivery failed", shown)
        return f"webhook {shown}: failed (the service did not accept it)"
    return f"webhook {shown}: sent"


def _url_secrets(url: str) -> list[str]:
    """Every part of a webhook URL that may be a token: user, password, host, path segments
    and query values (chat services put their tokens in any of them)."""
    parts = urlsplit(url)
    pieces = [parts.username, parts.password, parts.hostname,
              *parts.path.split("/"), *(v for _, v in parse_qsl(parts.query))]
    return [p for p in pieces if p]


class _RedactingFilter(logging.Filter):
    """apprise logs the URLs it posts to (at DEBUG, whole): each record leaves redacted."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.redact = Redactor(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = self.redact(record.getMessage()), None
        return True


@contextmanager
def _apprise_logs_redacted(secrets: list[str]) -> Iterator[None]:
    """While one webhook is sent, what apprise logs (its loggers are ``apprise`` and below)
    goes through a filter on every handler those records can reach."""
    apprise_log = logging.getLogger("apprise")
    handlers = {h for lg in (apprise_log, logging.getLogger()) for h in lg.handlers}
    redacting = _RedactingFilter(secrets)
    apprise_log.addFilter(redacting)
    for handler in handlers:
        handler.addFilter(redacting)
    try:
        yield
    finally:
        apprise_log.removeFilter(redacting)
        for handler in handlers:
            handler.removeFilter(redacting)


def _expand_env(url: str) -> str:
    """``${NAME}`` in a webhook URL read from the environment: tokens stay out of files."""
    def value(match: re.Match[str]) -> str:
        return _env(match.group(1), "notify.webhooks")

    return _ENV_REFERENCE.sub(value, url)
