"""RunJournal: runs, vehicles and events in SQLite (WAL), committed before the next step.

The journal follows the run's status stream (``follow``): every write comes from an event,
so the journal, the metrics and the displays see one history. It stores what a run did
and never what it was given in secret: no passwords, codes, cookies or storage state
(a test scans the file for them).
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import json
import logging
import os
import queue
import secrets
import socket
import sqlite3
import threading
import time
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psutil

from .._names import check_run_id
from ..errors import JournalError
from ..model import FINAL, EventKind, RunEnd, StatusEvent, StepTiming, VehicleRecord
from ..vehicles import VehicleLink
from ._concurrency import LearnedLimit

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

DEFAULT_PATH = Path(".vautokit") / "journal.sqlite"
JOURNALLED_EVENTS = frozenset({EventKind.RELOGIN, EventKind.RECYCLE, EventKind.RECREATE,
                               EventKind.RETRY, EventKind.RATE_LIMITED, EventKind.FALLBACK,
                               EventKind.STOPPING, EventKind.REQUEUED, EventKind.CONCURRENCY,
                               EventKind.ENDPOINT, EventKind.LOCATOR_HEALED})

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
CREATE TABLE IF NOT EXISTS learned_limits (
    run_id TEXT PRIMARY KEY, site TEXT, account TEXT, learned INTEGER, met TEXT, at REAL);
"""
_OUR_TABLES = frozenset({"runs", "vehicles", "steps", "events"})
BUSY_TIMEOUT = 30.0
"""Seconds a write waits for a lock held by another connection (off the event loop)."""
_ADDED_COLUMNS = (("events", "payload", "TEXT"), ("runs", "owner", "TEXT"))
ABANDONED = "abandoned"
"""A run the journal still calls running whose process on this machine is gone."""

_LINK_FIELDS = ("id", "vin", "stock", "title", "age_days", "dealer", "gauge_url")


