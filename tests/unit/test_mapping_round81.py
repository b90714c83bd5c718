"""Round 81 (tuned on ppppppppp to rrrrrrrrr after their first sight, narrowed after a review):
a motorhome's features apart from the car towed behind it, a part glued shut, a claim
retracted or found to be "none of those", a child's words for a part that works by itself,
and a phone plugged in.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _cars._other_units: a rig's clause ends where the car "we tow behind it" is named (not a
# trailer towed behind it)
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Honda", "Our coach has adaptive cruise and lane departure, the little 2014 Fit we tow "
     "behind it just has A/C.", {"Air Conditioning"},
     {"Adaptive Cruise Control", "Lane Departure Warning"}),
    ("Jeep", "The coach has the backup cam; the TJ toad has a soft top and A/C",
     {"Air Conditioning"}, {"Backup Camera"}),
    ("GMC", "My rig: Sierra 2500 with gooseneck hitch and brake controller. We tow behind it a "
     "30ft horse trailer.", {"Trailer Hitch", "Trailer Brake Controller"}, set()),
])
def test_a_rig_apart_from_the_car_it_tows(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _scope: a part glued shut; a claim its author retracts ("Retracted!" alone, not an offer
# retracted) or finds to be "none of those"
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Ford", "2011 Fusion, the moonroof leaks so it's glued shut, heated seats",
     {"Heated Front Seats"}, {"Sunroof"}),
    ("Subaru", "I told the office my Ascent has the Harman Kardon. Checked: base audio. "
     "Retracted!", set(), {"Premium Audio"}),
    ("Toyota", 'Quoting the ad: "Venza w/ JBL, HUD, pano roof". It was the LE, none of those.',
     set(), {"Premium Audio", "Head-Up Display"}),
    ("Honda", "Salesman said heated seats and sunroof; I retracted my offer after the inspection.",
     {"Heated Front Seats", "Sunroof"}, set()),
])
def test_a_part_glued_shut_and_a_claim_retracted(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _plain: a child's words for a part that works "by themself" or goes up "all by itself", a
# phone charger; synonyms.toml: a phone plugged in is no plug-in hybrid
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Toyota", "our Sienna's hatch goes up all by itself when mom pushes the key",
     {"Power Liftgate"}, set()),
    ("Subaru", "the Outback's wipers go on by themself when it starts raining",
     {"Rain Sensing Wipers"}, set()),
    ("Kia", "the Sorento has a phone charger that works without a cord", {"Wireless Charging"},
     set()),
    ("Kia", "2018 Sorento, navigation means you plug in your phone", set(),
     {"Hybrid Powertrain"}),
])
def test_a_childs_words_and_a_phone_plugged_in(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)
