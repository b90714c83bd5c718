"""Scoring a mapping against hand-labelled sticker lines (precision and recall of ticked boxes).

A labelled line names the labels that must be ticked (required) and the labels that may be
ticked without being wrong (acceptable, for wording that honestly means either). Any other
label ticked is a false positive; a required label not ticked is a false negative.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError
from ._mapping import CheckboxMappingService, plain_form
from ._models import Match
from ._scope import find_scopes


@dataclass(frozen=True)
class LabelledLine:
    """One sticker line with the labels a careful person would tick for it."""

    make: str
    text: str
    required: frozenset[str]
    acceptable: frozenset[str] = frozenset()

    @property
    def held_out(self) -> bool:
        """A fixed quarter of the lines, chosen by a hash of the text, kept out of tuning."""
        return zlib.crc32(self.text.encode()) % 4 == 0


@dataclass
class Score:
    """Counts over a set of lines, and the lines that went wrong (for reading, not tuning)."""

    lines: int = 0
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    negated_ticks: int = 0  # wrong ticks on lines that negate, delete or only prepare
    wrong: list[tuple[str, list[str], list[str]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        ticked = self.true_positives + self.false_positives
        return self.true_positives / ticked if ticked else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    def __str__(self) -> str:
        return (f"{self.lines} lines: precision {self.precision:.3f}, recall {self.recall:.3f} "
                f"(tp {self.true_positives}, fp {self.false_positives}, "
                f"fn {self.false_negatives}, negated ticks {self.negated_ticks})")


def parse_corpus(text: str, source: str = "corpus") -> list[LabelledLine]:
    """``make | line | required; ... | acceptable; ...`` per line; ``#`` starts a comment."""
    lines = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in raw.split("|")]
        if len(parts) < 2 or len(parts) > 4 or not parts[0] or not parts[1]:
            raise ConfigError("corpus", f"{source}:{number}",
                              "'make | line | required; ... | acceptable; ...'")
        parts += [""] * (4 - len(parts))
        lines.append(LabelledLine(parts[0], parts[1], _labels(parts[2]), _labels(parts[3])))
    return lines


def load_corpus(paths: Iterable[str | Path]) -> list[LabelledLine]:
    return [line for path in paths
            for line in parse_corpus(Path(path).read_text(), str(path))]


def score_mapping(mapper: CheckboxMappingService, lines: Iterable[LabelledLine]) -> Score:
    """What ``mapper`` would tick for each line (review items are not ticked) against labels,
    each line read as said of a car of its make."""
    result = Score()
    for line in lines:
        mapped = mapper.map_line(line.text, line.make)
        ticked = set(mapped.labels) if isinstance(mapped, Match) else set()
        right = ticked & line.required
        wrong = ticked - line.required - line.acceptable
        missed = line.required - ticked
        result.lines += 1
        result.true_positives += len(right)
        result.false_positives += len(wrong)
        result.false_negatives += len(missed)
        if wrong and find_scopes(plain_form(line.text)):
            result.negated_ticks += len(wrong)
        if wrong or missed:
            result.wrong.append((line.text, sorted(wrong), sorted(missed)))
    return result


def _labels(field_text: str) -> frozenset[str]:
    return frozenset(p.strip() for p in field_text.split(";") if p.strip())
