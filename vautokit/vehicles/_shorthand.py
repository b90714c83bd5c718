"""Dealer shorthand read back into the words the synonym table knows.

Stickers and dealer feeds shorten words to fit a column: "HTD MIRRS", "PWR LFTGT", "TILT/TELE
STRG", "BLND SPT MON", "PREM SND SYS", "VENT FRT STS". No list of abbreviations keeps up, so
the shorthand is read by its shape against the vocabulary of the table's own phrases:

- a consonant skeleton: the first letter and the consonants after it ("lftgt" is the skeleton
  of "liftgate", "htd" of "heated");
- a prefix of three letters or more ("prem" of "premium", "tele" of "telescoping"), the
  shortest completion only ("powe" is "power", not "powerstroke");
- letters in order, first letter first, dropping vowels and letters ("strg" in "steering",
  "mirrs" in "mirrors"), keeping at least two letters in five ("vnn" is not "ventilation");
- two table words run together ("ParkAssist", "RAINSENSING"), either maybe shortened to its
  skeleton ("ALLOYWHLS", "FOGLMPS", "HTDSTS");
- a misspelling: a word of five letters or more, not a word the table knows, one edit from
  exactly one table word of five letters or more with the same first letter, once both are
  folded the way people misspell by ear ("lites" as "lights", "cruize" as "cruise"): a
  dropped letter ("camra", "bluetooh"), two letters swapped ("strat", "wheles"), or a vowel
  changed in seven letters or more ("navagation"), any letter from eight, a letter doubled
  ("controll"). Not another letter added: that is another word ("cruiser", "braked",
  "superb"), nor a word one edit from a cue word
  ("remove", "delted"), nor a longer form of the table word ("covered");
- a compound table word shortened part by part, the first part to its initial and the
  second to its skeleton ("MRF" moon roof, "TGT" tail gate), read only when the token fits
  no word whole ("LGT" is a light) and the line has other shorthand ("LTHR MRF");
- a fleet code: the initials of a label's name ("P/W" power windows, "CC" cruise control; a
  number as its digit, so "FWD" is no four wheel drive),
  read only in a run of such codes ("AC/PW/PL/CC", "A/C, P/W, P/L"), where a code cannot be
  a trim's name or a word; a run may carry a check's one-letter mark after each code ("AC P,
  PW P", "PW=Y PL=Y"), and two codes are a run when every name they stand for shares its
  first word (the fleet pair "PW/PL"; "LS/RS" is a trim's). Two labels with the same
  initials ("PS") are two readings, narrowed to the names of the run's one family when some
  are ("P/S" beside "P/W, P/L" is no parking sensors), and to the one name whose own phrases
  write the code as a word where it is an item of its own (the table's bare "PS" is power
  steering: so is "P/S, P/W"; "P/S door dinged" stays unsure). A compound word of a name
  gives an initial of each part ("PLG" is the power liftgate, so "PL" is the power locks
  alone), and its two initials stand for it after the word its name writes before it ("PWR
  LG");
- a name's three initials after a maker's one-letter modifier ("ITBC" integrated trailer
  brake controller, "VLSD" viscous limited slip differential), when the four letters are no
  English word ("thud"), the three are one name's initials only ("desc": "esc" is none)
  and the modifier is not the first initial again ("TTRS" is a model, no third row);
- an initial joined by a slash to a word ("R/CAM", "H/SEATS") is a word with that initial
  that some phrase or name writes before that word ("rear camera", "heated seats"); a letter
  no phrase writes so ("g/mi", "L/CERT") and "w/" (with) stay as written;
- an ordinal alone as an item of a run list ("LTHR NAV 3RD HTD STS", "nav, 3rd, cam") is
  the row it counts: it cannot count the word after it ("heated"), which starts a name;
- the first word of a label's name carried over the one-word items after it in place of
  the name's second word ("pwr seat, wndws, locks": power windows, power locks; "heated
  front seats, rear") while each makes a label's name;
- a truncated cell: the last word of a cell (before ",", "/" or the line's end) cut off at a
  column's width ("HEATED FRT SE", "REMOTE STA", "HEATED STEERIN"), read as the longer word
  only when the word before it and the cut-off start name exactly one next word of a
  label's name ("remote st" -> "start" of Remote Start); then that is its only reading.

A dealer's abbreviation of what is no feature ("cust", "stk", "VIN", "DT") is no shorthand,
and a common English word spelt in full ("part", "port", "received") is read by dropping
letters or as a misspelling only among other shorthand ("RUNG BRDS").

The best kind of fit wins; several words of the same kind are all kept as readings (a word
written alike throughout a line is read alike throughout it), and the mapping decides
between them by which reading forms a phrase of the table (see ``CheckboxMappingService``):
readings that disagree about a label's words put it up for review.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container, Iterable, Mapping

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from ._ocr import english_frequencies, english_words
from ._scope import ANSWERS, CUE_WORDS

_VOWELS = frozenset("aeiou")
# Words that are plain English on a sticker, never shorthand for a table word.
PLAIN = frozenset({
    "and", "or", "with", "without", "for", "the", "of", "in", "on", "to", "by", "at", "per",
    "inc", "incl", "opt", "std", "pkg", "grp", "pkgs", "w", "x", "is", "it", "as", "an",
    "req", "all", "new",
    # prose words of a listing: "engine has not been remapped" has no "heaters" in it
    "has", "have", "had", "been", "be", "are", "was", "were", "does", "do", "did", "will",
    "can", "may", "must", "its", "this", "that", "these", "those", "there", "here", "from",
    "into", "onto", "over", "under", "very", "just", "also", "only", "both", "each", "some",
    "any", "good", "great", "nice", "bad", "cheap", "clean", "used", "old", "one", "two",
    "three", "four", "five", "six", "still", "then", "than", "when", "what", "which", "who", "car",
    "cars", "you", "your", "our", "we", "they", "them", "owner", "owners", "sold", "seen",
    "see", "make", "made", "like", "well", "round", "about", "after", "before", "full",
    "set", "few", "many", "more", "most", "much", "but", "if", "so", "not", "up", "out",
    # auxiliaries and common verbs of a note: "could not locate switch" has no "cooled"
    "could", "would", "should", "might", "shall", "cannot", "locate", "found", "find",
    "need", "needs", "works", "work", "runs", "run", "open", "opens", "close", "closes",
    # units, networks and parts a note names beside a feature: "10-80% in 24 min", "4G LTE
    # hotspot", "fog light lens cracked", "ultra-fast charging" hold no "moon", "leather",
    # "lanesense" or "ultraview"
    "min", "mins", "max", "sec", "hr", "hrs", "lte", "lens", "ultra",
    # a brake's parts: "vented disc" has no "distronic" in it
    "disc", "discs", "drum", "drums",
    # a car's gas fuel: "Ertiga CNG" has no "cooling" in it
    "cng", "lpg", "lng",
    # a chat's own shortenings, which stand for no part: "pls" is no "plus"
    "pls", "plz", "bc", "cuz", "abt", "lol", "lmao", "idk", "btw", "tbh", "rn", "ur", "thx",
})
# A dealer's own abbreviations for what is no feature: the customer, the stock number, the
# VIN, a dealer trade, an appointment, the interior and exterior colour, a repair order, the
# maker's statement of origin, a truck's heavy-duty trim, the transmission, a certified car.
# They are written everywhere in a desk's notes ("cust picked up", "stk 7781", "grey int",
# "DT signed", "3500 HD", "trans slips", "cert sheet") and are never shorthand for a table
# word ("cust" is no Compustar, "VIN" no "vintage", "DT" no "dti", "trans case" no transfer
# case, "cert" no Chevrolet).
DEALER_WORDS = frozenset({
    "cust", "custs", "stk", "vin", "vins", "dt", "appt", "appts", "int", "ext", "ro",
    "mso", "hd", "trans", "cert",
})
_COMMON = 1000  # an English word this frequent (pyspellchecker's counts) is meant as written
# ... and one this frequent (pronouns, articles, "get", "lot") is never shorthand, whatever
# else the line shortens: "pls dont ... when u drive her, she ..." holds no heater nor Sherpa
_EVERYDAY = 1_000_000
_MAX_READINGS = 32
_SHORTEST_MISSPELT = 5  # "camra": shorter words are too close to too many others
_CHANGED_VOWEL = 7  # from this length a vowel may be wrong ("panaramic"), not "puddle"
_CHANGED_CONSONANT = 8  # "healing" is not "heating", nor "limiter" "limited"
# spellings by ear folded to one form: "lite"/"light", "cruize"/"cruise", "fone"/"phone"
_BY_EAR = (("ight", "ite"), ("ph", "f"), ("ck", "k"))
# ... and inside a word only: "cruize" is "cruise", but a word that starts with a "z" is
# another sound ("zonar", a fleet's telematics, is no misspelt "sonar")
_BY_EAR_INSIDE = (("z", "s"),)
_LOOKAROUND = re.compile(r"\(\?<?[!=](?:[^()]|\([^()]*\))*\)")
_GAP = re.compile(r"~\d?(?:![a-z0-9|./]+)?")
_ESCAPE = re.compile(r"\\[a-zA-Z]")


def vocabulary(phrases: Iterable[str]) -> tuple[set[str], set[str]]:
    """The words of table phrases: every word they mention (never read as shorthand), and
    the words a line must contain for a phrase to match (what shorthand may stand for). For
    ``re:`` phrases the latter are the literal words outside lookarounds and gap exclusions."""
    known: set[str] = set()
    wanted: set[str] = set()
    for phrase in phrases:
        text = phrase[3:] if phrase.startswith("re:") else phrase.lower()
        known.update(re.findall(r"[a-z]{2,}", _ESCAPE.sub(" ", text)))
        if phrase.startswith("re:"):
            text = _ESCAPE.sub(" ", _GAP.sub(" ", _LOOKAROUND.sub(" ", text)))
        wanted.update(re.findall(r"[a-z]{2,}", text))
    return known, wanted


def skeleton(word: str) -> str:
    """The first letter and the consonants after it: "liftgate" -> "lftgt"."""
    return word[:1] + "".join(c for c in word[1:] if c not in _VOWELS)


def _in_order(short: str, word: str) -> bool:
    letters = iter(word)
    return all(c in letters for c in short)


class Shorthand:
    """Expansions of shortened words into the words of a vocabulary."""

    def __init__(self, known: Iterable[str], targets: Iterable[str],
                 names: Iterable[str] = (), phrases: Iterable[str] = (),
                 spelt: Mapping[str, Iterable[str]] | None = None,
                 as_written: Iterable[str] = ()) -> None:
        self.targets = frozenset(targets)
        # names read as written, never as shorthand or a misspelt table word: "cruze" is no
        # cruise, "corsa" no "crs" (the exact word only: "camiras" may be misspelt cameras)
        self._as_written = frozenset(as_written)
        self.words = frozenset(known) | self.targets
        self._by_skeleton: dict[str, set[str]] = {}
        for word in self.targets:
            self._by_skeleton.setdefault(skeleton(word), set()).add(word)
        self._by_ear: dict[str, set[str]] = {}
        for word in self.targets:
            if len(word) >= _SHORTEST_MISSPELT:
                self._by_ear.setdefault(_folded(word), set()).add(word)
        self._cues = [_folded(cue) for cue in CUE_WORDS if len(cue) >= _SHORTEST_MISSPELT - 1]
        self._misspelt: dict[str, tuple[str, ...]] = {}
        self._by_initials: dict[str, set[str]] = {}
        self._next_in_name: dict[str, set[str]] = {}
        # a compound word of a label's name by the initials of its parts ("lg": liftgate)
        self._by_part_initials: dict[str, set[str]] = {}
        self._first_in_name: set[str] = set()
        names = tuple(names)
        # the words a phrase or a name writes before a word ("camera": rear, reverse, ...)
        self._before: dict[str, set[str]] = {}
        for phrase in (*phrases, *names):
            written = _phrase_words(phrase)
            for k, word in enumerate(written):
                self._before.setdefault(word, set()).update(written[:k])
        self._names = frozenset(" ".join(re.findall(r"[a-z]+", name.lower())) for name in names)
        # a compound table word of two words of four letters or more shortened part by
        # part: its first part's initial, then its second part's skeleton ("mrf": moon roof)
        self._by_parts: dict[str, set[str]] = {}
        for word in self.targets:
            pieces = self._pieces(word)
            if len(pieces) == 2 and min(map(len, pieces)) >= 4:  # "cbr" is no cross bar
                self._by_parts.setdefault(pieces[0][0] + skeleton(pieces[1]), set()).add(
                    " ".join(pieces))
        for name in names:
            parts = re.findall(r"[a-z]+", name.lower())
            self._first_in_name.update(parts[:1])
            for first, second in itertools.pairwise(parts):
                self._next_in_name.setdefault(first, set()).add(second)
            pieces = [self._pieces(part) for part in parts]
            for part, its in zip(parts, pieces, strict=True):
                if len(its) == 2:
                    self._by_part_initials.setdefault(its[0][0] + its[1][0], set()).add(part)
            # a number is written as its digit: Four Wheel Drive is "4WD", "FWD" the front's
            initials = "".join(_DIGITS.get(piece, piece[0]) for its in pieces for piece in its)
            if len(parts) >= 2 and len(initials) <= 3:
                self._by_initials.setdefault(initials, set()).add(" ".join(parts))
        self._spelt_codes = _spelt_codes(self._by_initials, spelt or {})

    def _pieces(self, word: str) -> tuple[str, ...]:
        """A word of a label's name as the two words of the table and of English it runs
        together ("liftgate": lift, gate; "headlights": head, lights), three letters or more
        each, or as itself: a fleet code takes an initial of each ("PLG" is the power
        liftgate, "PL" only the power locks)."""
        for k in range(3, len(word) - 2):
            head, tail = word[:k], word[k:]
            if {head, tail} <= self.words and {head, tail} <= english_words():
                return head, tail
        return (word,)

    def codes(self, words: list[str], paired: frozenset[int]) -> dict[int, tuple[str, ...]]:
        """The fleet codes of a line (word index -> the label names they are the initials
        of). Letters written in pairs ("p / w", at the indexes ``paired``) are codes when
        two of the line's pairs fit; two or three letters otherwise only in a run of three
        codes or more joined by "/", "," or a space, of which three fit ("ac / pw / pl /
        cc"): a trim's name ("ls / lt", "LS, LT, RS") is not a run."""
        def fits(indexes: Iterable[int]) -> dict[int, tuple[str, ...]]:
            found = {k: tuple(sorted(self._by_initials.get(words[k], ()))) for k in indexes}
            return {k: names for k, names in found.items() if names}

        found = fits(paired) if len(fits(paired)) >= 2 else {}
        runs: list[list[int]] = [[]]
        for k, word in enumerate(words):
            # an auction sheet's codes follow one another with a space or a comma too
            # ("AC PS PW", "A/C, PW, PL"), each maybe with its check's mark ("PW P, PL P")
            if _is_code(word) and runs[-1] and _between_codes(words[runs[-1][-1] + 1:k]):
                runs[-1].append(k)
            elif word not in _CODE_JOINS and not _is_mark(words, k):
                runs.append([k] if _is_code(word) else [])
        for run in runs:
            if (len(run) >= 3 and len(fits(run)) >= 3) or _one_family(fits(run)):
                found.update(fits(run))
        # a code is the table's own word only as an item of its own ("P/S, P/W"), as the
        # table writes it: "P/S door dinged" is the passenger side's
        return {k: self._spelt_codes.get(words[k], names) if _own_item(words, k) else names
                for k, names in _narrowed(found).items()}

    def is_shorthand(self, token: str) -> bool:
        """A word worth reading as shorthand: letters only, not a word the table knows nor
        an everyday English word (:data:`_EVERYDAY`)."""
        return (token.isalpha() and 2 <= len(token) <= 6 and token not in self.words
                and token not in PLAIN and token not in CUE_WORDS and token not in DEALER_WORDS
                and not _plural_of_known(token, self.words)
                and english_frequencies().get(token, 0) < _EVERYDAY)

    def expansions(self, token: str, *, misspelt: bool = True) -> tuple[str, ...]:
        """The table words ``token`` may stand for, of the best kind of fit only (read as a
        misspelling only when ``misspelt``)."""
        kind, words = self.fit(token)
        return words if misspelt or kind != "misspelt" else ()

    def fit(self, token: str) -> tuple[str, tuple[str, ...]]:
        """How ``token`` fits table words ("skeleton", "prefix", "letters", "compound",
        "misspelt", "parts" or "") and which."""
        if token in self._as_written:
            return "", ()
        compound = self._compound(token)
        if compound:
            return "compound", compound
        if not self.is_shorthand(token):
            return ("misspelt", self.misspelt(token)) if self.misspelt(token) else ("", ())
        if self._prefixed(token):
            return "prefixed", self._prefixed(token)
        longer = [w for w in self.targets if len(w) > len(token) and w[0] == token[0]]
        ranked = (
            ("skeleton", sorted(self._by_skeleton.get(skeleton(token), set()) & set(longer))),
            ("prefix", _shortest(w for w in longer if len(token) >= 3 and w.startswith(token))),
            # a word of four letters is not shortened by dropping one: "jdm" is no "jtdm"
            ("letters", sorted(w for w in longer if len(token) >= 3 and len(w) >= 5
                               and _few_vowels(token)
                               and len(token) >= 0.4 * len(w) and _in_order(token, w))),
        )
        found = next(((kind, tuple(found)) for kind, found in ranked if found), ("", ()))
        if not found[1] and self.misspelt(token):
            return "misspelt", self.misspelt(token)
        if not found[1] and token in self._by_parts:
            return "parts", tuple(sorted(self._by_parts[token]))
        return found

    def _prefixed(self, token: str) -> tuple[str, ...]:
        """The one label's name whose three initials follow a maker's one-letter modifier in
        ``token`` ("ITBC": integrated trailer brake controller, "VLSD": viscous limited slip
        differential), when ``token`` is no English word ("thud" holds no head-up display)
        and the three letters are one name's initials ("desc": "esc" is none). A letter
        written twice is a model's name run together, no modifier ("TTRS" is the TT RS)."""
        named = self._by_initials.get(token[1:], set())
        if (len(token) != 4 or not token[:1].isalpha() or len(named) != 1
                or token[0] == token[1] or token in english_words()):
            return ()
        return tuple(named)

    def misspelt(self, token: str) -> tuple[str, ...]:
        """The one table word ``token`` is a misspelling of, or nothing: a word the table
        knows, a plain word, a cue or a word close to a cue is not misspelt, and a word
        close to two table words is not read as either."""
        if token not in self._misspelt:
            self._misspelt[token] = self._nearest(token)
        return self._misspelt[token]

    def _nearest(self, token: str) -> tuple[str, ...]:
        if (not token.isalpha() or len(token) < _SHORTEST_MISSPELT or token in self.words
                or token in self._as_written or token in PLAIN or token in CUE_WORDS
                or token in DEALER_WORDS or _plural_of_known(token, self.words)):
            return ()
        folded = _folded(token)
        if len(folded) < _SHORTEST_MISSPELT:
            return ()
        if process.extractOne(folded, self._cues, scorer=DamerauLevenshtein.distance,
                              score_cutoff=1):
            return ()  # "remove", "delted": a cue's word, never a feature's
        near = process.extract(folded, list(self._by_ear), scorer=DamerauLevenshtein.distance,
                               score_cutoff=1, limit=None)
        near = [(word, distance) for word, distance, _ in near
                if word[0] == folded[0] and (distance == 0 or _typo(folded, word))]
        if not near:
            return ()
        best = min(distance for _, distance in near)
        words = {w for folded_word, distance in near if distance == best
                 for w in self._by_ear[folded_word]}
        # a word and its plural are one word ("controll": control, controls)
        words = sorted(w for w in words if not _plural_of_known(w, frozenset(words - {w})))
        return (words[0],) if len(words) == 1 else ()

    def _compound(self, token: str) -> tuple[str, ...]:
        """Two table words run together ("parkassist" -> "park assist"), either maybe its
        consonant skeleton ("alloywhls" -> "alloy wheels", "htdsts" -> "heated seats"); a
        skeleton of several words gives each as a reading ("brds": boards, birds)."""
        if (not token.isalpha() or len(token) < 6 or token in self.words
                or token in CUE_WORDS):
            return ()
        return tuple(f"{first} {second}" for k in range(3, len(token) - 2)
                     for first in self._part(token[:k]) for second in self._part(token[k:])
                     if len(token) >= 7 or (first, second) != (token[:k], token[k:]))

    def _part(self, part: str) -> tuple[str, ...]:
        """The table words a part of a compound is: itself, or those whose consonant
        skeleton it is ("whls", "brds")."""
        if part in self.targets:
            return (part,)
        return tuple(sorted(self._by_skeleton.get(part, set()))) if part == skeleton(part) else ()

    def readings(self, line: str, *, misspelt: bool = True) -> list[tuple[str, dict[str, str]]]:
        """``line`` with its shorthand expanded, once per combination of expansions (at most
        a few dozen), each with the words it read: ``[(text, {short: word})]``. Empty when the
        line has no shorthand; too many combinations count as none read."""
        words, paired = _joined_letters(line.split(), self._by_initials)
        words, initialled = self._initials_joined(words)
        options = {k: self.expansions(w, misspelt=misspelt) for k, w in enumerate(words)}
        options = {k: found for k, found in options.items()
                   if found and not _answers_its_item(words, k)} | initialled
        options = self._meant_as_written(words, options)
        # a compound shortened part by part is read only among other shorthand ("LTHR MRF"),
        # not alone ("new MRF tyres" are a maker's)
        if all(self.fit(words[k])[0] == "parts" for k in options):
            options = {}
        options |= self.codes(words, paired)
        options |= self._truncated(words) | self._part_codes(words) | self._ordinal_items(words)
        options |= self._carried(words, options)
        if not options:
            return []
        # a writer shortens a word one way throughout a line: "pass" after each of four items
        # is read alike in all four (one choice, not sixteen)
        alike: dict[tuple[str, tuple[str, ...]], list[int]] = {}
        for k, found in options.items():
            alike.setdefault((words[k], found), []).append(k)
        combos = list(itertools.islice(itertools.product(*(found for _, found in alike)),
                                       _MAX_READINGS + 1))
        if len(combos) > _MAX_READINGS:
            return []
        readings = []
        for combo in combos:
            expanded = list(words)
            for indexes, word in zip(alike.values(), combo, strict=True):
                for k in indexes:
                    expanded[k] = word
            readings.append((" ".join(expanded),
                             {short: w for (short, _), w in zip(alike, combo, strict=True)}))
        return readings

    def _initials_joined(self, words: list[str]) -> tuple[list[str], dict[int, tuple[str, ...]]]:
        """``words`` with each initial joined by a slash to a word ("r / camera") made one
        item, and that item's readings (its index -> them): the words with that initial some
        phrase writes before the word ("rear camera", "reverse camera"; "h / seats": heated
        seats). A letter no phrase writes so stays as it is ("g / mi", "l / certified"), and
        so do letters joined to letters ("a / c", "p / s": codes) and "w /" (with)."""
        out: list[str] = []
        found: dict[int, tuple[str, ...]] = {}
        k = 0
        while k < len(words):
            after = words[k + 2] if k + 2 < len(words) and words[k + 1] == "/" else ""
            initialled = self._initialled(words[k], after) if after else ()
            if initialled:
                found[len(out)] = initialled
                out.append(f"{words[k]}/{after}")
                k += 3
            else:
                out.append(words[k])
                k += 1
        return out, found

    def _initialled(self, letter: str, word: str) -> tuple[str, ...]:
        """The readings of ``letter`` / ``word``: "rear camera" of "r" / "camera"."""
        if not (len(letter) == 1 and letter.isalpha() and letter not in PLAIN
                and word.isalpha() and len(word) >= 3):
            return ()
        forms = {word, f"{word}s", f"{word}es", word.removesuffix("s")}
        before = {w for form in forms for w in self._before.get(form, ())}
        return tuple(f"{w} {word}" for w in sorted(before)
                     if w[0] == letter and len(w) >= 3 and w not in PLAIN
                     and not w.endswith(word))  # "tailgate" is no "t / gate"

    def _meant_as_written(self, words: list[str],
                          options: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
        """``options`` without the common English words read by dropping letters or as a
        misspelling ("part" as "parktronic", "cost" as "compustar", "received" as
        "receiver"), unless the line has shorthand that is no such word ("RUNG BRDS"): a
        word spelt in full in a sentence is the word its writer meant."""
        guessed = {k for k in options if _common_word(words[k])
                   and self.fit(words[k])[0] in ("letters", "misspelt")}
        return options if any(k not in guessed for k in options) else {}

    def _truncated(self, words: list[str]) -> dict[int, tuple[str, ...]]:
        """The cells' last words cut off at a column's width (word index -> the one word of
        a label's name it starts): "front se" is the "seats" of Heated Front Seats, "remote
        sta" the "start" of Remote Start; a start that two names' next words share ("heated
        se": seats, ...) or a word the table knows is not read ("brake control" is no
        Trailer Brake Controller)."""
        found: dict[int, tuple[str, ...]] = {}
        for k in range(1, len(words)):
            word = words[k]
            if (not word.isalpha() or len(word) < 2 or word in self.words
                    or (k + 1 < len(words) and words[k + 1] not in _CELL_ENDS)):
                continue
            after = self._next_in_name.get(words[k - 1], set())
            # a word and its longer form are one word ("rear se": seat, seats)
            longer = _shortest(w for w in after if len(w) > len(word) and w.startswith(word))
            if len(longer) == 1 and word not in after:
                found[k] = (longer[0],)
        return found

    def _part_codes(self, words: list[str]) -> dict[int, tuple[str, ...]]:
        """Two letters that are the initials of a compound word of a label's name, read as
        it after the word its name writes before it ("power lg": liftgate): alone, "lg" is a
        maker's name."""
        found: dict[int, tuple[str, ...]] = {}
        for k in range(1, len(words)):
            word = words[k]
            if not (word.isalpha() and len(word) == 2) or word in self.words or word in PLAIN:
                continue
            after = self._next_in_name.get(words[k - 1], set())
            fits = sorted(self._by_part_initials.get(word, set()) & after)
            if len(fits) == 1:
                found[k] = (fits[0],)
        return found

    def _ordinal_items(self, words: list[str]) -> dict[int, tuple[str, ...]]:
        """An ordinal alone as an item of a run list names the one thing a label's name
        counts with it ("lthr roof nav 3rd heated seats": the third row, then heated seats):
        it stands before a participle that starts a label's name, which it cannot count, or
        is an item of its own after a table word ("nav, 3rd, htd sts"). "3rd row", "3rd LED
        brake light", "3rd power outlet" or "2nd and 3rd" are not such items."""
        found: dict[int, tuple[str, ...]] = {}
        for k, word in enumerate(words):
            counted = sorted(self._next_in_name.get(_ORDINALS.get(word, ""), set()))
            if len(counted) != 1 or (k and words[k - 1] in _ORDINAL_JOINS):
                continue
            after = words[k + 1] if k + 1 < len(words) else ","
            if after in self._first_in_name and _participle(after):
                found[k] = (f"{word} {counted[0]} ,",)
            elif after == "," and k > 1 and words[k - 1] == "," and words[k - 2] in self.words:
                found[k] = (f"{word} {counted[0]}",)
        return found

    def _carried(self, words: list[str],
                 options: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
        """The first word of an item that is a label's name carried over the one-word items
        after it, each in place of the name's second word ("power seat, wndws, locks":
        power windows, power locks; "heated front seats, rear": heated rear seats) when that
        makes a label's name too ("trailer hitch, brake" is no Trailer Brake Controller); the
        run ends at the first item that does not."""
        items: list[list[int]] = [[]]
        for k, word in enumerate(words):
            if word == ",":
                items.append([])
            else:
                items[-1].append(k)
        found: dict[int, tuple[str, ...]] = {}
        head: list[str] = []
        for item in items:
            if len(item) == 1 and head:
                read = tuple(" ".join([head[0], w, *head[2:]])
                             for w in options.get(item[0], (words[item[0]],))
                             if self._is_name([head[0], w, *head[2:]]))
                if read:
                    found[item[0]] = read
                    continue
            named = [words[k] for k in item]
            head = named if len(named) >= 2 and self._is_name(named) else []
        return found

    def _is_name(self, words: list[str]) -> bool:
        """Whether ``words`` are a label's name, its last word maybe singular ("power seat")."""
        text = " ".join(words)
        return text in self._names or f"{text}s" in self._names


_CODE_JOINS = frozenset({"/", ","})
_DIGITS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
# what ends a sheet's cell: a comma (";" is one by now) or a slash between cells ("SMART
# POWER LIFTG / HEATED & VENT FRONT SE / HIGHWAY DRIVING ASS")
_CELL_ENDS = frozenset({",", "/"})
# a run list's ordinals as a label's name spells them ("3rd" row is its "third" row); a
# spelt-out one is prose's ("the front third, one rock chip")
_ORDINALS = {"3rd": "third", "2nd": "second"}
_ORDINAL_JOINS = frozenset({"and", "&", "/", "or", "to"})


def _participle(word: str) -> bool:
    """A word like "heated" or "ventilated": what an ordinal cannot count ("led" is none)."""
    return len(word) >= 5 and word.endswith("ed")


def _is_code(word: str) -> bool:
    return word.isalpha() and 2 <= len(word) <= 3


def _is_mark(words: list[str], k: int) -> bool:
    """A check's one-letter mark after a code, ending its item ("pw p , pl p"), maybe
    written as the code's value ("PW=Y PL=Y": "pw , y , pl , y")."""
    before = words[k - 2] if k > 1 and words[k - 1] in _CODE_JOINS else words[k - 1] if k else ""
    return (len(words[k]) == 1 and words[k].isalpha() and _is_code(before)
            and (k + 1 == len(words) or words[k + 1] in _CODE_JOINS))


def _own_item(words: list[str], k: int) -> bool:
    """Whether the code at ``k`` ends its item: the line's end, a join or a check's mark."""
    return k + 1 == len(words) or words[k + 1] in _CODE_JOINS or _is_mark(words, k + 1)


def _between_codes(between: list[str]) -> bool:
    """What may part two codes of a run: nothing, a join, a mark, a mark between joins."""
    if between[-1:] and between[-1] in _CODE_JOINS:
        between = between[:-1]
    if len(between) == 2 and between[0] in _CODE_JOINS:
        between = between[1:]
    return not between or (len(between) == 1 and len(between[0]) == 1 and between[0].isalpha())


def _narrowed(found: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
    """Codes of several names read among codes of one family as its names when some are
    ("P/S" beside "P/W, P/L": power seats or power steering, not parking sensors)."""
    families = {names[0].split()[0] for names in found.values() if len(names) == 1}
    if len(families) != 1:
        return found
    return {k: tuple(n for n in names if n.split()[0] in families) or names
            for k, names in found.items()}


def _spelt_codes(by_initials: dict[str, set[str]],
                 spelt: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    """The codes of several names that the table writes as a word of one name's own phrases
    (code -> that name): a list's bare "PS" is the table's for power steering, so "P/S" is
    power steering, not power seats or parking sensors, among other codes."""
    words = {" ".join(re.findall(r"[a-z]+", label.lower())):
             {w for phrase in phrases for w in _phrase_words(phrase)}
             for label, phrases in spelt.items()}
    found: dict[str, tuple[str, ...]] = {}
    for code, names in by_initials.items():
        writing = [name for name in names if code in words.get(name, set())]
        if len(names) >= 2 and len(writing) == 1:
            found[code] = (writing[0],)
    return found


def _one_family(found: dict[int, tuple[str, ...]]) -> bool:
    """Two codes or more, every name of one first word: a fleet pair ("PW/PL": power
    windows, power locks); a trim's pair ("LS/RS", "TC/TH") names no one family."""
    firsts = {name.split()[0] for names in found.values() for name in names}
    return len(found) >= 2 and len(firsts) == 1


def _phrase_words(phrase: str) -> list[str]:
    """The words a phrase requires, in the order it writes them (a ``re:`` phrase's literal
    words outside lookarounds and gap exclusions, as :func:`vocabulary` takes them)."""
    text = phrase[3:] if phrase.startswith("re:") else phrase.lower()
    if phrase.startswith("re:"):
        text = _ESCAPE.sub(" ", _GAP.sub(" ", _LOOKAROUND.sub(" ", text)))
    return re.findall(r"[a-z]{2,}", text)


def _joined_letters(words: list[str], codes: Container[str]) -> tuple[list[str], frozenset[int]]:
    """"p / w" as the code "pw" it is when it is one of ``codes`` ("n / a" stays), other
    words as they are; and the indexes of the joined codes."""
    out: list[str] = []
    paired: set[int] = set()
    k = 0
    while k < len(words):
        if (k + 2 < len(words) and words[k + 1] == "/" and len(words[k]) == 1
                and len(words[k + 2]) == 1 and words[k] + words[k + 2] in codes):
            paired.add(len(out))
            out.append(words[k] + words[k + 2])
            k += 3
        else:
            out.append(words[k])
            k += 1
    return out, frozenset(paired)


def _common_word(token: str) -> bool:
    """An English word common enough to be meant as written ("part", "best", "received"),
    not an abbreviation the lexicon happens to hold ("ltd", "hts": rare)."""
    return english_frequencies().get(token, 0) >= _COMMON


def _plural_of_known(token: str, words: frozenset[str]) -> bool:
    """"rails" is the table's "rail" (phrases match their plurals), and "cool" the stem of
    its "cooled": forms of table words, not shorthand."""
    return ((token.endswith("s") and token[:-1] in words)
            or (token.endswith("es") and token[:-2] in words)
            or any(f"{token}{ending}" in words for ending in ("ed", "d", "ing")))


def _shortest(words: Iterable[str]) -> list[str]:
    """Completions not themselves longer forms of another ("powe" is "power", not also
    "powerstroke"), one whose final "e" is dropped too ("clim" is "climate", not also
    "climatronic" or "climatized")."""
    found = sorted(words)
    return [w for w in found
            if not any(o != w and (w.startswith(o) or (o.endswith("e") and w.startswith(o[:-1])))
                       for o in found)]


def _folded(word: str) -> str:
    """``word`` as it sounds, roughly: spellings by ear made one (a doubled letter stays:
    "copper" is not "cooper")."""
    for written, heard in _BY_EAR:
        word = word.replace(written, heard)
    for written, heard in _BY_EAR_INSIDE:
        word = word[:1] + word[1:].replace(written, heard)
    return word


def _typo(token: str, word: str) -> bool:
    """Whether ``token``, one edit from ``word``, is a slip of the hand rather than another
    word: a letter dropped (not the table word's ending: "cover" for "covered") or doubled,
    two letters swapped, a vowel for a vowel in seven letters or more, any letter from
    eight."""
    if len(token) < len(word):
        return not word.startswith(token)
    if len(token) > len(word):  # only a letter doubled by a slip: "controll", "leatther"
        return any(token[k] == token[k - 1] and token[:k] + token[k + 1:] == word
                   for k in range(1, len(token)))
    if sorted(token) == sorted(word):
        return True
    old, new = next((a, b) for a, b in zip(token, word, strict=True) if a != b)
    vowels = old in _VOWELS and new in _VOWELS
    return len(token) >= (_CHANGED_VOWEL if vowels else _CHANGED_CONSONANT)


def _few_vowels(token: str) -> bool:
    """Shorthand drops vowels: at most one after the first letter ("mirrs", "strg")."""
    return sum(c in _VOWELS for c in token[1:]) <= 1


def _answers_its_item(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a checklist's answer closing its item ("rear heated seats
    PASS, leather PASS"), not shorthand ("pass" as passenger); "7 pass" counts seats."""
    return (words[k] in ANSWERS and k > 0 and not words[k - 1].isdigit()
            and (k + 1 == len(words) or words[k + 1] == ","))
