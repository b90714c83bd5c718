"""Schedules: run a job at set times of day in a dealership's time zone, unattended.

Where systemd runs, a schedule is a systemd USER timer (``vautokit-NAME.timer`` and
``.service`` in ``$XDG_CONFIG_HOME/systemd/user``): one ``OnCalendar=`` per time with the zone
(``*-*-* 07:00:00 America/Chicago``, so daylight saving is the zone's business), and
``Persistent=true`` so a run missed while the machine was off starts when it is back. Without
systemd, crontab entries through python-crontab, each marked with the comment
``vautokit:NAME``. Both run ``command`` from ``working_dir``, optionally with the variables of
``env_file`` (credentials by environment, never in the unit or the crontab).

Cron has no portable way to name a zone: ``CRON_TZ`` is cronie's, and Debian's cron reads
every time in the machine's zone. So an entry fires every hour at the minute the time falls
on in the machine's zone, behind a guard that asks ``date`` for the time in the schedule's
zone: the command runs only in the hour that is 07:00 there, whatever cron the machine has,
and across daylight saving in either zone.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shlex
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from datetime import time as time_of_day
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ScheduleError

if TYPE_CHECKING:
    from crontab import CronTab

log = logging.getLogger(__name__)

PREFIX = "vautokit-"
CRON_MARK = "vautokit:"
META = "# vautokit-schedule: "
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")
_PLAIN_ARG = re.compile(r"[A-Za-z0-9_@+=:,./-]+")
_CRON_GUARD = re.compile(r'\[ "\$\(TZ=(?P<tz>\S+) date \+%H:%M\)" = (?P<time>\d\d:\d\d) \] && ')
SYSTEMCTL_TIMEOUT = 60.0
"""Seconds a systemctl call may take: a user manager that hangs fails the command, in words."""


@dataclass(frozen=True)
class Schedule:
    """An installed schedule: when, in which zone, what runs, and where it is written."""

    name: str
    times: list[str]
    tz: str
    command: list[str]
    backend: Literal["systemd", "cron"]
    location: str


# checks ---------------------------------------------------------------------------------------
def check_name(name: object) -> str:
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise ScheduleError(repr(name), "not a plain name", "use letters, digits, '-' and '_' "
                            "(up to 64, starting with a letter or digit), e.g. 'main'")
    return name


def check_times(times: object) -> list[str]:
    """Sorted distinct HH:MM times of day."""
    if isinstance(times, str) or not isinstance(times, list | tuple) or not times:
        raise ScheduleError("times", f"{times!r} is not a list of times",
                            "give one or more times of day such as ['07:00', '14:00']")
    for at in times:
        if not isinstance(at, str) or not _TIME.fullmatch(at.strip()):
            raise ScheduleError("times", f"{at!r} is not a time of day",
                                "write it as HH:MM on a 24-hour clock, e.g. 07:00 or 14:30")
    return sorted({at.strip() for at in times})


def check_tz(tz: object) -> str:
    if isinstance(tz, str) and tz.strip() and "." not in tz:
        try:
            ZoneInfo(tz)
            return tz
        except (ZoneInfoNotFoundError, ValueError):
            pass
    raise ScheduleError("time zone", f"{tz!r} is not a known time zone",
                        "use an IANA name such as America/Chicago or Europe/Berlin")


def check_command(command: object) -> list[str]:
    if not isinstance(command, list | tuple) or not command or \
            not all(isinstance(a, str) and a for a in command):
        raise ScheduleError("command", f"{command!r} is not a command",
                            "give the program and its arguments as a list of words")
    return list(command)


# backends -------------------------------------------------------------------------------------
def systemd_running() -> bool:
    """systemd is this machine's init (the check sd_booted() makes) and systemctl exists."""
    return Path("/run/systemd/system").is_dir() and shutil.which("systemctl") is not None


