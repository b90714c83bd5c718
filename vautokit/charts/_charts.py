"""The charts a tuning session and a report need, each a function returning a Figure."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..processing import RunResult
from ._fits import amdahl, amdahl_fit, usl, usl_fit, usl_peak

OUTCOME_COLORS = {"updated": "#2e7d32", "unchanged": "#81c784", "dry_run": "#64b5f6",
                  "failed": "#c62828", "skipped": "#9e9e9e"}
OTHER_COLOR = "#ffb300"


def _figure(width: float = 7.0, height: float = 4.0) -> tuple[Figure, object]:
    fig = Figure(figsize=(width, height), layout="constrained")
    return fig, fig.add_subplot()


def wall_time_comparison(runs: dict[str, float]) -> Figure:
    """Bars of wall time per run label, e.g. {"sequential": 120.0, "parallel x3": 41.0}."""
    fig, ax = _figure()
    labels, seconds = list(runs), list(runs.values())
    bars = ax.bar(labels, seconds, color=["#90a4ae"] + ["#1e88e5"] * (len(labels) - 1))
    ax.bar_label(bars, labels=[f"{s:.1f} s" for s in seconds])
    ax.set_ylabel("wall time (s)")
    ax.set_title("Sequential vs parallel wall time (same vehicles)")
    return fig


def gantt(result: RunResult) -> Figure:
    """Per-worker timeline: one bar per vehicle, coloured by outcome."""
    frame = result.vehicles.dropna(subset=["started", "ended"])
    workers = sorted(int(w) for w in frame["worker"].dropna().unique())
    fig, ax = _figure(8, 1.2 + 0.5 * max(len(workers), 1))
    for row, worker in enumerate(workers):
        mine = frame[frame["worker"] == worker]
        spans = [(s - result.started, e - s) for s, e in zip(mine["started"], mine["ended"],
                                                              strict=True)]
        colors = [OUTCOME_COLORS.get(o, OTHER_COLOR) for o in mine["outcome"]]
        ax.broken_barh(spans, (row - 0.4, 0.8), facecolors=colors, edgecolor="white")
    ax.set_yticks(range(len(workers)), [f"worker {w}" for w in workers])
    ax.set_xlabel("seconds since start")
    ax.set_title(f"Timeline ({result.mode}, workers: {result.workers})")
    return fig


def speedup_efficiency(summary: pd.DataFrame) -> Figure:
    """Speedup vs workers with the ideal line and an Amdahl fit; efficiency on a twin axis.

    ``summary`` needs columns ``workers`` and ``speedup``.
    """
    fig, ax = _figure()
    n, s = summary["workers"].to_numpy(float), summary["speedup"].to_numpy(float)
    grid = np.linspace(1, max(n.max(), 2), 100)
    ax.plot(grid, grid, "--", color="#9e9e9e", label="ideal")
    ax.plot(n, s, "o-", color="#1e88e5", label="measured speedup")
    p = amdahl_fit(n, s)
    ax.plot(grid, amdahl(grid, p), ":", color="#6a1b9a", label=f"Amdahl fit (p={p:.2f})")
    ax.set_xlabel("workers")
    ax.set_ylabel("speedup")
    twin = ax.twinx()
    twin.plot(n, s / n, "s--", color="#ef6c00", label="efficiency")
    twin.set_ylim(0, 1.1)
    twin.set_ylabel("efficiency")
    handles = ax.get_legend_handles_labels()[0] + twin.get_legend_handles_labels()[0]
    ax.legend(handles=handles, loc="upper left")
    ax.set_title("Speedup and efficiency")
    return fig


def throughput_usl(summary: pd.DataFrame) -> Figure:
    """Throughput vs concurrency with a Universal Scalability Law fit and its peak."""
    fig, ax = _figure()
    n = summary["workers"].to_numpy(float)
    x = summary["throughput_per_min"].to_numpy(float)
    ax.plot(n, x, "o", color="#1e88e5", label="measured")
    lam, sigma, kappa = usl_fit(n, x)
    grid = np.linspace(1, max(n.max(), 2) * 1.5, 200)
    ax.plot(grid, usl(grid, lam, sigma, kappa), "-", color="#6a1b9a",
            label=f"USL fit (σ={sigma:.3f}, κ={kappa:.4f})")
    peak = usl_peak(sigma, kappa)
    if peak is not None:
        ax.axvline(peak, color="#c62828", linestyle=":", label=f"peak ≈ {peak:.1f} workers")
    ax.set_xlabel("workers")
    ax.set_ylabel("vehicles per minute")
    ax.legend()
    ax.set_title("Throughput vs concurrency")
    return fig


def step_times(steps: pd.DataFrame) -> Figure:
    """Distribution of seconds per step (box plot), in pipeline order."""
    fig, ax = _figure()
    order = [s for s in ("validate", "open", "verify", "sticker", "map", "apply", "save")
             if s in set(steps["step"])]
    ax.boxplot([steps.loc[steps["step"] == s, "seconds"] for s in order], tick_labels=order)
    ax.set_ylabel("seconds")
    ax.set_title("Time per step")
    return fig


def errors_by_class(result: RunResult) -> Figure:
    """Vehicles per error class (outcome and exception kind)."""
    fig, ax = _figure()
    errors = result.report().errors
    if errors.empty:
        ax.text(0.5, 0.5, "no errors", ha="center", va="center", transform=ax.transAxes)
    else:
        labels = [f"{o}\n{k}" for o, k in zip(errors["outcome"], errors["error_kind"], strict=True)]
        ax.barh(labels, errors["count"], color=[OUTCOME_COLORS.get(o, OTHER_COLOR)
                                                for o in errors["outcome"]])
        ax.set_xlabel("vehicles")
    ax.set_title("Errors by class")
    return fig
