"""The dashboard tells the truth from the first event to the last, and a run can go on in
the background while later cells read its status, then stop cleanly when cancelled."""

import asyncio

from vautokit import Automation, ParallelConfig, RunJournal, RunResult
from vautokit.metrics._navigation import run_throughput_per_min
from vautokit.notebook import (
    Dashboard,
    RunView,
    SweepProgress,
    TextProgress,
    attach_progress,
)
from vautokit.notebook._progress import legend_html
from vautokit.processing import EventKind, StatusBus, StatusEvent


def _bus_with_starting_workers(total: int, workers: int) -> StatusBus:
    bus = StatusBus()
    bus.publish(StatusEvent(EventKind.RUN_STARTED, total=total))
    for worker in range(1, workers + 1):
        bus.publish(StatusEvent(EventKind.WORKER_STATE, worker=worker, detail="starting"))
    return bus


def test_rows_appear_as_the_pool_starts_and_eta_is_unknown_without_a_rate():
    bus = StatusBus()
    dashboard = Dashboard(bus, show=False)
    assert dashboard.total_label.value.startswith("starting")
    for event in _bus_with_starting_workers(26, 3).events:
        bus.publish(event)
    dashboard.render()
    assert {w: s["state"] for w, s in dashboard.state().items()} == dict.fromkeys(
        (1, 2, 3), "starting")
    assert dashboard.total_label.value == "0/26 vehicles · rate unknown · ETA unknown"


def test_a_workers_bar_is_measured_against_its_own_share():
    bus = _bus_with_starting_workers(6, 2)
    view = RunView()
    for event in bus.events:
        view.apply(event)
    for vehicle in range(3):
        view.apply(StatusEvent(EventKind.VEHICLE_STARTED, worker=1, vehicle=vehicle))
        view.apply(StatusEvent(EventKind.VEHICLE_FINISHED, worker=1, vehicle=vehicle,
                               outcome="updated"))
    view.apply(StatusEvent(EventKind.WORKER_STATE, worker=1, detail="done"))
    first, second = view.workers[1], view.workers[2]
    assert (first.finished, view.share(first)) == (3, 3)  # done with its share: a full bar
    assert view.share(second) == 3  # the three vehicles nobody started are all its own


def test_retrying_and_rate_limited_workers_show_their_own_state():
    view = RunView(links={4: _Link("S-1004", "1HGCM82633A004352")})
    view.apply(StatusEvent(EventKind.RUN_STARTED, total=5))
    view.apply(StatusEvent(EventKind.VEHICLE_STARTED, worker=1, vehicle=4))
    assert view.workers[1].shown_state == "busy"
    view.apply(StatusEvent(EventKind.RETRY, worker=1, vehicle=4, detail="TransientSiteError"))
    assert view.workers[1].shown_state == "retrying"
    view.apply(StatusEvent(EventKind.RATE_LIMITED, worker=1, vehicle=4, detail="2 s"))
    assert view.workers[1].shown_state == "waiting"
    assert view.doing(view.workers[1]) == "stock S-1004 · opening"
    assert 'title="VIN 1HGCM82633A004352"' in view.doing_html(view.workers[1])


def test_concurrency_limit_shows_in_the_overall_line():
    view = RunView()
    view.apply(StatusEvent(EventKind.RUN_STARTED, total=4))
    assert "limit" not in view.overall_line()
    view.apply(StatusEvent(EventKind.CONCURRENCY, limit=4, detail="from 3: recovered"))
    assert view.overall_line().endswith("· limit 4")


class _Link:
    def __init__(self, stock: str, vin: str) -> None:
        self.stock, self.vin = stock, vin


async def test_dashboard_follows_a_real_run_to_a_single_final_line(site):
    config = ParallelConfig(max_concurrency=3)
    async with Automation(site, config=config) as va:
        links = await va.vehicles(saved_filter=None, limit=7)
        dashboard = Dashboard(va.status, links=links, show=False)
        shown_while_running: set[str] = set()

        def watch(event: StatusEvent) -> None:
            if event.kind is EventKind.STEP:
                shown_while_running.update(dashboard.view.doing(w)
                                           for w in dashboard.view.workers.values())

        unwatch = va.status.subscribe(watch)
        result = await va.process(links, progress="none")
        unwatch()
        dashboard.close()
    stocks = {f"stock {link.stock}" for link in links}
    assert {text.split(" · ")[0] for text in shown_while_running} & stocks
    shown = dashboard.state()
    per_worker = result.vehicles.groupby("worker").size().to_dict()
    assert {w: s["finished"] for w, s in shown.items()} == per_worker
    assert {s["state"] for s in shown.values()} == {"done"}
    assert all(row.bar.value == row.bar.max for row in dashboard.rows.values())
    line = dashboard.total_label.value
    assert line.startswith("done: 7/7 vehicles in ") and line.count("done") == 1
    assert all(s["text"].count("finished") == 1 for s in shown.values())


