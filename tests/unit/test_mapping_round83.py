"""Round 83 (after xxxxxxxxx's first sight, recall 0.503 on immigrant communities' mixed
listings): the Italian, Polish, Vietnamese and Tagalog of such ads and a fuller Portuguese,
each written from the languages' own car words without reading the batch; a line read in the
one language most of its words mark; letters with a stroke folded.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks
from vautokit.vehicles._language import fold_accents, read_as_english


# language.toml [italian], [polish], [vietnamese], [tagalog], [portuguese]: a listing's
# features and what it says the car lacks
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Fiat", "Vendo 500X 2018, sedili riscaldati, cerchi in lega, senza tetto apribile",
     {"Heated Front Seats", "Alloy Wheels"}, {"Sunroof"}),
    ("Alfa Romeo", "Stelvio Q4, trazione integrale, navigatore, telecamera posteriore",
     {"All Wheel Drive", "Navigation System", "Backup Camera"}, set()),
    ("Skoda", "Sprzedam Octavie 2016, podgrzewane fotele, czujniki parkowania, hak",
     {"Heated Front Seats", "Parking Sensors", "Trailer Hitch"}, set()),
    ("Ford", "Focus kombi, klimatyzacja, bez szyberdachu", {"Air Conditioning"}, {"Sunroof"}),
    ("Toyota", "Bán xe Camry 2016, ghế da, cửa sổ trời, camera lùi",
     {"Leather Seats", "Sunroof", "Backup Camera"}, set()),
    ("Honda", "Honda CR-V 2015, may backup cam, walang sunroof, malamig ang aircon",
     {"Backup Camera", "Air Conditioning"}, {"Sunroof"}),
    ("Volkswagen", "Vendo Tiguan 2017, bancos de couro aquecidos, teto solar, engate",
     {"Leather Seats", "Heated Front Seats", "Sunroof", "Trailer Hitch"}, set()),
    ("Peugeot", "Vendo 3008, estofos em pele, câmara de marcha-atrás, sem tecto de abrir",
     {"Leather Seats", "Backup Camera"}, {"Sunroof"}),
])
def test_a_listing_in_another_language(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _language.read_as_english: a line marked by two languages is read in the one most of its
# words mark ("volante" and "memoria" are Spanish words too), not in both
def test_a_line_is_read_in_the_language_that_marks_it_most(mapper):
    line = "Vendo Giulietta, volante riscaldato, sedili in pelle con memoria, cerchi in lega"
    check_ticks(mapper, line, {"Heated Steering Wheel", "Leather Seats", "Memory Seats",
                               "Alloy Wheels"}, set(), car="Alfa Romeo")
    assert "sin" not in read_as_english(line)
    # ... Spanish would take "con" and "bien" of "cảm biến ... còn" for its own small words
    check_ticks(mapper, "Bán Mazda CX-5 2017, cảm biến lùi còn tốt, ghế da",
                {"Parking Sensors", "Leather Seats"}, set(), car="Mazda")


def test_an_english_line_is_read_as_it_came():
    line = "2019 Tacoma TRD, heated seats, tow hitch, no sunroof, may need tires"
    assert read_as_english(line) == line


# _language.fold_accents: letters with a stroke, which Unicode does not decompose
def test_letters_with_a_stroke_are_folded():
    assert fold_accents("ładowarka, đèn pha") == "ladowarka, den pha"
