import pytest

from vautokit.errors import ConfigError
from vautokit.vehicles import (
    CheckboxMappingService,
    Match,
    Review,
    StickerLine,
    Unmatched,
    Vetoed,
    plain_form,
    user_synonyms_path,
)


def labels_of(mapper, line):
    result = mapper.map_line(line)
    return set(result.labels) if isinstance(result, Match) else set()


@pytest.mark.parametrize(("line", "labels"), [
    ("Power 8-Way Driver Seat", {"Power Seats"}),
    ("3 Zone Auto Control Front/Rear A/C",
     {"Air Conditioning", "Dual Zone Climate Control", "Rear Air Conditioning"}),
    ("APPLE CARPLAY/ ANDROID AUTO", {"Apple CarPlay Integration", "Android Auto"}),
    ("ParkView Rear Back-Up Camera", {"Backup Camera"}),
    ("6.7L Cummins Turbo Diesel", {"Diesel Engine", "Turbocharged"}),
    ("Adaptive Cruise Control w/ Stop & Go", {"Adaptive Cruise Control"}),
    ("Power Door Locks", {"Power Locks"}),
    ("4WD", {"Four Wheel Drive"}),
    ("Auto-Dimming Rearview Mirror $195", {"Auto-Dimming Rearview Mirror"}),
    ("REAR A/C W/ HEATER", {"Rear Air Conditioning", "Air Conditioning"}),
    ("Harman/Kardon Surround Sound", {"Premium Audio"}),
    ("SXM w/ 3-Month Trial", {"SiriusXM Satellite Radio"}),
    ("Apple CarPlay & AA", {"Apple CarPlay Integration", "Android Auto"}),
    ("ENGINE: 2.0 T I4", {"Turbocharged"}),
    ("ACC w/ Stop & Go", {"Adaptive Cruise Control"}),
    ("Heated Leather, Power Liftgate", {"Heated Front Seats", "Leather Seats", "Power Liftgate"}),
    ("VDC, TRAC, ABS", {"Stability Control", "Traction Control", "ABS"}),
    ("Cloth, Manual Air, Power Windows", {"Air Conditioning", "Power Windows"}),
])
def test_sticker_wording_maps_to_the_right_labels(mapper, line, labels):
    result = mapper.map_line(line)
    assert isinstance(result, Match)
    assert set(result.labels) == labels
    assert result.score == 100.0


@pytest.mark.parametrize(("line", "labels"), [
    ("Heated Front Seats & Steering Wheel", {"Heated Front Seats", "Heated Steering Wheel"}),
    ("Leather-Trimmed Heated & Ventilated Front Seats",
     {"Leather Seats", "Heated Front Seats", "Ventilated Seats"}),
    ("Keyless Access w/ Push-Button Start", {"Keyless Entry", "Push Button Start"}),
    ("Heated Front & Rear Seats", {"Heated Front Seats", "Heated Rear Seats"}),
    ("Power Windows & Door Locks", {"Power Windows", "Power Locks"}),
])
def test_a_line_naming_two_features_ticks_both(mapper, line, labels):
    assert labels_of(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Seats, heated driver and front passenger", {"Heated Front Seats"}),
    ("Seats, heated rear outboard", {"Heated Rear Seats"}),
    ("Mirror, inside rearview auto-dimming", {"Auto-Dimming Rearview Mirror"}),
    ("Steering column, manual tilt and telescoping", {"Telescoping Steering Wheel"}),
])
def test_noun_first_wording_reads_like_the_usual_order(mapper, line, labels):
    assert labels_of(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Heated Seats, Sunroof, Third Row Seating",
     {"Heated Front Seats", "Sunroof", "Third Row Seats"}),
    ("Navigation, Heated Seats, 2nd Row Bench", {"Navigation System", "Heated Front Seats"}),
    ("Navigation, Heated 2nd Row Seats", {"Navigation System", "Heated Rear Seats"}),
])
def test_in_a_list_a_rule_out_reads_only_the_parts_that_name_its_feature(mapper, line, labels):
    assert labels_of(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("ProPILOT Assist", {"Adaptive Cruise Control"}),
    ("Smart Cruise Control w/ Stop & Go", {"Adaptive Cruise Control"}),
    ("Active Driving Display", {"Head-Up Display"}),
    ("4MATIC All-Wheel Drive", {"All Wheel Drive"}),
    ("Vernasca Leather Upholstery", {"Leather Seats"}),
    ("Autopilot w/ Autosteer", {"Adaptive Cruise Control"}),
    ("Perfect Position Front Seats", {"Power Seats"}),
    ("Pro Grade Trailering System", {"Tow Package"}),
])
def test_makers_own_names(mapper, line, labels):
    assert labels_of(mapper, line) == labels


