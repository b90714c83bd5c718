import numpy as np
import pandas as pd
import pytest

from vautokit.charts import amdahl_fit, usl_fit, usl_peak
from vautokit.charts._fits import amdahl, usl
from vautokit.tuning import recommend


def test_amdahl_fit_recovers_the_parallel_fraction():
    n = np.array([1, 2, 3, 4, 6, 8])
    assert amdahl_fit(n, amdahl(n, 0.9)) == pytest.approx(0.9, abs=1e-6)


def test_usl_fit_recovers_contention_coherency_and_peak():
    n = np.array([1, 2, 3, 4, 6, 8, 12])
    lam, sigma, kappa = usl_fit(n, usl(n, 10.0, 0.05, 0.02))
    assert (lam, sigma, kappa) == pytest.approx((10.0, 0.05, 0.02), abs=1e-6)
    assert usl_peak(sigma, kappa) == pytest.approx(np.sqrt(0.95 / 0.02))
    assert usl_peak(0.1, 0.0) is None


def _summary(rows):
    frame = pd.DataFrame(rows, columns=["mode", "workers", "throughput_per_min", "error_rate",
                                        "peak_memory_mb", "speedup"])
    return frame


def test_recommendation_takes_best_throughput_within_limits():
    summary = _summary([("sequential", 1, 10, 0, 300, 1.0), ("parallel", 2, 19, 0, 400, 1.9),
                        ("parallel", 4, 35, 0.02, 600, 3.5), ("parallel", 6, 40, 0.2, 800, 4.0),
                        ("parallel", 8, 45, 0.0, 2500, 4.5)])
    rec = recommend(summary, max_error_rate=0.05, max_memory_mb=1000)
    assert rec.workers == 4
    assert "6 excluded: error rate 20% > 5%" in rec.reason
    assert "8 excluded: peak memory 2500 MB > 1000 MB" in rec.reason


def test_ties_go_to_fewer_workers_and_nothing_allowed_means_sequential():
    tie = _summary([("parallel", 3, 30, 0, 1, 3), ("parallel", 4, 30, 0, 1, 3)])
    assert recommend(tie).workers == 3
    bad = _summary([("parallel", 2, 30, 0.5, 1, 2)])
    rec = recommend(bad)
    assert rec.workers == 1 and "sequentially" in rec.reason
