"""Run history: journalled runs of the sandbox as one row each, its chart and report section."""

import datetime as dt

import pytest

from vautokit import Automation, ParallelConfig, RunJournal
from vautokit.charts import history_chart
from vautokit.processing._history import HISTORY_COLUMNS, run_history
from vautokit.report import Report


@pytest.fixture(scope="module")
async def journalled(sandbox_server, tmp_path_factory):
    """Three runs in a journal: sequential, parallel, and one interrupted before it began."""
    sandbox_server.reset()
    journal = RunJournal(tmp_path_factory.mktemp("history") / "journal.sqlite")
    async with Automation(sandbox_server, config=ParallelConfig(max_concurrency=2)) as va:
        links = await va.vehicles(saved_filter=None, limit=5)
        first = await va.process(links[:3], sequential=True, progress="none", journal=journal,
                                 run_id="a-sequential")
        second = await va.process(links, progress="none", journal=journal,
                                  run_id="b-parallel")
    journal.start_run("c-interrupted", links[:2], {"site": "sandbox"}, "parallel")
    yield journal, {"a-sequential": first, "b-parallel": second}
    journal.close()


async def test_history_has_a_row_per_run_oldest_first(journalled):
    journal, _ = journalled
    history = run_history(journal)
    assert list(history.columns) == [HISTORY_COLUMNS[0], "status", *HISTORY_COLUMNS[1:]]
    assert list(history["run_id"]) == ["a-sequential", "b-parallel", "c-interrupted"]
    assert list(history["status"]) == ["completed", "completed", "running"]
    assert list(history["vehicles"]) == [3, 5, 2]
    assert list(history["mode"]) == ["sequential", "parallel", "parallel"]
    assert list(history["workers"]) == [1, 2, 0]
    assert history["started"].is_monotonic_increasing
    assert isinstance(history["started"].iloc[0], dt.datetime)
    assert list(history["site"]) == ["sandbox"] * 3  # the profile each run was made on


async def test_history_counts_match_each_runs_result(journalled):
    journal, results = journalled
    history = run_history(journal).set_index("run_id")
    for run_id, result in results.items():
        row = history.loc[run_id]
        for outcome, count in result.outcomes.items():
            assert row[outcome] == count
        assert row["succeeded"] == result.succeeded
        assert row["unmatched_phrases"] == len(result.unmatched_phrases)
        assert row["wall_seconds"] == pytest.approx(result.wall_seconds, abs=0.01)
        assert row["throughput_per_min"] == pytest.approx(
            60 * len(result.records) / result.wall_seconds, rel=0.01)
    interrupted = history.loc["c-interrupted"]
    assert interrupted["skipped"] == 2 and interrupted["succeeded"] == 0


def test_an_empty_journal_has_an_empty_history(tmp_path):
    journal = RunJournal(tmp_path / "journal.sqlite")
    history = run_history(journal)
    journal.close()
    assert history.empty and "throughput_per_min" in history.columns


async def test_history_chart_stacks_outcomes_and_draws_throughput(journalled):
    journal, _ = journalled
    history = run_history(journal)
    fig = history_chart(history)
    bars, twin = fig.axes
    heights = [p.get_height() for p in bars.patches]
    per_group = len(history)
    totals = [sum(heights[i::per_group]) for i in range(per_group)]
    assert totals == list(history["vehicles"])
    assert list(twin.lines[0].get_ydata()) == pytest.approx(
        list(history["throughput_per_min"]), nan_ok=True)


async def test_report_has_a_history_only_with_several_runs(journalled, tmp_path):
    _, results = journalled
    several = Report("several", results).html(tmp_path)
    assert "<section id=history>" in several and "alt='Run history'" in several
    one = Report("one", {"b-parallel": results["b-parallel"]}).html(tmp_path)
    assert "<section id=history>" not in one
