"""CPU seconds of a run, split by process kind, and the worker count the CPU allows.

On a small machine the browser's CPU, not the site, decides how many workers pay off: the
ceiling is how many vehicles' worth of CPU fit in the cores while one vehicle's wall time
passes.
"""

from __future__ import annotations

import contextlib
import math
import os
import threading
from dataclasses import dataclass
from enum import StrEnum

import psutil

from ..errors import ConfigError

SANDBOX_THREAD_PREFIX = "vautokit-sandbox"
_SAMPLER_THREAD = "vautokit-cpu-sampler"


class ProcessKind(StrEnum):
    BROWSER = "browser"
    """Chromium's browser process and its helpers (network service, storage, zygote)."""
    RENDERER = "renderer"
    GPU = "gpu"
    """The GPU/compositor process (software rendering when there is no GPU)."""
    DRIVER = "driver"
    """Playwright's driver (node)."""
    PYTHON = "python"
    """This process, without the sandbox's threads and without the sampler itself."""
    SANDBOX = "sandbox"
    """The in-process sandbox site: absent when the job runs against a real site."""
    OTHER = "other"


def process_kind(cmdline: list[str]) -> ProcessKind:
    """The kind of a child process, from its command line."""
    if not cmdline:
        return ProcessKind.OTHER
    program = os.path.basename(cmdline[0])
    if program == "node" or program.startswith("node"):
        return ProcessKind.DRIVER
    types = [arg.removeprefix("--type=") for arg in cmdline if arg.startswith("--type=")]
    if types and types[0] == "renderer":
        return ProcessKind.RENDERER
    if types and types[0] == "gpu-process":
        return ProcessKind.GPU
    if "chrom" in program or "headless" in program or any("chrom" in a for a in cmdline[:2]):
        return ProcessKind.BROWSER
    return ProcessKind.OTHER


def _settled_kind(known: ProcessKind, seen: ProcessKind) -> ProcessKind:
    """A zygote's child turns from browser into renderer; an exiting one reads as other."""
    if seen is ProcessKind.OTHER or known not in (ProcessKind.OTHER, ProcessKind.BROWSER):
        return known
    return seen


@dataclass(frozen=True)
class CpuUsage:
    """CPU seconds (user + system) per process kind over a run: a frozen snapshot."""

    seconds: dict[ProcessKind, float]

    def total(self, *, with_sandbox: bool = False) -> float:
        """The job's CPU; the sandbox only counts when it shares the machine (``with_sandbox``)."""
        return sum(v for kind, v in self.seconds.items()
                   if with_sandbox or kind is not ProcessKind.SANDBOX)

    def per_vehicle(self, vehicles: int) -> dict[str, float]:
        """Seconds per vehicle for each kind, plus ``total`` (without the sandbox)."""
        count = max(vehicles, 1)
        row = {kind.value: self.seconds.get(kind, 0.0) / count for kind in ProcessKind}
        row["total"] = self.total() / count
        return row


def cpu_ceiling(cpu_seconds_per_vehicle: float, wall_seconds_per_vehicle: float,
                cores: int | None = None) -> float:
    """Workers the CPU can keep busy: ``cores * wall / cpu`` for one vehicle done alone.

    Give the CPU per vehicle without the in-process sandbox when the job runs against a real
    site. Infinite when a vehicle costs no measurable CPU.
    """
    cores = cores or os.cpu_count() or 1
    if cpu_seconds_per_vehicle < 0 or wall_seconds_per_vehicle <= 0:
        raise ConfigError("cpu_ceiling", (cpu_seconds_per_vehicle, wall_seconds_per_vehicle),
                          "CPU seconds >= 0 and wall seconds > 0 per vehicle, measured on "
                          "a sequential run")
    if cpu_seconds_per_vehicle == 0:
        return math.inf
    return cores * wall_seconds_per_vehicle / cpu_seconds_per_vehicle


class CpuSampler:
    """``with CpuSampler() as cpu: ...`` (or ``async with``) then ``cpu.usage``.

    A background thread samples the CPU times of this process's threads and of every process
    below it, keeping the last value seen per process and thread, so browsers that exit during
    the run still count up to their last sample (at most ``interval`` lost each).
    """

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self._start: dict[int, float] = {}
        self._last: dict[int, tuple[ProcessKind, float]] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def usage(self) -> CpuUsage:
        seconds: dict[ProcessKind, float] = dict.fromkeys(ProcessKind, 0.0)
        for key, (kind, value) in self._last.items():
            seconds[kind] += value - self._start.get(key, 0.0)
        return CpuUsage(seconds)

    def _threads_of_this_process(self) -> dict[int, tuple[ProcessKind, float]]:
        sandbox, sampler = set(), set()
        for thread in threading.enumerate():
            if thread.name.startswith(SANDBOX_THREAD_PREFIX):
                sandbox.add(thread.native_id)
            elif thread.name == _SAMPLER_THREAD:
                sampler.add(thread.native_id)
        seen = {}
        for thread in psutil.Process().threads():
            if thread.id in sampler:
                continue
            kind = ProcessKind.SANDBOX if thread.id in sandbox else ProcessKind.PYTHON
            seen[thread.id] = (kind, thread.user_time + thread.system_time)
        return seen

    def _snapshot(self) -> dict[int, tuple[ProcessKind, float]]:
        """CPU seconds by thread and process id (one namespace on Linux), with their kind.

        A process's kind is re-read each time: Chromium's zygote forks children that only
        later name themselves renderers.
        """
        seen = self._threads_of_this_process()
        for proc in psutil.Process().children(recursive=True):
            with contextlib.suppress(psutil.Error):
                times = proc.cpu_times()
                seen[proc.pid] = (process_kind(proc.cmdline()), times.user + times.system)
        return seen

    def sample(self) -> None:
        for key, (kind, value) in self._snapshot().items():
            known = self._last.get(key, (ProcessKind.OTHER, 0.0))[0]
            self._last[key] = (_settled_kind(known, kind), value)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def start(self) -> CpuSampler:
        self._last = self._snapshot()
        self._start = {key: value for key, (_, value) in self._last.items()}
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name=_SAMPLER_THREAD, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> CpuUsage:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self.sample()
        return self.usage

    def __enter__(self) -> CpuSampler:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def __aenter__(self) -> CpuSampler:
        return self.start()

    async def __aexit__(self, *exc: object) -> None:
        self.stop()
