"""What the imitation vAuto knows: option labels, sticker wordings, packages, vehicles.

The wordings mimic real Monroney stickers (manufacturer brand names, capitals,
abbreviations, priced options). The client's synonym table is written separately in
``vautokit/vehicles/data/synonyms.toml``: the two are not generated from each other.
"""

from __future__ import annotations

# fieldset -> option labels, in the order vAuto shows them.
FIELDSETS: dict[str, list[str]] = {
    "Safety": [
        "Airbags", "ABS", "Traction Control", "Stability Control", "Blind Spot Monitoring",
        "Lane Departure Warning", "Forward Collision Warning", "Backup Camera", "360 Camera",
        "Parking Sensors", "Adaptive Cruise Control",
    ],
    "Comfort & Convenience": [
        "Cruise Control", "Heated Front Seats", "Heated Rear Seats", "Ventilated Seats",
        "Leather Seats", "Power Seats", "Memory Seats", "Third Row Seats", "Remote Start",
        "Keyless Entry", "Push Button Start", "Power Windows", "Power Locks", "Power Liftgate",
        "Universal Garage Door Opener", "Air Conditioning", "Dual Zone Climate Control",
        "Rear Air Conditioning", "Heated Steering Wheel", "Split Folding Rear Seat",
    ],
    "Technology": [
        "Apple CarPlay Integration", "Android Auto", "Navigation System", "Bluetooth",
        "Premium Audio", "SiriusXM Satellite Radio", "WiFi Hotspot", "Head-Up Display",
        "Wireless Charging", "Steering Wheel Audio Controls",
    ],
    "Exterior": [
        "Heated Mirrors", "Auto-Dimming Rearview Mirror", "Sunroof", "Fog Lights",
        "LED Headlights", "Alloy Wheels", "Running Boards", "Roof Rack", "Rain Sensing Wipers",
    ],
    "Mechanical": [
        "Turbocharged", "Diesel Engine", "All Wheel Drive", "Four Wheel Drive",
        "Engine Block Heater", "Adjustable Pedals", "Power Steering",
        "Telescoping Steering Wheel", "Limited Slip Differential", "Hybrid Powertrain",
    ],
    "Truck & Towing": ["Tow Package", "Trailer Hitch", "Bed Liner", "Tonneau Cover",
                       "Trailer Brake Controller"],
}

ALL_LABELS: list[str] = [label for labels in FIELDSETS.values() for label in labels]

