"""Issue 19, round 6: wording of marketplace listings and dealer exports the mapping had not
met. Prose negation ("does not come with", "isn't fitted with", "never had"), a seller who is
not sure ("believed to have", "TBC", "?"), contrast ending a negation ("but"), British and
Commonwealth spelling, prose words never read as shorthand. Lines here are invented."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles import Review, Vetoed, plain_form


@pytest.mark.parametrize(("line", "label"), [
    ("Doesn't have a moonroof", "Sunroof"),
    ("Doesnt have heated seats", "Heated Front Seats"),
    ("Car isn't fitted with rear parking sensors", "Parking Sensors"),
])
def test_a_contraction_negates_like_not(mapper, line, label):
    assert label not in ticked(mapper, line)
    assert isinstance(mapper.map_line(line), Vetoed)


def test_a_contraction_reads_as_not_in_the_plain_form():
    assert plain_form("Won't start, can't find key") == "will not start , can not find key"


@pytest.mark.parametrize(("line", "label"), [
    ("It does not come with satellite navigation", "Navigation System"),
    ("Was not supplied with a tow bar", "Trailer Hitch"),
    ("This one never had a sunroof", "Sunroof"),
])
def test_prose_negation_reaches_past_its_verb_and_with(mapper, line, label):
    assert label not in ticked(mapper, line)


@pytest.mark.parametrize("line", ["Not fitted with sat nav", "Is not equipped with navigation"])
def test_a_backward_cue_with_nothing_before_rules_out_what_follows_with(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_backward_cue_after_a_feature_still_rules_out_that_feature(mapper):
    assert ticked(mapper, "Power liftgate not fitted with hands-free") == set()


def test_a_contrast_ends_what_a_negation_rules_out(mapper):
    assert ticked(mapper, "No navigation but does have Bluetooth") == {"Bluetooth"}
    assert ticked(mapper, "Has no sunroof, however heated seats are fitted") == {
        "Heated Front Seats"}


@pytest.mark.parametrize(("line", "label"), [
    ("Believed to have a towbar, buyer to check", "Trailer Hitch"),
    ("Heated steering wheel - please verify", "Heated Steering Wheel"),
    ("Moonroof (TBC)", "Sunroof"),
    ("Thought to have adaptive cruise", "Adaptive Cruise Control"),
    ("Reverse camera possibly not working", "Backup Camera"),
    ("Heated seats?", "Heated Front Seats"),
    ("Bluetooth may not pair", "Bluetooth"),
])
def test_a_seller_not_sure_sends_the_whole_line_to_review(mapper, line, label):
    result = mapper.map_line(line)
    assert isinstance(result, Review)
    assert label in result.labels
    assert "uncertain" in result.reason


def test_a_question_answered_no_rules_the_feature_out(mapper):
    assert ticked(mapper, "Sunroof? No, fixed roof") == set()


def test_a_question_mark_inside_a_brand_name_is_only_a_boundary(mapper):
    assert ticked(mapper, "Harman? Kardon Premium Sound") == {"Premium Audio"}


def test_deleted_for_a_reason_rules_out_the_part_before_not_the_reason(mapper):
    assert ticked(mapper, "Power running boards - REMOVED for export") == set()
    assert ticked(mapper, "Prep for remote start") == set()


def test_a_not_opening_its_part_answers_the_part_before(mapper):
    assert ticked(mapper, "Satellite radio -- not renewed by owner") == set()


def test_a_not_before_a_kind_of_the_feature_keeps_the_feature(mapper):
    assert ticked(mapper, "Cruise control, not adaptive") == {"Cruise Control"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Electric windows front and rear", {"Power Windows"}),
    ("Electrically adjustable driver's seat", {"Power Seats"}),
    ("Electric tailgate", {"Power Liftgate"}),
    ("Satnav, heated seats", {"Navigation System", "Heated Front Seats"}),
])
def test_commonwealth_spelling_reads_as_the_table_spells_it(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_tyre_is_read_as_tire(mapper):
    assert plain_form("New tyres, grey colour") == "new tires , gray color"
    assert isinstance(mapper.map_line("Tyre pressure monitoring"), Vetoed)  # a never-phrase


def test_prose_words_are_not_read_as_shorthand(mapper):
    assert mapper.shorthand.expansions("has") == ()
    assert ticked(mapper, "Engine has been serviced") == set()


def test_a_heading_over_a_list_is_not_a_noun_with_modifiers(mapper):
    assert ticked(mapper, "FLEET SPEC: A/C, TILT, CRUISE") == {
        "Air Conditioning", "Cruise Control"}
    # a noun and its modifiers is still read as one feature
    assert ticked(mapper, "Steering wheel, heated, leather-wrapped") == {
        "Heated Steering Wheel"}


def test_w_slash_is_with_only_at_the_start_of_a_word():
    assert plain_form("AC/PW/CC") == "ac / pw / cc"
    assert plain_form("Seats w/heat") == "seats with heat"


@pytest.mark.parametrize(("line", "labels"), [
    ("BASE UNIT: A/C, P/W, AM/FM", {"Air Conditioning", "Power Windows"}),
    ("SPEC AC/PW/CC/AT", {"Air Conditioning", "Power Windows", "Cruise Control"}),
])
def test_fleet_codes_read_as_the_initials_of_label_names(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_code_of_several_labels_is_the_one_the_table_writes_as_a_word(mapper):
    # "P/S" is the initials of power seats, power steering and parking sensors; the table
    # writes a bare "PS" for power steering only (round 29: this test once expected neither)
    assert ticked(mapper, "P/W, P/S") == {"Power Windows", "Power Steering"}


@pytest.mark.parametrize("line", ["Trims: LS, LT, RS", "LS/RS", "Camaro LS RS"])
def test_trim_names_are_not_fleet_codes(mapper, line):
    assert ticked(mapper, line) == set()


@pytest.mark.parametrize(("line", "labels"), [
    ("Auto headlamps and wipers", {"Rain Sensing Wipers"}),
    ("Keyless entry and start", {"Keyless Entry", "Push Button Start"}),
])
def test_a_modifier_is_read_over_both_nouns_it_governs(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Alloys refurbished", {"Alloy Wheels"}),
    ("Black roof bars", {"Roof Rack"}),
    ("Hands-free calling and audio streaming", {"Bluetooth"}),
    ("Heated leather wheel", {"Heated Steering Wheel"}),
    ("Towing pack with detachable towbar", {"Tow Package", "Trailer Hitch"}),
    ("Rubber tub liner", {"Bed Liner"}),
    ("Remote central locking", {"Keyless Entry", "Power Locks"}),
    ("Air con needs regas", {"Air Conditioning"}),
])
def test_commonwealth_names_of_features(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_heated_wheel_is_never_a_road_wheel(mapper):
    assert ticked(mapper, "Heated seats, alloy wheel locks") == {
        "Heated Front Seats", "Alloy Wheels"}


@pytest.mark.parametrize("line", ["Tech pack", "Winter pack", "Premium pack"])
def test_a_pack_named_without_contents_ticks_nothing(mapper, line):
    result = mapper.map_line(line)
    assert isinstance(result, Review)
    assert "package without contents" in result.reason


@pytest.mark.parametrize("line", ["NAV RDY", "PWR SUNRF DLTD", "HTD STRG WHL DLT"])
def test_a_cue_shortened_by_a_dealer_export_still_rules_its_feature_out(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_shortened_cue_is_never_read_as_shorthand_for_a_feature(mapper):
    assert mapper.shorthand.expansions("rdy") == ()


def test_a_phrase_taking_half_of_a_run_together_word_is_not_in_the_line(mapper):
    assert "Blind Spot Monitoring" not in ticked(mapper, "ROADSIDE ASST")
    assert ticked(mapper, "POWERWINDOWS POWERLOCKS") == {"Power Windows", "Power Locks"}


@pytest.mark.parametrize(("line", "labels"), [
    ("3.0L DSL", {"Diesel Engine"}),
    ("1.5L TRBO I3", {"Turbocharged"}),
])
def test_one_shortened_word_beside_figures_only_is_the_lines_feature(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_one_shortened_word_beside_words_is_still_unsure(mapper):
    assert ticked(mapper, "DSL EXHAUST FLUID") == set()


def test_a_suite_named_as_one_item_of_a_list_adds_nothing_of_its_own(mapper):
    # the other items are not the suite's contents, and its own are a guess (issue 19)
    labels = ticked(mapper, "EX-L - HONDA SENSING, PWR TAILGATE, HTD FRT STS")
    assert labels == {"Power Liftgate", "Heated Front Seats"}


def test_a_suite_followed_by_its_contents_ticks_only_those(mapper):
    assert ticked(mapper, "Co-Pilot360: BLIS, Lane-Keeping System") == {
        "Blind Spot Monitoring", "Lane Departure Warning"}


def test_a_backward_cue_after_and_reaches_the_part_before(mapper):
    assert ticked(mapper, "Heated rear seat module cracked and removed") == set()


def test_a_label_any_agreeing_reading_confirms_is_ticked(mapper):
    assert "Telescoping Steering Wheel" in ticked(mapper, "PWR WNDWS/MIRRS, TILT/TELE STRG COL")


@pytest.mark.parametrize(("line", "labels"), [
    ("HTD/VENT FRT, NAV", {"Heated Front Seats", "Ventilated Seats", "Navigation System"}),
    ("Heated front and rear, sunroof", {"Heated Front Seats", "Heated Rear Seats", "Sunroof"}),
    ("HTD/COOLED 1ST & 2ND ROW", {"Heated Front Seats", "Heated Rear Seats",
                                  "Ventilated Seats"}),
    ("HTD FRT/RR LTHR", {"Heated Front Seats", "Heated Rear Seats", "Leather Seats"}),
])
def test_seats_a_dealer_leaves_unnamed_are_read(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_heated_rear_window_is_not_a_seat(mapper):
    assert ticked(mapper, "Heated rear window") == set()


def test_a_heading_names_nothing_its_items_are_read_on_their_own(mapper):
    # read the GM way ("heated rear <heading>") the heading would make it rear climate
    assert ticked(mapper, "CABIN COMFORT: HTD FRT, HTD RR, HTD WHL") == {
        "Heated Front Seats", "Heated Rear Seats", "Heated Steering Wheel"}


@pytest.mark.parametrize(("line", "labels"), [
    ("RR AIR, STOW N GO", {"Rear Air Conditioning", "Air Conditioning"}),
    ("NAV, B&O, PANO RF", {"Navigation System", "Premium Audio", "Sunroof"}),
    ("CLASS III RECEIVER W/ 4-PIN", {"Trailer Hitch"}),
    ("BSD/RCTA", {"Blind Spot Monitoring"}),
    ("BT AUDIO", {"Bluetooth"}),
    ("CP/AA", {"Apple CarPlay Integration", "Android Auto"}),
    ("KEY FOB W/ REMOTE LOCK/UNLOCK", {"Keyless Entry"}),
    ("HTD/VENT LTHR", {"Heated Front Seats", "Ventilated Seats", "Leather Seats"}),
])
def test_dealer_names_of_features(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_truck_named_bt_50_is_no_bluetooth(mapper):
    assert "Bluetooth" not in ticked(mapper, "2015 BT-50 XTR")


def test_rear_air_bags_and_springs_are_no_rear_air_conditioning(mapper):
    assert ticked(mapper, "RR AIR BAGS, RR AIR SPRINGS") & {"Rear Air Conditioning"} == set()


def test_a_leather_steering_wheel_is_not_leather_seats(mapper):
    assert ticked(mapper, "Steering wheel, heated leather") == {"Heated Steering Wheel"}


@pytest.mark.parametrize(("line", "labels"), [
    ("2019 FRONTIER PRO-4X", {"Four Wheel Drive"}),
    ("COUNTRYMAN S ALL4", {"All Wheel Drive"}),
    ("2016 NX 300h F SPORT", {"Hybrid Powertrain"}),
    ("RANGE ROVER SD4 HSE", {"Diesel Engine"}),
    ("SANTA FE - HDA, SVM", {"Adaptive Cruise Control", "360 Camera"}),
    ("FUSION SE - SYNC, CRUISE", {"Bluetooth", "Cruise Control"}),
    ("M4 - ACTIVE M DIFF", {"Limited Slip Differential"}),
])
def test_makers_names_in_dealer_capitals(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_climate_sync_button_is_no_bluetooth(mapper):
    assert "Bluetooth" not in ticked(mapper, "Dual zone climate control with sync")


@pytest.mark.parametrize(("line", "label"), [
    ("Bluetooth doesn't connect", "Bluetooth"),
    ("Sunroof will not open", "Sunroof"),
    ("Heated seats do not work", "Heated Front Seats"),
    ("Broken reversing camera", "Backup Camera"),
    ("Parking sensors faulty", "Parking Sensors"),
    ("Lacks parking sensors", "Parking Sensors"),
    ("Previous owner removed the tow bar", "Trailer Hitch"),
])
def test_a_feature_that_fails_or_is_gone_is_not_claimed(mapper, line, label):
    assert label not in ticked(mapper, line)


def test_a_negated_kind_or_a_defect_named_keeps_the_feature(mapper):
    assert ticked(mapper, "Cruise control is not adaptive") == {"Cruise Control"}
    assert ticked(mapper, "Leather seats do not have any rips") == {"Leather Seats"}


@pytest.mark.parametrize(("line", "label"), [
    ("I think it has heated seats", "Heated Front Seats"),
    ("Cruise control (I believe)", "Cruise Control"),
    ("Sat nav untested", "Navigation System"),
    ("Unsure if the sunroof opens", "Sunroof"),
    ("Tow bar may be fitted", "Trailer Hitch"),
])
def test_more_ways_a_seller_is_not_sure(mapper, line, label):
    result = mapper.map_line(line)
    assert isinstance(result, Review) and label in result.labels


def test_a_tilt_telescoping_column_is_not_power_steering(mapper):
    assert ticked(mapper, "PWR TILT/TELE STRG COL") == {"Telescoping Steering Wheel"}


def test_not_applicable_written_n_slash_a_is_no_fleet_code(mapper):
    assert ticked(mapper, "SNRF: N/A") == set()


def test_a_participle_negated_alone_rules_out_its_subject(mapper):
    assert ticked(mapper, "BT AUDIO NOT PAIRING") == set()
    assert ticked(mapper, "Leather seats not showing wear") == {"Leather Seats"}


def test_a_parking_camera_is_the_reversing_one_unless_it_is_in_front(mapper):
    assert ticked(mapper, "Parking camera") == {"Backup Camera"}
    assert ticked(mapper, "Front parking camera") == set()


def test_a_feature_ruled_out_is_not_ticked_for_being_named_again(mapper):
    result = mapper.map_line("PKG 2 - HEATED SEATS, MOONROOF (MOONROOF DELETED)")
    assert set(result.labels) == {"Heated Front Seats"}
    assert "not ticked: Sunroof" in result.reason


def test_another_wording_ruled_out_is_another_feature(mapper):
    assert ticked(mapper, "Keyless start only (keyless-go entry not included)") == {
        "Push Button Start"}


def test_seats_left_unnamed_after_their_trim(mapper):
    assert ticked(mapper, "Heated cloth fronts") == {"Heated Front Seats"}


def test_a_group_whose_contents_vary_goes_to_review_named_alone(mapper):
    assert isinstance(mapper.map_line("SAFETYTEC PLUS GRP"), Review)
    assert isinstance(mapper.map_line("Advanced SafetyTec Group"), Review)


def test_electrically_heated_seats_are_not_power_seats(mapper):
    assert ticked(mapper, "Electrically heated front seats") == {"Heated Front Seats"}


@pytest.mark.parametrize("line", ["W/OUT SUNROOF", "WO NAV", "NAV NOT EQPD",
                                  "OPT DEL - RUNNING BOARDS", "NAV CAPABLE (SD CARD REQ)"])
def test_negations_as_dealer_exports_write_them(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_fault_named_before_a_comma_keeps_the_next_part(mapper):
    assert ticked(mapper, "RR DVD INOP, HTD/COOLED FRT STS OK") == {
        "Heated Front Seats", "Ventilated Seats"}


def test_locks_shortened_are_not_lacks(mapper):
    assert ticked(mapper, "PWR LCKS") == {"Power Locks"}


def test_a_sentence_ends_what_a_negation_rules_out(mapper):
    assert ticked(mapper, "No sunroof. Heated seats front and rear.") == {
        "Heated Front Seats", "Heated Rear Seats"}
    assert ticked(mapper, "PWR. WINDOWS") == {"Power Windows"}  # a dealer's dot is no end
