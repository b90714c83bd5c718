"""Misspelt words read as the table word a careful reader sees in them.

Small dealers write in a hurry, by ear or in a second language: "leder", "camra",
"stearing weel", "navegation", "pasenger", "sun ruf", "heatedandcooledseats". No list of
misspellings keeps up (the next listing misspells differently), so a word is read by how it
is spelt and how it sounds, and only ever toward a word of the synonym table (its
*targets*):

- a phonetic key, Metaphone-like and small (:func:`sound_key`): the first sound, then the
  consonants as heard ("ph"/"v" as "f", "c"/"q" as "k" or "s", "z" as "s", "th" as "t", a
  silent "gh", doubled letters once), so "leder" and "leather", "kamera" and "camera",
  "navegation" and "navigation" share a key;
- the Damerau-Levenshtein distance, allowed to grow with the word's length: one edit up to
  seven letters, two from eight (:data:`_EDITS`); a word sharing the key may be one edit
  further ("leder": two from "leather");
- two words a space split ("sun ruf", "blu tooth") joined when one is no word and the
  whole reads as one table word; a word run together from table words
  ("powerslidingdoors", "3rdrow", "heatedandcooledseats") split into them.

Guards, so ordinary text is never rewritten: a word of English (pyspellchecker's lexicon),
of the mapping's vocabulary (tables, makers, sample lines; a word only another language's
lexicon writes guards nothing here, as a line in that language is read by it), a cue word
or a word one edit from a cue ("remove", "delted") is never read as another; nor a word
shorter than four letters, nor one with a digit, nor one with capitals (a name's, "Camaro",
"Alltrack", or the shorthand's and the scan's, "MIRRS": :mod:`._shorthand` and
:mod:`._ocr` read those), nor a line in another language. A letter changed in a word under
eight letters may make another word or a name ("camaro", "murano"): such a reading stands
only beside a word the vocabulary writes it with ("heeted seats"). A slip onto another real
word ("bower seats", "barking sensors", "heated sheets", "crews control") is read only where
the table word it is one edit from or sounds as makes a pair the table's own phrases write
with a neighbour (an index built once), the pair as written is none the vocabulary knows,
and no second table word could be read there; never a cue's word, a word under four letters
or one of the vocabulary's own ("audio", "axle"). A word equally near two
table words is read as neither: it stays as written and the line is decided without it,
never ticked on a guess. The index (words by sound key) is built once and each word's
reading is cached; a line costs a lookup per word the vocabulary does not know. The
mapping's reason shows the line as read ("read as 'heated seats, sunroof'").
"""

from __future__ import annotations

import functools
import itertools
import re

from rapidfuzz.distance import DamerauLevenshtein

from ._ocr import english_words, initials, table_phrases, vocabulary, word_pairs
from ._scope import CUE_WORDS
from ._shorthand import DEALER_WORDS, PLAIN

_SHORTEST = 4  # "ruf", "weel"'s shorter cousins: too close to too many words alone
_SHORTEST_TARGET = 4  # a table word shorter than this is never a reading ("led", "ac")
# the edits a misspelling of n letters may hold: one up to seven letters, two from eight
_EDITS = ((8, 2), (0, 1))
_GLUE = ("and", "with", "w")  # glued inside a run-on token ("heatedandcooledseats")
_SURE = 8  # from this length any one or two edits are a slip, not another word
_SHORTEST_RUN_ON = 7  # a shorter token is not read as words run together
_NUMBERED = re.compile(r"(\d+(?:st|nd|rd|th))([a-z]{3,})")  # "3rdrow", "2ndrow"
_MOST_PIECES = 4
# sounds as heard, longest first: each spelling to the letter a listener writes
_SOUNDS = (("tch", "c"), ("sch", "sk"), ("ght", "t"), ("gh", ""), ("ph", "f"), ("th", "t"),
           ("ck", "k"), ("ch", "c"), ("sh", "s"), ("qu", "k"), ("wh", "w"), ("kn", "n"),
           ("ce", "se"), ("ci", "si"), ("cy", "sy"), ("c", "k"), ("q", "k"), ("x", "ks"),
           ("z", "s"), ("v", "f"), ("dg", "j"))
_VOWELS = frozenset("aeiouy")
_LAST_I = re.compile(r"(?:y|ie)$")


def _heard(word: str) -> str:
    """``word`` spelt as heard ("lights" -> "lits", "kamera" -> "kamera"; a last "y" or
    "ie" as "i": "memory", "memorie", "memori")."""
    spelt = word.lower()
    for written, heard in _SOUNDS:
        spelt = spelt.replace(written, heard)
    return _LAST_I.sub("i", spelt)


