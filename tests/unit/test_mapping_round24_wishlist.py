"""Round 24: a shopper's search, saved list or suggestion claims nothing about this car."""

from vautokit.vehicles._scope import asked_parts


def _said(text: str) -> str:
    return " ".join(p.text for p in asked_parts(text) if not p.asked)


def test_saved_list_is_wanted_not_fitted() -> None:
    assert "sunroof" not in _said("My saved filters: sunroof, tow hitch, leather")


def test_words_before_the_search_in_its_clause_are_wanted() -> None:
    assert "heated" not in _said("Hint: put heated mirrors in your search for more results")


def test_a_search_result_is_what_the_car_has() -> None:
    assert "sunroof" in _said("Matches your alert: 2018 Accord EX with sunroof")
