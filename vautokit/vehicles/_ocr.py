"""Scan damage read back into the words the mapping knows, before a line is mapped.

Real window stickers reach the mapping through PDF text layers and OCR, with the damage
those leave: UTF-8 read as Windows-1252 ("BoseÂ®", "Meridianâ„¢"), letters a scanner
confuses ("CarPIay", "whee1", "Srnart", "Sunr00f", "EQUlPMENT"), words broken over a line
("compatibi- lity") and words run together when line breaks are lost ("HeatedFrontSeats",
"sensingwindshield", "LiftgateandHeated", "360cam"). No list of damaged words keeps up, so
the damage is read by its kind, and only ever toward a word of the mapping's own vocabulary
(the words of its tables, its makers' names, its sample sticker lines and its language data): a word
it knows is never touched, and one it cannot read back into exactly one known word stays as
it came, so ordinary text is not rewritten.

- mojibake: a run of Windows-1252 characters that is valid UTF-8 once encoded back is
  decoded (a stdlib round trip; ftfy leaves a lone "â„¢" as it is, the commonest case);
- confusions inside a word it does not know: l/I/1/|, rn/m, 0/O, 5/S, cl/d, vv/w, resolved
  through a key where each confusable spelling is folded to one form, precomputed for the
  vocabulary, so a word costs one lookup;
- a word hyphenated over a line break is joined when the whole is a known word and its
  first part is no word ("compatibi- lity", "venti-lated");
- a glued word is split at its capitals or, failing that, into known words, when the
  split is a scan's and not a name written as one word ("ConnectedDrive", "Airmatic"
  stay): more than two capitalised words, two words the vocabulary writes side by side,
  damage inside the pieces too, a "w/" glued on, or two items glued where a line
  break was lost, each word pairing with its neighbour outside ("KardonHead-Up");
- a figure of two digits or more glued to a word the vocabulary knows is split from it
  ("360cam", "12SPEAKER").

A word of English (pyspellchecker's lexicon) or of the vocabulary is never rewritten, nor
a token shorter than four characters ("SR5", "lil", "G0"): too close to too many words.

:func:`repair_scan_damage` returns the line unchanged when nothing was repaired; the mapping
then says what the line was read as.
"""

from __future__ import annotations

import functools
import itertools
import re
import tomllib
from importlib import resources

from ._scope import CUE_WORDS

# Windows-1252's characters beyond ASCII (a UTF-8 byte read as cp1252 is one of them)
_CP1252 = "".join(chr(b) for b in range(0xA0, 0x100)) + "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE_RUN = re.compile(f"[{re.escape(_CP1252)}]{{2,}}")
# confusable spellings folded to one form, longest first ("rn" before a lone letter)
_FOLDS = (("|", "l"), ("1", "l"), ("i", "l"), ("rn", "m"), ("cl", "d"), ("vv", "w"),
          ("0", "o"), ("5", "s"))
_TOKEN = re.compile(r"[A-Za-z0-9|]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]{2})")
_HYPHENATED = re.compile(r"\b([A-Za-z]{2,})-\s*([a-z]{2,})\b")
# a word a scan broke with a space: "Navig ation", "Steer ing"
_BROKEN = re.compile(r"\b([A-Za-z]{2,}) ([A-Za-z]{2,})\b")
# a figure of two digits or more glued to a word of three letters or more in one case
# ("360cam", "12SPEAKER"), or a digit glued to what it counts ("9spk", "7pass"); "4wd",
# "4x4" and "2dr" are one word, "300Tdi" an engine's name, "4MOTION" a drive's
_FIGURE_GLUED = re.compile(r"([0-9]{2,})([a-z]{3,}|[A-Z]{3,})")
_COUNT_GLUED = re.compile(r"([0-9])((?i:spks?|spkrs?|speakers?|pass|passengers?|doors?|seats?"
                          r"|seaters?|rows?|zones?|speeds?))")
_SHORTEST = 4  # a shorter token ("G0", "SR5", "lil") is too close to too many words
_SHORTEST_PIECE = 4  # a piece of a glued word; "and" (inside a glued capitalised word) and
# "w" (before "/") also count
_GLUE = frozenset({"and", "with"})
_SHORTEST_GLUE = 3  # the shortest piece a split tries: "and"
_MOST_PIECES = 3
# a digit or a capital I among a short token's letters: "G0", "a11", "AII" (not "lil")
_SHORT_DAMAGE = re.compile(r"[A-Za-z][0-9|]|[0-9|][A-Za-z]|[A-Z]I|I[a-z]|[0-9]{2}$")


