"""Issue 19, round 16: scan damage read back before a line is mapped (vehicles/_ocr.py).
Stickers read from PDFs and scans carry mojibake, confused letters, words hyphenated over a
line and words glued where a line break was lost; each is read back only toward the
mapping's own words, and a real word is never rewritten. Lines here are invented, not a
blind batch's."""

from pathlib import Path

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles import Match
from vautokit.vehicles._ocr import repair_scan_damage

DATA = Path(__file__).parents[1] / "data" / "mapping"


@pytest.mark.parametrize(("line", "repaired"), [
    ("JBLâ„¢ Premium Audio", "JBL™ Premium Audio"),
    ("Burmesterâ„¢ Surround", "Burmester™ Surround"),
    ("Remote start to 72Â°F", "Remote start to 72°F"),
    ("HarmanÂ® Kardon", "Harman® Kardon"),
])
def test_utf8_read_as_windows_1252_is_decoded(line, repaired):
    assert repair_scan_damage(line) == repaired


@pytest.mark.parametrize("line", [
    "Sièges chauffants, caméra de recul", "Cámara de reversa, asientos de piel",
    "Québec: toit ouvrant", "Größe 18 Zoll, Rückfahrkamera",
])
def test_accented_text_is_no_mojibake(line):
    assert repair_scan_damage(line) == line


@pytest.mark.parametrize(("line", "labels"), [
    ("Burmesterâ„¢ Surround Sound", {"Premium Audio"}),
    ("Sound by BoseÂ®, heated seats", {"Premium Audio", "Heated Front Seats"}),
])
def test_mojibake_after_a_brand_no_longer_hides_it(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "repaired"), [
    ("Heated SteeriNg WheeI", "Heated SteeriNg Wheel"),
    ("Back-up carnera", "Back-up camera"),
    ("Fog Iamps", "Fog Lamps"),
    ("BIuetooth hands-free", "Bluetooth hands-free"),
    ("Sunr00f, power", "Sunroof, power"),
    ("lntegrated trailer brake", "integrated trailer brake"),
    ("POWER LlFTGATE", "POWER LIFTGATE"),
    ("Rernote start", "Remote start"),
    ("Auto-dirnming mirror", "Auto-dimming mirror"),
    ("heated steering whee1", "heated steering wheel"),
    ("Head-Up DispIay", "Head-Up Display"),
])
def test_confused_letters_read_back_into_the_one_vocabulary_word(line, repaired):
    assert repair_scan_damage(line) == repaired


@pytest.mark.parametrize(("line", "labels"), [
    ("Rear carnera w/ guidelines", {"Backup Camera"}),
    ("Heated Steering WheeI, Fog Iights", {"Heated Steering Wheel", "Fog Lights"}),
    ("Power Iiftgate, Srnart key", {"Power Liftgate", "Keyless Entry"}),
    ("Adaptive Cruise ControI", {"Adaptive Cruise Control"}),
    ("Sunr00f", {"Sunroof"}),
])
def test_lines_with_confused_letters_map(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", [
    "Restomod with modern fuel injection",  # not "modem"
    "Recall notice sent to owner",  # not "not ice"
    "Carpets and door panels cleaned",  # not "car pets", "pan els"
    "Tacoma SR5 4x4, 3.5in lift, V5C logbook",  # short codes are no words
    "ill have it ready, the lil one fits",
    "Dear customer, my dad drove it",  # "d" is not read as "cl"
    "BMW ConnectedDrive, Airmatic, MultiAir engine",  # names written as one word
    "COMAND navigation",
])
def test_real_words_and_names_are_never_rewritten(line):
    assert repair_scan_damage(line) == line


def test_no_line_of_the_corpus_is_rewritten():
    lines = [raw.split("|")[1].strip()
             for path in sorted(DATA.glob("corpus_*.txt"))
             for raw in path.read_text().splitlines()
             if raw.strip() and not raw.startswith("#")]
    assert len(lines) > 1000
    assert [line for line in lines if repair_scan_damage(line) != line] == []


@pytest.mark.parametrize(("line", "repaired"), [
    ("Apple CarPlay compatibi- lity", "Apple CarPlay compatibility"),
    ("Heated and venti-lated seats", "Heated and ventilated seats"),
    ("hands-free liftgate, left- and right-hand mirrors",
     "hands-free liftgate, left- and right-hand mirrors"),
])
def test_a_word_hyphenated_over_a_line_is_joined(line, repaired):
    assert repair_scan_damage(line) == repaired


def test_a_hyphenated_word_maps(mapper):
    assert ticked(mapper, "Power venti- lated front seats") == {"Ventilated Seats",
                                                                 "Power Seats"}


