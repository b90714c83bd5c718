"""Where a vehicle's time goes: the site's own latency against ours, step by step.

At one worker (``ParallelConfig(max_concurrency=1)``, a worker context like any parallel
run) nothing else competes for the site or the CPU, so every request the sandbox serves
during a step is that step's. The sandbox records what it served (``Sandbox.served``:
kind, start, end, injected latency); each step the engine records (open, verify, sticker,
map, apply, save) is split into the **site's** time (the stretch during which the sandbox
was serving a request, plus the save mask the site's page keeps up for its latency model's
``mask_linger`` after answering) and **ours** (the rest: navigation and load waits, mask
polling, popup open and close, locator waits, evaluation round trips). Between steps,
between vehicles, the pool's start and sign-in are ours too, less any request served then.

Evidence for ours: each step's own time is cut where its first request reached the site and
where its last answer left, and every Playwright protocol call of the 1-worker runs is timed
(by step and method). CPU seconds per vehicle by process kind come from ``CpuSampler``
(the sandbox's threads apart, since the real site does not run on our machine). At each
worker level the wall time is set against its floors: latency floor = the site's serving
time during the run / workers + the site's time during sign-in and link collection; CPU
floor = the job's CPU (sandbox excluded) / cores.

Clocks: the engine stamps steps with ``time.time()``, the sandbox with ``time.monotonic()``
in this same process (it serves from a thread of its own); step times are converted once
with the offset the recorder took when the sandbox was reset for the run.

    python benchmarks/bench_overhead.py [--vehicles 24] [--time-scale 0.1 --time-scale 1.0]
                                        [--workers 1,8]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import subprocess
import time
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pandas as pd
from _common import REPO, save
from playwright._impl.connection import Connection

import vautokit
from vautokit import Automation, ParallelConfig, Sandbox
from vautokit.browser import resolve_browser
from vautokit.metrics import CpuSampler, CpuUsage, ProcessKind
from vautokit.model import VehicleRecord
from vautokit.sandbox._served import Served, site_time

STEPS = ("validate", "open", "verify", "sticker", "map", "apply", "save")
CPU_KINDS = [kind for kind in ProcessKind if kind is not ProcessKind.OTHER]


@dataclass
class Job:
    """One measured job: sign-in, link collection and a run, on a fresh sandbox."""

    time_scale: float
    workers: int
    began: float
    signed_in: float
    collected: float
    records: list[VehicleRecord]
    run_started: float
    run_ended: float
    served: list[Served]
    to_mono: float
    """Subtract from a ``time.time()`` stamp to get the sandbox's monotonic clock."""
    linger: float
    """Seconds the gauge page keeps its save mask up after the save answers (site-side)."""
    cpu_job: CpuUsage
    cpu_run: CpuUsage
    outcomes: dict[str, int]
    calls: list[tuple[str, str, float, float]]

    def mono(self, wall: float) -> float:
        return wall - self.to_mono

    def site(self, start_wall: float, end_wall: float):
        return site_time(self.served, self.mono(start_wall), self.mono(end_wall))

    @property
    def vehicles(self) -> int:
        return len(self.records)


class ProtocolCalls:
    """Every Playwright protocol call of the job (object type, method, sent, answered).

    Benchmark-side evidence of where our time goes: the Python client's
    ``Connection.send_message_to_server`` is wrapped while the job runs (Playwright's private
    API, as installed). Waits done in the client (for a popup, a load event) are not calls:
    they show as step time no call covers.
    """

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, float, float]] = []
        self._original = Connection.send_message_to_server

    def __enter__(self) -> ProtocolCalls:
        original, calls = self._original, self.calls

        def timed(connection, owner, method, params, options):
            sent = time.time()
            future = original(connection, owner, method, params, options)
            if method != "__waitInfo__":
                future.add_done_callback(
                    lambda _: calls.append((owner._type, method, sent, time.time())))
            return future

        Connection.send_message_to_server = timed
        return self

    def __exit__(self, *exc: object) -> None:
        Connection.send_message_to_server = self._original


def _minus(after: CpuUsage, before: CpuUsage) -> CpuUsage:
    return CpuUsage({kind: after.seconds.get(kind, 0.0) - before.seconds.get(kind, 0.0)
                     for kind in ProcessKind})


