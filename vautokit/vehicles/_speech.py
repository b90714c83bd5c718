"""Speech recognition's writing read as the words the speaker said.

Voicemails, dictated appraisals and call transcripts are written by a recogniser that
hears sounds, not a car's vocabulary. It spells an acronym out letter by letter ("the rear
A C", "L E D head lamps", "jay bee el"), writes a maker's name as the words it sounds like
("four matic", "for motion", "X drive", "H trac") and a number as words ("two point five
T"), and picks ordinary words that sound like a feature's ("crews control", "heated
seeds", "navy gation", "key less and tree"). No list of such mishearings keeps up, so each
is read by how speech is written, and only ever toward the synonym table's own words:

- letters spoken one by one (capitals apart, or the letters' names "jay bee el") are
  joined where the letters make a word the vocabulary knows ("LED", "JBL"), with the
  slash the table writes between two ("A C" -> "A/C"); letters that make none stay apart
  ("the I T department");
- a number word or a letter glued back to the word after it where together they are one
  word of the table and no English word ("four matic" -> "4matic", "X drive" -> "xdrive");
  "for" is heard as "four" there too ("for motion");
- a filler ("you know", "like", "uh") said between two words the table writes side by
  side dropped ("heated, you know, seats"); elsewhere it stays ("feels like leather");
- a decimal spoken as words ("two point five") written as its digits ("2.5");
- a run of two to four words that sounds as a table phrase of two or three words sounds
  (:func:`spoken_key`: its consonants as heard, voiced and voiceless alike, word breaks
  ignored) is read as that phrase, word for word. A recogniser writes only dictionary
  words, so a heard word is an English word (shorthand, "pwr", and misspellings are the
  other readers'); guards, so a line that says what it means is never rewritten: at
  least one of the phrase's words is said as written (an anchor: "crews control"); a
  word heard in place of another is none of the table's own ("rear side" is no "rear
  seat"), starts with the same letter and has four letters or more, five where only a
  voiced sound was heard voiceless ("seeds" for "seats"; "boot" is no "bed"); a word
  heard as two ("heat at" for "heated") starts with the word's first two letters and
  its second part is a short word not of the table; no cue word is in the run, the
  phrase sounds of four consonants or more, and exactly one phrase is read.

A line with none of this comes back as it came.
"""

from __future__ import annotations

import functools
import itertools
import re

from ._ocr import english_words, table_phrases, word_pairs
from ._scope import CUE_WORDS
from ._spelling import sound_key

# the names of letters as a recogniser writes them (not "see", "you", "are", "why", "oh":
# those are words far more often than letters)
_LETTER_NAMES = {"bee": "b", "cee": "c", "dee": "d", "ef": "f", "eff": "f", "gee": "g",
                 "aitch": "h", "jay": "j", "kay": "k", "el": "l", "ell": "l", "em": "m",
                 "en": "n", "pee": "p", "ar": "r", "es": "s", "ess": "s", "tee": "t",
                 "vee": "v", "ex": "x", "wye": "y", "zee": "z", "zed": "z"}
# a number said before a maker's word ("four matic"); "for" and "to" as heard
_NUMBER_WORDS = {"one": "1", "two": "2", "to": "2", "three": "3", "four": "4", "for": "4",
                 "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine")
_DECIMAL = re.compile(
    rf"\b({'|'.join(_DIGIT_WORDS)}) point ({'|'.join(_DIGIT_WORDS)})\b", re.IGNORECASE)
# a run of letters spoken apart: capitals, or the letters' names, one space between
_LETTER = rf"(?:[A-Z]|{'|'.join(_LETTER_NAMES)})"
_LETTERS = re.compile(rf"(?<![\w/&-]){_LETTER}(?: {_LETTER})+(?![\w/&-])")
_WORD = re.compile(r"[^\W_]+")
_SHORTEST_NAME = 4  # a joined maker's word ("all4", "htrac"); shorter ones are too many
_SHORTEST_KEY = 4  # the consonants a sound-alike phrase holds ("hybrid": h p r t)
_MOST_WORDS = 4
_LONGEST_LETTERS = 3  # an acronym in capitals read as the phrase's word ("XM")
_SHORTEST_PART = 3  # the first of two heard words a word was broken into
_LONGEST_PIECE = 4  # the second of them: a short word ("at", "word")
_SHORTEST_HEARD = 4  # a heard word shorter than this sounds as too many others
# a voiced sound heard as its voiceless twin ("seeds" as "seats", "departure" as "the
# parture")
_VOICED = str.maketrans("dbgv", "tpkf")


