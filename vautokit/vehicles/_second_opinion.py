"""A learned second opinion on each tick: how likely the words around a feature say this car has it.

The rules (``_scope.py``) rule a feature out when they know the wording: a negation, a
deletion, a theft, another trim. Each new style of text brings wording they have not met, and
a rule written for one style does not carry to the next (README, issue 19). This model reads
the same thing in a different way: for every feature a line names, the words around its name
(left and right, the rest of its clause, the clauses beside it, the line's words on either
side of it, any car's name among them read as one) and the line's words, weighed by a
logistic regression trained on the labelled lines of ``tests/data/mapping`` (a feature the
line names is "this car's" when the line's labels require or accept it). It learns how
English rules a feature in or out from tens of thousands of named features, not from the
rules' past mistakes, so it carries across styles: measured chronologically on first sight,
it removes about four wrong ticks for each right one it costs
(``benchmarks/second_opinion.py``, ``benchmarks/results/second_opinion.md``).

It can only take a tick away, never add one. Its weights ship as data
(``data/second_opinion.json``, written by ``benchmarks/second_opinion.py``), so running
it needs no model download and no scikit-learn: a dot product over the features below.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING

from ._cars import car_names

if TYPE_CHECKING:
    from ._evaluation import LabelledLine

MODEL_FILE = "second_opinion.json"
_AROUND = 3  # words either side of the name, by position
_CAR = "<car>"  # a make's or a model's name in the context of a named feature


def tick_features(plain: str, label: str, named: Iterable[str]) -> dict[str, float]:
    """The features of one named feature in a line, in blocks each scaled to unit length.

    ``plain`` is the line's plain form (``plain_form``: lower case, " , " between clauses);
    ``named`` the phrases (each a string of words) that named ``label`` in it (none when
    only shorthand or a package did: the line's words decide alone). Blocks: the label; the
    line's words and word pairs; the context of the name: words at each position up to three
    either side, the rest of its clause, word pairs before it in the clause, the clauses
    before and after it and which clause it is in; the line's words on either side of the
    name (a negation, another car or a question may sit clauses away); and where a car's
    name stands in that context, as any car ("<car>": "his own Bronco ( roof rack" and
    "cust s Q7 ( 3rd row" teach one thing, whichever models a style names)."""
    words = plain.split()
    cars = [_CAR if w in car_names() and not w.isdigit() else w for w in words]
    blocks = {"l": {f"L={label}"},
              "w": set(words) | {f"{a} {b}" for a, b in pairwise(words)},
              "x": set(), "y": set(), "g": set()}
    for name in named:
        # the first two places a name is said: a third repeat adds words, not a new context
        for start in _places(words, name.split())[:2]:
            end = start + len(name.split()) - 1
            blocks["x"] |= _context(words, start, end)
            blocks["y"] |= {f"LL:{w}" for w in words[:start]} | {f"RR:{w}" for w in words[end + 1:]}
            if cars != words:
                blocks["g"] |= {f for f in _context(cars, start, end) if _CAR in f}
                blocks["g"] |= {f"{side}:{_CAR}" for side, seen in (
                    ("LL", cars[:start]), ("RR", cars[end + 1:])) if _CAR in seen}
    blocks["x"] = blocks["x"] or {"unplaced"}
    return {f"{block}|{feature}": 1 / math.sqrt(len(features))
            for block, features in blocks.items() for feature in features}


def _places(words: list[str], name: list[str]) -> list[int]:
    """Where ``name`` starts in ``words``."""
    return [i for i in range(len(words) - len(name) + 1) if words[i:i + len(name)] == name]


def _context(words: list[str], lo: int, hi: int) -> set[str]:
    """What surrounds the name at ``words[lo:hi + 1]``."""
    commas = [i for i, w in enumerate(words) if w == ","]
    left = max((c for c in commas if c < lo), default=-1)
    right = min((c for c in commas if c > hi), default=len(words))
    found = {f"CL:{w}" for w in words[left + 1:lo]} | {f"CR:{w}" for w in words[hi + 1:right]}
    found |= {f"CLB:{a} {b}" for a, b in pairwise(words[left + 1:lo])}
    for k in range(1, _AROUND + 1):
        found.add(f"L{k}:{words[lo - k]}" if lo - k >= 0 else f"L{k}:^")
        found.add(f"R{k}:{words[hi + k]}" if hi + k < len(words) else f"R{k}:$")
    if left >= 0:
        before = max((c for c in commas if c < left), default=-1)
        found |= {f"PC:{w}" for w in words[before + 1:left]}
    if right < len(words):
        after = min((c for c in commas if c > right), default=len(words))
        found |= {f"NC:{w}" for w in words[right + 1:after]}
    found.add(f"clause:{min(sum(c < lo for c in commas), 3)}")
    return found


def labels_digest(lines: Iterable[LabelledLine]) -> str:
    """A digest of labelled lines (their text and labels, not the files' comments): the
    model file records the one it was trained on, so a change to the labelled data that was
    not followed by training again is seen (a test compares them)."""
    rows = sorted(f"{line.text}|{sorted(line.required)}|{sorted(line.acceptable)}\n"
                  for line in lines)
    return hashlib.sha256("".join(rows).encode()).hexdigest()


@dataclass(frozen=True)
class SecondOpinion:
    """A trained model: weights per feature, an intercept, and the threshold under which a
    tick is doubted (chosen on first-sight predictions, see the module's docstring)."""

    weights: Mapping[str, float]
    intercept: float
    threshold: float

    @classmethod
    @cache
    def built_in(cls) -> SecondOpinion:
        """The model shipped with the package."""
        data = json.loads(resources.files(__package__).joinpath("data", MODEL_FILE).read_text())
        return cls(data["weights"], data["intercept"], data["threshold"])

    def chance(self, plain: str, label: str, named: Iterable[str]) -> float:
        """How likely ``label``, named in the line by ``named``, is this car's (0 to 1)."""
        z = self.intercept + sum(self.weights.get(f, 0.0) * v
                                 for f, v in tick_features(plain, label, named).items())
        return 1 / (1 + math.exp(-z))

    def doubted(self, plain: str, labels: Iterable[str],
                named: Mapping[str, Iterable[str]]) -> dict[str, float]:
        """The labels whose chance is under the threshold, with their chance."""
        chances = {label: self.chance(plain, label, named.get(label, ())) for label in labels}
        return {label: c for label, c in chances.items() if c < self.threshold}
