"""Dealer shorthand read back by its shape against the table's own words (issue 19, kind 2):
no list of abbreviations, so wording never seen still maps, and doubt goes to review."""

import pytest

from vautokit.vehicles import CheckboxMappingService, Match, Review, plain_form
from vautokit.vehicles._shorthand import Shorthand, skeleton, vocabulary


@pytest.mark.parametrize(("line", "labels"), [
    ("RMT STRT", {"Remote Start"}),
    ("PWR LFTGT", {"Power Liftgate"}),
    ("LTHR STS", {"Leather Seats"}),
    ("VENT FRT STS", {"Ventilated Seats"}),
    ("PREM SND SYS W/ 10 SPKRS", {"Premium Audio"}),
    ("HTD STRG WHL", {"Heated Steering Wheel"}),
    ("BLND SPT MON", {"Blind Spot Monitoring"}),
    ("RAIN SNSNG WPRS", {"Rain Sensing Wipers"}),
    ("ParkAssist Front & Rear", {"Parking Sensors"}),
    ("LANEKEEP ASSIST", {"Lane Departure Warning"}),
    # a table word run together with another's skeleton
    ("POWERLFTGT", {"Power Liftgate"}),
    ("REMOTESTRT, PARKSNSRS", {"Remote Start", "Parking Sensors"}),
    # both run together as skeletons; "sts" reads as seats or sets, only seats forms a phrase
    ("PWRLFTGT, PWRSTS", {"Power Liftgate", "Power Seats"}),
    # "strg" also reads as "starting", which forms no phrase: no evidence against "steering"
    ("HTD FRT STS, HTD STRG WHL, RMT STRT",
     {"Heated Front Seats", "Heated Steering Wheel", "Remote Start"}),
])
def test_shorthand_never_listed_maps_through_the_tables_vocabulary(mapper, line, labels):
    result = mapper.map_line(line)
    assert isinstance(result, Match), result
    assert set(result.labels) == labels
    assert result.reason.startswith("shorthand read")


def test_four_consonants_that_fit_one_table_word_only_are_that_word(mapper):
    result = mapper.map_line("4X4; LTHR; NAV")
    assert isinstance(result, Match), result
    assert set(result.labels) == {"Four Wheel Drive", "Leather Seats", "Navigation System"}
    assert "'lthr' as 'leather'" in result.reason


def test_the_model_reads_skeletons_prefixes_and_letters_in_order():
    shorthand = Shorthand({"tilt"}, {"liftgate", "premium", "steering", "seats", "sets"})
    assert skeleton("liftgate") == "lftgt"
    assert shorthand.fit("lftgt") == ("skeleton", ("liftgate",))
    assert shorthand.fit("prem") == ("prefix", ("premium",))
    assert shorthand.fit("strg") == ("letters", ("steering",))
    assert shorthand.fit("sts") == ("skeleton", ("seats", "sets"))  # both kept as readings
    assert shorthand.fit("tilt") == ("", ())  # a word the table knows is not shorthand
    assert shorthand.fit("display") == ("", ())
    assert shorthand.fit("premiumseats") == ("compound", ("premium seats",))
    assert shorthand.fit("premiumlftgt") == ("compound", ("premium liftgate",))
    assert shorthand.fit("premiumsts") == ("compound", ("premium seats", "premium sets"))
    assert shorthand.fit("lftgtsts") == ("compound", ("liftgate seats", "liftgate sets"))


def test_the_vocabulary_comes_from_phrases_not_from_lookarounds_or_exclusions():
    known, targets = vocabulary(["re:power ~!tilt (?:liftgate|tailgate)(?! release\\b)",
                                 "heated mirror"])
    assert {"power", "liftgate", "tailgate", "heated", "mirror"} <= targets
    assert "tilt" in known and "tilt" not in targets and "release" not in targets


