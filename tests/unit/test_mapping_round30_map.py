"""Round 30 of issue 19, mapping at first sight: a head read with the attributes said after it
or in a part of their own, a car-audio maker's premium system named by the system's words,
words in another sense (leather goods, a warranty's terms, an option code whose description
names another feature, a service note, a price inside the line)
and makers' names for a lane keeper."""

import pytest

from tests.unit.mapping_support import ticked

# --- one head, several attributes ----------------------------------------------------------


@pytest.mark.parametrize(("line", "labels"), [
    # a list's last noun phrase is the head "with" reads its attributes on, row and all
    ("Palisade Calligraphy, 7-seat: second-row captain chairs with heating and cooling",
     {"Heated Rear Seats", "Ventilated Seats"}),
    ("Sequoia Platinum, 8-passenger: 2nd-row bench seats with heat", {"Heated Rear Seats"}),
])
def test_a_rows_seats_with_attributes_after_them_are_that_rows(mapper, line, labels):
    found = ticked(mapper, line)
    assert labels <= found
    assert "Heated Front Seats" not in found


@pytest.mark.parametrize(("line", "label"), [
    ("Odyssey Touring: perforated leather seats, heated in front, power tailgate",
     "Heated Front Seats"),
    ("Tahoe Premier: 2nd row bucket seats, heated", "Heated Rear Seats"),
    ("Traverse High Country: leather bench seats, heated in the rear", "Heated Rear Seats"),
])
def test_comfort_in_a_part_of_its_own_is_the_seats_before_it(mapper, line, label):
    assert label in ticked(mapper, line)


@pytest.mark.parametrize(("line", "labels"), [
    ("Escalade ESV: rear seats heated/cooled, Magnetic Ride", {"Heated Rear Seats",
                                                               "Ventilated Seats"}),
    ("Genesis app: Driver Seat Heat & Cool, remote start", {"Heated Front Seats",
                                                            "Ventilated Seats"}),
])
def test_comfort_listed_right_after_the_seat_is_the_seats(mapper, line, labels):
    assert labels <= ticked(mapper, line)


def test_a_row_of_its_own_names_the_seats_of_the_part_before(mapper):
    line = "Phantom: massage seats all round, heated and cooled in back"
    assert {"Heated Rear Seats", "Ventilated Seats"} <= ticked(mapper, line)


# --- a premium system by its maker's name ---------------------------------------------------


@pytest.mark.parametrize("line", [
    "Celica GT-S: JVC premium sound, rear spoiler",
    "Civic Si build: Kenwood subwoofer and amp, short shifter",
    "Peugeot 508 GT: Focal subwoofer, panoramic roof",
])
def test_a_car_audio_makers_system_is_premium_audio(mapper, line):
    assert "Premium Audio" in ticked(mapper, line)


def test_a_car_audio_makers_stereo_alone_is_no_premium_audio(mapper):
    assert "Premium Audio" not in ticked(mapper, "Corolla has the Kenwood stereo with USB input")


# --- words in another sense ------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Leather key case in Chalk for the Macan",
    "Range Rover SV: fitted leather luggage set in the boot",
])
def test_leather_goods_are_no_leather_seats(mapper, line):
    assert "Leather Seats" not in ticked(mapper, line)


def test_a_warranty_after_the_cars_name_claims_none_of_the_name(mapper):
    line = "RAV4 Plug-in Hybrid: 8yr/100k battery warranty, transferable"
    assert "Hybrid Powertrain" not in ticked(mapper, line)


def test_a_build_after_the_cars_name_still_claims_the_name(mapper):
    line = "RAV4 Plug-in Hybrid: JBL audio, moonroof"
    assert {"Hybrid Powertrain", "Premium Audio", "Sunroof"} <= ticked(mapper, line)


def test_an_option_codes_description_decides_what_it_is(mapper):
    found = ticked(mapper, "JL1 Adjustable pedals (gas and brake), 2009 Yukon")
    assert "Adjustable Pedals" in found
    assert "Trailer Brake Controller" not in found


def test_an_option_code_alone_is_still_its_feature(mapper):
    assert "Trailer Brake Controller" in ticked(mapper, "Sierra HD with JL1 and a gooseneck")


def test_a_rear_heater_and_air_is_rear_air_conditioning(mapper):
    assert "Rear Air Conditioning" in ticked(mapper, "Expedition: rear heater/air, cruise")


def test_a_price_inside_the_line_answers_nothing(mapper):
    line = "Telluride SX: Harman Kardon audio, $0, included"
    assert "Premium Audio" in ticked(mapper, line)


def test_standard_on_the_cars_own_trim_is_this_cars(mapper):
    line = "2024 Tacoma TRD Pro: JBL audio (4x4 standard on TRD Pro)"
    assert "Four Wheel Drive" in ticked(mapper, line)


def test_standard_on_another_trim_is_still_unsure(mapper):
    assert "Four Wheel Drive" not in ticked(mapper, "Tacoma SR5: 4x4 standard on TRD Pro")


def test_a_service_note_is_no_missing_part(mapper):
    line = "Connected navigation (subscription required)"
    assert "Navigation System" in ticked(mapper, line)


def test_a_service_note_on_a_prepared_feature_still_rules_it_out(mapper):
    assert "SiriusXM Satellite Radio" not in ticked(mapper,
                                                    "XM radio ready (subscription required)")


@pytest.mark.parametrize("line", [
    "GLC 300: Active Steering Assist, Burmester",
    "Rogue SL: Intelligent Lane Intervention, ProPILOT",
])
def test_a_makers_lane_keeper_is_lane_departure_warning(mapper, line):
    assert "Lane Departure Warning" in ticked(mapper, line)
