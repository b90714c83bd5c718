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

    python benchmarks/bench_adaptive.py --part jobs [--profile realistic] [--seed 7]
    python benchmarks/bench_adaptive.py --part sweep
    python benchmarks/bench_adaptive.py --part report   # render the Markdown again
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time

import pandas as pd
from _common import RESULTS, save

from vautokit import Automation, ParallelConfig, Sandbox
from vautokit.processing import EventKind
from vautokit.tuning import machine_worker_limit, sweep

STORE = RESULTS / "adaptive_runs.json"
"""Both parts of every setting measured; results/adaptive.md shows the last one written."""


async def job(site: Sandbox, config: ParallelConfig, label: str) -> dict:
    """The demo's job once, on fresh state: every recent vehicle at ``config``."""
    site.reset()
    async with Automation(site, config=config) as va:
        links = await va.vehicles()
        result = await va.process(links, progress="none")
    row = {"run": label, "workers": config.max_concurrency, "adaptive": config.adaptive,
           "vehicles": len(result.records), "wall_seconds": round(result.wall_seconds, 2),
           "vehicles_per_min": round(60 * len(result.records) / result.wall_seconds, 1),
           "status": result.status, "limit_changes": sum(
               1 for e in result.events if e.kind is EventKind.CONCURRENCY),
           "final_limit": next((e.limit for e in reversed(result.events)
                                if e.kind is EventKind.CONCURRENCY), None),
           "outcomes": dict(result.outcomes)}
    print(row, flush=True)
    return row


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
            else:
                entry["sweep"] = await tuning(site, entry.get("jobs", []))
    write(data)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--part", choices=["jobs", "sweep", "report"], required=True,
                        help="report: only render what results/adaptive_runs.json holds")
    parser.add_argument("--levels", default="2,4,6,8,12")
    parser.add_argument("--vehicles", type=int, default=40)
    parser.add_argument("--profile", default="realistic")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--time-scale", type=float, default=0.25)
    parser.add_argument("--max-in-flight", type=int,
                        help="the sandbox account's limit of requests in flight (429 above it)")
    asyncio.run(main(parser.parse_args()))
