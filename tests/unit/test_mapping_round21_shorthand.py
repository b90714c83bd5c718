"""Round 21 of issue 19: classified-ad and run-list shorthand read by how shorthand is made,
never by a list of the phrases seen."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles._shorthand import Shorthand

_NAMES = ("Power Locks", "Power Liftgate", "Power Windows", "Power Seats", "Air Conditioning",
          "Third Row Seats", "Heated Front Seats")


def _model() -> Shorthand:
    words = {"power", "locks", "liftgate", "lift", "gate", "windows", "air", "conditioning",
             "third", "row", "seats", "heated", "front"}
    return Shorthand(words, words, _NAMES)


def test_a_compound_word_gives_a_fleet_code_an_initial_of_each_part():
    codes = _model()._by_initials
    assert codes["pl"] == {"power locks"}  # not also the power liftgate
    assert codes["plg"] == {"power liftgate"}


@pytest.mark.parametrize(("line", "labels"), [
    ("sale $2100: auto, a/c, p/w, p/l, am/fm", {"Air Conditioning", "Power Windows",
                                                "Power Locks"}),
    ("AC/PW/PL/TILT", {"Air Conditioning", "Power Windows", "Power Locks"}),
    ("AC, PW, PLG", {"Air Conditioning", "Power Windows", "Power Liftgate"}),
])
def test_pl_in_a_run_of_codes_is_the_power_locks(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_two_letters_are_a_compounds_initials_after_the_word_its_name_writes_before_it():
    assert _model().readings("power lg , air") == [("power liftgate , air", {"lg": "liftgate"})]
    assert _model().readings("lg stereo , air") == []


def test_power_lg_is_the_power_liftgate(mapper):
    assert ticked(mapper, "22 EXPEDITION XLT, PWR LG, TOW PKG") >= {"Power Liftgate"}
    assert "Power Liftgate" not in ticked(mapper, "LG screen in the dash, bluetooth")


@pytest.mark.parametrize(("line", "labels"), [
    ("14 PILOT EXL LTHR NAV 3RD HTD STS", {"Leather Seats", "Navigation System",
                                           "Third Row Seats", "Heated Front Seats"}),
    ("nav, 3rd, backup camera", {"Navigation System", "Third Row Seats", "Backup Camera"}),
])
def test_an_ordinal_alone_in_a_run_list_is_the_row_it_counts(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", [
    "3RD BRAKE LIGHT OUT, NAV",
    "HIGH MOUNT 3RD LED BRAKE LIGHT, NAV, LTHR",
    "3RD POWER OUTLET, NAV, LTHR",
    "2nd and 3rd heated seats",
    "clear bra on the front third, one chip",
    "syncros worn in 2nd, 3rd",
])
def test_an_ordinal_that_counts_something_else_is_no_row(mapper, line):
    assert "Third Row Seats" not in ticked(mapper, line)


def test_a_head_word_carries_over_the_one_word_items_after_it(mapper):
    assert ticked(mapper, "'91 sedan, pwr seats, wndws, locks, tilt") >= {
        "Power Seats", "Power Windows", "Power Locks"}


def test_a_carried_head_stops_at_an_item_it_does_not_name():
    model = _model()
    assert model.readings("power seats , windows tinted , locks") == []
    assert model.readings("power seats , windows , locks") == [(
        "power seats , power windows , power locks",
        {"windows": "power windows", "locks": "power locks"})]


def test_a_compound_shortened_part_by_part_is_read_among_other_shorthand():
    model = Shorthand({"tail", "gate", "power"}, {"tailgate", "tail", "gate", "power", "leather"})
    assert model.fit("tgt") == ("parts", ("tail gate",))
    assert model.readings("lthr tgt") == [("leather tail gate", {"lthr": "leather",
                                                                 "tgt": "tail gate"})]
    assert model.readings("new tgt tyres") == []  # alone it may be a maker's name


def test_mrf_among_shorthand_is_the_moonroof(mapper):
    assert ticked(mapper, "STK 4471: LTHR, MRF, HTD STS") == {
        "Leather Seats", "Sunroof", "Heated Front Seats"}
    assert ticked(mapper, "fitted new MRF tyres all round") == set()


def test_a_cell_cut_off_before_a_slash_is_read_as_the_word_it_starts(mapper):
    assert ticked(mapper, "LEATHER / HEATED FRONT SE / SUNROOF") == {
        "Leather Seats", "Heated Front Seats", "Sunroof"}
    assert ticked(mapper, "BOSE / REMOTE STA / NAV") == {
        "Premium Audio", "Remote Start", "Navigation System"}


def test_a_carried_head_takes_the_place_of_the_names_second_word(mapper):
    assert ticked(mapper, "sport seats, heated front seats, rear, nav") >= {
        "Heated Front Seats", "Heated Rear Seats"}
    assert "Trailer Brake Controller" not in ticked(mapper, "trailer hitch, brake, nav")


def test_fwd_in_a_run_of_codes_is_no_four_wheel_drive(mapper):
    assert ticked(mapper, "AC/PW/PL/FWD") == {
        "Air Conditioning", "Power Windows", "Power Locks"}
