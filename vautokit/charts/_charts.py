"""The charts a tuning session and a report need, each a function returning a Figure."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from ..processing import RunResult
from ._fits import amdahl, amdahl_fit, usl, usl_fit, usl_peak

OUTCOME_COLORS = {"updated": "#2e7d32", "unchanged": "#81c784", "dry_run": "#64b5f6",
                  "failed": "#c62828", "skipped": "#9e9e9e"}
OTHER_COLOR = "#ffb300"
RETRY_HATCH, RETRY_EDGE = "////", "#263238"
LABEL_SIZE = 7
LIGHT_OUTCOMES = frozenset({"unchanged", "dry_run", "skipped"})  # dark labels on these


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


def worked_in_run(result: RunResult) -> pd.DataFrame:
    """The vehicles this run worked on itself: timed, and started within it.

    A resumed run also holds the vehicles an earlier session finished; they happened before
    its start, so on its timeline they would sit at negative seconds (and a run with nothing
    new would have a timeline of no width at all).
    """
    frame = result.vehicles
    if frame.empty:  # no records: not even the columns
        return frame
    frame = frame.dropna(subset=["started", "ended"])
    return frame[frame["started"] >= result.started]


def nothing_worked_sentence(result: RunResult) -> str:
    """What to say instead of a timeline when the run worked on no vehicle itself."""
    kept = len(result.records)
    return ("No vehicle was worked in this run" + (
        f": all {kept} were final already (kept from an earlier session)." if kept else "."))


def gantt(result: RunResult) -> Figure:
    """Per-worker timeline: one bar per vehicle coloured by outcome, labelled with its stock
    number where the label fits, hatched when the vehicle needed retries; a legend below.

    Only the vehicles this run worked on are drawn; with none, the figure says so in words.
    """
    frame = worked_in_run(result)
    if frame.empty:
        fig, ax = _figure(8, 1.6)
        ax.set_axis_off()
        ax.text(0.5, 0.5, nothing_worked_sentence(result), ha="center", va="center",
                transform=ax.transAxes)
        return fig
    workers = sorted(int(w) for w in frame["worker"].dropna().unique())
    fig, ax = _figure(8, 1.6 + 0.5 * max(len(workers), 1))
    span = max(float((frame["ended"] - result.started).max()), 1e-3)
    ax.set_xlim(0, span * 1.02)
    points_per_second = (fig.get_figwidth() - 1.2) * 72 / (span * 1.02)
    for row, worker in enumerate(workers):
        mine = frame[frame["worker"] == worker]
        for retried, bars in mine.groupby(mine["retries"] > 0):
            ax.broken_barh(_spans(bars, result.started), (row - 0.4, 0.8),
                           facecolors=[OUTCOME_COLORS.get(o, OTHER_COLOR) for o in bars["outcome"]],
                           edgecolor=RETRY_EDGE if retried else "white",
                           hatch=RETRY_HATCH if retried else None, linewidth=0.6)
        _label_bars(ax, mine, result.started, row, points_per_second)
    ax.set_yticks(range(len(workers)), [f"worker {w}" for w in workers])
    ax.set_xlabel("seconds since start")
    ax.set_title(f"Timeline ({result.mode}, workers: {result.workers})")
    handles = [Patch(facecolor=OUTCOME_COLORS.get(o, OTHER_COLOR), label=o)
               for o in dict.fromkeys(frame["outcome"])]
    if (frame["retries"] > 0).any():
        handles.append(Patch(facecolor="white", edgecolor=RETRY_EDGE, hatch=RETRY_HATCH,
                             label="retried"))
    if handles:
        fig.legend(handles=handles, loc="outside lower center", ncol=len(handles),
                   frameon=False, fontsize="small")
    return fig


def _spans(bars: pd.DataFrame, started: float) -> list[tuple[float, float]]:
    return [(s - started, e - s) for s, e in zip(bars["started"], bars["ended"], strict=True)]


def _label_bars(ax, bars: pd.DataFrame, started: float, row: int,
                points_per_second: float) -> None:
    """Write each vehicle's stock number on its bar, only where it fits inside."""
    for stock, s, e, outcome in zip(bars["stock"], bars["started"], bars["ended"],
                                    bars["outcome"], strict=True):
        if (e - s) * points_per_second >= len(str(stock)) * LABEL_SIZE * 0.62 + 4:
            ax.text((s + e) / 2 - started, row, str(stock), ha="center", va="center",
                    fontsize=LABEL_SIZE, clip_on=True,
                    color="#212121" if outcome in LIGHT_OUTCOMES else "white")


def speedup_efficiency(summary: pd.DataFrame) -> Figure:
    """Speedup vs workers with the ideal line and an Amdahl fit; efficiency on a twin axis.

    ``summary`` needs columns ``workers`` and ``speedup``.
    """
    fig, ax = _figure()
    summary = summary.sort_values("workers")  # a sweep's levels come in run order (1, 2, 4, 3)
    n, s = summary["workers"].to_numpy(float), summary["speedup"].to_numpy(float)
    grid = np.linspace(1, max(n.max(), 2), 100)
    ax.plot(grid, grid, "--", color="#9e9e9e", label="ideal")
    ax.plot(n, s, "o-", color="#1e88e5", label="measured speedup")
    p = amdahl_fit(n, s)
    ax.plot(grid, amdahl(grid, p), ":", color="#6a1b9a", label=f"Amdahl fit (p={p:.2f})")
    ax.set_xlabel("workers")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # no half workers
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
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # no half workers
    ax.set_ylabel("vehicles per minute")
    ax.legend()
    ax.set_title("Throughput vs concurrency")
    note = extrapolation_note(peak, int(n.max()))
    if note:
        fig.text(0.5, -0.02, note, ha="center", va="top", fontsize="small", color="#546e7a",
                 wrap=True)
    return fig


def extrapolation_note(peak: float | None, tested: int) -> str:
    """What the USL curve says beyond the levels measured, in words (empty when nothing is
    extrapolated): its peak is a model's guess, not a measurement, and the recommendation
    only ever picks a level that was run."""
    if peak is None:
        return (f"The fit keeps rising past the {tested} workers tested: the curve beyond "
                "them is extrapolated, not measured.")
    if peak > tested:
        return (f"The fitted peak ({peak:.1f} workers) lies beyond the {tested} tested: it is "
                "extrapolated from the curve, not measured; the recommendation picks only "
                "a level that was run.")
    return ""


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
