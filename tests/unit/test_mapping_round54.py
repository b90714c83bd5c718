"""Round 54 (tuned on xxxxx and yyyyy after their first sight): a rental app's boxes of other
cars, a car the writer only saw, drove or let go beside the one they own, the writer's own
car by its name lacking what another had, a listing's word the renter found untrue, and a
social post's handles, addresses, lead-ins and answers.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._SIMILAR: a rental app's or a marketplace's box of other cars, by its heading
@pytest.mark.parametrize(("line", "gone"), [
    ("Cars like this: 2022 Audi Q5 · Quattro · B&O sound · HUD",
     {"All Wheel Drive", "Premium Audio", "Head-Up Display"}),
    ("Also from Priya: 2021 Grand Cherokee L · 3rd row · heated wheel",
     {"Third Row Seats", "Heated Steering Wheel"}),
    ("More from this owner — Tacoma TRD · tow package · bed liner", {"Tow Package", "Bed Liner"}),
    ("Renters also booked: 2020 Sienna XLE · rear A/C · power liftgate",
     {"Rear Air Conditioning", "Power Liftgate"}),
    ("Nearby · 2021 Wrangler Rubicon · 4x4 · tow package", {"Four Wheel Drive", "Tow Package"}),
    ("Recommended for you: Audi Q5 · HUD · B&O", {"Head-Up Display", "Premium Audio"}),
])
def test_a_box_of_other_cars_names_none_of_this_ones_equipment(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._SEEN_OR_GONE (alone) and _ANOTHER_OF_OURS (beside the car at hand, _AT_HAND)
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("the Premium we looked at had the Bose and the sunroof, mine's the Base",
     set(), {"Premium Audio", "Sunroof"}),
    ("almost went with the Tahoe RST (HUD, 360 cam, heated 2nd row) but ended up with the LS",
     set(), {"Head-Up Display", "360 Camera", "Heated Rear Seats"}),
    ("passed on a Sienna XSE with the JBL. got a base LE", set(), {"Premium Audio"}),
    ("sorry, the heated wheel is only on my Highlander", set(), {"Heated Steering Wheel"}),
    ("remote start was a feature on my previous Wrangler, forgot to update the ad",
     set(), {"Remote Start"}),
    ("my brother's Tundra has the tow package, my Tacoma has the bed liner",
     {"Bed Liner"}, {"Tow Package"}),
    ("2016 Sierra 4x4, the sunroof's on my wife's Yukon, not this one, remote start",
     {"Four Wheel Drive", "Remote Start"}, {"Sunroof"}),
    # (_clause_start: a clause that points back opens where the one before it does)
    ("pics show a bed liner, but that was my old Tacoma; this one has a bare bed",
     set(), {"Bed Liner"}),
    # (_read_ours: the dash before the other car's words is no answer of this car's)
    ("Nav, sunroof - the HUD is only on my X5", {"Navigation System", "Sunroof"},
     {"Head-Up Display"}),
])
def test_a_car_only_seen_or_someone_elses_beside_the_writers(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# ... but alone, someone's car or a road test's car may be the car at hand itself
@pytest.mark.parametrize(("line", "kept"), [
    ("Dad's 2011 Avalon, leather, sunroof, 140k, handing it down", {"Leather Seats", "Sunroof"}),
    ("The Santa Fe we drove had the Harman Kardon and a heated wheel",
     {"Premium Audio", "Heated Steering Wheel"}),
    ("the heated wheel button is on the Traverse's left spoke", {"Heated Steering Wheel"}),
    ("the tonneau was on it when I looked at it, still on it now", {"Tonneau Cover"}),
])
def test_a_car_named_alone_is_the_car_at_hand(mapper, line, kept):
    check_ticks(mapper, line, kept, set())


# _scope._OURS_DOES_NOT (in _both_lacked_parts): the writer's car lacking what was named
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("the Sport Touring has the Bose and the HUD, my EX doesn't",
     set(), {"Premium Audio", "Head-Up Display"}),
    ("the Denali had the power boards, this AT4 diesel doesn't (sadly)",
     {"Diesel Engine"}, {"Running Boards"}),
    ("the sunroof is in the Technology pkg which the car we bought didn't have",
     set(), {"Sunroof"}),
    ("2020 Q5 Premium with Bose; the Prestige gets the B&O and a HUD, mine doesn't",
     {"Premium Audio"}, {"Head-Up Display"}),
    # (a lack that opens its own clause reaches the one before: _CONNECTIVE)
    ("On the Telluride you get a HUD; on my Sorento you don't", set(), {"Head-Up Display"}),
])
def test_the_writers_car_lacking_what_another_had(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# ... not a part of the car said not to do something, nor a lack of one part among others
@pytest.mark.parametrize(("line", "kept"), [
    ("my Tacoma doesn't leak, has a bed liner and a tonneau", {"Bed Liner", "Tonneau Cover"}),
    ("heated seats work, the cooled ones don't", {"Heated Front Seats"}),
])
def test_an_elliptic_lack_needs_the_car_as_its_subject(mapper, line, kept):
    check_ticks(mapper, line, kept, set())


# _scope._CONTRAST_CLAUSE, _OURS and _THIS_TRIM_SAID: this car by the writer's own name
@pytest.mark.parametrize(("line", "gone"), [
    ("AT4 adds the HUD and the camera mirror, on my SLE you get a regular mirror",
     {"Head-Up Display"}),
    ("the Overland has the 4x4 with Quadra-Drive, the Laredo I'm reviewing is RWD",
     {"Four Wheel Drive"}),
    ("Limited gets the JBL, pano roof and HUD, my XLE has cloth",
     {"Premium Audio", "Sunroof", "Head-Up Display"}),
    ("Limited gets the JBL + pano roof, XLE doesn't – this is an XLE",
     {"Premium Audio", "Sunroof"}),
])
def test_another_trims_equipment_beside_the_writers_trim(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._REPORTED (a listing's, an app's or photos' word) and _FINDING (what came instead)
@pytest.mark.parametrize(("line", "gone"), [
    ("photos showed a roof rack, car we got had no rack", {"Roof Rack"}),
    ("B&O and nav per listing — got the basic speakers, no screen", {"Premium Audio"}),
    ('Said "heated wheel" in the features list. It\'s not heated.', {"Heated Steering Wheel"}),
    ('Booked because of the "sunroof". Actually a solid roof.', {"Sunroof"}),
    ("App said remote start, the host said it never had it", {"Remote Start"}),
    ("the app said heated seats, it's the base L with cloth", {"Heated Front Seats"}),
    ("listing shows leather; we got the cloth one", {"Leather Seats"}),
])
def test_a_listings_word_the_renter_found_untrue(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _mapping._HANDLE: a person's handle, a web or mail address
@pytest.mark.parametrize("line", [
    "@diesel_dan thanks man! appreciate it",
    "Merch: shop.towpronation.co/hitch ✦ code TOW10",
    "email sales@towpackage.com for a quote",
    "https://example.com/heated-seats-review",
])
def test_a_handle_or_an_address_names_no_equipment(mapper, line):
    check_ticks(mapper, line, set(), {"Diesel Engine", "Trailer Hitch", "Tow Package",
                                      "Heated Front Seats"})


# _scope._PULLING ("sold") with _PARTICLES ("separately") and "of" after "out"
@pytest.mark.parametrize(("line", "gone"), [
    ("sold the tow hitch and wiring harness separately last week", {"Trailer Hitch"}),
    ("they cut the 3rd row out of this Sequoia for a camping build", {"Third Row Seats"}),
])
def test_a_part_sold_separately_or_cut_out(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._ASK_OPENER: lead-ins, a handle, "anyone know if", "is X on this car?"
@pytest.mark.parametrize(("line", "gone"), [
    ("wait does yours have ventilated seats or is that the SX only", {"Ventilated Seats"}),
    ("real question does this have the HUD or not", {"Head-Up Display"}),
    ("anyone know if the LT has heated seats or do I need the RST?", {"Heated Front Seats"}),
    ("@trailguy does this have the tow package or just a hitch??", {"Tow Package"}),
    ('"Is Super Cruise on this one?" – no reply yet', {"Adaptive Cruise Control"}),
])
def test_a_question_after_a_lead_in(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._ANSWER (the verb echoed) and _ASK_SENTENCE (a quoted question, a dash, the reply)
@pytest.mark.parametrize(("line", "kept"), [
    ("Q: is that the Bose? A: it is, came with the Premium", {"Premium Audio"}),
    ('"does it have heated rear seats" – yes, both sides', {"Heated Rear Seats"}),
])
def test_a_question_answered_yes(mapper, line, kept):
    check_ticks(mapper, line, kept, set())


# _mapping._QUESTION: a question the asker goes on from about themselves
@pytest.mark.parametrize(("line", "gone"), [
    ("block heater? I'm in Saskatoon", {"Engine Block Heater"}),
    ("sunroof? we're in Phoenix lol", {"Sunroof"}),
])
def test_a_bare_question_followed_by_the_askers_own_news(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)
