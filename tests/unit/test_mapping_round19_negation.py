"""Round 19 of issue 19, the negation side: parts still owed, broken, discarded or replaced
are not claimed, while the rest of the same line still ticks."""

import pytest

from tests.unit.mapping_support import ticked

# --- parts still owed to the buyer ---------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Due bill: tonneau cover - fit at next service; keyless entry works",
    "Owes buyer a tonneau cover; keyless entry works",
    "Tonneau cover awaiting parts; keyless entry works",
    "Tonneau cover not in stock; keyless entry works",
])
def test_an_owed_part_is_not_ticked_beside_what_the_car_has(mapper, line):
    assert ticked(mapper, line) == {"Keyless Entry"}


def test_a_sentence_owing_only_accessories_doubts_nothing_else(mapper):
    line = "We owe the buyer: floor mats, a spare key. Car has a power liftgate, checked"
    assert ticked(mapper, line) == {"Power Liftgate"}


def test_a_sentence_ends_after_an_aside_or_a_figure(mapper):
    assert ticked(mapper, "Tonneau cover owed (ETA 3 days). Car has heated seats") == {
        "Heated Front Seats"}
    assert ticked(mapper, "Tonneau cover owed, fit on 11/4. Car has heated seats") == {
        "Heated Front Seats"}


def test_an_owing_heading_rules_out_its_list_and_ends_with_its_sentence(mapper):
    line = "Pending: tonneau cover (fit when in). Fog lamps checked at delivery"
    assert ticked(mapper, line) == {"Fog Lights"}


def test_a_car_on_order_is_still_described(mapper):
    assert ticked(mapper, "Car on order: sunroof, fog lamps") == {"Sunroof", "Fog Lights"}


# --- a part that does not work, said in plain words ---------------------------------------

@pytest.mark.parametrize("line", [
    "Reversing camera display shows nothing at all; fog lamps fine",
    "Reversing camera screen is blank; fog lamps fine",
    "Reversing camera shows an error code; fog lamps fine",
    "Harman Kardon amp blown; fog lamps fine",
])
def test_a_part_said_not_to_work_in_plain_words_is_not_ticked(mapper, line):
    assert ticked(mapper, line) == {"Fog Lights"}


def test_a_part_that_will_not_engage_is_not_ticked_for_another_wording_either(mapper):
    assert ticked(mapper, "AWD warning lamp on and it won't shift into all wheel drive") == set()


def test_a_lost_function_is_not_ticked_unless_only_lost_for_a_while(mapper):
    assert ticked(mapper, "Seat memory function lost after battery swap") == set()
    assert "Memory Seats" in ticked(mapper, "Seat memory function intermittently lost, fixed")


# --- a part done away with, closed over or redone in another material ----------------------

@pytest.mark.parametrize("line", [
    "Moonroof glass sealed and painted over by the previous owner; fog lamps",
    "Moonroof discarded during the camper build; fog lamps",
    "Moonroof shown on the window sticker in error; fog lamps",
])
def test_a_part_done_away_with_is_not_ticked(mapper, line):
    assert ticked(mapper, line) == {"Fog Lights"}


def test_a_sealed_beam_headlamp_is_no_cue(mapper):
    assert "Fog Lights" in ticked(mapper, "Sealed beam headlamps, fog lamps")


def test_a_part_redone_in_another_material_is_not_ticked(mapper):
    assert ticked(mapper, "Leather seats reupholstered in vinyl; fog lamps") == {"Fog Lights"}


# --- a feature that requires a service the line does not say the car has ----------------------

@pytest.mark.parametrize("line", [
    "Wi-Fi hotspot, requires connectivity plan",
    "Remote start (requires app plan)",
])
def test_a_feature_requiring_a_plan_in_the_part_before_is_not_ticked(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_requirement_said_to_be_met_keeps_the_feature(mapper):
    assert "WiFi Hotspot" in ticked(mapper, "Wi-Fi hotspot, requires data plan, activated")


def test_standard_on_the_unit_itself_is_no_trim_condition(mapper):
    assert ticked(mapper, "Remote start declined; fog lamps standard on unit") == {"Fog Lights"}


# --- a checklist whose legend says an empty box is not fitted ------------------------------

def test_a_legend_for_empty_boxes_is_no_doubt_about_the_ticked_ones(mapper):
    line = "[x] Fog lamps [x] Sunroof [ ] Navigation   (unchecked = not fitted)"
    assert ticked(mapper, line) == {"Fog Lights", "Sunroof"}


def test_a_dash_before_what_the_car_has_ends_an_owed_list(mapper):
    line = "Owed: tonneau cover (not in stock) - car already has fog lamps & sunroof"
    assert ticked(mapper, line) == {"Fog Lights", "Sunroof"}


def test_a_dash_before_what_the_car_came_with_ends_a_doubt(mapper):
    line = "Tonneau cover to be fitted later (date unknown) - truck delivered w/ fog lamps"
    assert ticked(mapper, line) == {"Fog Lights"}


def test_each_status_in_a_slashed_status_list_answers_its_own_item(mapper):
    line = "Add-ons: tonneau cover - on backorder / fog lamps - fitted"
    assert ticked(mapper, line) == {"Fog Lights"}


@pytest.mark.parametrize("line", [
    "Sat nav monitor stays blank; fog lamps fine",
    "Reversing camera display went dark; fog lamps fine",
])
def test_a_screen_that_goes_dark_rules_out_its_part(mapper, line):
    assert ticked(mapper, line) == {"Fog Lights"}


def test_a_part_that_stopped_doing_its_work_is_not_ticked(mapper):
    assert ticked(mapper, "Heated steering wheel stopped warming; fog lamps") == {"Fog Lights"}
    assert "Sunroof" in ticked(mapper, "Sunroof stopped squeaking after lube")


def test_a_comma_before_what_the_car_has_ends_a_doubt(mapper):
    assert ticked(mapper, "Tonneau cover on order, car already has fog lamps") == {"Fog Lights"}
