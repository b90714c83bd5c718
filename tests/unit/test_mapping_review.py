"""The learning loop without a browser: run records, a review, the next mapping.

(tests/pipeline/test_review.py runs the same loop through the journal of real runs.)
"""

import pytest

from vautokit.errors import ConfigError, SynonymsFileError
from vautokit.notebook import ReviewForm
from vautokit.processing import VehicleRecord
from vautokit.vehicles import (
    NO_OPTION,
    CheckboxMappingService,
    Match,
    StickerLine,
    SynonymsFile,
    Unmatched,
    VehicleLink,
    Vetoed,
    collect_phrases,
    review_phrases,
)

LINK = VehicleLink("1", "VIN1", "S1", "2024 Ford F-150", 0, "Dealer", "/gauge/1")


def record(unmatched, review=()):
    made = VehicleRecord.from_link(0, LINK)
    made.unmatched, made.review = list(unmatched), list(review)
    return made


@pytest.fixture
def records():
    """Three vehicles: a distractor seen thrice, one seen once, a doubted typo, a mapped line."""
    return [record(["Cargo Net", "Floor Mats"], ["Navigatoin Sytsem"]), record(["Cargo Net"]),
            record(["Cargo Net", "Heated Front Seats"])]


def scripted(*answers):
    queue = list(answers)

    def answer(_prompt):
        if not queue:
            raise EOFError
        return queue.pop(0)
    return answer


def test_phrases_come_from_every_record_most_seen_first_with_suggestions(records):
    items = collect_phrases(records, CheckboxMappingService.built_in())
    assert [(i.phrase, i.seen, i.kind) for i in items] == [
        ("Cargo Net", 3, "unmatched"), ("Floor Mats", 1, "unmatched"),
        ("Navigatoin Sytsem", 1, "review")]
    assert items[0].reason == "no phrase of the table"
    assert items[2].reason.startswith("below confidence")
    # only labels with evidence: a resemblance below confidence comes after "no option"
    assert items[0].suggestions == (NO_OPTION,)
    assert items[2].suggestions == (NO_OPTION, "Navigation System")


def test_a_phrase_reviewed_once_maps_next_time_and_a_vetoed_one_never(records, tmp_path):
    file = SynonymsFile.open(tmp_path / "synonyms.toml")
    built_in = CheckboxMappingService.built_in()
    items = collect_phrases(records, built_in)
    shown = []
    saved = review_phrases(items, file, built_in.labels,
                           input=scripted("l", "Roof Rack", "n", "2"), output=shown.append)
    assert saved == 3
    assert shown[0].startswith("3 phrase(s) to review")
    mapper = CheckboxMappingService(file.path)
    assert mapper.map_line("Cargo Net $95").labels == ("Roof Rack",)
    assert mapper.map_line("Cargo Net $95").method == "user"
    assert isinstance(mapper.map_line("Floor Mats"), Vetoed)
    assert mapper.map_line("Navigatoin Sytsem").labels == ("Navigation System",)
    assert collect_phrases(records, mapper) == []


def test_vetoing_a_phrase_the_table_maps_stops_it_mapping(tmp_path):
    mine = tmp_path / "synonyms.toml"
    file = SynonymsFile.open(mine)
    file.veto("Satellite Radio")
    file.add("Roof Rack", "Roof Basket")
    file.save()
    mapper = CheckboxMappingService(mine)
    assert isinstance(mapper.map_line("SATELLITE RADIO"), Vetoed)
    assert mapper.map_line("Roof Basket").labels == ("Roof Rack",)
    file = SynonymsFile.open(mine)
    file.add("SiriusXM Satellite Radio", "Satellite Radio")
    file.save()
    assert CheckboxMappingService(mine).map_line("Satellite Radio").labels == (
        "SiriusXM Satellite Radio",)


def test_unclear_answers_are_asked_again_and_quit_stops(records, tmp_path):
    file = SynonymsFile.open(tmp_path / "synonyms.toml")
    mapper = CheckboxMappingService.built_in()
    shown = []
    saved = review_phrases(collect_phrases(records, mapper), file, mapper.labels,
                           input=scripted("maybe", "s", "q"), output=shown.append)
    assert saved == 0 and not file.path.exists()
    assert "  answer with a number, l, n, s or q" in shown
    assert review_phrases(collect_phrases(records, mapper), file, mapper.labels,
                          input=scripted(), output=shown.append) == 0


