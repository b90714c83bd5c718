"""The demo's job at fixed concurrencies and adaptive, side by side; and the sweep's advice.

The job is what `make demo` processes: the `realistic` profile, every recent vehicle
(`Sandbox(40, profile="realistic", seed=7, time_scale=0.25)`, then `va.vehicles()`, about
26). Two parts, each well under six minutes, kept in results/adaptive_runs.json and shown
in results/adaptive.md:

- ``--part jobs``: fixed levels 2, 4, 6, 8, 12 one after another, then adaptive
  (``ParallelConfig(adaptive=True)`` up to this machine's worker bound), each on fresh
  sandbox state, in one invocation.
- ``--max-in-flight K``: the same with the sandbox account allowing K requests in flight
  (more are answered 429): adaptive must settle at or below K workers with no failures.
- ``--part sweep``: the default sweep (levels chosen automatically) on the same sandbox, then
  the job at the recommended level when the fixed levels did not already run it.
- ``--part learned``: does the tuner's memory pay? Fixed levels around the account's limit
  (K-1 .. K+2 with ``--max-in-flight K``; the jobs part's levels on an open account) find the
  best fixed level; then adaptive on a fresh journal ("adaptive, run 1") and again on the
  same journal ("adaptive, run 2", which starts from what run 1 learned), each on fresh
  sandbox state. Each invocation is one repeat, added to those kept (``--fresh`` clears
  them); the fixed levels run in the opposite order on odd repeats, so a drift in the
  machine's load does not always favour the same level. Every run reports its wall time,
  ratio to that repeat's best fixed level, failed vehicles, 429s, and the limit it started
  and ended at.

    python benchmarks/bench_adaptive.py --part jobs [--profile realistic] [--seed 7]
    python benchmarks/bench_adaptive.py --part sweep
    python benchmarks/bench_adaptive.py --part learned --max-in-flight 3   # once per repeat
    python benchmarks/bench_adaptive.py --part report   # render the Markdown again
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path

import pandas as pd
from _common import RESULTS, save

from vautokit import Automation, ParallelConfig, RunJournal, Sandbox
from vautokit.processing import EventKind
from vautokit.tuning import machine_worker_limit, sweep

STORE = RESULTS / "adaptive_runs.json"
"""Both parts of every setting measured; results/adaptive.md shows the last one written."""


async def job(site: Sandbox, config: ParallelConfig, label: str,
              journal: RunJournal | None = None) -> dict:
    """The demo's job once, on fresh state: every recent vehicle at ``config``."""
    site.reset()
    async with Automation(site, config=config) as va:
        links = await va.vehicles()
        result = await va.process(links, progress="none", journal=journal)
    limits = [e.limit for e in result.events if e.kind is EventKind.CONCURRENCY]
    row = {"run": label, "workers": config.max_concurrency, "adaptive": config.adaptive,
           "vehicles": len(result.records), "wall_seconds": round(result.wall_seconds, 2),
           "vehicles_per_min": round(60 * len(result.records) / result.wall_seconds, 1),
           "status": result.status, "limit_changes": sum(
               1 for e in result.events if e.kind is EventKind.CONCURRENCY),
           "final_limit": next((e.limit for e in reversed(result.events)
                                if e.kind is EventKind.CONCURRENCY), None),
           "outcomes": dict(result.outcomes),
           "failed": result.outcomes.get("failed", 0),
           "rate_limited": sum(1 for e in result.events if e.kind is EventKind.RATE_LIMITED),
           "start_limit": limits[0] if config.adaptive and limits else config.max_concurrency,
           "learned": (result.config.get("learned_limit") or {}).get("text")}
    print(row, flush=True)
    return row


def learned_levels(max_in_flight: int | None, levels: str) -> list[int]:
    """Fixed levels that bracket the account's limit: K-1 .. K+2 (one under it, the limit,
    and two over, where 429s begin); on an open account the jobs part's levels."""
    if max_in_flight is None:
        return [int(x) for x in levels.split(",")]
    return list(range(max(1, max_in_flight - 1), max_in_flight + 3))


