"""Concurrency tuning: measure throughput at several levels, fit it, recommend one."""

from ._levels import machine_worker_limit
from ._measure import Throughput, run_throughput
from ._progress import SweepObserver, TextSweepProgress
from ._sweep import Recommendation, SweepResult, recommend, summarize, sweep, sweep_sync

__all__ = ["Recommendation", "SweepObserver", "SweepResult", "TextSweepProgress", "Throughput",
           "machine_worker_limit", "recommend", "run_throughput", "summarize", "sweep",
           "sweep_sync"]
