"""Words a sticker line names only to rule them out: negated, deleted, prepared for, replaced.

"Moonroof Delete (Credit)", "LESS TONNEAU COVER", "Mirrors, Non-Heated", "Prep for Remote
Start", "Cloth Seats (replaces Leather)", "w/o Third Row": the feature is named, but the car
does not have it. A cue word opens a scope; the scope's words are masked before any phrase is
looked for, so nothing in it can tick, while the rest of the line still maps ("Cruise Control
(Non-Adaptive)" is still cruise control).

Scopes work on the plain form (see :func:`~vautokit.vehicles.plain_form`): words separated by
spaces, "," for commas, colons and brackets, "w/" read as "with", "w/o" as "without".

- A cue before its object ("without", "less", "no", "not", "replaces", "in lieu of",
  "requires", "prep for") rules out the words after it up to a comma or "with" ("plus" is
  mostly part of a name: "Assist+");
  "and", "or" and "/" carry it on ("w/o sunroof or navigation" rules out both).
- "non" rules out the one word after it ("non adaptive cruise control" is cruise control),
  and so do the words of imitation ("faux leather", "simulated leather"); "look" and "style"
  rule out the one word before ("alloy look wheel covers").
- A cue after its object ("moonroof delete", "navigation ready", "leather replaced by")
  rules out the words before it back to a comma, "and" or "with". The same cue
  with nothing before it reads forward ("delete moonroof"); alone between commas it rules
  out the part before ("Moonroof (Credit)"), or after when it comes first ("Deleted: Moonroof").
- "capable" or "compatible" with a "requires" on the line rules out the words before it
  ("Navigation Capable (requires map card)"); alone it names the feature.
- A feature that does not work ("Sunroof inoperative", "NAV INOP", "backup camera missing")
  is ruled out like a negated one: the listing must not claim it.
- A feature the line only may have ("if equipped", "when available", "std on Limited trim
  only", "available on EX-L", "not std") is uncertain: it is never ticked, and the line goes
  to review.
- A backward cue whose own part names no feature ("Bose audio w/ 9 speakers not available",
  "Heated seats - option not selected", "Sunroof: no charge delete") reaches back to the
  feature: over "with", "and", "or" always, over a comma only from filler ("option",
  "dealer", "no charge"), so "Power Liftgate (Hands-Free Not Included)" keeps the liftgate.
- A forward cue with nothing after it answers the part before ("Navigation: No"), and so
  does a yes/no column's "n" ("Sunroof: N"). A backward cue reaches over an aside that is a
  scope of its own ("Heated Rear Seats (requires Climate Package - not ordered)").
- A checklist's lone answers ("[Y] HUD [N] Sunroof", "Sunroof (N)") answer the item after
  them when they lead (the line opens with one, or more answers have a feature after them
  than before), else the item before; a pass/fail sheet's "f" is its "n". A list answered
  no as a whole ("seller answered N to: third row, tow pkg") rules out the whole list.
- A part that does nothing ("memory buttons no function") or whose warning light is lit
  ("ABS & TRAC lights on") is ruled out like one said to be inoperative.
- Where a part is decides as well: "not in vehicle" rules out the part before it, a part
  packed away as cargo ("crossbars strapped in the bed") is not fitted, a seat's missing
  headrests leave the seat, and a car that "would not fit under" a deck lacks nothing.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Kind = Literal["negated", "deleted", "prerequisite", "replaced", "uncertain"]
Direction = Literal["after", "before", "either", "one", "one before", "line"]

# cue words -> (kind, where its object is). Multi-word cues are matched first.
_CUES: dict[tuple[str, ...], tuple[Kind, Direction]] = {
    ("without",): ("negated", "after"),
    ("wo",): ("negated", "after"),  # "WO NAV": a dealer's w/o
    ("less",): ("negated", "after"),
    ("no",): ("negated", "after"),
    ("zero",): ("negated", "after"),  # "zero leather, zero sunroof, zero nav"
    ("not",): ("negated", "after"),
    ("non",): ("negated", "one"),
    # an imitation is not the thing: "faux leather", "simulated leather", "alloy-look covers"
    ("faux",): ("negated", "one"),
    # ... and so is a prop made to look like it: "fake 'Hybrid' badges", "dummy camera",
    # "prop sunroof"
    ("fake",): ("negated", "one"),
    ("dummy",): ("negated", "one"),
    ("prop",): ("negated", "one"),
    ("props",): ("negated", "before"),  # "Mark Levinson grilles are 3D-printed props"
    ("simulated",): ("negated", "one"),
    ("imitation",): ("negated", "one"),
    ("synthetic",): ("negated", "one"),
    ("artificial",): ("negated", "one"),
    ("vegan",): ("negated", "one"),
    ("look",): ("negated", "one before"),
    ("style",): ("negated", "one before"),
    ("styled",): ("negated", "one before"),
    ("never",): ("negated", "after"),
    ("never", "had", "it"): ("negated", "before"),  # "remote start never had it"
    # a part the car was never given, said after it: "the tonneau was never fitted, the hitch
    # was", "Bluetooth and a phone link were never fitted to this show car" (in the passive
    # only, see _PASSIVE_ONLY); and a whole line a curator takes back: "... offered with
    # factory air. THIS car was never so equipped" (said of the car, see _CAR_SUBJECT_ONLY)
    ("never", "fitted"): ("negated", "before"),
    ("never", "installed"): ("negated", "before"),
    ("never", "equipped"): ("negated", "before"),
    ("never", "ordered"): ("negated", "before"),
    ("never", "so", "equipped"): ("negated", "line"),
    ("not", "so", "equipped"): ("negated", "line"),
    ("none",): ("negated", "before"),
    ("n", "/", "a"): ("negated", "before"),
    ("unavailable",): ("negated", "before"),
    ("unavail",): ("negated", "before"),
    # a checklist's failed check: "Heated seats: FAIL", "remote start failed"
    ("fail",): ("negated", "before"),
    ("failed",): ("negated", "before"),
    ("fails",): ("negated", "before"),
    ("not", "included"): ("negated", "before"),
    ("not", "available"): ("negated", "before"),
    ("not", "equipped"): ("negated", "before"),
    ("not", "fitted"): ("negated", "before"),
    ("not", "ordered"): ("negated", "before"),
    ("not", "installed"): ("negated", "before"),
    ("not", "selected"): ("negated", "before"),
    ("not", "on", "this"): ("negated", "before"),  # not on this vehicle, unit, truck
    ("not", "on", "the"): ("negated", "before"),  # "nav advertised, not on the car"
    ("not", "on", "it"): ("negated", "before"),  # "the heads-up is not on it"
    # a parts lookup's VIN: "Tow Group not on VIN", "HUD module not for this VIN"
    ("not", "on", "vin"): ("negated", "before"),
    ("not", "for", "this", "vin"): ("negated", "before"),
    ("not", "for", "this", "vehicle"): ("negated", "before"),
    # a build that left a part out: "VIN not built with adaptive cruise"
    ("not", "built", "with"): ("negated", "after"),
    ("not", "purchased"): ("negated", "before"),
    ("not", "activated"): ("negated", "before"),
    ("not", "offered"): ("negated", "before"),
    ("not", "present"): ("negated", "before"),
    ("not", "applicable"): ("negated", "before"),
    # switched off or not supported on this car: "CarPlay deactivated", "not supported"
    ("not", "supported"): ("negated", "before"),
    ("not", "taken"): ("negated", "before"),  # "sunroof - option not taken"
    ("not", "needed"): ("negated", "before"),  # "composite bed (liner not needed)"
    ("de", "activated"): ("negated", "either"),
    ("disconnected",): ("negated", "either"),
    ("deactivated",): ("negated", "either"),
    ("disabled",): ("negated", "either"),
    # a system put out of action on purpose: "VSC killed", "ESC fuse out"
    ("killed",): ("negated", "before"),
    ("fuse", "out"): ("negated", "before"),
    ("fuses", "out"): ("negated", "before"),
    # a feature the writer sets aside is none the line claims: "A/C not relevant", "heated
    # seats? irrelevant"
    ("not", "relevant"): ("negated", "before"),
    ("irrelevant",): ("negated", "before"),
    # switched off for good by its maker: "lane assist turned off via software update",
    # "hotspot service decommissioned"
    ("turned", "off", "via"): ("negated", "before"),
    ("turned", "off", "by"): ("negated", "before"),
    ("decommissioned",): ("negated", "either"),
    # an option taken off a build: "Deselected: roof rails"
    ("deselected",): ("deleted", "either"),
    ("de", "selected"): ("deleted", "either"),
    # "Sunroof - customer declined", "customer declined remote start"
    ("declined",): ("negated", "either"),
    # an option passed over: "heated seats option was skipped", "buyer passed on the nav"
    ("skipped",): ("negated", "either"),
    ("passed", "on"): ("negated", "after"),
    ("opted", "out", "of"): ("negated", "after"),
    # an option the model offered, not this car's: "Mark Levinson was an option (but ...)"
    ("was", "an", "option"): ("negated", "before"),
    ("were", "an", "option"): ("negated", "before"),
    # a part closed for good: "power moonroof now sealed shut"
    ("sealed", "shut"): ("negated", "before"),
    ("welded", "shut"): ("negated", "before"),
    ("sealed", "it", "shut"): ("negated", "before"),  # "sunroof leaked so we sealed it shut"
    ("welded", "it", "shut"): ("negated", "before"),
    # what the car had once, not now: "previously had a sunroof", "used to have nav"
    ("previously", "had"): ("negated", "after"),
    ("used", "to", "have"): ("negated", "after"),
    # not there yet ("sunroof on order", "roof rails available as an accessory"); "to be
    # fitted", "can be added" are read by shape (_is_not_yet)
    ("on", "order"): ("uncertain", "before"),
    ("pending",): ("uncertain", "line"),
    # only wished for: "customer wants sunroof added", "a sunroof would be nice"
    ("wants",): ("negated", "after"),
    ("would", "be", "nice"): ("negated", "before"),
    # what a trim or a package would bring, not what this car has: "the Advance package would
    # add ventilated seats"
    ("would", "add"): ("uncertain", "after"),
    ("requested",): ("uncertain", "either"),
    ("available", "as"): ("uncertain", "before"),
    # a brochure's "an available 5G Wi-Fi hotspot": offered, not said to be this car's
    ("an", "available"): ("uncertain", "after"),
    # offered from the dealer's accessory range, not fitted: "tonneau - see dealer
    # accessories catalog", "roof rails (dealer accessory)"
    ("see", "dealer"): ("uncertain", "before"),
    ("dealer", "accessory"): ("uncertain", "before"),
    ("dealer", "accessories"): ("uncertain", "before"),
    ("accessories", "catalog"): ("uncertain", "before"),
    ("accessory", "catalog"): ("uncertain", "before"),
    ("absent",): ("negated", "either"),  # "Blind spot monitor - absent"
    # a checklist's empty box ("[ ] Heated seats", "Sunroof [ ]", read so by plain_form)
    ("unticked",): ("negated", "after"),
    # a book-out's option taken off: "untick AWD", "no roof on this car, untick"
    ("untick",): ("negated", "after"),
    ("uncheck",): ("negated", "after"),
    ("eliminated",): ("deleted", "either"),
    # standard on some trims, or not standard: the car may or may not have it (review)
    ("not", "standard"): ("uncertain", "before"),
    ("not", "std"): ("uncertain", "before"),
    # a feature the car may or may not have: the listing must not claim it unseen (review)
    ("if", "equipped"): ("uncertain", "before"),
    ("when", "equipped"): ("uncertain", "before"),
    ("where", "equipped"): ("uncertain", "before"),
    ("if", "so", "equipped"): ("uncertain", "before"),
    ("if", "available"): ("uncertain", "before"),
    ("where", "available"): ("uncertain", "before"),
    ("when", "available"): ("uncertain", "before"),
    ("if", "applicable"): ("uncertain", "before"),
    # a part the counter cannot add: "HUD retrofit not possible", "remote start not feasible"
    ("not", "possible"): ("negated", "before"),
    ("not", "feasible"): ("negated", "before"),
    # a manual's "Heated steering wheel (depending on the vehicle equipment)"
    ("depending", "on", "the", "vehicle", "equipment"): ("uncertain", "before"),
    ("depending", "on", "equipment"): ("uncertain", "before"),
    ("if", "ordered"): ("uncertain", "before"),
    # a seller who is not sure ("believed to have a tow bar", "heated seats - buyer to
    # verify", "sunroof (TBC)"): nothing on the line is claimed, the whole line goes to review
    ("believed",): ("uncertain", "line"),
    ("thought", "to"): ("uncertain", "line"),
    ("may", "have"): ("uncertain", "line"),
    ("may", "not"): ("uncertain", "line"),
    ("might", "have"): ("uncertain", "line"),
    ("might", "not"): ("uncertain", "line"),
    ("should", "have"): ("uncertain", "line"),
    ("appears", "to"): ("uncertain", "line"),
    ("seems", "to"): ("uncertain", "line"),
    ("possibly",): ("uncertain", "line"),
    ("probably",): ("uncertain", "line"),
    ("perhaps",): ("uncertain", "line"),
    ("maybe",): ("uncertain", "line"),
    ("supposedly",): ("uncertain", "line"),
    ("reportedly",): ("uncertain", "line"),
    ("verify",): ("uncertain", "line"),
    ("unverified",): ("uncertain", "line"),
    ("not", "verified"): ("uncertain", "line"),
    ("unconfirmed",): ("uncertain", "line"),
    ("not", "confirmed"): ("uncertain", "line"),
    # a rental class's fine print: what it names may or may not be on the car you get
    # ("features are not guaranteed and vary by vehicle", "4WD subject to availability")
    ("not", "guaranteed"): ("uncertain", "line"),
    ("cannot", "be", "guaranteed"): ("uncertain", "line"),
    ("no", "guarantee"): ("uncertain", "line"),
    ("subject", "to", "availability"): ("uncertain", "line"),
    ("vary", "by"): ("uncertain", "line"),
    ("varies", "by"): ("uncertain", "line"),
    ("trim", "dependent"): ("uncertain", "line"),
    ("to", "be", "confirmed"): ("uncertain", "line"),
    ("to", "be", "checked"): ("uncertain", "line"),
    ("please", "check"): ("uncertain", "line"),
    ("tbc",): ("uncertain", "line"),
    # "?" is read as "unsure" (see plain_form): it doubts its own part, "garmin dock (unit
    # present?)" is no doubt about the car's all-wheel drive earlier on the line
    ("unsure",): ("uncertain", "before"),
    ("not", "sure"): ("uncertain", "line"),
    ("uncertain",): ("uncertain", "line"),
    ("unknown",): ("uncertain", "line"),
    ("unsure", "if"): ("uncertain", "line"),
    ("unsure", "whether"): ("uncertain", "line"),
    ("think",): ("uncertain", "line"),
    ("believe",): ("uncertain", "line"),
    ("apparently",): ("uncertain", "line"),
    ("untested",): ("uncertain", "line"),
    ("not", "tested"): ("uncertain", "line"),
    ("unchecked",): ("uncertain", "line"),
    ("may", "be"): ("uncertain", "line"),
    ("to", "be", "verified"): ("uncertain", "line"),
    ("needs", "checking"): ("uncertain", "line"),
    ("need", "checking"): ("uncertain", "line"),
    # a feature that does not work is not a feature the listing may claim
    ("inoperative",): ("negated", "either"),
    ("inop",): ("negated", "either"),
    ("missing",): ("negated", "either"),
    ("not", "working"): ("negated", "before"),
    ("not", "functional"): ("negated", "before"),
    ("not", "functioning"): ("negated", "before"),
    ("not", "operational"): ("negated", "before"),
    ("non", "functional"): ("negated", "before"),  # not "non" + one word: the feature itself
    ("non", "functioning"): ("negated", "before"),
    ("non", "operational"): ("negated", "before"),
    ("non", "working"): ("negated", "before"),
    ("non", "op"): ("negated", "before"),
    ("stuck",): ("negated", "before"),  # "sunroof stuck closed"
    ("fault",): ("negated", "before"),  # "AWD system fault"
    # an appraiser's or inspector's fault words: "liftgate strut failure", "camera faulted"
    ("failure",): ("negated", "before"),
    ("faulted",): ("negated", "either"),
    ("faulting",): ("negated", "either"),
    ("stopped", "working"): ("negated", "before"),
    ("quit", "working"): ("negated", "before"),
    ("no", "longer", "working"): ("negated", "before"),
    ("no", "longer", "works"): ("negated", "before"),
    # a feature switched off for good or out of service: "feature inactive", "subscription
    # (lapsed)", a checklist's "NG" (no good), "Bose amp dead", "motor seized"; a
    # subscription merely "expired" is no cue (the hardware may still work: "Sirius sub
    # expired, radio works")
    ("inactive",): ("negated", "either"),
    ("lapsed",): ("negated", "either"),
    # ... but one whose expiry leaves only other things is gone: "SiriusXM trial expired,
    # so only AM/FM and Bluetooth"
    ("expired", ",", "so", "only"): ("negated", "before"),
    ("expired", "so", "only"): ("negated", "before"),
    ("expired", ",", "now", "only"): ("negated", "before"),
    ("expired", "now", "only"): ("negated", "before"),
    ("ng",): ("negated", "before"),
    ("dead",): ("negated", "before"),
    ("fried",): ("negated", "before"),  # "sunroof motor is fried", "amp fried"
    ("seized",): ("negated", "before"),
    ("no", "longer"): ("negated", "before"),  # "no longer functional", "no longer offered"
    ("not", "yet"): ("negated", "before"),  # "Android Auto not yet supported"
    # a part the buyer must buy apart is not on the car: "crossbars sold separately"
    ("sold", "separately"): ("negated", "before"),
    ("broken",): ("negated", "either"),
    # a part that has gone out of service: "backup camera is out (screen stays black)"
    ("is", "out"): ("negated", "before"),
    ("are", "out"): ("negated", "before"),
    ("was", "out"): ("negated", "before"),
    ("were", "out"): ("negated", "before"),
    # a key the car no longer comes with: "keyless entry fob lost", "remote misplaced" (not
    # a lost function, repaired since: "steering assist intermittently lost")
    ("fob", "lost"): ("negated", "before"),
    ("fobs", "lost"): ("negated", "before"),
    ("key", "lost"): ("negated", "before"),
    ("keys", "lost"): ("negated", "before"),
    ("remote", "lost"): ("negated", "before"),
    ("misplaced",): ("negated", "before"),
    # a conversation's past tense: "the cruise is broke", "the Bose amp was pulled", "the
    # block heater cord was cut", "leather was swapped out for cloth"
    ("is", "broke"): ("negated", "before"),  # not "broke" alone: "TRLR BRK CTRL" is brake
    ("was", "broke"): ("negated", "before"),
    ("its", "broke"): ("negated", "before"),
    ("was", "pulled"): ("deleted", "before"),
    ("were", "pulled"): ("deleted", "before"),
    ("got", "pulled"): ("deleted", "before"),
    ("was", "cut"): ("negated", "before"),
    ("swapped", "out"): ("replaced", "before"),
    ("faulty",): ("negated", "either"),
    # an owner's words for a part taken off or switched off: "hitch pulled for clearance",
    # "pulled the parking sensors", "shaved the door handles", "lane assist coded out",
    # "chime unplugged" (not "pulled over", "pulled a trailer", "pulled from a donor car")
    ("pulled",): ("deleted", "either"),
    ("shaved",): ("deleted", "either"),
    ("coded", "out"): ("deleted", "either"),
    ("coded", "off"): ("deleted", "either"),
    ("unplugged",): ("deleted", "either"),
    # ... or a part that quit: "liftgate motor died", "touch screen unresponsive", "nav is
    # useless", "spare key is MIA"
    ("died",): ("negated", "before"),
    ("quit", "on"): ("negated", "before"),  # "the nav quit on me"
    ("died", "on"): ("negated", "before"),
    ("failing",): ("negated", "before"),  # "turbo failing"
    ("unresponsive",): ("negated", "before"),
    # ... or cannot be used: "nav unusable", "touch screen not responsive", "4x4 out of order"
    ("unusable",): ("negated", "either"),
    ("not", "usable"): ("negated", "before"),
    ("not", "responsive"): ("negated", "before"),
    ("non", "responsive"): ("negated", "before"),
    ("nonresponsive",): ("negated", "before"),
    # "touch screen frozen" (not "freezes", a complaint's word a repair order goes on to fix)
    ("frozen",): ("negated", "before"),
    ("out", "of", "order"): ("negated", "before"),
    ("out", "of", "service"): ("negated", "before"),
    ("not", "chosen"): ("negated", "before"),  # "option Bose not chosen"
    ("useless",): ("negated", "before"),
    ("is", "mia"): ("negated", "before"),  # not a name: "Mia: that Tacoma is a 4x4"
    ("are", "mia"): ("negated", "before"),
    ("went", "mia"): ("negated", "before"),
    # a part the seller keeps: "the roof rack is staying with me"
    ("staying", "with", "me"): ("negated", "before"),
    ("stays", "with", "me"): ("negated", "before"),
    ("going", "with", "me"): ("negated", "before"),
    ("goes", "with", "me"): ("negated", "before"),
    ("coming", "with", "me"): ("negated", "before"),
    # a part that does not work, said in plain words: "camera screen is black, shows
    # nothing", "speakers blown", "shows an error", "won't go into 4WD", "memory function
    # lost"
    ("shows", "nothing"): ("negated", "before"),
    ("shown", "nothing"): ("negated", "before"),
    ("showed", "nothing"): ("negated", "before"),
    ("show", "nothing"): ("negated", "before"),
    ("displays", "nothing"): ("negated", "before"),
    ("shows", "an", "error"): ("negated", "before"),
    ("shows", "error"): ("negated", "before"),
    ("blown",): ("negated", "before"),
    # a part that failed for good: "the Bose amp blew", "liftgate motor is burned out" (not
    # air that "blew cold", see _NOT_A_CUE_BEFORE)
    ("blew",): ("negated", "before"),
    # ... or quit and stayed so, as owners tell it: "bluetooth went out in 2020", "the remote
    # start never worked", "nav crashed and never came back", "the button does nothing",
    # "running boards jammed", "liftgate motor is shot", "blind spot assist stayed off"
    ("went", "out"): ("negated", "before"),
    ("never", "worked"): ("negated", "before"),
    ("never", "came", "back"): ("negated", "before"),
    ("does", "nothing"): ("negated", "before"),
    ("do", "nothing"): ("negated", "before"),
    ("did", "nothing"): ("negated", "before"),
    ("jammed",): ("negated", "before"),
    ("is", "shot"): ("negated", "before"),
    ("are", "shot"): ("negated", "before"),
    ("was", "shot"): ("negated", "before"),
    ("stayed", "off"): ("negated", "before"),
    # a part bought and returned: "roof bars went back after a week", "sent back the hitch",
    # "tried a tonneau for 2 weeks, sent it back"
    ("went", "back"): ("deleted", "before"),
    ("sent", "back"): ("deleted", "either"),
    ("sent", "it", "back"): ("deleted", "before"),
    ("sent", "them", "back"): ("deleted", "before"),
    ("burned", "out"): ("negated", "before"),
    ("burnt", "out"): ("negated", "before"),
    ("not", "go", "into"): ("negated", "after"),
    ("not", "shift", "into"): ("negated", "after"),
    ("not", "switch", "into"): ("negated", "after"),
    # not "intermittently lost" (see _NOT_A_CUE_AFTER); before its object too, as a trim
    # given up says it: "EX over EX-L: lost the sunroof and leather"
    ("lost",): ("negated", "either"),
    # a part done away with or closed over: "crossbars discarded", "roof sealed & painted
    # over", a line "listed in error"
    ("discarded",): ("deleted", "either"),
    ("scrapped",): ("deleted", "either"),
    ("painted", "over"): ("deleted", "before"),
    ("sealed",): ("negated", "before"),
    # a part that gave out, as a story or a complaint tells it: "the rear air quit in
    # 2019", "the liftgate had given up years ago", "the bedliner peeled off", "the fob never
    # responds", "nav SD card unreadable", "the pano roof taped shut", "sunroof skinned over",
    # "moonroof glued shut"
    # (a part that quit and was fixed since is read as repaired: see _BROKEN)
    ("quit",): ("negated", "before"),
    ("given", "up"): ("negated", "before"),
    ("gave", "out"): ("negated", "before"),
    ("peeled", "off"): ("negated", "before"),
    ("glued", "shut"): ("negated", "before"),
    ("never", "responds"): ("negated", "before"),
    ("unreadable",): ("negated", "either"),
    ("taped", "shut"): ("negated", "before"),
    ("skinned", "over"): ("deleted", "before"),
    ("in", "error"): ("negated", "before"),
    # a part redone in another material: "leather seats redone in cloth"
    ("redone", "in"): ("replaced", "before"),
    ("redone", "with"): ("replaced", "before"),
    ("reupholstered", "in"): ("replaced", "before"),
    ("recovered", "in"): ("replaced", "before"),
    ("defective",): ("negated", "either"),
    # an option the car may not have: "leather optional", "optional reversing camera"
    ("optional",): ("uncertain", "either"),
    ("neither",): ("negated", "after"),  # "neither sunroof nor navigation"
    # ... and after a pair it rules out: "a HUD and a 360 camera, neither available on ours",
    # "neither of which ours has", "neither fitted"
    ("neither", "available"): ("negated", "before"),
    ("neither", "of"): ("negated", "before"),  # not "which" as a cue: "tow hich" is a hitch
    ("neither", "fitted"): ("negated", "before"),
    ("neither", "offered"): ("negated", "before"),
    ("unable", "to"): ("uncertain", "line"),  # "sat nav: unable to test"
    ("lacks",): ("negated", "after"),
    # the car said not to be the one with a part: "it's not the one with CarPlay (that's the
    # ATS)", "the Explorer is NOT the one with the 360 cam"
    ("not", "the", "one", "with"): ("negated", "after"),
    ("not", "the", "one", "that", "has"): ("negated", "after"),
    ("lacked",): ("negated", "after"),  # a road test's "our tester lacked a head-up display"
    ("forgoes",): ("negated", "after"),  # "our base model forgoes a sunroof"
    ("forgoing",): ("negated", "after"),
    ("forwent",): ("negated", "after"),
    ("nowhere", "to", "be"): ("negated", "before"),  # "the sunroof is nowhere to be found"
    # a part a build or a maker dropped: "ditched the diesel", "factory tonneau swapped for a rack"
    ("ditched",): ("deleted", "either"),
    ("swapped", "for"): ("replaced", "before"),
    ("swapped", "to"): ("replaced", "before"),
    ("traded", "for"): ("replaced", "before"),  # "running boards traded for rock sliders"
    ("exchanged", "for"): ("replaced", "before"),
    ("converted", "to"): ("replaced", "before"),  # "air suspension converted to coils"
    ("sold", "off"): ("deleted", "before"),
    ("minus",): ("negated", "after"),  # "minus sunroof"
    ("excludes",): ("negated", "after"),
    ("sans",): ("negated", "after"),
    ("lacking",): ("negated", "after"),
    # an exception to a whole: "everything except the sunroof", "all options bar nav"
    ("except",): ("negated", "after"),
    ("everything", "but"): ("negated", "after"),
    ("all", "but"): ("negated", "after"),
    ("excluding",): ("negated", "after"),
    ("apart", "from"): ("negated", "after"),
    ("other", "than"): ("negated", "after"),
    ("inoperable",): ("negated", "either"),
    ("gone",): ("deleted", "before"),  # "nav unit gone"
    ("delete",): ("deleted", "either"),
    # the noun of a deletion: "deletion of seat heating", "moonroof deletion"
    ("deletion",): ("deleted", "either"),
    ("deletion", "of"): ("deleted", "after"),
    ("deleted",): ("deleted", "either"),
    ("deletes",): ("deleted", "after"),
    ("credit",): ("deleted", "either"),
    # a valuation's or a build sheet's credit for what the car was built without
    ("credited",): ("deleted", "either"),
    # a part a seller is about to take off: "the bedliner is peeling, we're removing it"
    ("removing",): ("deleted", "either"),
    ("removed",): ("deleted", "either"),
    # an order's or a buyer's "remove" before its object: "REMOVE FOG LAMPS / ADD Z82", "asked
    # them to remove the roof rack" (not "remove and replace", a repair: see _NOT_A_CUE_BEFORE)
    ("remove",): ("deleted", "after"),
    # a thing taken off or out ("roof rack taken off", "took out the third row"); "took
    # off" before its object, "taken off" either way ("taken off: tow bar")
    ("cut", "off"): ("deleted", "either"),
    ("taken", "off"): ("deleted", "either"),
    ("taken", "out"): ("deleted", "either"),
    ("took", "off"): ("deleted", "after"),
    ("took", "out"): ("deleted", "after"),
    ("pulled", "out"): ("deleted", "either"),
    # a part not put back or shut off for good: "block heater got left off when they swapped
    # the engine", "they capped off the rear A/C" (not the place "left of the wheel")
    ("got", "left", "off"): ("deleted", "before"),
    ("was", "left", "off"): ("deleted", "before"),
    ("were", "left", "off"): ("deleted", "before"),
    ("capped", "off"): ("deleted", "either"),
    ("ripped", "out"): ("deleted", "either"),
    ("torn", "out"): ("deleted", "either"),  # "backup camera torn out with the tailgate"
    ("torn", "off"): ("deleted", "either"),
    ("yanked",): ("deleted", "either"),  # "yanked the running boards"
    ("unbolted",): ("deleted", "either"),
    # a part a thief took, said after it: "tonneau cover stolen", "bed liner taken", "LED
    # headlights and grille all stripped", "rear camera pried off", "speakers cut out of the
    # doors" (not the car itself stolen: see _STEALING)
    ("stolen",): ("deleted", "before"),
    ("taken",): ("deleted", "before"),
    ("stripped",): ("deleted", "before"),
    ("stripped", "of"): ("deleted", "after"),  # "found stripped of its seats and roof rails"
    ("cut", "out"): ("deleted", "either"),
    ("pried", "off"): ("deleted", "either"),
    ("pried", "out"): ("deleted", "either"),
    ("sawed", "off"): ("deleted", "either"),
    ("sawed", "out"): ("deleted", "either"),
    ("sawn", "off"): ("deleted", "either"),
    ("sawn", "out"): ("deleted", "either"),
    ("stripped", "out"): ("deleted", "either"),
    ("stripped", "off"): ("deleted", "either"),  # "the tow package was stripped off"
    # worn away with a grinder: "the spray-in liner was ground out", "hitch tabs ground off"
    ("ground", "out"): ("deleted", "before"),
    ("ground", "off"): ("deleted", "before"),
    ("stripped", "for"): ("deleted", "before"),  # "bedliner stripped for frame repair"
    # a part taken apart or unfitted ("tow bar dismantled", "uninstalled: roof rack")
    ("dismantled",): ("deleted", "either"),
    ("dismounted",): ("deleted", "either"),
    ("uninstalled",): ("deleted", "either"),
    ("del",): ("deleted", "either"),
    ("omitted",): ("deleted", "either"),
    ("omit",): ("deleted", "either"),
    ("excluded",): ("deleted", "either"),
    ("prep",): ("prerequisite", "either"),
    ("prepped",): ("prerequisite", "either"),
    ("preparation",): ("prerequisite", "either"),
    ("prepared", "for"): ("prerequisite", "after"),  # "prepared for navigation"
    ("ready",): ("prerequisite", "either"),
    ("pre", "wired"): ("prerequisite", "either"),
    # a maker's "pre-equipment for roof transport system": the mounts, not the rack
    ("pre", "equipment", "for"): ("prerequisite", "after"),
    ("pre", "equipped", "for"): ("prerequisite", "after"),
    ("prewired",): ("prerequisite", "either"),
    ("pre", "wire"): ("prerequisite", "either"),
    ("prewire",): ("prerequisite", "either"),
    ("pre", "wiring"): ("prerequisite", "either"),
    ("prewiring",): ("prerequisite", "either"),
    ("wiring", "only"): ("prerequisite", "before"),
    ("wired", "for"): ("prerequisite", "after"),
    ("provision",): ("prerequisite", "either"),
    ("mounting", "points", "only"): ("prerequisite", "before"),  # "roof rack mounting points only"
    ("provisions",): ("prerequisite", "either"),
    ("requires",): ("prerequisite", "after"),
    ("required",): ("prerequisite", "after"),
    ("requiring",): ("prerequisite", "after"),
    ("replaces",): ("replaced", "after"),
    ("replace",): ("replaced", "after"),  # "steel wheels replace 17 in alloys"
    ("replacing",): ("replaced", "after"),
    ("in", "lieu", "of"): ("replaced", "after"),
    ("instead", "of"): ("replaced", "after"),
    ("in", "place", "of"): ("replaced", "after"),
    ("replaced", "by"): ("replaced", "before"),
    # a substitute named first: "manual liftgate substituted for power liftgate"; named
    # last, the part before is the one replaced ("leather substituted with cloth")
    ("substituted", "for"): ("replaced", "after"),
    ("substitutes", "for"): ("replaced", "after"),
    ("substituted", "by"): ("replaced", "before"),
    ("substituted", "with"): ("replaced", "before"),
    ("replaced", "with"): ("replaced", "before"),
    # a lesser part in the old one's place: "Burmester downgraded to the base stereo"
    ("downgraded", "to"): ("replaced", "before"),
    ("downgraded",): ("deleted", "either"),
    # a part sent back, or dropped from a model year: "Returned: tonneau cover", "roof rack
    # returned unused", "Dropped for 2024: in-dash nav", "the Sport trim loses the moonroof"
    ("returned",): ("deleted", "either"),
    ("dropped", "for"): ("deleted", "before"),
    ("loses",): ("negated", "after"),
    # a model year's or a trim's loss, said after the part: "the HUD was dropped from the
    # Premium trim", "the V6 is discontinued"; and a comparison's trade-off: "this trim gives
    # up the sunroof", "you lose the Bose system"
    ("dropped", "from"): ("deleted", "before"),
    ("was", "dropped"): ("deleted", "before"),
    ("were", "dropped"): ("deleted", "before"),
    ("is", "discontinued"): ("deleted", "before"),
    ("are", "discontinued"): ("deleted", "before"),
    ("was", "discontinued"): ("deleted", "before"),
    ("were", "discontinued"): ("deleted", "before"),
    ("gives", "up"): ("negated", "after"),
    ("give", "up"): ("negated", "after"),
    ("gave", "up"): ("negated", "after"),
    ("giving", "up"): ("negated", "after"),
    ("lose",): ("negated", "after"),
    ("take", "out"): ("deleted", "either"),  # "third row seats take out for more cargo"
    ("taked", "off"): ("deleted", "either"),
    ("take", "off"): ("deleted", "either"),
    # a part swapped for another, said the other way round: "factory nav replace with an
    # aftermarket radio", "alloys change to steel for winter"
    ("replace", "with"): ("replaced", "before"),
    ("replace", "by"): ("replaced", "before"),
    ("change", "to"): ("replaced", "before"),
    ("changed", "to"): ("replaced", "before"),
    # parts still owed to the buyer: not on the car yet, the line goes to review
    ("backorder",): ("uncertain", "line"),
    ("backordered",): ("uncertain", "line"),
    ("back", "ordered"): ("uncertain", "line"),  # "back-ordered"
    ("back", "order"): ("uncertain", "line"),
    ("we", "owe"): ("uncertain", "line"),
    # delivery paperwork's words for a part the buyer is still owed ("due bill: running
    # boards", "hitch - B/O", "awaiting module", "not in stock", "ETA 2 wks"): it is not on
    # the car; the line's other sentences ("Truck has 4WD") say what is (see OWING)
    ("owe",): ("uncertain", "line"),
    ("owes",): ("uncertain", "line"),
    ("owed",): ("uncertain", "line"),
    ("due", "bill"): ("uncertain", "line"),
    ("b", "/", "o"): ("uncertain", "line"),
    ("awaiting",): ("uncertain", "line"),
    ("not", "in", "stock"): ("uncertain", "line"),
    ("eta",): ("uncertain", "line"),
    # an accessory that will not go with a feature ("rock rails not compatible with factory
    # running boards") or fits other cars that have one ("fits models with factory nav
    # only", "for vehicles equipped with roof rails"): neither is claimed for this car
    ("not", "compatible"): ("negated", "before"),
    ("incompatible",): ("negated", "before"),
    ("fits", "models", "with"): ("uncertain", "after"),
    ("fits", "vehicles", "with"): ("uncertain", "after"),
    ("for", "models", "with"): ("uncertain", "after"),
    ("for", "vehicles", "with"): ("uncertain", "after"),
    ("models", "equipped", "with"): ("uncertain", "after"),
    ("vehicles", "equipped", "with"): ("uncertain", "after"),
    # a part that does not work, in a learner's words: "4x4 not engage", "brake controller
    # not function", "airbag light on, need repair", "A/C need recharge"
    ("not", "function"): ("negated", "before"),
    ("not", "engage"): ("negated", "before"),
    ("not", "work"): ("negated", "before"),
    ("need", "fix"): ("negated", "before"),
    ("needs", "fix"): ("negated", "before"),
    ("need", "repair"): ("negated", "before"),
    ("needs", "repair"): ("negated", "before"),
    ("need", "work"): ("negated", "before"),  # "heated seats need work"
    ("needs", "work"): ("negated", "before"),
    ("need", "recharge"): ("negated", "before"),
    ("needs", "recharge"): ("negated", "before"),
    ("broke",): ("negated", "before"),  # "parking sensor broke" (never read from "BRK")
    ("screen", "black"): ("negated", "before"),  # "nav screen black"
    ("screen", "blank"): ("negated", "before"),
    # a symptom of a part that does not work ("rear AC blowing hot"), unless the line says it
    # was put right ("A/C blowing warm - compressor replaced, now cold"; see _SYMPTOMS)
    ("blowing", "hot"): ("negated", "before"),
    ("blowing", "warm"): ("negated", "before"),
    ("blows", "hot"): ("negated", "before"),
    ("blows", "warm"): ("negated", "before"),
    ("blow", "hot"): ("negated", "before"),
    ("blow", "warm"): ("negated", "before"),
    # what a trim usually has, or records that disagree, say nothing sure of this car:
    # "Trim typical equipment includes heated seats", "Conflict: build data shows Bose"
    ("typical",): ("uncertain", "line"),
    # an order guide's feature that comes later in the year: not on this car yet
    ("late", "availability"): ("uncertain", "line"),
    # a product sold on a feature is not the feature: "Remote Start Protection Plan --
    # covers remote start module", "remote start warranty add-on" (see _PRODUCTS)
    ("protection", "plan"): ("negated", "before"),
    ("warranty",): ("negated", "before"),
    ("service", "contract"): ("negated", "before"),
    ("covers",): ("negated", "after"),
    ("typically",): ("uncertain", "line"),
    ("conflict",): ("uncertain", "line"),
    ("discrepancy",): ("uncertain", "line"),
    # a crash's damage that leaves a part spent or unusable: "curtain airbags deployed",
    # "SRS: fired", "rear camera smashed", "nav screen shattered", "battery beyond repair"
    ("deployed",): ("negated", "either"),
    ("depl",): ("negated", "either"),
    ("fired",): ("negated", "before"),  # not "fired up" (see _NOT_A_CUE_BEFORE)
    ("destroyed",): ("negated", "before"),
    ("shattered",): ("negated", "before"),
    ("smashed",): ("negated", "before"),
    ("crushed",): ("negated", "before"),
    ("beyond", "repair"): ("negated", "before"),
    ("black", "screen"): ("negated", "before"),  # "rear camera black screen"
    ("blank", "screen"): ("negated", "before"),
    ("blue", "screen"): ("negated", "before"),
    # a bid's answer that the car offered does not meet the item: "4.2 sunroof: exception
    # taken", "bidder takes exception to item 7 (nav)", "heated seats - DNC", "does not
    # comply with 'remote start'"
    ("exception",): ("negated", "either"),
    ("exception", "taken"): ("negated", "before"),
    ("exception", "to"): ("negated", "after"),
    ("exception", "of"): ("negated", "after"),  # "with the exception of the sunroof"
    ("takes", "exception", "to"): ("negated", "after"),
    ("take", "exception", "to"): ("negated", "after"),
    ("taken", "exception", "to"): ("negated", "after"),
    ("not", "comply"): ("negated", "before"),
    ("does", "not", "comply"): ("negated", "before"),
    ("do", "not", "comply"): ("negated", "before"),
    ("did", "not", "comply"): ("negated", "before"),
    ("not", "comply", "with"): ("negated", "after"),
    ("does", "not", "comply", "with"): ("negated", "after"),
    ("dnc",): ("negated", "either"),
    ("non", "compliant"): ("negated", "before"),
    ("noncompliant",): ("negated", "before"),
    ("not", "compliant"): ("negated", "before"),
    ("not", "permitted"): ("negated", "before"),
    ("not", "allowed"): ("negated", "before"),
    # what someone asks for is a demand, not the car's: "spec calls for a 360 camera",
    # "buyer asked for heated rear seats", "sunroof was asked about" (review, never a tick)
    ("asked", "for"): ("uncertain", "after"),
    ("asks", "for"): ("uncertain", "after"),
    ("ask", "for"): ("uncertain", "after"),
    ("calls", "for"): ("uncertain", "after"),
    ("call", "for"): ("uncertain", "after"),
    ("called", "for"): ("uncertain", "after"),
    # a part a maker stopped offering, said after it: "V6 diesel discontinued"
    ("discontinued",): ("deleted", "before"),
    # a build stripped of its interior and what went with it: "gutted, A/C and P/S out",
    # "the interior is all out", "door cards, carpet, sunroof all gone"
    ("gutted",): ("deleted", "either"),
    ("all", "out"): ("deleted", "before"),
    ("all", "gone"): ("deleted", "before"),
    # parts of this car offered apart from it: "also selling: the OEM Recaros, the nav unit",
    # "parts from this car available separately: airbags, turbo"
    ("also", "selling"): ("deleted", "either"),
    ("available", "separately"): ("negated", "either"),
}
# the cues of a part still owed to the buyer: a sentence of them that names no feature ("We
# owe: mud guards, wheel locks") doubts nothing the line's other sentences say the car has
OWING = frozenset({"on order", "pending", "backorder", "backordered", "back order",
                   "back ordered", "we owe", "owe", "owes", "owed", "due bill", "b / o",
                   "awaiting", "not in stock", "eta"})
# a product named after the feature it covers, right after it in its part: not a warranty
# alone or after a word that stands for the car ("heated seats, factory warranty")
_PRODUCTS = frozenset({("protection", "plan"), ("warranty",), ("service", "contract")})
# ... unless the line says the part is on the car
_INSTALLED = frozenset({"installed", "fitted"})
# a part taken off for a job and put back after it ("crossbars removed for the wrap,
# reinstalled"): still on the car
_REFITTED = frozenset({"reinstalled", "refitted", "reattached", "remounted"})
# what opens a clause that goes on with the part removed before it: ", reinstalled"
_RESUMING = frozenset({",", "and", "then", "later", "since"})
# what may follow the refitting verb when it puts back the part removed: nothing, a pronoun,
# or how, when and by whom ("reinstalled & torqued", "reinstalled after the wrap"); any other
# word opens an object of its own, another part put back in its place ("removed aftermarket
# CarPlay head unit, reinstalled factory radio": the CarPlay unit stays out)
_REFITTED_SAME = frozenset({",", "and", "or", "then", "after", "afterwards",
                            "later", "by", "at", "on", "onto", "in", "to", "for", "with",
                            "once", "when", "before", "per", "ok", "okay", "again", "back",
                            "properly", "correctly", "successfully", "fine", "same", "it",
                            "them", "one", "both", "all", "as"})
_REMOVING = frozenset({"removed", "pulled", "unbolted", "removing", "dismounted"})
# what a cosmetic job puts on a part: a tint, a film, a wrap or a decal done, declined or
# taken off is that job's, not the part's ("declined tint on moonroof glass", "PPF on LED
# headlights declined", "4x4 decal removed")
_COSMETIC = frozenset({"tint", "tinted", "ppf", "film", "decal", "decals", "badge", "badges",
                       "emblem", "emblems", "pinstripe", "pinstripes", "ceramic", "coating"})
# what is excluded from such a job, or a wrap, stays on the car ("roof wrapped, roof glass
# excluded"); a wrap alone does not narrow a scope ("leather-wrapped wheel")
_COSMETIC_JOBS = _COSMETIC | {"wrap", "wrapped"}
_EXCLUDING = frozenset({"excluded", "excluding", "except", "excludes"})
# a dealer accessory the line says is fitted ("remote starter installed (dealer
# accessory)"): an accessory, but on the car
_ACCESSORY = frozenset({("dealer", "accessory"), ("dealer", "accessories")})
# the words before "installed" that leave it undone: "to be installed", "not installed"
_UNDONE = frozenset({"be", "not", "never", "to", "wo", "without"})
# what an "ETA" names when it heads a line or its date ("Genesis ETA: ...", "ETA update",
# "new ETA 2 wks", "ETA ramp 4/18"): when the car arrives, not a part still owed; an
# e-mail's subject prefix may come before it ("RE: ETA - ...")
_ARRIVAL_AFTER = frozenset({"update", "updated", "email", "ramp", "port", "dealer",
                            "store", "lot"})
_ARRIVAL_BEFORE = frozenset({"new", "revised", "updated", "delivery", "vehicle", "unit"})
_SUBJECT_PREFIXES = frozenset({"re", "fw", "fwd"})
# the words of a date or a time, which a part's ETA heads ("Hitch ETA: next week")
_WHEN = frozenset({"next", "tomorrow", "today", "tonight", "tbd", "tba", "unknown", "pending",
                   "mid", "early", "late", "end", "approx", "approximately", "about",
                   "around", "monday", "tuesday", "wednesday", "thursday", "friday",
                   "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
                   "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may", "jun", "jul",
                   "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march",
                   "april", "june", "july", "august", "september", "october", "november",
                   "december", "week", "weeks", "wk", "wks", "day", "days", "asap", "soon"})
# a wish, or a car had before, whose object car is named with its equipment ("wants a CX-5
# Turbo with ventilated seats", "used to have a Titan with the Cummins", "previously had an
# X5 with the HUD"): the equipment is that car's too
_CAR_NAMED_WITH_PARTS = frozenset({"wants", "used", "previously"})
# symptoms the line may say were put right after them: then no cue
_SYMPTOMS = frozenset({"blowing", "blows", "blow", "frozen"})
# ... or says come only at times: "blows warm at idle"
_AT_TIMES = frozenset({"at", "when", "while", "sometimes", "occasionally", "intermittently",
                       "until", "till"})
# where a part taken off is kept, after a verb of being: "the alloys are in my garage"
_BEING = frozenset({"is", "are", "sits", "sit", "sitting", "stays", "stay"})
_STORES = frozenset({"garage", "shed", "basement", "storage", "attic", "barn"})
# the verbs of a repair, a software fault's too ("screen freezes - reflashed")
_REPAIRED = frozenset({"repaired", "fixed", "replaced", "rebuilt", "reflashed", "reprogrammed"})
# ... and what says a symptom is over: "compressor recharged, now cold"
_PUT_RIGHT = _REPAIRED | frozenset({"now", "recharged", "updated"})
# cue words never read from their shorthand: "brk" is a brake far more often than "broke"
_NOT_SHORTENED = frozenset({"broke"})
# a cue of what a feature cannot be had with rules out the "with" part too: "Panoramic
# moonroof N/A w/ roof rack", "not compatible with factory running boards"
_NOT_WITH = frozenset({("n", "/", "a"), ("not", "available"), ("unavailable",),
                       ("not", "compatible"), ("incompatible",)})
_LONGEST_CUE = max(len(cue) for cue in _CUES)


def _consonants(word: str) -> str:
    """The first letter and the consonants after it, a doubled one once: dealer shorthand
    for a word ("dltd", "eqpd" for "equipped", "avlbl")."""
    kept = word[:1] + "".join(c for c in word[1:] if c not in "aeiou")
    return "".join(c for k, c in enumerate(kept) if k == 0 or c != kept[k - 1])


# a one-word cue as a dealer export shortens it: "NAV RDY", "SUNRF DLT", "RMT STRT PRP"
# (not a negation before its object: "lcks" is "locks" far more often than "lacks")
_SHORT_CUES = {_consonants(cue[0]): cue for cue, (kind, direction) in _CUES.items()
               if len(cue) == 1 and len(cue[0]) >= 5 and cue[0] not in _NOT_SHORTENED
               and direction not in ("one", "one before", "after")}
# a car or a part that does not fit under, through or into a place is too big for it, not
# said to lack a fitting: "Sprinter high roof - would not fit under top deck"
_FIT = frozenset({"fit", "fits", "fitting"})
CUE_WORDS = (frozenset(word for cue in _CUES for word in cue)  # never read as shorthand
             | frozenset(_SHORT_CUES)
             # nor is a word a cue's shape reads: "would not fit under" is no "foot"
             | _FIT)
# a part that ceased doing its work: "stopped heating", "quit charging" (not "stopped
# leaking", "stopped squeaking", "stopped rattling": a fault that ended)
_CEASING = frozenset({"stopped", "quit", "ceased", "stops", "quits"})
# words that are a cue on their own: a table phrase's gap never reaches over one ("seats ~3
# memory" must not read "seats without memory"), nor over a part's ceasing ("heated seats
# quit after the seat recall work")
LONE_CUES = frozenset(cue[0] for cue in _CUES if len(cue) == 1) | {"not"} | _CEASING
# the verbs of a replacement: a gap never reaches over one either ("heated seats replaced by
# manual seats" is no heated seat); not "in" of "in lieu of", a word of many phrases
REPLACING = frozenset(cue[0] for cue, (kind, _) in _CUES.items()
                      if kind == "replaced" and len(cue[0]) > 2)
# a multi-word cue with its later words shortened: "not incl", "not avail", "replaced w"
_CUE_OF = {(cue[0], *short): cue for cue in _CUES if len(cue) > 1
           for short in itertools.product(*({w, w[:4], w[:5], _consonants(w)}
                                            for w in cue[1:]))}
# a car's battery, whose going flat is no fault of a part it powers
_BATTERY = frozenset({"battery", "batteries", "batt", "batts", "12v"})
# what a dead battery opening its part follows ("4x4, dead batt", "alloys (dead battery)"; not
# "remote start dead 12v checked", the part's own death)
_PART_OPENERS = frozenset({"", ",", "a", "the", "my", "his", "her", "their", "our"})
# A cue word followed by one of these is not a cue: "no charge", "less than", "ready to go".
_NOT_A_CUE_BEFORE = {
    "no": {"charge", "cost", "touch"},
    # a maker's name or a measure, not a count of nothing: "Zero Gravity seats", "zero
    # emissions", "zero turn radius", "0 to 60", "zero lag"
    "zero": {"gravity", "emission", "emissions", "turn", "to", "lag", "percent", "down",
             "miles", "complaints", "issues", "problems"},
    # what the speaker did not notice or expect is no lack: "never realised it had a heated
    # wheel", "didn't expect the cooled seats" (not "don't know if it has nav": a doubt)
    "not": {"realize", "realise", "realized", "realised", "expect", "notice", "noticed"},
    "never": {"knew", "realized", "realised", "noticed", "expected"},
    # ("not know" is news only before what the car has: see _DOUBTING)
    "less": {"than"},
    "props": {"to"},  # "props to the dealer"
    "ready": {"to"},
    # a carrier's delivery, beside its pickup ("PU"): "DEL insp", "DEL CR" (condition
    # report), "DEL date", not a deletion
    "del": {"insp", "inspection", "cr", "condition", "report", "date", "time", "eta",
            "photos", "pics", "notes", "signed", "sig", "address", "addr", "window"},
    # a repair's "remove and replace" or "remove & reinstall" keeps the part
    "remove": {"and", "&", "/", "+"},
    "credit": {"card"},
    # an auction catalogue's "optional extra" is an option the car was given
    "optional": {"extra", "extras"},
    # "dead on arrival" was fixed since; a dead pedal is a footrest
    "dead": {"on", "pedal"},
    # a seal that is a part's kind, not the part sealed over: a sealed beam is a kind of
    # headlamp, a "7-pin sealed connector" a kind of plug; nor a deal closed ("the rear
    # climate control sealed the deal")
    "sealed": {"beam", "beams", "connector", "connectors", "bearing", "bearings", "battery",
               "housing", "plug", "plugs", "harness", "unit", "units", "a", "the", "deal"},
    "blew": {"cold", "cool", "ice", "icy", "nice", "great", "strong", "hard", "air", "out"},
    # a car that pulled over or pulled a trailer, a part pulled from a donor car
    "pulled": {"over", "up", "in", "into", "away", "ahead", "a", "an", "from", "codes", "code"},
    # an engine fired up or fired first time runs; only a fired airbag is spent
    "fired": {"up", "right", "first", "on", "straight", "immediately"},
    # a product's warranty card or registration is filled in for a product that was fitted
    # ("Rhino Linings warranty card", "tonneau warranty registration")
    "warranty": {"card", "cards", "registration", "registered"},
}
# a doubt about what a part may not do is none about the part in a recall or a bulletin: "the
# power liftgate may not reverse", "the backrest might not lock" (not "may not have", "may not
# be fitted"; not a seller's "Bluetooth may not pair", a doubt about the car at hand)
_MAY_NOT = frozenset({("may", "not"), ("might", "not")})
# a driver aid out of use for now because its sensor is covered ("Radar Cruise Control
# Unavailable - Clean Radar Sensor", "Blind-Spot system disabled. Radar blocked"): the car
# has it
_OUT_FOR_NOW = frozenset({("unavailable",), ("not", "available"), ("disabled",), ("unavail",)})
_SENSOR_OBSTRUCTED = frozenset({"blocked", "obstruction", "obstructed", "clean", "wipe", "snow",
                                "ice", "mud", "dirt", "dirty", "salt", "caked", "temporarily"})
# ... unless it stays so ("radar blocked msg persists, calibration unsuccessful")
_STILL_OUT = frozenset({"persists", "persistent", "unsuccessful", "permanently"})
_DEFECT_NOTICE = frozenset({"recall", "recalls", "campaign", "bulletin", "tsb", "psb",
                            "notice", "defect", "remedy", "affected", "included", "scope"})
_HAVING_OR_BEING = frozenset({"have", "has", "be", "been", "come", "include", "get", "feature",
                              "offer", "apply", "contain", "carry", "exist", "list", "show"})
# A cue opening one of these idioms is not a cue: "not to mention the bedliner" names it; a
# letdown judges what the part does, which it has ("the remote start works, but only from
# 50 feet, not what I expected")
_IDIOMS = frozenset({("not", "to", "mention"), ("not", "only"), ("not", "just"),
                     # a chat's "honestly": "not gonna lie my civic has a backup cam"
                     ("not", "gonna", "lie"), ("not", "going", "to", "lie"),
                     ("not", "to", "brag"),
                     ("not", "what", "i"), ("not", "what", "we"),
                     # a damage report's disclaimer: "mirror glass cracked, not our damage"
                     # negates who did it, not the part
                     ("not", "our", "damage"), ("not", "our", "fault"),
                     # wonder, not a part blown: "the radar cruise blew my mind"
                     ("blew", "my", "mind"), ("blows", "my", "mind"), ("blew", "me", "away"),
                     ("blows", "me", "away"),
                     # what one trip did not need, not what the car lacks ("composite bed,
                     # liner not needed"): "4x4 not needed today", "tow pkg (not needed for
                     # the field trip)"
                     *(("not", "needed", when) for when in ("today", "for", "this", "yet"))})
# what a negation's object stands for when it is a pronoun: "came without one and had a
# drop-in liner instead" rules out the "one" only, not the part named after it
_PRONOUNS = frozenset({"one", "it", "them", "those", "either"})
# A cue word after one of these is not a cue: "with optional third row seat" has the seat.
_NOT_A_CUE_AFTER = {
    # a battery that died or is dead is the battery's fault: "key fob battery dead, push start
    # still works", "battery died at the venue, remote start did nothing"
    "dead": _BATTERY,
    "died": _BATTERY,
    "optional": {"with", "has", "had", "have", "factory", "its", "as", "an", "the", "and"},
    # a function lost for a while and back since: "steering assist intermittently lost"
    "lost": {"intermittently", "briefly", "occasionally", "temporarily", "sometimes"},
    # a part repaired under the maker's cover is no product: "battery replaced under warranty"
    "warranty": {"under", "by", "via", "through", "thru"},
    # a defect a recall says may come is no fault the car has now: "the running boards may
    # fail to retract", "the camera could fail"
    "fail": {"may", "might", "could", "can", "will", "would"},
    "fails": {"may", "might", "could", "can", "will", "would"},
    # running boards and steps deploy as their work: "side steps deployed"
    "deployed": {"steps", "step", "boards", "board"},
    # stuck back on: "homelink buttons re-stuck to the new glass"; a tyre's name: "P Zero"
    "stuck": {"re"},
    "zero": {"p"},
    # a bid that takes no exception complies: "no exceptions", "complies without exception"
    "exception": {"no", "without", "any"},
    # a trim named Style after an engine's or a drive's code is no imitation of it ("2.0 TDI
    # Style", "1.5 TSI Style", "xDrive Style"): a code names no look to copy
    "style": {"tdi", "tsi", "tfsi", "dci", "crdi", "cdti", "hdi", "tdci", "quattro", "4motion",
              "xdrive", "awd", "4x4", "4wd"},
}
_COMMA = ","
# what "did not know" asks, a doubt: "don't know if it has nav", "not know whether"
_DOUBTING = frozenset({"if", "whether", "what", "which", "how", "why", "where", "about", "yet",
                       _COMMA})
MASKED_ITEM = "\u00a6"
"""Where a never-phrase stood, one word: what a cue rules out reads on through it as
through any item of its list ("lacks power sliding doors, a power liftgate and blind-spot
warning" lacks all three), while no table phrase matches it."""
# a part replaced with a new one of its kind is repaired, not taken away: "airbag module
# replaced with new OEM module", "turbocharger replaced with reman OEM turbo"
_LIKE_FOR_LIKE = frozenset({"new", "oem", "reman", "remanufactured", "genuine", "updated"})
# a checklist's answer that the feature is not there ("n", "na", "nil": "Sunroof: NA")
_ANSWER_NO = frozenset({"n", "na", "nil", "false", "nope", "0"})  # "Nav: 0", "Sunroof=0"
# a checklist's answers that the feature is there, and a pass/fail sheet's marks ("[P] A/C
# [F] radio"): an "f" is a fail only beside a "p"
_ANSWER_YES = frozenset({"y", "yes", "ok", "p", "pass", "1", "true", "check", "checked"})
_PASS_MARK, _FAIL_MARK = "p", "f"
ANSWERS = _ANSWER_YES | _ANSWER_NO  # a checklist's word after its item, never shorthand
# the verbs that give such an answer to a list, and the words before the list: "seller
# answered N to: third row, rear a/c", "marked no for sunroof, nav", "checked no on HUD"
_ANSWERING = frozenset({"answered", "answers", "answer", "marked", "said", "says", "replied",
                        "responded", "checked", "ticked", "circled", "selected", "put",
                        "entered", "chose", "indicated"})
_ANSWERED_TO = frozenset({"to", "for", "on", "against"})
# what a part does, which a "no" after it denies ("no function", "no response", "no picture")
_WORKING = frozenset({"function", "functions", "functionality", "functioning", "response",
                      "power", "movement", "operation", "output", "sound", "signal",
                      "picture", "image", "video", "display", "communication", "comms",
                      "connection", "connectivity", "reception"})
_WORKING_FILLER = frozenset({"any", "all", "at", "direction", "directions", "whatsoever",
                             "either", "both", "side", "sides", "from", "when", "pressed"})
# a warning light, what it is said to do, and the words that put it out again
_LAMPS = frozenset({"light", "lights", "lamp", "lamps", "telltale", "telltales"})
_STAYING = frozenset({"is", "are", "stays", "stay", "remains", "remain", "was", "were"})
_JOINED_LAMP = 5  # words from "and" to the next lamp: "and the traction control light"
_LAMP_FILLER = frozenset({"both", "still", "always", "constantly", "permanently", "all"})
_LIT = frozenset({"on", "lit", "illuminated", "flashing", "blinking", "flashes", "blinks"})
# where or since when a lamp is lit ("lamp lit on the dash", "lights illuminated since
# Tuesday"); not after "on" itself, which places the lamp ("lights on both mirrors")
_LIT_WHERE = frozenset({"on", "at", "since", "for", "during", "while", "until", "again"})
_PUT_OUT = _PUT_RIGHT | frozenset({"off", "ok", "okay", "cleared", "reset", "calibrated",
                                   "resolved", "correction"})
# "capable" names a feature ("4G LTE capable"), but one that still requires something is
# only prepared for it
_SWAPPING = frozenset({"replaced", "swapped", "exchanged", "traded", "converted", "changed"})
# the verbs of a change whose new part follows "to": "converted the sunroof to a solid panel"
_CHANGING = frozenset({"converted", "changed"})
# a part never put on, or left off: "kept the hitch off it", "left the third row out" (not
# "kept the sunroof shut": a roof kept shut is there)
_LEAVING = frozenset({"kept", "keep", "left", "leave"})
# a verb of taking with its particle after the object: "took the hitch off", "pulled the
# third row out"
_PULLING = frozenset({"took", "take", "taken", "pull", "pulled", "ripped", "yanked", "stripped",
                      "cut", "got", "sealed", "welded", "sold"})
_TAKING = _PULLING | _LEAVING
# "sealed the sunroof shut with silicone", "sold the hitch and harness separately"
_PARTICLES = frozenset({"off", "out", "shut", "separately"})
# what may follow the particle in its part: how, or with what ("... shut with silicone")
_AFTER_PARTICLE = frozenset({_COMMA, "with", "for", "by", "and", "at", "in", "because",
                             "before", "after", "when", "on", "of", "last", "to",
                             "it", "them",  # "took the hitch off before selling", "... off it"
                             "the",  # "took the towers + bars off the night before"
                             "completely", "entirely", "permanently", "already"})
_TAKEN_OBJECT = 7  # words between the verb and its particle
_DETERMINERS = frozenset({"the", "its", "a", "an", "his", "her", "their", "our", "my", "all"})
_SWAPPED_OBJECT = 7  # words an active swap's object runs to its "with" or "for"
# the words that mark the part a swap took out: "replaced factory JBL unit"
_ORIGINAL = frozenset({"factory", "original", "stock", "oem"})
# a part fitted after the factory: what a "not the factory ..." says the part is instead
_AFTERMARKET = frozenset({"aftermarket", "replica", "replicas", "reproduction", "retrofit",
                          "retrofitted"})
# who repairs a car, or an adverb or auxiliary before the verb: a swap with no part before
# it ("we replaced the battery", "recently replaced the radio") is a repair
_PEOPLE = frozenset({"we", "i", "they", "he", "she", "dealer", "owner", "owners", "seller",
                     "shop", "po", "mechanic", "tech", "technician", "you", "just", "recently",
                     "also", "then", "been", "has", "have", "had", "was", "were", "is", "are",
                     "and"})
_CAPABLE = frozenset({"capable", "compatible"})
# a condition still to be met after "capable": "capable once flashed", "only with an update"
# (not "touch-capable with CarPlay": "with" alone names what it is capable of)
_ON_CONDITION = frozenset({"once", "if", "after", "until", "pending", "when"})
# what is still needed, said right after "capable": "CarPlay capable but needs an update",
# "capable, just needs the fob programmed" (after another item a need is the car's other
# business: "CarPlay capable, AWD, needs tires")
_NEEDS = frozenset({"need", "needs", "needed", "needing"})
_BEFORE_NEED = frozenset({"but", "just", "still", "only"})
_ONLY_ON = _ON_CONDITION | {"with"}
_REQUIRES = frozenset({"requires", "required", "requiring", "req", "reqd", "reqs"})
# what a car is made ready for that is no part of it: a use, a season, a hand-over
_PURPOSES = frozenset({"work", "job", "jobsite", "site", "road", "trip", "trips", "travel",
                       "winter", "summer", "spring", "fall", "autumn", "season", "snow",
                       "sale", "delivery", "pickup", "collection", "owner", "home", "family",
                       "adventure", "adventures", "camping", "weekend", "weekends", "beach",
                       "school", "college", "commute", "commuting", "business", "duty",
                       "farm", "ranch", "hunting", "fishing", "trails", "anything"})
# what a feature needs that is a service, not another feature: "Remote start requires dealer
# activation", "Navigation requires a subscription renewal": the feature does not work yet
_SERVICE = frozenset({"activation", "activate", "activated", "subscription", "subscriptions",
                      "renewal", "account", "enrollment", "enrolment", "plan",
                      "purchase"})  # bought apart: "tow hitch requires purchase of tow pkg"
# a contrast ends what a cue rules out: "no sat nav but has bluetooth"
# who did something to the car, alone before the cue that says what ("we took out")
_SUBJECTS = frozenset({"we", "i", "they", "he", "she", "dealer", "owner", "seller", "shop"})
_PERSONS = frozenset({"i", "we", "you", "u", "they", "he", "she"})  # a clause's own subject
_BE_FORMS = frozenset({"is", "was", "are", "were"})
# the verbs of getting a part, whose person's "not" is about the part named before: "a diesel
# we can't buy here" (those of having, "I didn't get", are :data:`_HAVING`'s, read apart)
_ACQUIRING = frozenset({"buy", "order", "choose", "pick", "spec", "want", "need", "take", "add",
                        "opt", "pay"})
# what a car pulls when it tows, named within a few words of "pulled"
_TOWED_LOADS = frozenset({"trailer", "trailers", "camper", "boat", "load", "horses", "toad",
                          "fifth", "5th", "rv"})
_LOAD_NAMED = 4
# ... not the part of the towing gear a load's name opens: "the trailer hitch receiver"
_TOWING_GEAR = frozenset({"hitch", "wiring", "brake", "plug", "receiver", "connector",
                          "harness"})
_CONTRAST = frozenset({"but", "however", "although", "though", "whereas", "yet"})
# a service asked for a part the car has ("wants remote start checked"), within a few words
_SERVICED = _REPAIRED | frozenset({"checked", "looked", "inspected", "reset", "recalibrated",
                                   "calibrated", "programmed", "serviced", "adjusted", "aligned",
                                   "diagnosed", "tested"})
_SERVICE_NAMED = 5
# what a take-off (a part taken off one car, sold for another) is
_GOODS = frozenset({"alloys", "wheels", "rims", "tires", "tyres", "seats", "bumper", "parts",
                    "set", "mirrors", "running", "steps", "boards"})
_SO = frozenset({"so", "thus", "therefore", "hence"})  # a consequence of the part before
_ENDS_FORWARD = frozenset({_COMMA, "with", "including", "includes"}) | _CONTRAST
# ... and so does what an order adds: "REMOVE FOG LAMPS / ADD Z82 TRAILERING PKG" (not a
# dealer's "add-on")
_ADDING = frozenset({"add", "adds"})
# a checklist's "OK" closes the item before it: "Cruise OK / Nav N/A" rules out only the nav
_ENDS_BACKWARD = _ENDS_FORWARD | {"and", "or", "ok"}
_FOR = "for"
_WITH = "with"
# the verb a prose negation negates, before what the car lacks: "does not come with
# navigation", "has no reversing camera", "never had a tow bar", "not fitted with a hitch"
_HAVING = frozenset({"have", "has", "had", "come", "comes", "came", "include", "includes",
                     "included", "get", "gets", "got", "feature", "features", "offer", "offers",
                     "fitted", "equipped", "supplied", "sold", "been", "be", "a", "an", "any"})
_REACHES_BACK = frozenset({"not", "never"})  # "sunroof , not working": a verb's negation
# a lone participle after "not" says the feature before it is not there, whatever the verb
# ("not pairing", "option not ticked", "not specced"): the verb list cannot be complete
_PARTICIPLE_ENDINGS = ("ing", "ed")
# how a part works, after its participle: "aircon not blowing cold", "not working properly"
# (not what it shows: "leather not showing wear")
_HOW = frozenset({"cold", "hot", "properly", "correctly", "right", "well", "reliably",
                  "consistently", "anymore", "reliable"})
# ... except one that describes the feature's condition: "leather not damaged" has leather
_CONDITION = frozenset({"damaged", "cracked", "torn", "scratched", "worn", "marked", "stained",
                        "scuffed", "faded", "dented", "chipped", "kerbed", "curbed", "smoked",
                        "used", "abused", "affected", "modified", "touched", "disturbed"})
# ... and what a car has lived through, said of the car, not of a part before it: "never seen
# snow", "never wrecked", "never tracked"
_CAR_LIFE = frozenset({"seen", "saw", "wrecked", "tracked", "raced", "wintered", "flooded",
                       "crashed", "offroaded", "winter", "snow", "salt"})
# ... and what a judgement of the car or the deal says ("Not cheap.", "not bad", "not kidding")
_JUDGEMENTS = frozenset({"cheap", "bad", "kidding", "joking", "great", "perfect", "pretty",
                         "fancy", "cute", "ideal", "terrible", "horrible", "awful", "fast",
                         "quick", "slow", "comfy", "comfortable", "spacious", "roomy", "huge",
                         "small", "big", "pricey", "expensive", "fun", "flashy"})
# "bluetooth does not connect": the verb's subject is the feature before the auxiliary
# an answer ending its part answers the words before it in that part ("rear no")
_ANSWERS_OWN_PART = frozenset({"no", "none"})
# parts of a feature that can fail while the feature still works: "sunroof shade broken",
# "seat trim missing" say nothing against the sunroof or the seats
_TRIM_PARTS = frozenset({"shade", "shades", "sunshade", "blind", "blinds", "trim", "bezel",
                         "bezels", "seal", "seals", "visor", "cap", "caps", "weatherstrip",
                         "weatherstripping", "glass", "lens", "lenses", "louver", "louvers",
                         # a seat's loose parts: "3rd row headrests x2 missing" has the row
                         "headrest", "headrests", "restraint", "restraints",
                         # ... and a part's cover, clip or deflector: "tow hitch cover
                         # missing", "3rd row seatbelt clip is broken", "sunroof deflector gone"
                         "cover", "covers", "clip", "clips", "deflector", "deflectors",
                         "buckle", "buckles", "seatbelt", "seatbelts"})
# the working pieces of a feature, whose failing is the feature's own ("sunroof motor broken")
# unless they belong to one of its trim parts: "pano roof shade motor broken", "heated seat
# switch cover missing"
_WORKING_PIECES = frozenset({"motor", "motors", "switch", "switches", "button", "buttons"})
# a count said after a part, before what befell it: "headrests x2 missing", "caps (4) lost"
_COUNT = re.compile(r"x?\d+x?|both|pair|all")
_PACKAGE_NOUNS = frozenset({"package", "pkg", "group", "grp", "pack"})
# the words that say a service a feature requires was bought: "(requires plan, included)"
_MET = frozenset({"ordered", "fitted", "installed", "equipped", "included", "present",
                  "active", "activated", "subscribed"})
# a screen or what it shows that shows nothing: "camera screen is black", "nav display stays
# blank", "HUD projection blank", "backup camera image black"
_SCREENS = frozenset({"screen", "display", "monitor", "screens", "displays", "projection",
                      "image", "picture", "feed"})
_BECOMING = frozenset({"is", "was", "stays", "stayed", "remains", "goes", "went", "turns",
                       "turned", "just", "all", "completely"})
_DARK = frozenset({"black", "blank", "dark"})
# when a part quit, said right after it: "liftgate quit 2 days after purchase", "the amp
# quit last week", "nav quit after a month"
_QUIT_WHEN = frozenset({"after", "last", "yesterday", "today", "within", "since", "right", "in",
                        # ... or the part's clause ends: "the hud washed out and then quit,
                        # ...", "heated seats quit" (not "quits when the radar is blocked")
                        _COMMA, "and", "so", "too", "again", "completely"})
# what a part has not done since it failed: "the camera hasn't worked since ..."
_PERFECT = frozenset({"has", "have", "had"})
_WORKED = frozenset({"worked", "functioned", "operated", "connected", "paired", "opened",
                     "closed", "engaged"})
_CONDITION_ING = frozenset({"leaking", "squeaking", "rattling", "smoking", "dripping",
                            "ticking", "knocking", "squealing", "grinding", "clunking"})
_LIST_ITEM = 4  # words of one item in a list a negation heads
_ARTICLE_WORDS = frozenset({"the", "a", "an"})
_JOINING_WORDS = frozenset({"and", "or", "nor", "&"})
# words that end such a list: a clause of its own ("so no Bose", "still has heated fronts",
# "heated seats and heated wheel present", "backup camera reconnected and working")
_SAYS_MORE = frozenset({"so", "still", "has", "have", "had", "yes", "present", "working",
                        "works", "retained", "kept", "reconnected", "installed", "fitted",
                        "equipped", "included", "standard", "std", "only", "no", "not", "but",
                        "however", "though", "although", "yet", "is", "are", "was", "were"})
# the negations that govern a whole list as their object, one ending in "and" too: "lacks
# the Bose, heated rear seats and the 360 monitor" (not "no sunroof, heated seats and nav",
# a lack and then what the car has); written as a heading, the plain form keeps them heading
# what follows their colon ("Without: 4x4")
GOVERNS_LIST = frozenset({"without", "lacks", "lacked", "lacking", "excludes", "excluding",
                          "minus", "sans", "forgoes", "forgoing", "forwent"})
_NOT_YET = frozenset({"to", "can", "could", "will", "would", "may", "might"})
# the auxiliaries a verb follows (not "is", "was": "cruise is not adaptive" names a kind)
_DOING = frozenset({"does", "do", "did", "will", "can", "could", "would"})
# what "do not" tells a reader to do, with or without an object after it: an instruction, no
# part's failing ("4x4. DONT drop", "car seats in the 2nd row, do NOT remove")
_INSTRUCTED = frozenset({"drop", "discount", "sell", "touch", "wholesale", "reduce", "budge",
                         "negotiate", "accept", "price", "trade", "advertise", "publish", "post",
                         "ship", "wash", "detail", "remove", "wheel", "tow", "jump", "deliver",
                         "release", "bother", "forget", "miss", "say", "worry",
                         # ... or a person's doing no part does: "4wd, $6,900 (dont ask)",
                         # "cooled seats, HUD. dont eat in it", "DO NOT spill honey in it"
                         "ask", "judge", "eat", "spill", "smoke", "drink", "laugh", "panic"})
# the car itself as a verb's object: "remote start - does not start the car" is its failing
_THE_CAR = frozenset({"car", "vehicle", "truck", "engine", "suv", "van", "unit"})
_AUXILIARY = _DOING | _BE_FORMS
_ON_TRIM = frozenset({"available", "avail", "standard", "std", "expected"})  # "expected on SL"
# "on" these is every car, or the car itself, or the phone: no trim condition
_ANY_CAR = frozenset({"all", "every", "any", "this", "compatible", _COMMA,
                      "unit", "vehicle", "car", "truck"})  # "standard on unit": this car
# words that stand for the feature a line names: "heated seats - option not selected"
# verbs of using or handling a part: a negation that opens an instruction with one of them
# ("never use cruise control on slippery roads", "do not leave coins on the charging pad")
# warns about using the part, which it takes for granted; it does not deny the part
_HANDLING = frozenset({"use", "leave", "place", "put", "operate", "engage", "activate",
                       "rely", "store", "touch", "cover", "block", "obstruct", "exceed",
                       "attempt", "overload", "spray", "sit", "stand", "lean", "hang",
                       "allow", "let", "open", "close", "adjust", "wash", "press", "push",
                       "disable", "modify", "drive",
                       # ... or moving the car or a part as cargo: "do not load on top deck",
                       # "never stack on the diesel", "do not strap over the running boards"
                       "load", "unload", "stack", "ship", "strap", "tie", "transport", "haul",
                       "carry", "tow", "lift", "jack", "winch"})
# what may open an instruction's "do not" besides its clause's start: a plea, a filler or a
# report of who gives it ("pls dont change", "just don't force it", "cust says do not spray")
_BEFORE_INSTRUCTION = frozenset({"pls", "please", "plz", "just", "so", "and", "but", "also",
                                 "ok", "okay", "says", "said", "asks", "asked"})
# what follows an instruction's verb: its object or a particle ("do not polish the radar",
# "don't share it", "dont take the tonneau off"); a part's failing has none ("heated seats,
# do not work")
_INSTRUCTION_OBJECT = _DETERMINERS | {"it", "them", "this", "that", "these", "those", "your",
                                      "any", "anything", "off", "out"}
# a part getting into a state, which its "not" says it fails to do: "doesn't get cold"
_GETTING = frozenset({"get", "gets", "got"})
_STATES = frozenset({"cold", "colder", "cool", "cooler", "warm", "warmer", "hot", "hotter",
                     "loud", "louder", "bright", "brighter"})
# the particle of a verb of taking a part off, a few words after it
_TAKEN_OFF = frozenset({"off", "out"})
_PHRASAL = 4
# the verbs whose "do not" is about having, getting or expecting the part, not handling it
_NOT_INSTRUCTING = _HAVING_OR_BEING | _ACQUIRING | _HAVING | frozenset({
    "expect", "count", "look", "think", "believe", "assume", "see", "find", "know",
    "remember", "recall", "plan", "hope", "work"})
# what a part is said to be missing from when it is not on the car: "crossbars not in
# vehicle", "hitch not on truck"
_NOT_ON = frozenset({"on", "in", "inside"})
_CAR_NOUNS = frozenset({"vehicle", "car", "truck", "unit", "suv", "van"})
_RENTERS = frozenset({"cust", "customer", "renter", "guest", "driver", "client"})
# where in the car a part is fitted, which a part is taken from
_CAR_PLACES = frozenset({"dash", "dashboard", "console", "door", "doors", "roof", "bed",
                         "trunk", "tailgate", "liftgate", "hatch", "bumper", "grille", "cabin",
                         "interior", "headliner", "windshield", "steering", "seat", "seats"})
# the participles of a theft, which say a part was taken only of the part before them
_STEALING = frozenset({"stolen", "taken", "stripped"})
_REPORTING = frozenset({"reported", "reports", "listed", "flagged", "entered"})
_MODEL_YEAR = re.compile(r"(?:19|20)\d\d")
_CLEARANCE = frozenset({"under", "through", "beneath", "below", "into", "in", "inside",
                        "between", "past"})
# a part packed away as cargo, not fitted: "crossbars strapped in the bed", "tow bar stowed
# in boot", "running boards boxed in the cab"
_STOWING = frozenset({"loaded", "stacked", "strapped", "stowed", "boxed", "packed", "crated",
                      "shipped", "stored", "tied", "placed"})
_HOLDS = _STORES | frozenset({"bed", "cargo", "trunk", "boot", "cab", "box", "crate",
                              "back"})
# what an item of a list says of its part that keeps it on the car, or that the car has it:
# a removal's list ends before it ("deleted rear seats, spare; kept LSD, turbo", "sold: amp,
# seats. Still here: third row")
_KEEPING = frozenset({"kept", "keep", "keeps", "retained", "retain", "retains", "remaining",
                      "remains", "remain", "still", "intact", "ok", "okay", "works", "working",
                      "work", "here", "stays", "stayed", "checked", "tested", "verified",
                      "installed", "fitted", "std", "standard", "yes", "y", "pass", "good",
                      "fine", "complies", "has", "have", "had", "now", "new", "added"})
# the removals that head a list of what they took ("deleted rear seats, spare, airbags");
# not a price's "credit" nor an option's "delete" ("moonroof delete, credit $900; leather")
_REMOVAL_HEADS = frozenset({"removed", "deleted", "pulled", "sold", "gone", "gutted", "out",
                            "stripped", "selling", "separately"})
_LISTED_ITEM = 8  # words of one item in a list a removal heads or closes
_DOER = 2  # words naming who removed a list's parts: "the conversion shop pulled ..."
# what closes a list every item of which a removal takes: "seats, amp, sunroof all removed"
_ALL = frozenset({"all", "both"})
# where a part sold off goes: "amp sold", "turbo sold to a friend", "pulled/sold: engine"
_SOLD_TO = frozenset({_COMMA, "to", "/", "off"})
# where a part thrown out with another goes: "heated seats went with the stock seats",
# "the A/C went in the dumpster"
_GOING = frozenset({"went", "go", "goes", "gone"})
_WITH_OR_IN = frozenset({"with", "in", "into"})
# who keeps a part that went with them off the car, and the word that says they owned it before
_KEEPERS = frozenset({"customer", "owner", "seller", "buyer", "him", "her", "them", "client",
                      "lessee", "consignor", "tenant", "driver"})
_FORMER = frozenset({"previous", "prior", "former", "old", "last", "first", "original"})
# who took a part: "thieves took the charging pad", "someone stole the tonneau"
_THIEVES = frozenset({"thief", "thieves", "thiefs", "someone", "somebody", "burglar",
                      "burglars", "vandals", "crooks", "suspect", "suspects"})
_THEFT_VERBS = frozenset({"took", "stole", "swiped", "nabbed", "grabbed", "snatched"})
# who takes a list of parts off ("the conversion shop pulled ...", "the kit removed ...")
_DOERS = _SUBJECTS | _THIEVES | {"po", "mechanic", "tech", "installer", "kit", "converter",
                                 "upfitter"}
_BINS = frozenset({"dumpster", "trash", "bin", "skip", "scrap", "garbage", "scrapyard"})
_FAILING = frozenset({"fail", "failed", "fails"})
# damage that wrecks the part a trim part belongs to: "sunroof glass shattered" leaves no
# sunroof (not "sunroof shade broken", which leaves it)
_WRECKING = frozenset({"shattered", "smashed", "crushed", "destroyed"})
_NOT_APPLICABLE = ("n", "/", "a")
# what a "n/a" says it is not applicable to, when it is no list's heading: "n/a on base"
_NOT_ON_TRIM = frozenset({_COMMA, "on", "in", "for", "to", "at", "with", "here", "there"})
_FILLER = frozenset({"option", "options", "opt", "optional", "feature", "equipment", "item",
                     "this", "is", "was", "the", "currently", "no", "charge", "cost",
                     "dealer", "customer", "factory", "for",  # "no charge for delete"
                     "does", "do", "did", "will", "can",  # "remote start - does not work"
                     # when it was ruled out: "aftermarket camera, since removed"
                     "since", "later", "subsequently", "then", "now", "been", "has", "had",
                     # the car or a part of the feature: "Remote start: vehicle is pre-wired;
                     # module not installed"
                     "vehicle", "car", "truck", "module", "hardware", "kit", "parts"})


@dataclass(frozen=True)
class Scope:
    """One ruled-out stretch of a line: its kind, the cue that opened it, the words in it."""

    kind: Kind
    cue: str
    start: int  # word index of the first ruled-out word
    end: int  # word index after the last ruled-out word
    words: str

    @property
    def reason(self) -> str:
        return f"{self.kind}: {self.words!r} ({self.cue})"


def find_scopes(line: str, phrases: frozenset[int] = frozenset(),
                known: frozenset[str] = frozenset()) -> list[Scope]:
    """The ruled-out stretches of a plain-form ``line``, in order. A cue word at an index in
    ``phrases`` (words a table phrase matched) is part of a feature's name, not a cue: the
    table's "towing prep group" is a tow package. ``known`` are the words of the labels'
    names: "cruise control , not adaptive" rules out a kind ("adaptive"), not the part
    before, while "bluetooth does not connect" rules out the bluetooth."""
    words = line.split()
    scopes, i = [], 0
    leading = _answers_lead(words, phrases)
    while i < len(words):
        found = None if i in phrases else ((leading and _leading_answer(words, i))
                                           or _cue_at(words, i))
        if found is None:
            i += 1
            continue
        size, kind, direction = found
        start, end = _object(words, i, size, (kind, direction), (phrases, known))
        if kind in ("negated", "deleted"):
            start, end = _job_only(words, start, end)
        start, end = _whole_list(words, (i, size), (start, end), kind)
        cue = " ".join(words[i:i + size])
        if cue in OWING and owed_delivered(words, (i, i + size)):
            i += size  # "WE OWE: spray-in bedliner + hitch. Both done 3/14"
            continue
        # the cue itself is masked too: "delete" or "prep" must not match a phrase either
        lo, hi = min(start, i), max(end, i + size)
        if hi < len(words) and words[hi] == _WITH and _CUE_OF.get(
                tuple(words[i:i + size]), tuple(words[i:i + size])) in _NOT_WITH:
            hi = _past_other_part(words, hi)
        text = " ".join(w for w in words[start:end]
                        if w not in (_COMMA, MASKED_ITEM) and w not in cue.split())
        scopes.append(Scope(kind, cue, lo, hi, text))
        i = hi
    return scopes


_DELIVERED = frozenset({"installed", "done", "completed", "fitted"})
_ALL_OF_IT = frozenset({_COMMA, "both", "all", "everything"})
_MADE_BY = frozenset({"dealer", "port", "factory"})  # "dealer-installed": a kind of part


def owed_delivered(words: list[str], cue: tuple[int, int]) -> bool:
    """Whether a line that owes the buyer parts (``cue``: the index of the owing cue's first
    word and of the word after it) says they were since put on: in the cue's own clause
    ("installed the remote start module on the we-owe"), or all of it after the cue ("we owe:
    bed liner + hitch. both done", "on backorder, installed last Tuesday"); not still to come
    ("to be installed"), nor another item's status ("roof rack - BACKORDER / fog lights -
    INSTALLED", "rock rails installed; hitch on backorder")."""
    start, end = cue
    undone = _NOT_DONE | _MADE_BY
    for k, word in enumerate(words):
        if word not in _DELIVERED or (k > 0 and words[k - 1] in undone):
            continue
        between = words[min(k, end):max(k, start)]
        if _COMMA not in between or (k >= end and words[k - 1] in _ALL_OF_IT
                                     and "/" not in between):
            return True
    return False


# the nouns of a trim or a model: "not available with the Hybrid Blue trim" names the car's
_TRIM_NOUNS = frozenset({"trim", "grade", "model", "version", "edition"})


def _past_other_part(words: list[str], with_at: int) -> int:
    """Past the "with" part at ``with_at`` of what cannot be had with a feature ("moonroof
    N/A w/ roof rack" rules out the rack too), unless that part names the car's own trim
    ("AWD not available with the Hybrid Blue trim": the car is that hybrid)."""
    end = _forward(words, with_at + 1)[1]
    return with_at if words[end - 1:end] and words[end - 1] in _TRIM_NOUNS else end


def _whole_list(words: list[str], cue: tuple[int, int], span: tuple[int, int],
                kind: Kind) -> tuple[int, int]:
    """A removal's object widened to the list it heads or closes: "deleted rear seats,
    spare, airbags" and "A/C, amp, sunroof all removed" take every item, a "n/a" or a
    "FAIL" that leads its part ("N/A: HUD, Bose") every item after it, and so does a
    failing all the list shares ("heated seats, power lumbar: all dead")."""
    (i, size), (start, end) = cue, span
    leads = kind == "negated" and tuple(words[i:i + 3]) == _NOT_APPLICABLE
    if end <= i and start < end and kind == "negated" and (
            words[i - 1] in _ALL or _said_of_all(words[i + size:i + size + 4])):
        # "nav, carplay and backup cam all unusable", "hitch, 4wd, sunroof? nope on all
        # four", "tow pkg, hitch, backup cam, none of the above"
        return _listed_back(words, start, stop_at=_CONTRAST), end
    if kind != "deleted" and not leads:
        return start, end
    removal = words[i + size - 1] in _REMOVAL_HEADS
    if start >= i + size and end > start and (removal or leads):
        heading = start > i + size  # "sold: seats, amp" (a comma after the cue)
        longest = _LISTED_ITEM if heading else _LIST_ITEM
        if _opens_part(words, i) or words[i - 1] == "/":
            return start, _listed_on(words, (start, end), longest)
        if _after_its_doer(words, i):  # a sentence's list: only one an "and" closes
            return start, _listed_on(words, (start, end), longest, closed=True)
    if end <= i and start < end and (words[i] in _ALL or words[i - 1] in _ALL):
        return _listed_back(words, start), end
    return start, end


def _said_of_all(following: list[str]) -> bool:
    """Whether the words after an answer say it answers every item before it ("nope on all
    four", "no to all", "none of the above"), a comma before them or not."""
    following = following[1:] if following[:1] == [_COMMA] else following[:3]
    return following[:2] in (["on", "all"], ["to", "all"], ["for", "all"]) or (
        following == ["of", "the", "above"])


def _after_its_doer(words: list[str], i: int) -> bool:
    """Whether the removal at ``i`` follows only whoever did it in its part ("the shop
    pulled ...", "but the kit removed ..."): a doer and a joining word, no feature."""
    before = words[_part_start(words, i):i]
    doer = [w for w in before if w not in _CONTRAST | _JOINING_WORDS | _DETERMINERS]
    return 0 < len(doer) <= _DOER and bool(_DOERS & set(doer))


def _job_only(words: list[str], start: int, end: int) -> tuple[int, int]:
    """A negated or deleted object narrowed to the cosmetic job it names, when it names one
    ("declined tint on moonroof glass": the tint, not the moonroof; "4x4 decal on bedside,
    removed": the decal, not the 4x4)."""
    job = next((k for k in range(start, end) if words[k] in _COSMETIC), None)
    if job is None or _CONTRAST & set(words[start:end]):
        return start, end  # "JBL badges on the speakers but the amp is missing": the amp
    return job, job + 1


def direction_of(scope: Scope) -> Direction:
    """Where ``scope``'s cue looks for what it rules out: "one" for the one word next to it
    ("non", "faux"), "before" for a cue that never reads forward ("not included"), ..."""
    found = _CUES.get(_CUE_OF.get(tuple(scope.cue.split()), tuple(scope.cue.split())))
    return found[1] if found else "before"


def mask(line: str, scopes: list[Scope]) -> str:
    """``line`` with every scope's words replaced by a boundary no phrase crosses."""
    words = line.split()
    for scope in scopes:
        for k in range(scope.start, scope.end):
            words[k] = _COMMA
    out: list[str] = []
    for word in words:
        if not (word == _COMMA and out and out[-1] == _COMMA):
            out.append(word)
    return " ".join(out).strip(" ,")


# the cues read only in the passive ("the tonneau was never fitted"), and those said only of
# the car ("this car was never so equipped", not "I'm not so equipped to handle snow")
_PASSIVE_ONLY = frozenset({("never", "fitted"), ("never", "installed"), ("never", "equipped"),
                           ("never", "ordered")})
_CAR_SUBJECT_ONLY = frozenset({("never", "so", "equipped"), ("not", "so", "equipped")})
_CAR_SUBJECTS = frozenset({"car", "this", "it", "example", "vehicle", "one", "ours", "truck"})


def _car_is_subject(words: list[str], i: int) -> bool:
    """Whether the words before a cue at ``i`` are the car and its verb ("this car was")."""
    return i > 1 and words[i - 1] in _BE_FORMS and words[i - 2] in _CAR_SUBJECTS


# an option said to be on this car after it: "optional; this example has it", "optional, ours
# has one" (not "our neighbour's has it")
_HAD_HERE_SPAN = 7
_THIS_CAR_WORDS = frozenset({"this", "ours", "here"})
_HAVING_IT = frozenset({"has", "had", "got", "gets"})
_IT_OR_ONE = frozenset({"it", "one", "them", "both"})


def _had_here(following: list[str]) -> bool:
    """Whether the words after an option say this car has it ("this example has it")."""
    return any(w in _HAVING_IT and following[k + 1:k + 2] and following[k + 1] in _IT_OR_ONE
               and _THIS_CAR_WORDS & set(following[:k]) for k, w in enumerate(following))


def _tows(words: list[str], i: int) -> bool:
    """Whether the words after the "pulled" at ``i`` name a load it towed
    (:data:`_TOWED_LOADS`), not the towing gear named after the load's word ("pulled the
    trailer hitch")."""
    return any(words[k] in _TOWED_LOADS and not _TOWING_GEAR & set(words[k + 1:k + 2])
               for k in range(i + 1, min(i + 1 + _LOAD_NAMED, len(words))))


def _cue_at(words: list[str], i: int) -> tuple[int, Kind, Direction] | None:
    if i >= len(words):
        return None  # "ready for" ending the line: no cue after the end
    if _is_answer_no(words, i):
        return 1, "negated", "before"
    if _is_capable_only(words, i):
        return 1, "prerequisite", "before"
    if _replaces_what_follows(words, i):
        return 1, "replaced", "after"
    if _is_on_trim_only(words, i):
        return 1, "uncertain", "before"
    if _is_on_trim(words, i):
        return 2, "uncertain", "before"
    if _is_trims_aside(words, i):
        return 1, "uncertain", "before"
    if any(tuple(words[i:i + len(idiom)]) == idiom for idiom in _IDIOMS):
        return None
    if _is_instruction(words, i) or _too_big(words, i):
        return None
    absent = _not_on_car(words, i)
    if absent:
        return absent, "negated", "before"
    if _taken_off(words, i):
        return 1, "deleted", "after"
    if _pulled_from_car(words, i):
        return 1, "deleted", "before"
    lost = _no_working(words, i) or _warning_lit(words, i)
    if lost:
        return lost, "negated", "before"
    shaped = _shaped_cue(words, i)
    if shaped is not None:
        return shaped
    for size in range(_LONGEST_CUE, 0, -1):
        cue = (_CUE_OF.get(tuple(words[i:i + size])) if size > 1
               else _SHORT_CUES.get(words[i], tuple(words[i:i + 1])))
        if cue is not None and len(cue) == size and cue in _CUES:
            after = words[i + size] if i + size < len(words) else ""
            before = words[i - 1] if i > 0 else ""
            if size == 1 and (after in _NOT_A_CUE_BEFORE.get(cue[0], ())
                              or before in _NOT_A_CUE_AFTER.get(cue[0], ())):
                return None
            kind, direction = _CUES[cue]
            if (cue in _PRODUCTS or cue == ("covers",)) and _INSTALLED & set(words):
                return None  # "warranty -- covers the remote start unit installed on this VIN"
            if cue == ("not",) and after == "know" and i + 2 < len(words) and (
                    words[i + 2] not in _DOUBTING):
                return None  # "didn't know the Carnival had ...": news, not a lack
            if cue == ("wo",) and (after in ("", _COMMA) or after[:1].isdigit()):
                return None  # "WO: installed ...", "wo#7781": a work order, not a w/o
            if (cue in _PASSIVE_ONLY and before not in _BE_FORMS) or (
                    cue in _CAR_SUBJECT_ONLY and not _car_is_subject(words, i)):
                continue  # "never installed remote start": "never" before its object
            if cue == ("optional",) and _had_here(words[i + 1:i + 1 + _HAD_HERE_SPAN]):
                return None  # "the limited-slip was optional; this example has it"
            if cue == ("pulled",) and _tows(words, i):
                return None  # "pulled the 20ft team trailer 300 mi": towed, not taken off
            if cue == ("wants",) and _SERVICED & set(words[i + 1:i + 1 + _SERVICE_NAMED]):
                return None  # "cust wants remote start checked": a service, no wish
            if cue == ("take", "off") and (before in ("a", "an", "from") or after in _GOODS):
                return None  # "Lariat take-off alloys", "from a 2019 take-off": parts sold
            if cue == ("dead",) and after in _BATTERY and before in _PART_OPENERS:
                return None  # "4x4, dead batt, jumped": the battery's fault, no part's
            if cue == ("lost",) and _REPAIRED & set(words[i + 1:]):
                return None  # "lost carplay and the radio, replaced under warranty"
            if cue == ("del",) and _MODEL_YEAR.fullmatch(
                    next((w for w in words[i + 1:i + 3] if w != _COMMA), "")):
                return None  # "DEL: 2021 Toyota Venza ...": a carrier's delivery of the car
            if cue in _PRODUCTS and (i == 0 or words[i - 1] in _FILLER | {_COMMA}):
                return None
            if cue == ("covers",) and i > 0 and words[i - 1] != _COMMA:
                return None  # "wheel covers", "seat covers": a noun, not what a plan covers
            if cue[0] in _SYMPTOMS and (_put_right(words[i + size:])
                                        or _only_at_times(words[i + size:i + size + 2])):
                return None  # "a/c blowing warm , compressor replaced , now cold"
            if cue[0] in _REQUIRES and _requirement_met(words, i + size):
                return None  # "tow hitch requires towing package , both added"
            if kind == "replaced" and _like_for_like(words[i + size:i + size + 3]):
                return None  # "backup camera replaced with a new OEM camera": repaired
            if (cue in _OUT_FOR_NOW and _SENSOR_OBSTRUCTED & set(words)
                    and not _STILL_OUT & set(words)):
                return None  # "ACC unavailable - clean radar sensor": there, blocked for now
            if (cue in _MAY_NOT and after.isalpha() and after not in _HAVING_OR_BEING
                    and _DEFECT_NOTICE & set(words)):
                return None  # "recall: the liftgate may not reverse": a defect to come
            if _not_a_lack(words, i, size, cue) or _car_itself(words, i, size, cue):
                return None
            if cue[0] in _FAULTY and _repaired_before(words, i):
                return None  # "they replaced the faulty parking sensor": repaired, fitted
            return size, kind, direction
    if _is_not_yet(words, i):
        return 3, "uncertain", "before"
    if _answered_no_to(words, i):
        return 3, "negated", "after"
    stored = _put_away(words, i) or _stowed(words, i)
    if stored:
        return stored, "negated", "before"
    dark = _dark_screen(words, i)
    if dark:
        return dark, "negated", "before"
    if (words[i] in _CEASING and i + 1 < len(words) and words[i + 1].endswith("ing")
            and words[i + 1] not in _CONDITION_ING):
        return 2, "negated", "before"  # "heated seats stopped heating", "amp quit powering on"
    if words[i] in ("quit", "quits") and i > 0 and (
            i + 1 == len(words) or words[i + 1] in _QUIT_WHEN or words[i + 1].isdigit()
    ) and not _repaired_after(words, i):  # "quit, dealer replaced the wheel"
        return 1, "negated", "before"
    return None


def _repaired_after(words: list[str], i: int) -> bool:
    """Whether the line says after ``i`` that a repair was done ("quit, dealer replaced the
    wheel"), not that it was not ("quit in June, still not fixed")."""
    return any(w in _REPAIRED and words[k - 1] not in _NOT_DONE
               for k, w in enumerate(words[i + 1:], i + 1))


# a part's fault named as the object of its repair: "replaced the faulty parking sensor"
_FAULTY = frozenset({"faulty", "broken", "cracked", "bad", "dead", "defective", "failed",
                     "inoperative", "inop", "damaged", "malfunctioning"})
_REPAIRING = _REPAIRED | {"swapped"}


def _repaired_before(words: list[str], i: int) -> bool:
    """Whether the fault word at ``i`` names what a repair was done to ("replaced the faulty
    parking sensor", "fixed the broken liftgate strut"): a done repair's verb right before
    it, past a determiner."""
    k = i - 1
    while k >= 0 and words[k] in _DETERMINERS:
        k -= 1
    return k >= 0 and words[k] in _REPAIRING and (k == 0 or words[k - 1] not in _NOT_DONE)


def _shaped_cue(words: list[str], i: int) -> tuple[int, Kind, Direction] | None:
    """A cue read by the shape around its word, where the word alone says too little: a
    part sold off (:func:`_sold_off`), thrown out with another (:func:`_thrown_out`), a
    fault that comes and goes ("amp intermittent"), or a checklist's fail or "n/a" that
    leads its item ("FAIL 12 heated seats", "N/A: HUD, Bose") rather than answering the one
    before."""
    thrown = _thrown_out(words, i)
    if thrown:
        return thrown, "deleted", "before"
    if words[i] in _THEFT_VERBS and _THIEVES & set(words[_part_start(words, i):i]):
        return 1, "deleted", "after"  # "thieves took the sub", "thieves ... and took the amp"
    if _sold_off(words, i):
        return 1, "deleted", "before"
    torn = _came_off(words, i) or _tossed(words, i)
    if torn:
        return torn, "deleted", "before"
    if words[i] == "off" and _off_for_season(words, i):
        return 1, "deleted", "before"
    if words[i] == "neither" and _ends_part(words, i + 1):
        return 1, "negated", "before"  # "Lucy's own A-Class has neither"
    if tuple(words[i:i + 2]) == ("none", "of") and i + 2 < len(words) and (
            words[i + 2] not in _BACK_REFERENCE and words[i + 2:i + 4] != ["the", "above"]):
        return 2, "negated", "after"  # "none of the hero's autopilot, glass roof or AWD"
    if (words[i] == "intermittent" and _ends_part(words, i + 1) and i > 0
            and not _PUT_RIGHT & set(words)):
        # not "intermittent wipers", a feature of its own, nor a fault since put right
        # ("replaced: charging pad (intermittent) with a new unit")
        return 1, "uncertain", "before"
    if words[i] in _FAILING and _opens_part(words, i) and words[i + 1:i + 2] != [] and (
            words[i + 1][:1].isdigit()):
        return 1, "negated", "after"  # "FAIL 77 around view monitor"
    leads = tuple(words[i:i + 3]) == _NOT_APPLICABLE and _opens_part(words, i)
    if leads and i + 3 < len(words) and words[i + 3] not in _NOT_ON_TRIM:
        return 3, "negated", "after"  # "n/a HUD, Bose, limited-slip"
    return None


# the words of "none of that" that point back to what was said
_BACK_REFERENCE = frozenset({"that", "this", "those", "these", "them", "it", "which", "above",
                             "em"})
# what may follow a part's "came off" where its part goes on: "came off when we lifted it"
_OFF_GOES_ON = frozenset({"in", "for", "during", "because", "so", "via", "until", "while",
                          "when", "and", "at", "on", "after", "last"})
# ... and a part's "came out" (not an update's or a model year's: "came out in May"): "the
# brake controller came out when we sold the camper"
_OUT_GOES_ON = frozenset({"when", "because", "after", "before", "while", "during"})
_CAME = frozenset({"came", "fell"})
# ... and the verbs of a part torn away: "ripped off", "clipped them off" (not "ripped out",
# a seat taken out that a later line may put back)
_TORN = frozenset({"ripped", "tore", "torn", "snapped", "sheared", "clipped"})
# ... a piece of a part torn from it, which leaves the part ("hitch cover ripped off, hitch
# still there", "switch knob snapped off")
_TORN_PIECE = _TRIM_PARTS | frozenset({"knob", "knobs", "pin", "pins", "hook", "hooks",
                                        "bracket", "brackets", "mount", "end", "bezel"})
# the car a part was torn from: "tore off my Silverado"
_OWNERS_OF_CAR = frozenset({"my", "our", "the", "his", "her", "their"})


# a part off for a season or for storage: "Rhino-Rack + awning off for the winter", "roof
# rack and ladder off for storage"
_SEASONS = frozenset({"winter", "summer", "season", "storage"})


def _off_for_season(words: list[str], i: int) -> bool:
    """Whether the "off" at ``i`` is "off for the winter" (or the summer, the season,
    storage)."""
    said = words[i + 1:i + 4]
    if said[:1] != ["for"]:
        return False
    season = said[2:3] if said[1:2] == ["the"] else said[1:2]
    return bool(season) and season[0] in _SEASONS


def _came_off(words: list[str], i: int) -> int:
    """The words of a part said to have come away from the car, from the verb, else 0:
    "running boards came off when we lifted it", "the box and its backup camera came off",
    "the brake controller came out when we sold the camper", or torn away: "roof rack got
    ripped off in a garage", "the step bars tore off my Silverado", "a plow clipped them
    off". Not "doors come off" (they can be taken off), nor a system switched off, which is
    there (car-wash cards' "ACC off", a setting's "Heated Wheel OFF"): past tense, ending
    its part."""
    torn = words[i] in _TORN and not _TORN_PIECE & set(words[max(0, i - 2):i])
    k = i + 1 + (torn and words[i + 1:i + 2] in (["it"], ["them"]))
    if (words[i] not in _CAME and not torn) or words[k:k + 1] not in (["off"], ["out"]):
        return 0
    if torn and words[k] != "off":
        return 0
    goes_on = _OFF_GOES_ON if words[k] == "off" else _OUT_GOES_ON
    ends = _ends_part(words, k + 1) or words[k + 1] in goes_on or (
        torn and words[k + 1] in _OWNERS_OF_CAR)
    return k + 1 - i if ends else 0


# what may follow a part "tossed": where it went ("tossed it out", "tossed them away") or why
_TOSSED_ON = frozenset({"out", "away", "because", "after", "when", "since", "and"})


def _tossed(words: list[str], i: int) -> int:
    """The words of a part thrown away, from the verb, else 0: "tonneau cracked in the hail
    and I tossed it", "tossed them out"; not a throw ("tossed it to my wife", "tossed them
    down at camp")."""
    if words[i] != "tossed" or words[i + 1:i + 2] not in (["it"], ["them"]):
        return 0
    if _ends_part(words, i + 2):
        return 2
    return 2 + (words[i + 2] in ("out", "away")) if words[i + 2] in _TOSSED_ON else 0


def _opens_part(words: list[str], i: int) -> bool:
    return i == 0 or words[i - 1] == _COMMA


def _ends_part(words: list[str], k: int) -> bool:
    return k >= len(words) or words[k] == _COMMA


def _sold_off(words: list[str], i: int) -> bool:
    """Whether the "sold" at ``i`` says a part was sold off the car ("Mark Levinson amp sold",
    "turbo sold to a friend", "pulled/sold: engine, seats"): at its part's end or before
    whom it went to; not "sold new in Ohio", "sold with nav", "sold as is"."""
    return (words[i] == "sold" and i > 0
            and (i + 1 == len(words) or words[i + 1] in _SOLD_TO))


def _thrown_out(words: list[str], i: int) -> int:
    """The words of a part that went out with another taken out, in a bin or with a person
    who kept it ("heated seats went with the stock seats", "A/C went in the dumpster",
    "heated seats gone with them", "the tonneau went with the previous owner"),
    from the verb, else 0; not "we went with the leather package" (a choice: no original
    part nor a bin after it)."""
    if words[i] not in _GOING or i + 2 >= len(words) or words[i + 1] not in _WITH_OR_IN:
        return 0
    k = i + 2
    if words[k] in _PRONOUNS and words[i + 1] == _WITH:
        return 3
    if words[k] in _DETERMINERS:
        k += 1
    if k < len(words) and (words[k] in _BINS or (words[i + 1] == _WITH
                                                 and words[k] in _ORIGINAL)):
        return k + 1 - i
    if words[i + 1] == _WITH and k < len(words) and words[k] in _FORMER:
        k += 1
    if words[i + 1] == _WITH and k < len(words) and words[k] in _KEEPERS:
        return k + 1 - i  # "the tonneau went with the customer", "... with the previous owner"
    return 0


def _heads_list(words: list[str], i: int, size: int, phrases: frozenset[int]) -> bool:
    """Whether a removal's cue alone in its part heads the list after it ("Sold: seats, amp,
    sunroof glass", "donor - GONE: nav, DVD"): the part before names no feature and the
    part after does."""
    after = i + size
    if not (_opens_part(words, i) and after < len(words) and words[after] == _COMMA):
        return False
    before = _previous_part(words, i, phrases)
    start, end = _forward(words, after + 1)
    return (not any(k in phrases for k in range(*before))
            and any(k in phrases for k in range(start, end))
            and _listed_item(words[start:_part_end(words, start)]))


def _listed_item(item: list[str], longest: int = _LISTED_ITEM, *, joined: bool = False
                 ) -> bool:
    """Whether ``item`` may be one more item of a list a removal heads or closes: short
    (when ``joined``, in a sentence's list or the item an "and" joins, each piece the "and"
    joins, articles not counted: "and the auto dimming mirror", "the nav screen and the HK
    amp"), and saying nothing of its own that keeps the part (:data:`_KEEPING`), turns
    against the removal ("but") or excepts a part ("all the seats except the front")."""
    pieces = ([[w for w in piece if w not in _DETERMINERS]
               for piece in _split_at(item, _JOINING_WORDS)] if joined else [item])
    return (any(pieces) and all(len(piece) <= longest for piece in pieces)
            and not (_KEEPING | _CONTRAST | _EXCLUDING) & set(item))


def _split_at(words: list[str], joints: frozenset[str]) -> list[list[str]]:
    """``words`` cut at each of ``joints``, which are dropped."""
    pieces: list[list[str]] = [[]]
    for word in words:
        if word in joints:
            pieces.append([])
        else:
            pieces[-1].append(word)
    return pieces


def _listed_on(words: list[str], span: tuple[int, int], longest: int, *,
               closed: bool = False) -> int:
    """Past the rest of a list a removal heads ("deleted rear seats, spare, airbags",
    "sold: amp, HUD unit, airbag") from its first item ``span``, else that item's end. The
    list must be seen to end: at the line's end, or before an item that keeps its part
    ("sold: amp, seats; remaining: AWD"); a sentence's end is no comma of its own here, so
    a list that stops on a long item may be a list of what the car still has ("removed the
    tint, 4x4 OK (2020 Gladiator Overland)" reads ", 4x4 , 2020 gladiator overland"), or
    after the item an "and" joins ("pulled the heated wheel, the blind spot, and the mirror
    (swapped ...)"). A heading's items may be longer (``longest``) than those after a
    verb's object. A ``closed`` list must end with the item an "and" joins."""
    start, own_end = span
    end = _part_end(words, own_end)
    if not _listed_item(words[start:end], longest, joined=closed):
        return own_end  # the cue's own part goes on with something else
    while not _JOINING_WORDS & set(words[start:end]):
        if end >= len(words):
            return own_end if closed else end
        stop = _part_end(words, end + 1)
        item = words[end + 1:stop]
        if not _listed_item(item, longest, joined=closed or bool(_JOINING_WORDS & set(item))):
            return end if _KEEPING & set(item) else own_end
        start, end = end + 1, stop
    return end  # after the item an "and" joins: the list's last


def _part_start(words: list[str], k: int) -> int:
    """The index after the comma that opens the part ``k`` is in, else 0."""
    while k > 0 and words[k - 1] != _COMMA:
        k -= 1
    return k


def _part_end(words: list[str], k: int) -> int:
    """The index of the comma that ends the part ``k`` is in, else the line's end."""
    while k < len(words) and words[k] != _COMMA:
        k += 1
    return k


def _listed_back(words: list[str], start: int, stop_at: frozenset[str] = frozenset()) -> int:
    """Back over the items of a list a removal closes with "all" ("A/C, amp, sunroof all
    deleted"), up to one that keeps its part ("AWD retained; A/C, sub all deleted") or one
    that opens with a word of ``stop_at`` ("3rd row yes, but heated seats / sunroof, none of
    the above": the contrast opens what the answer is about)."""
    if start > 0 and words[start - 1] in _JOINING_WORDS and _listed_item(
            words[_part_start(words, start):start - 1]):
        start = _part_start(words, start)  # "A/C, power antenna and cruise all removed"
    while start > 0 and words[start - 1] == _COMMA and words[start] not in stop_at:
        begin = _part_before(words, start - 1)
        if not _listed_item(words[begin:start - 1]):
            break
        start = begin
    return start


def _not_a_lack(words: list[str], i: int, size: int, cue: tuple[str, ...]) -> bool:
    """Whether the cue ``cue`` at ``i`` says nothing of what the car lacks: a part removed
    and then refitted (:data:`_REFITTED`), an exclusion from a cosmetic job
    (:data:`_EXCLUDING`), a dealer accessory the line says is installed, or an ETA that is
    the car's arrival (:func:`_is_arrival`)."""
    rest = words[i + size:]
    if cue[0] in _REMOVING and any(w in _REFITTED and k > 0 and rest[k - 1] in _RESUMING
                                   and _puts_back_same(rest[k + 1:k + 2])
                                   for k, w in enumerate(rest)):
        # "tonneau removed for bedliner spray, reinstalled" (not "nav removed, factory
        # radio reinstalled" nor "head unit removed, reinstalled factory radio": another
        # part put back)
        return True
    if cue[0] in _EXCLUDING and _COSMETIC_JOBS & set(words):
        return True  # "roof and mirrors wrapped, panoramic roof glass excluded"
    if cue in _ACCESSORY and any(w in _INSTALLED and (k == 0 or words[k - 1] not in _UNDONE)
                                 for k, w in enumerate(words)):
        return True  # "remote starter installed (dealer accessory)"
    if cue == ("not",) and _not_original_only(words, i):
        return True
    return cue == ("eta",) and _is_arrival(words, i)


def _car_itself(words: list[str], i: int, size: int, cue: tuple[str, ...]) -> bool:
    """Whether a theft's participle at ``i`` says the car itself was taken, not a part of it
    ("2019 Ram 2500 Cummins stolen w/ 5th wheel hitch", "stolen 2016 Tucson", "Sprinter van
    stolen", "..., red, stolen from the lot", "reported stolen: 2019 Rogue"): its own part
    before it names the car by its year or a car's noun, or names nothing (a theft never
    reaches back over a comma) or only its report, or a car follows it. A part's theft keeps
    to its own part: "5th wheel hitch stolen". So does a rental's return ("Returned 2025 C 300
    4MATIC", "ID.4 AWD Pro S returned 9% battery", "cust returned w/ running board bent",
    "2025 CX-5 Turbo - returned w/ sand"), where a part sent back names no car ("Returned:
    tonneau cover", "roof rack returned unused")."""
    if size > 1 or cue[0] not in _STEALING | {"returned"}:
        return False  # "stripped of its seats" reads on
    start = _backward(words, i)
    own = words[start:i]
    following = [w for w in words[i + size:i + size + 2] if w != _COMMA][:1]
    if cue[0] == "returned":
        # (a car named alone in the line's first part: "2025 CX-5 Turbo - returned w/ sand")
        first = not own and start > 1 and _backward(words, start - 1) == 0
        before = words[:start - 1] if first else own
        return any(w in _CAR_NOUNS or w in _RENTERS or _MODEL_YEAR.fullmatch(w)
                   for w in before + following)
    return (not own or own[-1] in _REPORTING
            or any(w in _CAR_NOUNS or _MODEL_YEAR.fullmatch(w) for w in own + following))


def _not_original_only(words: list[str], i: int) -> bool:
    """Whether the "not" at ``i`` denies only that a part is the factory's, the line saying
    it is an aftermarket one ("that's not the factory hitch, it's an aftermarket receiver",
    "not original wheels -- aftermarket replicas"): the car has the part all the same."""
    following = words[i + 1:i + 3]
    if following[:1] and following[0] in _DETERMINERS:
        following = following[1:]
    return bool(following and following[0] in _ORIGINAL and _AFTERMARKET & set(words[i:]))


def _puts_back_same(following: list[str]) -> bool:
    """Whether a refitting verb followed by ``following`` (its next word, if any) puts back
    the part removed before it: no object of its own follows (:data:`_REFITTED_SAME`)."""
    return not following or following[0] in _REFITTED_SAME


def _is_arrival(words: list[str], i: int) -> bool:
    """Whether the "eta" at ``i`` says when the car comes ("Genesis ETA: G80 ...", "ETA
    update: ...", "new ETA 2 wks", "ETA ramp 4/18"), not when a part owed arrives ("hitch,
    ETA 2 wks"): a heading at the line's opening, or a word of the car's delivery beside it."""
    after = words[i + 1] if i + 1 < len(words) else ""
    if after in _ARRIVAL_AFTER or (i > 0 and words[i - 1] in _ARRIVAL_BEFORE):
        return True
    k = 0
    while k < i and words[k] in _SUBJECT_PREFIXES | {_COMMA}:
        k += 1
    named = words[i + 2] if i + 2 < len(words) else ""
    # a heading's car, not a date: "Hitch ETA: 2 wks" and "ETA: next week" name a part's
    return (after == _COMMA and i - k <= 1 and _COMMA not in words[k:i] and named != ""
            and not named[:1].isdigit() and named not in _WHEN)


def _is_instruction(words: list[str], i: int) -> bool:
    """Whether the negation at ``i`` opens an instruction not to use or handle a part ("do
    not use the seat heaters for ...", "never use cruise control on ice", "pls dont turn off
    the lane keep", "cust says DO NOT spray the sensors"): a clause with no subject (or one
    that pleads or reports, :data:`_BEFORE_INSTRUCTION`) that opens with "never" and a verb of
    :data:`_HANDLING`, or with "do not" and a verb of :func:`_instruction_verb`. Not "it does
    not use a key", "never had nav", "do not have the sunroof", "heated seats, do not work"."""
    if words[i] == "not" and i > 0 and words[i - 1] == "do":
        opens, verb = i - 1, _instruction_verb(words, i + 1)
    elif words[i] == "never":
        opens, verb = i, i + 1 < len(words) and words[i + 1] in _HANDLING
    else:
        return False
    return verb and (opens == 0 or words[opens - 1] in _BEFORE_INSTRUCTION | _ENDS_BACKWARD)


def _instruction_verb(words: list[str], k: int) -> bool:
    """Whether the word at ``k`` after "do not" is an instruction's verb: one of using or
    handling a part (:data:`_HANDLING`) or of what a reader is told to do (:data:`_INSTRUCTED`),
    or one whose part is taken off ("dont take the tonneau off"), or any verb with an object
    after it (:data:`_INSTRUCTION_OBJECT`: "don't polish the ACC radar", "don't share it")
    but one of having, getting or expecting the part (:data:`_NOT_INSTRUCTING`: "do not have
    the sunroof")."""
    verb = words[k] if k < len(words) else ""
    if verb in _HANDLING or verb in _INSTRUCTED:
        return True
    if _TAKEN_OFF & set(words[k + 1:k + 1 + _PHRASAL]):
        return True  # "dont take the tonneau off", "don't pull the seats out"
    return (k + 1 < len(words) and words[k + 1] in _INSTRUCTION_OBJECT
            and verb not in _NOT_INSTRUCTING and not verb.endswith("ed"))


def _put_right(following: list[str]) -> bool:
    """Whether the words after a symptom say it was put right ("compressor replaced, now
    cold"; not "compressor not replaced")."""
    return any(w in _PUT_RIGHT and (k == 0 or following[k - 1] not in ("not", "no", "never"))
               for k, w in enumerate(following))


def _with_part(words: list[str], start: int, end: int, kind: Kind) -> int:
    """Past the "with" part of a removed object named with its article ("removed the
    factory radio with nav": the nav went with it), unless that part says what was fitted
    ("... with a Pioneer installed"); else ``end``."""
    if (kind != "deleted" or start >= len(words) or words[start] not in _DETERMINERS
            or end >= len(words) or words[end] != _WITH):
        return end
    stop = _forward(words, end + 1)[1]
    return end if (_INSTALLED | {"new", "now"}) & set(words[end:stop]) else stop


def _attached(words: list[str], i: int, end: int) -> int:
    """Past the "with" parts of the car a wish or a past car's cue at ``i`` names ("wants a
    CX-5 Turbo with ventilated seats": the seats are wished for too,
    :data:`_CAR_NAMED_WITH_PARTS`); else ``end``."""
    if words[i] not in _CAR_NAMED_WITH_PARTS:
        return end
    while end < len(words) and words[end] == _WITH:
        end = _forward(words, end + 1)[1]
    return end


def _only_at_times(following: list[str]) -> bool:
    """Whether a symptom is said to come only at times ("a/c blows warm at idle", "blows
    warm when stopped"): the part works otherwise (not "at all times")."""
    return (bool(following) and following[0] in _AT_TIMES
            and following[1:2] != ["all"])


def _taken_off(words: list[str], i: int) -> bool:
    """Whether a verb of taking at ``i`` has its particle after its object: "took the hitch
    off", "pulled the third row out", "sealed the sunroof shut with silicone"."""
    if words[i] not in _TAKING or i + 1 >= len(words) or words[i + 1] not in _DETERMINERS:
        return False
    for k in range(i + 3, min(i + 2 + _TAKEN_OBJECT, len(words))):
        if words[k] == _COMMA:
            return False
        if words[k] in _PARTICLES and not (words[i] in _LEAVING and words[k] == "shut"):
            return k + 1 == len(words) or words[k + 1] in _AFTER_PARTICLE or _a_car_at(words,
                                                                                      k + 1)
    return False


def _a_car_at(words: list[str], k: int) -> bool:
    """Whether ``words`` name a car at ``k``, the car a part came off: "took the rack off the
    4runner", "pulled the hitch off our van"."""
    from ._cars import car_names  # here, not at the top: _cars reads _ocr, which reads us
    if words[k] not in _DETERMINERS or k + 1 >= len(words):
        return False
    return words[k + 1] in _CAR_NOUNS or words[k + 1] in car_names()


def _pulled_from_car(words: list[str], i: int) -> bool:
    """Whether a verb of taking at ``i`` says where on this car the part before it was taken
    from ("head unit pulled from the dash", "sub ripped from the trunk"), not a donor car
    it came from ("seats pulled from a wreck")."""
    if words[i] not in _PULLING or words[i + 1:i + 2] != ["from"]:
        return False
    place = words[i + 2:i + 4]
    if place[:1] and place[0] in _DETERMINERS - {"a", "an"}:
        place = place[1:]
    return bool(place) and place[0] in _CAR_PLACES


def _put_away(words: list[str], i: int) -> int:
    """The words of a place a part is kept off the car ("the alloys are in my garage",
    "receiver is in the shed"), after its verb; else 0."""
    return 3 if (i > 0 and i + 2 < len(words) and words[i - 1] in _BEING
                 and words[i] == "in" and words[i + 1] in _DETERMINERS
                 and words[i + 2] in _STORES) else 0


def _stowed(words: list[str], i: int) -> int:
    """The words of a part packed away as cargo ("crossbars strapped in the bed", "tow bar
    stowed in boot"), from its verb (:data:`_STOWING`) to the place that holds it
    (:data:`_HOLDS`), else 0: the part rides in the car, it is not fitted to it."""
    if words[i] not in _STOWING or i + 2 >= len(words) or words[i + 1] not in ("in", "into"):
        return 0
    k = i + 3 if words[i + 2] in _DETERMINERS else i + 2
    return k + 1 - i if k < len(words) and words[k] in _HOLDS else 0


def _not_on_car(words: list[str], i: int) -> int:
    """The words of a "not" that says a part is not on or in the car ("roof crossbars not in
    vehicle", "hitch not on truck", "nav not in this unit"), else 0: what is ruled out is the
    part before it, not the car after it."""
    if words[i] != "not" or i + 2 >= len(words) or words[i + 1] not in _NOT_ON:
        return 0
    k = i + 3 if words[i + 2] in _DETERMINERS | {"this", "that"} else i + 2
    return k + 1 - i if k < len(words) and words[k] in _CAR_NOUNS else 0


def _too_big(words: list[str], i: int) -> bool:
    """Whether the "not" at ``i`` says something does not fit under, through or into a
    place (:data:`_CLEARANCE`): a matter of its size, not a part the car lacks ("diesel
    high roof - would not fit under top deck")."""
    return (words[i] == "not" and i + 2 < len(words) and words[i + 1] in _FIT
            and words[i + 2] in _CLEARANCE)


def _dark_screen(words: list[str], i: int) -> int:
    """The words a screen that shows nothing is said to become, after the screen ("backup
    camera screen is black", "sat nav display stays blank", "monitor went dark"), else 0:
    the screen is the cue's object with the part it belongs to, so a feature named with its
    screen ("head up display is blank") is ruled out by its whole name."""
    if i == 0 or words[i - 1] not in _SCREENS:
        return 0
    k = i + 1 if words[i] in _BECOMING else i
    return k + 1 - i if k < len(words) and words[k] in _DARK else 0


def _like_for_like(following: list[str]) -> bool:
    """Whether the words after a "replaced with" name a new part of the same kind."""
    if following[:1] and following[0] in ("a", "an"):
        following = following[1:]
    if following[:1] == ["brand"]:  # "replaced with a brand-new unit"
        following = following[1:]
    return bool(following) and following[0] in _LIKE_FOR_LIKE


def _is_not_yet(words: list[str], i: int) -> bool:
    """"tow bar to be fitted", "heated seats can be added", "nav will be installed": done
    later, if at all (a participle after "to be", "can be", "will be"; not a condition:
    "can be scratched")."""
    return (i + 2 < len(words) and words[i] in _NOT_YET and words[i + 1] == "be"
            and words[i + 2].endswith(("ed", "en")) and words[i + 2] not in _CONDITION)


def _no_working(words: list[str], i: int) -> int:
    """The words of a "no" that says the part before it in its part does nothing ("memory
    buttons no function", "backup camera no picture at all", "liftgate no response"), else
    0: what it denies is the work of that part, so the part is ruled out, not the noun."""
    if words[i] != "no" or i == 0 or words[i - 1] == _COMMA:
        return 0
    end = i + 1
    while end < len(words) and words[end] in _WORKING | _WORKING_FILLER:
        end += 1
    done = end == len(words) or words[end] == _COMMA
    return end - i if done and _WORKING & set(words[i + 1:end]) else 0


def _warning_lit(words: list[str], i: int) -> int:
    """The words of a warning light said to be lit after the system it warns of ("ABS &
    TRAC lights on", "blind spot lamp stays lit"), else 0: the system reports a fault. Not
    a light that is the feature (a table phrase: "fog lights on"), one lit somewhere
    ("lights on both mirrors"), nor one the line says went out or was put right ("lights
    on after battery swap, calibrated, lights off")."""
    if words[i] not in _LAMPS:
        return 0
    if _lit_with_next_lamp(words, i):
        return 1
    k = i + 1
    while k < min(i + 4, len(words)) and words[k] in _STAYING | _LAMP_FILLER:
        k += 1  # "lights are on", "lights both stay on", "lamp is still lit"
    if k >= len(words) or words[k] not in _LIT:
        return 0
    if k + 1 < len(words) and words[k + 1] != _COMMA and (
            words[k] == "on" or words[k + 1] not in _LIT_WHERE):
        return 0
    return 0 if _PUT_OUT & set(words[k + 1:]) else k + 1 - i


def _lit_with_next_lamp(words: list[str], i: int) -> bool:
    """Whether a lamp joined by "and" to another one shares that one's being lit ("ABS
    light and traction control light are on"): one verb says it of both."""
    if i + 1 >= len(words) or words[i + 1] not in ("and", "&"):
        return False
    for k in range(i + 2, min(i + 2 + _JOINED_LAMP, len(words))):
        if words[k] == _COMMA:
            return False
        if words[k] in _LAMPS:
            return _warning_lit(words, k) > 0
    return False


def _answered_no_to(words: list[str], i: int) -> bool:
    """Whether a verb of answering at ``i`` says "no" to what follows ("seller answered N
    to: third row, tow pkg", "owner said no to the sunroof", "marked none for ...")."""
    return (i + 2 < len(words) and words[i] in _ANSWERING
            and words[i + 1] in _ANSWER_NO | _ANSWERS_OWN_PART and words[i + 2] in _ANSWERED_TO)


def _answered_list(words: list[str], after: int) -> int:
    """Where a list answered no as a whole ends: at a contrast ("..., but yes to nav"), at
    another answer to a list ("n to: sunroof, y to: nav"), else at the line's end."""
    for k in range(after, len(words)):
        if words[k] in _CONTRAST or (k + 1 < len(words) and words[k + 1] in _ANSWERED_TO
                                     and (words[k] in _ANSWER_YES or words[k] in _ANSWER_NO)):
            return k
    return len(words)


def _is_answer_no(words: list[str], i: int) -> bool:
    """A yes/no column's "n" answers the part before it, alone in its own part ("sunroof:
    n", "sunroof (n), nav (y)") or ending its part after what it answers ("sunroof y,
    leather n"; not "stow n go"). A pass/fail sheet's "f" is its "n" ("radio f, a/c p").
    (A checklist whose answers lead their items is read by :func:`_leading_answer`.)"""
    return (_answers_no(words, i) and i > 0
            and (i == len(words) - 1 or words[i + 1] == _COMMA))


def _answers_no(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a checklist's no: "n", "na", ... or, on a sheet whose other
    answers are passes ("p"), a fail's "f"."""
    return words[i] in _ANSWER_NO or (words[i] == _FAIL_MARK and _PASS_MARK in words)


def _alone(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is alone in its part: "[Y]" or "(N)" read as ", y ,"."""
    return ((k == 0 or words[k - 1] == _COMMA)
            and (k == len(words) - 1 or words[k + 1] == _COMMA))


def _lone_answers(words: list[str]) -> list[int]:
    """The indexes of a checklist's answers alone in their parts ("[Y]", "(N)", ": no")."""
    return [k for k, w in enumerate(words)
            if (w in _ANSWER_YES or _answers_no(words, k)) and _alone(words, k)]


def _answers_lead(words: list[str], phrases: frozenset[int]) -> bool:
    """Whether a checklist's lone answers come before their items ("[Y] HUD [N] Active
    Cruise", read "y , hud , n , active cruise"), not after them ("Sunroof (Y), Nav (N)"):
    the line opens with an answer, or, ending with an item, more of its answers have a
    feature (a word of ``phrases``) in the part after them than in the part before ("Equip
    check: [Y] nav [N] sunroof" has its heading before the first answer). A tie is read the
    usual way, each answer after its item ("sunroof: no, nav: yes, Bose" has its Bose)."""
    answers = _lone_answers(words)
    if not answers or (answers[-1] == len(words) - 1):
        return bool(answers) and answers[0] == 0 and answers[-1] < len(words) - 1
    if answers[0] == 0:
        return True
    after = sum(any(k in phrases for k in range(*_forward(words, a + 2))) for a in answers)
    before = sum(any(k in phrases for k in range(_backward(words, a - 1), a - 1))
                 for a in answers)
    return after > before


def _leading_answer(words: list[str], i: int) -> tuple[int, Kind, Direction] | None:
    """A no that leads its item in such a checklist, with its comma: it rules out the part
    after it ("[N] sunroof"); not a chat's "nope" before a statement of what the car has
    ("crank windows. NOPE. has a bedliner at least")."""
    if (_answers_no(words, i) and _alone(words, i) and i + 1 < len(words)
            and not (words[i] == "nope" and words[i + 2:i + 3] and words[i + 2] in _PERFECT)):
        return 2, "negated", "after"
    return None


def _replaces_what_follows(words: list[str], i: int) -> bool:
    """"owner replaced the factory radio with a head unit", "swapped its alloys for steel
    wheels": an active verb of swapping rules out its object, the words between the article
    and the "with"/"for" that names the new part (not "replaced with", "swapped out", nor a
    like-for-like repair). With no "with" or "for", a part before the verb is what went in
    and its object what came out ("cloth seats replaced the leather", "Pioneer stereo
    replaced factory JBL unit"); not a person's repair ("we replaced the battery")."""
    if (words[i] not in _SWAPPING or i + 1 >= len(words)
            or words[i + 1] not in _DETERMINERS | _ORIGINAL):
        return False
    new = _swapped_in(words, i)
    if new is None:
        return i > 0 and words[i - 1] not in _PEOPLE and words[i - 1] != _COMMA
    # "replaced the backup camera with a new OEM one": repaired, still there
    return not _like_for_like(words[new + 1:new + 4])


def _swapped_in(words: list[str], i: int) -> int | None:
    """The index of the "with" or "for" naming the new part after the active swap at ``i``
    ("swapped the halogens for LED headlights"), else ``None``."""
    part = list(itertools.takewhile(lambda w: w != _COMMA, words[i + 2:i + 2 + _SWAPPED_OBJECT]))
    ends = (_WITH, _FOR, "to", "into") if words[i] in _CHANGING else (_WITH, _FOR)
    new = next((k for k, w in enumerate(part) if k > 0 and w in ends), None)
    return None if new is None else i + 2 + new


def _is_capable_only(words: list[str], i: int) -> bool:
    """"navigation capable (requires map card)": capable of what it follows, and something
    still required after it, or a condition not yet met ("CarPlay capable once updated",
    "capable only with the new head unit", "capable, just need the fob programmed"); not
    "android auto (compatible phone required)"."""
    if words[i] not in _CAPABLE or i == 0 or words[i - 1] == _COMMA:
        return False
    following = words[i + 1:i + 3]
    on_condition = bool(following) and (
        following[0] in _ON_CONDITION
        or (following[0] == "only" and following[1:] and following[1] in _ONLY_ON))
    return on_condition or bool(_REQUIRES & set(words[i + 1:])) or _need_follows(words, i + 1)


def _need_follows(words: list[str], k: int) -> bool:
    """Whether a need opens the words from ``k`` on: "needs an update", "but still needs",
    ", just need" (after a comma only with such a lead: ", needs new brakes" is the car's)."""
    comma = k < len(words) and words[k] == _COMMA
    start = k = k + comma
    while k < len(words) and words[k] in _BEFORE_NEED:
        k += 1
    return k < len(words) and words[k] in _NEEDS and (k > start or not comma)


def _is_on_trim_only(words: list[str], i: int) -> bool:
    """"navigation std on limited trim only", "heated seats (available on sport models only)",
    "the HUD is only on the Platinum": the feature belongs to some trims, and the line does
    not say this car is one of them."""
    if words[i] != "only":
        return False
    # "the 360 camera is only on Limited and above": the same, "only" before its trims
    if i + 1 < len(words) and words[i + 1] == "on" and _names_a_trim(words, i + 2):
        return True
    start = _part_start(words, i)
    return any(w == "on" and _names_a_trim(words, start + k + 1)
               for k, w in enumerate(words[start:i]))


def _is_on_trim(words: list[str], i: int) -> bool:
    """"heated seats - available on ex-l", "std on touring": some trims have it; not
    "standard on all models", "available on compatible phones"."""
    return (words[i] in _ON_TRIM and i + 1 < len(words) and words[i + 1] == "on"
            and _names_a_trim(words, i + 2))


_TRIM_KINDS = frozenset({"models", "model", "vehicles", "trims", "versions", "grades"})


def _is_trims_aside(words: list[str], i: int) -> bool:
    """"Heated Rear Seats (Touring models)", "Head-up display (Advance models)", "cooled seats
    — Luxury package vehicles": a part of its own naming the trims or models that have the
    feature before it, and the line does not say this car is one of them (not "all models",
    "this model", "most models", "this is an Advance")."""
    if words[i] not in _TRIM_KINDS or (i + 1 < len(words)
                                       and words[i + 1] not in (_COMMA, "only")):
        return False
    start = _part_start(words, i)
    named = words[start:i]
    if start == 0 or _said_of_this_car(words, named):
        return False  # "head-up display (Advance models); this is an Advance"
    # bare names, not a phrase ("it's the AWD model", "steels with trims")
    return 0 < len(named) <= 3 and not set(named) & (_ANY_CAR | _NOT_AN_ASIDE)


_NOT_AN_ASIDE = frozenset({"most", "our", "my", "your", "other", "the", "a", "an", "with", "w",
                           "it", "s", "is", "its", "for", "of"})


def _said_of_this_car(words: list[str], named: list[str]) -> bool:
    """Whether the line says this car is one of ``named`` ("this is an Advance")."""
    return any(w in ("this", "ours", "mine") and set(words[j + 1:j + 4]) & set(named)
               for j, w in enumerate(words))


def _names_a_trim(words: list[str], k: int) -> bool:
    return k < len(words) and words[k] not in _ANY_CAR


def _object(words: list[str], i: int, size: int, cue: tuple[Kind, Direction],
            table: tuple[frozenset[int], frozenset[str]]) -> tuple[int, int]:
    """Word indexes [start, end) of what the cue at ``i`` rules out (``table``: the indexes
    of words that phrases matched, and the words the table knows)."""
    kind, direction = cue
    phrases = table[0]
    after = i + size
    if direction == "line":
        return 0, len(words)
    if direction == "one":
        return after, min(after + 1, len(words))
    if direction == "one before":
        return (i - 1, i) if i > 0 and words[i - 1] != _COMMA else (i, i)
    if kind == "deleted" and _heads_list(words, i, size, phrases):
        return _next_part(words, after)  # "sold: seats, amp": the list after, not the car
    if words[i] == "sold" and _opens_part(words, i) and _ends_part(words, after):
        return i, i  # "F-250 Powerstroke - SOLD - deliver Fri": the car itself was sold
    if kind == "replaced" and size == 1 and words[i] in _SWAPPING:
        new = _swapped_in(words, i)
        if new is not None:
            return after, new  # "swapped the halogens for LED headlights": what went in stays
    if kind == "negated" and direction != "after" and words[i] not in _WRECKING:
        part = _trim_part_before(words, i, phrases)
        if part is not None:
            return part, i  # "sunroof shade broken": only the shade
    if direction == "before" and _is_answer_no(words, i) and words[i - 1] == _COMMA:
        return _part_before(words, i - 1), i - 1  # a lone answer's item: "radio (f)", no further
    before = _before(words, i)
    if (words[i] == "neither" and direction == "before" and before[0] > 0
            and not any(k in phrases for k in range(*before))):
        # "hardtop + roof rack were options, I got neither": a "neither" whose own part names
        # no feature stands for the pair named in the part before
        return _previous_part(words, before[0], phrases)[0], i
    if kind == "deleted" and before[1] == i:
        # "A/C and audio deleted for weight": what is deleted is both, named before the "for"
        before = (_joined_before(words, before[0], i, phrases, joined_only=True), i)
    if (direction == "either" and after < len(words) and words[after] == _FOR
            and _cue_at(words, after + 1) is None
            and _names(_forward(words, after), phrases, before, phrases)
            and not (kind == "deleted" and any(k in phrases for k in range(*before)))):
        # "prep for remote start", not "deleted for credit/fleet order"; what a build
        # "removed for" another part is the part before ("roof rails removed for a rack")
        direction = "after"
    if words[i] in _REQUIRES and i > 0 and _requirement_unmet(words, i, after):
        # the feature needs a service to work: not claimed; nor is what it requires ("tow
        # hitch requires purchase of tow package", "tuner requires subscription hardware",
        # "hotspot (requires data plan)")
        start = _backward(words, i)
        start = start if start < i else _previous_part(words, i, phrases)[0]
        return start, _forward(words, after)[1]
    if kind == "prerequisite" and after < len(words) and words[after] in _PACKAGE_NOUNS:
        # "gooseneck prep package and a trailer brake controller": the package names what
        # it prepares for, before it; what follows it is the truck's own
        return _backward(words, i), after + 1
    having = False
    if kind == "negated" and direction == "after":
        having = _past_having(words, after) > after
        after = _past_having(words, after)
    if direction == "after" and after < len(words) and words[after] in _PRONOUNS:
        if (kind == "negated" and after + 1 in (len(words), words.index(_COMMA, after)
                                                if _COMMA in words[after:] else -1)
                and not any(k in phrases for k in range(_backward(words, i), i))):
            # a pronoun ending its part stands for the part before: "keeping the roof rack
            # , sold without it"
            start = _previous_part(words, _backward(words, i), phrases)[0]
            if any(k in phrases for k in range(start, _backward(words, i))):
                return start, after + 1
        return after, after + 1  # "without one and had a bedliner instead"
    if direction == "after" and _answered_no_to(words, i):
        return after, _answered_list(words, after)  # the whole list the "no" answers
    if direction == "after":
        start, end = _forward(words, after)
        answered = _answered(words, i, (start, end), table, having=having)
        if answered is not None:
            return answered
        if end > start:
            governs = words[i + size - 1] in GOVERNS_LIST
            return start, (_or_list(words, _attached(words, i, end), governs)
                           if kind == "negated"
                           else _with_part(words, start, end, kind))
        # alone in its part, it answers the part before: "navigation: no", "sunroof: no
        # (delete)"
        alone = i > 0 and words[i - 1] == _COMMA
        if after == len(words) or alone:
            # only who did it before the cue answers the part before too: "remote start was
            # aftermarket , we took out"
            subject = _backward(words, i)
            subject = subject if subject > 0 and set(words[subject:i]) <= _SUBJECTS else i
            start, end = _previous_part(words, subject, phrases)
            if end > start:
                return start, end
        if words[i] in _ANSWERS_OWN_PART and _backward(words, i) < i and (
                after == len(words) or words[after] == _COMMA):
            return _backward(words, i), i  # "heated seats: front yes, rear no"
        return _next_part(words, after)
    if (kind == "negated" and after + 1 < len(words) and words[after] == _WITH
            and words[after + 1] == _COMMA):
        # a heading of what the car lacks ("not equipped with: nav, sunroof, HUD") heads
        # the list after it
        return after + 2, len(words)
    start = _backward(words, i)
    if start == i and i > 1 and words[i - 1] in ("and", "or", *_CONTRAST):
        # "seat module damaged and removed", "heated seats were an option but not ordered"
        start = _backward(words, i - 1)
    if start < i and set(words[start:i]) <= _SO and start > 0 and words[start - 1] == _COMMA:
        return _previous_part(words, start, phrases)  # "A/C runs off the HV battery, so inop"
    if _lacks_what_follows(words, (start, i), after, phrases):
        # "is not fitted with parking sensors", and its list ending in "or" ("not equipped
        # with head-up display, ventilated seats or Bose")
        start, end = _forward(words, after + 1)
        return start, _or_list(words, end) if kind == "negated" else end
    if (direction == "either" and _forward_instead(words, (start, i), after, phrases)
            and not (kind == "prerequisite" and words[after:after + 1] in (["plus"], ["and"]))):
        # (a prep joined to the next item is its own: "5th wheel prep + brake controller")
        start, end = _after(words, after, filler=set(words[start:i]) <= _FILLER)
        return start, _with_part(words, start, end, kind)
    if (kind == "deleted" and after < len(words) and words[after] in _PRONOUNS
            and not any(k in phrases for k in range(start, i))):
        # "the bedliner is peeling , we're removing it": the pronoun's part before
        return _previous_part(words, start, phrases)
    if start < i:
        return _named_object(words, start, i, (kind, direction), phrases), i
    if direction == "before":  # alone after a comma: "tonneau cover , not included"
        return _previous_part(words, i, phrases)
    if direction == "either" and kind == "prerequisite" and _states_purpose(words, after, phrases):
        return after, after  # "reversing camera , ready for work": the car is ready, for work
    if direction == "either" and words[after:after + 1] == ["from"]:
        return _previous_part(words, i, phrases)  # "block heater - deleted from Climate Pkg"
    if direction == "either":
        start, end = _forward(words, after)
        # what a removal heads is its whole list: "kept LSD, turbo; deleted rear seat, A/C"
        listed = _listed_on(words, (start, end), _LIST_ITEM) if kind == "deleted" else end
        if (end > start and _cue_at(words, start) is None  # not "deleted for credit"
                and _names((start, listed), phrases, _previous_part(words, i, phrases),
                           phrases)):
            return start, _with_part(words, start, end, kind)
        # alone between commas: the part before ("moonroof (credit)"), else the part after
        # ("deleted: moonroof")
        start, end = _previous_part(words, i, phrases)
        return (start, end) if end > start else _next_part(words, after)
    return start, i


def says_put_right(plain: str) -> bool:
    """Whether a plain-form stretch says a fault was put right since ("fuse replaced, now
    opens", "reconnected, now PASS")."""
    return _put_right(plain.split())


def _states_purpose(words: list[str], after: int, phrases: frozenset[int]) -> bool:
    """Whether what follows a "ready" or "prepped" alone in its part is a purpose the car is
    ready for ("ready for work", "prepped for winter"), naming no feature: a use, a season or
    a hand-over (:data:`_PURPOSES`), not a service or a part it still needs ("ready for
    activation", "ready for SD card", "ready for install")."""
    if after >= len(words) or words[after] != _FOR:
        return False
    start, end = _forward(words, after)
    said = set(words[start:end])  # nothing left: the plain form dropped it ("ready for work")
    return not any(k in phrases for k in range(start, end)) and (
        not said or bool(_PURPOSES & said)) and not _SERVICE & said


def _part_before(words: list[str], comma: int) -> int:
    """Where the part that ends at ``comma`` starts: the item a lone answer answers ("power
    locks , f" answers the locks, not the parts before them that name no feature)."""
    start = _part_start(words, comma)
    return start


def _trim_part_before(words: list[str], i: int, phrases: frozenset[int]) -> int | None:
    """Where the part of a feature (:data:`_TRIM_PARTS`) right before the cue at ``i`` starts,
    over a count of it, bracketed or not ("headrests x2 missing", "head restraints (2)
    missing"), or a verb of being ("seatbelt clip is broken"), and with the working pieces
    it names ("shade motor broken", "switch cover missing"), else ``None``: the count is no
    seat or row of its own. A word of a feature's own name is none ("tonneau cover missing")."""
    k = i - 1
    bracketed = k > 1 and words[k] == _COMMA and words[k - 2] == _COMMA
    if bracketed and _COUNT.fullmatch(words[k - 1]):
        k -= 3
    elif k > 0 and (_COUNT.fullmatch(words[k]) or words[k] in _BE_FORMS):
        k -= 1
    start = k
    while start >= 0 and start not in phrases and words[start] in _TRIM_PARTS | _WORKING_PIECES:
        start -= 1
    return start + 1 if _TRIM_PARTS & set(words[start + 1:k + 1]) else None


def _requirement_unmet(words: list[str], i: int, after: int) -> bool:
    """Whether what the feature before the "requires" at ``i`` needs is a service (not
    another option: "heated seats (requires cold weather package)" are the car's), and the
    rest of the line does not say it was bought ("requires data plan -- activated" is met)."""
    if not _SERVICE & set(words[slice(*_forward(words, after))]):
        return False
    return not any(w in _MET and words[k - 1] not in ("not", "no", "never")
                   for k, w in enumerate(words[after:], start=after))


def _requirement_met(words: list[str], after: int) -> bool:
    """Whether the short part right after what a "requires" needs says the build has it ("tow
    hitch requires towing package, both added", "... , requirement met"): then the needed
    option is the car's too, not a prerequisite only."""
    stop = _forward(words, after)[1]
    start, end = _next_part(words, stop)
    answer = words[start:end]
    return (0 < len(answer) <= 3 and bool((_MET | {"added", "met"}) & set(answer))
            and not {"not", "no", "never"} & set(answer))


def _short_items(item: list[str]) -> bool:
    """Whether ``item`` of a list is short: each of the items an "and" or an "or" joins in
    it has at most :data:`_LIST_ITEM` words besides its article."""
    sizes = [sum(w not in _ARTICLE_WORDS for w in joined) for key, joined in
             itertools.groupby(item, lambda w: w in _JOINING_WORDS) if not key]
    return bool(sizes) and 0 < max(sizes) <= _LIST_ITEM


def _or_list(words: list[str], end: int, governs: bool = False) -> int:
    """Past the rest of a list a negation heads when the list ends in "or" / "nor" ("no
    sunroof, nav or leather"): short items (:func:`_short_items`: "without the HUD, the
    heated seats or the sunroof"), then one with the "or"; else ``end`` (after "no
    sunroof, heated seats and nav" the car may have the seats). A verb or a preposition
    that ``governs`` its object governs a list ending in "and" too ("lacks the Bose, heated
    rear seats and the 360 monitor")."""
    last = {"or", "nor", "and", "&"} if governs else {"or", "nor"}
    k = end
    while k < len(words) and words[k] == _COMMA:
        start, stop = _forward(words, k + 1)
        if not _short_items(words[start:stop]) or _SAYS_MORE & set(words[start:stop]):
            return end
        if last & set(words[start:stop]):
            return stop
        k = stop
    return end


def _names(span: tuple[int, int], phrases: frozenset[int], other: tuple[int, int],
           other_phrases: frozenset[int]) -> bool:
    """Whether ``span`` is the object to rule out rather than ``other``: it names a feature,
    or ``other`` names none either (or no phrases are known yet)."""
    def named(s: tuple[int, int], found: frozenset[int]) -> bool:
        return any(k in found for k in range(*s))
    return not phrases or named(span, phrases) or not named(other, other_phrases)


def _before(words: list[str], i: int) -> tuple[int, int]:
    """The words before ``i`` in its own part, else the part before it."""
    start = _backward(words, i)
    return (start, i) if start < i else _previous_part(words, i, frozenset())


def _past_having(words: list[str], k: int) -> int:
    """Past the verb a negation negates and its "with": "not come with navigation"; not past a
    "get" into a state ("AC doesn't get cold"), which is the part's failing, no having."""
    if k + 1 < len(words) and words[k] in _GETTING and words[k + 1] in _STATES:
        return k
    moved = k
    while moved < len(words) and words[moved] in _HAVING:
        moved += 1
    if moved > k and moved < len(words) and words[moved] == _WITH:
        moved += 1
    return moved


def _answered(words: list[str], i: int, span: tuple[int, int],
              table: tuple[frozenset[int], frozenset[str]],
              *, having: bool) -> tuple[int, int] | None:
    """What a "not" before a word the table does not know negates: the part before, when
    the "not" opens its part ("full self driving , not transferred on resale"), or the
    subject of its auxiliary or participle ("bluetooth does not connect", "heated seats
    do not work", "bt audio not pairing").
    "not adaptive" rules out a kind of the feature, "no" before a noun ("leather , no
    tears") and "not have" ("leather does not have rips") describe: they stay where they
    are (``None``)."""
    phrases, known = table
    if words[i] not in _REACHES_BACK or not phrases or i == 0:
        return None
    if span[1] > span[0] and (any(k in phrases for k in range(*span))
                              or (words[span[0]] in known and words[i - 1] not in _DOING)):
        return None  # "not adaptive": a kind; not "will not display": a verb after "will"
    if (words[i - 1] == _COMMA and span[1] - span[0] > 1 and not having
            and words[span[0] + 1] in _DETERMINERS):
        return None  # "never taken the key out": a statement with its own object
    if words[i - 1] == _COMMA and span[1] > span[0]:
        if words[span[0]] in _CONDITION | _CAR_LIFE | _JUDGEMENTS:
            # "Blaupunkt 11 speaker. Never seen snow": the car's life, no part's; "HUD, AWD.
            # Not cheap.": a judgement of the whole
            return None
        before = _previous_part(words, i, phrases)
    elif words[i - 1] in _AUXILIARY and not having:
        if (i > 1 and words[i - 2] in _PERSONS and words[i - 1] not in _BE_FORMS
                and not _ACQUIRING & set(words[i + 1:i + 2])):
            # "HUD showed my speed so I didn't creep over", "wipers off so they don't rub the
            # cover": a subject's doing (not its state, "they were not in mine", nor a getting
            # of the part: "a diesel we can't buy here")
            return None
        before = (_backward(words, i - 1), i - 1)
        if before[0] == before[1]:  # "remote start - does not work": the part before
            if span[1] > span[0] and _own_object(words, span):
                return None  # "can't use the two-screen system"
            before = _previous_part(words, i - 1, phrases)
    elif words[i - 1] in _PERFECT and span[1] > span[0] and words[span[0]] in _WORKED:
        before = (_backward(words, i - 1), i - 1)  # "the camera has not worked since May"
    elif (span[1] > span[0] and words[span[0]].endswith(_PARTICIPLE_ENDINGS)
          and words[span[0]] not in _CONDITION
          and (set(words[span[0] + 1:span[1]]) <= _HOW
               or words[span[0] + 1:span[0] + 2] in (["any"], ["with"]))):
        # "bt audio not pairing", "7 seat option not ticked", "aircon not blowing cold",
        # "bluetooth not pairing any phone", not "not showing wear", "never looked this good"
        before = (_backward(words, i), i)
    else:
        return None
    return before if any(k in phrases for k in range(*before)) else None


def _own_object(words: list[str], span: tuple[int, int]) -> bool:
    """Whether the verb opening ``span`` has an object of its own, a determiner and a noun
    that is not the car ("push button start OK, can't use the two-screen system"): a
    person's doing, no failing of the part before."""
    return (span[1] - span[0] > 2 and words[span[0] + 1] in _DETERMINERS - _ALL
            and words[span[0] + 2] not in _THE_CAR)


def _forward_instead(words: list[str], before: tuple[int, int], after: int,
                     phrases: frozenset[int]) -> bool:
    """An either-way cue whose words before name no feature and whose words after do
    rules out what follows ("previous owner removed the tow bar", "opt del - boards")."""
    if not phrases or before[1] <= before[0]:
        return False
    start, end = _after(words, after, filler=set(words[before[0]:before[1]]) <= _FILLER)
    return (any(k in phrases for k in range(start, end))
            and not any(k in phrases for k in range(*before)))


def _after(words: list[str], k: int, *, filler: bool) -> tuple[int, int]:
    """The words after a cue in its part; when only filler came before the cue ("opt del -
    running boards"), else the part after it ("rear dvd inop , heated seats ok" keeps the
    seats)."""
    start, end = _forward(words, k)
    return (start, end) if end > start or not filler else _next_part(words, k)


def _lacks_what_follows(words: list[str], before: tuple[int, int], after: int,
                        phrases: frozenset[int]) -> bool:
    """A backward cue with "with" and a feature after it, and none before it: what the car
    is "not fitted with" is what follows ("isn't fitted with parking sensors")."""
    if not phrases or after >= len(words) or words[after] != _WITH:
        return False
    start, end = _forward(words, after + 1)
    return (any(k in phrases for k in range(start, end))
            and not any(k in phrases for k in range(*before)))


def _named_object(words: list[str], start: int, i: int, cue: tuple[Kind, Direction],
                  phrases: frozenset[int]) -> int:
    """Where a backward negation's object starts: its own part, unless that part names no
    feature ("bose audio with 9 speakers not available", "heated seats - option not
    selected"); then back over "with", "and", "or" and commas to the part that does. What
    a line says is unavailable is the feature it names, not a count or the word "option";
    what only some trims have is the feature ("panoramic roof (on limited models only)")."""
    kind, direction = cue
    if direction not in ("before", "either") or not phrases:
        return start
    filler = kind == "uncertain" or set(words[start:i]) <= _FILLER
    while start > 0 and not any(k in phrases for k in range(start, i)):
        if words[start - 1] == _COMMA and not filler:
            break  # "power liftgate (hands-free not included)": the aside's own modifier
        start = _backward(words, start - 1)
    while start > 0 and start - 1 in phrases and words[start - 1] != _COMMA:
        start = _backward(words, start - 1)  # "heated driver and front passenger seats"
    if kind == "negated" or (kind == "deleted" and words[i].endswith("ed")):
        start = _joined_before(words, start, i, phrases)
    lamps = [k for k in range(start, i) if words[k] in _LAMPS] if words[i] in _LAMPS else []
    # a lit lamp warns of the words since the lamp before it: "LED fog lights and TPMS light
    # both on" is the TPMS's fault, not the fog lights'
    return lamps[-1] + 1 if lamps else start


def _joined_before(words: list[str], start: int, i: int, phrases: frozenset[int],
                   *, joined_only: bool = False) -> int:
    """Back over features joined by "and" / "or" in one part: what "heated rear seats and
    heated steering wheel not included" or "leather and sunroof removed" leaves out is both
    (a feature a comma parts off is an item of its own: "sunroof, heated seats not included"
    keeps the sunroof; "heated mirrors and moonroof delete" names the option "moonroof
    delete"). ``joined_only``: back over a feature joined on, whatever the last one names
    ("A/C and audio deleted")."""
    while (start > 1 and words[start - 1] in ("and", "or") and start - 2 in phrases
           and (joined_only or any(k in phrases for k in range(start, i)))):
        start = _backward(words, start - 1)
    return start


def _forward(words: list[str], k: int) -> tuple[int, int]:
    if k < len(words) and words[k] == _FOR:
        k += 1
    end = k
    while end < len(words) and words[end] not in _ENDS_FORWARD and not _adds(words, end):
        end += 1
    return k, end


def _adds(words: list[str], k: int) -> bool:
    """Whether the word at ``k`` is an order's "add" (not "add on", a dealer's add-on)."""
    return words[k] in _ADDING and (k + 1 == len(words) or words[k + 1] not in ("on", "ons"))


def _backward(words: list[str], i: int) -> int:
    start = i
    while start > 0 and words[start - 1] not in _ENDS_BACKWARD:
        start -= 1
    return start


def _next_part(words: list[str], k: int) -> tuple[int, int]:
    """The part after a comma that follows the cue directly ("deleted: moonroof")."""
    if k < len(words) and words[k] == _COMMA:
        return _forward(words, k + 1)
    return k, k


def _previous_part(words: list[str], i: int, phrases: frozenset[int]) -> tuple[int, int]:
    """The part before the comma that ends right before the cue ("moonroof , credit"), and
    further back over parts that name no feature ("tonneau cover , dealer installed , not
    included": what is not included is the tonneau cover), and over an aside that is a scope
    of its own ("heated rear seats , requires climate package , not ordered": what is not
    ordered is the heated rear seats, not the climate package); never back over a
    checklist's lone answer, which closes the item before it ("twin turbo v6 , check ,
    manual , no": the turbo is answered yes)."""
    if i == 0 or words[i - 1] != _COMMA:
        return i, i
    end = start = i - 1
    while True:
        while start > 0 and words[start - 1] != _COMMA:
            start -= 1
        if start + 1 < end and words[start] in _ANSWER_YES and _alone(words, start):
            return start + 2, end
        aside = _cue_at(words, start) is not None and start not in phrases
        if start == 0 or (not aside and any(k in phrases for k in range(start, end))):
            return start, end
        start -= 1


# Questions, wishes and requests claim nothing: "does it have heated seats?", "looking for one
# with a sunroof", "need something with AWD". An answer claims what it names ("yes it has
# heated seats"), and a "yes" after a question claims what the question named.
# ... and before a thread's answer label, which may follow a question with no "?" ("Q: does
# it have remote start A: yes")
_ASK_SENTENCE = re.compile(r"(?<=[!;])[\"')\s]*\s+"
                           # (a question stays with its "no": "AWD? no, FWD")
                           r"|(?<=\?)(?![\"')\s]*\s+(?:no|nope|nah|n)\b)[\"')\s]*\s+"
                           # not a doctor's title ("Dr. Lee's Lexus"; the mapper reads
                           # "Mr.", "Ms." and "Mrs." before a name as titles first)
                           r"|(?<=[A-Za-z0-9)\]\"'])(?<!\bDr)\.+\s+(?=\S)"
                           r"|\n+|\s+(?=A:\s)"
                           # a quoted question and the reply after a dash: '"does it have
                           # heated rear seats" - yes'
                           r"|(?<=[\"\u201d])\s+[-\u2013\u2014]+\s+(?=(?:yes|yep|yeah|no|nope)\b)")
# a thread's question label: what follows it is asked ("Q: Ventilated seats?", "Q: is the
# sunroof panoramic?") until an answer says yes to it ("A: yep")
_QUESTION_LABEL = re.compile(r"^\W*(?:q|question)\s*:\s*", re.IGNORECASE)
# who speaks in a thread, before what they say: "A: yes", "Him: yes and auto high beams",
# "Dealer answer: yep", "A (seller): it does", "Seller: \"Yes, ...\"", and a reply reported:
# "the seller replies, \"Yes ...\""
_SPEAKER = (r"(?:(?:(?:a|him|her|he|she|seller|dealer|owner|me|them"
            r"|(?:[\w'-]+\s+)?(?:answer|reply|response))(?:\s*\([\w\s]+\))?\s*:"
            r"|(?:the\s+)?(?:seller|dealer|owner|consignor)\s+(?:replies|replied|answers|answered"
            r"|responds|responded)\s*,)\s*[\"'\u201c]?)?")
_ASK_OPENER = re.compile(
    # (after a word that only leads in: "wait does yours have ...", "real question: is there
    # ...", "ok so does it have ...")
    r"^\W*(?:(?:@[\w.]+|(?:wait|ok(?:ay)?|so|hey|also|and|but|um+|hmm+|lol|yo|q|(?:real|quick"
    r"|serious|honest|genuine|dumb|stupid|random)\s+(?:q|question))\b)\W*)*"
    # ... or whether a part is on the car, with the question mark to come: "Is FSD or at
    # least enhanced autopilot on this car?", "are the heated seats standard?"
    r"(?:(?:is|are|was|were)\s+(?:[\w&/.-]+\s+){1,7}?(?:on|in|included|standard|available"
    r"|equipped|fitted|installed)\b(?=[^.!]*\?)"
    # ... or whether anyone knows: "anyone know if the LT has heated seats?"
    r"|(?:does\s+)?(?:any\s?one|anybody|somebody|some\s?one)\s+know\s+(?:if|whether)\b"
    # ... or whether someone else knows: "Ask Mom if the Fit has cruise"
    r"|ask\s+(?:[\w']+\s+){0,2}?(?:if|whether)\b"
    r"|(?:do\s+)?(?:you|u)\s+(?:guys\s+)?know\s+(?:if|whether)\b"
    r"|(?:does|do|did|doe?s)\s+(?:it|this|that|the|u|you|ya|they|he|she|any|one|yours)\b"
    # ... or what is wished for if the car has it: "If the G-Wagen has heated seats that'd be
    # nice"
    r"|if\s+(?:it|they|(?:this|that)\s+one|(?:the|this|that|your|my)\s+(?:[\w.-]+\s+){0,2}?"
    r"(?:car|truck|suv|van|vehicle|unit|limo|one|(?-i:[A-Z])[\w.-]*))"
    r"\s+(?:has|have|comes\s+with|includes|gets)\b"
    r"|(?:is|are)\s+(?:there|it|they|this|that)\b|(?:can|could|would|will)\s+(?:it|you|u|i)\b"
    # ... or whether a recall or a cover reaches the car: "is the rear camera recall for me
    # too?", "does the liftgate strut recall cover it?", "am I covered by the campaign?"
    r"|am\s+i\b|(?:is|are|does|do|did|will|would)\s+(?:the|this|that|my)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:recall|campaign|bulletin|tsb|warranty|coverage)\b"
    r"|any\s+(?:chance|way)\b|(?:how|what|which|whats|what's)\b"
    # "just confirming it has ...?" asks; "Confirming the Silverado is available, 4WD" says
    r"|(?:just\s+)?(?:confirming|checking)\b(?![^,;?]*\b(?:is|are)\s+(?:still\s+)?"
    r"(?:available|in\s+stock|here|on\s+the\s+lot)\b))", re.IGNORECASE)
# a "what" or "how" asks only before a "?": "What we like: turbo six, ..." is a heading
_WH_OPENER = re.compile(r"^\W*(?:how|what|which|whats|what's)\b", re.IGNORECASE)
# A clause about another car claims nothing for this one: a road test's rivals ("the Ranger's
# rivals offer a tonneau", "competes with crossovers offering ..."), a contrast fronted
# ("unlike the Q5, ...", "where the Palisade offers ..., ours ...") and another trim's
# equipment ("has a limited-slip only on the Type S"). A fronted contrast ends at its comma,
# the others at a contrast (", but ours ...") or the sentence's end.
_FRONTED_OTHER = re.compile(r"^\W*(?:unlike|(?:where|like)\s+(?:the|a|an|its|his|her|their)"
                            r"|compared\s+(?:to|with)"
                            # the buyer's former car: "Coming from an LS with heated rear
                            # seats, this NX ..."
                            r"|coming\s+from\s+(?:a|an|my|our|the))\b", re.IGNORECASE)
# the comma that ends a fronted contrast: not one before its own relative clause ("Like the
# Honda, which has a head-up display, the Santa Fe ...")
_FRONTED_END = re.compile(r"[,:](?!\s*(?:which|who|whose|that)\b)|\s[-\u2013\u2014]+\s",
                          re.IGNORECASE)
# a trim or model named with a capital ("the Type S", "the Platinum"): not "step up to luxury",
# "only on the lot", "reserved for the discerning buyer"
_TRIM = r"(?-i:[A-Z0-9])"
_OTHER_CAR = re.compile(
    r"(?:^\W*|\b(?:its|the|their|segment|key|main|most|some|many|other|all|class|direct"
    r"|closest|chief)\s+|'s\s+)(?:rivals?|competitors?|competition)\b"
    r"(?!\s+(?:package|pkg|pack|trim|model|edition|seats?|mode|suspension|brakes))"
    r"|\b(?:rivals?|competitors?)\s+(?:offer|offers|include|includes|have|has|get|gets|all)\b"
    rf"|\bcompet(?:es|ing)\s+(?:with|against)\b|\bonly\s+(?:on|in)\s+the\s+{_TRIM}"
    # a trim that would have had it, had the car been that one: "the ES would have had
    # keyless" (not a buyer's "would've got it sooner")
    rf"|\b(?:the\s+)?{_TRIM}[\w-]*\s+would(?:\s+have|'ve|\s+of)\s+(?:had|come\s+with)\b"
    # ... or a trim it was on, set against the writer's own: "remote start was on the
    # Platinum, I've got the SV"
    rf"|\b(?:was|were|is|are|comes?|came)\s+(?:only\s+)?on\s+the\s+(?P<on_trim>{_TRIM}[\w-]*)\b"
    r"(?=[^.;]{0,80}[,;]\s*(?:but\s+)?(?:(?:i'?ve\s+got|mine\s+is|mine'?s|ours\s+is|ours'?s)"
    r"\s+(?:just\s+)?(?:an?\s+|the\s+)?|i\s+(?:have|got)\s+(?:just\s+)?(?:an?|the)\s+)"
    # (another trim than the one it was on: "... on the Platinum, I have the Platinum" is ours)
    r"(?!(?P=on_trim)\b)(?-i:[A-Z]))"
    r"|\bother\s+(?:brands|makes|makers|automakers|manufacturers|models|cars|trucks|suvs)\b"
    # a car said to be another: "the Crosstrek Hybrid is a different model", "the roof in the
    # pics is a different unit"
    r"|\b(?:is|are|was)\s+(?:a\s+)?(?:different|another|separate)\s+(?:model|unit|car|vehicle"
    r"|truck|trim|listing)s?\b"
    r"|\b(?:segment|class)(?:'s)?\s+(?:best|leaders?|rivals?|competitors?|norm)\b"
    # another trim's: "reserved for the Platinum", "exclusive to the Calligraphy", "step up
    # to the Limited for a sunroof", "only the Platinum gets ..."
    rf"|\b(?:reserved|exclusive)\s+(?:for|to)\s+(?:the\s+)?{_TRIM}"
    rf"|\bstep(?:ping|s)?\s+up\s+to\s+(?:the\s+)?{_TRIM}|^\W*only\s+the\s+{_TRIM}"
    rf"|\bopt\s+for\s+the\s+{_TRIM}"
    # an option another trim offers: "moonroof is a $1,600 option on the Limited"
    rf"|\boption\s+(?:on|for|with)\s+the\s+{_TRIM}"
    # a valuation's comparable car: "comp #2 has Honda Sensing", "diesel listed on comp"
    r"|\bcomp(?:arable)?s?\s*(?:#\s*\d+\s*|\d+\s+)?(?:has|have|had|shows?|lists?|includes?"
    r"|adds?|gets?|came|comes)\b|\b(?:listed|shown)\s+on\s+(?:the\s+)?comp(?:arable)?s?\b"
    # an earlier model: "last year's model", "the previous-generation Tacoma", "its predecessor"
    r"|\blast\s+year'?s\s+(?:model|version|car|truck)\b|\bits\s+predecessor\b"
    r"|\bthe\s+(?:previous|prior|outgoing|old)(?:[- ]generation)?\s+(?:model|generation|version)\b"
    r"|\bprevious[- ]generation\b"
    # a rival a buyer cross-shops, or one that answers this car: "cross-shopping note: the
    # CR-V has ...", "shoppers also consider the Ram, whose ...", "the Bronco counters with"
    r"|^\W*cross[- ]?shop\w*(?:\s+notes?)?\s*:(?![^.;]*\b(?:this|our|ours)\b)"
    r"|\bshoppers\W+(?:also\W+)?(?:consider\w*|compar\w+|look\w*\s+at)\b"
    r"|\bcounters?\s+with\b"
    # ... or a car a buyer shops elsewhere, drove, owned or traded in: "cross-shopping a RAV4
    # Prime w/ JBL", "the R1S he drove had ...", "customer's previous car had a HUD", "traded
    # a Tahoe w/ HUD and expects the same"
    r"|\b(?:is|are|was|were|been)\s+cross[- ]?shop\w*\s+(?:a|an|the|his|her|their)\b"
    r"|\b(?:he|she|they)\s+(?:drove|test[- ]?drove|owned|owns|traded(?:\s+in)?)\s+(?:has|had"
    r"|came|comes|got)\b"
    r"|(?:\b(?:his|her|their|your)|'s)\s+(?:previous|prior|old|former|last|other)\s+(?:car"
    r"|truck|vehicle|suv|van|ride)\b"
    # ... or named so at the clause's opening: "Prior vehicle (traded) had adaptive cruise"
    r"|^\W*(?:the\s+)?(?:previous|prior|former)\s+(?:car|truck|vehicle|suv|van|ride)\b"
    r"|\btraded(?:\s+in)?\s+(?:a|an|his|her|their)\b(?![^,;.]*\bfor\b)"
    # ... or the buyer's own former car, traded in or left behind, as the clause's subject:
    # "my trade-in Malibu had leather", "our trade Odyssey had rear AC", "the Edge we traded
    # had", "my old Grand Cherokee had", "Old Passat had", "my other Navigator has the HUD"
    r"|\b(?:my|our|the|his|her|their)\s+(?:(?:19|20)\d\d\s+|'\d\d\s+)?(?:[\w-]+\s+){0,2}?"
    r"trade(?:[- ]?in)?(?:\s+(?!(?:had|has|came|got)\b)[\w-]+){0,2}\s+(?:had|has|came|got)\b"
    r"|^\W*trade[- ]?in\s+(?:[\w-]+\s+){0,2}?(?:had|has|came|got)\b"
    r"|\b(?:we|i)\s+traded(?:\s+in)?\s+(?:had|has|came|got)\b"
    r"|\b(?:my|our)\s+(?:old|previous|prior|former|other)\s+(?:(?:19|20)\d\d\s+|'\d\d\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:had|has|came|got)\b"
    r"|^\W*old\s+(?-i:[A-Z])[\w-]*(?:\s+[\w-]+)?\s+(?:had|has|came|got)\b"
    # ... or fronted, in a clause of its own: "Coming from an LS with ..., this NX ..."
    r"|^\W*coming\s+from\s+(?:a|an|my|our|the)\b[^,;:\u2013\u2014]*$"
    # parts shown or said of another car of the lot: "the tonneau in photo 7 is from a
    # different truck", "that pic is of another unit"
    r"|\b(?:from|of|on|for|to)\s+(?:(?:a|the)\s+)?(?:different|another|some\s+other|wrong"
    r"|(?<=the\s)other)"
    r"\s+(?:car|truck|vehicle|suv|van|unit|listing|vin|stock)\b"
    r"(?![^,;.]*\b(?:installed|fitted|added|swapped|put\s+on)\b)"
    # ... or another car a record names, as the clause's subject: "sister car (VIN ...2210)
    # shows the HUD", "another VIN in the fleet had AWD", "other unit on the invoice has ..."
    r"|^\W*(?:the\s+|a\s+)?(?:sister|other|another)\s+(?:car|truck|vehicle|suv|van|unit|vin)"
    r"s?\b"
    # ... or by its model: "the other Tundra, stock 4471, had the sunroof", "the other Kona
    # was the one with it"
    r"|^\W*the\s+other\s+(?-i:[A-Z])[\w-]*(?=\s*,|\s+(?:was|is|had|has|with)\b)"
    # ... or a car that went to someone else: "the one with the hitch went to another buyer"
    r"|\bwent\s+to\s+(?:another|a\s+different|the\s+other)\s+(?:buyer|customer|owner"
    r"|dealer|person|party|client)\b"
    # ... or photos taken of another car: "the sunroof in the ad photos came from the XLT"
    r"|\b(?:photos?|pictures?|pics?|images?)\b[^,;]{0,20}?\bcame\s+from\s+(?:the|a|an)\b"
    # ... or the wrong car shown or described: "wrong vehicle pictured", "wrong unit in photo 4"
    r"|\bwrong\s+(?:car|truck|vehicle|suv|van|unit|vin)\b"
    # ... or of another trim or model of it: "adaptive cruise on the quote is for a different
    # trim", "sunroof pictured is from another model year"
    r"|\b(?:from|of|on|for)\s+(?:a\s+|the\s+)?(?:different|another|other)\s+(?:trim|model"
    r"|grade|version|configuration|build)s?\b"
    # ... or a record filed against another car named by its model or its VIN: "invoice
    # belongs to a different Tahoe", "note is for another Model Y", "relates to VIN ending 7730"
    r"|\b(?:belongs?|belonging|relates?|relating|refers?|applies)\s+to\s+(?:a\s+|the\s+)?"
    r"(?:different|another|other)\s+(?-i:[A-Z0-9])"
    r"|\b(?:is|are|was|were)\s+for\s+(?:a\s+)?(?:different|another)\s+(?-i:[A-Z0-9])"
    r"|\b(?:belongs?|relates?|refers?|applies)\s+to\s+(?:the\s+)?vin\s+ending\b"
    # ... or headed so: "Other trim: the Touring gets ...", "Other build: SEL with Fender"
    r"|^\W*other\s+(?:trim|model|grade|version|configuration|build)s?\s*:",
    re.IGNORECASE)
# a part said to be another trim's alone, in its own part of the clause: "the turbo is N Line
# only" (not a drive said of this car: "it is AWD only")
_TRIM_ONLY = re.compile(r"\b(?:is|are)\s+(?!(?i:awd|fwd|rwd|4wd|2wd|4x4|4x2)\b)"
                        r"(?-i:[A-Z][\w-]*|\d[A-Z][\w-]*)"
                        r"(?:\s+(?-i:[A-Z0-9][\w-]*)){0,2}(?:\s+|-)only\b"
                        # ... or trims of two letters or more joined by a slash: "is Touring/GT
                        # only" (not "is M/T only", "is A/C only")
                        r"|\b(?:is|are)\s+(?-i:[A-Z][\w-]+)(?:\s*/\s*(?-i:[A-Z0-9][\w-]+))+"
                        r"(?:\s+|-)only\b", re.IGNORECASE)
# ... or said of a trim by its name, "only" closing its phrase: "Ultra trim only: HUD, 360
# camera", "ventilated seats Limited trim only;" (not one "on" a trim only, which the car may
# be: for review; nor "Lariat trim only needs tires", "this Limited model only")
_NAMED_TRIM_ONLY = re.compile(
    r"(?<!\bon\s)(?<!\bto\s)(?<!\bin\s)(?<!\bthis\s)(?<!\bmy\s)(?<!\bour\s)(?<!\bthe\s)"
    r"\b(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z0-9][\w-]*)){0,2}"
    r"\s+(?:trim|trims|grade|grades|model|models)\s+only"
    r"(?:(?P<heads>\s*:)|(?=\s*[;,)]|\s*$|\s[-\u2013\u2014]))", re.IGNORECASE)
# where a clause about this car starts after another trim's: "Ultra trim only: HUD, 360
# camera - this Plus trim has Harman Kardon"
_THIS_CLAUSE = re.compile(r"(?:\s[-\u2013\u2014]+\s|[,;])\s*(?=(?:but\s+)?(?:this\s|ours\b|mine\b"
                          r"|(?:the\s+)?(?:vehicle|car|unit)\s+shown\b))", re.IGNORECASE)
# a contrast fronted with "while" or "whereas" is another car's only when this car's lack
# follows ("While the Telluride has a sunroof, ours did not"), not in a listing's own prose
# ("While the truck has a tow package, it has never towed")
_CONCESSIVE = re.compile(r"^\W*(?:while|whereas)\s+(?:the|a|an|its|his|her|their)\b",
                         re.IGNORECASE)
# what another car has, which this car lacks: "the Platinum gets a head-up display, which
# our XLT went without"
_WHICH_OURS_LACK = re.compile(
    r",\s*(?:which|that)\s+(?:our|ours|this\s+(?:car|one|truck|suv|van|vehicle|unit)"
    # ... or this car named by its model: "which this 2018 Lexus IS 300 doesn't have"
    r"|this(?:\s+(?-i:[A-Z0-9])[\w-]*){1,4})\b"
    r"[^,;]*?\b(?:lack\w*|(?:went|did|made|makes?)\s+(?:do\s+)?"
    r"without|(?:does|did)(?:\s+not|n't)\s+(?:have|get|offer))\b", re.IGNORECASE)
# the writer's own car by its name ("my SR5", "on my SLE"; not "my old Hilux") and the car
# the writer bought or reviews ("the EX I bought", "the Laredo I'm reviewing")
_MY_NAMED = (r"(?:(?:in|on|with|for)\s+)?my\s+(?!(?:previous|old|former|last|other)\b)"
             r"(?:[\w-]+\s+){0,2}?(?-i:[A-Z0-9])[\w-]*\b")
_WE_BOUGHT = (r"the\s+(?:[\w-]+\s+){1,3}?(?:i|we)(?:'m|\s+am|'re|\s+are)?\s+(?:bought|own|got"
              r"|picked|chose|reviewing|testing)\b")
_HAS = re.compile(r"\b(?:offers?|offered|includes?|gets?|got|has|have|had|adds?|is\s+the"
                  r"|(?:is|are)\s+part\s+of"
                  r"|(?:comes?|came)\s+with)\b", re.IGNORECASE)
# ... or at this car named after another's: "the Platinum had a HUD, ours (XLE) doesn't"
_CONTRAST_CLAUSE = re.compile(r",\s*(?=(?:but|so|while|whereas|yet)\b"
                              # ... or this car named after another: ", and this Mazda3
                              # doesn't", ", my new Corolla doesn't"
                              r"|(?:(?:and|but)\s+)?(?:this|ours|mine|(?:my|our|the)\s+new)\b"
                              # ... or by its own name or as the car the writer reviews or
                              # bought: ", on my SLE you get ...", ", my SR5 doesn't", ", the
                              # Laredo I'm reviewing is RWD"
                              r"|" + _MY_NAMED + "|" + _WE_BOUGHT + ")",
                              re.IGNORECASE)
# "the GLC offers ventilated seats; our X3's did not": what another car offers, said before
# this car's lack of it (a sentence or clause with "offers" and no word for this car)
_OFFERS = re.compile(r"\b(?:offers?|offered|includes?|gets?)\b", re.IGNORECASE)
_NAMED_HAS = re.compile(
    r"^\W*(?:(?i:the)\s+(?:[A-Z0-9][\w'-]*\s+){1,3}"
    # ... or a build a configurator named or saved: "Build B has AWD", "saved build 3 had"
    r"|(?i:compare\s*:\s*)?(?i:(?:saved|other|previous)\s+)?(?i:build)\s+[\w\"'-]+\s+)"
    r"(?i:has|have|had|adds|gets|got|includes|(?:comes|came)\s+with)\b")
# ... or, set against this car said as "mine" or "ours", by words of any case: "the charger
# SXT AWD has awd, mine is the RWD one" (not the car itself: "the truck has a hitch")
_NAMED_PLAIN_HAS = re.compile(
    r"^\W*the\s+(?P<name>(?!(?:car|truck|suv|van|vehicle|one|unit|seller|dealer|owner|buyer)\b)"
    r"(?:[\w.'-]+\s+){1,3})(?:has|have|had|gets|got|includes|(?:comes|came)\s+with)\b",
    re.IGNORECASE)
# ... unless what follows points back at it, as at a part of this car ("the sunroof has a
# crack, mine is the only one with it")
_POINTS_BACK = re.compile(r"\b(?:it|them|the\s+same)\b", re.IGNORECASE)
# this car named by a word that sets it beside another: "the Sienna LE on the lot", "the SV
# in stock", "Build A (shown)", "Build 2 (this summary)", "the current build", "this LX build"
_THIS_SUBJECT = re.compile(
    r"^\W*(?:(?:but|so|while|whereas|yet)\s+)?(?:[\w\"'&-]+\s+){0,5}?\(?(?:this|current"
    r"|shown|(?:[\w-]+\s+){0,2}(?:on\s+the\s+lot|in\s+stock)"
    # ... or the customer's own, to whom support writes: "the base 2019 TLX you own", "your
    # 2022 NX 250", "customer's car is a 2019 X3"
    r"|you\s+(?:own|have|bought|drive)|your|customer'?s\s+(?:car|vehicle|truck))\b",
    re.IGNORECASE)
# an advertisement's car shown, which is not the car advertised: "Vehicle shown: Kona
# Limited with Bose audio", "model shown is HR-V EX-L with ...", "911 Carrera shown with
# optional Sport Chrono" (not a photo of this car: "the photo shows a panoramic sunroof")
_SHOWN_CAR = re.compile(
    r"\b(?:vehicles?|models?)\s+(?:shown|pictured|depicted)(?=\s*:|\s+(?:is|with|w/)\b)"
    r"|\b(?:shown|pictured)\s+with\s+(?:[\w\u00ae-]+\s+){0,2}?"
    r"(?:optional|available|accessory|accessories|extra[\s-]cost)\b", re.IGNORECASE)
# a dealer trade's car sent back in exchange: "agreed to swap for our CX-70 Turbo", "will
# take back a Santa Fe XRT", "we can send a RAV4 back", "can swap a Yukon SLT"; the clause
# from the comma before it is that car's, not the traded car's named before it
_GIVEN_BACK = re.compile(
    r"\b(?:swap|trade|exchange)\s+for\s+our\b|\btake\s+back\s+(?:a|an|our)\b"
    r"|\b(?:can|will|could)\s+(?:swap|send|trade)\s+(?:you\s+)?(?:a|an|our)\b", re.IGNORECASE)
# a car whose possessor is another party: "their Tundra has ...", "other store's 2500 has"
_OTHER_PARTY = re.compile(r"^\W*(?:their|his|her|(?:the\s+)?other\s+(?:store|dealer|dealership"
                          r"|lot|location)'?s?)\s", re.IGNORECASE)
_THIS_CAR = re.compile(r"\b(?:our|ours|we|my|mine|tester|test\s+car|we\s+(?:drove|tested)"
                       r"|this\s+(?:car|one|truck|suv|van|vehicle|unit))\b", re.IGNORECASE)
_OURS = (r"^\W*(?:(?:but|so|while|whereas|yet)\s+)?(?:(?:in|on|with|for)\s+)?"
         r"(?:our|ours|mine|this\s+(?:one|car|truck|suv|van|vehicle|unit)"
         r"|the\s+[\w-]+(?:\s+[\w-]+)?\s+we\s+(?:drove|tested|sampled)"
         # the car the buyer asks about: "the SV you're looking at has cloth"
         r"|the\s+[\w-]+(?:\s+[\w-]+)?\s+you(?:'re|\s+are)\s+(?:looking\s+at|asking\s+about)"
         # this car named by its model or trim: "this Q5 Premium is not equipped with one"
         r"|this\s+(?-i:[A-Z0-9])[\w-]*"
         r"|" + _MY_NAMED + "|" + _WE_BOUGHT + r"|mine(?:'s|\s+is)\s+(?:the|an?)\s+[\w-]+)\b")
_OURS_SAID = re.compile(_OURS, re.IGNORECASE)
# this car's lack said with nothing after its verb, which points back at what the clause
# before named on another car: "The Tahoe across the lot has the sunroof; this one does
# not", "the demo had a hitch, but ours doesn't"
_ELLIPTIC_LACK = re.compile(
    r"^\W*(?:(?:but|while|whereas|yet)\s+)?(?:this\s+(?:one|car|truck|suv|van|vehicle|unit)"
    r"|ours|mine|our\s+\w+|this\s+(?-i:[A-Z0-9])[\w-]*"
    # ... or the car the shopper views on the dealer's site: "but the EX-L you're viewing does not"
    r"|the(?:\s+[\w-]+){1,3}\s+you(?:'re|\s+are)\s+viewing)(?:\s*\([^)]*\))?"
    r"\s+(?:does|did|is|was|has|do)"
    r"(?:\s+not|n't)\W*$", re.IGNORECASE)
# ... or with this car named so (:data:`_THIS_SUBJECT`), and "neither" for a pair: "the base
# MDX on the lot has neither", "this Wrangler Sport S is not", "the current build does not"
# ... which, with a pronoun, names what the other car has: "the SV on the lot has fixed ones"
_NAMES_BACK = re.compile(r"\b(?:it|one|ones|them|those|the\s+same)\b", re.IGNORECASE)
_NAMED_LACK = re.compile(r"^[^,;:.]{0,70}?\s(?:does|did|is|was|has|do)(?:\s+not|n't|\s+neither)"
                         r"\W*$", re.IGNORECASE)
_OURS_LACK = re.compile(_OURS +
                        r".*(?:\bnot\b|n't\b|\bnever\b|\black\w*|\bwithout\b|\bnone\b"
                        r"|\bonly\b)", re.IGNORECASE)
_WISH = re.compile(
    r"\b(?:looking\s+for(?!\s+(?:someone|somebody|a\s+(?:shop|mechanic|detailer|guy|place))"
    # (not someone to work on a part the car has: "looking for someone to detail the leather
    # in our CX-5", but "looking for someone to install a hitch", "... to weld a hitch on")
    r"\s+(?:to|who\s+(?:can|could|does|will))\s+(?:fix|repair|detail|clean|tint|re-?spray"
    r"|reupholster|replace|service|look\s+at|check|diagnose|reprogram|reset|buff"
    r"|polish|patch|recalibrate|calibrate|adjust)\b)"
    r"|look(?:ing)?\s+4|searching\s+for|in\s+the\s+market\s+for|lf"
    # a board's "ISO" (in search of), a seeker, a buyer's list for the next car or a
    # thought of adding a part: "ISO: a Jeep with a tow hitch", "if anyone's selling a
    # Crosstrek with heated seats", "seeking someone whose car has a third row",
    # "requirements for my next car: AWD", "thinking about adding a roof rack"
    # (a car with a part sought, not a buyer nor an owner: "seeking a buyer for my 4Runner",
    # "seeking the owner of a red Silverado with a tonneau")
    r"|(?:iso|in\s+search\s+of)(?=\s*:?\s*(?:a|an|any)\s)"
    r"|seeking(?=\s+(?:(?:someone|somebody|anyone)\s+(?:whose|with)"
    r"|(?:a|an|any)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:with|w/|that\s+has))\b)"
    r"|(?:any(?:one|body)|if\s+(?:someone|somebody))(?:'s|\s+is)?\s+selling(?=\s+(?:a|an"
    r"|their|his|her)\s)"
    r"|requirements?\s+for\s+(?:my|our|the|a|an)\s+(?:next|new)"
    r"|thinking\s+(?:about|of)\s+(?:adding|getting|installing|buying|putting)(?=\s+(?:a|an)"
    r"\s+(?!(?:new|used|different|bigger|smaller|another)\b)(?!(?:car|truck|suv|vehicle|ride)"
    r"\b))"
    # ... or a part a later day will bring: "someday my Wrangler will have heated seats",
    # "my Tacoma will get a tonneau cover eventually"
    r"|some\s*day\s+(?:my|our)\s+[\w-]+\s+(?:will|'ll)\s+(?:have|get)"
    r"|(?:will|'ll)\s+(?:get|have)(?=\s+(?:a|an)\s[^.;!?]*\beventually\b)"
    # a forum's "WTB" (want to buy)
    r"|wtb\b"
    # ... or to take one on: "looking to take over a lease on any Pilot w/ 3rd row", "requesting
    # a swap to something w/ AWD"
    r"|looking\s+to\s+(?:take\s+over|buy|get|find|lease|pick\s+up)"
    r"|request(?:ing|ed|s)?\s+(?:a\s+)?(?:swap|switch|trade)\s+(?:to|for|into)"
    # not a repair the car will need: "will need new weatherstrip", "needs work"
    # (not a message's opening: "just wanted to say the Harman Kardon is amazing")
    r"|want(?:ed|ing)?(?!\s+to\s+(?:say|thank|let\s+(?:you|u|y'all)\s+know|share|tell|mention"
    r"|give\s+(?:a\s+)?(?:shout|thanks)|leave|write|express|compliment|praise|recogni[sz]e"
    r"|follow\s+up|reach\s+out)\b)"
    # (nor what is not needed: "liner not needed", "never needed chains")
    r"|(?<!will\s)(?<!may\s)(?<!might\s)(?<!\bnot\s)(?<!never\s)(?<!n't\s)need(?:ed|ing)?"
    r"(?!\s+(?:repair|fix|recharge|work|new)\b)"
    # (nor a car needed for its size alone, which names nothing the car has: "the Atlas is
    # here if you need a bigger car, 3rd row, heated seats")
    r"(?!\s+(?:a|an|another)\s+(?:[\w-]+\s+)?(?:car|vehicle|ride|truck|suv|van)\b"
    r"(?!\s+(?:with|w/|that|which)\b))"
    # nor a deadline: "need by month end", "need it by Friday"
    r"(?!\s+(?:it\s+|them\s+|one\s+)?by\b)"
    r"|wish(?:ing|es|ed)?|we\s+missed|would\s+like|i'?d\s+like|id\s+like"
    r"|i'?d\s+love|id\s+love|would\s+love|hoping(?:\s+for)?|any\s+chance"
    # a wish for what the car lacks: "would have loved cooled seats", "if only it had AWD", "if
    # this thing had adaptive cruise", "what we'd add: a HUD", "I would add a tonneau"
    r"|would(?:\s+have|'ve)\s+(?:loved|liked|preferred)"
    r"|if\s+(?:only\s+)?(?:it|this(?:\s+(?:thing|car|truck))?|she)\s+had"
    # (not a condition on the car's history: "if this car had more than 50k miles")
    r"(?!\s+(?:more|less|fewer|over|under|any|a\s+few|\d|been|an?\s+accident)\b)"
    # ... or the car a trip should have had, or the one that would have had it: "should've
    # taken the Pilot w/ the roof rack", "would've given anything for rear climate", "my
    # kingdom for a sunroof", "if I'd brought the Palisade I'd have had a HUD", "I could've
    # had the one with the HUD", "would kill for ventilated seats", "dreaming of an XC90"
    r"|should(?:\s+have|'ve|a)\s+(?:taken|brought|ordered|rented|bought|got|gotten|picked"
    r"|gone\s+with|driven)"
    r"|would(?:\s+have|'ve)\s+given\s+anything\s+for|kingdom\s+for"
    r"|(?:i|we)(?:'d|\s+would|\s+could)(?:\s+have|'ve)\s+had|(?:would|\b(?:i|we)'d)\s+kill\s+for"
    r"|dream(?:ing|t|ed)?\s+(?:(?:every|each|all|at|last)\s+\w+\s+)?of\b"
    # ... or what a shopper turns away in any car: "skip anything with a tonneau cover",
    # "don't bother with the ones that have the tow hitch"
    r"|(?:skip|avoid|pass\s+on)\s+(?:anything|any\s+\w+|(?:the\s+)?ones?|cars?)\s+"
    r"(?:with|that\s+ha(?:s|ve))|do(?:n'?t|\s+not)\s+bother\s+with"
    # ... or advice about which car to get: "everyone recommends a Camry hybrid with leather",
    # "other drivers say get AWD"
    r"|recommends?\s+(?:a|an|getting)\b|\b(?:say|says|said)\s+(?:to\s+)?get\b"
    r"|(?:we|i)(?:'d|\s+would)\s+add"
    # a part someone plans to fit, not fitted yet: "plans to add a tonneau", "will install a
    # hitch before the start date", "he'll buy crossbars", "gonna get a bluetooth adapter"
    r"|(?:plans?|planning|planned|going|gonna)\s+(?:to\s+)?(?:add|install|get|buy|put|fit"
    r"|retrofit)\b|(?:will|'ll)\s+(?:add|install|buy|fit|retrofit)\b"
    r"|do\s+(?:you|u|ya)\s+have|got\s+any|lmk\s+if|let\s+me\s+know\s+if"
    # a seller's offer to fit a part the car lacks: "we can install a hitch for $450",
    # "I could add remote start"
    r"|(?:we|i|dealer|shop)\s+(?:can|could)\s+(?:also\s+)?(?:install|add|retrofit"
    r"|put\s+(?:in|on)"
    # ... or to move the buyer to another car: "we can swap to the Premium Plus w/ Bose"
    r"|(?:swap|switch|upgrade|move)\s+(?:\w+\s+)?(?:to|into))"
    # a buyer's question about any car, reported: "cust asked if any NX in region has the
    # HUD" (not one about this car, which an answer may follow)
    r"|asked\s+(?:if|whether)\s+(?:there\s+(?:is|are)\s+)?any"
    # ... or a request for another car: "lessee asked for a Tahoe with a HUD next time"
    r"|(?:ask|asked|asks|asking)\s+(?:us\s+)?for\s+(?:a|an|another|one)"
    # ... or one a later day will bring: "someday we'll get one with a power liftgate"
    r"|(?:'ll|will|gonna|going\s+to)\s+(?:get|buy|find)\s+(?:one|a\s+[\w-]+)\s+(?:with|w/)"
    # ... or a car asked for by what it must have, to be sent or booked: "please send an
    # Escalade with a 3rd row", "client needs an SUV with heated seats", "Mr. Tanaka requires
    # a BMW 7 with wifi", "we'd prefer ..., ideally a Model X w/ Autopilot"
    # (not a part a repair needs: "needs a new projector, the 360 camera works")
    r"|(?:send|book|reserve|needs|requires|require|requested|requesting)"
    r"\s+(?:us\s+|me\s+|them\s+)?(?:a|an|another)\s+(?:[\w-]+\s+){0,3}?(?:with|w/)\s"
    r"|(?:'d|would)\s+prefer|prefers?\s+(?:a|an)|ideally"
    r")\b", re.IGNORECASE)
# a shopper's search, saved list or a site's suggestion of what to search for: what it names
# is wanted or looked for, not what this car has ("your saved filters: ...", "wish list items:
# ...", "buyers also searched for ...", "recommended filter: ...", "save this search for ...");
# a car part called a filter or an alert needs no shopper's word ("new cabin air filter",
# "rear cross-traffic alert")
_SEARCH_NOUN = r"(?:search(?:es)?|filters?|wish\s*-?\s*lists?|must[- ]haves?|alerts?)"
_SHOPPER = re.compile(
    r"\bwish\s*-?\s*lists?\b|\bmust[- ]haves?\b"
    rf"|\b(?:your|my|saved|popular|recommended|suggested|trending)\s+(?:\d+\s+)?{_SEARCH_NOUN}\b"
    r"|\b(?:search|filter)\s+(?:suggestions?|saved|results?|ideas?)\b"
    r"|\b(?:searched|filtered|shopped)\s+(?:for|by)\b|\bnew\s+search\b"
    r"|\bsave\s+(?:this|your|the)\s+search\b|\bprice\s+(?:drop\s+)?alerts?\b"
    r"|\btrending\b|\bmarket\s+(?:reports?|trends?|update)\b", re.IGNORECASE)
# ... unless it reports what the search found, which this car has: "matches your alert",
# "your saved search found ...", "3 of 4 must-haves: ...", or a car named by its model year
# ("saved search alert: 2020 F-150 XLT w/ ...")
# a search's or a request's heading: what it lists is looked for ("Locator search criteria:
# ...", "Search: ...", "Locate request: ...", "Possible upgrade: ...", a broker's "Sourcing
# brief: ...", "Brief: ..." opening the line, not a car's own "4Runner brief: ...")
_SEARCH_HEADING = re.compile(
    r"^\W*(?:(?:[\w'-]+\s+){0,2}?(?:search(?:ing)?(?:\s+(?:criteria|brief))?"
    r"|sourcing(?:\s+brief)?|criteria|locate\s+request|possible\s+upgrades?"
    r"|wish\s*-?\s*list|dream\s+spec)|brief)"
    # ... for a car or from a client: "Criteria for Sienna:", "brief from Tom:", "dream spec
    # for the next car:"
    r"(?:\s+(?:for|from)\s+[^:,.;]{1,40}?)?\s*(?::|\s[-\u2013\u2014]+\s)"
    # ... or a list for a car to find: "client's list for a used Model Y:"
    r"|^\W*(?:[\w'-]+\s+){0,2}?list\s+for\s+(?:a|an|the|our|my|his|her|their)\s+"
    r"(?:used|new|next)\b[^:,.;]{0,30}:", re.IGNORECASE)
# a buyer's wish that a located car meets, said with a word that stands for what the wish
# named: "located Camry has both", "the Pilot from Westgate checks both boxes", "Forester at
# Bay Subaru has all three", "must-haves met: ...", "matches cust's must-haves" (not "need
# one that has all three", a wish still)
_WISH_MET = re.compile(
    r"\b(?:located|found)\b[^.;]*?\b(?:has|have|with)\s+(?:both|all\s+(?:three|four|five)|it"
    r"|them|the\s+must[- ]haves?|everything)\b"
    r"|\bchecks\s+(?:both|all)(?:\s+(?:three|four|the))?\s+boxes\b"
    r"|\bmust[- ]haves?\s+(?:met|covered|checked)\b"
    # ... or a unit by its stock number that fits it, or that the wish asks for: "your stk
    # MB4418 fits: Burmester, ...", "Need your Outback XT stk S4471 -- 2.4 turbo, AWD"
    r"|\b(?:stk|stock)\s*#?\s*[a-z]*\d[\w-]*\s+(?:fits|matches|works)\b"
    r"|\bneed\s+your\s+(?:[\w+-]+\s+){1,5}?(?:stk|stock|vin)\b"
    r"|\bmatch(?:es|ed)\s+(?:the\s+)?(?:cust|customer|buyer|client)(?:'s|s)?\s+(?:must[- ]haves?"
    r"|list|wants)\b"
    # a sentence after the wish's, on a car it names: "... Forester at Bay Subaru has all three"
    r"|[.;]\s*(?:the\s+)?(?-i:[A-Z])[^.;,]*?(?<!\bthat)(?<!\bwhich)\s(?:has|have)\s+(?:both"
    r"|all\s+(?:three|four|five))\b", re.IGNORECASE)
_SEARCH_MET = re.compile(
    r"\b(?:found|matched|match(?:es)?\s+(?:your|all|everything|\d+))\b"
    r"|\b\d+\s*(?:of|/)\s*(?:\d+|your|my)\b", re.IGNORECASE)
# ... the model year outside a bracket, which names the car the shopper has: "Wishlist for
# our next van (current one: 2013 Sienna LE): ..."
_YEAR_NAMED = re.compile(r"(?:\b(?:19|20)\d\d\b|(?<![\w'])'\d\d\b)(?![^()]*\))")
_ANSWER = re.compile(
    r"^\W*" + _SPEAKER + r"(?:yes|yep|yea|yeah|yup|ya|yessir|sure|correct|absolutely|true"
    r"|affirmative|definitely"
    r"|it\s+does|it\s+has|they\s+do|sure\s+does|it\s+comes|comes\s+with|this\s+one\s+(?:has|comes)"
    # ... or the verb of an "is it ...?" echoed: "A: it is, came with the Limited", "they are"
    r"|(?:it|they|that|this\s+one)\s+(?:is|are|sure\s+is)(?=\s*(?:$|[,.;!]|\s+(?:indeed|standard)\b)))\b",
    re.IGNORECASE)
# a question that offers alternatives, which a "yes" does not choose between: "4WD/AWD?",
# "is it the turbo or the hybrid?" (not "a/c?", "w/ nav?")
_ALTERNATIVES = re.compile(r"\bor\b(?!\s+(?:not|no)\b)|[A-Za-z0-9]{2,}\s*/\s*[A-Za-z0-9]{2,}",
                           re.IGNORECASE)
# ... nor one asking whether a part can be added, which a "yes" says can be done, not done:
# "can she add a tonneau? yes", "Q: can we put a hitch on my Outback? A: yes, fits"
_CAN_ADD = re.compile(r"\b(?:can|could|will|would)\s+(?:we|you|u|i|he|she|they|it)\s+"
                      r"(?:add|install|put|fit|retrofit|get|mount|swap|wire|hook\s+up)\b",
                      re.IGNORECASE)
# a question's own mark at its end: "Does it have nav?", "Q: Backup camera?"
_ASKED_MARK = re.compile(r"\?+(?=[\s\"')]*$)")
# ... and the car's own equipment said after a wish, "but" or a comma parting them ("wishes it
# had a heated wheel, has remote start", "I wish it had a sunroof but it does have heated
# seats", "would have loved cooled seats, but we got heated ones"; not "has to have")
_ANSWER_IN_CLAUSE = re.compile(
    r"(?:,\s*(?:but\s+)?|\s+but\s+)(?=(?:yes|yep|yeah|it\s+(?:does\s+)?ha(?:s|ve)|it\s+does"
    r"|it\s+comes|comes\s+with|this\s+one\s+(?:does\s+)?(?:has|have|comes)|they\s+do"
    r"|has(?!\s+to\b)|does\s+have|we\s+got)\b)"
    # ... or what a car offered or found has, said after the wish's colon: "wanted the SE:
    # the offered Limited adds Bose, HUD", "vs wanted Overland: offered has McIntosh"
    r"|:\s*(?=(?:the\s+)?(?:[\w+-]+\s+){1,3}(?:has(?!\s+to\b)|have(?!\s+to\b)|adds|gets"
    r"|comes\s+with|includes)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Part:
    """One clause of a line: its text, and why it claims nothing ("" for a statement)."""

    text: str
    asked: str = ""  # why it claims nothing: "question", "wish", ANOTHER_CAR, MISSPOKEN, ...
    # a question an answer said yes to, its "?" dropped: it claims what it names, read on its
    # own so that the "?" doubts nothing ("does it have bluetooth? - yeah")
    answered: bool = False


# a web page's box comparing trims: "Compare trims: XLT ✓ you are here — cloth seats /
# Lariat — leather, B&O", "COMPARE TRIMS  LS  ●LT (selected)  RS  Premier — Premier only: HUD"
_COMPARE_BOX = re.compile(r"^\W*compare\b", re.IGNORECASE)
# ... its parts, one trim each: parted by a page's marks, a dash, a wide gap, ";" or a stop
_BOX_BREAK = re.compile(r"(\s+[\u00b7\u2022\u25b8\u25be\u00bb\u2192\u21c4|/]\s+"
                        r"|\s+[-\u2013\u2014]+\s+|\s{2,}|;\s*|(?<=[A-Za-z0-9)])\.\s+)")
_DASH_BREAK = re.compile(r"\s+[-\u2013\u2014]+\s+")
# ... and the mark of the trim on the page: "(this car)", "(this CX-5)", "(yours)",
# "(selected)", "(current)", "(you're viewing)", "This vehicle:", "✓ you are here"
_THIS_MARK = re.compile(
    r"\((?:this|yours?|current|selected|you(?:'re|\s+are)\s+(?:here|viewing))\b[^)]*\)"
    r"|\bthis\s+(?:vehicle|car|one|unit)\s*:|\byou(?:'re|\s+are)\s+(?:here|viewing)\b",
    re.IGNORECASE)
# what the page shows under it, other cars for sale: "Similar Vehicles ▸ ...", "You may also
# like: ...", "Customers also viewed: ..." (not "similar to the Lariat")
_SIMILAR = re.compile(
    r"\bsimilar\s+(?:vehicles?|cars?|trucks?|suvs?|listings?|units?|inventory)\b"
    r"|(?:^|[^\w\s])\s*similar\b(?!\s+(?:to|in|as|size|price)\b)"
    # (the reading may have turned "also" into a comma by then)
    r"|\byou\s+(?:may|might)\s+(?:also\s+|,\s*)?like\b|\bmore\s+like\s+this\b"
    r"|\b(?:customers|shoppers|others|people|guests|renters|drivers|buyers|users)"
    r"\s+(?:also\s+|,\s*)?(?:viewed|bought|looked\s+at|booked|rented|liked)\b"
    r"|\b(?:cars|vehicles|trucks|suvs|listings|rides|rentals)\s+like\s+(?:this|these|it)\b"
    # ... or a rental app's or a marketplace's box of the owner's other cars and nearby ones,
    # by its heading: "Nearby: ...", "More from this host: ...", "Also from Dana: ...",
    # "Recommended for you - ..."
    r"|^\W*(?:nearby|recommended(?:\s+for\s+you)?|sponsored|(?:(?:more|also|others?)\s+|(?<=,)\s*)"
    r"(?:cars\s+|listings\s+|vehicles\s+)?(?:from|by)\s+(?:this\s+|the\s+)?[\w'-]+)"
    r"\s*(?::|\s[-\u2013\u2014\u00b7]\s)",
    re.IGNORECASE)
# ... up to this car named again: "— this Murano SV has navigation", "[this Escape SE ...]",
# "your vehicle NX 300 FWD w/ ..." (not "(not this car)")
_THIS_AGAIN = re.compile(r"(?<!\bnot\s)\b(?:this|your\s+vehicle)\b", re.IGNORECASE)


def _compare_box_parts(text: str) -> list[Part] | None:
    """A trims box's parts (:data:`_COMPARE_BOX`): the part marked as this car (with the part
    right after it when the mark closes its own: "XLT ✓ you are here — cloth seats, ...") and
    any part opening with its trim's name ("SEL has heated seats") are read as written; every
    other trim's part is another car's. ``None`` when no part is marked."""
    if not _COMPARE_BOX.match(text):
        return None
    split = _BOX_BREAK.split(text)
    pieces, breaks = split[::2], [*split[1::2], ""]
    marked = next(((k, m) for k, piece in enumerate(pieces)
                   if (m := _THIS_MARK.search(piece))), None)
    if marked is None:
        return None
    k, mark = marked
    # a mark that closes its part, a dash after it: the list the dash opens is this car's
    closes = not pieces[k][mark.end():].strip(" :\u2713\u25cf")
    ours = {k, k + 1} if closes and _DASH_BREAK.fullmatch(breaks[k]) else {k}
    trim = re.search(r"([A-Z0-9][\w.+-]*)\W*$", pieces[k][:mark.start()])
    if trim:
        opens = re.compile(rf"\W*{re.escape(trim.group(1))}\s+(?:already\s+)?(?:has|have|gets"
                           r"|comes|includes)\b")
        ours |= {j for j, piece in enumerate(pieces) if opens.match(piece)}
    return [part for j, piece in enumerate(pieces) if piece.strip()
            for part in (_unreported_parts(piece) if j in ours else [Part(piece, ANOTHER_CAR)])]


def _similar_parts(text: str) -> list[Part] | None:
    """A page's other cars for sale (:data:`_SIMILAR`), from their heading to this car named
    again (:data:`_THIS_AGAIN`) or the end, are another car's; what is before and after is
    read as written. ``None`` when the text shows none."""
    similar = _SIMILAR.search(text)
    if similar is None:
        return None
    again = _THIS_AGAIN.search(text, similar.end())
    end = again.start() if again else len(text)
    before, after = text[:similar.start()], text[end:]
    return [*(asked_parts(before) if before.strip(_SEPARATORS) else []),
            Part(text[similar.start():end], ANOTHER_CAR),
            *(asked_parts(after) if after.strip(_SEPARATORS) else [])]


# the people whose cars a writer names beside their own or the one at hand
_KIN = (r"(?:father|dad|mother|mom|mum|brother|bro|sister|sis|uncle|aunt|grandfather|grandpa"
        r"|grandma|stepdad|stepmom|wife|husband|son|daughter|friend|neighbou?r|cousin|buddy|boss"
        r"|girlfriend|boyfriend|gf|bf|partner|coworker|roommate|roomie|parents')")


# Two of the dealer's (or the buyer's) cars on one line, one of them the car at hand: a CRM
# note's vehicle match ("match: Tiguan SEL stk V1123 w/ 360 cam. The SE on hold has none of
# that"), a host's other car ("my other Accord (the Touring) has the HUD, yours is the
# Sport"), the buyer's trade beside the car bought ("trade walk: leather, sunroof — customer
# moving into the Corolla LE"). The car at hand is said so: "this one", "this SV", "current
# unit", "the SE on hold", "the RAV4 you reserved", "the XL they're looking at", "the Frontier
# he wants", "the 3 series we have", "(this listing)", "yours is", "cust buying the Impreza"
_AT_HAND = re.compile(
    r"\bthis\s+(?:one|unit|listing|car|truck|suv|van|vehicle|build|(?-i:[A-Z0-9])[\w-]*)\b"
    r"|\bcurrent\s+(?:unit|vehicle|car|truck|listing)\b|\byours\s+(?:is|has)\b"
    r"|\bthe\s+(?:[\w-]+\s+){1,3}?(?:(?:you|they|he|she|cust|customer)(?:'re|'s|\s+(?:are|is))?"
    r"\s+(?:reserved|booked|(?:looking|lookin)\s+at|on|wants?|asked\s+about)"
    r"|on\s+hold|we\s+have)\b"
    r"|\b(?:cust(?:omer)?|he|she|they)\s+(?:is\s+|are\s+|'s\s+|'re\s+)?(?:buying|moving\s+into"
    r"|getting|looking\s+at)\s+(?:the|a|an|this)\b"
    r"|\b(?:the|his|her|their)\s+new\s+(?-i:[A-Z0-9])"
    # ... or the writer's own car against one they saw: "mine's the XLT", "mine (SV) has",
    # "my SR5 doesn't", "the EX I bought", "the Laredo I'm reviewing", "the one you drove",
    # "ended up with the XLE"
    r"|\bmine\b|\bmy\s+(?!(?:previous|old|former|last|other)\b)(?:[\w-]+\s+){0,2}?(?-i:[A-Z0-9])[\w-]*"
    r"|\bthis\s+is\s+(?:an?|the)\s+(?-i:[A-Z0-9])"
    # ... or a report's car at hand: "the victim's Tundra", "insured's vehicle"; or the one
    # the writer drives: "I'm driving his old Terrain", "I drive a Yaris"
    r"|\b(?:victim|insured|claimant|r/p|reporting\s+party)'s\s+(?:car|vehicle|veh|truck|suv"
    r"|van|(?-i:[A-Z0-9]))|\bi(?:'m|\s+am)?\s+driv(?:e|ing)\s+(?:a|an|the|my|his|her|our)\b"
    r"|\bthe\s+(?:[\w-]+\s+){1,3}?(?:i|we)\s*(?:'m\s+|\s+am\s+|\s+are\s+|'re\s+)?"
    r"(?:bought|got|own|chose|picked|reviewing)\b"
    r"|\bthe\s+(?:[\w-]+\s+){1,3}?you\s+(?:drove|rented|booked|had)\b"
    r"|\b(?:went|ended\s+up)\s+with\b|\b(?:i|we)\s+(?:bought|picked|chose|got)\s+(?:the|a|an)\b"
    r"|(?:^|(?<=[,;.!?]))\s*(?:but\s+)?(?:bought|got|picked)\s+(?:a|an|the)\b"
    # ... or the one a contest or an auction hands over: "the prize vehicle is an LE", "the
    # winner receives a Sorento LX", "the awarded vehicle", "the actual lot", "what showed
    # up was an SR", "car in the rules:"
    r"|\bprize\s+(?:vehicle|car|truck|suv|van|\w+\s*=)|\b(?:awarded|actual)\s+(?:vehicle|car"
    r"|truck|lot|prize)\b|\b(?:vehicle|car|truck)\s+(?:awarded|in\s+the\s+rules)\b"
    r"|\bwinner\s+(?:gets|receives|will\s+(?:get|receive))\b|\bwhat\s+showed\s+up\b"
    # ... or the one a call, a post or a ticket is about: "the car I'm calling about is the
    # wife's Fiesta", "this post is for the LX", "this tkt is the 2010 Focus", "this call =
    # 2013 Versa", "this '02 Ram"
    r"|\b(?:i'm|i\s+am|we're|we\s+are)\s+calling\s+about\b"
    r"|\bthis\s+(?:post|ad|listing|tkt|ticket|call|claim)\s+(?:is|=|for)\b|\bthis\s+'\d\d\b"
    # ... or a carrier's: "ours is the 2011 A6", "Sonata SE (ours)", "this BOL", "the one on
    # THIS BOL"
    r"|\bours\s+(?:is|has)\b|\(ours\)|\bthis\s+bol\b",
    re.IGNORECASE)
# ... and the other car said as the dealer's or the buyer's other one: a match or suggestion,
# another stock number or store, "our other X3", "a different listing", a fleet's numbered
# car ("Telluride #1 has ..."), the buyer's trade
_ANOTHER_OF_OURS = re.compile(
    r"\bmatch(?:es|ed)?\s*(?::|\u2192|->|>)|^\W*(?:vehicle\s+)?match\b"
    r"|\bsuggest(?:ed|ing)?\b|\bsent\s+(?:[\w-]+\s+){0,2}?(?:a\s+)?link\b"
    r"|\b(?:stk|stock)\s*#?\s*[A-Z0-9][\w-]*\d"
    r"|\bother\s+(?:store|location|lot|rooftop|dealer(?:ship)?)\b"
    r"|\b(?:our|my)\s+other\b|\bdifferent\s+(?:listing|unit|car|truck|vehicle|stock)\b"
    r"|(?-i:\b[A-Z][\w-]*)\s+#\d+\b|\btrad(?:e|es|ed|ing)\b"
    # ... or, beside the car at hand, someone else's car or the writer's former one, a
    # showroom's, a sister unit, a part said to be on the writer's car named otherwise ("my
    # wife's Pilot has the heated wheel, my Ridgeline doesn't", "the panoramic roof is on my
    # Atlas, this Jetta has a normal roof"; a trim's, "on the Platinum", is _ON_A_TRIM's), a
    # test car or the one the writer drove ("the Signature test car (HUD) - I went with
    # Select"): alone, each may be the car at hand itself ("Dad's Avalon has the little TV",
    # a road test's "the Tucson we drove")
    r"|\b" + _KIN + r"(?:'s|(?<=s'))\s+(?-i:[A-Z0-9])"
    r"|\b(?:my|our)\s+(?:previous|old|former|last)\s+(?-i:[A-Z0-9])|\bshowroom\b"
    r"|\bsister\s+(?:car|truck|unit|van)\b|\b(?:test|demo|press)\s+(?:car|unit|truck)\b"
    r"|\bthe\s+(?:[\w-]+\s+){1,4}?(?:i|we)\s+(?:drove|tried|saw)\b"
    r"|\b(?:is|was|are|were)\s+(?:on|from)\s+(?:my|our)\s+(?:[\w-]+\s+)?(?-i:[A-Z0-9])"
    # ... a loaner, a car someone saw ("Loaner: Telluride SX ...", "saw a white Telluride
    # SX with cooled seats")
    r"|\bloaner\b|\bsaw\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?-i:[A-Z0-9])"
    # ... a car shown in the prize's or the lot's place: on display, pictured, on a poster
    # or a flyer, at a booth, on a stage, in a lobby, a demonstrator, a press car
    # ("display Civic", "on display"; not a head-up display, nor a car "as pictured")
    r"|\bon\s+display\b|\bdisplay\s+(?:car|truck|suv|van|model|unit|vehicle|(?-i:[A-Z0-9]))"
    r"|(?<!\bas\s)\bpictured\b|\b(?:demonstrator|booth|poster|flyer|lobby)\b"
    r"|\bon\s+(?:the\s+)?stage\b|\bpress\s+car\b|\bcatalog(?:ue)?\s+photo\b"
    # ... or another car a carrier hauls with it: "load-mate", "on the same load", "the
    # Outback on this load", "(other customer)"
    r"|\bload-?mate\b|\bsame\s+(?:load|truck|trailer|dispatch)\b"
    r"|\bon\s+(?:this|the)\s+(?:load|truck|trailer)\b|\bother\s+customer\b",
    re.IGNORECASE)
# ... or, said so that it is another car even where the car at hand goes unnamed, a third
# party's: another's relative's ("her husband's truck", "the victim's neighbor's Audi"), a
# suspect's or a witness's ("SUSP VEH:", "thieves came in a gray Jeep", "Witness Jose R. saw
# a white Ram with"), a getaway car, "4 other vehicles"; a car the writer only saw or let go
# ("the Platinum we looked at", "the Atlas I test drove", "the one I almost bought", "passed
# on a Telluride SX", "for comparison"); a part put on another car ("the HUD is only on my
# X5", "the pic was from my Telluride", "was a feature on my previous Wrangler"); not a road
# test's "the Tucson we drove", nor "when I looked at it"
_SEEN_OR_GONE = re.compile(
    r"\b(?:his|her|their|(?:the\s+)?(?:victim|insured|owner|claimant)'s)\s+" + _KIN + r"'s\b"
    # ... someone's at work, beside the employee's car a form is about: "the manager's
    # Expedition", "the foreman's truck", "the CEO's Model X"
    r"|\b(?:manager|mgr|supervisor|foreman|ceo|employer)'s\b"
    # ... or a concept car or a prototype, whose parts no car sold carries ("the concept's
    # head-up display did not carry over", "Sollei concept: ..."; not "the concept of", nor a
    # manual's "Head-Up Display - the concept.")
    r"|\b(?:concept|prototype)(?:s|'s)?(?:\s*[:(]|\s+(?!of\b)\w)"
    r"|\bsusp(?:ect)?(?:'s)?\s+(?:veh(?:icle)?|car|truck|suv)\b|\bgetaway\s+(?:car|vehicle)\b"
    r"|\b(?:suspects?|thie(?:f|ves))\s+(?:\w+\s+){0,2}?(?:in|driving|drove)\s+(?:a|an)\b"
    r"|\bwitness\w*\s+(?:[\w.]+\s+){0,3}?(?:saw|described|states?|stated)\b"
    r"|\bother\s+(?:vehicles|cars|trucks)\b"
    r"|\b(?:almost|nearly)\s+(?:bought|went\s+with|got|picked|chose)\b"
    # ... a car the writer or someone close had before: "the last Ranger I had", "the Titan
    # my dad had", "had a Duramax for 12 yrs", "the Highlander hybrid was my sister's"
    r"|\b(?:last|first|old|previous)\s+(?:[\w-]+\s+){0,2}?(?:i|we)\s+(?:had|owned)\b"
    r"|\b(?:(?-i:[A-Z0-9])[\w-]*|one|car|truck)\s+(?:my|his|her|our)\s+" + _KIN
    + r"\s+(?:had|owned|used\s+to\s+have)\b"
    r"|\bhad\s+(?:a|an)\s+[\w-]+\s+for\s+\d+\s*(?:years|yrs|months)\b"
    r"|\bwas\s+(?:my|his|her|our)\s+" + _KIN + r"'s\b|\bdifferent\s+vin\b"
    r"|\b(?:we|i)\s+(?:looked\s+at|test[- ]?drove|sat\s+in|cross[- ]?shopped)\b"
    r"(?!\s+(?:it|them|this|her|him)\b)"
    r"|\bpass(?:ed)?\s+on\s+(?:a|an|the)\b|\bfor\s+comparison\b"
    r"|\b(?:is|was|are|were)\s+(?:only\s+(?:on|from)|(?:a\s+feature\s+|an\s+option\s+)?(?:on|from)\s+"
    r"(?:my|our|the)\s+(?:other|previous|old|former|sister)|from\s+(?:my|our)\s)\b",
    re.IGNORECASE)
# ... each in its own sentence, or clause after a dash
_CAR_BREAK = re.compile(r"[.;!?]+\s+|\s[-\u2013\u2014]+\s")


def _clause_start(piece: str, at: int, after: int = 0, *, but: bool = False) -> int:
    """Where the clause holding ``at`` opens: after the last comma before it (from ``after``
    on) that no bracket holds, or with ``but`` at a "but" ("2016 Sierra 4x4, the sunroof's
    on my wife's Yukon" keeps the 4x4 this car's; "almost went with the Platinum (360 cam,
    HUD) but ended up with the XLE" parts at the "but"); ``after`` when there is none. A
    clause that points back ("..., that was my other truck") opens where the one before it
    does."""
    buts = {m.start() for m in _BUT.finditer(piece, after, at)} if but else set()
    depth, starts = 0, [after]
    for k in range(after, at):
        depth += (piece[k] == "(") - (piece[k] == ")")
        if depth <= 0 and (piece[k] == "," or k in buts):
            starts.append(k + 1)
    while len(starts) > 1 and _POINTS_BACK_OPENING.match(piece, starts[-1]):
        starts.pop()
    return starts[-1]


_BUT = re.compile(r"\sbut\b", re.IGNORECASE)
# a clause that opens by pointing back at the one before: "that was my other truck"
_POINTS_BACK_OPENING = re.compile(r"\s*(?:but\s+)?(?:that|those|it|these)(?:'s|\s+(?:is|was|are"
                                  r"|were))\b", re.IGNORECASE)


def _at_hand_beside(piece: str, other: re.Match[str] | None, hand: re.Pattern[str]
                    ) -> re.Match[str] | None:
    """The car at hand (``hand``: :data:`_AT_HAND` or its lower case) named in ``piece``
    before or after the words that name the other car, never inside them ("my Atlas" in
    "the roof is on my Atlas" is the other car)."""
    if other is None:
        return hand.search(piece)
    return hand.search(piece, other.end()) or hand.search(piece[:other.start()])


@functools.cache
def _in_lower_case() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:data:`_AT_HAND` and :data:`_ANOTHER_OF_OURS` for a writer who never writes a
    capital: where they want a name in capitals ("my Civic", "dad's F-150"), a car's name
    in lower case or a number ("my civic", "dad's f-150", "my 2011 civic"), never any other
    word ("dad's pride & joy", "my parents"). Built on the first such line: the names are
    :mod:`._cars`'s data."""
    from ._cars import car_names  # here, not at the top: _cars reads _ocr, which reads us

    names = sorted(car_names(), key=len, reverse=True)
    name = r"(?=(?:\d|(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])))"
    return tuple(re.compile(pattern.pattern.replace("(?-i:[A-Z0-9])", name), pattern.flags)
                 for pattern in (_AT_HAND, _ANOTHER_OF_OURS))


def _two_cars_parts(text: str) -> list[Part] | None:
    """``text`` cut where it names two cars (:data:`_AT_HAND`, :data:`_ANOTHER_OF_OURS`,
    :data:`_SEEN_OR_GONE`): a sentence about the other car, without a word for the car at
    hand, is another car's from its clause's start, or up to a comma before the car at hand
    ("trade has a HUD (2018 530i), wants the same on the 3 series we have"); the rest is read
    as written. A car only seen or let go, or a third party's, is another car's even where
    the car at hand goes unnamed. ``None`` when the text names only one car."""
    hand, another = _in_lower_case() if text == text.lower() else (_AT_HAND, _ANOTHER_OF_OURS)
    others = (another, _SEEN_OR_GONE) if hand.search(text) else (_SEEN_OR_GONE,)
    if not any(other.search(text) for other in others):
        return None
    starts = [0, *(m.end() for m in _CAR_BREAK.finditer(text))]
    pieces = [text[a:b] for a, b in itertools.pairwise([*starts, len(text)]) if text[a:b].strip()]
    parts: list[Part] = []
    ours: list[str] = []
    named = False  # the car at hand named apart from the other car's words, in some piece
    for piece in pieces:
        other = min((found for other in others if (found := other.search(piece))),
                    key=lambda found: found.start(), default=None)
        at_hand = _at_hand_beside(piece, other, hand)
        named = named or at_hand is not None
        opens = _clause_start(piece, other.start()) if other else 0
        if other and at_hand and other.start() < at_hand.start():
            cut = _clause_start(piece, at_hand.start(), other.end(), but=True)
            if cut <= other.end() and other.re is _SEEN_OR_GONE:
                cut = at_hand.start()  # one clause names both: "thieves drove a Silverado
                # with a tow hitch and took the victim's Corolla"
            if cut > other.end():
                parts += [*_read_ours([*ours, piece[:opens]], closed=True),
                          Part(piece[opens:cut], ANOTHER_CAR)]
                ours = [piece[cut:]]
                continue
        if other and at_hand and at_hand.end() <= other.start():
            # the car at hand's clause, then the other car's: "my X1 has the sensors, my
            # dad's X5 is the one w the 360 view"
            opens = _clause_start(piece, other.start(), at_hand.end(), but=True)
            if opens > at_hand.end():
                at_hand = None
        if other and not at_hand:
            parts += [*_read_ours([*ours, piece[:opens]], closed=True),
                      Part(piece[opens:], ANOTHER_CAR)]
            ours = []
        else:
            ours.append(piece)
    # (the weak kind alone needs the car at hand named: "Traded my 2012 Civic for a 2023
    # HR-V" names only the traded car)
    if not any(part.asked == ANOTHER_CAR for part in parts) or not (
            named or any(_SEEN_OR_GONE.search(part.text) for part in parts)):
        return None
    return [*parts, *_read_ours(ours)]


# a class of cars named by what they have, which is no claim that this car is one of them: a
# recall's or a bulletin's population ("only vehicles with the optional Burmester system are
# affected", "recall limited to trucks with the spray-on bedliner", "applies to Pathfinder
# with ProPILOT Assist only"), a part's fitment ("fits vehicles with factory running boards")
_POPULATION = re.compile(
    r"\b(?:vehicles|cars|trucks|suvs|vans|units|models|versions)\s+(?:(?:that|which)\s+(?:have"
    r"|had)|(?:equipped|fitted|built|configured|ordered|sold)\s+with|with|w/)\s"
    r"|\b(?:appl(?:y|ies|ied|icable)\s+(?:only\s+)?to|limited\s+to|covers|affects|only\s+for)"
    r"\s+(?:the\s+|all\s+)?(?:(?:19|20)\d\d\s+)?(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,2}?"
    r"\s+(?:with|w/|equipped\s+with)\s"
    # ... or what a recall or a bulletin is for: "campaign is for the SRT Hellcat 6.2L only",
    # "bulletin covers LED headlamp assemblies only", "recall was for QX80s with ...", "the
    # letter mentions the Meridian audio and HUD as affected components"
    r"|\b(?:recall|campaign|bulletin|tsb|psb|letter|notice)\s+(?:is\s+|was\s+)?(?:only\s+)?"
    r"(?:covers|covered|(?<=\sis\s)for|(?<=\swas\s)for|(?<=\sonly\s)for|applies\s+to|applied\s+to"
    r"|affects|affected|(?:is\s+)?limited\s+to"
    r"|mentions|mentioned|lists|listed)\s"
    # ... or the ones it names alone: "only Crosstrek Hybrid models are included", "Only
    # Aviator Grand Touring plug-in hybrids are involved", "Some vehicles involved have"
    r"|\bonly\s+(?:[\w-]+\s+){1,5}?(?:are|is|were|was)\s+(?:involved|included|affected"
    r"|covered)\b|\b(?:some|other)\s+vehicles\s+(?:involved|affected|in\s+(?:this|the)"
    r"\s+population)\b", re.IGNORECASE)
# ... within its clause
_POPULATION_BREAK = re.compile(r"[,;.!?]\s|\s[-\u2013\u2014]+\s")
# ... unless the line says this car is one of them: "your vehicle is affected", "VIN verified
# in scope", "applies to your vehicle", "which yours has", "This car has them"
_IN_SCOPE = re.compile(
    r"\b(?:your|this|my|our|it|vehicle|vin|car|truck)\b[^,;.:]{0,40}?\b(?:is|was)\s+(?:(?:also"
    r"|indeed)\s+)?(?:affected|included|involved|covered|equipped)\b"
    r"|(?<!\bnot\s)\bin\s+scope\b|\bappl(?:y|ies)\s+to\s+(?:your|this|my)\b"
    r"|\b(?:which|that)\s+(?:yours|it|this\s+\w+|mine|ours)\s+(?:has|does)\b"
    r"|\b(?:this|my|our|your)\s+(?:[\w-]+\s+){0,2}?(?:has|had)\s+(?:them|it|one|both)\b"
    # ... or a lookup's answer: "cars with front fog lamps: YES for this chassis", "-> applies"
    r"|(?:[:=]|[-=]>|\u2192)\s*(?:yes|y|applies|fits)\b", re.IGNORECASE)
# ... or says by a pronoun that this car lacks what the class has, which reads the class's
# words with the lack as one ("fits only models w/ moonroof; cust's Fusion SE doesn't have one")
_LACKS_THAT = re.compile(r"\b(?:does|did|do)(?:\s+not|n't)\s+have\s+(?:one|it|them|that|those"
                         r"|either)\b", re.IGNORECASE)


def _population_parts(text: str) -> list[Part] | None:
    """``text`` with a class of cars named by what they have set apart as another car's
    (:data:`_POPULATION`): "Only vehicles with the optional Burmester surround sound system
    are affected. Your vehicle has the standard audio system" claims no premium audio. The
    rest is read as written. ``None`` when the text names no such class, or says this car is
    one of them (:data:`_IN_SCOPE`: "Applies to vehicles with heated rear seats, which yours
    has")."""
    found = _POPULATION.search(text)
    if found is None or _IN_SCOPE.search(text):
        return None
    ended = _POPULATION_BREAK.search(text, found.end())
    end = ended.start() if ended else len(text)
    after = text[end:]
    if _LACKS_THAT.search(after):
        return None
    # from its clause's start: "the tow hitch and tonneau recall was for Cybertruck"
    start = max((m.end() for m in _POPULATION_BREAK.finditer(text, 0, found.start())), default=0)
    # a separator left at the end would read as an answer ("quattro -" as "quattro: n")
    before = text[:start].rstrip(_SEPARATORS)
    return [*(asked_parts(before) if before.strip() else []),
            Part(text[start:end], ANOTHER_CAR),
            *(asked_parts(after) if after.strip(_SEPARATORS) else [])]


# this car's lack of both or all of what its sentence named before, said with nothing after
# it: "recall was for QX80s with the rear entertainment and rear auto climate, ours has
# neither", "the letter mentions the Meridian audio and HUD, but this car has neither option
# installed", "US spec VIN lacks both", "the car we bought doesn't have either"
_LACK_END = r"(?=\W*(?:$|[,;.!?]))"
_BOTH_LACKED = re.compile(
    r"\b(?:(?:this|our|my|your|the)\s+(?:[\w'-]+\s+){0,4}?|ours\s+|mine\s+|it\s+"
    # ... or a fleet's unit by its number: "214 has adaptive cruise and BLIS, 212 has neither"
    r"|(?:unit\s+)?(?-i:[A-Z]{0,3})-?\d+\s+(?:\([^)]*\)\s+)?)"
    r"(?:(?:has|had|have)\s+(?:neither|none)(?:\s+(?:option|options|one"
    r"|of\s+(?:them|those|these|that)))?"
    r"(?:\s+(?:installed|fitted|equipped))?"
    r"|lacks?\s+(?:both|either|them\s+all|all\s+of\s+them)"
    # ... or came without them: "the Caravan came to us without both"
    r"|(?:came|comes|arrived|was\s+delivered)(?:\s+to\s+(?:us|me))?\s+without\s+(?:both|either"
    r"|them|those|any\s+of\s+them)"
    r"|(?:does|did)(?:\s+not|n't)\s+have\s+(?:either|both|any\s+of\s+them))" + _LACK_END,
    re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?]\s+")
# ... or the writer's own car said not to have it, the verb left bare after another car's
# equipment: "the 4Runner Limited has the KDSS and the 3rd row, my SR5 doesn't", "the Explorer
# ST had the B&O, this Limited hybrid doesn't", "part of the Luxury package, which the car I
# bought didn't have" (the car's own name is read as written: "hybrid" is this car's)
_OURS_DOES_NOT = re.compile(
    r"(?P<subject>\b(?:my|this|our|your)\s+(?:[\w-]+\s+){0,2}?(?-i:[A-Z0-9])[\w-]*"
    r"(?:\s+[\w-]+){0,2}?|\bmine|\bours|\bthe\s+(?:[\w-]+\s+){1,3}?(?:i|we|you)\s+(?:bought"
    r"|got|own|drove|rented|booked|picked|chose))(?:\s*\([^)]*\))?"
    r"\s+(?:does|did|do)(?:\s+not|n't)(?:\s+(?:have|come\s+with|get)(?:\s+(?:it|them|that|those"
    r"|one|either|both|any))?)?(?=\s*(?:$|[(,;.!?\u2013\u2014]|\s-\s|\W+$))"
    r"(?!\s*,?\s*(?:nor|or)\b)", re.IGNORECASE)
# ... whose lack reaches back to its own clause of a list: "2017 Q7 Premium with Bose; the
# Prestige gets the B&O, mine doesn't"
_CLAUSE_STOP = re.compile(r"[.!?;]\s+")
_CONNECTIVE = re.compile(r"^\W*(?:(?:in|on|with|for|but|and|while|whereas|yet)\b\W*)*",
                         re.IGNORECASE)


def _both_lacked_parts(text: str) -> list[Part] | None:
    """``text`` with what its sentence named before this car's lack of both or all of it
    (:data:`_BOTH_LACKED`) set apart as what the car lacks, or the sentence before when the
    lack opens its own ("Sierra Denali shown in the letter has power running boards and the
    MultiPro tailgate. Our SLE has neither."). ``None`` when no such lack is said."""
    lack = _BOTH_LACKED.search(text) or _OURS_DOES_NOT.search(text)
    if lack is None:
        return None
    elliptic = "subject" in lack.re.groupindex
    subject = lack.start("subject") if elliptic else lack.end()
    stop = _CLAUSE_STOP if elliptic else _SENTENCE_STOP
    stops = [m.end() for m in stop.finditer(text, 0, lack.start())]
    start = stops[-1] if stops else 0
    # a lack that opens its own clause ("in our Hyundai you don't") reaches the one before
    head = text[start:subject if elliptic else lack.start()]
    if not re.search(r"\w", _CONNECTIVE.sub("", head)) and stops:
        start = stops[-2] if len(stops) > 1 else 0
    before, after = text[:start], text[lack.end():]
    return [*(asked_parts(before) if before.strip() else []),
            Part(text[start:subject], LACKING),
            *([Part(lack.group("subject"))] if subject < lack.end() else []),
            *(asked_parts(after) if after.strip(_SEPARATORS + ".!?") else [])]


# a car's or an app's reply that the feature just asked for is not there: "Your vehicle does
# not support that feature", "This service is not available for your vehicle"
_REFUSED = re.compile(
    r"\b(?:does\s*(?:not|n't)|doesn't|cannot|can'?t)\s+support\s+(?:that|this)\b"
    r"|\b(?:this|that)\s+(?:feature|function|service|command)\s+is\s+(?:not|n't)\s+"
    r"(?:available|supported)\b"
    r"|\b(?:is|are)\s*(?:not|n't)\s+(?:available|supported)\s+(?:in|on|for)\s+(?:this|your)\s+"
    r"(?:vehicle|car)\b", re.IGNORECASE)
# ... after the turn that asked for it
_TURN_BREAK = re.compile(r"[.!?][\"'\u201d]?\s+|\s[-\u2013\u2014]+\s|->|\u2192|\s/\s")


def _refused_parts(text: str) -> list[Part] | None:
    """``text`` with the command a car's reply refuses set apart as what the car lacks
    (:data:`_REFUSED`): 'uconnect: "Heated seats on" - "Your vehicle does not support that
    feature."' claims no heated seats. ``None`` when no reply refuses."""
    refused = _REFUSED.search(text)
    if refused is None:
        return None
    turn = max((m.end() for m in _TURN_BREAK.finditer(text, 0, refused.start())), default=0)
    command = max((m.end() for m in _TURN_BREAK.finditer(text, 0, turn)
                   if re.search(r"\w", text[m.end():turn])), default=0)
    if not re.search(r"\w", text[command:turn]):
        return None  # "Seat heating is not available in this vehicle": its own words
    before = text[:command]
    return [*(asked_parts(before) if before.strip() else []),
            Part(text[command:turn], LACKING), *_unreported_parts(text[turn:])]


def _read_ours(pieces: list[str], *, closed: bool = False) -> list[Part]:
    """The car at hand's sentences, read as written (:func:`asked_parts`); ``closed`` where
    another car's words follow them, whose separator is no answer of theirs ("Limited adds
    the HUD and 360 camera - shown for comparison" is no "360 camera: -")."""
    text = "".join(pieces)
    if closed:
        text = text.rstrip(_SEPARATORS)
    return asked_parts(text) if text.strip(_SEPARATORS) else []


def asked_parts(text: str) -> list[Part]:
    """``text`` cut into clauses, each a statement or asked ("question", "wish"). A
    question mark, a question's opening ("does it have", "is there", "any chance") or a wish
    ("looking for", "need", "would like") makes its clause asked, from the opening to the
    sentence's end or to an answer ("..., but it has ..."); a statement before it stays a
    statement. A question a "yes" answers next is a statement. A clause that reports an
    earlier text's claim is asked too (:data:`RETRACTED`); so is all a correction's heading
    follows (:data:`_CORRECTION_HEADING`). A web page's trims box and its other cars for
    sale are another car's (:func:`_compare_box_parts`, :func:`_similar_parts`), and so is
    a second car of the dealer's or the buyer's beside the car at hand
    (:func:`_two_cars_parts`)."""
    boxed = (_compare_box_parts(text) or _similar_parts(text) or _two_cars_parts(text)
             or _population_parts(text) or _both_lacked_parts(text) or _refused_parts(text))
    if boxed is not None:
        return boxed
    heading = _CORRECTION_HEADING.search(text)
    if (heading is not None and text[:heading.start()].strip()
            and not _REPAIR_CAUSE.search(text[:heading.start()])):
        return [Part(text[:heading.start()], MISSPOKEN), *asked_parts(text[heading.end():])]
    if _NO_PROOF.search(text):
        unproven = _set_apart(text, _HEARSAY.search, UNSEEN)
        if unproven is not None:
            return unproven
    if _FAILED.search(text) or _requirement_not_chosen(text):
        unmet = _set_apart(text, _REQUIREMENT.search, LACKING)
        if unmet is not None:
            return unmet
    repaired = _repaired_parts(text)
    if repaired is not None:
        return repaired
    disproved = _disproved_parts(text)
    if disproved is not None:
        return disproved
    reported = _reported_parts(text)
    if reported is not None:
        return [said for part in reported
                for said in ([part] if part.asked else _unreported_parts(part.text))]
    parts = _unreported_parts(text)
    if _WISH_MET.search(text):
        # "must have AWD + heated seats -- located Camry has both": the wish names the
        # located car's equipment
        return [Part(part.text) if part.asked == "wish" else part for part in parts]
    return parts


# an answer put off, which leaves the "?" before it open: "remote start via app? told him
# I'd check", "heated wheel? not sure, will find out" (not "Let me check... yes, confirmed")
_DEFERRED = re.compile(
    r"^\W*(?:(?:i\s+)?told\s+(?:him|her|them|cust(?:omer)?)\s+)?(?:i'?ll|i'?d|i\s+will|will|to"
    r"|gonna|need\s+to|let\s+me|have\s+to|going\s+to)\s+(?:double[- ]?)?(?:check|find\s+out"
    r"|confirm|verify|look)\b|^\W*(?:not\s+sure|unsure|don'?t\s+know|no\s+idea|tbd)\b",
    re.IGNORECASE)


# a bracket's aside, a sentence of its own where it says a wish: "running boards (need them
# with the prosthetic), roof rack" wants nothing after its bracket
_ASIDE = re.compile(r"\([^()]*\)")


def _wished_asides_parted(sentence: str) -> list[str]:
    """``sentence`` cut after each bracket that says a wish, so the wish ends with it (not
    one inside a wish already said: "would love heated seats (and cooled ones) and a HUD")."""
    pieces, start = [], 0
    for aside in _ASIDE.finditer(sentence):
        if (_WISH.search(aside.group()) and not _WISH.search(sentence, start, aside.start())
                and sentence[aside.end():].strip(_SEPARATORS)):
            pieces.append(sentence[start:aside.end()])
            start = aside.end()
    return [*pieces, sentence[start:]]


def _unreported_parts(text: str) -> list[Part]:
    """``text`` cut into clauses as :func:`asked_parts` does, once no report is set apart."""
    parts: list[Part] = []
    sentences = _with_repairs_joined(
        [piece for sentence in _ASK_SENTENCE.split(text) if sentence.strip()
         for piece in _wished_asides_parted(sentence)])
    # a heading of covered parts ("Exclusions: ...; ...") or of a schedule ("SCHEDULE OF
    # OPTION VALUES: SUNROOF +150; LEATHER +200") goes on to the end
    listed = ""
    for k, sentence in enumerate(sentences):
        if (_ANSWER.match(sentence) and parts and parts[-1].asked == "question"
                and not _ALTERNATIVES.search(parts[-1].text)
                and not _CAN_ADD.search(parts[-1].text)):
            parts[-1] = Part(_ASKED_MARK.sub("", parts[-1].text), answered=True)
        if (_DEFERRED.match(sentence) and parts and not parts[-1].asked
                and parts[-1].text.rstrip(" \"')").endswith("?")
                and not _SAID_YES.search(" ".join(sentences[k:k + 2]))):
            parts[-1] = Part(parts[-1].text, "question")  # "remote start? told him I'd check"
        unclaimed = _unclaimed(sentence) or (
            listed if listed and not _SAYS_FITTED.search(sentence) else "")
        if unclaimed:
            parts.append(Part(sentence, unclaimed))
            headed = ":" in sentence and ((unclaimed == HELP and not _VARIES.search(sentence)
                                           and not _REQUIREMENTS.search(sentence)) or (
                unclaimed == COVERED and _covers(sentence.split(":", 1)[0])))
            listed = listed or (unclaimed if headed else "")
            continue
        offer = _declined_offer(sentence, sentences[k + 1:k + 2])
        if offer is not None:
            parts.extend(_offer_parts(sentence, offer))
            continue
        turned_down = _turned_down(sentence)
        if turned_down is not None:
            start, end = turned_down
            before, after = sentence[:start], sentence[end:]
            parts.extend([*(_sentence_parts(before) if before.strip() else []),
                          Part(sentence[start:end], PLANNED),
                          *(_sentence_parts(after) if after.strip(_SEPARATORS + ".") else [])])
            continue
        paid = _PAID_NOT_GOT.match(sentence)
        if paid:
            parts.append(Part(paid.group(), UNSEEN))
            parts.extend(_sentence_parts(sentence[paid.end():]))
            continue
        lacked = _LACK_HEADING.search(sentence)
        if lacked and (parts or sentence[:lacked.start()].strip()):
            if sentence[:lacked.start()].strip():
                parts.extend(_unreported_parts(sentence[:lacked.start()]))
            parts.append(Part(sentence[lacked.start():], LACKING))
            continue
        corrected = _CORRECTED.match(sentence)
        if corrected and _AFFIRMED.match(corrected.group("correction")):
            parts.append(Part(corrected.group("detected"), REFUTED))  # "..., but it does"
            continue
        if corrected:
            parts.append(Part(corrected.group("detected"), RETRACTED))
            parts.extend(_sentence_parts(corrected.group("correction")))
            continue
        if _SAID_BEFORE.search(sentence) and _AFFIRMED.match("".join(sentences[k + 1:k + 2])):
            parts.append(Part(sentence, REFUTED))  # "I said it had no HUD. It does, ..."
            continue
        repaired = _self_repaired(sentence)
        if repaired is not None:
            parts.extend(repaired)
            continue
        if _CLAIMED.search(sentence) and _CONTRADICTS.match(''.join(sentences[k + 1:k + 2])):
            parts.append(Part(sentence, _judged(sentence)))
            continue
        elsewhere = _elsewhere_from(sentence, sentences[k + 1:k + 2])
        if elsewhere is not None:
            if sentence[:elsewhere].strip(" ,"):
                parts.extend(_sentence_parts(sentence[:elsewhere]))
            parts.append(Part(sentence[elsewhere:], ANOTHER_CAR))
            continue
        pieces = _DASH.split(sentence)
        between = _dashed_elsewhere(pieces)
        if between is not None:
            parts.extend(between)
            continue
        if any(_RETRACTED.search(piece) for piece in pieces):
            for piece in pieces:
                parts.extend([Part(piece, RETRACTED)] if _RETRACTED.search(piece)
                             else _sentence_parts(piece))
            continue
        clauses = _other_car_parts(sentence)
        if not any(clause.asked for clause in clauses):
            quizzed = any(_ANSWER.match(later) or _ANSWER_LABEL.match(later)
                          for later in sentences[k + 1:k + 2])
            parts.extend(_sentence_parts(sentence, quizzed=quizzed))
            continue
        for clause in clauses:
            parts.extend([clause] if clause.asked else _sentence_parts(clause.text))
    return parts


def _dashed_elsewhere(pieces: list[str]) -> list[Part] | None:
    """A sentence's pieces between dashes, when one says what another trim adds or has and
    the next names this car by its own trim (:func:`_another_trim_adds`: "Touring adds
    ventilated seats - vehicle shown is EX-L with heated seats"); ``None`` when no piece
    does. A dash parts looser clauses than a full stop, so only this, the plainest contrast,
    is read across one."""
    other = {k for k in range(len(pieces) - 1) if _another_trim_adds(pieces[k], pieces[k + 1])}
    if not other:
        return None
    return [part for k, piece in enumerate(pieces)
            for part in ([Part(piece, ANOTHER_CAR)] if k in other else _sentence_parts(piece))]


ANOTHER_CAR = "another car"
RETRACTED = "a retracted claim"
WITHDRAWN = "what the speaker takes back"
# what a correction replaces: it names nothing a pronoun after it could mean ("feed: nav.
# Correction: nav N, only the base radio" has no navigation)
MISSPOKEN = "what a correction replaces"
COVERED = "a list of covered parts"
UNSEEN = "what the car is not shown to have"
PLANNED = "what is offered or planned, not fitted"
LACKING = "a list of what the car lacks"
HELP = "a help page's, a menu's, a schedule's or a requirement list's topics"
# a buyer's dispute: what they paid for, then what the car lacks of it ("Paid for a 'tow
# package' but there's no hitch receiver", "I was charged for nav but it never had it"): the
# payment proves no feature; the clause after "but" says what the car has
_PAID_NOT_GOT = re.compile(
    r"^\W*(?:(?:i|we)\s+)?(?:paid|was\s+charged|were\s+charged|got\s+charged|charged\s+me)"
    r"\s+(?:extra\s+)?for\b[^,;]*?(?=\bbut\b[^,;]*?(?:\bno\b|\bnot\b|n't\b|\bnever\b"
    r"|\bmissing\b|\bwithout\b|\bnone\b))", re.IGNORECASE)
# a heading of what the car lacks, after what it has: "has heated seats and nav, missing:
# sunroof, third row", "Leather, nav. Not found on this car: sunroof"; its list runs to the
# sentence's end
_LACK_HEADING = re.compile(
    r"(?:^|(?<=[,.;])|\s[-\u2013\u2014]+|\b(?:but|and))\s*(?:(?:is|are|still)\s+)?"
    r"(?:missing|lacks|lacking|absent|not\s+(?:found|present|equipped|included|fitted)"
    r"(?:\s+(?:on|in)\s+(?:this|the)\s+(?:car|truck|vehicle|suv|van|unit|one))?"
    r"|does\s*n[o']t\s+have"
    # ... or what the buyer turned down: "Sportage - Declined: CarPlay retrofit ($650)"
    r"|declined|refused|deferred)\s*:", re.IGNORECASE)
# a contract's, a warranty's or a policy's list of what it covers or leaves out names parts,
# not this car's equipment ("Covered components: ...", "coverage includes", "covered if
# equipped", "Exclusions: ...", "defects that may occur"); not "leather covered", "wheel covers"
_COVERAGE = re.compile(
    r"\bcoverage\b|\bexclusions?\b"
    r"|\bcovered\s+(?:components?|parts?|items?|systems?|if|only|under|for|when|unless)\b"
    r"|\b(?:is|are|be|been|remain|remains|not)\s+covered\b"
    r"|\b(?:plan|contract|warranty|policy|program|it|also)\s*:?\s+covers\b|^\W*covers\b"
    r"|\bdefects?\s+(?:that|which)\s+(?:may|might|can|could)\b", re.IGNORECASE)
_WITH_REACH = re.compile(r"(?:\bw/|\bwith|&|\+)\s*(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# ... unless the line says the car has them: "vehicle fitted with", "options verified"
# (not "if vehicle is so equipped", "on vehicles so equipped")
_SAYS_FITTED = re.compile(
    r"(?<!\bif )(?<!\bwhen )\b(?:vehicle|car|truck|unit|this\s+vin)\s+(?:is\s+|was\s+)?"
    r"(?:fitted|equipped|includes|included|has|had|came|comes)\b(?!\s+so\b)"
    r"|\b(?:options?|equipment)\s+(?:verified|confirmed)\b|\bpresent\b|\bits\b"
    r"|\bvehicle\s*:", re.IGNORECASE)
# what a photo or a check could not confirm or does not show ("cannot confirm X from photo",
# "not shown in listing photos: ...", "not visible - assume not equipped"), and an empty place
# where a feature would be ("blank where the X switch would be", "blank plug where X would go")
_UNSEEN = re.compile(
    r"\b(?:can\s*not|can'?t|could\s*n[o']t|unable\s+to)\s+(?:be\s+)?(?:confirm|verif|see|tell)"
    r"|\bnot\s+(?:visible|shown|pictured|seen|confirmed|verified)\b"
    r"|\bblank(?:ed)?\b(?:(?![;.]).)*?\bwhere\b"
    r"|\bwhere\s+(?:the\s+|a\s+|an\s+)?(?:(?![;.,]).){1,40}?\s+(?:would|should)\s+(?:be|go|sit)\b"
    r"|\bnot\s+(?:refitted|reinstalled|re-installed|put\s+back)\b",
    re.IGNORECASE)
# ... which a line that says what the car is prepared for rules out itself ("Nav Ready
# (requires SD card)": a prerequisite, see _CUES)
_PREPARED = re.compile(r"\b(?:ready|prep\w*|pre-?wir\w*|provisions?|capable|compatible)\b",
                       re.IGNORECASE)
# what a feature still needs before the car has it: "requires dealer-installed kit",
# "subscription required", "subscription inactive" (not one that expired: the feature was
# there and is still fitted)
_STILL_NEEDS = re.compile(
    r"\b(?:requires?|required|needs?)\s+(?:a\s+|an\s+)?(?:dealer[- ]install\w*|kit\b|module\b"
    r"|subscription|activation)"
    r"|\bsubscriptions?\s*\W?\s*(?:required|needed|inactive)\b", re.IGNORECASE)
# what the writer said before, not "as I said": "I told you the Pilot had no rear heated seats"
_SAID_BEFORE_WORDS = r"(?<!\blike\s)(?<!\bas\s)(?:i|we)\s+(?:said|told\s+you|mentioned|wrote)"
_SAID_BEFORE = re.compile(rf"\b{_SAID_BEFORE_WORDS}\b", re.IGNORECASE)
# ... and the bare answer that takes back the lack it said ("but it does", "It does, it's
# standard that year"): what the earlier words ruled out is the car's
_AFFIRMED = re.compile(r"^\W*(?:it|they|she|he)\s+(?:does|do|did|is|are)(?:\s+(?:have\s+(?:it"
                       r"|one|them)|actually|too))?\s*(?:[,.;!]|$)", re.IGNORECASE)
# an automatic detection a person corrects: "AI detected 'sunroof' - false positive, ...",
# "detected: nav map - corrected by dealer: ...", "AI caption says X but ...": the detection
# claims nothing; the correction says what the car has
_CORRECTED = re.compile(
    r"(?P<detected>(?:(?![;]).)*?\b(?:detected|detections?|tagged|tags?|caption\w*|flagged"
    # ... or what the writer said before ("Correction: I said the Rogue was AWD but it's
    # front-wheel drive"; not "as I said")
    rf"|{_SAID_BEFORE_WORDS})\b"
    r"(?:(?![;]).)*?)(?:\s[-\u2013\u2014]+\s|\s+but\s+)"
    r"(?P<correction>(?<=but )(?=.).*|(?=.*\b(?:false\s+positive|corrected|correction"
    r"|incorrect|wrong|mistaken|does\s+nothing|not\s+equipped|actually|not)\b).*)",
    re.IGNORECASE | re.DOTALL)


# an editing term of speech or chat: the speaker takes back what was just said and puts the
# repair after it ("adaptive cruise uh strike that it's just cruise control", "leather I mean
# cloth", "the bose no wait that's the base stereo", "power liftgate never mind that's the
# other trim"); one with no repair after it is an apology for the words before, which stand
# ("..., this one has the upgrade, my bad"); a judgement takes back the claim before it
# whatever follows ("I said X earlier, that was wrong", "listing says 'no nav' - wrong")
_EDITING = re.compile(
    r"\b(?:i\s+mean|(?:strike|scratch)\s+that|never\s*mind|hold\s+on|no\s+wait|wait\s+no"
    r"|actually\s+no(?=\s*[,.!]|\s+(?:it|it'?s|that|this|wait|the|a|an|i|just)\b)|(?:i\s+)?misspoke"
    r"|(?-i:jk|j\s+k)|just\s+kidding|just\s+kiddin"
    r"|my\s+(?:mistake|bad)|correction)\b"
    r"|(?P<judged>\b(?:that|this|it)?\s*(?:was|is|'s|are|were)\s+(?:wrong|incorrect"
    r"|a\s+mistake|an\s+error|not\s+right)\b"
    # a clause that is only a judgement of the one before: "listing says 'no nav' - wrong, ..."
    # ... or a sentence of its own after it, as a quiz's key says: "T/F: it has a HUD. FALSE."
    r"|(?:(?<=[,;:] )|(?<=[,;:])|(?<=\s[-\u2013\u2014] )|(?<=[.!?][\"'\u201d] )|^\W*)"
    r"(?:wrong|incorrect|false|not\s+true)(?:\s+again)?"
    r"(?=\s*(?:[,;:.!]|\s[-\u2013\u2014]\s|$)))", re.IGNORECASE)
_BOUNDARY = re.compile(r"[,;:]|\s[-\u2013\u2014]+\s")
# a correction's heading: what the line said before it is what it corrects ("Feed says
# nav: yes. Seller correction: no nav"; not a detailer's "paint correction: 2-step")
_CORRECTION_HEADING = re.compile(
    r"(?<!paint )(?<!color )(?<!colour )\b(?:corrections?|corrected)\s*:", re.IGNORECASE)
# a repair order's three Cs (complaint, cause, correction): its correction is the repair
# done, which takes nothing back
_REPAIR_CAUSE = re.compile(r"\bcause\s*:", re.IGNORECASE)
# where a spoken item starts inside a clause: at its article or "and"
_ITEM_START = re.compile(r"\b(?:the|and|a|an)\b", re.IGNORECASE)
# what a speaker says while finding the words: an editing term after these alone takes
# back the clause before them ("it has a sunroof, uh, my bad, ..."; a "sorry" is no editing
# term: dictation reads it as a boundary, an apology that takes nothing back)
_HESITATION = re.compile(r"^(?:[\W_]|\b(?:uh|um|er|erm|oh|ah|no|ok|okay|right|wait|well"
                         r"|so)\b)*$", re.IGNORECASE)
# a speaker taking back a feature by name, at the opening of a clause: "oh right, scratch
# remote start" (not "scratch on the sunroof glass", a flaw)
_WITHDRAWING = re.compile(
    r"(?:^|[,;:]|\s[-\u2013\u2014]+\s)(?:\W*\b(?:uh|um|er|oh|ah|ok|okay|right|so|and"
    r"|actually)\b)*\W*\b(?:scratch|strike|cross\s+(?:off|out))\s+(?!that\b|on\b|in\b|to\b"
    r"|at\b|by\b|near\b|across\b|over\b|under\b|from\b|of\b|and\b)"
    r"(?P<what>[^,;:.]+)", re.IGNORECASE)


def _self_repaired(sentence: str) -> list[Part] | None:
    """``sentence``'s clauses when a speaker corrects themselves in it (:data:`_EDITING`):
    the words from the clause's opening to the editing term are taken back
    (:data:`MISSPOKEN`; :data:`RETRACTED` when judged wrong), or the clause before when
    only hesitation stands between; the repair after the term and the clauses before are
    read as written (each perhaps corrected again). A feature taken back by name
    ("scratch remote start") is :data:`WITHDRAWN` wherever the line said it. ``None`` when
    no one corrects anything."""
    withdrawn = _WITHDRAWING.search(sentence)
    if withdrawn:
        rest = sentence[:withdrawn.start()] + " , " + sentence[withdrawn.end():]
        return [Part(withdrawn.group("what"), WITHDRAWN), *_unreported_parts(rest)]
    edits = [edit for edit in _EDITING.finditer(sentence)
             if edit.group("judged") or re.search(r"[^\W_]", sentence[edit.end():])]
    if not edits:
        return None
    edit = edits[-1]
    before = sentence[:edit.start()]
    cut = _taken_back_from(before, edit)
    parts = _unreported_parts(sentence[:cut]) if sentence[:cut].strip() else []
    if before[cut:].strip():  # a claim judged wrong may be what a pronoun after it names
        parts.append(Part(before[cut:], _judged(before[cut:]) if edit.group("judged")
                          else MISSPOKEN))
    after = sentence[edit.end():]
    return [*parts, *(_unreported_parts(after) if after.strip() else [])]


# a claim that the car lacks something: "answered 'no' to remote start", "it has no HUD"
_DENIAL = re.compile(r"[\"'\u201c]no[\"'\u201d]|\b(?:no|not|never|none|without|lacks?)\b|n't\b",
                     re.IGNORECASE)
# a claim reported as someone's ("trainee said the car had ...", "rep listed a Bose") ...
_CLAIMED = re.compile(r"\b(?:said|says|saying|claimed|claims|listed|lists|stated|states|told"
                      r"|answered|wrote|guessed|thought|insists|insisted|asserts|asserted"
                      r"|swore|swears)\b", re.IGNORECASE)
# ... and the next sentence, which denies it: "It does not.", "it doesn't, rear camera only",
# "Trainer: no Bose, that's the SL"
_CONTRADICTS = re.compile(
    r"^\W*(?:(?:it|that|this\s+one|they)\s+(?:does|did|is|was|do|has)(?:\s+not|n't)\W*(?:[,;.]|$)"
    r"|(?:trainer|instructor|coach|manager|teacher)\s*:\s*(?:no|nope|wrong|incorrect|false)\b)",
    re.IGNORECASE)


def _judged(claim: str) -> str:
    """What a claim judged wrong leaves: nothing claimed (:data:`RETRACTED`), or, when the
    claim denied a feature ("Trainee answered 'no' to remote start. Wrong, ..."), the
    feature itself (:data:`REFUTED`, ticked). A judgement inside brackets judges the aside
    they open ("NOT 4X4 (window says 4x4, WRONG)": the window's claim, not the denial)."""
    return REFUTED if _DENIAL.search(claim.rsplit("(", 1)[-1]) else RETRACTED


def _taken_back_from(before: str, edit: re.Match[str]) -> int:
    """Where what an editing term takes back starts in ``before``: a judgement takes back
    the clause it judges; a speaker's term, the clause or, in run-on speech with no commas,
    only the item said last ("the third row the sun roof I mean the moon roof" keeps the
    third row)."""
    bounds = [0, *(m.end() for m in _BOUNDARY.finditer(before))]
    cut = bounds.pop()
    if _HESITATION.match(before[cut:]) and bounds:
        cut = bounds.pop()
    if edit.group("judged"):
        return cut
    items = [m.start() for m in _ITEM_START.finditer(before, cut)]
    return items[-1] if items else cut


def _with_repairs_joined(sentences: list[str]) -> list[str]:
    """``sentences`` with each one that opens with an editing term ("... wait no, that's
    CarPlay", "Cummins... jk it's the Hemi") read with the one before it, which it repairs."""
    joined: list[str] = []
    for sentence in sentences:
        edit = _EDITING.search(sentence)
        if joined and edit is not None and _HESITATION.match(sentence[:edit.start()]):
            joined[-1] = f"{joined[-1]} , {sentence}"
        else:
            joined.append(sentence)
    return joined


def _covers(sentence: str) -> bool:
    """Whether ``sentence`` speaks of what a contract covers (:data:`_COVERAGE`); a coverage a
    feature comes with is the feature's reach ("BLIS w/ trailer coverage")."""
    return any(not _WITH_REACH.search(sentence[:found.start()])
               for found in _COVERAGE.finditer(sentence))


# what a quote or a booking names is offered or planned, not fitted ("QUOTE: remote start
# installed - $649 - valid 30 days", "quoted $480 both fronts", "scheduled 3/14 -- remote
# start install", "install date TBD", "not yet approved", "customer to call back"); not a
# quote's or an estimate's heading alone, which may price the car itself or the parts of a
# repair ("Payoff quote: ...", "Estimate: hitch receiver bent - repair"), nor a car quoted by
# its model year, which is the car for sale ("the dealer quoted us the '20 Navigator: ...")
_PLANNED = re.compile(
    r"\bquoted\b(?!\s+(?:(?:me|us|him|her|them|my\s+client|the\s+client)\s+)?(?:(?:the|a|an)\s+)?"
    r"(?:'\d\d|(?:19|20)\d\d)\b)"
    r"|\bvalid\s+(?:for\s+)?\d+\s+days\b|\bnot\s+yet\s+approved\b"
    r"|\b(?:pending|awaiting)\s+(?:customer\s+)?approval\b"
    r"|\b(?:customer|cust|client|buyer)\s+(?:to|will)\s+call\s+back\b"
    r"|\binstall(?:ation)?\s+date\s+(?:is\s+)?(?:tbd|tba|pending|not\s+set)\b"
    # a quote kept, the work never done: "upgrade quote on file; work never performed"
    r"|\b(?:quote|estimate)\s+on\s+file\b|\bwork\s+never\s+(?:performed|done|completed)\b"
    r"|\bscheduled\s+(?:for\s+)?(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)\w*\b|next\b"
    r"|tomorrow\b)",
    re.IGNORECASE)


# a promise of parts to come ("They promised a roof rack at delivery", "I was told they'd add
# fog lights", "was supposed to install the hitch"): planned, not fitted ...
_PROMISED = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)\bpromised\b"
    r"|\b(?:supposed|going)\s+to\s+(?:add|install|put|fit|get|give|throw)\b"
    r"|\b(?:told|said|assured)\s+(?:me|us|him|her|them)?\s*(?:they|he|she|we)(?:'d|\s+would"
    r"|\s+will|'ll)\s+(?:add|install|put|fit|get|give|throw|order)\b", re.IGNORECASE)
# ... unless the sentence says it was kept: "installed the remote start we were promised",
# "promised a hitch and put it on the next day" (not "never installed", "to be installed")
_KEPT = re.compile(r"\b(?:installed|done|completed|fitted|added|kept"
                   r"|put\s+(?:it|them)\s+on|came\s+through|(?:and|they)\s+did)\b", re.IGNORECASE)
# a promise said to be kept ("like they promised") or to mend a part the car has ("promised
# they'd fix the mirror")
_PROMISE_BESIDE = re.compile(r"\b(?:as|like)\s+(?:\w+\s+)?$", re.IGNORECASE)
_PROMISED_REPAIR = re.compile(r"^\s+(?:to\s+|(?:they|he|she|we)(?:'d|\s+would|'ll|\s+will)\s+)?"
                              r"(?:fix|repair|replace|look\s+at|sort)\b", re.IGNORECASE)
_UNKEPT = re.compile(r"(?:\b(?:never|not|no|be|been|to|will|yet)|n't)(?:\s+\w+)?\s*$",
                     re.IGNORECASE)


def _promised(sentence: str) -> bool:
    """Whether ``sentence`` promises parts to come (:data:`_PROMISED`), not a promise said to
    be kept or one to mend what the car has (:data:`_PROMISE_BESIDE`, :data:`_PROMISED_REPAIR`)."""
    return any(not _PROMISE_BESIDE.search(sentence[:found.start()])
               and not _PROMISED_REPAIR.match(sentence[found.end():])
               for found in _PROMISED.finditer(sentence))


def _kept(sentence: str) -> bool:
    """Whether ``sentence`` says a promise was kept (:data:`_KEPT`), not with a negation or
    a future just before it ("it never got installed", "to be added")."""
    return any(not _UNKEPT.search(sentence[:kept.start()]) for kept in _KEPT.finditer(sentence))


# an offer of parts the car does not have yet ("dealer offered to add running boards", "they'd
# throw in a crossbar set", "was offered the Premium Package") ...
_OFFER = re.compile(r"\b(?:offered|offers?|(?:would|will|could|'d)\s+throw\s+in"
                    # ... or a counter's pitch: "pitch for the S-Class with massage seats",
                    # "tried to sell me the Suburban"
                    r"|pitch(?:ed)?(?=\s+(?:for|me|us|the|a|an)\b)|upsell\w*"
                    r"|tried\s+to\s+(?:sell|upgrade|upsell)\s+(?:me|us|him|her|them)"
                    # ... or what the buyer weighed up: "priced the tonneau but passed" (not
                    # "priced to sell": a weighing names its object)
                    r"|(?:priced|quoted|considered|looked\s+at|thought\s+about)"
                    r"(?=\s+(?:a|an|the|that|their|his|her)\s)"
                    # ... or a parts counter's quote: "tonneau cover quote $1,089", "quote for
                    # Lexus accessory remote start", "gave price on a fog lamp kit", "had
                    # running boards on the quote"
                    # (not a repair's quote opening its clause: "a/c compressor out; quote
                    # $1,850, cust passed, not fixed")
                    r"|quote(?=\s+for\b)|(?<=[\w)]\s)quote(?=\s*(?:[-:,$]|\d))"
                    r"|gave\s+(?:a\s+)?price\s+on|on\s+the\s+quote)\b", re.IGNORECASE)
# who may make or weigh an offer at the head of its clause: "..., we priced the tonneau"
_OFFER_SUBJECT = re.compile(r"\s*(?:(?:the|our|my|a)?\s*(?:we|i|they|he|she|you|dealer|"
                            r"dealership|salesman|salesperson|rep|customer|buyer|owner|seller|"
                            r"shop|mom|dad)\s+)?(?:was\s+|were\s+)?$", re.IGNORECASE)
# ... and the buyer's refusal of it, in its sentence or the next: "but declined it", "customer
# said no", "we passed", "turned it down" (not "passed inspection")
_REFUSAL = re.compile(r"\b(?:declined|refused|turned\s+(?:it\s+|them\s+)?down|said\s+no"
                      # ... a quote not taken: "no sale", "decided against it", "too pricey",
                      # "struck them before signing", "nothing installed here"
                      r"|no\s+sale|decided\s+(?:against|not\s+to)|too\s+(?:pricey|expensive)"
                      r"|struck\s+(?:it|them|that|those)|nothing\s+(?:installed|done|ordered)"
                      r"|passed(?!\s+(?:its\s+|the\s+|a\s+|state\s+)?(?:inspection|smog|"
                      r"emissions?|safety|test|mot|qc|pdi)\b)|no\s+thanks|nope)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;]")


def _declined_offer(sentence: str, following: list[str]) -> re.Match[str] | None:
    """The offer in ``sentence`` the buyer refused, in it after the offer or in the sentence
    after ("Offered the tonneau as add-on, customer said no", "was offered heated seats but
    declined"), or None: what was offered and refused is not on the car."""
    offer = _OFFER.search(sentence)
    refused = offer is not None and bool(_REFUSAL.search(sentence, offer.end()) or (
        following and _REFUSAL.search(following[0])))
    return offer if refused else None


def _offer_parts(sentence: str, offer: re.Match[str]) -> list[Part]:
    """A sentence with a refused ``offer``: from the offer's clause to the end of the
    refusal's clause it claims nothing. Clauses before an offer that opens its clause
    ("..., heated seats, AWD, offered the tonneau but declined") and after the refusal's
    clause ("..., declined, AWD") are the car's own statements. A refusal only in the next
    sentence leaves the offer running to its sentence's end."""
    refusal = _REFUSAL.search(sentence, offer.end())
    end = _CLAUSE_BREAK.search(sentence, refusal.end()) if refusal else None
    after = _sentence_parts(sentence[end.end():]) if end else []
    sentence = sentence[:end.start()] if end else sentence
    cut = max(sentence.rfind(",", 0, offer.start()), sentence.rfind(";", 0, offer.start()))
    if cut < 0 or not _OFFER_SUBJECT.match(sentence[cut + 1:offer.start()]):
        # the offer's words come before its verb ("tonneau, bed liner offered, declined"):
        # all of them were offered
        return [Part(sentence, PLANNED), *after]
    return [*_sentence_parts(sentence[:cut]), Part(sentence[cut + 1:], PLANNED), *after]


# a decision against a part, before what it turns down ("Committee declined the Advanced
# group (adaptive cruise, 360 view)", "the board struck the 4x4 option", "voted 4-3 against
# buying a Wi-Fi hotspot", "Tabled: installing a brake controller") ...
_TURNS_DOWN = re.compile(
    r"\b(?:declined|rejected|vetoed|struck|turned\s+down|voted\s+(?:\d+\s*-\s*\d+\s+)?"
    r"(?:against|down|no\s+on)|vote\s+(?:was\s+)?\d+\s*-\s*\d+\s+against)\s+(?=(?:the|a|an|any"
    r"|adding|buying|installing|funding|to)\b"
    # ... or a car by its name ("Declined Grand Cherokee L upgrade (third row, 4x4)")
    r"|(?-i:[A-Z][a-z][\w-]*\s+[A-Z0-9]))"
    r"|\btabled(?:\s+\w+)?\s*:"
    # ... or a heading of what was turned down: "Upgrade declined: X7 (3 rows, B&W audio)"
    r"|\b(?:upgrades?|offers?|add\W?ons?|upsells?)\s+(?:was\s+|were\s+)?(?:declined|refused"
    r"|rejected|turned\s+down)\s*:", re.IGNORECASE)
# ... or after it ("the leather upgrade was rejected", "running boards and roof rack - both
# declined", "Motion to add a backup camera: failed 3-4")
_TURNED_DOWN = re.compile(
    r"\b(?:was|were|been|got|is|are)\s+(?:\w+\s+)?(?:rejected|vetoed|struck(?:\s+out)?|tabled"
    r"|turned\s+down|voted\s+down|declined)\b|\b(?:both|all)\s+(?:were\s+)?declined\b"
    r"|^\W*(?:motion|proposal|request)\b.*\b(?:failed|defeated)\b", re.IGNORECASE)
# where the clause a decision turns down ends: its sentence's end, or a "but" after it
_DECISION_ENDS = re.compile(r"[;.!?](?:\s|$)|,?\s+but\s|\s[-\u2013\u2014]+\s", re.IGNORECASE)


def _turned_down(sentence: str) -> tuple[int, int] | None:
    """Where ``sentence`` names what a decision turned down (:data:`_TURNS_DOWN`,
    :data:`_TURNED_DOWN`): a part voted down, declined or struck is not fitted."""
    before = _TURNS_DOWN.search(sentence)
    if before is not None:
        ends = _DECISION_ENDS.search(sentence, before.end())
        return before.start(), ends.start() if ends else len(sentence)
    after = _TURNED_DOWN.search(sentence)
    if after is not None:
        heading = sentence.rfind(":", 0, after.start())
        return heading + 1, after.end()
    return None


def _unclaimed(sentence: str) -> str:
    """Why ``sentence`` claims nothing for this car ("" when it may): a list of covered or
    excluded parts (:data:`_COVERAGE`) that does not say the car has them, what a photo
    cannot confirm, an empty place where a feature would be, a part not refitted
    (:data:`_UNSEEN`), what a feature still needs (:data:`_STILL_NEEDS`), what a quote
    or a booking offers or plans (:data:`_PLANNED`), or a help page's, a tip's or a menu's
    topics, a schedule of option values or what a list requires of any car
    (:data:`_HELP_HEADING`, :data:`_MENU_PATH`, :data:`_VARIES`, :data:`_SCHEDULE`,
    :data:`_REQUIREMENTS`)."""
    if _covers(sentence) and not _SAYS_FITTED.search(sentence):
        return COVERED
    if _UNSEEN.search(sentence) or (_STILL_NEEDS.search(sentence)
                                     and not _PREPARED.search(sentence)):
        return UNSEEN
    if _promised(sentence) and not _kept(sentence):
        return PLANNED
    if ((_HELP_HEADING.match(sentence) or _MENU_PATH.search(sentence) or _VARIES.search(sentence)
         or _SCHEDULE.search(sentence) or _REQUIREMENTS.search(sentence))
            and not _THIS_CAR.search(sentence) and not _THIS_NAMED.search(sentence)):
        return HELP
    return PLANNED if _PLANNED.search(sentence) else ""



# a help page, a tip, a menu or a voice assistant's list of what it can do names functions, not
# what this car has ("Help topic: To use Apple CarPlay ...", "Tip: You can say 'turn on seat
# heating'", "Menu: INFO > Features Guide > ProPILOT Assist video", "What can I say?")
_HELP_HEADING = re.compile(
    r"^\W*(?:[\w&'-]+\s+){0,2}?(?:help(?:\s+topics?)?|tips?|tutorial|(?:quick|features?"
    r"|user)\s+guide|topic\s+list|suggestions|(?:voice\s+)?command\s+list|what\s+can\s+i\s+say)\b"
    r"[^:?]{0,30}[:?]", re.IGNORECASE)
# ... or a schedule of what options are worth on any car ("SCHEDULE OF OPTION ADJUSTMENTS (ALL
# MAKES): SUNROOF +150", "Guide value table: ... add nav $200", "shown for reference only")
_SCHEDULE = re.compile(
    r"\b(?:schedule|table|list)\s+of\s+(?:options?|equipment)|\boption\s+(?:values?|adjustments?)"
    r"\s+(?:list|table|schedule)\b|\bvalue\s+table\b|\bfor\s+reference\s+only\b"
    r"|\bgenerally\s+available\b|\(all\s+makes\)", re.IGNORECASE)
# ... or what a platform, a program or a checklist requires of any car: "Vehicle requirements:
# 4 doors, working A/C", "Required for XL: third row", "your vehicle must be a hybrid",
# "eligible vehicles include 3-row SUVs", "make sure the A/C and lights work", "leather
# interior required for Black" (not "subscription required", "data plan required")
_REQUIREMENTS = re.compile(
    r"\brequirements?\b[^:.;]{0,30}:|\brequired\s+(?:for|to\s+(?:drive|qualify|be\s+eligible))\b"
    # ... in a job posting's words: "Req'd: AWD", "Job reqs: backup camera", "Preferred: ..."
    # (not a request's "req:", "TRADE REQ: 2024 Grand Cherokee ...")
    r"|\b(?:req'?d|reqs|preferred)\s*:|\bjob\s+reqs?\b"
    r"|\b(?:vehicles?|cars?)\s+must\s+(?:be|have)\b|\beligible\s+(?:vehicles?|cars?|models?)\b"
    r"|\bmake\s+sure\b[^.;]*\bwork", re.IGNORECASE)
# ... unless it speaks of this car ("Buying tip: this Q5 Premium Plus already carries ...")
_THIS_NAMED = re.compile(r"\bthis\s+(?-i:[A-Z0-9])", re.IGNORECASE)
# ... or a menu's path ("Infotainment menu: Apps > SiriusXM > ..."); not a price menu
_MENU_PATH = re.compile(r"\bmenu\b[^:]{0,20}:[^.;]*>", re.IGNORECASE)
# ... or says what it names depends on the car: "Some functions depend on vehicle equipment",
# "Availability varies by model", "if your vehicle is equipped"
_VARIES = re.compile(
    r"\b(?:availability|functions?|features?|commands?|equipment)\s+(?:\w+\s+)?(?:varies|vary"
    r"|depends?|differs?)\s+(?:by|on|with)\b|\bif\s+your\s+(?:vehicle|car)\s+is\s+(?:so\s+)?equipped\b",
    re.IGNORECASE)
# a clause that reports what an earlier text or a bot said ("the previous description listed
# a HUD", "our chatbot previously said", "the AI mentioned"), or calls it wrong ("listed in
# error", "incorrectly listed", "was a mistake", "disregard the reference to"): it claims
# nothing for this car; what the correction says of the car stands in its own clause
_RETRACTED = re.compile(
    # (not a chat's speaker label, "Bot: ... rearview camera listed", nor what is added to it:
    # "to add to what the assistant said, this Titan also has ...")
    r"(?<!\bwhat\sthe\s)\b(?:previously|earlier|previous|ai|chatbot|bot|assistant)\b(?!\s*[:)])"
    r"[^.;]*?\b(?:said|stated"
    r"|listed|mentioned|described|claimed|referenced|indicated|told|suggested)\b"
    r"|\b(?:listed|stated|shown|included)\s+(?:in\s+error|by\s+mistake)\b"
    r"|\bincorrectly\s+(?:listed|stated|said|mentioned|described|shown|showed)\b"
    r"|\bdisregard\s+(?:the\s+|any\s+)?(?:reference|mention)s?\s+to\b"
    r"|\b(?:was|were)\s+(?:a\s+mistake|incorrect|wrong|an\s+error)\b"
    # ... or a claim its teller is said to have lied in: "whoever said it has a sunroof lied"
    r"|\b(?:said|says|claimed|told\s+\w+)\b[^.;]*?\b(?:lied|was\s+lying|is\s+lying)\b",
    re.IGNORECASE)
_DASH = re.compile(r"\s[-\u2013\u2014]+\s")
REFUTED = "a refuted fault"
# a clause that reports what a listing, an announcement or a claim said ("navigation
# announced", "sunroof listed on CR", "CR shows leather", "heated seats claimed INOP", "buyer
# says the camera is inoperative"): what it names is the listing's word, not a finding; not
# a finding that agrees with it ("vehicle has HUD as announced")
_REPORTED = re.compile(
    r"\b(?:announced|advertised|listed|claimed|alleged|marketed|described|billed)\b"
    r"|\bsold\s+as\s+(?!is\b)"
    r"|\b(?:cr|report|listing|ad|sticker|sheet|description|paperwork|records?|app|website"
    r"|photos?|pics?|pictures?|images?|thumbnail|video|placard|board|sign)\s+(?:shows?|showed"
    r"|says|said|lists"
    r"|states|stated|claims|reports|reported|reads|mentions?|mentioned|promised)\b"
    # ... or a rental's or a post's own listing, told by the renter or the poster: "B&O per
    # listing", "said 'heated wheel' in the features list", "booked because of the sunroof"
    r"|\bper\s+(?:the\s+)?(?:listing|ad|app|photos?|pics?|description|website)\b"
    # ... or named as what the listing showed: "'Heated rear seats' in the listing", "Sunroof
    # in the listing photos too"
    r"|^\W*[\w\s'\"/&:.-]{1,40}?\s+in\s+the\s+(?:listing|ad|advert|description)"
    r"(?:\s+(?:photos?|pics?|pictures?))?\b"
    r"|\b(?:said|says|listed|mentions?|mentioned)\b[^,;.]*?\bin\s+the\s+(?:listing|ad"
    r"|features?\s+list|description|video|title|caption|post)\b"
    r"|\bbooked\s+(?:it\s+|this\s+\w+\s+)?(?:because\s+of|for)\b"
    # ... or a rider's, a reviewer's or a claimant's word: "rider insisted my Model 3 has a
    # third row", "claimant lists navigation", "insured's list includes", "1 star 'the
    # leather was torn'"
    r"|\b(?:riders?|passengers?|guests?|reviewers?|review|feedback|claimants?|insured"
    r"|applicants?)\b[^,;.]{0,20}?\b(?:says|said|claim\w*|thought|insist\w*|wrote"
    r"|complain\w*|lists?|listed|states?|stated|includes?)\b|\b[1-5]\s+stars?\b"
    # ... or what a valuation guide or a VIN decoder put on the car ("book says SH-AWD, car
    # is FWD", "book has 4Motion, ours is FWD", "guide defaulted to moonroof")
    r"|(?<!\bcam\s)(?<!\bcamera\s)\b(?:book|guide|bookout|kbb|nada|vin\s+decod\w*|decoder)"
    r"\s+(?:shows?|showed|says|said"
    r"|lists|listed|has|had|have|pulled|defaulted|decoded|wants|wanted|ticked|reads)\b"
    # ... or what it left out: "listing missing 'heated seats'", "ad omitted the sunroof",
    # "VIN decode didn't pick up the JBL": the omission is the text's, not the car's lack
    r"|\b(?:listing|ad|advert|description|(?:window\s+)?sticker|vin\s+decod\w*|decoder|cr"
    r"|website|build\s+sheet)\s+(?:is\s+|was\s+)?(?:missing|omit\w*|left\s+out|leaves\s+out"
    r"|did\s*n[o']t|does\s*n[o']t|fail\w*\s+to)\b", re.IGNORECASE)
# ... or what a person said of a fault (only a finding that it works refutes it: a seller's
# "says" is the listing's own voice)
_SAID_BY = re.compile(r"\b(?:buyer|seller|customer|dealer|owner)\s+(?:says|said|states|stated"
                      r"|claims|claimed|reports|reported)\b", re.IGNORECASE)
# ... or a giver's or a claimant's word for what the car has ("Donor said the Grand Cherokee
# has Quadra-Drive", "her letter describes the Odyssey as having a sunroof", "she was sure it
# had heated seats", "per the donor's ad"), not the word of whoever checked the car, which is
# a finding ("the mechanic swears", "the VIN decoder says")
_WORD_OF = re.compile(
    r"\b(?:claimed|claims|claim\s+that|insisted|insists|swore|swears|(?:was|were)\s+sure"
    r"|promised|describes|described|represented|referenced|was\s+told|were\s+told)\b"
    r"(?!\s+on\b)"
    # (a seller's "says" is the listing's own voice: "Seller says the sunroof works")
    r"|\b(?:donor|consignor|(?:previous|former|prior)\s+owner)s?\s+(?:said|says"
    r"|told\s+(?:us|me))\b"
    r"|\bper\s+(?:the\s+)?\w+'s\s+(?:listing|ad|email|letter|description|brochure)\b"
    # ... or said as the giver's, written or passed on: "4WD per the donor", "Bose + nav per
    # the family", "Mr. Hollis wrote that the Silverado had the Duramax"
    r"|\bper\s+(?:the\s+)?(?:donor|donors|family|consignor|previous\s+owner|po|him|her|them)\b"
    r"|\bwrote\s+that\b"
    r"|\b(?:brochure|email|letter|card|form|flyer)\b[^,;.]{0,25}?\b(?:lists|listed|shows"
    r"|said|says|mentions|mentioned)\b",
    re.IGNORECASE)
_CHECKER = re.compile(
    r"\b(?:mechanic|tech|technician|inspector|inspection|shop|service|vin|decoder|decode"
    r"|sticker|title|carfax|autocheck|records?|monroney|we|i)\W+(?:\w+\W+)?$", re.IGNORECASE)


def _word_of_someone(clause: str) -> bool:
    """Whether ``clause`` reports someone's word (:data:`_WORD_OF`) other than a checker's;
    who "was told" only heard it ("We were told the Compass had AWD")."""
    return any(found.group().lower().endswith("told")
               or not _CHECKER.search(clause, 0, found.start())
               for found in _WORD_OF.finditer(clause))


_AGREED = re.compile(r"\bas\s+(?:announced|advertised|listed|claimed|stated)\b", re.IGNORECASE)
# a clause that says what the car itself has or is: "vehicle does not have nav", "only rear
# camera present", "seats are heated cloth", "but missing"
_FINDING = re.compile(
    r"\b(?:vehicle|unit|car|truck|suv|van)(?:\s*\([^()]*\))?"
    r"\s+(?:only\s+|actually\s+|really\s+|definitely\s+)?"
    r"(?:has|have|had|came|comes|lacks|lacked|(?:is|was|does|did)(?:n'?t)?)\b"
    r"|\bit(?:'?s|\s+(?:definitely\s+|really\s+|actually\s+)?(?:is|was|has|had|does|did)"
    r"(?:n'?t)?)\b"
    r"|\b(?:ours|mine|this\s+one|on\s+the\s+lot|in\s+stock)\s+(?:is|was|has|had|does|did)"
    r"(?:n'?t)?\b"
    r"|\bonly\b|\bactually\b|\binstead\b|\bmissing\b|\bpresent\b|\bnot\s+equipped\b"
    # ... or what was sent instead, or the claim's own error: "the car sent had a solid
    # roof", "in the ad - typo"
    r"|\b(?:car|vehicle|unit)\s+(?:sent|delivered|supplied)\s+(?:has|had|was)\b"
    r"|\btypo\b|\bin\s+error\b"
    # ... or what a check of the car found: "intake found cloth", "checked - no switches"
    r"|\b(?:intake|inspection|inspector|tech|shop|we|i)\s+(?:\w+\s+)?found\b|^\W*checked\b"
    # ... or what came instead: "never had it", "we got a cloth-seat one", "got the analog
    # gauges and basic speakers"
    r"|\bnever\s+(?:had|came\s+with|included)\b|\b(?:we|i)\s+got\b"
    # ... or a check that disproves it: "VIN decode shows none", "build sheet confirms
    # neither", "not visible in any photo", "Denied", "Kia VIN data: LX trim", "8th digit = gas"
    r"|\b(?:none|neither)\b|\bnot\s+(?:verified|visible|substantiated|supported)\b"
    r"|\b(?:denied|disallowed|unverified|rejected)\b"
    r"|\b(?:data|decode|lookup|sheet|digit|sticker)\s*[:=]"
    r"|^\W*got\s+(?:a|an|the)\b"
    # what is not on the car: "NO receiver on vehicle at delivery", "not in vehicle"
    r"|\b(?:no|not|none)\b[^,;]*?\b(?:on|in)\s+(?:the\s+|this\s+)?(?:vehicle|car|truck|unit"
    r"|suv|van)\b"
    r"|^\W*(?:but\s+)?(?:the\s+)?[a-z/-]+(?:\s+[a-z/-]+)?\s+(?:is|are)\b", re.IGNORECASE)
# a finding that the fault a claim reported is not there: "PSI found both working",
# "arbitrator found camera works"
_FOUND_WORKING = re.compile(
    r"\b(?:found|verified|tested|confirmed|inspected|checked)\b"
    r"(?:(?!\b(?:not|no|never)\b|n't)[^,;])*?\b(?:works?|working"
    r"|functional|functioning|operational|operating|ok|okay|fine)\b", re.IGNORECASE)
# the words that say a part is broken: what a claim may report (:data:`_FAULT`) and a repair
# may put right (:data:`_MALFUNCTION`)
_BROKEN = (r"inop\w*|(?:not|stopped|quit)\s+working|not\s+functional|does\s*n[o']t\s+work"
           r"|broken?|faulty|defective|dead|fail(?:s|ed|ure|ing)?|went\s+out|never\s+worked"
           r"|jammed|died|quit|gave\s+out|given\s+up")
_FAULT = re.compile(rf"\b(?:{_BROKEN}|missing)\b", re.IGNORECASE)
_CLAUSES = re.compile(r"\s*[,;]\s*|\s[-\u2013\u2014]+\s|\s+(?=but\b)|(?<=[a-z0-9)\"'\u201d])\.\s+"
                      # ... a sentence ending inside its quotation: 'sold as "4WD V6." It is'
                      r"|(?<=[a-z0-9)]\.[\"'\u201d])\s+"
                      # ... and a repair someone had done, joined by "and": "the ACC radar
                      # failed and I got it fixed"
                      r"|\s+(?=and\s+(?:i|we|they|he|she)\s+(?:got|had)\s+(?:it|them)\b)",
                      re.IGNORECASE)


# a person's word for what the car has ("applicant reports backup camera", "owner says car
# had premium audio", "heated seats per seller") ...
_HEARSAY = re.compile(
    r"\b(?:owner|seller|buyer|customer|cust|applicant|insured|driver|claimant|member|client"
    r"|consignor)s?\s+(?:says|said|states|stated|claims|claimed|reports|reported|insists"
    r"|insisted|believes|mentions|mentioned)\b"
    r"|\b(?:per|according\s+to)\s+(?:the\s+)?(?:owner|seller|buyer|customer|applicant|insured"
    r"|driver|claimant)\b", re.IGNORECASE)
# ... is unproven when the line says its proof was not given ("photo of dash not provided",
# "no receipt") or quotes a record of the car beside it ("window sticker shows base
# stereo"): what the person names is not claimed; the record's own clause is read as written
_PROOF = (r"(?:photos?|pics?|pictures?|images?|receipts?|proof|documentation|docs|invoices?"
          r"|evidence)")
_NO_PROOF = re.compile(
    rf"\b{_PROOF}\b[^,;.]{{0,30}}?\bnot\s+(?:provided|supplied|submitted|received|attached"
    r"|uploaded|available|on\s+file)\b"
    rf"|\bno\s+{_PROOF}\b"
    r"|\b(?:window\s+sticker|sticker|monroney|build\s+sheet|vin\s+decode|records?)\s+(?:shows?"
    r"|showed|says|said|lists|listed|reads)\b", re.IGNORECASE)
# a verdict that a car failed a programme's or a package's requirement ("Uber Black:
# DECLINED - cloth interior, leather required", "needs 3rd row - GV80 2-row, DENIED",
# "sunroof requires Premium pkg - this car is base trim"): what is required is what the car
# lacks
_FAILED = re.compile(
    r"\b(?:declined|denied|rejected|refused|ineligible|disqualified"
    r"|not\s+(?:eligible|approved|qualified)"
    # ... or a bid that does not meet its spec: "the F-250 bid does not meet spec"
    r"|(?:does\s*(?:not|n't)|did\s*(?:not|n't)|fails?\s+to|failed\s+to)\s+meet)\b"
    r"|\b(?:this|the)\s+(?:car|vehicle|unit|truck|suv|one)\s+is\s+(?:a\s+|the\s+)?(?:base"
    r"|entry)\b", re.IGNORECASE)
_REQUIREMENT = re.compile(r"\b(?:requires?|required|requirement|needs|must\s+have)\b",
                          re.IGNORECASE)
# a configurator's answer that what a feature requires is not on the build: "package not
# selected", "Premium not chosen", "requirement not met", "which is not on this build"
_NOT_CHOSEN = re.compile(
    r"\b(?:not|never)\s+(?:selected|chosen|met|added|picked)\b"
    r"|\bnot\s+(?:on|in|part\s+of)\s+(?:this|your|the\s+current)\s+(?:build|configuration"
    r"|order|selection)\b", re.IGNORECASE)
# what a requirement needs ("requires Touring trim", "require the Limited trim or above") ...
_NEED = re.compile(r"\b(?:requires?|required)\s+(?:the\s+)?(?P<need>[^,;.]+?)"
                   r"(?:\s+(?:trim|package|pkg|group|grade|model))?"
                   r"(?:\s+or\s+(?:above|higher|better|up))?\W*$", re.IGNORECASE)
# ... and what the build has instead, named in the clause after it: "your trim is EX-L", "you
# selected Premium", "LX selected", "this build is Premium Plus"
_CHOSEN = re.compile(
    r"^\W*(?:but\s+)?(?:(?:your|this|the\s+current|current)\s+(?:trim|build|grade|model"
    r"|selection|configuration)\s+is\s+(?:an?\s+|the\s+)?(?P<named>[^,;.]+?)"
    r"|you(?:'ve|\s+have)?\s+(?:selected|chose|chosen|picked)\s+(?:the\s+)?(?P<picked>[^,;.]+?)"
    r"|(?P<before>(?-i:[A-Z0-9])[\w+-]*(?:\s+(?-i:[A-Z0-9])[\w+-]*){0,2})\s+(?:trim\s+)?"
    r"(?:is\s+)?(?:selected|chosen))"
    r"(?:\s+(?:trim|package|pkg|group|grade|model))?\W*$", re.IGNORECASE)


def _requirement_not_chosen(text: str) -> bool:
    """Whether a feature's requirement is answered as not on this build: a "not selected"
    after it (:data:`_NOT_CHOSEN`), or another trim or package named as the one chosen
    (:data:`_CHOSEN`: "requires Touring trim; your trim is EX-L"; not "... is Touring")."""
    required = _REQUIREMENT.search(text)
    if required is None:
        return False
    if _NOT_CHOSEN.search(text, required.end()):
        return True
    pieces = _CLAUSES.split(text)
    for piece, after in itertools.pairwise(pieces):
        need, chosen = _NEED.search(piece), _CHOSEN.match(after)
        if need and chosen:
            named = next(g for g in chosen.groups() if g is not None)
            return need.group("need").casefold().split() != named.casefold().split()
    return False


# the most words an item of a list has, articles aside ("tow package and a brake controller")
_LIST_ITEM_WORDS = 5


def _set_apart(text: str, apart: Callable[[str], object], kind: str) -> list[Part] | None:
    """``text``'s clauses with those ``apart`` finds something in set apart as ``kind`` (they
    claim nothing), with the list a found word opens (:func:`_through_list`), the rest read
    together as written; ``None`` when it finds nothing."""
    pieces = _CLAUSES.split(text)
    found = {k: apart(piece) for k, piece in enumerate(pieces)}
    if not any(found.values()):
        return None
    seps = [m.group() for m in _CLAUSES.finditer(text)]
    through = _through_list(pieces, seps, {k for k, hit in found.items() if hit}, {
        k for k, hit in found.items()
        if isinstance(hit, re.Match) and pieces[k][hit.end():].strip()})
    return _gather(text, pieces, lambda k, _: k in through, kind, asked_parts)


def _through_list(pieces: list[str], seps: list[str], picked: set[int], heads: set[int]
                  ) -> set[int]:
    """``picked`` clauses with, for those of ``heads`` (whose word opens what follows it),
    the short items of the list they open, parted by commas: "Bid spec requires 4x4, tow
    package and brake controller" is one requirement ("leather required, sunroof ok" is
    not)."""
    through = set(picked)
    for k in picked & heads:
        j = k
        while (j < len(seps) and seps[j].strip() == "," and j + 1 < len(pieces)
               and len([w for w in pieces[j + 1].split() if w.lower() not in _ARTICLE_WORDS])
               <= _LIST_ITEM_WORDS):
            j += 1
            through.add(j)
    return through


def _gather(text: str, pieces: list[str], apart: Callable[[int, str], object], kind: str,
            read_rest: Callable[[str], list[Part]]) -> list[Part]:
    """The clauses of ``text`` (split into ``pieces``) that ``apart`` picks, each a part of
    ``kind``; what lies between them is read together as written, through ``read_rest``."""
    seps = [m.group() for m in _CLAUSES.finditer(text)] + [""]
    parts: list[Part] = []
    rest = ""
    for k, (piece, sep) in enumerate(zip(pieces, seps, strict=True)):
        if apart(k, piece):
            # the separator before a clause set apart is no empty answer ("AWD - book says")
            if rest.strip(_SEPARATORS):
                parts.extend(read_rest(rest.rstrip(_SEPARATORS)))
            parts.append(Part(piece, kind))
            rest = ""
        else:
            rest += piece + sep
    if rest.strip():
        parts.extend(read_rest(rest))
    return parts


# a finding that bears the report out, said first: "confirmed, car has both", "verified",
# "It does, but one of the door speakers is blown"
_CONFIRMS = re.compile(r"^\W*(?:confirmed|verified|accurate|correct"
                       r"|(?:and\s+)?(?:yes\W+)?(?:it|they|she|he)\s+(?:does|did|do)(?=\W*$|\s*,))",
                       re.IGNORECASE)
# a report that is itself the finding: "VIN decode shows none", "build sheet confirms neither"
_DISPROOF = re.compile(r"\b(?:none|neither)\b", re.IGNORECASE)


def _through_quotes(pieces: list[str], picked: set[int]) -> set[int]:
    """``picked`` clauses run on through the clauses a quotation or a bracket they open goes
    on into: 'Claimant lists "heated seats, nav, B&O"' and "brochure lists the Premium Group
    (heated/cooled seats, HUD)" are one report, not its first item."""
    through = set(picked)
    for k in picked:
        j, open_quote = k, _quotes(pieces[k]) % 2 == 1
        depth = pieces[k].count("(") - pieces[k].count(")")
        while (open_quote or depth > 0) and j + 1 < len(pieces):
            j += 1
            through.add(j)
            open_quote ^= _quotes(pieces[j]) % 2 == 1
            depth += pieces[j].count("(") - pieces[j].count(")")
    return through


def _quotes(piece: str) -> int:
    """The quotation marks in ``piece``, not inches ('11.6" navigation')."""
    return len(re.findall(r'(?<!\d)"', piece))


def _reported_parts(text: str) -> list[Part] | None:
    """``text``'s clauses when one reports what a listing or a claim said and another says
    what was found: the report claims nothing when the finding says what the car has or
    lacks ("360 camera announced, only rear camera present"), and its features are the
    car's when the finding refutes a fault it claimed ("heated seats claimed INOP; found
    both working"); the other clauses are read together as written. ``None`` when the text
    reports nothing so contradicted."""
    pieces = _CLAUSES.split(text)
    faults = {k for k, c in enumerate(pieces)
              if (_REPORTED.search(c) or _SAID_BY.search(c)) and _FAULT.search(c)}
    reports = _through_quotes(pieces, {k for k, c in enumerate(pieces)
                                       if (_REPORTED.search(c) or _word_of_someone(c))
                                       and not _AGREED.search(c) and not _DISPROOF.search(c)})
    if faults and any(_FOUND_WORKING.search(c) for k, c in enumerate(pieces)
                      if k not in faults):
        kind, reports = REFUTED, faults
    elif reports and any(_FINDING.search(c) for k, c in enumerate(pieces) if k not in reports) \
            and not any(_CONFIRMS.search(c) for k, c in enumerate(pieces) if k not in reports):
        kind = RETRACTED
    else:
        return None
    return _gather(text, pieces, lambda k, _: k in reports, kind, lambda rest: [Part(rest)])


# a clause that says a part failed or misbehaved ("camera failure", "buttons unresponsive",
# "liftgate would not close fully", "positions not recalled", "'ACC unavailable' message",
# "amp quit working", "remote start broke", "screen dead")
_MALFUNCTION = re.compile(
    rf"\b(?:{_BROKEN}|fault|stuck|unresponsive|blown|unavailable|intermittent(?:ly)?"
    r"|(?:will|would|does|did|do|is|was|are|were|can|could)\s*(?:not|n't)\s+\w+|not\s+\w+ed)\b",
    re.IGNORECASE)
# the words before a repair's verb that leave it undone or still to come: "not yet fixed",
# "needs replaced", "to be repaired", "will be fixed", "hasn't been fixed", "once replaced"
_NOT_DONE = _UNDONE | {"no", "nobody", "noone", "none", "nothing", "neither", "nor", "yet", "will",
                       "would", "shall", "should", "must", "can", "could", "may", "might",
                       "need", "needs", "needed", "awaiting", "waiting", "pending", "being",
                       "getting", "having", "going", "gonna", "want", "wants", "if", "once",
                       "until", "unless", "when", "hasnt", "hadnt", "havent", "wasnt",
                       "werent", "isnt", "arent", "didnt", "doesnt", "dont", "cant", "wont",
                       "couldnt", "wouldnt", "shouldnt"}
# ... and the clause right after a fault that says it was put right, and nothing more: "seat
# heater module replaced", "smart key reprogrammed", "regulator replaced twice", "but the
# dealer fixed it", "since repaired under warranty", "then the seller fixed them last week"
# (not "replaced with a standalone camera", a swap; not "screen replaced, nav not activated";
# not "replaced by a base stereo"; not "to be fixed", "awaiting parts to get it replaced": a
# repair still to come)
_REPAIR = re.compile(
    r"^\W*(?:(?!(?:" + "|".join(sorted(_NOT_DONE)) + r")\b|\w+n't\b)[\w'/&-]+\s+){0,6}?"
    r"(?:" + "|".join(sorted(
        _REPAIRED | {"realigned", "recalibrated", "reset", "resealed", "reinstalled"})) + ")"
    r"(?:\s+(?:it|them|both|that|those))?"
    r"(?:\s+(?:twice|again|already|since|recently|promptly|properly|today|yesterday"
    r"|free(?:\s+of\s+charge)?|at\s+no\s+(?:charge|cost)"
    # by whom, not by what ("replaced by the Honda dealer"; not "replaced by a base stereo")
    r"|by\s+(?:[\w'&-]+\s+){0,2}?(?:dealer\w*|shop|garage|seller|owner|mechanic|tech\w*"
    r"|service)\b"
    r"|(?:under|at|in|on|last|this|for|before|after|during)"
    r"(?:\s+(?!(?:with|and|or|but|not|no|instead)\b)[\w'/&$.-]+){1,3}))*"
    # ... up to the clause's end, or an aside or an addition after it: "fixed it before we
    # signed (works now!) + heated seats"
    r"(?=\W*$|\s*[(+&])"
    # ... or a technician's repair, its verb first: "replaced seat fan harness", "reprogrammed
    # fob and keyless access", "flashed radio" (not "replaced with a base stereo", "replaced
    # by a standalone camera": a swap)
    r"|^\W*(?:" + "|".join(sorted(_REPAIRED | {"recalibrated", "reinstalled", "reloaded",
                                               "flashed", "reinitialized"})) + r")"
    r"\s+(?!(?:for|to)\b)(?:(?!\b(?:not|no|never|with|by|instead|place)\b|n't)[^,;])*$",
    re.IGNORECASE)


def _repaired_parts(text: str) -> list[Part] | None:
    """``text``'s clauses when one says a part failed and the clause after it says the fault
    was put right ("Heated seats intermittently inoperative; seat heater module replaced",
    "Power liftgate would not close fully; drive motor replaced", "remote start was broken
    but the dealer fixed it"): a part broken and repaired since is on the car, so the fault's
    clause and its repair's (which names the part, a piece of it or "it": "camera failure;
    camera replaced") are :data:`REFUTED`, their features ticked fault and all; the others
    are read together as written. A repair still to come ("to be fixed", "needs repair") is
    no repair: the fault rules its part out. What follows a repair in its clause is read
    apart, as written. ``None`` when no fault is put right so."""
    pieces = _CLAUSES.split(text)
    starts = [0, *(m.end() for m in _CLAUSES.finditer(text))]
    repairs = {k: repair for k, piece in enumerate(pieces[:-1])
               if (_MALFUNCTION.search(piece) or _cause_between(pieces, k))
               and (repair := _REPAIR.match(pieces[k + 1]) or _repair_that_worked(pieces, k))}
    if not repairs:
        return None
    cuts = [starts[k + 1] + repair.end() for k, repair in repairs.items()
            if re.search(r"\w", pieces[k + 1][repair.end():])]
    if cuts:  # each repair a clause of its own: "fixed it before we signed , (works now!) ..."
        for cut in sorted(cuts, reverse=True):
            text = f"{text[:cut]} ,{text[cut:]}"
        return _repaired_parts(text)
    # a fault said before a short cause or a second fault is the repair's too ("heated
    # mirrors weren't working - fuse was out, replaced", "not working, fob battery dead,
    # replaced")
    faults = set(repairs) | {k - 1 for k in repairs if k > 0 and len(pieces[k].split()) <= _CAUSE
                             and _MALFUNCTION.search(pieces[k - 1])}
    return _gather(text, pieces, lambda k, _: k in faults or k - 1 in faults, REFUTED,
                   _unreported_parts)


# a repair's verb anywhere in its clause, and a later word that the part works again: "the
# dealer replaced the module last week, it works again", "we replaced the clockspring and
# they work now", "replaced the wheel under warranty and it warms up fine now"
# (a repair done: not "not fixed", "never replaced")
_REPAIR_VERB = re.compile(r"(?<!\bnot\s)(?<!\bnever\s)(?<!\bn't\s)\b(?:"
                          + "|".join(sorted(_REPAIRED)) + r")\b", re.IGNORECASE)
_WORKS_AGAIN = re.compile(r"(?:^\W*|\b(?:it|they|both|all)\s+)(?:works?|warms?\s+up"
                          r"|(?:is|are)\s+working)\s+(?:again|now"
                          r"|(?:fine|great|perfectly|properly)\s+now)\b", re.IGNORECASE)


def _repair_that_worked(pieces: list[str], k: int) -> re.Match[str] | None:
    """The whole clause after fault ``k`` when it names a repair done and it, or a clause after
    it, says the part works again: the repair's words need not end their clause then."""
    after = pieces[k + 1]
    if not _REPAIR_VERB.search(after) or not any(map(_WORKS_AGAIN.search, pieces[k + 1:])):
        return None
    return re.match(r".*", after, re.DOTALL)


_CAUSE = 4  # words of a fault's cause said between it and its repair


def _cause_between(pieces: list[str], k: int) -> bool:
    """Whether piece ``k`` is a fault's cause, in a few words between the fault and its repair
    ("heated mirrors weren't working - fuse was out, replaced free of charge")."""
    return (k > 0 and len(pieces[k].split()) <= _CAUSE and not _MALFUNCTION.search(pieces[k])
            and bool(_MALFUNCTION.search(pieces[k - 1])))


# a person's claim about the car ("witness insisted it had a moonroof", "salesman swore it
# had the brake controller", "insured listed third row", "Kevin said all of them have AWD")
# ...
_CLAIMING = re.compile(
    r"\b(?:said|says|thought|claimed|claims|reported|listed|stated|insisted|insists|swore"
    r"|swears|described|told|assumed|believed|(?<=\bi\s)posted"
    # an advertisement's or a party's word in a dispute: "the ad promised a Bose", "the photos
    # showed a roof rack", "was advertised with", "alleges it was sold as"; not a claim found
    # true ("as advertised", "as promised")
    r"|alleges|alleged|showed|(?<!\bas\s)(?:promised|advertised|represented)"
    # a listing tool's guess: "Auto-fill added Navigation", "auto-filled 'Harman Kardon'",
    # "VIN tool guessed 7 seats"
    r"|auto[- ]?fill(?:ed|s)?|guessed"
    # a charge for a feature claims it too: "refunds the nav charge because it never had it"
    r"|charge|charged|billed|invoiced"
    # ... and so does a tax assessment's: "the assessment lists it as AWD", "assessed as
    # xDrive"
    r"|assess(?:ed|ment|or)\b[^.;,]{0,25}?\b(?:as|lists?|listed|added|adds|includes?))\b",
    re.IGNORECASE)
# ... and a later clause that proves it wrong: a correction, what photos, a look or a record
# show instead ("it was actually a tarp", "photos show none", "nothing there", "VIN decodes to
# the gas engine", "window sticker shows FWD", "it's only the front row", "a regular backup
# cam only", "he was thinking of the EX", "still doesn't work")
_DISPROVING = re.compile(
    r"\b(?:corrected|correction|amended|nope|instead)\b"
    # not a claim found true: "it does actually", "actually has it"
    r"|(?<!\bdoes )(?<!\bdid )(?<!\bdo )(?<!\bis )\bactually\b(?!\s+(?:does|did|do|has|have|is"
    r"|works?)\b)"
    r"|\b(?:it|that|this|they|those)\s+(?:was|were)\s+(?:just\s+|only\s+|really\s+)?(?:a|an)\b"
    # ... the claimant's own correction: "my mistake, that was the 5.0", "Retracted!", "It was
    # the LE, none of those", "they're just perforated leather"
    r"|\b(?:my\s+mistake|my\s+bad|none\s+of\s+(?:those|them|these))\b"
    # (the claimant's "Retracted!" alone, not a part that retracts or an offer withdrawn)
    r"|^\W*retracted\W*$"
    # ... or a finding that says what the car lacks: "turned out to be the blank plate", "in
    # fact the roof is solid" (not one found true: "turned out he was right", "in fact it does")
    r"|\b(?:turn(?:ed|s)\s+out|in\s+fact)\b(?=[^.;]{0,40}?\b(?:not|no|none|nothing|never|just"
    r"|only|base|basic|regular|plain|standard|fake|different|wrong|dead|broken|bare|blank|missing"
    r"|solid|cloth|vinyl|manual|halogen|steel)\b)"
    r"|\bthey(?:'re|\s+are|\s+were)\s+just\b(?!\s+(?:as|like|what|right|perfect|fine|great)\b)"
    r"|\b(?:was|were)\s+(?:just|only)\s+(?:a|an)\b"
    r"|\b(?:photos?|pics?|pictures?|images?)\s+(?:show|shows|showed)\b"
    r"|\bnothing\s+(?:there|found|in\s+there)\b"
    r"|\bvin\s+decodes?\b|\bdecodes?\s+(?:to|as)\b"
    r"|\b(?:window\s+)?sticker\s+(?:shows|says|lists|reads)\b|\bper\s+the\s+window\s+sticker\b"
    r"|\bit'?s\s+(?:only|just)\b|\b(?:only|just)\s+(?:a\s+|the\s+)?regular\b"
    r"|\bregular\s+[\w\s/-]{1,25}?\bonly\b"
    r"|\b(?:was|were)\s+thinking\s+of\b"
    r"|\bstill\s+(?:does\s*n[o']?t|did\s*n[o']?t|not|won'?t)\s+work"
    # the car's own equipment set against the claim: "the car has the standard audio", "only
    # has the basic radio", "built with the base stereo", "but it's the standard stereo" (not
    # someone's word for it: "owner says it's the base model"), "it has neither", "does not
    # exist on this unit", "there is no nav", "..., but the Corolla has cloth"; not a
    # concession ("but it does have", "but the car also has")
    r"|\b(?:has|had|have|with|(?<!says\s)(?<!said\s)it'?s)\s+(?:only\s+|just\s+)?"
    r"(?:the\s+|a\s+|an\s+)?(?:standard|base|basic|plain)\b"
    r"|\b(?:has|had|have)\s+neither\b|\b(?:does|did)\s*(?:not|n't)\s+exist\b"
    r"|\bthere(?:\s+(?:is|was)|'?s)\s+no\b"
    # ... what an inspection or the seller found instead: "inspection found standard Display
    # Audio only", "inspection: perforated leather only", "nav not present", "no 7-pin
    # connector at inspection", "— denied", "removed by seller", "seller: gas engine only"
    r"|\bnot\s+present\b|\bno\s+[^,.;]{1,30}?\s+at\s+inspection\b"
    r"|\binspection\b[^.;]{0,40}?\b(?:only|no)\b|\b(?:denied|rejected)\W*$"
    r"|\bremoved\s+by\s+(?:the\s+)?seller\b|\bseller\s*:\s*(?:no|not|none|only|gas|base)\b"
    r"|\bbut\s+(?:the\s+|this\s+|my\s+|our\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?:car|vehicle|truck|suv|van|unit|it|(?-i:[A-Z])[\w-]*)\s+(?:only\s+)?(?:has|had|is|was)\b",
    re.IGNORECASE)
# a listing's or an ad's claim ("the listing mentioned a sunroof", "ad says TOW PKG",
# '"trailer brake controller" in the listing', "was listed with") ...
_LISTING_CLAIM = re.compile(
    r"\b(?:listing|ad|advert|advertisement|website|description)\b|\b(?:listed|advertised)\b"
    # ... or an owner's manual's description: "the Highlander manual covers the Platinum's
    # head-up display", "Sorento X-Line AWD pages in the manual"
    r"|\bmanual\s+(?:covers|describes|explains|lists|shows|says|mentions|pages?|sections?)\b"
    r"|\b(?:in|per)\s+the\s+(?:owner'?s\s+)?manual\b",
    re.IGNORECASE)
# ... and a later clause that says what the car lacks of it: "my trim doesn't include it",
# "the seats behind the 2nd row aren't there", "no such thing on the S", "not on this car",
# "mine has a manual liftgate", "it only has a rear camera", "there's just a blank plate",
# "they're cloth", "no hitch, no 7 pin, nothing"
_LACK_FOUND = re.compile(
    r"\b(?:does|did|do)\s*(?:not|n't)\s+(?:have|include|come\s+with|get)\b"
    r"|\b(?:is|are|was|were)(?:\s*n't|\s+not)\s+there\b|\bno\s+such\b"
    r"|\bnot\s+on\s+(?:this|my|our|the)\s+(?:car|vehicle|truck|suv|van|unit|one|trim)\b"
    r"|\bmine\s+(?:only\s+)?(?:has|had|is|was)\b|\b(?:it|mine|ours)\s+only\s+(?:has|had)\b"
    r"|\bthere'?s\s+(?:just|only)\b|^\W*nothing\W*$"
    r"|\b(?:they|it)(?:'re|'s|\s+(?:is|are|were|was))\s+(?:just\s+|only\s+)?(?:cloth|vinyl"
    r"|manual|halogen|steel|plain|fake)\b"
    # ... or that this car is a lesser one: "ours is an XLE so neither", "ours is RWD base",
    # "ours (Select trim) only has the rear camera", "the 250 base we bought has none"
    r"|\b(?:ours|mine|our\s+[\w-]+(?:\s+[\w-]+)?)\b[^,;.]{0,30}?\b(?:neither|none|only|base)\b"
    r"|\bhas\s+(?:none|neither)\b", re.IGNORECASE)
# a party's denial that a claim was ever made: "Seller denies it ever advertised a sunroof",
# "the dealer denied that the car was represented as 4x4": what it denies is no claim
_DENIED_CLAIM = re.compile(
    r"\bden(?:y|ies|ied|ying)\s+(?:that\s+)?[^,;]{0,60}?\b(?:represented|advertised"
    r"|promised|claimed|said|told|listed)\b"
    # ... or an appraiser's refusal of a claim: "rejects claim of factory brake controller"
    r"|\b(?:reject|rejects|rejected|denies|denied)\s+(?:the\s+)?claims?\s+(?:of|that|for)\b",
    re.IGNORECASE)
# a quotation's marks: a claim quoted runs to its closing mark across commas
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")


def _disproved_parts(text: str) -> list[Part] | None:
    """``text``'s clauses when a person's claim about the car (:data:`_CLAIMING`) is proved
    wrong after it, in its own clause or a later one (:data:`_DISPROVING`): "W2 thought it had
    a tonneau - it was actually a tarp", "witness reported running boards - photos show
    none"; or a listing's claim followed by what the car lacks of it (:data:`_LACK_FOUND`):
    "the ad mentioned a power liftgate. Mine has a manual one". The claim is
    :data:`RETRACTED`, and what the correction says the car has is read as written. ``None``
    when no claim is so disproved."""
    pieces = _CLAUSES.split(text)
    claims = set()
    for k, piece in enumerate(pieces):
        claim = _CLAIMING.search(piece)
        listing = _LISTING_CLAIM.search(piece)
        if _DENIED_CLAIM.search(piece) or (claim and (
                _DISPROVING.search(piece, claim.end())
                or any(_DISPROVING.search(later) for later in pieces[k + 1:]))) or (
                    listing and (_DISPROVING.search(piece, listing.end()) or any(
                        _LACK_FOUND.search(later) or _DISPROVING.search(later)
                        for later in pieces[k + 1:]))):
            claims.update(_quoted_on(pieces, k))
    if not claims:
        return None
    return _gather(text, pieces, lambda k, _: k in claims, RETRACTED, _unreported_parts)


def _quoted_on(pieces: list[str], k: int) -> range:
    """The pieces from ``k`` a quotation or a bracket it opens runs over: an ad's quoted list
    ('the ad said "leather, sunroof, nav"') is all the claim, not only its first item."""
    end = k
    while _open_quote_or_bracket(" ".join(pieces[k:end + 1])) and end + 1 < len(pieces):
        end += 1
    return range(k, end + 1)


def _open_quote_or_bracket(text: str) -> bool:
    """Whether ``text`` leaves a quotation or a bracket open: a claim's list in brackets
    ("listed with the ProASSIST package (around view monitor, front and rear sonar)") is
    the claim's too."""
    return bool(len(_QUOTE_MARKS.findall(text)) % 2 or text.count("(") > text.count(")"))


# a trim, a package or a model named with a capital as the subject that has something ("LTZ
# trim has ...", "the M Sport pkg car had ...", "Reserve trim has ...") ...
_TRIM_HAS = re.compile(
    # ... also another person's ("my cousin's Tucson had") or the one an ad shows ("the Civic
    # Si in the ad had")
    r"^\W*(?:(?:my|our|his|her|their)\s+[\w-]+'s\s+)?(?:the\s+)?(?-i:[A-Z0-9])[\w+-]*"
    r"(?:\s+(?-i:[A-Z0-9])[\w+-]*)?"
    r"(?:\s+(?:trim|pkg|package|model|grade|version|car|truck|suv|van))*"
    r"(?:\s+(?:on|in)\s+the\s+(?:website|ad|advert|listing|brochure|photos?|pictures?))?"
    r"\s+(?:has|had|gets|got|(?:comes|came)\s+with)\b(?!\s+been)", re.IGNORECASE)
# ... or a feature placed on a trim named with a capital: "the HUD is a Platinum feature",
# "the sunroof is only offered on the EX", "cooled seats are on the Limited", "the brochure
# shows the Tacoma TRD Pro with ..."
_ON_A_TRIM = re.compile(
    r"\b(?:is|are)\s+(?:only\s+)?(?:(?:offered|available|standard|found|fitted)\s+)?"
    r"(?:on|to)\s+the\s+(?-i:[A-Z0-9])"
    r"|\b(?:is|are)\s+(?:a|an)\s+(?-i:[A-Z0-9])[\w-]*\s+(?:feature|option|item|exclusive)\b"
    r"|\b(?:describes?|described|shows?|showed|pictures?|pictured)\s+(?:the|a|an)\s+"
    r"(?-i:[A-Z0-9])[^,;]*?\swith\b", re.IGNORECASE)
# ... the trim so named: "are on the Platinum" (not "is on the key fob")
_ON_NAMED_TRIM = re.compile(r"\b(?:is|are)\s+(?:only\s+)?(?:on|to)\s+the\s+"
                            r"(?P<name>(?-i:[A-Z0-9])[\w+-]*)\s*$", re.IGNORECASE)
# ... unless the clause first answers a question about this car: '"HUD?" no, it is on the
# Limited, ours is an SE' (the "no" is this car's)
_SAYS_NO = re.compile(r"^\W*(?:no|nope|nah|negative)\b", re.IGNORECASE)
# ... and this car said to be another trim after it: "this is an LT", "ours is the Premium
# pkg only", "this one's the Select", "the car I got is the base Si", "Mr. Lee's Tacoma is
# an SR", "the Tahoe in question is an LS", "mine, the one I drive, is the SE", "the buyer
# bought the LX"
_THIS_IS_TRIM = re.compile(
    r"^\W*(?:(?:but|and)\s+)?(?:(?:(?:this|ours|mine)(?:\s+one)?"
    r"|the\s+(?:car|vehicle|truck|suv|van|one|unit)\s+(?:i|we|he|she|they)\s+(?:got|bought"
    r"|received|purchased)"
    r"|(?:the\s+)?(?:[\w.]+\s+)?[\w-]+'s\s+(?:car|vehicle|truck|suv|van|unit"
    r"|(?-i:[A-Z0-9])[\w-]*)"
    r"|the\s+[\w-]+\s+(?:at\s+issue|in\s+question|in\s+this\s+(?:case|complaint|matter)))"
    r"(?:\s*,[^,;]{0,40},)?(?:\s+is|'s)"
    r"|(?:the\s+)?(?:claimant|plaintiff|complainant|buyer|customer|consumer|i|we)\s+(?:bought"
    # ... or the trim the buyer settled on: "we went with the EX-L", "but we chose the Premium"
    r"|got|purchased|received|went\s+with|chose|picked|opted\s+for|settled\s+on))"
    r"\s+(?:(?:a|an|the|just|only|plain|base)\s+)*(?-i:[A-Z])", re.IGNORECASE)
# ... or this car named by its trim with what it has ("this SEL: smart cruise", "this Plus
# trim has Harman Kardon", "this Hybrid XLE is FWD") or as the car a sticker shows
# ("vehicle shown is EX-L")
_THIS_TRIM_SAID = re.compile(
    # (or the writer's own: "on my SLE you get a regular mirror", "my XLE has cloth")
    r"^\W*(?:but\s+)?(?:(?:this|(?:(?:in|on|with|for)\s+)?my)\s+"
    r"(?P<this>(?-i:[A-Z0-9])[\w-]*(?:\s+(?-i:[A-Z0-9])[\w-]*){0,3})"
    r"(?P<trim>\s+(?:trim|model|grade|version))?"
    r"\s*(?::|\s(?:(?:only|also|just)\s+)?(?:is|has|gets|comes\s+with|w/|with|you\s+get)\b)"
    r"|(?:the\s+)?(?:vehicle|car|unit|truck|model)\s+(?:shown|pictured|displayed|on\s+this"
    r"\s+sticker)(?:\s+here)?\s+is\s+(?:an?\s+|the\s+)?(?P<shown>(?-i:[A-Z0-9])[\w-]*)"
    # ... or "this one is an SV", "this is an XLE"
    r"|this(?:\s+(?:one|car|unit|vehicle|truck))?\s+is\s+(?:an?\s+|the\s+)?"
    r"(?P<one>(?-i:[A-Z0-9])[\w-]*))", re.IGNORECASE)
# ... set against what another trim adds or has, named by its trim before it ("Limited trim
# adds a head-up display", "Touring adds ventilated seats", "COMPARISON: Platinum has ...",
# "note: SL trim adds ...", "Comparison row: Sierra AT4 has ...")
_TRIM_ADDS = re.compile(
    r"^\W*(?:[\w-]+(?:\s+[\w-]+)?\s*:\s*)?(?:the\s+)?"
    r"(?P<name>(?-i:[A-Z0-9])[\w+-]*(?:\s+(?-i:[A-Z0-9])[\w+-]*){0,3})"
    r"(?P<trim>\s+(?:trim|model|grade|version))?\s+(?:adds|has|gets|comes\s+with)\b",
    re.IGNORECASE)
# a trim's own name when no "trim" says so: a code in capitals ("SEL", "EX-L", "AT4") or a
# name makers give their trims; not a body, a drive or a package
_PACKAGE_NAMES = frozenset({"package", "pkg", "group", "pack", "packages"})
_TRIM_CODE = re.compile(r"[A-Z0-9+-]*[A-Z][A-Z0-9+-]*[A-Z0-9][A-Z0-9+-]*")
_TRIM_NAMES = frozenset({"limited", "platinum", "touring", "sport", "premium", "prestige",
                         "ultra", "reserve", "select", "denali", "lariat", "laramie", "overland",
                         "summit", "titanium", "signature", "advance", "elite", "luxury",
                         "calligraphy", "pinnacle", "trailhawk", "rubicon", "sahara", "tremor",
                         "raptor", "king", "ranch", "autograph", "sensory", "essential"})
_NOT_TRIMS = frozenset({"SUV", "CUV", "MPV", "AWD", "FWD", "RWD", "4WD", "4X4", "4x4", "2WD",
                        "VIN", "MSRP", "NOTE", "EV", "OK",
                        # where a control is: "remote start is on the FOB"
                        "FOB", "KEY", "DASH", "APP", "USB"})
# a car another person owns, named by "my": "my cousin's Highlander" is not this car
_OTHERS_OWN = re.compile(r"\b(?:my|our)\s+[\w-]+'s\b"
                         # ... or the dealer's stock: "the Telluride SX in our inventory"
                         r"|\b(?:in|on|from)\s+our\s+(?:stock|inventory|lot|showroom)\b",
                         re.IGNORECASE)


_CAPITALS_RUN = re.compile(r"(?<![\w-])(?:[A-Z0-9][\w-]*)(?:\s+[A-Z0-9][\w-]*)*(?![\w-])")
_ARTICLES = re.compile(r"^(?:The|A|An|This|Our|My)\s+")


def _names_trim(clause: str, trim: str) -> bool:
    """Whether ``clause`` names, in full, the trim ``trim`` opens with: "The AT4 comes with
    4WD, and this is an AT4" is this car's own trim; "the WRX STI had ...; the car I got is
    the plain WRX" is not."""
    name = _CAPITALS_RUN.match(trim)
    return bool(name) and any(_ARTICLES.sub("", run.group()) == name.group()
                              for run in _CAPITALS_RUN.finditer(clause))


def _offered_elsewhere(clause: str, following: list[str]) -> bool:
    """Whether ``clause`` says what another car offers or a car named by its model has
    ("The Type R has a limited-slip, but our Si does not"; not "the truck has"), this car's
    lack following it ("the GLC offers ventilated seats; our X3's did not cool")."""
    if not following or _THIS_CAR.search(_OTHERS_OWN.sub("", clause)):
        return False
    this_trim = _THIS_IS_TRIM.match(following[0])
    if this_trim and _names_trim(clause, following[0][this_trim.end() - 1:]):
        return False  # "The AT4 comes with 4WD, and this is an AT4"
    if ((_TRIM_HAS.match(clause) or (_ON_A_TRIM.search(clause) and not _SAYS_NO.match(clause)))
            and this_trim):
        return True  # "LTZ trim has cooled seats; this is an LT", "... , ours is the Premium"
    named = _ON_NAMED_TRIM.search(clause)
    if (named and _trim_words(named.group("name"), named=False) and not _SAYS_NO.match(clause)
            and _OURS_SAID.match(following[0]) and not _POINTS_BACK.search(following[0])):
        return True  # "the JBL is on the Platinum, this one has the stock speakers"
    if _another_trim_adds(clause, following[0]):
        return True  # "Limited trim adds a HUD; this SEL: smart cruise"
    # a car named by its model beside ours: "The Palisade has a HUD; our Telluride a sunroof"
    return bool((_OFFERS.search(clause) and _OURS_LACK.match(following[0]))
                or (_HAS.search(clause) and (_ELLIPTIC_LACK.match(following[0]) or (
                    _NAMED_LACK.match(following[0]) and _THIS_SUBJECT.match(following[0]))))
                or ((_NAMED_HAS.match(clause) or (_OTHER_PARTY.match(clause)
                                                   and _HAS.search(clause)))
                    and (_OURS_SAID.match(following[0]) or (
                        _THIS_SUBJECT.match(following[0]) and not _NAMES_BACK.search(
                            following[0]))))
                or _set_against_ours(clause, following[0]))


def _another_trim_adds(clause: str, following: str) -> bool:
    """Whether ``clause`` says what a trim named by its own name adds or has, and the clause
    after it names this car by another trim ("Touring adds ventilated seats - vehicle shown
    is EX-L", "Grand Highlander Hybrid MAX adds AWD; this Hybrid XLE is FWD", "Sport Touring
    adds ...; this Sport is FWD"); not a party, a body or a package ("Seller adds a hitch;
    this Tacoma ...", "Technology Package adds nav; this EX-L has the Technology Package"),
    nor the same trim again ("EX-L has leather - this EX-L is clean", "Civic Sport has heated
    seats - this Civic Sport is a manual")."""
    other, this = _TRIM_ADDS.match(clause), _THIS_TRIM_SAID.match(following)
    if other is None or this is None:
        return False
    theirs = _trim_words(other.group("name"), named=bool(other.group("trim")))
    ours = _trim_words(this.group("this") or this.group("shown") or this.group("one"),
                       named=bool(this.group("shown") or this.group("trim") or this.group("one")))
    return bool(theirs) and bool(ours) and theirs != ours


def _trim_words(name: str, *, named: bool) -> set[str]:
    """The words of ``name`` that name a trim (lower case): all of them when a word says it is
    a trim ("Ultra trim", "vehicle shown is EX-L": ``named``), else its codes in capitals and
    makers' trim names; none for a package."""
    words = name.split()
    if {w.lower() for w in words} & _PACKAGE_NAMES:
        return set()
    if named:
        return {w.lower() for w in words if w not in _NOT_TRIMS}
    return {w.lower() for w in words
            if w not in _NOT_TRIMS and (_TRIM_CODE.fullmatch(w) or w.lower() in _TRIM_NAMES)}


def _set_against_ours(clause: str, following: str) -> bool:
    """Whether ``clause`` says what a car named in words of any case has, set against this car
    said as "mine" or "ours" after it, which is not that car ("the charger SXT AWD has awd,
    mine is the RWD one"; not "the Touring got it, ours is a Touring")."""
    named = _NAMED_PLAIN_HAS.match(clause)
    if named is None or not _OURS_SAID.match(following) or _POINTS_BACK.search(following):
        return False
    names = set(re.findall(r"[\w.'-]+", named.group("name").lower()))
    return not names & set(re.findall(r"[\w.'-]+", following.lower()))


def _elsewhere_from(clause: str, following: list[str]) -> int | None:
    """Where in ``clause`` what another car has begins (:func:`_offered_elsewhere`): at its
    start, or after a comma that parts this car's own title or items from it ("Kia Stinger
    GT-Line 2.0T, the 3.3 GT gets the LSD, ours gets a HUD": the 2.0T is this car's);
    ``None`` when no part of it is."""
    whole = _offered_elsewhere(clause, following)
    if whole and re.match(r"\W*the\b", clause, re.IGNORECASE):
        return 0  # "The Touring has a sunroof, the EX-L gets heated seats, ours is an LX"
    for comma in (m.end() for m in re.finditer(",", clause)):
        rest = clause[comma:]
        if re.match(r"\s*the\b", rest, re.IGNORECASE) and _offered_elsewhere(rest, following):
            return comma
    return 0 if whole else None


# a thread's third party, whose own car a clause may describe: "Commenter: ...", "one
# bidder mentions ...", "..., writes a reader"
_COMMENTER = re.compile(r"\b(?:commenters?|bidders?|readers?|viewers?|posters?"
                        r"|forum\s+members?)\b", re.IGNORECASE)
# a car someone owns or owned, named by its model or as a car: "my '69 Camaro", "his own
# Land Cruiser", "my father's Continental", "her old truck", "I had a 944 Turbo"
_OWNED_CAR = re.compile(
    r"\b(?:(?:my|his|her|their)\s+(?:own\s+|old\s+)?(?:" + _KIN + r"'s\s+)?"
    r"|(?:commenter|bidder|reader)'s\s+|\bI\s+(?:had|owned|drove|have|own)\s+(?:a|an)\s+)"
    r"(?:'\d\d\s+|(?:19|20)\d\d\s+)?(?:(?-i:[A-Z0-9])|(?:car|truck|suv|van|wagon|coupe)\b)",
    re.IGNORECASE)
# the car a buyer traded in, up to the car taken for it or its clause's end: "Trading my Yukon
# with the HUD for a Terrain means ...", "traded in our Pilot w/ rear air for this CX-5",
# "Traded the F-150 with the running boards; ..."
_TRADED_FOR = re.compile(r"\btrad(?:ed|ing)(?:\s+in)?\s+(?:my|our|the)\b"
                         r"[^,;.]*?(?=\bfor\s+(?:a|an|the|this|my|our|his|her|their)\b|[,;.]|$)",
                         re.IGNORECASE)
# the seller or the car's owner speaking, whose "my" or "his" car is this one
_LISTER = re.compile(r"\b(?:seller|consignor|owner|dealer|lister)s?\b", re.IGNORECASE)


def _commenters_car(clause: str, sentence: str) -> bool:
    """Whether ``clause`` describes a car a commenter or a bidder owns or owned ("Commenter:
    'My '69 Camaro had factory air'", "one bidder says his own Bronco has a roof rack"): an
    auction thread's third party recalls another car, so its features are not this car's.
    Not the seller's own ("the seller says his Camaro has", "my 2014 Escape has")."""
    owned = _OWNED_CAR.search(clause)
    return bool(owned and _COMMENTER.search(sentence)
                and not _LISTER.search(clause, 0, owned.start()))


def _fronted_other(clause: str) -> bool:
    """Whether ``clause`` opens with a contrast about another car that ends at a comma
    ("Unlike the Q5, ...", "While the Telluride has a sunroof, ours did not")."""
    end = _FRONTED_END.search(clause)
    if end is None:
        return False
    if _FRONTED_OTHER.match(clause):
        return True
    rest = clause[end.end():]
    return bool(_CONCESSIVE.match(clause) and _THIS_CAR.search(rest)
                and re.search(r"\bnot\b|n't\b|\bnever\b|\black\w*|\bwithout\b|\bnone\b",
                              rest, re.IGNORECASE))


# a valuation's comparable cars as the subject of what follows ("Comps carry Burmester",
# "every comp in the set is 4x4", "Auction comp: ...", "Comp 2 (C300 w/ pano) sold",
# "comps 4 of 5 have a moonroof", "comp set: 3 have HUD"); not comps as an object ("priced
# under comps", "vs comps"), nor an A/C compressor ("A/C comp: replaced")
_COMP_SUBJECT = re.compile(
    r"(?<!\bvs )(?<!\bvs\. )(?<!\bversus )(?<!\bthan )(?<!\bto )(?<!\bagainst )(?<!\bbelow )"
    r"(?<!\babove )(?<!\bunder )(?<!\bover )(?<!\bof )(?<!\boff )(?<!\bwith )(?<!\bfrom )"
    r"(?<!\ba/c )(?<!\bac )(?<!\bair )"
    r"\b(?:auction\s+|market\s+)?comp(?:arable)?s?(?:\s+(?:set|units?|cars?|vehicles?))?"
    r"(?:\s*#\s*\d+|\s+\d+(?:\s+of\s+\d+)?)?"
    # ... named by its model and trim: "Comp #1 Rogue SL:", "Comparable Equinox Premier has",
    # "comp pilot elite w/ ..."
    r"(?:\s+(?!(?:value|values|price|prices|adjust\w*|sold|avg|average)\b)[\w-]+){0,3}?"
    r"(?=\s*[:(\u2013\u2014-]|\s+(?:have|has|had|carry|carries|are|is|were|was|with|w/"
    r"|mostly|largely|all|on|in|used|show|shows|list|lists)\b|\s+w/)", re.IGNORECASE)


# what sets this car against the comparables named after it: "Charger RWD vs AWD comps"
_SET_AGAINST = re.compile(r"\b(?:vs\.?|versus|against|than)\s", re.IGNORECASE)
_SEPARATORS = " ,;:(-\u2013\u2014"


def _comp_parts(sentence: str) -> list[Part] | None:
    """``sentence`` cut at a comparable car named as its subject (:data:`_COMP_SUBJECT`): from
    it to the clause that names this car ("..., ours lacks both") or the sentence's end is
    another car's, and all of it this car's when this car is one with them; ``None`` when no
    comparable is a subject."""
    comp = _COMP_SUBJECT.search(sentence)
    if comp is None:
        return None
    opens = max(sentence.rfind(mark, 0, comp.start()) for mark in ",;:(") + 1
    if _THIS_CAR.search(sentence, opens, comp.start()):
        return [Part(sentence)]  # "ours and all comps have a HUD": this car has it too
    set_against = [m.end() for m in _SET_AGAINST.finditer(sentence, opens, comp.start())]
    start = set_against[-1] if set_against else comp.start()  # "RWD vs AWD comps"
    ours = _THIS_CAR.search(sentence, comp.end())
    cut = (max(sentence.rfind(mark, comp.end(), ours.start()) for mark in ",;:(")
           if ours else -1)
    end = cut if cut > comp.end() else (ours.start() if ours else len(sentence))
    # a separator left at a piece's end would read as an answer ("4WD -" as "4WD: n")
    before = sentence[:start].rstrip(_SEPARATORS)
    other, after = sentence[start:end], sentence[end:]
    return [*(_other_car_parts(before) if before.strip() else []), Part(other, ANOTHER_CAR),
            *(_other_car_parts(after) if after.strip() else [])]


def _named_trim_parts(sentence: str, named: re.Match[str]) -> list[Part]:
    """``sentence`` cut at a trim named as the only one with something: a heading's list
    ("Ultra trim only: HUD, 360 camera") up to a clause about this car ("- this Plus trim
    has ..."), or the items before it in its own part ("ventilated seats Limited trim only")."""
    cut = max(sentence.rfind(mark, 0, named.start()) for mark in ",;:") + 1
    if named.group("heads"):
        ours = _THIS_CLAUSE.search(sentence, named.end())
        end, rest = (ours.start(), ours.end()) if ours else (len(sentence), len(sentence))
    else:
        end = rest = named.end()
    parts = [Part(sentence[cut:end], ANOTHER_CAR)]
    if sentence[:cut].strip():
        parts[:0] = _other_car_parts(sentence[:cut])
    if sentence[rest:].strip():
        parts.extend(_other_car_parts(sentence[rest:]))
    return parts


def _other_car_parts(sentence: str) -> list[Part]:
    """``sentence`` cut into its clauses about another car (asked "another car") and the rest
    (see :data:`_OTHER_CAR`, :data:`_GIVEN_BACK`, :data:`_COMP_SUBJECT`, :data:`_SHOWN_CAR`,
    :data:`_TRIM_ONLY`, :data:`_NAMED_TRIM_ONLY`)."""
    compared = _comp_parts(sentence)
    if compared is not None:
        return compared
    shown = _SHOWN_CAR.search(sentence)
    if shown:
        # a separator left at a piece's end would read as an answer ("seats -" as "seats: n")
        before = sentence[:shown.start()].rstrip(_SEPARATORS)
        return [*(_other_car_parts(before) if before.strip() else []),
                Part(sentence[shown.start():], ANOTHER_CAR)]
    traded = _TRADED_FOR.search(sentence)
    if traded:
        before, after = sentence[:traded.start()], sentence[traded.end():].lstrip(_SEPARATORS)
        return [*(_other_car_parts(before) if before.strip() else []),
                Part(traded.group(), ANOTHER_CAR),
                *(_other_car_parts(after) if after.strip() else [])]
    given = _GIVEN_BACK.search(sentence)
    if given:
        cut = sentence.rfind(",", 0, given.start()) + 1
        return [Part(clause, asked) for clause, asked in ((sentence[:cut], ""),
                                                          (sentence[cut:], ANOTHER_CAR))
                if clause.strip()]
    alone = _TRIM_ONLY.search(sentence)
    if alone:
        cut = max(sentence.rfind(mark, 0, alone.start()) for mark in ",;:") + 1
        if re.search(r"\s(?:and|&)\s", sentence[cut:alone.start()]):
            # a list is the subject: "Ventilated 2nd row, HUD and 360 camera are SX only"
            cut = max(sentence.rfind(mark, 0, alone.start()) for mark in ";:") + 1
        before = _other_car_parts(sentence[:cut]) if sentence[:cut].strip() else []
        return [*before, Part(sentence[cut:], ANOTHER_CAR)]
    named = None if sentence.isupper() else _NAMED_TRIM_ONLY.search(sentence)
    if named:
        return _named_trim_parts(sentence, named)
    lacking = _WHICH_OURS_LACK.search(sentence)
    if lacking and _HAS.search(sentence[:lacking.start()]):
        return [Part(sentence[:lacking.start()], ANOTHER_CAR), Part(sentence[lacking.start():])]
    clauses = _CONTRAST_CLAUSE.split(sentence)
    parts: list[Part] = []
    for k, clause in enumerate(clauses):
        elsewhere = _elsewhere_from(clause, clauses[k + 1:k + 2])
        if elsewhere is not None:
            if clause[:elsewhere].strip(" ,"):
                parts.append(Part(clause[:elsewhere]))
            parts.append(Part(clause[elsewhere:], ANOTHER_CAR))
        elif _fronted_other(clause):
            end = _FRONTED_END.search(clause)
            parts += [Part(clause[:end.start()], ANOTHER_CAR), Part(clause[end.end():])]
        elif _OTHER_CAR.search(clause) or _commenters_car(clause, sentence):
            parts.append(Part(clause, ANOTHER_CAR))
        else:
            parts.append(Part(clause))
    return parts


# a question that names no feature, asking whether this car has what the clause before it
# named: "..., does this Durango?", "..., does yours?"
_ELLIPTIC_ASK = re.compile(r"^\W*(?:does|did|do|is|was)\s+(?:this|yours|ours|your)\b"
                           r"(?:\s+(?!ha(?:ve|s)\b|come\b|get\b|include\b)[\w'-]+)?\W*\?\W*$",
                           re.IGNORECASE)


# before a "?", "does" (or "will", "can") asks about the feature it opens on: "does remote
# start work from the fob?", "..., does tow package come with the controller?", "will the
# Atlas w/ Tech have a pano roof?"
_DOES_ASK = re.compile(r"^\W*(?:does|do|did|will|would|can|could)\s+(?!not\b|n't)[a-z]",
                       re.IGNORECASE)


# a question reported, not asked: "customer asked if SiriusXM included - no satellite radio
# on this unit"; a question is no claim, and the answer after its dash is read as said
_REPORTED_ASK = re.compile(r"\b(?:asked|asks|asking|wondered|wondering|wants\s+to\s+know"
                           r"|inquired|enquired)\s+"
                           # ... of someone or more than once: "asked the dealer if", "asked
                           # twice if"
                           r"(?:(?:the|my|our)\s+)?(?:\w+\s+){0,2}?(?:if|whether)\b"
                           # ... or a check still to make: "a specialist who can confirm the
                           # heated steering wheel", "I'll have a human confirm the tow hitch"
                           r"|\bconfirm\s+(?:the|if|whether)\b", re.IGNORECASE)
# ... unless the line says yes to it: "caller asked if the CR-V has a moon roof, agent
# confirmed yes", "asked re: remote start - confirmed"
# (not "it has": the question's own words, "asked if it has a sunroof")
_SAID_YES = re.compile(r"\b(?:yes|yep|yeah|yup|confirmed|confirms|correct|affirmative)\b",
                       re.IGNORECASE)


def _sentence_parts(sentence: str, *, quizzed: bool = False) -> list[Part]:
    """One sentence's statement and asked clause (see :func:`asked_parts`); ``quizzed``: an
    answer follows it ("Q: 2019 Corolla LE has a sunroof. A: FALSE.")."""
    start, kind = _asked_start(sentence, quizzed=quizzed)
    if kind == "":
        return [Part(sentence)]
    asked, answer = sentence[start:], ""
    cut = _ANSWER_IN_CLAUSE.search(asked)
    if _REPORTED_ASK.match(asked):
        cut = _DASH.search(asked) or cut  # its answer follows a dash
    if cut:
        asked, answer = asked[:cut.start()], asked[cut.end():]
    before = sentence[:start]
    if kind == "question" and _ELLIPTIC_ASK.match(asked) and _HAS.search(before):
        before, asked = "", sentence  # "The Tahoe had a 3rd row, does this Durango?"
    own = _OWN_CAR_FITTED.search(asked) if kind == "question" else None
    mine = ""
    if own and not _CONDITIONAL.search(own.group("own")):
        # a product's fit asked of the asker's car, which the question describes: "will this
        # fit my 2018 F-150 w/ the factory tow pkg?" says the truck has the tow package
        asked, mine = asked[:own.start("own")], asked[own.start("own"):].rstrip("? ")
    return [Part(p, k) for p, k in ((before, ""), (asked, kind), (mine, ""), (answer, ""))
            if p.strip()]


# a question whether a product fits the asker's own car, and the car as the asker describes it
_OWN_CAR_FITTED = re.compile(r"\b(?:fit|fits|work|works|go|clear|clears|cover|block|mount|sit"
                             r"|hook|interfere)\b(?:\s+\w+){0,3}?\s+(?:on|in|with|for|to)?\s*"
                             r"(?P<own>\b(?:my|our)\b.*)", re.IGNORECASE | re.DOTALL)
# ... not a plan, a condition or another trim: "once I install the tow package", "or only the
# ones with", "that I'm getting a hitch put on", "not the Limited with the sunroof"
_CONDITIONAL = re.compile(r"\b(?:if|whether|unless|or|once|after|when|before|that|which|not"
                          r"|about\s+to|going\s+to|getting|planning|install|installing|add"
                          r"|adding|put|putting)\b|\bi'?m\b|\bi\s+am\b", re.IGNORECASE)


def _labelled_question_start(sentence: str, after_label: int, clauses: list[re.Match[str]],
                             openers: list[int], *, quizzed: bool) -> tuple[int, str]:
    """Where a sentence under a "Q:" heading asks. A heading that opens with the asker's car
    (its year, "my") asks from its own question's opening, what comes before describing the
    car ("Q: 2016 MDX SH-AWD Tech, will the cargo tray fit with the 3rd row up?"), and one that
    asks nothing, no question mark nor opening ("Q: 2019 CR-V EX-L AWD, has the power
    tailgate."), is the asker's statement, unless an answer follows it (``quizzed``: "Q: 2019
    Corolla LE has a sunroof. A: FALSE."). Any other heading asks from the heading on ("Q:
    adding heated seats to a 2014 Civic")."""
    if not _ASKERS_CAR.match(sentence, after_label):
        return after_label, "question"
    later = sorted({*openers, *(m.start() for m in clauses if _DOES_ASK.match(m.group()))})
    later = [start for start in later if start > after_label]
    if later:
        return later[0], "question"
    if "?" in sentence or openers or quizzed:
        return after_label, "question"
    return 0, ""


_ANSWER_LABEL = re.compile(r"\W*(?:a|answer)\s*:", re.IGNORECASE)  # "Q: ... A: FALSE."
# the asker's car opening a question's heading: its model year or "my", "our"
_ASKERS_CAR = re.compile(r"\W*(?:'?\d{2}\b|(?:19|20)\d{2}\b|(?:my|our|mine|ours)\b)",
                         re.IGNORECASE)


def _asked_start(sentence: str, *, quizzed: bool = False) -> tuple[int, str]:
    """Where ``sentence``'s asked clause begins, and its kind ("" when nothing is asked)."""
    clauses = list(re.finditer(r"(?:(?!\s[-\u2013\u2014]+\s)[^,:])+", sentence))
    openers = [m.start() for m in clauses
               if _ASK_OPENER.match(m.group()) and not _ANSWER.match(m.group())]
    wish = _WISH.search(sentence)
    met = _SEARCH_MET.search(sentence) or _YEAR_NAMED.search(sentence)
    shopper = None if met else _SHOPPER.search(sentence)
    if shopper:
        # the shopper's search is the clause's subject: its words before it are wanted too
        # ("add 'CarPlay' to your filters")
        begun = next(m.start() for m in clauses if m.end() >= shopper.start())
        wish = wish if wish and wish.start() < begun else re.compile("").match(sentence, begun)
    label = _QUESTION_LABEL.match(sentence)
    if label:
        return _labelled_question_start(sentence, label.end(), clauses, openers,
                                        quizzed=quizzed)
    if _SEARCH_HEADING.match(sentence):
        return 0, "wish"
    if sentence.rstrip(" \"')").endswith("?"):
        openers = openers or [m.start() for m in clauses if _DOES_ASK.match(m.group())]
        if openers or wish:
            return (openers[-1] if openers else wish.start()), "question"
    # a "?" alone is a seller's doubt ("Heated seats?") or a checklist's ("sunroof? N"),
    # which the scopes decide
    openers = [start for start in openers if not _WH_OPENER.match(sentence[start:])]
    if openers:
        return openers[0], "question"
    reported = _REPORTED_ASK.search(sentence)
    if reported and (wish is None or reported.start() < wish.start()) and not _SAID_YES.search(
            sentence, reported.end()):
        return reported.start(), "question"
    if wish and re.match(r"\w+\s+by\b", sentence[wish.start():]):
        # a passive wish's object is before it: "roof rack wanted by customer"
        return next(m.start() for m in clauses if m.end() >= wish.start()), "wish"
    return (wish.start(), "wish") if wish else (0, "")
