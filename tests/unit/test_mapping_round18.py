"""Issue 19, round 18 (negation side): AI-written listing descriptions and spreadsheet or DMS
exports pasted as text. A row of cells, each a name and its yes/no answer (Y/N, 1/0, T/F,
TRUE/FALSE, Yes/No), answers each name in its own cell: a "0", "F" or "N" rules out that
cell's feature and no other. Lines here are invented, not a blind batch's."""

import pytest

from tests.unit.mapping_support import ticked


@pytest.mark.parametrize(("line", "labels"), [
    ("Navigation    0    Bluetooth    1    Sunroof    0", {"Bluetooth"}),
    ("Remote start 0 / Fog lights 1 / Heated mirrors 0", {"Fog Lights"}),
    ("Tow package F;Bluetooth T;Navigation F", {"Bluetooth"}),
    ("Running boards    N    Bed liner    Y    Hitch    N", {"Bed Liner"}),
    ("Leather FALSE | Power liftgate TRUE", {"Power Liftgate"}),
    ("Navigation: No. Bluetooth: Yes. Cruise control: Yes", {"Bluetooth", "Cruise Control"}),
])
def test_a_row_of_answered_cells_rules_out_each_cell_answered_no(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Navigation: N/A / Bluetooth: Y / Sunroof: Y", {"Bluetooth", "Sunroof"}),
    ("Tesla Model Y with heated seats", {"Heated Front Seats"}),
    ("Alloys: Y / Fog lights: Y / Sunroof: N", {"Alloy Wheels", "Fog Lights"}),
])
def test_cells_keep_their_answers_and_prose_stays_prose(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("The previous listing said this Civic has navigation. It has Bluetooth.", {"Bluetooth"}),
    ("Our bot mentioned a sunroof; the car has fog lights.", {"Fog Lights"}),
    ("Earlier copy listed a tow package - this truck has a bed liner", {"Bed Liner"}),
    ("Remote start listed in error - cruise control is fitted", {"Cruise Control"}),
    ("The ad incorrectly listed heated seats; it has a backup camera.", {"Backup Camera"}),
    ("Please disregard the reference to a power liftgate; keyless entry is fitted.",
     {"Keyless Entry"}),
    ("The 'memory seats' in our ad was a mistake; power seats only.", {"Power Seats"}),
])
def test_a_clause_that_reports_an_earlier_claim_claims_nothing(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Previously owned by a teacher: heated seats, sunroof", {"Heated Front Seats", "Sunroof"}),
    ("The seller said it has remote start", {"Remote Start"}),
])
def test_a_report_without_an_earlier_text_stands(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Owner replaced the factory navigation with a phone mount; Bluetooth works",
     {"Bluetooth"}),
    ("Previous owner swapped the running boards for rock sliders, tow hitch", {"Trailer Hitch"}),
    ("We replaced its alloy wheels with steel wheels", set()),
])
def test_an_active_swap_rules_out_its_object(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Replaced the backup camera with a new OEM camera", {"Backup Camera"}),
    ("Replaced the wiper blades, heated seats", {"Heated Front Seats"}),
])
def test_a_like_for_like_swap_or_a_swap_without_its_new_part_keeps_the_feature(mapper, line,
                                                                                  labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Option 410 deleted (navigation); Bluetooth", {"Bluetooth"}),
    ("Code RB removed (running boards), tow hitch kept", {"Trailer Hitch"}),
])
def test_a_gloss_after_a_deletion_names_what_was_deleted(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Stock\tVIN\tYear\tNavigation\tSunroof\tBluetooth", set()),
    ("STK;MDL;TRIM;REMOTE_START;FOG_LIGHTS", set()),
    ("Make | Model | Price | Leather | Tow Pkg", set()),
])
def test_a_header_row_of_column_names_claims_nothing(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Model    Navigation    Y    Year    Sunroof    N", {"Navigation System"}),
    ("Navigation;Sunroof;Bluetooth;Fog lights", {"Navigation System", "Sunroof", "Bluetooth",
                                                 "Fog Lights"}),
])
def test_a_row_with_answers_or_without_record_fields_is_no_header(mapper, line, labels):
    assert ticked(mapper, line) == labels