def spoken_key(words: str) -> str:
    """How ``words`` sound together, roughly: :func:`._spelling.sound_key` of the words run
    together, voiced consonants as their voiceless twins, so that a word break moved or a
    "d" heard as "t" keeps the key ("lane the parture" and "lane departure": "lntprtr")."""
    key = sound_key(re.sub(r"[^a-z]", "", words.lower())).translate(_VOICED)
    return "".join(c for k, c in enumerate(key) if not k or c != key[k - 1])


@functools.cache
def _table() -> tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]]:
    """The table's words (synonyms and makers), its one-word names with a digit or no
    English word ("4matic", "xdrive"), and its plain phrases of two or three words by
    :func:`spoken_key`."""
    phrases = table_phrases("synonyms") + table_phrases("makers")
    words = frozenset(w for p in phrases for w in re.findall(r"[a-z0-9]+", p))
    names = frozenset(w for w in words if len(w) >= _SHORTEST_NAME and w not in english_words()
                      and re.search(r"[a-z]", w))
    by_key: dict[str, set[str]] = {}
    for phrase in table_phrases("synonyms"):
        if re.fullmatch(r"[a-z]+(?: [a-z]+){1,2}", phrase):
            key = spoken_key(phrase)
            if len(key) >= _SHORTEST_KEY:
                by_key.setdefault(key, set()).add(phrase)
    return words, names, {k: frozenset(v) for k, v in by_key.items()}


def _letters(match: re.Match[str]) -> str:
    """A run of spoken letters with each part that spells a word of the table joined
    ("S H A W D" -> "S H AWD", "L E D" -> "LED"), the longest first; others as they came."""
    spoken = match.group().split(" ")
    letters = [_LETTER_NAMES.get(s.lower(), s.lower()) for s in spoken]
    words, _, _ = _table()
    out: list[str] = []
    at = 0
    while at < len(letters):
        end = next((e for e in range(len(letters), at + 1, -1)
                    if "".join(letters[at:e]) in words), None)
        if end is None:
            out.append(spoken[at])
            at += 1
        else:
            out.append(_written(letters[at:end]))
            at = end
    return " ".join(out)


def _written(letters: list[str]) -> str:
    """Spoken letters as the table writes them: two with a slash where it writes them so
    ("A C" -> "A/C": a bare "AC" in prose is a trim's as often), others joined ("LED")."""
    if len(letters) == 2 and tuple(letters) in _slashed():
        return "/".join(letters).upper()
    return "".join(letters).upper()


@functools.cache
def _slashed() -> frozenset[tuple[str, ...]]:
    """Pairs of letters the table writes with a slash between ("a / c")."""
    text = " , ".join(table_phrases("synonyms") + table_phrases("makers"))
    return frozenset(re.findall(r"(?<![a-z])([a-z]) / ([a-z])(?![a-z])", text))


def _glued(head: str, tail: str, names: frozenset[str]) -> str | None:
    """The table's name ``head`` and ``tail`` make glued, a number word as its digit and a
    letter's name as its letter ("four" "matic" -> "4matic"); a number after a word is
    none ("all four wheels" is no "all4")."""
    first = _NUMBER_WORDS.get(head.lower(), _LETTER_NAMES.get(head.lower(), head.lower()))
    last = tail.lower()
    if len(first) == 1 and len(tail) >= _SHORTEST_PART and f"{first}{last}" in names:
        return f"{first}{last}"
    return None


def _joined_names(text: str) -> str:
    """A number word or a single letter and the word beside it glued together where
    together they are one of the table's names ("four matic" -> "4matic", "X drive" ->
    "xdrive")."""
    _, names, _ = _table()
    tokens = list(_WORD.finditer(text))
    out, end, at = [], 0, 0
    while at + 1 < len(tokens):
        head, tail = tokens[at], tokens[at + 1]
        name = _glued(head.group(), tail.group(), names) if _spaced(text, [head, tail]) else None
        if name:
            out += [text[end:head.start()], name]
            end = tail.end()
        at += 2 if name else 1
    return "".join(out) + text[end:] if out else text


def _sounded(text: str) -> str:
    """Runs of two to four words read as the table phrase they sound as (see the module's
    guards); the first run found wins, and a run is read once."""
    words, _, by_key = _table()
    tokens = list(_WORD.finditer(text))
    out, end, at = [], 0, 0
    while at < len(tokens):
        reading = None
        for size in range(_MOST_WORDS, 1, -1):
            run = tokens[at:at + size]
            if len(run) == size and _spaced(text, run):
                reading = _phrase([t.group() for t in run], words, by_key)
                if reading:
                    break
        if reading:
            out += [text[end:tokens[at].start()], reading]
            end = tokens[at + size - 1].end()
            at += size
        else:
            at += 1
    return "".join(out) + text[end:] if out else text


