"""The car a line is about, and the other cars a line names beside it.

A sticker line is read from one vehicle's page, and the inventory grid names that vehicle
("2021 Toyota Corolla LE"). People write about two cars in one line: a mover ships one car
and leaves another ("Shipping the Corolla; the Audi with heated seats and a sunroof stays in
Boston"), an adjuster describes the other driver's car, an owner compares theirs with a
relative's. What a clause says of a car of another make, or of another make's model, is no
claim about the car at hand, so that clause is set apart before the line is mapped; so is
what it says of another model of the same make, once the car at hand's model is known (from
the title, or, for a car known by its make alone, from the line: "selling the Civic").

Which car a clause is about is read from the names in it (``data/cars.toml``): a make or a
model written as a car ("the Audi", "my partner's Lexus", "a 2019 RAV4", "His: Tacoma"),
never a maker's part or a shop ("BMW-sourced engine", "the Toyota dealer", "Honda of
Elm"). In a sentence, the clauses before any car is named are the car at hand's; a clause
naming another car, and those after it until the car at hand is named again, are the other
car's; a comparison ("like the Audi", "unlike the Q5 it shares parts with") sets apart only
its own words. A clause naming both cars at once, with nothing between them, is left as
written: it cannot be told which car each part belongs to. Another unit may be named by
what it has rather than by a name ("the Lariat with leather went to the auction", "the
coach has the backup cam" beside the car towed behind it), or set against the writer's own
("The XC90 demo had the HUD; the one we took home has none").
"""

from __future__ import annotations

import functools
import itertools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from ._ocr import english_frequencies, english_words

# words that may stand between a car's determiner and its name: "the red Audi", "my old
# Honda", "a 2019 Toyota"
_BETWEEN = (r"(?:old|new|other|former|previous|current|little|big|red|white|black|silver|grey"
            r"|gray|blue|green|tan|gold|brown|beige|maroon|orange|yellow|used|leased|rented"
            r"|(?:19|20)\d\d|'\d\d|\d\d)")
# someone's car ("my partner's Lexus"), not "that's Honda", "it's a Ford"
_POSSESSIVE = (r"\b(?!(?:that|it|he|she|what|there|here|who|where|let|this|which)'s\b)\w+'s")
# what names a car before its make or model: a determiner, a possessive, a label ("His:")
_CAR_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|my|his|her|their|our|your|that|those)|" + _POSSESSIVE + r"|\bhis:|\bher:"
    r"|\bmine:)"
    r"\s+(?:" + _BETWEEN + r"\s+){0,2}$", re.IGNORECASE)
# ... or a clause opening with the make: "Audi has the HUD", "Chevy Spark is going"
_CLAUSE_OPENS = re.compile(r"(?:^|[.;:!?,(\u2013\u2014-])\s*(?:" + _BETWEEN + r"\s+)?$")
# what makes the name a maker's part, shop or club rather than a car: "BMW-sourced",
# "the Toyota dealer", "Honda of Elm", "a Pontiac Fiero frame", a donor's part ("STI 6MT
# swap", "Z3 LSD 3.46", "Civic Si seats")
_NOT_A_CAR_AFTER = re.compile(
    r"-[a-z]|\s+(?:(?:\w*\d\w*|hybrid|electric|gas|petrol|twin)\s+)?(?:engines?|motors?"
    r"|diesels?|turbo\w*|v6|v8|v10|v12|sourced|powertrains?|drivetrains?|systems?"
    r"|transmissions?|gearbox|parts?|oem|dealers?|dealerships?|stores?|service|financial"
    r"|credit|frame|chassis|platform|tunes?|tuned|badges?|badging|logos?|emblems?|club"
    r"|owners|forums?|app|connect|of\s+[A-Z]|plant|factory|corporate|headquarters|warranty"
    r"|recall|style|styled|lot|stereo|audio|radio|speakers?|amp|amplifier|subwoofer"
    r"|head\s*unit|sound|swaps?|swapped|lsd|diff|differential|brakes|calipers|wheels|rims"
    r"|seats|bumpers?|hood|headlights|taillights|grille|spoiler|suspension)\b", re.IGNORECASE)
# a comparison or a substitute: what it names is another car's, the rest of its sentence
# is not ("sent instead of the Defender: 4x4, Meridian")
_COMPARED = re.compile(r"\b(?:like|unlike|than|as|vs\.?|versus|compared\s+(?:to|with)"
                       r"|similar\s+to|same\s+as|instead\s+of|in\s+place\s+of)\s*$",
                       re.IGNORECASE)
# the determiner and the words before a car's name: "the red", "my partner's old"
_LEAD = re.compile(r"(?:(?:\b(?:the|a|an|my|his|her|their|our|your|that|those|his:|her:|mine:)"
                   r"|" + _POSSESSIVE + r"|(?<![\w'])" + _BETWEEN + r"\b)\s+)*$", re.IGNORECASE)
# a clause that describes the car named before it: ", which has a head-up display"
_DESCRIBES = re.compile(r",\s*(?:which|that|who|whose)\b", re.IGNORECASE)
# where a sentence's clauses part: a comma or a colon outside brackets, a dash, "but", "while",
# an "and" before a car said anew ("the Ford had a gooseneck and the Ram has one too")
_CLAUSE_BREAK = re.compile(r"[,:]|\s[-\u2013\u2014]+\s|\s(?:but|while|whereas)\s"
                           r"|\s(?:and|&)\s+(?=(?:the|a|an|my|his|her|their|our|your)\s)",
                           re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?]+(?:\s+|$)|\s*;")
# words before a car's name in its clause that say something of their own ("I rear-ended
# the Civic", "we ship the Toyota"), as a conjunction does not ("and", "but", "-")
_SAYS_SOMETHING = re.compile(r"\w(?<!\band)(?<!\bbut)(?<!\bwhile)(?<!\bwhereas)\W*$",
                             re.IGNORECASE)
