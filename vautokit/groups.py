"""Dealer groups: several rooftops (dealerships) in one TOML file, run one after another or
side by side, each with its own credentials source, profile, time zone and limits.

The file names environment variables, never holds secrets: a ``password`` (or ``secret``,
``token``) key anywhere is refused with its line. Relative paths are read from the file's own
folder, so a schedule that starts the job from any directory finds the same journals::

    [[rooftop]]
    name = "Sandbox Motors"
    site = "vauto"                       # or "sandbox"
    username_env = "SANDBOX_MOTORS_USER"
    password_env = "SANDBOX_MOTORS_PASSWORD"
    tz = "America/Chicago"
    max_concurrency = 4
    journal = "journals/sandbox-motors.sqlite"
    report_dir = "reports/sandbox-motors"
    code = { command = "my-sms-reader --account sandbox-motors" }
    # or code = { webhook_port = 8765, secret_env = "SANDBOX_MOTORS_SMS_SECRET" }

    [notify]
    when = "failure"                     # or "always"
    webhooks = ["slack://${SLACK_TOKENS}"]
    email = { host = "smtp.example.com", port = 587, sender = "vautokit@example.com",
              recipients = ["gm@example.com"], username_env = "SMTP_USER",
              password_env = "SMTP_PASSWORD" }

    [schedule]
    at = ["07:00", "14:00"]
    tz = "America/Chicago"
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import time
import tomllib
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from .auth import CommandCode, Credentials, WebhookCodeReceiver
from .config import ParallelConfig
from .errors import AuthError, ConfigError, GroupFileError, ScheduleError, VautokitError
from .notify import EmailSettings, ExitStatus, NotifySettings, RunSummary
from .schedule import check_times, check_tz

log = logging.getLogger(__name__)

SITES = ("vauto", "sandbox")
SECRET_KEYS = ("password", "secret", "token")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ROOFTOP_KEYS = {"name", "site", "username_env", "password_env", "profile", "tz",
                 "max_concurrency", "journal", "report_dir", "code"}
_EMAIL_KEYS = {"host", "port", "sender", "recipients", "username_env", "password_env",
               "starttls"}


@dataclass(frozen=True)
class CommandSource:
    """2FA codes printed by a command (see :class:`~vautokit.auth.CommandCode`)."""

    command: str

    def provider(self) -> CommandCode:
        return CommandCode(self.command)


@dataclass(frozen=True)
class WebhookSource:
    """2FA codes posted by an SMS gateway to a local port; the shared secret from the env."""

    port: int
    secret_env: str
    host: str = "127.0.0.1"

    def provider(self) -> WebhookCodeReceiver:
        """A receiver, not yet started: ``async with`` it around the sign-in."""
        secret = os.environ.get(self.secret_env)
        if not secret:
            raise AuthError(f"the 2FA webhook's shared secret is missing: set {self.secret_env}")
        return WebhookCodeReceiver(host=self.host, port=self.port, secret=secret)


@dataclass(frozen=True)
class Rooftop:
    """One dealership of a group: where to sign in and with what, and where its runs go."""

    name: str
    site: Literal["vauto", "sandbox"]
    username_env: str | None
    password_env: str | None
    journal: Path
    report_dir: Path
    profile: Path | None = None
    tz: str | None = None
    max_concurrency: int | None = None
    code: CommandSource | WebhookSource | None = None

    def credentials(self) -> Credentials:
        """Username and password from the environment variables the file names."""
        missing = [n for n in (self.username_env, self.password_env)
                   if not n or not os.environ.get(n)]
        if missing:
            raise AuthError(f"rooftop {self.name!r}: no credentials: set "
                            f"{' and '.join(n or '?' for n in missing)}")
        return Credentials(os.environ[self.username_env], os.environ[self.password_env])


@dataclass(frozen=True)
class GroupSchedule:
    at: list[str]
    tz: str


@dataclass(frozen=True)
class GroupFile:
    rooftops: list[Rooftop]
    notify: NotifySettings | None = None
    schedule: GroupSchedule | None = None
    path: Path | None = None


def load_group_file(path: str | Path) -> GroupFile:
    """Read and check a dealer-group file; errors name the file, line and key to fix."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GroupFileError(path, None, "file", f"cannot be read ({exc.strerror}); give the "
                             "path of a dealer-group TOML file") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise GroupFileError(path, _toml_error_line(exc), "syntax", str(exc)) from None
    return _Reader(path, text).group(data)


async def run_group(rooftops: list[Rooftop],
                    run_one: Callable[[Rooftop], Awaitable[RunSummary]], *,
                    side_by_side: bool = False) -> list[RunSummary]:
    """Run every rooftop, in order or all at once; a rooftop whose run raises becomes a failed
    summary with its reason and the others go on. Summaries come in the rooftops' order."""
    if side_by_side:
        return list(await asyncio.gather(*(_run_guarded(r, run_one) for r in rooftops)))
    return [await _run_guarded(r, run_one) for r in rooftops]


