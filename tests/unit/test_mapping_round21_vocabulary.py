"""Round 21 of issue 19: the vocabulary of other eras and owners, and makers' product names
that hold a feature's word without being that feature."""

import pytest

from tests.unit.mapping_support import ticked


@pytest.mark.parametrize("line", [
    "3-speed Turbo-Hydramatic 350, bench seat",
    "Turbo Hydra-Matic 400 rebuilt last year",
    "Powerglide swapped for a Turboglide",
])
def test_a_transmission_named_turbo_is_no_turbocharger(mapper, line):
    assert "Turbocharged" not in ticked(mapper, line)


def test_a_turbo_engine_beside_such_a_transmission_still_counts(mapper):
    assert "Turbocharged" not in ticked(mapper, "V6, Turbo Hydra-Matic 200-4R")
    assert "Turbocharged" in ticked(mapper, "Turbo V6, Turbo Hydra-Matic 200-4R")


@pytest.mark.parametrize("line", [
    "Torque-Trac 4x4 with auto locking hubs",
    "Torque Trac shift on the fly",
    "Control Trac II 4WD, cloth, cassette",
])
def test_a_drive_system_named_trac_is_four_wheel_drive_not_traction_control(mapper, line):
    got = ticked(mapper, line)
    assert "Four Wheel Drive" in got
    assert "Traction Control" not in got


def test_toyotas_trac_is_still_traction_control(mapper):
    assert ticked(mapper, "VSC/TRAC, ABS") >= {"Traction Control"}
    assert "Traction Control" not in ticked(mapper, "Torque-Trac 4WD, VSC, ABS")


@pytest.mark.parametrize("line", ["DSC and DTC", "DSC with DTC, xenons"])
def test_bmws_dtc_beside_its_dsc_is_traction_control(mapper, line):
    assert "Traction Control" in ticked(mapper, line)


def test_a_stored_dtc_is_a_trouble_code(mapper):
    assert ticked(mapper, "Scan done, 2 DTCs stored, cleared") == set()
    assert "Traction Control" in ticked(mapper, "DSC/DTC, sunroof")


@pytest.mark.parametrize("line", ["Power trunk pull-down", "Power decklid and trunk closer"])
def test_a_trunks_power_latch_is_no_power_liftgate(mapper, line):
    assert "Power Liftgate" not in ticked(mapper, line)


def test_a_power_trunk_lid_is_still_a_power_liftgate(mapper):
    assert ticked(mapper, "Power trunk lid, heated mirrors") == {"Power Liftgate", "Heated Mirrors"}
    assert ticked(mapper, "Power trunk lid pull-down, heated mirrors") == {"Heated Mirrors"}


def test_power_said_once_over_doors_and_liftgate_reaches_the_liftgate(mapper):
    assert "Power Liftgate" in ticked(mapper, "power side doors plus hatch, 3rd row")


def test_power_sliding_doors_lend_no_power_to_a_lists_seating(mapper):
    assert "Power Seats" not in ticked(
        mapper, "Captain's chair seating, power sliding door, backup camera")


def test_power_door_and_tailgate_locks_are_locks(mapper):
    assert ticked(mapper, "Power Door and Tailgate Locks") == {"Power Locks"}
    assert ticked(mapper, "Power Sliding Door plus Tailgate") == {"Power Liftgate"}


def test_a_power_lock_group_is_power_locks(mapper):
    assert ticked(mapper, "Power Lock Group $210") == {"Power Locks"}


@pytest.mark.parametrize("line", [
    "Camaro IROC-Z, T-tops, 5-speed",
    "Fiero GT with the T top option",
    "Z32, T-bar roof, twin turbo",
    "Grand Prix, hatch roof, bucket seats",
    "Astroroof, leather, JBL",
])
def test_the_removable_roofs_of_their_time_are_sunroofs(mapper, line):
    assert "Sunroof" in ticked(mapper, line)


def test_an_automatic_day_night_mirror_is_auto_dimming(mapper):
    assert ticked(mapper, "Electronic day/night inside mirror") == {"Auto-Dimming Rearview Mirror"}


def test_a_day_night_mirror_flipped_by_hand_is_not(mapper):
    assert ticked(mapper, "Day/night rear view mirror, visor mirrors") == set()
    assert ticked(mapper, "Automatic day/night rear view mirror, visor mirrors") == {
        "Auto-Dimming Rearview Mirror"}


def test_trailering_special_equipment_is_the_tow_package(mapper):
    assert ticked(mapper, "Trailer special equipment, heavy-duty") == {"Tow Package"}


@pytest.mark.parametrize(("line", "label"), [
    ("it says Z82 in the glovebox", "Tow Package"),
    ("mine has K05 on the RPO list", "Engine Block Heater"),
    ("has JL1 from the factory", "Trailer Brake Controller"),
])
def test_gms_option_codes_quoted_alone(mapper, line, label):
    assert ticked(mapper, line) == {label}


@pytest.mark.parametrize("line", [
    "Mach 1000 sound with subwoofer",
    "Audiophile sound system, 6-disc changer",
    "Logic 7, xenons",
    "Infinity Spatial Imaging, cassette",
    "Shaker 1000, leather",
    "nav, B&O in the doors, sunroof",
    "Quattro so B&O Play",
    "B&W speakers, HUD",
    "heated seats, HK, moonroof",
    "moonroof, Sony, heated seats",
    "Acoustimass, sunroof",
])
def test_premium_systems_by_their_makers_and_carmakers_names(mapper, line):
    assert "Premium Audio" in ticked(mapper, line)


