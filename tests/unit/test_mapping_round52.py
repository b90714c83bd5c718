"""Round 52 (tuned on ttttt and uuuuu after their first sight): a car's own systems and a
fleet's telematics (a help page, a tip or a menu path naming functions, a voice reply that
refuses the command before it, a module's configuration answered "with" or "without", a
driver aid out of use for now because its sensor is covered, a fleet unit by its number
lacking both things another unit has).

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._HELP_HEADING, _MENU_PATH, _VARIES, and _THIS_NAMED for a tip about this car
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Help topic: to use Android Auto, connect a compatible phone to the USB port.", set(),
     {"Android Auto"}),
    ('Voice tips: say "turn on the heated steering wheel" or "open the sunroof".', set(),
     {"Heated Steering Wheel", "Sunroof"}),
    ("Settings menu: Vehicle > Comfort > Ventilated Seat Auto", set(), {"Ventilated Seats"}),
    ("Remote start and heated seat availability varies by model.", set(), {"Remote Start"}),
    ("Buying tip: this Tahoe Z71 already has the heated steering wheel.",
     {"Heated Steering Wheel"}, set()),
])
def test_a_help_page_a_tip_or_a_menu_names_functions_not_equipment(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._refused_parts
@pytest.mark.parametrize(("line", "gone"), [
    ('voice: "Open the sunroof" - "Your vehicle does not support that feature."', {"Sunroof"}),
    ('App: "Remote Start" - This service is not available for your vehicle.', {"Remote Start"}),
])
def test_a_reply_refusing_the_command_before_it(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _mapping._CONFIG_ANSWER
def test_a_modules_configuration_answered_with_or_without(mapper):
    check_ticks(mapper, "BCM coding - Heated steering wheel: WITHOUT. Keyless entry: WITH",
                {"Keyless Entry"}, {"Heated Steering Wheel"})


# _scope._OUT_FOR_NOW, _SENSOR_OBSTRUCTED, _STILL_OUT
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ('Cluster: "Adaptive Cruise Unavailable - Clean Front Sensor" (snow on grille)',
     {"Adaptive Cruise Control"}, set()),
    ("Adaptive cruise unavailable - radar blocked message persists after calibration", set(),
     {"Adaptive Cruise Control"}),
])
def test_a_driver_aid_out_of_use_while_its_sensor_is_covered(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._BOTH_LACKED with a fleet unit's number
def test_a_fleet_unit_by_its_number_lacking_both(mapper):
    check_ticks(mapper, "Van 31 vs van 32: 32 has the heated seats and a backup camera, 31 has "
                "neither", set(), {"Heated Front Seats", "Backup Camera"})
