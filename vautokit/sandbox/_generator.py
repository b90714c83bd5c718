"""Seeded ground truth: vehicles, their true options and the stickers that word them."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

from ..vehicles._vin import with_check_digit, year_code
from ._catalog import (
    ALL_LABELS,
    COMBINED_LINES,
    DISTRACTORS,
    MODELS,
    NEVER_TRUCK,
    PACKAGES,
    SECTION_OF,
    TRUCK_ONLY,
    WMI,
    WORDINGS,
    with_implied,
)

_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


@dataclass
class VehicleSpec:
    """One generated vehicle with everything a run can be scored against."""

    id: int
    account: str
    stock: str
    vin: str
    page_vin: str
    year: int
    make: str
    model: str
    trim: str
    age_days: int
    dealer: str
    truth: list[str]
    initial: list[str]
    sticker_kind: str  # "html" | "pdf" | "none"
    sticker: list[tuple[str, str]] = field(default_factory=list)  # (section, line)

    @property
    def title(self) -> str:
        return f"{self.year} {self.make} {self.model} {self.trim}"

    @property
    def vin_valid(self) -> bool:
        return with_check_digit(self.vin) == self.vin


@dataclass(frozen=True)
class GeneratorSettings:
    """Shares of the awkward cases a real inventory holds."""

    pdf_share: float = 0.15
    no_sticker_share: float = 0.05
    invalid_vin_share: float = 0.03
    vin_mismatch_share: float = 0.02
    recent_share: float = 0.6


def _vin(rng: random.Random, make: str, year: int, *, valid: bool) -> str:
    body = WMI[make] + "".join(rng.choice(_VIN_CHARS) for _ in range(5)) + "0"
    body += year_code(year) + rng.choice(string.ascii_uppercase.replace("I", "").replace("O", "")
                                         .replace("Q", ""))
    body += "".join(rng.choice(string.digits) for _ in range(6))
    good = with_check_digit(body)
    if valid:
        return good
    wrong = rng.choice([d for d in "0123456789X" if d != good[8]])
    return good[:8] + wrong + good[9:]


def _plausible_labels(kind: str) -> list[str]:
    labels = [lb for lb in ALL_LABELS if lb not in NEVER_TRUCK or kind != "truck"]
    return [lb for lb in labels if lb not in TRUCK_ONLY or kind == "truck"]


def _choose_truth(rng: random.Random, kind: str) -> tuple[set[str], list[str]]:
    pool = _plausible_labels(kind)
    truth = set(rng.sample(pool, rng.randint(10, 20)))
    if {"All Wheel Drive", "Four Wheel Drive"} <= truth:
        truth.discard(rng.choice(["All Wheel Drive", "Four Wheel Drive"]))
    packages = []
    for name in rng.sample(sorted(PACKAGES), rng.randint(0, 2)):
        if name == "Trailer Tow Group" and kind != "truck":
            continue
        packages.append(name)
        truth.update(PACKAGES[name])
    return truth, packages


def _sticker_lines(rng: random.Random, truth: set[str],
                   packages: list[str]) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    covered = {lb for name in packages for lb in PACKAGES[name]}
    for text, labels in COMBINED_LINES:
        if set(labels) <= truth - covered and len(labels) > 1 and rng.random() < 0.6:
            lines.append((SECTION_OF[labels[0]], text))
            covered.update(labels)
    for label in sorted(truth - covered):
        text = rng.choice(WORDINGS[label])
        if rng.random() < 0.3:
            lines.append(("Optional Equipment", f"{text} ${rng.randrange(195, 2495, 50):,}"))
        else:
            lines.append((rng.choice([SECTION_OF[label], "Standard Equipment"]), text))
    for name in packages:
        lines.append(("Packages", f"{name} ${rng.randrange(495, 3995, 100):,}"))
    for text in rng.sample(DISTRACTORS, rng.randint(2, 4)):
        lines.append((rng.choice(["Interior", "Exterior", "Optional Equipment"]), text))
    rng.shuffle(lines)
    return _with_package_contents(lines, packages)


def _with_package_contents(lines: list[tuple[str, str]],
                           packages: list[str]) -> list[tuple[str, str]]:
    """Each package's contents listed under its name, as real stickers do: a package named
    without its contents ticks nothing (its contents vary by maker)."""
    listed: list[tuple[str, str]] = []
    for section, text in lines:
        listed.append((section, text))
        name = next((n for n in packages if section == "Packages" and text.startswith(f"{n} $")),
                    None)
        if name:
            listed += [("Packages", f"- {WORDINGS[label][0]}") for label in PACKAGES[name]]
    return listed


def generate_inventory(
    count: int,
    *,
    seed: int = 7,
    account: str = "demo@dealer.test",
    dealer: str = "Sandbox Motors",
    first_id: int = 1,
    settings: GeneratorSettings | None = None,
    now_year: int = 2026,
) -> list[VehicleSpec]:
    """``count`` vehicles for ``account``; the same seed always gives the same inventory."""
    settings = settings or GeneratorSettings()
    rng = random.Random(f"{seed}:{account}")
    vehicles = []
    for offset in range(count):
        make, model, trims, kind = rng.choice(MODELS)
        year = rng.randint(now_year - 8, now_year + 1)
        roll = rng.random()
        invalid = roll < settings.invalid_vin_share
        mismatch = not invalid and roll < settings.invalid_vin_share + settings.vin_mismatch_share
        vin = _vin(rng, make, year, valid=not invalid)
        page_vin = _vin(rng, make, year, valid=True) if mismatch else vin
        truth, packages = _choose_truth(rng, kind)
        kind_roll = rng.random()
        sticker_kind = ("none" if kind_roll < settings.no_sticker_share
                        else "pdf" if kind_roll < settings.no_sticker_share + settings.pdf_share
                        else "html")
        initial = sorted(rng.sample(sorted(truth), rng.randint(0, 3)))
        age = rng.randint(0, 1) if rng.random() < settings.recent_share else rng.randint(2, 120)
        vehicles.append(VehicleSpec(
            id=first_id + offset, account=account, stock=f"S{first_id + offset:05d}", vin=vin,
            page_vin=page_vin, year=year, make=make, model=model, trim=rng.choice(trims),
            age_days=age, dealer=dealer, truth=sorted(with_implied(truth)), initial=initial,
            sticker_kind=sticker_kind,
            sticker=[] if sticker_kind == "none" else _sticker_lines(rng, truth, packages),
        ))
    return vehicles
