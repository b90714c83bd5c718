"""Issue 19, round 23 (speech). Text written by speech recognition read as what was said
(vehicles/_speech.py): letters spoken one by one joined into the acronym they spell, a
number word or letter glued back onto a maker's word, a spoken decimal as digits, and real
words that sound as a table phrase read as it, under guards that keep a line which says
what it means as it is. Lines here are invented, not a blind batch's."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles import CheckboxMappingService
from vautokit.vehicles._speech import read_speech, spoken_key


@pytest.fixture(scope="module")
def mapper() -> CheckboxMappingService:
    return CheckboxMappingService.built_in(second_opinion=False)


# -- letters spoken one by one ----------------------------------------------------------------

@pytest.mark.parametrize(("line", "read"), [
    ("the rear A C works", "the rear A/C works"),  # the slash the table writes
    ("L E D fog lamps", "LED fog lamps"),
    ("with H U D and the A B S", "with HUD and the ABS"),
    ("the jay bee el speakers", "the JBL speakers"),
])
def test_spoken_letters_join_into_the_acronym_they_spell(line, read):
    assert read_speech(line) == read


@pytest.mark.parametrize("line", [
    "the I T guy called", "plan B for sure", "RUNNING BOARDS N/A W/ REAR LIFT",
])
def test_letters_that_spell_no_word_of_the_table_stay_apart(line):
    assert read_speech(line) == line


@pytest.mark.parametrize(("line", "label"), [
    ("dictated: rear A C blows cold", "Rear Air Conditioning"),
    ("it has the A C and power windows", "Air Conditioning"),
    ("the jay bee el speakers sound fine", "Premium Audio"),
])
def test_spoken_letters_tick_their_feature(mapper, line, label):
    assert label in ticked(mapper, line)


# -- number words and letters glued onto a maker's word ---------------------------------------

@pytest.mark.parametrize(("line", "read"), [
    ("the four matic wagon", "the 4matic wagon"),
    ("for motion on the wagon", "4motion on the wagon"),
    ("ex drive thirty five", "xdrive thirty five"),
])
def test_a_number_or_letter_said_apart_is_glued_to_the_makers_word(line, read):
    assert read_speech(line) == read


@pytest.mark.parametrize("line", ["all four wheels spin", "four doors and a hatch"])
def test_a_number_after_a_word_or_before_a_plain_word_stays(line):
    assert read_speech(line) == line


def test_a_makers_word_said_apart_ticks_its_feature(mapper):
    assert "All Wheel Drive" in ticked(mapper, "the wagon has the four matic")


# -- spoken decimals ---------------------------------------------------------------------------

def test_a_spoken_decimal_is_written_as_digits(mapper):
    assert read_speech("three point five T engine") == "3.5 T engine"
    assert "Turbocharged" in ticked(mapper, "the three point five T engine")


# -- sound-alikes ------------------------------------------------------------------------------

def test_spoken_key_ignores_word_breaks_and_voicing():
    assert spoken_key("lift gait") == spoken_key("liftgate")
    assert spoken_key("seeds") == spoken_key("seats")
    assert spoken_key("heat at") == spoken_key("heated")


@pytest.mark.parametrize(("line", "read"), [
    ("power lift gait", "power liftgate"),
    ("four word collision", "forward collision"),
    ("blonde spot monitor", "blind spot monitor"),
])
def test_real_words_that_sound_as_a_table_phrase_are_read_as_it(line, read):
    assert read_speech(line) == read


@pytest.mark.parametrize("line", [
    "the car pulls right",  # "car play"'s sound, but no word said as written beside it
    "rear side airbags",  # the table's own words mean what they say
    "seats at the back",  # no word of the phrase said as written
    "soft top boot cover",  # a short word heard voiced is too many others
    "heated seat switches",  # a long second word is no piece of "seats"
    "HEATED FRONT SEATS",  # the phrase as written, in capitals
    "pwr windows",  # shorthand is no English word: the shorthand reader's
])
def test_lines_that_say_what_they_mean_are_not_read_as_sound_alikes(line):
    assert read_speech(line) == line


def test_a_sound_alike_ticks_its_feature(mapper):
    assert "Power Liftgate" in ticked(mapper, "it has the power lift gait")


def test_a_sound_alike_in_a_phrase_of_two_readings_reads_nothing(mapper):
    assert ticked(mapper, "the car pulls right at speed") == set()


# -- fillers inside a name ---------------------------------------------------------------------

@pytest.mark.parametrize(("line", "read"), [
    ("heated, you know, seats", "heated seats"),
    ("the blind like spot monitor", "the blind spot monitor"),
])
def test_a_filler_between_two_words_of_a_name_is_dropped(line, read):
    assert read_speech(line) == read


@pytest.mark.parametrize("line", ["feels like leather", "seats like heated ones"])
def test_a_filler_word_elsewhere_stays(line):
    assert read_speech(line) == line


def test_a_name_said_around_a_filler_ticks_its_feature(mapper):
    assert "Blind Spot Monitoring" in ticked(mapper, "it has the blind like spot monitor")
