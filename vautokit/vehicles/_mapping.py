"""CheckboxMappingService: sticker lines to option labels, and the change that saving makes.

A line is read in a plain form and every phrase of the synonym table found in it ticks its
label, so a line naming two features ticks both. Package names tick the package's options only
when the line does not list the contents itself. A fuzzy score is the fallback: sure enough,
it ticks; less sure, the line is put up for review instead of ticking a box.

The built-in table (``data/synonyms.toml`` and the makers' names in ``data/makers.toml``) is
merged with the user's own file (:func:`user_synonyms_path`): phrases it adds, phrases it
vetoes ("never"), packages it redefines.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Literal

from rapidfuzz import fuzz, process

from ..errors import ConfigError, SynonymsFileError
from ._cars import car_at_hand, model_words
from ._language import read_as_english
from ._literals import PhraseIndex, ScreenedPattern
from ._markup import read_markup
from ._models import Change, MappingResult, Match, StickerLine, Unmatched
from ._ocr import english_frequencies, english_words, initials, repair_scan_damage
from ._scope import (
    ANOTHER_CAR,
    COVERED,
    CUE_WORDS,
    GOVERNS_LIST,
    HELP,
    LACKING,
    LONE_CUES,
    MASKED_ITEM,
    MISSPOKEN,
    OWING,
    PLANNED,
    REFUTED,
    REPLACING,
    RETRACTED,
    UNSEEN,
    WITHDRAWN,
    Scope,
    asked_parts,
    direction_of,
    find_scopes,
    owed_delivered,
    says_put_right,
)
from ._scope import mask as mask_scopes
from ._seats import COMFORT_WORDS, read_seat_comforts
from ._second_opinion import SecondOpinion
from ._shorthand import Shorthand, skeleton, vocabulary

Mode = Literal["check-only", "sync"]
MODES = ("check-only", "sync")
ENV_SYNONYMS = "VAUTOKIT_SYNONYMS"
DEFAULT_SYNONYMS = Path(".vautokit") / "synonyms.toml"
TABLES = ("labels", "combined", "packages", "guessed", "suppress", "implies", "unless",
          "rivals", "never_for")
_TABLES_NAMED = ", ".join(f"[{name}]" for name in TABLES) + " and never = [...]"
# Confidence of a match, compared with CheckboxMappingService.tick_above (95 by default).
SURE = 100.0  # a phrase of the table (or of the user's file) found in the line
PACKAGE_TABLE = 96.0  # options read from the package table, not from the line

# a price at the end, with the dash that parts it off ("Navigation - $2,845": not an empty
# answer's dash); a dash joined to the price is a credit ("-$845") and stays
_PRICE = re.compile(r"(?:\s+[-\u2013\u2014](?=\s+\$))?\s*\$\s?[\d,]+(?:\.\d{2})?\s*$")
# ... and one inside the line, which names no feature and answers nothing ("McIntosh audio, $0
# (included)": no checklist's "0"): it parts a list's items as a comma does ("Heated Rear
# Seats $85 Cooled Front Seats $125"), and goes with its brackets when alone in them
# ("panoramic roof ($1,050)" leaves no empty box); a credit's minus stays ("-$350")
_PRICE_WITHIN = re.compile(r"\(\s*\$\s?\d[\d,]*(?:\.\d{2})?\s*\)"
                           r"|(?<![-\u2013\u2014\w$])\$\s?\d[\d,]*(?:\.\d{2})?(?![\d])")
# ... but a price between a determiner and its noun only qualifies it: "declined the $499
# dealer-installed remote start" is one object, not "the" apart from the remote start
_PRICE_QUALIFYING = re.compile(r"\b(the|a|an|that|this|their|his|her|our|your)\s+"
                               r"\$\s?\d[\d,]*(?:\.\d{2})?\s+(?=[A-Za-z])", re.IGNORECASE)
# where one sentence or one speaker's turn ends and the next begins ("Bot: ... / Agent: ...")
# (a dash only before a speaker's label: "— Correction from Sales (Andrea): ...")
_TURNS = re.compile(r"(?<=[.!?])\s+|\s+(?:/|->|\u2192)\s+"
                    r"|\s+[-\u2013\u2014]+\s+(?=(?:[\w()]+\s+){0,4}[\w()]+:)")
# a person's handle on a social site names them, never the car: "@diesel_dan thanks!", "ask
# @heated.seats.guy" (read as "someone", so the sentence around it still reads)
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z_][\w.]*\w"
                     # ... nor does a web or mail address: "shop.towpro.co/hitch",
                     # "sales@4x4depot.com", "www.heatedseats.net"
                     r"|(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                     r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co|io|ca|us|uk|biz|info|shop"
                     r"|store|ly|gg|tv|me)\b(?:/\S*)?", re.IGNORECASE)
# "TBC" on a line about towing is the trailer brake controller ("integrated TBC", "TBC gain
# 7"); bracketed or ending the line it is still "to be confirmed" ("tow hitch (TBC)")
_TOWING = re.compile(r"\b(?:tow\w*|trailer\w*|hitch\w*|gooseneck|(?:5th|fifth) wheel)\b",
                     re.IGNORECASE)
_TBC = re.compile(r"(?<![(\[])\bTBC\b(?!\s*[)\]])(?![\s.;,!]*$)", re.IGNORECASE)
# a module's configuration answered "with" or "without" ("Remote engine start: WITHOUT.
# Intelligent key: WITH"): the yes/no column's answer
_CONFIG_ANSWER = re.compile(r":\s*(with|without)(?=\s*(?:[.;,]|$))", re.IGNORECASE)
_SHARES = re.compile(r"(?<![\d:])\d0(?::\d0){1,2}(?![\d:])")
_WORD = r"[a-z0-9./]+"
_GAP = re.compile(r" ~(\d)?(?:!([a-z0-9|./]+))? ")
_PACKAGE = frozenset({"package", "pkg", "group", "pack"})
_PACKAGE_WORDS = re.compile(r"\b(?:package|pkg|group|suite|pack)\b")
_LONGEST_ABBREVIATION = 4
# a parenthesised list, with the clause before it: "Tech Package removed (HUD, 360 camera)"
_CONTENTS = re.compile(r"(?P<clause>[^;.()]*)\((?P<contents>[^()]*)\)")
_FILLER = frozenset({"and", "with", "/", "for", "the", "a"})
# Words printed stickers shorten to fit a column.
_ABBREVIATIONS = {"htd": "heated", "pwr": "power", "frt": "front", "fr": "front", "rr": "rear",
                  "ctrl": "control", "sys": "system", "cam": "camera", "trlr": "trailer",
                  "htr": "heater",
                  "pkg": "package", "grp": "group", "drvr": "driver", "adj": "adjustable",
                  "whl": "wheel", "whls": "wheels", "alum": "aluminum", "mirr": "mirrors",
                  "headlts": "headlights", "hdlts": "headlights",
                  # India's outside and inside rear-view mirrors ("heated ORVMs", "auto-dimming
                  # IRVM")
                  "orvm": "outside mirror", "orvms": "outside mirrors",
                  "irvm": "inside rearview mirror"}
# British, Canadian and Australian spellings read as the table spells them (US): "tyre",
# "aluminium", "windscreen", "satnav"; "vented" seats are ventilated (a word of its own in
# the table would make "vent" ambiguous shorthand)
_COMMONWEALTH = {"tyre": "tire", "tyres": "tires", "aluminium": "aluminum",
                 "windscreen": "windshield", "windscreens": "windshields", "colour": "color",
                 "colours": "colors", "centre": "center", "grey": "gray", "litre": "liter",
                 "metre": "meter", "satnav": "sat nav", "aircon": "air con",
                 "programme": "program", "kerb": "curb", "vented": "ventilated"}
# A used-car auction sheet's equipment codes (Japan's and its exporters'), three or more in
# capitals in a row, one of them a code only such sheets use ("AAC PS PW SR NAVI AW ABS AB",
# "AAC, PS, PW, AW"): each code is the sheet's word for its item, and so is an "SR" elsewhere
# on the line ("SR deleted"). Alone, "SR" is a trim ("TACOMA SR 4WD AC PW PL") and "PS" a
# postscript. (A dealer's "AC/PW/CC" and "AC PS PW" are read as shorthand, as before.)
_SHEET_CODES = {"AAC": "auto air conditioning", "AC": "air conditioning", "PS": "power steering",
                "PW": "power windows", "PL": "power locks", "SR": "sunroof", "AW": "alloy wheels",
                "AB": "airbags", "ABS": "abs", "NAVI": "navigation", "TV": "tv", "CD": "cd",
                "MD": "md", "4WD": "4wd", "AWD": "awd", "CC": "cruise control", "TILT": "tilt"}
_SHEET_ONLY_CODES = ("AAC", "AW", "AB")
_SHEET_CODE = "(?:" + "|".join(sorted(_SHEET_CODES, key=len, reverse=True)) + ")"
_SHEET_CODE_RUN = re.compile(rf"(?<![\w/.-])(?!SR\b){_SHEET_CODE}"
                             rf"(?:(?:\s*,\s*|\s+){_SHEET_CODE}){{2,}}(?![\w/.-])")
_LONE_SR = re.compile(r"(?<![\w/.-])SR(?![\w/.-])")
# chat's "esp" (in lower case, before an article, a possessive or a conjunction) is
# "especially", not Bosch's ESP: "esp the back seat", "esp. when it rains" (not before a
# preposition: "esp on all trims", "esp with hill hold")
_ESPECIALLY = re.compile(r"\b(?:esp|Esp)\.? (?=(?:the|a|an|when|if|since|after|because|during|"
                         r"once|my|your|his|her|their|our|around)\b)")
# "doesnt", "isnt": a contraction whose apostrophe is gone is still a "not"
_CONTRACTED = re.compile(r"\b(does|do|did|is|was|are|were|has|have|had|would|should|could|"
                         r"ca|wo)n'?t\b")
_CONTRACTED_STEMS = {"ca": "can", "wo": "will"}
# "electric windows", "electrically adjustable seats", "electric tailgate", "powered tailgate":
# the UK's "power" (not "hand-powered"); what else the seats have may come between
# ("electric memory seats", "electric sports seats"; not "electric(ally) heated seats": heated
# by electricity, nor a "battery electric hatch")
_ELECTRIC = re.compile(r"(?<!battery )\b(?:electric(?:ally)?|(?<!arm )(?<!hand )(?<!crank )"
                       r"(?<!man )(?<!elbow )(?<!human )(?<!manual )powered) "
                       r"(?=(?:(?:adjustable|adjusting|adjusted|"
                       r"operated|folding|front|rear|drivers?|passengers?|and|memory|"
                       r"leather|sports?) )*"
                       r"(?:windows?|mirrors?|seats?|tailgate|liftgate|boot|hatch|sunroof)\b)")
# "Heated seats?" "Sunroof (?)": a question mark ending a part is a seller not sure
# (not a checklist's question with its answer: "Heated seats?: Y", "Sunroof? no")
_ANSWER = r"(?:y|yes|n|no|none|n/a|na|nil)"
_QUESTION = re.compile(rf"\?+(?!\s*[:=\-\u2013\u2014]?\s*{_ANSWER}\b)"
                       r"(?=\s*(?:$|[,;:)\]]|\s[-\u2013\u2014]"
                       # ... or a question the asker goes on from about themselves: "block
                       # heater? I'm in Alberta", "sunroof? pls let me know"
                       r"|\s*(?i:i|i'?m|we|we'?re|my|our|pls|please|thanks|thx|lol)\b))")
# ... but a question that asks for someone to work on a part names a part the car has, no
# doubt of it: "who can fix a Durango's third row latch?", "anyone know how to turn off the
# lane alert on the Traverse?" (not one to fit a part: "who can install a hitch?")
_SERVICE_ASKED = re.compile(
    r"(?:^|(?<=[.!;]\s))(?![^.!?]*\b(?:install|add|fit|put\s+in)\b)"
    r"(?P<asked>(?:who\s+(?:can|could|does|do|will)"
    r"|any(?:one|body)\s+know\s+(?:how|who|where)|how\s+(?:do|can|should)\s+(?:i|we|you))\s"
    r"[^.!?]*?\b(?:fix|repair|program|tint|detail|re-?spray|reset|service|turn\s+off"
    r"|recalibrate|calibrate|adjust)\b[^.!?]*)\?+")
# ... or a part named alone and asked at its sentence's opening, and then dismissed: "AC?
# toast.", "heated seats? that's what the sun is for", "carplay? its a 2013", "power windows?
# crank" (not "Sunroof? Power tilt/slide", "Heated seats? Driver only", "Sunroof? It leaks":
# an ad's or a checklist's question, answered by what the part is)
_BARE_ASKED = re.compile(
    r"(?:^|(?<=[!;:])\s|(?<=[^.]\.)\s|(?P<dash>\s[-\u2013\u2014]+\s))\s*(?P<part>(?:(?!(?:is|are"
    r"|does|do|did|can|could|will|would|how|what|which|where|who|why|any|anyone|anybody|was|were"
    r"|or|and|but|so|also)\b)[\w/'-]+\s+){0,3}[\w/'-]+)\?(?=\s+(?P<reply>[^.!?;]*))",
    re.IGNORECASE)
_DISMISSED = re.compile(
    r"^\W*(?:(?:lol|haha|ha|lmao)\W+)?(?:toast|dead|shot|busted|kaput|gone|broken|broke|died|fried"
    r"|junk|history|rip|sadly\s+not|not\s+on\s+this|(?:hand\s+|manual\s+)?crank(?:s|ed)?(?!\s+(?:it"
    r"|up|the)\b)|cloth|vinyl"
    r"|(?:a|the)\s+key|(?:use\s+)?(?:my|your)\s+(?:phone|wife|husband|neck|hands?|foot|feet|eyes"
    r"|arms?)|phone\s+mount|paper\s+maps?|the\s+sun|windows\s+down|who\s+needs|what'?s\s+that"
    r"|in\s+my\s+dreams|dream\s+on|yeah\s+right|as\s+if|i\s+wish|idk|dunno|no\s+idea|who\s+knows"
    r"|optional|also\s+the|(?:it'?s|its)\s+an?\s+(?:19|20)\d\d|(?:i|we)\s+(?:lock|roll|crank|open"
    r"|use))\b|\bthat'?s\s+what\b", re.IGNORECASE)
# ... or asked in a chat, by its speaker or with the verb of a question ("Jess: ridgeline awd?
# tile supply lot is a swamp", "e-350 have remote start? cold AF"), and answered by no "yes"
_CHAT_SPEAKER = re.compile(r"(?:^|[.!?;]\s+)(?:\[[^\]]*\]\s*)?[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?"
                           r":\s*$")
_ASKED_HAS = re.compile(r"\b(?:have|has)\b", re.IGNORECASE)
_REPLY_HAS = re.compile(
    r"\b(?:yes|yep|yeah|yea|yup|ya|y|sure|check|checked|standard|std|of\s+course|you\s+bet"
    r"|you\s+know\s+it|absolutely|definitely|certainly|indeed|included|loaded|totally|affirmative"
    r"|correct|true|got\s+(?:it|them|one|both)"
    r"|does|do|works?|working|worked|still|good|great|fine|ok|okay|strong|ice|new|even|both"
    r"|front|rear|plus|also|has|have|had|comes|came|confirmed)\b|[\u2713\u2714\u2705]",
    re.IGNORECASE)
# ... a reply a checklist's answer opens, which the answer readers read ("diesel? NO, 1.8T
# gas", "Cruise? Y.")
_ANSWERED_REPLY = re.compile(rf"\s*[:=\-\u2013\u2014]?\s*(?:{_ANSWER}|nope|nah|not)\b",
                             re.IGNORECASE)


# an amputee's level as disabled drivers write it ("AK amp", "right arm amp"): no amplifier
_AMPUTEE = re.compile(r"\b(?P<level>arm|leg|knee|elbow|(?-i:AK|BK|AE|BE))\s+amps?\b(?!\s*\d)",
                      re.IGNORECASE)
# a kind of seat said with "ones" for the seats named before it in its sentence: "no cooled
# seats on any HR-V, heated ones only", "massage seats AND ventilated ones"
_KIND_OF_ONES = re.compile(r"\b(?P<kind>heated|cooled|ventilated|vented)\s+ones\b",
                           re.IGNORECASE)
# ... the last part named before it, which must be the seats ("the mirrors aren't heated, the
# wipers are heated ones" names the wipers)
_PART_NAMED = re.compile(r"\b(?:seats|mirrors|wipers|washers|nozzles|wheels?|handles)\b",
                         re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?]")


def _ones_named(text: str) -> str:
    """``text`` with each kind's "ones" named "seats" where the last part said before it in its
    sentence is the seats ("heated ones" after "seats" is heated seats)."""
    def named(found: re.Match[str]) -> str:
        stops = list(_SENTENCE_STOP.finditer(text, 0, found.start()))
        parts = _PART_NAMED.findall(text, stops[-1].end() if stops else 0, found.start())
        seats = parts and parts[-1].lower() == "seats"
        return f"{found.group('kind')} seats" if seats else found.group()
    return _KIND_OF_ONES.sub(named, text)


def _bare_questions_doubted(text: str) -> str:
    """``text`` with each part asked alone and dismissed or left unanswered
    (:data:`_BARE_ASKED`) ending its own part, so that its "?" is read as the seller's doubt
    (:data:`_QUESTION`): "AC? toast" is "AC?; toast"."""
    out, at = [], 0
    for found in _BARE_ASKED.finditer(text):
        reply = found.group("reply")
        chat = bool(_CHAT_SPEAKER.search(text, 0, found.start("part"))
                    or _ASKED_HAS.search(found.group("part")))
        unanswered = chat and not _REPLY_HAS.search(reply)
        if (not reply.strip() or _ANSWERED_REPLY.match(reply)
                or not (_DISMISSED.search(reply) or unanswered)):
            continue
        # the question and its reply are sentences of their own, so a doubt of the one
        # reaches neither the reply nor what comes before its dash
        opens = found.start("dash") if found.group("dash") else found.start("part")
        out += [text[at:opens], "; " if found.group("dash") else "",
                text[found.start("part"):found.end("part") + 1], ";"]
        at = found.end("part") + 1
    return "".join(out) + text[at:]


# a checklist's question answered: the answer ends the question's part ("Homelink? no. auto
# dim mirror Y" answers the Homelink only), and a bracket just before the question mark is
# the question's own gloss ("HUD (active driving display)? no"); a chat's "nope" or "nah" is
# its "no" ("HUD? nah.")
_ANSWER_SLASH = re.compile(r"(?<= , )(y|n|yes|no|ok|na|nil) /(?! a\b)")
_QUESTION_ANSWERED = re.compile(
    r"\?+\s*[:=\-\u2013\u2014]?\s*(n/a|none|nil|yes|no|na|y|n|nope|nah)\b\.?")
_CHAT_NO = {"nope": "no", "nah": "no"}
# ... or with a denial that ends its clause: "rain sensor? XLE does not.", "HUD? NOT on MKX."
_QUESTION_DENIED = re.compile(
    r"\?+\s*(?:(?:the\s+)?[a-z0-9][\w-]*\s+){0,2}?(?:does|did|do|has|is|was)\s+not"
    r"(?:\s+(?:have\s+(?:it|one|them)|come\s+with\s+(?:it|one)))?(?=\s*(?:[.,;!]|$))\.?"
    r"|\?+\s*not\s+on\s+(?:the\s+|this\s+|a\s+)?[\w-]+(?=\s*(?:[.,;!]|$))\.?")
_GLOSS_QUESTIONED = re.compile(r"\(([^()]*)\)\s*(?=\?)")
# a form's "Y/N" column heading: answered after it ("Power liftgate (Y/N): Y"), else the
# question is open ("Heated seats: Y/N"): unsure
_HEADING = r"\(?\by(?:es)?\s*/\s*no?\b\)?"
_HEADING_ANSWERED = re.compile(rf"{_HEADING}\s*[:=\-]?\s*(?={_ANSWER}\b)")
# ... and heading a list whose items each carry their answer ("Y/N: Radio Y, Nav N"): a
# column's name, no open question
_HEADING_COLUMN = re.compile(rf"{_HEADING}\s*[:=\-\u2013\u2014]\s*"
                             rf"(?=[a-z0-9][^:;]*?\s{_ANSWER}(?![a-z0-9/]))")
_HEADING_OPEN = re.compile(_HEADING)
# one answer per key, in order: "Nav/Sunroof/Leather: N/Y/Y"
_POSITIONAL = re.compile(r"(?P<keys>[a-z][^:=,;/]*(?:/[^:=,;/]+)+)[:=]\s*"
                         r"(?P<answers>(?:yes|no|y|n)(?:\s*/\s*(?:yes|no|y|n))+)(?![a-z0-9/])")
# a checklist's tick box: "[x] Backup camera", "Sunroof [ ]", "\u2611 CarPlay \u2610 Android Auto";
# an empty box or a cross is a feature not ticked (MS Word's checked box is the crossed one)
_TICKED_BOX = re.compile(r"\[\s*[x*v\u2713\u2714]\s*\]|[\u2611\u2612\u2713\u2714\u2705]")
_EMPTY_BOX = re.compile(r"\[\s*\]|\(\s*\)|[\u2610\u25a1\u2717\u2718\u274c\u2715\u2716\u2613]")
_REMARK = re.compile(r"\s*(?:[\u2190-\u21ff]|<-)")  # an arrow pointing a remark at its item
_LEADING_BOX = re.compile(rf"^[\s\u2022*-]*(?:{_TICKED_BOX.pattern}|{_EMPTY_BOX.pattern})")
# a seat's rows answered one by one after it ("heated seats F [x] R [ ]", "Heated seats
# front: Y rear: N"): each row is an item of its own with its own answer
_ROW_MARK = r"(?:f|r|fr|rr|front|rear|1st|2nd|3rd)"
_ROW_ANSWER = (rf"(?:{_TICKED_BOX.pattern}|{_EMPTY_BOX.pattern}"
               r"|(?:\s*[:=]\s*|\s+)(?:y|n|yes|no)(?![\w/]))")
_ROWS_ANSWERED = re.compile(
    rf"\b(?P<head>(?:[a-z]+ ){{0,2}}(?:seats?|seating)) (?P<rows>{_ROW_MARK}\s*{_ROW_ANSWER}"
    rf"(?:\s*,?\s*{_ROW_MARK}\s*{_ROW_ANSWER})+)", re.IGNORECASE)
_ROW_ANSWERED = re.compile(rf"(?P<row>{_ROW_MARK})\s*(?P<answer>{_ROW_ANSWER})", re.IGNORECASE)
# a spaced slash, which may part a list's items (see _slashes_parted); "+" joining two
# words joins them as "/" does ("heated+ventilated seats")
_SPACED_SLASH = re.compile(r"\s+/\s+")
_LEAST_SLASHED = 3  # items: one slash between two multi-word phrases may still join them
_JOINED_BY_PLUS = re.compile(r"(?<=[A-Za-z])\+(?=[A-Za-z])")
# a count of things with their kind in brackets after it: "keys 2 (smart)" is two smart keys
_COUNTED_KIND = re.compile(r"\b([a-z]+s) (?:x ?)?(\d{1,2}) \(([a-z]+)\)")
_ROW_NAMES = {"f": "front", "fr": "front", "1st": "front", "r": "rear", "rr": "rear",
              "2nd": "2nd row", "3rd": "3rd row"}
# the place a part would fill, named after it: "fog light openings", "sensor holes"
_PLACE_FOR = r"(?:openings?|holes?|cut ?outs?|blanks?|bezels?|surrounds?)\b"
UNTICKED = "unticked"  # the word an empty box reads as, a cue of its own (see _scope)
# a checklist's value ending one "key: value" pair before the next key ("Leather: Y  Nav: N
# Roof: Y"): the answer is its own part, so "n" rules out "nav", not "nav" and "roof"; a slash
# between the pairs parts them too ("Sunroof: N / Alloys: Y / Fog: Y")
_PAIRED_ANSWER = re.compile(rf"(?<=[:=])(\s*(?:{_ANSWER}|ok)\b)\s+(?:[/|]\s+)?"
                            r"(?=[^,;:=()]*?[a-z][^,;:=()]*[:=])")
# a checklist's "yes" ending its part only says the feature is there: "pano Y", "meridian
# yes", "AC works" read as the item alone ("pano", "meridian", "ac")
_SAID_THERE = re.compile(r"(?<=[a-z0-9])(?<!\bnot)(?<!\bnever)(?<!\bmodel)(?<!\bstopped)"
                         r"(?<!\bquit)(?<!\blonger)(?<!\bneeds)(?<!\bneed)(?<!\bsome)(?<!\bto)"
                         r"(?<!\bat)(?<!\bof) "
                         r"(?:y|yes|ok|fine|works|working|work"
                         r"|(?:still )?(?:works?|working|functions?)"
                         r" (?:fine|great|well|properly|normally|perfectly|correctly))(?= ,|$)")
# keys listed before one answer that rules them out: "Nav, heated seats: not equipped" answers
# both keys (read as "nav and heated seats"), not only the last
# (the keys of one sentence: "Lot 3010 - 2009 Blue Bird, ..., 168k. A/C: NO." answers the A/C
# alone)
_KEYS_RULED_OUT = re.compile(r"(?:^|(?<=[.!?]\s))((?:[^:,;.!?]|\.(?=\S))+"
                             r"(?:,(?:[^:,;.!?]|\.(?=\S))+)+):"
                             r"(?=\s*(?:not|no|none|n/a|n|nil|deleted|"
                             r"declined|absent|missing|unavailable)\b[^:]*$)", re.IGNORECASE)
# a package and its contents in brackets are one item: "Cold weather pkg (heated seats, remote
# start) - declined" declines the package and all it brings, not only the last
_PACKAGE_CONTENTS = re.compile(r"\b(package|pkg|group|grp|pack)\s*\(([^()]*,[^()]*)\)")
# A checklist's verdicts as inspection sheets write them (lower-case ones end a sentence
# anyway, as words): one ends its item's sentence ("Sunroof: N/A. Cruise: PASS", "... fault
# stored - FAIL. Adaptive LED headlights: PASS"); "No." only before a word or an item (not
# "No. 5")
_VERDICTS = ("N/A", "n/a", "N/a", "PASS", "PASSED", "FAIL", "FAILED", "INOP", "OK", "Ok", "YES",
             "Yes", "WORKS", "GOOD", "NONE", "FAULT", "NOT EQUIPPED", "NOT WORKING")
# ... those that say the item is not there or does not work
_FAILING_VERDICTS = frozenset({"n/a", "fail", "failed", "inop", "none", "fault", "not equipped",
                               "not working"})
# ... and those that say it was never there, which no repair after them puts right
_ABSENT_VERDICTS = frozenset({"n/a", "none", "not equipped"})
# a sentence's end in a listing's prose ("Cloth seats, not heated. Manual windows at the
# back."): after a written word, before a capital; not a dealer's "PWR. WINDOWS" or "Std."
# after a word of three letters or more, or of two that is never an abbreviation ("the
# dealer fixes it. Meridian works"; not "No. 5", "St. Louis"), or after a figure or an aside
# ("ETA 2 wks). Vehicle delivered with ...", "install 12/9. EyeSight verified", "AWD 2.0T. HUD")
# (a sentence may open with a number, "... no module in dash. 6.7 diesel", and end with a
# quote, '... "sunroof DELETE". Denali has HUD'), after initials made plural ("adaptive LEDs.
# I think ...") and after a checklist's verdict
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{3})|(?<=[A-Za-z0-9][)\"\u201d])|(?<=\d)|(?<=\d[A-Za-z])"
                           r"|(?<=[A-Z]{2}s)"
                           r"|(?<=\b(?:it|on|in|up|us|me|do|go|so|to|be|we|by|of|at|or|an|as"
                           r"|my|is))|"
                           + "|".join(rf"(?<=\b{re.escape(v)})" for v in _VERDICTS)
                           + r")[.!]+\s+(?=[A-Z0-9])"
                           r"|(?<=\b(?:NO|No|no))[.!]+\s+(?=[A-Z](?:[a-z]|[A-Z]+\s*[:-]))")
# ... and before a word that opens a clause ("no fender. has 1.8T", "no HUD. Has bose", "no
# B&O. Still quattro"), after any word but an abbreviation ("Sunroof avail. but not
# installed", "Nav sys. is inop")
_OPENER_AFTER_STOP = re.compile(
    r"(?P<word>[\w&]+)[.!]+\s+(?=(?i:has|have|had|is|are|was|were|its|it's|this|these|car|ours"
    r"|mine|still|also|but|both|neither|however|otherwise|everything|yes|no|not|none)\b)")
# ... and after initials in capitals before a word that opens a sentence ("not AWD. Has a
# limited slip", "a HUD. Mom would"), unless the capitals are a word cut short ("PREM. Audio")
_CAPITALS_STOP = re.compile(r"\b(?P<word>[A-Z]{2,5})[.!]+\s+(?=[A-Z][a-z])")
# ... and where a chat in lower case opens a sentence on this car ("not sure about the
# steering wheel. it does have a rear camera")
_LOWER_SENTENCE_OPENS = re.compile(r"(?<=[A-Za-z0-9]{2})[.!?]+\s+"
                                   r"(?=(?i:it|its|it's|this|also|they)\b)")
# ... and in a chat written in lower case, after a word, not an abbreviation ("no heated
# wheel. bose \u2713", not "incl. nav" nor "opt. sunroof"), or after initials in capitals
# the table knows ("no ELS. lthr, htd seats")
_LOWER_SENTENCE_END = re.compile(r"\b(?P<word>[a-z]{2,}|[A-Z]{2,5})[.!]+\s+(?=[a-z])")
# the words in capitals that are abbreviations taking a stop ("INCL. nav", "STD. equipment"),
# besides the dealer's shorthand of _ABBREVIATIONS ("PKG.", "PWR.")
_CAPITALS_STOPPED = frozenset({"incl", "inc", "opt", "optl", "std", "equip", "eqpt", "approx",
                               "est", "misc", "acc", "accy", "dlr", "mfr", "mfg", "no", "st",
                               "ea", "av", "avail"})
# the words of a sticker's columns and notes that dealers shorten with a stop ("avail.",
# "equip.", "sys.", "prem.")
_HEADING_WORDS = frozenset({"available", "equipment", "optional", "standard", "system",
                            "premium", "remote", "package", "included", "installed"})
_SENTENCE_WORD = 2000  # a word this frequent ends a sentence; rarer ones are abbreviations
# a data feed's element naming a feature and its value: '<feature name="Moonroof" value="N"/>'
# is the field "Moonroof: N"
_NAMED_VALUE = re.compile(r'<\w+\s+(?:name|key|label|feature)\s*=\s*"([^"]*)"\s+'
                          r'(?:value|val|status|installed|equipped)\s*=\s*"([^"]*)"\s*/?>')
# a spreadsheet row's cells, each a name and its yes/no answer ("Moonroof    0    Leather    1",
# "HUD F;Heated Seats T", "Sunroof: No. Heated seats: Yes."): each answer is its name's field
_CELL_ANSWER = re.compile(r"(?<=[A-Za-z])(?P<gap>\s*:\s*|\s+)"
                          r"(?P<answer>y|n|t|f|0|1|yes|no|true|false)"
                          r"(?:\s*[;|,]|\s+/|(?=\s*(?:\.(?!\d)|\(|$)|\s{2,}|\t))", re.IGNORECASE)
_CELL_ANSWERS = {"y": "y", "t": "y", "1": "y", "yes": "y", "true": "y",
                 "n": "n", "f": "n", "0": "n", "no": "n", "false": "n"}
# an export's header row: its record fields beside its feature columns
_CELL_BREAK = re.compile(r"\t|\s{2,}|\s*[;|]\s*")
_RECORD_FIELDS = frozenset({"stock", "stk", "stock #", "stock no", "vin", "yr", "year", "make",
                            "model", "mdl", "trim", "price", "msrp", "mileage", "miles", "odo",
                            "color", "colour"})
_LEAST_HEADER_CELLS = 4
# a bracketed status glued to the item before it: "A/C, OnStar (inactive)" is OnStar's
_STATUS_GLOSS = re.compile(r"\s*\(\s*(inactive|inop(?:erable)?|broken|dead|expired"
                           r"|unplugged|disconnected|not working|not functional)\s*\)",
                           re.IGNORECASE)
# a bracketed gloss after a deletion names what was deleted: "Opt code 21 deleted (moonroof)";
# not a note on the deletion ("remote start - removed (aftermarket)", "fog lights deleted
# (bumper replaced, blank covers only)"), which leaves the deletion with its part
_DELETED_GLOSS = re.compile(
    r"\b(?P<cue>deleted|removed)\s*\((?!(?:[^()]*\b(?:was|were|is|by|per|due|because|only"
    r"|aftermarket|replaced|moved|transferred|kept|retained|for|to|at|in|from)\b))"
    r"(?P<what>[^()]{1,40})\)", re.IGNORECASE)
_LEAST_CELLS = 2  # one "name answer" could be prose ("Model Y"); a row of them is a table
# ... and its value before its name: '"fitted":"N","label":"Power tailgate"' is the field
# "Power tailgate: N"
_VALUE_THEN_NAME = re.compile(
    r'"(?:fitted|installed|equipped|present|available|value|status)"\s*:\s*"?(\w+)"?\s*,\s*'
    r'"(?:label|name|feature|description|option)"\s*:\s*"([^"]*)"', re.IGNORECASE)
# a dealer's "Acc" heads its accessories ("Acc: running boards", "Tacoma acc: tonneau",
# "ACC INSTALL - tow bar", "ACC INST: cross bars"), where it is no adaptive cruise; read so
# only when the list then names features ("ACC: Y" stays the cruise)
_ACCESSORY_ACC = re.compile(r"^(\W*(?:[\w-]+\s+)?)acc(?=\s*:|\s+(?:install|inst\b))",
                            re.IGNORECASE)
# a protection product's heading: what it lists is protected, not fitted ("Appearance
# Protection: paint, fabric, leather")
_PRODUCT_HEADING = re.compile(r"^[^:;,]{0,40}\bprotection\s*:", re.IGNORECASE)
# an empty answer: "Sunroof: \u2014", "Sunroof -"
_EMPTY_ANSWER = re.compile(r"(?:[:=]|\s)\s*[-\u2013\u2014]+\s*$")
# a bracketed abbreviation after words: "Blind Spot Monitor (BSM)"
_INITIALS = re.compile(r"([A-Za-z0-9][^()]*?)\s*\(([A-Za-z]{2,5})\)")
# an order guide's legend for its "not available" mark ("SEL column (- = not available): HUD
# ... -", "(-- = N/A)"): the mark after an item is that item's "n"
# a checklist's legend for its empty boxes: "(unchecked = not equipped)", "(blank = N/A)"
_BOX_LEGEND = re.compile(r"\(\s*(?:un(?:checked|ticked|marked)|blank|empty|open)(?:\s+box(?:es)?)?"
                         r"\s*=\s*([^()]*)\)", re.IGNORECASE)
_LEGEND = re.compile(r"\(\s*([-\u2013\u2014]{1,3}|[A-Za-z])\s*=\s*([^()]*)\)")
# a data feed's key in camel case, three words or more ("HeadsUpDisplay: Standard",
# "trailerBrakeController=..."): its words; a shorter one may be a maker's name ("ParkSense")
_KEY_END = r"(?=\s*[\"']?\s*(?:[:=]|\s-\s))"
_CAMEL_KEY = re.compile(rf"\b[A-Za-z][a-z]+(?:[A-Z0-9][a-z0-9]*){{2,}}{_KEY_END}")
# a yes/no field's "is" or "has" before its feature: "is4x4", "has360Camera"
_BOOLEAN_KEY = re.compile(rf"\b(?:is|has)(?=[A-Z0-9][A-Za-z0-9]*{_KEY_END})")
# a power feature answered "manual" is not powered: "Power liftgate: manual"
_POWER_MANUAL = re.compile(r"\b(power\b[^:=,;]{1,30}?)\s*[:=]\s*\"?manual(?:ly)?\b\"?"
                           r"(?=\s*(?:[,;.]|$))")
# where a seller's doubt stops: a semicolon, a sentence's end or a contrast ("had the B&O
# audio, but the limited-slip was optional")
# a dash before a clause that says what the car has ("We owe: roof rack - Atlas already has
# a sunroof", "boards to be fitted later - delivered w/ 3rd row") ends the clause before it
_HAVING = r"(?=(?:[\w']+\s+){0,3}(?i:already\s+)?(?i:has|have|had|comes?\s+with|came\s+with|" \
          r"delivered\s+w(?:ith\b|/)))"
_HAVING_DASH = re.compile(rf"\s[-\u2013\u2014]+\s{_HAVING}")
_LIST_END = re.compile(rf";|{_HAVING_DASH.pattern}|{_SENTENCE_END.pattern}"
                       # ... or a heading of what is added: "DELETE: SUNROOF (-$995)  ADD:
                       # SPRAY-ON BEDLINER", "Removed: running boards / Added: rock sliders"
                       r"|\s*/?\s+(?=(?i:add|added|adds|plus|installed|upgraded?)\s*:)"
                       # ... or a sentence about this car: "Bose, ProPILOT. this Altima S has"
                       r"|[.!]+\s+(?=(?i:this|it|ours|mine)\s)")
# a slash or a bar between items that each have their status after a dash ("roof rack -
# BACKORDER / fog lights - INSTALLED"): each status is its own item's
_STATUS_BETWEEN = r"\s[/|]\s(?=[^-/|\u2013\u2014]+\s[-\u2013\u2014]+\s)"
# ... and so does a comma before one, for a doubt ("bed liner on order, truck has 4WD")
_CLAUSE_END = re.compile(rf";|,\s*but\b|,\s+{_HAVING}|{_HAVING_DASH.pattern}|{_STATUS_BETWEEN}|"
                         rf"{_SENTENCE_END.pattern}")
_MODIFIERS = frozenset({"heated", "ventilated", "cooled", "power", "leather", "manual", "remote",
                        "premium", "auto", "automatic", "electric", "wireless", "adaptive",
                        "led"})
# a part's first word read on the head alone ("seats , heated driver and front passenger"
# is heated seats) only when it is such a modifier: not a word of a name of its own ("tire
# , all season" is no "all wheel", "4x4 system , trac lok" no "trac system")
_READ_ON_THE_HEAD = _MODIFIERS | {"memory", "massage", "massaging"}
# words a dealer shortens to a word of their own before a stop: "vent." for ventilated
_SHORTENED = _READ_ON_THE_HEAD | frozenset(_ABBREVIATIONS.values())
_DISTRIBUTED = re.compile(
    r"\b(heated|ventilated|cooled|power|auto|automatic|keyless) ([a-z0-9./ ]+?) (?:and|/|plus) "
    r"([^, ][^,]*)")
# a seat's comfort named with its row and no noun: "heated / ventilated front", "heated
# plus ventilated front", "heated rear too"
_COMFORT = r"(?:heated|ventilated|cooled|massage|massaging|massaged)"
_COMFORT_WORDS = frozenset({"heated", "ventilated", "cooled", "power", "manual", "and", "/"})
_ROW = r"(?:fronts?|rears?|(?:1st|2nd|3rd|first|second|third)(?: row)?)"
_COMFORTS = rf"{_COMFORT}(?: (?:/|and|plus) {_COMFORT})*"
_ELIDED_SEATS = re.compile(
    rf"(?<![a-z0-9])(?P<comfort>{_COMFORTS}"
    r"(?: leather| cloth)?) "
    rf"(?:(?P<rows>{_ROW}(?: (?:/|and|plus) {_ROW})*)(?P<trim> leather| cloth)?"
    # ... up to its part's end or another seat's comfort joined on ("heated / ventilated front
    # plus heated rear")
    rf"|(?P<material>leather|cloth))(?: too| also| as well)?"
    rf"(?= ,|$| (?:and|plus|/) {_COMFORTS} {_ROW}(?: ,|$))")

# ... or heat with cooling alone at a part's end, nothing else being both: "leather heated /
# cooled", "heated & cooled front / pano", "front ventilated + heated"
_HEAT_AND_COOLING = re.compile(
    rf"(?:^|, |/ )(?:(?:leather|leatherette|cloth) )?(?:(?P<row>{_ROW}) )?"
    r"(?:heated (?:/|and|plus|&) (?:ventilated|cooled)"
    r"|(?:ventilated|cooled) (?:/|and|plus|&) heated)"
    rf"(?: (?P<after>{_ROW}))?(?= ,|$| / (?!{_COMFORT}|{_ROW}))")

# ... or a comfort alone in a list, beside the seats' trim or another seat's comfort:
# "3rd row , leather , heated , nav", "vented , heated rear"
_COMFORT_BESIDE_SEATS = re.compile(
    rf"(?:(?:^|, )(?:leather|leatherette|cloth) , (?P<after>{_COMFORTS})(?= ,|$)"
    rf"|(?:^|, )(?P<before>{_COMFORTS}) , (?={_COMFORTS} {_ROW}(?: seats?)?(?: ,|$)))")

# this car has what the clause before named, said by a pronoun: "ours came with one", "our
# tester had it", "the new one does too"
_HAS_IT = re.compile(r"\b(?:has|had|have|came with|comes with|come with|gets|got|get|includes"
                     r"|included|offers|offered)\s+(?:it|one|them|those)\b|\b(?:does|did|do)\s+too\b",
                     re.IGNORECASE)
_DENIES = re.compile(r"\bnot\b|n't\b|\bnever\b|\bwithout\b|\black|\bnone\b|\bno\b"
                     # written without the apostrophe: "this SR doesnt have those"
                     r"|\b(?:doesnt|dont|didnt|isnt|wasnt|hasnt|havent|hadnt|wont)\b",
                     re.IGNORECASE)
# comfort said of a seat in prose, after it ("front seats that heat, cool and massage",
# "captain's chairs that are both heated and ventilated", "the second row is heated") or as a
# list before it ("heated, cooled and massaging front seats"): each is read with the seat
_ATTRIBUTE = rf"(?:{'|'.join(sorted(COMFORT_WORDS, key=len, reverse=True))})"
_ATTRIBUTES = rf"{_ATTRIBUTE}(?: (?:,|/|and|, and) {_ATTRIBUTE})*"
_SEAT_NOUN = r"(?:[a-z0-9]+ ){0,3}?(?:seats?|seating|chairs?|row|wheel|mirrors?)"
# ... or by a pronoun after a word or two more of it: "the seats are leather and they heat
# and cool"
_LINKING = (r"(?:(?:that|which) (?:(?:are|is|were|was) )?|(?:are|is|were|was) "
            r"|(?:offer|offers|have|has|feature|features|get|gets) "
            r"|(?:[a-z]+ ){0,3}?and they (?:(?:are|do|both) )?)")
_SAID_AFTER = re.compile(
    rf"\b(?P<noun>{_SEAT_NOUN}) {_LINKING}(?:both )?(?P<attrs>{_ATTRIBUTES})"
    r"(?=$| ,| and | but\b| only\b| too\b| as well\b| in\b| on\b)")  # not "cool stitching"
# ... or listed right after it, two or more: "rear seats heated / ventilated / massage", "seat
# heat and cool", "seat heater & ventilation" (a part's name reads as its comfort only there:
# a "heater" in a list is the cabin's)
_ATTRIBUTE_AFTER = rf"(?:heaters?|coolers?|{_ATTRIBUTE})"
_LISTED_AFTER = re.compile(rf"\b(?P<noun>{_SEAT_NOUN}) (?P<attrs>{_ATTRIBUTE_AFTER}(?: (?:,|/|and|"
                           rf", and) {_ATTRIBUTE_AFTER})+)"
                           r"(?=$| ,| and | but\b| only\b| too\b| in\b| on\b)")
# ... or listed before it, closed by "and" ("heated, cooled and massaging seats") or three
# or more apart by commas alone ("heated, cooled, massaging rear seats"; two, "heated, cooled
# seats", may part a list's "heated" from the seats)
_LISTED_BEFORE = re.compile(rf"\b(?P<attrs>{_ATTRIBUTE}(?: (?:,|/) {_ATTRIBUTE})+(?: ,)? and "
                            rf"{_ATTRIBUTE}|{_ATTRIBUTE}(?: (?:,|/) {_ATTRIBUTE}){{2,}}) "
                            rf"(?P<noun>(?:[a-z0-9]+ ){{0,2}}?(?:seats?|chairs?))\b")
# ... or joined before it with a modifier of another kind: "heated & electrically adjustable
# exterior mirrors", "heated and power-folding side mirrors", "power & 10-way seats"
_MODIFIER = r"(?!(?:it|has|have|had|is|are|was|were|the|a|an|and|or|but|with|its|they|we|i)\b)"
_JOINED_BEFORE = re.compile(rf"\b(?P<attrs>{_ATTRIBUTE}|power|memory) and "
                            rf"(?:{_MODIFIER}[a-z0-9-]+ ){{1,2}}?"
                            rf"(?P<noun>(?:{_MODIFIER}[a-z0-9]+ ){{0,2}}?(?:seats?|chairs?|wheel"
                            r"|mirrors?))\b")
_SEAT_KINDS = frozenset({"captain", "captains", "bucket", "buckets", "bench", "sport", "sports"})
_ATTRIBUTE_FORM = {"heat": "heated", "heating": "heated", "cool": "cooled", "cooling": "cooled",
                   "heater": "heated", "heaters": "heated", "cooler": "cooled", "coolers": "cooled",
                   "ventilate": "ventilated", "ventilation": "ventilated", "vented": "ventilated"}
# comfort said in a list's part of its own after the seats it is of, with where it is:
# "leather trimmed seats , heated up front", "captains chairs , heated in back"
_COMFORT_AFTER = re.compile(
    rf"^(?P<attrs>{_ATTRIBUTES})(?: (?:up |in |at )?(?:the )?(?P<row>{_ROW}|back))?$")
_REAR_ROW = re.compile(r"\b(?:rear|back|2nd|second|3rd|third)\b")
_SEAT_NOUNS = frozenset({"seat", "seats", "seating", "chair", "chairs", "bucket", "buckets",
                         "bench", "captains"})
# comfort before rows that share one seat noun: "heated first- and second-row seats"
_ROWS_SHARED = re.compile(rf"\b(?P<attrs>{_ATTRIBUTES}) (?P<rows>{_ROW}(?: (?:and|/|,) {_ROW})+)"
                          r"(?: row)? seats?\b")
# what follows a removal to name what took its place ("swapped out for", "removed when ...
# installed", "now has"); the words a build uses for the new part's fitting
_TAKING_PLACE = frozenset({"for", "with", "by", "when"})
_FITTED = frozenset({"installed", "fitted", "added", "sprayed", "now", "upgraded", "new"})
# a seat or a seat's place: "power" reaches the seats after "and" only from one ("power driver
# and passenger seats"), not from another part ("power tailgate and second-row seats")
_SEAT = re.compile(r"\b(?:seats?|seating|driver|drivers|passenger|front|bucket|buckets|lumbar)\b")
# a heading whose cue of ordering opens its clause after an order's occasion ("Offered at
# time of order but not selected:"), not after a product sold beside the car or parts for
# a repair ("Recall parts ordered, not installed:")
_ORDERING = frozenset({"selected", "ordered", "installed", "fitted", "included", "equipped",
                       "purchased", "deselected", "declined", "omitted", "excluded", "deleted",
                       "removed", "chosen", "taken"})
_ORDER_WORDS = frozenset({"order", "ordered", "quote", "quoted", "build", "brochure", "sticker",
                          "spec", "website", "configurator", "priced", "shown", "listed",
                          "offered", "optional", "option", "options", "available"})
_SOLD_BESIDE = frozenset({"insurance", "gap", "warranty", "contract", "sealant", "coating",
                          "film", "protection", "plan", "maintenance", "recall", "part", "parts"})
_CLAUSE_OPENERS = frozenset({",", "but", "yet", "though", "although", "and"})
# an article opens a noun phrase of its own: "power running boards and a rear-seat screen"
_ARTICLES = frozenset({"a", "an", "the", "its", "their"})
_REMEMBERED_LINES = 20_000  # distinct lines' decisions a service keeps for the run
# what is trimmed from a piece of a line cut where another car is named
_SPAN_EDGES = " ,;:.-\u2013\u2014"
_LONGEST_HEAD = 5  # words of a head its attributes after "with" are read on
_LONGEST_SHARED = 3  # words of a second noun a modifier before the first also governs
# words that go on with a clause after that noun: "heated wheel and seats on all day"
_GOES_ON_AFTER_NOUN = frozenset({"on", "all", "both", "too", "still", "work", "worked", "works",
                                 "working", "ran", "run", "running"})

# a suite's part named by initials ("LDA", "PCS", "LDWS"): a system's generic words after the
# initials of what it does (assist or alert, system, warning, monitor or mitigation, control,
# detection)
_PART_CODE = re.compile(r"[a-z]{3,5}")
_GENERIC_INITIALS = frozenset("aswmcd")
_LONGEST_TAIL = 2
_SUITE_ALONE = "package without contents"  # a review's reason: a suite named, nothing listed
# the last word of a thing's name ("sun roof", "parking sensor"): no system's initials follow it
_THINGS = frozenset({"roof", "sensor", "key", "door", "display", "camera", "monitor", "mirror",
                     "audio", "sound", "bar", "controller"})
_COMMON_WORD = 1000  # an English word this frequent is meant as written, no code ("pass")
_OPTION_CODE = re.compile(r"(?:^|(?<=[,:;] ))[a-z][a-z\d]\d (?=[a-z])")
_TRIMMED_NOT_SEATS = re.compile(r"\b(?:steering|wheel|shift|shifter|knob|armrests?|console)\b")


def _row_named(row: str) -> str:
    """A row as the table names it: the first is the front, others "2nd row"."""
    number = row.split()[0].removesuffix("s")
    if number in ("1st", "first"):
        return "front"
    return number if number in ("front", "rear") else f"{number} row"

# an adjustment count before a seat noun: "12 way power driver seat" is a power driver seat
_WAY_COUNT = re.compile(r"\b\d+ way ([a-z].*)$")
# "trailer tow and hd electrical group": two packages under one package word
_COORDINATED_PACKAGES = re.compile(
    r"(?:^|(?<=, ))((?:[a-z0-9]+ ){0,2}[a-z0-9]+) and (?:[a-z0-9]+ ){1,3}"
    r"(package|pkg|group|pack)\b")


def normalize(text: str) -> str:
    """Lower case, one space between words, typographic quotes made plain, prices dropped."""
    text = _PRICE_WITHIN.sub(" , ", _PRICE_QUALIFYING.sub(r"\1 ", _PRICE.sub("", text)))
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.lower().split())


# a row in brackets after a feature is the feature's row: "Seat heating (rear)" is rear
# seat heating, not a list's next item as in "heated seats, third row"
_ROW_GLOSS = re.compile(r"(?P<words>(?:[A-Za-z][\w'-]*\s+)?[A-Za-z][\w'-]*)\s*"
                        r"\((?P<row>rear|front|(?:1st|2nd|3rd|first|second|third)[- ]row)\)",
                        re.IGNORECASE)


# a part's comforts in brackets after it, however far into the line: "R&I LT mirror (heated,
# BSM)", "steering wheel (heated, w/ audio controls)", "2nd row lounge seats (heated/ventilated)"
_COMFORTS_GLOSS = re.compile(r"(?P<part>(?:\b[A-Za-z0-9][A-Za-z0-9'-]*\s+){0,4}"
                             r"\b[A-Za-z][A-Za-z'-]{2,})"
                             r"\s*\((?P<gloss>[^()]{2,80})\)(?=\s*(?:[,;:.]|$))")
_GLOSS_ITEM = re.compile(r",|/|&|\band\b|\bw/", re.IGNORECASE)
# the parts that have comforts of their own, or their housing, named last before the bracket
# ("mirror housing (heated)"; not "seat covers (heated)", an accessory)
_COMFORTED_PARTS = frozenset({"mirror", "mirrors", "seat", "seats", "chair", "chairs", "wheel",
                              "bench", "buckets", "captains", "cushion", "cushions", "housing",
                              "assy", "assembly"})
_ROW_WORDS = frozenset({"1st", "2nd", "3rd", "first", "second", "third", "front", "rear", "row"})
_COMFORTS = frozenset(COMFORT_WORDS)


def _comforts_glossed(found: re.Match[str]) -> str:
    """A bracket of comforts after a part that has them, each read before the part as well
    ("mirror (heated, BSM)" is "mirror, heated mirror, BSM"), as the first part of a
    line is read with its modifiers (:func:`_reordered`). The part is its last two words, or
    its words from a row on ("2nd row lounge seats"). Not a bracket with a cue ("(not
    heated)", "(heat inop)" say what the part lacks), nor one whose comfort names its own part
    ("Cold Weather Group (heated seats & wheel)"), nor one a statement goes on after ("front
    seats (heated, cooled) removed by thieves": what befell the part befell its comforts)."""
    words = found.group("part").split()
    items = [item.strip() for item in _GLOSS_ITEM.split(found.group("gloss")) if item.strip()]
    said = {w.lower() for item in items for w in re.findall(r"[A-Za-z0-9']+", item)}
    comforts = [set(item.lower().split()) for item in items
                if set(item.lower().split()) & _COMFORTS]
    if (not comforts or words[-1].lower() not in _COMFORTED_PARTS
            or any(not item <= _COMFORTS for item in comforts)
            or any(len(item.split()) > 3 for item in items) or said & CUE_WORDS):
        return found.group()
    row = next((k for k, w in enumerate(words) if w.lower() in _ROW_WORDS), len(words))
    start = max(0, min(row, len(words) - 2))
    before, head = " ".join(words[:start]), " ".join(words[start:])
    read = [f"{i} {head}" if set(i.lower().split()) & _COMFORTS else i for i in items]
    return " ".join(filter(None, [before, ", ".join([head, *read])]))


def _initials_dropped(text: str) -> str:
    """``text`` without a bracketed abbreviation of the words right before it ("Adaptive
    Cruise Control (ACC): Not Applicable"): it names the same feature again, and a cue after
    it must reach the name, not stop at the abbreviation."""
    def drop(found: re.Match) -> str:
        letters = found.group(2).lower()
        before = re.findall(r"[A-Za-z0-9]+", found.group(1))[-len(letters):]
        initials = "".join(word[0].lower() for word in before)
        return found.group(1) if initials == letters else found.group()
    return _INITIALS.sub(drop, text)


def _legend_read(text: str) -> str:
    """``text`` with a legend that gives a mark the meaning "not available" taken out and
    each of its marks after an item read as the item's "n"; a legend that means anything
    else ("S = standard") is left alone."""
    legend = _LEGEND.search(text)
    if legend is None or not any(scope.kind == "negated" for scope in find_scopes(
            plain_form(legend.group(2)))):
        return text
    mark = re.escape(legend.group(1))
    rest = text[:legend.start()] + text[legend.end():]
    return re.sub(rf"(?<=\s){mark}(?=\s*(?:[,/;]|$))", " n , ", rest)


def _box_legend_read(text: str) -> str:
    """``text`` without a legend that says an empty box means the car lacks the item
    ("[ ] Sunroof  (unchecked = not equipped)"): its empty boxes already say so (see
    :func:`_boxes`), and its "unchecked" is no doubt about the ticked ones."""
    legend = _BOX_LEGEND.search(text)
    if legend is None or not _EMPTY_BOX.search(text[:legend.start()] + text[legend.end():]):
        return text
    if not any(scope.kind == "negated" for scope in find_scopes(plain_form(legend.group(1)))):
        return text
    return text[:legend.start()] + text[legend.end():]


def _shares_slashed(found: re.Match[str]) -> str:
    """A seat's split written with colons ("60:40", "40:20:40") as a slash writes it, when
    the shares make a whole, a split of three with its ends alike (not a time: "10:30",
    "20:30:50")."""
    shares = [int(share) for share in found.group().split(":")]
    whole = sum(shares) == 100 and (len(shares) == 2 or shares[0] == shares[-1])
    return "/".join(map(str, shares)) if whole else found.group()


# a word that takes its object after it, written as a heading: "Without: 4x4, tow package".
# Its colon goes, so that it heads what follows and answers nothing before it, as a lone "no"
# after an item does ("sunroof: no"); a review's "MINUS:" heads its downsides, complaints about
# parts the car has as often as parts it lacks ("MINUS: sunroof rattles"), so it goes itself
_GOVERNING_HEADING = re.compile(r"\b(" + "|".join(sorted(GOVERNS_LIST)) + r")\s*:",
                                re.IGNORECASE)


def _heading_governed(found: re.Match[str]) -> str:
    """A governing word's heading as the plain form reads it (see :data:`_GOVERNING_HEADING`):
    the word without its colon, or, for "minus", the colon without the word."""
    return ":" if found.group(1).lower() == "minus" else f"{found.group(1)} "


# a chat's thanks ("pls confirm the roof rack. thx"): THX's audio is written in capitals or
# named with its sound ("the thx sound system")
_THANKS = re.compile(r"\b(?:thx|Thx)\b(?!\s+(?i:ii\b|audio|sound|surround|certified|system"
                     r"|speakers?|stereo|amp|sub))")


@functools.lru_cache(maxsize=8192)
def plain_form(text: str) -> str:
    """The form phrases are matched in: words, "," for boundaries (commas, colons, brackets,
    "=", a run of dots and a dash between spaces) and "/" as a word. Remembered, since one
    line's decision reads the same text in this form several times."""
    # an empty answer ends the line as written, not once a price is gone ("-- $375")
    empty_answer = bool(_EMPTY_ANSWER.search(text))
    text = _bare_questions_doubted(_ones_named(_AMPUTEE.sub(r"\g<level> amputee", text)))
    text = _THANKS.sub("thanks", _HANDLE.sub(" someone ", text))
    text = _GOVERNING_HEADING.sub(_heading_governed, text)
    if _TOWING.search(text):
        text = _TBC.sub("trailer brake controller", text)
    text = _JOINED_BY_PLUS.sub("/", _slashes_parted(_SHARES.sub(_shares_slashed, text)))
    text = _ROWS_ANSWERED.sub(_rows_answered, text)
    text = _ROW_GLOSS.sub(r"\g<row> \g<words>", text)
    text = _COMFORTS_GLOSS.sub(_comforts_glossed, text)
    text = _cells_answered(_NAMED_VALUE.sub(r"\1: \2", text))
    text = _CONFIG_ANSWER.sub(lambda m: ": yes" if m.group(1).lower() == "with" else ": no", text)
    text = _DELETED_GLOSS.sub(r"\g<what> \g<cue>", _STATUS_GLOSS.sub(r" \1", text))
    text = _VALUE_THEN_NAME.sub(r"\2: \1", text)
    text = _legend_read(_initials_dropped(_box_legend_read(text)))
    text = _CAMEL_KEY.sub(_key_words, _BOOLEAN_KEY.sub(lambda m: f"{m.group()} ", text))
    text = re.sub(rf"\b(?:is|has) \d+[A-Z][A-Za-z0-9]*{_KEY_END}", _key_words, text)
    text = _sheet_codes_read(_ESPECIALLY.sub("especially ", text))
    text = _KEYS_RULED_OUT.sub(lambda m: m.group(1).replace(",", " and ") + ":", text)
    text = _openers_parted(_capitals_parted(_SENTENCE_END.sub(" , ", text)))
    text = _boxes(normalize(_lower_sentences_ended(text)))
    text = _POWER_MANUAL.sub(r"\1: n", text)
    text = _PACKAGE_CONTENTS.sub(lambda m: f"{m.group(1)} with {m.group(2).replace(',', ' and ')}",
                                 text)
    text = _POSITIONAL.sub(_answers_in_order, _HEADING_ANSWERED.sub(" , ", text))
    text = _HEADING_OPEN.sub(" , unsure , ", _HEADING_COLUMN.sub(" , ", text))
    text = _PAIRED_ANSWER.sub(r"\1 , ", _COUNTED_KIND.sub(r"\2 \3 \1", text))
    text = re.sub(r"^[\s\u2022\u00b7*\-\u2013]+", "", text)
    # a build sheet's option code before its item ("K34 cruise", "G80 posi rear axle", "KA1
    # htd seats"): the item alone, so a list item's phrase finds it at its part's start, and
    # the item's words decide what it is ("JL1 pedals, power adjustable" is the pedals, not
    # the trailer brake controller the same code names on another year's truck)
    text = _OPTION_CODE.sub("", text)
    # an empty answer: "Sunroof: \u2014", "Sunroof -" is the yes/no column's "n"
    if empty_answer:
        text = _EMPTY_ANSWER.sub(" , n", text)
    # back-up and steering as dealers shorten them before the noun: "b/u cam", "str whl"
    text = re.sub(r"\bb ?/ ?u (?=cam)|\bbu (?=cam)", "backup ", text)
    text = re.sub(r"\bst(?:ee)?r (?=wheel|whl)", "steering ", text)
    # "w/" starts a word: "ac/pw/pl" is three codes, not "ac / p with pl"
    text = re.sub(r"(?<![a-z0-9])w/o(?:ut)?\b", " without ", text)
    text = re.sub(r"(?<![a-z0-9])w/", " with ", text)
    text = text.replace("&", " and ").replace("+", " plus ")
    text = re.sub(r"(?<![a-z0-9/])n/c(?![a-z0-9/])", " no charge ", text)  # "n/c delete"
    # "n.a.", "n/avail": not available
    text = re.sub(r"(?<![a-z0-9/])n(?:\.\s?a\.?|/avail(?:able)?\.?)(?![a-z0-9])", "n/a", text)
    text = _CONTRACTED.sub(lambda m: f"{_CONTRACTED_STEMS.get(m.group(1), m.group(1))} not",
                           text)
    text = _SERVICE_ASKED.sub(r"\g<asked> , ", text)
    text = _QUESTION_ANSWERED.sub(lambda m: f" {_CHAT_NO.get(m.group(1).lower(), m.group(1))} , ",
                                  _QUESTION_DENIED.sub(" no , ",
                                                       _GLOSS_QUESTIONED.sub(r" \1", text)))
    text = _QUESTION.sub(" , unsure , ", text).replace("?", " , ")
    text = re.sub(r"['`]", "", text)
    # " - ", "=", a run of dots ("Sunroof....No"), a bullet between items ("pano \u2022
    # bose") and an arrow from one to the next ("5.0 Cummins diesel \u2192 gooseneck prep")
    # part a line like a colon
    text = re.sub(r"[,;:()\[\]=\u2022\u00b7\u2192\u21d2\u27a1]|\s[-\u2013\u2014]+\s|\.{2,}"
                  r"|\s*->\s*", " , ", text)
    text = text.replace("/", " / ")
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", text)
    text = re.sub(r"[^a-z0-9./, ]", " ", text)
    words = [_COMMONWEALTH.get(w, _ABBREVIATIONS.get(w, w)) for w in text.split()]
    text = _ELECTRIC.sub("power ", " ".join(words))
    # an answer alone in its part ends it before a slash: "sunroof - n / leather - y"
    text = _ANSWER_SLASH.sub(r"\1 ,", text)
    text = _own_trim_said(_SAID_THERE.sub("", text))
    return re.sub(r"(?: ,)+", " ,", text).strip(" ,")


# a bracketed note of the service a fitted feature runs on: "SiriusXM (subscription
# required)", "(requires active subscription)"; the radio is there, the service is sold
# apart. Not on a line that says the feature is only prepared or not working ("SiriusXM
# ready (requires subscription)", "hotspot (subscription required, not active)"), nor a data
# plan, without which a hotspot is none ("Wi-Fi hotspot (requires data plan)")
_SERVICE_NOTE = re.compile(
    r"\s*\((?:(?:an?|active|paid|separate)\s+)*(?:subscriptions?|service\s+plan)"
    r"\s+(?:required|needed|sold\s+separately)\)"
    r"|\s*\((?:requires?|needs?)\s+(?:(?:an?|active|paid|separate)\s+)*"
    r"(?:subscriptions?|service\s+plan)\)", re.IGNORECASE)
# A legal record's furniture, read as what it stands for before the line's English is:
# a person's title before their name ("Mr. Ruiz", "MS. ABARA:") ends no sentence, so the
# clause it stands in (a transcript's question, an answer) stays whole (not "Dr.", which a
# sticker uses for the driver's side: "Dr. seat memory") ...
_TITLE_PERIOD = re.compile(r"\b((?i:mr|mrs|ms|messrs|mmes))\.(?=\s+[A-Z])")
# ... a record's number after its document's noun ("Exhibit No. 7", "Case no. 24-118") is
# no "no" that rules out what follows it ...
_NUMBER_SIGN = re.compile(
    r"\b((?i:exhibit|case|docket|claim|complaint|stock|item|lot|invoice|order|unit|file"
    r"|account|policy|contract|ticket|reference|ref|paragraph|page|count|ro|po))\s+"
    r"(?i:no)\.\s*(?=\d)")
# ... and a transcript's question and answer labelled with a period ("Q. Did it have a
# hitch? A. Yes") are labelled as with a colon ("Q:", "A:"), when the line opens with its
# question's label
_TRANSCRIPT_LABEL = re.compile(r"^(\W*)Q\.\s+|(?<=[?.!\"\u201d]\s)A\.\s+(?=[A-Z])")
_NOT_IN_SERVICE = re.compile(r"\b(?:ready|capable|prep\w*|pre-?wir\w*|inactive|expired|lapsed"
                             r"|not\s+(?:active|activated|working|subscribed))\b", re.IGNORECASE)
# a trim a feature is standard on, named to the end of its part: "4wd standard on trail boss"
_STANDARD_ON = re.compile(r"\b(?:standard|std) on (?P<trim>[a-z0-9]+(?: [a-z0-9]+){0,2})(?= ,|$)")


# An inspection sheet's item: a feature as its heading, what the inspector saw, and the
# verdicts in capitals ("Rain sensor: auto wipers not triggering, fault stored - FAIL",
# "Power tailgate: was INOP on arrival, fuse replaced, now opens - PASS"); the last verdict
# is the item's
_SHEET_ITEM = re.compile(r"\s*(?P<head>[A-Za-z][^:;,]{1,40}?)\s*:\s*(?P<body>[^:;]*?\w)\W*")
_VERDICT = re.compile(r"(?<![\w/])(?:"
                      + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in _VERDICTS)
                      + r")(?![\w/])")