# label -> ways stickers word it.
WORDINGS: dict[str, list[str]] = {
    "Airbags": ["Advanced Multistage Front Air Bags", "Front & Side Curtain Airbags",
                "SUPPLEMENTAL SIDE-CURTAIN AIR BAGS", "10 Airbags"],
    "ABS": ["4-Wheel Anti-Lock Disc Brakes", "ANTI-LOCK BRAKING SYSTEM (ABS)",
            "4-Wheel ABS Brakes"],
    "Traction Control": ["Traction Control", "All-Speed Traction Control", "TRACTION CONTROL SYS"],
    "Stability Control": ["Electronic Stability Control", "StabiliTrak Stability Control",
                          "Vehicle Stability Assist (VSA)", "ELECTRONIC STABILITY PROGRAM"],
    "Blind Spot Monitoring": ["Blind Spot Monitoring", "BLIND-SPOT INFORMATION SYSTEM (BLIS)",
                              "Blind Spot & Cross Path Detection", "Side Blind Zone Alert"],
    "Lane Departure Warning": ["Lane Departure Warning", "Lane Keep Assist w/ Lane Departure Alert",
                               "LANEWATCH / LANE DEPARTURE WARNING", "Lane Departure Alert"],
    "Forward Collision Warning": ["Forward Collision Warning",
                                  "Pre-Collision System w/ Pedestrian Detection",
                                  "FORWARD COLLISION ALERT", "Forward Collision Warning Plus"],
    "Backup Camera": ["ParkView Rear Back-Up Camera", "Rearview Camera", "Rear Vision Camera",
                      "REAR BACKUP CAMERA", "Multi-View Rear Camera"],
    "360 Camera": ["Surround View Camera System", "360-Degree Camera", "Bird's-Eye View Camera",
                   "HD SURROUND VISION"],
    "Parking Sensors": ["ParkSense Front/Rear Park Assist", "Rear Parking Sensors",
                        "FRONT & REAR PARK ASSIST", "Rear Park Assist w/ Stop"],
    "Adaptive Cruise Control": ["Adaptive Cruise Control w/ Stop & Go", "ADAPTIVE CRUISE CONTROL",
                                "Dynamic Radar Cruise Control", "Intelligent Cruise Control"],
    "Cruise Control": ["Speed Control", "Cruise Control", "ELECTRONIC CRUISE CONTROL"],
    "Heated Front Seats": ["Heated Front Seats", "Driver & Passenger Heated Seats",
                           "FRONT HEATED SEATS", "Heated Front Bucket Seats"],
    "Heated Rear Seats": ["Heated Rear Seats", "Heated 2nd Row Seats", "REAR HEATED SEATS"],
    "Ventilated Seats": ["Ventilated Front Seats", "Front Cooled Seats", "VENTILATED SEATS"],
    "Leather Seats": ["Leather Trimmed Bucket Seats", "LEATHER-APPOINTED SEATING",
                      "Premium Leather Seats", "Nappa Leather Seating"],
    "Power Seats": ["Power 8-Way Driver Seat", "10-Way Power Driver Seat", "POWER FRONT SEATS",
                    "6-Way Power Passenger Seat"],
    "Memory Seats": ["Driver Memory Seat", "Memory Settings for Driver Seat", "MEMORY SEAT"],
    "Third Row Seats": ["3rd Row Seat", "Third Row 50/50 Split Bench", "THIRD-ROW SEATING",
                        "Stow 'n Go 3rd Row Seats"],
    "Remote Start": ["Remote Start System", "REMOTE ENGINE START", "Remote Vehicle Starter"],
    "Keyless Entry": ["Remote Keyless Entry", "KEYLESS ENTRY", "Keyless Enter 'n Go"],
    "Push Button Start": ["Push Button Start", "Keyless Ignition w/ Push Button Start",
                          "PUSH-BUTTON IGNITION"],
    "Power Windows": ["Power Windows w/ Front 1-Touch Up/Down", "POWER WINDOWS",
                      "Power Front & Rear Windows"],
    "Power Locks": ["Power Door Locks", "POWER LOCKS", "Power Locks w/ Auto-Lock"],
    "Power Liftgate": ["Power Liftgate", "Hands-Free Power Liftgate", "POWER TAILGATE"],
    "Universal Garage Door Opener": ["Universal Garage Door Opener", "HomeLink Transceiver",
                                     "UNIVERSAL HOME REMOTE"],
    "Air Conditioning": ["Air Conditioning", "Manual A/C", "AIR CONDITIONING W/ FILTER"],
    "Dual Zone Climate Control": ["Dual-Zone Automatic Climate Control", "DUAL ZONE AUTO A/C",
                                  "Automatic Temperature Control, Dual-Zone"],
    "Rear Air Conditioning": ["Rear Air Conditioning", "Rear Seat A/C", "REAR A/C W/ HEATER"],
    "Heated Steering Wheel": ["Heated Steering Wheel", "HEATED LEATHER STEERING WHEEL"],
    "Split Folding Rear Seat": ["60/40 Split-Folding Rear Seat", "40/20/40 SPLIT FOLD REAR SEAT",
                                "Split Folding Rear Bench"],
    "Apple CarPlay Integration": ["Apple CarPlay Compatibility", "APPLE CARPLAY SUPPORT"],
    "Android Auto": ["Android Auto Capability", "ANDROID AUTO"],
    "Navigation System": ["Navigation System", "Uconnect 4C NAV w/ 8.4\" Display",
                          "GPS NAVIGATION", "Sensus Navigation"],
    "Bluetooth": ["Bluetooth Hands-Free Phone", "BLUETOOTH STREAMING AUDIO",
                  "Hands-Free Phone w/ Bluetooth"],
    "Premium Audio": ["Harman Kardon Premium Audio", "Bose Premium 12-Speaker Audio",
                      "ALPINE PREMIUM SOUND SYSTEM", "Bang & Olufsen Sound System"],
    "SiriusXM Satellite Radio": ["SiriusXM Satellite Radio", "SIRIUSXM RADIO W/ 3 MO TRIAL",
                                 "Satellite Radio"],
    "WiFi Hotspot": ["4G LTE Wi-Fi Hotspot", "WIFI HOTSPOT", "Built-In Wi-Fi"],
    "Head-Up Display": ["Head-Up Display", "HEADS-UP DISPLAY", "Color Head-Up Display"],
    "Wireless Charging": ["Wireless Charging Pad", "QI WIRELESS PHONE CHARGING",
                          "Wireless Device Charging"],
    "Steering Wheel Audio Controls": ["Steering Wheel Audio Controls",
                                      "STEERING WHEEL MOUNTED AUDIO CONTROLS"],
    "Heated Mirrors": ["Power Heated Mirrors", "HEATED EXTERIOR MIRRORS", "Heated Side Mirrors"],
    "Auto-Dimming Rearview Mirror": ["Auto-Dimming Rearview Mirror", "AUTO DIMMING INSIDE MIRROR",
                                     "Electrochromic Rearview Mirror"],
    "Sunroof": ["Power Sunroof", "Power Tilt/Sliding Moonroof", "PANORAMIC SUNROOF",
                "CommandView Dual-Pane Panoramic Sunroof"],
    "Fog Lights": ["Front Fog Lamps", "LED FOG LIGHTS", "Fog Lamps"],
    "LED Headlights": ["LED Headlamps", "BI-LED HEADLIGHTS", "Full LED Headlights"],
    "Alloy Wheels": ["18\" Aluminum Wheels", "20-INCH ALLOY WHEELS",
                     "17\" Polished Aluminum Wheels",
                     "19\" Machined Alloy Wheels"],
    "Running Boards": ["Running Boards", "BLACK TUBULAR SIDE STEPS", "Power Running Boards"],
    "Roof Rack": ["Roof Rails", "ROOF RACK CROSSBARS", "Roof Rack"],
    "Rain Sensing Wipers": ["Rain-Sensing Wipers", "RAIN SENSING WINDSHIELD WIPERS"],
    "Turbocharged": ["2.0L Turbo I-4 Engine", "EcoBoost 2.7L V6 Engine", "TURBOCHARGED 1.5L",
                     "3.0L Twin-Turbo V6"],
    "Diesel Engine": ["Duramax 6.6L Diesel", "DIESEL ENGINE", "3.0L EcoDiesel V6"],
    "All Wheel Drive": ["All-Wheel Drive", "AWD", "Intelligent All-Wheel Drive",
                        "Symmetrical AWD"],
    "Four Wheel Drive": ["4WD", "4X4", "Four Wheel Drive", "Shift-On-The-Fly 4WD"],
    "Engine Block Heater": ["Engine Block Heater", "ENGINE BLOCK HTR", "Block Heater"],
    "Adjustable Pedals": ["Power Adjustable Pedals", "ADJUSTABLE PEDALS"],
    "Power Steering": ["Electric Power Steering", "POWER STEERING", "Power Rack & Pinion Steering"],
    "Telescoping Steering Wheel": ["Tilt & Telescoping Steering Column",
                                   "TELESCOPING STEERING WHEEL", "Tilt/Telescope Steering Wheel"],
    "Limited Slip Differential": ["Limited-Slip Differential", "ANTI-SPIN DIFFERENTIAL REAR AXLE",
                                  "Electronic Limited Slip Diff"],
    "Hybrid Powertrain": ["Hybrid Synergy Drive", "HYBRID POWERTRAIN", "2.5L Hybrid System"],
    "Tow Package": ["Trailer Tow Package", "MAX TRAILER TOW PACKAGE", "Class IV Towing Pkg"],
    "Trailer Hitch": ["Class IV Trailer Hitch Receiver", "TRAILER HITCH", "Receiver Hitch"],
    "Bed Liner": ["Spray-In Bedliner", "BEDLINER", "Drop-In Bed Liner"],
    "Tonneau Cover": ["Soft Tri-Fold Tonneau Cover", "TONNEAU COVER", "Hard Folding Tonneau"],
    "Trailer Brake Controller": ["Integrated Trailer Brake Controller",
                                 "TRAILER BRAKE CONTROL"],
}

