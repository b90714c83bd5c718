"""Wording that is not the table's English, read as that English before any phrase is found.

The table speaks the English of printed stickers. Lots in North America also write Spanish
("cámara de reversa, asientos de piel, sin quemacocos") and Québec French ("sièges chauffants,
toit ouvrant supprimé"); salespeople dictate into a phone ("four by four", "blue tooth", "the
hitch was uh removed"), and a classified ad's hype holds cue words that rule
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
- dictation's forms and hesitations, and an ad's hype, on every line (a self-correction
  is a scope, :data:`._scope._EDITING`);
- on a line in no other language, speech recognition's spelt-out letters, split names,
  spoken decimals and sound-alikes (:func:`._speech.read_speech`), then misspelt English
  ("heeted seats", "sun ruf") read as the table's words (:func:`._spelling.read_spelling`);
- on every line, once its language is read, English translated word for word from another
  language read as English says it (:func:`read_translated`): its calques as the features'
  names ("cast disks", "sky window") and its noun phrases turned round ("camera of reverse",
  "heating of mirrors", "seats ventilated front", "heat seat"), by word classes of the
  lexicon alone (a classified in Spanish may say "camera of reverse" too);
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
_ALNUM = re.compile(r"[a-z0-9]+")  # a line's words as a language's keys begin
_WEAK_TOGETHER = 2  # a language's small words that mark a line together


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
    firsts: frozenset[str]  # the marking keys' first words, to pass over a line without one

    def marking(self, text: str) -> int:
        """How many words of this language ``text`` holds that are not also English, two of
        its small words counting as one (a Spanglish line's "trae", "pero", "y": "sin
        sunroof, pero trae leather seats"); 0: the line is not in this language. A line
        without the first word of any of them is passed over before the language's long
        pattern is run on it: most lines are in another language."""
        if self.firsts.isdisjoint(_ALNUM.findall(text.lower())):
            return 0
        found = {_key(m.group()) for m in self.pattern.finditer(text) if not _named(m.group())}
        return len(found & self.markers) + (len(found & self.weak) >= _WEAK_TOGETHER)

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
    firsts = frozenset(_ALNUM.findall(key)[0] for key in markers | weak if _ALNUM.search(key))
    return _Language(words, of, pattern, markers, weak, answers, answer_pattern, grammar,
                     firsts)


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
# display (a list's "heads-up, LED lights" still is one), nor is one that opens the line
# before what it warns of ("heads up, someone left their lights on", "heads up no liner")
_IDIOM = re.compile(
    r"\b(?:a|quick|just\s+a|friendly|fair)\s+heads?'?[- ]up\b(?!\s+display)"
    r"|(?:^|(?<=[:\u2013\u2014]\s)|(?<=\s-\s))\W*heads?'?[- ]up\s*(?:,|(?=\s(?:no|someone"
    r"|somebody|that|the|my|your|this)\b))"
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
def _lexicon_file() -> dict:
    """language.toml, read once for the languages, dictation and translated English."""
    text = (resources.files("vautokit.vehicles") / "data" / "language.toml").read_text()
    return tomllib.loads(text)


@functools.cache
def _lexicon() -> tuple[dict[str, _Language], _Spoken]:
    data = dict(_lexicon_file())
    spoken, hype = data.pop("spoken"), data.pop("hype")
    data.pop("translated")
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


# The classes a translated word may have ([translated] in language.toml); a word of no class
# ends a noun phrase
_PART, _HEAD, _MODIFIER, _POSITION, _FEATURE, _AFTER = (
    "parts", "heads", "modifiers", "positions", "features", "after")
_NOUNS = frozenset({_PART, _HEAD, _FEATURE})
# what may be said after "of": a noun phrase of the classes' words
_OWNING = frozenset({_PART, _HEAD, _MODIFIER, _POSITION, _FEATURE, _AFTER})
_SAID_AFTER = frozenset({_AFTER, _POSITION})
# a clause: what lies between commas, brackets, a sentence's full stop and the like ("2.0"
# and "1.5T" keep their points)
_CLAUSE = re.compile(r"(?:[^,;:()\[\]\n!?.]|\.(?![\s\"']|$))+"
                     r"|(?:[,;:()\[\]\n!?]|\.(?=[\s\"']|$))+")
_TOKEN = re.compile(r"\S+")
_LETTERS = re.compile(r"[A-Za-z][A-Za-z-]*")
# words that end a noun phrase to the left (what a moved adjective is put before)
_PHRASE_ENDS = frozenset({
    "with", "without", "and", "or", "of", "in", "for", "the", "a", "an", "by", "from", "to",
    "no", "not", "on", "at", "is", "are", "was", "were", "has", "have", "plus", "only",
    "also", "new", "standard", "none", "its", "it"})


@dataclass(frozen=True)
class _Unit:
    """A word or a listed phrase of a clause: its key (lower case, a hyphen as a space), its
    classes and the words it came as."""

    key: str
    classes: frozenset[str]
    said: str


@dataclass(frozen=True)
class _Translated:
    """English translated word for word ([translated] in language.toml): the classes of its
    words, the English each says, its calques and the calques' patterns."""

    classes: dict[str, frozenset[str]]
    english: dict[str, str]  # positions, features and after-words in English
    longest: int  # the most words a key holds
    forms: dict[str, str]
    form_pattern: re.Pattern[str]
    grammar: tuple[tuple[re.Pattern[str], str], ...]

    def read(self, text: str) -> str:
        """``text`` with its calques as their English names and each clause's noun phrases
        said in a translation's order turned the English way round."""
        for pattern, replacement in self.grammar:
            text = pattern.sub(replacement, text)
        text = self._calques(text)
        # a calque may show only in English order ("maintenance of lane" is "lane maintenance")
        return self._calques("".join(self._clause(part) for part in _CLAUSE.findall(text)))

    def _calques(self, text: str) -> str:
        return self.form_pattern.sub(lambda m: self.forms[_key(m.group())], text)

    def _clause(self, clause: str) -> str:
        """One clause in English order, or as it came where no noun phrase was turned."""
        if not clause.strip() or not _LETTERS.search(clause):
            return clause
        units = self._units(clause)
        turned = _postposed(_owned(units, self.english), self.english)
        turned = _compounded(_in_material(turned), self.english)
        said = " ".join(u.said for u in turned)
        if said == " ".join(clause.split()):
            return clause
        lead = clause[:len(clause) - len(clause.lstrip())]
        tail = clause[len(clause.rstrip()):]
        return f"{lead}{said}{tail}"

    def _units(self, clause: str) -> list[_Unit]:
        """The clause's words, each run of words a key holds (longest first) as one unit."""
        tokens = _TOKEN.findall(clause)
        units: list[_Unit] = []
        at = 0
        while at < len(tokens):
            for size in range(min(self.longest, len(tokens) - at), 0, -1):
                said = " ".join(tokens[at:at + size])
                key = _key(said) if _LETTERS.fullmatch(said.replace(" ", "-")) else ""
                if size == 1 or key in self.classes:
                    key = "and" if said in ("&", "+") else key
                    units.append(_Unit(key, self.classes.get(key, frozenset()), said))
                    at += size
                    break
        return units


def _word(key: str, english: str | None = None,
          classes: frozenset[str] = frozenset()) -> _Unit:
    """A unit said in English (a moved or translated word), with the classes it had."""
    return _Unit(key, classes, english if english is not None else key)


def _owner_end(units: list[_Unit], start: int) -> int:
    """The end of the noun phrase after "of" that starts at ``start`` (up to five units of
    the classes, two joined by "and")."""
    end = start
    while end < len(units) and end - start < 5:
        joined = (units[end].key == "and" and end > start and end + 1 < len(units)
                  and units[end + 1].classes & _OWNING)
        if not (units[end].classes & _OWNING or joined):
            break
        end += 1
    return end


def _positions_last(owner: list[_Unit], english: dict[str, str]) -> tuple[list[_Unit],
                                                                           list[_Unit]]:
    """The owner's words before its last positions, and those positions as English says
    them; "front and rear" keeps its place after the noun ("parking sensors front and
    rear"), a lone position goes before it ("rear parking sensor")."""
    at = len(owner)
    while at > 0 and (_POSITION in owner[at - 1].classes or (
            owner[at - 1].key == "and" and at < len(owner))):
        at -= 1
    if at == 0 or at == len(owner) or owner[at].key == "and" or not any(
            u.key == "and" for u in owner[at:]):
        return owner, []
    return owner[:at], [_word(u.key, english.get(u.key, u.key)) for u in owner[at:]]


def _conjuncts(units: list[_Unit]) -> list[list[_Unit]]:
    """The units split at each "and"."""
    out: list[list[_Unit]] = [[]]
    for unit in units:
        if unit.key == "and":
            out.append([])
        else:
            out[-1].append(unit)
    return [c for c in out if c]


def _said_order(words: list[_Unit], english: dict[str, str]) -> list[_Unit]:
    """A conjunct's words with a position said after it put first ("parking rear" ->
    "rear parking")."""
    if len(words) > 1 and _POSITION in words[-1].classes:
        return [_word(words[-1].key, english.get(words[-1].key)), *words[:-1]]
    return words


def _owned(units: list[_Unit], english: dict[str, str]) -> list[_Unit]:
    """ "N of [the] M" said as English says it: "camera of reverse" -> "reverse camera",
    "heating of front seats" -> "heated front seats", "hatch of electric drive" -> "power
    hatch", "control of traction and stability" -> "traction control and stability
    control". The innermost first: "assistant of maintenance of lane"."""
    for at in range(len(units) - 2, 0, -1):
        joiner, head = units[at].key, units[at - 1]
        # (a head "for" what it serves opens its phrase: "hook for trailer"; "distance control
        # for parking" is English's own order)
        if joiner not in ("of", "for") or not head.classes & (_NOUNS | {_MODIFIER}) or (
                joiner == "for" and _FEATURE not in head.classes and at > 1
                and units[at - 2].classes):
            continue
        start = at + 1 + (units[at + 1].key == "the")
        end = _owner_end(units, start)
        # (what a thing is "for" ends its phrase: not "charger for the trailer cam app")
        if end == start or (joiner == "for" and not _closed(units, end)):
            continue
        owner, after = _positions_last(units[start:end], english)
        turned = _turned(head, owner, english)
        if turned is None:
            continue
        # what it is of goes before the nouns the head is compounded with ("brake
        # controller of trailer" -> "trailer brake controller"), after its adjectives
        first = at - 1
        if turned[-1] is head:
            while first > 0 and units[first - 1].classes & {_PART, _HEAD, _MODIFIER}:
                first -= 1
            turned = [*turned[:-1], *units[first:at - 1], head]
        return _owned([*units[:first], *turned, *after, *units[end:]], english)
    return units


def _turned(head: _Unit, owner: list[_Unit], english: dict[str, str]) -> list[_Unit] | None:
    """The head and what it is "of" in English order, or ``None`` where the head names
    nothing a part has ("leather of seats" is leather seats; "leather of stitching" is left
    as it came)."""
    parts = _conjuncts(owner)
    if not parts:
        return None
    describing = head.classes & {_FEATURE, _MODIFIER} and not head.classes & {_PART, _HEAD}
    if describing and any(_PART in u.classes for u in owner):
        said = english.get(head.key, head.key)
        out: list[_Unit] = []
        for conjunct in parts:
            out += [*([_word("and")] if out else []), _word(said),
                    *_said_order(conjunct, english)]
        return out
    if not head.classes & _NOUNS:
        return None
    if len(owner) == 1 and _FEATURE in owner[0].classes and _PART in head.classes:
        return [_word(english[owner[0].key]), head]
    if len(parts) > 1 and all(len(c) == 1 for c in parts):
        out = []
        for conjunct in parts:
            out += [*([_word("and")] if out else []), *conjunct, head]
        return out
    return [*_said_order(owner, english), head]


def _postposed(units: list[_Unit], english: dict[str, str]) -> list[_Unit]:
    """A noun's adjectives said after it put before it: "seats ventilated front" -> "front
    ventilated seats", "mirror electrochromic" -> "electrochromic mirror", "camera back" ->
    "rear camera"; "seats heatable in front and back" -> "heated seats front and rear".
    A noun's words before it go with it ("rear view mirror electrochromic"); "front and
    rear" alone after a noun is English already."""
    for at, unit in enumerate(units):
        # (what a part is "with" stays after it: "seats with heat in front")
        if not unit.classes & _NOUNS or at + 1 >= len(units) or (
                _FEATURE in unit.classes and at > 0 and units[at - 1].key == "with"):
            continue
        end, said = _after_end(units, at + 1)
        run = units[at + 1:end]
        if not said or not _closed(units, end) or _english_already(run, english):
            continue
        # the places a system works ("park distance control front and back") are said as
        # they came: only a part's or a feature's are its own ("seats heating in front and
        # back"); one place goes before any noun ("camera back")
        if all(_POSITION in u.classes or u.key in ("and", "in") for u in run) \
                and any(u.key == "and" for u in run) and not unit.classes & {_PART, _FEATURE}:
            continue
        start = at
        while start > 0 and units[start - 1].key and units[start - 1].key not in _PHRASE_ENDS \
                and not (units[start - 1].classes & {_AFTER}):
            start -= 1
        adjectives, places = _adjectives(units[at + 1:end], english)
        return [*units[:start], *adjectives, *units[start:at + 1], *places,
                *_postposed(units[end:], english)]
    return units


def _closed(units: list[_Unit], end: int) -> bool:
    """Whether a noun phrase ends at ``end``: the clause's end, a word that ends a phrase
    ("with", "and", "is") or no word ("17"). Before another word the words belong to
    that word ("remote start smart key" holds a smart key, "seat heater ducts" ducts)."""
    return end >= len(units) or units[end].key in _PHRASE_ENDS or not units[end].key


def _english_already(said: list[_Unit], english: dict[str, str]) -> bool:
    """Whether the words after a noun are positions English says there ("heated seats
    front and rear"): two joined, none after "in" nor said otherwise in English."""
    return len(said) > 1 and all(
        u.key == "and" or (_POSITION in u.classes and english.get(u.key) == u.key)
        for u in said)


def _after_end(units: list[_Unit], k: int) -> tuple[int, bool]:
    """The end of the adjectives and positions after a noun (joined by "and", a position
    after "in"), and whether there is one."""
    end = k
    while end < len(units):
        key, classes = units[end].key, units[end].classes
        nxt = units[end + 1] if end + 1 < len(units) else None
        # "adjustable and heatable", "heatable in front": "in" only before a position
        joined = (key in ("and", "in") and end > k - (key == "in") and nxt is not None
                  and nxt.classes & _SAID_AFTER and (key == "and" or _POSITION in nxt.classes))
        if not (classes & _SAID_AFTER or joined):
            break
        end += 1
    return end, end > k


def _adjectives(said: list[_Unit], english: dict[str, str]) -> tuple[list[_Unit], list[_Unit]]:
    """Words said after a noun as English says them: adjectives (the last first, "and"
    keeping its two together) and a lone position before it, positions joined by "and"
    after it."""
    words = [u for u in said if u.key != "in"]
    groups: list[list[_Unit]] = []
    for unit in words:
        if unit.key == "and" and groups:
            groups[-1].append(_word("and"))
        elif groups and groups[-1][-1].key == "and":
            groups[-1].append(_word(unit.key, english.get(unit.key, unit.key), unit.classes))
        else:
            groups.append([_word(unit.key, english.get(unit.key, unit.key), unit.classes)])
    places = [g for g in groups if len(g) > 1 and all(
        _POSITION in u.classes or u.key == "and" for u in g)]
    before = [u for g in reversed(groups) if g not in places for u in g]
    return before, [u for g in places for u in g]


def _in_material(units: list[_Unit]) -> list[_Unit]:
    """ "wheels in alloy", "seats in leather": the material said before the part."""
    for at in range(1, len(units) - 1):
        if (units[at].key == "in" and _PART in units[at - 1].classes
                and _MODIFIER in units[at + 1].classes
                and not units[at + 1].classes & _NOUNS):
            return [*units[:at - 1], units[at + 1], units[at - 1],
                    *_in_material(units[at + 2:])]
    return units


def _places_end(units: list[_Unit], at: int) -> int:
    """The end of the places said after a part from ``at`` ("front and back")."""
    while at < len(units) and (_POSITION in units[at].classes or (
            units[at].key == "and" and at + 1 < len(units)
            and _POSITION in units[at + 1].classes)):
        at += 1
    return at


def _compounded(units: list[_Unit], english: dict[str, str]) -> list[_Unit]:
    """A part and its feature as one compound said as the adjective before the part:
    "heating seat" -> "heated seat", "seats heating front and rear" -> "heated seats
    front and rear"."""
    for at in range(len(units) - 1):
        one, two = units[at], units[at + 1]
        # English says "seat ventilation" too: only a translation's places after it
        # ("seats heating front and rear") make it the translation's compound
        if (_PART in one.classes and _FEATURE in two.classes and at + 2 < len(units)
                and _POSITION in units[at + 2].classes):
            return [*units[:at], _word(english[two.key]), one,
                    *_compounded(units[at + 2:], english)]
        # ... and before its part, or a place and its part ("heat seat", "heating seats
        # front and back", "heat rear seat")
        place = at + 1 + (_POSITION in two.classes and at + 2 < len(units))
        part = units[place]
        if (_FEATURE in one.classes and _PART in part.classes and _FEATURE not in part.classes
                and _closed(units, _places_end(units, place + 1))):
            return [*units[:at], _word(english[one.key]), *_said_order(units[at + 1:place + 1],
                                                                         english),
                    *_compounded(units[place + 1:], english)]
    return units


@functools.cache
def _translated() -> _Translated:
    table = _lexicon_file()["translated"]
    classes: dict[str, set[str]] = {}
    english: dict[str, str] = {}
    for role in (_PART, _HEAD, _MODIFIER):
        for key in table[role]:
            classes.setdefault(_key(key), set()).add(role)
    for role in (_POSITION, _FEATURE, _AFTER):
        for key, said in table[role].items():
            classes.setdefault(_key(key), set()).add(role)
            english.setdefault(_key(key), said)
    forms = {_key(k): v for k, v in table["forms"].items()}
    grammar = tuple((re.compile(found, re.IGNORECASE), said)
                    for found, said in table.get("patterns", []))
    return _Translated({k: frozenset(v) for k, v in classes.items()}, english,
                       max(len(k.split()) for k in classes), forms,
                       _words_pattern(list(forms)), grammar)


def read_translated(text: str) -> str:
    """``text`` as English translated word for word from another language is meant: its
    calques as the features' names, its noun phrases in English order."""
    return _translated().read(text)


# letters with a stroke, which Unicode does not decompose into a letter and an accent
# (Polish "ładowarka", Vietnamese "đèn", Danish "kørsel")
_STROKED = str.maketrans("łŁđĐøØ", "lLdDoO")


def fold_accents(text: str) -> str:
    """``text`` with its letters' accents and strokes dropped ("cámara" -> "camara",
    "sièges" -> "sieges", "đèn" -> "den"); other characters as they are."""
    decomposed = unicodedata.normalize("NFD", text.translate(_STROKED))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def read_as_english(text: str, *, spoken: bool = True) -> str:
    """``text`` in the English the table reads: each language it is marked as read, then
    (``spoken``) dictation and hype; a line of the table's English comes back unchanged."""
    languages, speech = _lexicon()
    folded = fold_accents(text)
    # a line is read in the one language most of its words mark: languages share words
    # (Spanish "volante", "memoria" are Portuguese and Italian too), and a line read in two
    # loses to the first the small words the second needs
    marking = {name: language.marking(folded) for name, language in languages.items()}
    best = max(marking, key=marking.__getitem__)
    marked = [languages[best]] if marking[best] else []
    for language in marked:
        folded = language.read(folded)
    if spoken:  # misspelt English read as the table's words; another language's are not
        # a plain description is read before dictation's boundaries split its clause ("it
        # tilts and also slides in and out")
        # (a line marked as another language may be in translated English too: "Vendo
        # Tacoma, camera of reverse" is read in Spanish, then turned round)
        folded = speech.read(read_plain_words(read_translated(
            folded if marked else read_spelling(read_speech(folded)))))
    return text if folded == text else _SPACES.sub(" ", folded).strip()
