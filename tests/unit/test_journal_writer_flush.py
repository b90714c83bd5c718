"""The journal's writer thread outlives a flush that gave up: once a lock held elsewhere is
let go, every queued write still lands and the writer still answers."""

import sqlite3

from vautokit import RunJournal
from vautokit.model import EventKind, RunEnd, StatusBus
from vautokit.vehicles import VehicleLink

LINKS = [VehicleLink("0", "VIN00000000000000", "S0", "2024 Demo", 3, "Dealer", "/g?0")]


async def test_writes_after_a_flush_that_gave_up_still_land(tmp_path):
    path = tmp_path / "journal.sqlite"
    RunJournal(path).close()
    writer = RunJournal(path).follow_in_background("r", LINKS, {}, "parallel")
    bus = StatusBus()
    bus.subscribe(writer)
    assert await writer.flush(30)  # the writer's connection is open
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        bus.emit(EventKind.RUN_STARTED, total=len(LINKS))
        assert not await writer.flush(0.2)  # gives up while the lock is held
    finally:
        holder.execute("COMMIT")
        holder.close()
    bus.emit(EventKind.RUN_FINISHED, detail="completed",
             end=RunEnd("completed", None, "parallel", 1, None, 0))
    assert await writer.close(10)
    assert writer.error is None
    assert RunJournal(path).status("r") == "completed"
