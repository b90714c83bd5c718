"""Round 76 (tuned on rrrrrrrr to zzzzzzzz after their first sight), as its review narrowed
it: a part's comforts in brackets anywhere in a line, one alloy by a wheel's size or curb
damage, heated leather, a six-seater, two air conditioners and an A/C by its place or its
having, the key that opens and starts with a push, European diesel badges, a fog lamp by its
kind or side, a window's motor and a door lock's actuator, a tailgate's camera, makers'
letters for park-assist sensors, a battery's death that is no part's, a reader's doing after
"do not", and a removal closing a list whose items an "and" joins.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _mapping._comforts_glossed: a bracket of comforts after a part, however far into the line
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2021 Sonata SEL - repl RT door skin, R&I RT mirror (heated, BSM), blend quarter",
     {"Heated Mirrors", "Blind Spot Monitoring"}, set()),
    ("2018 Rogue SV - repl LT front door, R&I LT mirror (power, heated)", {"Heated Mirrors"},
     set()),
    ("2016 Sierra - R&I bumper, replace steering wheel (heated, w/ audio controls)",
     {"Heated Steering Wheel"}, set()),
    ("2017 Fusion SE - repl LT door, R&I LT mirror (not heated), blend fender", set(),
     {"Heated Mirrors"}),
    ("2019 Civic LX, seat covers (heated), from Amazon", set(), {"Heated Front Seats"}),
])
def test_a_parts_comforts_in_brackets(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# synonyms.toml "Alloy Wheels": one alloy by a wheel's size or its curb damage
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2015 Charger R/T, blk, alloy 20s, tinted", {"Alloy Wheels"}, set()),
    ("2019 Civic walk-around: alloy rash on the RR, bumper scuff", {"Alloy Wheels"}, set()),
    ("2020 Hilux SR5, alloy tray and headboard, tow bar", set(), {"Alloy Wheels"}),
    ("Landcruiser 79 ute, alloy, bullbar, dual batteries", set(), {"Alloy Wheels"}),
])
def test_one_alloy_named_alone(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# synonyms.toml "Heated Front Seats": heated leather anywhere, leather said first, every seat
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2017 Pilot EX-L, AWD, heated leather and a moonroof", {"Heated Front Seats"}, set()),
    ("2008 Tahoe LTZ. Leather heated, Bose, 3rd row", {"Heated Front Seats"}, set()),
    ("2020 Sierra Denali, heated & cooled Nappa, HUD",
     {"Heated Front Seats", "Ventilated Seats"}, set()),
    ("2021 Escalade, heated/cooled everything, Super Cruise", {"Heated Front Seats"}, set()),
    ("2019 Camry XLE, heated leather-wrapped steering wheel, cloth seats", set(),
     {"Heated Front Seats"}),
    ("2014 Tahoe, heated mirrors, leather interior, sunroof", set(), {"Heated Front Seats"}),
])
def test_heated_leather(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# synonyms.toml "Third Row Seats": a six-seater, a six-seat configuration, not a crew cab's six
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2022 Model X Long Range, 6 seat config, tow hitch", {"Third Row Seats"}, set()),
    ("2024 EV9 GT-Line, six-seater, Meridian", {"Third Row Seats"}, set()),
    ("2015 Silverado LT crew cab, 6 passenger, 5.3 V8", set(), {"Third Row Seats"}),
])
def test_six_seats(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# synonyms.toml "Rear Air Conditioning" and "Air Conditioning": two units, an auction sheet's
# AAC, the front unit, an A/C the car has
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2005 Eurovan Weekender, 7 seats, dual AC, cruise", {"Air Conditioning"},
     {"Rear Air Conditioning"}),
    ("2003 Express 15 passenger, AC front and rear, 190k",
     {"Air Conditioning", "Rear Air Conditioning"}, set()),
    ("Noah 2012 grade 4: twin A/C, power slide door", {"Rear Air Conditioning"}, set()),
    ("Harrier 2007 grade 4 B: AAC PS PW", {"Air Conditioning"}, set()),
    ("2009 E-350, front AC only, rear heater bypassed", {"Air Conditioning"}, set()),
    ("Mirage 2017 -- tiny, has AC, bluetooth", {"Air Conditioning"}, set()),
    ("Ioniq 5 with dual AC chargers at home", set(), {"Air Conditioning"}),
    ("2014 Mustang, front air dam cracked", set(), {"Air Conditioning"}),
    ("2016 Range Rover, front air bellows leaking", set(), {"Air Conditioning"}),
    ("2011 Silverado, new plugs with AC Delco wires", set(), {"Air Conditioning"}),
])
def test_two_air_conditioners_and_an_ac_by_its_place(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# synonyms.toml "Keyless Entry": a keyless push start, Ford's and Nissan's intelligent keys,
# a hands-free key card
@pytest.mark.parametrize("line", [
    "2018 CX-5 Touring, keyless push start, heated seats",
    "2016 Escape Titanium quote: IA key and hands-free liftgate",
    "Megane 2017, hands-free key card, rear sensors",
])
def test_the_key_that_opens_and_starts(mapper, line):
    check_ticks(mapper, line, {"Keyless Entry"}, set())


# synonyms.toml "Diesel Engine": a European badge without its displacement
@pytest.mark.parametrize("line", ["Clio 2019 dCi, front wheel drive, clim",
                                  "Zafira Tourer 2016 CDTI, 7 seats"])
def test_european_diesel_badges(mapper, line):
    check_ticks(mapper, line, {"Diesel Engine"}, set())


# synonyms.toml "Fog Lights": a fog lamp by its kind or its side
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2020 Tundra - repl grille, repl LT LED fog, R&I radar", {"Fog Lights"}, set()),
    ("2019 Pilot - R&I bumper, R&I fog RH, blend", {"Fog Lights"}, set()),
    ("2012 Camry, windows fog up in the rain", set(), {"Fog Lights"}),
])
def test_a_fog_lamp_by_its_kind_or_side(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# synonyms.toml "Power Windows" and "Power Locks": a window's motor, a lock's actuator
@pytest.mark.parametrize(("line", "kept"), [
    ("2021 Traverse - repl RT rear door, R&I RT rear door window motor", {"Power Windows"}),
    ("2018 Encore - repl RT door, transfer power lock actuator", {"Power Locks"}),
])
def test_a_windows_motor_and_a_locks_actuator(mapper, line, kept):
    check_ticks(mapper, line, kept, set())


# synonyms.toml "Backup Camera": the camera in a pickup's tailgate or its handle
def test_a_tailgates_camera(mapper):
    check_ticks(mapper, "2020 Colorado Z71 - repl tailgate, R&I tailgate handle w/ camera",
                {"Backup Camera"}, set())


# synonyms.toml "Parking Sensors": makers' letters for their sensors, the bumper's holes
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2019 XT5 - R&I rear fascia, transfer UPA sensors x4", {"Parking Sensors"}, set()),
    ("2019 Kona - order bumper w/ PDW holes, sensors transfer", {"Parking Sensors"}, set()),
    ("2020 CR-V - transfer BSM sensors LT/RT", set(), {"Parking Sensors"}),
])
def test_makers_letters_for_park_assist_sensors(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._cue_at ("dead" opening its part before a battery) and _NOT_A_CUE_AFTER["dead"/
# "died"]: a battery's death is no part's
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("RS call 2019 Frontier PRO-4X 4x4, dead batt, jumped", {"Four Wheel Drive"}, set()),
    ("tow: 2014 Challenger, RWD, alloys (dead battery)", {"Alloy Wheels"}, set()),
    ("Express van, battery died overnight, rear AC works", {"Rear Air Conditioning"}, set()),
    ("2011 Prius Two, hybrid battery dead, dealer quotes $3k", {"Hybrid Powertrain"}, set()),
    ("2014 Fusion Hybrid SE, the hybrid battery died, towed home", {"Hybrid Powertrain"}, set()),
    ("2016 Malibu, heated seats dead, not fixed", set(), {"Heated Front Seats"}),
    ("2018 Equinox, remote start dead 12v checked ok", set(), {"Remote Start"}),
])
def test_a_batterys_death_is_no_parts(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._INSTRUCTED: after a clause's "do not", a person's doing instructs a reader
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("'05 LR3, 3rd row, harman kardon, 4wd, $6,900 (dont ask)", {"Four Wheel Drive"}, set()),
    ("borrowed the RX, leather seats + nav, DO NOT spill coffee in it",
     {"Leather Seats", "Navigation System"}, set()),
    ("2011 Sienna, power windows, don't go down in the cold", set(), {"Power Windows"}),
    ("2013 Focus, heated seats, do not heat", set(), {"Heated Front Seats"}),
])
def test_an_instruction_after_do_not(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._listed_back: a removal closing a list with "all" after items an "and" joins takes
# every item
@pytest.mark.parametrize(("line", "gone"), [
    ("track prep - A/C, power antenna and cruise all removed, T-tops stay",
     {"Air Conditioning", "Cruise Control"}),
])
def test_a_removal_closing_a_list(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)
