"""Charts as matplotlib Figures (object API only: no pyplot state, no backend changes)."""

from ._charts import (
    errors_by_class,
    gantt,
    nothing_worked_sentence,
    speedup_efficiency,
    step_times,
    throughput_usl,
    wall_time_comparison,
    worked_in_run,
)
from ._fits import ScalingFit, amdahl_fit, fit_amdahl, fit_usl, usl_fit, usl_peak
from ._history import history_chart

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
