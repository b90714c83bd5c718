"""A hostile or careless user synonyms file is refused in one line naming the file, label and
phrase, before it can tick anything (issue 24, item 2 and the lower items)."""

import pytest

from vautokit.errors import ConfigError, SynonymsFileError
from vautokit.vehicles import (
    NO_OPTION,
    CheckboxMappingService,
    PhraseToReview,
    SynonymsFile,
    decide,
    review_phrases,
)


def refused(tmp_path, text, *, raw=None):
    mine = tmp_path / "dealer.toml"
    if raw is not None:
        mine.write_bytes(raw)
    else:
        mine.write_text(text)
    with pytest.raises(SynonymsFileError) as caught:
        CheckboxMappingService(mine)
    message = str(caught.value)
    assert "\n" not in message and str(mine) in message
    return message


@pytest.mark.parametrize(("labels", "phrase"), [
    ('"Sunroof" = [""]', "''"),
    ('"Sunroof" = ["-"]', "'-'"),
    ('"Sunroof" = ["-----"]', "'-----'"),
    ('"Sunroof" = ["  ,;: "]', "'  ,;: '"),
    ('"Sunroof" = ["re:"]', "'re:'"),
    ('"Sunroof" = ["re:   "]', "'re:   '"),
    ('"Sunroof" = ["re:.*"]', "'re:.*'"),
    ('"Sunroof" = ["re:\\\\w*"]', "'re:\\\\w*'"),
    ('"Sunroof" = ["re:[a-z]+"]', "'re:[a-z]+'"),
    ('"Sunroof" = ["re:(unclosed"]', "'re:(unclosed'"),
    ('"Sunroof" = ["re:sun(r+)+oof"]', "'re:sun(r+)+oof'"),
    ('"Sunroof" = ["re:moon(?:\\\\w*)*roof"]', "'re:moon(?:\\\\w*)*roof'"),
    ('"Sunroof" = ["with"]', "'with'"),
    ('"Sunroof" = ["re:heated|power|rear"]', "'re:heated|power|rear'"),
    ('"Sunroof" = ["re:[a-z]+ [a-z]+"]', "'re:[a-z]+ [a-z]+'"),
])
def test_a_phrase_that_names_nothing_or_everything_is_refused(tmp_path, labels, phrase):
    message = refused(tmp_path, f"[labels]\n{labels}\n")
    assert "label 'Sunroof'" in message and f"phrase {phrase}" in message


@pytest.mark.parametrize(("text", "words"), [
    ('[labels]\n"Sunroof" = "moonroof"\n', "must be a list"),
    ('[labels]\n"Sunroof" = [1, 2]\n', "text only"),
    ('never = "satellite radio"\n', "must be a list"),
    ('never = ["-"]\n', "at least one word"),
    ('labels = "everything"\n', "must be a table"),
    ('[packages]\n"-" = ["Sunroof"]\n', "at least one word"),
    ('[unless]\n"Sunroof" = "(bad"\n', "regular expression"),
    ('[other]\n', "[labels]"),
])
def test_wrong_types_and_shapes_are_refused(tmp_path, text, words):
    assert words in refused(tmp_path, text)


def test_bad_encoding_and_deep_nesting_are_refused_not_raised_raw(tmp_path):
    assert "UTF-8" in refused(tmp_path, "", raw='[labels]\n"Sunroof" = ["caf\xe9"]\n'.encode(
        "latin-1"))
    assert "nested too deeply" in refused(tmp_path, "x = " + "[" * 5000 + "]" * 5000 + "\n")


def test_a_refusal_is_one_of_our_config_errors(tmp_path):
    mine = tmp_path / "dealer.toml"
    mine.write_text('[labels]\n"Sunroof" = ["-"]\n')
    with pytest.raises(ConfigError):
        CheckboxMappingService(mine)


def test_a_sound_file_still_adds_phrases(tmp_path):
    mine = tmp_path / "dealer.toml"
    mine.write_text('[labels]\n"Roof Rack" = ["cargo basket", "re:roof ~1 basket"]\n')
    assert CheckboxMappingService(mine).map_line("Roof Cargo Basket").labels == ("Roof Rack",)


def test_the_environment_naming_a_missing_file_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("VAUTOKIT_SYNONYMS", str(tmp_path / "missing.toml"))
    with pytest.raises(SynonymsFileError, match="VAUTOKIT_SYNONYMS"):
        CheckboxMappingService()


@pytest.mark.parametrize("phrase", ["-----", "", " - ", "***"])
def test_the_review_never_writes_a_phrase_that_names_nothing(tmp_path, phrase):
    file = SynonymsFile.open(tmp_path / "synonyms.toml")
    with pytest.raises(SynonymsFileError, match="at least one word"):
        decide(file, phrase, "Sunroof")
    with pytest.raises(SynonymsFileError):
        decide(file, phrase, "(no option)")
    assert not file.path.exists()


def test_a_saved_file_is_checked_as_the_mapping_will_read_it(tmp_path):
    file = SynonymsFile.open(tmp_path / "synonyms.toml")
    file.labels["Sunroof"] = ["re:.*"]
    with pytest.raises(SynonymsFileError, match="every line"):
        file.save()
    assert not file.path.exists()


def test_the_terminal_review_refuses_a_bad_phrase_and_goes_on(tmp_path):
    file = SynonymsFile.open(tmp_path / "synonyms.toml")
    items = [PhraseToReview("-----", 3, "unmatched", (NO_OPTION,)),
             PhraseToReview("Cargo Basket", 1, "unmatched", (NO_OPTION,))]
    answers = iter(["l", "Roof Rack", "l", "Roof Rack"])
    shown = []
    saved = review_phrases(items, file, ["Roof Rack"], input=lambda _: next(answers),
                           output=shown.append)
    assert saved == 1 and any(line.startswith("  not saved: synonyms file") for line in shown)
    assert "-----" not in file.path.read_text()
    assert CheckboxMappingService(file.path).map_line("Cargo Basket").labels == ("Roof Rack",)
