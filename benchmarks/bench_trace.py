"""Where the browser's CPU goes per vehicle, thread by thread: a Chrome trace of one run.

The sampled CPU of `bench_cpu.py` says which process kind spends the CPU (the renderer most);
this says what inside it: Chrome's own trace of the `process()` part of a one-worker run of
the realistic sandbox job, each trace event's thread CPU time (``tdur``) summed per thread
and per event name, per vehicle. Tracing costs CPU itself, so the figures are shares to
compare within one run, not the CPU per vehicle of an untraced run.

    python benchmarks/bench_trace.py [--vehicles 12] [--time-scale 0.1] [--seed 31]
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections import Counter, defaultdict

import pandas as pd
from _common import save

from vautokit import Automation, ParallelConfig, Sandbox

CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute",
              "blink", "loading", "toplevel"]
"""Trace categories: enough to see script, style, layout, paint, raster and compositing."""
FRAME_THREADS = ("Renderer/ThreadPoolForegroundWorker", "Renderer/Compositor", "GPU Process/")
"""The threads that turn a page into frames: the renderer's raster workers and compositor,
and the GPU process (its viz compositor and main thread)."""


async def traced_run(args: argparse.Namespace) -> tuple[list[dict], int]:
    """The trace events of ``process()`` at one worker, and how many vehicles it processed."""
    with Sandbox(args.vehicles, profile="realistic", seed=args.seed,
                 time_scale=args.time_scale) as site:
        async with Automation(site, config=ParallelConfig(max_concurrency=1)) as va:
            links = await va.vehicles()
            await va.browser.start_tracing(categories=CATEGORIES)
            result = await va.process(links, progress="none")
            trace = await va.browser.stop_tracing()
    return json.loads(trace)["traceEvents"], len(result.records)


def thread_names(events: list[dict]) -> dict[tuple[int, int], str]:
    """``(pid, tid)`` -> "process kind/thread name", from the trace's metadata events."""
    processes = {e["pid"]: e["args"]["name"] for e in events
                 if e.get("ph") == "M" and e.get("name") == "process_name"}
    return {(e["pid"], e["tid"]): f"{processes.get(e['pid'], '?')}/{e['args']['name']}"
            for e in events if e.get("ph") == "M" and e.get("name") == "thread_name"}


def cpu_by_thread_and_event(events: list[dict]) -> tuple[Counter, Counter]:
    """Thread CPU seconds per thread (top-level events only, so nothing counts twice) and
    self CPU seconds per (thread, event name) (an event's own, less its children's)."""
    names = thread_names(events)
    per_thread: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for e in events:
        if e.get("ph") == "X" and "tdur" in e:
            per_thread[(e["pid"], e["tid"])].append(e)
    threads, selves = Counter(), Counter()
    for key, evs in per_thread.items():
        evs.sort(key=lambda e: (e["ts"], -e["dur"]))
        name, stack, own = names.get(key, "?/?"), [], {}
        for e in evs:
            while stack and stack[-1]["ts"] + stack[-1]["dur"] <= e["ts"]:
                stack.pop()
            if stack:
                parent = stack[-1]
                own[id(parent)] = own.get(id(parent), parent["tdur"]) - e["tdur"]
            else:
                threads[name] += e["tdur"] / 1e6
            stack.append(e)
            own.setdefault(id(e), e["tdur"])
        for e in evs:
            selves[(name, e["name"])] += own[id(e)] / 1e6
    return threads, selves


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vehicles", type=int, default=12)
    parser.add_argument("--time-scale", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=31)
    args = parser.parse_args()
    events, vehicles = asyncio.run(traced_run(args))
    threads, selves = cpu_by_thread_and_event(events)
    total = sum(threads.values())
    frames = sum(s for name, s in threads.items() if name.startswith(FRAME_THREADS))
    by_thread = pd.DataFrame([{"thread": name, "cpu ms/vehicle": s / vehicles * 1000,
                               "share": s / total} for name, s in threads.most_common(12)])
    by_event = pd.DataFrame([{"thread": name, "event": event, "cpu ms/vehicle": s / vehicles * 1000}
                             for (name, event), s in selves.most_common(25)])
    save("overhead.trace", {"CPU by thread (top-level trace events)": by_thread,
                            "Self CPU by trace event": by_event},
         {"vehicles": vehicles, "time_scale": args.time_scale, "seed": args.seed,
          "traced cpu ms/vehicle": round(total / vehicles * 1000, 1),
          "share of frame production (raster, compositors, GPU)": round(frames / total, 3)})


if __name__ == "__main__":
    main()