@pytest.mark.parametrize("line", [
    "Touring Suspension", "Floor Mats", "Leather-Wrapped Steering Wheel", "Front-Wheel Drive",
    "Power-Release Second-Row Seats", "Rear Seat Air Vents", "40/20/40 Split-Bench Front Seat",
    "6-Way Manual Driver's Seat", "LED Taillamps", "Body-Colored Power Side Mirrors",
    # a vehicle service contract is a warranty
    "Toyota Care 3yr/36k VSC",
    "Automatic Air Suspension",
])
def test_lines_that_name_no_option_tick_nothing(mapper, line):
    assert labels_of(mapper, line) == set()


@pytest.mark.parametrize("line", ["Touring Suspension", "Floor Mats", "Cargo Net"])
def test_unknown_lines_stay_unmatched_with_suggestions(mapper, line):
    result = mapper.map_line(line)
    assert isinstance(result, Unmatched)
    assert len(result.candidates) == 3
    assert all(lb in mapper.labels for lb, _ in result.candidates)


@pytest.mark.parametrize("line", ["Wireless Headphones", "Destination Charge", "Tow Hooks"])
def test_phrases_on_the_never_list_are_vetoed_not_reported(mapper, line):
    assert isinstance(mapper.map_line(line), Vetoed)


def test_a_bare_package_name_whose_contents_vary_ticks_nothing_and_goes_to_review(mapper):
    result = mapper.map_line("Cold Weather Package $595")
    assert isinstance(result, Review) and result.reason.startswith("package without contents")
    assert set(result.labels) == {"Heated Front Seats", "Heated Steering Wheel", "Heated Mirrors",
                                  "Remote Start"}


def test_a_cautious_threshold_puts_fixed_suites_up_for_review_too():
    cautious = CheckboxMappingService.built_in(tick_above=99.0)
    assert isinstance(cautious.map_line("Honda Sensing $595"), Review)
    assert isinstance(cautious.map_line("Heated Front Seats"), Match)


def test_a_package_line_listing_its_contents_ticks_only_what_it_lists(mapper):
    result = mapper.map_line("Cold Weather Package: Heated Front Seats, Heated Steering Wheel")
    assert result.method == "synonym"
    assert set(result.labels) == {"Heated Front Seats", "Heated Steering Wheel"}
    suite = mapper.map_line("Ford Co-Pilot360 - BLIS, Lane-Keeping System")
    assert set(suite.labels) == {"Blind Spot Monitoring", "Lane Departure Warning"}


def test_a_suite_with_one_more_feature_brings_that_feature_alone(mapper):
    # the suite's own contents are a guess (issue 19): only what the line names counts
    assert labels_of(mapper, "EyeSight w/ Lane Centering") == {"Lane Departure Warning"}


def test_sure_fuzzy_matches_tick_and_unsure_ones_go_to_review(mapper):
    sure = mapper.map_line("Navigaton System")
    assert isinstance(sure, Match) and sure.method == "fuzzy"
    assert sure.labels == ("Navigation System",) and sure.score >= mapper.tick_above
    unsure = mapper.map_line("Navigatoin Sytsem")
    assert isinstance(unsure, Review) and unsure.labels == ("Navigation System",)
    assert mapper.review_above <= unsure.score < mapper.tick_above


def test_map_lines_sorts_matches_review_unmatched_and_vetoed(mapper):
    result = mapper.map_lines([StickerLine("Interior", "Heated Front Seats"),
                               StickerLine("Interior", "Cargo Net"),
                               StickerLine("Interior", "Navigatoin Sytsem"),
                               StickerLine("Interior", "Wireless Headphones")])
    assert result.wanted == {"Heated Front Seats"}
    assert [u.line for u in result.unmatched] == ["Cargo Net"]
    assert [r.line for r in result.review] == ["Navigatoin Sytsem"]
    assert result.vetoed == ["Wireless Headphones"]


def test_plain_form_keeps_boundaries_and_drops_punctuation():
    assert plain_form("• Heated Seats w/ Memory, 2-Position $1,295") == \
        "heated seats with memory , 2 position"
    assert plain_form("A/C & 6.7L I-6 Diesel") == "a / c and 6.7l i 6 diesel"


