"""The tuning charts as a person reads them: whole workers on the axes, and a note in words
when the USL curve's peak lies beyond the levels that were run."""

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg

from vautokit import charts


def _levels(throughput: list[float]) -> pd.DataFrame:
    speedup = [t / throughput[0] for t in throughput]
    return pd.DataFrame({"workers": [1, 2, 3, 4], "speedup": speedup,
                         "throughput_per_min": throughput, "mode": "parallel"})


def _ticks(fig, axis: int = 0) -> list[float]:
    FigureCanvasAgg(fig).draw()
    return [t for t in fig.axes[axis].get_xticks() if 1 <= t <= 4]


def test_worker_axes_have_whole_ticks():
    rising = _levels([20.0, 38.0, 52.0, 60.0])
    for fig in (charts.speedup_efficiency(rising), charts.throughput_usl(rising)):
        assert _ticks(fig) and all(float(t).is_integer() for t in _ticks(fig))


def test_a_peak_beyond_the_tested_levels_is_explained_and_one_within_is_not():
    beyond = charts.throughput_usl(_levels([20.0, 38.0, 52.0, 60.0]))
    assert any("beyond the 4 tested" in t.get_text() or "past the 4 workers tested"
               in t.get_text() for t in beyond.texts)
    within = charts.throughput_usl(_levels([20.0, 30.0, 28.0, 22.0]))
    assert not within.texts


def test_levels_run_out_of_order_are_drawn_in_workers_order():
    levels = _levels([20.0, 38.0, 52.0, 60.0]).iloc[[0, 1, 3, 2]]
    measured = charts.speedup_efficiency(levels).axes[0].lines[1]
    assert list(measured.get_xdata()) == [1, 2, 3, 4]
