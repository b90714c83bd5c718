"""The mapping scored on real window-sticker wording it was not written from."""

from pathlib import Path

import pytest

from vautokit.errors import ConfigError
from vautokit.sandbox._catalog import HELD_OUT_WORDINGS, WORDINGS
from vautokit.vehicles import (
    load_corpus,
    parse_corpus,
    plain_form,
    score_mapping,
)

CORPUS = sorted((Path(__file__).parents[1] / "data" / "mapping").glob("corpus_*.txt"))


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(CORPUS)


def test_the_corpus_is_big_varied_and_uses_only_known_labels(corpus, mapper):
    assert len(corpus) >= 600
    assert len({line.make for line in corpus}) >= 20
    distractors = [line for line in corpus if not line.required]
    assert len(distractors) >= 100
    assert sum("package" in line.text.lower() for line in corpus) >= 30
    known = set(mapper.labels)
    assert {lb for line in corpus for lb in line.required | line.acceptable} <= known


def test_mapping_scores_high_on_the_whole_corpus(corpus, mapper):
    score = score_mapping(mapper, corpus)
    print(score)
    assert score.precision >= 0.99 and score.recall >= 0.97, score.wrong


def test_mapping_scores_high_on_the_held_out_quarter(corpus, mapper):
    held_out = [line for line in corpus if line.held_out]
    assert len(held_out) >= 150
    score = score_mapping(mapper, held_out)
    print(score)
    assert score.precision >= 0.99 and score.recall >= 0.97


def test_sandbox_wording_held_out_is_not_a_phrase_of_the_table(mapper):
    phrases = {plain_form(p) for ps in mapper.table.labels.values() for p in ps
               if not p.startswith("re:")}
    held_out = {w for ws in HELD_OUT_WORDINGS.values() for w in ws}
    assert len(held_out) >= 40
    assert all(w in WORDINGS[lb] for lb, ws in HELD_OUT_WORDINGS.items() for w in ws)
    assert not {plain_form(w) for w in held_out} & phrases


def test_a_malformed_corpus_line_says_where():
    with pytest.raises(ConfigError, match=r"corpus\.txt:2"):
        parse_corpus("Ford | Heated Seats | Heated Front Seats\nonly one field\n", "corpus.txt")
