"""The review form as a person sees it: in step with the decisions made in code and those
already saved, the count of phrases to review counting only the undecided ones."""

from vautokit.notebook import ReviewForm
from vautokit.vehicles import NO_OPTION, SKIP, PhraseToReview, SynonymsFile

LABELS = ["All Wheel Drive", "Navigation System", "Roof Rack"]


def _item(phrase: str, *suggestions: str) -> PhraseToReview:
    return PhraseToReview(phrase=phrase, seen=2, kind="unmatched",
                          suggestions=tuple(suggestions), reason="no phrase of the table")


def _shown(form: ReviewForm) -> dict[str, str]:
    return {row.children[0].value.split("<br>")[0]: row.children[1].value
            for row in form.widget.children[:-1]}


def test_choices_made_in_code_show_in_the_form_and_saved_ones_stay_decided(tmp_path):
    path = tmp_path / "synonyms.toml"
    items = [_item("Cargo Net"), _item("Navi System Pkg", "Navigation System"),
             _item("Exhaust Tip")]
    form = ReviewForm(items, SynonymsFile.open(path), LABELS)
    status = form.widget.children[-1].children[1]
    assert _shown(form) == dict.fromkeys(["Cargo Net", "Navi System Pkg", "Exhaust Tip"], SKIP)
    assert status.value.startswith("3 phrase(s) to review")
    for item in items[:2]:
        form.choose(item.phrase, form.suggested(item))
    assert _shown(form)["Cargo Net"] == NO_OPTION  # no evidence: "no option" is offered first
    assert _shown(form)["Navi System Pkg"] == "Navigation System"
    assert form.save() == 2
    assert status.value.startswith("1 phrase(s) to review · 2 decided and saved")

    again = ReviewForm(items, SynonymsFile.open(path), LABELS)  # a later cell, the same file
    assert _shown(again) == {"Cargo Net": NO_OPTION, "Navi System Pkg": "Navigation System",
                             "Exhaust Tip": SKIP}
    assert again.undecided == 1


def test_a_phrase_without_evidence_offers_no_option_first_and_shows_its_reason(tmp_path):
    form = ReviewForm([_item("Floor Liners")], SynonymsFile.open(tmp_path / "s.toml"), LABELS)
    (item,) = form.items
    assert form.options(item)[:2] == [SKIP, NO_OPTION]
    assert form.suggested(item) == NO_OPTION
    row = form.widget.children[0]
    assert row.children[2].description == f"accept {NO_OPTION}"
    assert item.reason and item.reason in row.children[0].value
