"""Round 75 (tuned on iiiiiiii to qqqqqqqq after their first sight): the key's remote by its
buttons and its form, a model's name that is never a misspelt feature, heavy trucks' diesels
and a heavy-duty pickup's 6.7, parking sensors by their place or beside the camera, a
classic's PS/PB, an A/C named by its parts, the word "cruise" alone, a statement that ends in
a feature's whole name is no heading, a forum's WTB, and another trim's equipment (a car that
would have had it, a trim it was on, trims joined by a slash before "only").

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# synonyms.toml "Keyless Entry": the remote on the key ring by its buttons or its form
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2013 F-150 XL, lost keys, it's a 4-button remote w/ remote start",
     {"Keyless Entry", "Remote Start"}, set()),
    ("2014 Jetta SE, all keys lost, flip key remote, turn-key ignition", {"Keyless Entry"},
     set()),
    ("2009 Impala LT, transponder key + separate remote, 2 made", {"Keyless Entry"}, set()),
    ("2006 GX470: regular key w/ a separate remote, remote broke and she's not replacing it",
     set(), {"Keyless Entry"}),
    ("Comes with 2 keys and remote start, tow pkg", {"Remote Start"}, {"Keyless Entry"}),
    ("2010 Accord: driver door lock / unlock button sticks", set(), {"Keyless Entry"}),
    ("2021 Yukon SLT prox fob w/ remote start, push start", {"Keyless Entry"}, set()),
    ("2012 Civic LX, old style flip w/ lock/unlock buttons, only one key", {"Keyless Entry"},
     set()),
    ("2013 Spark LS: key is basic, no lock/unlock buttons, crank windows", set(),
     {"Keyless Entry"}),
    ("Uconnect app: lock/unlock and the horn from the phone, 4x4", {"Four Wheel Drive"},
     {"Keyless Entry"}),
])
def test_the_keys_remote_by_its_buttons(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _shorthand.Shorthand(as_written=_cars.model_words()): "Cruze" is no misspelt cruise, "Corsa"
# no "crs"
@pytest.mark.parametrize("line", [
    "Cruze LS: A/C compressor seized, not fixing it, windows down it is",
    "Opel Corsa Van, commercial, VAT qualifying, 1 yr NCT",
])
def test_a_models_name_is_no_shorthand(mapper, line):
    check_ticks(mapper, line, set(), {"Cruise Control", "Air Conditioning"})


# ... the exact name only: a misspelling of a table word near a model's plural still reads
def test_a_misspelling_near_a_models_name_still_reads(mapper):
    check_ticks(mapper, "backup camiras front and rear", {"Backup Camera"}, set())


# synonyms.toml "Diesel Engine": heavy trucks' engine lines, a 2500-5500 pickup's 6.7
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2004 International 4300, DT466, Allison, 10' plow, A/C", {"Diesel Engine"}, set()),
    ("2018 Volvo VNL, D13, I-Shift, cruise", {"Diesel Engine"}, set()),
    ("2012 Kenworth T440 with the MX-13, heated mirrors", {"Diesel Engine"}, set()),
    ("2017 Ram 3500 Laramie 6.7 dually, heated seats", {"Diesel Engine"}, set()),
    ("2017 Ram 1500 Laramie 5.7 Hemi, heated seats", set(), {"Diesel Engine"}),
    ("1995 Civic DX with the D15, sunroof", {"Sunroof"}, {"Diesel Engine"}),
    ("Ram 2500 tows 5500 lbs at 6.7 mpg, heated seats", {"Heated Front Seats"},
     {"Diesel Engine"}),
])
def test_heavy_trucks_diesels(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# synonyms.toml "Parking Sensors": the sensors by their place, counted, or beside the camera
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2019 Macan S wrap: sensors F/R, rear cam, fogs", {"Parking Sensors", "Backup Camera"},
     set()),
    ("2015 Ram 1500: side steps, rear sensors in bumper, bed liner", {"Parking Sensors"},
     set()),
    ("2018 CT6 bumper job: rear cam + sensors, night vision", {"Parking Sensors"}, set()),
    ("2017 Cherokee: roof rails. Rear sensors and cam.", {"Parking Sensors"}, set()),
    ("Range Rover Sport: surround cams, sensors x12, pano roof", {"Parking Sensors"}, set()),
    ("2020 Sonata: BSM sensors in bumper intact, sunroof", set(), {"Parking Sensors"}),
])
def test_parking_sensors_by_their_place(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# synonyms.toml "Power Steering" and "Air Conditioning": a classic's PS/PB, and each by its
# parts
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("1958 Impala, 348, PS/PB, Wonderbar radio", {"Power Steering"}, set()),
    ("'69 Nova: PS pump rebuilt, new hoses", {"Power Steering"}, set()),
    ("'72 Charger: AC hoses not correct crimp, -1", {"Air Conditioning"}, set()),
    ("300D: -2 AC converted R134 (acceptable)", {"Air Conditioning"}, set()),
    ("Sprinter camper: 2000W AC inverter for the microwave", set(), {"Air Conditioning"}),
])
def test_a_classics_ps_and_an_ac_by_its_parts(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# synonyms.toml "Cruise Control": the word alone, where it names no event, trip or ship
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("1999 Sierra 1500 SLE, PW PL tilt cruise, 231k", {"Cruise Control"}, set()),
    ("Vue 2008: 2 bags, 6 rods. cruise and cold AC, that's all I ask",
     {"Cruise Control", "Air Conditioning"}, set()),
    ("Mustang at the Friday cruise night, heated seats", {"Heated Front Seats"},
     {"Cruise Control"}),
    ("customer's going on a cruise next month, wants to close after", set(),
     {"Cruise Control"}),
    ("Fleet lot: 800 Cruise Ave, deliveries Tue only", set(), {"Cruise Control"}),
    ("2018 RAV4, our cruise to Alaska was great, sunroof", {"Sunroof"}, {"Cruise Control"}),
    ("Tom Cruise drove one in the movie", set(), {"Cruise Control"}),
    ("1965 Galaxie: power steering, Cruise-O-Matic, bench seat", {"Power Steering"},
     {"Cruise Control"}),
    ("2021 Escalade with Super Cruise, Bose", {"Adaptive Cruise Control"}, {"Cruise Control"}),
])
def test_cruise_alone(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _mapping._reordered: a first part that ends in a feature's whole name is no heading noun
def test_a_statement_ending_in_a_feature_is_no_heading(mapper):
    check_ticks(mapper, "tow 2019 CT6 w/ Super Cruise, member says the light bar went red",
                {"Adaptive Cruise Control"}, {"Cruise Control"})


# _scope._WISH: a forum's "WTB" (want to buy), and "I'd kill for"
@pytest.mark.parametrize("line", [
    "WTB: F-150 crew cab w/ 4x4, tow pkg, heated seats, under 30k miles",
    "2014 Escape SE: i'd kill for a heated steering wheel on these 5am calls",
])
def test_a_forums_want_to_buy(mapper, line):
    check_ticks(mapper, line, set(), {"Four Wheel Drive", "Tow Package", "Heated Front Seats",
                                      "Heated Steering Wheel"})


# ... not a headline's "features you'd kill for"
def test_a_headline_is_no_wish(mapper):
    check_ticks(mapper, "Features you'd kill for: heated seats, sunroof", {"Sunroof"}, set())


# _scope._OTHER_CAR and _TRIM_ONLY: another trim's equipment
@pytest.mark.parametrize(("line", "gone"), [
    ("2016 Mirage DE, plain key; the ES would have had keyless entry", {"Keyless Entry"}),
    ("Armada: remote start was on the Platinum, I've got the SV. cold mornings",
     {"Remote Start"}),
    ("2016 CX-3 Sport. push start is Touring/GT only; it's a Sport", {"Push Button Start"}),
])
def test_another_trims_equipment(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# ... and what is not another trim's: a buyer's "would've got it sooner", a gearbox's "M/T
# only", the trim it was on being the writer's own
@pytest.mark.parametrize(("line", "kept"), [
    ("2018 Camry XSE: sunroof, heated seats, would have got it sooner at that price",
     {"Sunroof", "Heated Front Seats"}),
    ("2016 Civic Si: the Si is M/T only, sunroof, heated seats",
     {"Sunroof", "Heated Front Seats"}),
    ("Armada: remote start is on the Platinum, I have the Platinum", {"Remote Start"}),
])
def test_not_another_trims(mapper, line, kept):
    check_ticks(mapper, line, kept, set())
