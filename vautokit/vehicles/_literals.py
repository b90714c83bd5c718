"""A table phrase's pattern screened by the words any match must contain.

Every line is tried against each of the table's nine hundred phrases, and nearly all of
them fail; Python's regular-expression engine cannot skip ahead to a phrase's first word
when the phrase opens with a lookbehind (as every bounded phrase does), so it tries each
position of the line. A plain substring test on a literal that every match must contain
("heated seat", or one of "moonroof" / "sunroof") is many times cheaper and rules most
phrases out before the engine runs. The literals come from the pattern's own parse tree,
so the screen is exact by construction: it never rules out a line the pattern would match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Generic, TypeVar

# the parser behind re.compile; private, so any change in it leaves a pattern unscreened
# (correct, only slower) rather than wrong
try:
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - a Python whose re has another layout
    _sre = _sre_parse = None

Literals = frozenset[str]
T = TypeVar("T")


def _best(choices: list[Literals]) -> Literals | None:
    """Of several sets that each must be met, the most selective: longest shortest literal."""
    return max(choices, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _sequence_needs(items: list) -> Literals | None:
    """What a sequence of parsed items needs: the best of its runs of plain characters and
    of what each mandatory item needs on its own."""
    choices: list[Literals] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            choices.append(frozenset({"".join(run)}))
            run = []
        needed = _item_needs(op, av)
        if needed is not None:
            choices.append(needed)
    if run:
        choices.append(frozenset({"".join(run)}))
    return _best(choices)


def _item_needs(op: object, av: object) -> Literals | None:
    """What one parsed item needs; None when it can match without any fixed text (a class
    of characters, an optional part, an assertion) or changes case sensitivity."""
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & _sre.SRE_FLAG_IGNORECASE else _sequence_needs(list(body))
    if op is _sre.ATOMIC_GROUP:
        return _sequence_needs(list(av))
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        least, _most, body = av
        return _sequence_needs(list(body)) if least >= 1 else None
    if op is _sre.BRANCH:
        alternatives = [_sequence_needs(list(branch)) for branch in av[1]]
        if any(needed is None for needed in alternatives):
            return None
        return frozenset().union(*alternatives)
    return None


def _parsed(pattern: str, flags: int) -> list | None:
    """``pattern``'s parse tree, checked as ``re.compile`` checks it (a wrong pattern raises
    ``re.error``); None when this Python's parser is not the one this module knows."""
    if _sre_parse is None:  # pragma: no cover
        re.compile(pattern, flags)
        return None
    parsed = _sre_parse.parse(pattern, flags)
    _check_lookbehinds(list(parsed))
    return parsed


def _check_lookbehinds(items: list) -> None:
    """The one check ``re.compile`` makes after parsing: a lookbehind matches a fixed width."""
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT) and av[0] < 0:
            low, high = av[1].getwidth()
            if low != high:
                raise re.error("look-behind requires fixed-width pattern")
        for part in _parts(op, av):
            _check_lookbehinds(list(part))


def _parts(op: object, av: object) -> list:
    """The parsed sub-sequences inside one item."""
    if op is _sre.SUBPATTERN:
        return [av[-1]]
    if op is _sre.BRANCH:
        return list(av[1])
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT, _sre.ASSERT,
              _sre.ASSERT_NOT):
        return [av[-1]]
    if op is _sre.ATOMIC_GROUP:
        return [av]
    if op is _sre.GROUPREF_EXISTS:
        return [branch for branch in av[1:] if branch is not None]
    return []


def _literals_of(parsed: list | None) -> Literals | None:
    """Literals one of which every match of the pattern ``parsed`` contains, or None when no
    such set is known (a case-blind pattern, one that can match without fixed text, or a
    parser this module does not know)."""
    if parsed is None or parsed.state.flags & _sre.SRE_FLAG_IGNORECASE:
        return None
    needed = _sequence_needs(list(parsed))
    return needed if needed and all(needed) else None


class ScreenedPattern:
    """A pattern that runs only on text holding one of its needed literals; it has the
    methods the mapping uses (``search``, ``finditer``, ``sub``) with ``re``'s meaning.

    It is checked when made (a wrong pattern raises ``re.error`` then, as ``re.compile``
    would) and compiled when first tried on a text holding a literal: a run meets a few
    hundred of a table's thousands of phrases, and compiling them all was most of the
    mapping's start-up."""

    __slots__ = ("_compiled", "flags", "literals", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags
        self.literals = _literals_of(_parsed(pattern, flags))
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def _may_match(self, text: str) -> bool:
        return self.literals is None or any(literal in text for literal in self.literals)

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text) if self._may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text) if self._may_match(text) else iter(())

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.compiled.sub(replacement, text) if self._may_match(text) else text

    def __repr__(self) -> str:
        return f"ScreenedPattern({self.pattern!r})"


class PhraseIndex(Generic[T]):
    """Many screened phrases tried on one text: the distinct literals are filed by their
    first two characters, so only those whose pair the text holds are tested (once each,
    however many phrases share them), and only the phrases one of whose literals the text
    holds are returned, in their given order, with every unscreened phrase."""

    def __init__(self, items: Sequence[T], pattern_of: Callable[[T], ScreenedPattern]) -> None:
        self._items = list(items)
        self._always: set[int] = set()
        self._by_literal: dict[str, list[int]] = {}
        for index, item in enumerate(self._items):
            literals = pattern_of(item).literals
            if literals is None:
                self._always.add(index)
            for literal in literals or ():
                self._by_literal.setdefault(literal, []).append(index)
        self._by_pair: dict[str, list[str]] = {}
        for literal in self._by_literal:
            self._by_pair.setdefault(literal[:2], []).append(literal)

    def candidates(self, text: str) -> list[T]:
        """The phrases that may match ``text`` (a superset of those that do)."""
        chosen = set(self._always)
        # every pair of neighbours, and every character alone for one-character literals
        said = {text[at:at + 2] for at in range(len(text))} | set(text)
        pairs = said & self._by_pair.keys()
        for pair in pairs:
            for literal in self._by_pair[pair]:
                if literal in text:
                    chosen.update(self._by_literal[literal])
        return [self._items[index] for index in sorted(chosen)]
