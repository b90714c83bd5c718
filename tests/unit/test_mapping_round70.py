"""Round 70 (tuned on nnnnnnn, ooooooo and ppppppp after their first sight): initials never
joined from two words, a sentence ended after initials, "plug in" as a verb, everyday words
and a chat's shortenings never read as shorthand, an instruction not to handle a part, a
trim part's own failing, and names the table lacked (sat radio, a split rear seat, a third
bench, a controller beside the hitch).

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import re

import pytest

from tests.unit.mapping_support import check_ticks


# _ocr.initials in _ocr._rejoined (a scan's broken word) and _spelling._joined (a word
# misspelt apart): a chat's "it bc" is no "itbc"
@pytest.mark.parametrize("line", [
    "the Equinox remote start is great, I use it bc of the cold",
    "the remote start was a dealer add-on, he had them deactivate it bc it was on HIS app.",
])
def test_two_words_are_never_joined_into_initials(mapper, line):
    check_ticks(mapper, line, {"Remote Start"}, {"Trailer Brake Controller"})


# _mapping._capitals_parted: a stop after initials ends the sentence before a capital's word
def test_a_sentence_ends_after_initials(mapper):
    check_ticks(mapper, "This Golf is FWD, not AWD. Has heated seats and a sunroof.",
                {"Heated Front Seats", "Sunroof"}, {"All Wheel Drive"})


# synonyms.toml "Hybrid Powertrain": "plug in" with a verb's complement is no plug-in hybrid
@pytest.mark.parametrize("line", [
    "Leaf rules: plug in at night, heated seats are on the left",
    "plug in if under 30%, heated seats use less than the heater",
])
def test_plug_in_as_a_verb(mapper, line):
    check_ticks(mapper, line, {"Heated Front Seats"}, {"Hybrid Powertrain"}, car="Nissan")


# _shorthand._EVERYDAY and PLAIN's chat words: "her", "she" and "pls" are no shorthand, so the
# line is read as written, not put up for review
@pytest.mark.parametrize("line", [
    "pls leave the lane keep on when u drive her, she drifts",
    "pls dont turn off the EyeSight lane keep when u drive her, she freaks out at the beeping",
    "htd sts, lane keep, she drives it w/ her kids",
    "Great Dane setup: 3rd row folded flat, lane keep, rear camera so she doesn't jump out early",
])
def test_everyday_words_are_no_shorthand(mapper, line):
    check_ticks(mapper, line, {"Lane Departure Warning"}, set(), car="Subaru")


# _scope._instruction_verb: "do not" before a verb with an object is an instruction about a
# part the car has, unless the verb is one of having or getting it
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("ceramic note: matrix LED headlights, don't polish the ACC radar in the grille",
     {"Adaptive Cruise Control", "LED Headlights"}, set()),
    ("Keyless entry keypad code is 5-2-8-1, don't share it.", {"Keyless Entry"}, set()),
    ("truck has a bedliner and tonneau, dont take the tonneau off pls",
     {"Bed Liner", "Tonneau Cover"}, set()),
    ("cust says DO NOT spray dressing on the HUD lens", {"Head-Up Display"}, set()),
    ("heated seats, do not work", set(), {"Heated Front Seats"}),
    ("sunroof? do not have the sunroof on this one", set(), {"Sunroof"}),
])
def test_an_instruction_about_a_part(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._trim_part_before: a part's cover, clip or deflector (with the pieces it names)
# failing is not the part's own failing; a word of the part's own name is no trim
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("heated seat switch cover missing, cust aware", {"Heated Front Seats"}, set()),
    ("tow hitch cover missing", {"Trailer Hitch"}, set()),
    ("the 3rd row seatbelt clip is broken", {"Third Row Seats"}, set()),
    ("the 3rd row seatbelt missing", {"Third Row Seats"}, set()),
    ("sunroof wind deflector missing", {"Sunroof"}, set()),
    ("pano roof shade motor broken, glass fine", {"Sunroof"}, set()),
    ("tonneau cover missing", set(), {"Tonneau Cover"}),
    ("sunroof motor broken", set(), {"Sunroof"}),
])
def test_a_trim_parts_failing(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# synonyms.toml: names the table lacked
@pytest.mark.parametrize(("line", "label"), [
    ("Sienna list: sat radio, power locks", "SiriusXM Satellite Radio"),
    ("fits the kit w/ the rear seat split down", "Split Folding Rear Seat"),
    ("the back seats are split for skis", "Split Folding Rear Seat"),
    ("hybrid, heated seats, split rear seat", "Split Folding Rear Seat"),
    ("old wagon: rear air, 3rd bench, cruise", "Third Row Seats"),
    ("4wd, leather, tow pkg + controller", "Trailer Brake Controller"),
    ("crew cab, hitch, controller, bedliner", "Trailer Brake Controller"),
])
def test_names_the_table_lacked(mapper, line, label):
    check_ticks(mapper, line, {label}, set())


# _scope._object: a "neither" whose own part names no feature stands for the pair before it
@pytest.mark.parametrize("line", [
    "Wrangler: hardtop + roof rack were options, I got neither. soft top",
    "Sahara had the roof rack and the tow hitch as options, we got neither",
])
def test_neither_after_the_pair_it_stands_for(mapper, line):
    check_ticks(mapper, line, set(), {"Roof Rack", "Trailer Hitch"}, car="Jeep")


# _scope._RETRACTED and _CLAIMED: a claim its teller lied in, or one kept saying and denied
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("whoever said the Tacoma has a sunroof lied, it's a sticker", set(), {"Sunroof"}),
    ("he keeps saying the CX-5 has adaptive cruise. it doesn't. plain cruise, leather",
     {"Leather Seats"}, {"Adaptive Cruise Control"}),
])
def test_a_claim_lied_in_or_denied(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._past_having, _GETTING and _STATES: a part that "doesn't get cold" fails; no having
@pytest.mark.parametrize("line", ["rear AC - doesn't get cold", "the heated seats don't get warm"])
def test_a_part_that_does_not_get_cold_fails(mapper, line):
    check_ticks(mapper, line, set(), {"Rear Air Conditioning", "Heated Front Seats"})


# _ocr._ruled_out_dropped: the words a phrase is written never to match beside are no words
# of the table; a positive lookahead's name is ("(?=itbc\b)\w+" names the ITBC)
def test_words_a_phrase_rules_out_are_no_table_words():
    from vautokit.vehicles._ocr import _ruled_out_dropped, table_phrases

    assert _ruled_out_dropped(r"re:(?<!12v )plug in(?! (?:at|if)\b)(?! a\(b\))") == "re:plug in"
    assert _ruled_out_dropped(r"re:(?=itbc\b)\w+") == r"re:(?=itbc\b)\w+"
    assert _ruled_out_dropped("plug in (?! at)") == "plug in (?! at)"  # a plain phrase
    words = {w for phrase in table_phrases("synonyms") for w in re.findall("[a-z0-9]+", phrase)}
    assert "whenever" not in words and "itbc" in words
