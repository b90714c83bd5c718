"""CheckboxMappingService: sticker lines to option labels, and the change that saving makes.

A line is read in a plain form and every phrase of the synonym table found in it ticks its
label, so a line naming two features ticks both. Package names tick the package's options only
when the line does not list the contents itself. A fuzzy score is the fallback: sure enough,
it ticks; less sure, the line is put up for review instead of ticking a box.

The built-in table (``data/synonyms.toml`` and the makers' names in ``data/makers.toml``) is
merged with the user's own file (:func:`user_synonyms_path`): phrases it adds, phrases it
vetoes ("never"), packages it redefines.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Literal

from rapidfuzz import fuzz, process

from ..errors import ConfigError
from ._models import Change, MappingResult, Match, StickerLine, Unmatched

Mode = Literal["check-only", "sync"]
MODES = ("check-only", "sync")
ENV_SYNONYMS = "VAUTOKIT_SYNONYMS"
DEFAULT_SYNONYMS = Path(".vautokit") / "synonyms.toml"
TABLES = ("labels", "combined", "packages", "suppress", "unless")
# Confidence of a match, compared with CheckboxMappingService.tick_above (95 by default).
SURE = 100.0  # a phrase of the table (or of the user's file) found in the line
PACKAGE_TABLE = 96.0  # options read from the package table, not from the line

_PRICE = re.compile(r"\s*\$\s?[\d,]+(?:\.\d{2})?\s*$")
_WORD = r"[a-z0-9./]+"
_GAP = re.compile(r" ~(\d)?(?:!([a-z0-9|./]+))? ")
_PACKAGE_WORDS = re.compile(r"\b(?:package|pkg|group)\b")
_FILLER = frozenset({"and", "with", "/", "for", "the", "a"})
# Words printed stickers shorten to fit a column.
_ABBREVIATIONS = {"htd": "heated", "pwr": "power", "frt": "front", "rr": "rear", "ctrl": "control",
                  "sys": "system", "cam": "camera", "trlr": "trailer", "htr": "heater",
                  "pkg": "package", "grp": "group", "drvr": "driver", "adj": "adjustable",
                  "whl": "wheel", "whls": "wheels", "alum": "aluminum", "mirr": "mirrors"}
_MODIFIERS = frozenset({"heated", "ventilated", "cooled", "power", "leather", "manual", "remote",
                        "premium", "auto", "automatic", "electric", "wireless", "adaptive",
                        "led"})
_DISTRIBUTED = re.compile(
    r"\b(heated|ventilated|cooled|power) ([a-z0-9./ ]+?) (?:and|/) ([^, ][^,]*)")


def normalize(text: str) -> str:
    """Lower case, one space between words, typographic quotes made plain, price dropped."""
    text = _PRICE.sub("", text).replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.lower().split())


def plain_form(text: str) -> str:
    """The form phrases are matched in: words, "," for boundaries and "/" as a word."""
    text = re.sub(r"^[\s\u2022\u00b7*\-\u2013]+", "", normalize(text))
    text = text.replace("w/o", " without ").replace("w/", " with ")
    text = text.replace("&", " and ").replace("+", " plus ")
    text = re.sub(r"['`]", "", text)
    text = re.sub(r"[,;:()\[\]]", " , ", text)
    text = text.replace("/", " / ")
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", text)
    text = re.sub(r"[^a-z0-9./, ]", " ", text)
    words = [_ABBREVIATIONS.get(w, w) for w in text.split()]
    return re.sub(r"(?: ,)+", " ,", " ".join(words)).strip(" ,")


def user_synonyms_path() -> Path:
    """Where the user's synonyms live: ``$VAUTOKIT_SYNONYMS``, else ``.vautokit/synonyms.toml``."""
    return Path(os.environ.get(ENV_SYNONYMS) or DEFAULT_SYNONYMS)


@dataclass(frozen=True)
class Review:
    """A line whose best labels are too unsure to tick: the user decides (``vautokit mapping
    review``), and the next run maps the line as decided."""

    line: str
    labels: tuple[str, ...]
    method: str
    score: float


@dataclass(frozen=True)
class Vetoed:
    """A line whose never-phrases (built in, or vetoed by the user) leave nothing that maps."""

    line: str