def _snapshot(sampler: CpuSampler) -> CpuUsage:
    sampler.sample()
    return sampler.usage


async def measure(vehicles: int, time_scale: float, workers: int, seed: int) -> Job:
    """Sign in, collect the links, process them; everything on a sandbox of its own."""
    with Sandbox(vehicles, profile="realistic", seed=seed, time_scale=time_scale) as site:
        site.reset()  # a fresh recorder: its clock offset is taken now
        config = ParallelConfig(max_concurrency=workers)
        protocol = ProtocolCalls()
        with protocol if workers == 1 else contextlib.nullcontext():
            async with CpuSampler() as sampler:
                began = time.time()
                async with Automation(site, config=config) as va:
                    signed_in = time.time()
                    links = await va.vehicles(saved_filter=None, limit=vehicles)
                    collected = time.time()
                    before_run = _snapshot(sampler)
                    result = await va.process(links, progress="none")
                    after_run = _snapshot(sampler)
        b = site.behavior
        return Job(time_scale, workers, began, signed_in, collected, result.records,
                   result.started, result.ended, site.served.rows(), site.served.wall_offset,
                   b.mask_linger * b.time_scale, after_run, _minus(after_run, before_run),
                   dict(sorted(result.outcomes.items())), protocol.calls)


# one worker: each step split into the site's time and ours ----------------------------------
def _phases(job: Job, start: float, end: float, step: str) -> dict[str, float]:
    """A step's wall time as site serving, site mask linger, and ours before the first
    request, between requests and after the last answer."""
    lo, hi = job.mono(start), job.mono(end)
    inside = sorted((r for r in job.served if r.start < hi and r.end > lo),
                    key=lambda r: r.start)
    share = site_time(inside, lo, hi)
    linger = 0.0
    if step == "save" and any(r.kind == "save" and r.status == 200 for r in inside):
        linger = min(job.linger, max(0.0, hi - min(max(r.end for r in inside), hi)))
    if not inside:
        return {"site": 0.0, "injected": 0.0, "linger": 0.0, "before": 0.0, "between": 0.0,
                "after": hi - lo, "requests": 0}
    before = max(0.0, min(inside[0].start, hi) - lo)
    after = max(0.0, hi - min(max(r.end for r in inside), hi)) - linger
    between = (hi - lo) - share.serving - before - after - linger
    return {"site": share.serving, "injected": share.injected, "linger": linger,
            "before": before, "between": between, "after": after, "requests": share.requests}


def step_table(job: Job) -> pd.DataFrame:
    """Per step, seconds per vehicle (mean over all the run's vehicles)."""
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    having: dict[str, set[int]] = defaultdict(set)
    for record in job.records:
        for timing in record.steps:
            phase = _phases(job, timing.start, timing.end, timing.step)
            row = totals[timing.step]
            row["wall"] += timing.end - timing.start
            for key, value in phase.items():
                row[key] += value
            having[timing.step].add(record.index)
    n, wall = job.vehicles, (job.run_ended - job.run_started)
    rows = []
    for step in STEPS:
        if step not in totals:
            continue
        t = totals[step]
        ours = t["wall"] - t["site"] - t["linger"]
        rows.append({"step": step, "vehicles with it": len(having[step]),
                     "wall s/vehicle": t["wall"] / n, "site: serving": t["site"] / n,
                     "site: of which injected": t["injected"] / n,
                     "site: save mask linger": t["linger"] / n, "ours": ours / n,
                     "ours: before the first request": t["before"] / n,
                     "ours: between requests": t["between"] / n,
                     "ours: after the last answer": t["after"] / n,
                     "ours, % of vehicle wall": 100 * ours / wall,
                     "requests/vehicle": t["requests"] / n})
    return pd.DataFrame(rows)


def protocol_table(job: Job, top: int = 20) -> pd.DataFrame:
    """Playwright calls per vehicle by the step they were made in: count and seconds."""
    steps = sorted((t.start, t.end, t.step) for r in job.records for t in r.steps)
    totals: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0])
    for kind, method, sent, answered in job.calls:
        if not job.run_started <= sent <= job.run_ended:
            continue
        step = next((name for start, end, name in steps if start <= sent <= end),
                    "outside steps")
        totals[(step, f"{kind}.{method}")][0] += 1
        totals[(step, f"{kind}.{method}")][1] += answered - sent
    n = job.vehicles
    rows = [{"step": step, "call": call, "calls/vehicle": count / n, "s/vehicle": seconds / n}
            for (step, call), (count, seconds) in totals.items()]
    table = pd.DataFrame(rows).sort_values("s/vehicle", ascending=False)
    return table.head(top)


