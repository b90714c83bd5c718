"""One run per account, and per run, at a time: leases in the journal file, between real
processes. A holder is a child process that takes a lease, says so on stdout and holds it
until its stdin closes (or it is killed): no sleeps, only pipes."""

from __future__ import annotations

import asyncio
import threading
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.jobs.holders import holding
from vautokit.errors import LeaseHeldError
from vautokit.jobs import _finished_in_thread
from vautokit.processing import RunJournal
from vautokit.processing._lease import Lease, account_key, holder_of, lease_run, run_key

ACCOUNT = "demo@dealer.test at http://127.0.0.1:1"

@pytest.fixture
def holders():
    """Start holder processes; each is killed after the test."""
    with ExitStack() as held:
        yield lambda path, how, run_id, account=ACCOUNT: held.enter_context(
            holding(path, how=how, run_id=run_id, account=account))


def ended(path: Path, run_id: str) -> None:
    """Record an end for ``run_id``, as a run that was interrupted."""
    journal = RunJournal(path)
    journal._tx([("UPDATE runs SET status='interrupted' WHERE id=?", (run_id,))])
    journal.close()


def test_a_second_run_of_an_account_is_refused_naming_the_live_holder(tmp_path, holders):
    path = tmp_path / "journal.sqlite"
    child = holders(path, "account", "nightly")
    with Lease(path) as mine, pytest.raises(LeaseHeldError) as refused:
        mine.acquire(account_key(ACCOUNT), what=f"account {ACCOUNT}")
    message = str(refused.value)
    assert f"account {ACCOUNT} is in use by run nightly (process {child.pid} on this machine"\
        in message
    assert len(message.splitlines()) == 1
    assert holder_of(path, account_key(ACCOUNT)).owner.split(":")[1] == str(child.pid)


def test_another_account_is_not_held_up(tmp_path, holders):
    path = tmp_path / "journal.sqlite"
    holders(path, "account", "nightly")
    with Lease(path) as mine:
        assert mine.acquire(account_key("other@dealer2.test at http://127.0.0.1:1")) == []


def test_a_lease_whose_process_was_killed_is_taken_over_and_names_its_run(tmp_path, holders):
    path = tmp_path / "journal.sqlite"
    child = holders(path, "account", "morning")
    child.kill()
    child.wait()
    with Lease(path, "afternoon") as mine:
        gone = mine.acquire(account_key(ACCOUNT))
        assert [(h.run_id, h.alive) for h in gone] == [("morning", False)]
        assert holder_of(path, account_key(ACCOUNT)).run_id == "afternoon"
    assert holder_of(path, account_key(ACCOUNT)) is None  # given back on release


def test_two_processes_resuming_one_run_the_second_is_refused(tmp_path, holders):
    path = tmp_path / "journal.sqlite"
    journal = RunJournal(path)
    journal.start_run("r1", [], {}, "check-only")
    journal.close()
    ended(path, "r1")
    child = holders(path, "run", "r1")
    journal = RunJournal(path)
    with pytest.raises(LeaseHeldError, match=rf"run r1 is in use by .*process {child.pid} "):
        lease_run(journal, "r1")
    child.stdin.close()  # the holder finishes and gives the lease back
    assert child.wait() == 0
    lease_run(journal, "r1").release()
    journal.close()


def test_a_run_the_journal_says_a_live_process_runs_is_not_resumed(tmp_path, holders):
    path = tmp_path / "journal.sqlite"
    child = holders(path, "journal", "r2")
    journal = RunJournal(path)
    with pytest.raises(LeaseHeldError, match=rf"run r2 is in use by .*process {child.pid} "):
        lease_run(journal, "r2")
    child.kill()
    child.wait()
    assert journal.status("r2") == "abandoned"
    lease_run(journal, "r2").release()
    journal.close()


def test_two_tasks_of_one_process_are_two_runs(tmp_path):
    journal = RunJournal(tmp_path / "journal.sqlite")
    first = lease_run(journal, "r3")
    with pytest.raises(LeaseHeldError, match="run r3"):
        lease_run(journal, "r3")
    first.release()
    assert holder_of(journal.path, run_key("r3")) is None
    journal.close()


def test_this_process_resumes_its_own_run_whose_end_went_unwritten(tmp_path):
    """A journal write that failed leaves the run 'running' under this live process: that
    is no other holder, and the run resumes here."""
    journal = RunJournal(tmp_path / "journal.sqlite")
    journal.start_run("r4", [], {}, "check-only")
    assert journal.status("r4") == "running"
    lease_run(journal, "r4").release()
    journal.close()


async def test_a_lease_taken_in_a_thread_is_there_to_give_back_when_the_job_is_cancelled():
    """The job takes its lease in a thread: cancelled meanwhile (Ctrl-C), it waits for the
    thread, so its clean-up releases a lease that exists rather than one taken after it."""
    entered, proceed, finished = threading.Event(), threading.Event(), []

    def acquire() -> str:
        entered.set()
        proceed.wait(60)
        finished.append("taken")
        return "taken"

    task = asyncio.create_task(_finished_in_thread(acquire))
    await asyncio.to_thread(entered.wait, 60)
    task.cancel()
    for _ in range(5):  # yields, no waiting: a plain to_thread would be cancelled by now
        await asyncio.sleep(0)
    assert not task.done()
    proceed.set()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert finished == ["taken"]