def _run_systemctl(args: list[str]) -> None:
    """``systemctl --user ARGS``, skipped with a note where systemd does not run."""
    if not systemd_running():
        log.info("systemd is not running here: skipped systemctl --user %s", " ".join(args))
        return
    try:
        done = subprocess.run(["systemctl", "--user", *args], capture_output=True, text=True,
                              check=False, timeout=SYSTEMCTL_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise ScheduleError(args[-1], f"systemctl --user {' '.join(args)} did not answer "
                            f"within {SYSTEMCTL_TIMEOUT:g} s",
                            "check `systemctl --user status`: is the user's systemd running?"
                            ) from None
    if done.returncode != 0:
        raise ScheduleError(args[-1], f"systemctl --user {' '.join(args)} failed: "
                            f"{done.stderr.strip()[:300]}",
                            "check `systemctl --user status` (a user session must be running; "
                            "`loginctl enable-linger` keeps it up without a login)")


class SystemdBackend:
    """Unit files in ``$XDG_CONFIG_HOME/systemd/user`` (or ``config_dir``), then systemctl."""

    kind: Literal["systemd"] = "systemd"

    def __init__(self, config_dir: Path | None = None,
                 systemctl: Callable[[list[str]], None] = _run_systemctl) -> None:
        self._config_dir = config_dir
        self.systemctl = systemctl

    @property
    def folder(self) -> Path:
        if self._config_dir is not None:
            return self._config_dir
        base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        return Path(base) / "systemd" / "user"

    def install(self, schedule: Schedule, working_dir: Path, env_file: Path | None) -> Schedule:
        self.folder.mkdir(parents=True, exist_ok=True)
        unit = f"{PREFIX}{schedule.name}"
        service, timer = self.folder / f"{unit}.service", self.folder / f"{unit}.timer"
        service.write_text(_service_text(schedule, working_dir, env_file), encoding="utf-8")
        timer.write_text(_timer_text(schedule), encoding="utf-8")
        self.systemctl(["daemon-reload"])
        self.systemctl(["enable", "--now", f"{unit}.timer"])
        return _with_location(schedule, "systemd", str(timer))

    def schedules(self) -> list[Schedule]:
        found = []
        for timer in sorted(self.folder.glob(f"{PREFIX}*.timer")):
            meta = next((line[len(META):] for line in timer.read_text().splitlines()
                         if line.startswith(META)), None)
            if meta is not None:
                data = json.loads(meta)
                found.append(Schedule(data["name"], data["times"], data["tz"], data["command"],
                                      "systemd", str(timer)))
        return found

    def remove(self, name: str) -> None:
        unit = f"{PREFIX}{name}"
        timer = self.folder / f"{unit}.timer"
        if not timer.exists():
            raise _not_found(name)
        self.systemctl(["disable", "--now", f"{unit}.timer"])
        timer.unlink()
        (self.folder / f"{unit}.service").unlink(missing_ok=True)
        self.systemctl(["daemon-reload"])


class CronBackend:
    """The user's crontab (or ``tabfile``), one entry per time, marked ``# vautokit:NAME``."""

    kind: Literal["cron"] = "cron"

    def __init__(self, tabfile: Path | None = None) -> None:
        self.tabfile = tabfile

    def _open(self) -> CronTab:
        from crontab import CronTab  # only where cron is used, not on every import

        if self.tabfile is not None:
            if not self.tabfile.exists():
                self.tabfile.touch()
            return CronTab(tabfile=str(self.tabfile))
        if shutil.which("crontab") is None:
            raise ScheduleError("crontab", "neither systemd nor cron is available here",
                                "install cron (e.g. apt-get install cron) or run under systemd")
        return CronTab(user=True)

    @property
    def location(self) -> str:
        return str(self.tabfile) if self.tabfile is not None else "crontab"

    def install(self, schedule: Schedule, working_dir: Path, env_file: Path | None) -> Schedule:
        cron = self._open()
        cron.remove_all(comment=f"{CRON_MARK}{schedule.name}")
        line = _cron_command(schedule.command, working_dir, env_file)
        for at in schedule.times:
            for minute in machine_minutes(at, schedule.tz):
                job = cron.new(command=_cron_guard(at, schedule.tz) + line,
                               comment=f"{CRON_MARK}{schedule.name}")
                job.setall(f"{minute} * * * *")
        cron.write()
        return _with_location(schedule, "cron", self.location)

    def schedules(self) -> list[Schedule]:
        times: dict[str, list[str]] = {}
        found: dict[str, Schedule] = {}
        for job in self._open():
            if not job.comment.startswith(CRON_MARK):
                continue
            name = job.comment[len(CRON_MARK):]
            guard = _CRON_GUARD.match(job.command)
            if guard:  # this version's entry: the time and zone are the guard's
                at, tz, line = guard["time"], guard["tz"], job.command[guard.end():]
            else:  # an entry an earlier version wrote, after CRON_TZ
                at = f"{int(str(job.hour)):02d}:{int(str(job.minute)):02d}"
                tz, line = job.env.all().get("CRON_TZ", "the machine's zone"), job.command
            times.setdefault(name, []).append(at)
            found.setdefault(name, Schedule(name, [], tz, _command_of(line), "cron",
                                            self.location))
        return [Schedule(s.name, sorted(set(times[n])), s.tz, s.command, "cron", s.location)
                for n, s in found.items()]

    def remove(self, name: str) -> None:
        cron = self._open()
        if not list(cron.find_comment(f"{CRON_MARK}{name}")):
            raise _not_found(name)
        cron.remove_all(comment=f"{CRON_MARK}{name}")
        cron.write()


Backend = SystemdBackend | CronBackend


def default_backend() -> Backend:
    return SystemdBackend() if systemd_running() else CronBackend()


def _backend(backend: Backend | Literal["systemd", "cron"] | None) -> Backend:
    if backend is None:
        return default_backend()
    if backend == "systemd":
        return SystemdBackend()
    if backend == "cron":
        return CronBackend()
    if isinstance(backend, SystemdBackend | CronBackend):
        return backend
    raise ScheduleError("backend", f"{backend!r} is not a backend", "use 'systemd' or 'cron'")


# the API --------------------------------------------------------------------------------------
def add_schedule(name: str, times: list[str], tz: str, command: list[str], *,
                 backend: Backend | Literal["systemd", "cron"] | None = None,
                 working_dir: Path | None = None, env_file: Path | None = None) -> Schedule:
    """Install (or replace) schedule ``name``: ``command`` at each of ``times`` in ``tz``."""
    schedule = Schedule(check_name(name), check_times(times), check_tz(tz),
                        check_command(command), "cron", "")
    where = (working_dir or Path.cwd()).resolve()
    installed = _backend(backend).install(schedule, where,
                                          env_file.resolve() if env_file else None)
    log.info("schedule %s installed (%s): %s %s", name, installed.backend,
             ", ".join(installed.times), installed.tz)
    return installed


def list_schedules(*, backend: Backend | Literal["systemd", "cron"] | None = None
                   ) -> list[Schedule]:
    return _backend(backend).schedules()


def remove_schedule(name: str, *,
                    backend: Backend | Literal["systemd", "cron"] | None = None) -> None:
    _backend(backend).remove(check_name(name))
    log.info("schedule %s removed", name)


# what is written ------------------------------------------------------------------------------
def _with_location(schedule: Schedule, kind: Literal["systemd", "cron"], where: str) -> Schedule:
    return Schedule(schedule.name, schedule.times, schedule.tz, schedule.command, kind, where)


def _not_found(name: str) -> ScheduleError:
    return ScheduleError(repr(name), "no such schedule", "`vautokit schedule list` shows the "
                         "installed ones")


def _service_text(schedule: Schedule, working_dir: Path, env_file: Path | None) -> str:
    lines = ["[Unit]", f"Description=vautokit schedule {schedule.name}", "",
             "[Service]", "Type=oneshot", f"WorkingDirectory={_systemd_arg(str(working_dir))}"]
    if env_file is not None:
        lines.append(f"EnvironmentFile={_systemd_arg(str(env_file))}")
    lines.append("ExecStart=" + " ".join(_systemd_arg(a) for a in schedule.command))
    return "\n".join(lines) + "\n"


def _timer_text(schedule: Schedule) -> str:
    meta = json.dumps({"name": schedule.name, "times": schedule.times, "tz": schedule.tz,
                       "command": schedule.command})
    return "\n".join([
        f"{META}{meta}", "[Unit]",
        f"Description=vautokit schedule {schedule.name}: {', '.join(schedule.times)} "
        f"{schedule.tz}", "", "[Timer]",
        *(f"OnCalendar=*-*-* {t}:00 {schedule.tz}" for t in schedule.times),
        "Persistent=true", "", "[Install]", "WantedBy=timers.target"]) + "\n"


def _systemd_arg(arg: str) -> str:
    """One word as systemd's command lines read it: % and $ doubled, quoted when needed."""
    arg = arg.replace("%", "%%").replace("$", "$$")
    if _PLAIN_ARG.fullmatch(arg):
        return arg
    return '"' + arg.replace("\\", "\\\\").replace('"', '\\"') + '"'


def machine_minutes(at: str, tz: str, *, days: int = 366) -> list[int]:
    """The minutes past the hour, in the machine's zone, on which ``at`` in ``tz`` falls over
    the coming year: one for most pairs of zones; two where one zone's daylight saving moves
    by half an hour (Lord Howe) or the zones' offsets differ by a part of an hour that
    changes."""
    zone = ZoneInfo(tz)
    hour, minute = (int(part) for part in at.split(":"))
    today = datetime.now(zone).date()
    return sorted({time.localtime(datetime.combine(today + timedelta(days=day),
                                                   time_of_day(hour, minute), zone).timestamp()
                                  ).tm_min for day in range(days)})


def _cron_guard(at: str, tz: str) -> str:
    """``[ "$(TZ=ZONE date +%H:%M)" = HH:MM ] && ``: true only at ``at`` in ``tz``; cron
    starts a command in the first second of its minute, so the minute it reads is cron's."""
    return f'[ "$(TZ={shlex.quote(tz)} date +%H:%M)" = {at} ] && '


def _cron_command(command: list[str], working_dir: Path, env_file: Path | None) -> str:
    """``cd DIR && [set -a && . ENV && set +a &&] exec COMMAND`` (python-crontab escapes %)."""
    parts = ["cd", shlex.quote(str(working_dir)), "&&"]
    if env_file is not None:
        parts += ["set", "-a", "&&", ".", shlex.quote(str(env_file)), "&&", "set", "+a", "&&"]
    parts += ["exec", shlex.join(command)]
    return " ".join(parts)


def _command_of(line: str) -> list[str]:
    """The command back from the line :func:`_cron_command` wrote."""
    words = shlex.split(line)
    start = 3 + (9 if words[3:5] == ["set", "-a"] else 0)
    return words[start + 1:] if words[start:start + 1] == ["exec"] else words