def _gaps(job: Job) -> dict[str, list[tuple[float, float]]]:
    """The stretches of a run outside any step, by where they fall."""
    ordered = sorted((r for r in job.records if r.started is not None),
                     key=lambda r: r.started)
    gaps: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for record in ordered:
        marks = [record.started]
        for timing in sorted(record.steps, key=lambda t: t.start):
            gaps["in a vehicle, outside its steps (events, throttle, tracing, record)"].append(
                (marks[-1], timing.start))
            marks.append(timing.end)
        gaps["in a vehicle, outside its steps (events, throttle, tracing, record)"].append(
            (marks[-1], record.ended))
    for before, after in pairwise(ordered):
        gaps["between vehicles (after_vehicle, queue, journal)"].append(
            (before.ended, after.started))
    if ordered:
        gaps["run start: pool, worker context and page"].append(
            (job.run_started, ordered[0].started))
        gaps["run end: pool close"].append((max(r.ended for r in ordered), job.run_ended))
    return gaps


def where_time_goes(job: Job, steps: pd.DataFrame) -> pd.DataFrame:
    """The run's wall time per vehicle, each row the site's or ours, largest first."""
    n = job.vehicles
    wall = (job.run_ended - job.run_started) / n
    rows = [("site", "serving the steps' requests", steps["site: serving"].sum()),
            ("site", "save mask linger (client-side latency model)",
             steps["site: save mask linger"].sum())]
    for _, s in steps.iterrows():
        if s["requests/vehicle"] == 0:
            rows.append(("ours", f"{s['step']} (no request)", s["ours"]))
            continue
        for phase in ("before the first request", "between requests", "after the last answer"):
            rows.append(("ours", f"{s['step']}: {phase}", s[f"ours: {phase}"]))
    for label, stretches in _gaps(job).items():
        seconds = sum(max(0.0, b - a) for a, b in stretches)
        site = sum(job.site(a, b).serving for a, b in stretches if b > a)
        rows.append(("ours", label, (seconds - site) / n))
        if site > 0:
            rows.append(("site", f"served during: {label}", site / n))
    for label, (a, b) in {"sign-in (browser launch, page, 2FA)": (job.began, job.signed_in),
                          "collect links (grid)": (job.signed_in, job.collected)}.items():
        site = job.site(a, b).serving
        rows.append(("site", f"once: {label}", site / n))
        rows.append(("ours", f"once: {label}", (b - a - site) / n))
    table = pd.DataFrame(rows, columns=["whose", "where", "s/vehicle"])
    table = table[table["s/vehicle"].abs() > 0.0005]
    table["% of run wall/vehicle"] = 100 * table["s/vehicle"] / wall
    once = table["where"].str.startswith("once:")
    order = table.assign(_once=once).sort_values(["_once", "whose", "s/vehicle"],
                                                 ascending=[True, False, False])
    return order.drop(columns="_once")


def _in_run(where: pd.DataFrame, whose: str) -> float:
    """Seconds per vehicle that are ``whose``, sign-in and collection (once a run) left out."""
    rows = where[(where["whose"] == whose) & ~where["where"].str.startswith("once:")]
    return float(rows["s/vehicle"].sum())


# every level: CPU and floors --------------------------------------------------------------
def cpu_row(job: Job) -> dict:
    per_vehicle = job.cpu_run.per_vehicle(job.vehicles)
    return {"time scale": job.time_scale, "workers": job.workers, "vehicles": job.vehicles,
            **{kind.value: per_vehicle[kind] for kind in CPU_KINDS},
            "browser+python (all kinds, sandbox excluded)": per_vehicle["total"]}


