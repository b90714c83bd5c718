"""Runs built record by record (timings, outcomes, unmatched phrases, evidence), for report
tests and the report benchmark: their figures do not depend on the sandbox's latency."""

from __future__ import annotations

import random
import time

from vautokit.metrics import NavigationMetrics
from vautokit.processing import STEPS, Outcome, RunResult, StepTiming, VehicleRecord

FAILED_ERROR = "Timeout 30000ms exceeded waiting for locator('#save')"


def synthetic_run(n: int, workers: int, *, seed: int, mode: str = "parallel",
                  evidence: dict[int, list[str]] | None = None) -> RunResult:
    """A run built record by record: timings, outcomes, unmatched phrases, evidence."""
    rng = random.Random(seed)
    start = time.time() - 3_600
    free_at = dict.fromkeys(range(1, workers + 1), start)
    records = []
    for i in range(n):
        worker = min(free_at, key=free_at.get)
        r = VehicleRecord(i, str(i), f"1HGCM82633A{i:06d}", f"S{i:05d}", f"2022 Honda Accord {i}",
                          worker=worker, endpoint="local", attempts=1, started=free_at[worker])
        t = r.started
        for step in STEPS:
            seconds = rng.uniform(0.2, 2.0)
            r.steps.append(StepTiming(i, worker, 1, step, t, t + seconds))
            t += seconds
        r.features_found = rng.randint(8, 30)
        r.matched = r.features_found - 2
        r.checked = [f"Option {k} with a long descriptive label" for k in range(r.matched)]
        r.unmatched = [f"PHRASE {rng.randint(0, 60)}", "DISTRACTOR LINE"]
        r.evidence = (evidence or {}).get(i, [])
        roll = rng.random()
        if i in (evidence or {}) or roll > 0.96:
            r.finish(Outcome.FAILED, FAILED_ERROR)
        elif roll > 0.93:
            r.finish(Outcome.NO_STICKER, "no window sticker for this VIN")
        else:
            r.finish(Outcome.UPDATED if roll < 0.85 else Outcome.UNCHANGED)
        r.ended = free_at[worker] = t
        records.append(r)
    ended = max(free_at.values())
    return RunResult(mode, workers, records, start, ended, {"max_concurrency": workers},
                     NavigationMetrics.from_records(records, ended - start), run_id=f"run-{seed}")