# One wording per label held out from the synonym table: the mapping is scored on these
# apart from the rest (benchmarks/score_mapping.py), and no phrase of synonyms.toml may be one
# of them (tests/unit/test_mapping_corpus.py). The sandbox draws from all of WORDINGS.
HELD_OUT_WORDINGS: dict[str, list[str]] = {label: [wording] for label, wording in {
    "Airbags": "SUPPLEMENTAL SIDE-CURTAIN AIR BAGS",
    "ABS": "4-Wheel ABS Brakes",
    "Traction Control": "TRACTION CONTROL SYS",
    "Stability Control": "Vehicle Stability Assist (VSA)",
    "Blind Spot Monitoring": "Blind Spot & Cross Path Detection",
    "Lane Departure Warning": "LANEWATCH / LANE DEPARTURE WARNING",
    "Forward Collision Warning": "FORWARD COLLISION ALERT",
    "Backup Camera": "Rear Vision Camera",
    "360 Camera": "Bird's-Eye View Camera",
    "Parking Sensors": "FRONT & REAR PARK ASSIST",
    "Adaptive Cruise Control": "Dynamic Radar Cruise Control",
    "Cruise Control": "ELECTRONIC CRUISE CONTROL",
    "Heated Front Seats": "FRONT HEATED SEATS",
    "Heated Rear Seats": "REAR HEATED SEATS",
    "Ventilated Seats": "VENTILATED SEATS",
    "Leather Seats": "Premium Leather Seats",
    "Power Seats": "POWER FRONT SEATS",
    "Memory Seats": "MEMORY SEAT",
    "Third Row Seats": "THIRD-ROW SEATING",
    "Remote Start": "Remote Vehicle Starter",
    "Keyless Entry": "Keyless Enter 'n Go",
    "Push Button Start": "PUSH-BUTTON IGNITION",
    "Power Windows": "Power Front & Rear Windows",
    "Power Locks": "Power Locks w/ Auto-Lock",
    "Power Liftgate": "POWER TAILGATE",
    "Universal Garage Door Opener": "HomeLink Transceiver",
    "Air Conditioning": "AIR CONDITIONING W/ FILTER",
    "Dual Zone Climate Control": "Automatic Temperature Control, Dual-Zone",
    "Rear Air Conditioning": "REAR A/C W/ HEATER",
    "Heated Steering Wheel": "HEATED LEATHER STEERING WHEEL",
    "Split Folding Rear Seat": "Split Folding Rear Bench",
    "Apple CarPlay Integration": "APPLE CARPLAY SUPPORT",
    "Navigation System": "GPS NAVIGATION",
    "Bluetooth": "Hands-Free Phone w/ Bluetooth",
    "Premium Audio": "ALPINE PREMIUM SOUND SYSTEM",
    "SiriusXM Satellite Radio": "SIRIUSXM RADIO W/ 3 MO TRIAL",
    "WiFi Hotspot": "Built-In Wi-Fi",
    "Head-Up Display": "Color Head-Up Display",
    "Wireless Charging": "Wireless Device Charging",
    "Steering Wheel Audio Controls": "STEERING WHEEL MOUNTED AUDIO CONTROLS",
    "Heated Mirrors": "Heated Side Mirrors",
    "Auto-Dimming Rearview Mirror": "Electrochromic Rearview Mirror",
    "Sunroof": "PANORAMIC SUNROOF",
    "Fog Lights": "Fog Lamps",
    "LED Headlights": "Full LED Headlights",
    "Alloy Wheels": "17\" Polished Aluminum Wheels",
    "Running Boards": "Power Running Boards",
    "Roof Rack": "ROOF RACK CROSSBARS",
    "Rain Sensing Wipers": "RAIN SENSING WINDSHIELD WIPERS",
    "Turbocharged": "TURBOCHARGED 1.5L",
    "Diesel Engine": "3.0L EcoDiesel V6",
    "All Wheel Drive": "Intelligent All-Wheel Drive",
    "Four Wheel Drive": "Shift-On-The-Fly 4WD",
    "Engine Block Heater": "Block Heater",
    "Adjustable Pedals": "ADJUSTABLE PEDALS",
    "Power Steering": "Power Rack & Pinion Steering",
    "Telescoping Steering Wheel": "Tilt/Telescope Steering Wheel",
    "Limited Slip Differential": "Electronic Limited Slip Diff",
    "Hybrid Powertrain": "2.5L Hybrid System",
    "Tow Package": "Class IV Towing Pkg",
    "Trailer Hitch": "Receiver Hitch",
    "Bed Liner": "Drop-In Bed Liner",
    "Tonneau Cover": "Hard Folding Tonneau",
    "Trailer Brake Controller": "TRAILER BRAKE CONTROL",
}.items()}
TUNED_WORDINGS: dict[str, list[str]] = {
    label: [w for w in wordings if w not in HELD_OUT_WORDINGS.get(label, [])]
    for label, wordings in WORDINGS.items()
}