# where what another car's possessive names ends: "the RAV4's AWD and adds EyeSight"
_OWNED_ENDS = re.compile(r",|;|\s[-\u2013\u2014]+\s|\s(?:and|but|&)\s", re.IGNORECASE)
# a clause after the other car's in which the writer speaks for themself or of the car at
# hand: "..., I was looking at the nav", "..., my Golf has", "..., this has the rear camera"
_WRITER_WORDS = r"(?:i|we|my|our|mine|ours|this)\b"
_WRITER_SPEAKS = re.compile(r"\W*" + _WRITER_WORDS, re.IGNORECASE)
# where a clause opens: after a stop, a comma, a colon, a bracket or a dash ...
_AFTER_BREAK = r"(?:(?<=[.;:!?,(\u2013\u2014])|(?<=\s-))"
# ... past a "but"
_PAST_BUT = r"\s*(?:but\s+|while\s+|whereas\s+)?"
_WORD_START = re.compile(r"[A-Za-z0-9]")
_WORD_REST = re.compile(r"[\w'-]*")
# a name has up to three words, a dot inside one ("ID.4", "e.tron")
_NAME_WORD = re.compile(r"[\w&!-]+(?:\.\w+)*")
_NAME_WORDS = re.compile(_NAME_WORD.pattern + r"(?:\s+" + _NAME_WORD.pattern + "){0,2}")
_SPACE_BEFORE_WORD = re.compile(r"\s+(?=\w)")
# the car at hand said so: "this one", "our tester", "mine"
_THIS_CAR = re.compile(r"\b(?:this|our|my)\s+(?:one|unit|car|truck|suv|van|vehicle|listing"
                       r"|tester)\b|\b(?:mine|ours)\b"
                       r"|\b[Tt]his\s+(?:(?:19|20)\d\d\s+)?(?-i:[A-Z0-9][\w-]*)")
# a trim's code after a model's name: "Pilot EX-L", "Prologue EX"
_TRIM_CODE_AFTER = re.compile(r"\s+(?-i:[A-Z0-9][A-Z0-9-]{0,4})\b")
# what may follow a car's name that is also an English word: a verb, a preposition, a
# trim's code, its powertrain, the end of a clause ("the Pilot with the rear A/C", "the Ram
# has", "the Pilot EX-L", "Wife's Highlander Hybrid has", "the Edge.")
_GOES_ON = re.compile(
    r"\s*(?:$|[.,;:!?()\u2013\u2014-]|'s\b)|\s+w/|" + _TRIM_CODE_AFTER.pattern
    + r"|\s+(?:with|has|had|have|is|was|isn't|wasn't|were|are|we|i|you|he|she|they|that|which"
    r"|who|and|or|but|so|in|on|at|from|to|for|here|there|now|beside|parked|goes|went|stays"
    r"|stayed|sold|got|gets|comes|came|does|did|doesn't|didn't|never|also|too|being|will"
    r"|would|can|could|offers|charges|matches|adds|lacks|gave|gives|hit|rear-ended|belongs"
    r"|belonged|hybrid|electric|phev|plug-in)(?![\w'-])", re.IGNORECASE)
# ... but a part said to be on, in or of it is its part: "we had the 360 camera on our old
# QX60", "the fob for the HUD car belongs to the CX-5"
_PART_ON = re.compile(r"\b(?:on|in|belongs?\s+to|belonged\s+to|goes\s+with|went\s+with)\s*$",
                      re.IGNORECASE)
# ... the verb of parts said to be on it, whose subject may be a list: "the heated seats, the
# block heater and the remote starter are all on the Silverado"
_HELD_ON = re.compile(r"\b(?:is|are|was|were)\s+(?:all\s+|both\s+|only\s+)?on\s+"
                      r"(?:(?:the|my|our|his|her|their)\s+)?$", re.IGNORECASE)
