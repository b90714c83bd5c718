"""Typed records passed between the vehicle services."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class VehicleLink:
    """One vehicle as the inventory grid lists it."""

    id: str
    vin: str
    stock: str
    title: str
    age_days: int | None
    dealer: str
    gauge_url: str

    @property
    def year(self) -> int | None:
        head = self.title.split(" ", 1)[0]
        return int(head) if head.isdigit() else None


@dataclass(frozen=True)
class StickerLine:
    section: str
    text: str
    price: float | None = None

    @property
    def is_package(self) -> bool:
        return self.section.lower() == "packages"


@dataclass(frozen=True)
class Sticker:
    source: str  # "html" | "pdf"
    lines: list[StickerLine]


@dataclass(frozen=True)
class Match:
    line: str
    labels: tuple[str, ...]
    method: str  # "synonym" | "package" | "fuzzy"
    score: float
    reason: str = ""  # why these boxes: the phrases that matched, what was ruled out
    doubted: tuple[str, ...] = ()
    """Labels the line was read to give but not ticked for doubt (a rival named beside them,
    the second opinion): the line's other ticks stand, and these go to review on their own."""
    doubted_by: str = "second opinion"
    """What doubted them, the method their review is put up with."""


@dataclass(frozen=True)
class Unmatched:
    line: str
    candidates: tuple[tuple[str, float], ...]
    reason: str = "no phrase of the table"


@dataclass(frozen=True)
class MappingResult:
    matches: list[Match]
    unmatched: list[Unmatched]

    @property
    def wanted(self) -> set[str]:
        return {label for m in self.matches for label in m.labels}


@dataclass(frozen=True)
class Change:
    """What saving will do to the option boxes."""

    to_check: list[str] = field(default_factory=list)
    to_uncheck: list[str] = field(default_factory=list)
    missing_boxes: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.to_check and not self.to_uncheck