def _fold(word: str) -> str:
    key = word.lower()
    for confusable, form in _FOLDS:
        key = key.replace(confusable, form)
    return key


class _Vocabulary:
    """The mapping's words and, for each folded key, the one word it reads back to."""

    def __init__(self, words: frozenset[str], pairs: frozenset[tuple[str, str]]) -> None:
        self.words = words
        self.pairs = pairs  # words the vocabulary's phrases and lines write side by side
        by_key: dict[str, set[str]] = {}
        for word in words:
            by_key.setdefault(_fold(word), set()).add(word)
        # a key two known words share reads back to neither
        self._by_key = {key: next(iter(ws)) for key, ws in by_key.items() if len(ws) == 1}

    def knows(self, token: str) -> bool:
        """A word of the vocabulary or of English: never rewritten."""
        lower = token.lower()
        return lower in self.words or lower in english_words()

    def read_back(self, token: str) -> str | None:
        """The vocabulary word a token is a scan of, if exactly one; a word it knows is
        itself (``None`` for an English word the vocabulary lacks)."""
        lower = token.lower()
        if lower in self.words:
            return lower
        if len(token) < _SHORTEST or sum(c.isalpha() for c in token) < 2 or self.knows(token):
            return None
        word = self._by_key.get(_fold(token))
        return word if word and len(word) >= _SHORTEST else None

    def read_short(self, token: str, beside: tuple[str, str]) -> str | None:
        """A short token with a confused digit or capital I ("G0", "a11", "AII") read back
        only where the word it reads as pairs with its neighbour as the vocabulary writes
        them ("KEYLESS-G0": "keyless go", "AII-Wheel": "all wheel"); "SR5" or "V5C" pair
        with nothing and stay."""
        if not _SHORT_DAMAGE.search(token) or self.knows(token):
            return None
        word = self._by_key.get(_fold(token))
        if not word or word == token.lower():
            return None
        pairs = ((beside[0], word), (word, beside[1]))
        return word if any(p in self.pairs and not _GLUE & set(p) for p in pairs) else None

    def pieces(self, token: str, before_slash: bool,
               beside: tuple[str, str] = ("", "")) -> list[str] | None:
        """A glued token as words: at its capitals (each piece a known word, an English
        word, or "and"/"with" glued on), else the fewest vocabulary words. ``beside`` are
        the words before and after the token."""
        camel = [p for p in _CAMEL.split(token) if p]
        if len(camel) > 1:
            read = [self._piece(p) for p in camel]
            words = self._rejoined([w for ws in read if ws for w in ws])
            if all(read) and (len(words) > 2 or self._glued(words, camel)
                              or self._items_glued(words, beside)):
                return words
        words = self._split(token.lower(), before_slash, _MOST_PIECES, glue=False) or []
        return words if self._glued(words, [token]) or self._items_glued(words, beside) \
            else None

    def _items_glued(self, words: list[str], beside: tuple[str, str]) -> bool:
        """Two words glued where a space or a line break was lost ("Harman KardonHead-Up
        Display", "Rain-sensingwindshield wipers"): each forms a pair of the vocabulary
        with its neighbour outside the token."""
        return len(words) == 2 and ((beside[0], words[0]) in self.pairs
                                    and (words[1], beside[1]) in self.pairs)

    def _rejoined(self, words: list[str]) -> list[str]:
        """Capitalised pieces that are one word of the vocabulary joined back ("Car",
        "Play" is "carplay")."""
        out: list[str] = []
        for word in words:
            if out and out[-1] + word in self.words:
                out[-1] += word
            else:
                out.append(word)
        return out

    def _glued(self, words: list[str], pieces: list[str]) -> bool:
        """Words glued by a scan, not a name written as one word ("ConnectedDrive",
        "Airmatic"): three the vocabulary writes side by side, or two with one too short
        for the shorthand's compounds ("HeadUp"), or the glue hid damage too
        ("PanoramicSunr00f"), or a "w/" ("sunroofw/"). Two table words run together
        alone ("ParkAssist", "LANEKEEP") are the shorthand's to read, and to doubt."""
        if len(words) < 2:
            return False
        paired = all(pair in self.pairs for pair in itertools.pairwise(words))
        return ((paired and (len(words) > 2 or min(map(len, words)) < _SHORTEST_GLUE))
                or words[-1] == "w"
                or any(p.lower() not in (*words, "".join(words)) for p in pieces))

    def _piece(self, piece: str) -> list[str] | None:
        if piece.lower() in english_words() and len(piece) >= _SHORTEST_PIECE:
            return [piece.lower()]
        return self._split(piece.lower(), False, 2, glue=True)

    def _split(self, text: str, before_slash: bool, most: int, *,
               glue: bool) -> list[str] | None:
        """``text`` as the fewest vocabulary words (``most`` at most); ``glue`` lets "and"
        and "with" be pieces too, as inside a glued capitalised word ("LiftgateandHeated");
        a "w" before a slash is the "w/" it was glued to ("sunroofw/ power sunshade")."""
        if before_slash and text.endswith("w"):
            rest = self._split(text[:-1], False, most - 1, glue=glue)
            return [*rest, "w"] if rest else None
        whole = self.read_back(text)
        if whole or (glue and text in _GLUE):
            return [whole or text]
        best: list[str] | None = None
        for cut in range(_SHORTEST_GLUE, len(text) - _SHORTEST_GLUE + 1):
            head = self.read_back(text[:cut]) or (
                text[:cut] if glue and text[:cut] in _GLUE else None)
            rest = self._split(text[cut:], False, most - 1, glue=glue) if head and most > 1 \
                else None
            if head and rest and (best is None or len(rest) + 1 < len(best)):
                best = [head, *rest]
        return best


