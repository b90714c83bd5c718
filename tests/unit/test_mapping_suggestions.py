"""Review suggestions come only from evidence (issue 23, item 2): accepting every first
suggestion on the lines a sandbox inventory could not settle never ticks a box its ground
truth lacks."""

from vautokit.processing import VehicleRecord
from vautokit.sandbox._generator import generate_inventory
from vautokit.vehicles import (
    NO_OPTION,
    CheckboxMappingService,
    Match,
    Review,
    StickerLine,
    SynonymsFile,
    Unmatched,
    VehicleLink,
    collect_phrases,
    decide,
)
from vautokit.vehicles._review import suggestions_for


def records_of(vehicles, mapper):
    records = []
    for number, vehicle in enumerate(vehicles):
        link = VehicleLink(str(vehicle.id), vehicle.vin, vehicle.stock, vehicle.make, 0, "", "")
        record = VehicleRecord.from_link(number, link)
        mapped = mapper.map_lines([StickerLine(sec, text) for sec, text in vehicle.sticker])
        record.unmatched = [u.line for u in mapped.unmatched]
        record.review = [r.line for r in mapped.review]
        records.append(record)
    return records


def test_accepting_every_first_suggestion_never_ticks_a_box_the_truth_lacks(tmp_path):
    vehicles = [v for v in generate_inventory(60, seed=23) if v.sticker]
    built_in = CheckboxMappingService.built_in()
    items = collect_phrases(records_of(vehicles, built_in), built_in)
    assert len(items) >= 10
    file = SynonymsFile.open(tmp_path / "synonyms.toml")
    for item in items:
        decide(file, item.phrase, item.suggestions[0])
    file.save()
    taught = CheckboxMappingService(file.path)
    for vehicle in vehicles:
        mapped = taught.map_lines([StickerLine(sec, text) for sec, text in vehicle.sticker])
        assert mapped.wanted <= set(vehicle.truth), vehicle.sticker


def test_no_option_comes_first_when_there_is_no_evidence():
    assert suggestions_for(Unmatched("Cargo Net", (("Tow Package", 85.5),))) == (NO_OPTION,)
    assert suggestions_for(Review("Premium Pkg", (), "package", 0.0)) == (NO_OPTION,)
    guessed = Review("Premium Package", ("Sunroof",), "package", 95.0)
    assert suggestions_for(guessed) == (NO_OPTION, "Sunroof")
    read = Review("HTD STS", ("Heated Front Seats",), "shorthand", 75.0)
    assert suggestions_for(read) == ("Heated Front Seats", NO_OPTION)


def test_a_separator_line_is_not_put_up_for_review():
    link = VehicleLink("1", "V", "S", "Ford", 0, "", "")
    record = VehicleRecord.from_link(0, link)
    record.unmatched = ["-----", "***", "Cargo Net"]
    items = collect_phrases([record], CheckboxMappingService.built_in())
    assert [i.phrase for i in items] == ["Cargo Net"]
    assert isinstance(CheckboxMappingService.built_in().map_line("Heated Seats"), Match)