# notes that say part of the item works: a failing verdict after them is that of another part
# ("Heated seats: work, cooling INOP")
_SOME_WORKS = re.compile(r"(?<!not )(?<!n't )\b(?:works?|working|functions?|functional|fine"
                         r"|good|ok)\b", re.IGNORECASE)


def _put_right_since(notes: str, verdicts: list[str]) -> bool:
    """Whether an inspection item's notes before a passing verdict say nothing against it,
    or only a fault since put right ("was INOP on arrival, fuse replaced, now opens", "found
    unplugged, reconnected, now PASS"); not an absence, a removal or a prerequisite ("not
    equipped, screen OK", "deleted, mirrors OK")."""
    if _ABSENT_VERDICTS & set(verdicts[:-1]):
        return False
    plain = plain_form(notes)
    kinds = {scope.kind for scope in find_scopes(plain)}
    return not kinds or (kinds <= {"negated", "replaced", "deleted"} and says_put_right(plain))


def _sheet_codes_read(text: str) -> str:
    """``text`` with an auction sheet's runs of codes (:data:`_SHEET_CODE_RUN`) spelt as the
    items they stand for, one part each, when a run holds a code only such sheets use."""
    runs = [run for run in _SHEET_CODE_RUN.finditer(text)
            if set(re.findall(_SHEET_CODE, run.group())) & set(_SHEET_ONLY_CODES)]
    for run in reversed(runs):
        spelt = " , ".join(_SHEET_CODES[code] for code in re.findall(_SHEET_CODE, run.group()))
        text = text[:run.start()] + spelt + text[run.end():]
    return _LONE_SR.sub(_SHEET_CODES["SR"], text) if runs else text


