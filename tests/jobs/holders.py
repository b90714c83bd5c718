"""A child process that holds an account's lease, a run's lease, or a run the journal calls
running, until the test ends: it says "holding" once it does (no sleeps, only pipes)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

HOLDER = """
import json, sys
from vautokit.processing import RunJournal
from vautokit.processing._lease import Lease, account_key, lease_run
from vautokit.vehicles import VehicleLink
path, how, run_id, account, links = sys.argv[1:6]
journal = RunJournal(path)
run_id = None if run_id == "-" else run_id
lease = None
if how == "run":
    lease = lease_run(journal, run_id)
else:
    if run_id is not None and (how == "journal" or links != "[]"):
        journal.start_run(run_id, [VehicleLink(**link) for link in json.loads(links)], {},
                          "check-only")
    if how == "account":
        lease = Lease(path, run_id)
        lease.acquire(account_key(account))
print("holding", flush=True)
sys.stdin.read()
if lease is not None:  # stdin closed: it finishes and gives the lease back
    lease.release()
"""


@contextmanager
def holding(journal: Path, *, account: str = "", run_id: str | None = None,
            how: Literal["account", "run", "journal"] = "account",
            links: Sequence[dict] = ()) -> Iterator[subprocess.Popen]:
    """``how``: "account" holds ``account``'s lease (for ``run_id``, started with ``links``
    when given); "run" holds ``run_id``'s lease; "journal" only starts ``run_id``, as a run
    without a lease (an earlier version's). The process is killed when the block ends."""
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(journal), how, run_id or "-",
                              account, json.dumps(list(links))],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline() == "holding\n"
        yield child
    finally:
        child.kill()
        child.wait()
