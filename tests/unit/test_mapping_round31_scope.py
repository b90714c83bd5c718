"""Round 31 scope: a commenter's own car, another VIN's result, removal in prose, answers
and corrections that affirm a part.

Each test's lines are invented; each fails with its mechanism in ``_scope`` removed.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# a commenter's or a bidder's own car is another car -----------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Reader comment: 'My '88 Supra had the targa roof and leather, loved it.'", set(),
     {"Sunroof", "Leather Seats"}),
    ("One bidder recalls that her Tacoma had a trailer hitch; this truck has none.", set(),
     {"Trailer Hitch"}),
    ("\"I had a 911 SC with the sunroof,\" a commenter writes.", set(), {"Sunroof"}),
    ("A poster says his uncle's Silverado has heated seats, but this one has navigation.",
     {"Navigation System"}, {"Heated Front Seats"}),
    # the seller's own car is this one
    ("Answering a commenter, the seller says his Corvette has the removable roof and leather.",
     {"Leather Seats"}, set()),
    ("my 2015 Highlander has heated seats and a sunroof", {"Heated Front Seats", "Sunroof"},
     set()),
])
def test_a_commenters_own_car(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# another VIN's or a sister car's result ---------------------------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("sister truck (VIN ...7781) shows the sunroof; this VIN does not", set(), {"Sunroof"}),
    ("another unit on the invoice has heated seats; this Rogue has cloth", set(),
     {"Heated Front Seats"}),
    ("navigation result was for the other car; customer's Altima is a base model", set(),
     {"Navigation System"}),
    ("Power Liftgate Group not on VIN; backup camera confirmed", {"Backup Camera"},
     {"Power Liftgate"}),
    ("sunroof glass kit not for this VIN, heated seats OK", {"Heated Front Seats"}, {"Sunroof"}),
    ("VIN not built with navigation -- backup camera only", {"Backup Camera"},
     {"Navigation System"}),
])
def test_another_vins_result(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# a part taken off, said in prose ---------------------------------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The roof rack was stripped off when the van was repainted.", set(), {"Roof Rack"}),
    ("Its bed liner had been ground out, and the bed was sprayed gray.", set(), {"Bed Liner"}),
    ("We took the hitch and the bed liner off before the sale; heated seats work.",
     {"Heated Front Seats"}, {"Trailer Hitch", "Bed Liner"}),
    ("The dealer took the running boards and the roof rack off when it was traded in.",
     set(), {"Running Boards", "Roof Rack"}),
])
def test_removal_in_prose(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# an answer or a correction that says the part is there ---------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Q: Is there a backup camera? A (owner): It does, works great.", {"Backup Camera"}, set()),
    ("\"Does it have the heated wheel?\" Dealer: \"Yes, and it works.\"",
     {"Heated Steering Wheel"}, set()),
    ("A reader asks whether the remote start works; the owner replied, \"Yes, from the fob.\"",
     {"Remote Start"}, set()),
    ("Commenter: \"That's not the original sunroof, it's an aftermarket one.\"", {"Sunroof"},
     set()),
    ("Those are not factory running boards -- aftermarket steps", {"Running Boards"}, set()),
    # a part the car lacks, factory or not
    ("no factory navigation, aftermarket radio", set(), {"Navigation System"}),
    ("not a factory hitch", set(), {"Trailer Hitch"}),
])
def test_an_answer_or_correction_that_affirms(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
