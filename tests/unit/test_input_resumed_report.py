"""A resumed run whose vehicles were all final already (nothing new worked) renders: the
report and the timeline say so in a sentence instead of drawing a chart of nothing; a run
with some kept vehicles draws only the ones it worked on."""

import time

from tests.synthetic import synthetic_run
from vautokit import charts
from vautokit.metrics import NavigationMetrics
from vautokit.processing import RunResult
from vautokit.report import Report
from vautokit.report._html import png


def _resumed(kept_records, new_records=(), wall=0.4) -> RunResult:
    """A resume as the processor returns it: kept records timed before its own start."""
    records = [*kept_records, *new_records]
    start = min((r.started for r in new_records), default=time.time())
    return RunResult("parallel", 2, records, start, start + wall, {"max_concurrency": 2},
                     NavigationMetrics.from_records(records, wall), run_id="resumed")


def test_a_resume_with_nothing_new_renders_a_sentence_instead_of_a_timeline(tmp_path):
    result = _resumed(synthetic_run(4, 2, seed=1).records)
    text = Report("t", {"resumed": result}).html(tmp_path)
    charts_part = text[text.index("<section id=charts>"):]
    assert ("Timeline: resumed: No vehicle was worked in this run: all 4 were final already"
            in charts_part)
    assert "alt='Timeline: resumed'" not in charts_part
    figure = charts.gantt(result)
    assert png(figure)  # the figure itself draws, with the same sentence
    assert [t.get_text() for t in figure.axes[0].texts] == [charts.nothing_worked_sentence(
        result)]


def test_a_run_with_no_vehicles_at_all_renders(tmp_path):
    result = _resumed([])
    assert "No vehicle was worked in this run." in Report("t", {"r": result}).html(tmp_path)
    assert png(charts.gantt(result))


def test_a_partial_resume_draws_only_the_vehicles_it_worked_on(tmp_path):
    kept = synthetic_run(3, 1, seed=1).records  # an hour ago
    new = synthetic_run(2, 2, seed=2).records
    for r in new:
        r.index += 3
        shift = 3_600 - 5
        r.started, r.ended = r.started + shift, r.ended + shift
    result = _resumed(kept, new, wall=max(r.ended for r in new) - min(r.started for r in new))
    assert sorted(charts.worked_in_run(result)["index"]) == [3, 4]
    figure = charts.gantt(result)
    assert png(figure)
    assert figure.axes[0].get_xlim()[0] == 0
    assert "alt='Timeline: r'" in Report("t", {"r": result}).html(tmp_path)
