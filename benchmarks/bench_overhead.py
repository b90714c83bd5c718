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

At more than one worker each request the sandbox serves is attributed to the vehicle it is
for (the ``vehicleId`` of its URL, or of its Referer for the save the gauge page posts), and so to
the worker that processed that vehicle. Each worker's share of the job's wall time (sign-in to
run end) then splits into: the start (sign-in, link collection, process() set-up until the
worker's first vehicle), waiting on the site (a request of its own being served: the injected
latency, the sandbox's own time beyond it, the save mask's linger), ours inside a vehicle while
no request of its own is being served (by step), idle between its vehicles (queue, lease,
after_vehicle), and the end (idle while other workers finish their last vehicles, pool close).
The sandbox's own delay is reported apart (it is one Python thread serving every worker in
this process, its latency injected with ``asyncio.sleep``): per request, served time beyond the
injected latency, and the lag of its event loop and of ours (a 10 ms sleep's lateness).

Clocks: the engine stamps steps with ``time.time()``, the sandbox with ``time.monotonic()``
in this same process (it serves from a thread of its own); step times are converted once
with the offset the recorder took when the sandbox was reset for the run.

    python benchmarks/bench_overhead.py [--vehicles 24] [--time-scale 0.1 --time-scale 1.0]
                                        [--workers 1,8] [--results overhead.concurrency]
    python benchmarks/bench_overhead.py --time-scale 0.1 --workers 4 --summary FILE
        (A/B: appends one JSON line per job to FILE, writes no results tables)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import os
import statistics
import subprocess
import time
from collections import defaultdict, deque
from contextvars import ContextVar
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pandas as pd
from _common import REPO, save
from aiohttp import web
from playwright._impl.connection import Connection

import vautokit
from vautokit import Automation, ParallelConfig, Sandbox
from vautokit.browser import resolve_browser
from vautokit.metrics import CpuSampler, CpuUsage, ProcessKind
from vautokit.model import VehicleRecord
from vautokit.sandbox._served import MAX_ROWS, Served, ServedRecorder, site_time

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
    owners: list[str | None] = field(default_factory=list)
    """The vehicle id each row of ``served`` was for (None: no vehicle, e.g. sign-in)."""
    lag: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    """Event-loop lag samples (monotonic time, seconds late) of ``sandbox`` and ``engine``."""
    saved: str = ""
    """A digest of the saved checkboxes: equal digests, identical outcomes."""

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


_VEHICLE: ContextVar[str | None] = ContextVar("bench_overhead_vehicle", default=None)


class AttributedRecorder(ServedRecorder):
    """``Sandbox.served`` that also keeps the vehicle each request was for (benchmark-side:
    the sandbox's own rows carry the path without its query)."""

    def __init__(self) -> None:
        super().__init__()
        self.owners: deque[str | None] = deque(maxlen=MAX_ROWS)

    def end(self, serving, path: str, status: int) -> None:
        super().end(serving, path, status)
        self.owners.append(_VEHICLE.get())

    def clear(self) -> None:
        super().clear()
        self.owners.clear()


def _vehicle_of(request: web.Request) -> str | None:
    """The vehicle a request is for: its own ``vehicleId``, else its page's (the save is a
    fetch from the gauge page, whose URL names the vehicle)."""
    if "vehicleId" in request.query:
        return request.query["vehicleId"]
    referer = request.headers.get("Referer", "")
    found = parse_qs(urlsplit(referer).query).get("vehicleId")
    return found[0] if found else None


def attribute_requests(site: Sandbox) -> None:
    """Before the sandbox starts: record each served request's vehicle with its row."""
    site.served = AttributedRecorder()
    serve = site._middleware

    @web.middleware
    async def tagged(request: web.Request, handler):
        _VEHICLE.set(_vehicle_of(request))
        return await serve(request, handler)

    site._middleware = tagged


async def _lag_probe(samples: list[tuple[float, float]], period: float = 0.01) -> None:
    """How late a ``period`` sleep wakes, again and again: the loop's (and GIL's) queue."""
    while True:
        asleep = time.monotonic()
        await asyncio.sleep(period)
        woke = time.monotonic()
        samples.append((woke, woke - asleep - period))


def _saved_digest(site: Sandbox) -> str:
    state = site.saved_state()
    text = json.dumps({str(k): sorted(v) for k, v in sorted(state.items())})
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def _minus(after: CpuUsage, before: CpuUsage) -> CpuUsage:
    return CpuUsage({kind: after.seconds.get(kind, 0.0) - before.seconds.get(kind, 0.0)
                     for kind in ProcessKind})


def _snapshot(sampler: CpuSampler) -> CpuUsage:
    sampler.sample()
    return sampler.usage


async def measure(vehicles: int, time_scale: float, workers: int, seed: int, *,
                  probes: bool = True, changes: dict[str, float] | None = None) -> Job:
    """Sign in, collect the links, process them; everything on a sandbox of its own.

    ``probes``: time every Playwright call and sample both event loops' lag (cheap, but an
    A/B leaves them out so that nothing but the engine differs). ``changes``: to the
    realistic profile (``hang_rate``: some requests answer ``hang_seconds`` late, drawn per
    vehicle from the seed, so every run of a seed meets the same slow vehicles)."""
    site = Sandbox(vehicles, profile="realistic", seed=seed, time_scale=time_scale,
                   **(changes or {}))
    attribute_requests(site)
    lag: dict[str, list[tuple[float, float]]] = {"sandbox": [], "engine": []}
    with site:
        site.reset()  # a fresh recorder: its clock offset is taken now
        config = ParallelConfig(max_concurrency=workers)
        protocol = ProtocolCalls()
        probing = []
        if probes:
            probing = [asyncio.run_coroutine_threadsafe(_lag_probe(lag["sandbox"]), site._loop),
                       asyncio.ensure_future(_lag_probe(lag["engine"]))]
        with protocol if probes else contextlib.nullcontext():
            async with CpuSampler() as sampler:
                began = time.time()
                async with Automation(site, config=config) as va:
                    signed_in = time.time()
                    links = await va.vehicles(saved_filter=None, limit=vehicles)
                    collected = time.time()
                    before_run = _snapshot(sampler)
                    result = await va.process(links, progress="none")
                    after_run = _snapshot(sampler)
        for probe in probing:
            probe.cancel()
        saved = _saved_digest(site)
        b = site.behavior
        served: AttributedRecorder = site.served
        return Job(time_scale, workers, began, signed_in, collected, result.records,
                   result.started, result.ended, served.rows(), served.wall_offset,
                   b.mask_linger * b.time_scale, after_run, _minus(after_run, before_run),
                   dict(sorted(result.outcomes.items())), protocol.calls,
                   list(served.owners), lag, saved)


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


# the start: driver, browser, sign-in page by page, link collection ---------------------------
SIGN_IN_PAGES = ("username page: load, field, fill, Next",
                 "password page: field, fill, Sign in (the site checks the password)",
                 "2FA: which page came, Select, code field, code from the inbox, fill, Verify",
                 "landing: the signed-in marker, which page came")
"""The sandbox's sign-in, cut at the end of each click that leaves a page (Next, Sign in,
Select, Verify): the clicks of ``LoginService.login`` in order."""


def start_rows(job: Job) -> list[tuple[str, float, float, int]]:
    """``Automation.start`` and the link collection of a job with probes, split by the
    Playwright calls it made: (phase, wall s, the site's serving s, calls)."""
    calls = sorted(c for c in job.calls if c[2] <= job.signed_in)
    marks: list[tuple[str, float]] = []
    initialize = [c for c in calls if c[1] == "initialize"]
    if initialize:
        marks.append(("Playwright driver start (node process, initialize)", initialize[0][3]))
    if len(initialize) > 1:
        marks.append(("browser resolve: a second driver asked where its Chromium is",
                      initialize[-1][3]))
    for name, methods in (("browser launch", {"launch"}),
                          ("context and page", {"newContext", "newPage"})):
        ends = [c[3] for c in calls if c[1] in methods]
        if ends:
            marks.append((name, max(ends)))
    clicks = [c[3] for c in calls if c[1] == "click" and c[0] == "Frame"]
    if len(clicks) >= 2:
        marks += [(SIGN_IN_PAGES[0], clicks[0]), (SIGN_IN_PAGES[1], clicks[1])]
    if len(clicks) >= 4:
        marks.append((SIGN_IN_PAGES[2], clicks[3]))
    marks.append((SIGN_IN_PAGES[3], job.signed_in))
    marks.append(("collect links (grid; the worker contexts open meanwhile)", job.collected))
    rows, since = [], job.began
    for name, until in marks:
        site = job.site(since, until).serving if until > since else 0.0
        made = sum(1 for c in job.calls if since <= c[2] < until)
        rows.append((name, until - since, site, made))
        since = until
    return rows


def start_table(jobs: list[Job]) -> pd.DataFrame:
    """The start of each job with probes, phase by phase: wall, the site's, ours, calls."""
    columns: dict[str, dict[str, str]] = {}
    for number, job in enumerate(jobs, 1):
        cells: dict[str, str] = {}
        for name, wall, site, made in start_rows(job):
            cells[name] = f"{wall:.3f} = {site:.3f} + {wall - site:.3f} ({made})"
        columns[f"job {number} ({job.workers} w)"] = cells
    table = pd.DataFrame(columns).fillna("-")
    return table.reset_index(names="phase: wall = site's + ours, s (calls)")


# every level: each worker's time, attributed by the vehicle each request was for -----------
WORKER_SHARES = (
    ("start", "sign-in (browser launch, page, 2FA)"),
    ("start", "collect links (grid; the pool opens meanwhile)"),
    ("start", "process() set-up until its first vehicle"),
    ("site", "own request served: injected latency"),
    ("sandbox", "own request served: beyond the injected latency"),
    ("site", "save mask linger"),
    ("ours", "in a vehicle, no own request being served"),
    ("idle", "between its vehicles (queue, lease, after_vehicle)"),
    ("end", "idle while other workers finish"),
    ("end", "pool close and run end"),
)


def _union(intervals: list[tuple[float, float]]) -> float:
    total, reach = 0.0, float("-inf")
    for low, high in sorted(intervals):
        if high > reach:
            total += high - max(low, reach)
            reach = high
    return total


def _own_requests(job: Job) -> dict[str, list[Served]]:
    """Each vehicle's requests, as the sandbox served them."""
    mine: dict[str, list[Served]] = defaultdict(list)
    for row, owner in zip(job.served, job.owners, strict=True):
        if owner is not None:
            mine[owner].append(row)
    return mine


def _waiting(job: Job, requests: list[Served], lo: float, hi: float) -> tuple[float, float,
                                                                              float]:
    """Of ``[lo, hi]`` (monotonic): seconds a request of these was being served, the injected
    part of that, and the save mask's linger after a save's answer (no request in flight)."""
    inside = [(max(r.start, lo), min(r.end, hi), r) for r in requests
              if r.start < hi and r.end > lo]
    serving = _union([(a, b) for a, b, _ in inside])
    injected = sum(min(r.injected, b - a) for a, b, r in inside)
    lingers = [(r.end, min(r.end + job.linger, hi)) for _, _, r in inside
               if r.kind == "save" and r.status == 200 and r.end < hi]
    linger = _union(lingers + [(a, b) for a, b, _ in inside]) - serving
    return serving, min(injected, serving), linger


def worker_rows(job: Job) -> list[dict[str, float]]:
    """Per worker, its share of the job's wall time (sign-in to run end), in seconds."""
    mine = _own_requests(job)
    done = [r for r in job.records if r.started is not None and r.ended is not None]
    by_worker: dict[int, list[VehicleRecord]] = defaultdict(list)
    for record in done:
        by_worker[record.worker or 0].append(record)
    last_end = max(r.ended for r in done)
    rows = []
    for worker, records in sorted(by_worker.items()):
        records.sort(key=lambda r: r.started)
        row = dict.fromkeys((f"{whose}: {what}" for whose, what in WORKER_SHARES), 0.0)
        row["start: sign-in (browser launch, page, 2FA)"] = job.signed_in - job.began
        row["start: collect links (grid; the pool opens meanwhile)"] = \
            job.collected - job.signed_in
        row["start: process() set-up until its first vehicle"] = \
            records[0].started - job.collected
        for record in records:
            lo, hi = job.mono(record.started), job.mono(record.ended)
            serving, injected, linger = _waiting(job, mine[record.vehicle_id], lo, hi)
            row["site: own request served: injected latency"] += injected
            row["sandbox: own request served: beyond the injected latency"] += serving - injected
            row["site: save mask linger"] += linger
            row["ours: in a vehicle, no own request being served"] += \
                (hi - lo) - serving - linger
        row["idle: between its vehicles (queue, lease, after_vehicle)"] = sum(
            max(0.0, b.started - a.ended) for a, b in pairwise(records))
        row["end: idle while other workers finish"] = last_end - records[-1].ended
        row["end: pool close and run end"] = job.run_ended - last_end
        row["vehicles"] = len(records)
        row["worker"] = worker
        row["wall"] = job.run_ended - job.began
        rows.append(row)
    return rows


def worker_table(job: Job) -> pd.DataFrame:
    """Each worker's share, and their mean, as seconds and as % of the job's wall."""
    rows = worker_rows(job)
    table = pd.DataFrame(rows).set_index("worker")
    shares = [f"{whose}: {what}" for whose, what in WORKER_SHARES]
    table["sum (= wall)"] = table[shares].sum(axis=1)
    table.loc["mean"] = table.mean()
    out = table[["vehicles", *shares, "sum (= wall)"]].T.reset_index(names="share (seconds)")
    out.columns = [str(c) for c in out.columns]
    return out


def mean_shares(job: Job) -> dict[str, float]:
    """Each share of the job's wall in seconds, averaged over the workers."""
    rows = worker_rows(job)
    return {f"{whose}: {what}": statistics.fmean(r[f"{whose}: {what}"] for r in rows)
            for whose, what in WORKER_SHARES}


def share_column(job: Job, repeat: int) -> tuple[str, dict[str, str]]:
    """One job's shares, averaged over its workers: seconds per worker and % of the wall."""
    wall = job.run_ended - job.began
    cells = {key: f"{mean:.2f} s, {100 * mean / wall:.1f} %"
             for key, mean in mean_shares(job).items()}
    cells["wall (sign-in to run end)"] = f"{wall:.2f} s"
    cells["vehicles per worker"] = f"{job.vehicles / len(worker_rows(job)):.1f}"
    return f"ts {job.time_scale:g}, {job.workers} w, run {repeat}", cells


def share_table(columns: list[tuple[str, dict[str, str]]]) -> pd.DataFrame:
    table = pd.DataFrame({name: cells for name, cells in columns})
    return table.reset_index(names="share (mean over workers)")


def step_ours(job: Job) -> dict[str, float]:
    """Ours per vehicle by step at any level: a step's wall less its own requests' serving
    (and the save's mask linger); 'outside steps' is the rest of the vehicle's time."""
    mine = _own_requests(job)
    ours: dict[str, float] = defaultdict(float)
    for record in job.records:
        if record.started is None or record.ended is None:
            continue
        in_steps = 0.0
        for timing in record.steps:
            lo, hi = job.mono(timing.start), job.mono(timing.end)
            serving, _, linger = _waiting(job, mine[record.vehicle_id], lo, hi)
            ours[timing.step] += (hi - lo) - serving - linger
            in_steps += hi - lo
        lo, hi = job.mono(record.started), job.mono(record.ended)
        serving, _, linger = _waiting(job, mine[record.vehicle_id], lo, hi)
        stepped = sum(_waiting(job, mine[record.vehicle_id], job.mono(t.start),
                               job.mono(t.end))[0] for t in record.steps)
        ours["outside steps"] += (hi - lo) - in_steps - (serving - stepped)
    n = job.vehicles
    return {"time scale": job.time_scale, "workers": job.workers,
            **{step: ours.get(step, 0.0) / n for step in (*STEPS, "outside steps")},
            "all ours in vehicles": sum(ours.values()) / n}


def sticker_window_rows(job: Job) -> list[dict[str, object]]:
    """The sticker step of each worker's first vehicle against its later ones. Read by
    request (the built-in profiles), the first pays what a run sets up once (the HTML
    parser's import, the selectors' compilation); read in a window, the first opens it (a
    popup target, Playwright's set-up of it, its first document) and the kept window loads
    the next sticker. The step's wall depends on the site's latency for that vehicle
    (drawn per vehicle from the seed), so what compares is ours: the step less its own
    requests' serving, split at the sticker request's arrival at the site and its answer."""
    mine = _own_requests(job)
    seen: set[int | None] = set()
    split: dict[str, list[tuple[float, ...]]] = defaultdict(list)
    for record in sorted((r for r in job.records if r.started is not None),
                         key=lambda r: r.started):
        for timing in record.steps:
            if timing.step != "sticker":
                continue
            lo, hi = job.mono(timing.start), job.mono(timing.end)
            serving, _, linger = _waiting(job, mine[record.vehicle_id], lo, hi)
            asked = [r for r in mine[record.vehicle_id]
                     if r.kind == "sticker" and lo <= r.start < hi]
            before = asked[0].start - lo if asked else hi - lo
            after = hi - asked[-1].end if asked else 0.0
            which = "later" if record.worker in seen else "first of its worker"
            split[which].append((hi - lo, serving, hi - lo - serving - linger, before, after))
            seen.add(record.worker)
    rows = []
    for which, values in sorted(split.items()):
        wall, serving, ours, before, after = (statistics.median(column)
                                              for column in zip(*values, strict=True))
        rows.append({"time scale": job.time_scale, "workers": job.workers,
                     "sticker step": which, "n": len(values), "wall s (median)": wall,
                     "site serving s": serving, "ours s": ours,
                     "ours: click to the request at the site s": before,
                     "ours: answer to the step's end s": after,
                     "ours s (mean)": statistics.fmean(v[2] for v in values)})
    return rows


def _quantiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {"n": 0, "mean ms": 0.0, "p50 ms": 0.0, "p95 ms": 0.0, "max ms": 0.0}
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"n": len(values), "mean ms": 1000 * statistics.fmean(values),
            "p50 ms": 1000 * pick(0.5), "p95 ms": 1000 * pick(0.95),
            "max ms": 1000 * ordered[-1]}


