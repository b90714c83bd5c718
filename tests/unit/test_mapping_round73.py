"""Round 73 (tuned on zzzzzzz-eeeeeeee after their first sight): a feature whose rival the
line also names goes to review (a two-wheel drive beside an all-wheel one); a towing line's
"TBC"; a gooseneck or a fifth wheel in the bed and brake controllers by their makers' names;
a rental class's fine print; a blank projection; a car's upgrade turned down or pitched; an
answer for every item before it; a judgement that is no lack; a rental car's return; a part
that will not pair with any phone; a Super Duty's diesel by its size; a prep joined to the
next item.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks, ticked
from vautokit.errors import SynonymsFileError
from vautokit.notebook import ReviewForm
from vautokit.processing import VehicleRecord
from vautokit.vehicles import (
    CheckboxMappingService,
    Review,
    StickerLine,
    SynonymsFile,
    VehicleLink,
    collect_phrases,
)

RIVALLED = ("Reserved an all-wheel drive crossover, the counter gave me a front-wheel drive Kona; "
            "heated seats at least")


# synonyms.toml [rivals] and CheckboxMappingService._rivalled
def test_a_feature_whose_rival_the_line_names_goes_to_review_and_the_rest_stands():
    mapping = CheckboxMappingService.built_in(second_opinion=False).map_lines(
        [StickerLine("", RIVALLED)])
    assert mapping.wanted == {"Heated Front Seats"}
    assert [(r.labels, r.method) for r in mapping.review] == [(("All Wheel Drive",), "rival")]
    assert "All Wheel Drive (the line also names 'front wheel drive'" in mapping.reasons[RIVALLED]


def test_a_line_left_with_its_rival_only_goes_to_review_whole(mapper):
    result = mapper.map_line("Listing says 4x4 but the title and the badge say 2WD")
    assert isinstance(result, Review) and result.method == "rival"
    assert result.labels == ("Four Wheel Drive",)


@pytest.mark.parametrize("line", [
    "2020 RAV4 AWD, forward collision warning (fwd collision alert), heated seats",
    "Fwd: 2019 Outback AWD, roof rails, heated seats",
    "F-250 4x4 with the 2WD/4WD selector, tow package",
    "Q: 2WD or 4WD? A: 4WD, crew cab",
    "4x4 truck, 2WD mode for the highway",
])
def test_what_only_looks_like_a_rival_leaves_the_drive_ticked(mapper, line):
    labels = ticked(mapper, line)
    assert labels & {"All Wheel Drive", "Four Wheel Drive"}, (line, labels)


def test_a_users_rival_is_read_and_a_bad_one_refused(tmp_path):
    mine = tmp_path / "synonyms.toml"
    mine.write_text('[rivals]\n"Sunroof" = "\\\\bsolid roof\\\\b"\n')
    mapper = CheckboxMappingService(mine, second_opinion=False)
    assert isinstance(mapper.map_line("moonroof, or is it a solid roof"), Review)
    assert ticked(mapper, "moonroof, heated seats") == {"Sunroof", "Heated Front Seats"}
    mine.write_text('[rivals]\n"Sunroof" = "(bad"\n')
    with pytest.raises(SynonymsFileError, match="regular expression"):
        CheckboxMappingService(mine)


def test_choosing_the_rivalled_label_in_review_ticks_it_next_time(tmp_path):
    built_in = CheckboxMappingService.built_in(second_opinion=False)
    made = VehicleRecord.from_link(0, VehicleLink("1", "VIN1", "S1", "2024 Hyundai Kona", 0,
                                                  "Dealer", "/gauge/1"))
    made.review = [RIVALLED]
    form = ReviewForm(collect_phrases([made], built_in),
                      SynonymsFile.open(tmp_path / "synonyms.toml"), built_in.labels)
    form.choose(RIVALLED, "All Wheel Drive")
    assert form.save() == 1
    mapper = CheckboxMappingService(tmp_path / "synonyms.toml", second_opinion=False)
    assert ticked(mapper, RIVALLED) == {"All Wheel Drive", "Heated Front Seats"}


# _mapping._TOWING and _TBC: a towing line's "TBC" is the trailer brake controller
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2016 Ram 2500, gooseneck hitch, factory TBC, spray liner",
     {"Trailer Brake Controller", "Trailer Hitch", "Bed Liner"}, set()),
    ("Denali HD: integrated TBC set to 6 for the stock trailer", {"Trailer Brake Controller"},
     set()),
    ("Tow hitch (TBC), heated seats", set(), {"Trailer Hitch", "Heated Front Seats"}),
    ("Moonroof (TBC)", set(), {"Sunroof"}),
])
def test_tbc_on_a_towing_line_is_the_controller(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# synonyms.toml "Trailer Hitch": a gooseneck or a fifth wheel in the bed; a receiver by its place
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2012 Silverado 3500: Hensley under-bed gooseneck, block heater",
     {"Trailer Hitch", "Engine Block Heater"}, set()),
    ("Sierra 2500 dually, 4x4, gooseneck, brake controller",
     {"Trailer Hitch", "Trailer Brake Controller"}, set()),
    ("she pulls a 3-horse gooseneck trailer with the F-350", set(), {"Trailer Hitch"}),
    ("gooseneck prep package from the factory, no ball yet", set(), {"Trailer Hitch"}),
    ("Tacoma: rear receiver for the bike rack, cruise", {"Trailer Hitch"}, set()),
    ("Sierra 2500 4x4, gooseneck trailer hookup lights checked", set(), {"Trailer Hitch"}),
])
def test_a_gooseneck_in_the_bed_is_a_hitch_and_one_pulled_is_a_trailer(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# synonyms.toml "Trailer Brake Controller": makers' names and a controller by its kind
@pytest.mark.parametrize("line", [
    "Tundra 2018: Tekonsha P3 under the dash, tow package",
    "Silverado: wired a Curt Echo for the camper",
    "2019 Ram: integrated brake ctrl, 3.92 axle",
])
def test_a_brake_controller_by_its_makers_name(mapper, line):
    assert "Trailer Brake Controller" in ticked(mapper, line)


# _scope cues: a rental class's fine print
@pytest.mark.parametrize("line", [
    "Intermediate SUV or similar: AWD and heated seats are not guaranteed",
    "Full-size pickup or similar, 4x4 subject to availability",
    "Premium class: navigation and sunroof vary by vehicle",
    "Standard SUV: 4WD cannot be guaranteed",
])
def test_fine_print_that_guarantees_nothing(mapper, line):
    assert ticked(mapper, line) == set()


# _scope._SCREENS: what a display shows, blank
def test_a_blank_projection_is_no_head_up_display(mapper):
    check_ticks(mapper, "XC90 return: HUD projection blank, written up", set(),
                {"Head-Up Display"})


# _scope._TURNS_DOWN (a car's name, an upgrade heading) and _OFFER (a pitch, "tried to sell")
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Upgrade declined: Tahoe (third row, 4WD, Bose). Kept my reserved Malibu, cloth seats",
     set(), {"Third Row Seats", "Premium Audio"}),
    ("Declined Yukon Denali upgrade (massage seats, HUD); stayed in my Equinox with CarPlay",
     {"Apple CarPlay Integration"}, {"Head-Up Display"}),
    ("Agent pitched the Expedition with a third row and a panoramic roof, I said no thanks",
     set(), {"Third Row Seats", "Sunroof"}),
    ("The counter tried to sell us a Tahoe with the third row, we said no, Malibu it is",
     set(), {"Third Row Seats"}),
    ("Declined Grand Cherokee upgrade - our Compass has CarPlay and heated seats",
     {"Apple CarPlay Integration", "Heated Front Seats"}, set()),
    ("4X4 PKG DECLINED BY CUSTOMER, CRUISE", set(), {"Four Wheel Drive"}),
])
def test_an_upgrade_turned_down_or_pitched_is_not_the_car(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._said_of_all: an answer for every item before it
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Bought for my niece: backup cam, heated seats, cruise? no on all three", set(),
     {"Backup Camera", "Heated Front Seats", "Cruise Control"}),
    ("CR-V LX: 3rd row yes, but sunroof / nav / leather, none of the above",
     {"Third Row Seats"}, {"Sunroof", "Navigation System", "Leather Seats"}),
])
def test_an_answer_for_every_item_before_it(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._JUDGEMENTS: "Not cheap." judges the car, it rules out no part before it
def test_a_judgement_is_no_lack(mapper):
    check_ticks(mapper, "RX 500h: Mark Levinson, HUD, AWD. Not cheap.",
                {"All Wheel Drive", "Premium Audio", "Head-Up Display"}, set())
    check_ticks(mapper, "Sunroof, heated seats. Not working.", {"Sunroof"},
                {"Heated Front Seats"})
    check_ticks(mapper, "'21 Sentra SV, blind spot warning, intelligent cruise standard, not bad "
                        "for 20k", {"Blind Spot Monitoring", "Adaptive Cruise Control"}, set())


# _scope._car_itself: a rental's return is the car's, a part sent back names no car
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Returned 2024 CX-50 Turbo, sand in the cargo area", {"Turbocharged"}, set()),
    ("2023 Q5 quattro - returned w/ 2 gal of fuel", {"All Wheel Drive"}, set()),
    ("Returned: roof rack, wrong fitment", set(), {"Roof Rack"}),
])
def test_a_rental_returned_is_the_car_returned(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._answered: a participle with its object after "not"
def test_a_part_that_will_not_pair_with_any_phone(mapper):
    check_ticks(mapper, "2022 Sonata, bluetooth not pairing any phone, cruise", set(),
                {"Bluetooth"})


# makers.toml Ford "Diesel Engine": a Super Duty's 6.0, 6.4 or 6.7
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2014 F-350 Lariat 6.7, heated seats", {"Diesel Engine"}, set()),
    ("'09 F250 SD 6.4, gooseneck", {"Diesel Engine"}, set()),
    ("2022 F-250 XL 6.2 gas, vinyl floor", set(), {"Diesel Engine"}),
    ("2021 Explorer, 6.7 in. screen", set(), {"Diesel Engine"}),
])
def test_a_super_dutys_diesel_by_its_size(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._forward_instead: a prep joined to the next item rules out its own item only
def test_a_prep_joined_to_the_next_item(mapper):
    check_ticks(mapper, "F-450: 360 cam, 5th wheel prep + brake controller",
                {"Trailer Brake Controller", "360 Camera"}, {"Trailer Hitch"})


# _mapping._other_side_left: a failing side beside another side that works
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Sienna: driver heated seat dead, passenger side still works", {"Heated Front Seats"},
     set()),
    ("Pacifica: rear A/C blows warm, front still cold", {"Air Conditioning"},
     {"Rear Air Conditioning"}),
    ("rear A/C dead, front door dinged", set(), {"Air Conditioning"}),
    ("driver heated seat dead, passenger side dead too", set(), {"Heated Front Seats"}),
])
def test_a_side_that_fails_beside_one_that_works(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._DISPROVING: "it's the standard ..." refutes a listing's claim
def test_a_listing_refuted_by_the_standard_part(mapper):
    check_ticks(mapper, 'Listing has "Bose" but it\'s the standard stereo, heated seats though',
                {"Heated Front Seats"}, {"Premium Audio"})
    # ... not someone's word for it
    check_ticks(mapper, "Witness mentioned a backup camera on the Rio; owner says it's the base "
                        "model - no camera, no Bluetooth, just AM/FM", set(),
                {"Backup Camera", "Bluetooth"})