@dataclass(frozen=True)
class MappingWithReview(MappingResult):
    """Ticked matches and unmatched lines, plus lines put up for review and vetoed lines."""

    review: list[Review] = field(default_factory=list)
    vetoed: list[str] = field(default_factory=list)


@dataclass
class SynonymTable:
    """Phrases per label, multi-label phrases, packages, suppressions, vetoes."""

    labels: dict[str, list[str]] = field(default_factory=dict)
    combined: dict[str, list[str]] = field(default_factory=dict)
    packages: dict[str, list[str]] = field(default_factory=dict)
    suppress: dict[str, list[str]] = field(default_factory=dict)
    unless: dict[str, str] = field(default_factory=dict)
    never: list[str] = field(default_factory=list)

    @classmethod
    def from_toml(cls, data: dict, source: str) -> SynonymTable:
        unknown = set(data) - {*TABLES, "never"}
        if unknown:
            raise ConfigError("synonyms", source,
                              f"only [labels], [combined], [packages], [suppress], [unless] "
                              f"and never = [...] (found {', '.join(sorted(unknown))})")
        tables = {name: data.get(name, {}) for name in TABLES}
        if not all(isinstance(t, dict) for t in tables.values()) or not isinstance(
                data.get("never", []), list):
            raise ConfigError("synonyms", source, "[labels] and the other tables as TOML tables")
        return cls(**{k: dict(v) for k, v in tables.items()}, never=list(data.get("never", [])))

    def merged(self, other: SynonymTable) -> SynonymTable:
        """This table with ``other`` over it: phrases and vetoes added, packages replaced.

        A vetoed phrase of this table that would veto a phrase ``other`` gives a label is
        dropped: the user's word wins."""
        labels = {lb: list(ps) for lb, ps in self.labels.items()}
        for label, phrases in other.labels.items():
            labels.setdefault(label, []).extend(p for p in phrases if p not in labels[label])
        added = {plain_form(p) for ps in other.labels.values() for p in ps}
        never = [p for p in self.never if not any(compile_phrase(p).search(a) for a in added)]
        return SynonymTable(labels, {**self.combined, **other.combined},
                            {**self.packages, **other.packages},
                            {**self.suppress, **other.suppress}, {**self.unless, **other.unless},
                            never + [p for p in other.never if p not in never])


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    labels: tuple[str, ...]
    kind: str  # "synonym" | "user" | "package"


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    rule: _Rule

    def overlaps(self, other: _Hit) -> bool:
        return self.start < other.end and other.start < self.end


def compile_phrase(phrase: str, *, bounded: bool = True) -> re.Pattern[str]:
    """A table phrase as a regular expression on the plain form (see synonyms.toml);
    ``bounded`` makes it match whole words only."""
    if phrase.startswith("re:"):
        body = _GAP.sub(_gap, phrase[3:])
    else:
        body = re.escape(plain_form(phrase))
        body += "(?:s|es)?" if body[-1:].isalpha() else ""
    try:
        return re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])" if bounded else body)
    except re.error as exc:
        raise ConfigError("synonyms", phrase, f"a valid regular expression ({exc})") from exc


def _gap(match: re.Match[str]) -> str:
    count = match.group(1) or "3"
    if match.group(2):
        words = "|".join(re.escape(w) for w in match.group(2).split("|"))
        return rf" (?:(?!(?:{words}) ){_WORD} ){{0,{count}}}"
    return rf" (?:{_WORD} ){{0,{count}}}"


