"""A run's times have one source: the run's own start and end, carried into the journal."""

from vautokit import RunJournal, RunResult
from vautokit.model import EventKind, RunEnd, StatusBus
from vautokit.vehicles import VehicleLink

LINKS = [VehicleLink("1", "VIN00000000000001", "S1", "2024 Demo", 3, "Dealer", "/g?1")]


def test_the_journal_keeps_the_times_the_run_gives_not_the_time_it_writes(tmp_path):
    journal = RunJournal(tmp_path / "journal.sqlite")
    bus = StatusBus()
    bus.subscribe(journal.follow("r", LINKS, {}, "parallel"))
    bus.emit(EventKind.RUN_STARTED, total=1, at=1000.25)
    bus.emit(EventKind.RUN_FINISHED, detail="stopped", at=1061.5,
             end=RunEnd("stopped", "test", "parallel", 1, None, 0))
    row = journal.run("r")
    assert (row["started"], row["ended"]) == (1000.25, 1061.5)
    assert RunResult.load("r", journal).wall_seconds == 61.25
    journal.close()