async def _run_guarded(rooftop: Rooftop,
                       run_one: Callable[[Rooftop], Awaitable[RunSummary]]) -> RunSummary:
    started, clock = datetime.now(UTC), time.monotonic()
    try:
        return await run_one(rooftop)
    except Exception as exc:
        reason = str(exc) if isinstance(exc, VautokitError) else \
            f"{type(exc).__name__}: {exc}"
        log.warning("rooftop %s did not run: %s", rooftop.name, reason)
        return RunSummary(label=rooftop.name, run_id="", status="failed to run",
                          exit_status=ExitStatus.STOPPED, outcomes={},
                          failures=[("(the whole run)", reason)], review_count=0,
                          concurrency="none", report_path=None, started_at=started,
                          duration_s=time.monotonic() - clock)


def _toml_error_line(exc: tomllib.TOMLDecodeError) -> int | None:
    found = re.search(r"line (\d+)", str(exc))
    return int(found.group(1)) if found else None


class _Lines:
    """Where each table and key of the file is, for errors (tomllib keeps no positions)."""

    def __init__(self, text: str) -> None:
        self.tables: dict[str, int] = {}
        self.keys: dict[tuple[str, str], int] = {}
        arrays: Counter[str] = Counter()
        table = ""
        for number, line in enumerate(text.splitlines(), 1):
            stripped = line.strip()
            if found := re.match(r"\[\[\s*([\w.-]+)\s*\]\]", stripped):
                table = f"{found.group(1)}[{arrays[found.group(1)]}]"
                arrays[found.group(1)] += 1
                self.tables[table] = number
            elif found := re.match(r"\[\s*([\w.-]+)\s*\]", stripped):
                table = found.group(1)
                self.tables[table] = number
            elif found := re.match(r"""("[^"]*"|'[^']*'|[\w-]+)\s*=""", stripped):
                self.keys.setdefault((table, found.group(1).strip("\"'")), number)
            for inner in re.finditer(r"[{,]\s*([\w-]+)\s*=", stripped):
                self.keys.setdefault((table, inner.group(1)), number)

    def of(self, table: str, key: str) -> int | None:
        """The key's line, else the line of the table it names or of its own table."""
        return self.keys.get((table, key)) or \
            self.tables.get(f"{table}.{key}".lstrip(".")) or self.tables.get(table)


