"""Round 33 scope: a dispute's claims (ads, allegations, charges) disproved or denied; a
feature placed on another trim or another car; "capable" on a condition not yet met.

Each test's lines are invented; each fails with its mechanism in ``_scope`` removed.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# an ad's, an allegation's or a charge's claim, with the car's own equipment set against it --
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The dealer's flyer promised a Harman Kardon stereo; the Sonata has the standard "
     "six-speaker audio.", set(), {"Premium Audio"}),
    ("Buyer alleges the Tacoma was sold as a 4x4; the window sticker shows a 4x2.", set(),
     {"Four Wheel Drive"}),
    ("The website photos showed a tonneau cover, but it was just a rendering.", set(),
     {"Tonneau Cover"}),
    ("The Jetta was advertised with leather seats but the Jetta has cloth seats, and cruise "
     "control.", {"Cruise Control"}, {"Leather Seats"}),
    ("The ad for the Rogue said heated seats but the Rogue has manual cloth seats, and cruise "
     "control.", {"Cruise Control"}, {"Heated Front Seats"}),
    ("Seller credits the $1,100 navigation charge because the Altima actually came with the "
     "plain radio.", set(), {"Navigation System"}),
    # an ad found true, or a claim "as advertised", stays
    ("The Jeep came with the tow package as advertised, but the paint was scratched.",
     {"Tow Package"}, set()),
    ("The flyer listed leather and a sunroof, and the Camry has both.",
     {"Leather Seats", "Sunroof"}, set()),
])
def test_a_claim_the_car_disproves(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# a claim quoted as a list is all the claim, across its commas ---------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ('The flyer for the Expedition said "running boards, remote start, moonroof"; there is no '
     'remote start on this one.', set(), {"Remote Start"}),
    ('Complaint: the listing said "Bose, heated seats" but the Mazda only has the basic '
     'stereo.', set(), {"Premium Audio"}),
])
def test_a_quoted_claim_runs_to_its_closing_mark(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# a party denies the claim was ever made -------------------------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The seller denies it ever advertised the Outback with a sunroof; cloth interior.", set(),
     {"Sunroof"}),
    ("Respondent denied that the Sierra was represented as a diesel; it has a bed liner.",
     {"Bed Liner"}, {"Diesel Engine"}),
])
def test_a_denied_claim(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# a feature placed on another trim or car, then this car named as another trim -------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Adaptive cruise is a Platinum feature; Mr. Ortiz's Highlander is an XLE.", set(),
     {"Adaptive Cruise Control"}),
    ("The panoramic roof is only offered on the Limited; the truck in question is an SR5.",
     set(), {"Sunroof"}),
    ("The flyer shows the Tucson N Line with the Bose stereo; the buyer bought the SE.", set(),
     {"Premium Audio"}),
    ("My cousin's Telluride has a head-up display; mine, the one I drive to work, is the EX.",
     set(), {"Head-Up Display"}),
    ("The Civic Si in the ad had a limited-slip differential; the car we bought is the LX.",
     set(), {"Limited Slip Differential"}),
    # this car said to have it: the trim named after is its own
    ("The Tundra has a sunroof; it is a Limited.", {"Sunroof"}, set()),
    # a "no" first answers for this car; what follows the trims stays this car's
    ('"Cooled seats?" no, those are on the Touring, this one is an EX. Has a power liftgate',
     {"Power Liftgate"}, {"Ventilated Seats"}),
])
def test_a_feature_of_another_trim(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# another car named by its model, sold to someone else, or shown in the photos --------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The other Tacoma, the silver one, had the sunroof.", set(), {"Sunroof"}),
    ("The truck with the bed liner went to a different customer.", set(), {"Bed Liner"}),
    ("The leather seats in the ad pictures came from a Lincoln on the lot.", set(),
     {"Leather Seats"}),
])
def test_another_car_in_a_dispute(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# "capable" on a condition not yet met ---------------------------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The Tiguan is CarPlay compatible only after a firmware flash the store never did.", set(),
     {"Apple CarPlay Integration"}),
    ("Navigation capable once the map card is bought, heated seats", {"Heated Front Seats"},
     {"Navigation System"}),
    ("The Rio is Android Auto capable only with the new head unit.", set(), {"Android Auto"}),
    # "with" alone names what it is capable of
    ("Redesigned 9-inch screen, now wireless-capable with Android Auto", {"Android Auto"},
     set()),
])
def test_capable_on_a_condition(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