def _spaced(text: str, run: list[re.Match[str]]) -> bool:
    """Words said one after another: one space between each."""
    return all(text[a.end():b.start()] == " " for a, b in itertools.pairwise(run))


def _phrase(run: list[str], words: frozenset[str],
            by_key: dict[str, frozenset[str]]) -> str | None:
    """The one table phrase ``run`` sounds as, word for word, with at least one of its
    words said as written (an anchor: "crews control"), under the module's guards; or
    ``None``."""
    # a letters' word written in capitals ("XM") is the phrase's as it is
    run = [w.lower() if w.isupper() and 1 < len(w) <= _LONGEST_LETTERS else w for w in run]
    if not all(w.isalpha() and w.islower() for w in run) or any(w in CUE_WORDS for w in run):
        return None
    found = {p for p in by_key.get(spoken_key(" ".join(run)), ())
             if p != " ".join(run) and set(run) & set(p.split())
             and _heard_as(run, p.split(), words)}
    return next(iter(found)) if len(found) == 1 else None


def _heard_as(run: list[str], phrase: list[str], words: frozenset[str]) -> bool:
    """Whether ``run`` is ``phrase`` as heard, word by word: each of the phrase's words
    said as itself or as one or two English words that sound as it does and start with its
    first letter, one heard word none of the table's own ("seeds" for "seats"; "rear side"
    is no "rear seat"), two a word broken at its sound ("heat at" for "heated")."""
    if not phrase or not run:
        return not phrase and not run
    word, rest = phrase[0], phrase[1:]
    if run[0] == word:
        return _heard_as(run[1:], rest, words)
    for size in (1, 2):
        heard = run[:size]
        if (len(heard) == size and heard[0][0] == word[0]
                and spoken_key(" ".join(heard)) == spoken_key(word)
                and all(h in english_words() for h in heard)
                and (_broken(heard, word, words) if size == 2
                     else _misheard(heard[0], word, words))
                and _heard_as(run[size:], rest, words)):
            return True
    return False


def _broken(heard: list[str], word: str, words: frozenset[str]) -> bool:
    """Two heard words a word was broken into ("heat at" for "heated", "four word" for
    "forward"): the first of three letters or more and starting as the word does, the
    second a short word of two to four letters and none of the table's (a "switches" after
    "window" adds only a sound the key already holds, it is no piece of "windows")."""
    first, second = heard
    return (len(first) >= _SHORTEST_PART and 2 <= len(second) <= _LONGEST_PIECE
            and first[:_SHORTEST_PART - 1] == word[:_SHORTEST_PART - 1]
            and second not in words)


def _misheard(heard: str, word: str, words: frozenset[str]) -> bool:
    """A word a recogniser wrote for ``word``: an English word of four letters or more that
    is none of the table's; one that sounds as ``word`` only with a voiced consonant heard
    voiceless ("seeds" for "seats") has five or more ("boot" is no "bed")."""
    if len(heard) < _SHORTEST_HEARD or heard in words:
        return False
    return sound_key(heard) == sound_key(word) or len(heard) > _SHORTEST_HEARD


# what a speaker fills a pause with inside a name ("heated, you know, seats")
_FILLER = re.compile(
    r"\b([a-z]+)[ ,]+(?:you know|like|kind of|sort of|uh+|um+|er+)[ ,]+([a-z]+)\b")


@functools.cache
def _pairs() -> frozenset[tuple[str, str]]:
    return word_pairs(",".join(table_phrases("synonyms")))


def _unfilled(text: str) -> str:
    """A filler said between two words the table writes side by side dropped ("heated
    like seats" -> "heated seats"); elsewhere it stays ("feels like leather")."""
    def drop(match: re.Match[str]) -> str:
        before, after = match.group(1), match.group(2)
        return f"{before} {after}" if (before, after) in _pairs() else match.group()

    return _FILLER.sub(drop, text)


def read_speech(text: str) -> str:
    """``text`` with speech recognition's letters, numbers, names and sound-alikes read as
    the table's words; unchanged when it has none."""
    text = _LETTERS.sub(_letters, text)
    text = _DECIMAL.sub(lambda m: f"{_DIGIT_WORDS.index(m.group(1).lower())}."
                                  f"{_DIGIT_WORDS.index(m.group(2).lower())}", text)
    return _sounded(_joined_names(_unfilled(text)))