async def learned_repeat(site: Sandbox, levels: list[int], repeat: int) -> list[dict]:
    """One repeat: the fixed levels, then adaptive twice on one journal (fresh, then second)."""
    order = levels if repeat % 2 == 0 else levels[::-1]
    rows = [await job(site, ParallelConfig(max_concurrency=n), f"fixed {n}") for n in order]
    bound = machine_worker_limit()
    adaptive = ParallelConfig(adaptive=True, min_concurrency=1, max_concurrency=bound)
    with tempfile.TemporaryDirectory() as folder:
        journal = RunJournal(Path(folder) / "journal.sqlite")
        try:
            for label in ("adaptive, run 1", "adaptive, run 2"):
                rows.append(await job(site, adaptive, label, journal))
        finally:
            journal.close()
    best = min(r["wall_seconds"] for r in rows if not r["adaptive"])
    for row in rows:
        row |= {"repeat": repeat, "vs_best_fixed": round(row["wall_seconds"] / best, 3)}
    return rows


def learned_summary(rows: list[dict]) -> pd.DataFrame:
    """Each run kind over the repeats: the ratio to the best fixed level (median, min, max),
    failed vehicles and 429s in all, and the limits the adaptive runs started and ended at."""
    frame = pd.DataFrame(rows)
    best = frame[~frame["adaptive"]].groupby("repeat")["wall_seconds"].min()
    frame["best_fixed_seconds"] = frame["repeat"].map(best)
    adaptive = frame[frame["adaptive"]]
    return adaptive.groupby("run", sort=True).agg(
        repeats=("repeat", "nunique"), wall_seconds=("wall_seconds", "median"),
        best_fixed_seconds=("best_fixed_seconds", "median"),
        vs_best_median=("vs_best_fixed", "median"), vs_best_min=("vs_best_fixed", "min"),
        vs_best_max=("vs_best_fixed", "max"), failed=("failed", "sum"),
        rate_limited=("rate_limited", "sum"),
        start_limits=("start_limit", lambda s: ", ".join(map(str, s))),
        final_limits=("final_limit", lambda s: ", ".join(str(int(x)) for x in s.dropna())),
    ).reset_index()


async def jobs(site: Sandbox, levels: list[int]) -> list[dict]:
    rows = [await job(site, ParallelConfig(max_concurrency=n), f"fixed {n}") for n in levels]
    bound = machine_worker_limit()
    adaptive = ParallelConfig(adaptive=True, min_concurrency=1, max_concurrency=bound)
    rows.append(await job(site, adaptive, f"adaptive (1..{bound})"))
    return rows


async def tuning(site: Sandbox, fixed: list[dict]) -> dict:
    started = time.perf_counter()
    result = await sweep(site, progress="text")
    seconds = time.perf_counter() - started
    workers = result.recommendation.workers
    at = next((r for r in fixed if not r["adaptive"] and r["workers"] == workers), None)
    if at is None:
        at = await job(site, ParallelConfig(max_concurrency=workers), f"recommended {workers}")
    columns = ["mode", "workers", "vehicles", "runs", "throughput_per_min", "throughput_std",
               "wall_throughput_per_min", "method", "wall_seconds", "speedup", "error_rate"]
    return {"sweep_seconds": round(seconds, 1), "recommendation": str(result.recommendation),
            "recommended_workers": workers, "recommended_job": at,
            "summary": result.summary[columns].round(3).to_dict(orient="records"),
            "fits": result.fit_table().round(5).to_dict(orient="records"),
            "method": result.method}


