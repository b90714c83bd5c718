"""Run metrics as pandas objects, and memory of the browser process tree."""

from ._cpu import CpuSampler, CpuUsage, ProcessKind, cpu_ceiling
from ._display import TableView, display_table
from ._memory import MemorySampler, browser_tree_rss_mb
from ._navigation import NavigationMetrics, ParallelReport, step_table

__all__ = ["CpuSampler", "CpuUsage", "MemorySampler", "NavigationMetrics", "ParallelReport",
           "ProcessKind", "TableView", "browser_tree_rss_mb", "cpu_ceiling", "display_table",
           "step_table"]
