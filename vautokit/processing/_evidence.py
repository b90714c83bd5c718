"""Evidence of failures: small JPEG screenshots and optional Playwright traces, kept per run.

Screenshots go in ``<root>/evidence/<run_id>/`` and records point at them by a path relative
to ``root`` (the journal's directory), so a report next to the journal finds them. Traces
hold the context's cookies and every action's arguments: they are written only when asked,
into a folder only the owner can enter (0700), as files only the owner can read (0600), and
they never go into a report.
"""

from __future__ import annotations

import asyncio
import logging
import re
import shutil
import time
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from playwright.async_api import BrowserContext, Page
from playwright.async_api import Error as PlaywrightError

from .._names import check_run_id
from ..config import TRACE_MODES
from ..errors import ConfigError

log = logging.getLogger(__name__)

TraceMode = Literal["off", "failures", "all"]
EVIDENCE_DIR = "evidence"
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_UNSAFE = re.compile(r"[^a-z0-9]+")


def _slug(label: str) -> str:
    """A label as a file-name part: lower-case letters, digits and dashes, at most 40."""
    return _UNSAFE.sub("-", label.lower()).strip("-")[:40] or "page"


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    path.chmod(PRIVATE_DIR)
    return path


@dataclass
class Evidence:
    """What a run keeps of its failures, and where.

    ``root`` is the journal's directory (``.vautokit``); ``keep_days`` is the run's retention
    (None keeps evidence until deleted by hand). ``screenshots=False`` and ``trace="off"``
    write nothing at all.
    """

    root: Path
    run_id: str
    screenshots: bool = True
    trace: TraceMode = "off"
    keep_days: float | None = None
    quality: int = 60
    timeout: float = 5.0

    def __post_init__(self) -> None:
        self.root = Path(self.root)
        check_run_id(self.run_id)  # a name, so the evidence stays in its folder
        if self.trace not in TRACE_MODES:
            raise ConfigError("trace", self.trace, "'off', 'failures' or 'all'")
        if not 1 <= self.quality <= 100:
            raise ConfigError("quality", self.quality, "1 to 100")
        if self.keep_days is not None and self.keep_days < 0:
            raise ConfigError("keep_days", self.keep_days, "0 or more days, or None")

    @property
    def directory(self) -> Path:
        return self.root / EVIDENCE_DIR / self.run_id

    def relative(self, path: Path) -> str:
        """The path a record stores: relative to ``root``, with forward slashes."""
        return Path(path).relative_to(self.root).as_posix()

    async def capture(self, page: Page, vehicle_index: int, label: str,
                      attempt: int = 1) -> Path | None:
        """A viewport JPEG of ``page``; None when screenshots are off or the page is gone.

        Never raises for a closed or broken page: evidence must not turn one failure into two.
        """
        if not self.screenshots:
            return None
        path = self.directory / f"v{vehicle_index:04d}-a{attempt}-{_slug(label)}.jpg"
        try:
            if page.is_closed():
                log.debug("no screenshot of vehicle %d: its page is closed", vehicle_index)
                return None
            _private_dir(self.directory)
            await page.screenshot(path=str(path), type="jpeg", quality=self.quality,
                                  full_page=False, scale="css", animations="disabled",
                                  caret="hide", timeout=self.timeout * 1000)
        except (PlaywrightError, OSError) as exc:
            log.debug("no screenshot of vehicle %d: %s", vehicle_index, exc)
            return None
        return path

    async def start_trace(self, context: BrowserContext) -> bool:
        """Start tracing ``context`` for one vehicle; False when tracing is off or fails."""
        if self.trace == "off":
            return False
        try:
            async with asyncio.timeout(self.timeout):
                await context.tracing.start(screenshots=True, snapshots=True)
        except (PlaywrightError, TimeoutError) as exc:
            log.debug("tracing did not start: %s", exc)
            return False
        return True

    async def stop_trace(self, context: BrowserContext, vehicle_index: int, *, failed: bool,
                         attempt: int = 1) -> Path | None:
        """Stop tracing; keep the trace (0600) when the mode asks for it, else discard it."""
        if self.trace == "off":
            return None
        keep = self.trace == "all" or failed
        path = self.directory / f"v{vehicle_index:04d}-a{attempt}-trace.zip"
        try:
            async with asyncio.timeout(self.timeout):
                if keep:
                    _private_dir(self.directory)
                    await context.tracing.stop(path=str(path))
                    path.chmod(PRIVATE_FILE)
                    return path
                await context.tracing.stop()
        except (PlaywrightError, OSError, TimeoutError) as exc:
            log.debug("trace of vehicle %d not kept: %s", vehicle_index, exc)
        return None

    def prune(self, *, now: float | None = None) -> list[Path]:
        """Delete other runs' evidence older than ``keep_days`` (nothing when it is None)."""
        if self.keep_days is None:
            return []
        return prune(self.root / EVIDENCE_DIR, self.keep_days, now=now, keep={self.run_id})


def _last_change(folder: Path) -> float:
    return max([folder.stat().st_mtime, *(p.stat().st_mtime for p in folder.rglob("*"))])


def prune(root: str | Path, keep_days: float, *, now: float | None = None,
          keep: Collection[str] = ()) -> list[Path]:
    """Delete run folders under ``root`` whose newest file is older than ``keep_days``.

    Returns the folders removed; folders named in ``keep`` (a run in progress) stay.
    """
    root = Path(root)
    if not root.is_dir():
        return []
    cutoff = (time.time() if now is None else now) - keep_days * 86_400
    removed = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name not in keep):
        if _last_change(folder) < cutoff:
            shutil.rmtree(folder)
            removed.append(folder)
    if removed:
        log.info("removed evidence of %d runs older than %g days", len(removed), keep_days)
    return removed

