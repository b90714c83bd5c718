import numpy as np
import pandas as pd
import pytest

from vautokit import charts
from vautokit.charts import amdahl_fit, usl_fit, usl_peak
from vautokit.charts._fits import amdahl, fit_amdahl, fit_usl, usl
from vautokit.tuning import recommend

# A demo sweep as measured (benchmarks/results/adaptive.md): workers, vehicles per minute.
DEMO_SWEEP = ([1, 2, 4, 8, 16, 12], [15.09, 30.43, 61.39, 126.69, 227.10, 183.29])


def test_amdahl_fit_recovers_the_parallel_fraction():
    n = np.array([1, 2, 3, 4, 6, 8])
    assert amdahl_fit(n, amdahl(n, 0.9)) == pytest.approx(0.9, abs=1e-6)


def test_usl_fit_recovers_contention_coherency_and_peak():
    n = np.array([1, 2, 3, 4, 6, 8, 12])
    lam, sigma, kappa = usl_fit(n, usl(n, 10.0, 0.05, 0.02))
    assert (lam, sigma, kappa) == pytest.approx((10.0, 0.05, 0.02), abs=1e-6)
    assert usl_peak(sigma, kappa) == pytest.approx(np.sqrt(0.95 / 0.02))
    assert usl_peak(0.1, 0.0) is None


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_usl_fit_recovers_known_parameters_through_noise(seed):
    rng = np.random.default_rng(seed)
    n = np.repeat([1, 2, 4, 6, 8, 12, 16, 24], 2)
    x = usl(n, 15.0, 0.04, 0.003) * (1 + rng.normal(0, 0.02, n.size))
    fit = fit_usl(n, x)
    assert fit.lam == pytest.approx(15.0, rel=0.05)
    assert fit.sigma == pytest.approx(0.04, abs=0.02)
    assert fit.kappa == pytest.approx(0.003, abs=0.001)
    assert fit.peak_workers == pytest.approx(np.sqrt(0.96 / 0.003), rel=0.2)
    assert fit.r_squared > 0.98


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_amdahl_fit_on_throughput_recovers_lambda_and_p_through_noise(seed):
    rng = np.random.default_rng(seed)
    n = np.repeat([2, 4, 8, 16], 3)  # no sequential run: lambda is fitted, not guessed
    x = 12.0 / ((1 - 0.92) + 0.92 / n) * (1 + rng.normal(0, 0.02, n.size))
    fit = fit_amdahl(n, x)
    assert (fit.lam, fit.parallel_fraction) == pytest.approx((12.0, 0.92), rel=0.05)
    assert fit.kappa == 0 and fit.peak_workers is None


def test_fit_without_the_sequential_run_passes_through_the_points():
    """The issue's points (2, 3, 4 workers): the old fit drew its curve below all three."""
    n, x = np.array([2.0, 3.0, 4.0]), np.array([19.5, 28.4, 24.6])
    fit = fit_usl(n, x)
    predicted = fit.throughput(n)
    assert predicted.max() > x.min()  # not below every point
    assert np.abs(predicted - x).max() < 0.2 * x.max()
    assert 0 < fit.r_squared <= 1


def test_demo_report_curve_passes_near_its_points():
    summary = pd.DataFrame({"workers": DEMO_SWEEP[0], "throughput_per_min": DEMO_SWEEP[1]})
    line = charts.throughput_usl(summary).axes[0].lines[1]
    drawn = np.interp(DEMO_SWEEP[0], line.get_xdata(), line.get_ydata())
    assert drawn == pytest.approx(DEMO_SWEEP[1], rel=0.08)
    assert fit_usl(*DEMO_SWEEP).r_squared > 0.99


def test_too_few_levels_fall_back_to_simpler_models():
    assert fit_usl([4, 4], [40.0, 44.0]).params == pytest.approx((10.5, 0.0, 0.0))
    two = fit_usl([1, 2], [10.0, 18.0])
    assert two.kappa == 0 and two.throughput(2) == pytest.approx(18.0, rel=1e-3)


def _summary(rows):
    frame = pd.DataFrame(rows, columns=["mode", "workers", "throughput_per_min", "error_rate",
                                        "peak_memory_mb", "speedup"])
    return frame.assign(stopped="", runs=1, throughput_std=0.0)


def test_recommendation_takes_best_throughput_within_limits():
    summary = _summary([("sequential", 1, 10, 0, 300, 1.0), ("parallel", 2, 19, 0, 400, 1.9),
                        ("parallel", 4, 35, 0.02, 600, 3.5), ("parallel", 6, 40, 0.2, 800, 4.0),
                        ("parallel", 8, 45, 0.0, 2500, 4.5)])
    rec = recommend(summary, max_error_rate=0.05, max_memory_mb=1000)
    assert rec.workers == 4
    assert "6 excluded: error rate 20% > 5%" in rec.reason
    assert "8 excluded: peak memory 2500 MB > 1000 MB" in rec.reason


def test_levels_stopped_on_429s_are_excluded_and_spread_is_named():
    summary = _summary([("parallel", 2, 20, 0, 1, 2), ("parallel", 4, 50, 0, 1, 5)])
    summary.loc[1, "stopped"] = "sustained 429s"
    summary.loc[0, ["runs", "throughput_std"]] = [3, 1.5]
    rec = recommend(summary)
    assert rec.workers == 2
    assert "4 excluded: stopped (sustained 429s)" in rec.reason
    assert "± 1.5 over 3 runs" in rec.reason


def test_ties_go_to_fewer_workers_and_nothing_allowed_means_sequential():
    tie = _summary([("parallel", 3, 30, 0, 1, 3), ("parallel", 4, 30, 0, 1, 3)])
    assert recommend(tie).workers == 3
    bad = _summary([("parallel", 2, 30, 0.5, 1, 2)])
    rec = recommend(bad)
    assert rec.workers == 1 and "sequentially" in rec.reason
