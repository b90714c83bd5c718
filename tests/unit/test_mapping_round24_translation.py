"""Round 24 of issue 19, translation: English machine-translated from another language keeps
that language's word order ("heating of mirrors", "mirrors heatable"); where the English
order makes one of the table's phrases the line is read so, and nowhere else."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles._language import read_word_order

# --- "N of M" said as "M N" --------------------------------------------------------------

@pytest.mark.parametrize(("line", "labels"), [
    ("Heating of the mirrors and a towbar", {"Heated Mirrors", "Trailer Hitch"}),
    ("heating of rear seats, navigation", {"Heated Rear Seats", "Navigation System"}),
    ("Rims of alloy 18, bars of roof", {"Alloy Wheels", "Roof Rack"}),
    ("camera of reversing with guide lines", {"Backup Camera"}),
])
def test_a_feature_said_as_n_of_m_is_read_in_english_order(mapper, line, labels):
    assert ticked(mapper, line) >= labels


@pytest.mark.parametrize(("text", "read"), [
    ("heating of mirrors", "heated mirrors"),
    ("rims of alloy 19", "alloy rims 19"),
    ("sensors of parking front", "front parking sensors"),
])
def test_the_turn_is_made_only_into_a_table_phrase(text, read):
    assert read_word_order(text) == read


@pytest.mark.parametrize("text", [
    "bill of sale", "history of service records", "set of keys", "heating of the cabin",
    "proof of insurance", "one of two owners", "halogen headlamps instead of led headlamps",
])
def test_english_of_that_makes_no_table_phrase_is_left_as_it_came(text):
    assert read_word_order(text) == text


def test_a_ruled_out_feature_said_in_that_order_stays_ruled_out(mapper):
    assert "Heated Mirrors" not in ticked(mapper, "heating of mirrors not working")

