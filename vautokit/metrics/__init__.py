"""Run metrics as pandas objects."""

from ._navigation import NavigationMetrics, ParallelReport, step_table

__all__ = ["NavigationMetrics", "ParallelReport", "step_table"]
