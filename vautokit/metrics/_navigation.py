"""NavigationMetrics: per-attempt, per-worker and per-step figures of a run, as pandas objects."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..model import SUCCESSES, EventKind, Outcome, StatusEvent, StepTiming, VehicleRecord

if TYPE_CHECKING:  # pandas is imported where a frame is built: a run's engine never needs it
    import pandas as pd


def run_throughput_per_min(processed: int, wall_seconds: float) -> float | None:
    """A run's throughput, the one figure the summary, the history and the dashboard's final
    line show: vehicles processed (not skipped) per minute of the run's wall time."""
    return 60 * processed / wall_seconds if wall_seconds > 0 else None


@dataclass(frozen=True)
class ParallelReport:
    """A frozen summary of a run: everything is a DataFrame or a Series."""

    summary: pd.Series
    workers: pd.DataFrame
    steps: pd.DataFrame
    errors: pd.DataFrame

    def _repr_html_(self) -> str:
        """The four tables for people; the frames themselves stay numeric."""
        from ._display import display_table

        parts = [("Summary", display_table(self.summary)),
                 ("Workers", display_table(self.workers)),
                 ("Steps", display_table(self.steps, seconds=["mean", "median", "max"])),
                 ("Errors", display_table(self.errors))]
        return "".join(f"<h4>{title}</h4>{view.to_html()}" for title, view in parts)


class NavigationMetrics:
    """Accumulates what workers did; ``generate_parallel_report()`` turns it into tables."""

    WORKER_FIELDS = ("vehicles", "busy_seconds", "failures", "retries", "relogins", "recycles",
                     "recreates")

    def __init__(self) -> None:
        self.attempts: list[dict[str, Any]] = []
        self.worker_totals: dict[int, dict[str, float]] = defaultdict(
            lambda: dict.fromkeys(self.WORKER_FIELDS, 0.0))
        self.records: list[VehicleRecord] = []
        self.wall_seconds: float | None = None
        self.baseline_seconds_per_vehicle: float | None = None

    def record_parallel_attempt(self, worker_id: int, vehicle_index: int, strategy: str) -> None:
        self.attempts.append({"worker": worker_id, "vehicle_index": vehicle_index,
                              "strategy": strategy})

    def record_worker_performance(self, worker_id: int, metrics: dict[str, float]) -> None:
        """Add ``metrics`` (any of WORKER_FIELDS) to the worker's running totals."""
        totals = self.worker_totals[worker_id]
        for key, value in metrics.items():
            totals[key] = totals.get(key, 0.0) + value

    def finish(self, records: list[VehicleRecord], wall_seconds: float) -> None:
        self.records = records
        self.wall_seconds = wall_seconds

    @classmethod
    def from_records(cls, records: list[VehicleRecord], wall_seconds: float,
                     events: list[StatusEvent] = ()) -> NavigationMetrics:
        """Metrics rebuilt from finished records and journalled events."""
        metrics = cls()
        for r in records:
            if r.worker is None:
                continue
            for _ in range(r.attempts):
                metrics.record_parallel_attempt(r.worker, r.index, r.strategy)
            metrics.record_worker_performance(r.worker, {
                "vehicles": 1, "busy_seconds": r.seconds or 0.0,
                "failures": int(r.outcome is Outcome.FAILED), "retries": r.retries})
        counted = {EventKind.RELOGIN: "relogins", EventKind.RECYCLE: "recycles",
                   EventKind.RECREATE: "recreates"}
        for e in events:
            if e.kind in counted and e.worker is not None:
                metrics.record_worker_performance(e.worker, {counted[e.kind]: 1})
        metrics.finish(records, wall_seconds)
        return metrics

    def set_baseline(self, seconds_per_vehicle: float) -> None:
        """A sequential run's seconds per vehicle, for the speedup figure."""
        self.baseline_seconds_per_vehicle = seconds_per_vehicle

    def generate_parallel_report(self) -> ParallelReport:
        return ParallelReport(self._summary(), self._workers(), self._steps(), self._errors())

    def _summary(self) -> pd.Series:
        import pandas as pd

        n = len(self.records)
        ok = sum(1 for r in self.records if r.outcome in SUCCESSES)
        wall = self.wall_seconds or 0.0
        speedup = None
        if self.baseline_seconds_per_vehicle and wall > 0 and n:
            speedup = self.baseline_seconds_per_vehicle * n / wall
        return pd.Series({
            "vehicles": n,
            "succeeded": ok,
            "success_rate": ok / n if n else None,
            "wall_seconds": wall,
            "throughput_per_min": run_throughput_per_min(
                sum(1 for r in self.records if r.outcome is not Outcome.SKIPPED), wall),
            "attempts": len(self.attempts),
            "speedup": speedup,
        }, name="summary")

    def _workers(self) -> pd.DataFrame:
        import pandas as pd

        rows = []
        for worker_id, totals in sorted(self.worker_totals.items()):
            row = {"worker": worker_id, "endpoints": self._endpoints_of(worker_id), **totals}
            if self.wall_seconds:
                row["idle_seconds"] = max(0.0, self.wall_seconds - totals["busy_seconds"])
            rows.append(row)
        frame = pd.DataFrame(rows, columns=["worker", "endpoints", *self.WORKER_FIELDS,
                                            "idle_seconds"])
        counts = [f for f in self.WORKER_FIELDS if f != "busy_seconds"]
        frame[counts] = frame[counts].astype(int)
        return frame

    def _endpoints_of(self, worker_id: int) -> str:
        """Where the worker's vehicles ran, in order of first use ("local" on one machine)."""
        seen = dict.fromkeys(r.endpoint for r in self.records
                             if r.worker == worker_id and r.endpoint)
        return ", ".join(seen)

    def _steps(self) -> pd.DataFrame:
        import pandas as pd

        return step_table([t for r in self.records for t in r.steps]).groupby(
            "step", sort=False)["seconds"].agg(["count", "mean", "median", "max"]).reset_index() \
            if self.records else pd.DataFrame(columns=["step", "count", "mean", "median", "max"])

    def _errors(self) -> pd.DataFrame:
        import pandas as pd

        failed = [r for r in self.records if r.error_kind]
        frame = pd.DataFrame([{"outcome": r.outcome.value, "error_kind": r.error_kind}
                              for r in failed], columns=["outcome", "error_kind"])
        return frame.value_counts().rename("count").reset_index()


def step_table(timings: list[StepTiming]) -> pd.DataFrame:
    import pandas as pd

    columns = ["vehicle_index", "worker", "attempt", "step", "start", "end", "seconds"]
    return pd.DataFrame([{**{c: getattr(t, c) for c in columns[:-1]}, "seconds": t.seconds}
                         for t in timings], columns=columns)