def sound_key(word: str) -> str:
    """``word`` as it sounds, roughly (a small Metaphone): its first sound, then its
    consonants as heard, each once ("leather" -> "ltr", "kamera" -> "kmr")."""
    spelt = _heard(word)
    key = spelt[:1]
    for letter in spelt[1:]:
        if letter not in _VOWELS and letter not in "hw" and letter != key[-1:]:
            key += letter
    return "a" + key[1:] if key[:1] in _VOWELS else key  # any vowel starts alike


def _edits(length: int) -> int:
    return next(edits for shortest, edits in _EDITS if length >= shortest)


def _slip(token: str, word: str) -> bool:
    """One slip of the hand or of the ear, not another word: a letter dropped, added or
    two swapped, or the word spelt as it sounds ("kamera"); a letter changed for another
    only from eight letters ("camaro" is no "camera", "murano" no "merino", "heeted"
    needs its "seats" to be "heated")."""
    if len(token) >= _SURE or _heard(token) == _heard(word):
        return True
    if len(token) != len(word):
        return DamerauLevenshtein.distance(token, word) == 1
    return sorted(token) == sorted(word)


def _other_form(token: str, word: str) -> bool:
    """``token`` is ``word`` with an ending, or its beginning ("wirelessly", "directe",
    "speedo", "prem"): another form or the shorthand's prefix, not a slip; a doubled last
    letter ("controll") or a last letter dropped ("climat") is a slip."""
    short, long = sorted((token, word), key=len)
    if len(short) == len(long) or not long.startswith(short):
        return False
    if token is short:  # a last letter dropped is a slip ("climat", "engin")
        return len(long) - len(short) > 1
    return set(long[len(short):]) != {short[-1]}