@pytest.mark.parametrize(("line", "audio"), [
    ("1970 Mach 1 fastback, 351", "1970 fastback, Mach 460 stereo"),
    ("B&W Companion gooseneck hitch", "B&W stereo, gooseneck hitch"),
    ("thanks @audiophile", "Audiophile stereo, thanks"),
])
def test_names_that_are_not_audio(mapper, line, audio):
    assert "Premium Audio" not in ticked(mapper, line)
    assert "Premium Audio" in ticked(mapper, audio)


def test_heated_fronts_and_rears_are_both_rows(mapper):
    assert ticked(mapper, "heated fronts and rears plus heated wheel") >= {
        "Heated Front Seats", "Heated Rear Seats"}


def test_vented_and_heated_second_row_captains(mapper):
    got = ticked(mapper, "vented and heated 2nd row captains")
    assert got >= {"Heated Rear Seats", "Ventilated Seats"}
    assert "Heated Front Seats" not in got


def test_a_dealers_vent_is_still_ventilated(mapper):
    assert ticked(mapper, "htd/vent seats") == {"Heated Front Seats", "Ventilated Seats"}
    assert ticked(mapper, "vented captains, 3rd row") == {"Ventilated Seats", "Third Row Seats"}


def test_heated_cooled_alone_in_a_list_is_the_seats(mapper):
    assert ticked(mapper, "4WD, HTD/COOLED, nav") >= {"Heated Front Seats", "Ventilated Seats"}


def test_boards_that_deploy_by_power_are_running_boards(mapper):
    assert ticked(mapper, "power retractable boards") == {"Running Boards"}


def test_shortened_running_boards_still_read(mapper):
    assert ticked(mapper, "RUNG BRDS") == {"Running Boards"}
    assert ticked(mapper, "low range, RUNG BRDS") == {"Running Boards", "Four Wheel Drive"}


@pytest.mark.parametrize("line", ["gooseneck ball in the bed", "3in receiver, 7-pin"])
def test_a_gooseneck_ball_or_a_sized_receiver_is_a_hitch(mapper, line):
    assert "Trailer Hitch" in ticked(mapper, line)


def test_a_laser_ranged_cruise_is_adaptive(mapper):
    assert "Adaptive Cruise Control" in ticked(mapper, "Laser cruise with distance control")


def test_a_roof_luggage_carrier_is_a_roof_rack(mapper):
    assert ticked(mapper, "roof-mounted luggage carrier") == {"Roof Rack"}


def test_a_trunk_lid_luggage_carrier_is_not(mapper):
    assert ticked(mapper, "deck lid luggage carrier, chrome") == set()
    assert ticked(mapper, "roof luggage carrier, chrome") == {"Roof Rack"}


def test_a_steering_wheels_leather_is_no_leather_seat(mapper):
    assert ticked(mapper, "Steering wheel leather cracked, radio buttons on the wheel work") == {
        "Steering Wheel Audio Controls"}


def test_a_bluetooth_scan_tool_is_not_the_cars_bluetooth(mapper):
    assert ticked(mapper, "Read codes with a Bluetooth OBD2 scanner") == set()


def test_a_low_range_is_four_wheel_drive(mapper):
    assert ticked(mapper, "4x4 with low range, cloth") >= {"Four Wheel Drive"}
    assert ticked(mapper, "Low range engages fine") == {"Four Wheel Drive"}


@pytest.mark.parametrize("line", ["2006 BMW 530xi sedan", "1988 325iX touring", "Targa 4S, PDK"])
def test_makers_all_wheel_drive_by_the_models_name(mapper, line):
    assert "All Wheel Drive" in ticked(mapper, line)


def test_windows_worked_from_the_fob_are_power_windows(mapper):
    assert "Power Windows" in ticked(mapper, "the windows roll down from the remote")


def test_blind_spot_warning_by_its_initials_not_a_tires_black_sidewall(mapper):
    assert ticked(mapper, "Kicks SR: BSW, RCTA, remote start") == {
        "Blind Spot Monitoring", "Remote Start"}
    assert ticked(mapper, "P225/65R17 BSW") == set()
    assert ticked(mapper, "Tires: all-season, BSW") == set()


def test_led_beams_are_led_headlights(mapper):
    assert ticked(mapper, "LED low/high beams, fogs") == {"LED Headlights", "Fog Lights"}


def test_max_trailer_tow_named_without_package(mapper):
    assert ticked(mapper, "FX4, Max Trailer Tow, bedliner") == {"Tow Package", "Bed Liner"}
    assert "Tow Package" not in ticked(mapper, "max trailer tow is 9,000 lbs")


@pytest.mark.parametrize(("line", "labels"), [
    ("the butt warmers work great", {"Heated Front Seats"}),
    ("rear seat warmers, nav", {"Heated Rear Seats", "Navigation System"}),
])
def test_an_owners_seat_warmers_are_heated_seats(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", ["Sidekick, auto locking hubs", "engages 4HI/4LO",
                                  "4WDemand, TRD", "Super Select II"])
def test_hubs_a_low_range_and_makers_part_time_systems_are_four_wheel_drive(mapper, line):
    assert ticked(mapper, line) == {"Four Wheel Drive"}


@pytest.mark.parametrize(("line", "label"), [
    ("BAKFlip MX4", "Tonneau Cover"), ("Roll-N-Lock cover", "Tonneau Cover"),
    ("Full-speed DRCC", "Adaptive Cruise Control"), ("MRCC, lane keep", "Adaptive Cruise Control"),
    ("CommandView roof", "Sunroof"), ("Sensonum sound", "Premium Audio"),
    ("proximity entry", "Keyless Entry"),
])
def test_makers_names_for_their_features(mapper, line, label):
    assert label in ticked(mapper, line)
