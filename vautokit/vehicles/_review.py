"""The learning loop: phrases the mapping missed or doubted, reviewed once, mapped from then on.

Runs record per vehicle the sticker lines that mapped to nothing (``unmatched``) and those put
up for review (``review``). :func:`collect_phrases` gathers them from run records, drops what
the current table already maps or vetoes, and suggests labels. A decision (this
label, or "no option") is written to the user's synonyms file, which every later mapping
merges over the built-in table: the next run maps the phrase, or never maps it. On a line
that ticks some labels and doubts others, "no option" turns down only the doubted labels
(``never_for``), so the line's other ticks stand.

Two front ends share the decisions (in ``vautokit.notebook``, which reads the journal):
``review_in_terminal`` (``vautokit mapping review``) and ``ReviewForm`` (ipywidgets,
``notebooks/04_review_mapping.ipynb``).
"""

from __future__ import annotations

import json
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..errors import SynonymsFileError
from ._mapping import (
    CheckboxMappingService,
    Match,
    Review,
    Unmatched,
    check_user_data,
    has_words,
    normalize,
    read_user_file,
    user_synonyms_path,
)

NO_OPTION = "(no option)"
SKIP = "(skip)"
HEADER = """\
# Your own sticker wording for vautokit, merged over the built-in synonym table.
# [labels]: label -> phrases that tick it (a plain phrase matches whole words of a line).
# never: phrases that must never tick anything (this dealer's vetoes).
# [never_for]: label -> phrases that never tick that label (the line's other ticks stand).
# Written by `vautokit mapping review`; edit freely.
"""


class _RecordLike(Protocol):
    unmatched: list[str]
    review: list[str]


@dataclass(frozen=True)
class PhraseToReview:
    """One sticker line the mapping could not settle, with how often runs met it.

    ``reason`` is the mapping's own (why nothing was ticked: "package without contents",
    "below confidence ...", "shorthand unsure ...", "no phrase of the table"); ``kind`` is
    where the runs put it. ``suggestions`` holds only labels the mapping has evidence for
    (a phrase read through shorthand, a package's usual contents, a close resemblance),
    with :data:`NO_OPTION` first whenever that evidence is short of a matched phrase.
    ``ticked`` holds the labels a partly doubted line ticks whatever is decided: there
    "no option" turns down only the doubted labels, not the line."""

    phrase: str
    seen: int
    kind: str  # "unmatched" | "review"
    suggestions: tuple[str, ...]
    reason: str = ""
    ticked: tuple[str, ...] = ()

    @property
    def doubted(self) -> tuple[str, ...]:
        """What "no option" turns down on a partly doubted line (empty: the whole phrase)."""
        return tuple(s for s in self.suggestions if s != NO_OPTION) if self.ticked else ()


