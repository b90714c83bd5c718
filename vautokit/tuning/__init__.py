"""Concurrency tuning: measure throughput at several levels, fit it, recommend one."""

from .._lazy import lazy_exports

_EXPORTS = {
    "machine_worker_limit": "._levels",
    "Throughput": "._measure",
    "run_throughput": "._measure",
    "SweepObserver": "._progress",
    "TextSweepProgress": "._progress",
    "Recommendation": "._sweep",
    "SweepResult": "._sweep",
    "recommend": "._sweep",
    "summarize": "._sweep",
    "sweep": "._sweep",
    "sweep_sync": "._sweep",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

__all__ = ["Recommendation", "SweepObserver", "SweepResult", "TextSweepProgress", "Throughput",
           "machine_worker_limit", "recommend", "run_throughput", "summarize", "sweep",
           "sweep_sync"]
