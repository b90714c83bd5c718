"""Round 33 of issue 19, mapping: legal and dispute prose. Its furniture is read as what it
stands for: a person's title ("Mr.", "MS.") ends no sentence, "No." before a record's number
is no "no", a transcript's "Q." and "A." are its labels, and so a transcript's question and
its answer stay whole. Also three comfort attributes before their seats apart by commas
alone, and plain names the table missed (a door keypad, a truck's gooseneck, Acura's ELS
after "the", the parking sensors named by their beeping).

Each line is invented; each test fails with its mechanism removed, but the guards, which
check that a mechanism reaches no further than it should.
"""

import pytest

from tests.unit.mapping_support import check_ticks
from vautokit.vehicles import CheckboxMappingService


@pytest.fixture(scope="module")
def mapper() -> CheckboxMappingService:
    return CheckboxMappingService(second_opinion=False)


# a title's period ends no sentence ---------------------------------------------------------
@pytest.mark.parametrize(("line", "kept"), [
    # the answer's "yes" reaches the whole question, the name after the title and all
    ("Q: Mrs. Abernathy, your Outback came with the moonroof? A: Yes, and the roof rails.",
     {"Sunroof", "Roof Rack"}),
    ("Q: Did Ms. Novak's Forester have the heated seats? A: Yes, front and rear.",
     {"Heated Front Seats"}),
])
def test_title_period_ends_no_sentence(mapper, line, kept):
    check_ticks(mapper, line, kept, set())


def test_titled_question_unanswered_claims_nothing(mapper):
    """Guard: a question kept whole is still asked, and claims nothing unanswered."""
    check_ticks(mapper, "Q: Mr. Delgado, did the Sienna have a power sliding door? A: I don't "
                "recall.", set(), {"Power Sliding Doors"})


# a legal record's furniture: a record's number, a transcript's labels with a period ----------
@pytest.mark.parametrize(("line", "kept"), [
    ("Exhibit No. 12 pictures the Telluride's Harman Kardon speakers and its moonroof.",
     {"Premium Audio", "Sunroof"}),
    ("Invoice no. 5530 lists the Ranger's bed liner and tow hitch.", {"Trailer Hitch"}),
    ("Q. Did the Pilot come with a power liftgate? A. Yes, a hands-free one.",
     {"Power Liftgate"}),
    ("Q: MRS. ODUYA, the Rogue had the moonroof? A: Yes, the big one.", {"Sunroof"}),
])
def test_record_furniture(mapper, line, kept):
    check_ticks(mapper, line, kept, set())


def test_transcript_answer_no_with_a_period(mapper):
    """Guard: an answer "No." after a question labelled with a period ticks nothing."""
    check_ticks(mapper, "Q. Did the Kicks have a remote start? A. No.", set(), {"Remote Start"})


# three comfort attributes before the seats, commas alone ------------------------------------
@pytest.mark.parametrize(("line", "kept"), [
    ("The Navigator's owner confirmed the JBL audio, the HUD and heated, cooled, massaging "
     "front seats.", {"Heated Front Seats", "Ventilated Seats", "Premium Audio"}),
    ("Settlement notes: Palisade has the sunroof, a tow hitch and heated, vented, massage "
     "front seats", {"Heated Front Seats", "Ventilated Seats", "Sunroof"}),
])
def test_three_attributes_before_seats(mapper, line, kept):
    check_ticks(mapper, line, kept, set())


# names the table missed ------------------------------------------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Witness: the Explorer has a keypad on the driver door, I use it every morning.",
     {"Keyless Entry"}, set()),
    ("Mustang GT sold with leather and the door keypad, per the buyer's order.",
     {"Keyless Entry"}, set()),
    ("The Ram 2500 Cummins, the gooseneck and the spray-in liner were all there at delivery.",
     {"Trailer Hitch"}, set()),
    # guard: a gooseneck's trailer is no hitch of this truck's
    ("He hauls the gooseneck trailer with a borrowed truck.", set(), {"Trailer Hitch"}),
    ("Respondent admits the MDX has the ELS and the ventilated seats.",
     {"Premium Audio", "Ventilated Seats"}, set()),
    ("Buyer confirmed the Malibu's beeping sensors on the rear bumper work.",
     {"Parking Sensors"}, set()),
])
def test_plain_names(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