# What an option brings on every real car: a dual-zone climate control is an air conditioner,
# so a vehicle that has one has both boxes true, and a sticker that names it says both.
IMPLIED: dict[str, tuple[str, ...]] = {
    "Dual Zone Climate Control": ("Air Conditioning",),
    "Rear Air Conditioning": ("Air Conditioning",),
    "Memory Seats": ("Power Seats",),
}


def with_implied(labels: set[str] | frozenset[str]) -> set[str]:
    """``labels`` and every option one of them brings (:data:`IMPLIED`)."""
    return {*labels, *(implied for label in labels for implied in IMPLIED.get(label, ()))}


# Lines that name several options at once (not packages: one feature phrase).
COMBINED_LINES: list[tuple[str, list[str]]] = [
    ("APPLE CARPLAY/ ANDROID AUTO", ["Apple CarPlay Integration", "Android Auto"]),
    ("Apple CarPlay & Android Auto Capable", ["Apple CarPlay Integration", "Android Auto"]),
    ("3 Zone Auto Control Front/Rear A/C", ["Dual Zone Climate Control", "Rear Air Conditioning"]),
    ("6.7L Cummins Turbo Diesel I-6 Engine", ["Diesel Engine", "Turbocharged"]),
    ("Heated & Ventilated Front Seats", ["Heated Front Seats", "Ventilated Seats"]),
    ("Heated Power Mirrors w/ Auto-Dimming Driver Side", ["Heated Mirrors"]),
]

