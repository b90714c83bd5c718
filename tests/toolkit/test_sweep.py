"""The sweep on the real sandbox and Chromium: levels, repeats, dry runs on a live site, 429s."""

import asyncio

from vautokit.tuning import sweep
from vautokit.tuning._levels import refinement


class Recorder:
    """A SweepObserver that keeps what it was told."""

    def __init__(self):
        self.calls = []

    def level_started(self, workers, vehicles, *, mode="parallel"):
        self.calls.append(("started", mode, workers, vehicles))

    def follow(self, status):
        return lambda: None

    def level_finished(self, workers, summary):
        self.calls.append(("finished", workers, summary))

    def close(self):
        self.calls.append(("closed",))


async def test_automatic_levels_double_then_refine_with_repeats_and_fits(site):
    recorder = Recorder()
    result = await asyncio.wait_for(
        sweep(site, max_workers=4, per_worker=2, repeats=2, on_level=recorder), timeout=240)
    summary = result.summary
    doubled = summary.iloc[:3]
    assert doubled[["mode", "workers", "vehicles", "runs"]].values.tolist() == [
        ["sequential", 1, 2, 2], ["parallel", 2, 4, 2], ["parallel", 4, 8, 2]]
    # Which level is fastest is this machine's business (a loaded 2-core machine may find
    # one worker best): the refinement must follow from the sweep's own measurements.
    measured = dict(zip(doubled["workers"], doubled["throughput_per_min"], strict=True))
    usable = {w for w, stopped, rate in zip(doubled["workers"], doubled["stopped"],
                                            doubled["error_rate"], strict=True)
              if not stopped and rate <= 0.05}
    extra = refinement(measured, usable)
    assert summary.iloc[3:][["mode", "workers", "vehicles", "runs"]].values.tolist() == [
        ["parallel", n, 2 * n, 2] for n in extra]
    levels = [1, 2, 4, *extra]
    assert [c[:4] for c in recorder.calls if c[0] == "started"] == [
        ("started", "sequential" if n == 1 else "parallel", n, 2 * 2 * n)  # both repeats
        for n in levels]
    assert recorder.calls[-1] == ("closed",)
    assert all("vehicles/min" in c[2] for c in recorder.calls if c[0] == "finished")
    assert len(result.results) == 2 * len(levels)
    assert len(result.runs) == 2 * sum(2 * n for n in levels)
    assert (summary["throughput_min"] <= summary["throughput_max"]).all()
    assert result.per_run.groupby("workers")["repeat"].nunique().eq(2).all()
    assert set(result.fit_table()["model"]) == {"amdahl", "usl"}
    assert result.fits["usl"].points == 2 * len(levels)
    assert ("refined with" in result.method) == bool(extra) and "steady state" in result.method
    parallel = summary[summary["mode"] == "parallel"]
    assert result.recommendation.workers in set(parallel["workers"])
    assert result.recommendation.throughput_per_min == parallel["throughput_per_min"].max()
    assert set(result.runs["outcome"]) <= {"updated", "unchanged", "invalid_vin",
                                           "vin_mismatch", "no_sticker", "sticker_unreadable"}


async def test_a_signed_in_automation_is_swept_with_dry_runs_that_save_nothing(site, automation):
    before = site.saved_state()
    result = await asyncio.wait_for(
        sweep(automation, [2], per_worker=2, progress="none"), timeout=120)
    assert result.summary[["mode", "workers", "vehicles"]].values.tolist() == [
        ["sequential", 1, 2], ["parallel", 2, 4]]
    vehicles = [[r.vehicle_id for r in run.records] for run in result.results]
    assert vehicles[1][:2] == vehicles[0]  # every level on the same sample, as far as it goes
    assert "dry_run" in set(result.runs["outcome"]) and "updated" not in set(result.runs["outcome"])
    assert site.saved_state() == before and site.audit_log() == []
    assert "dry runs (nothing saved)" in result.method


async def test_sustained_429s_stop_the_level_and_the_climb(site):
    # Every step answers 429 twice before it passes: 429s outnumber finished vehicles at any
    # concurrency, so the watch fires however far the engine has already stepped down.
    site.set_behavior(rate_limit_rate=1.0, retry_after=1)
    result = await asyncio.wait_for(
        sweep(site, [8, 16], per_worker=3, sequential=False, max_rate_limited=3), timeout=120)
    assert len(result.summary) == 1  # no more load after the level that was told to stop
    row = result.summary.iloc[0]
    assert row["stopped"].startswith("sustained 429s") and row["rate_limited"] >= 3
    assert row["vehicles"] < 24  # the level stopped before its sample was done
    assert result.recommendation.workers == 1
    assert "8 excluded: stopped (sustained 429s" in result.recommendation.reason
    assert result.fits == {}
