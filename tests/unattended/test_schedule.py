"""Schedules: exactly what is written for systemd (a fake XDG_CONFIG_HOME) and cron (a tab
file), and that list and remove round-trip."""

from __future__ import annotations

import shutil
import subprocess
import time
from datetime import datetime
from pathlib import Path

import pytest
from crontab import CronTab

from vautokit.errors import ScheduleError
from vautokit.schedule import (
    CronBackend,
    Schedule,
    SystemdBackend,
    add_schedule,
    list_schedules,
    remove_schedule,
)

COMMAND = ["/opt/venv/bin/vautokit", "run", "--site", "vauto", "--report", "out/100% report.html"]


@pytest.fixture
def systemd(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    calls: list[list[str]] = []
    return SystemdBackend(systemctl=calls.append), calls, tmp_path / "config/systemd/user"


def test_systemd_timer_and_service_are_written_and_enabled(systemd, tmp_path):
    backend, calls, folder = systemd
    installed = add_schedule("main", ["14:00", "07:00"], "America/Chicago", COMMAND,
                             backend=backend, working_dir=tmp_path,
                             env_file=tmp_path / "vautokit.env")
    timer, service = folder / "vautokit-main.timer", folder / "vautokit-main.service"
    assert installed == Schedule("main", ["07:00", "14:00"], "America/Chicago", COMMAND,
                                 "systemd", str(timer))
    assert timer.read_text() == (
        '# vautokit-schedule: {"name": "main", "times": ["07:00", "14:00"], '
        '"tz": "America/Chicago", "command": ' + _json(COMMAND) + "}\n"
        "[Unit]\n"
        "Description=vautokit schedule main: 07:00, 14:00 America/Chicago\n"
        "\n"
        "[Timer]\n"
        "OnCalendar=*-*-* 07:00:00 America/Chicago\n"
        "OnCalendar=*-*-* 14:00:00 America/Chicago\n"
        "Persistent=true\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n")
    assert service.read_text() == (
        "[Unit]\n"
        "Description=vautokit schedule main\n"
        "\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"WorkingDirectory={tmp_path.resolve()}\n"
        f"EnvironmentFile={tmp_path.resolve()}/vautokit.env\n"
        'ExecStart=/opt/venv/bin/vautokit run --site vauto --report "out/100%% report.html"\n')
    assert calls == [["daemon-reload"], ["enable", "--now", "vautokit-main.timer"]]


def test_systemd_list_and_remove_round_trip(systemd, tmp_path):
    backend, calls, folder = systemd
    first = add_schedule("main", ["07:00"], "America/Chicago", COMMAND, backend=backend,
                         working_dir=tmp_path)
    second = add_schedule("second-street", ["06:30"], "America/New_York", ["vautokit", "run"],
                          backend=backend, working_dir=tmp_path)
    assert list_schedules(backend=backend) == [first, second]
    calls.clear()
    remove_schedule("main", backend=backend)
    assert list_schedules(backend=backend) == [second]
    assert sorted(p.name for p in folder.iterdir()) == ["vautokit-second-street.service",
                                                        "vautokit-second-street.timer"]
    assert calls == [["disable", "--now", "vautokit-main.timer"], ["daemon-reload"]]
    with pytest.raises(ScheduleError, match="'main': no such schedule"):
        remove_schedule("main", backend=backend)


def test_systemctl_is_skipped_where_systemd_does_not_run(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setattr("vautokit.schedule.systemd_running", lambda: False)
    installed = add_schedule("main", ["07:00"], "UTC", ["true"], backend="systemd",
                             working_dir=tmp_path)
    assert Path(installed.location) == tmp_path / "systemd/user/vautokit-main.timer"
    assert Path(installed.location).exists()


@pytest.fixture
def machine_zone(monkeypatch):
    """Set the machine's zone as cron and ``time.localtime`` read it (TZ, then tzset)."""
    def set_zone(tz: str) -> None:
        monkeypatch.setenv("TZ", tz)
        time.tzset()
    yield set_zone
    monkeypatch.undo()
    time.tzset()


def _guard(at: str, tz: str = "America/Chicago") -> str:
    return f'[ "$(TZ={tz} date +\\%H:\\%M)" = {at} ] && '


def test_cron_entries_fire_hourly_behind_a_guard_for_the_zone_and_are_marked(
        tmp_path, machine_zone):
    machine_zone("UTC")
    tab = tmp_path / "crontab"
    tab.write_text("MAILTO=ops@dealer.test\n15 3 * * * /usr/bin/backup # theirs\n")
    backend = CronBackend(tab)
    installed = add_schedule("main", ["07:00", "14:30"], "America/Chicago", COMMAND,
                             backend=backend, working_dir=tmp_path, env_file=tmp_path / "v.env")
    assert installed == Schedule("main", ["07:00", "14:30"], "America/Chicago", COMMAND, "cron",
                                 str(tab))
    line = (f"cd {tmp_path} && set -a && . {tmp_path}/v.env && set +a && exec "
            "/opt/venv/bin/vautokit run --site vauto --report 'out/100\\% report.html'")
    assert tab.read_text() == (  # no CRON_TZ: Debian's cron would read the times as UTC
        "MAILTO=ops@dealer.test\n"
        "15 3 * * * /usr/bin/backup # theirs\n"
        f"@hourly {_guard('07:00')}{line} # vautokit:main\n"
        f"30 * * * * {_guard('14:30')}{line} # vautokit:main\n")


@pytest.mark.parametrize(("machine", "tz", "minutes"), [
    ("UTC", "Asia/Kolkata", [30]),  # +05:30
    ("Asia/Kolkata", "America/Chicago", [30]),
    ("Asia/Kathmandu", "Europe/Berlin", [45]),  # +05:45
    ("UTC", "Australia/Lord_Howe", [0, 30]),  # daylight saving of half an hour
])
def test_an_entry_fires_on_the_minute_the_time_falls_on_in_the_machines_zone(
        tmp_path, machine_zone, machine, tz, minutes):
    machine_zone(machine)
    tab = tmp_path / "crontab"
    add_schedule("main", ["07:00"], tz, ["true"], backend=CronBackend(tab), working_dir=tmp_path)
    entries = [entry.split(" [ ")[0] for entry in tab.read_text().splitlines()]
    assert entries == [f"{m} * * * *" if m else "@hourly" for m in minutes]
    assert all(_guard("07:00", tz) in entry for entry in tab.read_text().splitlines())


@pytest.mark.parametrize(("moment", "runs"), [
    ("2026-07-01T07:00:01-05:00", True),  # 07:00 in Chicago in summer (CDT)
    ("2026-01-15T07:00:01-06:00", True),  # and in winter (CST): the same entry
    ("2026-07-01T08:00:01-05:00", False),  # an hour later: the guard stops it
    ("2026-01-15T07:00:01-05:00", False),  # 06:00 in Chicago in winter
])
def test_the_guard_runs_the_command_only_at_the_time_in_the_schedules_zone(
        tmp_path, machine_zone, moment, runs):
    """The entry's command as cron runs it: through sh, with ``date`` fixed at ``moment``."""
    machine_zone("UTC")
    tab, ran = tmp_path / "crontab", tmp_path / "ran"
    add_schedule("main", ["07:00"], "America/Chicago", ["touch", str(ran)],
                 backend=CronBackend(tab), working_dir=tmp_path)
    date = shutil.which("date")
    fake = tmp_path / "bin" / "date"
    fake.parent.mkdir()
    epoch = int(datetime.fromisoformat(moment).timestamp())
    fake.write_text(f'#!/bin/sh\nexec {date} -d @{epoch} "$@"\n')
    fake.chmod(0o755)
    (command,) = [job.command for job in CronTab(tabfile=str(tab))]
    subprocess.run(["sh", "-c", command], env={"PATH": f"{fake.parent}:/usr/bin:/bin"},
                   check=False, timeout=30)
    assert ran.exists() is runs


def test_cron_list_and_remove_round_trip_and_keep_other_entries(tmp_path, machine_zone):
    machine_zone("UTC")
    tab = tmp_path / "crontab"
    tab.write_text("15 3 * * * /usr/bin/backup # theirs\n")
    backend = CronBackend(tab)
    first = add_schedule("main", ["07:00", "14:00"], "America/Chicago", COMMAND,
                         backend=backend, working_dir=tmp_path)
    second = add_schedule("second", ["06:05"], "Europe/Paris", ["vautokit", "run"],
                          backend=backend, working_dir=tmp_path)
    assert list_schedules(backend=backend) == [first, second]
    again = add_schedule("main", ["08:00"], "America/Chicago", COMMAND, backend=backend,
                         working_dir=tmp_path)  # replaces, never doubles
    assert list_schedules(backend=backend) == [second, again]
    remove_schedule("main", backend=backend)
    assert list_schedules(backend=backend) == [second]
    assert tab.read_text() == ("15 3 * * * /usr/bin/backup # theirs\n"
                               f"5 * * * * {_guard('06:05', 'Europe/Paris')}cd {tmp_path} && "
                               "exec vautokit run # vautokit:second\n")
    with pytest.raises(ScheduleError, match="no such schedule"):
        remove_schedule("main", backend=backend)


def test_entries_an_earlier_version_wrote_after_cron_tz_are_listed_and_replaced(
        tmp_path, machine_zone):
    machine_zone("UTC")
    tab = tmp_path / "crontab"
    tab.write_text("CRON_TZ=America/Chicago\n"
                   f"0 7 * * * cd {tmp_path} && exec vautokit run # vautokit:main\n"
                   f"30 14 * * * cd {tmp_path} && exec vautokit run # vautokit:main\n")
    backend = CronBackend(tab)
    assert list_schedules(backend=backend) == [Schedule(
        "main", ["07:00", "14:30"], "America/Chicago", ["vautokit", "run"], "cron", str(tab))]
    again = add_schedule("main", ["07:00"], "America/Chicago", ["vautokit", "run"],
                         backend=backend, working_dir=tmp_path)
    assert list_schedules(backend=backend) == [again]
    assert "CRON_TZ" not in tab.read_text()


@pytest.mark.parametrize(("name", "times", "tz", "problem"), [
    ("../etc", ["07:00"], "UTC", "not a plain name"),
    ("main", ["7:00"], "UTC", "'7:00' is not a time of day"),
    ("main", ["24:00"], "UTC", "'24:00' is not a time of day"),
    ("main", "07:00", "UTC", "is not a list of times"),
    ("main", [], "UTC", "is not a list of times"),
    ("main", ["07:00"], "America/Chicgo", "'America/Chicgo' is not a known time zone"),
    ("main", ["07:00"], "../../etc/passwd", "is not a known time zone"),
])
def test_bad_input_is_refused_before_anything_is_written(tmp_path, name, times, tz, problem):
    backend = CronBackend(tmp_path / "crontab")
    with pytest.raises(ScheduleError, match=problem):
        add_schedule(name, times, tz, ["vautokit", "run"], backend=backend)
    assert not (tmp_path / "crontab").exists()


def _json(words: list[str]) -> str:
    import json
    return json.dumps(words)