def _furniture_read(text: str) -> str:
    """``text`` with a legal record's furniture read as what it stands for: a title's period
    dropped, "No." before a record's number read as "number", and a transcript's "Q." and
    "A." labels read as "Q:" and "A:" (see :data:`_TRANSCRIPT_LABEL`)."""
    text = _NUMBER_SIGN.sub(r"\1 number ", _TITLE_PERIOD.sub(r"\1", text))
    if not re.match(r"\W*Q\.\s", text):
        return text
    return _TRANSCRIPT_LABEL.sub(lambda m: f"{m.group(1)}Q: " if m.group(1) is not None
                                 else "A: ", text)


def _own_trim_said(text: str) -> str:
    """``text`` with a trim a feature is standard on read as this car's when the line named
    the car by it before ("silverado trail boss , ... 4wd standard on trail boss" is "standard
    on this trail boss"): the car is that trim, so the feature is no other trim's maybe."""
    def own(found: re.Match[str]) -> str:
        trim = found.group("trim")
        named = re.search(rf"\b{re.escape(trim)}\b", text[:found.start()])
        return found.group().replace(" on ", " on this ", 1) if named else found.group()
    return _STANDARD_ON.sub(own, text)


# a word this long before a stop is a word, however rare ("amputee. keyless"): a dealer's
# abbreviations are shorter ("equip.", "incl.")
_LONG_WORD = 7


