"""vautokit against Crawlee for Python on the same sandbox job, interleaved, same browser build.

The sandbox (``realistic`` profile) runs in this process; each tool runs its job in a child
process of its own, vautokit in this environment and Crawlee in ``benchmarks/.peer-venv``
(built here from ``benchmarks/peer/requirements.txt`` when missing: Crawlee is never a
dependency of vautokit). Both sign in once, then handle the same vehicles with the same
Chromium executable and flags. A first, untimed pair of runs warms both up and fixes the
reference: vautokit's saved boxes, from which each vehicle's labels to tick are handed to the
peer (vautokit's mapping decides for both; the peer does the browser work). Every timed run
starts on fresh sandbox state and must leave the store exactly as the reference did, or its
row is marked invalid.

CPU is exact: the child's whole process tree as the kernel accounts it (browser, driver,
Python), less the child's own start-up (interpreter and imports); the sandbox is in this
process and never counts.

    python benchmarks/bench_peer.py --levels 1          # under flock /tmp/vautokit-browser.lock
    python benchmarks/bench_peer.py --levels 4,8,auto
    python benchmarks/bench_peer.py --part report       # Markdown from the stored runs

To measure a commit while the working tree is being edited, run a copy of its package:
``git archive <commit> vautokit | tar -x -C DIR`` and ``PYTHONPATH=DIR`` (the children
inherit it); the report names the package it measured and its commit.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

import pandas as pd
from _common import REPO, RESULTS, save

import vautokit
from vautokit import Automation, BrowserLauncher, ParallelConfig, Sandbox
from vautokit.auth import Credentials, SandboxInbox
from vautokit.browser import resolve_browser
from vautokit.browser._launch import CHROMIUM_ARGS
from vautokit.errors import InvalidVinError
from vautokit.sandbox._access import SiteAccess
from vautokit.site import SiteProfile
from vautokit.vehicles import VehicleLink, VehicleValidationService

HERE = Path(__file__).resolve().parent
PEER_DIR = HERE / "peer"
PEER_VENV = HERE / ".peer-venv"
PEER_PYTHON = PEER_VENV / "bin" / "python"
RUNS = RESULTS / "peer.runs.json"
TOOLS = ("vautokit", "crawlee")
AUTO_MAX = 8
"""The ceiling both tools' automatic concurrency may reach: the top fixed level."""
WARM_UP_WORKERS = 4
CHILD_TIMEOUT = 600


RUN_KEYS = ("commit", "repeats", "vehicles", "time_scale", "seed", "browser")
"""What each stored run carries of the invocation that made it: a later invocation for
other levels (or another job) leaves the rows it did not make labelled as they were."""


def measured_vautokit() -> tuple[str, str]:
    """Which vautokit ran: its commit and where its package was (a copy's commit from a
    COMMIT file beside it, else the repository's HEAD, marked when the package differs
    from it)."""
    package = Path(vautokit.__file__).resolve().parent
    commit_file = package.parent / "COMMIT"
    if commit_file.exists():
        return commit_file.read_text().strip()[:12], f"copy at {package}"
    head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short=12", "HEAD"],
                          capture_output=True, text=True).stdout.strip()
    edited = subprocess.run(["git", "-C", str(REPO), "diff", "--quiet", "HEAD", "--",
                             "vautokit"]).returncode != 0
    return f"{head}{' plus uncommitted changes' if edited else ''}", str(package)


def ensure_peer_venv() -> None:
    """Build the peer's own virtual environment once; a later run reuses it."""
    if PEER_PYTHON.exists():
        return
    print(f"building {PEER_VENV} (Crawlee and its dependencies)", file=sys.stderr, flush=True)
    venv.create(PEER_VENV, with_pip=True)
    subprocess.run([str(PEER_PYTHON), "-m", "pip", "install", "-q", "-r",
                    str(PEER_DIR / "requirements.txt")], check=True)


