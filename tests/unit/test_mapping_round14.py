"""Issue 19, round 14: road tests, owner reviews and off-road builds. A clause about another
car claims nothing for this one; prose absence verbs and a build's removals rule out what
they name while the part fitted in its place stands; a modifier reaches only the noun it
stands before, and comfort said of a seat in prose is the seat's; parts that hold a label's
word are not that label. Lines here are invented, not a blind batch's."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles._scope import asked_parts


@pytest.mark.parametrize(("line", "labels"), [
    # rivals and competitors, up to the contrast that turns to this car
    ("The Tacoma's rivals offer a factory tonneau, but our tester had a spray-in bedliner.",
     {"Bed Liner"}),
    ("Key rivals include a head-up display as standard.", set()),
    ("The Escape competes with crossovers offering ventilated seats, but ours had none.", set()),
    # a fronted contrast ends at its comma (not at its own relative clause's)
    ("Unlike the Q7 we drove, our Touareg had a sunroof.", {"Sunroof"}),
    ("Where the Highlander offers a JBL system, our Pilot makes do with the base stereo.",
     set()),
    ("Like the Honda, which has a power liftgate, the Kia should offer one; it doesn't.", set()),
    # another trim's equipment
    ("It is the rare compact that has adaptive cruise only on the Touring, so our EX did "
     "without.", set()),
    # what another car offers, said before this car's lack of it
    ("The Audi offers a heated steering wheel at this price; our Lexus did not.", set()),
])
def test_a_clause_about_another_car_claims_nothing(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_the_reason_says_which_car_had_it(mapper):
    result = mapper.map_line("The Accord's rivals offer a hybrid and a sunroof.")
    assert "said of another car" in result.reason
    assert "Sunroof" in result.reason


def test_a_rivals_clause_is_its_own_part():
    parts = asked_parts("Its rivals offer a sunroof, but our tester had nav")
    assert [part.asked for part in parts] == ["another car", ""]


@pytest.mark.parametrize(("line", "labels"), [
    ("Our tester lacked a sunroof and a Bose system, which surprised us.", set()),
    ("The diesel was ditched for the 2021 model year.", set()),
    # "without one" rules out the one, not the part named after it
    ("Our truck came without one and had a factory bedliner instead.", {"Bed Liner"}),
    # a doubt reaches only its own clause: a contrast ends it
    ("Our GT had the Bose audio, but the sunroof was optional and not fitted.",
     {"Premium Audio"}),
    # wishes and idioms
    ("We missed a heated steering wheel all week.", set()),
    ("Great gear, not to mention the bedliner and the tow hitch.", {"Bed Liner", "Trailer Hitch"}),
    # "what" asks only before a "?": a review's "What we like:" heading
    ("What we like: punchy turbo four, quiet cabin.", {"Turbocharged"}),
    ("What trims have a sunroof?", set()),
])
def test_prose_absence_and_what_is_not_absence(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    # the part fitted in a removed part's place, read with its noun
    ("Stock halogen headlamps swapped out for Diode Dynamics LED projectors",
     {"LED Headlights"}),
    ("Factory halogen headlights replaced by aftermarket LED units", {"LED Headlights"}),
    # a part swapped for another rules out the first
    ("Factory roof rails swapped for a bed rack", set()),
    # the new part stands beside a removal that names the same feature
    ("Factory bedliner removed, bed sprayed with a Line-X liner", {"Bed Liner"}),
    ("Stock roof rails removed for a Prinsu rack", {"Roof Rack"}),
    ("OEM remote start removed, a Compustar unit installed", {"Remote Start"}),
    # a new part that is the removed feature again is not read back into it
    ("sunroof replaced by a solid roof panel", set()),
    ("Factory remote start removed", set()),
])
def test_a_builds_replacement_rules_out_the_old_part_and_keeps_the_new(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    # "power" modifies the noun it stands before
    ("The Sequoia we drove had leather seats, a heated wheel and a power rear sunshade.",
     {"Leather Seats", "Heated Steering Wheel"}),
    ("Tahoe with power running boards and a rear-seat entertainment system", {"Running Boards"}),
    ("power tilt column and rear seat climate controls",
     {"Rear Air Conditioning", "Air Conditioning"}),
    # comfort said after the seat, or listed before it across commas
    ("The Genesis had rear seats that heat, cool and recline.",
     {"Heated Rear Seats", "Ventilated Seats"}),
    ("Our minivan came with second-row captain's chairs that are both heated and ventilated.",
     {"Heated Rear Seats", "Ventilated Seats"}),
    ("Its leather seats are both heated and cooled.",
     {"Leather Seats", "Heated Front Seats", "Ventilated Seats"}),
    ("Step into heated, cooled and massaging front seats.",
     {"Heated Front Seats", "Ventilated Seats"}),
    ("our second row is heated", {"Heated Rear Seats"}),
    # a sentence's last noun phrase heads its attributes after "with"
    ("The S-Class we drove had Burmester audio and sport front seats with heat and ventilation.",
     {"Premium Audio", "Heated Front Seats", "Ventilated Seats"}),
])
def test_heads_and_shared_attributes(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("F-350 with Air Lift airbags for the slide-in camper", set()),
    ("rear air bags suspension, helper springs", set()),
    ("front and side curtain airbags", {"Airbags"}),
    ("ARB Air Locker rear, ARB compressor", set()),
    ("K&N cold air intake, Flowmaster exhaust", set()),
    ("3in turbo back exhaust", set()),
    ("2.7L twin turbo V6", {"Turbocharged"}),
    ("transfer case skid plate", set()),
    ("4x4 with transfer case skid plate", {"Four Wheel Drive"}),
    ("TomTom GPS suction mounted to windshield", set()),
    ("Navigation with GPS", {"Navigation System"}),
    ("Flat towed behind our RV: tow bar and baseplate", set()),
    ("Class IV hitch and tow bar", {"Trailer Hitch"}),
    # a brake's disc is no Distronic
    ("Brakes: vented disc front, solid disc rear", set()),
])
def test_parts_holding_a_labels_word_are_not_that_label(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Hyundai SCC with stop and go", {"Adaptive Cruise Control"}),
    ("F-150 with BlueCruise", {"Adaptive Cruise Control"}),
    ("traction and stability control", {"Traction Control", "Stability Control"}),
    ("Rhino lined bed, BedRug mat", {"Bed Liner"}),
    ("Retrax retractable bed cover", {"Tonneau Cover"}),
    ("Gobi roof rack, roof basket", {"Roof Rack"}),
    ("Rigid fog pods", {"Fog Lights"}),
    ("AMP Research PowerStep", {"Running Boards"}),
    ("JL Audio amp and sub", {"Premium Audio"}),
    ("Redarc Tow-Pro Elite", {"Trailer Brake Controller"}),
    ("Old 4Runner: power everything, cold AC",
     {"Power Windows", "Power Locks", "Air Conditioning"}),
])
def test_product_terms_of_reviews_and_builds(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    # the dash that parts off a price is no empty answer; a credit's joined dash stays one
    ("Tech Group (navigation, head-up display) - $1,950", {"Navigation System", "Head-Up Display"}),
    ("Sunroof -", set()),
    # a list's part ruled out by its own words, whatever another part says ("front" here is
    # the sensors')
    ("Comfort Group: rear seat heaters, front and rear park sensors",
     {"Heated Rear Seats", "Parking Sensors"}),
    # a prep package names what it prepares for before it; what follows is the truck's own
    ("F-250 with 5th wheel prep package and integrated trailer brake controller",
     {"Trailer Brake Controller"}),
    # cruise alone beside another single item
    ("No A/C, crank windows, but cruise and 4WD", {"Cruise Control", "Four Wheel Drive"}),
])
def test_list_shapes_of_build_sheets(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    # what another car has, which this car lacks
    ("The Touring trim adds a head-up display, which our EX lacked.", set()),
    ("Higher trims get Bose audio, which our LX doesn't have.", set()),
    # ... not a relative clause that only describes ("which our dog never scratched")
    ("Leather seats, which our dog never scratched", {"Leather Seats"}),
    ("The Sport has a sunroof, which our kids loved", {"Sunroof"}),
    ("Heated seats, which our old car lacked", {"Heated Front Seats"}),
    # "while"/"whereas" fronted: another car's only when this car's lack follows
    ("While the Sorento has a panoramic roof, ours did not.", set()),
    ("Whereas the Forester gets a heated steering wheel, the Crosstrek we drove did not.",
     set()),
    ("While the truck has a tow package, it has never towed.", {"Tow Package"}),
    # this car's lack said with a preposition or "the X we tested"
    ("In the Kia you get a heated steering wheel; in our Hyundai you don't.", set()),
    ("The Civic offers a sunroof; the Corolla we tested did not.", set()),
    # other brands and the segment's leaders
    ("Other brands offer wireless charging, but not Mazda.", set()),
    ("The segment's best sellers all have adaptive cruise; our Spark makes do without.", set()),
])
def test_more_ways_of_saying_another_car_has_it(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Our base model forgoes a sunroof.", set()),
    ("The navigation is nowhere to be found on our L trim.", set()),
    ("Original running boards traded for rock sliders", set()),
    ("Tonneau cover sold off, bedliner stays", {"Bed Liner"}),
    ("Halogen headlamps converted to LED projectors", {"LED Headlights"}),
    ("Air suspension converted to coils, heated seats intact", {"Heated Front Seats"}),
])
def test_more_absence_and_replacement_verbs(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    # an article after "and" opens a noun phrase of its own
    ("Its steering wheel is heated, and the mirrors fold", {"Heated Steering Wheel"}),
    ("the side mirrors are heated", {"Heated Mirrors"}),
    # "power" reaches seats after "and" only from a seat or its place
    ("power tailgate and second row seats", {"Power Liftgate"}),
    ("power driver and passenger seats", {"Power Seats"}),
    ("power windows and locks", {"Power Windows", "Power Locks"}),
    # "power" before another noun is that noun's
    ("power sunshades and rear seats", set()),
])
def test_a_modifier_stops_at_its_own_noun(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    # another trim's equipment, said without this car
    ("Step up to the Touring for a panoramic roof.", set()),
    ("Opt for the Premium trim to get Bose audio.", set()),
    ("Ventilated seats are reserved for the Platinum.", set()),
    ("Only the Limited gets a head-up display.", set()),
    ("Heated rear seats are exclusive to the Pinnacle trim.", set()),
    # a car named by its model has it, this car's lack follows
    ("The Type S has a limited-slip differential, but our A-Spec does not.", set()),
    # ... not the car of the listing itself
    ("The truck has a tow package, but our records do not show its use.", {"Tow Package"}),
])
def test_another_trims_equipment_claims_nothing(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    # comfort before rows sharing one seat noun
    ("heated first- and second-row seats", {"Heated Front Seats", "Heated Rear Seats"}),
    # comfort as nouns after a verb of having
    ("The front seats offer heating, cooling and massage.",
     {"Heated Front Seats", "Ventilated Seats"}),
    # an adjective that only looks like comfort: "cool stitching"
    ("The seats have cool stitching", set()),
])
def test_comfort_said_of_rows_and_by_nouns(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    # this car has what the other car's clause named, said by a pronoun
    ("Rivals charge extra for a sunroof; ours came with one.", {"Sunroof"}),
    ("Last year's model lacked wireless charging, but our tester had it.",
     {"Wireless Charging"}),
    ("The previous-generation 4Runner offered a sunroof; the new one does too.", {"Sunroof"}),
    # ... not when this car denies it
    ("Rivals offer a sunroof; ours does not have one.", set()),
    # a car named by its model beside ours, whatever ours has
    ("The Sorento has a head-up display; our Santa Fe has a sunroof.", {"Sunroof"}),
    # an earlier model's equipment is not this car's
    ("Its predecessor had a diesel option.", set()),
])
def test_what_another_car_has_and_this_one_too(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_the_reason_says_a_pronoun_claimed_it(mapper):
    result = mapper.map_line("Rivals charge extra for a sunroof; ours came with one.")
    assert "this car's too: Sunroof" in result.reason


@pytest.mark.parametrize(("line", "labels"), [
    # a listing's own words that look like a comparison's
    ("Like the photos show: sunroof, nav, heated seats",
     {"Sunroof", "Navigation System", "Heated Front Seats"}),
    ("Only on the road 2 years, heated seats, sunroof", {"Heated Front Seats", "Sunroof"}),
    ("Competition Package, heated seats, sunroof", {"Heated Front Seats", "Sunroof"}),
    ("Step up to luxury with leather and a sunroof", {"Leather Seats", "Sunroof"}),
    ("Reserved for the discerning buyer: leather, sunroof", {"Leather Seats", "Sunroof"}),
])
def test_a_listings_own_words_are_no_other_car(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    # what the line says still needs something is not claimed by another wording either
    ("Roof rails only; requires crossbars for roof rack use", set()),
    ("Roof rails and crossbars", {"Roof Rack"}),
    # a key the car no longer comes with; not a function lost and repaired since
    ("Smart key fob lost, one mechanical key", set()),
    ("Power steering assist intermittently lost, rack repaired", {"Power Steering"}),
])
def test_what_still_needs_something_or_is_lost(mapper, line, labels):
    assert ticked(mapper, line) == labels
