"""Round 29 of issue 19: shorthand of fleet bids, certification sheets, track builds and
salvage listings: a check's value after each code ("PW=Y"), the code the table itself writes
for one of several names ("P/S" of power steering), a maker's one-letter modifier before a
name's initials ("ITBC"), and words that are no shorthand ("trans", "cert", "Zonar")."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles._shorthand import Shorthand

_POWER = ("Parking Sensors", "Power Seats", "Power Steering", "Power Windows", "Power Locks")


def test_a_checks_value_after_each_code_keeps_the_run():
    model = Shorthand(set(), set(), _POWER)
    found = model.codes(["pw", ",", "y", ",", "pl", ",", "y"], frozenset())
    assert found == {0: ("power windows",), 4: ("power locks",)}


@pytest.mark.parametrize(("line", "labels"), [
    ("Lane 6 walkaround: PW=Y PL=Y ODO=41K", {"Power Windows", "Power Locks"}),
    ("Trade sheet - PW: Y, PL: Y, CC: Y", {"Power Windows", "Power Locks", "Cruise Control"}),
])
def test_codes_with_their_values_tick_their_labels(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_code_the_table_writes_for_one_name_is_that_name_as_an_item_of_its_own():
    model = Shorthand(set(), set(), _POWER,
                      spelt={"Power Steering": ["re:(?:^|(?<=, ))ps(?= ,|$)"]})
    # "p / s , p / w": two codes written with a slash
    assert model.codes(["ps", ",", "pw"], frozenset({0, 2})) == {
        0: ("power steering",), 2: ("power windows",)}
    # not followed by a join or a mark, it is no item of its own: both power names stay
    assert model.codes(["ps", "door", ",", "pw"], frozenset({0, 3}))[0] == (
        "power seats", "power steering")


@pytest.mark.parametrize(("line", "labels"), [
    ("Hay hauler: P/W, P/S, AM/FM, bench seat", {"Power Windows", "Power Steering"}),
    ("Restomod Nova - P/S, P/L, bucket seats", {"Power Steering", "Power Locks"}),
])
def test_slashed_ps_among_codes_is_power_steering(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_ps_before_a_body_part_is_the_passenger_side_not_ticked(mapper):
    assert "Power Steering" not in ticked(mapper, "Body: P/S fender creased, P/W slow")


def test_a_modifiers_letter_before_a_names_initials_reads_as_the_name():
    model = Shorthand({"head", "up", "display"}, {"head", "up", "display"},
                      ("Head Up Display",))
    assert model.expansions("ahud") == ("head up display",)
    assert model.expansions("thud") == ()  # an English word
    assert model.expansions("ahd") == ()  # three letters: no modifier before two initials
    assert model.expansions("hhud") == ()  # a letter twice: a model's name run together


@pytest.mark.parametrize(("line", "labels"), [
    ("Ranch truck upfit: ITBC, spray-in liner", {"Trailer Brake Controller", "Bed Liner"}),
    ("Roadster track prep: VLSD, hardtop", {"Limited Slip Differential"}),
])
def test_prefixed_initials_tick_their_label(mapper, line, labels):
    assert ticked(mapper, line) >= labels


def test_a_model_name_run_together_is_no_prefixed_code(mapper):
    assert "Third Row Seats" not in ticked(mapper, "TTRS coupe: quattro, B&O kept")


def test_trans_is_the_transmission_not_a_transfer_case(mapper):
    assert "Four Wheel Drive" not in ticked(mapper, "Drag car: trans case cracked, open diff")


def test_cert_is_certified_not_a_makers_name(mapper):
    assert mapper.shorthand.fit("cert") == ("", ())


def test_a_word_starting_with_z_is_no_misspelt_s():
    model = Shorthand({"sonar", "cruise"}, {"sonar", "cruise"})
    assert model.misspelt("zonar") == ()
    assert model.misspelt("cruize") == ("cruise",)  # inside a word, "z" is still "s"