# Package name -> options it brings. Stickers list only the package name and price.
PACKAGES: dict[str, list[str]] = {
    "Cold Weather Package": ["Heated Front Seats", "Heated Steering Wheel", "Heated Mirrors",
                             "Remote Start"],
    "Technology Package": ["Navigation System", "Premium Audio", "Head-Up Display",
                           "Wireless Charging"],
    "Driver Assistance Package": ["Adaptive Cruise Control", "Blind Spot Monitoring",
                                  "Lane Departure Warning", "Forward Collision Warning"],
    "Trailer Tow Group": ["Tow Package", "Trailer Hitch", "Trailer Brake Controller"],
    "Convenience Package": ["Power Liftgate", "Universal Garage Door Opener",
                            "Auto-Dimming Rearview Mirror", "Keyless Entry"],
    "Premium Package": ["Leather Seats", "Memory Seats", "Ventilated Seats", "Sunroof"],
}

# Sticker lines that correspond to no option box.
DISTRACTORS: list[str] = [
    "Touring Suspension", "Wireless Headphones", "Floor Mats", "All-Weather Floor Liners",
    "Destination Charge", "Cargo Net", "Tire Pressure Monitoring Display", "Spare Tire Kit",
    "Sport Appearance Trim", "Chrome Exhaust Tip", "Carpeted Trunk Mat", "Ambient Lighting",
    "Dual Exhaust", "Power Outlet 115V", "Body-Color Door Handles", "Rear Spoiler",
    "Cloth Seats", "Locking Lug Nuts", "Paint Protection Film", "Mud Guards",
]

