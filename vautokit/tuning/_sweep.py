"""sweep(): measure throughput at several concurrencies and recommend one.

On the sandbox every run starts from fresh state, signs in anew and saves for real. On a
real site (a signed-in :class:`Automation`) every run is a dry run over the same sample of
the inventory: it opens the gauge page, reads and maps the sticker, and saves nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from .._asyncutil import run_sync
from .._automation import Automation
from ..browser import BrowserLauncher
from ..charts import ScalingFit, fit_amdahl, fit_usl
from ..config import ParallelConfig
from ..errors import VautokitError
from ..metrics import MemorySampler
from ..processing import EventKind, ParallelVehicleProcessor, RunResult, StatusEvent
from ..sandbox import Sandbox
from ..vehicles import VehicleLink
from ._levels import doubling_levels, fell_twice, machine_worker_limit, refinement
from ._measure import STEADY, run_throughput
from ._progress import SweepObserver, sweep_observer

log = logging.getLogger(__name__)

RUN_COLUMNS = ["run", "mode", "workers", "repeat", "vehicle", "worker", "start", "end",
               "outcome", "rate_limited", "memory"]
PER_RUN_COLUMNS = ["run", "mode", "workers", "repeat", "vehicles", "wall_seconds",
                   "throughput_per_min", "method", "window_seconds", "wall_throughput_per_min",
                   "failed", "rate_limited", "peak_memory_mb", "stopped"]


@dataclass(frozen=True)
class Recommendation:
    workers: int
    reason: str
    throughput_per_min: float | None = None

    def __str__(self) -> str:
        return f"{self.workers} workers: {self.reason}"


@dataclass
class SweepResult:
    """What a sweep measured, per vehicle, per run and per level, the fits and the advice.

    ``summary`` has one row per level with the mean throughput and its spread over the
    repeats (``throughput_std``, ``throughput_min``, ``throughput_max``); ``fits`` holds the
    Amdahl and USL fits over every run (the sequential run as N=1); ``method`` says how
    throughput was measured and how the levels were chosen.
    """

    runs: pd.DataFrame
    summary: pd.DataFrame
    recommendation: Recommendation
    results: list[RunResult] = field(default_factory=list, repr=False)
    per_run: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=PER_RUN_COLUMNS))
    fits: dict[str, ScalingFit] = field(default_factory=dict)
    method: str = ""

    @property
    def scaling(self) -> pd.DataFrame:
        """One row per worker count for charts and fits: the sequential run is N=1."""
        frame = self.summary.sort_values(["workers", "mode"], ascending=[True, False])
        return frame.drop_duplicates("workers").reset_index(drop=True)

    def fit_table(self) -> pd.DataFrame:
        """The fits side by side: parameters, R squared and the fitted peak."""
        return pd.DataFrame([fit.to_dict() for fit in self.fits.values()])


def summarize(per_run: pd.DataFrame) -> pd.DataFrame:
    """One row per (mode, workers): throughput mean and spread, wall, errors, 429s, memory.

    Speedup and efficiency compare throughputs (levels measure different sample sizes):
    against the sequential run, else one parallel worker, else the smallest level.
    """
    frame = per_run.assign(stopped=per_run["stopped"].fillna(""))
    levels = frame.groupby(["mode", "workers"], sort=False).agg(
        vehicles=("vehicles", "mean"), runs=("run", "count"),
        wall_seconds=("wall_seconds", "mean"),
        throughput_per_min=("throughput_per_min", "mean"),
        throughput_std=("throughput_per_min", "std"),
        throughput_min=("throughput_per_min", "min"),
        throughput_max=("throughput_per_min", "max"),
        wall_throughput_per_min=("wall_throughput_per_min", "mean"),
        method=("method", lambda m: STEADY if (m == STEADY).all() else "wall"),
        failed=("failed", "sum"), rate_limited=("rate_limited", "sum"),
        peak_memory_mb=("peak_memory_mb", "max"),
        stopped=("stopped", lambda s: "; ".join(sorted({x for x in s if x})))).reset_index()
    levels["throughput_std"] = levels["throughput_std"].fillna(0.0)
    total = levels["vehicles"] * levels["runs"]
    levels["error_rate"] = levels["failed"] / total.where(total > 0)
    levels["error_rate"] = levels["error_rate"].fillna(0.0)
    baseline = _baseline_throughput(levels)
    levels["speedup"] = levels["throughput_per_min"] / baseline
    levels["efficiency"] = levels["speedup"] / levels["workers"]
    return levels


def _baseline_throughput(levels: pd.DataFrame) -> float:
    for mode in ("sequential", "parallel"):
        one = levels.loc[(levels["mode"] == mode) & (levels["workers"] == 1),
                         "throughput_per_min"]
        if not one.empty:
            return float(one.iloc[0])
    smallest = levels.loc[levels["workers"].idxmin()]
    return float(smallest["throughput_per_min"]) / float(smallest["workers"])


def recommend(summary: pd.DataFrame, *, max_error_rate: float = 0.05,
              max_memory_mb: float | None = None) -> Recommendation:
    """Best mean throughput among the parallel levels within the error, memory and 429 bounds.

    Ties go to fewer workers. The reason names the winner's figures (with their spread over
    repeats) and why others lost.
    """
    parallel = summary[summary["mode"] == "parallel"].sort_values("workers")
    excluded, allowed = [], []
    for row in parallel.itertuples():
        why = _excluded_because(row, max_error_rate, max_memory_mb)
        if why:
            excluded.append(f"{row.workers} excluded: {why}")
        else:
            allowed.append(row)
    tail = f"; {'; '.join(excluded)}" if excluded else ""
    if not allowed:
        return Recommendation(1, "no concurrency stayed within the limits; run sequentially"
                              + tail)
    best = max(allowed, key=lambda r: (round(r.throughput_per_min, 6), -r.workers))
    spread = (f" ± {best.throughput_std:.1f} over {best.runs} runs"
              if best.runs > 1 else "")
    memory = "" if max_memory_mb is None else f", peak memory {best.peak_memory_mb:.0f} MB"
    reason = (f"best throughput {best.throughput_per_min:.1f}{spread} vehicles/min (speedup "
              f"{best.speedup:.2f}x) with error rate {best.error_rate:.0%} ≤ "
              f"{max_error_rate:.0%}{memory}{tail}")
    return Recommendation(int(best.workers), reason, float(best.throughput_per_min))


def _excluded_because(row, max_error_rate: float, max_memory_mb: float | None) -> str | None:
    if row.stopped:
        return f"stopped ({row.stopped})"
    if row.error_rate > max_error_rate:
        return f"error rate {row.error_rate:.0%} > {max_error_rate:.0%}"
    if max_memory_mb is not None and row.peak_memory_mb > max_memory_mb:
        return f"peak memory {row.peak_memory_mb:.0f} MB > {max_memory_mb:.0f} MB"
    return None


class _RateLimitWatch:
    """Stops a run at sustained 429s: at least ``minimum`` of them, outnumbering the
    vehicles finished. A few 429s among many vehicles are the site's weather, not a limit."""

    def __init__(self, minimum: int, processor: ParallelVehicleProcessor) -> None:
        self.minimum = minimum
        self.processor = processor
        self.rate_limited = 0
        self.finished = 0
        self.reason: str | None = None

    def __call__(self, event: StatusEvent) -> None:
        if event.kind is EventKind.VEHICLE_FINISHED:
            self.finished += 1
        elif event.kind is EventKind.RATE_LIMITED:
            self.rate_limited += 1
            if (self.reason is None and self.rate_limited >= self.minimum
                    and self.rate_limited > self.finished):
                self.reason = (f"sustained 429s: {self.rate_limited} rate-limited answers "
                               f"against {self.finished} vehicles done")
                if self.processor.run is not None:
                    self.processor.run.stop(self.reason)


