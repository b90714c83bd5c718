"""The same job on one local browser vs two CDP endpoints, one run, side by side.

Both endpoints run on this machine (`LocalEndpoints`, what `vautokit browsers` serves), so
this measures what remote workers cost, not what a second machine gains: the browsers
share the same cores. Peak memory covers every Chromium below this process: the main
browser, plus the two endpoint browsers in the second run.

    python benchmarks/bench_endpoints.py [--vehicles 24] [--workers 4] [--time-scale 0.5]
"""

from __future__ import annotations

import argparse
import asyncio
from collections import Counter

import pandas as pd
from _common import save

from vautokit import Automation, ParallelConfig, Sandbox
from vautokit.browser import LocalEndpoints
from vautokit.metrics import MemorySampler


async def one_run(site: Sandbox, vehicles: int, config: ParallelConfig, label: str) -> dict:
    site.reset()
    async with Automation(site, config=config) as va:
        links = await va.vehicles(saved_filter=None, limit=vehicles)
        async with MemorySampler(interval=1.0) as sampler:
            result = await va.process(links, progress="none")
    per_endpoint = Counter(r.endpoint for r in result.records if r.endpoint)
    return {"setup": label, "workers": config.max_concurrency,
            "wall_seconds": result.wall_seconds,
            "vehicles_per_min": 60 * len(result.records) / result.wall_seconds,
            "peak_mb": sampler.peak_mb, "cpu_seconds": sampler.cpu_seconds,
            "vehicles_per_endpoint": dict(per_endpoint), "outcomes": dict(result.outcomes)}


async def main(args: argparse.Namespace) -> None:
    local = ParallelConfig(max_concurrency=args.workers)
    with Sandbox(args.vehicles + 10, profile="realistic", seed=7,
                 time_scale=args.time_scale) as site:
        rows = [await one_run(site, args.vehicles, local, "one local browser")]
        with LocalEndpoints(2) as endpoints:  # started only now: idle, they would count above
            remote = local.with_(endpoints=tuple(str(e) for e in endpoints))
            rows.append(await one_run(site, args.vehicles, remote, "two CDP endpoints"))
    table = pd.DataFrame(rows)
    ratio = rows[1]["wall_seconds"] / rows[0]["wall_seconds"]
    save("endpoints", {"One local browser vs two endpoints": table.drop(columns=["outcomes"])},
         {"profile": "realistic", "time_scale": args.time_scale, "vehicles": args.vehicles,
          "workers": args.workers, "two_endpoints_vs_local_wall": round(ratio, 3),
          "outcomes": [r["outcomes"] for r in rows]})


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vehicles", type=int, default=24)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--time-scale", type=float, default=0.5)
    asyncio.run(main(parser.parse_args()))
