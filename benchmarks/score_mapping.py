"""Mapping precision and recall: the real-wording corpus, the sandbox's catalogue, new batches.

    python benchmarks/score_mapping.py [--wrong] [--synonyms PATH] [--batch PATH ...]

The corpus (tests/data/mapping/) is scored whole, on the three quarters the table was tuned
on and on the quarter held out from tuning. The sandbox catalogue is scored on the wording
the table may be written against and on the wording held out from it. ``--wrong`` lists the
tuned lines that went wrong (never the held-out ones: reading those would tune on them).

``--batch`` scores extra labelled files (same format as the corpus), each on its own and
together: precision, recall, false positives and negatives, and wrong ticks on lines that
negate, delete or only prepare a feature. Batch lines are listed only with ``--wrong``: a
blind batch is scored once, at first sight, before anyone reads its misses.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
from _common import save

from vautokit.sandbox._catalog import (
    COMBINED_LINES,
    DISTRACTORS,
    HELD_OUT_WORDINGS,
    PACKAGES,
    TUNED_WORDINGS,
    with_implied,
)
from vautokit.vehicles import CheckboxMappingService, LabelledLine, load_corpus, score_mapping

DATA = Path(__file__).parents[1] / "tests" / "data" / "mapping"
CORPUS = sorted(DATA.glob("corpus_*.txt"))
# Case sets of new wording, each written before the mapping was measured or tuned on it; the
# figures it scored at first sight are kept in its header ("# first sight: ...").
FRESH = sorted(DATA.glob("fresh_*.txt"))


def sandbox_lines(wordings: dict[str, list[str]], *, extras: bool) -> list[LabelledLine]:
    """Catalogue wording as labelled lines; ``extras`` adds combined lines, packages and
    distractors (written together with the table, so they belong to the tuned part). A
    package named without its contents ticks nothing: its contents are acceptable there. A
    wording also says what its option brings on every car (a dual-zone climate control is
    air conditioning)."""
    lines = [LabelledLine("sandbox", w, frozenset(with_implied({label})))
             for label, ws in wordings.items() for w in ws]
    if extras:
        lines += [LabelledLine("sandbox", text, frozenset(with_implied(set(labels))))
                  for text, labels in COMBINED_LINES]
        lines += [LabelledLine("sandbox", f"{name} $995", frozenset(), frozenset(labels))
                  for name, labels in PACKAGES.items()]
        lines += [LabelledLine("sandbox", text, frozenset()) for text in DISTRACTORS]
    return lines


def _row(name: str, lines: list[LabelledLine], mapper: CheckboxMappingService,
         written_negations: set[str] | None = None) -> dict:
    """``negated ticks`` are wrong ticks on a line the mapper's own scope finder calls a
    negation; ``on written negations`` counts them on the lines the batch's writer filed
    under a ``# --- negated`` section, which does not depend on the mapper ("" where the
    file has no such sections)."""
    score = score_mapping(mapper, lines)
    on_written = "" if not written_negations else sum(
        len(ticked) for text, ticked, _ in score.wrong if text in written_negations)
    return {"lines": name, "count": score.lines, "precision": score.precision,
            "recall": score.recall, "false positives": score.false_positives,
            "false negatives": score.false_negatives, "negated ticks": score.negated_ticks,
            "wrong ticks on written negations": on_written}


def written_negations(path: Path) -> set[str]:
    """The texts of the lines a batch's writer put under ``# --- negated...`` sections."""
    texts, inside = set(), False
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if line.startswith("# ---"):
            inside = line.startswith("# --- negated")
        elif inside and line and not line.startswith("#"):
            texts.add(line.split("|")[1].strip())
    return texts


def main(args: argparse.Namespace) -> None:
    mapper = (CheckboxMappingService(args.synonyms) if args.synonyms
              else CheckboxMappingService.built_in())
    if args.batch:
        score_batches(mapper, [Path(p) for p in args.batch], wrong=args.wrong)
        return
    corpus = load_corpus(CORPUS)
    tuned = [line for line in corpus if not line.held_out]
    parts = {
        "corpus, all": corpus,
        "corpus, tuned part": tuned,
        "corpus, held-out part": [line for line in corpus if line.held_out],
        "sandbox wording, tuned part": sandbox_lines(TUNED_WORDINGS, extras=True),
        "sandbox wording, held-out part": sandbox_lines(HELD_OUT_WORDINGS, extras=False),
    }
    rows = [_row(name, lines, mapper) for name, lines in parts.items()]
    fresh = [{**_row(path.stem, load_corpus([path]), mapper, written_negations(path)),
              "first sight": _first_sight(path),
              "written by": _writer(path)} for path in FRESH]
    if args.wrong:
        for text, wrong, missed in score_mapping(mapper, tuned).wrong:
            print(f"{text!r}: ticked {wrong}, missed {missed}")
    save("mapping", {"Mapping precision and recall": pd.DataFrame(rows),
                     "Fresh case sets: now, and at first sight": pd.DataFrame(fresh)},
         {"makes": len({line.make for line in corpus}), "labels": len(mapper.labels)})


def first_sight_line(path: Path) -> str:
    """A case set's header line recording its first sight, without its mark ("" if none)."""
    for line in path.read_text().splitlines():
        if line.startswith("# first sight:"):
            return line.removeprefix("# first sight:").strip()
    return ""


def _first_sight(path: Path) -> str:
    """The figures a case set scored when first measured, as its header records them."""
    return first_sight_line(path).split("(")[0].strip() or "not recorded"


def _writer(path: Path) -> str:
    """Only a blind batch's first sight measures generality: the other sets were written by
    the mapper's author, who knew the tables."""
    return "blind: never saw the tables" if path.stem.startswith("fresh_blind_") \
        else "the mapper's author (not blind)"


def score_batches(mapper: CheckboxMappingService, paths: list[Path], *, wrong: bool) -> None:
    """Each batch file's scores and all of them together, printed (results are not saved:
    a blind batch's first-sight figures go into results/mapping.md by hand, with its date)."""
    batches = {str(path): load_corpus([path]) for path in paths}
    negations = {str(path): written_negations(path) for path in paths}
    rows = [_row(name, lines, mapper, negations[name]) for name, lines in batches.items()]
    if len(batches) > 1:
        rows.append(_row("all batches", [ln for lines in batches.values() for ln in lines],
                         mapper, set().union(*negations.values())))
    print(pd.DataFrame(rows).to_markdown(index=False, floatfmt=".3f"))
    if wrong:
        for name, lines in batches.items():
            for text, ticked, missed in score_mapping(mapper, lines).wrong:
                print(f"{name}: {text!r}: ticked {ticked}, missed {missed}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wrong", action="store_true",
                        help="list the tuned lines gone wrong (and the batches' lines)")
    parser.add_argument("--synonyms", help="score with this user synonyms file merged in")
    parser.add_argument("--batch", nargs="+", metavar="PATH",
                        help="score these labelled files (corpus format) instead")
    main(parser.parse_args())
