"""How a sweep picks its levels, measures a run's throughput from its records, and reports."""

import io

import pandas as pd
import pytest

from vautokit.errors import ConfigError
from vautokit.processing import VehicleRecord
from vautokit.tuning import TextSweepProgress, machine_worker_limit, run_throughput, summarize
from vautokit.tuning._levels import doubling_levels, fell_twice, refinement
from vautokit.tuning._progress import sweep_observer


def test_worker_bound_follows_cores_and_memory():
    assert machine_worker_limit(cores=2, available_mb=24_000) == 16
    assert machine_worker_limit(cores=2, available_mb=1_000) == 2  # (750 - 500) // 100
    assert machine_worker_limit(cores=32, available_mb=200_000) == 64
    assert machine_worker_limit(cores=1, available_mb=100) == 1


def test_levels_double_up_to_the_bound_and_include_it():
    assert doubling_levels(16) == [1, 2, 4, 8, 16]
    assert doubling_levels(12) == [1, 2, 4, 8, 12]
    assert doubling_levels(1) == [1]


def test_falling_twice_in_a_row_is_past_the_knee():
    assert not fell_twice([10, 20, 15])
    assert fell_twice([10, 20, 15, 12])
    assert not fell_twice([10, 20, 15, 16])


def test_refinement_tries_halfway_to_the_best_levels_neighbours():
    measured = {1: 10, 2: 20, 4: 40, 8: 70, 16: 60}
    assert refinement(measured, set(measured)) == [6, 12]
    assert refinement(measured, {1, 2, 4}) == [3, 6]  # 8 over the limits: 6 may not be
    assert refinement({1: 10, 2: 12}, {1, 2}) == []


def _record(index, worker, started, ended):
    record = VehicleRecord(index, str(index), "VIN", "S", "T", worker=worker)
    record.started, record.ended = started, ended
    return record


def test_throughput_is_the_steady_state_not_the_tail():
    # Two workers, 10 s per vehicle; worker 0 gets a lone fifth vehicle: a long tail.
    records = [_record(0, 0, 0, 10), _record(1, 1, 1, 11), _record(2, 0, 10, 20),
               _record(3, 1, 11, 21), _record(4, 0, 20, 30)]
    rate = run_throughput(records, wall_seconds=30.0)
    assert rate.method == "steady" and rate.busy_workers == 2
    assert rate.window_seconds == pytest.approx(20.0)  # from t=1 to t=21
    assert rate.per_min == pytest.approx(12.0)  # 2 workers / 10 s each
    assert rate.per_min > 60 * len(records) / 30.0  # above the wall rate the tail drags down


def test_without_a_busy_window_throughput_is_vehicles_over_wall_time():
    records = [_record(0, 0, 0, 10), _record(1, 1, 9, 19)]  # overlap of 1 s only
    rate = run_throughput(records, wall_seconds=20.0)
    assert rate.method == "wall" and rate.per_min == pytest.approx(6.0)


def test_summary_shows_spread_over_repeats_and_speedup_against_the_sequential_run():
    per_run = pd.DataFrame({
        "run": range(5), "mode": ["sequential", "parallel", "parallel", "parallel", "parallel"],
        "workers": [1, 2, 2, 4, 4], "repeat": [0, 0, 1, 0, 1], "vehicles": [4, 8, 8, 16, 16],
        "wall_seconds": [20.0, 20, 22, 21, 23], "throughput_per_min": [12.0, 22, 26, 40, 44],
        "method": ["steady"] * 4 + ["wall"], "window_seconds": [19.0, 18, 19, 17, 0],
        "wall_throughput_per_min": [12.0, 24, 22, 45, 42], "failed": [0, 0, 1, 0, 0],
        "rate_limited": [0, 0, 0, 2, 3], "peak_memory_mb": [300.0, 400, 410, 500, 520],
        "stopped": [None, None, None, None, "sustained 429s"]})
    summary = summarize(per_run).set_index("workers")
    assert summary.loc[2, "throughput_per_min"] == 24
    assert summary.loc[2, "throughput_std"] == pytest.approx(2.828, abs=1e-3)
    assert (summary.loc[2, "throughput_min"], summary.loc[2, "throughput_max"]) == (22, 26)
    assert summary.loc[2, "speedup"] == pytest.approx(2.0)
    assert summary.loc[2, "error_rate"] == pytest.approx(1 / 16)
    assert summary.loc[4, "method"] == "wall" and summary.loc[4, "rate_limited"] == 5
    assert summary.loc[4, "stopped"] == "sustained 429s" and summary.loc[1, "stopped"] == ""


def test_text_progress_prints_a_line_per_level_and_widgets_go_to_on_level():
    stream = io.StringIO()
    text = TextSweepProgress(stream)
    text.level_started(1, 4, mode="sequential")
    text.level_finished(1, "15.1 vehicles/min (steady)")
    text.level_started(2, 8)
    assert stream.getvalue().splitlines() == [
        "sweep: sequential, 4 vehicles ...", "sweep: sequential: 15.1 vehicles/min (steady)",
        "sweep: 2 workers, 8 vehicles ..."]
    assert sweep_observer("none", text) is text
    with pytest.raises(ConfigError, match="on_level"):
        sweep_observer("widgets", None)
