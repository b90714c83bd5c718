"""Round 72 (tuned on wwwwwww, xxxxxxx and yyyyyyy after their first sight): a failing that
a whole list shares, a removal's list whose last item an "and" joins, a car asked for or
to be got by what it must have, a part that quit and was not fixed, and three names that
are another part's (an air suspension, a hybrid steering rack, a luggage rack on the boot),
a car needed for its size alone ("if you need a bigger car") and what one trip did not
need.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._whole_list: "all" before a failing takes the list before it
@pytest.mark.parametrize(("line", "gone"), [
    ("Town Car - heated seats, power lumbar, the trunk pull-down: all dead since the battery "
     "died", {"Heated Front Seats"}),
    ("screen delaminated: nav, carplay and backup cam display all unusable",
     {"Navigation System", "Apple CarPlay Integration", "Backup Camera"}),
])
def test_a_failing_the_whole_list_shares(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._listed_on: the item an "and" joins is counted piece by piece
def test_a_removal_list_whose_last_item_an_and_joins(mapper):
    check_ticks(mapper, "M3 track build: ripped out the rear seats, the nav screen and the HK "
                        "amp. kept the factory LSD",
                {"Limited Slip Differential"}, {"Navigation System", "Premium Audio"})


# _scope._WISH: "ask for a car with", "we'll get one with"
@pytest.mark.parametrize(("line", "gone"), [
    ("next time ask for a car with CarPlay, this radio is from 2011",
     {"Apple CarPlay Integration"}),
    ("Caravan: someday we'll get one with a power liftgate, this one is all manual",
     {"Power Liftgate"}),
])
def test_a_car_to_ask_for_or_get_later(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._repaired_after and _QUIT_WHEN "in"
def test_a_part_that_quit_and_was_not_fixed(mapper):
    check_ticks(mapper, "the Odyssey's A/C quit in June, still not fixed, windows down it is",
                set(), {"Air Conditioning"})
    check_ticks(mapper, "the nav quit, dealer replaced the head unit, works now",
                {"Navigation System"}, set())


# synonyms.toml: "rear air susp", "hybrid rack", "luggage rack on the boot lid"
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("H2 2007 4x4, rear air susp, tow hitch", {"Trailer Hitch"}, {"Rear Air Conditioning"}),
    ("Civic EX: K20 swap, kept the a/c with the hybrid rack", {"Air Conditioning"},
     {"Hybrid Powertrain"}),
    ("MGB roadster: Minilite-style alloys and a luggage rack on the boot lid", set(),
     {"Roof Rack"}),
])
def test_names_of_another_part(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._WISH: a car needed for its size alone names nothing this car has or lacks
def test_a_lenders_offer_is_no_wish(mapper):
    check_ticks(mapper, "Atlas is here if you need a bigger car, 3rd row, 4motion, heated seats",
                {"Third Row Seats", "All Wheel Drive", "Heated Front Seats"}, set())


# _scope._IDIOMS: what one trip did not need, not what the car lacks
def test_what_a_trip_did_not_need(mapper):
    check_ticks(mapper, "Expedition Max - 8 seats - 4x4 - tow pkg (not needed for the field trip)",
                {"Tow Package", "Four Wheel Drive"}, set())
    check_ticks(mapper, "1500 - mulch run - tonneau rolled back, hitch, 4x4 not needed today",
                {"Four Wheel Drive", "Trailer Hitch"}, set())
    check_ticks(mapper, "composite bed, liner not needed, sunroof", {"Sunroof"}, {"Bed Liner"})
