"""Features described in plain words, read as the table's English.

A relative selling a late parent's car, or a donor filling in a form, does not know what
the features are called: "the seats get warm when you push the button", "a window in the
roof that slides back", "wipers turn on by themselves when it rains". No list of such
sentences keeps up, but each names a part of the car and what that part does or has. The
table ``data/plain_words.toml`` describes each feature so: the concepts it needs (a part
and a behaviour, sometimes how it is worked), each a few plain words. A clause (the words
between two commas, semicolons or stops) holding every concept of a feature, close
together, is rewritten into that feature's English; nothing else on the line is touched.

Precision is guarded by the table, not by hope: a behaviour word alone ("warm", "cool")
names nothing, a feature whose concepts also fit another reading lists what rules it out
("unless": seats warm "in the sun" are no seat heaters), and a negation or breakage said
between the part and its behaviour ("the seats don't get warm any more") is kept as "not
working" after the English, so the scope finder that runs next rules the feature out.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

# the most words from a feature's first concept to its last: further apart they are two
# thoughts of one clause ("the seats are leather and the wheel warms up")
_WINDOW = 16
# a clause ends at punctuation that ends an item of a list or a sentence
_CLAUSE = re.compile(r"[^,;.!?:()\[\]\n]+")
# a negation or breakage between a part and its behaviour ("the seats never got warm",
# "the mirror doesn't dim by itself any more")
_NEGATED = re.compile(
    r"\b(?:not|no|never|no\s+longer|don'?t|doesn'?t|didn'?t|won'?t|wont|can'?t|isn'?t|aren'?t"
    r"|wasn'?t|weren'?t|broken|stopped|quit|dead|anymore|any\s+more|used\s+to|missing"
    r"|removed|deleted|inop|inoperative|blank|failed|fails|faulty|cut|leaks?|cracked)\b"
    r"|n't\b", re.IGNORECASE)
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class _Feature:
    english: str
    needs: tuple[str, ...]
    unless: tuple[str, ...]
    named: re.Pattern[str]  # a word of its name: the clause is the table's to read


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    english: str


def _concept_pattern(words: list[str]) -> re.Pattern[str]:
    """Any of ``words`` whole, a final "s" or "es" allowed, spaces or hyphens between."""
    keys = sorted({w.lower() for w in words}, key=len, reverse=True)
    body = "|".join(r"[\s-]+".join(map(re.escape, k.split())) for k in keys)
    return re.compile(rf"(?<![\w'])(?:{body})(?:e?s)?(?![\w'])", re.IGNORECASE)


@functools.cache
def _table() -> tuple[dict[str, re.Pattern[str]], tuple[_Feature, ...]]:
    text = (resources.files("vautokit.vehicles") / "data" / "plain_words.toml").read_text()
    data = tomllib.loads(text)
    concepts = {name: _concept_pattern(words) for name, words in data["concepts"].items()}
    # a feature said in two ways has a list of descriptions
    features = tuple(_Feature(english, tuple(spec["needs"]), tuple(spec.get("unless", ())),
                              _concept_pattern(spec["named"]))
                     for english, specs in data["features"].items()
                     for spec in (specs if isinstance(specs, list) else [specs]))
    for feature in features:
        unknown = set(feature.needs + feature.unless) - set(concepts)
        if unknown:
            raise ValueError(f"plain_words.toml: {feature.english!r} names unknown "
                             f"concepts {sorted(unknown)}")
    return concepts, features


def _span(places: list[list[tuple[int, int]]], clause: str) -> tuple[int, int] | None:
    """The shortest stretch of ``clause`` holding one of each concept's ``places`` (each at
    its own place), or None when some concept is missing or they lie too far apart."""
    if not all(places):
        return None
    best: tuple[int, int] | None = None
    for anchor in places[0]:
        chosen = [anchor] + [min(spans, key=lambda s, a=anchor: abs(s[0] - a[0]))
                             for spans in places[1:]]
        start, end = min(s for s, _ in chosen), max(e for _, e in chosen)
        if best is None or end - start < best[1] - best[0]:
            best = (start, end)
    if best is None or len(_WORD.findall(clause[best[0]:best[1]])) > _WINDOW:
        return None
    return best


def _found(clause: str, line: str) -> list[_Found]:
    """The features ``clause`` describes; none that ``line`` already names anywhere (a
    seller who knows the name says it, and the table reads it with its own care). Each
    concept's places are found once per clause, however many features need it."""
    concepts, features = _table()

    @functools.cache
    def places_of(name: str) -> list[tuple[int, int]]:
        return [m.span() for m in concepts[name].finditer(clause)]

    found = []
    for feature in features:
        if not places_of(feature.needs[0]) or feature.named.search(line) or any(
                places_of(name) for name in feature.unless):
            continue
        span = _span([places_of(name) for name in feature.needs], clause)
        if span is not None:
            found.append(_Found(*span, feature.english))
    return _merged(found)


def _merged(found: list[_Found]) -> list[_Found]:
    """Overlapping descriptions read as one stretch naming all their features."""
    merged: list[_Found] = []
    for item in sorted(found, key=lambda f: f.start):
        if merged and item.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = _Found(last.start, max(last.end, item.end),
                                f"{last.english} and {item.english}")
        else:
            merged.append(item)
    return merged


def _rewritten(clause: str, line: str) -> str:
    for item in reversed(_found(clause, line)):
        said = clause[item.start:item.end]
        english = f"{item.english} not working" if _NEGATED.search(said) else item.english
        clause = f"{clause[:item.start]}{english}{clause[item.end:]}"
    return clause


def read_plain_words(text: str) -> str:
    """``text`` with each clause that describes a feature in plain words rewritten into the
    table's English ("the seats get warm when you push the button" -> "the heated seats
    when you push the button"); a line with no such clause comes back unchanged."""
    return _CLAUSE.sub(lambda m: _rewritten(m.group(), text), text)
