"""Throughput of one run from its own records: the steady state while every worker is busy.

A run's wall time mixes three phases: workers starting, all of them busy, and the tail when
the queue is empty and workers go idle one by one. Only the middle one says what a level
sustains; the tail depends on how the sample divides among the workers (6 vehicles on 4
workers take two rounds, like on 3). The window runs from the moment the last worker began
its first vehicle to the moment the first worker finished its last one; the vehicles done
in it are counted in fractions (the share of each vehicle's time that falls inside), which
is Little's law over the window. Nothing is timed again: the records' started/ended are the
run's own measurements.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..processing import VehicleRecord

STEADY = "steady"
WALL = "wall"
MIN_WINDOW_SHARE = 0.5
"""A window shorter than this share of a median vehicle is too short to trust: use wall."""


@dataclass(frozen=True)
class Throughput:
    """Vehicles per minute of one run, and how it was measured."""

    per_min: float
    method: str
    """``steady`` (window while every worker was busy) or ``wall`` (whole run)."""
    window_seconds: float
    busy_workers: int


def run_throughput(records: Sequence[VehicleRecord], wall_seconds: float) -> Throughput:
    """Steady-state vehicles per minute of a run; the whole run's rate when no window fits."""
    spans = [(r.worker, r.started, r.ended) for r in records
             if r.started is not None and r.ended is not None and r.ended > r.started]
    if not spans:
        return Throughput(0.0, WALL, wall_seconds, 0)
    by_worker: dict[int | None, list[tuple[float, float]]] = defaultdict(list)
    for worker, started, ended in spans:
        by_worker[worker].append((started, ended))
    all_busy = max(min(s for s, _ in mine) for mine in by_worker.values())
    first_idle = min(max(e for _, e in mine) for mine in by_worker.values())
    window = first_idle - all_busy
    durations = sorted(e - s for _, s, e in spans)
    if window < MIN_WINDOW_SHARE * durations[len(durations) // 2]:
        rate = 60 * len(spans) / wall_seconds if wall_seconds > 0 else 0.0
        return Throughput(rate, WALL, wall_seconds, len(by_worker))
    done = sum((min(e, first_idle) - max(s, all_busy)) / (e - s) for _, s, e in spans
               if e > all_busy and s < first_idle)
    return Throughput(60 * done / window, STEADY, window, len(by_worker))
