"""Sequential vs parallel on the `realistic` profile: same vehicles, one run, side by side.

Reports wall time, speedup, efficiency, peak memory of the browser process tree, CPU per
vehicle by process kind, the CPU-bound ceiling this machine allows (`cpu_ceiling` on the
sequential run's CPU per vehicle; the in-process sandbox counts here because it shares the
cores, and is left out of the ceiling reported for a real site), the cost of starting a
worker on an inherited session against a fresh sign-in, and memory over a long run with
and without recycling. The browser is the default one (`vautokit setup-browser`).

    python benchmarks/bench_parallel.py [--vehicles 40] [--levels 1,2,4,8,12] [--time-scale 1.0]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time

import pandas as pd
from _common import save

from vautokit import Automation, ParallelConfig, Sandbox
from vautokit.browser import resolve_browser
from vautokit.metrics import CpuSampler, CpuUsage, MemorySampler, ProcessKind, cpu_ceiling


async def one_run(site: Sandbox, vehicles: int, workers: int, sequential: bool,
                  config: ParallelConfig | None = None):
    site.reset()
    config = (config or ParallelConfig()).with_(max_concurrency=workers)
    async with Automation(site, config=config) as va:
        links = await va.vehicles(saved_filter=None, limit=vehicles)
        async with MemorySampler(interval=1.0) as sampler, CpuSampler() as cpu:
            result = await va.process(links, sequential=sequential, progress="none")
    return result, sampler, cpu.usage


def cpu_columns(usage: CpuUsage, vehicles: int) -> dict[str, float]:
    """CPU seconds per vehicle of each process kind, and of all with the sandbox."""
    per_vehicle = usage.per_vehicle(vehicles)
    return {**{f"cpu_{kind}": per_vehicle[kind] for kind in ProcessKind
               if kind is not ProcessKind.OTHER},
            "cpu_per_vehicle": usage.total(with_sandbox=True) / max(vehicles, 1)}


async def session_start_cost(site: Sandbox, repeats: int = 5) -> pd.DataFrame:
    """A worker context from the inherited storage state vs a fresh sign-in."""
    site.reset()
    rows = []
    async with Automation(site) as va:
        state = await va.context.storage_state()
        for _ in range(repeats):
            start = time.perf_counter()
            context = await va.browser.new_context(storage_state=state)
            inherited = time.perf_counter() - start
            page = await context.new_page()
            first_page = time.perf_counter() - start
            await page.goto(va.profile.url("dashboard"))
            assert await va.login.is_signed_in(page)
            await context.close()
            start = time.perf_counter()
            context = await va.browser.new_context()
            await va.login.login(await context.new_page())
            fresh = time.perf_counter() - start
            await context.close()
            rows.append({"inherit_context_ms": inherited * 1000,
                         "inherit_context_and_page_ms": first_page * 1000,
                         "fresh_sign_in_ms": fresh * 1000})
    frame = pd.DataFrame(rows)
    return frame.agg(["median", "max"]).reset_index(names="stat")


async def recycling(site: Sandbox, vehicles: int) -> pd.DataFrame:
    """Browser-tree memory along a long run, recycling contexts every 50 vehicles or never.

    Memory does not depend on latency, so this run uses a small time scale to stay short.
    """
    site.set_behavior(time_scale=0.02)
    rows = []
    for recycle_after in (50, 0):
        config = ParallelConfig(recycle_after=recycle_after, max_concurrency=3)
        result, sampler, _ = await one_run(site, vehicles, 3, False, config)
        samples = sampler.samples
        quarter = max(len(samples) // 4, 1)
        rows.append({"recycle_after": recycle_after or "never", "vehicles": len(result.records),
                     "wall_seconds": result.wall_seconds,
                     "mb_first_quarter": max(samples[:quarter]),
                     "mb_last_quarter": max(samples[-quarter:]),
                     "peak_mb": sampler.peak_mb})
    return pd.DataFrame(rows)


async def main(args: argparse.Namespace) -> None:
    levels = [int(x) for x in args.levels.split(",")]
    cores = os.cpu_count() or 1
    with Sandbox(max(args.vehicles, args.long_run) + 10, profile="realistic", seed=7,
                 time_scale=args.time_scale) as site:
        base, base_sampler, base_cpu = await one_run(site, args.vehicles, 1, True)
        n = len(base.records)
        cpu_per_vehicle = base_cpu.total(with_sandbox=True) / n
        wall_per_vehicle = base.wall_seconds / n
        ceiling = cpu_ceiling(cpu_per_vehicle, wall_per_vehicle, cores)
        real_site_ceiling = cpu_ceiling(base_cpu.total() / n, wall_per_vehicle, cores)
        rows = [{"mode": "sequential", "workers": 1, "wall_seconds": base.wall_seconds,
                 "speedup": 1.0, "efficiency": 1.0, "limit": 1.0, "share_of_limit": 1.0,
                 "peak_mb": base_sampler.peak_mb, **cpu_columns(base_cpu, n),
                 "outcomes": dict(base.outcomes)}]
        for workers in levels:
            result, sampler, usage = await one_run(site, args.vehicles, workers, False)
            speedup = base.wall_seconds / result.wall_seconds
            limit = min(workers, ceiling)
            rows.append({"mode": "parallel", "workers": workers,
                         "wall_seconds": result.wall_seconds, "speedup": speedup,
                         "efficiency": speedup / workers, "limit": limit,
                         "share_of_limit": speedup / limit, "peak_mb": sampler.peak_mb,
                         **cpu_columns(usage, len(result.records)),
                         "outcomes": dict(result.outcomes)})
            print(rows[-1], flush=True)
        table = pd.DataFrame(rows)
        parallel = table[table["mode"] == "parallel"]
        best = parallel.loc[parallel["speedup"].idxmax()]
        per_worker_mb = (parallel["peak_mb"].iloc[-1] - parallel["peak_mb"].iloc[0]) / max(
            parallel["workers"].iloc[-1] - parallel["workers"].iloc[0], 1)
        start_cost = await session_start_cost(site)
        memory = await recycling(site, args.long_run) if args.long_run else pd.DataFrame()
    tables = {"Sequential vs parallel": table.drop(columns=["outcomes"]),
              "Worker start: inherited session vs fresh sign-in": start_cost,
              "Memory over a long run": memory}
    save("parallel", {title: frame for title, frame in tables.items() if not frame.empty},
         {"profile": "realistic", "time_scale": args.time_scale, "vehicles": n,
          "browser": f"{resolve_browser().build} ({resolve_browser().executable})",
          "seconds_per_vehicle_sequential": round(wall_per_vehicle, 3),
          "cpu_seconds_per_vehicle": round(cpu_per_vehicle, 3),
          "cpu_bound_ceiling": round(ceiling, 2),
          "cpu_bound_ceiling_real_site": round(real_site_ceiling, 2),
          "best_speedup": f"{best['speedup']:.2f} at {int(best['workers'])} workers",
          "best_vs_limit": round(float(best["speedup"] / best["limit"]), 3),
          **{f"share_of_limit_at_{w}": round(float(share.iloc[0]), 3)
             for w in (8, 12)
             if len(share := parallel.loc[parallel["workers"] == w, "share_of_limit"])},
          "memory_added_per_worker_mb": round(float(per_worker_mb), 1),
          "outcomes_sequential": rows[0]["outcomes"]})


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vehicles", type=int, default=40)
    parser.add_argument("--levels", default="1,2,4,8,12")
    parser.add_argument("--time-scale", type=float, default=1.0)
    parser.add_argument("--long-run", type=int, default=300,
                        help="vehicles in the recycling run (0 to skip)")
    args = parser.parse_args()
    asyncio.run(main(args))
