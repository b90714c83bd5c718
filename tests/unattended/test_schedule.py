"""Schedules: exactly what is written for systemd (a fake XDG_CONFIG_HOME) and cron (a tab
file), and that list and remove round-trip."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def test_cron_entries_are_written_after_cron_tz_and_marked(tmp_path):
    tab = tmp_path / "crontab"
    tab.write_text("MAILTO=ops@dealer.test\n15 3 * * * /usr/bin/backup # theirs\n")
    backend = CronBackend(tab)
    installed = add_schedule("main", ["07:00", "14:30"], "America/Chicago", COMMAND,
                             backend=backend, working_dir=tmp_path, env_file=tmp_path / "v.env")
    assert installed == Schedule("main", ["07:00", "14:30"], "America/Chicago", COMMAND, "cron",
                                 str(tab))
    line = (f"cd {tmp_path} && set -a && . {tmp_path}/v.env && set +a && exec "
            "/opt/venv/bin/vautokit run --site vauto --report 'out/100\\% report.html'")
    assert tab.read_text() == (
        "MAILTO=ops@dealer.test\n"
        "15 3 * * * /usr/bin/backup # theirs\n"
        "CRON_TZ=America/Chicago\n"
        f"0 7 * * * {line} # vautokit:main\n"
        f"30 14 * * * {line} # vautokit:main\n")


def test_cron_list_and_remove_round_trip_and_keep_other_entries(tmp_path):
    tab = tmp_path / "crontab"
    tab.write_text("15 3 * * * /usr/bin/backup # theirs\n")
    backend = CronBackend(tab)
    first = add_schedule("main", ["07:00", "14:00"], "America/Chicago", COMMAND,
                         backend=backend, working_dir=tmp_path)
    second = add_schedule("second", ["06:05"], "America/Chicago", ["vautokit", "run"],
                          backend=backend, working_dir=tmp_path)
    assert list_schedules(backend=backend) == [first, second]
    again = add_schedule("main", ["08:00"], "America/Chicago", COMMAND, backend=backend,
                         working_dir=tmp_path)  # replaces, never doubles
    assert list_schedules(backend=backend) == [second, again]
    remove_schedule("main", backend=backend)
    assert list_schedules(backend=backend) == [second]  # still after CRON_TZ
    assert tab.read_text() == ("15 3 * * * /usr/bin/backup # theirs\n"
                               "CRON_TZ=America/Chicago\n"
                               f"5 6 * * * cd {tmp_path} && exec vautokit run # vautokit:second\n")
    with pytest.raises(ScheduleError, match="no such schedule"):
        remove_schedule("main", backend=backend)


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