def sandbox_rows(job: Job) -> list[dict[str, object]]:
    """The sandbox's own delay during the run: per request kind, served time beyond the
    injected latency; and both event loops' lag (a 10 ms sleep's lateness)."""
    start, end = job.mono(job.run_started), job.mono(job.run_ended)
    rows = []
    by_kind: dict[str, list[float]] = defaultdict(list)
    for r in job.served:
        if start <= r.start < end:
            by_kind[r.kind].append(r.seconds - r.injected)
    for kind, excess in sorted(by_kind.items()):
        rows.append({"time scale": job.time_scale, "workers": job.workers,
                     "what": f"served {kind}: beyond injected", **_quantiles(excess)})
    for loop, samples in job.lag.items():
        late = [lag for at, lag in samples if start <= at < end]
        rows.append({"time scale": job.time_scale, "workers": job.workers,
                     "what": f"{loop} event loop lag", **_quantiles(late)})
    return rows


def call_rows(job: Job, methods: int = 12) -> list[dict[str, object]]:
    """Mean Playwright call time by method during the run (no worker attribution: whether
    calls that wait on no request get slower as workers are added)."""
    durations: dict[str, list[float]] = defaultdict(list)
    for kind, method, sent, answered in job.calls:
        if job.run_started <= sent <= job.run_ended:
            durations[f"{kind}.{method}"].append(answered - sent)
    top = sorted(durations.items(), key=lambda kv: -sum(kv[1]))[:methods]
    return [{"time scale": job.time_scale, "workers": job.workers, "call": name,
             "calls/vehicle": len(times) / job.vehicles,
             "mean ms": 1000 * statistics.fmean(times), "s/vehicle": sum(times) / job.vehicles}
            for name, times in top]


