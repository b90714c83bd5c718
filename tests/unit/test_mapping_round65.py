"""Round 65 (tuned on yyyyyy, zzzzzz and aaaaaaa after their first sight): the model a line
opens with, the writer's own car set against another unit, a claim in a listing that the
car refutes, parts that came out, and a never-phrase inside a list a cue rules out.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _cars._said_at_hand: a car known by its make takes the model the line opens with; names
# written one after another are one car, named by each of their words too; a line that
# opens with a question names no car at hand
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Nissan", "Rogue SV, heated seats; the Armada has the tow package and 3rd row",
     {"Heated Front Seats"}, {"Tow Package", "Third Row Seats"}),
    ("Volkswagen", "Golf GTI, heated seats; the GTI's turbo is the fun part, my old Passat "
     "had a sunroof", {"Turbocharged", "Heated Front Seats"}, {"Sunroof"}),
    ("BMW", "E30 M3, sunroof; the M3's LSD is original, my old 325i had A/C",
     {"Sunroof", "Limited Slip Differential"}, {"Air Conditioning"}),
    ("Toyota", "RAV4 for the weekend? The Highlander has the 3rd row and the hitch",
     {"Third Row Seats", "Trailer Hitch"}, set()),
])
def test_the_model_the_line_opens_with(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car)


# _cars._GOES_ON: a model named with its powertrain is a car ("Highlander" is also a word)
def test_a_model_named_with_its_powertrain(mapper):
    check_ticks(mapper, "Leaf for the commute; her Highlander Hybrid has the sunroof and the "
                "3rd row", set(), {"Sunroof", "Third Row Seats"}, "Nissan")


# _cars.CarAtHand._set_against_ours: what a unit named before the writer's own car has is
# that unit's; not when a comma parts the name from what has it
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Audi", "The Q5 Prestige on the lot has the HUD and B&O; our Premium has heated seats",
     {"Heated Front Seats"}, {"Head-Up Display", "Premium Audio"}),
    ("Chevrolet", "Tahoe High Country at the dealer had the HUD and running boards - we went "
     "with the LT", set(), {"Head-Up Display", "Running Boards"}),
    ("Nissan", "Rogue SV with heated seats, the owner had it detailed, this one is spotless",
     {"Heated Front Seats"}, set()),
])
def test_another_unit_set_against_ours(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car)


# _cars._IS_THE: a clause that says another car is the one with something is that car's;
# not a pronoun's ("hers is the Lincoln")
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Kia", "EV6 for the commute, the AWD car in our family is the Outback", set(),
     {"All Wheel Drive"}),
    ("Cadillac", "The Escalade isn't my dad's, his is the Lincoln MKZ. The Escalade has the "
     "running boards, his car doesn't", {"Running Boards"}, set()),
])
def test_the_car_a_clause_says_another_is(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car)


# _cars._NOT_A_CAR_AFTER: a donor's part is no other car
def test_a_donor_part_is_no_car(mapper):
    check_ticks(mapper, "Legacy GT build: STI 6MT swap, turbo, rear LSD",
                {"Turbocharged", "Limited Slip Differential"}, set(), "Subaru")


# _cars: a substitute ("in place of") sets apart only its own words, up to the colon that
# ends the heading, as does another car named in a heading about this one; a possessive's
# clause ends where what it owns ends
@pytest.mark.parametrize(("car", "line", "kept"), [
    ("Toyota", "RAV4 Prime delivered in place of the Highlander: JBL, AWD, HUD",
     {"Premium Audio", "All Wheel Drive", "Head-Up Display"}),
    ("Toyota", "RAV4 Prime came instead, the Highlander was in the shop: JBL, AWD, HUD",
     {"Premium Audio", "All Wheel Drive", "Head-Up Display"}),
    ("Subaru", "Club note: your 1986 GL's badge is genuine - push-button 4WD, hill holder",
     {"Four Wheel Drive"}),
])
def test_what_follows_another_car_in_a_heading(mapper, car, line, kept):
    check_ticks(mapper, line, kept, set(), car)


# _cars._NAME_WORD: a name with a dot inside it ("ID.4")
def test_a_model_named_with_a_dot(mapper):
    check_ticks(mapper, "ID.4 replaced our Passat TDI (diesel, sunroof) last spring", set(),
                {"Diesel Engine", "Sunroof"}, "Volkswagen")


# _scope._word_of_someone: who "was told" only heard the claim; _scope._CONFIRMS: "It
# does" bears it out
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("We were told the Cherokee had 4x4; turned out it's a FWD Latitude", set(),
     {"Four Wheel Drive"}),
    ("I was told it had the Alpine stereo. It does, but one tweeter is dead", {"Premium Audio"},
     set()),
])
def test_a_claim_the_writer_was_told(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._cue_at: "did not know" is news of what the car has, unless it asks
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("didn't know the Sorento had heated rear seats until the first frost",
     {"Heated Rear Seats"}, set()),
    ("don't know if the Sorento has heated rear seats", set(), {"Heated Rear Seats"}),
])
def test_news_is_no_lack(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._REPORTED and _FINDING: a feature named in the listing, which the car sent, the
# car got or the listing's own error refutes
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("'ventilated seats' in the listing was a typo, the car has heated seats only",
     {"Heated Front Seats"}, {"Ventilated Seats"}),
    ("Sunroof in the ad photos too, the car sent had a solid roof", set(), {"Sunroof"}),
    ("'Heated rear seats' in the listing, but the X3 came without them", set(),
     {"Heated Rear Seats"}),
    ("Ventilated seats in the ad - typo, heated seats", {"Heated Front Seats"},
     {"Ventilated Seats"}),
    ("7-seat option was listed but our car (VIN 4481) is a 5 seater", set(),
     {"Third Row Seats"}),
])
def test_a_listing_claim_refuted(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._came_off and _AFTER_PARTICLE: a part that came out, or was taken off completely;
# not an update that came out
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("brake controller came out when we sold the trailer, hitch stays", {"Trailer Hitch"},
     {"Trailer Brake Controller"}),
    ("we took the roof rack off completely last fall", set(), {"Roof Rack"}),
    ("the Bluetooth update came out in May", {"Bluetooth"}, set()),
])
def test_a_part_that_came_out(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._YEAR_NAMED: a model year in a bracket names the shopper's own car, not one the
# wish list found
def test_a_wish_list_beside_the_car_owned(mapper):
    check_ticks(mapper, "Wishlist for the next minivan (ours now: 2014 Odyssey EX): 360 camera, "
                "heated 2nd row", set(), {"360 Camera", "Heated Rear Seats"})


# _scope._ASK_OPENER "if the car has": a condition claims nothing; not one about a screen
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("If the GLS has heated seats that'd be lovely, if not we'll bring blankets", set(),
     {"Heated Front Seats"}),
    ("if the home screen has the CarPlay tile, that's what you have",
     {"Apple CarPlay Integration"}, set()),
])
def test_a_condition_on_the_car(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope.MASKED_ITEM: a never-phrase is an item of the list a cue rules out
def test_a_never_phrase_inside_a_ruled_out_list(mapper):
    check_ticks(mapper, "LX trim lacks power sliding doors, a power liftgate and blind-spot "
                "warning", set(), {"Power Liftgate", "Blind Spot Monitoring"})