async def test_background_run_keeps_going_and_stops_cleanly_when_cancelled(site, tmp_path):
    """The notebook pattern: create_task in one cell, read va.status in the next, cancel."""
    journal = RunJournal(tmp_path / "journal.sqlite")
    run_id = RunJournal.new_run_id()
    config = ParallelConfig(max_concurrency=2, interrupt_grace=30)
    async with Automation(site, config=config) as va:
        links = await va.vehicles(saved_filter=None, limit=14)
        dashboard = Dashboard(va.status, links=links, show=False)
        first_done = asyncio.Event()
        unwatch = va.status.subscribe(
            lambda e: e.kind is EventKind.VEHICLE_FINISHED and first_done.set())
        run = asyncio.create_task(va.process(links, progress="none", journal=journal,
                                             run_id=run_id))
        await first_done.wait()
        live = va.status.snapshot()
        in_flight = {w.vehicle for w in live if w.vehicle is not None}
        assert sum(w.done + w.failed for w in live) >= 1 and not run.done()
        run.cancel()
        await asyncio.wait([run])
        unwatch()
        dashboard.close()
    assert run.cancelled()
    result = RunResult.load(run_id, journal)
    outcomes = {r.index: r.outcome.value for r in result.records}
    assert in_flight and all(outcomes[i] != "skipped" for i in in_flight)
    assert "skipped" in outcomes.values()
    assert dashboard.view.stop_reason == "interrupted"
    assert dashboard.total_label.value.startswith("stopped (interrupted): ")
    journal.close()


def test_text_progress_prints_one_final_line(capsys):
    bus = _bus_with_starting_workers(1, 1)
    progress = TextProgress(bus, min_interval=0)
    bus.publish(StatusEvent(EventKind.VEHICLE_STARTED, worker=1, vehicle=0))
    bus.publish(StatusEvent(EventKind.VEHICLE_FINISHED, worker=1, vehicle=0, outcome="updated"))
    bus.publish(StatusEvent(EventKind.RUN_FINISHED))
    progress.close()
    lines = capsys.readouterr().err.splitlines()
    assert lines[-1].startswith("done: 1/1 vehicles in ")
    assert sum(line.startswith("done") for line in lines) == 1


def test_sweep_progress_has_a_row_per_level_from_the_start():
    sweep = SweepProgress([("sequential", 1), ("parallel", 2), ("parallel", 3)], show=False)
    assert [s["state"] for s in sweep.state()] == ["idle", "idle", "idle"]
    sweep.level_started(1, 4, mode="sequential")
    for outcome in ("updated", "failed", "updated", "updated"):
        sweep.vehicle_done(outcome)
    sweep.level_finished(1, "4 vehicles in 12 s")
    sweep.level_started(2, 4)
    sweep.vehicle_done("updated")
    sweep.close()
    rows = sweep.state()
    assert [r["label"] for r in rows] == ["sequential", "2 workers", "3 workers"]
    assert [r["state"] for r in rows] == ["done", "failed", "idle"]
    assert rows[0]["text"] == "4 vehicles in 12 s" and rows[0]["finished"] == 4
    assert rows[1]["text"].startswith("stopped: 1/4 vehicles")


def _finished_run(bus: StatusBus, total: int, start: float = 1000.0) -> None:
    """A run that signs in for 2 s before its first vehicle, so a rate over the run's wall
    time and one since its first vehicle differ."""
    bus.publish(StatusEvent(EventKind.RUN_STARTED, total=total, at=start))
    for vehicle in range(total):
        bus.publish(StatusEvent(EventKind.VEHICLE_STARTED, worker=1, vehicle=vehicle,
                                at=start + 2 + vehicle))
        bus.publish(StatusEvent(EventKind.VEHICLE_FINISHED, worker=1, vehicle=vehicle,
                                outcome="updated", at=start + 3 + vehicle))
    bus.publish(StatusEvent(EventKind.RUN_FINISHED, at=start + total + 4))


def test_a_new_runs_dashboard_shows_nothing_of_the_previous_run():
    bus = StatusBus()
    _finished_run(bus, 26)
    fresh = attach_progress(bus, "widgets")  # what va.process makes for its run
    assert fresh.rows == {} and fresh.total_label.value.startswith("starting")
    fresh.close()  # cancelled before its run started
    assert fresh.total_label.value == "stopped before the run started: no vehicle processed"
    assert "26" not in fresh.total_label.value and fresh.rows == {}


def test_the_final_rate_is_the_summarys_figure_and_shares_add_up_to_the_total():
    view = RunView()
    bus = StatusBus()
    bus.subscribe(view.apply)
    _finished_run(bus, 5, start=1000.0)  # 5 vehicles, wall 9 s (first vehicle at 1002)
    assert f"{run_throughput_per_min(5, 9.0):.1f}/min over the run" in view.overall_line()
    running = RunView()
    running.apply(StatusEvent(EventKind.RUN_STARTED, total=26))
    for worker in (1, 2, 3):
        running.apply(StatusEvent(EventKind.WORKER_STATE, worker=worker, detail="idle"))
    running.apply(StatusEvent(EventKind.VEHICLE_STARTED, worker=1, vehicle=0))
    assert sum(running.share(w) for w in running.workers.values()) == 26


