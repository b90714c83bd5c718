"""Per-vehicle records: what happened to each vehicle, step by step."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum

from ..vehicles import VehicleLink


class Outcome(StrEnum):
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DRY_RUN = "dry_run"
    INVALID_VIN = "invalid_vin"
    VIN_MISMATCH = "vin_mismatch"
    NO_STICKER = "no_sticker"
    STICKER_UNREADABLE = "sticker_unreadable"
    FAILED = "failed"
    SKIPPED = "skipped"


SUCCESSES = frozenset({Outcome.UPDATED, Outcome.UNCHANGED, Outcome.DRY_RUN})
REPORTED = frozenset({Outcome.INVALID_VIN, Outcome.VIN_MISMATCH, Outcome.NO_STICKER,
                      Outcome.STICKER_UNREADABLE})
FINAL = SUCCESSES | REPORTED
"""Outcomes about the vehicle itself: a resume keeps them. Skipped and failed vehicles
(the site, the browser or the run gave out) are processed again."""


@dataclass(frozen=True)
class StepTiming:
    vehicle_index: int
    worker: int
    attempt: int
    step: str
    start: float
    end: float

    @property
    def seconds(self) -> float:
        return self.end - self.start


@dataclass
class VehicleRecord:
    """Everything recorded about one vehicle of a run."""

    index: int
    vehicle_id: str
    vin: str
    stock: str
    title: str
    worker: int | None = None
    endpoint: str | None = None
    attempts: int = 0
    retries: int = 0
    requeues: int = 0
    rate_limited: int = 0
    unexpected: int = 0
    outcome: Outcome | None = None
    error_kind: str | None = None
    error: str | None = None
    started: float | None = None
    ended: float | None = None
    strategy: str = "direct"
    sticker_source: str | None = None
    features_found: int = 0
    matched: int = 0
    unmatched: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)
    """The mapping's reason for each ``unmatched`` and ``review`` line (why it was not
    ticked), for the people settling them; other lines' reasons are left out to keep the
    journal small."""
    checked: list[str] = field(default_factory=list)
    unchecked: list[str] = field(default_factory=list)
    missing_boxes: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    """Screenshots (and traces) of failed or retried steps, relative to the journal's folder."""
    save_sent: bool = False
    """A save of ``checked``/``unchecked`` went to the site: a later attempt (or a resume)
    that finds nothing left to change reports the vehicle updated, not unchanged."""
    steps: list[StepTiming] = field(default_factory=list)

    @classmethod
    def from_link(cls, index: int, link: VehicleLink) -> VehicleRecord:
        return cls(index, link.id, link.vin, link.stock, link.title)

    @classmethod
    def from_json(cls, data: dict, steps: list[StepTiming]) -> VehicleRecord:
        """The record :meth:`to_json` wrote (fields added since then take their defaults)."""
        known = {f.name for f in fields(cls)} - {"steps"}
        values = {k: v for k, v in data.items() if k in known}
        if values.get("outcome") is not None:
            values["outcome"] = Outcome(values["outcome"])
        return cls(**values, steps=steps)

    def to_json(self) -> dict:
        """Everything but the step timings (kept apart), as JSON-ready values."""
        data = asdict(self)
        data.pop("steps")
        data["outcome"] = self.outcome.value if self.outcome else None
        return data

    def finish(self, outcome: Outcome, error: Exception | str | None = None) -> None:
        self.outcome = outcome
        self.ended = time.time()
        if isinstance(error, Exception):
            self.error_kind = getattr(error, "kind", None) or type(error).__name__
            self.error = str(error)
        elif error:
            self.error_kind, self.error = outcome.value, error

    @property
    def seconds(self) -> float | None:
        return None if self.started is None or self.ended is None else self.ended - self.started

    def row(self) -> dict:
        """The record as a flat table row: lists joined, ``reasons`` left to
        :func:`~vautokit.processing.phrases_to_settle`
        (a phrase per row reads better there than a dict in a cell)."""
        data = self.to_json()
        data.pop("reasons")
        data["seconds"] = self.seconds
        for key in ("unmatched", "review", "checked", "unchecked", "missing_boxes", "evidence"):
            data[key] = "; ".join(data[key])
        return data
