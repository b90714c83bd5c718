import math
import subprocess
import sys
import threading
import time

import pytest

from vautokit.errors import ConfigError
from vautokit.metrics import CpuSampler, CpuUsage, ProcessKind, cpu_ceiling
from vautokit.metrics._cpu import _settled_kind, process_kind

_BURN = """
import sys, time
start = time.process_time()
while time.process_time() - start < 0.3:
    pass
print("burnt", flush=True)
sys.stdin.read()
"""


def test_ceiling_is_the_cores_worth_of_vehicles_in_one_vehicles_wall_time():
    assert cpu_ceiling(0.5, 2.0, cores=2) == pytest.approx(8.0)
    assert cpu_ceiling(1.0, 2.0, cores=2) == pytest.approx(4.0)
    assert cpu_ceiling(0.0, 2.0, cores=2) == math.inf


def test_ceiling_rejects_a_run_that_was_not_measured():
    with pytest.raises(ConfigError, match="sequential run"):
        cpu_ceiling(0.5, 0.0, cores=2)


@pytest.mark.parametrize(("cmdline", "kind"), [
    (["/usr/lib/chromium/chromium-headless-shell", "--headless", "--no-sandbox"], "browser"),
    (["/usr/lib/chromium/chromium", "--type=renderer", "--lang=en-US"], "renderer"),
    (["/usr/lib/chromium/chromium", "--type=gpu-process", "--use-gl=angle"], "gpu"),
    (["/usr/lib/chromium/chromium", "--type=utility", "--utility-sub-type=network"], "browser"),
    (["/bin/sh", "/usr/bin/chromium", "--headless"], "browser"),
    (["/venv/lib/python3.11/site-packages/playwright/driver/node", "cli.js"], "driver"),
    (["/usr/bin/ssh-agent"], "other"),
    ([], "other"),
])
def test_process_kind_from_the_command_line(cmdline, kind):
    assert process_kind(cmdline) == kind


def test_totals_leave_the_sandbox_out_unless_asked():
    usage = CpuUsage({ProcessKind.BROWSER: 2.0, ProcessKind.RENDERER: 4.0,
                      ProcessKind.SANDBOX: 1.0})
    assert usage.total() == 6.0 and usage.total(with_sandbox=True) == 7.0
    assert usage.per_vehicle(2)["total"] == 3.0 and usage.per_vehicle(2)["renderer"] == 2.0


def test_sampler_counts_child_processes_and_sandbox_threads_apart():
    stop = threading.Event()

    def sandbox_work():
        start = time.thread_time()
        while time.thread_time() - start < 0.2:
            pass
        stop.wait()

    with CpuSampler(interval=0.05) as sampler:
        child = subprocess.Popen([sys.executable, "-c", _BURN], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True)
        sandbox = threading.Thread(target=sandbox_work, name="vautokit-sandbox-test")
        sandbox.start()
        assert child.stdout.readline().strip() == "burnt"
        sampler.sample()
        stop.set()
        sandbox.join()
    child.communicate("")
    seconds = sampler.usage.seconds
    assert seconds[ProcessKind.OTHER] >= 0.25
    assert seconds[ProcessKind.SANDBOX] >= 0.15
    assert seconds[ProcessKind.PYTHON] < seconds[ProcessKind.SANDBOX] + 0.1


def test_a_process_keeps_its_kind_once_known():
    browser, renderer, other = ProcessKind.BROWSER, ProcessKind.RENDERER, ProcessKind.OTHER
    assert _settled_kind(browser, renderer) is renderer  # a zygote's child names itself
    assert _settled_kind(renderer, other) is renderer  # an exiting one has no command line
    assert _settled_kind(renderer, browser) is renderer
    assert _settled_kind(other, browser) is browser
