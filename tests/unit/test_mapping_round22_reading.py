"""Issue 19, round 22 (reading side). Machine tags and flags in running text read as the words
they join (vehicles/_markup.py): a photo classifier's tags carry confidence scores ("sun_roof
0.88") and an app's export carries flags ("hasTowHitch=true"); neither the score nor the flag's
value is a negation, and a score below even odds leaves its tag unsure. Controls seen in a
photo name their feature; a word inside another meaning names none (data/synonyms.toml). The
spelling and scan readers know only the tables' keys and phrases, never their comments
(_ocr.table_phrases). Lines here are invented, not a blind batch's."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles import CheckboxMappingService, Review, _ocr, _spelling
from vautokit.vehicles._markup import read_markup


@pytest.fixture(scope="module")
def mapper() -> CheckboxMappingService:
    return CheckboxMappingService.built_in(second_opinion=False)


# -- machine tags and flags -----------------------------------------------------------------

@pytest.mark.parametrize(("line", "plain"), [
    ("labels: rain_sensor 0.83 | power_tailgate 0.77", "labels: rain sensor | power tailgate"),
    ("found: navigation_screen (0.66)", "found: navigation screen"),
    ("found: tow_hook (0.21)", "found: tow hook (unsure)"),
    ("flags: hasTowHitch=true, moonroofOpen=false", "flags: tow hitch=true, moonroof open=false"),
    ("cfg: seat_cooling=1; trim_code=XLT", "cfg: seat cooling=1; trim code=XLT"),
    ("{coolSeat: Y}", "{cool seat: Y}"),
])
def test_machine_tags_and_flags_read_as_their_words(line, plain):
    assert read_markup(line) == plain


@pytest.mark.parametrize("line", [
    "iDrive 7.0 with xDrive and eAssist", "Sync 3.0, 0.5 ton payload", "HUD=1, BSW=0",
    "mail parts to a_b@shop.com", "Heated seats, sunroof, nav", "LED headIights, fog Iamps",
    "Premium packageAdaptive cruise", "Trim legend: S = standard",
])
def test_brand_names_scan_damage_glued_words_and_plain_flags_are_no_machine_keys(line):
    assert read_markup(line) == line


def test_a_confidence_score_is_no_negation(mapper):
    assert ticked(mapper, "vision tags: fog_light 0.93 / roof_rack 0.81") == {
        "Fog Lights", "Roof Rack"}


def test_a_flag_set_false_rules_its_feature_out(mapper):
    assert ticked(mapper, "features: remoteStart=true, wifiHotspot=false") == {"Remote Start"}


def test_a_tag_scored_below_even_odds_is_only_a_guess(mapper):
    assert isinstance(mapper.map_line("vision tags: sun_roof (0.31)"), Review)


# -- controls seen in a photo --------------------------------------------------------------

@pytest.mark.parametrize(("line", "labels"), [
    ("Pic 4: door card with memory buttons and mirror switch", {"Memory Seats", "Power Seats"}),
    ("Pic 6: start button to the right of the column", {"Push Button Start"}),
    ("Pic 3: armrest with power window switches", {"Power Windows"}),
    ("Pic 3: armrest with power lock switches", {"Power Locks"}),
])
def test_a_control_seen_names_its_feature(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", ["radio memory buttons 1-6", "remote start button on the fob"])
def test_a_control_of_something_else_names_no_seat_nor_ignition(mapper, line):
    assert not ticked(mapper, line) & {"Memory Seats", "Push Button Start"}


# -- a word inside another meaning ---------------------------------------------------------

@pytest.mark.parametrize(("line", "label"), [
    ("block heater plug-in hanging from the grille", "Hybrid Powertrain"),
    ("blank plug in the fascia where the washer went", "Hybrid Powertrain"),
    ("Moonroof: vented", "Ventilated Seats"),
    ("ESC worksheet signed, deductible $100", "Stability Control"),
    ("Fan 3, Sync ON", "Bluetooth"),
])
def test_a_word_inside_another_meaning_ticks_nothing(mapper, line, label):
    assert label not in ticked(mapper, line)


@pytest.mark.parametrize(("line", "label"), [
    ("Plug-in hybrid", "Hybrid Powertrain"), ("heated seats, vented", "Ventilated Seats"),
    ("ESC, traction control", "Stability Control"), ("SYNC 3 with Bluetooth", "Bluetooth"),
])
def test_the_word_in_its_own_meaning_still_ticks(mapper, line, label):
    assert label in ticked(mapper, line)


# -- the readers' vocabularies -------------------------------------------------------------

def test_the_scan_vocabulary_holds_no_comment_prose_nor_regex_escapes():
    words = _ocr.vocabulary().words
    assert "coachbuilders" not in words  # a comment's word in synonyms.toml
    assert "bdiesel" not in words  # "\\bdiesel" of a regular expression
    assert {"diesel", "heated", "sunroof"} <= words


def test_table_phrases_are_keys_and_phrases_only():
    phrases = _ocr.table_phrases("synonyms")
    assert "heated steering wheel" in phrases and not any("#" in p for p in phrases)
    assert not any("\\b" in p or p.startswith("re:") for p in phrases)


def test_the_spelling_index_holds_no_comment_prose():
    assert "coachbuilders" not in _spelling._index().pieces
