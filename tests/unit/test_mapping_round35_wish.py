"""Round 35 scope: a wish ends where the car's own equipment is said, and a wish for what the
car lacks said as a regret ("would have loved", "if only it had").

Each test's lines are invented; the first test fails with ``_scope._ANSWER_IN_CLAUSE`` cut
only at ", it has ..." (the wish then swallows the car's own equipment), the second with
the regrets left out of ``_scope._WISH``.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# a wish, then what this car has, after "but" or a comma: that part is the car's ------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Owner wishes it had a heated steering wheel, has remote start", {"Remote Start"},
     {"Heated Steering Wheel"}),
    ("I wish it had a sunroof but it does have heated seats", {"Heated Front Seats"},
     {"Sunroof"}),
    ("Wanted a navigation system, but this one does have a backup camera",
     {"Backup Camera"}, {"Navigation System"}),
    # "has to have" is still the wish's
    ("Looking for one that has nav, has to have AWD", set(),
     {"Navigation System", "All Wheel Drive"}),
])
def test_a_wish_ends_where_the_cars_own_equipment_is_said(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# a regret names what the car lacks ----------------------------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Would have loved ventilated seats on this Tahoe", set(), {"Ventilated Seats"}),
    ("Would've preferred a power liftgate. Heated seats and Bluetooth though",
     {"Heated Front Seats", "Bluetooth"}, {"Power Liftgate"}),
    ("If only it had a heated steering wheel!", set(), {"Heated Steering Wheel"}),
])
def test_a_regret_wishes_for_what_the_car_lacks(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