def comparison(key: str, entry: dict) -> dict:
    """One setting in a row: best fixed level, adaptive and the sweep's advice against it."""
    row: dict = {"setting": key}
    if "jobs" in entry:
        frame = pd.DataFrame(entry["jobs"])
        fixed = frame[~frame["adaptive"]]
        best = fixed.loc[fixed["wall_seconds"].idxmin()]
        row |= {"best_fixed_workers": int(best["workers"]),
                "best_fixed_seconds": float(best["wall_seconds"])}
        adaptive = frame[frame["adaptive"]]
        if not adaptive.empty:
            row["adaptive_seconds"] = float(adaptive["wall_seconds"].iloc[0])
            row["adaptive_vs_best"] = row["adaptive_seconds"] / row["best_fixed_seconds"]
    if "sweep" in entry:
        tuned = entry["sweep"]
        row |= {"sweep_seconds": tuned["sweep_seconds"],
                "recommended_workers": tuned["recommended_workers"],
                "recommended_seconds": tuned["recommended_job"]["wall_seconds"]}
        if "best_fixed_seconds" in row:
            row["recommended_vs_best"] = row["recommended_seconds"] / row["best_fixed_seconds"]
    return row


def write(data: dict) -> None:
    """Every setting measured so far: the comparison, then each setting's tables."""
    STORE.write_text(json.dumps(data, indent=1, default=str))
    runs = data.get("runs", {})
    tables = {"Comparison (wall time of the job; ratios against the best fixed level)":
              pd.DataFrame([comparison(key, entry) for key, entry in runs.items()])}
    facts: dict = {"worker_bound": machine_worker_limit()}
    for key, entry in runs.items():
        if "learned" in entry:
            tables[f"{key}: the tuner's memory, adaptive runs against the best fixed level"] = \
                learned_summary(entry["learned"])
            tables[f"{key}: the tuner's memory, every run"] = pd.DataFrame(entry["learned"])[
                ["repeat", "run", "wall_seconds", "vs_best_fixed", "failed", "rate_limited",
                 "start_limit", "final_limit", "learned"]]
        if "jobs" in entry:
            tables[f"{key}: the demo's job, fixed levels and adaptive"] = pd.DataFrame(
                entry["jobs"]).drop(columns=["outcomes"])
        if "sweep" in entry:
            tuned = entry["sweep"]
            tables[f"{key}: the sweep, per level"] = pd.DataFrame(tuned["summary"])
            tables[f"{key}: fits over every run"] = pd.DataFrame(tuned["fits"])
            facts[f"{key}: recommendation"] = tuned["recommendation"]
            facts["method"] = tuned["method"]
    save("adaptive", tables, facts)


async def main(args: argparse.Namespace) -> None:
    data = json.loads(STORE.read_text()) if STORE.exists() else {}
    key = f"{args.profile}, seed {args.seed}, time_scale {args.time_scale:g}"
    limited = {"max_in_flight": args.max_in_flight} if args.max_in_flight else {}
    if limited:
        key += f", account limit {args.max_in_flight} in flight"
    entry = data.setdefault("runs", {}).setdefault(key, {})
    if args.part != "report":
        with Sandbox(args.vehicles, profile=args.profile, seed=args.seed,
                     time_scale=args.time_scale, **limited) as site:
            if args.part == "jobs":
                entry["jobs"] = await jobs(site, [int(x) for x in args.levels.split(",")])
            elif args.part == "learned":
                kept = [] if args.fresh else entry.get("learned", [])
                repeat = 1 + max((r["repeat"] for r in kept), default=-1)
                entry["learned"] = kept + await learned_repeat(
                    site, learned_levels(args.max_in_flight, args.levels), repeat)
            else:
                entry["sweep"] = await tuning(site, entry.get("jobs", []))
    write(data)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--part", choices=["jobs", "sweep", "learned", "report"], required=True,
                        help="report: only render what results/adaptive_runs.json holds")
    parser.add_argument("--levels", default="2,4,6,8,12")
    parser.add_argument("--vehicles", type=int, default=40)
    parser.add_argument("--profile", default="realistic")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--time-scale", type=float, default=0.25)
    parser.add_argument("--max-in-flight", type=int,
                        help="the sandbox account's limit of requests in flight (429 above it)")
    parser.add_argument("--fresh", action="store_true",
                        help="learned: drop the repeats kept for this setting first")
    asyncio.run(main(parser.parse_args()))