def test_the_form_records_choices_like_the_terminal(records, tmp_path):
    mine = tmp_path / "synonyms.toml"
    built_in = CheckboxMappingService.built_in()
    form = ReviewForm(collect_phrases(records, built_in), SynonymsFile.open(mine),
                      built_in.labels)
    assert [i.phrase for i in form.items] == ["Cargo Net", "Floor Mats", "Navigatoin Sytsem"]
    assert len(form.widget.children) == 4
    form.choose("Cargo Net", "Roof Rack")
    form.choose("Floor Mats", NO_OPTION)
    with pytest.raises(ConfigError):
        form.choose("Cargo Net", "Teleporter")
    assert form.save() == 2
    mapper = CheckboxMappingService(mine)
    assert isinstance(mapper.map_line("Cargo Net"), Match)
    assert isinstance(mapper.map_line("Floor Mats"), Vetoed)
    assert isinstance(mapper.map_line("Touring Suspension"), Unmatched)
    assert [i.phrase for i in collect_phrases(records, mapper)] == ["Navigatoin Sytsem"]


# A line the rules tick three labels on, one of which the second opinion doubts (round 80
# taught the rules "turned out": "proved" is still theirs to learn).
PARTLY_DOUBTED = ("Buyer swore the Accord had a sunroof but it proved to be a solid roof; "
                  "heated seats and navigation are there")
KEPT = {"Heated Front Seats", "Navigation System"}


def test_a_partly_doubted_line_ticks_the_rest_and_goes_to_review_for_its_doubt():
    mapping = CheckboxMappingService.built_in().map_lines([StickerLine("", PARTLY_DOUBTED)])
    assert mapping.wanted == KEPT
    assert [(r.line, r.labels, r.method) for r in mapping.review] == [
        (PARTLY_DOUBTED, ("Sunroof",), "second opinion")]
    assert "not ticked: Sunroof (second opinion: " in mapping.reasons[PARTLY_DOUBTED]
    items = collect_phrases([record([], [PARTLY_DOUBTED])], CheckboxMappingService.built_in())
    assert [(i.kind, i.suggestions, set(i.ticked)) for i in items] == [
        ("review", (NO_OPTION, "Sunroof"), KEPT)]


def test_no_option_on_a_partly_doubted_line_turns_down_its_doubt_only(tmp_path):
    built_in = CheckboxMappingService.built_in()
    items = collect_phrases([record([], [PARTLY_DOUBTED])], built_in)
    file = SynonymsFile.open(tmp_path / "synonyms.toml")
    shown = []
    assert review_phrases(items, file, built_in.labels, input=scripted("n"),
                          output=shown.append) == 1
    assert any("ticked either way: " in line and "turns down only Sunroof" in line
               for line in shown)
    assert SynonymsFile.open(file.path).never == []  # the line itself is not vetoed
    mapper = CheckboxMappingService(file.path)
    result = mapper.map_line(PARTLY_DOUBTED)
    assert set(result.labels) == KEPT and not result.doubted
    assert "not ticked: Sunroof (your decision)" in result.reason
    assert collect_phrases([record([], [PARTLY_DOUBTED])], mapper) == []


def test_choosing_the_doubted_label_in_the_form_ticks_it_beside_the_rest(tmp_path):
    built_in = CheckboxMappingService.built_in()
    form = ReviewForm(collect_phrases([record([], [PARTLY_DOUBTED])], built_in),
                      SynonymsFile.open(tmp_path / "synonyms.toml"), built_in.labels)
    form.choose(PARTLY_DOUBTED, "Sunroof")
    assert form.save() == 1
    mapper = CheckboxMappingService(tmp_path / "synonyms.toml")
    assert set(mapper.map_line(PARTLY_DOUBTED).labels) == {*KEPT, "Sunroof"}
    assert collect_phrases([record([], [PARTLY_DOUBTED])], mapper) == []
    # the form opened again shows the decision the file holds
    again = ReviewForm([*form.items], SynonymsFile.open(tmp_path / "synonyms.toml"),
                       built_in.labels)
    assert again.choices[PARTLY_DOUBTED] == "Sunroof"


def test_a_turned_down_label_must_be_named(tmp_path):
    mine = tmp_path / "synonyms.toml"
    mine.write_text('[never_for]\n"" = ["solid roof"]\n')
    with pytest.raises(SynonymsFileError, match="a label needs at least one word"):
        CheckboxMappingService(mine)