@pytest.mark.parametrize("line", ["SUN VSR W/ MIRR", "4-WHL DISC BRKS", "PART-TIME 4WD"])
def test_a_word_read_from_its_letters_alone_never_ticks_a_new_feature(mapper, line):
    result = mapper.map_line(line)
    added = set(result.labels) - {"Four Wheel Drive"} if isinstance(result, Match) else set()
    assert added == set(), result


def test_a_shortened_word_alone_goes_to_review_with_its_reading(mapper):
    result = mapper.map_line("DYNA TORQUE VECTORING")
    assert isinstance(result, Review), result
    assert result.reason.startswith("shorthand unsure") and "'dyna'" in result.reason
    assert set(mapper.map_line("DYNA SOUND SYSTEM").labels) == {"Premium Audio"}


@pytest.mark.parametrize("line", ["HEATED LEATHER STEE WHEE", "LEATHER STEE WHEE W/ HEAT"])
def test_a_reading_that_drops_a_label_puts_the_line_up_for_review(mapper, line):
    result = mapper.map_line(line)
    assert isinstance(result, Review) and "drops" in result.reason, result


def test_a_plural_of_a_table_word_is_not_shorthand(mapper):
    assert mapper.shorthand.fit("rails") == ("", ())
    assert set(mapper.map_line("ROOF RAILS").labels) == {"Roof Rack"}


def test_readings_that_disagree_go_to_review(tmp_path):
    mine = tmp_path / "synonyms.toml"
    mine.write_text('[labels]\n"Cargo Mat" = ["cargo mat"]\n"Cargo Mate" = ["cargo mate"]\n')
    mapper = CheckboxMappingService(mine)
    assert mapper.map_line("Cargo Mat").labels == ("Cargo Mat",)
    result = mapper.map_line("CARGO MT")
    assert isinstance(result, Review), result
    assert set(result.labels) == {"Cargo Mat", "Cargo Mate"}
    assert "readings disagree" in result.reason


@pytest.mark.parametrize("line", ["SUNROOF DEL", "NAV N/A", "HTD MIRRS DELETE", "LESS RNG BRDS"])
def test_a_cue_word_is_never_read_as_shorthand_so_its_scope_holds(mapper, line):
    assert not isinstance(mapper.map_line(line), Match), mapper.map_line(line)


def test_a_reading_that_splits_a_word_does_not_drop_a_phrase_by_stretching_its_gap(mapper):
    """"multifunction" read as "multi function" makes the line longer, not different: the
    heated steering wheel matched as written stays ticked."""
    result = mapper.map_line("Heated Multifunction GT Sport Steering Wheel")
    assert isinstance(result, Match) and "Heated Steering Wheel" in result.labels, result


def test_fr_is_front_not_for():
    """Read by shape alone "fr" would be "for"; on a sticker it is front."""
    assert plain_form("HTD FR STS") == "heated front sts"


def test_an_abbreviation_of_the_table_is_never_what_shorthand_stands_for(mapper):
    """"lkas" is already short: "lks" beside "pwr wndws /" is locks, not lane keeping."""
    assert "lkas" not in mapper.shorthand.targets
    assert set(mapper.map_line("PWR DR LKS/WNDWS").labels) == {"Power Locks", "Power Windows"}


def test_each_label_a_reading_forms_is_confirmed_on_its_own(mapper):
    """"lane dep" is lane departure however "dyn" is read; "dyn" alone as Dynaudio is not
    sure, and the reason says so."""
    result = mapper.map_line("LANE DEP ALERT, DYN CORNERING LAMPS")
    assert isinstance(result, Match) and result.labels == ("Lane Departure Warning",), result
    assert "not ticked: Premium Audio" in result.reason


@pytest.mark.parametrize(("line", "label"), [
    ("Rear B/U Cam", "Backup Camera"), ("BU CAMERA W/ GUIDELINES", "Backup Camera"),
    ("Tilt Str Wheel, Heated Str Whl", "Heated Steering Wheel"),
])
def test_back_up_and_steering_as_dealers_shorten_them(line, label):
    result = CheckboxMappingService.built_in().map_line(line)
    assert isinstance(result, Match) and label in result.labels, result
