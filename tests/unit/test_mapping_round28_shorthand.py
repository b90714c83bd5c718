"""Round 28 of issue 19: shorthand read by how it is made: an initial joined by a slash to a
word, fleet codes in pairs and with a check's marks, one reading of a word per line, and
readings that disagree only about other words."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles._shorthand import Shorthand


def _model() -> Shorthand:
    words = {"rear", "reverse", "camera", "heated", "seats", "power", "windows", "locks"}
    return Shorthand(words, words, ("Backup Camera", "Power Windows", "Power Locks"),
                     ["re:(?:rear|reverse) ~2 cameras?", "heated seats"])


def test_an_initial_joined_to_a_word_reads_as_the_words_a_phrase_writes_before_it():
    assert _model().readings("sale , r / camera") == [
        ("sale , rear camera", {"r/camera": "rear camera"}),
        ("sale , reverse camera", {"r/camera": "reverse camera"})]
    assert _model().readings("h / seats") == [("heated seats", {"h/seats": "heated seats"})]


def test_an_initial_is_not_read_as_a_word_that_holds_the_word_it_is_joined_to():
    model = Shorthand({"tailgate", "rear", "gate"}, {"tailgate", "rear", "gate"}, (),
                      ["tailgate or gate", "rear gate"])
    assert model.readings("t / gate") == []  # "tailgate gate" is no reading
    assert model.readings("r / gate") == [("rear gate", {"r/gate": "rear gate"})]


@pytest.mark.parametrize(("line", "labels"), [
    ("LOT 14: KEYLESS, R/CAM, TOW HITCH", {"Keyless Entry", "Backup Camera", "Trailer Hitch"}),
    ("Wagon - L/SEATS, H/WHEEL", {"Leather Seats", "Heated Steering Wheel"}),
    ("Commuter spec: P/WINDOWS, B/SPOT, CRUISE", {"Power Windows", "Blind Spot Monitoring",
                                                   "Cruise Control"}),
])
def test_initialled_words_tick_what_they_name(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_an_initials_reading_is_not_lent_to_another_item(mapper):
    # "rear" read from "r/cam" belongs to the camera: no heated rear seats
    assert ticked(mapper, "HTD STS, R/CAM") == {"Heated Front Seats", "Backup Camera"}


def test_a_negated_initialled_item_ticks_nothing(mapper):
    assert ticked(mapper, "NO R/CAM, SUNROOF") == {"Sunroof"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Options: PW/PL, TILT", {"Power Windows", "Power Locks"}),
    ("pre-sale inspection: tires ok, PW ok, PL ok", {"Power Windows", "Power Locks"}),
    ("PW/PL/QX, SUNROOF", {"Power Windows", "Power Locks", "Sunroof"}),
])
def test_two_codes_of_one_family_are_a_fleet_pair(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", ["Trim choice LS/RS", "RS/TH", "Badges: HM/RB"])
def test_two_codes_of_different_families_are_no_pair(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_checks_mark_after_each_code_keeps_the_run(mapper):
    assert ticked(mapper, "Recon sheet: AC P, PW P, PL P, SUNROOF P") == {
        "Air Conditioning", "Power Windows", "Power Locks", "Sunroof"}


def test_an_ambiguous_code_is_narrowed_to_its_runs_family():
    model = Shorthand(set(), set(), ("Parking Sensors", "Power Seats", "Power Steering",
                                     "Power Windows", "Power Locks"))
    found = model.codes(["ps", ",", "pw", ",", "pl"], frozenset())
    assert found[0] == ("power seats", "power steering")


def test_a_word_shortened_alike_through_a_line_is_read_alike():
    model = Shorthand({"passenger", "passive", "seats"}, {"passenger", "passive", "seats"})
    # (before each item: after it, "pass" is a checklist's answer, round 71)
    readings = model.readings("pass seats , pass mirror , pass lamps")
    assert len(readings) == 2
    assert {text for text, _ in readings} == {
        "passenger seats , passenger mirror , passenger lamps",
        "passive seats , passive mirror , passive lamps"}


def test_readings_that_disagree_about_one_word_leave_another_words_label(mapper):
    # "bds" as "badges" or "birds" forms nothing: Running Boards stands beside the codes
    assert ticked(mapper, "Work truck - P/S, P/W, P/L, RUNNING BDS") == {
        "Power Steering", "Power Windows", "Power Locks", "Running Boards"}
