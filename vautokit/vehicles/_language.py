"""Wording that is not the table's English, read as that English before any phrase is found.

The table speaks the English of printed stickers. Lots in North America also write Spanish
("cámara de reversa, asientos de piel, sin quemacocos") and Québec French ("sièges chauffants,
toit ouvrant supprimé"); salespeople dictate into a phone ("four by four", "blue tooth", "the
hitch was uh removed wait no ..."), and a classified ad's hype holds cue words that rule
nothing out ("won't last", "no accidents", "bad credit ok"). No list of such lines keeps up,
so each is read by a small lexicon (``data/language.toml``) into the English the mapping
already reads:

- accents are dropped ("cámara" is "camara");
- a line holding a marker word of a language (a noun, modifier or cue of it that is not
  also English) is read word by word in that language: multi-word names first ("techo
  solar", "sans fil"), a noun followed by its modifiers the English way round ("asientos de
  piel" -> "leather seats", "sièges arrière chauffants" -> "heated rear seats"), cues of
  negation, deletion, doubt and preparation as the English cues ("sin" -> "without",
  "supprimé" -> "deleted"), so what they rule out is ruled out as in English;
- dictation's forms, hesitations and self-corrections, and an ad's hype, on every line;
- on a line in no other language, speech recognition's spelt-out letters, split names,
  spoken decimals and sound-alikes (:func:`._speech.read_speech`), then misspelt English
  ("heeted seats", "sun ruf") read as the table's words (:func:`._spelling.read_spelling`);
- a feature described in plain words by someone who does not know its name ("the seats
  get warm when you push the button") read as its name (:func:`._plain.read_plain_words`).

A line with none of this is returned as it came: English lines are never touched.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from importlib import resources

from ._plain import read_plain_words
from ._speech import read_speech
from ._spelling import read_spelling

# the roles of a language's words, strongest first: a key in two tables takes the first
_ROLES = ("phrases", "cues", "nouns", "modifiers")
_MARKING = frozenset(_ROLES)  # roles whose words say the line is in that language
_APART = r"[\s-]+"  # words of a key apart by spaces or a hyphen ("essuie-glaces")
# a word is bounded by what is not a letter, a digit or the "&" of a name ("B&O" holds no
# Spanish "o")
_BOUNDED = r"(?<![A-Za-z0-9&]){}(?![A-Za-z0-9&])"
# a letter before a slash and a letter is an abbreviation, not a word ("A/C", "R/T"): the
# French "a" of "A/C" is no preposition to drop
_NOT_ABBREVIATED = r"(?![A-Za-z]/[A-Za-z0-9])"
_PART_END = r"(?=\s*(?:[,;.!)\]]|$))"
# an elided article before a vowel ("d'urgence", "l'arrière")
_ELIDED = re.compile(r"(?<![A-Za-z])([dlDL])'(?=[A-Za-z])")
_SPACES = re.compile(r"[ \t]+")


@dataclass(frozen=True)
class _Word:
    role: str  # "phrases", "cues", "nouns", "modifiers", "connectors", "function"
    english: str


@dataclass(frozen=True)
class _Language:
    """One language's lexicon: what each key means, the keys as one pattern, the markers."""

    words: dict[str, _Word]
    of: frozenset[str]  # connectors that join a noun to the noun it belongs to
    pattern: re.Pattern[str]
    markers: frozenset[str]
    weak: frozenset[str]  # words that mark a line only two together ("trae ... y ...")
    answers: dict[str, str]
    answer_pattern: re.Pattern[str] | None
    grammar: tuple[tuple[re.Pattern[str], str], ...]  # (pattern, replacement), in order

    def marks(self, text: str) -> bool:
        """Whether ``text`` holds a word of this language that is not also English, or two of
        its small words (a Spanglish line's "trae", "pero", "y": "sin sunroof, pero trae
        leather seats")."""
        found = {_key(m.group()) for m in self.pattern.finditer(text) if not _named(m.group())}
        return bool(found & self.markers) or len(found & self.weak) >= 2

    def read(self, text: str) -> str:
        """``text`` in English: its grammar's patterns, answers, then every key, then nouns and
        their modifiers turned round."""
        text = _ELIDED.sub(r"\1 ", text)
        for pattern, replacement in self.grammar:
            text = pattern.sub(replacement, text)
        if self.answer_pattern is not None:
            text = self.answer_pattern.sub(lambda m: self.answers[_key(m.group())], text)
        items: list[tuple[str, str]] = []  # (role, words): role "" for the text between
        at = 0
        for m in self.pattern.finditer(text):
            if _named(m.group()):
                continue
            items.append(("", text[at:m.start()]))
            key = _key(m.group())
            word = self.words[key]
            role = "of" if word.role == "connectors" and key in self.of else word.role
            items.append((role, word.english))
            at = m.end()
        items.append(("", text[at:]))
        return "".join(_turned_round(items))


def _named(word: str) -> bool:
    """Whether ``word`` is a lone capital letter: a model's or a maker's letter ("Model Y",
    "Clase E"), not a one-letter conjunction ("y", "o", "e")."""
    return len(word) == 1 and word.isupper()


