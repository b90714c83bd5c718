"""Round 19 of issue 19, the negation side: parts still owed, broken, discarded or replaced
are not claimed, while the rest of the same line still ticks."""

import pytest

from vautokit.vehicles import CheckboxMappingService, Match


@pytest.fixture(scope="module")
def mapper() -> CheckboxMappingService:
    return CheckboxMappingService.built_in()


def ticked(mapper: CheckboxMappingService, line: str) -> set[str]:
    result = mapper.map_line(line)
    return set(result.labels) if isinstance(result, Match) else set()


# --- parts still owed to the buyer ---------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Due bill: tonneau cover - fit at next service; keyless entry works",
    "Owes buyer a tonneau cover; keyless entry works",
    "Tonneau cover awaiting parts; keyless entry works",
    "Tonneau cover not in stock; keyless entry works",
])
def test_an_owed_part_is_not_ticked_beside_what_the_car_has(mapper, line):
    assert ticked(mapper, line) == {"Keyless Entry"}


def test_a_sentence_owing_only_accessories_doubts_nothing_else(mapper):
    line = "We owe the buyer: floor mats, a spare key. Car has a power liftgate, checked"
    assert ticked(mapper, line) == {"Power Liftgate"}


def test_a_sentence_ends_after_an_aside_or_a_figure(mapper):
    assert ticked(mapper, "Tonneau cover owed (ETA 3 days). Car has heated seats") == {
        "Heated Front Seats"}
    assert ticked(mapper, "Tonneau cover owed, fit on 11/4. Car has heated seats") == {
        "Heated Front Seats"}


def test_an_owing_heading_rules_out_its_list_and_ends_with_its_sentence(mapper):
    line = "Pending: tonneau cover (fit when in). Fog lamps checked at delivery"
    assert ticked(mapper, line) == {"Fog Lights"}


def test_a_car_on_order_is_still_described(mapper):
    assert ticked(mapper, "Car on order: sunroof, fog lamps") == {"Sunroof", "Fog Lights"}
