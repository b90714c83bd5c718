"""Round 60 (tuned on jjjjjj, kkkkkk, llllll and mmmmmm after their first sight): the car a
call, a post or a ticket is about, and a car the writer or someone close had before.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._AT_HAND: the car a call, a post or a ticket is about, beside another's
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("My son's Accord has CarPlay and a sunroof. I'm calling about my '96 Civic, which has "
     "cruise", {"Cruise Control"}, {"Apple CarPlay Integration", "Sunroof"}),
])
def test_the_car_a_call_or_a_post_is_about(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._SEEN_OR_GONE: a car the writer or someone close had before
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The Titan my dad had was the Pro-4X with the rear locker. This 2012 Titan S is a 2wd",
     set(), {"Limited Slip Differential", "Four Wheel Drive"}),
    ("Last Ranger I had was a 4x4 with the tow pkg. This one has a bedliner", {"Bed Liner"},
     {"Four Wheel Drive", "Tow Package"}),
    ("Had a Duramax for 12 yrs, this Silverado is the gas V6 with a backup camera",
     {"Backup Camera"}, {"Diesel Engine"}),
    ("the Highlander hybrid was my sister's, this is the V6 one with a sunroof", {"Sunroof"},
     {"Hybrid Powertrain"}),
    ("the one at the auction with heated seats was a different VIN. This one has a third row",
     {"Third Row Seats"}, {"Heated Front Seats"}),
    # someone who had a part put in this car
    ("My dad had heated seats put in. Leather, sunroof.", {"Heated Front Seats",
                                                          "Leather Seats"}, set()),
])
def test_a_car_someone_had_before(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
