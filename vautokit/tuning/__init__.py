"""Concurrency tuning: sweep the same sample at several levels and recommend one."""

from ._sweep import Recommendation, SweepResult, recommend, summarize, sweep, sweep_sync

__all__ = ["Recommendation", "SweepResult", "recommend", "summarize", "sweep", "sweep_sync"]
