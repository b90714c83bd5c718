"""The tuner remembers: what an adaptive run learned of an account's limit is kept in the
journal per site and account, the next run's limit starts there (still probing upward, still
cutting on 429s), and a fresh journal starts at the ceiling as before."""

from vautokit import RunJournal
from vautokit.model import EventKind, RunEnd, StatusBus
from vautokit.processing._concurrency import ConcurrencyLimit, LearnedLimit
from vautokit.vehicles import VehicleLink

LINKS = [VehicleLink("1", "VIN00000000000001", "S1", "2024 Demo", 3, "Dealer", "/g?1")]


def _journal_with_run(tmp_path, run_id: str = "r1") -> RunJournal:
    journal = RunJournal(tmp_path / "journal.sqlite")
    bus = StatusBus()
    bus.subscribe(journal.follow(run_id, LINKS, {"adaptive": True, "site": "sandbox"},
                                 "parallel"))
    bus.emit(EventKind.RUN_STARTED, total=1)
    bus.emit(EventKind.RUN_FINISHED, detail="completed",
             end=RunEnd("completed", None, "parallel", 6, None, 0))
    return journal


def test_a_fresh_journal_knows_no_limit(tmp_path):
    journal = RunJournal(tmp_path / "journal.sqlite")
    assert journal.learned_limit("sandbox", "dealer1") is None


def test_a_learned_limit_is_kept_per_site_and_account(tmp_path):
    journal = _journal_with_run(tmp_path)
    journal.remember_limit("r1", "sandbox", "dealer1", LearnedLimit(4, (8, 5)))
    journal.close()

    again = RunJournal(tmp_path / "journal.sqlite")
    assert again.learned_limit("sandbox", "dealer1") == LearnedLimit(4, (8, 5))
    assert again.learned_limit("sandbox", "dealer2") is None
    assert again.learned_limit("vauto", "dealer1") is None


def test_the_latest_run_of_an_account_is_what_it_remembers(tmp_path):
    journal = _journal_with_run(tmp_path, "r1")
    journal.remember_limit("r1", "sandbox", "dealer1", LearnedLimit(4, (8,)))
    journal.remember_limit("r2", "sandbox", "dealer2", LearnedLimit(2, (3,)))
    journal.remember_limit("r3", "sandbox", "dealer1", LearnedLimit(3, (4,)))
    assert journal.learned_limit("sandbox", "dealer1") == LearnedLimit(3, (4,))
    assert journal.learned_limit("sandbox", "dealer2") == LearnedLimit(2, (3,))


def test_history_shows_the_learned_limit(tmp_path):
    journal = _journal_with_run(tmp_path)
    journal.remember_limit("r1", "sandbox", "dealer1", LearnedLimit(4, (8, 5)))
    history = journal.history()
    assert history.loc[0, "learned_limit"] == "4 (429s at 8, 5)"


def test_a_limit_without_memory_starts_at_the_ceiling():
    limit = ConcurrencyLimit(6, additive=False)
    assert (limit.limit, limit.ceiling) == (6, 6)
    assert limit.learned() is None


def test_a_learned_start_holds_then_probes_upward():
    limit = ConcurrencyLimit(6, additive=False, start=3)
    assert limit.limit == 3
    for _ in range(3 * 10):  # ten rounds at 3 without a 429
        limit.succeeded()
    assert limit.limit == 4
    assert limit.learned() == LearnedLimit(3)


def test_a_learned_start_still_cuts_on_a_429_and_remembers_where():
    limit = ConcurrencyLimit(6, additive=False, start=4)
    limit.rate_limited(limit.epoch)
    assert limit.limit == 2 and limit.met == [4]
    for _ in range(2):  # a whole round at the cut level
        limit.succeeded()
    assert limit.learned() == LearnedLimit(2, (4,))


def test_a_learned_start_is_bounded_by_the_workers():
    assert ConcurrencyLimit(3, additive=False, start=8).limit == 3
    assert ConcurrencyLimit(3, minimum=2, additive=False, start=1).limit == 2


def test_the_limit_learned_is_the_highest_level_that_brought_a_round_home():
    limit = ConcurrencyLimit(8, additive=False)
    limit.rate_limited(limit.epoch)  # 8 met 429s: down to 4
    for _ in range(4):
        limit.succeeded()  # a round at 4, and a climb toward the ceiling (7)
    assert limit.limit == 5
    limit.rate_limited(limit.epoch)  # 5 met them too
    for _ in range(2):
        limit.succeeded()  # a round at 2 after the cut: 4 still brought one home
    assert limit.learned() == LearnedLimit(4, (8, 5))
