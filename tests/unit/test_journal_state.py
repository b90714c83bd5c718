"""What the journal keeps of a run's state: a save noted before it goes out, a vehicle's state
whose write failed written again when the run finishes, and a run whose process is gone
shown as abandoned, not running."""

import sqlite3
import subprocess
import sys

from vautokit import RunJournal
from vautokit.model import EventKind, Outcome, RunEnd, StatusBus, VehicleRecord
from vautokit.vehicles import VehicleLink

LINKS = [VehicleLink(str(i), f"VIN{i:014d}", f"S{i}", "2024 Demo", 3, "Dealer", f"/g?{i}")
         for i in range(3)]


def _run(tmp_path, failing_writes: int):
    """A journal whose next ``failing_writes`` writes after the start fail, and a bus it follows."""
    journal = RunJournal(tmp_path / "journal.sqlite")
    original, left = journal._tx, [0]

    def tx(statements):
        if left[0]:
            left[0] -= 1
            raise sqlite3.OperationalError("disk I/O error")
        return original(statements)

    journal._tx = tx
    bus = StatusBus()
    follower = journal.follow("r", LINKS, {}, "parallel")
    bus.subscribe(follower)
    bus.emit(EventKind.RUN_STARTED, total=len(LINKS))
    left[0] = failing_writes
    return journal, bus, follower


def _finish(bus: StatusBus) -> None:
    bus.emit(EventKind.RUN_FINISHED, detail="stopped",
             end=RunEnd("stopped", "journal", "parallel", 2, None, 0))


def _saving(bus: StatusBus, index: int) -> VehicleRecord:
    record = VehicleRecord.from_link(index, LINKS[index])
    record.checked, record.save_sent = ["Sunroof"], True
    bus.emit(EventKind.SAVING, worker=1, vehicle=index, record=record)
    return record


def test_a_save_in_flight_is_carried_into_the_resume(tmp_path):
    journal, bus, _ = _run(tmp_path, failing_writes=0)
    _saving(bus, 1)
    _finish(bus)
    resumed = journal.resume_records("r")
    assert list(resumed) == [1] and resumed[1].outcome is None
    assert resumed[1].save_sent and resumed[1].checked == ["Sunroof"]
    assert resumed[1].stock == "S1"


def test_a_vehicle_state_whose_write_failed_is_written_when_the_run_finishes(tmp_path):
    journal, bus, follower = _run(tmp_path, failing_writes=2)
    record = _saving(bus, 0)  # both the note of the save and the finished record fail
    record.finish(Outcome.UPDATED)
    bus.emit(EventKind.VEHICLE_FINISHED, worker=1, vehicle=0, outcome="updated", record=record)
    assert journal.done_records("r") == {} and follower.error is not None
    _finish(bus)
    assert journal.final_records("r")[0].outcome is Outcome.UPDATED
    assert journal.run("r")["status"] == "stopped"



def test_a_run_whose_process_is_gone_is_abandoned_and_a_live_one_running(tmp_path):
    path = tmp_path / "journal.sqlite"
    started_elsewhere = (
        "import sys; from vautokit import RunJournal; from vautokit.vehicles import VehicleLink; "
        "RunJournal(sys.argv[1]).start_run('gone', [VehicleLink('1', 'V', 'S1', 'T', 1, 'D', "
        "'/g')], {}, 'parallel')")
    subprocess.run([sys.executable, "-c", started_elsewhere, str(path)], check=True)
    journal = RunJournal(path)
    journal.start_run("here", LINKS, {}, "parallel")
    assert journal.runs()[0][:2] == ("gone", "abandoned")
    assert journal.status("here") == "running" and journal.run("gone")["status"] == "running"
    journal.start_run("gone", [], {}, "parallel")  # resumed by this process: its own again
    assert journal.status("gone") == "running"


def test_a_journal_of_an_earlier_version_is_read_without_being_changed(tmp_path):
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE runs (id TEXT PRIMARY KEY, config TEXT, started REAL, ended REAL,
            status TEXT, mode TEXT, workers INTEGER, fallback TEXT, stop_reason TEXT,
            relogins INTEGER DEFAULT 0);
        CREATE TABLE vehicles (run_id TEXT, idx INTEGER, link TEXT, state TEXT, record TEXT);
        CREATE TABLE steps (run_id TEXT, idx INTEGER, worker INTEGER, attempt INTEGER,
            step TEXT, start REAL, end REAL);
        CREATE TABLE events (run_id TEXT, at REAL, kind TEXT, worker INTEGER, vehicle INTEGER,
            detail TEXT);
        INSERT INTO runs VALUES ('old', '{}', 1.0, 2.0, 'running', 'parallel', 2, NULL, NULL, 0);
        INSERT INTO events VALUES ('old', 1.5, 'retry', 1, 0, 'TransientSiteError');
    """)
    db.close()
    journal = RunJournal(path, writable=False)
    assert journal.status("old") == "running"  # no owner kept: taken at its word
    assert [(e.kind, e.detail) for e in journal.events("old")] == [
        (EventKind.RETRY, "TransientSiteError")]
    journal.close()
