"""Seconds per vehicle per step, sequential, on the sandbox's `realistic` profile.

    python benchmarks/bench_steps.py [--vehicles 8] [--time-scale 1.0]
"""

from __future__ import annotations

import argparse
import asyncio

from _common import save

from vautokit import Automation, Sandbox


async def main(vehicles: int, time_scale: float) -> None:
    with Sandbox(40, profile="realistic", seed=7, time_scale=time_scale) as site:
        async with Automation(site) as va:
            links = await va.vehicles(saved_filter=None, limit=vehicles)
            result = await va.process(links, sequential=True, progress="none")
    steps = result.steps.groupby("step", sort=False)["seconds"].agg(
        ["count", "mean", "median", "max"]).reset_index()
    per_vehicle = result.wall_seconds / len(result.records)
    save("steps", {"Seconds per step (sequential)": steps},
         {"profile": "realistic", "time_scale": time_scale, "vehicles": len(result.records),
          "seconds_per_vehicle": round(per_vehicle, 3), "outcomes": dict(result.outcomes)})


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vehicles", type=int, default=8)
    parser.add_argument("--time-scale", type=float, default=1.0)
    args = parser.parse_args()
    asyncio.run(main(args.vehicles, args.time_scale))
