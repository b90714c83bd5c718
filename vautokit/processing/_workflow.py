"""One vehicle, one attempt: validate, open, verify, read the sticker, map, tick, save."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from playwright.async_api import Page

from ..errors import HealReviewError, TransientSiteError, VautokitError, WorkerCrashedError
from ..model import Outcome, StepTiming, VehicleRecord
from ..site import SiteProfile, translated
from ..vehicles import (
    Change,
    CheckboxMappingService,
    GaugePage,
    InventoryFilterService,
    Mode,
    Strategy,
    VehicleLink,
    VehicleValidationService,
    WindowStickerService,
)

log = logging.getLogger(__name__)

STEPS = ("validate", "open", "verify", "sticker", "map", "apply", "save")


@dataclass
class VehicleServices:
    """The services a worker repeats for every vehicle; any of them can be replaced."""

    profile: SiteProfile
    timeout: float = 30.0
    validation: VehicleValidationService = field(default_factory=VehicleValidationService)
    mapping: CheckboxMappingService = field(default_factory=CheckboxMappingService)
    sticker: WindowStickerService | None = None
    gauge: GaugePage | None = None
    inventory: InventoryFilterService | None = None

    def __post_init__(self) -> None:
        self.sticker = self.sticker or WindowStickerService(self.profile, timeout=self.timeout)
        self.gauge = self.gauge or GaugePage(self.profile, timeout=self.timeout)
        self.inventory = self.inventory or InventoryFilterService(self.profile,
                                                                  timeout=self.timeout)


StepListener = Callable[[str], None]


class VehicleWorkflow:
    """Runs the steps for one vehicle on one page and fills in its record.

    Vehicle errors (invalid VIN, wrong page, no sticker) propagate as exceptions: the caller
    decides between retrying and recording an outcome, by the error's policy.
    """

    def __init__(self, services: VehicleServices, *, mode: Mode = "check-only",
                 dry_run: bool = False, strategy: Strategy = "direct") -> None:
        self.services = services
        self.mode = mode
        self.dry_run = dry_run
        self.strategy = strategy

    async def run(self, page: Page, link: VehicleLink, record: VehicleRecord, *,
                  worker_id: int | None = None, on_step: StepListener | None = None) -> Outcome:
        """Every Playwright error on the way comes out as a vautokit error."""
        async with translated(f"vehicle {link.stock}", worker_id):
            return await self._run(page, link, record, worker_id, on_step)

    async def _run(self, page: Page, link: VehicleLink, record: VehicleRecord,
                   worker_id: int | None, on_step: StepListener | None) -> Outcome:
        s = self.services
        attempt = record.attempts
        record.strategy = self.strategy

        @contextlib.contextmanager
        def step(name: str) -> Iterator[None]:
            if on_step:
                on_step(name)
            start = time.time()
            try:
                yield
            finally:
                record.steps.append(StepTiming(record.index, worker_id or 0, attempt, name, start,
                                               time.time()))

        with step("validate"):
            s.validation.check_link(link)
        with step("open"):
            frame = await s.gauge.open(page, link, self.strategy, worker_id=worker_id)
        with step("verify"):
            s.validation.check_page(link, await s.gauge.shown_vin(frame))
        with step("sticker"):
            sticker = await s.sticker.read(frame, link.vin, worker_id=worker_id)
        with step("map"):
            mapping = s.mapping.map_lines(sticker.lines, car=link.title)
            boxes = await s.gauge.boxes(frame)
            change = s.mapping.plan_change({lb: on for lb, (_, on) in boxes.items()},
                                           mapping.wanted, self.mode)
        record.sticker_source = sticker.source
        record.features_found = len(sticker.lines)
        record.matched = len(mapping.matches)
        record.unmatched = [u.line for u in mapping.unmatched]
        record.review = [r.line for r in mapping.review]
        record.reasons = {d.line: d.reason for d in (*mapping.unmatched, *mapping.review)}
        record.missing_boxes = change.missing_boxes
        if change.empty and record.save_sent and not self.dry_run:
            return Outcome.UPDATED  # an earlier save took effect: its change stays recorded
        record.checked, record.unchecked = change.to_check, change.to_uncheck
        if self.dry_run:
            return Outcome.DRY_RUN
        if change.empty:
            return Outcome.UNCHANGED
        with step("apply"):
            await s.gauge.apply(frame, change, boxes, worker_id=worker_id)
        sent_before, record.save_sent = record.save_sent, True
        with step("save"):
            try:
                await s.gauge.save(frame, worker_id=worker_id)
            except HealReviewError:
                record.save_sent = sent_before  # the save button healed: nothing was clicked
                raise
            except (TransientSiteError, WorkerCrashedError) as exc:
                if not await self._saved_anyway(page, link, change, worker_id):
                    raise
                log.warning("vehicle %s: the save answered %s, yet the page shows it saved",
                            link.stock, exc)
        return Outcome.UPDATED

    async def _saved_anyway(self, page: Page, link: VehicleLink, change: Change,
                            worker_id: int | None) -> bool:
        """After an error on save, read the page back: a save that committed before the
        error counts as done (retrying it would save twice); anything unreadable does not."""
        s = self.services
        try:
            async with translated(f"reading back vehicle {link.stock}", worker_id):
                frame = await s.gauge.open(page, link, self.strategy, worker_id=worker_id)
                boxes = await s.gauge.boxes(frame)
        except VautokitError as exc:
            log.info("vehicle %s: cannot read the page back after the save failed: %s",
                     link.stock, exc)
            return False
        state = {label: on for label, (_, on) in boxes.items()}
        return all(state.get(label) for label in change.to_check) and \
            not any(state.get(label) for label in change.to_uncheck)