@pytest.mark.parametrize(("line", "repaired"), [
    ("HeatedRearSeats, sunroof", "Heated Rear Seats, sunroof"),
    ("HeatedFrontSeats, Blind-spotmonitor", "Heated Front Seats, Blind-spotmonitor"),
    ("Power MoonroofandHeated mirrors", "Power Moonroof and Heated mirrors"),
    ("Moonroofw/ sunshade", "Moonroof w/ sunshade"),
    ("Rain-sensingwindshield wipers", "Rain-sensing windshield wipers"),
    ("Harman KardonHead-Up Display", "Harman Kardon Head-Up Display"),
    ("Wireless AppleCarPlayAndroidAuto", "Wireless Apple Carplay Android Auto"),
])
def test_glued_words_are_split_into_vocabulary_words(line, repaired):
    assert repair_scan_damage(line) == repaired


@pytest.mark.parametrize("line", ["ParkAssist Front & Rear", "LANEKEEP ASSIST", "TonneauCover"])
def test_two_table_words_run_together_alone_are_left_to_the_shorthand(line):
    assert repair_scan_damage(line) == line


@pytest.mark.parametrize(("line", "labels"), [
    ("HeatedRearSeats", {"Heated Rear Seats"}),
    ("Power LiftgateandHeated mirrors", {"Power Liftgate", "Heated Mirrors"}),
    ("Harman KardonHead-Up Display", {"Premium Audio", "Head-Up Display"}),
    ("Rain-sensingwindshield wipers", {"Rain Sensing Wipers"}),
])
def test_lines_with_glued_words_map(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_the_reason_names_the_repair_and_the_phrase_matched(mapper):
    result = mapper.map_line("Heated Steering WheeI")
    assert isinstance(result, Match)
    assert "scan damage read as 'Heated Steering Wheel'" in result.reason
    assert "heated steering wheel" in result.reason.lower().split("scan damage")[1]


def test_a_line_without_damage_keeps_its_plain_reason(mapper):
    result = mapper.map_line("Heated Steering Wheel")
    assert "scan damage" not in result.reason


@pytest.mark.parametrize(("line", "labels"), [
    ("Sunroof deIeted (credit)", set()),
    ("Heated seats: not avai1able", set()),
    ("Power liftgate repIaced by manual liftgate", set()),
    ("Remote start disabIed", set()),
    ("Heated seats inoperabIe", set()),
    ("Navigation unavaiIable, Bose", {"Premium Audio"}),
])
def test_damaged_cue_words_still_rule_out(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_glued_words_read_their_neighbours_as_repaired(mapper):
    """The word before "KardonHead" is "Harman" once "PackageSunroofHarman" is split."""
    line = "Premium PackageSunroofHarman KardonHead-Up Display"
    assert repair_scan_damage(line) == "Premium Package Sunroof Harman Kardon Head-Up Display"
    assert ticked(mapper, line) == {"Sunroof", "Premium Audio", "Head-Up Display"}


@pytest.mark.parametrize(("line", "repaired"), [
    ("KEYLESS-G0 entry", "KEYLESS-GO entry"),
    ("a11-wheel drive", "all-wheel drive"),
    ("AII-Wheel Drive", "ALL-Wheel Drive"),
    ("Tacoma SR5, V5C logbook, 3.5in lift", "Tacoma SR5, V5C logbook, 3.5in lift"),
    ("the lil one, SD1 coupe", "the lil one, SD1 coupe"),
])
def test_a_short_token_is_read_back_only_beside_its_pair(line, repaired):
    assert repair_scan_damage(line) == repaired


def test_a_short_damaged_token_maps(mapper):
    assert ticked(mapper, "AII-Wheel Drive, heated seats") == {"All Wheel Drive",
                                                              "Heated Front Seats"}


@pytest.mark.parametrize(("line", "labels"), [
    ("TonneauCover, soft roll-up", {"Tonneau Cover"}),
    ("Dual-pane MoonroofPkg", {"Sunroof"}),
    ("power liftgate, HeadUp Display", {"Power Liftgate", "Head-Up Display"}),
])
def test_a_label_run_together_with_its_own_words_maps(mapper, line, labels):
    """The shorthand's compound of the label's own words (or a package's noun) is sure; a
    piece too short for its compounds ("Up") is the scan's to split."""
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "repaired"), [
    ("Navig ation System", "Navigation System"),
    ("Pano ramic roof, ADAP TIVE cruise", "Panoramic roof, ADAPTIVE cruise"),
    ("Sun roof, Blue tooth, Back up camera", "Sun roof, Blue tooth, Back up camera"),
])
def test_a_word_a_space_broke_is_joined_when_one_piece_is_no_word(line, repaired):
    assert repair_scan_damage(line) == repaired


def test_a_word_a_space_broke_maps(mapper):
    assert ticked(mapper, "ADAP TIVE cruise, Navig ation") == {"Adaptive Cruise Control",
                                                              "Navigation System"}
