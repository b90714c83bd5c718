"""Interleaved A/B of CPU per vehicle between commits: bench_cpu's job, one tree per commit.

Each commit is exported with ``git archive`` into a directory of its own and every run is a
fresh ``bench_cpu.py --child`` with ``PYTHONPATH`` = that tree, so only committed code is
measured. Rounds alternate the trees' order (A, B / B, A / A, B ...) so that drift on a
shared machine falls on both sides. Launches Chromium: hold the browser lock around it.

    flock /tmp/vautokit-browser.lock .venv/bin/python benchmarks/ab_cpu.py \
        --trees base=b0ca67a head=HEAD --levels 1,8 --rounds 3 --out ab.json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path("benchmarks", "bench_cpu.py")
KINDS = ("browser", "renderer", "gpu", "driver", "python", "total")
"""Per-vehicle columns reported; ``total`` is every kind but the sandbox (bench_cpu's own)."""


def export(commit: str, root: Path) -> tuple[str, Path]:
    """``git archive`` of ``commit`` (in the current directory's repository) into
    ``root/<short hash>``: the tree a run imports."""
    short = subprocess.run(["git", "rev-parse", "--short", commit],
                           capture_output=True, text=True, check=True).stdout.strip()
    tree = root / short
    tree.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", short],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return short, tree


def run_child(tree: Path, bench: Path, workers: int, args: argparse.Namespace) -> dict:
    """One bench_cpu child on ``tree``'s library; the exact CPU of its whole process tree."""
    setup = {"label": "default", "workers": workers, "executable": None, "extra_args": []}
    command = [sys.executable, str(bench), "--child", json.dumps(setup),
               "--vehicles", str(args.vehicles), "--time-scale", str(args.time_scale),
               "--seed", str(args.seed)]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env,
                          cwd=tree)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return {"workers": workers, "build": report["build"], "vehicles": report["vehicles"],
            "wall_seconds": report["wall_seconds"],
            "process_seconds": time.perf_counter() - started,
            "tree_cpu_seconds": (after.ru_utime - before.ru_utime)
            + (after.ru_stime - before.ru_stime),
            "per_vehicle": report["per_vehicle"], "outcomes": report["outcomes"]}


def summary(runs: list[dict], names: list[str], levels: list[int]) -> dict:
    """Medians per tree and level, and each later tree's ratio to the first on them."""
    medians: dict[str, dict[str, dict[str, float]]] = {}
    for name in names:
        for workers in levels:
            mine = [r for r in runs if r["tree"] == name and r["workers"] == workers]
            row = {k: statistics.median(r["per_vehicle"][k] for r in mine) for k in KINDS}
            row["tree_cpu_seconds"] = statistics.median(r["tree_cpu_seconds"] for r in mine)
            row["wall_seconds"] = statistics.median(r["wall_seconds"] for r in mine)
            medians.setdefault(name, {})[str(workers)] = row
    first = names[0]
    ratios = {f"{name}/{first}": {str(w): {k: medians[name][str(w)][k] / medians[first][str(w)][k]
                                           for k in ("total", "tree_cpu_seconds")}
                                  for w in levels}
              for name in names[1:]}
    outcomes = {json.dumps(r["outcomes"], sort_keys=True) for r in runs}
    return {"medians": medians, "ratios_of_medians": ratios,
            "identical_outcomes": len(outcomes) == 1,
            "outcomes": [json.loads(o) for o in sorted(outcomes)]}


def interleaved(trees: dict[str, tuple[str, Path]], levels: list[int],
                args: argparse.Namespace) -> list[dict]:
    """Every level for every tree in each round, the trees' order reversed every other round."""
    names = list(trees)
    bench_from = trees[args.bench_from or names[-1]][1]
    runs = []
    for round_ in range(1, args.rounds + 1):
        for workers in levels:
            for name in names if round_ % 2 else names[::-1]:
                short, tree = trees[name]
                bench = (tree if args.own_bench else bench_from) / BENCH
                run = {"tree": name, "commit": short, "round": round_,
                       **run_child(tree, bench, workers, args)}
                print(json.dumps({k: run[k] for k in ("tree", "round", "workers",
                                                      "wall_seconds", "tree_cpu_seconds")}
                                 | {"total": run["per_vehicle"]["total"]}),
                      file=sys.stderr, flush=True)
                runs.append(run)
    return runs


def main(args: argparse.Namespace) -> None:
    levels = [int(x) for x in args.levels.split(",")]
    with tempfile.TemporaryDirectory(prefix="ab_cpu-") as root:
        trees = {name: export(commit, Path(root))
                 for name, commit in (spec.split("=", 1) for spec in args.trees)}
        runs = interleaved(trees, levels, args)
    names = list(trees)
    facts = {"commits": {name: short for name, (short, _) in trees.items()},
             "bench": "each tree's own bench_cpu.py" if args.own_bench
             else f"{args.bench_from or names[-1]}'s bench_cpu.py",
             "profile": "realistic", "vehicles_in_sandbox": args.vehicles,
             "time_scale": args.time_scale, "seed": args.seed, "levels": levels,
             "rounds": args.rounds, "cores": os.cpu_count()}
    args.out.write_text(json.dumps({"facts": facts, **summary(runs, names, levels),
                                    "runs": runs}, indent=1))

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trees", nargs="+", required=True, help="name=commit, first is A")
    parser.add_argument("--levels", default="1,8", help="worker counts, comma-separated")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--vehicles", type=int, default=28, help="sandbox size")
    parser.add_argument("--time-scale", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=31)
    parser.add_argument("--bench-from", help="the tree whose bench_cpu.py drives every tree "
                        "(default: the last one)")
    parser.add_argument("--own-bench", action="store_true",
                        help="run each tree's own benchmarks/bench_cpu.py instead")
    parser.add_argument("--out", type=Path, required=True, help="raw JSON written here")
    main(parser.parse_args())