def _lower_sentences_ended(text: str) -> str:
    """``text`` with a sentence that ends before a lower-case one parted off it, as a
    capital's sentence is: "no heated wheel. bose \u2713" says the audio apart from the
    wheel. The word before the stop is a common English word or a long one, not a dealer's
    abbreviation ("incl. heated seats", "opt. sunroof"), nor a modifier's first letters that
    are a word too ("heated/vent. front seats"); or it is a word or initials of the table's own
    phrases ("no mark levinson. hybrid AWD", "no ELS. lthr"), not an abbreviation ("PKG. w/
    nav", "INCL. heated seats", "PREM. audio")."""
    def end(found: re.Match[str]) -> str:
        word = found.group("word")
        if word.lower() in _table_words() and not _abbreviated(word):
            return f"{word} , "  # a name in full: "no mark levinson. hybrid", "no ELS. lthr"
        if word.isupper():
            return found.group()  # capitals the table does not know: "PREM. audio"
        if any(w != word and w.startswith(word) for w in _SHORTENED) or (
                english_frequencies().get(word, 0) < _SENTENCE_WORD and len(word) < _LONG_WORD):
            return found.group()
        return f"{word} , "
    return _LOWER_SENTENCE_END.sub(end, text)


def _abbreviated(word: str) -> bool:
    """Whether ``word`` before a stop is an abbreviation: the dealer's shorthand ("pwr.",
    "cam."), one written with a stop ("incl.", "opt.", "std."), or, unless a word of the
    table's phrases ("nav.", "BSM."), one with no vowel after its first letter ("strt.") or
    the start of a longer word of the table or of a column's heading ("avail.", "prem.")."""
    word = word.lower()
    if word in _ABBREVIATIONS or word in _CAPITALS_STOPPED:
        return True
    if word in _table_words():
        return False  # a word of the table's phrases in full: "nav", "BSM", "levinson"
    return initials(word) or (len(word) <= 5 and _starts_longer(word))


def _openers_parted(text: str) -> str:
    """``text`` with a sentence parted off before a word that opens a clause, when the
    word before its stop is no abbreviation (:func:`_abbreviated`)."""
    return _OPENER_AFTER_STOP.sub(
        lambda m: m.group() if _abbreviated(m.group("word")) else f"{m.group('word')} , ",
        text)


def _capitals_parted(text: str) -> str:
    """``text`` with a sentence parted off after initials in capitals (:data:`_CAPITALS_STOP`)
    that are no word cut short (:func:`_shortened`)."""
    return _CAPITALS_STOP.sub(
        lambda m: m.group() if _shortened(m.group("word")) else f"{m.group('word')} , ", text)


def _shortened(word: str) -> bool:
    """Whether capitals before a stop are a word cut short ("PWR.", "INCL.", "PREM."), not
    initials ("AWD.", "FYI."), which end a sentence."""
    word = word.lower()
    return word in _ABBREVIATIONS or word in _CAPITALS_STOPPED or _starts_longer(word)


def _starts_longer(word: str) -> bool:
    """Whether ``word`` is the start of a longer word of the table, the shorthand or a
    sticker's headings ("prem" of "premium", "avail" of "available")."""
    return any(w != word and w.startswith(word) for w in _longer_words())


def _slashes_parted(text: str) -> str:
    """``text`` with spaced slashes read as a list's commas when they part items of two
    words or more ("Nav N / Sunroof N / Leather Y", "film removed / tire pressure set /
    4MATIC": a cue or an answer in one item stays in it); a slash between single words joins
    them ("heated / ventilated front seats") and is left as written. The last item may be
    one word: it follows a slash that already parts items."""
    parts = _SPACED_SLASH.split(text)
    if len(parts) < _LEAST_SLASHED or any(len(re.findall(r"[A-Za-z0-9]+", part)) < 2
                                          for part in parts[:-1]):
        return text
    return ", ".join(parts)


def _rows_answered(found: re.Match[str]) -> str:
    """A seat's rows answered one by one ("heated seats F [x] R [ ]") as one item per row,
    the row named before the seat, each with its own answer ("front heated seats [x], rear
    heated seats [ ]"): the empty box rules out the rear row alone."""
    head = found.group("head")
    return ", ".join(f"{_ROW_NAMES.get(row.group('row').lower(), row.group('row'))} {head} "
                     f"{row.group('answer').strip()}"
                     for row in _ROW_ANSWERED.finditer(found.group("rows")))


def _cells_answered(text: str) -> str:
    """A row of cells that each pair a name with a yes/no answer as "name: y ;" parts, so a
    "0", "F" or "N" rules out its own cell's name and no other; fewer than two such cells
    are left as written."""
    if len(_CELL_ANSWER.findall(text)) < _LEAST_CELLS:
        return text
    return _CELL_ANSWER.sub(
        lambda m: f"{m.group('gap')}{_CELL_ANSWERS[m.group('answer').lower()]} ;", text)


def _key_words(match: re.Match[str]) -> str:
    """A camel-case key's words: "HeadsUpDisplay" is "Heads Up Display"."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", match.group())


def _boxes(text: str) -> str:
    """A checklist's boxes as boundaries, an empty one as the cue "unticked": before what it
    marks when the line opens with a box ("[ ] heated seats") or ends with an item after its
    boxes ("Options: [x] nav [ ] sunroof"), else after it ("heated seats [ ]"), where it
    stands alone in its part and answers the part before. A remark after the last box,
    pointed at its item by an arrow ("heated seats \u2717 \u2190 deal breaker"), is no item
    its box marks."""
    if not _EMPTY_BOX.search(text) and not _TICKED_BOX.search(text):
        return text
    last = list(itertools.chain(_EMPTY_BOX.finditer(text), _TICKED_BOX.finditer(text)))
    after = text[max(m.end() for m in last):]
    leads = (_LEADING_BOX.search(text) is not None
             or (re.search(r"[a-z0-9]", after, re.IGNORECASE) is not None
                 and not _REMARK.match(after)))
    empty = f" , {UNTICKED} " if leads else f" , {UNTICKED} , "
    return _TICKED_BOX.sub(" , ", _EMPTY_BOX.sub(empty, text))


def _answers_in_order(match: re.Match[str]) -> str:
    """Keys and answers in order as one "key: answer" part each; keys that do not pair
    with the answers one to one ("a/c/nav: y/n") are unsure of all of them."""
    keys = match.group("keys").split("/")
    answers = match.group("answers").split("/")
    if len(keys) != len(answers):
        return f"{match.group('keys')} , unsure , "
    # "heated/cooled seats": a one-word key shares the last key's noun
    noun = keys[-1].split()[-1] if len(keys[-1].split()) > 1 else ""
    keys = [f"{key.strip()} {noun}" if noun and len(key.split()) == 1 else key.strip()
            for key in keys[:-1]] + [keys[-1].strip()]
    return " , ".join(f"{key}: {answer.strip()}"
                      for key, answer in zip(keys, answers, strict=True))


def user_synonyms_path() -> Path:
    """Where the user's synonyms live: ``$VAUTOKIT_SYNONYMS``, else ``.vautokit/synonyms.toml``."""
    return Path(os.environ.get(ENV_SYNONYMS) or DEFAULT_SYNONYMS)


@dataclass(frozen=True)
class Review:
    """A line whose best labels are too unsure to tick: the user decides (``vautokit mapping
    review``), and the next run maps the line as decided."""

    line: str
    labels: tuple[str, ...]
    method: str
    score: float
    reason: str = ""  # why it is not ticked: "package without contents", "below confidence" ...


@dataclass(frozen=True)
class Vetoed:
    """A line that names features only to rule them out ("Moonroof Delete", "w/o Third
    Row"), or whose never-phrases leave nothing that maps; ``reason`` says which."""

    line: str
    reason: str = "never-phrase"


@dataclass(frozen=True)
class MappingWithReview(MappingResult):
    """Ticked matches and unmatched lines, plus lines put up for review and vetoed lines;
    ``reasons`` gives every line's reason (what matched, or why nothing was ticked)."""

    review: list[Review] = field(default_factory=list)
    vetoed: list[str] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)


@dataclass
class SynonymTable:
    """Phrases per label, multi-label phrases, packages, suppressions, what a label brings
    on every car, vetoes; and per label, phrases that never tick it (``never_for``: a
    review's "no" to one doubted label of a line whose other ticks stand)."""

    labels: dict[str, list[str]] = field(default_factory=dict)
    combined: dict[str, list[str]] = field(default_factory=dict)
    packages: dict[str, list[str]] = field(default_factory=dict)
    guessed: dict[str, list[str]] = field(default_factory=dict)
    suppress: dict[str, list[str]] = field(default_factory=dict)
    implies: dict[str, list[str]] = field(default_factory=dict)
    unless: dict[str, str] = field(default_factory=dict)
    rivals: dict[str, str] = field(default_factory=dict)
    never_for: dict[str, list[str]] = field(default_factory=dict)
    never: list[str] = field(default_factory=list)

    @classmethod
    def from_toml(cls, data: dict, source: str) -> SynonymTable:
        unknown = set(data) - {*TABLES, "never"}
        if unknown:
            raise ConfigError("synonyms", source,
                              f"only {_TABLES_NAMED} (found {', '.join(sorted(unknown))})")
        tables = {name: data.get(name, {}) for name in TABLES}
        if not all(isinstance(t, dict) for t in tables.values()) or not isinstance(
                data.get("never", []), list):
            raise ConfigError("synonyms", source, "[labels] and the other tables as TOML tables")
        return cls(**{k: dict(v) for k, v in tables.items()}, never=list(data.get("never", [])))

    def merged(self, other: SynonymTable) -> SynonymTable:
        """This table with ``other`` over it: phrases and vetoes added, packages replaced.

        A vetoed phrase of this table that would veto a phrase ``other`` gives a label is
        dropped: the user's word wins."""
        labels = _phrases_added(self.labels, other.labels)
        added = {plain_form(p) for ps in other.labels.values() for p in ps}
        never = [p for p in self.never if not any(compile_phrase(p).search(a) for a in added)]
        return SynonymTable(labels, {**self.combined, **other.combined},
                            {**self.packages, **other.packages},
                            {**self.guessed, **other.guessed},
                            {**self.suppress, **other.suppress},
                            {**self.implies, **other.implies}, {**self.unless, **other.unless},
                            {**self.rivals, **other.rivals},
                            _phrases_added(self.never_for, other.never_for),
                            never + [p for p in other.never if p not in never])


def _phrases_added(mine: dict[str, list[str]], other: dict[str, list[str]]
                   ) -> dict[str, list[str]]:
    """Per label, ``mine``'s phrases and then ``other``'s that are new."""
    merged = {label: list(phrases) for label, phrases in mine.items()}
    for label, phrases in other.items():
        merged.setdefault(label, []).extend(p for p in phrases if p not in merged[label])
    return merged


@dataclass(frozen=True)
class _Rule:
    pattern: ScreenedPattern
    labels: tuple[str, ...]
    kind: str  # "synonym" | "user" | "package" | "guessed"


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    rule: _Rule

    def overlaps(self, other: _Hit) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class _Found:
    """What the phrases of one reading of a line say: labels, how, the text each matched."""

    labels: tuple[str, ...] = ()
    method: str = "synonym"
    hits: tuple[tuple[str, str], ...] = ()  # (label, the words that matched it)
    reason: str = ""
    guessed: tuple[str, ...] | None = None  # a named package whose contents are a guess
    guessed_name: str = ""


@dataclass(frozen=True)
class _Reading:
    """A line with never-phrases masked (``masked``), then ruled-out scopes too (``kept``)."""

    line: str
    masked: str
    scopes: tuple[Scope, ...]
    kept: str
    found: _Found
    ruled_out: str  # the scopes' reason, naming the labels they kept from ticking
    lost: tuple[str, ...] = ()  # the labels the scopes kept from ticking


@functools.cache
def compile_phrase(phrase: str, *, bounded: bool = True) -> ScreenedPattern:
    """A table phrase as a regular expression on the plain form (see synonyms.toml);
    ``bounded`` makes it match whole words only. It is screened by the literals any match
    holds, since nearly every phrase fails on nearly every line (:mod:`._literals`).
    Remembered: merging each make's names into the table tries every vetoed phrase again,
    and a phrase is read the same way every time."""
    if phrase.startswith("re:"):
        body = _GAP.sub(_gap, phrase[3:])
    else:  # in English as lines are: a Spanish phrase the user decided on meets its line
        plain = plain_form(read_as_english(phrase, spoken=False))
        body = re.escape(plain) + _plural(plain)
    try:
        return ScreenedPattern(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])" if bounded else body)
    except re.error as exc:
        raise ConfigError("synonyms", phrase, f"a valid regular expression ({exc})") from exc


def _plural(plain: str) -> str:
    """The endings that make a phrase plural, but one that spells another word: "blis" (a
    blind-spot system) with an "s" is "bliss", no plural of it."""
    if not plain[-1:].isalpha():
        return ""
    last = plain.rsplit(" ", 1)[-1]
    endings = [ending for ending in ("s", "es") if last in english_words()
               or last + ending not in english_words()]
    return f"(?:{'|'.join(endings)})?" if endings else ""


def _gap(match: re.Match[str]) -> str:
    """A gap of up to N other words, none of them a word that rules out what follows
    ("seats without memory" is not memory seats) or replaces what comes before ("heated
    seats replaced by manual seats"), nor any word the phrase excludes."""
    count = match.group(1) or "3"
    own = set(match.group(2).split("|")) if match.group(2) else set()
    excluded = sorted(LONE_CUES | REPLACING | own)
    words = "|".join(re.escape(w) for w in excluded)
    return rf" (?:(?!(?:{words}) ){_WORD} ){{0,{count}}}"


