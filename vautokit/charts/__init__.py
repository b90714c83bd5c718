"""Charts as matplotlib Figures (object API only: no pyplot state, no backend changes)."""

from .._lazy import lazy_exports

_EXPORTS = {
    "errors_by_class": "._charts",
    "gantt": "._charts",
    "nothing_worked_sentence": "._charts",
    "speedup_efficiency": "._charts",
    "step_times": "._charts",
    "throughput_usl": "._charts",
    "wall_time_comparison": "._charts",
    "worked_in_run": "._charts",
    "ScalingFit": "._fits",
    "amdahl_fit": "._fits",
    "fit_amdahl": "._fits",
    "fit_usl": "._fits",
    "usl_fit": "._fits",
    "usl_peak": "._fits",
    "history_chart": "._history",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

__all__ = [
    "ScalingFit",
    "amdahl_fit",
    "errors_by_class",
    "fit_amdahl",
    "fit_usl",
    "gantt",
    "history_chart",
    "nothing_worked_sentence",
    "speedup_efficiency",
    "step_times",
    "throughput_usl",
    "usl_fit",
    "usl_peak",
    "wall_time_comparison",
    "worked_in_run",
]