# ... and a clause whose subject it names is its: "the AWD car in this family is the Outback"
# (a subject of two words or more, not a pronoun: "his is the Lincoln MKZ")
_IS_THE = re.compile(r"\w+\W+\w+\s+(?:is|was)\s*$", re.IGNORECASE)
# what a bracket right after a car's name says is that car's
_BRACKET_AFTER = re.compile(r"\s*\([^()]*\)")
# a trim or a model's second word after a model's name: "RAV4 Prime", "Escape ST-Line"
_TRIM_AFTER = re.compile(r"\s+[A-Z][\w-]*")
# a name said to be what the car is: "the OP's car is a GT2"
_ARTICLE_ONLY = re.compile(r"(?:\b(?:is|was|are|were)|'s)\s+(?:a|an)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class _Names:
    """Every make's and model's name, as written, with the makes it may name."""

    makes: dict[str, frozenset[str]]  # a make's name -> its make
    models: dict[str, frozenset[str]]  # a model's name -> the makes that build it
    families: dict[str, frozenset[str]]  # a make -> the makes that name the same cars
    words: frozenset[str]  # names that are also English words ("Seat", "Ram", "Mini")
    trims: frozenset[str]  # trim names many makes share ("Limited", "Big Horn")


@functools.cache
def _names() -> _Names:
    text = (resources.files("vautokit.vehicles") / "data" / "cars.toml").read_text()
    data = tomllib.loads(text)
    groups = data.pop("families")["groups"]
    trims = data.pop("trims")["names"]
    makes: dict[str, set[str]] = {}
    models: dict[str, set[str]] = {}
    for make, entry in data.items():
        for name in (make, *entry.get("names", ())):
            for form in _forms(name):
                makes.setdefault(form, set()).add(make)
        for name in entry.get("models", ()):
            for form in _forms(name):
                models.setdefault(form, set()).add(make)
    families: dict[str, set[str]] = {}
    for group in groups:
        for make in group:
            families.setdefault(make, {make}).update(group)
    return _Names({k: frozenset(v) for k, v in makes.items()},
                  {k: frozenset(v) for k, v in models.items()},
                  {k: frozenset(v) for k, v in families.items()},
                  frozenset(name for name in (*makes, *models) if _is_english(name)),
                  frozenset(trims))


def _forms(name: str) -> set[str]:
    """A name as written and, where it is no English word nor a code a trim may share, in
    capitals and in lower case ("AUDI", "elantra"; not "PILOT", "gls", "ram")."""
    if _is_english(name) or _is_code(name):
        return {name}
    return {name, name.upper(), name.lower()}


def _is_code(name: str) -> bool:
    """A model named by a code ("GLS", "Q5", "330i", "GT2"), which a trim may share."""
    return len(name) <= 3 or any(c.isdigit() for c in name)


def _is_english(name: str) -> bool:
    return all(word in english_words() for word in name.lower().split())


# how often English must use a make's name as a word for the name to be one: the lexicon
# holds names too ("honda", "toyota" at 50-900), but "dodge", "jeep" or "smart" are words
_COMMON_WORD = 1000


def _rarely_a_word(name: str) -> bool:
    """Whether English knows ``name`` only as a name: "Honda", not "Dodge"."""
    counts = english_frequencies()
    return any(counts.get(word, 0) < _COMMON_WORD for word in name.lower().split())


@dataclass(frozen=True)
class CarAtHand:
    """The car whose page a line was read from, by the makes and the words that name it."""

    makes: frozenset[str]
    words: frozenset[str]  # the title's words, lower case: its model and trim
    # the title's names, each one to three of its words in letters and digits ("corolla",
    # "f150"), and whether one is its make's model: a model of the same make not among them
    # is another car ("the Highlander" beside a Corolla)
    keys: frozenset[str] = frozenset()
    has_model: bool = False

    @classmethod
    def named(cls, title: str) -> CarAtHand:
        """The car a title names ("2021 Toyota Corolla LE", or a make alone): its make, with
        the makes that name the same cars ("Dodge Ram"), its own words, and whether one of
        them is its make's model."""
        names = _names()
        words = title.split()
        makes: set[str] = set()
        models: set[str] = set()
        for said in _runs(words):
            made = names.makes.get(said, set()) | names.makes.get(said.title(), set())
            makes |= made
            if not made:  # "Eagle" is a make, not AMC's Eagle
                models |= names.models.get(said, set()) | names.models.get(said.title(), set())
        keys = set(_keys_of(words))
        makes = makes or {title.strip()}
        family = {m for make in makes for m in names.families.get(make, {make})}
        return cls(frozenset(family), frozenset(w.lower() for w in words), frozenset(keys),
                   bool(models & family))

    def others_said(self, text: str) -> list[tuple[int, int]]:
        """The spans of ``text`` said of another car than this one, in order. A car known
        only by its make takes its model from the line where the line names two of the
        make's models and says which one is at hand (:meth:`_as_the_line_names_it`)."""
        if not self.has_model:
            return self._as_the_line_names_it(text)._others_said(text)
        return self._others_said(text)

    def _as_the_line_names_it(self, text: str) -> CarAtHand:
        """This car with the model the line says it is: of two or more of the make's models
        named, the one said to be for sale or the listing's, or the one the line opens with
        ("selling the Civic", "the Accent is for sale", "THIS listing is our Forte", "QX50:
        ...", "Ariya is the new car"). Models written one after another are one car ("E30
        M3", "Golf GTI"), named by each of their words after. Itself when the line names one
        model, or none is so marked, or more than one car."""
        names = _names()
        said: dict[str, bool] = {}  # a model's key -> whether the line says it is at hand
        runs: list[list[str]] = []  # models written one after another name one car ("E30 M3")
        k, run_end = 0, -1
        while (word := _WORD_START.search(text, k)) is not None:
            k = word.start()
            hit = self._name_at(text, k, len(text), names)
            if hit is None or hit[2] or not hit[1] & self.makes:
                k = _word_end(text, k, len(text)) if hit is None else hit[0]
                continue
            name = text[k:hit[0]]
            if run_end >= 0 and not text[run_end:k].strip():
                runs[-1].append(name)
            else:
                runs.append([name])
            said[_key(name)] = said.get(_key(name), False) or _said_at_hand(
                text, k, hit[0], by_place=name not in names.words
                or bool(_TRIM_CODE_AFTER.match(text, hit[0])))
            k = run_end = hit[0]
        at_hand = {_key(name) for run in runs if any(said[_key(name)] for name in run)
                   for name in run}
        if len(said) < 2 or not any(at_hand and at_hand <= {_key(name) for name in run}
                                    for run in runs):
            return self
        # ... and by each of its names' words: "Golf GTI" is also "the GTI"
        words = " ".join(name for run in runs for name in run if _key(name) in at_hand).split()
        return CarAtHand(self.makes, self.words, self.keys | at_hand | set(_keys_of(words)),
                         True)

    def _others_said(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        start = 0
        for end in (*(m.end() for m in _SENTENCE_END.finditer(text)), len(text)):
            if end > start:
                spans += self._others_in_sentence(text, start, end)
            start = end
        return _merged(spans + self._set_against_ours(text) + _other_units(text)
                       + _compared_units(text) + _held_by_units(text)
                       + _someone_elses(text))

    def _set_against_ours(self, text: str) -> list[tuple[int, int]]:
        """What a car named as the subject of what it has is said to have, before the
        writer sets their own car against it: "The XC90 demo had B&W audio and the HUD;
        the one we took home (Momentum) has standard audio", "Q7 Prestige gets the HUD;
        our Premium gets heated front seats". The named car may carry this car's own make
        and model: it is another unit or trim of it. Nothing is set apart when the writer's
        car is said to share it ("ours too", "ours also has")."""
        ours = _OURS_AFTER.search(text)
        if ours is None:
            return []
        said_end = next((m.start() for m in _SENTENCE_END.finditer(text, ours.end())),
                        len(text))
        if _SHARED.search(text, ours.start(), said_end):
            return []
        names = _names()
        k = 0
        while (word := _WORD_START.search(text, k, ours.start())) is not None:
            k = word.start()
            hit = self._name_at(text, k, ours.start(), names)
            if hit is None:
                k = _word_end(text, k, ours.start())
                continue
            subject = _SUBJECT_OPENS.search(text, 0, k)
            if subject and _HAS_AFTER_NAME.match(text, hit[0], ours.start()):
                return [(subject.start(), ours.start())]
            k = hit[0]
        return []

    def _others_in_sentence(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        cars = self._cars_named(text, start, end)
        if not any(other for _, _, other in cars):
            return []
        breaks = _clause_breaks(text, start, end)
        spans: list[tuple[int, int]] = []
        for k, (at, name_end, other) in enumerate(cars):
            if not other:
                continue
            opens = max((b for b in breaks if b <= at), default=start)
            if _HELD_ON.search(text, opens, at):
                # a list whose parts are said to be on it: "The heated seats, the block heater
                # and the remote starter are all on the Silverado"
                opens = start
            # ... or after this car's name before it: "QX50: we had the 360 camera on ..."
            opens = max((e for _, e, o in cars[:k] if not o and opens <= e <= at), default=opens)
            named = _LEAD.search(text, opens, at).start()
            lead = text[opens:named]
            compared = _COMPARED.search(lead)
            if compared:
                closes = min((b for b in breaks if b >= name_end), default=end)
                spans.append((opens + compared.start(),
                              _relative_clause_end(text, closes, breaks, end)))
                continue
            if _SAYS_SOMETHING.search(lead) and not (_PART_ON.search(lead)
                                                     or _IS_THE.search(lead)):
                opens = named  # the car is what the clause acts on: "rear-ended the Civic"
            if text.startswith("'s", name_end):
                # what it owns: "matches the RAV4's AWD and adds ...", "your 1984 GL's badge
                # is real - push-button 4WD"
                ended = _OWNED_ENDS.search(text, name_end, end)
                spans.append((opens, ended.start() if ended else end))
                continue
            later = next((a for a, _, o in cars[k + 1:] if not o), None)
            if later is not None and not any(at < b <= later for b in breaks):
                # both cars in one clause: which part is whose cannot be told, but for a
                # bracket after the other car's name ("shipping the Pilot (3rd row, AWD) and
                # selling the Civic")
                bracket = _BRACKET_AFTER.match(text, name_end, later)
                if bracket:
                    spans.append((named, bracket.end()))
                continue
            closes = min((b for b in breaks if b > at and (
                (later is not None and b <= later and not any(b < c <= later for c in breaks))
                or _WRITER_SPEAKS.match(text, b))), default=end)
            if any(not o for _, _, o in cars[:k]):
                # a heading about this car ends at its colon: "Range Rover Sport sent instead
                # of the Defender: 4x4, Meridian, HUD" lists what was sent
                colon = text.find(":", name_end, closes)
                closes = colon if colon >= 0 else closes
            spans.append((opens, closes))
        return _merged(spans)

    def _cars_named(self, text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
        """Where the sentence names a car: (start, end, whether it is another car). This car
        is named by any of its names, or as "this one", "mine"; another car only where its
        name is written as a car's (:func:`_reads_as_car`)."""
        names = _names()
        found = [(m.start(), m.end(), False) for m in _THIS_CAR.finditer(text, start, end)]
        k = start
        while (word := _WORD_START.search(text, k, end)) is not None:
            k = word.start()
            hit = self._name_at(text, k, end, names)
            if hit is None:
                k = _word_end(text, k, end)
                continue
            name_end, makes, is_make = hit
            said = text[k:name_end]
            if self._is_this_one(said, makes, is_make):
                found.append((k, name_end, False))
            elif _reads_as_car(text, k, name_end, said, is_make, names,
                               opening=is_make or bool(makes & self.makes)):
                found.append((k, name_end, True))
            k = name_end
        return sorted(found)

    def _is_this_one(self, said: str, makes: frozenset[str], is_make: bool) -> bool:
        """Whether a make's or model's name names this car: its make, its title's words, or
        any model of its make when the title names none."""
        if all(w in self.words for w in said.lower().split()) or _key(said) in self.keys:
            return True
        return bool(makes & self.makes) and (is_make or not self.has_model)

    @staticmethod
    def _name_at(text: str, at: int, end: int, names: _Names
                 ) -> tuple[int, frozenset[str], bool] | None:
        """The longest make or model name starting at ``at``, a make followed by its model
        read as one name ("Honda Pilot")."""
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-'"):
            return None
        ahead = _NAME_WORDS.match(text, at, end)
        ends = [m.end() for m in _NAME_WORD.finditer(text, at, ahead.end())] if ahead else []
        for word_end in reversed(ends):
            said = text[at:word_end].rstrip("!-")
            if said in names.makes:
                makes = names.makes[said] | names.models.get(said, frozenset())
                model = CarAtHand._name_at(text, _next_word(text, at + len(said), end), end,
                                           names)
                if model is not None and not model[2]:
                    return model[0], makes | model[1], True
                return at + len(said), makes, True
            if said in names.models:
                return at + len(said), names.models[said], False
        return None


def _runs(words: list[str]) -> list[str]:
    """Every run of one to three of ``words``, the longest first: the names they may be."""
    return [" ".join(words[k:k + size]) for size in range(3, 0, -1)  # names have 1-3 words
            for k in range(len(words) - size + 1)]


def _keys_of(words: list[str]) -> list[str]:
    """The keys (:func:`_key`) of every name ``words`` may hold."""
    return [_key(said) for said in _runs(words)]


def _key(name: str) -> str:
    """A name's letters and digits in lower case: "F-150" and "F150" are one model."""
    return "".join(c for c in name.lower() if c.isalnum())


# the writer's own car set against one named before it: "ours is the 2.5T base", "our
# Premium gets", "the one we took home", "we went with the LT", "THIS one (WG19) is", "I had
# the Seltos"
_OURS_AFTER = re.compile(
    _AFTER_BREAK + _PAST_BUT + r"(?:ours\b|mine\b|(?:our|my)\s+['\"]?(?-i:[A-Z0-9])|this\s+one\b"
    r"|the\s+one\s+(?:we|i)\s+(?:took|got|bought|drove|ordered|picked|chose)\b"
    r"|(?:we|i)\s+(?:went\s+with|got|bought|chose|picked|ordered|run|took|had|drive|drove)"
    r"\s+(?:the\s+|an?\s+)?['\"]?(?-i:[A-Z0-9])"
    # ... or the car the writer is in or brings this time: "I'm in the Camry", "I'm bringing
    # the Altima"
    r"|(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:in|bringing|taking|driving)\s+"
    r"(?:the\s+|an?\s+|my\s+|our\s+)?['\"]?(?-i:[A-Z0-9]))", re.IGNORECASE)
# ... unless it shares what the other has: "ours too", "ours also has"
_SHARED = re.compile(r"\b(?:also|too|as\s+well|same|likewise|both|all\s+that|everything)\b",
                     re.IGNORECASE)
# a name opening its clause as its subject: "Fleet note: the Bentayga Mulliner has", or
# someone's: "Brother-in-law's Armada has", "my client's current GLE has"
_SUBJECT_OPENS = re.compile(
    r"(?:^|(?<=[.;:!?\u2013\u2014])|(?<=\s-))\s*(?:the\s+"
    r"|(?:(?:my|our|his|her|their)\s+)?[\w-]+(?:'s|s')\s+(?:(?:current|old|new)\s+)?)?"
    r"(?:(?:19|20)\d\d\s+)?\Z", re.IGNORECASE)
# ... and what it has said after it: "Q7 Prestige gets", "The Durango SRT in the school lot
# had"
_HAS_AFTER_NAME = re.compile(
    r"[^.;:!?,]{0,40}?\b(?:has|had|gets|got|comes\s+with|came\s+with|offers|is|was)\b",
    re.IGNORECASE)


# another unit said to be the one with something, or sent elsewhere with what it had: "the
# s Grand Touring trim is the one with the Bose", "the Jetta SportWagen with the panoramic
# roof went to Lincoln Tech"
_ANOTHER_UNIT = re.compile(
    r"(?:^|" + _AFTER_BREAK + ")" + _PAST_BUT
    + r"(?:(?P<unit>(?:the|a|an)\s+[^,;.:!?()]{1,50}?)\s+(?:is|was)\s+the\s+one\s+"
    r"(?:with|that\s+ha[sd])\b"
    r"|(?P<left>(?:the|a|an)\s+[^,;.:!?()]{0,40}?\bwith\s+[^;.:!?()]{1,80}?)\s+(?:went"
    r"|was\s+sent)\s+to\b"
    # ... or the rig that tows or carries it, anyone's: "The coach has the backup cam", "Coach:
    # bluetooth, nav", "our motorhome has dual zone"
    r"|(?P<rig>(?:(?:the|our|my|their)\s+)?(?:coach|motorhome|motor\s+home|rv|rig|fifth\s+wheel"
    r"|toy\s+hauler)(?:\s+\([^()]*\))?)\s*(?::|\s(?:has|had|have|gets|got|came\s+with)\b)"
    # ... or a unit named by its trim or its model where it stands beside this one, or across
    # the street (see _beside_it): "the EX across the street has the cooled seats", "the
    # Overland parked beside it had the Harman", "the Yukon next to it is the one w/"
    r"|(?P<beside>(?:the|a|an)\s+(?P<trim>(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z0-9][\w-]*)){0,2}))\s+"
    r"(?:(?:parked|sitting|sat)\s+)?(?:(?P<by_it>(?:next\s+to|beside|behind|in\s+front\s+of"
    r"|across\s+from)\s+(?:it|ours|mine|this\s+one))|across\s+the\s+(?:street|road|lot|aisle))\b"
    r"[^,;.:!?()]{0,30}?\s+(?:has|had|have|is\s+the\s+one|was\s+the\s+one|with|came\s+with"
    r"|comes\s+with)\b)",
    re.IGNORECASE)
# ... the rig only where a car is towed behind it (a hearse's "coach" is its own body)
_TOWED = re.compile(r"\b(?:toads?|dinghy|dinghies|towed|tow\s*bar|flat[- ]tow\w*|four[- ]down"
                    # ... and the car "we tow behind it" (not "we tow behind it a horse trailer")
                    r"|(?:we|i)\s+tow\s+behind\s+it\b(?!\s+(?:a|an|any|our|my|the|\d))"
                    r"|4[- ]down)\b", re.IGNORECASE)
# ... not the writer's own: "this one is the one with", "our Tacoma is the one with"
_WRITERS = re.compile(r"\b" + _WRITER_WORDS, re.IGNORECASE)


# what says a model named in a line is the car the line is for: a sale or a listing before
# it ("selling the Civic", "For sale = the Terrain", "THIS listing is our Forte") ...
_AT_HAND_BEFORE = re.compile(
    r"(?:\bselling|\bsell|\bfor\s+sale\s*[:=-]?|\b(?:listing|post|ad|advert)\s+(?:is\s+)?(?:for"
    r"|about|=|:)|\b(?:listing|post|ad|advert)\s+is|\b(?:ours|mine)\s+is)\s+"
    r"(?:(?:the|our|my|this|a|an)\s+)?(?:" + _BETWEEN + r"\s+){0,2}$", re.IGNORECASE)
# ... or after it ("the Accent is for sale", "the QX50 we're selling", "the Camry stays here
# for sale")
_AT_HAND_AFTER = re.compile(
    r"(?:\s+\([^)]*\))?\s*(?:(?:that|which)\s+)?(?:(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:now\s+)?"
    r"(?:selling|listing)|(?:is|'s|are)\s+(?:the\s+one\s+)?(?:being\s+sold|listed|for\s+sale)"
    r"|(?:[\w']+\s+){0,2}(?:up\s+)?for\s+sale)\b", re.IGNORECASE)
# ... or the name the line opens with ("QX50: we had the 360 camera on our old QX60",
# "2024 Ariya is the new car")
_LINE_OPENS = re.compile(r"\W*(?:(?:19|20)\d\d\s+)?$")


def _said_at_hand(text: str, at: int, name_end: int, *, by_place: bool) -> bool:
    """Whether the model named at ``at`` is said to be the car the line is for, or opens
    the line as its subject or heading ("Ariya is the new car, the Pathfinder has the 3rd
    row"); by where it stands only where its name is no English word or a trim's code
    follows it ("Prologue EX AWD, ...", but "Note: the Frontier's liner")."""
    return bool(_AT_HAND_BEFORE.search(text[max(0, at - 40):at])
                or _AT_HAND_AFTER.match(text, name_end)
                or (by_place and _LINE_OPENS.fullmatch(text[:at])
                    and "?" not in text[name_end:_sentence_end(text, name_end)]))


def _sentence_end(text: str, at: int) -> int:
    found = _SENTENCE_END.search(text, at)
    return found.end() if found else len(text)


def _next_word(text: str, at: int, end: int) -> int:
    following = _SPACE_BEFORE_WORD.match(text, at, end)
    return following.end() if following else end


def _word_end(text: str, at: int, end: int) -> int:
    return max(_WORD_REST.match(text, at, end).end(), at + 1)


# what a make opening its clause is said to lack, for a make the lexicon also holds as a name:
# "..., Honda doesn't have AWD", "Chevy has neither" (not "Toyota 2ZZ", "Honda Sensing suite",
# "Toyota did the recall", "Toyota has the same 2GR engine", which name the maker)
_LACKS_AFTER = re.compile(
    r"\s+(?:doesn'?t|does\s+not|didn'?t|did\s+not|don'?t|hasn'?t|has\s+no|had\s+no|has\s+neither"
    r"|had\s+neither|lacks|lacked|isn'?t|wasn'?t|never\s+had)\b", re.IGNORECASE)
# a model's number after a make's initials: "DS 7", "DS3", "MG 4"
_NUMBER_AFTER = re.compile(r"\s?\d")


def _reads_as_car(text: str, at: int, name_end: int, said: str, is_make: bool,
                  names: _Names, opening: bool) -> bool:
    """Whether the name at ``at`` is written as a car: after a determiner or a possessive, or
    a make opening its clause (or, ``opening``, a model of this car's make that is not this
    car: "Sorento (3rd row) ships with us, the Forte stays"); never a maker's part, shop or
    club. A name that is also an English word ("the Pilot", "a Ram") is a car only before a
    word that goes on about a car, not another noun ("the Pilot Assist button", "the Smart
    key"); a model's code ("a GT2", "is a GLS") is no other car where it says what a car is,
    which a trim does. A make the lexicon holds as a name only ("Honda") opens its clause as
    a car before what it is said to lack ("..., Honda doesn't have AWD")."""
    if _NOT_A_CAR_AFTER.match(text, name_end):
        return False
    before = text[max(0, at - 60):at]
    english = said in names.words
    if english and not _GOES_ON.match(text, name_end):
        return False
    if not is_make and not (_GOES_ON.match(text, name_end) or _TRIM_AFTER.match(text, name_end)):
        return False
    if not is_make and _is_code(said) and _ARTICLE_ONLY.search(before):
        return False
    if is_make and len(said) <= 2 and not _NUMBER_AFTER.match(text, name_end) and not (
            _CAR_BEFORE.search(before)):
        return False  # a make's initials alone are a trade's ("DS heated seat": driver's side)
    return bool(_CAR_BEFORE.search(before)
                or (opening and _CLAUSE_OPENS.search(before)
                    and (not english or (is_make and _rarely_a_word(said)
                                         and _LACKS_AFTER.match(text, name_end)))))


def _other_units(text: str) -> list[tuple[int, int]]:
    """Clauses about another unit the line names by what it has, not by a name: "the 2016
    Tacoma at Westside campus is the one with the telescoping wheel", "the Lariat with
    leather, sunroof and nav went to the diesel program" (not "this one is the one with",
    "ours is the one with": the writer's own); and the motorhome a car is towed behind
    ("The coach has the backup cam; the TJ toad has a soft top"), where the line tows one."""
    spans = []
    for found in _ANOTHER_UNIT.finditer(text):
        unit = next(group for group in ("unit", "left", "rig", "beside") if found.group(group))
        writers_own = unit != "rig" and _WRITERS.search(found.group(unit))
        nothing_towed = unit == "rig" and not _TOWED.search(text)
        if writers_own or nothing_towed or (unit == "beside" and not _beside_it(found)):
            continue
        ends = _SENTENCE_END.search(text, found.end())
        end = ends.start() if ends else len(text)
        # ... up to where the writer speaks again (", this one has heated seats") or a rig's
        # towed car is named (", the little Fit we tow behind it just has A/C")
        breaks = _clause_breaks(text, found.end(), end)
        end = min((b for b, after in itertools.pairwise([*breaks, end])
                   if _WRITER_SPEAKS.match(text, b)
                   or (unit == "rig" and _TOWED.search(text, b, after))), default=end)
        spans.append((found.start(unit), end))
    return spans


# someone else as the subject of what they or their car have: "hers has", "he has", "theirs
# had", "my neighbor has", "my sister's CR-V has", "the E-class of my boss is 4matic"
_PEOPLE = (r"(?:(?:best|older|younger|little|big|old|late)\s+)?"
           r"(?:sister|brother|sis|bro|friend|buddy|pal|mate|neighbou?r|boss|co-?worker|colleague"
           r"|dad|mom|mum|mother|father|parent"
           r"|wife|husband|hubby|partner|girlfriend|boyfriend|gf|bf|son|daughter|cousin|uncle"
           r"|aunt|grandpa|grandma|roommate|nephew|niece|fianc[e\u00e9]e?|carer|care-?giver"
           r"|grandson|granddaughter|grandkid|grandchild"
           # a former partner: "my ex's Tahoe had heated seats", "my ex-wife's" (not an
           # "ex-rental", an "ex-fleet" car)
           r"|ex(?:-(?:wife|husband|girlfriend|boyfriend|partner)|(?!-))"
           r"|(?:brother|sister|father|mother|son|daughter)-in-law|in-law)s?")
_SOMEONE_HAS = re.compile(
    r"(?:^|" + _AFTER_BREAK + r"|(?<=\svs\s)|(?<=\svs\.\s))" + _PAST_BUT
    + r"(?P<subject>(?P<pronoun>he|she|they)(?=\s+(?:has|had|have|got|gets)\b)"
    r"|(?:hers|his|theirs)(?=\s+(?:has|had|have|got|gets)\b)"
    # ... "my sister", "my sister's CR-V", "Mum's RX"
    r"|(?:(?:(?:my|our|his|her|their)\s+|(?=" + _PEOPLE + r"(?:'s|s')))" + _PEOPLE
    + r"(?P<owns>'s|s')?"
    # ... or another's, said in the past: "her Audi had the sunroof, my Mazda2 has a tape
    # deck" (not "her Audi has", which may be the car at hand)
    r"|(?:his|her|their)\s+(?P<theirs>[\w-]+)(?P<past>(?=(?:\s+[\w-]+){0,3}?\s+had\b))?"
    # ... or a car that is no one's here: the reader's, a rental's, a loaner's ("your CX-5
    # had the Bose; my Mazda2 had me", "the rental we had in Cabo had rear air, ours ...")
    # (the reader's in the past only: an ad's "your new Civic has" is the car at hand)
    r"|(?P<other>your\s+[\w-]+(?=(?:\s+[\w-]+){0,3}?\s+had\b)"
    r"|(?:the|a|our)\s+(?:rental|loaner|courtesy\s+car)))"
    r"(?:\s+(?!(?:has|had|have|got|gets|is)\b)[\w-]+){0,3}?"
    r"|(?P<of>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+of\s+(?:my|our|his|her|their)\s+" + _PEOPLE + r"))"
    r"(?:\s*\([^()]*\))?\s+(?:has|had|have|got|gets|is|was|came\s+with|comes\s+with)\b",
    re.IGNORECASE)
# ... set against the writer's own after it: "mine has", ", ours is", ". I have a soft top",
# ", my Subaru Forester base ..."
_WRITERS_OWN = re.compile(
    r"(?:" + _AFTER_BREAK + r"|\s(?:and|but|while|whereas)\s)" + _PAST_BUT
    + r"(?:mine\b|mine's\b|ours\b|(?:my|our)\s+(?:own\s+(?=(?-i:[A-Z0-9])))?(?!" + _PEOPLE
    + r"\b)(?!own\b)[\w-]+"
    # ... or the car the writer was given or chose: "the 2010 ES she gave me", "the SEL we
    # actually bought"
    r"|the\s+(?:[\w-]+\s+){1,3}?(?:(?:she|he|they)\s+(?:gave|left|passed\s+on\s+to)\s+(?:me|us)"
    r"|(?:we|i)\s+(?:actually\s+|finally\s+)?(?:bought|got|kept|drive))\b"
    # ... or the writer with a car, not with its papers, a chore or the same car: "I have a
    # soft top" (not "I have the title", "I have to", "I bought it from him")
    r"|(?:i|we)(?:\s+have|\s+had|\s+got|'ve(?:\s+got)?|\s+only\s+have|\s+just\s+have|\s+drive"
    r"|\s+bought|\s+went\s+with)\s+(?!(?:the\s+|a\s+|all\s+the\s+|its\s+|my\s+)?(?:title|keys?"
    r"|receipts?|paperwork|papers|records|service\s+records|pics|photos|pictures|financing"
    r"|deposit|manual|spare|to|been|it|them|one\s+too|the\s+same|\w+ed)\b))",
    re.IGNORECASE)
# ... and, for a person or a pronoun alone, the writer's own car named before it: the line is a
# comparison ("my 2019 Miata next to my buddy's Mustang GT: he has the LSD"), not someone's
# car at hand ("my wife's daily. She has heated seats", "my son has the third row to himself")
_WRITERS_BEFORE = re.compile(r"\b(?:mine|ours|(?:my|our)\s+(?!" + _PEOPLE + r"\b)(?!own\b)[\w'-]+"
                             r"|(?:i|we)\s+(?:got|have|bought|drive|own))\b", re.IGNORECASE)

# ... unless the line sells someone's car: "Selling my dad's F-150: his truck has ..."
_SALE = re.compile(r"\b(?:selling|sell|sold|for\s+sale|listing|listed|posting\s+for"
                   r"|helping\s+(?:[\w']+\s+){0,3}?sell)\b", re.IGNORECASE)
# ... a pronoun ("he has", "they have") is someone else's only where someone is named before
# it ("my buddy's Mustang GT: he has the LSD"), not a salesman's or a dealer's "they"
_SOMEONE_NAMED = re.compile(r"\b" + _PEOPLE + r"\b|\b\w+'s\s", re.IGNORECASE)


# the words that name a car without its make or model: "her car had", "his truck had"
_CAR_NOUNS = frozenset({"car", "truck", "suv", "van", "minivan", "ride", "wagon", "sedan",
                        "coupe", "hatch", "hatchback", "pickup", "convertible"})


def _names_a_car(word: str) -> bool:
    """Whether ``word`` names a car in any case: a make, a model or a car noun ("her audi",
    "his truck"; not "their shop", "her eyes")."""
    return word.lower() in _car_words()


@functools.cache
def _car_words() -> frozenset[str]:
    names = _names()
    return frozenset(name.lower() for name in (*names.makes, *names.models)) | _CAR_NOUNS


def _someone_elses(text: str) -> list[tuple[int, int]]:
    """What someone else, or their car, is said to have before the writer sets their own
    car against it: "my 2017 HR-V vs my sister's CR-V: hers has the power liftgate and
    heated seats. mine has a cupholder", "the CX-9 of my brother-in-law has the Bose, my CX-5
    has AWD". A person or a pronoun alone needs the writer's car named before it too ("my
    2019 Miata next to my buddy's: he has the LSD. I have a soft top"): without that, or
    without the writer's own car after it, or in a line selling someone's car, their car
    may be the car at hand ("my wife's daily. She has heated seats"), so nothing is set
    apart; nor where the writer's is said to share it ("mine has it too")."""
    spans = []
    for found in _SOMEONE_HAS.finditer(text):
        own = _WRITERS_OWN.search(text, found.end())
        unnamed = found.group("pronoun") and not _SOMEONE_NAMED.search(text, 0, found.start())
        # "my sister's CR-V has", "your CX-5 had"
        # ... "her Audi had"
        past_car = found.group("past") is not None and _names_a_car(found.group("theirs"))
        their_car = (found.group("owns") or found.group("of") or found.group("other")
                     or past_car)
        no_comparison = not their_car and not _WRITERS_BEFORE.search(text, 0, found.start())
        if own is None or unnamed or no_comparison or _SALE.search(text):
            continue
        said_end = next((m.start() for m in _SENTENCE_END.finditer(text, own.end())),
                        len(text))
        if not _SHARED.search(text, own.start(), said_end):
            spans.append((found.start("subject"), own.start()))
    return spans


# a unit named by its trim that the line compares this one with: "2021 K5 LXS (this car) vs the
# GT-Line in the showroom with the Bose", "unlike the Limited w/ the pano roof"
_COMPARED_UNIT = re.compile(r"\b(?:vs\.?|versus|unlike|compared\s+(?:to|with))\s+(?:the|a|an)\s+",
                            re.IGNORECASE)
# ... which ends where this car's own predicate or the writer begins: "unlike the LX it has
# heated seats", "vs. the EX-L gets HUD", "vs the Titanium and still has nav"
_OWN_PREDICATE = re.compile(r"\b(?:has|have|had|adds|add|added|gets|get|got|comes|came|is|was"
                            r"|are|were|does|did|offers|includes|still|it|this|ours|mine|we|i"
                            r"|said|says)\b", re.IGNORECASE)
_AND_AT = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)


# parts said to be another unit's, named by its trim: "tonneau and running boards belong to the
# Big Horn on row 12", "the Mark Levinson + HUD were in the F Sport"
_HELD_BY_UNIT = re.compile(r"\b(?:belong(?:s|ed)?\s+to|(?:is|are|was|were)\s+(?:all\s+|both\s+"
                           r"|only\s+)?(?:in|on))\s+the\s+", re.IGNORECASE)
# ... not the trims from one up, or two of them, one of which may be this car's: "on the EX and
# up", "on the EX trim & up", "EX-L or better", "on the XSE and XLE", "on the EX/EX-L"
_TRIMS_ON = re.compile(r"(?:\s+trims?)?\s*(?:\+|&\s*up\b|(?:and|or)\s+(?:up|above|higher|better)\b"
                       r"|/|(?:and|or|&)\s+(?:the\s+)?(?-i:[A-Z]))", re.IGNORECASE)
# where such a clause may open besides a sentence's start: a colon, a bracket, a dash, "but"
_CLAUSE_OPENER = re.compile(r"(?<!\d):|:(?!\d)|\(|\s[-\u2013\u2014]+\s|\s(?:but|while|whereas)\s",
                            re.IGNORECASE)
# a list's item of one or two words before the parts' verb: ", sunroof", " remote start"
_LIST_ITEM = re.compile(r"\s*(?!(?:no|yes|nope|yep|yeah|nah|n|y)\b)[\w&/-]+(?:\s+[\w&/-]+)?\s*"
                        r"(?:,|\s+and|\s+&)?\s*", re.IGNORECASE)
# a contrast with this car after another unit's clause: ", not this Premium Plus", ", not ours"
_NOT_THIS = re.compile(r"\s*,\s*not\s+(?:this|ours|mine|my|our)\b[^,;.:!?]*", re.IGNORECASE)
# a subject that names nothing: "those were on the XLT only"
_PRONOUN_ENDS = re.compile(r"\b(?:those|these|they|it|that|this|both|all)\W*\Z", re.IGNORECASE)


# a trim's code: "SX", "LTZ", "SR5", "EX-L", "AT4", "RTL-E"
_TRIM_CODE = re.compile(r"(?-i:[A-Z]{1,3}(?:\d[A-Z0-9]?|-[A-Z]{1,2})?)(?![\w-])")
# how often English may use a code's letters as a word: "EX", "LE" or "SE" are trims, "KEY",
# "CAB" or "TOP" in a line written in capitals are words
_RARE_AS_WORD = 20000


def _trim_end(text: str, at: int) -> int | None:
    """Where a trim's name starting at ``at`` ends: a trim many makes share (``[trims]`` in
    ``data/cars.toml``, as written or in capitals) or a trim's code; ``None`` for any other
    word ("the Shop", "the Glovebox", "the Dealer"). A code of letters alone is no common
    word ("the KEY", "the CAB") and has three letters at most, two in a line written in
    capitals."""
    ahead = _NAME_WORDS.match(text, at)
    if ahead is None:
        return None
    trims = _names().trims
    for word_end in reversed([m.end() for m in _NAME_WORD.finditer(text, at, ahead.end())]):
        said = text[at:word_end]
        if said in trims or said.title() in trims:
            return word_end
    code = _TRIM_CODE.match(text, at)
    if code is None:
        return None
    said = code.group()
    if any(c.isdigit() or c == "-" for c in said):
        return code.end()
    capitals = sum(c.isupper() for c in text) > 0.8 * sum(c.isalpha() for c in text)
    if len(said) <= (2 if capitals else 3) and (
            english_frequencies().get(said.lower(), 0) < _RARE_AS_WORD):
        return code.end()
    return None


def _held_by_units(text: str) -> list[tuple[int, int]]:
    """The parts a clause says another unit holds, from the clause's start up to that unit's
    trim (:data:`_HELD_BY_UNIT`): a list's items before it too ("nav, sunroof, leather are on
    the EX-L"), not a clause of their own ("Regular cruise only, EyeSight was on the
    Premium"); not the trims from one up (:data:`_TRIMS_ON`)."""
    spans = []
    for found in _HELD_BY_UNIT.finditer(text):
        trim_end = _another_trim(text, found.end())
        if trim_end is None or _TRIMS_ON.match(text, trim_end):
            continue
        starts = _SENTENCE_END.finditer(text, 0, found.start())
        start = max((m.end() for m in starts), default=0)
        opened = _CLAUSE_OPENER.finditer(text, start, found.start())
        start = max([start, *(m.end() for m in opened)])
        if _PRONOUN_ENDS.search(text, start, found.start()):
            continue
        opens = text.rfind(",", start, found.start()) + 1 or start
        while opens > start and _LIST_ITEM.fullmatch(
                text, before := text.rfind(",", start, opens - 1) + 1 or start, opens - 1):
            opens = before
        spans.append((opens, _unit_clause_end(text, trim_end)))
    return spans


def _another_trim(text: str, at: int) -> int | None:
    """Where the trim named at ``at`` ends, if it names another unit: a trim (see
    :func:`_trim_end`) that the line names nowhere else, as this car's may be ("2020
    Telluride SX - ventilated seats are on the SX", "..., ours is an F Sport")."""
    end = _trim_end(text, at)
    if end is None:
        return None
    said = re.compile(rf"(?<![\w-]){re.escape(text[at:end])}(?![\w-])")
    return None if said.search(text[:at]) or said.search(text, end) else end


def _unit_clause_end(text: str, at: int) -> int:
    """Where the clause naming another unit at ``at`` ends: at its next break, or past a
    contrast with this car right after it ("belong to the Prestige trim, not this Premium
    Plus"), which says nothing of this car's parts."""
    closes = _clause_close(text, at)
    contrast = _NOT_THIS.match(text, closes)
    return contrast.end() if contrast else closes


def _clause_close(text: str, at: int) -> int:
    """The next break of the clause at ``at``, or its sentence's end; an "and" inside it
    joins what one unit has ("with the Bose and the sunroof"), so it is no break here."""
    ends = _SENTENCE_END.search(text, at)
    end = ends.start() if ends else len(text)
    return min((b for b in _clause_breaks(text, at, end) if not _AND_AT.match(text, b)),
               default=end)


def _compared_units(text: str) -> list[tuple[int, int]]:
    """What a comparison with a unit named by its trim says of that unit, to its clause's end
    or where this car's own predicate begins: "vs the GT-Line in the showroom with the Bose
    and the sunroof", not "unlike the LX it has heated seats"."""
    spans = []
    for found in _COMPARED_UNIT.finditer(text):
        trim_end = _another_trim(text, found.end())
        if trim_end is None:
            continue
        end = _clause_close(text, trim_end)
        own = _OWN_PREDICATE.search(text, trim_end, end)
        spans.append((found.start(), own.start() if own else end))
    return spans


def _beside_it(found: re.Match[str]) -> bool:
    """Whether what stands beside this car, or across the street, is another unit: one named
    by its trim (see :func:`_another_trim`), or by a make's or model's name, maybe with its
    trim, where it stands by this one ("the Yukon next to it is the one w/", "the Cherokee
    Trailhawk next to it had"); not a place ("the Shop across the street"), nor "the Camry
    across the lot" that is the buyer's own."""
    text, at, end = found.string, found.start("trim"), found.end("trim")
    if _another_trim(text, at) == end:
        return True
    named = CarAtHand._name_at(text, at, end, _names())
    if not found.group("by_it") or named is None:
        return False
    return named[0] == end or _trim_end(text, _next_word(text, named[0], end)) == end


def _relative_clause_end(text: str, closes: int, breaks: list[int], end: int) -> int:
    """After a compared car's name, a clause that describes it ("like the Honda, which has a
    head-up display, ...") is its too."""
    if _DESCRIBES.match(text, closes):
        return min((b for b in breaks if b > closes), default=end)
    return closes


def _clause_breaks(text: str, start: int, end: int) -> list[int]:
    """Where the sentence's clauses open (:data:`_CLAUSE_BREAK`), outside brackets: "the
    Fiesta (no cruise, no bluetooth)" is one clause."""
    return [found.start() for found in _CLAUSE_BREAK.finditer(text, start, end)
            if text.count("(", start, found.start()) <= text.count(")", start, found.start())]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


@functools.cache
def car_names() -> frozenset[str]:
    """Every make's and model's name in lower case ("civic", "f-150", "rx", "santa fe")."""
    names = _names()
    return frozenset(name.lower() for name in (*names.makes, *names.models))


@functools.cache
def model_words() -> frozenset[str]:
    """The words of models' names, five letters or more, that are no English word, in lower
    case ("cruze", "corsa"): the shorthand reads them as written, never as shorthand or a
    misspelt feature (the Cruze has no cruise, the Corsa no "crs")."""
    return frozenset(word for name in _names().models
                     for word in re.findall(r"[a-z]{5,}", name.lower())
                     if word not in english_words())


@functools.lru_cache(maxsize=256)
def car_at_hand(title: str) -> CarAtHand:
    """:meth:`CarAtHand.named`, once per title (a run maps vehicle after vehicle of a make)."""
    return CarAtHand.named(title)
