"""Charts as matplotlib Figures (object API only: no pyplot state, no backend changes)."""

from ._charts import (
    errors_by_class,
    gantt,
    speedup_efficiency,
    step_times,
    throughput_usl,
    wall_time_comparison,
)
from ._fits import amdahl_fit, usl_fit, usl_peak

__all__ = [
    "amdahl_fit",
    "errors_by_class",
    "gantt",
    "speedup_efficiency",
    "step_times",
    "throughput_usl",
    "usl_fit",
    "usl_peak",
    "wall_time_comparison",
]