# the vautokit side, in a child process like the peer -----------------------------------------
async def vautokit_job(job: dict) -> dict:
    """Sign in once, then process the job's links (or, with ``collect``, the grid's)."""
    started = time.perf_counter()
    profile = SiteProfile.load("sandbox", base_url=job["url"])
    access = SiteAccess(profile, Credentials(job["username"], job["password"]),
                        SandboxInbox(profile.url("sms_inbox", username=job["username"]),
                                     token=job["inbox_token"]))
    config = (ParallelConfig(adaptive=True, max_concurrency=job["max_concurrency"])
              if job["workers"] is None else ParallelConfig(max_concurrency=job["workers"]))
    launcher = BrowserLauncher(executable=job["executable"])
    async with Automation(access, config=config, launcher=launcher) as va:
        links = ([VehicleLink(**link) for link in job["links"]] if job["links"]
                 else await va.vehicles(saved_filter=None))
        result = await va.process(links, progress="none")
        browser_version = va.browser_version
    done = time.perf_counter()
    return {"wall_seconds": done - started, "process_seconds": result.wall_seconds,
            "vehicles": len(links), "outcomes": dict(result.outcomes),
            "failed_requests": result.outcomes["failed"] + result.outcomes["none"],
            "browser_version": browser_version,
            "links": [dataclasses.asdict(link) for link in links] if not job["links"] else []}


def vautokit_child() -> None:
    startup_cpu = time.process_time()
    report = asyncio.run(vautokit_job(json.load(sys.stdin)))
    print(json.dumps({**report, "startup_cpu_seconds": startup_cpu}))


# running one tool once -----------------------------------------------------------------------
def run_child(tool: str, job: dict) -> dict:
    """One job in a fresh child; its report plus the exact CPU of its whole process tree."""
    if tool == "vautokit":
        command = [sys.executable, __file__, "--child"]
    else:
        command = [str(PEER_PYTHON), str(PEER_DIR / "crawlee_job.py")]
    with tempfile.TemporaryDirectory(prefix=f"bench-peer-{tool}-") as scratch:
        env = {**os.environ, "CRAWLEE_STORAGE_DIR": scratch}
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(command, input=json.dumps(job), capture_output=True, text=True,
                              cwd=scratch, env=env, timeout=CHILD_TIMEOUT)
        elapsed = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{tool} job failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    tree_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    report["child_seconds"] = elapsed
    report["job_cpu_seconds"] = tree_cpu - report["startup_cpu_seconds"]
    return report


def job_for(site: Sandbox, tool: str, level: str, links: list[dict],
            ticks: dict[str, list[str]]) -> dict:
    workers = None if level == "auto" else int(level)
    job = {"url": site.url, "username": site.account.username,
           "password": site.account.password, "inbox_token": site.inbox_token,
           "executable": resolve_browser().executable, "workers": workers,
           "max_concurrency": AUTO_MAX, "timeout": 60}
    if tool == "vautokit":
        return {**job, "links": links}
    return {**job, "args": list(CHROMIUM_ARGS), "vehicles": [
        {"id": link["id"], "vin": link["vin"], "gauge_url": link["gauge_url"],
         "open": vin_passes(link), "tick": ticks.get(link["id"], [])} for link in links]}


def vin_passes(link: dict) -> bool:
    """vautokit's verdict on the grid's VIN, before any page opens (the peer gets it too)."""
    try:
        VehicleValidationService().check_link(VehicleLink(**link))
    except InvalidVinError:
        return False
    return True


def saved_of(site: Sandbox) -> dict[str, list[str]]:
    return {str(v.id): sorted(site.saved_state()[v.id]) for v in site.vehicles_of()}


def warm_up(site: Sandbox) -> tuple[list[dict], dict[str, list[str]], dict[str, list[str]]]:
    """Untimed: vautokit collects the links and saves; its saves are the reference and give
    the peer its labels to tick; the peer then runs once and must reach the same store."""
    site.reset()
    initial = saved_of(site)
    first = run_child("vautokit", job_for(site, "vautokit", str(WARM_UP_WORKERS), [], {}))
    links = first["links"]
    reference = saved_of(site)
    ticks = {vid: sorted(set(reference[vid]) - set(initial[vid])) for vid in reference}
    site.reset()
    peer = run_child("crawlee", job_for(site, "crawlee", str(WARM_UP_WORKERS), links, ticks))
    if saved_of(site) != reference:
        raise RuntimeError(f"the peer's warm-up saved other boxes than vautokit's: "
                           f"outcomes {peer['outcomes']}")
    return links, ticks, reference


