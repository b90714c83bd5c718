"""Round 74 (tuned on ffffffff, gggggggg and hhhhhhhh after their first sight): more rivals (a
gas engine, five seats, a regular cruise), a bracketed note on a removal, a bracketed status
glued to its item, a failing said as a consequence ("so inop"), a question answered by a
denial, a lack that names a feature's head with its article, the keys of one sentence before
its "no", a service asked for a part, a take-off part, a tyre's and a re-fitting's words, and
some makers' and parts' names.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# synonyms.toml [rivals]: a gas engine, five seats, a regular cruise
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("F-250: the diesel was the 2009 one, this 2011 is 6.2 gas, heated seats",
     {"Heated Front Seats"}, {"Diesel Engine"}),
    ("2018 Ram 2500 Cummins diesel, do not put gas in it", {"Diesel Engine"}, set()),
    ("Reserved an Explorer with a third row, got an Edge, 5 seats", set(), {"Third Row Seats"}),
    ("Sienna 8-pass, 3rd row, 5 seats available for the carpool", {"Third Row Seats"}, set()),
    ("2020 Camry XSE, adaptive cruise per the sticker but it has plain cruise, heated seats",
     {"Heated Front Seats"}, {"Adaptive Cruise Control"}),
    ("adaptive cruise, switched to regular cruise for the city", {"Adaptive Cruise Control"},
     set()),
    ("adaptive cruise; regular cruise mode for the city", {"Adaptive Cruise Control"}, set()),
])
def test_more_rivals(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _mapping._DELETED_GLOSS: a note on a removal leaves it with its part
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Decom sheet: Remote start - removed (aftermarket). AWD - yes", {"All Wheel Drive"},
     {"Remote Start"}),
    ("fog lights deleted (bumper replaced), cruise", {"Cruise Control"}, {"Fog Lights"}),
    ("Option 410 deleted (navigation); Bluetooth", {"Bluetooth"}, {"Navigation System"}),
])
def test_a_note_on_a_removal(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _mapping._STATUS_GLOSS: "OnStar (inactive)" is OnStar's, not the A/C's before it
def test_a_bracketed_status_is_its_items(mapper):
    check_ticks(mapper, "2011 Impala 9C1, power windows, A/C, OnStar (inactive), 120k",
                {"Air Conditioning", "Power Windows"}, set())


# _scope._SO: a failing said as a consequence answers the part before
def test_a_failing_said_as_a_consequence(mapper):
    check_ticks(mapper, "Camry Hybrid decom: A/C runs off the HV battery, so inop", set(),
                {"Air Conditioning"})


# _mapping._QUESTION_DENIED: "rain sensor? XLE does not."
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Sienna XLE glass: rain sensor? XLE does not. power liftgate", {"Power Liftgate"},
     {"Rain Sensing Wipers"}),
    ("MKX job: HUD? NOT on MKX. lane keep cam, Revel audio", {"Premium Audio"},
     {"Head-Up Display"}),
])
def test_a_question_answered_by_a_denial(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _mapping._names_head_again: a lack or a removal names the head with its article
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2019 Explorer: heated seats, remote start, power liftgate all checked except the liftgate",
     {"Heated Front Seats"}, {"Power Liftgate"}),
    ("Passat: the block heater cord got chewed and the shop took the heater out", set(),
     {"Engine Block Heater"}),
    ("2013 Flex: swapped the cloth for leather seats from a Limited, heated, all working",
     {"Leather Seats", "Heated Front Seats"}, set()),
])
def test_the_head_named_with_its_article(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _mapping._KEYS_RULED_OUT: the keys of one sentence before its "no"
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Lot 12 - 2009 Thomas bus, Cummins diesel, block heater, 168k. A/C: NO.",
     {"Diesel Engine", "Engine Block Heater"}, {"Air Conditioning"}),
    ("Kit car on a Fiero frame. Hero's AWD, nav: not on this thing.", set(),
     {"All Wheel Drive", "Navigation System"}),
])
def test_the_keys_of_one_sentence(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope: a service asked for ("wants remote start checked"), a take-off part, "re-stuck",
# "P Zero", a radar "not touched"
@pytest.mark.parametrize(("line", "kept"), [
    ("Compass 4x4 on steel winters, cust also wants remote start checked", {"Remote Start"}),
    ("2023 Maverick XL: installed Lariat take-off alloys (18 in)", {"Alloy Wheels"}),
    ("Titan glass install, mirror w/ homelink buttons re-stuck to the new glass",
     {"Universal Garage Door Opener"}),
    ("Elantra N - Pirelli P Zero, e-LSD", {"Limited Slip Differential"}),
    ("F-150 windshield R&R, BLIS radars not touched", {"Blind Spot Monitoring"}),
])
def test_words_that_rule_nothing_out(mapper, line, kept):
    check_ticks(mapper, line, kept, set())


# synonyms.toml and makers.toml: parts' and makers' names
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("X3 glass: rain/light sensor gel pad replaced", {"Rain Sensing Wipers"}, set()),
    ("Tacoma: lane cam YES, tow pkg", {"Lane Departure Warning"}, set()),
    ("QX80 recal: front cam, ICC radar aimed", {"Adaptive Cruise Control"}, set()),
    ("upfit: rear ICC bar and mud flaps", set(), {"Adaptive Cruise Control"}),
    ("Velar: surround cams recalibrated", {"360 Camera"}, set()),
    ("Impala: chrome alloy cracked, replaced", {"Alloy Wheels"}, set()),
    ("Ram 1500: bed cover and liner", {"Bed Liner"}, set()),
    ("2017 F-250 Lariat FX4, tailgate step", {"Four Wheel Drive"}, set()),
    ("Austin FX4 London taxi, diesel", {"Diesel Engine"}, {"Four Wheel Drive"}),
    ("Grand Cherokee Summit - Enter-n-Go keyless", {"Keyless Entry"}, set()),
    ("Outlander SEL AWC, Bose", {"All Wheel Drive"}, set()),
    ("540i - Driving Assistant Plus radar aimed", {"Adaptive Cruise Control"}, set()),
])
def test_parts_and_makers_names(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
