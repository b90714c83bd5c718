"""Run history: one row per run (date, site, outcomes, wall time, throughput), across days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

import pandas as pd

from ..model import Outcome
from ._result import RunResult

if TYPE_CHECKING:
    from ._journal import RunJournal

OUTCOME_COLUMNS = [o.value for o in Outcome]
HISTORY_COLUMNS = ["run_id", "started", "site", "mode", "vehicles", *OUTCOME_COLUMNS,
                   "succeeded", "wall_seconds", "throughput_per_min", "workers",
                   "unmatched_phrases", "learned_limit"]


def _row(label: str, result: RunResult) -> dict:
    """One run as a history row. Throughput counts the vehicles processed (not skipped)."""
    outcomes = result.outcomes
    processed = len(result.records) - outcomes[Outcome.SKIPPED.value]
    wall = result.wall_seconds
    return {
        "run_id": label,
        "started": dt.datetime.fromtimestamp(result.started),
        "site": result.config.get("site"),
        "mode": result.mode,
        "vehicles": len(result.records),
        **{name: outcomes[name] for name in OUTCOME_COLUMNS},
        "succeeded": result.succeeded,
        "wall_seconds": wall,
        "throughput_per_min": 60 * processed / wall if wall > 0 else None,
        "workers": result.workers,
        "unmatched_phrases": len(result.unmatched_phrases),
        "learned_limit": (result.config.get("learned_limit") or {}).get("text"),
    }


def results_history(results: Mapping[str, RunResult]) -> pd.DataFrame:
    """History of the given runs, oldest first; ``run_id`` holds each mapping key.

    ``unmatched_phrases`` counts the distinct sticker phrases that matched no option;
    ``learned_limit`` is the account's limit an adaptive run learned (and the levels at which
    it met 429s), the next run's start.
    """
    rows = [_row(label, result) for label, result in results.items()]
    frame = pd.DataFrame(rows, columns=HISTORY_COLUMNS)
    return frame.sort_values("started", kind="stable").reset_index(drop=True)


def run_history(journal: RunJournal) -> pd.DataFrame:
    """Every run of ``journal`` as a row, oldest first, with its status in the journal.

    Unfinished vehicles of an interrupted run count as skipped, as in ``RunResult.load``.
    """
    statuses = {run_id: status for run_id, status, _ in journal.runs()}
    frame = results_history({run_id: RunResult.load(run_id, journal) for run_id in statuses})
    frame.insert(1, "status", frame["run_id"].map(statuses))
    return frame