@dataclass
class _Measured:
    result: RunResult
    peak_mb: float
    stopped: str | None


async def _measured_run(va: Automation, links: Sequence[VehicleLink], *, sequential: bool,
                        config: ParallelConfig, dry_run: bool, observer: SweepObserver,
                        max_rate_limited: int) -> _Measured:
    processor = va.processor(config=config, dry_run=dry_run)
    watch = _RateLimitWatch(max_rate_limited, processor)
    unwatch = va.status.subscribe(watch)
    unfollow = observer.follow(va.status)
    try:
        async with MemorySampler() as memory:
            result = await processor.process_vehicles(links, va.page, sequential=sequential)
    finally:
        unwatch()
        unfollow()
    return _Measured(result, memory.peak_mb, watch.reason or _fallback(result))


def _fallback(result: RunResult) -> str | None:
    """A parallel level whose pool did not start measured one worker, not its level."""
    if result.fallback_reason is None:
        return None
    return f"fell back to sequential: {result.fallback_reason}"


class _SandboxSite:
    """Fresh sandbox state per run, a new sign-in, saves for real: like for like."""

    def __init__(self, site: Sandbox, launcher: BrowserLauncher | None) -> None:
        self.site, self.launcher = site, launcher
        self.note = "sandbox: each run on fresh state, signed in anew, saving for real"

    async def prepare(self, most: int) -> None:
        return None

    async def run(self, count: int, sequential: bool, config: ParallelConfig,
                  observer: SweepObserver, max_rate_limited: int) -> _Measured:
        self.site.reset()
        async with Automation(self.site, config=config, launcher=self.launcher) as va:
            links = await va.vehicles(saved_filter=None, limit=count)
            return await _measured_run(va, links, sequential=sequential, config=config,
                                       dry_run=False, observer=observer,
                                       max_rate_limited=max_rate_limited)