def timed_run(site: Sandbox, tool: str, level: str, repeat: int, links: list[dict],
              ticks: dict[str, list[str]], reference: dict[str, list[str]]) -> dict:
    site.reset()
    report = run_child(tool, job_for(site, tool, level, links, ticks))
    saves = len(site.audit_log())
    valid = saved_of(site) == reference and not report["failed_requests"]
    vehicles = report["vehicles"]
    row = {"level": level, "repeat": repeat, "tool": tool, "vehicles": vehicles,
           "wall_seconds": report["wall_seconds"], "process_seconds": report["process_seconds"],
           "throughput_per_min": 60 * vehicles / report["wall_seconds"],
           "cpu_per_vehicle": report["job_cpu_seconds"] / vehicles,
           "startup_cpu_seconds": report["startup_cpu_seconds"], "saves": saves,
           "valid": valid, "outcomes": report["outcomes"],
           "browser_version": report["browser_version"],
           **({"crawlee": report["crawlee"], "playwright": report["playwright"]}
              if tool == "crawlee" else {})}
    print({k: row[k] for k in ("level", "repeat", "tool", "wall_seconds", "cpu_per_vehicle",
                               "saves", "valid")}, file=sys.stderr, flush=True)
    return row


def measure(args: argparse.Namespace) -> None:
    ensure_peer_venv()
    levels = args.levels.split(",")
    stored = json.loads(RUNS.read_text()) if RUNS.exists() else {"facts": {}, "runs": []}
    with Sandbox(args.vehicles, profile="realistic", seed=args.seed,
                 time_scale=args.time_scale) as site:
        links, ticks, reference = warm_up(site)
        label_earlier_runs(stored)
        stored["facts"]["profile"] = "realistic"
        commit, package = measured_vautokit()
        this_run = {"commit": commit, "vautokit_measured": package, "repeats": args.repeats,
                    "time_scale": args.time_scale, "seed": args.seed,
                    "browser": resolve_browser().executable,
                    "boxes_ticked_by_reference": sum(len(t) for t in ticks.values())}
        for level in levels:  # stored level by level: a stretch cut short keeps what it did
            rows = [{**timed_run(site, tool, level, repeat, links, ticks, reference),
                     **this_run}
                    for repeat in range(args.repeats) for tool in TOOLS]
            stored["runs"] = [r for r in stored["runs"] if r["level"] != level] + rows
            RUNS.write_text(json.dumps(stored, indent=1))
    report()


def label_earlier_runs(stored: dict) -> None:
    """Rows stored before each run carried its own labels get the file-wide ones they were
    made under (once: those facts then leave the file, so no later run relabels them)."""
    facts = stored["facts"]
    earlier = {key: facts.pop(key) for key in (*RUN_KEYS, "vautokit_measured",
                                                "boxes_ticked_by_reference") if key in facts}
    for row in stored["runs"]:
        for key, value in earlier.items():
            row.setdefault(key, value)
        measured = row.get("vautokit_measured") or ""
        if "commit" not in row and measured:  # "<commit> (<package>)", as stored before
            commit, _, package = measured.partition(" (")
            row["commit"], row["vautokit_measured"] = commit, package.rstrip(")")