class RunJournal:
    """One SQLite file per project directory (``.vautokit/journal.sqlite`` by default)."""

    def __init__(self, path: str | Path = DEFAULT_PATH, *, writable: bool = True) -> None:
        """``writable=False`` reads an existing journal (a report) without changing it."""
        self.path = Path(path)
        self._db = _open(self.path) if writable else _open_to_read(self.path)

    def close(self) -> None:
        self._db.close()

    def _tx(self, statements: list[tuple[str, tuple]]) -> None:
        """Several writes as one committed transaction."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for sql, args in statements:
                    self._db.execute(sql, args)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise _write_error(self.path, exc) from exc

    # writing ---------------------------------------------------------------------------
    @staticmethod
    def new_run_id() -> str:
        return time.strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(3)

    def has_run(self, run_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM runs WHERE id=?", (run_id,)).fetchone() is not None

    def start_run(self, run_id: str, links: list[VehicleLink], config: dict[str, Any],
                  mode: str, *, started: float | None = None) -> None:
        """Record a new run and its vehicles as pending, or mark an existing one resumed.

        ``started`` is the run's own start time (now by default), so the journal and the
        run's result tell one wall time."""
        if self.has_run(run_id):
            self._tx([("UPDATE runs SET status='running', ended=NULL, owner=? WHERE id=?",
                       (_owner(), run_id))])
            return
        check_run_id(run_id)
        rows = [("INSERT INTO runs(id, config, started, status, mode, owner) "
                 "VALUES (?,?,?,?,?,?)",
                 (run_id, json.dumps(config), time.time() if started is None else started,
                  "running", mode, _owner()))]
        rows += [("INSERT INTO vehicles(run_id, idx, link, state) VALUES (?,?,?,'pending')",
                  (run_id, i, json.dumps({f: getattr(link, f) for f in _LINK_FIELDS})))
                 for i, link in enumerate(links)]
        self._tx(rows)

    def follow(self, run_id: str, links: list[VehicleLink], config: dict[str, Any],
               mode: str) -> JournalFollower:
        """A status-stream subscriber that writes this run's history as it happens."""
        return JournalFollower(self, run_id, links, config, mode)

    def follow_in_background(self, run_id: str, links: list[VehicleLink],
                             config: dict[str, Any], mode: str) -> JournalWriter:
        """As :meth:`follow`, but the writes happen in a thread of their own, in order, on a
        connection of their own: a journal locked elsewhere never holds up the workers."""
        return JournalWriter(self.path, run_id, links, config, mode)

    def _vehicle_started(self, run_id: str, index: int, worker: int | None) -> None:
        self._tx([("UPDATE vehicles SET state='leased', record=json_set(coalesce(record, '{}'),"
                   " '$.worker', ?) WHERE run_id=? AND idx=?", (worker, run_id, index))])

    def _vehicle_finished(self, run_id: str, record: VehicleRecord) -> None:
        statements = [("UPDATE vehicles SET state='done', record=? WHERE run_id=? AND idx=?",
                       (json.dumps(record.to_json()), run_id, record.index)),
                      ("DELETE FROM steps WHERE run_id=? AND idx=?", (run_id, record.index))]
        statements += [("INSERT INTO steps VALUES (?,?,?,?,?,?,?)",
                        (run_id, t.vehicle_index, t.worker, t.attempt, t.step, t.start, t.end))
                       for t in record.steps]
        self._tx(statements)

    def _save_sent(self, run_id: str, record: VehicleRecord) -> None:
        """Noted before the save goes out: a vehicle the run never finishes still tells a
        resume that its change may be on the site already."""
        self._tx([("UPDATE vehicles SET record=json_set(coalesce(record, '{}'), "
                   "'$.save_sent', json('true'), '$.checked', json(?), '$.unchecked', json(?)) "
                   "WHERE run_id=? AND idx=?",
                   (json.dumps(record.checked), json.dumps(record.unchecked), run_id,
                    record.index))])

    def _event(self, run_id: str, event: StatusEvent) -> None:
        self._tx([("INSERT INTO events(run_id, at, kind, worker, vehicle, detail, payload) "
                   "VALUES (?,?,?,?,?,?,?)",
                   (run_id, event.at, event.kind.value, event.worker, event.vehicle,
                    event.detail, json.dumps(_payload(event))))])

    def _finish_run(self, run_id: str, end: RunEnd, ended: float) -> None:
        self._tx([("UPDATE runs SET ended=?, status=?, mode=?, workers=?, fallback=?, "
                   "stop_reason=?, relogins=relogins+? WHERE id=?",
                   (ended, end.status, end.mode, end.workers, end.fallback, end.reason,
                    end.relogins, run_id))])

    def remember_limit(self, run_id: str, site: str, account: str,
                       learned: LearnedLimit) -> None:
        """Keep what an adaptive run learned about ``account`` on ``site``, for the next run
        (:meth:`learned_limit`), and with the run's settings, for its report and history."""
        self._tx([("INSERT OR REPLACE INTO learned_limits VALUES (?,?,?,?,?,?)",
                   (run_id, site, account, learned.limit, json.dumps(learned.met),
                    time.time())),
                  ("UPDATE runs SET config=json_set(config, '$.learned_limit', json(?)) "
                   "WHERE id=?", (json.dumps(learned.to_json()), run_id))])

    # reading ---------------------------------------------------------------------------
    def learned_limit(self, site: str, account: str) -> LearnedLimit | None:
        """What the latest adaptive run of ``account`` on ``site`` learned; None when none
        did (a fresh journal, another account, or one written before limits were kept)."""
        if not self._has_table("learned_limits"):
            return None
        row = self._db.execute("SELECT learned, met FROM learned_limits WHERE site=? AND "
                               "account=? ORDER BY at DESC LIMIT 1", (site, account)).fetchone()
        return None if row is None else LearnedLimit(row[0], tuple(json.loads(row[1])))

    def _has_table(self, name: str) -> bool:
        return self._db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                                (name,)).fetchone() is not None

    def run(self, run_id: str) -> sqlite3.Row:
        rows = self._run_rows("WHERE id=?", (run_id,))
        if not rows:
            raise JournalError(self.path, f"no run {run_id!r}",
                               "see the journal's runs with `vautokit history`")
        return rows[0]

    def runs(self) -> list[tuple[str, str, float]]:
        """(id, status, started) of every run, oldest first; statuses as :meth:`status`."""
        return [(row["id"], _status(row), row["started"])
                for row in self._run_rows("ORDER BY started")]

    def status(self, run_id: str) -> str:
        """How the run ended, or ``running``; ``abandoned`` when it is still running in the
        journal but its process on this machine is gone (killed, or its end went unwritten).
        An abandoned run resumes like any other."""
        return _status(self.run(run_id))

    def _run_rows(self, clause: str, args: tuple = ()) -> list[sqlite3.Row]:
        self._db.row_factory = sqlite3.Row
        try:
            return self._db.execute(f"SELECT * FROM runs {clause}", args).fetchall()
        finally:
            self._db.row_factory = None

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
        return {idx: VehicleRecord.from_json(json.loads(record), steps.get(idx, []))
                for idx, record in self._db.execute(
                    "SELECT idx, record FROM vehicles WHERE run_id=? AND state='done'",
                    (run_id,))}

    def final_records(self, run_id: str) -> dict[int, VehicleRecord]:
        """The vehicles a resume keeps: those whose outcome is about the vehicle itself.

        Skipped vehicles and failures (the site, the browser or the run gave out) are
        processed again, each re-read from the page first.
        """
        return {idx: record for idx, record in self.done_records(run_id).items()
                if record.outcome in FINAL}

    def resume_records(self, run_id: str) -> dict[int, VehicleRecord]:
        """What a resume starts from: the final records, and for vehicles processed again
        whose save already went out, a fresh record that remembers it."""
        records = self.final_records(run_id)
        links = self.links(run_id)
        for idx, record in self._db.execute(
                "SELECT idx, record FROM vehicles WHERE run_id=? AND "
                "json_extract(record, '$.save_sent')", (run_id,)):
            if idx not in records:
                sent = json.loads(record)
                records[idx] = again = VehicleRecord.from_link(idx, links[idx])
                again.save_sent = True
                again.checked, again.unchecked = sent["checked"], sent["unchecked"]
        return records

    def history(self) -> pd.DataFrame:
        """One row per run (date, site, vehicles, outcomes, wall time, throughput, workers,
        unmatched phrases), oldest first."""
        from ._history import run_history  # it reads runs through RunResult, built on this

        return run_history(self)

    def events(self, run_id: str) -> list[StatusEvent]:
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(events)")}
        payload = "payload" if "payload" in columns else "NULL"  # an older journal, read only
        return [StatusEvent(EventKind(kind), worker=worker, vehicle=vehicle, detail=detail, at=at,
                            **json.loads(payload or "{}"))
                for at, kind, worker, vehicle, detail, payload in self._db.execute(
                    f"SELECT at, kind, worker, vehicle, detail, {payload} FROM events "
                    "WHERE run_id=? ORDER BY at", (run_id,))]