class _Index:
    """The table's words by sound key, built once; and what the vocabulary's phrases
    write side by side."""

    def __init__(self, pieces: frozenset[str], known: frozenset[str],
                 pairs: frozenset[tuple[str, str]],
                 table_pairs: frozenset[tuple[str, str]] = frozenset()) -> None:
        self.pieces = pieces  # every table word, read only as a piece of a run-on token
        # a feature's words, not the table's plain words ("into", "with")
        self.targets = frozenset(w for w in pieces if len(w) >= _SHORTEST_TARGET
                                 and w not in PLAIN)
        self.known = known
        self.pairs = pairs
        self.table_pairs = table_pairs  # what the table's own phrases write side by side
        self._by_key: dict[str, set[str]] = {}
        for word in self.targets:
            self._by_key.setdefault(sound_key(word), set()).add(word)
        self._cues = [c for c in CUE_WORDS if c.isalpha() and len(c) >= _SHORTEST]

    def is_word(self, token: str) -> bool:
        """A word of English, of the vocabulary, a cue or a dealer's abbreviation ("tan int"
        is the interior's colour, no "tint"): never read as another."""
        lower = token.lower()
        return (lower in self.known or lower in english_words() or lower in CUE_WORDS
                or lower in DEALER_WORDS)

    def _near_cue(self, lower: str) -> bool:
        return lower in CUE_WORDS or any(
            DamerauLevenshtein.distance(lower, cue, score_cutoff=1) <= 1 for cue in self._cues)

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one index for the process's life
    def slips_of(self, lower: str) -> frozenset[str]:
        """The table words a real word ``lower`` is one slip from: one edit, or the same
        sound ("bower": power, "crews": cruise); not its own other forms ("seat", "seats")."""
        if (len(lower) < _SHORTEST or not lower.isalpha() or lower in self.known
                or lower in self.pieces or self._near_cue(lower) or self._verb_form(lower)):
            return frozenset()  # the vocabulary's own words ("audio", "axle") stay
        key = sound_key(lower)
        return frozenset(
            word for word in self.targets
            if word != lower and word not in CUE_WORDS and not _other_form(lower, word)
            and word.rstrip("s") != lower.rstrip("s")
            and (DamerauLevenshtein.distance(lower, word, score_cutoff=1) <= 1
                 or (len(key) > 2 and sound_key(word) == key)))  # "a" is any vowel's

    def _verb_form(self, lower: str) -> bool:
        """Whether ``lower`` is another form of a verb the vocabulary uses ("heats" of
        "heat", "heated"): the seller meant it ("the wheel heats up" is no "heads up")."""
        known = self.known | self.pieces
        stems = {lower[:-len(end)] for end in ("s", "es", "ing") if lower.endswith(end)}
        return any(stem in known and (f"{stem}ed" in known or f"{stem}ing" in known)
                   for stem in stems)

    def real_slip(self, lower: str, before: str, after: str) -> str | None:
        """The table word a real word was slipped from, read only where the pair it makes
        with a neighbour is one the table's phrases write ("heated sheets": "heated seats",
        "bower windows", "remote star") and the pair as written is none the vocabulary
        knows ("heated seats" stays); two readings read nothing."""
        if (before, lower) in self.pairs or (lower, after) in self.pairs:
            return None
        found = {word for word in self.slips_of(lower)
                 if ((before, word) in self.table_pairs and before not in _GLUE)
                 or ((word, after) in self.table_pairs and after not in _GLUE)}
        return next(iter(found)) if len(found) == 1 else None

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one index for the process's life
    def read(self, lower: str) -> tuple[str, bool] | None:
        """The one table word ``lower`` is a misspelling of, and whether it is sure (one
        slip) or needs a neighbour the word pairs with; ``None`` when none or two."""
        if (len(lower) < _SHORTEST or not lower.isascii() or not lower.isalpha()
                or self.is_word(lower) or (lower.endswith("s") and lower[:-1] in self.pieces)):
            return None  # too short, a word, or a table word's plural ("foglights")
        if self._near_cue(lower):
            return None  # "remove", "delted": a cue's word, never a feature's
        word = self._nearest(lower)
        if not word or _other_form(lower, word):
            return None
        return word, len(lower) > _SHORTEST and (_slip(lower, word) or self._parts(lower, word))

    def _parts(self, lower: str, word: str) -> bool:
        """A compound of the table's words read part by part: its first part as written,
        the rest as it sounds ("sunruf": "sun" + "roof")."""
        return any(word[:cut] in self.pieces and word[cut:] in self.pieces
                   and lower.startswith(word[:cut]) and len(lower) - cut >= 2
                   and sound_key(lower[cut:]) == sound_key(word[cut:])
                   for cut in range(3, len(word) - 2))

    def _nearest(self, lower: str) -> str | None:
        allowed = _edits(len(lower))
        sounds = self._by_key.get(sound_key(lower), set())
        # a word of four letters only one edit from a word that sounds alike ("weel")
        extra = 1 if _SHORTEST < len(lower) < _SURE else 0  # "blak" is no "block"
        found: dict[str, tuple[int, int]] = {}
        for word in sounds if len(lower) == _SHORTEST else self.targets:
            if abs(len(word) - len(lower)) > allowed + extra:
                continue
            limit = allowed + extra * (word in sounds)  # sounding alike buys one more edit
            written = DamerauLevenshtein.distance(lower, word, score_cutoff=limit)
            distance = written
            if len(lower) > _SHORTEST and word in sounds:  # "lites" is "lights" as heard
                distance = min(distance, DamerauLevenshtein.distance(
                    _heard(lower), _heard(word), score_cutoff=limit))
            if distance <= limit and (word[0] == lower[0] or word in sounds) and (
                    distance < 2 or word in sounds):  # two edits only where it sounds alike
                # nearest as heard, then as written ("leatther": leather, not letter)
                found[word] = (distance, written)
        if not found:
            return None
        # a word that sounds alike comes first ("lites": lights, not lines)
        alike = {w: d for w, d in found.items() if w in sounds} or found
        best = min(alike.values())
        words = {w for w, d in alike.items() if d == best}
        # a word and its plural are one reading ("weel": wheel, wheels)
        words = {w for w in words if not (w.endswith("s") and w[:-1] in words)}
        return next(iter(words)) if len(words) == 1 else None

    def split(self, lower: str, most: int = _MOST_PIECES) -> list[str] | None:
        """``lower`` as the fewest table words run together ("and"/"with" glued between
        them too), or ``None``."""
        if lower in self.pieces:
            return [lower]
        if most <= 1:
            return None
        best: list[str] | None = None
        for cut in range(3, len(lower) - 1):
            head = lower[:cut]
            if head not in self.pieces and head not in _GLUE:
                continue
            rest = self.split(lower[cut:], most - 1)
            if rest and rest[-1] not in _GLUE and (best is None or len(rest) + 1 < len(best)):
                best = [head, *rest]
        return best

    def written_together(self, pieces: list[str]) -> bool:
        """Pieces the vocabulary writes side by side, each with the next ("power windows",
        "heated and cooled seats"): "multilink", "sunblind" or "lightbar" are names."""
        return sum(p not in _GLUE for p in pieces) > 1 and all(
            pair in self.pairs for pair in itertools.pairwise(pieces)
            if not set(pair) & set(_GLUE))

    def paired(self, word: str, before: str, after: str) -> bool:
        """Whether ``word`` and a neighbour are written side by side in the vocabulary's
        phrases ("heated seats", "remote start"), glue words aside."""
        return ((before, word) in self.pairs and before not in _GLUE) or (
            (word, after) in self.pairs and after not in _GLUE)


