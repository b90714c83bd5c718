"""Scalability models fitted to measurements: Amdahl's law and the Universal Scalability Law.

Both are fitted by nonlinear least squares over all their parameters at once (scipy's
bounded trust-region solver), on throughput as measured, so the curve goes through the
points instead of being anchored on one of them. The sequential run counts as N=1 when the
caller includes it.

    USL:     X(N) = lambda N / (1 + sigma (N-1) + kappa N (N-1))
    Amdahl:  the USL with kappa = 0; its parallel fraction is p = 1 - sigma.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product

import numpy as np
from scipy.optimize import least_squares

from ..errors import VautokitError

_STARTS_SIGMA = (0.0, 0.1, 0.5)
_STARTS_KAPPA = (0.0, 0.005, 0.05)
"""Starting points of the solver: the USL's surface has shallow valleys, several starts
find the global minimum where one start can stop in a corner."""
KAPPA_FLOOR = 1e-6
"""A fitted kappa below this puts the peak past a thousand workers: it counts as none."""


@dataclass(frozen=True)
class ScalingFit:
    """A fitted model: its parameters, how well it fits, and where throughput peaks."""

    model: str
    """``"usl"`` or ``"amdahl"``."""
    lam: float
    """Throughput of one worker, in the unit of the data (vehicles per minute)."""
    sigma: float
    """Contention: the serial share of the work (Amdahl's 1 - p)."""
    kappa: float
    """Coherency: the cost of workers having to agree with each other (0 for Amdahl)."""
    r_squared: float
    """1 - residual / total sum of squares over the fitted points (NaN below 2 points)."""
    points: int

    @property
    def params(self) -> tuple[float, float, float]:
        return self.lam, self.sigma, self.kappa

    @property
    def parallel_fraction(self) -> float:
        return 1.0 - self.sigma

    @property
    def peak_workers(self) -> float | None:
        """Concurrency of peak throughput; None when the model keeps rising."""
        return usl_peak(self.sigma, self.kappa)

    @property
    def peak_throughput(self) -> float | None:
        peak = self.peak_workers
        return None if peak is None else float(self.throughput(peak))

    def throughput(self, workers: np.ndarray | float) -> np.ndarray | float:
        return usl(workers, self.lam, self.sigma, self.kappa)

    def to_dict(self) -> dict[str, float | int | str | None]:
        return {"model": self.model, "lambda": self.lam, "sigma": self.sigma,
                "kappa": self.kappa, "r_squared": self.r_squared, "points": self.points,
                "peak_workers": self.peak_workers, "peak_throughput": self.peak_throughput}


def usl(workers: np.ndarray | float, lam: float, sigma: float, kappa: float):
    n = np.asarray(workers, dtype=float)
    return lam * n / (1.0 + sigma * (n - 1.0) + kappa * n * (n - 1.0))


def amdahl(workers: np.ndarray | float, p: float) -> np.ndarray | float:
    """Speedup over one worker for parallel fraction ``p``."""
    return 1.0 / ((1.0 - p) + p / np.asarray(workers, dtype=float))


def usl_peak(sigma: float, kappa: float) -> float | None:
    """Concurrency of peak throughput, sqrt((1 - sigma) / kappa); None when it never peaks."""
    if kappa <= 0 or sigma >= 1:
        return None
    return math.sqrt((1.0 - sigma) / kappa)


def fit_usl(workers: Sequence[float], throughput: Sequence[float]) -> ScalingFit:
    """The USL through (workers, throughput) points; repeats may share a worker count.

    Needs three distinct worker counts for three parameters; with fewer, kappa stays 0
    (the Amdahl fit), and with one, sigma too.
    """
    n, x = _points(workers, throughput)
    distinct = len(np.unique(n))
    if distinct < 3:
        fit = fit_amdahl(n, x)
        return ScalingFit("usl", fit.lam, fit.sigma, 0.0, fit.r_squared, fit.points)
    lam, sigma, kappa = _least_squares(n, x, with_kappa=True)
    return ScalingFit("usl", lam, sigma, kappa, _r_squared(n, x, (lam, sigma, kappa)), len(n))


def fit_amdahl(workers: Sequence[float], throughput: Sequence[float]) -> ScalingFit:
    """Amdahl's law through (workers, throughput) points: lambda and p fitted together."""
    n, x = _points(workers, throughput)
    if len(np.unique(n)) < 2:
        lam = float(np.mean(x / n))
        return ScalingFit("amdahl", lam, 0.0, 0.0, _r_squared(n, x, (lam, 0.0, 0.0)), len(n))
    lam, sigma, _ = _least_squares(n, x, with_kappa=False)
    return ScalingFit("amdahl", lam, sigma, 0.0, _r_squared(n, x, (lam, sigma, 0.0)), len(n))


def usl_fit(workers: Sequence[float], throughput: Sequence[float]) -> tuple[float, float, float]:
    """(lambda, sigma, kappa) of :func:`fit_usl`, for drawing the curve."""
    return fit_usl(workers, throughput).params


def amdahl_fit(workers: Sequence[float], speedup: Sequence[float]) -> float:
    """Parallel fraction p of S(N) = 1 / ((1 - p) + p / N) by nonlinear least squares.

    Speedup is relative to one worker, so S(1) = 1 and p is the only parameter.
    """
    n, s = _points(workers, speedup)
    solution = least_squares(lambda v: amdahl(n, v[0]) - s, x0=[0.5], bounds=([0.0], [1.0]))
    return float(solution.x[0])


def _points(workers: Sequence[float], values: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    n = np.asarray(workers, dtype=float)
    x = np.asarray(values, dtype=float)
    keep = np.isfinite(n) & np.isfinite(x) & (n >= 1)
    if not np.any(keep):
        raise VautokitError("nothing to fit: measure at least one level with one or more "
                            "workers and a finite throughput")
    return n[keep], x[keep]


def _least_squares(n: np.ndarray, x: np.ndarray, *, with_kappa: bool
                   ) -> tuple[float, float, float]:
    """Best of several bounded solver starts; kappa held at 0 for Amdahl."""
    def residuals(v: np.ndarray) -> np.ndarray:
        return usl(n, v[0], v[1], v[2] if with_kappa else 0.0) - x

    lam0 = float(np.max(x / n))
    upper = [np.inf, 1.0] + ([np.inf] if with_kappa else [])
    kappas = _STARTS_KAPPA if with_kappa else (None,)
    best = None
    for sigma0, kappa0 in product(_STARTS_SIGMA, kappas):
        start = [lam0, sigma0] + ([kappa0] if with_kappa else [])
        solution = least_squares(residuals, x0=start, bounds=([0.0] * len(start), upper),
                                 x_scale="jac")
        if best is None or solution.cost < best.cost:
            best = solution
    lam, sigma, *rest = (float(v) for v in best.x)
    kappa = rest[0] if rest and rest[0] >= KAPPA_FLOOR else 0.0
    return lam, sigma, kappa


def _r_squared(n: np.ndarray, x: np.ndarray, params: tuple[float, float, float]) -> float:
    if len(x) < 2:
        return math.nan
    total = float(np.sum((x - x.mean()) ** 2))
    residual = float(np.sum((usl(n, *params) - x) ** 2))
    if total == 0:
        return 1.0 if residual == 0 else 0.0
    return 1.0 - residual / total
