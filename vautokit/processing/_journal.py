"""RunJournal: runs, vehicles and events in SQLite (WAL), committed before the next step.

It stores what a run did and never what it was given in secret: no passwords, codes,
cookies or storage state (a test scans the file for them).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..errors import VautokitError
from ..vehicles import VehicleLink
from ._records import Outcome, StepTiming, VehicleRecord
from ._status import EventKind, StatusEvent

DEFAULT_PATH = Path(".vautokit") / "journal.sqlite"
JOURNALLED_EVENTS = frozenset({EventKind.RELOGIN, EventKind.RECYCLE, EventKind.RECREATE,
                               EventKind.RETRY, EventKind.RATE_LIMITED, EventKind.FALLBACK,
                               EventKind.STOPPING, EventKind.REQUEUED})

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id TEXT PRIMARY KEY, config TEXT, started REAL, ended REAL, status TEXT, mode TEXT,
    workers INTEGER, fallback TEXT, stop_reason TEXT, relogins INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS vehicles (
    run_id TEXT, idx INTEGER, link TEXT, state TEXT, record TEXT,
    PRIMARY KEY (run_id, idx));
CREATE TABLE IF NOT EXISTS steps (
    run_id TEXT, idx INTEGER, worker INTEGER, attempt INTEGER, step TEXT, start REAL, end REAL);
CREATE TABLE IF NOT EXISTS events (
    run_id TEXT, at REAL, kind TEXT, worker INTEGER, vehicle INTEGER, detail TEXT);
"""

_LINK_FIELDS = ("id", "vin", "stock", "title", "age_days", "dealer", "gauge_url")


class RunJournal:
    """One SQLite file per project directory (``.vautokit/journal.sqlite`` by default)."""

    def __init__(self, path: str | Path = DEFAULT_PATH) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    def _tx(self, statements: list[tuple[str, tuple]]) -> None:
        """Several writes as one committed transaction."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            for sql, args in statements:
                self._db.execute(sql, args)
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # writing ---------------------------------------------------------------------------
    @staticmethod
    def new_run_id() -> str:
        return time.strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(3)

    def has_run(self, run_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM runs WHERE id=?", (run_id,)).fetchone() is not None

    def start_run(self, run_id: str, links: list[VehicleLink], config: dict[str, Any],
                  mode: str) -> None:
        """Record a new run and its vehicles as pending, or mark an existing one resumed."""
        if self.has_run(run_id):
            self._tx([("UPDATE runs SET status='running', ended=NULL WHERE id=?", (run_id,))])
            return
        rows = [("INSERT INTO runs(id, config, started, status, mode) VALUES (?,?,?,?,?)",
                 (run_id, json.dumps(config), time.time(), "running", mode))]
        rows += [("INSERT INTO vehicles(run_id, idx, link, state) VALUES (?,?,?,'pending')",
                  (run_id, i, json.dumps({f: getattr(link, f) for f in _LINK_FIELDS})))
                 for i, link in enumerate(links)]
        self._tx(rows)

    def vehicle_started(self, run_id: str, index: int, worker: int) -> None:
        self._tx([("UPDATE vehicles SET state='leased', record=json_set(coalesce(record, '{}'),"
                   " '$.worker', ?) WHERE run_id=? AND idx=?", (worker, run_id, index))])

    def vehicle_finished(self, run_id: str, record: VehicleRecord) -> None:
        data = asdict(record)
        data.pop("steps")
        data["outcome"] = record.outcome.value if record.outcome else None
        statements = [("UPDATE vehicles SET state='done', record=? WHERE run_id=? AND idx=?",
                       (json.dumps(data), run_id, record.index)),
                      ("DELETE FROM steps WHERE run_id=? AND idx=?", (run_id, record.index))]
        statements += [("INSERT INTO steps VALUES (?,?,?,?,?,?,?)",
                        (run_id, t.vehicle_index, t.worker, t.attempt, t.step, t.start, t.end))
                       for t in record.steps]
        self._tx(statements)

    def event(self, run_id: str, event: StatusEvent) -> None:
        if event.kind in JOURNALLED_EVENTS:
            self._tx([("INSERT INTO events VALUES (?,?,?,?,?,?)",
                       (run_id, event.at, event.kind.value, event.worker, event.vehicle,
                        event.detail))])

    def finish_run(self, run_id: str, status: str, *, mode: str, workers: int,
                   fallback: str | None, stop_reason: str | None, relogins: int) -> None:
        self._tx([("UPDATE runs SET ended=?, status=?, mode=?, workers=?, fallback=?, "
                   "stop_reason=?, relogins=relogins+? WHERE id=?",
                   (time.time(), status, mode, workers, fallback, stop_reason, relogins, run_id))])

    # reading ---------------------------------------------------------------------------
    def run(self, run_id: str) -> sqlite3.Row:
        self._db.row_factory = sqlite3.Row
        try:
            row = self._db.execute("SELECT * FROM runs WHERE id=?", (run_id,)).fetchone()
        finally:
            self._db.row_factory = None
        if row is None:
            raise VautokitError(f"no run {run_id!r} in the journal {self.path}")
        return row

    def runs(self) -> list[tuple[str, str, float]]:
        return self._db.execute("SELECT id, status, started FROM runs ORDER BY started").fetchall()

    def links(self, run_id: str) -> list[VehicleLink]:
        self.run(run_id)
        rows = self._db.execute("SELECT link FROM vehicles WHERE run_id=? ORDER BY idx",
                                (run_id,)).fetchall()
        return [VehicleLink(**json.loads(link)) for (link,) in rows]

    def done_records(self, run_id: str) -> dict[int, VehicleRecord]:
        """Finished vehicles of a run, as records (their step timings included)."""
        steps: dict[int, list[StepTiming]] = {}
        for idx, worker, attempt, step, start, end in self._db.execute(
                "SELECT idx, worker, attempt, step, start, end FROM steps WHERE run_id=? "
                "ORDER BY start", (run_id,)):
            steps.setdefault(idx, []).append(StepTiming(idx, worker, attempt, step, start, end))
        records = {}
        for idx, record in self._db.execute(
                "SELECT idx, record FROM vehicles WHERE run_id=? AND state='done'", (run_id,)):
            data = json.loads(record)
            data["outcome"] = Outcome(data["outcome"])
            records[idx] = VehicleRecord(**data, steps=steps.get(idx, []))
        return records

    def events(self, run_id: str) -> list[StatusEvent]:
        return [StatusEvent(EventKind(kind), worker=worker, vehicle=vehicle, detail=detail, at=at)
                for at, kind, worker, vehicle, detail in self._db.execute(
                    "SELECT at, kind, worker, vehicle, detail FROM events WHERE run_id=? "
                    "ORDER BY at", (run_id,))]
