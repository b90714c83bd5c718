"""RunResult: what a run did, per vehicle and per step, as DataFrames."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..metrics import NavigationMetrics, ParallelReport, step_table
from ..model import SUCCESSES, Outcome, StatusEvent, VehicleRecord

if TYPE_CHECKING:
    import pandas as pd

    from ._journal import RunJournal


@dataclass
class RunResult:
    """Per-vehicle records, events and metrics of one run."""

    mode: str
    workers: int
    records: list[VehicleRecord]
    started: float
    ended: float
    config: dict[str, Any]
    metrics: NavigationMetrics
    events: list[StatusEvent] = field(default_factory=list)
    fallback_reason: str | None = None
    stop_reason: str | None = None
    relogins: int = 0
    run_id: str | None = None
    status: str = "completed"
    """completed, stopped (see stop_reason), interrupted or crashed."""

    @classmethod
    def load(cls, run_id: str, journal: str | Path | RunJournal | None = None) -> RunResult:
        """Rebuild a run's results and metrics from the journal (after a restart, say)."""
        from ._journal import DEFAULT_PATH, RunJournal

        book = journal if isinstance(journal, RunJournal) else RunJournal(journal or DEFAULT_PATH)
        try:
            run, status = book.run(run_id), book.status(run_id)
            links = book.links(run_id)
            done = book.done_records(run_id)
            events = book.events(run_id)
        finally:
            if book is not journal:
                book.close()
        records = []
        for index, link in enumerate(links):
            record = done.get(index) or VehicleRecord.from_link(index, link)
            if record.outcome is None:
                record.finish(Outcome.SKIPPED, f"not processed yet (run {status})")
            records.append(record)
        ended = run["ended"] or max((r.ended or run["started"] for r in records),
                                    default=run["started"])
        return cls(mode=run["mode"], workers=run["workers"] or 0, records=records,
                   started=run["started"], ended=ended, config=json.loads(run["config"]),
                   metrics=NavigationMetrics.from_records(records, ended - run["started"], events),
                   events=events, fallback_reason=run["fallback"],
                   stop_reason=run["stop_reason"], relogins=run["relogins"], run_id=run_id,
                   status=status)

    @property
    def wall_seconds(self) -> float:
        return self.ended - self.started

    @property
    def outcomes(self) -> Counter[str]:
        return Counter(r.outcome.value if r.outcome else "none" for r in self.records)

    @property
    def succeeded(self) -> int:
        return sum(1 for r in self.records if r.outcome in SUCCESSES)

    @property
    def vehicles(self) -> pd.DataFrame:
        """One row per vehicle: worker, attempts, outcome, timings, the change applied."""
        import pandas as pd  # tables are for notebooks and reports, not for every run

        return pd.DataFrame([r.row() for r in self.records])

    @property
    def steps(self) -> pd.DataFrame:
        """One row per step attempt: vehicle, worker, attempt, step, start, end, seconds."""
        return step_table([t for r in self.records for t in r.steps])

    @property
    def unmatched_phrases(self) -> pd.Series:
        import pandas as pd

        phrases = Counter(p for r in self.records for p in r.unmatched)
        return pd.Series(dict(phrases.most_common()), name="count", dtype="int64")

    def phrases_to_settle(self) -> pd.DataFrame:
        """:func:`phrases_to_settle` of this run's records."""
        return phrases_to_settle(self.records)

    def report(self, baseline: RunResult | None = None) -> ParallelReport:
        """Summary, per-worker, per-step and error tables (speedup against ``baseline``)."""
        if baseline is not None and baseline.records:
            self.metrics.set_baseline(baseline.wall_seconds / len(baseline.records))
        return self.metrics.generate_parallel_report()

    def outcome_table(self) -> pd.DataFrame:
        """Counts per outcome in a fixed order: stable for notebook checks."""
        import pandas as pd

        counts = self.outcomes
        return pd.DataFrame({"outcome": [o.value for o in Outcome if counts[o.value]],
                             "vehicles": [counts[o.value] for o in Outcome if counts[o.value]]})

    def __repr__(self) -> str:
        outcomes = ", ".join(f"{k}={v}" for k, v in sorted(self.outcomes.items()))
        extra = f", fallback={self.fallback_reason!r}" if self.fallback_reason else ""
        if self.status != "completed":
            extra += f", status={self.status!r}, reason={self.stop_reason!r}"
        return (f"RunResult(mode={self.mode!r}, workers={self.workers}, "
                f"vehicles={len(self.records)}, {outcomes}{extra})")


def phrases_to_settle(records: Iterable[VehicleRecord]) -> pd.DataFrame:
    """The lines ``records`` (of one run or many) could not settle, the most seen first: a
    person deciding what to teach the mapping needs the lines put up for review beside the
    unmatched ones, and why each was not ticked.

    Columns: ``phrase``; ``kind`` ("unmatched" or "review"); ``count``, the times seen over
    the records; ``reason``, the mapping's, from the latest record that has one (a later run
    or a resumed one may have mapped with other synonyms; records of older journals have
    none: "").
    """
    import pandas as pd

    seen: Counter[tuple[str, str]] = Counter()
    reasons: dict[tuple[str, str], str] = {}
    for record in sorted(records, key=lambda r: r.ended or 0):
        for kind, lines in (("unmatched", record.unmatched), ("review", record.review)):
            for line in lines:
                seen[line, kind] += 1
                reasons[line, kind] = record.reasons.get(line) or reasons.get((line, kind), "")
    rows = [(line, kind, count, reasons[line, kind])
            for (line, kind), count in seen.most_common()]
    return pd.DataFrame(rows, columns=["phrase", "kind", "count", "reason"]).astype(
        {"count": "int64"})
