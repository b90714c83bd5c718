"""A self-correction is one scope rule (``_scope._EDITING``, the one list of editing terms):
what the speaker takes back is not ticked, the repair after it is; a correction's heading
takes back what the line said before it."""

import pytest

from tests.unit.mapping_support import ticked


@pytest.mark.parametrize(("line", "labels"), [
    ("it has leather the heated seats I misspoke the cooled seats",
     {"Leather Seats", "Ventilated Seats"}),
    ("it has leather and the heated seats actually no the cooled seats",
     {"Leather Seats", "Ventilated Seats"}),
])
def test_run_on_speech_takes_back_only_the_item_said_last(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("it does have a moonroof... wait no, that was the other Tacoma, this one has a hard roof",
     set()),
    ("Duramax... jk it is the gas V8, bedliner and hitch", {"Bed Liner", "Trailer Hitch"}),
])
def test_a_repair_after_a_pause_takes_back_the_sentence_before(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_correction_heading_takes_back_what_the_line_said_before_it(mapper):
    line = "Moonroof and navigation per the feed; correction: leather seats only"
    assert ticked(mapper, line) == {"Leather Seats"}


def test_a_repair_orders_correction_is_the_repair_done(mapper):
    line = "COMPLAINT: NAVIGATION FREEZES ON STARTUP. CAUSE: SOFTWARE. CORRECTION: REFLASHED, OK"
    assert ticked(mapper, line) == {"Navigation System"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Tint 20%, remote start installed, paint correction: one step", {"Remote Start"}),
    ("Sunroof works, actually no leaks after the rain test", {"Sunroof"}),
    ("Heated seats, nav, JK Rubicon", {"Heated Front Seats", "Navigation System"}),
])
def test_words_like_an_editing_term_take_nothing_back(mapper, line, labels):
    assert ticked(mapper, line) == labels
