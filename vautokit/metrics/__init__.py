"""Run metrics as pandas objects, and memory of the browser process tree."""

from .._lazy import lazy_exports

_EXPORTS = {
    "CpuSampler": "._cpu",
    "CpuUsage": "._cpu",
    "ProcessKind": "._cpu",
    "cpu_ceiling": "._cpu",
    "TableView": "._display",
    "display_table": "._display",
    "MemorySampler": "._memory",
    "browser_tree_rss_mb": "._memory",
    "NavigationMetrics": "._navigation",
    "ParallelReport": "._navigation",
    "step_table": "._navigation",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

__all__ = ["CpuSampler", "CpuUsage", "MemorySampler", "NavigationMetrics", "ParallelReport",
           "ProcessKind", "TableView", "browser_tree_rss_mb", "cpu_ceiling", "display_table",
           "step_table"]
