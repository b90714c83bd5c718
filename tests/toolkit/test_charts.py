"""Chart functions return Figures carrying the series they promise."""

import pandas as pd
from matplotlib.figure import Figure

from vautokit import charts
from vautokit.metrics import NavigationMetrics
from vautokit.processing import Outcome, RunResult, VehicleRecord


def _summary():
    return pd.DataFrame({"workers": [1, 2, 4, 8], "speedup": [1.0, 1.9, 3.5, 5.0],
                         "throughput_per_min": [10.0, 19.0, 35.0, 50.0],
                         "mode": "parallel"})


def test_speedup_chart_has_ideal_measured_amdahl_and_efficiency():
    fig = charts.speedup_efficiency(_summary())
    assert isinstance(fig, Figure)
    main, twin = fig.axes
    labels = [line.get_label() for line in main.lines]
    assert labels[:2] == ["ideal", "measured speedup"] and labels[2].startswith("Amdahl fit")
    assert list(main.lines[1].get_ydata()) == [1.0, 1.9, 3.5, 5.0]
    assert list(twin.lines[0].get_ydata()) == [1.0, 0.95, 0.875, 0.625]


def test_throughput_chart_fits_usl_and_marks_the_peak():
    frame = _summary().assign(throughput_per_min=[10.0, 18.0, 26.0, 22.0])
    ax = charts.throughput_usl(frame).axes[0]
    labels = [line.get_label() for line in ax.lines]
    assert labels[0] == "measured" and labels[1].startswith("USL fit")
    assert any(label.startswith("peak") for label in labels)


def test_wall_time_bars_are_labelled():
    ax = charts.wall_time_comparison({"sequential": 30.0, "parallel x3": 11.0}).axes[0]
    assert [p.get_height() for p in ax.patches] == [30.0, 11.0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["sequential", "parallel x3"]


def test_step_times_follow_pipeline_order():
    steps = pd.DataFrame({"step": ["save", "open", "sticker", "open"],
                          "seconds": [1.0, 2.0, 3.0, 4.0]})
    ax = charts.step_times(steps).axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["open", "sticker", "save"]


def _run(rows) -> RunResult:
    records = []
    for index, (worker, start, end, outcome, retries, stock) in enumerate(rows):
        record = VehicleRecord(index, str(index), f"VIN{index}", stock, "2024 Test",
                               worker=worker, started=100.0 + start, retries=retries)
        record.finish(Outcome(outcome))
        record.ended = 100.0 + end
        records.append(record)
    return RunResult("parallel", 2, records, 100.0, 130.0, {}, NavigationMetrics())


def test_timeline_colours_by_outcome_marks_retries_and_labels_what_fits():
    result = _run([(1, 0, 20, "updated", 0, "A1001"), (1, 20, 21, "failed", 2, "A1002"),
                   (2, 0, 12, "unchanged", 1, "A1003"), (2, 12, 30, "updated", 0, "A1004")])
    fig = charts.gantt(result)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["worker 1", "worker 2"]
    assert sum(len(c.get_paths()) for c in ax.collections) == 4
    hatched = [c for c in ax.collections if c.get_hatch()]
    assert sum(len(c.get_paths()) for c in hatched) == 2  # A1002 and A1003 were retried
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == ["updated", "failed", "unchanged", "retried"]
    labels = {t.get_text() for t in ax.texts}
    assert labels == {"A1001", "A1003", "A1004"}  # one second is too narrow for A1002
