import pytest

from vautokit.errors import StickerParseError
from vautokit.sandbox._pdf import sticker_pdf
from vautokit.vehicles import parse_sticker_text, pdf_text

LINES = [("Standard Equipment", "Electric Power Steering"),
         ("Optional Equipment", "Power Sunroof $995"),
         ("Packages", "Cold Weather Package $1,295")]


def test_lines_under_headings_with_prices():
    text = "2020 Ford F-150 XL\nVIN 1M8GDM9AXKP042788\nSTANDARD EQUIPMENT\n" \
           "Electric Power Steering\n" \
           "Optional Equipment:\nPower  Sunroof $995\nPackages\nCold Weather Package $1,295\n"
    lines = parse_sticker_text(text)
    assert [(line.section, line.text, line.price) for line in lines] == [
        ("Standard Equipment", "Electric Power Steering", None),
        ("Optional Equipment", "Power Sunroof $995", 995.0),
        ("Packages", "Cold Weather Package $1,295", 1295.0)]
    assert lines[2].is_package


def test_pdf_sticker_round_trips_through_pypdf():
    text = pdf_text(sticker_pdf("2020 Ford F-150 XL", "1M8GDM9AXKP042788", LINES), "VIN")
    assert [line.text for line in parse_sticker_text(text)] == [t for _, t in LINES]


def test_garbled_pdf_is_a_clear_error():
    with pytest.raises(StickerParseError, match="PDF unreadable"):
        pdf_text(b"%PDF-1.4 this is not a pdf", "1M8GDM9AXKP042788")
