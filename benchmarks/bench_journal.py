"""Journal overhead: the same parallel run with and without the run journal, side by side.

    python benchmarks/bench_journal.py [--vehicles 24] [--pairs 2] [--time-scale 0.25]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path

import pandas as pd
from _common import save

from vautokit import Automation, ParallelConfig, RunJournal, Sandbox


async def one_run(site: Sandbox, vehicles: int, journal: RunJournal | None) -> float:
    site.reset()
    async with Automation(site, config=ParallelConfig(max_concurrency=3)) as va:
        links = await va.vehicles(saved_filter=None, limit=vehicles)
        result = await va.process(links, progress="none", journal=journal)
    return result.wall_seconds


async def main(args: argparse.Namespace) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp, Sandbox(
            args.vehicles + 10, profile="realistic", seed=7, time_scale=args.time_scale) as site:
        journal = RunJournal(Path(tmp) / "journal.sqlite")
        for pair in range(args.pairs):  # alternate so drift hits both sides alike
            rows.append({"pair": pair, "journal": False,
                         "wall_seconds": await one_run(site, args.vehicles, None)})
            rows.append({"pair": pair, "journal": True,
                         "wall_seconds": await one_run(site, args.vehicles, journal)})
        journal.close()
    table = pd.DataFrame(rows)
    means = table.groupby("journal")["wall_seconds"].mean()
    overhead = means[True] / means[False] - 1
    save("journal", {"Parallel run with and without the journal": table},
         {"profile": "realistic", "time_scale": args.time_scale, "vehicles": args.vehicles,
          "workers": 3, "mean_without": round(means[False], 3),
          "mean_with": round(means[True], 3), "overhead": f"{overhead:+.2%}"})


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vehicles", type=int, default=24)
    parser.add_argument("--pairs", type=int, default=2)
    parser.add_argument("--time-scale", type=float, default=0.25)
    asyncio.run(main(parser.parse_args()))
