"""Round 77 (tuned on aaaaaaaaa to fffffffff after their first sight, narrowed by a review): a
make's initials alone are a trade's shorthand, a "Q:" heading that opens with the asker's car
asks only from its own question on, and a product's fit asked of the asker's own car says
what the car has.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _cars._reads_as_car: a make's initials alone are a trade's shorthand, no other car ("DS" is
# the driver's side in a trim shop), unless a model's number or a possessive goes with them
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Cadillac", "2011 SRX, DS heated seat element replaced, cover redone in leather",
     {"Heated Front Seats", "Leather Seats"}, set()),
    ("Citroen", "C5 Aircross 2020, heated seats; the DS 7 has the Focal audio",
     {"Heated Front Seats"}, {"Premium Audio"}),
])
def test_a_makes_initials_alone(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _scope._labelled_question_start: under a "Q:" heading, the asker's car before the question,
# and a sentence that asks nothing, are statements
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Q: 2019 CR-V EX-L AWD, has the power tailgate. Will the bumper protector scratch it?",
     {"All Wheel Drive", "Power Liftgate"}, set()),
    ("Q: 2016 MDX SH-AWD Tech, will the cargo tray fit with the 3rd row up?",
     {"All Wheel Drive"}, {"Third Row Seats"}),
    ("Q: 2017 Tahoe LT, does it have the 3rd row?", set(), {"Third Row Seats"}),
    ("Q: 2019 Corolla LE on row A has a sunroof. A: FALSE.", set(), {"Sunroof"}),
    ("Q: adding heated seats to a 2014 Civic LX", set(), {"Heated Front Seats"}),
])
def test_a_questions_heading(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._OWN_CAR_FITTED: a product's fit asked of the asker's own car, which it describes
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Will this fit my 2018 F-150 XLT w/ the factory tow pkg and the integrated brake controller?",
     {"Tow Package", "Trailer Brake Controller"}, set()),
    ("Will this mat fit my Tacoma if it has the sunroof?", set(), {"Sunroof"}),
    ("Will this work on my F-150 once I install the tow package?", set(), {"Tow Package"}),
    ("Does the 2019 Tacoma have the factory hitch?", set(), {"Trailer Hitch"}),
])
def test_a_products_fit_on_the_askers_car(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
