"""Round 23 of issue 19, vocabulary: makers' names written apart, rows said by letters, pairs or
counts, one heat over several things, a feature named by its control, and words in other
senses (a leather folder, a row of a lot, a lot's wifi, a SYNC button pressed)."""

import pytest

from tests.unit.mapping_support import ticked

# --- makers' names written apart or said with what they are ---------------------------------


@pytest.mark.parametrize("line", [
    "Passat 4 Motion wagon, cloth",
    "E-Class 4 Matic estate",
    "X drive 40i, panoramic roof",
    "Tucson H-Trac, cloth seats",
])
def test_a_makers_drive_written_apart_is_all_wheel_drive(mapper, line):
    assert "All Wheel Drive" in ticked(mapper, line)


def test_h_trac_is_no_traction_control(mapper):
    assert "Traction Control" not in ticked(mapper, "Kona H trac, cloth seats")


@pytest.mark.parametrize("line", [
    "Evoque: Meridian verified on walkaround",
    "Range Rover, meridian badges on the door panels",
    "Navigator: Revel confirmed",
    "X3 M Sport + H/K",
])
def test_an_audio_makers_name_seen_or_listed_is_premium_audio(mapper, line):
    assert "Premium Audio" in ticked(mapper, line)


def test_a_speaker_count_no_base_system_has_is_premium_audio(mapper):
    assert "Premium Audio" in ticked(mapper, "Accord Touring, 12 speakers, sunroof")
    assert "Premium Audio" in ticked(mapper, "Sienna, 14-spkr, rear entertainment")
    assert "Premium Audio" not in ticked(mapper, "standard 12 speakers, cloth seats")
    assert "Premium Audio" not in ticked(mapper, "Civic with 8 speakers, cloth")


# --- rows said by letters, pairs or counts -----------------------------------------------


@pytest.mark.parametrize("line", [
    "Sorento: heated seats F+R, sunroof",
    "seat heating front and rear, nav",
    "heated 2nd+3rd row, tow hitch",
    "heated seats in all 3 rows",
    "heated/cooled/massage rears, HUD",
    "heated/cooled/massage all seats, air suspension",
])
def test_rows_said_by_letters_pairs_or_counts_are_heated_rear_seats(mapper, line):
    assert "Heated Rear Seats" in ticked(mapper, line)


def test_ventilation_front_and_rear_by_letters_is_ventilated_seats(mapper):
    assert "Ventilated Seats" in ticked(mapper, "Telluride, ventilated F+R")


# --- one heat over several things ------------------------------------------------------------


def test_heated_everything_heats_each_thing_it_lists(mapper):
    got = ticked(mapper, "winter pack, heated everything (seats F+R, mirrors, steering wheel)")
    assert {"Heated Front Seats", "Heated Rear Seats", "Heated Mirrors",
            "Heated Steering Wheel"} <= got


def test_one_heat_over_the_seats_and_the_wheel(mapper):
    assert "Heated Steering Wheel" in ticked(mapper, "Camry XSE, heated seats and wheel, JBL")
    assert "Heated Steering Wheel" in ticked(mapper, "heated seats + wheel, remote start")


def test_the_seats_heading_their_list_of_features(mapper):
    line = "Sierra Denali — Seats: heated, ventilated, memory (driver) — all verified by @jo"
    assert "Heated Front Seats" in ticked(mapper, line)


# --- rear climate said other ways ---------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Sienna with rear heat/air, 8 passenger",
    "A/C with rear aux, power sliding doors",
    "rear AC vents in the ceiling work",
])
def test_rear_climate_said_other_ways_is_rear_air_conditioning(mapper, line):
    assert "Rear Air Conditioning" in ticked(mapper, line)


# --- more vocabulary: roofs, headlights, garage, charging --------------------------------------


