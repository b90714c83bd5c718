"""Round 59 (tuned on hhhhhh and iiiiii after their first sight): cars named in lower case,
the car at hand's clause before another's, a car shown in the prize's or the lot's place, a
negation that governs a whole list, and a part that quit.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._in_lower_case: a writer who never writes a capital names cars in lower case
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("my roommate's civic has carplay, my 2011 civic has a cd player", set(),
     {"Apple CarPlay Integration"}),
    ("dad's f-150 has the tow package and 4x4, my ranger is 2wd", set(),
     {"Tow Package", "Four Wheel Drive"}),
    ("parents' murano has the sunroof and leather. mine is a 2012 versa with cloth", set(),
     {"Sunroof", "Leather Seats"}),
    # a word after "dad's" that names no car is no other car
    ("my parents passed down the x5: diesel, heated seats, hud (dad's pride & joy)",
     {"Diesel Engine", "Heated Front Seats", "Head-Up Display"}, set()),
])
def test_cars_named_in_lower_case(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._two_cars_parts: the car at hand's clause, then another car's
def test_the_car_at_hand_before_another_cars_clause(mapper):
    check_ticks(mapper, "My Atlas has heated seats, my wife's Pilot has the sunroof",
                {"Heated Front Seats"}, {"Sunroof"})


# _scope._ANOTHER_OF_OURS, _AT_HAND: a car shown in the prize's place beside the one awarded
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The Tacoma pictured has the JBL audio and a sunroof; the prize vehicle is an SR 4x2",
     set(), {"Premium Audio", "Sunroof"}),
    ("Display Outback has ventilated seats and a heated wheel - the winner receives a base "
     "Outback", set(), {"Ventilated Seats", "Heated Steering Wheel"}),
    ("Our booth truck has the Duramax; the prize truck is the gas WT with a backup camera",
     {"Backup Camera"}, {"Diesel Engine"}),
    # not a head-up display
    ("Prize vehicle has a head-up display and heated seats", {"Head-Up Display",
                                                              "Heated Front Seats"}, set()),
])
def test_a_car_shown_in_the_prizes_place(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._or_list, _GOVERNS_LIST, _short_items: a negation that governs its whole list
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Murano S, which lacks the Bose, heated rear seats and the 360 monitor", set(),
     {"Premium Audio", "Heated Rear Seats", "360 Camera"}),
    ("Escalade ESV without the HUD, the heated seats or the sunroof", set(),
     {"Head-Up Display", "Heated Front Seats", "Sunroof"}),
    # a clause of its own ends the list
    ("ordered without A-Spec so no ventilated seats, still has heated fronts and ELS audio",
     {"Heated Front Seats", "Premium Audio"}, {"Ventilated Seats"}),
])
def test_a_negation_governs_its_whole_list(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._cue_at: a part that quit, at its clause's end
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("heated seats quit", set(), {"Heated Front Seats"}),
    ("the hud quit, dealer wants $1200 to fix it", set(), {"Head-Up Display"}),
    ("quit smoking in it, heated seats work", {"Heated Front Seats"}, set()),
])
def test_a_part_that_quit(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
