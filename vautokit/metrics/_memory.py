"""Peak memory of the browser process tree, sampled while a run goes on."""

from __future__ import annotations

import asyncio
import contextlib

import psutil

from ..browser import browser_process_tree


def _pss_bytes(proc: psutil.Process) -> int:
    """Proportional set size from /proc/PID/smaps_rollup (cheap), else resident size."""
    try:
        with open(f"/proc/{proc.pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return proc.memory_info().rss


def browser_tree_rss_mb() -> float:
    """Memory of every Chromium process below this one, in MB.

    Proportional set size (PSS) where Linux reports it, so pages shared between Chromium's
    processes count once; resident size (RSS) elsewhere.
    """
    total = 0
    for proc in browser_process_tree():
        with contextlib.suppress(psutil.Error):
            total += _pss_bytes(proc)
    return total / 2**20


class MemorySampler:
    """``async with MemorySampler() as mem: ...`` then ``mem.peak_mb`` and ``mem.cpu_seconds``.

    Samples the browser process tree's memory, and the CPU time of every process below
    this one (browsers, the Playwright driver) plus this process itself, keeping the last
    value seen per process so browsers that close during the run still count.
    """

    def __init__(self, interval: float = 0.25) -> None:
        self.interval = interval
        self.peak_mb = 0.0
        self.samples: list[float] = []
        self._cpu_start: dict[int, float] = {}
        self._cpu_last: dict[int, float] = {}
        self._task: asyncio.Task | None = None

    def _cpu_now(self) -> dict[int, float]:
        me = psutil.Process()
        seen = {me.pid: sum(me.cpu_times()[:2])}
        for proc in me.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                seen[proc.pid] = sum(proc.cpu_times()[:2])
        return seen

    @property
    def cpu_seconds(self) -> float:
        return sum(v - self._cpu_start.get(pid, 0.0) for pid, v in self._cpu_last.items())

    def sample(self) -> float:
        value = browser_tree_rss_mb()
        self.samples.append(value)
        self.peak_mb = max(self.peak_mb, value)
        self._cpu_last.update(self._cpu_now())
        return value

    async def _loop(self) -> None:
        while True:
            await asyncio.to_thread(self.sample)
            await asyncio.sleep(self.interval)

    async def __aenter__(self) -> MemorySampler:
        self._cpu_start = self._cpu_now()
        self._task = asyncio.create_task(self._loop())
        return self

    async def __aexit__(self, *exc) -> None:
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self.sample()