def test_change_in_check_only_and_sync_modes(mapper):
    current = {"Sunroof": False, "Bluetooth": True, "ABS": False}
    wanted = {"Sunroof", "Teleporter"}
    check_only = mapper.plan_change(current, wanted)
    assert (check_only.to_check, check_only.to_uncheck) == (["Sunroof"], [])
    assert check_only.missing_boxes == ["Teleporter"]
    sync = mapper.plan_change(current, wanted, "sync")
    assert sync.to_uncheck == ["Bluetooth"]
    after = {**current, "Sunroof": True, "Bluetooth": False}
    assert mapper.plan_change(after, wanted, "sync").empty
    with pytest.raises(ConfigError, match="mode"):
        mapper.plan_change(current, wanted, "merge")


def test_the_users_file_adds_and_vetoes_over_the_built_in_table(tmp_path):
    mine = tmp_path / "synonyms.toml"
    mine.write_text('never = ["satellite radio"]\n\n[labels]\n'
                    '"Roof Rack" = ["cargo basket"]\n"Cargo Net" = ["cargo net"]\n'
                    '"Tow Package" = ["tow hooks"]\n')
    mapper = CheckboxMappingService(mine)
    assert mapper.map_line("Roof-Mounted Cargo Basket").labels == ("Roof Rack",)
    assert mapper.map_line("Roof-Mounted Cargo Basket").method == "user"
    assert mapper.map_line("Cargo Net").labels == ("Cargo Net",)
    assert "Cargo Net" in mapper.labels
    assert isinstance(mapper.map_line("Satellite Radio"), Vetoed)
    assert mapper.map_line("SiriusXM Satellite Radio").labels == ("SiriusXM Satellite Radio",)
    assert labels_of(mapper, "Heated Front Seats") == {"Heated Front Seats"}
    assert mapper.map_line("Tow Hooks").labels == ("Tow Package",)


def test_the_users_file_is_found_from_the_environment(tmp_path, monkeypatch):
    mine = tmp_path / "dealer.toml"
    mine.write_text('[labels]\n"Roof Rack" = ["cargo basket"]\n')
    monkeypatch.setenv("VAUTOKIT_SYNONYMS", str(mine))
    assert user_synonyms_path() == mine
    assert CheckboxMappingService().map_line("Cargo Basket").labels == ("Roof Rack",)
    assert isinstance(CheckboxMappingService.built_in().map_line("Cargo Basket"), Unmatched)
    monkeypatch.delenv("VAUTOKIT_SYNONYMS")
    assert str(user_synonyms_path()) == ".vautokit/synonyms.toml"


def test_broken_synonym_files_are_reported(tmp_path):
    with pytest.raises(ConfigError, match="readable"):
        CheckboxMappingService(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[other]\n")
    with pytest.raises(ConfigError, match=r"\[labels\]"):
        CheckboxMappingService(bad)
    bad.write_text('[labels]\n"Sunroof" = ["re:(unclosed"]\n')
    with pytest.raises(ConfigError, match="regular expression"):
        CheckboxMappingService(bad)
    # patterns are compiled when a line first needs them; the one check re makes after
    # parsing still fails the file when the service is made, not in the middle of a run
    bad.write_text('[labels]\n"Sunroof" = ["re:moon(?:(?<!power|x) roof)"]\n')
    with pytest.raises(ConfigError, match="fixed-width"):
        CheckboxMappingService(bad)


def test_a_line_repeated_across_vehicles_is_decided_once_with_the_same_result():
    mapper = CheckboxMappingService(built_in_only=True)
    decided = []
    decide = mapper._decided_apart

    def counting(text, others):
        decided.append(text)
        return decide(text, others)

    mapper._decided_apart = counting
    sticker = [StickerLine("Interior", "Heated Front Seats"),
               StickerLine("Options", "Sunroof delete")]
    # vehicles of other titles: lines that name no other car are decided once all the same
    first = mapper.map_lines(sticker, car="2021 Toyota Corolla LE")
    second = mapper.map_lines(sticker, car="2019 Honda Civic EX")
    assert decided == ["Heated Front Seats", "Sunroof delete"]
    assert first == second
    assert [m.labels for m in second.matches] == [("Heated Front Seats",)]
    assert second.vetoed == ["Sunroof delete"]
