"""CheckboxMappingService: sticker lines to option labels, and the change that saving makes."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from rapidfuzz import fuzz, process

from ..errors import ConfigError
from ._models import Change, MappingResult, Match, StickerLine, Unmatched

Mode = Literal["check-only", "sync"]
MODES = ("check-only", "sync")
_PRICE = re.compile(r"\s*\$\s?[\d,]+(?:\.\d{2})?\s*$")


def normalize(text: str) -> str:
    """Lower case, one space between words, typographic quotes made plain, price dropped."""
    text = _PRICE.sub("", text).replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    labels: tuple[str, ...]
    method: str


def _compile(phrase: str) -> re.Pattern[str]:
    body = phrase[3:] if phrase.startswith("re:") else re.escape(normalize(phrase))
    return re.compile(rf"(?<![a-z0-9]){body}(?![a-z0-9])")


class CheckboxMappingService:
    """Maps feature lines to labels: synonyms and packages first, fuzzy scoring as a fallback."""

    def __init__(self, synonyms: str | Path | None = None, *, fuzzy_cutoff: float = 88.0) -> None:
        data = _load_synonyms(synonyms)
        self.fuzzy_cutoff = fuzzy_cutoff
        self.labels: list[str] = list(data["labels"])
        self._rules: list[_Rule] = []
        for label, phrases in data["labels"].items():
            self._rules += [_Rule(_compile(p), (label,), "synonym") for p in phrases]
        for phrase, labels in data.get("combined", {}).items():
            self._rules.append(_Rule(_compile(phrase), tuple(labels), "synonym"))
        for phrase, labels in data.get("packages", {}).items():
            self._rules.append(_Rule(_compile(phrase), tuple(labels), "package"))
        self._fuzzy_choices: dict[str, str] = {normalize(label): label for label in self.labels}
        for label, phrases in data["labels"].items():
            for p in phrases:
                if not p.startswith("re:") and len(p) > 4:
                    self._fuzzy_choices.setdefault(normalize(p), label)

    def map_line(self, text: str) -> Match | Unmatched:
        line = normalize(text)
        hits = [(m.start(), m.end(), rule) for rule in self._rules
                for m in rule.pattern.finditer(line)]
        kept = [h for h in hits if not any(_outranks(o, h) for o in hits if o is not h)]
        if kept:
            labels = tuple(dict.fromkeys(lb for _, _, r in kept for lb in r.labels))
            method = "package" if any(r.method == "package" for _, _, r in kept) else "synonym"
            return Match(text, labels, method, 100.0)
        best = process.extractOne(line, list(self._fuzzy_choices), scorer=fuzz.ratio,
                                  score_cutoff=self.fuzzy_cutoff)
        if best:
            return Match(text, (self._fuzzy_choices[best[0]],), "fuzzy", float(best[1]))
        candidates = process.extract(line, self.labels, scorer=fuzz.WRatio, limit=3,
                                     processor=normalize)
        return Unmatched(text, tuple((c[0], round(float(c[1]), 1)) for c in candidates))

    def map_lines(self, lines: list[StickerLine]) -> MappingResult:
        matches, unmatched = [], []
        for line in lines:
            result = self.map_line(line.text)
            (matches if isinstance(result, Match) else unmatched).append(result)
        return MappingResult(matches, unmatched)

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


def _outranks(other: tuple[int, int, _Rule], hit: tuple[int, int, _Rule]) -> bool:
    """An overlapping longer match hides a shorter one ("rear a/c" hides "a/c")."""
    o_start, o_end, _ = other
    start, end, _ = hit
    overlaps = o_start < end and start < o_end
    return overlaps and (o_end - o_start, -o_start) > (end - start, -start)


def _load_synonyms(path: str | Path | None) -> dict:
    if path is None:
        text = (resources.files("vautokit.vehicles") / "data" / "synonyms.toml").read_text()
        source = "built-in synonyms"
    else:
        try:
            text = Path(path).read_text()
        except OSError as exc:
            raise ConfigError("synonyms", str(path), "a readable TOML file") from exc
        source = str(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("synonyms", source, f"valid TOML ({exc})") from exc
    if not isinstance(data.get("labels"), dict):
        raise ConfigError("synonyms", source, "a file with a [labels] table")
    return data
