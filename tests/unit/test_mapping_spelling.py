"""Issue 19, round 17: misspelt words read as the table word a careful reader sees in them
(vehicles/_spelling.py). Hurried and second-language listings misspell by ear and by hand;
each word is read only toward the table's own words, by its sound and by edits scaled to its
length, and a real word, a cue, a name or an ambiguous word is never rewritten. Lines here
are invented, not a blind batch's."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles import Match
from vautokit.vehicles._language import read_as_english
from vautokit.vehicles._spelling import _Index, read_spelling, sound_key


# the phonetic key ------------------------------------------------------------------------
@pytest.mark.parametrize(("heard", "written"), [
    ("kamera", "camera"), ("navegation", "navigation"), ("sistem", "system"),
    ("lites", "lights"), ("fone", "phone"),
])
def test_words_that_sound_alike_share_a_key(heard, written):
    assert sound_key(heard) == sound_key(written)


@pytest.mark.parametrize(("one", "other"), [("extra", "options"), ("added", "options")])
def test_words_starting_with_a_vowel_keep_their_consonants(one, other):
    """Any vowel starts alike, but what follows still tells the words apart."""
    assert sound_key(one) != sound_key(other)


@pytest.mark.parametrize(("line", "read"), [
    ("kamera", "camera"),  # spelt as it sounds: sure even alone
    ("seat memorie", "seat memory"), ("has memori", "has memory"),  # a last "y" as heard
    ("remoat start", "remote start"),  # two edits, allowed only because it sounds alike
    ("fog lites", "fog lights"),  # one edit from "lights" as heard ("lits")
    ("moonruf", "moonroof"),  # a compound read part by part: "moon" as written, "ruf" heard
])
def test_a_word_that_sounds_like_a_table_word_is_read_as_it(line, read):
    assert read_spelling(line) == read


# edits scaled by length ------------------------------------------------------------------
@pytest.mark.parametrize(("line", "read"), [
    ("navigasion", "navigation"),
    ("stearring wheel", "steering wheel"),  # nine letters: two edits
    ("alloy wheles", "alloy wheels"),  # a swap
    ("bluetoothh", "bluetooth"),  # a letter doubled
    ("climat control", "climate control"),  # the last letter dropped
])
def test_a_slip_of_the_hand_is_read_as_the_table_word(line, read):
    assert read_spelling(line) == read


@pytest.mark.parametrize("line", [
    "camaro ss, 6 spd",  # a letter changed in a short word: another word or a name
    "wirelessly",  # a table word with an ending is another form, not a slip
    "the speedo reads",
])
def test_a_short_word_with_a_letter_changed_is_not_read_alone(line):
    assert read_spelling(line) == line


def test_a_short_word_with_a_letter_changed_is_read_beside_its_pair():
    """"heeted" alone may be a name; beside "seats" it is what the table writes with it."""
    assert read_spelling("heeted seats") == "heated seats"
    assert read_spelling("heeted") == "heeted"


# guards ----------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "barking dogs",  # an English word is never rewritten beside words it is not slipped for
    "remved", "standrd",  # one edit from a cue: never a feature's word
    "ruf",  # too short alone
    "Sold by Kamera Motors", "Murano Platinum", "rearAC",  # a name's capitals
    "CHRGR", "MIRRS",  # the shorthand's capitals
    "Navegation System",  # a sticker's capitals: the mapping's fuzzy match weighs it
])
def test_real_words_cues_short_words_and_capitals_are_never_rewritten(line):
    assert read_spelling(line) == line


def test_a_word_equally_near_two_table_words_is_read_as_neither():
    one = _Index(frozenset({"heated"}), frozenset(), frozenset())
    two = _Index(frozenset({"heated", "heater"}), frozenset(), frozenset())
    assert one.read("heatex") == ("heated", False)
    assert two.read("heatex") is None


def test_a_tie_as_heard_goes_to_the_word_nearer_as_written():
    index = _Index(frozenset({"leather", "letter"}), frozenset(), frozenset())
    assert index.read("leatther") == ("leather", True)


def test_a_line_in_another_language_is_not_read_as_misspelt_english():
    line = "sieges chauffants, suspension electronique"
    assert "electronique" in read_as_english(line)
    assert "electronic" in read_spelling(line)  # were it not marked French


# a slip onto another real word -----------------------------------------------------------
@pytest.mark.parametrize(("line", "read"), [
    ("bower seats and bower windows", "power seats and power windows"),  # one edit
    ("barking sensors", "parking sensors"),
    ("heated sheets and crews control", "heated seats and cruise control"),  # same sound
])
def test_a_real_word_is_read_as_the_table_word_its_neighbour_pairs_with(line, read):
    assert read_spelling(line) == read


@pytest.mark.parametrize("line", [
    "heated seats",  # the pair as written is the table's own
    "the power of", "later car",  # no table pair, or not a slip of one
    "can be added at extra cost",  # words opening with a vowel share no key but "a"
])
def test_a_real_word_stays_where_its_pair_is_no_table_pair(line):
    assert read_spelling(line) == line


def _paired_index(*pairs: tuple[str, str]) -> _Index:
    words = frozenset(w for pair in pairs for w in pair)
    return _Index(words, frozenset(), frozenset(), frozenset(pairs))


def test_a_real_word_two_table_words_could_be_read_as_is_read_as_neither():
    assert _paired_index(("power", "seats")).real_slip("bower", "", "seats") == "power"
    two = _paired_index(("power", "seats"), ("tower", "seats"))
    assert two.real_slip("bower", "", "seats") is None


def test_cue_words_and_short_words_are_never_read_as_a_paired_table_word():
    assert _paired_index(("brake", "assist")).real_slip("drake", "", "assist") == "brake"
    assert _paired_index(("brake", "assist")).real_slip("broke", "", "assist") is None  # cue
    assert _paired_index(("heated", "seat")).real_slip("set", "heated", "") is None  # short


# split and join --------------------------------------------------------------------------
@pytest.mark.parametrize(("line", "read"), [
    ("sun ruf", "sunroof"), ("moon ruf", "moonroof"), ("blue toth", "bluetooth"),
])
def test_a_word_a_space_split_is_joined(line, read):
    assert read_spelling(line) == read


@pytest.mark.parametrize("line", ["bois de", "lane dep alert", "mi est range", "on hwy"])
def test_words_are_joined_only_round_a_half_of_the_table_word(line):
    assert read_spelling(line) == line


@pytest.mark.parametrize(("line", "read"), [
    ("powerslidingdoors", "power sliding doors"),
    ("heatedandcooledseats", "heated and cooled seats"),
    ("2ndrow captains", "2nd row captains"),
])
def test_table_words_run_together_are_split(line, read):
    assert read_spelling(line) == read


@pytest.mark.parametrize("line", ["multilink struts", "sunblind", "lightbar"])
def test_a_run_on_word_is_split_only_into_words_the_table_writes_together(line):
    assert read_spelling(line) == line


# the mapping -----------------------------------------------------------------------------
@pytest.mark.parametrize(("line", "labels"), [
    ("heeted seats, sun ruf", {"Heated Front Seats", "Sunroof"}),
    ("remoat start, navegation", {"Remote Start", "Navigation System"}),
    ("adaptiv cruise, blutooth", {"Adaptive Cruise Control", "Bluetooth"}),
    ("heated stering weel", {"Heated Steering Wheel"}),
    ("heated sheets and crews control", {"Heated Front Seats", "Cruise Control"}),
])
def test_misspelt_features_are_ticked(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "read"), [
    ("remoat start", "remote start"), ("barking sensors", "parking sensors"),
])
def test_the_reason_says_what_the_line_was_read_as(mapper, line, read):
    result = mapper.map_line(line)
    assert isinstance(result, Match)
    assert f"read as '{read}'" in result.reason


@pytest.mark.parametrize(("line", "labels"), [
    ("no sun ruf", set()),
    ("navegation removed", set()),
    ("remoat start deleted, heeted seats", {"Heated Front Seats"}),
])
def test_a_misspelt_feature_under_a_negation_is_still_ruled_out(mapper, line, labels):
    assert ticked(mapper, line) == labels