@dataclass
class SynonymsFile:
    """The user's synonyms file: read, added to, written back whole."""

    path: Path
    labels: dict[str, list[str]] = field(default_factory=dict)
    never: list[str] = field(default_factory=list)
    never_for: dict[str, list[str]] = field(default_factory=dict)
    other: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def open(cls, path: str | Path | None = None) -> SynonymsFile:
        """The file at ``path`` (default :func:`user_synonyms_path`); empty if not there yet."""
        path = Path(path) if path is not None else user_synonyms_path()
        if not path.exists():
            return cls(path)
        data = read_user_file(path)
        labels = {lb: list(ps) for lb, ps in data.pop("labels", {}).items()}
        never_for = {lb: list(ps) for lb, ps in data.pop("never_for", {}).items()}
        return cls(path, labels, list(data.pop("never", [])), never_for, data)

    def add(self, label: str, phrase: str) -> None:
        """``phrase`` ticks ``label`` from now on (and is no longer vetoed or turned down)."""
        phrase = self._checked(phrase, label)
        if phrase not in self.labels.setdefault(label, []):
            self.labels[label].append(phrase)
        self.never = [p for p in self.never if p != phrase]
        _drop(self.never_for, label, phrase)

    def decline(self, label: str, phrase: str) -> None:
        """``phrase`` never ticks ``label`` (and whatever else it ticks, it still ticks)."""
        phrase = self._checked(phrase, label)
        if phrase not in self.never_for.setdefault(label, []):
            self.never_for[label].append(phrase)
        _drop(self.labels, label, phrase)

    def decided(self, phrase: str) -> str | None:
        """The decision this file holds for ``phrase``: a label, :data:`NO_OPTION` (vetoed,
        or turned down for a label), or None."""
        key = normalize(phrase)
        if key in self.never or any(key in ps for ps in self.never_for.values()):
            return NO_OPTION
        return next((lb for lb, phrases in self.labels.items() if key in phrases), None)

    def veto(self, phrase: str) -> None:
        """``phrase`` never ticks anything, whatever the built-in table says."""
        phrase = self._checked(phrase, None)
        if phrase not in self.never:
            self.never.append(phrase)
        for phrases in self.labels.values():
            if phrase in phrases:
                phrases.remove(phrase)

    def _checked(self, phrase: str, label: str | None) -> str:
        """``phrase`` as it will be written, refused when it names nothing ("-----")."""
        if not has_words(phrase):
            raise SynonymsFileError(self.path, "a phrase needs at least one word (not empty, "
                                               "'-' or punctuation only)",
                                    label=label, phrase=phrase)
        return normalize(phrase)

    def save(self) -> Path:
        """Write the file whole, after checking it as a mapping will read it: a decision
        that would teach the mapping wrong is refused, and the file on disk kept."""
        text = self.text()
        check_user_data(tomllib.loads(text), self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(text)
        return self.path

    def mapping(self) -> CheckboxMappingService:
        """The mapping as it stands with this file (the built-in table alone until it exists)."""
        if self.path.exists():
            return CheckboxMappingService(self.path)
        return CheckboxMappingService.built_in()

    def text(self) -> str:
        lines = [HEADER, f"never = {_toml_list(self.never)}", "", "[labels]"]
        lines += [f"{json.dumps(lb)} = {_toml_list(ps)}" for lb, ps in self.labels.items() if ps]
        if any(self.never_for.values()):
            lines += ["", "[never_for]"]
            lines += [f"{json.dumps(lb)} = {_toml_list(ps)}"
                      for lb, ps in self.never_for.items() if ps]
        for table, entries in self.other.items():
            lines += ["", f"[{table}]"]
            lines += [f"{json.dumps(k)} = {json.dumps(v)}" for k, v in entries.items()]
        return "\n".join(lines) + "\n"


def collect_phrases(records: Iterable[_RecordLike],
                    mapper: CheckboxMappingService) -> list[PhraseToReview]:
    """Unmatched and doubted lines of ``records`` the current ``mapper`` still cannot settle,
    the most often seen first."""
    seen: Counter[str] = Counter()
    reasons: dict[str, str] = {}  # phrase -> where the runs put it
    for record in records:
        for reason, phrases in (("unmatched", record.unmatched), ("review", record.review)):
            for phrase in phrases:
                seen[phrase] += 1
                reasons.setdefault(phrase, reason)
    items = []
    for phrase, count in seen.most_common():
        if not has_words(phrase):
            continue  # a separator or stray punctuation: nothing to decide
        result = mapper.map_line(phrase)
        if isinstance(result, Match) and result.doubted:
            items.append(PhraseToReview(phrase, count, "review", suggestions_for(result),
                                        result.reason, ticked=result.labels))
        elif isinstance(result, Review | Unmatched):
            items.append(PhraseToReview(phrase, count, reasons[phrase],
                                        suggestions_for(result), result.reason))
    return items


def suggestions_for(result: Review | Unmatched | Match) -> tuple[str, ...]:
    """What to offer for a line under review, best first, only from evidence.

    A line read through shorthand offers the labels its reading matched; a package named
    without contents, a line that merely resembles a phrase, or a label the second opinion
    doubts offers "no option" first and its labels after; a line with nothing for it offers
    "no option" alone (the other labels stay reachable, but nothing is suggested without a
    reason)."""
    if isinstance(result, Match):
        return (NO_OPTION, *result.doubted)
    if isinstance(result, Unmatched) or not result.labels:
        return (NO_OPTION,)
    if result.method == "shorthand":
        return (*result.labels, NO_OPTION)
    return (NO_OPTION, *result.labels)


def decide(file: SynonymsFile, phrase: str, choice: str, *,
           doubted: tuple[str, ...] = ()) -> bool:
    """Record one decision: a label, :data:`NO_OPTION` or :data:`SKIP`. True if recorded.

    ``doubted`` (:attr:`PhraseToReview.doubted`) names what "no option" turns down on a line
    whose other ticks stand; without it "no option" vetoes the whole phrase."""
    if choice == SKIP:
        return False
    if choice == NO_OPTION and doubted:
        for label in doubted:
            file.decline(label, phrase)
    elif choice == NO_OPTION:
        file.veto(phrase)
    else:
        file.add(choice, phrase)
    return True


def review_phrases(items: list[PhraseToReview], file: SynonymsFile, labels: list[str], *,
                   input: Callable[[str], str] = input,
                   output: Callable[[str], None] = print) -> int:
    """The terminal review of ``items``, each answer saved to ``file`` as it is given.

    Answers: a suggestion's number, ``l`` to pick another label, ``n`` for no option (never
    map), ``s`` (or Enter) to skip, ``q`` to stop. Returns how many decisions were saved.
    """
    output(f"{len(items)} phrase(s) to review; answers go to {file.path}")
    saved = 0
    for number, item in enumerate(items, 1):
        choice = _ask(item, number, len(items), labels, input, output)
        if choice is None:
            break
        try:
            recorded = decide(file, item.phrase, choice, doubted=item.doubted)
            if recorded:
                file.save()
        except SynonymsFileError as exc:  # a phrase that names nothing is never written
            output(f"  not saved: {exc}")
            file = SynonymsFile.open(file.path)
            continue
        if recorded:
            saved += 1
            output(f"  -> {choice}")
    output(f"{saved} decision(s) saved to {file.path}")
    return saved


def _ask(item: PhraseToReview, number: int, total: int, labels: list[str],
         input: Callable[[str], str], output: Callable[[str], None]) -> str | None:
    """One phrase's answer: a label, NO_OPTION, SKIP, or None to stop (also at end of input)."""
    output(f"[{number}/{total}] {item.phrase!r} (seen {item.seen}x, {item.kind}: "
           f"{item.reason or 'no reason given'})")
    if item.ticked:
        output(f"  ticked either way: {', '.join(item.ticked)}; n) turns down only "
               f"{', '.join(item.doubted)}")
    for k, label in enumerate(item.suggestions, 1):
        output(f"  {k}) {label}")
    output("  l) another label   n) no option, never map   s) skip   q) quit")
    while True:
        try:
            answer = input("> ").strip()
            if answer.lower() == "l":
                return _pick_label(labels, input, output)
        except EOFError:
            return None
        choice = _choice(answer, item.suggestions)
        if choice != "":
            return choice
        output("  answer with a number, l, n, s or q")


def _choice(answer: str, suggestions: tuple[str, ...]) -> str | None:
    """What an answer means; "" when it means nothing."""
    key = answer.lower()
    if key in ("", "s"):
        return SKIP
    if key == "n":
        return NO_OPTION
    if key == "q":
        return None
    if key.isdigit() and 1 <= int(key) <= len(suggestions):
        return suggestions[int(key) - 1]
    return ""


def _pick_label(labels: list[str], input: Callable[[str], str],
                output: Callable[[str], None]) -> str:
    """Any label, by number or by name (case does not matter); skip if none fits."""
    for k, label in enumerate(labels, 1):
        output(f"  {k:>2}) {label}")
    by_name = {lb.lower(): lb for lb in labels}
    answer = input("label (number or name, Enter to skip): ").strip()
    if answer.isdigit() and 1 <= int(answer) <= len(labels):
        return labels[int(answer) - 1]
    return by_name.get(answer.lower(), SKIP)


def _drop(table: dict[str, list[str]], label: str, phrase: str) -> None:
    """``phrase`` out of ``table[label]``, if it is there."""
    if phrase in table.get(label, ()):
        table[label].remove(phrase)


def _toml_list(values: list[str]) -> str:
    return "[" + ", ".join(json.dumps(v) for v in values) + "]"