class CheckboxMappingService:
    """Maps feature lines to labels: phrases and packages first, fuzzy scoring as a fallback.

    ``synonyms`` is the user's file merged over the built-in table; ``None`` means the file at
    :func:`user_synonyms_path` when it exists. A match whose confidence (100 for a phrase,
    96 for a package expanded from the table, the fuzzy score otherwise) reaches
    ``tick_above`` ticks its boxes; below, it is put up for review instead, and fuzzy scores
    under ``review_above`` are not matches at all.
    """

    def __init__(self, synonyms: str | Path | None = None, *, tick_above: float = 95.0,
                 review_above: float = 75.0, built_in_only: bool = False) -> None:
        self.tick_above = tick_above
        self.review_above = review_above
        self.synonyms_path = None if built_in_only else _user_file(synonyms)
        user = _read_table(self.synonyms_path) if self.synonyms_path else SynonymTable()
        table = built_in_table().merged(user)
        self.table = table
        self.labels: list[str] = list(dict.fromkeys(
            [*table.labels, *(lb for ls in table.packages.values() for lb in ls)]))
        self._rules = self._compile_rules(table, user)
        self._never = [compile_phrase(p) for p in table.never]
        self._unless = {label: compile_phrase(f"re:{rx}", bounded=False)
                        for label, rx in table.unless.items()}
        self._fuzzy_choices: dict[str, str] = {plain_form(label): label for label in self.labels}
        for label, phrases in table.labels.items():
            for phrase in phrases:
                if not phrase.startswith("re:") and len(phrase) > 4:
                    self._fuzzy_choices.setdefault(plain_form(phrase), label)

    @classmethod
    def built_in(cls, **options: float) -> CheckboxMappingService:
        """The built-in table alone, whatever the user's file says (for scoring the table)."""
        return cls(built_in_only=True, **options)

    @staticmethod
    def _compile_rules(table: SynonymTable, user: SynonymTable) -> list[_Rule]:
        mine = {(lb, p) for lb, ps in user.labels.items() for p in ps}
        rules = [_Rule(compile_phrase(p), (lb,), "user" if (lb, p) in mine else "synonym")
                 for lb, phrases in table.labels.items() for p in phrases]
        rules += [_Rule(compile_phrase(p), tuple(lbs), "synonym")
                  for p, lbs in table.combined.items()]
        rules += [_Rule(compile_phrase(p), tuple(lbs), "package")
                  for p, lbs in table.packages.items()]
        return rules

    # mapping ---------------------------------------------------------------------------
    def map_line(self, text: str) -> Match | Review | Unmatched | Vetoed:
        line = plain_form(text)
        masked = self._mask(line)
        labels, method = self._labels(masked, line)
        if labels:
            return self._judged(text, labels, method,
                                PACKAGE_TABLE if method == "package" else SURE)
        if masked != line and not _words(masked):
            return Vetoed(text)
        best = process.extractOne(masked, list(self._fuzzy_choices), scorer=fuzz.ratio,
                                  score_cutoff=self.review_above)
        if best and _words(masked):
            label, score = self._fuzzy_choices[best[0]], round(float(best[1]), 1)
            return self._judged(text, (label,), "fuzzy", score)
        if masked != line:
            return Vetoed(text)
        return Unmatched(text, self.suggest(text))

    def _judged(self, text: str, labels: tuple[str, ...], method: str,
                score: float) -> Match | Review:
        """Sure enough to tick, or put up for review: one threshold for every kind of match."""
        if score >= self.tick_above:
            return Match(text, labels, method, score)
        return Review(text, labels, method, score)

    def suggest(self, text: str, limit: int = 3) -> tuple[tuple[str, float], ...]:
        """The labels ``text`` most resembles, best first (for review and reports)."""
        line = plain_form(text)
        found: dict[str, float] = {}
        for choice, score, _ in process.extract(line, list(self._fuzzy_choices),
                                                scorer=fuzz.WRatio, limit=limit * 8):
            found.setdefault(self._fuzzy_choices[choice], round(float(score), 1))
        return tuple(list(found.items())[:limit])

    def map_lines(self, lines: list[StickerLine]) -> MappingWithReview:
        matches, unmatched, review, vetoed = [], [], [], []
        for line in lines:
            result = self.map_line(line.text)
            if isinstance(result, Match):
                matches.append(result)
            elif isinstance(result, Review):
                review.append(result)
            elif isinstance(result, Vetoed):
                vetoed.append(result.line)
            else:
                unmatched.append(result)
        return MappingWithReview(matches, unmatched, review, vetoed)

    def _mask(self, line: str) -> str:
        """The line with every vetoed phrase replaced by a boundary no phrase can cross."""
        for pattern in self._never:
            line = pattern.sub(" , ", line)
        return line

    def _labels(self, masked: str, line: str) -> tuple[tuple[str, ...], str]:
        text = " , ".join([masked, *_reordered(masked), *_distributed(masked)])
        hits = [_Hit(m.start(), m.end(), rule) for rule in self._rules
                for m in rule.pattern.finditer(text)]
        packages = [h for h in hits if h.rule.kind == "package"]
        packages = [h for h in packages if not any(_longer(o, h) for o in packages)]
        named = [(h, lb) for h in hits if h.rule.kind != "package" for lb in h.rule.labels]
        named = [(h, lb) for h, lb in named if not any(
            o.overlaps(h) and lb in self.table.suppress.get(olb, ()) for o, olb in named)]
        listed = _lists_contents(text, packages, named)
        labels = [lb for _, lb in named]
        if packages and not listed:
            labels += [lb for p in packages for lb in p.rule.labels]
        labels = [lb for lb in dict.fromkeys(labels)
                  if not (lb in self._unless and self._unless[lb].search(line))]
        if packages and not listed and any(lb in p.rule.labels for p in packages
                                           for lb in labels):
            method = "package"
        else:
            method = "user" if any(h.rule.kind == "user" for h, _ in named) else "synonym"
        return tuple(labels), method

    # saving ----------------------------------------------------------------------------
    @staticmethod
    def plan_change(current: dict[str, bool], wanted: set[str],
                    mode: Mode = "check-only") -> Change:
        """Boxes to tick (and in ``sync`` mode to untick) so the page shows ``wanted``."""
        if mode not in MODES:
            raise ConfigError("mode", mode, " or ".join(MODES))
        to_check = sorted(lb for lb in wanted if lb in current and not current[lb])
        to_uncheck = (sorted(lb for lb, on in current.items() if on and lb not in wanted)
                      if mode == "sync" else [])
        return Change(to_check, to_uncheck, sorted(lb for lb in wanted if lb not in current))


