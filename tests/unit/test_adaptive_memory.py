"""The tuner's memory under an account limit: a run that starts from a limit an earlier run
learned with 429s right above it probes upward rarely and, when a probe meets a 429, goes
back to the known limit instead of halving; the limit it learns is the highest one that
brought a round home, not wherever a late cut left it. A run without memory is unchanged."""

from __future__ import annotations

from vautokit.processing._concurrency import (
    KNOWN_PROBE_ROUNDS,
    PROBE_ROUNDS,
    ConcurrencyLimit,
    LearnedLimit,
)


def _succeed(limit: ConcurrencyLimit, vehicles: int) -> None:
    for _ in range(vehicles):
        limit.succeeded()


def test_a_known_limit_probes_a_quarter_as_often():
    known = ConcurrencyLimit(16, additive=False, start=3, met=(16, 8, 4))
    _succeed(known, PROBE_ROUNDS * 3)
    assert known.limit == 3  # where a limit without 429s above it would have probed
    _succeed(known, (KNOWN_PROBE_ROUNDS - PROBE_ROUNDS) * 3)
    assert known.limit == 4


def test_a_limit_learned_without_429s_right_above_probes_as_before():
    unknown = ConcurrencyLimit(16, additive=False, start=3, met=(16, 8))
    _succeed(unknown, PROBE_ROUNDS * 3)
    assert unknown.limit == 4


def test_a_probe_above_the_known_limit_that_meets_a_429_goes_back_to_it():
    limit = ConcurrencyLimit(16, additive=False, start=4, met=(5,))
    _succeed(limit, KNOWN_PROBE_ROUNDS * 4)
    assert limit.limit == 5
    limit.rate_limited(limit.epoch)
    assert limit.limit == 4 and limit.met == [5]  # not halved to 2


def test_a_429_at_the_known_limit_means_the_account_changed_and_halves():
    limit = ConcurrencyLimit(16, additive=False, start=4, met=(5,))
    assert limit.known == 4
    limit.rate_limited(limit.epoch)
    assert limit.limit == 2 and limit.known is None


def test_two_429s_in_a_row_above_the_known_limit_cut_deeper():
    limit = ConcurrencyLimit(16, additive=False, start=4, met=(5,))
    _succeed(limit, KNOWN_PROBE_ROUNDS * 4)
    limit.rate_limited(limit.epoch)  # the probe at 5: back to 4
    limit.rate_limited(limit.epoch)  # and 4 meets one before any vehicle is home
    assert limit.limit == 1


def test_without_memory_a_429_halves_as_before():
    limit = ConcurrencyLimit(8, additive=False)
    assert limit.known is None
    limit.rate_limited(limit.epoch)
    assert limit.limit == 4


def test_a_late_cut_does_not_lower_the_limit_learned():
    limit = ConcurrencyLimit(16, additive=False, start=4)
    _succeed(limit, PROBE_ROUNDS * 4)  # a round at 4, then a probe to 5
    assert limit.limit == 5
    limit.rate_limited(limit.epoch)  # 5 meets a 429: halved to 2
    _succeed(limit, 2)  # the run ends after a round at 2
    assert limit.learned() == LearnedLimit(4, (5,))


def test_a_429_at_a_level_learned_good_forgets_it():
    limit = ConcurrencyLimit(16, additive=False, start=4)
    _succeed(limit, 4)
    limit.rate_limited(limit.epoch)  # 4 itself meets a 429 now: the account allows less
    _succeed(limit, 2)
    assert limit.learned() == LearnedLimit(2, (4,))


def test_a_run_that_never_probed_passes_the_known_limit_on():
    limit = ConcurrencyLimit(16, additive=False, start=3, met=(16, 8, 4))
    _succeed(limit, 26)
    assert limit.learned() == LearnedLimit(3, (16, 8, 4))
    second = ConcurrencyLimit(16, additive=False, start=3, met=limit.learned().met)
    assert second.known == 3