def _key(words: str) -> str:
    return " ".join(re.split(_APART, words.lower()))


def _alternation(keys: list[str]) -> str:
    ordered = sorted(keys, key=lambda k: (-len(k.split()), -len(k)))
    return "|".join(_APART.join(re.escape(w) for w in k.split()) for k in ordered)


def _language(table: dict, vocabulary: frozenset[str]) -> _Language:
    words: dict[str, _Word] = {}
    for role in _ROLES:
        for key, english in table.get(role, {}).items():
            words.setdefault(_key(key), _Word(role, english))
    function = table.get("function", {})
    of = frozenset(_key(k) for k in table.get("of", []))
    for key in table.get("connectors", []):
        words.setdefault(_key(key), _Word("connectors", function.get(key, "")))
    for key, english in function.items():
        words.setdefault(_key(key), _Word("function", english))
    not_markers = {_key(k) for k in table.get("not_markers", [])}
    markers = frozenset(k for k, w in words.items() if w.role in _MARKING
                        and k not in not_markers and not set(k.split()) <= vocabulary)
    pattern = re.compile(_BOUNDED.format(f"{_NOT_ABBREVIATED}(?:{_alternation(list(words))})"),
                         re.IGNORECASE)
    answers = {_key(k): v for k, v in table.get("answers", {}).items()}
    answer_pattern = (re.compile(_BOUNDED.format(f"(?:{_alternation(list(answers))})")
                                 + _PART_END, re.IGNORECASE) if answers else None)
    grammar = tuple((re.compile(found, re.IGNORECASE), said)
                    for found, said in table.get("patterns", []))
    weak = frozenset(_key(k) for k in table.get("weak_markers", []))
    return _Language(words, of, pattern, markers, weak, answers, answer_pattern, grammar)


def _turned_round(items: list[tuple[str, str]]) -> list[str]:
    """The items' words, a noun followed by its modifiers said the English way round:
    "seats [de] leather" -> "leather seats", "seats rear heated" -> "heated rear seats",
    "seats heated and ventilated" -> "heated and ventilated seats"; a noun "of" a noun
    after it as well: "bars [de] roof" -> "roof bars"."""
    out: list[str] = []
    k = 0
    while k < len(items):
        role, english = items[k]
        named = role in ("nouns", "phrases") and bool(english.strip(" ,"))
        owner = _owner_after(items, k + 1) if named else None
        if owner is not None:
            out.append(f"{items[owner][1]} {english}")
            k = owner + 1
            continue
        if named:
            modifiers, end = _modifiers_after(items, k + 1)
            if modifiers:
                out.append(f"{' '.join(reversed(modifiers))} {english}")
                k = end
                continue
            # a phrase names a whole feature ("tercera fila"): the next noun's modifiers
            # are that noun's alone
            shared = _shared_modifiers(items, k + 1) if role == "nouns" else None
            if shared is not None:
                other, modifiers, end = shared
                said = " ".join(reversed(modifiers))
                out.append(f"{said} {english} and {said} {items[other][1]}")
                k = end
                continue
        out.append(english)
        k += 1
    return out


def _shared_modifiers(items: list[tuple[str, str]],
                      k: int) -> tuple[int, list[str], int] | None:
    """Two nouns joined by "and" that share the modifiers after the second ("sièges et
    volant chauffants" is heated seats and a heated wheel): the second noun's index, the
    modifiers and the index after them, or ``None``. What the second noun is "of" is its own
    ("techo solar y rines de aleacion": the alloy is the wheels')."""
    at = _next_word(items, k)
    if at >= len(items) or items[at] != ("function", "and"):
        return None
    other = _next_word(items, at + 1)
    if other >= len(items) or items[other][0] != "nouns":
        return None
    after = _next_word(items, other + 1)
    if after < len(items) and items[after][0] == "of":
        return None
    modifiers, end = _modifiers_after(items, other + 1)
    return (other, modifiers, end) if modifiers else None


def _next_word(items: list[tuple[str, str]], at: int) -> int:
    """``at``, or past the blank text between two words and the articles said as nothing
    ("tapa de la caja" is the bed's cover, "aire para los de atras" the rear's air)."""
    while at < len(items) and (
            (items[at][0] == "" and not items[at][1].strip())
            or (items[at][0] == "function" and not items[at][1].strip()
                and at + 1 < len(items))):
        at += 1
    return at


def _owner_after(items: list[tuple[str, str]], k: int) -> int | None:
    """The index of the noun a noun belongs to, right after it and its "of" ("barras de
    techo"), or ``None``; a row of seats stays a row ("3 rangées de sièges" is "3 rows")."""
    at = _next_word(items, k)
    if at >= len(items) or items[at][0] != "of":
        return None
    at = _next_word(items, at + 1)
    if at < len(items) and items[at][0] == "nouns" and items[at][1] not in _SEATS:
        return at
    return None


_SEATS = frozenset({"seat", "seats"})