@functools.cache
def _index() -> _Index:
    phrases = table_phrases("synonyms")  # never its comments' prose ("a leather")
    pieces = frozenset(re.findall(r"[a-z]{2,}", " ".join(phrases)))
    known = vocabulary()
    return _Index(pieces, known.words - _other_languages_only(), known.pairs,
                  word_pairs(",".join(phrases)))


def _other_languages_only() -> frozenset[str]:
    """The words only the other languages' lexicons write: no guard of a line the spelling
    reader reads, which is in none of them (a line in one is read by its lexicon instead),
    so that an English slip one of them shares ("satelite radio", Portuguese's word) is
    still read."""
    words = {w for name in ("synonyms", "makers", "sample_lines")
             for w in re.findall(r"[a-z]{2,}", " ".join(table_phrases(name)))}
    return frozenset(re.findall(r"[a-z]{2,}", " ".join(table_phrases("language")))) - words


def _plain(token: str) -> bool:
    """Written in small letters, as a hurried listing is: capitals are a name's ("Kamera
    Motors", "rearAC"), the dealer shorthand's or the scan's ("MIRRS", "WHEE1"), read by
    :mod:`._shorthand` and :mod:`._ocr`, or a sticker's, whose slips the mapping's fuzzy
    match weighs ("Navigaton System"); letters of another alphabet are another
    language's."""
    return token.isascii() and token.islower()


def _joined(words: list[str], at: int, index: _Index) -> str | None:
    """``words[at]`` and the next as the one table word they are misspelt apart ("sun ruf",
    "moon roff"): one of them no word, neither a misspelling alone, the whole sounding as
    the table word does and at most two edits from it ("dep alert" is no "dealer")."""
    head, tail = words[at], words[at + 1]
    if not (_plain(head) and _plain(tail)) or (index.is_word(head) and index.is_word(tail)):
        return None
    whole = head + tail
    if initials(whole):
        return None  # "it bc", a chat's "because", is no "itbc"
    if whole in index.targets:
        return whole
    if index.read(head) or index.read(tail):
        return None
    found = index.read(whole)
    if not found or sound_key(found[0]) != sound_key(whole):
        return None
    word = found[0]
    # one half is the table word's own, three letters or more ("sun" of "sunroof")
    kept = (len(head) >= 3 and word.startswith(head)) or (len(tail) >= 3 and word.endswith(tail))
    return word if kept and DamerauLevenshtein.distance(whole, word) <= 2 else None


def _reading(words: list[str], at: int, index: _Index, sure: dict[int, str]) -> str | None:
    """What ``words[at]`` reads as: a misspelling (one not sure only beside a word it is
    written with), an ordinal glued to a word ("3rdrow"), or table words run together."""
    token = words[at]
    numbered = _NUMBERED.fullmatch(token)
    if numbered:
        pieces = index.split(numbered.group(2)) or []
        if len(pieces) == 1 or index.written_together(pieces):
            return f"{numbered.group(1)} {' '.join(pieces)}"
        return None
    if not _plain(token) or not token.isalpha():
        return None
    before = sure.get(at - 1, words[at - 1]) if at else ""
    after = sure.get(at + 1, words[at + 1]) if at + 1 < len(words) else ""
    if index.is_word(token):
        return index.real_slip(token, before, after)
    found = index.read(token)
    if found:
        word, certain = found
        return word if certain or index.paired(word, before, after) else None
    pieces = index.split(token) if len(token) >= _SHORTEST_RUN_ON else None
    return " ".join(pieces) if pieces and index.written_together(pieces) else None


_TOKEN = re.compile(r"[^\W_]+")


def read_spelling(text: str) -> str:
    """``text`` with its misspelt, split and run-together words read as table words;
    unchanged when it has none."""
    index = _index()
    tokens = list(_TOKEN.finditer(text))
    words = [t.group() for t in tokens]
    read: dict[int, str] = {}
    for at in range(len(words) - 1):
        if at not in read and at - 1 not in read \
                and text[tokens[at].end():tokens[at + 1].start()] == " ":
            word = _joined(words, at, index)
            if word:
                read[at], read[at + 1] = word, ""
    sure = {at: found[0] for at, w in enumerate(words)
            if at not in read and _plain(w) and (found := index.read(w)) and found[1]}
    for at in range(len(words)):
        if at not in read:
            word = _reading(words, at, index, sure)
            if word:
                read[at] = word
    if not read:
        return text
    out, end = [], 0
    for at, token in enumerate(tokens):
        if at in read:
            # the second half of a joined pair ("") takes the space before it along
            out += [text[end:token.start()] if read[at] else "", read[at]]
            end = token.end()
    return "".join(out) + text[end:]
