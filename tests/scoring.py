"""Scoring a run's saved state against the sandbox's ground truth."""

from __future__ import annotations


def precision_recall(site, vehicle_ids) -> tuple[float, float]:
    truth, saved = site.ground_truth(), site.saved_state()
    tp = fp = fn = 0
    for vid in vehicle_ids:
        tp += len(saved[vid] & truth[vid])
        fp += len(saved[vid] - truth[vid])
        fn += len(truth[vid] - saved[vid])
    return tp / (tp + fp), tp / (tp + fn)
