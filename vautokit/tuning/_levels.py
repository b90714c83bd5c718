"""Which concurrency levels a sweep measures: doubling from 1 up past the knee, then refining.

The upper bound comes from the machine: every worker is a browser context that costs memory
(about 90 MB measured, benchmarks/results/parallel.md) and CPU. At vAuto's own latency one
core keeps about seven workers busy (the CPU ceiling measured there is 14 on 2 cores), so
the bound allows eight per core; the sweep itself finds where throughput stops growing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

import psutil

WORKERS_PER_CORE = 8
WORKER_MB = 100.0
"""Memory one more worker context takes, rounded up from the 89 MB measured."""
BROWSER_MB = 500.0
"""The main browser and its first page."""
MEMORY_SHARE = 0.75
"""Share of the available memory the sweep may fill; the rest stays for everything else."""
MAX_WORKERS = 64


def machine_worker_limit(cores: int | None = None, available_mb: float | None = None) -> int:
    """The most workers worth trying on this machine: by cores and by available memory."""
    cores = cores or _usable_cores()
    if available_mb is None:
        available_mb = psutil.virtual_memory().available / 2**20
    by_memory = int((available_mb * MEMORY_SHARE - BROWSER_MB) // WORKER_MB)
    return max(1, min(WORKERS_PER_CORE * cores, by_memory, MAX_WORKERS))


def _usable_cores() -> int:
    """Cores this process may run on (a container's share), else all of them."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def doubling_levels(limit: int) -> list[int]:
    """1, 2, 4, ... up to ``limit``, with ``limit`` itself as the last level."""
    levels = [1]
    while levels[-1] * 2 < limit:
        levels.append(levels[-1] * 2)
    if levels[-1] != limit:
        levels.append(limit)
    return levels


def fell_twice(throughputs: list[float]) -> bool:
    """Throughput fell from each level to the next, twice in a row: past the knee."""
    return len(throughputs) >= 3 and throughputs[-3] > throughputs[-2] > throughputs[-1]


def refinement(measured: Mapping[int, float], usable: set[int]) -> list[int]:
    """The levels halfway between the best usable level and its measured neighbours.

    ``measured`` maps workers to throughput; only ``usable`` levels (within the error, memory
    and rate-limit bounds) can be best. Nothing to refine when neighbours are adjacent.
    """
    candidates = {n: x for n, x in measured.items() if n in usable}
    if not candidates:
        return []
    best = max(candidates, key=lambda n: (candidates[n], -n))
    tried = sorted(measured)
    position = tried.index(best)
    neighbours = tried[max(position - 1, 0):position] + tried[position + 1:position + 2]
    middles = {(best + other) // 2 if other < best else (best + other + 1) // 2
               for other in neighbours}
    return sorted(m for m in middles if m not in measured)
