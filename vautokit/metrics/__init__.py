"""Run metrics as pandas objects, and memory of the browser process tree."""

from ._memory import MemorySampler, browser_tree_rss_mb
from ._navigation import NavigationMetrics, ParallelReport, step_table

__all__ = ["MemorySampler", "NavigationMetrics", "ParallelReport", "browser_tree_rss_mb",
           "step_table"]
