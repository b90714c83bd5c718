"""Scalability models fitted to measurements: Amdahl's law and the Universal Scalability Law."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np


def amdahl_fit(workers: Sequence[float], speedup: Sequence[float]) -> float:
    """Parallel fraction p of S(N) = 1 / ((1 - p) + p / N), by least squares, within [0, 1].

    Rewritten as 1/S - 1 = p (1/N - 1), a line through the origin.
    """
    n = np.asarray(workers, dtype=float)
    s = np.asarray(speedup, dtype=float)
    x, y = 1.0 / n - 1.0, 1.0 / s - 1.0
    denominator = float(np.dot(x, x))
    if denominator == 0:
        return 1.0
    return float(np.clip(np.dot(x, y) / denominator, 0.0, 1.0))


def amdahl(workers: np.ndarray | float, p: float) -> np.ndarray | float:
    return 1.0 / ((1.0 - p) + p / np.asarray(workers, dtype=float))


def usl_fit(workers: Sequence[float], throughput: Sequence[float]) -> tuple[float, float, float]:
    """(lambda, sigma, kappa) of X(N) = lambda N / (1 + sigma (N-1) + kappa N (N-1)).

    lambda is the single-worker throughput (measured at N=1 when present); sigma
    (contention) and kappa (coherency) come from a linear least-squares fit, kept >= 0.
    """
    n = np.asarray(workers, dtype=float)
    x = np.asarray(throughput, dtype=float)
    lam = float(x[n == 1].mean()) if np.any(n == 1) else float((x / n).max())
    mask = n > 1
    if not np.any(mask):
        return lam, 0.0, 0.0
    y = lam * n[mask] / x[mask] - 1.0
    design = np.column_stack([n[mask] - 1.0, n[mask] * (n[mask] - 1.0)])
    (sigma, kappa), *_ = np.linalg.lstsq(design, y, rcond=None)
    return lam, float(max(sigma, 0.0)), float(max(kappa, 0.0))


def usl(workers: np.ndarray | float, lam: float, sigma: float, kappa: float):
    n = np.asarray(workers, dtype=float)
    return lam * n / (1.0 + sigma * (n - 1.0) + kappa * n * (n - 1.0))


def usl_peak(sigma: float, kappa: float) -> float | None:
    """Concurrency of peak throughput, sqrt((1 - sigma) / kappa); None when it never peaks."""
    if kappa <= 0 or sigma >= 1:
        return None
    return math.sqrt((1.0 - sigma) / kappa)
