"""How runs went over days: outcomes per run as stacked bars, throughput as a line."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..model import REPORTED, SUCCESSES
from ._charts import OTHER_COLOR, OUTCOME_COLORS

SUCCESS_COLUMNS = tuple(o.value for o in SUCCESSES)
REPORTED_COLUMNS = tuple(o.value for o in REPORTED)


def _stacks(history: pd.DataFrame) -> dict[str, np.ndarray]:
    """Vehicles per run in four groups a reader can compare at a glance."""
    def total(columns) -> np.ndarray:
        present = [c for c in columns if c in history]
        return history[present].sum(axis=1).to_numpy(float) if present else \
            np.zeros(len(history))

    return {"succeeded": total(SUCCESS_COLUMNS), "reported": total(REPORTED_COLUMNS),
            "failed": total(("failed",)), "skipped": total(("skipped",))}


def history_chart(history: pd.DataFrame) -> Figure:
    """Outcomes per run (stacked bars, oldest left) and throughput (line, right axis).

    ``history`` is :func:`vautokit.processing.run_history`'s frame (or one like it).
    """
    fig = Figure(figsize=(7, 3), layout="constrained")
    ax = fig.add_subplot()
    x = np.arange(len(history))
    bottom = np.zeros(len(history))
    colors = {"succeeded": OUTCOME_COLORS["updated"], "reported": OTHER_COLOR,
              "failed": OUTCOME_COLORS["failed"], "skipped": OUTCOME_COLORS["skipped"]}
    for name, counts in _stacks(history).items():
        ax.bar(x, counts, bottom=bottom, color=colors[name], label=name)
        bottom += counts
    labels = [f"{pd.Timestamp(t):%m-%d %H:%M}\n{run}"
              for t, run in zip(history["started"], history["run_id"], strict=True)]
    ax.set_xticks(x, labels, fontsize=7)
    ax.set_ylabel("vehicles")
    twin = ax.twinx()
    twin.plot(x, history["throughput_per_min"].to_numpy(float), "o-", color="#1e88e5",
              label="throughput")
    twin.set_ylabel("vehicles per minute")
    twin.set_ylim(bottom=0)
    handles = ax.get_legend_handles_labels()[0] + twin.get_legend_handles_labels()[0]
    ax.legend(handles=handles, loc="upper left", fontsize=8)
    ax.set_title("Run history")
    return fig