class _LiveSite:
    """A signed-in Automation: dry runs over one sample of the site's inventory."""

    def __init__(self, va: Automation, saved_filter: str | None) -> None:
        if va.page is None:
            raise VautokitError("sweep needs a signed-in Automation: `await va.start()` or "
                                "`async with Automation(...) as va` first")
        self.va, self.saved_filter = va, saved_filter
        self.links: list[VehicleLink] = []
        self.note = ""

    async def prepare(self, most: int) -> None:
        self.links = await self.va.vehicles(saved_filter=self.saved_filter, limit=most)
        if not self.links:
            raise VautokitError(f"no vehicles to sweep on: the filter {self.saved_filter!r} "
                                "selects none; pass saved_filter=None for the whole inventory")
        self.note = (f"{self.va.profile.name}: dry runs (nothing saved) over the same "
                     f"{len(self.links)} vehicles of the inventory")

    async def run(self, count: int, sequential: bool, config: ParallelConfig,
                  observer: SweepObserver, max_rate_limited: int) -> _Measured:
        return await _measured_run(self.va, self.links[:count], sequential=sequential,
                                   config=config, dry_run=True, observer=observer,
                                   max_rate_limited=max_rate_limited)


@dataclass
class _Plan:
    """The sweep's settings, and what it has measured so far."""

    site: _SandboxSite | _LiveSite
    config: ParallelConfig
    vehicles: int
    per_worker: int
    most: int
    repeats: int
    max_error_rate: float
    max_memory_mb: float | None
    max_rate_limited: int
    observer: SweepObserver
    rows: list[dict] = field(default_factory=list)
    per_run: list[dict] = field(default_factory=list)
    results: list[RunResult] = field(default_factory=list)

    def sample(self, workers: int) -> int:
        return min(self.most, max(self.vehicles, self.per_worker * workers))

    async def measure(self, mode: str, workers: int) -> dict:
        """Run one level ``repeats`` times; returns its summary row."""
        count = self.sample(workers)
        self.observer.level_started(workers, count * self.repeats, mode=mode)
        level_config = self.config.with_(max_concurrency=workers, adaptive=False)
        first = len(self.per_run)
        for repeat in range(self.repeats):
            measured = await self.site.run(count, mode == "sequential", level_config,
                                           self.observer, self.max_rate_limited)
            self._record(measured, mode, workers, repeat)
            if measured.stopped:
                break
        row = summarize(pd.DataFrame(self.per_run[first:], columns=PER_RUN_COLUMNS)).iloc[0]
        self.observer.level_finished(workers, _level_line(row))
        return row.to_dict()

    def _record(self, measured: _Measured, mode: str, workers: int, repeat: int) -> None:
        result, run = measured.result, len(self.results)
        rate = run_throughput(result.records, result.wall_seconds)
        done = [r for r in result.records if r.ended is not None and r.started is not None]
        log.info("sweep %s x%d: %.1f vehicles/min (%s), %.1f s", mode, workers, rate.per_min,
                 rate.method, result.wall_seconds)
        self.rows += [{"run": run, "mode": mode, "workers": workers, "repeat": repeat,
                       "vehicle": r.vehicle_id, "worker": r.worker, "start": r.started,
                       "end": r.ended, "outcome": r.outcome.value if r.outcome else None,
                       "rate_limited": r.rate_limited, "memory": measured.peak_mb}
                      for r in result.records]
        self.per_run.append({
            "run": run, "mode": mode, "workers": workers, "repeat": repeat,
            "vehicles": len(done), "wall_seconds": result.wall_seconds,
            "throughput_per_min": rate.per_min, "method": rate.method,
            "window_seconds": rate.window_seconds,
            "wall_throughput_per_min": (60 * len(done) / result.wall_seconds
                                        if result.wall_seconds > 0 else 0.0),
            "failed": sum(1 for r in done if r.outcome is not None
                          and r.outcome.value == "failed"),
            "rate_limited": sum(r.rate_limited for r in result.records),
            "peak_memory_mb": measured.peak_mb, "stopped": measured.stopped})
        self.results.append(result)

    def usable(self, row: dict) -> bool:
        return _excluded_because(pd.Series(row), self.max_error_rate,
                                 self.max_memory_mb) is None