class _Reader:
    """Turns the parsed TOML into checked settings, naming line and key on each problem."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = _Lines(text)
        self.folder = path.parent

    def fail(self, table: str, key: str, problem: str) -> GroupFileError:
        shown = f"{table.split('[')[0]}.{key}" if table else key
        return GroupFileError(self.path, self.lines.of(table, key), shown, problem)

    def group(self, data: dict[str, Any]) -> GroupFile:
        self.refuse_secrets(data, "")
        self.only(data, "", {"rooftop", "notify", "schedule"})
        rooftops = data.get("rooftop")
        if not isinstance(rooftops, list) or not rooftops:
            raise self.fail("", "rooftop", "no rooftops: add a [[rooftop]] table per dealership")
        parsed = [self.rooftop(r, f"rooftop[{i}]") for i, r in enumerate(rooftops)]
        seen: set[str] = set()
        for i, rooftop in enumerate(parsed):
            if rooftop.name in seen:
                raise self.fail(f"rooftop[{i}]", "name", f"{rooftop.name!r} is used by more "
                                "than one rooftop: give each a name of its own")
            seen.add(rooftop.name)
        notify = self.notify(data["notify"]) if "notify" in data else None
        schedule = self.schedule(data["schedule"]) if "schedule" in data else None
        return GroupFile(parsed, notify, schedule, self.path)

    def refuse_secrets(self, data: dict[str, Any], table: str) -> None:
        """A secret key anywhere is refused first, before any other check can echo it."""
        for key, item in data.items():
            if key.lower() in SECRET_KEYS:
                raise self.fail(table, key, "secrets do not belong in this file: put it in an "
                                f"environment variable and name that ({key}_env)")
            header = f"{table}.{key}".lstrip(".")
            if isinstance(item, dict):  # a [header] table, or an inline one on its key's line
                self.refuse_secrets(item, header if header in self.lines.tables else table)
            elif isinstance(item, list):
                for i, entry in enumerate(item):
                    if isinstance(entry, dict):
                        self.refuse_secrets(entry, table or f"{header}[{i}]")

    def only(self, data: dict[str, Any], table: str, allowed: set[str]) -> None:
        for key in data:
            if key not in allowed:
                raise self.fail(table, key, f"unknown key: use one of {', '.join(sorted(allowed))}")

    def text(self, data: dict[str, Any], table: str, key: str, *, required: bool = False,
             pattern: re.Pattern[str] | None = None, what: str = "a text") -> str | None:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(table, key, f"missing: give {what}")
            return None
        if not isinstance(value, str) or not value.strip() or \
                (pattern is not None and not pattern.fullmatch(value)):
            raise self.fail(table, key, f"{value!r} is not {what}")
        return value

    def env_name(self, data: dict[str, Any], table: str, key: str, *, required: bool) -> str | None:
        return self.text(data, table, key, required=required, pattern=_ENV_NAME,
                         what="the NAME of an environment variable (e.g. DEALER_PASSWORD)")

    def path_of(self, data: dict[str, Any], table: str, key: str, default: Path) -> Path:
        value = self.text(data, table, key, what="a path")
        return self.folder / (Path(value).expanduser() if value else default)

    def rooftop(self, data: Any, table: str) -> Rooftop:
        self.only(data, table, _ROOFTOP_KEYS)
        name = self.text(data, table, "name", required=True, what="the dealership's name")
        site = data.get("site", "vauto")
        if site not in SITES:
            raise self.fail(table, "site", f"{site!r} is not a site: use 'vauto' or 'sandbox'")
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "rooftop"
        profile = data.get("profile")
        return Rooftop(
            name=name, site=site,
            username_env=self.env_name(data, table, "username_env", required=site == "vauto"),
            password_env=self.env_name(data, table, "password_env", required=site == "vauto"),
            journal=self.path_of(data, table, "journal", Path(".vautokit") / slug /
                                 "journal.sqlite"),
            report_dir=self.path_of(data, table, "report_dir", Path(".vautokit") / slug),
            profile=self.path_of(data, table, "profile", Path()) if profile else None,
            tz=self.zone(data, table), max_concurrency=self.concurrency(data, table),
            code=self.code(data.get("code"), table))

    def zone(self, data: dict[str, Any], table: str) -> str | None:
        tz = self.text(data, table, "tz", what="a time zone")
        try:
            return check_tz(tz) if tz else None
        except ScheduleError as exc:
            raise self.fail(table, "tz", str(exc)) from None

    def concurrency(self, data: dict[str, Any], table: str) -> int | None:
        value = data.get("max_concurrency")
        if value is None:
            return None
        try:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ConfigError("max_concurrency", value, "a whole number")
            return ParallelConfig(max_concurrency=value).max_concurrency
        except ConfigError as exc:
            raise self.fail(table, "max_concurrency", str(exc)) from None

    def code(self, data: Any, table: str) -> CommandSource | WebhookSource | None:
        if data is None:
            return None
        if not isinstance(data, dict):
            raise self.fail(table, "code", "use code = { command = \"...\" } or code = "
                            "{ webhook_port = 8765, secret_env = \"NAME\" }")
        if "command" in data:
            self.only(data, table, {"command"})
            return CommandSource(self.text(data, table, "command", what="a command"))
        self.only(data, table, {"webhook_port", "secret_env", "webhook_host"})
        port = data.get("webhook_port")
        if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
            raise self.fail(table, "webhook_port", f"{port!r} is not a port (1 to 65535)")
        return WebhookSource(port, self.env_name(data, table, "secret_env", required=True),
                             self.text(data, table, "webhook_host", what="a host") or
                             "127.0.0.1")

    def notify(self, data: Any, table: str = "notify") -> NotifySettings:
        if not isinstance(data, dict):
            raise self.fail("", "notify", "use a [notify] table")
        self.only(data, table, {"when", "email", "webhooks"})
        webhooks = data.get("webhooks", [])
        if not isinstance(webhooks, list) or not all(isinstance(u, str) for u in webhooks):
            raise self.fail(table, "webhooks", "use a list of apprise URLs")
        email = self.email(data["email"]) if "email" in data else None
        try:
            return NotifySettings(when=data.get("when", "failure"), email=email,
                                  webhooks=webhooks)
        except ConfigError as exc:
            raise self.fail(table, "when", str(exc)) from None

    def email(self, data: Any) -> EmailSettings:
        table = "notify.email" if "notify.email" in self.lines.tables else "notify"
        if not isinstance(data, dict):
            raise self.fail("notify", "email", "use email = { host = ..., port = ..., ... }")
        self.only(data, table, _EMAIL_KEYS)
        for key in ("host", "port", "sender", "recipients"):
            if key not in data:
                raise self.fail(table, key if table == "notify.email" else "email",
                                f"missing: the e-mail settings need {key}")
        port = data["port"]
        if isinstance(port, bool) or not isinstance(port, int):
            raise self.fail(table, "port", f"{port!r} is not a port (587 for STARTTLS)")
        if not isinstance(data["recipients"], list):
            raise self.fail(table, "recipients", "use a list of addresses")
        try:
            return EmailSettings(**{**data, "recipients": list(data["recipients"])})
        except (ConfigError, TypeError) as exc:
            raise self.fail(table, "email", str(exc)) from None

    def schedule(self, data: Any) -> GroupSchedule:
        if not isinstance(data, dict):
            raise self.fail("", "schedule", "use a [schedule] table with at = [...] and tz")
        self.only(data, "schedule", {"at", "tz"})
        try:
            at = check_times(data.get("at"))
        except ScheduleError as exc:
            raise self.fail("schedule", "at", str(exc)) from None
        tz = self.zone(data, "schedule")
        if tz is None:
            raise self.fail("schedule", "tz", "missing: give a time zone such as "
                            "'America/Chicago'")
        return GroupSchedule(at, tz)


__all__ = ["CommandSource", "GroupFile", "GroupSchedule", "Rooftop", "WebhookSource",
           "load_group_file", "run_group"]
