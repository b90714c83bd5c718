"""Issue 19, round 18 (reading side): a spreadsheet or dealer system's cell cut off at its
column's width ("HEATED FRT SE", "REMOTE STA") is read as the word of a label's name it
starts, only at a cell's end and only when the word before it and the cut-off start name
exactly one next word. Lines here are invented, not a blind batch's."""

import pytest

from tests.unit.mapping_support import ticked


@pytest.mark.parametrize(("line", "labels"), [
    ("LEATHER SEATS;REMOTE ST;FOG LAMPS", {"Leather Seats", "Remote Start", "Fog Lights"}),
    ("HEATED STEER;BACKUP CAMERA", {"Heated Steering Wheel", "Backup Camera"}),
    ("POWER LIFTGATE;WIRELESS CH", {"Power Liftgate", "Wireless Charging"}),
    ("NAVIGATION SYSTEM;HEATED REAR SE", {"Navigation System", "Heated Rear Seats"}),
])
def test_a_cell_cut_off_at_its_width_is_read_as_the_names_next_word(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    # a word the table knows is whole, not cut off: no Trailer Brake Controller
    ("Hill descent, downhill brake control", set()),
    # the cut-off start is not at a cell's end
    ("REMOTE ST PAUL DELIVERY;FOG LAMPS", {"Fog Lights"}),
])
def test_a_whole_word_or_a_start_inside_a_cell_is_not_read_as_cut_off(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Options: 360cam, sunroof", {"360 Camera", "Sunroof"}),
    ("LEATHER;360CAMERA;NAV", {"Leather Seats", "360 Camera", "Navigation System"}),
])
def test_a_figure_glued_to_a_word_is_read_apart(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    # an engine's name in mixed case is one word, not "300 Tdi" (whose "tdi" is turbo too)
    ("Land Rover 300Tdi engine, new bushes", {"Diesel Engine"}),
])
def test_a_name_of_figure_and_capitalised_word_stays_whole(mapper, line, labels):
    assert ticked(mapper, line) == labels
