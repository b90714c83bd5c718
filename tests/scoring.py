"""Scoring a run's saved state against the sandbox's ground truth."""

from __future__ import annotations

import collections


def precision_recall(site, vehicle_ids) -> tuple[float, float]:
    truth, saved = site.ground_truth(), site.saved_state()
    tp = fp = fn = 0
    for vid in vehicle_ids:
        tp += len(saved[vid] & truth[vid])
        fp += len(saved[vid] - truth[vid])
        fn += len(truth[vid] - saved[vid])
    return tp / (tp + fp), tp / (tp + fn)


def saved_once(site, ids) -> bool:
    """The audit log shows a save for each of ``ids``, exactly one, and for nothing else."""
    counts = collections.Counter(row.vehicle_id for row in site.audit_log())
    return sorted(counts) == sorted(ids) and set(counts.values()) == {1}