def _level_line(row: pd.Series) -> str:
    spread = f" ± {row['throughput_std']:.1f}" if row["runs"] > 1 else ""
    extra = "".join([f", {int(row['failed'])} failed" if row["failed"] else "",
                     f", {int(row['rate_limited'])} × 429" if row["rate_limited"] else "",
                     f", stopped: {row['stopped']}" if row["stopped"] else ""])
    return (f"{row['throughput_per_min']:.1f}{spread} vehicles/min ({row['method']}), "
            f"{row['vehicles']:.0f} vehicles in {row['wall_seconds']:.1f} s{extra}")


async def _automatic(plan: _Plan, limit: int, sequential: bool) -> list[str]:
    """Double from 1 up to ``limit`` until throughput falls twice, then refine around the
    best. Returns what it did, for the method note."""
    notes: list[str] = []
    measured: dict[int, float] = {}
    usable: set[int] = set()
    for workers in doubling_levels(limit):
        mode = "sequential" if workers == 1 and sequential else "parallel"
        row = await plan.measure(mode, workers)
        measured[workers] = row["throughput_per_min"]
        if plan.usable(row):
            usable.add(workers)
        elif workers > 1:
            notes.append(f"stopped doubling at {workers}: outside the limits")
            break
        if fell_twice([measured[n] for n in sorted(measured)]):
            notes.append(f"stopped doubling at {workers}: throughput fell twice in a row")
            break
    extra = refinement(measured, usable)
    for workers in extra:
        row = await plan.measure("parallel", workers)
        measured[workers] = row["throughput_per_min"]
    if extra:
        notes.append(f"refined with {', '.join(map(str, extra))}")
    return notes


def _fits(per_run: pd.DataFrame) -> dict[str, ScalingFit]:
    """Amdahl and USL over every run that measured its level (not stopped, not fallen back)."""
    points = per_run[per_run["stopped"].fillna("") == ""]
    if points["workers"].nunique() < 2:
        return {}
    n, x = points["workers"].to_numpy(float), points["throughput_per_min"].to_numpy(float)
    return {"amdahl": fit_amdahl(n, x), "usl": fit_usl(n, x)}


