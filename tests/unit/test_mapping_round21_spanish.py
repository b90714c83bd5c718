"""Round 21 of issue 19: Spanish as a bilingual dealer writes it (Mexican, Caribbean, Central
American, Spain and US usage), read by a lexicon of word forms and a few rules of grammar."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles._language import read_as_english

# --- the lexicon: every form of a word, regional synonyms -------------------------------

@pytest.mark.parametrize("line", [
    "Butacas calefactables",
    "Asientos calentones",
    "Asientos calentitos en buen estado",
    "Sillas calientes",
    "Asientos térmicos de fábrica",
])
def test_every_form_of_heated_is_heated(mapper, line):
    assert ticked(mapper, line) == {"Heated Front Seats"}


@pytest.mark.parametrize("line, label", [
    ("Timón calefactable", "Heated Steering Wheel"),
    ("Guía calentita en las mañanas", "Heated Steering Wheel"),
    ("Parlantes Bose", "Premium Audio"),
    ("Ventana en el techo", "Sunroof"),
    ("Aros de magnesio", "Alloy Wheels"),
    ("Neblineros de fábrica", "Fog Lights"),
    ("Sensores de parqueo", "Parking Sensors"),
    ("Pantalla proyectada en el parabrisas", "Head-Up Display"),
    ("Asientos traseros abatibles 60/40", "Split Folding Rear Seat"),
    ("Motor híbrido", "Hybrid Powertrain"),
])
def test_regional_words_name_their_feature(mapper, line, label):
    assert label in ticked(mapper, line)


@pytest.mark.parametrize("line, labels", [
    ("Asientos con calefacción atrás", {"Heated Rear Seats"}),
    ("Aire para los de atrás, tercera fila", {"Rear Air Conditioning", "Air Conditioning",
                                               "Third Row Seats"}),
    ("Butacas calientes atrás y adelante", {"Heated Front Seats", "Heated Rear Seats"}),
])
def test_where_said_after_the_feature_is_read(mapper, line, labels):
    assert ticked(mapper, line) == labels


# --- cues of negation, removal, replacement, preparation, fault ---------------------------

@pytest.mark.parametrize("line", [
    "El quemacocos no abre",
    "El arranque remoto dejó de funcionar",
    "La cámara de reversa ya no prende",
    "Quemacocos atorado desde el invierno",
    "Se le quitó el enganche",
    "Le quitamos los estribos",
    "Los neblineros se cambiaron por barras LED",
    "Preparada para enganche de remolque",
    "Lista para radio satelital",
    "Requiere suscripción para la navegación",
    "Crédito por eliminar el quemacocos",
    "Ya no tiene los asientos ventilados",
])
def test_spanish_cues_rule_out_what_they_name(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_warning_light_on_is_a_fault_of_what_it_names(mapper):
    assert ticked(mapper, "Testigo del control de tracción encendido") == set()


def test_ni_opening_a_clause_rules_out_both(mapper):
    assert ticked(mapper, "Ni quemacocos ni navegación, trae cámara de reversa") == {
        "Backup Camera"}


def test_what_we_replaced_is_gone(mapper):
    assert ticked(mapper, "Le cambiamos los faros LED por faros de halógeno") == set()


# --- traps: down payment, trade-in, leather on a wheel, seats with air ----------------------

@pytest.mark.parametrize("line", [
    "Se va con $2,000 de enganche",
    "Enganche desde $1,500 y te la llevas",
    "Llévatela con poco enganche",
])
def test_a_down_payment_is_no_hitch(mapper, line):
    assert "Trailer Hitch" not in ticked(mapper, line)


def test_a_hitch_is_still_a_hitch(mapper):
    assert ticked(mapper, "Enganche de remolque de fábrica") == {"Trailer Hitch"}


@pytest.mark.parametrize("line", [
    "Acepto cambio por camioneta 4x4 de igual valor",
    "Vendo o cambio por carro con quemacocos",
])
def test_a_trade_in_is_another_car(mapper, line):
    assert ticked(mapper, line) == set()


def test_leather_on_a_wheel_is_no_leather_seat(mapper):
    assert ticked(mapper, "Volante forrado de cuero, 3 filas") == {"Third Row Seats"}
    assert ticked(mapper, "Volante de cuero con calefacción") == {"Heated Steering Wheel"}


def test_seats_wrapped_in_leather_are_leather_seats(mapper):
    assert "Leather Seats" in ticked(mapper, "Butacas forradas en cuero")


def test_seats_with_air_are_ventilated(mapper):
    assert ticked(mapper, "Butacas con aire y calefacción") == {
        "Ventilated Seats", "Heated Front Seats"}


def test_heat_in_the_seats_said_the_other_way_round(mapper):
    assert ticked(mapper, "Calefacción en el volante") == {"Heated Steering Wheel"}


def test_the_wheels_audio_buttons(mapper):
    assert ticked(mapper, "Timón con los mandos de la radio") == {
        "Steering Wheel Audio Controls"}


def test_fuel_offered_either_way_names_neither(mapper):
    assert ticked(mapper, "Tenemos la troca que busca, diésel o gasolina") == set()


def test_a_bed_with_its_liner(mapper):
    assert ticked(mapper, "Batea con protector de fábrica") == {"Bed Liner"}


# --- grammar of the reading -------------------------------------------------------------

def test_articles_between_a_noun_and_its_owner_are_skipped(mapper):
    assert ticked(mapper, "Tapa de la caja") == {"Tonneau Cover"}


def test_a_modifier_after_another_with_its_own_connector(mapper):
    assert read_as_english("Volante de cuero con calefacción") == "heated wrapped steering wheel"


def test_what_the_second_noun_is_of_is_its_own():
    assert read_as_english("Ventana en el techo y aros de magnesio") == (
        "sunroof and alloy wheels")


def test_a_phrase_does_not_share_the_next_nouns_modifiers():
    assert read_as_english("Tercera fila y asientos calefactables") == (
        "third row and heated seats")


@pytest.mark.parametrize("line, english", [
    ("Model Y con asientos calefactables", "Model Y with heated seats"),
    ("Sonido B&O y asientos ventilados", "sound B&O and ventilated seats"),
])
def test_a_lone_capital_letter_is_a_name_not_a_conjunction(line, english):
    assert read_as_english(line) == english


def test_an_english_misspelling_shared_with_spanish_is_still_read(mapper):
    assert ticked(mapper, "forward colision alert and satelite radio") == {
        "Forward Collision Warning", "SiriusXM Satellite Radio"}
    assert ticked(mapper, "Alerta de colisión frontal") == {"Forward Collision Warning"}


@pytest.mark.parametrize("line", [
    "Bonnet protector and mud flaps",
    "Side skirts, lateral trim",
])
def test_english_words_the_lexicon_shares_do_not_mark_spanish(line):
    assert read_as_english(line) == line


def test_mixed_lines_keep_their_english(mapper):
    assert ticked(mapper, "La troca trae heated seats, remote start y tow package") == {
        "Heated Front Seats", "Remote Start", "Tow Package"}


# --- second pass: rows and people, hands-free liftgates, prices, more cues ----------------

@pytest.mark.parametrize("line, labels", [
    ("Asientos de la segunda fila con calefacción", {"Heated Rear Seats"}),
    ("Capacidad para 7 personas", {"Third Row Seats"}),
    ("Control de estabilidad y tracción", {"Stability Control", "Traction Control"}),
    ("Arranque a control remoto", {"Remote Start"}),
    ("Pedales eléctricos ajustables", {"Adjustable Pedals"}),
])
def test_more_ways_of_naming_a_feature(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_hands_free_liftgate_is_no_hands_free_phone(mapper):
    assert ticked(mapper, "Compuerta trasera eléctrica manos libres") == {"Power Liftgate"}


@pytest.mark.parametrize("line", [
    "Enganche bajo y pagos cómodos",
    "Pagos semanales y poquito enganche",
])
def test_a_down_payment_beside_the_payments_is_no_hitch(mapper, line):
    assert "Trailer Hitch" not in ticked(mapper, line)


def test_a_hitch_beside_the_payments_is_still_a_hitch(mapper):
    assert ticked(mapper, "Enganche de remolque y pagos bajos") == {"Trailer Hitch"}


@pytest.mark.parametrize("line", [
    "Quemacocos disponible con costo adicional",
    "Eliminamos el paquete de arrastre",
    "El sensor de reversa está dañado",
    "El aire ya no enfría",
    "La cámara no viene",
])
def test_more_spanish_cues(mapper, line):
    assert ticked(mapper, line) == set()


def test_an_english_pedal_is_no_spanish():
    assert read_as_english("One-Pedal Driving mode") == "One-Pedal Driving mode"


# --- Spanglish: two small Spanish words mark a line --------------------------------------

@pytest.mark.parametrize("line, labels", [
    ("Sin sunroof, pero trae leather seats", {"Leather Seats"}),
    ("Tiene leather, navigation y el third row", {"Leather Seats", "Navigation System",
                                                    "Third Row Seats"}),
])
def test_two_small_spanish_words_mark_a_spanglish_line(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", [
    "El Camino SS with Los Angeles plates",
    "Model Y with con artist stories",
])
def test_one_small_word_or_a_name_marks_nothing(line):
    assert read_as_english(line) == line


@pytest.mark.parametrize("line, labels", [
    ("Chapas eléctricas y alzavidrios", {"Power Locks", "Power Windows"}),
    ("Focos de niebla", {"Fog Lights"}),
    ("Llave de proximidad", {"Keyless Entry"}),
    ("Rines de 20 de aluminio", {"Alloy Wheels"}),
])
def test_regional_words_of_the_third_pass(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", ["El blind spot da error", "La cámara de reversa tronó"])
def test_an_error_or_a_break_said_the_mexican_way(mapper, line):
    assert ticked(mapper, line) == set()


# --- third pass: all but, a fault after "pero", what it had, what a buyer seeks ------------

@pytest.mark.parametrize("line", [
    "Trae de todo menos quemacocos",
    "Tiene todo salvo navegación",
    "Quemacocos, pero no funciona",
    "Cámara de reversa, pero está descompuesta",
    "Antes tenía enganche",
    "Busco troca con enganche y 4x4",
])
def test_spanish_that_claims_nothing_for_this_car(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_fault_after_pero_before_another_feature_stays_its_own(mapper):
    assert "Leather Seats" in ticked(mapper, "Piel y quemacocos, pero ya no abre el quemacocos")


def test_no_accidents_rules_nothing_out(mapper):
    assert ticked(mapper, "No tiene accidentes, trae cámara de reversa") == {"Backup Camera"}
