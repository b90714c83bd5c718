"""Round 36 (tuned on llll-oooo after their first sight): an offer or wish said as "we'd add",
a pair ruled out by a "neither" after it, and a clause read only through unsure shorthand
that no longer holds back the rest of a parted line.

Each test's lines are invented; the first test fails with "we'd add" left out of
``_scope._WISH``, the second with the backward "neither ..." cues removed, the third with any
review among a parted line's clauses sending the whole line to review (``_mapping._asked``).
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Long-term Tiguan: what we'd add is a power liftgate. The heated seats are great",
     {"Heated Front Seats"}, {"Power Liftgate"}),
    ("I would add a remote start; it already has heated seats", {"Heated Front Seats"},
     {"Remote Start"}),
])
def test_what_we_would_add_is_not_on_the_car(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("A head-up display and a power liftgate, neither available on our test car; the sunroof "
     "is lovely", {"Sunroof"}, {"Head-Up Display", "Power Liftgate"}),
    ("Ventilated seats and a heated wheel, neither of which ours has", set(),
     {"Ventilated Seats", "Heated Steering Wheel"}),
    ("Navigation and a Bose stereo, neither offered here; Bluetooth works", {"Bluetooth"},
     {"Navigation System", "Premium Audio"}),
    ("Power liftgate and sunroof, neither of them on our tester; Bluetooth works",
     {"Bluetooth"}, {"Power Liftgate", "Sunroof"}),
    # "neither" before the pair still rules out what follows it
    ("Heated seats, neither sunroof nor navigation", {"Heated Front Seats"},
     {"Sunroof", "Navigation System"}),
])
def test_neither_after_a_pair_rules_the_pair_out(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


def test_unsure_shorthand_in_one_clause_holds_back_no_other(mapper):
    # "term" is read as shorthand, unsure, in the clause before the wish
    line = ("Outback long-term: what we'd add is a HUD. Heated rear seats and the sunroof are "
            "nice")
    check_ticks(mapper, line, {"Heated Rear Seats", "Sunroof"}, {"Head-Up Display"})