def _payload(event: StatusEvent) -> dict[str, Any]:
    """What an event carries besides its columns: the limit, the endpoint, and the step when
    it names one (a healed locator's profile key)."""
    extra = {"step": event.step} if event.step else {}
    return {"limit": event.limit, "endpoint": event.endpoint, **extra}


_VEHICLE_STATE = frozenset({EventKind.SAVING, EventKind.VEHICLE_FINISHED})
"""Writes a resume depends on: one that fails is tried again before the run's end."""


class JournalFollower:
    """Writes one run's events to the journal. A failed write is kept in ``error`` (the
    processor stops the run on it) rather than raised into whoever emitted the event; a
    vehicle's state that could not be written is written again when the run finishes."""

    def __init__(self, journal: RunJournal, run_id: str, links: list[VehicleLink],
                 config: dict[str, Any], mode: str) -> None:
        self.journal, self.run_id = journal, run_id
        self._start = (links, config, mode)
        self.error: JournalError | None = None
        self._unwritten: dict[int, StatusEvent] = {}

    def __call__(self, event: StatusEvent) -> None:
        if event.kind is EventKind.RUN_FINISHED:
            for pending in list(self._unwritten.values()):
                self._write_or_keep(pending)
        self._write_or_keep(event)

    def _write_or_keep(self, event: StatusEvent) -> None:
        vehicle_state = event.kind in _VEHICLE_STATE
        try:
            self._write(event)
        except Exception as exc:  # kept, and the run stops on it: never lost silently
            error = exc if isinstance(exc, JournalError) else JournalError(
                self.journal.path, f"write failed ({type(exc).__name__}: {exc})",
                "check the disk and permissions, then resume the run with --resume")
            log.warning("%s", error)
            self.error = self.error or error
            if vehicle_state:
                self._unwritten[event.vehicle] = event
        else:
            if vehicle_state:
                self._unwritten.pop(event.vehicle, None)

    def _write(self, event: StatusEvent) -> None:
        journal, run_id = self.journal, self.run_id
        if event.kind is EventKind.RUN_STARTED:
            journal.start_run(run_id, *self._start, started=event.at)
        elif event.kind is EventKind.VEHICLE_STARTED:
            journal._vehicle_started(run_id, event.vehicle, event.worker)
        elif event.kind is EventKind.SAVING:
            journal._save_sent(run_id, event.record)
        elif event.kind is EventKind.VEHICLE_FINISHED:
            journal._vehicle_finished(run_id, event.record)
        elif event.kind is EventKind.RUN_FINISHED:
            journal._finish_run(run_id, event.end, event.at)
        elif event.kind in JOURNALLED_EVENTS:
            journal._event(run_id, event)