class CheckboxMappingService:
    """Maps feature lines to labels: phrases and packages first, fuzzy scoring as a fallback.

    ``synonyms`` is the user's file merged over the built-in table; ``None`` means the file at
    :func:`user_synonyms_path` when it exists. A match whose confidence (100 for a phrase,
    96 for a package expanded from the table, the fuzzy score otherwise) reaches
    ``tick_above`` ticks its boxes; below, it is put up for review instead, and fuzzy scores
    under ``review_above`` are not matches at all. With ``second_opinion`` (the default), a
    tick the learned second opinion doubts is taken away (:mod:`._second_opinion`); without
    it the rules alone decide, as the benchmarks measure them.
    """

    def __init__(self, synonyms: str | Path | None = None, *, tick_above: float = 95.0,
                 review_above: float = 75.0, built_in_only: bool = False,
                 second_opinion: bool = True) -> None:
        self.tick_above = tick_above
        self.review_above = review_above
        self.second_opinion = SecondOpinion.built_in() if second_opinion else None
        self.synonyms_path = None if built_in_only else _user_file(synonyms)
        user = _read_table(self.synonyms_path) if self.synonyms_path else SynonymTable()
        table = built_in_table().merged(user)
        self.table = table
        self.labels: list[str] = list(dict.fromkeys(
            [*table.labels, *(lb for ls in table.packages.values() for lb in ls)]))
        self._rules = self._compile_rules(table, user)
        self._rule_index = PhraseIndex(self._rules, lambda rule: rule.pattern)
        self._never = [compile_phrase(p) for p in table.never]
        self._never_for = {label: [compile_phrase(p) for p in phrases]
                           for label, phrases in table.never_for.items()}
        self._unless = {label: compile_phrase(f"re:{rx}", bounded=False)
                        for label, rx in table.unless.items()}
        self._rivals = {label: compile_phrase(f"re:{rx}", bounded=False)
                        for label, rx in table.rivals.items()}
        self._fuzzy_choices: dict[str, str] = {plain_form(label): label for label in self.labels}
        for label, phrases in table.labels.items():
            for phrase in phrases:
                if not phrase.startswith("re:") and len(phrase) > 4:
                    self._fuzzy_choices.setdefault(plain_form(phrase), label)
        self._fuzzy_list = list(self._fuzzy_choices)
        self._context = {label: vocabulary([*phrases, label])[1]
                         for label, phrases in table.labels.items()}
        known, wanted = vocabulary(
            [*(p for ps in table.labels.values() for p in ps), *table.combined,
             *table.packages, *table.guessed, *table.never, *self.labels])
        self.shorthand = Shorthand(known | _maker_words(), wanted - _abbreviations_of(table),
                                   self.labels, [*(p for ps in table.labels.values() for p in ps),
                                                 *table.combined], table.labels,
                                   as_written=model_words())
        self._initialisms = _initialisms(table)
        self._label_words = frozenset(w for label in self.labels
                                      for w in re.findall(r"[a-z]+", label.lower()))
        self._decided: dict[tuple[str, tuple[tuple[int, int], ...]],
                            Match | Review | Unmatched | Vetoed] = {}

    @classmethod
    def built_in(cls, **options: float | bool) -> CheckboxMappingService:
        """The built-in table alone, whatever the user's file says (for scoring the table)."""
        return cls(built_in_only=True, **options)

    @staticmethod
    def _compile_rules(table: SynonymTable, user: SynonymTable) -> list[_Rule]:
        mine = {(lb, p) for lb, ps in user.labels.items() for p in ps}
        rules = [_Rule(compile_phrase(p), (lb,), "user" if (lb, p) in mine else "synonym")
                 for lb, phrases in table.labels.items() for p in phrases]
        rules += [_Rule(compile_phrase(p), tuple(lbs), "synonym")
                  for p, lbs in table.combined.items()]
        rules += [_Rule(compile_phrase(p), tuple(lbs), "package")
                  for p, lbs in table.packages.items()]
        rules += [_Rule(compile_phrase(p), tuple(lbs), "guessed")
                  for p, lbs in table.guessed.items()]
        return rules

    # mapping ---------------------------------------------------------------------------
    def map_line(self, text: str, car: str | None = None) -> Match | Review | Unmatched | Vetoed:
        """One line's decision, with its reason: ticked (the phrases that matched), put up for
        review (why not sure), ruled out (negated, deleted, prerequisite, replaced) or
        unmatched. A line in another language, dictated or in an ad's hype is decided as the
        English it is read as (:func:`read_as_english`), and its reason says so; so is a
        line whose scan damage was read back into the table's words
        (:func:`repair_scan_damage`), and so is a line scraped with its markup left in, read
        as the plain text a person sees (:func:`read_markup`). ``car`` names the car the line
        was read from ("2021 Toyota Corolla LE", or its make): what the line says of a car
        of another make is set apart first (:mod:`._cars`)."""
        return self._decided_apart(text, _others_said(text, car))

    def _decided_apart(self, text: str, others: tuple[tuple[int, int], ...]
                       ) -> Match | Review | Unmatched | Vetoed:
        return self._others_set_apart(text, others) if others else self._decision(text)

    def _decision(self, text: str) -> Match | Review | Unmatched | Vetoed:
        return self._weighed(self._rivalled(self._declined_taken_off(
            self._decided_by_rules(text))))

    def _others_set_apart(self, text: str, others: tuple[tuple[int, int], ...]
                          ) -> Match | Review | Unmatched | Vetoed:
        """The decision on what ``text`` says outside the ``others`` spans, which another car
        is said to have; the reason names them and what they would have ticked."""
        edges = [0, *(k for span in others for k in span), len(text)]
        kept = ". ".join(piece for a, b in zip(edges[::2], edges[1::2], strict=True)
                         if (piece := text[a:b].strip(_SPAN_EDGES)))
        theirs = [text[a:b].strip(_SPAN_EDGES) for a, b in others]
        named = {lb for said in theirs
                 for lb in getattr(self._decided_by_rules(said), "labels", ())}
        if not kept:
            return Vetoed(text, _other_car_note(sorted(named), theirs))
        result = self._decision(kept)
        not_ticked = sorted(named - set(getattr(result, "labels", ())))
        return replace(result, line=text, reason="; ".join(filter(None, (
            result.reason, _other_car_note(not_ticked, theirs)))))

    def _decided_by_rules(self, text: str) -> Match | Review | Unmatched | Vetoed:
        """The rules' decision on one line (see :meth:`map_line`)."""
        markup = read_markup(text)
        repaired = repair_scan_damage(markup)
        english = read_as_english(repaired)
        if english == text:
            return self._said_last(text, self._map_english(text))
        result = self._said_last(english, self._map_english(english))
        reason = "; ".join(filter(None, (
            f"markup read as {markup!r}" if markup != text else "",
            f"scan damage read as {repaired!r}" if repaired != markup else "",
            f"read as {english!r}" if english != repaired else "", result.reason)))
        return replace(result, line=text, reason=reason)

    def _said_last(self, text: str, result: Match | Review | Unmatched | Vetoed
                   ) -> Match | Review | Unmatched | Vetoed:
        """``result`` without a feature a sentence or a speaker's turn claims and a later one
        rules out: the last word on a feature stands ("Bot: Yes, this LX has heated seats. -
        Sales: Sorry, the LX does not have heated seats"; "Bot: has a head-up display / Advisor:
        Correction, HUD was not ordered"). A feature claimed again after it was ruled out
        stays ticked, and one no sentence claims on its own is left as the whole line reads."""
        if not isinstance(result, Match):
            return result
        turns = [turn for turn in _TURNS.split(text) if turn.strip()]
        if len(turns) < 2:
            return result
        claimed: dict[str, int] = {}
        ruled_out: dict[str, int] = {}
        for k, turn in enumerate(turns):
            decided = self._map_english(turn)
            said = decided.labels if isinstance(decided, Match) else ()
            claimed.update(dict.fromkeys(said, k))
            reading = self._read(self._parts_spelt(plain_form(turn)))
            if any(scope.kind == "negated" for scope in reading.scopes):
                ruled_out.update(dict.fromkeys(
                    (lb for lb in reading.lost if lb not in said), k))
        taken_back = [lb for lb in result.labels
                      if lb in claimed and ruled_out.get(lb, -1) > claimed[lb]]
        if not taken_back:
            return result
        note = f"not ticked: {', '.join(taken_back)} (ruled out after it was said)"
        reason = "; ".join(filter(None, (result.reason, note)))
        kept = tuple(lb for lb in result.labels if lb not in taken_back)
        if not kept:
            return Vetoed(result.line, reason)
        return replace(result, labels=kept, reason=reason)

    def _weighed(self, result: Match | Review | Unmatched | Vetoed
                 ) -> Match | Review | Unmatched | Vetoed:
        """The rules' ticks with the second opinion's doubts taken off (:mod:`._second_opinion`):
        a doubted label is not ticked and the reason says how likely the model found it, and
        so is a label the line ticks only because a doubted one brings it ([implies]); a line
        left with no tick goes to review. A decision made there becomes the user's phrase,
        and a label a user's phrase ticks is never judged."""
        if self.second_opinion is None or not isinstance(result, Match):
            return result
        plain, named = self.named_features(result.line)
        yours = self._users_labels(plain)
        doubted = self.second_opinion.doubted(
            plain, [label for label in result.labels if label not in yours], named)
        doubted |= self._brought_only_by(doubted, result.labels, {*named, *yours})
        if not doubted:
            return result
        note = "not ticked: " + ", ".join(
            f"{label} (second opinion: {chance:.2f} that the line gives the car this)"
            for label, chance in doubted.items())
        return self._doubting(result, tuple(doubted), "second opinion", note)

    def _rivalled(self, result: Match | Review | Unmatched | Vetoed
                  ) -> Match | Review | Unmatched | Vetoed:
        """The rules' ticks without a label whose rival the line also names ([rivals]: a
        two-wheel drive beside an all-wheel one, as in "booked AWD, got a FWD Corolla" or
        "listed as FWD, it is AWD"). One car cannot have both, so the line speaks of two cars
        or corrects itself, and which is this car's is for a person to say: the label goes
        to review with its rival named, and the line's other ticks stand. A label the user's
        own phrase ticks is never doubted."""
        if not self._rivals or not isinstance(result, Match):
            return result
        plain = plain_form(result.line)
        yours = self._users_labels(plain)
        rivals = {label: found.group() for label in result.labels
                  if label not in yours and (rival := self._rivals.get(label)) is not None
                  and (found := rival.search(plain))}
        if not rivals:
            return result
        note = "not ticked: " + ", ".join(f"{label} (the line also names {word!r}, which rules "
                                          f"it out)" for label, word in rivals.items())
        return self._doubting(result, tuple(rivals), "rival", note)

    def _doubting(self, result: Match, doubted: tuple[str, ...], by: str, note: str
                  ) -> Match | Review:
        """``result`` with the ``doubted`` labels taken off for review, the ``note`` saying
        why; a line left with no tick goes to review whole."""
        reason = "; ".join(filter(None, (result.reason, note)))
        kept = tuple(label for label in result.labels if label not in doubted)
        if result.doubted:
            doubted, by = (*result.doubted, *doubted), f"{result.doubted_by} and {by}"
        if kept:
            return replace(result, labels=kept, reason=reason, doubted=doubted, doubted_by=by)
        return Review(result.line, (*result.labels, *result.doubted), by, self.review_above,
                      reason)

    def _declined_taken_off(self, result: Match | Review | Unmatched | Vetoed
                            ) -> Match | Review | Unmatched | Vetoed:
        """The decision without the labels the user turned down on this line in review
        (``never_for``): its other ticks stand, and a line left with nothing is ruled out."""
        if not self._never_for or not isinstance(result, Match | Review):
            return result
        plain = plain_form(result.line)
        declined = [label for label in result.labels
                    if any(p.search(plain) for p in self._never_for.get(label, ()))]
        if not declined:
            return result
        note = "not ticked: " + ", ".join(f"{label} (your decision)" for label in declined)
        kept = tuple(label for label in result.labels if label not in declined)
        if not kept:
            return Vetoed(result.line, f"your decision: not {', '.join(declined)}")
        return replace(result, labels=kept,
                       reason="; ".join(filter(None, (result.reason, note))))

    def _users_labels(self, plain: str) -> set[str]:
        """The labels the user's own phrases tick on the line (their review decisions)."""
        return {label for rule in self._rules_in(plain)
                if rule.kind == "user" and rule.pattern.search(plain) for label in rule.labels}

    def _brought_only_by(self, doubted: dict[str, float], labels: tuple[str, ...],
                         said: set[str]) -> dict[str, float]:
        """Labels not said on the line, ticked only because doubted labels bring them
        ("memory seats" brings power seats): doubted with the chance of what brings them."""
        brought = {}
        for label in labels:
            sources = [d for d in labels if label in self.table.implies.get(d, ())]
            if label not in said and sources and all(d in doubted for d in sources):
                brought[label] = max(doubted[d] for d in sources)
        return brought

    def named_features(self, text: str) -> tuple[str, dict[str, tuple[str, ...]]]:
        """The line's plain form and, per label, the words that name it there before any
        scope rules anything out: where the second opinion reads around each tick. The raw
        line, not the English it may be read as, is what the model was trained on."""
        plain = plain_form(text)
        named: dict[str, tuple[str, ...]] = {}
        for label, words in self._labels(self._mask(plain), plain).hits:
            if words not in named.get(label, ()):
                named[label] = (*named.get(label, ()), words)
        return plain, named

    def _map_english(self, text: str) -> Match | Review | Unmatched | Vetoed:
        """One line of the table's English decided (see :meth:`map_line`); a question or a
        wish in it claims nothing (:meth:`_asked`), nor does a header row of column names."""
        if _header_row(text):
            return Unmatched(text, (), "a header row: column names claim nothing")
        plain = _furniture_read(text)
        if plain != text:
            return replace(self._map_english(plain), line=text)
        seated = read_seat_comforts(text)
        if seated != text:
            result = self._map_english(seated)
            return replace(result, line=text, reason="; ".join(filter(None, (
                f"seat comforts read as {seated!r}", result.reason))))
        judged = self._items_judged(text)
        if judged != text:
            result = self._map_english(judged)
            return replace(result, line=text, reason="; ".join(filter(None, (
                f"checklist items read by their verdicts: {judged!r}", result.reason))))
        note = _SERVICE_NOTE.search(text)
        if note is not None and not _NOT_IN_SERVICE.search(text):
            result = self._map_english(text[:note.start()] + text[note.end():])
            return replace(result, line=text, reason="; ".join(filter(None, (
                f"{note.group().strip()!r} read as a note of the service", result.reason))))
        accessories = self._accessory_heading(text)
        if accessories is not None:
            return accessories
        asked = self._asked(text)
        return asked if asked is not None else self._map_statement(text)

    def _items_judged(self, text: str) -> str:
        """``text`` with each sentence that is an inspection sheet's item (:data:`_SHEET_ITEM`)
        read as its heading and its last verdict, when what the inspector wrote names no
        feature but the heading's: the verdict is the feature's, whatever the notes say on
        the way to it ("Adjustable pedals: motor runs, pedals don't move - INOP" is
        "Adjustable pedals: INOP"; "Rear camera: was black, reconnected, now PASS" is a
        camera). Notes that name another feature or another part of it keep their own
        reading ("Heated seats: work, cooling INOP", "Rear A/C: INOP, front A/C cold"), and
        so does a sentence of several items ("A/C: INOP; Heat: OK")."""
        sentences = _SENTENCE_END.split(text)
        judged = [self._item_judged(sentence) for sentence in sentences]
        return text if judged == sentences else ". ".join(judged)

    def _item_judged(self, sentence: str) -> str:
        item = _SHEET_ITEM.fullmatch(sentence) if _VERDICT.search(sentence) else None
        if item is None:
            return sentence
        body = item.group("body")
        said = _VERDICT.findall(body)
        verdicts = [" ".join(v.split()).lower() for v in said]
        if not verdicts or body.strip() == said[-1]:
            return sentence
        if (_SOME_WORKS.search(body) if verdicts[-1] in _FAILING_VERDICTS
                else not _put_right_since(body, verdicts)):
            return sentence
        head = set(self._labels(self._mask(plain_form(item.group("head"))), "").labels)
        notes = set(self._labels(self._mask(plain_form(body)), "").labels)
        if not head or notes not in (set(), head):
            return sentence
        return f"{item.group('head')}: {said[-1]}"

    def _accessory_heading(self, text: str) -> Match | None:
        """A line headed by a dealer's "Acc" for accessories ("Acc: assist steps installed")
        read as its list of accessories, when that list names features; else ``None`` (the
        heading may be adaptive cruise's checklist item, "ACC: Y")."""
        read = _ACCESSORY_ACC.sub(r"\1accessories", text, count=1)
        if read == text:
            return None
        result = self._map_english(read)
        if not isinstance(result, Match):
            return None
        return replace(result, line=text, reason="; ".join(filter(None, (
            f"'acc' read as accessories: {read!r}", result.reason))))

    def _asked(self, text: str) -> Match | Review | Vetoed | None:
        """A line that asks about or wishes for a feature ("does it have heated seats?",
        "looking for one with a sunroof") claims nothing for that clause; its statements
        ("it has AWD, does it have nav?") and answers ("yes it has heated seats") are decided
        on their own. The reason names what the asked clauses did not tick."""
        parts = asked_parts(text)
        if not any(part.asked or part.answered for part in parts):
            return None
        results = [self._map_statement(part.text) for part in parts]
        said = [r for part, r in zip(parts, results, strict=True) if not part.asked]
        reasons = [r.reason for r in said if r.reason]
        for part, result in zip(parts, results, strict=True):
            if part.asked == REFUTED:
                continue
            if part.asked:
                named = getattr(result, "labels", ())
                what = f"not ticked: {', '.join(named)} " if named else ""
                how = {ANOTHER_CAR: "said of", RETRACTED: "said in", COVERED: "in",
                       UNSEEN: "said of", WITHDRAWN: "in", MISSPOKEN: "in",
                       LACKING: "in", PLANNED: "in", HELP: "in"}.get(
                           part.asked, "asked,")
                reasons.append(f"{what}({how} {part.asked}: {part.text.strip()!r})")
        reason = "; ".join(reasons)
        review = [r for r in said if isinstance(r, Review)]
        # a suite named alone in one clause ticks nothing there, as on any line, and holds
        # back none of the others: "does it have EyeSight? yes it has EyeSight and blind spot
        # detection" ticks the blind spot; nor does a clause read only through unsure
        # shorthand, which a line not parted would not tick beside its matches either
        # ("Model 3 long-term: what we'd add: a HUD. Heated rear seats": no lounge seats)
        matched = any(isinstance(r, Match) for r in said)
        if review and not (matched and all(r.reason.startswith(_SUITE_ALONE)
                                           or r.method == "shorthand" for r in review)):
            return Review(text, tuple(dict.fromkeys(lb for r in review for lb in r.labels)),
                          review[0].method, review[0].score, reason)
        too = self._had_too(parts)
        if too:
            reasons.append(f"this car's too: {', '.join(too)} (said by a pronoun)")
            reason = "; ".join(reasons)
        refuted = self._refuted(parts)
        if refuted:
            reasons.append(f"this car's: {', '.join(refuted)} (a fault or a lack claimed, "
                           f"then found untrue)")
            reason = "; ".join(reasons)
            too = [*too, *refuted]
        # a feature the speaker takes back by name is not ticked where they said it before
        withdrawn = {lb for part, r in zip(parts, results, strict=True)
                     if part.asked == WITHDRAWN for lb in getattr(r, "labels", ())}
        labels = tuple(lb for lb in dict.fromkeys([*(lb for r in said if isinstance(r, Match)
                                                     for lb in r.labels), *too])
                       if lb not in withdrawn)
        if not labels:
            return Vetoed(text, reason)
        return Match(text, labels, "synonym", SURE, reason)

    def _refuted(self, parts: list) -> list[str]:
        """What a claim said was faulty and a finding says works ("heated seats claimed
        INOP; found both working"), or the writer said was missing and takes back ("I said
        it had no power liftgate, but it does"): the labels the claim's clause names, fault
        or lack and all."""
        had = []
        for part in parts:
            if part.asked == REFUTED:
                reading = self._read(plain_form(part.text))
                had += [*reading.found.labels, *reading.lost]
        return had

    def _had_too(self, parts: list) -> list[str]:
        """What another car has that this car has too, said by a pronoun after it ("rivals
        charge extra for a sunroof; ours came with one", "last year's model lacked wireless
        charging, but our tester had it"), or what a listing's retracted claim named that the
        car has ("ad omitted the sunroof, the car has one"): the labels the clause names. A
        package a retracted claim names is not read for its contents: the pronoun names the
        package, whose contents are the table's guess ("ad doesn't mention the tech pack, car
        has it")."""
        had = []
        for before, part in itertools.pairwise(parts):
            if (before.asked in (ANOTHER_CAR, RETRACTED) and not part.asked
                    and _HAS_IT.search(part.text) and not _DENIES.search(part.text)):
                reading = self._read(plain_form(before.text))
                if before.asked == RETRACTED and self._labels(
                        reading.masked, reading.line).method == "package":
                    continue
                had += [*reading.found.labels, *reading.lost]
        return had

    def _map_statement(self, text: str) -> Match | Review | Unmatched | Vetoed:
        """One line (or clause) that asks nothing decided (see :meth:`map_line`)."""
        by_sentence = self._headed_sentences(text)
        if by_sentence is not None:
            return by_sentence
        contents = self._package_contents_ruled_out(text)
        if contents is not None:
            return contents
        ruled_out = (self._ruled_out_by_heading(text) or self._requirement_unmet(text)
                     or self._warranty_terms(text))
        if ruled_out is not None:
            return ruled_out
        product = _PRODUCT_HEADING.match(text)
        # not a feature's own protection ("Advanced Airbag Protection: front, side")
        if product is not None and not self._read(plain_form(product.group())).found.labels:
            return Vetoed(text, f"a protection product's list: {product.group().strip()!r}")
        line = self._parts_spelt(plain_form(text))
        direct = self._read(line)
        found = direct.found
        if any(scope.kind == "uncertain" for scope in direct.scopes) and direct.lost:
            sure, doubted = self._sure_beside_doubt(text)
            if sure:
                return Match(text, sure, found.method, SURE, "matched where no doubt reaches"
                             + (f"; not ticked: {', '.join(doubted)} (uncertain in its own "
                                f"sentence)" if doubted else ""))
            return Review(text, (*found.labels, *direct.lost), "uncertain", self.review_above,
                          direct.ruled_out)
        extra, doubt = self._read_shorthand(line, direct)
        if doubt is not None and doubt.labels == found.labels:
            return Review(text, doubt.labels, "shorthand", self.review_above, doubt.reason)
        labels = (*self._unsuppressed(found.labels, extra.labels),
                  *(lb for lb in extra.labels if lb not in found.labels))
        if doubt is not None and not labels:
            return Review(text, doubt.labels, "shorthand", self.review_above, doubt.reason)
        if labels:
            unsure = (f"not ticked: {', '.join(doubt.labels)} ({doubt.reason})"
                      if doubt is not None and doubt.labels else "")
            reason = "; ".join(filter(None, (found.reason, extra.reason, direct.ruled_out,
                                             unsure)))
            score = PACKAGE_TABLE if found.method == "package" else SURE
            return self._judged(text, labels, found.method, score, reason)
        if found.guessed is not None:
            return Review(text, found.guessed, "package", PACKAGE_TABLE - 1,
                          f"{_SUITE_ALONE}: {found.guessed_name!r}")
        if direct.lost or (direct.scopes and not _words(direct.kept)):
            return Vetoed(text, direct.ruled_out)
        if direct.masked != line and not _words(direct.masked):
            return Vetoed(text)
        if _PACKAGE_WORDS.search(direct.kept):
            return Review(text, (), "package", 0.0, "package without contents")
        return self._fuzzy(text, direct)

    def _ruled_out_by_heading(self, text: str) -> Vetoed | None:
        """A list under a heading that rules out what follows it ("Declined options:
        sunroof, nav", "Option not taken: navigation", "Removed by dealer: running boards"):
        none of it is ticked. Only a heading of cue words and words for "options" (not "No
        accidents: ..."), naming no feature itself, and not a doubt (an "Optional
        equipment:" column lists what the car has). "Deleted: power liftgate, fog lamps" rules
        out its whole list, as "Missing:", "Not included:" and "Options deleted:" do, and a
        package ruled out its contents ("Tech package not ordered: HUD, 360 camera")."""
        heading, colon, rest = text.partition(":")
        if not colon or not has_words(rest):
            return None
        head = plain_form(heading)
        scopes = find_scopes(head)
        if any(s.cue in OWING and owed_delivered(plain_form(text).split(), (s.start, s.end))
               for s in scopes):
            return None  # "We owe: bed liner + hitch. Both done 3/14"
        if _MODEL_YEAR.match(rest.strip()):
            return None  # a car described under it, no list of parts: "DEL: 2021 Venza, JBL"
        words = head.split()
        said = {w for scope in scopes for w in (*scope.cue.split(), *(
            w for w in words[scope.start:scope.end] if w.endswith(_PARTICIPLE)))}
        listing = set(_words(head)) - said
        directions = {direction_of(s) for s in scopes}
        # a package ruled out heads its contents ("Technology pkg not ordered: HUD, 360 cam")
        package = bool(_PACKAGE_WORDS.search(head))
        # a cue whose object is not in the heading has the list for its object: "What you
        # lose with this trim: Bose, sunroof", "Gives up:" (not "No accidents:")
        objectless = any(not s.words and direction_of(s) in {"after", "either"}
                         for s in scopes)
        # a part still owed heads its list too ("Pending: hitch receiver", "On order, not
        # fitted: block heater"), when the heading opens with it
        if not _NOT_HERE_HEADING.search(heading) and (
                not scopes or any(s.kind == "uncertain" and not (
                s.cue in OWING and head.startswith(s.cue)) for s in scopes)
                or directions & {"one", "one before"}
                or (not package and not objectless and not self._opens_with_cue(head, scopes)
                    and not self._ends_with_cue(head, scopes)
                    and not _DENIES_LISTING.search(head)
                    and (not listing <= _LIST_HEADING or self._read(head).lost))):
            return None
        # the list ends with its clause: "Removed for 2024: power liftgate; heated steering
        # wheel carried over" keeps the wheel, and with its sentence: "Declined: tow hitch
        # ($650). Otherwise has heated seats"
        listing_part, semicolon, after = _clause_partition(rest)
        listed = self._read(plain_form(listing_part))
        labels = (*listed.found.labels, *listed.lost)
        if not labels:
            return None
        reason = (f"not ticked: {', '.join(labels)} (under the heading "
                  f"{heading.strip()!r}: {'; '.join(s.reason for s in scopes)})")
        if not (semicolon and has_words(after)):
            return Vetoed(text, reason)
        tail = self._map_statement(after)
        if isinstance(tail, Match | Review):
            return replace(tail, line=text, reason="; ".join(filter(None, (tail.reason,
                                                                            reason))))
        return Vetoed(text, reason)

    def _package_contents_ruled_out(self, text: str) -> Match | Review | Unmatched | Vetoed | None:
        """A package its clause removes or negates takes its contents listed in brackets
        after it with it ("-$2,520 Tech Package removed at customer request (HUD, 360
        camera)", "no EyeSight (adaptive cruise, lane keep)"): the line is decided without
        them, and the reason names them. ``None`` when no such package is in the line."""
        for said in _CONTENTS.finditer(text):
            scopes = find_scopes(plain_form(said.group("clause")))
            if not any(s.kind in {"negated", "deleted"} and self._names_package(s.words)
                       for s in scopes):
                continue
            labels = self._read(plain_form(said.group("contents"))).found.labels
            if not labels:
                continue
            rest = text[:said.end("clause")] + text[said.end():]
            result = self._map_statement(rest)
            reason = f"not ticked: {', '.join(labels)} (contents of a package ruled out)"
            if isinstance(result, Match | Review):
                return replace(result, line=text, reason="; ".join(filter(None, (
                    result.reason, reason))))
            return Vetoed(text, reason)
        return None

    def _warranty_terms(self, text: str) -> Unmatched | None:
        """A line that gives a warranty's terms after the car's name ("Outlander PHEV:
        10-year/100,000-mile powertrain warranty") says nothing of the car's equipment: the
        name's "PHEV" ticks nothing there, as it does on a line that lists the build. ``None``
        when the terms name a feature, or the line is no such line."""
        heading, colon, terms = text.partition(":")
        if not colon or not _WARRANTY.search(terms) or _WARRANTY.search(heading):
            return None
        reading = self._read(plain_form(terms))
        if reading.found.labels or reading.lost:
            return None
        return Unmatched(text, (), f"a warranty's terms: the car named before them "
                                   f"({heading.strip()!r}) claims no equipment")

    def _names_package(self, words: str) -> bool:
        """Words naming a package: by a package word ("Tech Pkg") or by a maker's name for
        its suite ("Honda Sensing", "EyeSight")."""
        return bool(_PACKAGE_WORDS.search(words)) or any(
            rule.kind in ("package", "guessed") and rule.pattern.search(words)
            for rule in self._rules_in(words))

    def _requirement_unmet(self, text: str) -> Vetoed | None:
        """A feature that requires a trim or package the line says this car is not ("Heated
        rear seats require Premium Plus; this unit is Premium"): not on the car. Met ("...
        require Premium Plus; this unit is Premium Plus") the line maps as it is."""
        said = _UNMET.search(text)
        if said is None:
            return None
        need, have = (" ".join(_words(plain_form(said.group(g))))
                      for g in ("need", "have"))
        need = re.sub(rf"\s+(?:{'|'.join(_LEVEL_NOUNS)})$", "", need)
        labels = self._read(plain_form(said.group("feature"))).found.labels
        if not labels or need == have:
            return None
        return Vetoed(text, f"not ticked: {', '.join(labels)} (requires {need!r}; this car is "
                            f"{have!r})")

    def _opens_with_cue(self, head: str, scopes: list[Scope]) -> bool:
        """Whether a heading opens with a cue that rules out what it names, not a bare
        negation of a noun ("No accidents:"), and names no feature itself: "Not available on
        LX:", "Removed for 2025:", "Declined port accessory:" head their lists whatever
        their other words (a trim, a year, where the part came from)."""
        first = scopes[0]
        if not head.startswith(first.cue) or direction_of(first) == "after":
            return False
        return not self._names_feature(head)

    def _ends_with_cue(self, head: str, scopes: list[Scope]) -> bool:
        """Whether a heading ends with a cue that rules out what comes before it and names
        no feature itself: what it rules out is the list after its colon ("Offered at time
        of order but not selected:", "Shown in the brochure, not fitted:")."""
        last = scopes[-1]
        if (not head.endswith(last.cue) or direction_of(last) not in ("before", "either")
                # a participle of ordering or fitting ("not selected", "declined"), not an
                # answer ("Veloster N:", "True or false:"), nor one that says what befell
                # the heading's own noun ("Off-lease, returned:", "Warranty, lapsed:")
                or last.cue.split()[-1] not in _ORDERING
                or last.kind not in ("negated", "deleted")):
            return False
        before = head[:len(head) - len(last.cue)].split()
        # the cue opens its clause after an order's occasion: nothing of its own before it,
        # neither an object ("engine seized:") nor a denial ("Nothing missing:"), and no
        # product sold beside the car ("Gap insurance offered, not selected:")
        return (bool(before) and before[-1] in _CLAUSE_OPENERS and bool(_ORDER_WORDS & set(before))
                and not _SOLD_BESIDE & set(before) and not self._names_feature(head))

    def _names_feature(self, head: str) -> bool:
        """Whether a heading names a feature, or one it rules out."""
        reading = self._read(head)
        return bool(reading.lost or reading.found.labels)

    def _headed_sentences(self, text: str) -> Match | Review | Vetoed | None:
        """A line of sentences one of which is a list under a heading that rules out ("Extras:
        Bose, panoramic roof. Missing: spare key"): each sentence is read on its own, so the
        heading's cue reaches neither back into the sentence before nor past its own list. A
        sentence for review puts the line up for review; what any sentence rules out is not
        ticked."""
        sentences = [part for part in _SENTENCE_END.split(text) if has_words(part)]
        # a heading that rules out ends at the next sentence's own heading ("Features NOT
        # included: nav, sunroof. Included: CarPlay, backup cam")
        if len(sentences) < 2 or not (
                any(_cue_heading(s) for s in sentences[1:])
                or (_cue_heading(sentences[0]) and any(_heading(s) for s in sentences[1:]))):
            return None
        results = [self.map_line(sentence) for sentence in sentences]
        reasons = "; ".join(r.reason for r in results if r.reason)
        review = [r for r in results if isinstance(r, Review)]
        if review:
            return Review(text, tuple(dict.fromkeys(lb for r in review for lb in r.labels)),
                          review[0].method, review[0].score, reasons)
        labels = tuple(dict.fromkeys(lb for r in results if isinstance(r, Match)
                                     for lb in r.labels))
        if not labels:
            return Vetoed(text, reasons)
        return Match(text, labels, "synonym", SURE, reasons)

    def _sure_beside_doubt(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The labels of a line's sentences that no doubt reaches: a seller's "verify" or
        "believed" doubts its own sentence ("2.0 TDI - cloth; sat-nav believed to be RNS 315,
        verify" is sure of the diesel). Only when every doubting sentence names what it doubts
        ("Sat nav; TBC" doubts the sat nav), or opens the line, or asks a question that names
        nothing ("Bot: I'm not sure. Sales: it has a wireless charger.", "... a backup camera.
        Anything else I can help with?"); a label any doubting sentence names is not sure."""
        # (a part asked alone keeps its doubt once its "?" ends a sentence: "carplay? its a
        # 2013")
        sentences = [part for clause in _CLAUSE_END.split(_bare_questions_doubted(text))
                     for part in _LOWER_SENTENCE_OPENS.split(clause) if has_words(part)]
        if len(sentences) < 2:
            return (), ()
        sure: list[str] = []
        doubted: dict[str, None] = {}
        for k, sentence in enumerate(sentences):
            reading = self._read(plain_form(sentence))
            if any(scope.kind == "uncertain" for scope in reading.scopes):
                names_nothing = not reading.lost and not _PACKAGE_WORDS.search(reading.masked)
                if names_nothing and (k == 0 or "?" in sentence or _judges_own_clause(reading)):
                    continue
                if names_nothing and not all(
                        s.cue in OWING for s in reading.scopes if s.kind == "uncertain"):
                    return (), ()
                doubted.update(dict.fromkeys((*reading.lost, *reading.found.labels)))
            else:
                # ... and what its shorthand adds, where its readings agree ("PW PL cruise")
                extra, doubt = self._read_shorthand(plain_form(sentence), reading)
                sure.extend((*reading.found.labels,
                             *(extra.labels if doubt is None else ())))
        return tuple(dict.fromkeys(lb for lb in sure if lb not in doubted)), tuple(doubted)

    def _unsuppressed(self, labels: tuple[str, ...], by: tuple[str, ...]) -> tuple[str, ...]:
        """``labels`` without those a label ``by`` hides ("adaptive cruise control" read
        through shorthand is not also "Cruise Control")."""
        return tuple(lb for lb in labels
                     if not any(lb in self.table.suppress.get(o, ()) for o in by))

    def _fuzzy(self, text: str, direct: _Reading) -> Review | Match | Unmatched | Vetoed:
        """The fallback: the table phrase the whole line most resembles, if close enough."""
        best = process.extractOne(direct.kept, self._fuzzy_list, scorer=fuzz.ratio,
                                  score_cutoff=self.review_above)
        if best and _words(direct.kept):
            label, score = self._fuzzy_choices[best[0]], round(float(best[1]), 1)
            if direct.scopes:  # a line that rules something out is never ticked by likeness
                return Review(text, (label,), "fuzzy", score,
                              f"resembles {best[0]!r} ({score:.0f}%); {direct.ruled_out}")
            return self._judged(text, (label,), "fuzzy", score,
                                f"resembles {best[0]!r} ({score:.0f}%)")
        if direct.masked != direct.line and not direct.scopes:
            return Vetoed(text)
        if direct.scopes:
            return Unmatched(text, self.suggest(direct.kept),
                             f"no phrase of the table; {direct.ruled_out}")
        return Unmatched(text, self.suggest(text))

    def _read(self, line: str) -> _Reading:
        """``line`` with never-phrases and ruled-out scopes masked, and what the rest says."""
        items = self._mask(line, f" {MASKED_ITEM} ")
        masked = items.replace(MASKED_ITEM, ",")  # word for word as ``items``
        scopes = find_scopes(items)
        if scopes:
            scopes = find_scopes(items, self._phrase_words(masked), self._label_words)
        kept = mask_scopes(masked, scopes) if scopes else masked
        kept = " , ".join([kept, *self._in_place(masked, scopes, line),
                           *_heads_lent(masked, scopes)])
        # what is left once the line's first item is ruled out is the rest of a list, not
        # a head and its modifiers ("heated seats inop , both sides , cruise" has cruise),
        # and so is what is left of a line that was a list ("air , tilt , cruise , sunroof
        # delete"); its next item keeps the comma that parts it from the ruled-out one
        # ("power locks inop , air , cruise": "air" is an item of the list)
        words = masked.split()
        first = next((s for s in scopes if s.start == 0), None)
        listed = first is not None or (bool(scopes) and not self._read_as_modifiers(masked))
        after_item = first is not None and first.end < len(words) and words[first.end] == ","
        found = self._labels(f", {kept}" if after_item else kept, line, listed=listed)
        ruled, lost = "", ()
        if scopes:
            found = self._denied(found, scopes, line, masked)
            if other_side := _other_side_left(masked, scopes):
                left = self._labels(" , ".join(other_side), line)
                found = replace(found, labels=tuple(dict.fromkeys((*found.labels, *left.labels))),
                                hits=(*found.hits, *left.hits))
            lost = tuple(lb for lb in self._labels(masked, line).labels
                         if lb not in found.labels)
            ruled = "; ".join(s.reason for s in scopes)
            ruled = f"not ticked: {', '.join(lost)} ({ruled})" if lost else ruled
        return _Reading(line, masked, tuple(scopes), kept, found, ruled, lost)

    def _in_place(self, masked: str, scopes: list[Scope], line: str) -> list[str]:
        """What took a removed part's place, read with that part's noun when it names a
        feature the part did not: "halogen headlamps replaced by LED projectors" also reads
        "led projectors headlamps" (LED headlights); "sunroof replaced by a solid panel" reads
        nothing (the new panel is no sunroof, whatever noun it takes)."""
        places = []
        for scope in scopes:
            place = _taking_place(masked, scope)
            if not place:
                continue
            old = set(self._labels(scope.words, line).labels)
            new = set(self._labels(place, line).labels)
            if new and not new & old:
                places.append(place)
        return places

    def _denied(self, found: _Found, scopes: list[Scope], line: str, masked: str) -> _Found:
        """``found`` without the labels a scope's own words name in the same words: a
        feature the line rules out is not ticked for naming it again ("pkg 2 - heated seats,
        moonroof (moonroof deleted)"); another wording is another feature ("keyless start
        only (keyless go entry not included)"). A row ruled out alone ("heated seats: front
        no, rear yes") rules out the labels of that row. A feature said to fail or to be taken
        out is not ticked for another wording of it either ("4WD light on, 4x4 inoperable",
        "ultrasonic parking sensors removed; vision park assist")."""
        said = {lb: {h for lb2, h in found.hits if lb2 == lb} for lb in found.labels}
        # a scope's words read as said alone: "rear heated seats inop , front heated seats
        # work" rules out the rear seats, not the front ones the line names elsewhere
        by_scope = [(scope, self._labels(scope.words, scope.words).hits) for scope in scopes]
        ruled = {(lb, h) for _, hits in by_scope for lb, h in hits}
        # named again in the same words, and in no other: "no enhanced autopilot - basic
        # autopilot only (traffic-aware cruise)" keeps the cruise
        denied = {lb for lb, words in said.items()
                  if words and words <= {h for lb2, h in ruled if lb2 == lb}}
        denied |= {lb for scope, hits in by_scope for lb, _ in hits
                   if lb in said and scope.cue in _FAILED_OR_REMOVED
                   and not _fitted_after(masked, scope, said[lb])}
        denied |= {lb for scope in scopes for lb, h in found.hits
                   if _names_head_again(scope.words, h, scope.kind)}
        # nor is it brought back as what another label implies: "no power seats , heated ,
        # memory" has memory seats, not the power seats they usually bring
        negated = {lb for scope, hits in by_scope if scope.kind == "negated" for lb, _ in hits}
        denied |= {lb for lb in found.labels if not said[lb] and lb in negated}
        # nor for naming the place it would fill: "fog light openings have covers, no fog
        # lamps" has no fog lights
        denied |= {lb for lb in found.labels if lb in negated and said[lb]
                   and all(re.search(rf"\b{re.escape(h)} {_PLACE_FOR}", masked)
                           for h in said[lb])}
        # what came instead of a ruled-out feature is another kind of it, not it: "no USS
        # (ultrasonic sensors) - vision park assist instead" has no parking sensors
        if ruled and " instead" in line:
            instead = {lb for part in line.split(" , ") if part.split()[-1:] == ["instead"]
                       for lb in self._labels(part, line).labels}
            denied |= {lb for lb, _ in ruled if lb in said and lb in instead}
        rows = {scope.words for scope in scopes if scope.words in _ROWS}
        denied |= {lb for lb in found.labels if rows & set(lb.lower().split())}
        if not denied:
            return found
        hits = tuple((lb, h) for lb, h in found.hits if lb not in denied)
        reason = ("matched " + ", ".join(dict.fromkeys(repr(h) for _, h in hits))
                  if hits else "")
        return replace(found, labels=tuple(lb for lb in found.labels if lb not in denied),
                       hits=hits, reason=reason if found.method != "package" else found.reason)

    def _phrase_words(self, line: str) -> frozenset[int]:
        """Indexes of the words of ``line`` that some phrase of the table matches."""
        starts = [m.start() for m in re.finditer(r"\S+", line)]
        covered: set[int] = set()
        for rule in self._rules_in(line):
            for m in rule.pattern.finditer(line):
                covered.update(k for k, at in enumerate(starts) if m.start() <= at < m.end())
        return frozenset(covered)

    def _read_shorthand(self, line: str, direct: _Reading) -> tuple[_Found, _Found | None]:
        """Labels the line's shorthand adds, and doubt when its readings disagree.

        Of the line's readings (:meth:`Shorthand.readings`), those that add labels are the
        evidence: the reading that forms the most phrases, when every other forms only some
        of them, ticks its labels if each is confirmed (:meth:`_confirmed`)
        ("htd mirrs" -> "heated mirrors"); a label read from one expanded word alone
        ("sun visor" as "sunroof visor") or readings that disagree go to review. A label the
        line rules out is never brought back by a reading, and a reading that drops a label
        the line ticks as written puts the line up for review."""
        informative: list[tuple[_Found, dict[str, str], str]] = []
        for text, read in self.shorthand.readings(line, misspelt=self._word_by_word(direct)):
            reading = self._read(text)
            found = reading.found
            dropped = [lb for lb in direct.found.labels
                       if lb not in found.labels and self._really_dropped(lb, reading, line)
                       and not any(lb in self.table.suppress.get(o, ()) for o in found.labels)]
            if dropped:  # read in full, the line says less: "6 way mnl seat" is manual
                words = ", ".join(f"{k!r} as {v!r}" for k, v in read.items())
                return _Found(), _Found(direct.found.labels, reason=(
                    f"shorthand unsure (reading {words} drops {', '.join(dropped)})"))
            added = tuple(lb for lb in found.labels
                          if lb not in direct.found.labels and lb not in direct.lost)
            if added:
                informative.append((_Found(added, found.method, found.hits), read, text))
        if not informative:
            return _Found(), None
        informative.sort(key=lambda item: -len(item[0].labels))
        first, read, reading = informative[0]
        # a reading that forms fewer phrases is no evidence against one that forms more
        # ("strg" as "starting" forms none); readings that form different ones disagree
        agree = all(set(f.labels) <= set(first.labels) for f, _, _ in informative)
        words = ", ".join(f"{k!r} as {v!r}" for k, v in read.items())
        # each label is confirmed on its own: "lane dep alert" is lane departure however
        # "dyn" is read; when readings disagree, only a label they all form can be
        # a label any reading confirms is confirmed: "tele strg" read as "telescop starting"
        # and as "telescop steering" is telescoping by the second
        sure = tuple(lb for lb in first.labels
                     if (agree or all(lb in f.labels for f, _, _ in informative)
                         or _undisputed(lb, first, read, informative))
                     and any(self._confirmed(lb, hit, r, t) for f, r, t in informative
                             for lb2, hit in f.hits if lb2 == lb))
        union = tuple(dict.fromkeys(lb for f, _, _ in informative for lb in f.labels))
        why = "one shortened word alone" if agree else "readings disagree"
        doubt = _Found(tuple(lb for lb in union if lb not in sure),
                       reason=f"shorthand unsure ({why}): {words}")
        if sure:
            hits = tuple((lb, hit) for lb, hit in first.hits if lb in sure)
            return (_Found(sure, first.method, hits, reason=f"shorthand read: {words}"),
                    doubt if doubt.labels else None)
        return _Found(), doubt

    def _word_by_word(self, direct: _Reading) -> bool:
        """Whether misspelt words are read one by one: not in a line that is one table
        phrase misspelt as a whole ("navigatoin sytsem"), which is judged by its likeness
        to the phrase (sure enough, it ticks; else review); a line that rules something out
        is never ticked by likeness, so its words are read."""
        return bool(direct.scopes) or process.extractOne(
            direct.kept, self._fuzzy_list, scorer=fuzz.ratio,
            score_cutoff=self.review_above) is None

    def _really_dropped(self, label: str, reading: _Reading, line: str) -> bool:
        """A reading that splits a word in two ("multifunction" as "multi function") drops
        ``label`` only when what it reads rules the label out (a scope, an "unless"); a
        longer reading merely stretching a table phrase's gap past its limit is no evidence
        ("heated multifunction sport steering wheel")."""
        if len(reading.line.split()) == len(line.split()):
            return True
        unless = self._unless.get(label)
        return label in reading.lost or bool(unless and unless.search(reading.line))

    def _confirmed(self, label: str, hit: str, read: dict[str, str], reading: str) -> bool:
        """A phrase read through shorthand is trusted when it spans two words or more ("heated
        mirrors" from "htd mirrs"), or its one word is the skeleton of five letters or more
        ("moonrf") or of four consonants without a vowel that fit one word only ("lthr"), or
        a skeleton or prefix of four letters or more with another word of the line that belongs
        to the label ("tele strg": "steering" is a word of Telescoping Steering Wheel); "dyna
        torque" read as Dynaudio is not, nor "disc" whose letters merely occur in "distronic"."""
        words = hit.split()
        # a compound whose words are all the label's own (or a package's noun) is the
        # label's name run together ("TonneauCover", "MoonroofPkg": "tonneau" and "moonroof"
        # are not taken from it), not another word split
        compounds = [word for short, word in read.items()
                     if self.shorthand.fit(short)[0] == "compound"
                     and not set(word.split()) <= self._context.get(label, set()) | _PACKAGE]
        if _splits_compound(hit, reading, compounds):
            return False  # "roadside asst" is not a "side assist"
        # an initial read with the word it is joined to names what the two name together:
        # "htd sts , r/cam" read as "rear camera" has a backup camera, no heated rear seats
        if any(_read_words(short, word) & set(words)
               and label not in self._read(word).found.labels
               for short, word in read.items() if "/" in short):
            return False
        if len(words) >= 2:
            return True
        sources = [short for short, word in read.items() if word == words[0]]
        if not sources:
            return True
        fits = [(len(short), self.shorthand.fit(short)) for short in sources]
        if all(kind == "misspelt" for _, (kind, _) in fits):
            return True  # "navagation", "sunrof": one table word alone is this close
        if all(size >= 5 and kind == "skeleton" for size, (kind, _) in fits):
            return True  # "moonrf": five consonants or more of one word are that word
        if all(size == 4 and kind == "skeleton" and len(found) == 1 and short == skeleton(short)
               for short, (size, (kind, found)) in zip(sources, fits, strict=True)):
            return True  # "lthr", "snrf": four consonants, no vowel, one word only
        if _beside_figures_only(words[0], reading) and all(
                size >= 3 and kind in ("skeleton", "letters") and len(found) == 1
                for size, (kind, found) in fits):
            return True  # "6.7l dsl", "2.0l trbo i4": an engine's size and one word
        fits = [(size, kind) for size, (kind, _) in fits]
        shaped = all(size >= 4 and kind in ("skeleton", "prefix") for size, kind in fits)
        others = set(reading.split()) - {words[0]} - _FILLER
        return shaped and bool(others & self._context.get(label, set()))

    def _judged(self, text: str, labels: tuple[str, ...], method: str,
                score: float, reason: str) -> Match | Review:
        """Sure enough to tick, or put up for review: one threshold for every kind of match."""
        if score >= self.tick_above:
            return Match(text, labels, method, score, reason)
        return Review(text, labels, method, score, f"below confidence ({score:.0f}): {reason}")

    def suggest(self, text: str, limit: int = 3) -> tuple[tuple[str, float], ...]:
        """The labels ``text`` most resembles, best first (for review and reports)."""
        line = plain_form(text)
        found: dict[str, float] = {}
        for choice, score, _ in process.extract(line, list(self._fuzzy_choices),
                                                scorer=fuzz.WRatio, limit=limit * 8):
            found.setdefault(self._fuzzy_choices[choice], round(float(score), 1))
        return tuple(list(found.items())[:limit])

    def map_lines(self, lines: list[StickerLine], car: str | None = None) -> MappingWithReview:
        """Every line's decision. A line that ticks some labels and doubts others is both
        matched and put up for review (its doubted labels only); ``car`` is the vehicle the
        lines were read from (see :meth:`map_line`). A run maps the same maker's wording on
        vehicle after vehicle, and a decision depends only on the line, what of it is said
        of another car than this one (nothing, on nearly every line) and this service's
        tables, so each distinct line is decided once per service and such reading (up to
        :data:`_REMEMBERED_LINES`)."""
        matches, unmatched, review, vetoed, reasons = [], [], [], [], {}
        for line in lines:
            key = (line.text, _others_said(line.text, car))
            result = self._decided.get(key)
            if result is None:
                result = self._decided_apart(*key)
                if len(self._decided) >= _REMEMBERED_LINES:
                    self._decided.clear()
                self._decided[key] = result
            reasons[line.text] = result.reason
            if isinstance(result, Match):
                matches.append(result)
                if result.doubted:
                    review.append(Review(result.line, result.doubted, result.doubted_by,
                                         result.score, result.reason))
            elif isinstance(result, Review):
                review.append(result)
            elif isinstance(result, Vetoed):
                vetoed.append(result.line)
            else:
                unmatched.append(result)
        return MappingWithReview(matches, unmatched, review, vetoed, reasons)

    def _mask(self, line: str, boundary: str = " , ") -> str:
        """The line with every vetoed phrase replaced by a boundary no phrase can cross."""
        for pattern in self._never:
            line = pattern.sub(boundary, line)
        return line

    def _rules_in(self, text: str) -> list[_Rule]:
        """The rules that may match ``text``, in the table's order (:class:`PhraseIndex`)."""
        return self._rule_index.candidates(text)

    def _names_feature(self, text: str) -> bool:
        """Whether a phrase of the table (not a package) is found in ``text``: "backup camera ,
        cruise , tilt wheel" is a list, not a camera with modifiers."""
        return any(rule.pattern.search(text) for rule in self._rules_in(text)
                   if rule.kind in ("synonym", "user"))

    def _read_as_modifiers(self, line: str) -> bool:
        """A "Noun, modifiers" line is read by its head alone ("steering wheel , heated ,
        leather wrapped"), unless the head names a feature or the line is a list."""
        return (_modifiers_only(line) and not self._names_feature(_head(line))
                and self._parts_naming_features(line) < 2)

    def _under_heading(self, line: str) -> bool:
        """A heading over a list: the head names no feature and two of the parts after it
        name one on their own ("climate concierge , heated front , heated rear"); its parts
        are not the head's modifiers, unless one part is modifiers only ("front seats ,
        leather , heated and ventilated")."""
        parts = line.split(" , ")[1:]
        if any(set(_words(part)) <= _COMFORT_WORDS for part in parts):
            return False
        return (self._parts_naming_features(line) >= 2
                and not self._names_feature(_head(line)))

    def _parts_naming_features(self, line: str) -> int:
        """How many parts after the head name a feature on their own (seats a dealer
        leaves unnamed included: "heated rear")."""
        return sum(self._names_feature(" , ".join([part, *_elided_seats(part)]))
                   for part in line.split(" , ")[1:])

    def _labels(self, masked: str, line: str, *, listed: bool = False) -> _Found:
        reordered = [] if self._under_heading(masked) else _reordered(masked,
                                                                      self._names_feature)
        head = _head(masked)
        raw = head if not listed and self._read_as_modifiers(masked) else masked
        text = " , ".join([raw, *reordered, *_distributed(masked), *_elided_seats(masked),
                           *_attributes_said(masked, self.shorthand.targets),
                           *_comfort_after_seats(masked),
                           *_shared_head(masked, self.shorthand.targets),
                           *_coordinated_packages(masked),
                           *_everything_listed(masked, self._names_feature)])
        hits = [_Hit(m.start(), m.end(), rule) for rule in self._rules_in(text)
                for m in rule.pattern.finditer(text)]
        packages = [h for h in hits if h.rule.kind in ("package", "guessed")]
        packages = [h for h in packages if not any(_longer(o, h) for o in packages)]
        named = [(h, lb) for h in hits if h.rule.kind not in ("package", "guessed")
                 for lb in h.rule.labels]
        named = [(h, lb) for h, lb in named if not any(
            o.overlaps(h) and lb in self.table.suppress.get(olb, ()) for o, olb in named)]
        fixed = [p for p in packages if p.rule.kind == "package"]
        listed = _lists_contents(text, fixed, named)
        labels = [lb for _, lb in named]
        if fixed and not listed:
            labels += [lb for p in fixed for lb in p.rule.labels]
        labels = [lb for lb in dict.fromkeys(labels) if not self._cancelled(lb, line)]
        labels = [*labels, *(lb for lb in self._implied(labels) if not self._cancelled(lb, line))]
        matched = tuple((lb, text[h.start:h.end]) for h, lb in named if lb in labels)
        guessed = [p for p in packages if p.rule.kind == "guessed"]
        if fixed and not listed and any(lb in p.rule.labels for p in fixed for lb in labels):
            names = ", ".join(repr(text[p.start:p.end]) for p in fixed)
            return _Found(tuple(labels), "package", matched,
                          reason=f"package {names} expanded from the table")
        method = "user" if any(h.rule.kind == "user" for h, _ in named) else "synonym"
        reason = ("matched " + ", ".join(dict.fromkeys(repr(t) for _, t in matched))
                  if matched else "")
        if guessed and not labels:
            name = text[guessed[0].start:guessed[0].end]
            return _Found((), method, (), guessed=tuple(guessed[0].rule.labels),
                          guessed_name=name)
        return _Found(tuple(labels), method, matched, reason=reason)

    def _parts_spelt(self, line: str) -> str:
        """``line`` with the parts a maker's suite lists by their initials spelt as the
        table's phrase they abbreviate: "tss 2.0 , radar cruise , lda , pcs" reads "... ,
        lane departure , pre collision", before any shorthand is guessed ("lda" is no "load").
        Only after a suite or a package is named, where such codes are its parts; elsewhere
        "pcs" may be pieces, and a code before it is the car's own ("KDSS , ... , block heater
        , cold area pkg": no Keyless Drive)."""
        items = line.split(" , ")
        named = next((k for k, item in enumerate(items) if self._names_package(item)), None)
        if named is None:
            return line
        return " , ".join(item if k <= named else self._abbreviated(item) or item
                          for k, item in enumerate(items))

    def _abbreviated(self, item: str) -> str:
        """The table phrase a list item of one unknown code abbreviates: the initials of the
        phrase's words, then at most two initials of a system's generic words ("ldws": lane
        departure warning system; "rdm": road departure mitigation), or ``""``."""
        code = item.strip()
        if (not _PART_CODE.fullmatch(code) or self._names_feature(code)
                or english_frequencies().get(code, 0) >= _COMMON_WORD):
            return ""
        for tail in range(_LONGEST_TAIL + 1):
            initials, generic = code[:len(code) - tail], code[len(code) - tail:]
            phrase = self._initialisms.get(initials, "") if len(initials) >= 2 else ""
            # a thing's name takes no system's words after it: "SRS" is no "sun roof system"
            if phrase and set(generic) <= _GENERIC_INITIALS and not (
                    generic and phrase.split()[-1] in _THINGS):
                return phrase
        return ""

    def _implied(self, labels: list[str]) -> list[str]:
        """What the ``labels`` bring on every car and are not yet among them ([implies]: a
        dual-zone climate control is the car's air conditioning)."""
        return list(dict.fromkeys(lb for found in labels for lb in self.table.implies.get(found, ())
                                  if lb not in labels))

    def _cancelled(self, label: str, line: str) -> bool:
        """Whether ``label``'s "unless" rules it out on ``line``. In a list whose parts name
        features of their own ("heated leather , moonroof , 3rd row") it is read only in the
        parts that name ``label``: the third row is not what is heated. A line that is not
        such a list ("seats , heated rear outboard") is read whole."""
        unless = self._unless.get(label)
        if not unless:
            return False
        parts = line.split(" , ")
        listed = sum(self._names_feature(part) for part in parts) >= 2
        own = [part for part in parts if any(
            rule.pattern.search(part) for rule in self._rules_in(part) if label in rule.labels)]
        if not unless.search(line):
            # a list's own parts all ruled out, whatever another part says ("rear seat
            # heaters , front and rear parking sensors": the front is the sensors')
            return listed and bool(own) and all(unless.search(part) for part in own)
        if not listed:
            return True
        return not own or any(unless.search(part) for part in own)

    # saving ----------------------------------------------------------------------------
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


def _undisputed(label: str, first: _Found, read: dict[str, str],
                informative: list[tuple[_Found, dict[str, str], str]]) -> bool:
    """Whether readings that disagree disagree about other words than ``label``'s: every
    reading that reads its words as ``first`` does forms it, and no reading that reads them
    otherwise forms another label from them ("p/s , running bds": "bds" as "badges" forms
    nothing, so Running Boards stands whether "p/s" is power seats or power steering; "h/
    seats" as "hide seats" forms leather, so Heated Front Seats does not). A label matched
    several ways is judged by the words of any one of them."""
    return any(_undisputed_hit(label, set(hit.split()), read, informative)
               for lb, hit in first.hits if lb == label)


def _undisputed_hit(label: str, hit_words: set[str], read: dict[str, str],
                    informative: list[tuple[_Found, dict[str, str], str]]) -> bool:
    """:func:`_undisputed` for the words of one matched phrase."""
    own = {short for short, word in read.items() if _read_words(short, word) & hit_words}
    if not own:
        return False
    for found, other, _ in informative:
        if all(other.get(short) == read[short] for short in own):
            if label not in found.labels:
                return False
            continue
        words = {w for short in own for w in _read_words(short, other.get(short, ""))}
        if any(lb != label and lb in found.labels and words & set(hit.split())
               for lb, hit in found.hits):
            return False
    return True


def _read_words(short: str, word: str) -> set[str]:
    """The words a reading put in place of ``short``, not those it kept: "rear" of "r/camera"
    read as "rear camera"."""
    return set(word.split()) - set(short.split("/"))


# a heading that says its list is not on this car, whatever else it says: "optional features
# NOT on this car:", "Standard on EX, not on this LXS:", "Feature unavailable on this trim:",
# "Available Packages (not on this vehicle):"
_NOT_HERE_HEADING = re.compile(
    r"\b(?:not\s+(?:installed\s+|equipped\s+|fitted\s+|included\s+|available\s+|present\s+)?"
    r"|unavailable\s+)(?:on|in|with|for)\s+(?:(?:this|your)\s+[\w-]+"
    # ... or a valuation's car and a decoder's: "OPTIONS NOT PRESENT ON LOSS VEHICLE:",
    # "Options not present on loss:", "not on vehicle:"
    r"|(?:the\s+)?(?:loss|insured|subject)(?:\s+(?:vehicle|car|unit))?"
    r"|(?:the\s+)?(?:vehicle|car|unit|vin))\W*$", re.IGNORECASE)


def _clause_partition(text: str) -> tuple[str, str, str]:
    """``text`` parted at its first ";", sentence end or heading of what is added
    (:data:`_LIST_END`), as :meth:`str.partition` does."""
    end = _LIST_END.search(text)
    if end is None:
        return text, "", ""
    return text[:end.start()], end.group() or ";", text[end.end():]


def _header_row(text: str) -> bool:
    """Whether ``text`` is an export's header row: cells (parted by tabs, wide gaps, ";" or
    "|") of which at least two name a record's own fields (stock, VIN, year, model, price)
    and none holds a yes/no answer; the feature columns beside them name what each car's row
    will answer, and claim nothing."""
    cells = [cell.strip().lower() for cell in _CELL_BREAK.split(text) if cell.strip()]
    fields = sum(cell in _RECORD_FIELDS for cell in cells)
    return (len(cells) >= _LEAST_HEADER_CELLS and fields >= _LEAST_CELLS
            and not any(cell.split()[-1] in _CELL_ANSWERS for cell in cells))


def _heading(sentence: str) -> bool:
    """Whether ``sentence`` opens with a short heading of its own ("Included:")."""
    heading, colon, _ = sentence.partition(":")
    return bool(colon) and 0 < len(heading.split()) <= 3


def _cue_heading(sentence: str) -> bool:
    """Whether ``sentence`` opens with a short heading that rules out ("Missing:", "Not
    fitted:", "Deleted options:")."""
    heading, colon, _ = sentence.partition(":")
    return bool(colon) and len(heading.split()) <= 3 and bool(find_scopes(plain_form(heading)))


def _names_head_again(ruled_out: str, hit: str, kind: str) -> bool:
    """Whether a ruled-out stretch is the head noun of a feature named before, alone or
    right before its cue: "engine block heater -- heater not available" rules out the
    block heater; "panoramic roof, roof rails removed" names rails, not the roof. A lack or
    a removal names it with its article too ("except the liftgate", "took the heater out");
    what replaced a part does not ("swapped the cloth for leather seats, heated")."""
    words, named = ruled_out.split(), hit.split()
    if kind in ("negated", "deleted") and words[:1] in (["the"], ["its"]):
        words = words[1:]
    return (len(named) > 1 and bool(words) and words[0] == named[-1]
            and (len(words) == 1 or words[1] in CUE_WORDS))


# a writer's "I think" that has a statement of its own, which no word points back from at the
# car's equipment: "... adaptive LEDs. I think this is the one" doubts the choice, not the
# LEDs ("I think so", "I think it has all of them" still doubt what came before)
_OPINION_CUES = frozenset({"think", "believe", "guess", "reckon"})
_POINTS_BACK = frozenset({"it", "has", "have", "had", "they", "them", "those", "these", "all",
                          "both", "everything", "so", "equipped", "fitted", "comes", "came",
                          "included", "not"})


def _judges_own_clause(reading: _Reading) -> bool:
    """Whether every doubt of ``reading`` (one sentence naming no feature) is an opinion
    followed by a statement of its own (:data:`_OPINION_CUES`, :data:`_POINTS_BACK`)."""
    words = reading.line.split()
    for scope in reading.scopes:
        if scope.kind != "uncertain":
            continue
        if scope.cue not in _OPINION_CUES:
            return False
        said = words[words.index(scope.cue) + 1:]
        if len(said) < 3 or _POINTS_BACK.intersection(said):
            return False
    return True


def _lists_contents(text: str, packages: list[_Hit], named: list[tuple[_Hit, str]]) -> bool:
    """A package line lists its contents when it names two options or more besides the
    package ("Co-Pilot360: BLIS, Lane-Keeping System"), or any after a colon or bracket;
    "EyeSight w/ Lane Centering" is the suite plus one more feature. A package that does
    not head the line is one of its items: options none of which it brings are the line's
    other items, not its contents ("EX-L - Honda Sensing, power tailgate, heated seats")."""
    outside = {lb for h, lb in named if not any(h.overlaps(p) for p in packages)}
    after_colon = any(text.startswith(" ,", p.end) for p in packages)
    lists = len(outside) >= 2 or (bool(outside) and after_colon)
    if any(_heads(text[:p.start]) for p in packages):
        return lists  # the package heads the line: what follows it is its contents
    brought = {lb for p in packages for lb in p.rule.labels}
    return lists and bool(outside & brought)


def _heads(before: str) -> bool:
    """A package heads its line when nothing but the make or a year comes before it:
    "Lincoln Co-Pilot360 2.0 Plus - Active Park Assist 2.0, ..." lists the suite's parts."""
    return all(w in _maker_words() or w.isdigit() for w in re.findall(r"[a-z0-9]+", before))


def _longer(other: _Hit, hit: _Hit) -> bool:
    """An overlapping longer package name hides a shorter one ("co pilot360 plus")."""
    return other.overlaps(hit) and (other.end - other.start) > (hit.end - hit.start)


def _beside_figures_only(word: str, reading: str) -> bool:
    """Whether every other word of ``reading`` is a figure ("6.7l", "i4", "20in"): the one
    word read is all the line names."""
    others = [w for w in reading.split() if w not in {word, ",", "/"}]
    return bool(others) and all(any(c.isdigit() for c in w) for w in others)


def _splits_compound(hit: str, reading: str, compounds: list[str]) -> bool:
    """Whether the phrase ``hit`` is in ``reading`` only by taking one word of a compound
    read as two ("roadside" as "road side") without the other: then it is not in the line.
    "powerwindows powerlocks" still holds "power windows" with "powerlocks" joined again."""
    def bounded(text: str) -> str:
        return rf"(?<![a-z0-9]){re.escape(text)}(?![a-z0-9])"

    if not compounds or not re.search(bounded(hit), reading):
        return False
    joined = reading
    for compound in compounds:
        if compound not in hit:
            joined = re.sub(bounded(compound), compound.replace(" ", ""), joined)
    return not re.search(bounded(hit), joined)


def _abbreviations_of(table: SynonymTable) -> set[str]:
    """The table's own short one-word phrases ("lkas", "bsm", "nav"): already shortened, so
    never what a sticker's shorthand stands for ("lks" is locks, not lkas)."""
    return {p for ps in table.labels.values() for p in ps
            if p.isalpha() and len(p) <= _LONGEST_ABBREVIATION}


def _words(text: str) -> list[str]:
    return [w for w in text.split() if w not in {",", "/"}]


def _reordered(line: str, names_feature: Callable[[str], bool]) -> list[str]:
    """GM's "Noun, modifiers" wording read the usual way round as well.

    "seats , heated driver and front passenger" also reads as "heated driver and front
    passenger seats" and, by its first word, "heated seats"; after a longer
    first part its last word is the noun ("leather front seats , heated and ventilated").
    A part that names a feature by a noun of its own is read alone, not as the head's
    modifiers: "roof stored in the trunk , power windows" has no "power trunk", and "heated
    seats , rear camera" no heated rear seats; modifiers alone still modify the head
    ("steering wheel , heated leather").
    """
    head, *rest = line.split(" , ")
    if not rest or _PACKAGE_WORDS.search(head):
        return []
    if len(head.split()) > 3:
        # a longer first part whose last two words name a feature ("CT6 with Super Cruise")
        # is a statement of its own, not a heading noun for the parts after it
        if names_feature(" ".join(head.split()[-2:])):
            return []
        head = head.split()[-1]
    variants = []
    noun = head.split()[-1] if head.split() else ""
    # a part naming the head's noun again is an item of its own, not the head's modifiers:
    # "heated front seats; rear seats not heated"
    for part in (p for p in rest if p.strip() and noun not in p.split()
                 and not _opens_noun_phrase(p)):
        if not set(_words(part)) <= _READ_ON_THE_HEAD and names_feature(part):
            variants += [part, *_leading_modifiers_on_head(part, head, names_feature)]
            continue
        variants.append(f"{part} {head}")
        first = part.split()[0]
        if first in _READ_ON_THE_HEAD:
            variants.append(f"{first} {head}")
    return variants


def _leading_modifiers_on_head(part: str, head: str,
                               names_feature: Callable[[str], bool]) -> list[str]:
    """A catalogue's modifiers of its head noun that a further feature follows: "mirror assy
    , inner rear view with auto dimming and homelink" is an auto-dimming mirror and a
    HomeLink, so the words before the first "and", naming nothing alone, still modify the
    head ("inner rear view with auto dimming mirror assy")."""
    leading, joined, _ = part.partition(" and ")
    if not joined or not leading.strip() or names_feature(leading):
        return []
    return [f"{leading} {head}"]


_MODEL_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")


def _modifiers_only(line: str) -> bool:
    """A "Noun, modifiers" line whose modifiers are read only with their noun: a short head
    and short parts ("steering wheel , heated , leather wrapped" is a heated, leather-wrapped
    steering wheel: "leather wrapped" alone is not leather seats). "/" is not a word: "power
    tilt / telescoping" is one short part. A part naming the head's noun again is an item
    of its own ("tilt steering wheel , heated steering wheel"). A head naming a model year
    ("mazda3 2010 , manual windows , ac") is the car, not a noun its parts modify."""
    head, *rest = line.split(" , ")
    noun = head.split()[-1:]
    return (bool(rest) and len(_words(head)) <= 3 and not _PACKAGE_WORDS.search(head)
            and not _MODEL_YEAR.search(head)
            and all(0 < len(_words(part)) <= 3 and not set(noun) & set(part.split())
                    for part in rest))


def _head(line: str) -> str:
    return line.split(" , ")[0]


def _elided_seats(line: str) -> list[str]:
    """Seats a dealer leaves unnamed: "htd / vent frt", "heated rear", "heated front / rear
    leather", "heated / ventilated leather" at the end of a part are seats (nothing else is
    heated and ventilated by row or trimmed in leather), and so is "heated / cooled" alone
    (:data:`_HEAT_AND_COOLING`) or a comfort listed beside the seats' trim or another seat
    (:data:`_COMFORT_BESIDE_SEATS`); "1st row" is the front."""
    variants = []
    for m in _ELIDED_SEATS.finditer(line):
        if m.group("material"):  # "htd / vent lthr": heated, ventilated leather seats
            if not _TRIMMED_NOT_SEATS.search(line):  # "steering wheel , heated leather"
                variants.append(f"{m.group('comfort')} {m.group('material')} seats")
            continue
        rows = re.split(r" (?:/|and|plus) ", m.group("rows"))
        variants += [f"{m.group('comfort')} {_row_named(row)}{m.group('trim') or ''} seats"
                     for row in rows]
    variants += [f"{m.group('after') or m.group('before')} front seats"
                 for m in _COMFORT_BESIDE_SEATS.finditer(line)]
    for m in _HEAT_AND_COOLING.finditer(line):
        row = m.group("row") or m.group("after")
        variants.append(f"heated / ventilated {_row_named(row) if row else 'front'} seats")
    return variants


def _distributed(line: str) -> list[str]:
    """A modifier read over both nouns it governs: "heated front seats and steering wheel"
    also reads as "heated steering wheel" (not when the second noun has its own modifier).
    A clause may go on after a short second noun: "heated wheel and seats on all day"."""
    shared = []
    for m in _DISTRIBUTED.finditer(line):
        noun = m.group(3).split()
        noun = noun[:next((k for k, word in enumerate(noun) if word in _GOES_ON_AFTER_NOUN),
                          len(noun))]
        if (0 < len(noun) <= _LONGEST_SHARED and noun[0] not in _MODIFIERS
                and not _opens_noun_phrase(m.group(3))
                and not (m.group(1) == "power" and _SEAT.search(m.group(3))
                         and not _SEAT.search(m.group(2)))):
            shared.append(f"{m.group(1)} {' '.join(noun)}")
    return shared


def _taking_place(line: str, scope: Scope) -> str:
    """The part named after a removal or replacement cue as what took the ruled-out part's
    place ("headlights swapped out for a LED kit" -> "led kit"), with that part's noun
    ("led kit headlights"); "" when the cue is not followed so."""
    words, cue = line.split(), scope.cue.split()
    if (scope.kind not in ("replaced", "deleted") or not scope.words
            or words[scope.end - len(cue):scope.end] != cue):
        return ""
    k = scope.end
    if cue[-1] not in _TAKING_PLACE | {"to"}:  # "converted to", "swapped to"
        if k >= len(words) or words[k] not in _TAKING_PLACE:
            return ""
        k += 1
    new = []
    for word in words[k:]:
        if word in (",", "and", "/"):
            break
        if word not in _ARTICLES:
            new.append(word)
    return f"{' '.join(new)} {scope.words.split()[-1]}" if new else ""


# the side or the row a part is named by, and the one whose working leaves the part on the
# car: the other side of its row, or the front for a rear part (a front part that fails
# leaves no generic one: "heated seats F [ ] R [x]" has no heated front seats)
_OTHER_SIDE = {"driver": {"passenger", "passengers"}, "drivers": {"passenger", "passengers"},
               "passenger": {"driver", "drivers"}, "passengers": {"driver", "drivers"},
               "left": {"right"}, "right": {"left"}, "rear": {"front"}}
_SIDES = frozenset(_OTHER_SIDE)
_SIDE_WORDS = frozenset({"side", "one", "still", "is", "are", "seat", "seats", "unit", "only",
                         "works", "working", "fine", "ok", "good", "cold", "cool", "blows",
                         "heats", "warm"})
_SIDE_SAID = 5


def _heads_lent(line: str, scopes: list[Scope]) -> list[str]:
    """A part of modifiers alone after a ruled-out feature, read with that feature's noun:
    "cooled seats inop both sides , heated" also reads "heated seats" (masking the cooled
    seats would leave "heated" with no noun). A part that is ruled out itself lends
    nothing ("heated rear seats: N / ventilated: N" has no ventilated seats)."""
    words = line.split()
    ruled = {k for scope in scopes for k in range(scope.start, scope.end)}
    variants = []
    for scope in scopes:
        noun = scope.words.split()[-1:]
        if not noun or noun[0] in _READ_ON_THE_HEAD:
            continue
        commas = [k for k in range(scope.end, len(words)) if words[k] == ","]
        for start, end in itertools.pairwise([*commas, len(words)]):
            said = words[start + 1:end]
            if (said and set(said) <= _READ_ON_THE_HEAD | {"and", "/"}
                    and not ruled & set(range(start + 1, end))):
                variants.append(f"{' '.join(said)} {noun[0]}")
    return variants


def _other_side_left(line: str, scopes: list[Scope]) -> list[str]:
    """A failing part named with its side or row, and another side said right after it
    that nothing rules out, read without that side: "driver heated seat dead, passenger
    side still works" still reads "heated seat", "rear A/C blows hot, front still cold"
    still reads "A/C"; the side that fails is no longer the car's ("rear A/C" is ruled out).
    (The other side's "works" or "fine" is no longer on a read line: it names no feature.)"""
    words = line.split()
    ruled = {k for scope in scopes for k in range(scope.start, scope.end)}
    left = []
    for scope in scopes:
        failed = scope.words.split()
        sides = _SIDES & set(failed)
        comma = next((k for k in range(scope.end, min(scope.end + 3, len(words)))
                      if words[k] == ","), None)
        if scope.kind != "negated" or not sides or comma is None or {"and", "or"} & set(failed):
            continue  # (one part only: "no premium audio and the rear seats are not heated")
        end = next((k for k in range(comma + 1, len(words)) if words[k] == ","), len(words))
        other = words[comma + 1:end]
        if (other and any(other[0] in _OTHER_SIDE[side] for side in sides)
                and len(other) <= _SIDE_SAID
                and set(other[1:]) <= set(failed) | _SIDE_WORDS
                and not ruled & set(range(comma + 1, end))):
            after = max(k for k, w in enumerate(failed) if w in sides) + 1
            left += [" ".join(failed[after:]), " ".join(w for w in failed if w not in sides)]
    return left


def _fitted_after(line: str, scope: Scope, hits: set[str]) -> bool:
    """Whether every other wording of a removed part is in what the line says was fitted in
    its place ("stock bedliner removed, bed sprayed with a spray-in liner", "factory remote
    start removed when an aftermarket remote starter was installed"): the new part stands."""
    clauses = f" {' '.join(line.split()[scope.end:])} ".split(" , ")
    # the clause that names the new part: the one right after the cue ("removed for a
    # Momo wheel") or one that says it was fitted ("bed sprayed with a spray-in liner"),
    # not a later clause ("... , SRS light is on" is the old part's warning)
    fitted = [c for k, c in enumerate(clauses)
              if (k == 0 and set(c.split()[:1]) & _TAKING_PLACE) or set(c.split()) & _FITTED]
    return bool(fitted) and all(hit in " , ".join(fitted) for hit in hits)


def _opens_noun_phrase(part: str) -> bool:
    """Whether ``part`` opens with an article, a noun phrase of its own that a modifier or a
    head before it does not reach ("and a rear-seat screen", "and the mirrors fold"; "a / c"
    is no article)."""
    words = part.split()
    if words[:1] and words[0] in ("and", "or", "but", "plus"):
        words = words[1:]
    return bool(words) and words[0] in _ARTICLES and words[1:2] != ["/"]


def _attributes_said(line: str, vocabulary: frozenset[str]) -> list[str]:
    """Comfort said of a seat in prose or listed before or after it, read with the seat:
    "front seats that heat, cool and massage" also reads as "heated front seats", "cooled
    front seats" and "massage front seats"; "heated, cooled and massaging front seats" and
    "front seats heated / cooled / massage" as each of them (the comma would otherwise part
    "heated" off its seats, the slash "cooled" off them); "heated and power folding side
    mirrors" as "heated side mirrors". The seat is its noun and the
    words before it the table knows ("our second row": "second row")."""
    variants = [f"{_ATTRIBUTE_FORM.get(a, a)} {_row_named(row)} seats"
                for m in _ROWS_SHARED.finditer(line)
                for row in re.split(r" (?:and|/|,) ", m.group("rows"))
                for a in re.findall(_ATTRIBUTE, m.group("attrs"))]
    for m in (*_SAID_AFTER.finditer(line), *_LISTED_AFTER.finditer(line),
              *_LISTED_BEFORE.finditer(line), *_JOINED_BEFORE.finditer(line)):
        *before, noun = m.group("noun").split()
        while before and (before[-1] in vocabulary or before[-1] in _SEAT_KINDS):
            noun = f"{before.pop()} {noun}"
        for attribute in re.findall(rf"{_ATTRIBUTE_AFTER}|power|memory", m.group("attrs")):
            variants.append(f"{_ATTRIBUTE_FORM.get(attribute, attribute)} {noun}")
    return variants


def _comfort_after_seats(line: str) -> list[str]:
    """Comfort said in a part of its own right after a part naming seats, read with those
    seats: "leather trimmed seats , heated up front" also reads "heated front seats", and
    "2nd row captains chairs , heated" reads "heated 2nd row captains chairs" (a list's
    later part, where the head's "Noun, modifiers" reading does not reach). Without a place
    of its own it is read only after a rear row's seats: the front seats' "seats , heated"
    is the table's own phrase."""
    parts = line.split(" , ")
    variants = []
    for before, part in itertools.pairwise(parts):
        said = _COMFORT_AFTER.match(part)
        seats = before.split()
        nouns = [w for w in seats if w in _SEAT_NOUNS]
        row = said.group("row") if said else None
        # a row of its own names the seats of the part before wherever their noun stands
        # ("heated seats front and rear , massage and ventilation front")
        if said is None or not nouns or (not row and (seats[-1] not in _SEAT_NOUNS
                                                      or not _REAR_ROW.search(before))):
            continue
        seat = (f"{'rear' if row == 'back' else _row_named(row)} {nouns[-1]}" if row
                else " ".join(seats if len(seats) <= _LONGEST_HEAD
                              else seats[-_LONGEST_SHARED:]))
        variants += [f"{_ATTRIBUTE_FORM.get(a, a)} {seat}"
                     for a in re.findall(_ATTRIBUTE, said.group("attrs"))]
    return variants


def _initialisms(table: SynonymTable) -> dict[str, str]:
    """The initials of the table's phrases of two words or more, each to its phrase, where
    the phrases with those initials all name one label ("ld": "lane departure"). Only the
    labels a suite or a package brings: what a suite lists ("lx" is Line-X, a bed liner, and
    "LXS" a trim, never a suite's part)."""
    brought = {lb for labels in (*table.packages.values(), *table.guessed.values())
               for lb in labels}
    owners: dict[str, dict[str, str]] = {}
    for label, phrases in table.labels.items():
        for phrase in phrases if label in brought else ():
            words = phrase.split()
            if len(words) >= 2 and all(word.isalpha() for word in words):
                initials = "".join(word[0] for word in words)
                owners.setdefault(initials, {}).setdefault(label, phrase)
    return {initials: next(iter(by.values())) for initials, by in owners.items() if len(by) == 1}


# the car's every part said to work by motor: "power everything"
_EVERYTHING = re.compile(r"\bpower everything\b")


def _everything_listed(line: str, names_feature: Callable[[str], bool]) -> list[str]:
    """"Power everything (windows, locks, six-way seat)": the "power" said of everything
    reaches each short item of the list that spells the everything out ("power six way
    seat"), not an item naming a feature of its own ("heated seats" is no power seat); the
    list ends at a longer part or one opening a clause of its own ("plus the power
    moonroof")."""
    found = _EVERYTHING.search(line)
    if not found:
        return []
    items = []
    for part in line[found.end():].split(" , ")[1:]:
        words = _words(part)
        if not 0 < len(words) <= _LONGEST_SHARED or words[0] in _FILLER | {"plus", "but"}:
            break
        if not names_feature(part):
            items.append(f"power {part}")
    return items


def _coordinated_packages(line: str) -> list[str]:
    """Two packages named under one package word: "trailer tow and hd electrical group" also
    reads as "trailer tow group" (the second is already read as written)."""
    return [f"{m.group(1)} {m.group(2)}" for m in _COORDINATED_PACKAGES.finditer(line)]


def _shared_head(line: str, vocabulary: frozenset[str]) -> list[str]:
    """One head, several attributes: "front seats with heat , cooling and memory" also reads
    as "heated front seats", "cooled front seats", "memory front seats".

    The head is what comes before "with" (or before the first comma), the attributes each
    part after it, split at commas, "and" and "/", of one word, or two of which the second
    only says "the function" ("power adjustment", "cooling functions"). A noun attribute
    is read in the form the table's phrases use ("heat" -> "heated", "ventilation" -> "ventilated",
    "cooling" -> "cooled"), found in the table's own ``vocabulary``, not in a list."""
    head, sep, rest = line.partition(" with ")
    if not sep:
        head, sep, rest = line.partition(" , ")
    head = head.strip(" ,")
    # "perfect position 30 way power front seats": the noun is what follows the way count;
    # a sentence's or a list's head is its last noun phrase ("we had 4matic and multicontour
    # front seats with massage and ventilation": "multicontour front seats"; "ev9 , 6
    # passenger , 2nd row captains chairs with heat": the row with its chairs), whole when
    # it is short enough to be one, else its last words
    last = re.split(r" , | and | (?:a|an|the) ", f" {head}")[-1].split()
    last = last if len(last) <= _LONGEST_HEAD else last[-_LONGEST_SHARED:]
    heads = [head, *(m.group(1) for m in [_WAY_COUNT.search(head)] if m),
             *([" ".join(last)] if len(head.split()) > _LONGEST_HEAD else [])]
    heads = [h for h in heads if h and not _PACKAGE_WORDS.search(h)
             and len(h.split()) <= _LONGEST_HEAD]
    if not sep or not heads:
        return []
    parts = [p.strip() for item in f" {rest} ".split(" , ") if not _names_own_noun(item)
             for p in re.split(r" and | / | with ", f" {item} ") if p.strip()]
    # an attribute named with a word for "the function" ("power adjustment", "cooling
    # function"); not with another noun ("power fold", "hitch view": features of their own)
    words = [p.split()[0] for p in parts
             if len(p.split()) == 1 or (len(p.split()) == 2 and p.split()[1] in _FUNCTION)]
    return [f"{_attribute_form(w, vocabulary)} {h}" for h in heads for w in words]


def _names_own_noun(item: str) -> bool:
    """Whether a list item is attributes sharing a noun of their own: "heated / ventilated
    seats" after "mirror with compass" is the seats', and its "heated" no attribute of the
    mirror (nor "heated and cooled cupholders" the head's); "heat and power recline" is
    the head's ("power recline" a function of it, no comfort sharing a noun)."""
    *shared, last = re.split(r" and | / ", f" {item.strip()} ")
    words = last.split()
    return (bool(shared) and len(words) > 1 and words[-1] not in _FUNCTION
            and all(re.fullmatch(_ATTRIBUTE, w.strip()) for w in [*shared, words[0]]))


# cues saying a feature fails or was taken out: no other wording on the line claims it
_FAILED_OR_REMOVED = frozenset({
    "inoperative", "inop", "inoperable", "broken", "faulty", "defective", "not working",
    "not functional", "not functioning", "not operational", "non functional",
    "non functioning", "non operational", "non working", "non op", "stuck", "removed",
    "disconnected", "deactivated", "de activated", "disabled", "taken out", "pulled out",
    "ripped out", "stripped out", "cut off", "taken off",
    # and what the line says still needs something to be a feature: "roof rails only;
    # requires crossbars for roof rack use" claims no roof rack
    "requires", "required", "requiring", "fob lost", "key lost", "remote lost", "misplaced",
    # a part that fails in plain words: "4WD light flashes, won't go into four wheel drive"
    "not go into", "not shift into", "not switch into", "shows nothing", "show nothing",
    "displays nothing", "shows an error", "shows error", "blown", "lost"})


_WARRANTY = re.compile(r"\bwarrant(?:y|ies)\b", re.IGNORECASE)  # a warranty's terms
# the words a list's heading uses for "these options", beside its cue ("options not
# included on this vehicle:")
# "X requires <trim or package>; this unit is <another>": what the car is, said after
_LEVEL_NOUNS = ("trim", "package", "pkg", "group", "grade", "level")
_UNMET = re.compile(
    r"^(?P<feature>[^;:,.]+?)\s+(?:requires?|required)\s+(?P<need>[^;,.]+?)\s*[;,.]\s*"
    r"(?:but\s+)?(?:this|the|our)\s+(?:unit|car|vehicle|truck|one|suv|van)\s+is\s+(?:an?\s+)?"
    r"(?P<have>[^;,.()]+?)\s*\.?$", re.IGNORECASE)
# a heading whose subject says its list is not there: "Odyssey LX window sticker does not
# list: leather, moonroof, nav", "this trim doesn't include:"
_DENIES_LISTING = re.compile(r"\b(?:does|do|did) not (?:list|include|have|show|offer|come with)$")
_LIST_HEADING = frozenset({"option", "options", "opt", "opts", "equipment", "feature",
                           "features", "item", "items", "extras", "extra", "accessories",
                           "on", "this", "vehicle", "car", "unit", "truck", "the", "following",
                           "by", "dealer", "factory", "customer", "at", "build", "currently",
                           "standard", "std", "equip", "are", "is", "were", "was",
                           "request", "requests"})
_ROWS = frozenset({"front", "rear"})  # the rows labels name ("Heated Rear Seats")
_PARTICIPLE = ("ed", "en")  # "option not taken:", the cue's verb
_FUNCTION = frozenset({"adjustment", "adjustments", "function", "functions", "feature",
                       "features", "setting", "settings", "capability", "mode", "modes"})


def _attribute_form(word: str, vocabulary: frozenset[str]) -> str:
    """``word`` as the table says it before a noun, when the table says it another way."""
    stems = [word, word[:-3] if word.endswith(("ing", "ion")) else "",
             word[:-2] if word.endswith("er") else "", word[:-1] if word.endswith("e") else ""]
    forms = [f"{stem}ed" for stem in stems if stem]
    return next((form for form in forms if form in vocabulary), word)


def _user_file(synonyms: str | Path | None) -> Path | None:
    if synonyms is not None:
        return Path(synonyms)
    named = os.environ.get(ENV_SYNONYMS)
    if named and not Path(named).is_file():
        raise SynonymsFileError(named, f"${ENV_SYNONYMS} names no readable file; create it or "
                                       f"unset ${ENV_SYNONYMS}")
    default = user_synonyms_path()
    return default if default.exists() else None


@functools.cache
def built_in_table() -> SynonymTable:
    """The shipped synonyms with every make's own names merged in."""
    data = resources.files("vautokit.vehicles") / "data"
    table = SynonymTable.from_toml(_parse((data / "synonyms.toml").read_text(),
                                          "built-in synonyms"), "built-in synonyms")
    for make, names in _parse((data / "makers.toml").read_text(), "makers' names").items():
        table = table.merged(SynonymTable.from_toml(names, f"makers' names of {make}"))
    return table


@functools.cache
def _table_words() -> frozenset[str]:
    """The words of the built-in table's plain phrases ("levinson", "nav", "bose"): written
    in full, whatever their frequency in English."""
    table = built_in_table()
    return frozenset(w for phrases in table.labels.values() for phrase in phrases
                     if not phrase.startswith("re:") for w in phrase.split() if len(w) > 2)


@functools.cache
def _longer_words() -> frozenset[str]:
    """The words an abbreviation before a stop may start (:func:`_starts_longer`), gathered
    once: the table's, the shorthand's and a sticker's headings'."""
    return _table_words() | _SHORTENED | _HEADING_WORDS


@functools.cache
def _maker_words() -> frozenset[str]:
    """The words of the makes' names: a make is never a misspelt feature ("Infiniti" is not
    Infinity audio)."""
    text = (resources.files("vautokit.vehicles") / "data" / "makers.toml").read_text()
    return frozenset(w for make in _parse(text, "makers' names")
                     for w in re.findall(r"[a-z]+", make.lower()))


def _read_table(path: Path) -> SynonymTable:
    return SynonymTable.from_toml(read_user_file(path), str(path))


def read_user_file(path: Path) -> dict:
    """A user synonyms file as data, refused (:class:`SynonymsFileError`, one line naming the
    file, label and phrase) when it is unreadable or would teach the mapping wrong."""
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise SynonymsFileError(path, f"not a readable TOML file ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise SynonymsFileError(path, f"not UTF-8 text (byte {exc.start}); save it as UTF-8, "
                                      f"a readable TOML file") from exc
    data = _parse(text, str(path))
    check_user_data(data, path)
    return data


def _parse(text: str, source: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("synonyms", source, f"valid TOML ({exc})") from exc
    except RecursionError as exc:
        raise SynonymsFileError(source, "nested too deeply to be valid TOML synonyms") from exc


# a hostile or careless user file -----------------------------------------------------------
_PHRASE_TABLES = ("combined", "packages", "guessed")  # phrase -> labels
_LABEL_TABLES = ("labels", "suppress", "implies", "never_for")  # label -> list of strings
_NEARLY_EVERY_LINE = 0.1  # a phrase matching more of the sample lines teaches nothing
_NONSENSE = "qzx vwk"
# "(a+)+", "(\w*)*", "(x|y+){2,}": a group with a repetition inside, itself repeated
_NESTED_REPEAT = re.compile(r"\((?:[^()]|\([^()]*\))*[+*}](?:[^()]|\([^()]*\))*\)\s*[+*{]")


def check_user_data(data: dict, path: object) -> None:
    """Refuse what would tick boxes wrongly: wrong types (a string where a list belongs),
    empty or punctuation-only phrases ("", "-", "-----"), a bare ``re:``, invalid regular
    expressions, and phrases that match every line or nearly every sample line."""
    unknown = set(data) - {*TABLES, "never"}
    if unknown:
        raise SynonymsFileError(path, f"only {_TABLES_NAMED} (found "
                                      f"{', '.join(sorted(map(str, unknown)))})")
    _check_list(data.get("never", []), path, "never", None)
    for phrase in data.get("never", []):
        _check_phrase(phrase, path, None)
    for name in (*_LABEL_TABLES, *_PHRASE_TABLES, "unless", "rivals"):
        table = data.get(name, {})
        if not isinstance(table, dict):
            raise SynonymsFileError(path, f"[{name}] must be a table, not {_kind(table)}")
        for key, value in table.items():
            if name in ("unless", "rivals"):
                _check_pattern(name, key, value, path)
                continue
            label = key if name in _LABEL_TABLES else None
            _check_list(value, path, f"[{name}] {key!r}", label)
            if name in ("labels", "never_for"):
                _check_label(key, path)
                for phrase in value:
                    _check_phrase(phrase, path, key)
            elif name in _PHRASE_TABLES:
                _check_phrase(key, path, None)
                for label in value:
                    _check_label(label, path)


def _check_list(value: object, path: object, where: str, label: str | None) -> None:
    if not isinstance(value, list):
        raise SynonymsFileError(path, f"{where} must be a list of phrases "
                                      f"[\"...\"], not {_kind(value)}", label=label)
    for item in value:
        if not isinstance(item, str):
            raise SynonymsFileError(path, f"{where} must hold text only, not {_kind(item)}",
                                    label=label, phrase=item)


def _check_label(label: object, path: object) -> None:
    if not isinstance(label, str) or not has_words(label):
        raise SynonymsFileError(path, "a label needs at least one word", label=str(label))


def _check_pattern(table: str, label: str, pattern: object, path: object) -> None:
    if not isinstance(pattern, str) or not pattern.strip():
        raise SynonymsFileError(path, f"[{table}] needs a regular expression", label=label)
    try:
        re.compile(pattern)
    except re.error as exc:
        raise SynonymsFileError(path, f"not a valid regular expression ({exc})", label=label,
                                phrase=pattern) from exc


def _check_phrase(phrase: str, path: object, label: str | None) -> None:
    """One phrase that can only tick what it names, or the reason it cannot."""
    if phrase.startswith("re:"):
        if not phrase[3:].strip():
            raise SynonymsFileError(path, "'re:' needs a regular expression after it",
                                    label=label, phrase=phrase)
        if _NESTED_REPEAT.search(phrase[3:]):
            raise SynonymsFileError(path, "a repetition inside a repetition can take forever "
                                          "to match; write it without one", label=label,
                                    phrase=phrase)
        try:
            pattern = compile_phrase(phrase)
        except ConfigError as exc:
            raise SynonymsFileError(path, f"not a valid regular expression ({exc.allowed})",
                                    label=label, phrase=phrase) from exc
        if pattern.search("") or pattern.search(_NONSENSE):
            raise SynonymsFileError(path, "matches every line; name the feature's words",
                                    label=label, phrase=phrase)
    elif not has_words(phrase):
        raise SynonymsFileError(path, "a phrase needs at least one word (not empty, '-' or "
                                      "punctuation only)", label=label, phrase=phrase)
    elif not set(_words(plain_form(phrase))) - _FILLER:
        raise SynonymsFileError(path, "a phrase needs a word besides 'and', 'with', 'the'",
                                label=label, phrase=phrase)
    else:
        pattern = compile_phrase(phrase)
    samples = _sample_lines()
    hits = sum(bool(pattern.search(line)) for line in samples)
    if hits > _NEARLY_EVERY_LINE * len(samples):
        raise SynonymsFileError(path, f"matches too many lines ({hits} of {len(samples)} "
                                      f"sample sticker lines); name the feature's words",
                                label=label, phrase=phrase)


@functools.cache
def _sample_lines() -> tuple[str, ...]:
    """Sticker lines to try a user's phrase on (``data/sample_lines.toml``, in plain form): a
    phrase that matches many of them would tick its box on many stickers."""
    text = (resources.files("vautokit.vehicles") / "data" / "sample_lines.toml").read_text()
    return tuple(plain_form(line) for line in tomllib.loads(text)["lines"])


def _kind(value: object) -> str:
    return {str: "text", list: "a list", dict: "a table", bool: "true/false",
            int: "a number", float: "a number"}.get(type(value), type(value).__name__)


def has_words(text: str) -> bool:
    """Whether ``text`` names anything: a word left once punctuation is dropped."""
    return bool(_words(plain_form(text)))


def _others_said(text: str, car: str | None) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` said of another car than ``car`` (:mod:`._cars`); none without
    a car."""
    return tuple(car_at_hand(car).others_said(text)) if car else ()


def _other_car_note(labels: list[str], said: list[str]) -> str:
    what = f"not ticked: {', '.join(labels)} " if labels else ""
    return f"{what}(said of another car: {'; '.join(repr(s) for s in said)})"