def _modifiers_after(items: list[tuple[str, str]], k: int) -> tuple[list[str], int]:
    """The modifiers right after a noun (a connector allowed before each: "volante de cuero
    con calefaccion" is a heated leather wheel), two joined by "and" kept as one ("heated and
    ventilated"), and the index after the last."""
    def next_word(at: int) -> int:
        return _next_word(items, at)

    at = next_word(k)
    if at < len(items) and items[at][0] in ("connectors", "of"):
        at = next_word(at + 1)
    modifiers: list[str] = []
    end, joined = k, False
    while at < len(items) and items[at][0] == "modifiers":
        if joined:
            modifiers[-1] = f"{modifiers[-1]} and {items[at][1]}"
        else:
            modifiers.append(items[at][1])
        end = at + 1
        after = next_word(end)
        joined = (after + 1 < len(items) and items[after][1] == "and"
                  and items[next_word(after + 1)][0] == "modifiers")
        linked = (not joined and after + 1 < len(items)
                  and items[after][0] in ("connectors", "of")
                  and items[next_word(after + 1)][0] == "modifiers")
        at = next_word(after + 1) if joined or linked else after
    return modifiers, end


@dataclass(frozen=True)
class _Spoken:
    forms: re.Pattern[str]
    words: dict[str, str]
    hesitation: re.Pattern[str]
    boundary: re.Pattern[str]
    hype: re.Pattern[str]

    def read(self, text: str) -> str:
        """Dictation as written: hesitations dropped, its forms and run-on items as written
        ones, an ad's hype a boundary (a self-correction is a scope: :data:`_scope._EDITING`)."""
        text = self.hype.sub(" , ", text)
        text = _IDIOM.sub(" , ", text)
        text = _SAID_BUT.sub(" , ", text)
        text = self.hesitation.sub(" ", text)
        text = self.boundary.sub(" , ", text)
        return self.forms.sub(lambda m: self.words[_key(m.group())], text)


# "a heads up", "heads up, guys", "quick heads-up:": a warning to the audience, no head-up
# display (a list's "heads-up, LED lights" still is one)
_IDIOM = re.compile(
    r"\b(?:a|quick|just\s+a|friendly|fair)\s+heads?'?[- ]up\b(?!\s+display)"
    r"|\bheads?'?[- ]up\s*(?::|(?:,\s*)?(?:chat|guys|folks|everyone|everybody|y'?all|all|team"
    r"|friends|fam|people)\b)", re.IGNORECASE)
# a presenter's correction of what they said: "I said Bose in the video but it's actually
# the base stereo" takes back what was said
_SAID_BUT = re.compile(
    r"\b(?:i|we)\s+(?:said|called\s+it|mentioned|wrote|posted)\b[^,;.!?]*?\bbut\s+"
    r"(?:it'?s|its|it\s+is|this\s+is|this\s+one\s+is|that\s+was)\s+actually\b", re.IGNORECASE)


def _words_pattern(keys: list[str]) -> re.Pattern[str]:
    return re.compile(_BOUNDED.format(f"(?:{_alternation([_key(k) for k in keys])})"),
                      re.IGNORECASE)


@functools.cache
def _lexicon() -> tuple[dict[str, _Language], _Spoken]:
    text = (resources.files("vautokit.vehicles") / "data" / "language.toml").read_text()
    data = tomllib.loads(text)
    spoken, hype = data.pop("spoken"), data.pop("hype")
    forms = {_key(k): v for k, v in spoken["forms"].items()}
    english = _english_words()
    return ({name: _language(table, english) for name, table in data.items()},
            _Spoken(_words_pattern(list(forms)), forms, _words_pattern(spoken["hesitation"]),
                    _words_pattern(spoken["boundary"]),
                    _words_pattern(hype["phrases"])))


def _english_words() -> frozenset[str]:
    """Words English stickers use: those of the sample lines and of the table's phrases and
    notes. A word of another language that is one of them ("traction", "motor") does not
    say a line is in that language."""
    data = resources.files("vautokit.vehicles") / "data"
    return frozenset(w for name in ("sample_lines", "synonyms", "makers")
                     for w in re.findall(r"[a-z0-9]+", (data / f"{name}.toml").read_text().lower()))


def fold_accents(text: str) -> str:
    """``text`` with its letters' accents dropped ("cámara" -> "camara", "sièges" ->
    "sieges"); other characters as they are."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def read_as_english(text: str, *, spoken: bool = True) -> str:
    """``text`` in the English the table reads: each language it is marked as read, then
    (``spoken``) dictation and hype; a line of the table's English comes back unchanged."""
    languages, speech = _lexicon()
    folded = fold_accents(text)
    marked = [language for language in languages.values() if language.marks(folded)]
    for language in marked:
        folded = language.read(folded)
    if spoken:  # misspelt English read as the table's words; another language's are not
        # a plain description is read before dictation's boundaries split its clause ("it
        # tilts and also slides in and out")
        folded = speech.read(read_plain_words(
            folded if marked else read_spelling(read_speech(folded))))
    return text if folded == text else _SPACES.sub(" ", folded).strip()