SECTIONS = ["Standard Equipment", "Interior", "Exterior", "Mechanical", "Comfort & Convenience",
            "Safety & Security", "Optional Equipment", "Packages"]

# Which sticker section a label's line goes under.
SECTION_OF: dict[str, str] = {}
for _fieldset, _labels in FIELDSETS.items():
    _section = {
        "Safety": "Safety & Security", "Comfort & Convenience": "Comfort & Convenience",
        "Technology": "Interior", "Exterior": "Exterior", "Mechanical": "Mechanical",
        "Truck & Towing": "Mechanical",
    }[_fieldset]
    for _label in _labels:
        SECTION_OF[_label] = _section

# (make, model, trims, body kind): body kind steers which options are plausible.
MODELS: list[tuple[str, str, list[str], str]] = [
    ("Ford", "F-150", ["XL", "XLT", "Lariat", "Platinum"], "truck"),
    ("Chevrolet", "Silverado 1500", ["WT", "LT", "RST", "High Country"], "truck"),
    ("Ram", "2500", ["Tradesman", "Big Horn", "Laramie"], "truck"),
    ("Toyota", "Camry", ["LE", "SE", "XLE", "XSE"], "car"),
    ("Honda", "Accord", ["LX", "Sport", "EX-L", "Touring"], "car"),
    ("Honda", "CR-V", ["LX", "EX", "EX-L", "Touring"], "suv"),
    ("Toyota", "RAV4", ["LE", "XLE", "Limited", "Hybrid XSE"], "suv"),
    ("Jeep", "Grand Cherokee", ["Laredo", "Limited", "Overland"], "suv"),
    ("Dodge", "Grand Caravan", ["SE", "SXT", "GT"], "van"),
    ("Chrysler", "Pacifica", ["Touring", "Touring L", "Limited"], "van"),
    ("Subaru", "Outback", ["Base", "Premium", "Limited", "Touring"], "suv"),
    ("Hyundai", "Tucson", ["SE", "SEL", "Limited"], "suv"),
    ("Kia", "Telluride", ["LX", "S", "EX", "SX"], "suv"),
    ("Nissan", "Altima", ["S", "SV", "SR", "SL"], "car"),
    ("Volvo", "XC90", ["Core", "Plus", "Ultimate"], "suv"),
    ("GMC", "Sierra 2500HD", ["Pro", "SLE", "Denali"], "truck"),
]

# World manufacturer identifiers for the generated VINs.
WMI = {"Ford": "1FT", "Chevrolet": "1GC", "Ram": "3C6", "Toyota": "4T1", "Honda": "1HG",
       "Jeep": "1C4", "Dodge": "2C4", "Chrysler": "2C4", "Subaru": "4S4", "Hyundai": "KM8",
       "Kia": "5XY", "Nissan": "1N4", "Volvo": "YV4", "GMC": "1GT"}

TRUCK_ONLY = {"Bed Liner", "Tonneau Cover", "Running Boards", "Trailer Brake Controller",
              "Diesel Engine"}
NEVER_TRUCK = {"Third Row Seats", "Power Liftgate", "Hybrid Powertrain"}
