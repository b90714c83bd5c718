"""A seat's comforts written as a group, with the rows it is said of, read as the table's
English.

Livery, luxury and minivan listings write a seat's comforts as one group and its rows
apart: "heated/cooled front, rear heated", "rear heat/vent", "front & rear
heated/cooled", "heated/cooled/massage all 4 seats", "2nd row VIP lounge heated & vent".
The table names heated front seats, heated rear seats and ventilated seats, and its
phrases want the seats named beside each comfort; this reads each group with its rows
into those names, so that the table's phrases, and the scopes after them ("rear heat/vent
inop" is still ruled out), read it as they read any other line.

Only a group of two comforts or more is read, or one comfort alone after the rear rows it
heats ("rear heated"): a single "heat" is a heater's ("rear heat/AC" is rear climate), and
a comfort before a part that is no seat ("heated rear window", "heated front and rear
wipers") names that part.
"""

from __future__ import annotations

import re

_HEAT = ("heated", "heating", "heat", "htd", "warmed")
_COOL = ("cooled", "cooling", "cool", "ventilated", "ventilate", "ventilation", "vented", "vent")
# a seat's comforts, the one list of them the mapping's seat readers share
COMFORT_WORDS = (*_HEAT, *_COOL, "massaging", "massage")
_COMFORT = rf"(?:{'|'.join(COMFORT_WORDS)})\b"
_JOIN = r"\s*(?:,\s*)?(?:/|&|\+|,|\band\b|\bplus\b)\s*"
_GROUP = rf"{_COMFORT}(?:{_JOIN}{_COMFORT})+"
_FRONT = r"front|fronts|1st\s+row|first\s+row"
_REAR = (r"rear\s+outboard|rear|rears|back|(?:2nd|second|middle)\s+row"
         r"(?:\s+(?:vip|lounge|executive|exec|captain'?s?|outboard))*")
# the rows, both before the one or the other: "front & rear", "front and 2nd row", "F/R",
# "all 4 seats"
_BOTH = (rf"(?:{_FRONT})(?:\s+seats?)?\s*(?:&|and|/|\+)\s*(?:{_REAR})|f\s*/\s*r|all\s+rows"
         r"|all\s+seats"
         r"|all\s+(?:4|four|5|five|6|six|7|seven|8|eight)(?:\s+seats)?|every\s+seat")
_ROWS = rf"(?P<rows>{_BOTH}|{_FRONT}|{_REAR})"
_SEAT = r"(?:\s+(?:seats?|seating|chairs?|captains?|buckets?|bench|outboard)\b)?"
_SEATS = r"\s+(?:seats?|seating)\b"
# ... not a part that is no seat but has such comforts too ("heated/cooled cupholders front
# and rear"), nor the cabin's air ("rear heat/vent ducts")
_NO_SEAT = (r"(?!\s*(?:/|&|\+|and)?\s*(?:a\s*/?\s*c|air|steering|wheel|mirrors?|windows?"
            r"|windshield|windscreen|glass|wipers?|washers?|cup\s*holders?|armrests?|console"
            r"|glove\s*box|vents?|ducts?|climate)\b)")
# the rows right after the group, or after its seats when they are both rows or said with
# "in" ("heated/vented seats front & 2nd row", "heated and cooled seats in all rows"; not
# "heated and cooled seats, second row captains", another item)
_GROUP_THEN_ROWS = re.compile(
    rf"\b(?P<group>{_GROUP})(?:\s+|{_SEATS}\s+(?:in|on|for)\s+|{_SEATS}\s+(?={_BOTH}))"
    rf"{_ROWS}{_SEAT}\b{_NO_SEAT}", re.IGNORECASE)
# the rows before the group; one comfort alone only as an item of its own ("..., rear
# heated", not "front heated and rear heated", which the table reads)
_ROWS_THEN_GROUP = re.compile(
    rf"\b{_ROWS}{_SEAT}\s+(?P<group>{_GROUP}\b{_SEAT}"
    rf"|(?:heated|cooled|ventilated|vented)\b{_SEAT}(?=\s*(?:[,;.]|$))){_NO_SEAT}",
    re.IGNORECASE)
_ITEM_OPENS = re.compile(r"(?:^|[,;:+/(])\s*$")  # what ends just before an item of a list
_JOINS = re.compile(r"/|&|\+|,|\band\b|\bplus\b", re.IGNORECASE)  # a group's, in order


def read_seat_comforts(text: str) -> str:
    """``text`` with each seat-comfort group said with its rows written as the table's names
    ("rear heat/vent" -> "heated rear seats and ventilated rear seats"); else unchanged."""
    text = _GROUP_THEN_ROWS.sub(_named, text)
    return _ROWS_THEN_GROUP.sub(_named, text)


def _named(found: re.Match[str]) -> str:
    """The table's names for one group and its rows, or the words as written when they are
    no group this module reads."""
    words = [w for w in re.findall(r"[a-z]+", found.group("group").lower())
             if w in _HEAT or w in _COOL or w.startswith("massag")]
    rows = found.group("rows")
    if _JOINS.findall(found.group("group"))[-1:] == [","]:
        return found.group()  # "heated & cooled, heated rear": the last is an item of its own
    alone = len(words) == 1
    if alone and not (re.fullmatch(_REAR, rows, re.IGNORECASE) and _ITEM_OPENS.search(
            found.string, 0, found.start())):
        return found.group()  # "front heated", "... and rear heated": the table reads them
    comforts = [kind for kind, names in (("heated", _HEAT), ("ventilated", _COOL))
                if any(word in names for word in words)]
    if not comforts:
        return found.group()  # a massage alone: no label
    named = " and ".join(f"{kind} {row} seats" for kind in comforts for row in _rows(rows))
    # a capital that opened a sentence still opens it
    return named.capitalize() if found.group()[0].isupper() else named


def _rows(rows: str) -> tuple[str, ...]:
    if re.fullmatch(_BOTH, rows, re.IGNORECASE):
        return ("front", "rear")
    return ("front",) if re.fullmatch(_FRONT, rows, re.IGNORECASE) else ("rear",)
