"""Round 27 of issue 19, forms and checklists: a "Y/N" column heading over answered items,
a seat's rows answered one by one, a modifier answered "no" on its own, spaced slashes
between a list's items, and the shorthand such forms use ("steer whl", "heated+cooled",
"keys 2 (smart)", "Q4 2.0", "3.3TT", "ACC INST:")."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles import Review

# --- a "Y/N" heading over items that each carry their answer -----------------------------------


def test_a_yes_no_heading_over_answered_items_is_a_column_name(mapper):
    line = "Y/N: Sunroof Y, Nav N, Leather Y"
    assert not isinstance(mapper.map_line(line), Review)
    assert ticked(mapper, line) == {"Sunroof", "Leather Seats"}
    # left unanswered, the question stays open
    assert isinstance(mapper.map_line("Heated seats: Y/N"), Review)


# --- a seat's rows answered one by one ----------------------------------------------------------


@pytest.mark.parametrize(("line", "labels"), [
    ("Options: heated seats F [x] R [ ]", {"Heated Front Seats"}),
    ("Options: heated seats F [ ] R [x]", {"Heated Rear Seats"}),
    ("Heated seats front Y rear N", {"Heated Front Seats"}),
])
def test_each_row_takes_its_own_answer(mapper, line, labels):
    assert ticked(mapper, line) == labels


# --- a modifier answered "no" borrows no head ---------------------------------------------------


def test_a_modifier_answered_no_is_not_read_with_the_seats_before(mapper):
    line = "Heated front seats: Y, Heated rear seats: N, Cooled: N"
    assert ticked(mapper, line) == {"Heated Front Seats"}
    # a modifier not ruled out still borrows the ruled-out seats' noun
    assert ticked(mapper, "cooled seats inop both sides, heated") == {"Heated Front Seats"}


# --- spaced slashes between a list's items ----------------------------------------------------


def test_spaced_slashes_part_items_so_a_cue_stays_in_its_own(mapper):
    line = "PDI: transport film removed / tyre pressures set / 4MOTION"
    assert ticked(mapper, line) == {"All Wheel Drive"}
    # a slash between single words still joins them
    assert ticked(mapper, "heated / ventilated front seats / nav") == {
        "Heated Front Seats", "Ventilated Seats", "Navigation System"}


# --- the shorthand of forms ----------------------------------------------------------------------


def test_steer_whl_is_the_steering_wheel(mapper):
    assert ticked(mapper, "heated steer whl") == {"Heated Steering Wheel"}


def test_a_plus_joins_two_modifiers(mapper):
    assert ticked(mapper, "heated+cooled rear") == {"Heated Rear Seats", "Ventilated Seats"}


def test_a_count_with_its_kind_in_brackets(mapper):
    line = "Intake: 2019 Murano, keys 3 (smart), floor mats present"
    assert ticked(mapper, line) == {"Keyless Entry"}


def test_q4_before_an_engine_size_is_all_wheel_drive(mapper):
    assert ticked(mapper, "Giulia Ti Q4 2.0") == {"All Wheel Drive"}
    assert "All Wheel Drive" not in ticked(mapper, "Audi Q4 e-tron 40 Premium")


def test_tt_joined_to_a_displacement_is_twin_turbo(mapper):
    assert ticked(mapper, "G70 3.3TT sport") == {"Turbocharged"}
    assert ticked(mapper, "Audi TT coupe") == set()


def test_acc_inst_heads_accessories(mapper):
    assert ticked(mapper, "ACC INST: running boards, mud flaps") == {"Running Boards"}
