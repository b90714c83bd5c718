"""Round 46 (tuned on hhhhh after its first sight): a web page's box comparing trims, the
other cars a page shows for sale, and a heading that says its list is not on this car.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._compare_box_parts (_COMPARE_BOX, _BOX_BREAK, _THIS_MARK, the part after a closing
# mark, a part opening with this car's trim)
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Compare trims · SE (this car): heated seats, CarPlay · SEL: sunroof, Bose · Limited: HUD",
     {"Heated Front Seats", "Apple CarPlay Integration"},
     {"Sunroof", "Premium Audio", "Head-Up Display"}),
    ("COMPARE TRIMS  S  SV (selected)  SL — SL only: leather, 360 camera",
     set(), {"Leather Seats", "360 Camera"}),
    ("Compare: Latitude ✓ you are here — remote start, fog lamps / Limited — leather, nav",
     {"Remote Start", "Fog Lights"}, {"Leather Seats", "Navigation System"}),
    ("Compare trims: EX (yours) vs Touring — Touring adds ventilated seats and a HUD. EX has "
     "heated seats and a sunroof.", {"Heated Front Seats", "Sunroof"},
     {"Ventilated Seats", "Head-Up Display"}),
    ("Compare trims ⇄ Sport (this one) / Touring: Bose, HUD / Platinum: ventilated seats",
     set(), {"Premium Audio", "Head-Up Display", "Ventilated Seats"}),
    # no part marked: read as written
    ("Compare our prices: heated seats, sunroof", {"Heated Front Seats", "Sunroof"}, set()),
])
def test_only_this_cars_part_of_a_trims_box_is_its_own(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._similar_parts (_SIMILAR, _THIS_AGAIN)
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("This Equinox LT has heated seats ▸ Similar vehicles: 2021 Blazer RS (sunroof, Bose)",
     {"Heated Front Seats"}, {"Sunroof", "Premium Audio"}),
    ("You may also like: 2020 Highlander Limited — leather, JBL, 3rd row", set(),
     {"Leather Seats", "Premium Audio", "Third Row Seats"}),
    ("Customers also viewed 2019 Tacoma TRD 4x4 w/ tow pkg — this Frontier SV has a bed liner",
     {"Bed Liner"}, {"Four Wheel Drive", "Tow Package"}),
    # "similar in size" compares, it shows no other car
    ("Similar in size to a Tahoe, with third row seats and a tow package",
     {"Third Row Seats", "Tow Package"}, set()),
])
def test_the_other_cars_a_page_shows_are_another_car(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _mapping._NOT_HERE_HEADING and _LIST_END (a sentence about this car ends the list)
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Optional features NOT on this car: Bose, moonroof. This one has a rear camera",
     {"Backup Camera"}, {"Premium Audio", "Sunroof"}),
    ("Standard on Touring, not on this EX: HUD, ventilated seats", set(),
     {"Head-Up Display", "Ventilated Seats"}),
    ("Feature unavailable on this trim: 360 camera, heated rear seats", set(),
     {"360 Camera", "Heated Rear Seats"}),
    ("Deleted: sunroof, nav. it has heated seats", {"Heated Front Seats"},
     {"Sunroof", "Navigation System"}),
])
def test_a_heading_that_says_not_on_this_car_rules_out_its_list(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