def summary(job: Job, cores: int) -> dict[str, object]:
    """One job in a line: what an interleaved A/B compares."""
    floors = floor_row(job, cores)
    return {"revision": _revision(), "time scale": job.time_scale, "workers": job.workers,
            "vehicles": job.vehicles, "wall s": round(floors["wall (sign-in to run end) s"], 3),
            "run wall s": round(floors["run wall s"], 3),
            "wall / latency floor": round(floors["wall / latency floor"], 3),
            "cpu s/vehicle": round(job.cpu_run.per_vehicle(job.vehicles)["total"], 3),
            "outcomes": job.outcomes, "saved": job.saved,
            "shares s": {k: round(v, 3) for k, v in mean_shares(job).items()}}


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
    shares, ours_rows, sandbox, calls, windows = [], [], [], [], []
    probed: list[Job] = []
    changes = {key: float(value) for key, value in
               (item.split("=", 1) for item in args.behavior)}
    runs = [(scale, workers, repeat) for repeat in range(1, args.repeats + 1)
            for scale in args.time_scale or [0.1, 1.0] for workers in levels]
    for scale, workers, repeat in runs:
        vehicles = args.slow_vehicles if scale >= 1.0 and args.slow_vehicles else \
            args.vehicles
        job = await measure(vehicles, scale, workers, args.seed,
                            probes=args.summary is None, changes=changes)
        if args.summary is not None:
            line = {**summary(job, cores), "behavior": changes}
            with open(args.summary, "a") as out:
                out.write(json.dumps(line) + "\n")
            print(line, flush=True)
            continue
        probed.append(job)
        cpu_rows.append(cpu_row(job))
        floor_rows.append(floor_row(job, cores))
        print(floor_rows[-1], flush=True)
        shares.append(share_column(job, repeat))
        ours_rows.append(step_ours(job))
        windows += sticker_window_rows(job)
        sandbox += sandbox_rows(job)
        calls += call_rows(job)
        tables[f"Time scale {scale:g}, {workers} worker(s), {vehicles} vehicles, run "
               f"{repeat}: each worker's share of the job's wall (s)"] = worker_table(job)
        if workers == 1 and repeat == 1:
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
    if args.summary is not None:
        return
    tables["Shares of the job's wall, mean over workers (s per worker, % of wall)"] = \
        share_table(shares)
    tables["The start of each job, phase by phase (Playwright calls; the sign-in cut at each "
           "click that leaves a page)"] = start_table(probed)
    tables["Ours inside vehicles by step, s/vehicle (own requests' serving taken out)"] = \
        pd.DataFrame(ours_rows)
    tables["The sticker step: each worker's first window against its kept one (medians; "
           "ours = the step less its own requests' serving)"] = pd.DataFrame(windows)
    tables["The sandbox's own delay during the run (not ours: the real site does not run "
           "here)"] = pd.DataFrame(sandbox)
    tables["Playwright calls during the run by method (mean time per call)"] = \
        pd.DataFrame(calls)
    tables["CPU seconds per vehicle by process kind (during the run)"] = pd.DataFrame(cpu_rows)
    tables["Wall against the latency and CPU floors"] = pd.DataFrame(floor_rows)
    save(args.results, tables,
         {"profile": "realistic", "behavior changes": changes or "none", "seed": args.seed,
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
    parser.add_argument("--repeats", type=int, default=1,
                        help="every level this many times, the levels interleaved")
    parser.add_argument("--results", default="overhead",
                        help="results/<name>.md and .json (another name keeps the table)")
    parser.add_argument("--label", help="what was measured, for the results' header")
    parser.add_argument("--behavior", action="append", default=[], metavar="KEY=VALUE",
                        help="a change to the realistic profile, e.g. hang_rate=0.03")
    parser.add_argument("--summary", help="append one JSON line per job to this file (an "
                        "A/B's record) instead of writing the results tables; no probes")
    asyncio.run(main(parser.parse_args()))
