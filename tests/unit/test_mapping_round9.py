"""Issue 19, round 9: scope cues for features switched off, offered as accessories or
replaced; one negation over features joined by "and"; a checklist's question answered in
its own part. Lines here are invented, not a blind batch's."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles import Review
from vautokit.vehicles._mapping import plain_form


@pytest.mark.parametrize(("line", "labels"), [
    ("Android Auto not supported on this unit, heated seats", {"Heated Front Seats"}),
    ("Remote start deactivated by dealer", set()),
    ("Lane keep assist disabled; adaptive cruise", {"Adaptive Cruise Control"}),
    ("Cloth seats replace the leather buckets", set()),
])
def test_a_feature_switched_off_unsupported_or_replaced_is_not_ticked(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", [
    "Roof rack - see dealer for accessories",
    "Running boards (dealer accessory)",
    "Bed liner - accessories catalog",
])
def test_a_feature_offered_from_the_accessory_range_goes_to_review(mapper, line):
    assert isinstance(mapper.map_line(line), Review)


@pytest.mark.parametrize(("line", "labels"), [
    ("Sunroof and navigation not included", set()),
    ("Remote start or heated mirrors not available", set()),
    ("Running boards and tonneau cover removed", set()),
    # a comma parts off an item of its own; an option named "... Delete" binds its noun
    ("Moonroof, heated mirrors and navigation not included", {"Sunroof"}),
    ("Heated Mirrors and Moonroof Delete", {"Heated Mirrors"}),
])
def test_a_negation_after_features_joined_by_and_rules_out_each(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "plain", "labels"), [
    ("Nav? no. backup cam Y", "nav no , backup camera", {"Backup Camera"}),
    ("Remote start? N/A, fogs", "remote start n / a , fogs", {"Fog Lights"}),
    ("Running boards (power)? no, tow hitch", "running boards power no , tow hitch",
     {"Trailer Hitch"}),
    ("LED headlights, adaptive? no", "led headlights , adaptive no", {"LED Headlights"}),
])
def test_a_checklist_question_s_answer_answers_only_its_own_part(mapper, line, plain, labels):
    assert plain_form(line) == plain
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    # a list's part read on the head by its first word only when that word is a modifier
    ("Wheels, all season tires", set()),
    ("Rear axle, trac lok differential", {"Limited Slip Differential"}),
    ("Seats, heated driver and passenger", {"Heated Front Seats"}),
    # "battery electric" names the drive, not a power hatch
    ("Battery electric hatch, 58 kWh", set()),
    # an electric car's "Turbo" is a trim
    ("e-tron GT RS Turbo, 93 kWh", set()),
    ("2.0L turbo, 1.6 kWh battery", {"Turbocharged"}),
    # a tread depth in 32nds is no split seat
    ("Tread 5/32 rear, 7/32 front", set()),
    ("2nd row 60/40 split folding", {"Split Folding Rear Seat"}),
    # a hands-free trunk pops its lid; a hands-free liftgate opens by power
    ("Hands-free smart trunk", set()),
    ("Hands-free smart liftgate", {"Power Liftgate"}),
])
def test_words_that_only_look_like_a_feature_are_not_one(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "plain"), [
    ("Rear camera Y, nav yes, cruise works", "rear camera , nav , cruise"),
    ("Remote start not working", "remote start not working"),
    ("Tesla Model Y", "tesla model y"),
])
def test_a_yes_ending_its_part_only_says_the_feature_is_there(line, plain):
    assert plain_form(line) == plain


@pytest.mark.parametrize(("line", "labels"), [
    # an audio maker's name alone as one item of a list, or answered yes
    ("Explorer - Alpine, 4x4", {"Premium Audio", "Four Wheel Drive"}),
    ("Audio: THX Y", {"Premium Audio"}),
    ("Sonata - Infinity, heated seats", {"Premium Audio", "Heated Front Seats"}),
    ("Harmon Kardon 12 speaker", {"Premium Audio"}),
    ("Shaker 1000 audio system", {"Premium Audio"}),
    # a checklist's bare item, answered yes
    ("Fog: yes, liner: Y, memory driver: Y",
     {"Fog Lights", "Bed Liner", "Memory Seats", "Power Seats"}),
    ("Seats: vented Y", {"Ventilated Seats"}),
    ("Tahoe - pano, pwr gate, pwr boards",
     {"Sunroof", "Power Liftgate", "Running Boards"}),
    ("F-250 - brake ctrl, factory tow", {"Trailer Brake Controller", "Tow Package"}),
    ("Camera: 360 Y", {"360 Camera"}),
    ("htd steering, PDC", {"Heated Steering Wheel", "Parking Sensors"}),
    ("Defender - two-speed transfer box", {"Four Wheel Drive"}),
    # not a bare item: the words name something else
    ("ABS, brake control system", {"ABS"}),
    ("memory foam headrests", set()),
    ("Memory: 2 keys", set()),  # "memory" alone is no seat
    ("Damage: fender, bumper", set()),  # a fender is a body panel, not Fender audio
])
def test_a_bare_item_of_a_checklist_names_its_feature(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    # a part of a feature failing is not the feature failing
    ("Moonroof sunshade broken", {"Sunroof"}),
    ("Panoramic roof blind inoperative", {"Sunroof"}),  # a UK roof's blind
    ("Heated seats, seat trim damaged and missing", {"Heated Front Seats"}),
    ("Moonroof inoperative", set()),
    # pairs of a checklist parted by a slash or a bar
    ("Insp: Nav: N / Fog: Y / Liner: Y", {"Fog Lights", "Bed Liner"}),
    ("Leather: N | AC: Y", {"Air Conditioning"}),
    # makers' and dealers' other names
    ("AA/CarPlay, keypad entry", {"Android Auto", "Apple CarPlay Integration",
                                  "Keyless Entry"}),
    ("Steering wheel radio buttons, cruise buttons",
     {"Steering Wheel Audio Controls", "Cruise Control"}),
    ("Second row 70/30 split bench", {"Split Folding Rear Seat"}),
    ("Quilted hide upholstery", {"Leather Seats"}),
    ("Hide-away touchscreen", set()),
    ("B&W audio, top view", {"Premium Audio", "360 Camera"}),
])
def test_other_wordings_of_parts_pairs_and_names(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", [
    "Moonroof - non functional", "Heated seats - non-op", "Bluetooth: not operational",
    "Sunroof stuck closed", "Power liftgate - option not taken", "Remote start: de-activated",
    "Heated seats: disconnected", "minus sunroof", "Excludes navigation", "Sans navigation",
    "Sunroof: nope",
])
def test_more_wordings_of_a_feature_absent_or_not_working(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_note_s_auxiliary_is_never_shorthand_for_a_feature(mapper):
    # "could" is not "cooled"
    assert ticked(mapper, "Heated seats - could not locate switch") == set()
    assert ticked(mapper, "Leather, could use detail") == {"Leather Seats"}


def test_a_later_sentence_under_a_ruling_out_heading_is_read_on_its_own(mapper):
    assert ticked(mapper, "Extras: Bose, panoramic roof. Missing: spare key") == {
        "Premium Audio", "Sunroof"}
    assert ticked(mapper, "Fitted: sat nav, alloys. Not fitted: sunroof, tow bar") == {
        "Navigation System", "Alloy Wheels"}


@pytest.mark.parametrize("line", [
    "Buyer wants a tow hitch added", "Heated seats would be nice",
])
def test_a_feature_only_wished_for_is_not_ticked(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_feature_requested_goes_to_review(mapper):
    assert isinstance(mapper.map_line("Remote start requested by customer"), Review)


@pytest.mark.parametrize(("line", "labels"), [
    # keys listed before one answer that rules them out: each key
    ("Sunroof, remote start: not equipped", set()),
    ("Leather, nav, fogs: N", set()),
    ("Leather, nav: yes", {"Leather Seats", "Navigation System"}),
    # a package ruled out heads its contents
    ("Convenience group declined: power liftgate, HomeLink", set()),
    ("Premium pkg not ordered: sunroof, memory seats", set()),
    # "n/c" is "no charge": "n/c delete" still deletes
    ("Running boards - n/c delete", set()),
])
def test_one_answer_rules_out_every_key_or_item_it_heads(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_package_s_bracketed_contents_are_ruled_out_with_it(mapper):
    line = "Tow group (hitch, brake controller) - declined"
    assert ticked(mapper, line) == set()
    assert plain_form(line) == "tow group with hitch and brake controller , declined"
    assert ticked(mapper, "Tow group (hitch, brake controller)") == {
        "Tow Package", "Trailer Hitch", "Trailer Brake Controller"}


@pytest.mark.parametrize(("line", "labels"), [
    ("AWD badge, all-wheel drive inoperative", set()),
    ("Reverse sensors removed, park assist display", set()),
    # a feature ruled out some other way keeps another wording of it
    ("Keyless start only (keyless-go entry not included)", {"Push Button Start"}),
])
def test_a_feature_failing_or_taken_out_is_not_ticked_by_another_wording(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Sunroof \u2716  Nav \u2714", {"Navigation System"}),
    ("Heated seats: FAIL, backup camera: PASS", {"Backup Camera"}),
    ("Remote start failed", set()),
    ("Sunroof=0, Nav=1", {"Navigation System"}),
    ("Third row - n.a.", set()),
    ("Heated wheel - n/avail", set()),
    ("Nav unavail", set()),
])
def test_a_checklist_s_crosses_fails_zeros_and_na_rule_out(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_head_naming_a_model_year_is_the_car_not_a_noun_its_parts_modify(mapper):
    assert ticked(mapper, "Accord 2015 - cloth, ac") == {"Air Conditioning"}
    assert ticked(mapper, "Civic 2012 - manual windows, ac") == {"Air Conditioning"}
    # a real noun head still governs its short parts
    assert ticked(mapper, "Steering wheel, heated, leather wrapped") == {"Heated Steering Wheel"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Trailer brake controller; controller not fitted", set()),
    ("Rear view camera -- camera not available with base audio", set()),
    # another noun that starts with the head's noun is a feature of its own
    ("Panoramic roof, roof rails removed", {"Sunroof"}),
])
def test_a_feature_s_head_noun_ruled_out_again_rules_out_the_feature(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", [
    "Moonroof stopped working", "Remote start quit working", "Heated wheel no longer works",
])
def test_a_feature_that_stopped_working_is_not_ticked(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_system_reported_at_fault_is_not_ticked(mapper):
    assert ticked(mapper, "Lane keep assist fault, heated seats") == {"Heated Front Seats"}
    assert ticked(mapper, "No fault codes, heated seats") == {"Heated Front Seats"}


def test_rear_vents_are_ducts_not_rear_air_conditioning(mapper):
    assert ticked(mapper, "Climate control, rear vents") == {"Air Conditioning"}
