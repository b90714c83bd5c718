"""Round 25 of issue 19, lot-floor shorthand: a windshield's or a whiteboard's columns, a
dealer's "roof" for the sunroof, two glass panels, letters struck through one by one, a bed
said with its liner and a 360 screen."""

import pytest

from tests.unit.mapping_support import ticked

# --- a line laid out in columns: each cell is an item, a mark answers its own cell -------------


@pytest.mark.parametrize(("line", "label"), [
    ("SORENTO EX  PANO  HTD SEATS", "Sunroof"),
    ("MDX TECH  AWD  PANO  ELS", "Sunroof"),
])
def test_a_cell_alone_between_gaps_is_a_list_item(mapper, line, label):
    assert label in ticked(mapper, line)


def test_a_cross_after_a_cell_rules_out_that_cell_only(mapper):
    labels = ticked(mapper, "HTD STS \u2713  ROOF \u2717  BU CAM \u2713")
    assert "Sunroof" not in labels
    assert {"Heated Front Seats", "Backup Camera"} <= set(labels)


def test_a_gap_after_a_question_keeps_the_heading(mapper):
    labels = ticked(mapper, "OPTIONS?  Nav: NO   Cooled seats: YES")
    assert "Navigation System" not in labels
    assert "Ventilated Seats" in labels


# --- "roof" alone as a list item is the sunroof ---------------------------------------------


@pytest.mark.parametrize("line", [
    "EXPLORER XLT / LTHR / ROOF / TOW",
    "Notes: cloth, roof, cruise",
    "Roof: yes",
])
def test_roof_alone_as_an_item_is_the_sunroof(mapper, line):
    assert "Sunroof" in ticked(mapper, line)


@pytest.mark.parametrize("line", [
    "Roof: small dents near the antenna",
    "PDR needed on hood, roof, trunk lid",
    "Roof: white, mirrors black",
    "Roof: ladder and solar panel",
])
def test_a_roof_said_as_a_panel_or_a_heading_is_no_sunroof(mapper, line):
    assert "Sunroof" not in ticked(mapper, line)


@pytest.mark.parametrize("line", ["Acadia Denali, dual roof, 7 pass", "twin panel roof, 2nd row"])
def test_two_roof_panels_are_the_sunroof(mapper, line):
    assert "Sunroof" in ticked(mapper, line)


def test_a_dual_roof_package_of_removable_panels_is_no_sunroof(mapper):
    assert "Sunroof" not in ticked(mapper, "Stingray: dual roof package, 2LT")


# --- letters struck through one by one ------------------------------------------------------


def test_struck_letters_rule_their_item_out_and_nothing_before_it(mapper):
    labels = ticked(mapper, "COOLED SEATS \u2713  H\u0336U\u0336D\u0336  NAV \u2713")
    assert "Head-Up Display" not in labels
    assert {"Ventilated Seats", "Navigation System"} <= set(labels)


# --- a bed with its liner, a 360 screen ------------------------------------------------------


@pytest.mark.parametrize(("line", "label"), [
    ("Colorado photos: bed w/ liner, tailgate down", "Bed Liner"),
    ("Telluride walkaround: 360 screen on", "360 Camera"),
])
def test_lot_wording_of_a_feature(mapper, line, label):
    assert label in ticked(mapper, line)


# --- a roof that opens ----------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Astra estate, electric opening roof, cloth",
    "Shots: dash, roof open, nav screen",
])
def test_a_roof_said_to_open_is_the_sunroof(mapper, line):
    assert "Sunroof" in ticked(mapper, line)


def test_a_convertibles_top_down_is_no_sunroof(mapper):
    assert "Sunroof" not in ticked(mapper, "MX-5: top down for the shoot, then back up")