# the report ----------------------------------------------------------------------------------
def per_level(runs: pd.DataFrame) -> pd.DataFrame:
    """Means per level and tool side by side; the ratio is vautokit's throughput over the peer's."""
    rows = []
    for level, group in runs.groupby("level", sort=False):
        mean = group.groupby("tool")[["wall_seconds", "process_seconds", "throughput_per_min",
                                      "cpu_per_vehicle"]].mean()
        a, b = mean.loc["vautokit"], mean.loc["crawlee"]
        pairs = group.pivot_table(index="repeat", columns="tool", values="wall_seconds")
        per_pair = pairs["crawlee"] / pairs["vautokit"]
        rows.append({"level": level, "vautokit_wall_s": a["wall_seconds"],
                     "crawlee_wall_s": b["wall_seconds"],
                     "vautokit_per_min": a["throughput_per_min"],
                     "crawlee_per_min": b["throughput_per_min"],
                     "ratio": b["wall_seconds"] / a["wall_seconds"],
                     "ratio_range": f"{per_pair.min():.2f}-{per_pair.max():.2f}",
                     "ratio_after_sign_in": b["process_seconds"] / a["process_seconds"],
                     "vautokit_cpu_per_vehicle": a["cpu_per_vehicle"],
                     "crawlee_cpu_per_vehicle": b["cpu_per_vehicle"],
                     "runs": len(group), "all_valid": bool(group["valid"].all()),
                     **{key: _distinct(group, key) for key in RUN_KEYS}})
    order = {"1": 0, "2": 1, "4": 2, "8": 3, "auto": 9}
    return pd.DataFrame(rows).sort_values("level", key=lambda s: s.map(order).fillna(5))


def _distinct(group: pd.DataFrame, key: str) -> str:
    """The values a level's runs carry for ``key`` (one, unless the level was mixed)."""
    values = group.get(key, pd.Series(dtype=object)).dropna()
    return ", ".join(sorted({str(value) for value in values})) or "-"


def report() -> None:
    stored = json.loads(RUNS.read_text())
    label_earlier_runs(stored)
    runs = pd.DataFrame(stored["runs"])
    peer = runs[runs["tool"] == "crawlee"]
    versions = {"crawlee": ", ".join(sorted(set(peer["crawlee"]))),
                "playwright (both tools)": ", ".join(sorted(set(peer["playwright"]))),
                "browser_build": ", ".join(sorted(set(runs["browser_version"])))}
    notes = {
        "job": "sign in once (2FA from the sandbox inbox), then every vehicle of the account: "
               "gauge page, Vehicle Info tab, VIN check, window sticker popup (HTML or PDF "
               "parsed with pypdf), tick, save, saved status awaited; wall includes browser "
               "launch and sign-in, ratio_after_sign_in compares the processing alone",
        "labels": "the peer receives each vehicle's labels to tick and vautokit's VIN verdict "
                  "on the grid, precomputed by vautokit's mapping (untimed warm-up run), so "
                  "the comparison is about the browser work",
        "peer": "PlaywrightCrawler with its defaults (shared persistent context, a page per "
                "request, fingerprints, SessionPool carrying the signed-in cookies); fixed "
                "levels as ConcurrencySettings(min=max=desired=N); auto is its autoscaled "
                f"pool with max_concurrency={AUTO_MAX} (so its default desired_concurrency "
                f"of 10, where it starts, is capped at {AUTO_MAX}; min 1)",
        "vautokit_auto": f"ParallelConfig(adaptive=True, max_concurrency={AUTO_MAX})",
        "order": "interleaved per level: vautokit, Crawlee, vautokit, Crawlee; every run on "
                 "fresh sandbox state, each tool in a child process, the sandbox in the "
                 "parent",
        "valid": "a run is valid when it left every vehicle's saved boxes as the reference "
                 "did and nothing failed",
        "cpu_per_vehicle": "exact CPU of the tool's whole process tree (Python, driver, "
                           "browser) less its interpreter start-up and imports, sandbox "
                           "excluded, over all vehicles",
    }
    columns = ["level", "repeat", "tool", "vehicles", "wall_seconds", "process_seconds",
               "throughput_per_min", "cpu_per_vehicle", "startup_cpu_seconds", "saves",
               "valid", "commit", "repeats"]
    runs = runs.reindex(columns=list(dict.fromkeys([*columns, *runs.columns])))
    save("peer", {"Per level (means; ratio = vautokit throughput / Crawlee's)": per_level(runs),
                  "Every run, in the order run": runs[columns]},
         {**stored["facts"], **versions, **notes})


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--levels", default="1,4,8,auto",
                        help="comma-separated worker counts and/or 'auto'")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--vehicles", type=int, default=24)
    parser.add_argument("--time-scale", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--part", choices=("run", "report"), default="run")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parsed = parser.parse_args()
    if parsed.child:
        vautokit_child()
    elif parsed.part == "report":
        report()
    else:
        measure(parsed)
