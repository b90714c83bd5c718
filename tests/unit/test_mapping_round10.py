"""Issue 19, round 10: a data feed's fields (an element's name and value, camel-case keys,
a power feature answered "manual"), features prepared for or taken apart, a tracking GPS,
telescoping mirrors, shorthand that stops at a maker's name. Lines here are invented, not a
blind batch's."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles._mapping import plain_form


@pytest.mark.parametrize(("line", "labels"), [
    ('<item key="Navigation" status="No"/>', set()),
    ('<option name="Heated Mirrors" value="Yes"/>', {"Heated Mirrors"}),
])
def test_an_elements_name_and_value_are_a_field(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("RemoteEngineStart: true", {"Remote Start"}),
    ("isAllWheelDrive: true", {"All Wheel Drive"}),
    ("hasHeatedSteeringWheel: yes", {"Heated Steering Wheel"}),
])
def test_a_camel_case_key_is_read_as_its_words(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_short_camel_case_name_stays_whole():
    assert plain_form("ParkSense: yes") == "parksense , yes"


@pytest.mark.parametrize("line", ["Power tailgate = manual", "Power seats: manually"])
def test_a_power_feature_answered_manual_is_not_ticked(mapper, line):
    assert ticked(mapper, line) == set()


def test_climate_control_answered_manual_is_still_air_conditioning(mapper):
    assert ticked(mapper, "Climate: manual") == {"Air Conditioning"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Harness prepared for trailer brake controller, fog lamps", {"Fog Lights"}),
    ("Running boards dismantled before sale", set()),
    ("Roof rails uninstalled; alloy wheels", {"Alloy Wheels"}),
])
def test_a_feature_prepared_for_or_taken_apart_is_not_ticked(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Lender GPS tracker installed under dash", set()),
    ("Navigation; GPS tracking unit fitted", {"Navigation System"}),
])
def test_a_gps_that_tracks_the_car_is_no_navigation(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Towing mirrors: heated, manually telescoping", {"Heated Mirrors"}),
    ("Power-telescoping tow mirrors", set()),
    ("Tilt and telescoping wheel, power mirrors", {"Telescoping Steering Wheel"}),
])
def test_a_telescoping_mirror_is_no_telescoping_wheel(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("LS460 JDM spec, sunroof", {"Sunroof"}),
    ("CLIM CTRL", {"Air Conditioning"}),
])
def test_shorthand_stops_at_a_makers_name(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Stock sheet: AC PW CC, alloys", {"Air Conditioning", "Power Windows", "Cruise Control",
                                       "Alloy Wheels"}),
    ("AC, PW, CC, tow hitch", {"Air Conditioning", "Power Windows", "Cruise Control",
                               "Trailer Hitch"}),
    ("Trims offered: LS, LT, RS", set()),
])
def test_fleet_codes_run_with_a_space_or_a_comma(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Tilt wheel, cruise with steering wheel mounted controls", {"Cruise Control"}),
    ("Radio and steering wheel controls", {"Steering Wheel Audio Controls"}),
])
def test_a_cruises_own_wheel_controls_are_no_audio_controls(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Electric pickup, twin-motor 4WD, bed liner", {"Four Wheel Drive", "Bed Liner"}),
    ("Dual motor, all-wheel drive", {"All Wheel Drive"}),
])
def test_an_electric_trucks_motors_called_4wd_are_no_all_wheel_drive(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Seating: three rows, cloth", {"Third Row Seats"}),
    ("Import sheet: back camera, ETC", {"Backup Camera"}),
    ("Sat nav/Cruise/Alloys", {"Navigation System", "Cruise Control", "Alloy Wheels"}),
    ("Rain- and light-sensor front wipers", {"Rain Sensing Wipers"}),
])
def test_rows_counted_a_back_camera_slash_items_and_a_hanging_hyphen(mapper, line, labels):
    assert ticked(mapper, line) == labels
