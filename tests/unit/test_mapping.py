import pytest

from vautokit.errors import ConfigError
from vautokit.vehicles import CheckboxMappingService, Match, StickerLine, Unmatched


@pytest.fixture(scope="module")
def mapper():
    return CheckboxMappingService()


@pytest.mark.parametrize(("line", "labels"), [
    ("Power 8-Way Driver Seat", {"Power Seats"}),
    ("3 Zone Auto Control Front/Rear A/C", {"Dual Zone Climate Control", "Rear Air Conditioning"}),
    ("APPLE CARPLAY/ ANDROID AUTO", {"Apple CarPlay Integration", "Android Auto"}),
    ("ParkView Rear Back-Up Camera", {"Backup Camera"}),
    ("6.7L Cummins Turbo Diesel", {"Diesel Engine", "Turbocharged"}),
    ("Adaptive Cruise Control w/ Stop & Go", {"Adaptive Cruise Control"}),
    ("Power Door Locks", {"Power Locks"}),
    ("4WD", {"Four Wheel Drive"}),
    ("Auto-Dimming Rearview Mirror $195", {"Auto-Dimming Rearview Mirror"}),
    ("REAR A/C W/ HEATER", {"Rear Air Conditioning"}),
])
def test_sticker_wording_maps_to_the_right_labels(mapper, line, labels):
    result = mapper.map_line(line)
    assert isinstance(result, Match)
    assert set(result.labels) == labels


@pytest.mark.parametrize("line", ["Touring Suspension", "Wireless Headphones", "Floor Mats",
                                  "Destination Charge"])
def test_known_wrong_links_stay_unmatched(mapper, line):
    result = mapper.map_line(line)
    assert isinstance(result, Unmatched)
    assert len(result.candidates) == 3


def test_packages_expand_to_their_options(mapper):
    result = mapper.map_line("Cold Weather Package $595")
    assert result.method == "package"
    assert set(result.labels) == {"Heated Front Seats", "Heated Steering Wheel", "Heated Mirrors",
                                  "Remote Start"}


def test_typos_fall_back_to_fuzzy_scoring(mapper):
    result = mapper.map_line("Navigaton System")
    assert result.method == "fuzzy" and result.labels == ("Navigation System",)


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


def test_map_lines_splits_matches_from_unmatched(mapper):
    result = mapper.map_lines([StickerLine("Interior", "Heated Front Seats"),
                               StickerLine("Interior", "Cargo Net")])
    assert result.wanted == {"Heated Front Seats"}
    assert [u.line for u in result.unmatched] == ["Cargo Net"]


def test_broken_synonym_files_are_reported(tmp_path):
    with pytest.raises(ConfigError, match="readable"):
        CheckboxMappingService(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[other]\n")
    with pytest.raises(ConfigError, match=r"\[labels\]"):
        CheckboxMappingService(bad)
