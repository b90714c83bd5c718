"""Round 67 (tuned on eeeeeee, fffffff and ggggggg after their first sight): a roof rack
said by its parts, a search brief or a hypothetical car, a car quoted by its year, a chat's
"nope", an opinion about the choice, parts that quit or went back, someone's car set
against the writer's, a shared modifier before a clause, the "heads up" warning, and the
drivers' bare words for cruise, the A/C and a remote start.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# synonyms.toml "Roof Rack": bars, rails, towers and feet, a bar's own name, load carriers
@pytest.mark.parametrize("line", [
    "fitted Yakima bars on the Outback, kayak stacker",
    "Thule crossbars on factory rails, two bike trays",
    "bars on the rails, two kayak cradles",
    "rails and bars for the skis",
    "flush rails from the factory, clamp-on box",
    "clip kit, towers + bars, ski carrier",
    "CoreBar 60 for the boards",
    "WingBar Evo on fixpoints",
    "Volvo load carriers + ski box",
    "Rhino-Rack on the hard top, awning on the driver side",
])
def test_a_roof_rack_said_by_its_parts(mapper, line):
    check_ticks(mapper, line, {"Roof Rack"}, set())


@pytest.mark.parametrize("line", [
    "LED light bar, grab bars, tow bar wiring",
    "carbon rear wing and front splitter",
    "Rhino-Rack bed rails on the Tacoma",
])
def test_bars_that_are_no_roof_rack(mapper, line):
    check_ticks(mapper, line, set(), {"Roof Rack"})


# _scope._SEARCH_HEADING: a brief or criteria heading what is looked for
@pytest.mark.parametrize("line", [
    "Sourcing brief: 4Runner, 4WD, third row, sunroof",
    "Criteria for the Odyssey: 8 seats, rear A/C, power liftgate",
    "brief from Dana: Tahoe, Duramax, tow pkg, heated wheel",
    "client's list for a used Ioniq 5: AWD, HUD, heat pump",
    "dream spec for the next car: ventilated seats, HUD, AWD",
    "Brief: Macan, Bose, adaptive cruise, 21s",
])
def test_a_search_brief_claims_nothing(mapper, line):
    check_ticks(mapper, line, set(), {
        "Four Wheel Drive", "Third Row Seats", "Sunroof", "Rear Air Conditioning",
        "Power Liftgate", "Diesel Engine", "Tow Package", "Heated Steering Wheel",
        "All Wheel Drive", "Head-Up Display", "Ventilated Seats", "Premium Audio",
        "Adaptive Cruise Control"})


def test_a_cars_own_brief_is_the_car(mapper):
    check_ticks(mapper, "Sequoia brief: 4WD, JBL, third row", {"Four Wheel Drive",
                                                              "Third Row Seats"}, set())


# _scope._WISH: the car a trip should have had, and what a shopper turns away
@pytest.mark.parametrize(("line", "gone"), [
    ("Took the Corolla. Should've brought the Sienna with the rear A/C.",
     {"Rear Air Conditioning"}),
    ("Sedona, would've given anything for a sunroof out there", {"Sunroof"}),
    ("Great little car, but my kingdom for ventilated seats in July", {"Ventilated Seats"}),
    ("If we'd taken the Tahoe we'd have had a third row and a hitch",
     {"Third Row Seats", "Trailer Hitch"}),
    ("skip anything with a sunroof, she hates them", {"Sunroof"}),
    ("don't bother with the ones that have running boards", {"Running Boards"}),
])
def test_a_wish_or_a_refusal_claims_nothing(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# synonyms.toml "Sunroof": a pano as a bracket's list item before "and"
def test_a_pano_in_a_packs_bracket(mapper):
    check_ticks(mapper, "Plus pack (pano, heat pump), 12k mi", {"Sunroof"}, set())


# _scope._PLANNED: a car quoted by its model year is the car for sale
def test_a_car_quoted_by_its_year(mapper):
    check_ticks(mapper, "the store quoted us the '21 Expedition: 360, running boards",
                {"360 Camera", "Running Boards"}, set())
    check_ticks(mapper, "quoted $520 for running boards", set(), {"Running Boards"})


# _mapping._QUESTION_ANSWERED: a chat's "nope" and "nah" answer the question
@pytest.mark.parametrize("line", ["AWD, HUD? nah. heated seats", "AWD, HUD? nope. heated seats"])
def test_a_chats_no(mapper, line):
    check_ticks(mapper, line, {"All Wheel Drive", "Heated Front Seats"}, {"Head-Up Display"})


# _mapping._judges_own_clause: an opinion with a statement of its own doubts no feature;
# _SENTENCE_END after initials made plural ("LEDs.")
def test_an_opinion_about_the_choice(mapper):
    check_ticks(mapper, "Q5, B&O, HUD, matrix LEDs. I think this is the one",
                {"Premium Audio", "Head-Up Display"}, set())
    check_ticks(mapper, "Q5, B&O, HUD, matrix LEDs. I think so", set(),
                {"Premium Audio", "Head-Up Display"})


# _scope._CUES: parts that quit and stayed so
@pytest.mark.parametrize(("line", "gone"), [
    ("the Bluetooth went out last spring, aux cord now", {"Bluetooth"}),
    ("the remote start never worked so it was freezing", {"Remote Start"}),
    ("nav froze on day two and never came back", {"Navigation System"}),
    ("heated wheel button does nothing, dealer shrugged", {"Heated Steering Wheel"}),
    ("power running boards jammed half out", {"Running Boards"}),
    ("the power liftgate motor is shot", {"Power Liftgate"}),
    ("blind spot assist stayed off the whole trip", {"Blind Spot Monitoring"}),
])
def test_a_part_that_quit(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._BROKEN: a part that went out and was put right has it
def test_a_part_that_went_out_and_was_replaced(mapper):
    check_ticks(mapper, "LED headlight went out, headlamp assembly replaced under warranty",
                {"LED Headlights"}, set())


# _scope._CUES: a part bought and returned
@pytest.mark.parametrize(("line", "gone"), [
    ("dealer crossbars went back after a week, too noisy", {"Roof Rack"}),
    ("tried a roll-up tonneau for a month, sent it back", {"Tonneau Cover"}),
    ("Sent back the aftermarket hitch, it hid the camera", {"Trailer Hitch"}),
])
def test_a_part_that_went_back(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _cars._SUBJECT_OPENS: someone's car set against the writer's
def test_someones_car_before_the_writers(mapper):
    check_ticks(mapper, "Son-in-law's Titan has a HUD and a brake controller. My Frontier has "
                "a hitch", {"Trailer Hitch"}, {"Head-Up Display", "Trailer Brake Controller"},
                car="Nissan")


# _mapping._distributed: a modifier over a second noun that a clause goes on after
def test_a_shared_modifier_before_a_clause(mapper):
    check_ticks(mapper, "heated wheel and seats on the whole drive",
                {"Heated Steering Wheel", "Heated Front Seats"}, set())
    check_ticks(mapper, "heated rear seats & rear camera mirror are on the Premier only",
                set(), {"Heated Mirrors"})


# _language._IDIOM and synonyms.toml "Head-Up Display": the warning that opens a message
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("heads up, someone dinged the silver Acadia", set(), {"Head-Up Display"}),
    ("Acadia - heads up no tonneau on this one", set(), {"Head-Up Display", "Tonneau Cover"}),
    ("the hitch held up fine with the bikes", {"Trailer Hitch"}, {"Head-Up Display"}),
    ("it's got the heads-up and the cooled seats", {"Head-Up Display", "Ventilated Seats"},
     set()),
])
def test_the_heads_up_warning(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# synonyms.toml: a driver's bare words for cruise, the A/C and a remote start
@pytest.mark.parametrize(("line", "kept"), [
    ("day 3 -- cruise set at 75 through Kansas", {"Cruise Control"}),
    ("Day 4: cruise and a HUD, quiet cabin", {"Cruise Control", "Head-Up Display"}),
    ("the AC kept up at 110F", {"Air Conditioning"}),
    ("remote started it from the motel room", {"Remote Start"}),
])
def test_a_drivers_bare_words(mapper, line, kept):
    check_ticks(mapper, line, kept, set())


def test_the_current_of_a_charger_is_no_air_conditioning(mapper):
    check_ticks(mapper, "the AC charger at the motel was slow", set(), {"Air Conditioning"})


# _scope._off_for_season, _AFTER_PARTICLE "the": a part off for the winter or taken off
@pytest.mark.parametrize(("line", "gone"), [
    ("crossbars + box off for the winter", {"Roof Rack"}),
    ("we took the Thule bars off the day before the sale", {"Roof Rack"}),
])
def test_a_part_taken_off(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)