def word_pairs(text: str) -> frozenset[tuple[str, str]]:
    """The pairs of words ``text``'s phrases write side by side ("heated seats"), a hyphen
    read as a space; the evidence that two words belong together."""
    return frozenset(pair for phrase in re.split(r"[^a-z -]+", text)
                     for pair in itertools.pairwise(phrase.replace("-", " ").split()))


@functools.cache
def english_frequencies() -> dict[str, int]:
    """pyspellchecker's English lexicon with each word's frequency, loaded once, at the first
    word the vocabulary lacks (see :func:`english_words`)."""
    from spellchecker import SpellChecker

    return dict(SpellChecker(distance=1).word_frequency.dictionary)


@functools.cache
def english_words() -> frozenset[str]:
    """English words: "modern", "notice" or "panels" are never read as "modem", "not ice",
    "pan els"."""
    return frozenset(english_frequencies())


# a regular expression's escape ("\\b", "\\d") and its "re:" mark are no letters of a word
_REGEX_MARKS = re.compile(r"\\[A-Za-z]|^re:")


def table_phrases(name: str) -> list[str]:
    """The keys and phrases of the data table ``name`` (e.g. "synonyms"), lower case: what
    the table says, never its comments, and a regular expression without its escapes, so
    that a comment's prose or "\\bdiesel" never becomes a word the readers know."""
    data = resources.files("vautokit.vehicles") / "data"
    table = tomllib.loads((data / f"{name}.toml").read_text(encoding="utf-8"))
    return [_REGEX_MARKS.sub(" ", _ruled_out_dropped(text)).lower() for text in _strings(table)]


def _ruled_out_dropped(text: str) -> str:
    """A regular expression without its negative lookarounds ("(?<!12v )plug in(?! at)"):
    the words a phrase is written never to match beside are no words the table names."""
    if not text.startswith("re:"):
        return text
    out, k = [], 0
    while k < len(text):
        if text.startswith(("(?!", "(?<!"), k) and (k == 0 or text[k - 1] != "\\"):
            k = _group_end(text, k)
            continue
        out.append(text[k])
        k += 1
    return "".join(out)


def _group_end(text: str, start: int) -> int:
    """The index after the group that opens at ``start`` (escaped brackets skipped)."""
    depth, k = 0, start
    while k < len(text):
        if text[k] == "\\":
            k += 2
            continue
        depth += {"(": 1, ")": -1}.get(text[k], 0)
        k += 1
        if depth == 0:
            return k
    return k