def floor_row(job: Job, cores: int) -> dict:
    """Wall against the latency and CPU floors, for the run alone and with sign-in."""
    start, end = job.mono(job.run_started), job.mono(job.run_ended)
    saves = [r for r in job.served if r.kind == "save" and r.status == 200
             and start <= r.start < end]
    site_total = sum(r.seconds for r in job.served if start <= r.start < end) \
        + job.linger * len(saves)
    signin_site = job.site(job.began, job.collected).serving
    run_wall = job.run_ended - job.run_started
    job_wall = job.run_ended - job.began
    latency_floor = site_total / job.workers + signin_site
    cpu_floor = job.cpu_job.total() / cores
    run_floor = max(site_total / job.workers, job.cpu_run.total() / cores)
    return {"time scale": job.time_scale, "workers": job.workers, "vehicles": job.vehicles,
            "wall (sign-in to run end) s": job_wall, "sign-in + collect s":
            job.collected - job.began, "site latency, run s": site_total,
            "site latency, sign-in + collect s": signin_site,
            "latency floor s": latency_floor, "CPU floor s": cpu_floor,
            "wall / latency floor": job_wall / latency_floor,
            "wall / max(floors)": job_wall / max(latency_floor, cpu_floor),
            "run wall s": run_wall, "run wall / max(run floors)": run_wall / run_floor,
            "outcomes": job.outcomes}


def _revision() -> str:
    """The commit measured, or where the package came from when not this checkout."""
    package = Path(vautokit.__file__).resolve().parent
    if package != REPO / "vautokit":
        return f"vautokit from {package}"

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True,
                              check=False).stdout.strip()
    dirty = git("status", "--porcelain", "--", "vautokit")
    return git("rev-parse", "--short", "HEAD") + (" + uncommitted vautokit changes"
                                                  if dirty else "")


async def main(args: argparse.Namespace) -> None:
    cores = os.cpu_count() or 1
    levels = [int(x) for x in args.workers.split(",")]
    tables: dict[str, pd.DataFrame] = {}
    cpu_rows, floor_rows, facts = [], [], {}
    for scale in args.time_scale or [0.1, 1.0]:
        for workers in levels:
            vehicles = args.slow_vehicles if scale >= 1.0 and args.slow_vehicles else \
                args.vehicles
            job = await measure(vehicles, scale, workers, args.seed)
            cpu_rows.append(cpu_row(job))
            floor_rows.append(floor_row(job, cores))
            print(floor_rows[-1], flush=True)
            if workers == 1:
                steps = step_table(job)
                where = where_time_goes(job, steps)
                head = f"Time scale {scale:g}, 1 worker, {vehicles} vehicles"
                tables[f"{head}: each step, site vs ours (s/vehicle)"] = steps
                tables[f"{head}: where a vehicle's wall time goes (site rows, then ours, "
                       "largest first; once-a-run rows last)"] = where
                tables[f"{head}: the slowest Playwright calls, by step (a call's time "
                       "includes any site latency it waited on)"] = protocol_table(job)
                facts[f"seconds_per_vehicle_1_worker_ts_{scale:g}"] = round(
                    (job.run_ended - job.run_started) / job.vehicles, 3)
                facts[f"ours_per_vehicle_1_worker_ts_{scale:g}"] = round(
                    _in_run(where, "ours"), 3)
                facts[f"site_per_vehicle_1_worker_ts_{scale:g}"] = round(
                    _in_run(where, "site"), 3)
    tables["CPU seconds per vehicle by process kind (during the run)"] = pd.DataFrame(cpu_rows)
    tables["Wall against the latency and CPU floors"] = pd.DataFrame(floor_rows)
    save(args.results, tables,
         {"profile": "realistic", "seed": args.seed,
          "revision": args.label or _revision(), "browser": resolve_browser().build, **facts,
          "site": "serving = the sandbox busy with a request of the step (injected latency "
                  "plus its own handling); save mask linger = the page's mask after the "
                  "save answers (mask_linger x time_scale)",
          "ours": "everything else in the run's wall time"})


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--vehicles", type=int, default=24)
    parser.add_argument("--time-scale", type=float, action="append",
                        help="repeatable; default 0.1 and 1.0")
    parser.add_argument("--slow-vehicles", type=int,
                        help="vehicles at time scale 1.0 and above (default: --vehicles)")
    parser.add_argument("--workers", default="1,8")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--results", default="overhead",
                        help="results/<name>.md and .json (another name keeps the table)")
    parser.add_argument("--label", help="what was measured, for the results' header")
    asyncio.run(main(parser.parse_args()))