async def sweep(site: Sandbox | Automation, levels: Sequence[int] | None = None,
                vehicles: int | None = None, repeats: int = 1, *, sequential: bool = True,
                per_worker: int = 4, max_workers: int | None = None,
                max_vehicles: int | None = None, saved_filter: str | None = None,
                config: ParallelConfig | None = None, max_error_rate: float = 0.05,
                max_memory_mb: float | None = None, max_rate_limited: int = 5,
                launcher: BrowserLauncher | None = None, progress: str = "none",
                on_level: SweepObserver | None = None) -> SweepResult:
    """Measure steady-state throughput at several concurrencies and recommend one.

    ``site``: a :class:`Sandbox` (fresh state per run, saves for real) or a signed-in
    :class:`Automation` on a real site (dry runs over one sample of its inventory, picked
    by ``saved_filter``; None is the whole inventory).

    ``levels``: None chooses them: 1 (sequential when ``sequential``), 2, 4, ... up to
    ``max_workers`` (default :func:`machine_worker_limit`), stopping when throughput fell
    twice in a row, then the levels halfway to the best one's neighbours. A list runs
    exactly those, after a sequential baseline when ``sequential``.

    Each level runs ``per_worker`` vehicles per worker, at least ``vehicles``, at most
    ``max_vehicles`` (default: ``per_worker`` times the highest level), ``repeats`` times.
    A level stops at sustained 429s (``max_rate_limited`` or more, outnumbering the
    vehicles done) and no higher level is tried. ``progress``: ``"text"`` prints a line per
    level, ``"none"`` is silent; ``on_level`` takes any :class:`SweepObserver` (a widget).
    """
    config = config or ParallelConfig()
    top = max(levels) if levels else (max_workers or machine_worker_limit())
    most = max_vehicles or max(per_worker * top, vehicles or 0)
    place = (_LiveSite(site, saved_filter) if isinstance(site, Automation)
             else _SandboxSite(site, launcher))
    observer = sweep_observer(progress, on_level)
    plan = _Plan(place, config, vehicles or per_worker, per_worker, most, repeats,
                 max_error_rate, max_memory_mb, max_rate_limited, observer)
    try:
        await place.prepare(most)
        if levels:
            notes = [f"levels as given: {', '.join(map(str, levels))}"]
            for mode, workers in ([("sequential", 1)] if sequential else []) + [
                    ("parallel", n) for n in levels]:
                row = await plan.measure(mode, workers)
                if row["stopped"]:  # no more load on a site that said stop
                    notes.append(f"stopped at {workers}: {row['stopped']}")
                    break
        else:
            notes = [f"levels doubled from 1 up to {top} (this machine's bound from its cores "
                     f"and memory)" if max_workers is None else
                     f"levels doubled from 1 up to {top}"]
            notes += await _automatic(plan, top, sequential)
    finally:
        observer.close()
    per_run = pd.DataFrame(plan.per_run, columns=PER_RUN_COLUMNS)
    summary = summarize(per_run)
    return SweepResult(
        pd.DataFrame(plan.rows, columns=RUN_COLUMNS), summary,
        recommend(summary, max_error_rate=max_error_rate, max_memory_mb=max_memory_mb),
        plan.results, per_run, _fits(per_run),
        _method_note(place.note, notes, per_worker, most, repeats, per_run))


def _method_note(site_note: str, notes: list[str], per_worker: int, most: int, repeats: int,
                 per_run: pd.DataFrame) -> str:
    wall = per_run.loc[per_run["method"] != STEADY, "workers"].tolist()
    fallback = (f" Runs at {', '.join(map(str, sorted(set(wall))))} workers had no window "
                "with every worker busy: their throughput is vehicles over wall time."
                if wall else "")
    repeat = f"{repeats} runs per level (spread: std, min, max)" if repeats > 1 else \
        "1 run per level (repeats=2 or more shows the spread)"
    return (f"Throughput is the steady state while every worker was busy: vehicles done "
            f"between the last worker's first start and the first worker's last finish, "
            f"from the runs' own records.{fallback} Each level ran {per_worker} vehicles per "
            f"worker (at most {most}); {repeat}; {'; '.join(notes)}. {site_note}.")


def sweep_sync(site: Sandbox | Automation, levels: Sequence[int] | None = None,
               **kwargs) -> SweepResult:
    """Sync twin of :func:`sweep` for scripts."""
    return run_sync(sweep(site, levels, **kwargs))