class JournalWriter:
    """A :class:`JournalFollower` in a writer thread: the event loop only queues events.

    Events are taken as they are when emitted (their records copied), written in the order
    they came, with the follower's rules: a failed write is kept in ``error`` (the run
    stops on it, resumable), and a vehicle's state that could not be written is written
    again when the run finishes. :meth:`flush` waits, off the loop, for what is queued.
    """

    def __init__(self, path: Path, run_id: str, links: list[VehicleLink],
                 config: dict[str, Any], mode: str) -> None:
        self.path = path
        self._start = (run_id, links, config, mode)
        self._follower: JournalFollower | None = None
        self._open_error: JournalError | None = None
        self._jobs: queue.SimpleQueue[StatusEvent | Future[None] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._drain, name=f"journal-{run_id}",
                                        daemon=True)
        self._thread.start()

    @property
    def error(self) -> JournalError | None:
        follower = self._follower
        return self._open_error or (follower.error if follower is not None else None)

    def __call__(self, event: StatusEvent) -> None:
        if event.record is not None:  # the record as it is now, not as it is when written
            event = dataclasses.replace(event, record=copy.deepcopy(event.record))
        self._jobs.put(event)

    async def flush(self, seconds: float) -> bool:
        """Wait until everything queued so far is written (or failed); False after
        ``seconds`` with writes still waiting (a lock held elsewhere, say)."""
        done: Future[None] = Future()
        self._jobs.put(done)
        try:
            await asyncio.wait_for(asyncio.wrap_future(done), seconds)
        except TimeoutError:
            return False
        return True

    async def close(self, seconds: float) -> bool:
        """Flush, then let the thread end (it ends by itself once the queue is written)."""
        written = await self.flush(seconds)
        self._jobs.put(None)
        return written

    def _drain(self) -> None:
        journal = None
        try:
            journal = RunJournal(self.path)
            run_id, links, config, mode = self._start
            self._follower = JournalFollower(journal, run_id, links, config, mode)
        except JournalError as exc:
            self._open_error = exc
        except Exception as exc:  # anything else opening it: kept, the run stops on it
            self._open_error = JournalError(self.path, f"cannot be opened for writing "
                                            f"({type(exc).__name__}: {exc})",
                                            "check the disk and permissions")
        try:
            while (job := self._jobs.get()) is not None:
                if isinstance(job, Future):
                    if job.set_running_or_notify_cancel():  # not given up on by its flush
                        job.set_result(None)
                elif self._follower is not None:
                    self._follower(job)
        finally:
            if journal is not None:
                journal.close()


