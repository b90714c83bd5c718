"""Round 82 (tuned on sssssssss to uuuuuuuuu after their first sight, narrowed after a
review): a part never fitted, said after it; a part torn or thrown away; a board's "ISO", a
seeker and a plan for a later day; someone to work on a part the car has; another's car in
the past tense; an option this car has; a key with lock and unlock buttons.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._CUES, _PASSIVE_ONLY, _car_is_subject: "never fitted" in the passive rules out the
# part before it; "never installed X" keeps "never" before its object; "never so equipped"
# said of the car rules out the whole line, said of a person nothing
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Ford", "The tonneau cover was never fitted, the trailer hitch was.", {"Trailer Hitch"},
     {"Tonneau Cover"}),
    ("Nissan", 'Show car: "Bluetooth audio and a phone link" on the stand card were never fitted '
     "to this clay model.", set(), {"Bluetooth"}),
    ("Dodge", "Never installed remote start on the Charger, I just walk out to it.", set(),
     {"Remote Start"}),
    ("BMW", "Never ordered the sunroof on my 340i, prefer the headroom.", set(), {"Sunroof"}),
    ("Packard", "Air conditioning was a 1940 Packard first; this car is not so equipped.",
     set(), {"Air Conditioning"}),
    ("Packard", "Overdrive and air conditioning were Packard firsts; this car was never so "
     "equipped.", set(), {"Air Conditioning"}),
    ("Subaru", "I'm not so equipped to handle snow, but the Outback has AWD and heated seats.",
     {"All Wheel Drive", "Heated Front Seats"}, set()),
])
def test_a_part_never_fitted_said_after_it(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _scope._came_off, _TORN, _TORN_PIECE, _tossed: a part torn off or thrown away is gone; a
# piece torn from it (its cover, its knob) leaves it; a part thrown to someone is kept;
# _IDIOMS: "not gonna lie" negates nothing
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Subaru", "roof rack got ripped off in a parking garage so no kayak trip this week",
     set(), {"Roof Rack"}),
    ("Chevrolet", "the step bars tore off my Silverado on a curb, you'll have to hop up",
     set(), {"Running Boards"}),
    ("Ford", "Our Expedition had running boards until the plow clipped them off.", set(),
     {"Running Boards"}),
    ("Ford", "Focus, AC blows cold, cruise button snapped off last winter", {"Air Conditioning"},
     {"Cruise Control"}),
    ("Honda", "Passport hitch cover ripped off, hitch still there.", {"Trailer Hitch"}, set()),
    ("Kia", "Heated seat switch knob snapped off, seats still heat up.", {"Heated Front Seats"},
     set()),
    ("Ford", "The tow package alone knocked off $2000 from my trade-in value.", {"Tow Package"},
     set()),
    ("Ram", "tonneau cover cracked in the hail storm and I tossed it, bed's open now", set(),
     {"Tonneau Cover"}),
    ("Honda", "Grabbed the remote start fob and tossed it to my wife, she's driving the Pilot.",
     {"Remote Start"}, set()),
    ("Honda", "not gonna lie my 2015 Civic has a backup cam and that's its whole personality",
     {"Backup Camera"}, set()),
])
def test_a_part_torn_or_thrown_away(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _scope._WISH: "ISO", a seeker of a car with a part, "anyone selling", a next car's
# requirements, a thought of adding a part and a later day's part are wishes; a buyer sought,
# someone to work on a part the car has, and a thought of anything else are not
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Jeep", "ISO: a Jeep with a tow hitch to borrow for one afternoon.", set(),
     {"Trailer Hitch"}),
    ("Ford", "seeking someone whose car has a third row for the reunion", set(),
     {"Third Row Seats"}),
    ("Subaru", "If anyone's selling a Crosstrek with heated seats, my son needs one by fall.",
     set(), {"Heated Front Seats"}),
    ("Volkswagen", "requirements for my next car: AWD, heated wheel, carplay.", set(),
     {"All Wheel Drive", "Heated Steering Wheel", "Apple CarPlay Integration"}),
    ("Volkswagen", "Thinking about adding a roof rack to our Jetta for the bikes.", set(),
     {"Roof Rack"}),
    ("Jeep", "someday my wrangler will have heated seats. today is not that day.", set(),
     {"Heated Front Seats"}),
    ("Toyota", "my tacoma will get a tonneau cover eventually", set(), {"Tonneau Cover"}),
    ("Toyota", "Seeking a buyer for my 4Runner, roof rack, tow hitch, sunroof.",
     {"Roof Rack", "Trailer Hitch", "Sunroof"}, set()),
    ("Ford", "Thinking of adding him to the insurance, the Escape has a backup camera.",
     {"Backup Camera"}, set()),
    ("Hyundai", "We'll have it detailed eventually, the Santa Fe has a panoramic sunroof.",
     {"Sunroof"}, set()),
    ("Mazda", "Looking for someone to detail the leather in our CX-5, the ventilated seats "
     "have gunk in the holes", {"Leather Seats", "Ventilated Seats"}, set()),
    ("Ford", "Looking for someone to weld a hitch onto my F-250.", set(), {"Trailer Hitch"}),
])
def test_a_wish_apart_from_a_service(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _mapping._SERVICE_ASKED: a question asking for someone to work on a part names a part the
# car has; one asking to fit it does not
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Dodge", "Who can fix a Durango's third row latch? Also the rear AC rattles but works.",
     {"Third Row Seats", "Rear Air Conditioning"}, set()),
    ("Lexus", "Anyone know how to reset the navigation on my GX460?", {"Navigation System"},
     set()),
    ("Honda", "Anyone know how to install and program a remote start on a Civic?", set(),
     {"Remote Start"}),
    ("Jeep", "Who can install a hitch on my Wrangler? Want to tow a small trailer", set(),
     {"Trailer Hitch"}),
])
def test_a_question_for_a_service(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _cars._SOMEONE_HAS, _names_a_car: another's car in the past tense set against the writer's
# ("her Audi had", "my ex's Tahoe had"), not another's shop or crew
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Mazda", "her audi had the sunroof and the bang olufsen, my mazda2 has heated seats",
     {"Heated Front Seats"}, {"Sunroof", "Premium Audio"}),
    ("Honda", "my ex's tahoe had heated seats and a third row. my fit has a good attitude",
     set(), {"Heated Front Seats", "Third Row Seats"}),
    ("Ford", "His crew had the running boards on my F-150 in an hour, my truck looks great.",
     {"Running Boards"}, set()),
])
def test_another_car_in_the_past(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _scope._had_here: an option said to be on this car is no doubt; one on a neighbour's is;
# synonyms.toml: a key with lock and unlock buttons, not one without them
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Porsche", "The limited-slip differential was optional; this example has it.",
     {"Limited Slip Differential"}, set()),
    ("Mazda", "Navigation optional. Our neighbor's has it.", set(), {"Navigation System"}),
    ("Toyota", "Found a Tundra key on a red lanyard with the lock/unlock buttons.",
     {"Keyless Entry"}, set()),
    ("Honda", "My key does not have lock/unlock buttons, just a plain blade.", set(),
     {"Keyless Entry"}),
])
def test_an_option_this_car_has_and_a_keys_buttons(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)
