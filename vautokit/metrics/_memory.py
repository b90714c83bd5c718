"""Peak memory of the browser process tree, sampled while a run goes on."""

from __future__ import annotations

import asyncio
import contextlib

import psutil

from ..browser import browser_process_tree


def browser_tree_rss_mb() -> float:
    """Resident memory of every Chromium process below this one, in MB."""
    total = 0
    for proc in browser_process_tree():
        with contextlib.suppress(psutil.Error):
            total += proc.memory_info().rss
    return total / 2**20


class MemorySampler:
    """``async with MemorySampler() as mem: ...`` then ``mem.peak_mb``."""

    def __init__(self, interval: float = 0.25) -> None:
        self.interval = interval
        self.peak_mb = 0.0
        self.samples: list[float] = []
        self._task: asyncio.Task | None = None

    def sample(self) -> float:
        value = browser_tree_rss_mb()
        self.samples.append(value)
        self.peak_mb = max(self.peak_mb, value)
        return value

    async def _loop(self) -> None:
        while True:
            await asyncio.to_thread(self.sample)
            await asyncio.sleep(self.interval)

    async def __aenter__(self) -> MemorySampler:
        self._task = asyncio.create_task(self._loop())
        return self

    async def __aexit__(self, *exc) -> None:
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self.sample()