def _lists_contents(text: str, packages: list[_Hit], named: list[tuple[_Hit, str]]) -> bool:
    """A package line lists its contents when it names two options or more besides the
    package ("Co-Pilot360: BLIS, Lane-Keeping System"), or any after a colon or bracket;
    "EyeSight w/ Lane Centering" is the suite plus one more feature."""
    outside = {lb for h, lb in named if not any(h.overlaps(p) for p in packages)}
    after_colon = any(text.startswith(" ,", p.end) for p in packages)
    return len(outside) >= 2 or (bool(outside) and after_colon)


def _longer(other: _Hit, hit: _Hit) -> bool:
    """An overlapping longer package name hides a shorter one ("co pilot360 plus")."""
    return other.overlaps(hit) and (other.end - other.start) > (hit.end - hit.start)


def _words(text: str) -> list[str]:
    return [w for w in text.split() if w not in {",", "/"}]


def _reordered(line: str) -> list[str]:
    """GM's "Noun, modifiers" wording read the usual way round as well.

    "seats , heated driver and front passenger" also reads as "heated driver and front
    passenger seats" and, by its first word, "heated seats"; after a longer
    first part its last word is the noun ("leather front seats , heated and ventilated").
    """
    head, *rest = line.split(" , ")
    if not rest or _PACKAGE_WORDS.search(head):
        return []
    if len(head.split()) > 3:
        head = head.split()[-1]
    variants = []
    for part in filter(str.strip, rest):
        variants.append(f"{part} {head}")
        first = part.split()[0]
        if first not in _FILLER and not any(c.isdigit() for c in first):
            variants.append(f"{first} {head}")
    return variants


def _distributed(line: str) -> list[str]:
    """A modifier read over both nouns it governs: "heated front seats and steering wheel"
    also reads as "heated steering wheel" (not when the second noun has its own modifier)."""
    return [f"{m.group(1)} {m.group(3)}" for m in _DISTRIBUTED.finditer(line)
            if m.group(3).split()[0] not in _MODIFIERS]


def _user_file(synonyms: str | Path | None) -> Path | None:
    if synonyms is not None:
        return Path(synonyms)
    default = user_synonyms_path()
    return default if default.exists() else None


def built_in_table() -> SynonymTable:
    """The shipped synonyms with every make's own names merged in."""
    data = resources.files("vautokit.vehicles") / "data"
    table = SynonymTable.from_toml(_parse((data / "synonyms.toml").read_text(),
                                          "built-in synonyms"), "built-in synonyms")
    for make, names in _parse((data / "makers.toml").read_text(), "makers' names").items():
        table = table.merged(SynonymTable.from_toml(names, f"makers' names of {make}"))
    return table


def _read_table(path: Path) -> SynonymTable:
    try:
        text = path.read_text()
    except OSError as exc:
        raise ConfigError("synonyms", str(path), "a readable TOML file") from exc
    return SynonymTable.from_toml(_parse(text, str(path)), str(path))


def _parse(text: str, source: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("synonyms", source, f"valid TOML ({exc})") from exc
