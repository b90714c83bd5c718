"""sweep(): the same vehicles at each concurrency, each run on fresh sandbox state."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from .._asyncutil import run_sync
from .._automation import Automation
from ..browser import BrowserLauncher
from ..config import ParallelConfig
from ..metrics import MemorySampler
from ..processing import RunResult
from ..sandbox import Sandbox

log = logging.getLogger(__name__)

RUN_COLUMNS = ["run", "mode", "workers", "repeat", "vehicle", "worker", "start", "end",
               "outcome", "memory"]


@dataclass(frozen=True)
class Recommendation:
    workers: int
    reason: str
    throughput_per_min: float | None = None

    def __str__(self) -> str:
        return f"{self.workers} workers: {self.reason}"


@dataclass
class SweepResult:
    """Tidy per-vehicle rows of every run, a summary per level, and the recommendation."""

    runs: pd.DataFrame
    summary: pd.DataFrame
    recommendation: Recommendation
    results: list[RunResult] = field(default_factory=list, repr=False)


def summarize(runs: pd.DataFrame) -> pd.DataFrame:
    """One row per (mode, workers): wall time, throughput, speedup, efficiency, errors, memory."""
    per_run = runs.groupby(["run", "mode", "workers"], sort=False).agg(
        vehicles=("vehicle", "count"), start=("start", "min"), end=("end", "max"),
        failed=("outcome", lambda o: int((o == "failed").sum())), memory=("memory", "max"))
    per_run["wall_seconds"] = per_run["end"] - per_run["start"]
    levels = per_run.groupby(["mode", "workers"], sort=False).agg(
        vehicles=("vehicles", "mean"), wall_seconds=("wall_seconds", "mean"),
        failed=("failed", "sum"), runs=("vehicles", "count"),
        peak_memory_mb=("memory", "max")).reset_index()
    levels["throughput_per_min"] = 60 * levels["vehicles"] / levels["wall_seconds"]
    levels["error_rate"] = levels["failed"] / (levels["vehicles"] * levels["runs"])
    baseline = levels.loc[levels["mode"] == "sequential", "wall_seconds"]
    if baseline.empty:
        baseline = levels.loc[levels["workers"] == levels["workers"].min(), "wall_seconds"]
    levels["speedup"] = float(baseline.iloc[0]) / levels["wall_seconds"]
    levels["efficiency"] = levels["speedup"] / levels["workers"]
    return levels


def recommend(summary: pd.DataFrame, *, max_error_rate: float = 0.05,
              max_memory_mb: float | None = None) -> Recommendation:
    """Best throughput among the parallel levels whose errors and memory stay in bounds.

    Ties go to fewer workers. The reason names the winner's figures and why others lost.
    """
    parallel = summary[summary["mode"] == "parallel"].sort_values("workers")
    excluded, allowed = [], []
    for row in parallel.itertuples():
        if row.error_rate > max_error_rate:
            excluded.append(f"{row.workers} excluded: error rate {row.error_rate:.0%} > "
                            f"{max_error_rate:.0%}")
        elif max_memory_mb is not None and row.peak_memory_mb > max_memory_mb:
            excluded.append(f"{row.workers} excluded: peak memory {row.peak_memory_mb:.0f} MB > "
                            f"{max_memory_mb:.0f} MB")
        else:
            allowed.append(row)
    tail = f"; {'; '.join(excluded)}" if excluded else ""
    if not allowed:
        return Recommendation(1, "no concurrency stayed within the limits; run sequentially"
                              + tail)
    best = max(allowed, key=lambda r: (round(r.throughput_per_min, 6), -r.workers))
    memory = "" if max_memory_mb is None else f", peak memory {best.peak_memory_mb:.0f} MB"
    reason = (f"best throughput {best.throughput_per_min:.1f} vehicles/min (speedup "
              f"{best.speedup:.2f}x) with error rate {best.error_rate:.0%} ≤ "
              f"{max_error_rate:.0%}{memory}{tail}")
    return Recommendation(int(best.workers), reason, float(best.throughput_per_min))


def _rows(result: RunResult, run: int, repeat: int, memory: float) -> list[dict]:
    return [{"run": run, "mode": result.mode, "workers": result.workers, "repeat": repeat,
             "vehicle": r.vehicle_id, "worker": r.worker, "start": r.started, "end": r.ended,
             "outcome": r.outcome.value, "memory": memory} for r in result.records]


async def sweep(site: Sandbox, concurrencies: Sequence[int] = (1, 2, 3, 4), vehicles: int = 12,
                repeats: int = 1, *, sequential: bool = True,
                config: ParallelConfig | None = None, max_error_rate: float = 0.05,
                max_memory_mb: float | None = None, launcher: BrowserLauncher | None = None,
                progress: str = "none") -> SweepResult:
    """Run the same ``vehicles`` at each concurrency (and once sequentially), ``repeats`` times.

    Each run starts from a fresh sandbox state (``site.reset()``), signs in anew and saves
    for real, so runs compare like for like.
    """
    config = config or ParallelConfig()
    rows: list[dict] = []
    results: list[RunResult] = []
    plan = ([("sequential", 1)] if sequential else []) + [("parallel", c) for c in concurrencies]
    for repeat in range(repeats):
        for mode, workers in plan:
            site.reset()
            level = config.with_(max_concurrency=workers)
            async with Automation(site, config=level, launcher=launcher) as va:
                links = await va.vehicles(saved_filter=None, limit=vehicles)
                async with MemorySampler() as memory:
                    result = await va.process(links, sequential=mode == "sequential",
                                              config=level, progress=progress)
            log.info("sweep %s x%d: %.1f s", mode, workers, result.wall_seconds)
            rows += _rows(result, len(results), repeat, memory.peak_mb)
            results.append(result)
    runs = pd.DataFrame(rows, columns=RUN_COLUMNS)
    summary = summarize(runs)
    return SweepResult(runs, summary, recommend(summary, max_error_rate=max_error_rate,
                                                max_memory_mb=max_memory_mb), results)


def sweep_sync(site: Sandbox, **kwargs) -> SweepResult:
    """Sync twin of :func:`sweep` for scripts."""
    return run_sync(sweep(site, **kwargs))

