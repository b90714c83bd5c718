"""CPU per vehicle by process kind: full Chromium vs the headless shell, and candidate flags.

Every setup runs the same job (the `realistic` sandbox, Recent Inventory, one seed) in a
fresh child process, one after the other in one invocation. Two CPU figures per run:
``cpu_seconds`` is exact, the whole child's process tree as the kernel accounts it (what
`/usr/bin/time` reports, sandbox and sign-in included); the per-kind columns come from
sampling the tree during `process()` only, per vehicle, the sandbox apart.

    python benchmarks/bench_cpu.py [--vehicles 40] [--time-scale 0.1] [--seed 31]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import time
from dataclasses import asdict, dataclass

import pandas as pd
from _common import save

from vautokit import Automation, BrowserLauncher, ParallelConfig, Sandbox
from vautokit.browser import resolve_browser
from vautokit.metrics import CpuSampler, ProcessKind

FULL_CHROMIUM = "/usr/bin/chromium"
CANDIDATE_FLAGS = {
    "in-process GPU": ("--in-process-gpu",),
    "no site isolation": ("--disable-site-isolation-trials",),
    "one renderer per site": ("--process-per-site",),
    "no smooth scrolling, no software rasterizer": ("--disable-smooth-scrolling",
                                                    "--disable-software-rasterizer"),
    # against the frames no step reads (issue 22: a third of the browser's CPU produces them)
    "one raster thread": ("--num-raster-threads=1",),
    "no LCD text, no partial raster": ("--disable-lcd-text", "--disable-partial-raster"),
    "no GPU compositing": ("--disable-gpu-compositing",),
    "reduced motion": ("--force-prefers-reduced-motion",),
    "at most two renderers": ("--renderer-process-limit=2",),
}
"""Flags that turn off work a headless worker may never need; kept only if they measurably
help (none did: see benchmarks/results/cpu.md), so they are tried here, not launched.
``--disable-threaded-compositing`` is not among them: the sandbox's sign-in never finishes
under it (its first page's waits time out)."""
REPEATS_OF_DEFAULT = 3
"""Runs of the default at the top level: their spread is the noise a candidate must beat."""


@dataclass(frozen=True)
class Setup:
    label: str
    workers: int
    executable: str | None = None
    extra_args: tuple[str, ...] = ()


async def run_job(setup: Setup, args: argparse.Namespace) -> dict:
    """One job in this process: what the child prints for its parent."""
    launcher = BrowserLauncher(executable=setup.executable, extra_args=setup.extra_args)
    config = ParallelConfig(max_concurrency=setup.workers)
    with Sandbox(args.vehicles, profile="realistic", seed=args.seed,
                 time_scale=args.time_scale) as site:
        async with Automation(site, config=config, launcher=launcher) as va:
            links = await va.vehicles()
            async with CpuSampler() as sampler:
                result = await va.process(links, progress="none")
    return {"build": launcher.choice.build, "vehicles": len(result.records),
            "wall_seconds": result.wall_seconds,
            "per_vehicle": sampler.usage.per_vehicle(len(result.records)),
            "outcomes": dict(sorted(result.outcomes.items()))}


def in_child(setup: Setup, args: argparse.Namespace) -> dict:
    """Run ``setup`` in a fresh process; add the exact CPU of its whole tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    command = [sys.executable, __file__, "--child", json.dumps(asdict(setup)),
               "--vehicles", str(args.vehicles), "--time-scale", str(args.time_scale),
               "--seed", str(args.seed)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    row = {"setup": setup.label, "build": report["build"], "workers": setup.workers,
           "vehicles": report["vehicles"], "wall_seconds": report["wall_seconds"],
           "process_seconds": time.perf_counter() - started, "cpu_seconds": cpu,
           **{f"{kind}_per_vehicle": value for kind, value in report["per_vehicle"].items()},
           "outcomes": report["outcomes"]}
    print({k: v for k, v in row.items() if k in ("setup", "workers", "wall_seconds",
                                                  "cpu_seconds", "total_per_vehicle")},
          file=sys.stderr, flush=True)
    return row


def setups(levels: list[int]) -> list[Setup]:
    """Full Chromium against the default at each level, then each candidate flag at the top."""
    default = resolve_browser().executable
    rows = []
    for workers in levels:
        rows += [Setup("full Chromium", workers, FULL_CHROMIUM),
                 Setup("default", workers, default)]
    rows += [Setup("default", levels[-1], default)] * (REPEATS_OF_DEFAULT - 1)
    for label, flags in CANDIDATE_FLAGS.items():
        rows.append(Setup(f"default + {label}", levels[-1], default, flags))
    return rows


def headline(table: pd.DataFrame) -> dict:
    """The issue's claims: CPU share of full Chromium at each level, speed at the top one."""
    mean = table.groupby(["setup", "workers"])[["wall_seconds", "cpu_seconds"]].mean()
    top = int(table["workers"].max())
    default_top = table[(table["setup"] == "default") & (table["workers"] == top)]
    return {
        "default_cpu_share_of_full": {
            int(w): round(float(mean.loc[("default", w), "cpu_seconds"]
                                / mean.loc[("full Chromium", w), "cpu_seconds"]), 3)
            for w in sorted(set(table["workers"]))},
        f"default_speedup_over_full_at_{top}": round(float(
            mean.loc[("full Chromium", top), "wall_seconds"]
            / mean.loc[("default", top), "wall_seconds"]), 3),
        f"default_cpu_seconds_spread_at_{top}": [round(float(default_top["cpu_seconds"].min()),
                                                       2),
                                                 round(float(default_top["cpu_seconds"].max()),
                                                       2)],
        "identical_outcomes": bool(table["outcomes"].astype(str).nunique() == 1)}


def main(args: argparse.Namespace) -> None:
    levels = [int(x) for x in args.levels.split(",")]
    table = pd.DataFrame([in_child(setup, args) for setup in setups(levels)])
    kinds = [f"{kind}_per_vehicle" for kind in ProcessKind] + ["total_per_vehicle"]
    save("cpu", {"Wall and exact CPU of each run (whole process tree)":
                 table[["setup", "build", "workers", "vehicles", "wall_seconds",
                        "cpu_seconds"]],
                 "CPU seconds per vehicle by process kind (sampled; total without sandbox)":
                 table[["setup", "workers", *kinds]]},
         {"profile": "realistic", "time_scale": args.time_scale, "seed": args.seed,
          "full_chromium": FULL_CHROMIUM, "default_browser": resolve_browser().describe(),
          **headline(table), "outcomes": table["outcomes"].iloc[0]})


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vehicles", type=int, default=40, help="sandbox size")
    parser.add_argument("--time-scale", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=31)
    parser.add_argument("--levels", default="1,4,8")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parsed = parser.parse_args()
    if parsed.child:
        child_setup = Setup(**{**json.loads(parsed.child),
                               "extra_args": tuple(json.loads(parsed.child)["extra_args"])})
        print(json.dumps(asyncio.run(run_job(child_setup, parsed))))
    else:
        main(parsed)