def _strings(value: object) -> list[str]:
    """Every key and string a parsed TOML value holds, in order."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in (key, *_strings(item))]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


@functools.cache
def vocabulary() -> _Vocabulary:
    # one phrase per line: a pair of words never spans two phrases
    text = "\n".join(phrase for name in ("synonyms", "makers", "sample_lines", "language")
                      for phrase in table_phrases(name))
    pairs = word_pairs(text)
    # the scope's cue words too: "repIace", "unavaiIable" are cues read back
    words = frozenset(re.findall(r"[a-z]{2,}", text)) | {
        w for w in CUE_WORDS if re.fullmatch(r"[a-z]{2,}", w)}
    return _Vocabulary(words, pairs)


def _mojibake(match: re.Match[str]) -> str:
    run = match.group()
    try:
        return run.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return run


def _token(match: re.Match[str], vocabulary: _Vocabulary) -> str:
    token = match.group()
    if vocabulary.knows(token) or token.isdigit():
        return token
    figure = _FIGURE_GLUED.fullmatch(token) or _COUNT_GLUED.fullmatch(token)
    if figure and figure.group(2).lower() in vocabulary.words:
        return f"{figure.group(1)} {figure.group(2)}"  # "360cam", "12SPEAKER", "9spk"
    word = vocabulary.read_back(token)
    if word:
        return _cased(word, token)
    before_slash = match.string[match.end():match.end() + 1] == "/"
    before = re.findall(r"[a-z]+", _CAMEL.sub(" ", match.string[:match.start()]).lower())
    after = re.findall(r"[a-z]+", match.string[match.end():].lower())
    beside = (before[-1] if before else "", after[0] if after else "")
    if len(token) < _SHORTEST:
        word = vocabulary.read_short(token, beside)
        return _cased(word, token) if word else token
    pieces = (vocabulary.pieces(token, before_slash, beside)
              if len(token) > _SHORTEST else None)
    return " ".join(_cased_piece(p, token, at) for at, p in enumerate(pieces)) if pieces \
        else token


def _cased(word: str, token: str) -> str:
    """``word`` in its token's case, so what reads case (a sentence's end, a key's words)
    reads it as before: "WHEE1" -> "WHEEL", "Carnera" -> "Camera"."""
    if _all_capitals(token):
        return word.upper()
    return word.capitalize() if token[:1].isupper() else word


def _all_capitals(token: str) -> bool:
    """Written in capitals, a confused "l" or "i" aside ("EQUlPMENT")."""
    letters = [c for c in token if c.isalpha() and c not in "il"]
    return (len(letters) > 1 or len(token) > 1) and bool(letters) and all(
        c.isupper() for c in letters)


def _cased_piece(word: str, token: str, at: int) -> str:
    """A piece of a glued token in the token's case: the first as the token starts, the
    others capitalised where the token was glued at capitals ("Heated Rear Seats"), never
    "and", "with" or the "w" of "w/"."""
    if at == 0 or _all_capitals(token):
        return _cased(word, token)
    camel = any(c.isupper() for c in token[1:])
    return word.capitalize() if camel and word not in _GLUE | {"w"} else word


def _joined(match: re.Match[str], vocabulary: _Vocabulary) -> str:
    head, tail = match.groups()
    word = vocabulary.read_back(head + tail)
    return _cased(word, head) if word and not vocabulary.knows(head) else match.group()


def _rejoined(match: re.Match[str], vocabulary: _Vocabulary) -> str:
    """Two pieces a space broke, joined when one is no word and the whole is one. A scan
    breaks words, not initials: a whole with no vowel after its first letter ("itbc" of "it
    bc", a chat's "because") is two words as written."""
    head, tail = match.groups()
    if vocabulary.knows(head) and vocabulary.knows(tail):
        return match.group()
    word = vocabulary.read_back(head + tail)
    return _cased(word, head) if word and not initials(word) else match.group()


def initials(word: str) -> bool:
    """Whether ``word`` is initials ("itbc", "ABS"): no vowel after its first letter. A scan
    or a slip breaks a word apart, not initials, so two words are never joined into them."""
    return not re.search(r"[aeiouy]", word[1:].lower())


def repair_scan_damage(text: str) -> str:
    """``text`` with its scan damage read back into known words; unchanged if none."""
    known = vocabulary()
    repaired = _MOJIBAKE_RUN.sub(_mojibake, text)
    repaired = _HYPHENATED.sub(lambda m: _joined(m, known), repaired)
    repaired = _BROKEN.sub(lambda m: _rejoined(m, known), repaired)
    return _TOKEN.sub(lambda m: _token(m, known), repaired)
