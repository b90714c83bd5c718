"""Ctrl-C on `vautokit run`: the first stops cleanly, a second one quits at once with the one
clean exit line, no tracebacks of the browser driver before it, and no Chromium left."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import psutil

from vautokit.browser import browser_process_tree


def _default_sigint():
    """Ctrl-C reaches the run even when the suite runs with SIGINT ignored (a background job)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _browsers_of(marker: str) -> list[psutil.Process]:
    """Chromium processes started by the run (they inherit its environment's marker)."""
    found = []
    for proc in browser_process_tree(1):
        try:
            if proc.environ().get("VAUTOKIT_TEST_RUN") == marker:
                found.append(proc)
        except psutil.Error:
            continue
    return found


def test_a_second_ctrl_c_quits_at_once_with_one_clean_line(tmp_path):
    marker = str(tmp_path)
    command = [sys.executable, "-m", "vautokit", "run", "--vehicles", "30", "--profile",
               "realistic", "--time-scale", "0.2", "--concurrency", "3", "--progress", "none",
               "--journal", str(tmp_path / "journal.sqlite"), "--report",
               str(tmp_path / "report.html")]
    run = subprocess.Popen(command, env={**os.environ, "VAUTOKIT_TEST_RUN": marker},
                           cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, preexec_fn=_default_sigint)
    line = run.stdout.readline()
    while line and not line.startswith("run "):  # processing starts right after this line
        line = run.stdout.readline()
    assert line.startswith("run "), run.communicate()
    run.send_signal(signal.SIGINT)
    stopping = run.stderr.readline()
    assert stopping.startswith("vautokit: stopping: "), stopping + run.communicate()[1]
    run.send_signal(signal.SIGINT)  # while the first one's clean-up runs
    err = run.communicate(timeout=120)[1]
    assert run.returncode == 130, err
    lines = err.splitlines()
    assert lines[-1] == "vautokit: interrupted" and "Traceback" not in err, err
    assert all(line.startswith(("vautokit:", "WARNING vautokit.")) for line in lines), err
    _, alive = psutil.wait_procs(_browsers_of(marker), timeout=30)
    assert alive == []
