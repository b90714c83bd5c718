"""Issue 19, round 8: checklists and appraisal notes. A tick box's state and a checklist's
answer ("Y", "N", "NA", "absent") decide whether the feature is there; words misspelt by hand
or by ear are read as the one table word they are a slip from, never a real word that is
one letter away. Lines here are invented, not a blind batch's."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles import Match, Review, Vetoed
from vautokit.vehicles._mapping import plain_form


@pytest.mark.parametrize(("line", "labels"), [
    ("[x] Backup camera", {"Backup Camera"}),
    ("[ ] Heated seats", set()),
    ("\u2611 Apple CarPlay \u2610 Android Auto", {"Apple CarPlay Integration"}),
    ("\u2717 Navigation", set()),
    ("\u2713 Navigation", {"Navigation System"}),
    ("Sunroof [ ]  Navigation [x]", {"Navigation System"}),
    ("Heated seats [x]  Remote start [ ]", {"Heated Front Seats"}),
])
def test_a_tick_box_says_whether_what_it_marks_is_there(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_an_empty_box_before_its_feature_reaches_only_that_feature(mapper):
    assert plain_form("[ ] Heated seats [x] Sunroof") == "unticked heated seats , sunroof"
    assert ticked(mapper, "[ ] Heated seats [x] Sunroof") == {"Sunroof"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Leather: Y  Nav: N  Moonroof: Y", {"Leather Seats", "Sunroof"}),
    ("Nav: No Sunroof: Yes", {"Sunroof"}),
    ("Sunroof (N), Nav (Y)", {"Navigation System"}),
    ("Heated seats = yes  Remote start = no", {"Heated Front Seats"}),
])
def test_each_answer_of_a_checklist_row_answers_its_own_key(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_an_answer_before_a_feature_without_a_key_after_it_still_negates_forward(mapper):
    assert ticked(mapper, "Features: no sunroof, nav: yes") == {"Navigation System"}


@pytest.mark.parametrize("line", [
    "Sunroof: NA", "Sunroof - nil", "Blind spot monitor - absent", "Tow hitch: N, roof rack: N",
])
def test_a_checklist_answer_of_absence_rules_the_feature_out(mapper, line):
    assert isinstance(mapper.map_line(line), Vetoed)


@pytest.mark.parametrize(("line", "labels"), [
    ("Apprasial: navagation, bluetooh", {"Navigation System", "Bluetooth"}),
    ("alloy wheles, fog lites", {"Alloy Wheels", "Fog Lights"}),
    ("Adaptive cruize control, remote strat", {"Adaptive Cruise Control", "Remote Start"}),
    ("Panaramic roof, leather", {"Sunroof", "Leather Seats"}),
])
def test_a_word_misspelt_by_hand_or_by_ear_reads_as_the_table_word(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("word", "reading"), [
    ("navagation", ("navigation",)),  # a vowel for a vowel in a long word
    ("bluetooh", ("bluetooth",)),  # a letter dropped
    ("wheles", ("wheels",)),  # two letters swapped
    ("lites", ("lights",)),  # spelt by ear
    ("solar", ()),  # a changed consonant in a short word is another word ("sonar")
    ("healing", ()),  # ... and in seven letters ("heating")
    ("puddle", ()),  # a changed vowel in six letters ("paddle")
    ("cruiser", ()),  # a letter added is another word ("cruise")
    ("braked", ()),
    ("copper", ()),  # a doubled letter is a letter ("cooper")
    ("infiniti", ()),  # a make's name ("infinity" audio)
    ("remove", ()),  # one letter from a cue word ("removed")
    ("waring", ()),  # one from "warning", and from "wiring" (a cue: "pre wiring")
])
def test_only_a_slip_from_one_table_word_is_a_misspelling(mapper, word, reading):
    assert mapper.shorthand.misspelt(word) == reading


@pytest.mark.parametrize("line", [
    "Solar roof", "Utili-track channel system", "Lincoln Navigator Reserve",
])
def test_a_real_word_one_letter_from_a_table_word_ticks_nothing(mapper, line):
    assert not isinstance(mapper.map_line(line), Match)


def test_a_line_misspelt_as_a_whole_is_judged_by_likeness_not_word_by_word(mapper):
    result = mapper.map_line("Navigatoin Sytsem")
    assert isinstance(result, Review) and result.method == "fuzzy"


def test_a_misspelt_feature_that_is_negated_is_not_ticked(mapper):
    assert ticked(mapper, "bluetooh, no navagation") == {"Bluetooth"}


def test_a_deletion_at_no_charge_reaches_back_to_the_feature(mapper):
    assert isinstance(mapper.map_line("Navigation System, no charge for delete"), Vetoed)


@pytest.mark.parametrize(("line", "labels"), [
    ("Fully loaded with everything except the sunroof", set()),
    ("All options except nav, heated seats", {"Heated Front Seats"}),
    ("Leather throughout apart from the third row", {"Leather Seats"}),
])
def test_an_exception_to_a_whole_rules_out_what_it_names(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", [
    "Roof rack taken off", "Previous owner took out the third row", "Nav unit gone",
])
def test_a_feature_taken_off_or_gone_is_not_there(mapper, line):
    assert isinstance(mapper.map_line(line), Vetoed)


@pytest.mark.parametrize("line", ["Remote start - does not work", "Bluetooth - will not pair"])
def test_a_failing_verb_opening_its_part_is_said_of_the_part_before(mapper, line):
    assert isinstance(mapper.map_line(line), Vetoed)


@pytest.mark.parametrize(("line", "labels"), [
    ("Heated seats?: Y", {"Heated Front Seats"}),
    ("Sunroof? no", set()),
])
def test_a_checklist_question_with_its_answer_is_no_doubt(mapper, line, labels):
    assert ticked(mapper, line) == labels
    assert not isinstance(mapper.map_line(line), Review)


@pytest.mark.parametrize(("line", "labels"), [
    ("Nav/Sunroof/Leather: N/Y/Y", {"Sunroof", "Leather Seats"}),
    ("Heated/Cooled seats: Y/N", {"Heated Front Seats"}),
    ("Power liftgate (Y/N): Y", {"Power Liftgate"}),
    ("Power liftgate (Yes/No): No", set()),
])
def test_answers_pair_with_their_keys_in_order(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", ["Heated seats: Y/N", "A/C/Nav: Y/N", "Sunroof: yes/no"])
def test_a_question_left_open_or_answers_that_do_not_pair_go_to_review(mapper, line):
    assert isinstance(mapper.map_line(line), Review)


@pytest.mark.parametrize(("line", "labels"), [
    ("Front seats with heat, ventilation and power adjustment",
     {"Heated Front Seats", "Ventilated Seats", "Power Seats"}),
    ("Seats with heating and cooling functions", {"Heated Front Seats", "Ventilated Seats"}),
    ("Rear seats with heat and power recline", {"Heated Rear Seats"}),
])
def test_an_attribute_named_with_a_word_for_its_function_is_read_on_the_head(mapper, line,
                                                                             labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", [
    "Declined options: sunroof, nav", "Options NOT included on this vehicle: heated seats, "
    "remote start", "Option not taken: navigation ($1,500)", "Not available: heated seats, "
    "remote start", "Missing: floor mats, nav SD card, sunroof", "Inop: cruise, sunroof",
])
def test_a_heading_that_rules_out_rules_out_its_whole_list(mapper, line):
    assert isinstance(mapper.map_line(line), Vetoed)


@pytest.mark.parametrize(("line", "labels"), [
    ("No accidents: heated seats, sunroof", {"Heated Front Seats", "Sunroof"}),
    ("Non-smoker: heated seats", {"Heated Front Seats"}),
    ("Optional equipment: power moonroof ($995), navigation ($1,500)",
     {"Sunroof", "Navigation System"}),
])
def test_a_heading_whose_cue_is_about_something_else_leaves_the_list(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", [
    "Leather optional", "Optional reversing camera", "Vibe AWD (optional)",
])
def test_a_feature_said_to_be_optional_is_not_claimed(mapper, line):
    assert isinstance(mapper.map_line(line), Review)


@pytest.mark.parametrize(("line", "labels"), [
    ("Sunroof Y, Leather N, Nav Y", {"Sunroof", "Navigation System"}),
    ("Stow n Go seating, heated seats", {"Heated Front Seats"}),
])
def test_an_answer_ending_its_part_answers_what_it_follows(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", ["Has everything but navigation", "All but sunroof"])
def test_everything_but_a_feature_is_without_it(mapper, line):
    assert isinstance(mapper.map_line(line), Vetoed)


def test_a_letter_doubled_by_a_slip_is_still_the_word(mapper):
    assert mapper.shorthand.misspelt("leatther") == ("leather",)
    # one letter from "shifter" and from "shifters": a word and its plural are one word
    assert mapper.shorthand.misspelt("shifterr") == ("shifter",)
    assert ticked(mapper, "leatther, mag wheels") == {"Leather Seats", "Alloy Wheels"}


@pytest.mark.parametrize("line", [
    "Tow bar to be fitted before delivery", "Heated seats can be added", "Sunroof on order",
    "Roof rails available as accessory",
])
def test_a_feature_not_there_yet_goes_to_review(mapper, line):
    assert isinstance(mapper.map_line(line), Review)


def test_a_condition_after_can_be_is_no_doubt(mapper):
    assert ticked(mapper, "Leather seats can be scratched easily") == {"Leather Seats"}


@pytest.mark.parametrize("line", [
    "Previously had a sunroof", "Used to have nav", "Hitch receiver cut off",
    "Heated seats were an option but not ordered",
])
def test_a_feature_the_car_had_once_or_was_offered_is_not_there(mapper, line):
    assert isinstance(mapper.map_line(line), Vetoed)


def test_a_contrast_ends_a_forward_negation_but_not_what_a_lone_backward_one_answers(mapper):
    assert ticked(mapper, "Heated seats but not cooled") == {"Heated Front Seats"}
    assert ticked(mapper, "Sunroof but no nav") == {"Sunroof"}


def test_a_part_naming_the_heads_noun_again_is_an_item_of_its_own(mapper):
    assert ticked(mapper, "Heated front seats; rear seats not heated") == {"Heated Front Seats"}
    assert ticked(mapper, "Tilt steering wheel, heated steering wheel") == {
        "Heated Steering Wheel"}


@pytest.mark.parametrize(("line", "labels"), [
    ("No sunroof, nav or leather", set()),
    ("Neither sunroof nor navigation", set()),
    ("No sunroof, heated seats and nav", {"Heated Front Seats", "Navigation System"}),
])
def test_a_negation_heads_a_list_that_ends_in_or(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "result"), [
    ("Sunroof: False", Vetoed), ("Sat Nav: unable to test", Review),
])
def test_a_checklists_false_rules_out_and_an_untested_feature_goes_to_review(mapper, line,
                                                                            result):
    assert isinstance(mapper.map_line(line), result)


@pytest.mark.parametrize(("line", "labels"), [
    ("Heated seats: front yes, rear no", {"Heated Front Seats"}),
    ("Sunroof no, nav yes", {"Navigation System"}),
])
def test_a_no_ending_its_part_answers_the_words_before_it(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_row_ruled_out_alone_rules_out_that_rows_labels(mapper):
    assert ticked(mapper, "Heated seats: front no, rear yes") == {"Heated Rear Seats"}
    assert ticked(mapper, "Parking sensors: front no, rear yes") == {"Parking Sensors"}
