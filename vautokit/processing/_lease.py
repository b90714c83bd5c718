"""Leases in the journal's SQLite file: one run per account, and per run, at a time.

Two runs of one account would share its session and its request budget, and two processes
resuming one run would work the same vehicles twice. A lease is a row of its own table in the
journal file (``leases``), taken in one ``BEGIN IMMEDIATE`` transaction, so two processes
cannot both win it. Its owner is the process as the journal records a run's owner (host, pid
and start time, since pids are reused): a lease whose process on this machine is gone is
taken over; one held on another machine is taken at its word. A taken-over account lease
names the run its owner left behind, so an unattended job can resume that run first.
"""

from __future__ import annotations

import secrets
import socket
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import JournalError, LeaseHeldError
from ._journal import ABANDONED, RunJournal, _owner, _status

SCHEMA = """CREATE TABLE IF NOT EXISTS leases (
    key TEXT PRIMARY KEY, run_id TEXT, owner TEXT NOT NULL, taken REAL NOT NULL,
    token TEXT NOT NULL)"""
BUSY_TIMEOUT = 10.0
"""Seconds to wait for the journal's write lock while taking or giving back a lease."""


def account_key(account: str) -> str:
    return f"account:{account}"


def run_key(run_id: str) -> str:
    return f"run:{run_id}"


@dataclass(frozen=True)
class LeaseHolder:
    """Who holds (or held) a lease, as one can tell a person."""

    key: str
    run_id: str | None
    owner: str
    taken: float

    @property
    def alive(self) -> bool:
        """The owner still runs: same test as the journal's for a run's owner."""
        return _status({"status": "running", "owner": self.owner}) != ABANDONED

    def describe(self) -> str:
        host, pid, _ = self.owner.rsplit(":", 2)
        since = time.strftime("%Y-%m-%d %H:%M:%S %Z", time.localtime(self.taken))
        where = "this machine" if host == socket.gethostname() else f"host {host}"
        run = f"run {self.run_id}" if self.run_id else "a run"
        return f"{run} (process {pid} on {where}, since {since})"


class Lease:
    """Leases held by this process on some keys of one journal file, given back on release.

    ``acquire`` takes every key or none; a key held by a live owner (this process included:
    two tasks of one process are two runs) raises :class:`LeaseHeldError` naming the holder.
    """

    def __init__(self, path: str | Path, run_id: str | None = None) -> None:
        self.path = Path(path)
        self.run_id = run_id
        self._token = secrets.token_hex(8)
        self._db = _connect(self.path)

    def acquire(self, *keys: str, what: str | None = None) -> list[LeaseHolder]:
        """Take ``keys``; returns the holders whose process was gone (their leases taken over).

        ``what`` names the thing leased in the refusal (default: the key).
        """
        taken_over: list[LeaseHolder] = []
        with self._transaction():
            for key in keys:
                holder = _holder(self._db, key)
                if holder is not None and holder.alive:
                    raise LeaseHeldError(what or key, holder.describe())
                if holder is not None:
                    taken_over.append(holder)
                self._db.execute("INSERT OR REPLACE INTO leases(key, run_id, owner, taken, token)"
                                 " VALUES (?,?,?,?,?)",
                                 (key, self.run_id, _owner(), time.time(), self._token))
        return taken_over

    def release(self) -> None:
        """Give back every key this lease took (idempotent); the connection closes."""
        if self._db is None:
            return
        try:
            with self._transaction():
                self._db.execute("DELETE FROM leases WHERE token=?", (self._token,))
        finally:
            self._db.close()
            self._db = None

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db, self.path)

    def __enter__(self) -> Lease:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def holder_of(path: str | Path, key: str) -> LeaseHolder | None:
    """The current holder of ``key`` in the journal at ``path``, live or not (for tests and
    for telling a person who holds what)."""
    db = _connect(Path(path))
    try:
        return _holder(db, key)
    finally:
        db.close()


def _holder(db: sqlite3.Connection, key: str) -> LeaseHolder | None:
    row = db.execute("SELECT key, run_id, owner, taken FROM leases WHERE key=?",
                     (key,)).fetchone()
    return LeaseHolder(*row) if row else None


def lease_run(journal: RunJournal, run_id: str) -> Lease:
    """Take the lease of ``run_id`` in ``journal``'s file before running or resuming it.

    Refused when another live process holds it, or when the journal says the run is still
    running in a live process (a run started without a lease, by an earlier version).
    """
    lease = Lease(journal.path, run_id)
    try:
        _refuse_if_running_elsewhere(journal, run_id)
        lease.acquire(run_key(run_id), what=f"run {run_id}")
    except BaseException:
        lease.release()
        raise
    return lease


def check_run_free(journal: RunJournal, run_id: str) -> None:
    """Refuse now, before anything signs in, a resume of a run another live process holds;
    :func:`lease_run` is what takes the lease, when the run starts."""
    _refuse_if_running_elsewhere(journal, run_id)
    holder = holder_of(journal.path, run_key(run_id))
    if holder is not None and holder.alive:
        raise LeaseHeldError(f"run {run_id}", holder.describe())


def _refuse_if_running_elsewhere(journal: RunJournal, run_id: str) -> None:
    """A run the journal calls running in another live process is that process's, lease or
    not. One this process owns whose end went unwritten (a failed journal write) resumes."""
    if not journal.has_run(run_id) or journal.status(run_id) != "running":
        return
    run = journal.run(run_id)
    if run["owner"] == _owner():
        return
    holder = LeaseHolder(run_key(run_id), run_id, run["owner"], run["started"])
    raise LeaseHeldError(f"run {run_id}",
                         holder.describe() if run["owner"] else f"run {run_id}, still running")


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on error), errors as JournalError."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db, self._path = db, path

    def __enter__(self) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _lease_error(self._path, exc) from exc

    def __exit__(self, kind, exc, tb) -> None:
        try:
            self._db.execute("COMMIT" if kind is None else "ROLLBACK")
        except sqlite3.Error as failed:
            if kind is None:
                raise _lease_error(self._path, failed) from failed


def _connect(path: Path) -> sqlite3.Connection:
    try:
        # One owner uses it at a time, but not always from one thread: a job takes its lease
        # in a worker thread (the wait for the write lock stays off the event loop).
        db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT,
                             check_same_thread=False)
        db.execute(SCHEMA)
    except sqlite3.Error as exc:
        raise _lease_error(path, exc) from exc
    return db


def _lease_error(path: Path, exc: sqlite3.Error) -> JournalError:
    return JournalError(path, f"its run leases cannot be read or written ({exc})",
                        "check the disk and permissions, or that no other program holds the "
                        "journal open for writing")