def _owner() -> str:
    """This process, as the run's owner: host, pid and start time (pids are reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{psutil.Process().create_time():.2f}"


def _status(run: sqlite3.Row) -> str:
    """``running`` only while the owning process lives; a run owned on another machine, or
    written by a version that kept no owner, is taken at its word."""
    owner = dict(run).get("owner")
    if run["status"] != "running" or not owner:
        return run["status"]
    host, pid, created = owner.rsplit(":", 2)
    if host != socket.gethostname():
        return run["status"]
    try:
        process = psutil.Process(int(pid))
        alive = (abs(process.create_time() - float(created)) < 0.05
                 and process.status() != psutil.STATUS_ZOMBIE)
    except psutil.NoSuchProcess:
        alive = False
    return run["status"] if alive else ABANDONED


def _open(path: Path) -> sqlite3.Connection:
    """Open (or create) the journal; every problem named with the path and what to do."""
    if path.is_dir():
        raise JournalError(path, "is a directory", "give a file path, e.g. "
                           f"{path / 'journal.sqlite'}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT)
        _refuse_foreign(path, db)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(SCHEMA)
        _add_columns(db)
        _probe_write(db)
    except OSError as exc:
        raise JournalError(path, f"cannot be created ({exc.strerror or exc})",
                           "choose a writable location with --journal") from exc
    except sqlite3.DatabaseError as exc:
        raise _open_error(path, exc) from exc
    return db


def _open_to_read(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise JournalError(path, "no such journal file",
                           "run `vautokit run` first, or point --journal at an existing one")
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                             timeout=BUSY_TIMEOUT)
        db.execute("SELECT count(*) FROM runs").fetchone()
    except sqlite3.DatabaseError as exc:
        raise _open_error(path, exc) from exc
    return db


def _refuse_foreign(path: Path, db: sqlite3.Connection) -> None:
    """Another program's database is never written to: no tables of ours added, not even
    its journal mode changed. A file with no tables (new, or empty) becomes a journal."""
    tables = {name for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")}
    if tables and not tables >= _OUR_TABLES:
        db.close()
        shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        raise JournalError(path, f"is a SQLite database of another program (tables: {shown})",
                           "point --journal at a vautokit journal or at a new file")


def _probe_write(db: sqlite3.Connection) -> None:
    """A read-only journal opens without complaint: find out now, not at the first vehicle."""
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("DELETE FROM runs WHERE 0")
    finally:
        db.execute("ROLLBACK")


def _add_columns(db: sqlite3.Connection) -> None:
    """Journals written by earlier versions gain the newer columns."""
    for table, column, kind in _ADDED_COLUMNS:
        have = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        if column not in have:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")


def _open_error(path: Path, exc: sqlite3.DatabaseError) -> JournalError:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return JournalError(path, f"is not writable ({exc})",
                            "fix its permissions or choose another path with --journal")
    return JournalError(path, f"is not a vautokit journal or is damaged ({exc})",
                        "move it aside (a new journal is created) or point --journal elsewhere")


def _write_error(path: Path, exc: sqlite3.Error) -> JournalError:
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        return _open_error(path, exc)
    return JournalError(path, f"write failed ({exc})",
                        "check the disk and permissions, then resume the run with --resume")
