"""Issue 19, round 12: a feature that needs a service to work, is switched off, failed or sold
apart is not claimed; Québec French cues and build-sheet words as data; plain words and units
are no shorthand; a suite named after its make still heads its line. Lines here are invented,
not a blind batch's."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles._language import read_as_english


@pytest.mark.parametrize(("line", "labels"), [
    ("Heated steering wheel requires subscription activation", set()),
    ("Wi-Fi hotspot requires data plan activation", set()),
    # what a feature needs that is another option is no service: the feature is the car's
    ("Heated seats (requires Cold Weather Package)", {"Heated Front Seats"}),
])
def test_a_feature_that_needs_a_service_is_not_claimed(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Lane keeping assist inactive, cruise control", {"Cruise Control"}),
    ("Moonroof NG, heated seats OK", {"Heated Front Seats"}),
    ("Harman Kardon amplifier dead", set()),
    ("Power liftgate motor seized", set()),
    ("Navigation no longer functional", set()),
    ("Wireless charging not yet enabled", set()),
    ("Tonneau cover sold separately", set()),
    ("Nav subscription (lapsed)", set()),
    # fixed since, or a footrest: no cue
    ("Driver heated seat dead on arrival, new pad installed, now OK", {"Heated Front Seats"}),
])
def test_a_feature_switched_off_failed_or_sold_apart_is_not_claimed(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Volant chauffant désactivé, caméra de recul", {"Backup Camera"}),
    ("Non munie de caméra de recul", set()),
    ("Démarreur à distance non offert", set()),
    ("Phares antibrouillard inopérants", set()),
    ("Marchepieds enlevés", set()),
    ("Sièges en cuir remplacés par des sièges en tissu", set()),
    ("Prédisposé pour toit ouvrant", set()),
])
def test_quebec_french_cues_rule_out_as_english_ones_do(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_letter_before_a_slash_is_an_abbreviation_not_a_french_word(mapper):
    assert read_as_english("Corolla 2015, A/C, sièges chauffants") == (
        "Corolla 2015, A/C, heated seats")
    assert "Air Conditioning" in ticked(mapper, "Corolla 2015, A/C, sièges chauffants")


@pytest.mark.parametrize(("line", "labels"), [
    ("Feux de jour à DEL, phares halogènes", set()),
    ("Volant gainé de cuir", set()),
    ("Moniteur de vue panoramique, toit ouvrant", {"360 Camera", "Sunroof"}),
    ("Rav4 LE TI 2018, sièges chauffants", {"All Wheel Drive", "Heated Front Seats"}),
    ("F-150 XLT 4RM, caméra de recul", {"Four Wheel Drive", "Backup Camera"}),
    ("Différentiel à glissement limité, cuir", {"Limited Slip Differential", "Leather Seats"}),
    ("Hayon électrique mains libres", {"Power Liftgate"}),
    ("Point d'accès Wi-Fi", {"WiFi Hotspot"}),
    # an English line's "Ti" is a trim (Alfa Romeo, BMW), not traction intégrale
    ("Giulia Ti, heated seats", {"Heated Front Seats"}),
])
def test_quebec_build_sheet_and_listing_words_as_data(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("word", ["min", "lte", "lens", "ultra"])
def test_units_networks_and_plain_words_are_no_shorthand(mapper, word):
    assert mapper.shorthand.expansions(word) == ()


@pytest.mark.parametrize(("line", "labels"), [
    ("4G LTE hotspot", {"WiFi Hotspot"}),
    ("Fog lamp lens replaced", {"Fog Lights"}),
])
def test_a_line_with_units_and_plain_words_ticks_only_what_it_names(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_suite_after_its_make_heads_the_line_that_lists_its_parts(mapper):
    line = "Ford Co-Pilot360: Active Park Assist, 360-degree camera"
    assert ticked(mapper, line) == {"Parking Sensors", "360 Camera"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Trac-Lok rear differential", {"Limited Slip Differential"}),
    ("Traction-Lok axle 3.73", {"Limited Slip Differential"}),
    ("Park Pilot Assist, 360 camera", {"Parking Sensors", "360 Camera"}),
    ("Park Assist with memory function", {"Parking Sensors"}),
    ("VSC claim: radiator replaced", set()),
])
def test_makers_names_for_what_they_are(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Warranty: navigation head unit replaced with new OEM unit", {"Navigation System"}),
    ("Power liftgate motor replaced with a genuine motor", {"Power Liftgate"}),
    # replaced with another thing: still the replaced one ruled out
    ("Leather seats replaced with cloth", set()),
])
def test_a_part_replaced_like_for_like_is_repaired_not_taken_away(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_checklist_ok_closes_its_item_before_a_negative_answer(mapper):
    assert ticked(mapper, "Heated seats OK / Sunroof N/A") == {"Heated Front Seats"}


def test_two_french_nouns_share_the_modifiers_after_the_second():
    assert read_as_english("sièges et volant chauffants") == (
        "heated seats and heated steering wheel")


@pytest.mark.parametrize(("line", "labels"), [
    ("Chauffe-volant, 3e rangée", {"Heated Steering Wheel", "Third Row Seats"}),
    ("Sièges avant climatisés", {"Ventilated Seats"}),
    ("Rétroviseur à atténuation automatique", {"Auto-Dimming Rearview Mirror"}),
    ("Alerte de collision avant, contrôleur de freins",
     {"Forward Collision Warning", "Trailer Brake Controller"}),
    ("Longerons de toit, toit de verre", {"Roof Rack", "Sunroof"}),
])
def test_quebec_build_sheet_items_as_data(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Klipsch speakers", {"Premium Audio"}),
    ("HK audio", {"Premium Audio"}),
    # a fender is a body panel, Alpine White a paint
    ("Front fender repaired, Alpine White paint", set()),
    ("TCS light on after battery swap", {"Traction Control"}),
])
def test_hi_fi_makers_and_traction_control_system_as_data(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Leather, 2nd row heated, sunroof", {"Leather Seats", "Heated Rear Seats", "Sunroof"}),
    ("Third row heated steering wheel", {"Third Row Seats", "Heated Steering Wheel"}),
])
def test_a_row_said_before_its_heat_is_a_heated_rear_seat(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Recon: EyeSight windshield replaced, heated seats OK", {"Heated Front Seats"}),
    ("EyeSight windshield, adaptive cruise OK", {"Adaptive Cruise Control"}),
])
def test_a_part_made_for_a_suite_is_no_suite(mapper, line, labels):
    assert ticked(mapper, line) == labels