def test_an_idle_worker_over_the_limit_is_held_back_not_waiting_for_a_vehicle():
    view = RunView()
    view.apply(StatusEvent(EventKind.RUN_STARTED, total=9))
    view.apply(StatusEvent(EventKind.CONCURRENCY, limit=2, detail="3 -> 2: cpu"))
    for worker in (1, 2, 3):
        view.apply(StatusEvent(EventKind.WORKER_STATE, worker=worker, detail="idle"))
    for worker in (1, 2):
        view.apply(StatusEvent(EventKind.VEHICLE_STARTED, worker=worker, vehicle=worker))
    assert view.shown_state(view.workers[3]) == "held"
    assert view.doing(view.workers[3]) == "held back by limit"
    assert "limit N: at most N workers" in legend_html(limit=True)


def test_a_vehicle_without_a_window_sticker_is_shown_with_its_outcome():
    view = RunView(links={2: _Link("S-1002", "1HGCM82633A004352")})
    view.apply(StatusEvent(EventKind.RUN_STARTED, total=3))
    view.apply(StatusEvent(EventKind.VEHICLE_STARTED, worker=1, vehicle=2))
    view.apply(StatusEvent(EventKind.VEHICLE_FINISHED, worker=1, vehicle=2,
                           outcome="no_sticker"))
    assert "stock S-1002: no window sticker (worker 1)" in view.notes
    assert "1 no window sticker" in view.counts(view.workers[1])


def test_sweep_rows_say_signing_in_and_a_finished_row_counts_all_its_runs():
    sweep = SweepProgress([("parallel", 2)], show=False)
    bus = StatusBus()
    sweep.level_started(2, 4)
    unfollow = sweep.follow(bus)
    assert sweep.state()[0]["text"].startswith("signing in")
    bus.publish(StatusEvent(EventKind.VEHICLE_STARTED, worker=1, vehicle=0))
    assert "signing in" not in sweep.state()[0]["text"]
    for vehicle in range(2):
        bus.publish(StatusEvent(EventKind.VEHICLE_FINISHED, worker=1, vehicle=vehicle,
                                outcome="updated"))
    unfollow()
    unfollow = sweep.follow(bus)
    assert sweep.state()[0]["text"].startswith("run 2 · signing in · 2/4")
    for vehicle in range(2):
        bus.publish(StatusEvent(EventKind.VEHICLE_FINISHED, worker=1, vehicle=vehicle,
                                outcome="updated"))
    unfollow()
    sweep.level_finished(2, "80.0 ± 6.6 vehicles/min (steady), 2 vehicles in 4.2 s")
    row = sweep.state()[0]
    assert row["finished"] == 4
    assert row["text"].startswith("4 vehicles in 2 runs · per run: 80.0")


async def test_a_cell_can_await_vehicles_finished_and_read_workers_by_stock_number():
    bus = StatusBus()
    links = [_Link(f"S-10{i:02d}", "1HGCM82633A004352") for i in range(4)]
    board = Dashboard(bus, links=links, show=False, replay=False)

    async def run() -> None:
        bus.publish(StatusEvent(EventKind.RUN_STARTED, total=4))
        for vehicle in range(3):
            await asyncio.sleep(0)  # let the awaiting cell look in between
            bus.publish(StatusEvent(EventKind.VEHICLE_STARTED, worker=1, vehicle=vehicle))
            bus.publish(StatusEvent(EventKind.VEHICLE_FINISHED, worker=1, vehicle=vehicle,
                                    outcome="updated"))
        bus.publish(StatusEvent(EventKind.VEHICLE_STARTED, worker=1, vehicle=3))

    task = asyncio.create_task(run())
    assert await board.finished(2) >= 2
    await task
    table = board.view.table()
    assert table.to_dict("records") == [{"worker": 1, "state": "busy",
                                         "doing": "stock S-1003 · opening", "finished": 3,
                                         "failed": 0}]


def test_the_final_rate_counts_no_skipped_vehicle_as_the_summary_does():
    """A run stopped on 429s finishes its vehicle as skipped: not processed, in the summary's
    throughput nor in the dashboard's final one."""
    view = RunView()
    view.apply(StatusEvent(EventKind.RUN_STARTED, total=5, at=1000.0))
    for vehicle, outcome in enumerate(["updated", "updated", "updated", "skipped"]):
        view.apply(StatusEvent(EventKind.VEHICLE_STARTED, worker=1, vehicle=vehicle,
                               at=1002.0 + vehicle))  # signed in for 2 s first
        view.apply(StatusEvent(EventKind.VEHICLE_FINISHED, worker=1, vehicle=vehicle,
                               outcome=outcome, at=1003.0 + vehicle))
    view.apply(StatusEvent(EventKind.RUN_FINISHED, at=1008.0))
    assert view.rate_per_second() * 60 == run_throughput_per_min(3, 8.0)
