"""Issue 19, round 11: wording that is not the table's English (Spanish and French on North
American lots, phone dictation, a classified ad's hype) read as that English; period and
makers' names as data; wrong ticks on options declined or skipped. Lines here are invented,
not a blind batch's."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles import CheckboxMappingService, Match
from vautokit.vehicles._language import read_as_english


@pytest.mark.parametrize(("line", "labels"), [
    ("Asientos de cuero con calefacción, techo solar, cámara de reversa",
     {"Leather Seats", "Heated Front Seats", "Sunroof", "Backup Camera"}),
    ("Espejos eléctricos, control crucero, luces de niebla",
     {"Cruise Control", "Fog Lights"}),
    ("Sièges chauffants en cuir, toit ouvrant, caméra de recul",
     {"Heated Front Seats", "Leather Seats", "Sunroof", "Backup Camera"}),
    ("Volant chauffant, démarreur à distance, glaces électriques",
     {"Heated Steering Wheel", "Remote Start", "Power Windows"}),
])
def test_spanish_and_french_equipment_words_are_read_as_english(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_noun_and_its_modifiers_are_turned_round():
    assert read_as_english("sièges arrière chauffants") == "heated rear seats"
    assert read_as_english("asientos calefactados y ventilados") == (
        "heated and ventilated seats")


@pytest.mark.parametrize(("line", "labels"), [
    ("Pathfinder sin techo solar, con cámara de reversa", {"Backup Camera"}),
    ("Toit ouvrant supprimé, sièges chauffants", {"Heated Front Seats"}),
    ("Navegación no incluida, volante con calefacción", {"Heated Steering Wheel"}),
    ("Version de base: non équipé de caméra de recul", set()),
])
def test_a_foreign_negation_rules_out_as_its_english_cue_does(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_foreign_name_holding_a_cue_word_is_read_whole(mapper):
    # "sans" alone is "without", but "sans clé" is keyless and "sans fil" wireless
    assert ticked(mapper, "Entrée sans clé, chargeur sans fil") == {
        "Keyless Entry", "Wireless Charging"}


@pytest.mark.parametrize("line", [
    "Traction control, seat ventilation",
    "Dual motor AWD, premium sound system",
    "Audi A4 Avant, heated seats",
])
def test_an_english_line_is_not_read_as_another_language(line):
    # "traction", "ventilation", "motor", "avant" are words of English stickers too
    assert read_as_english(line) == line


def test_the_reason_says_what_the_line_was_read_as(mapper):
    result = mapper.map_line("Asientos de piel")
    assert isinstance(result, Match)
    assert result.reason.startswith("read as 'leather seats'")
    assert result.line == "Asientos de piel"


@pytest.mark.parametrize(("line", "labels"), [
    ("Silverado four by four with the bed liner", {"Four Wheel Drive", "Bed Liner"}),
    ("it has the blue tooth and the remote star", {"Bluetooth", "Remote Start"}),
    ("pilot touring all will drive", {"All Wheel Drive"}),
])
def test_dictated_forms_are_read_as_written(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_dictated_self_correction_takes_back_what_came_before(mapper):
    line = "the sunroof was um deleted wait no the sunroof is there sorry the nav was removed"
    assert ticked(mapper, line) == {"Sunroof"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Clean title heated seats sunroof wont last", {"Heated Front Seats", "Sunroof"}),
    ("no accidents leather navigation bad credit ok", {"Leather Seats", "Navigation System"}),
])
def test_an_ads_hype_rules_nothing_out(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", [
    "Buyer declined heated seats ($300)",
    "Navigation option was skipped at order",
    "Customer passed on the sunroof",
    "Burmester sound was an option for this model",
    "Dealer-fitted tow bar, since removed",
    "Glass roof sealed shut after a leak",
])
def test_an_option_declined_skipped_offered_or_closed_is_not_ticked(mapper, line):
    assert ticked(mapper, line) == set()


@pytest.mark.parametrize(("line", "labels"), [
    ("Sure-Grip rear axle", {"Limited Slip Differential"}),
    ("posi rear end", {"Limited Slip Differential"}),
    ("Estate with rear-facing third seat", {"Third Row Seats"}),
    ("Defender 110 300Tdi", {"Diesel Engine"}),
    ("Connolly hide throughout", {"Leather Seats"}),
    ("Central door locking", {"Power Locks"}),
    ("Nakamichi premium cassette", {"Premium Audio"}),
    ("Monsoon stereo", {"Premium Audio"}),
    ("Vintage Air under dash", {"Air Conditioning"}),
    ("BBS wheels, 15 inch", {"Alloy Wheels"}),
    ("Viscous-coupled four-wheel drive", {"All Wheel Drive", "Four Wheel Drive"}),
    ("ATTESA E-TS", {"All Wheel Drive"}),
])
def test_period_names_are_read_as_their_features(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("heated seats moonroof third row", {"Heated Front Seats", "Sunroof", "Third Row Seats"}),
    ("rear view camera and heated seats", {"Backup Camera", "Heated Front Seats"}),
    ("Rear seats heated", {"Heated Rear Seats"}),
    ("2nd row seats: heated", {"Heated Rear Seats"}),
])
def test_a_row_cancels_front_heat_only_when_said_with_the_heat(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_heated_seats_all_around_are_every_row(mapper):
    assert ticked(mapper, "heated seats all around") == {"Heated Front Seats",
                                                         "Heated Rear Seats"}


@pytest.mark.parametrize(("line", "labels"), [
    ("power steering, cruise, air", {"Power Steering", "Cruise Control", "Air Conditioning"}),
    ("fitted with a backup camera and cruise", {"Backup Camera", "Cruise Control"}),
    ("onstar, xm, fog lamps", {"SiriusXM Satellite Radio", "Fog Lights"}),
    ("ice cold AC", {"Air Conditioning"}),
    ("no adaptive cruise, standard cruise only", {"Cruise Control"}),
])
def test_a_classic_or_ads_list_item_alone(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_power_window_in_a_tailgate_is_no_power_tailgate(mapper):
    assert ticked(mapper, "rear power window in tailgate") == set()


@pytest.mark.parametrize(("line", "labels"), [
    ("Suburban with optional third row seat and rear air",
     {"Third Row Seats", "Rear Air Conditioning", "Air Conditioning"}),
    ("Heated front seats (optional extra)", {"Heated Front Seats"}),
])
def test_an_option_the_car_was_given_is_no_doubt(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_optional_alone_still_doubts(mapper):
    assert ticked(mapper, "Optional sunroof") == set()


def test_electrically_adjusted_seats_are_power_seats(mapper):
    assert ticked(mapper, "Electrically adjusted front seats") == {"Power Seats"}


def test_a_build_sheets_option_code_leaves_its_item_alone(mapper):
    line = "RPO codes: C60 air conditioning, K34 cruise, N33 tilt wheel"
    assert ticked(mapper, line) == {"Air Conditioning", "Cruise Control"}


def test_a_part_naming_its_own_feature_is_not_read_by_its_first_word(mapper):
    # not "power trunk": the power windows are an item of their own
    assert ticked(mapper, "Targa roof stored in the trunk, power windows") == {"Power Windows"}


def test_modifiers_joined_by_and_stay_together_when_turned_round(mapper):
    line = "Asientos calefactados delanteros y traseros"
    assert read_as_english(line) == "front and rear heated seats"
    assert ticked(mapper, line) == {"Heated Front Seats", "Heated Rear Seats"}


def test_a_self_correction_takes_back_only_the_item_said_last(mapper):
    line = "it has the third row the sun roof I mean the moon roof"
    assert ticked(mapper, line) == {"Third Row Seats", "Sunroof"}


@pytest.mark.parametrize(("line", "labels"), [
    ("1979 Trans Am, factory air, posi", {"Air Conditioning", "Limited Slip Differential"}),
    ("Wagon with dual facing rear seats", {"Third Row Seats"}),
])
def test_a_classics_period_wording(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "english"), [
    ("barras de techo", "roof bars"),
    ("rieles de techo", "roof rails"),
])
def test_a_noun_of_a_noun_is_turned_round(line, english):
    assert read_as_english(line) == english


@pytest.mark.parametrize(("line", "labels"), [
    ("Siège conducteur électrique, verrouillage central", {"Power Seats", "Power Locks"}),
    ("Asiento del conductor con memoria, sensor de reversa",
     {"Memory Seats", "Power Seats", "Parking Sensors"}),
])
def test_a_drivers_seat_and_central_locking_in_spanish_and_french(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", ["DEL 3RD ROW", "LD SUNRF DEL"])
def test_a_dealers_del_is_no_french_led(mapper, line):
    # "DEL" is French for LED, but alone it marks no line as French: it is still deleted
    assert ticked(mapper, line) == set()


def test_del_on_a_french_line_is_led():
    assert read_as_english("phares avant DEL, toit ouvrant") == "led front headlights, sunroof"


@pytest.mark.parametrize(("line", "labels"), [
    ("Malibu, la cámara de reversa no sirve, asientos de piel", {"Leather Seats"}),
    ("Sièges en tissu à la place du cuir, attelage", {"Trailer Hitch"}),
    ("Toit panoramique hors service, caméra 360", {"360 Camera"}),
])
def test_a_foreign_cue_of_failure_or_replacement(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_row_of_seats_stays_a_row(mapper):
    assert ticked(mapper, "MDX, 3 rangées de sièges, démarreur à distance") == {
        "Third Row Seats", "Remote Start"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Corolla XEi, bancos de couro, teto solar, câmera de ré, sem navegação",
     {"Leather Seats", "Sunroof", "Backup Camera"}),
    ("Golf GTI mit Sitzheizung, Schiebedach, Rückfahrkamera, ohne Navi",
     {"Heated Front Seats", "Sunroof", "Backup Camera"}),
])
def test_portuguese_and_german_papers_are_read_as_english(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_german_word_that_is_english_marks_no_line(mapper):
    assert read_as_english("Optional sunroof") == "Optional sunroof"


def test_a_decision_on_a_foreign_line_maps_it_next_time(tmp_path):
    # the user's phrase is read into English as its line is, so the two still meet
    path = tmp_path / "synonyms.toml"
    path.write_text('[labels]\n"Alloy Wheels" = ["Rines cromados de 20"]\n', encoding="utf-8")
    mapper = CheckboxMappingService(path)
    assert ticked(mapper, "Rines cromados de 20") == {"Alloy Wheels"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Civic 2015 sin accidentes piel quemacocos", {"Leather Seats", "Sunroof"}),
    ("RAV4 sans accident cuir toit ouvrant", {"Leather Seats", "Sunroof"}),
    ("No reserve leather sunroof navigation",
     {"Leather Seats", "Sunroof", "Navigation System"}),
])
def test_hype_in_any_language_rules_nothing_out(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("silverado with the toe package and parking censors", {"Tow Package", "Parking Sensors"}),
    ("f250 for wheel drive heated stirring wheel", {"Four Wheel Drive", "Heated Steering Wheel"}),
])
def test_a_dictations_homophones_are_read_as_meant(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_brochures_available_feature_is_not_claimed(mapper):
    assert ticked(mapper, "Stay in touch with an available Wi-Fi hotspot") == set()


def test_a_12_volt_plug_in_accessory_is_no_hybrid(mapper):
    assert ticked(mapper, "12V plug-in cooler box") == set()


def test_an_ads_ac_blowing_cold_is_air_conditioning(mapper):
    assert ticked(mapper, "Clean truck, AC blows ice cold") == {"Air Conditioning"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Asientos ventilados no disponibles, asientos de cuero sí", {"Leather Seats"}),
    ("Sièges ventilés non disponibles, cuir", {"Leather Seats"}),
])
def test_a_plural_foreign_negation_rules_out(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("1969 GTO, Safe-T-Track rear, factory AC", {"Limited Slip Differential",
                                                 "Air Conditioning"}),
])
def test_a_sixties_sticker(mapper, line, labels):
    assert ticked(mapper, line) == labels