@pytest.mark.parametrize(("line", "label"), [
    ("Model X, huge pano, tow package", "Sunroof"),
    ("iX with the sky lounge roof", "Sunroof"),
    ("EV6 GT-Line, pano glass, heated wheel", "Sunroof"),
    ("A6, LED matrix, quattro", "LED Headlights"),
    ("RS5, adaptive LED lights, quattro", "LED Headlights"),
    ("programmed her garage buttons in the visor", "Universal Garage Door Opener"),
    ("phone sits on the charging mat in the console", "Wireless Charging"),
])
def test_more_names_of_features(mapper, line, label):
    assert label in ticked(mapper, line)


# --- a feature named by its control or behaviour --------------------------------------------------


def test_a_seat_switch_with_wavy_lines_is_a_heated_seat(mapper):
    assert "Heated Front Seats" in ticked(
        mapper, "the seat switch with the squiggly lines on the console")


def test_warming_the_seats_is_a_heated_seat(mapper):
    assert "Heated Front Seats" in ticked(mapper, "press the right button to warm the seats")


def test_a_liftgate_opened_hands_free_is_a_power_liftgate(mapper):
    assert "Power Liftgate" in ticked(mapper, "you can open the tailgate hands free with the fob")


def test_separate_temperatures_for_driver_and_passenger_is_dual_zone(mapper):
    assert "Dual Zone Climate Control" in ticked(
        mapper, "the climate control keeps separate temperature settings for driver and passenger")


# --- words in other senses ----------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "owner's manuals in the leather folder, two keys",
    "service records in the leather binder",
])
def test_leather_of_a_thing_that_is_no_seat_is_no_leather_seat(mapper, line):
    assert "Leather Seats" not in ticked(mapper, line)


def test_a_row_of_a_lot_is_no_third_row(mapper):
    assert "Third Row Seats" not in ticked(mapper, "the Tahoe is in the third row of the north lot")
    assert "Third Row Seats" in ticked(mapper, "Tahoe LT, third row, cloth")


@pytest.mark.parametrize("line", [
    "CarPlay worked once we got off the dealership wifi",
    "the shop wi-fi dropped during the update",
])
def test_a_places_wifi_is_no_hotspot(mapper, line):
    assert "WiFi Hotspot" not in ticked(mapper, line)
    assert "WiFi Hotspot" in ticked(mapper, "Tahoe Premier with 4G LTE wifi, heated seats")


def test_a_sync_button_pressed_is_no_ford_sync(mapper):
    assert "Bluetooth" not in ticked(mapper, "set the left side, then press sync to link the two")
    assert "Bluetooth" in ticked(mapper, "Ford SYNC 3, heated seats")


def test_the_hitchs_wiring_harness_is_no_hitch(mapper):
    assert "Trailer Hitch" not in ticked(mapper, "Tacoma: tow hitch harness only")
    assert "Trailer Hitch" in ticked(mapper, "Tacoma: tow hitch, bed liner")


# --- more names written apart, a seat's memory said for it, the mirror understood ------------


@pytest.mark.parametrize(("line", "label"), [
    ("Ram 1500 with Lane Sense and Park Sense", "Lane Departure Warning"),
    ("Ram 1500 with Lane Sense and Park Sense", "Parking Sensors"),
    ("memory on the driver's seat, heated mirrors", "Memory Seats"),
    ("Civic EX with the auto-dim rearview, sunroof", "Auto-Dimming Rearview Mirror"),
])
def test_names_written_apart_or_understood(mapper, line, label):
    assert label in ticked(mapper, line)


def test_storing_a_seat_position_is_a_memory_seat(mapper):
    assert "Memory Seats" in ticked(mapper, "to store your seat position hold the 1 button")


def test_the_heated_seats_of_the_rear_passengers_are_the_rear_ones(mapper):
    got = ticked(mapper, "back seat passengers get their own heated seats, switches on the doors")
    assert "Heated Rear Seats" in got
    assert "Heated Front Seats" not in got


def test_a_seat_with_power_and_memory_is_a_memory_seat(mapper):
    assert "Memory Seats" in ticked(mapper, "the GV70 has power and memory, heated wheel")
    assert "Memory Seats" not in ticked(mapper, "power and memory mirrors, cloth seats")
