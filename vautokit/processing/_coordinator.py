"""Coordinator: session inheritance, single-flight re-login, account throttle, error budget."""

from __future__ import annotations

import asyncio
import collections
import logging
import random
import time
from typing import Any

from playwright.async_api import BrowserContext, Page
from playwright.async_api import Error as PlaywrightError

from ..auth import LoginService
from ..config import ParallelConfig
from ..errors import VautokitError
from ..model import EventKind, StatusBus
from ..site._heal import WRITE_KEYS, Candidate
from ._site_health import SiteHealth

log = logging.getLogger(__name__)


class SessionState:
    """The signed-in browser state (cookies, local storage). Its repr shows no values."""

    def __init__(self, state: dict[str, Any], generation: int) -> None:
        self._state = state
        self.generation = generation

    @property
    def playwright_state(self) -> dict[str, Any]:
        return self._state

    def __repr__(self) -> str:
        return (f"SessionState(generation={self.generation}, "
                f"cookies={len(self._state.get('cookies', []))})")


class AccountThrottle:
    """One pause for the whole account: a 429's Retry-After holds back every worker.

    No pause is longer than ``max_pause``: a site asking for more is remembered in
    ``refused`` (the run stops on it) instead of holding the run for hours.
    """

    def __init__(self, max_pause: float = 120.0) -> None:
        self.max_pause = max_pause
        self.not_before = 0.0
        self.refused: float | None = None
        self.pauses: list[tuple[float, float]] = []
        """This run's pauses as (asked at, held until) on ``time.monotonic()``: what the
        account was told to wait, to be set beside what the site asked."""

    def pause(self, seconds: float) -> None:
        if seconds > self.max_pause:
            self.refused = max(self.refused or 0.0, seconds)
            seconds = self.max_pause
        now = time.monotonic()
        self.not_before = max(self.not_before, now + seconds)
        self.pauses.append((now, now + seconds))

    def begin_run(self, max_pause: float) -> None:
        """A new run: its own bound, and no refusal carried over (a pause still runs out)."""
        self.max_pause, self.refused, self.pauses = max_pause, None, []
        self.not_before = min(self.not_before, time.monotonic() + max_pause)

    async def wait(self) -> None:
        while (delay := self.not_before - time.monotonic()) > 0:
            await asyncio.sleep(delay)


class ErrorBudget:
    """Stops a run when the failure rate over the recent vehicles passes the threshold."""

    def __init__(self, config: ParallelConfig) -> None:
        self.config = config
        self.recent: collections.deque[bool] = collections.deque(maxlen=config.error_window)
        self.reason: str | None = None
        self.site = SiteHealth()

    def record(self, failed: bool, error: BaseException | None = None) -> None:
        """One finished vehicle; ``error`` lets a key failing on vehicle after vehicle stop
        the run at once, with that key as the reason (processing/_site_health.py)."""
        self.recent.append(failed)
        self.site.record(error if failed else None)
        if self.reason is None and self.site.reason is not None:
            self.reason = self.site.reason
        if self.reason is None and len(self.recent) >= self.config.min_error_samples:
            rate = sum(self.recent) / len(self.recent)
            if rate > self.config.error_threshold:
                self.reason = (f"failure rate {rate:.0%} over the last {len(self.recent)} "
                               f"vehicles exceeded error_threshold "
                               f"{self.config.error_threshold:.0%}")

    @property
    def exhausted(self) -> bool:
        return self.reason is not None


class Coordinator:
    """Shares one login among workers and recovers it once when it expires.

    Re-login is single-flight both ways: one sign-in per expiry across all workers, and
    once it has failed every worker that asks gets the same error without trying again,
    so a changed password costs one failed sign-in, never one per worker.
    """

    def __init__(self, login: LoginService, config: ParallelConfig | None = None,
                 status: StatusBus | None = None) -> None:
        self.login = login
        self.config = config or ParallelConfig()
        self.status = status or StatusBus()
        self.throttle = AccountThrottle(self.config.max_pause)
        self.main_page: Page | None = None
        self.session: SessionState | None = None
        self.relogins = 0
        self.relogin_error: BaseException | None = None
        self.inherited: dict[int, int] = {}
        self._contexts: dict[int, BrowserContext] = {}
        self._lock = asyncio.Lock()
        healer = login.profile.healer
        if healer is not None:
            healer.on_heal = self._healed

    def _healed(self, key: str, page_name: str, found: Candidate) -> None:
        """A key healed during the run: everyone watching hears which, where and what."""
        write = " (a save path key: its vehicles are dry runs until the heal is accepted)" \
            if key in WRITE_KEYS else ""
        self.status.emit(EventKind.LOCATOR_HEALED, step=key,
                         detail=f"{key} matched nothing on {page_name}; {found.selector!r} "
                                f"({found.how}) matched {found.matched}{write}")

    def begin_run(self) -> None:
        """Forget the previous run's re-logins and re-login failure."""
        self.relogins, self.relogin_error = 0, None
        self.inherited.clear()
        self._contexts.clear()
        self.throttle.begin_run(self.config.max_pause)
        if self.login.profile.healer is not None:
            self.login.profile.healer.begin_run()

    async def capture(self, main_page: Page) -> SessionState:
        """Take the main page's signed-in state as the state every worker inherits."""
        self.main_page = main_page
        generation = self.session.generation + 1 if self.session else 1
        self.session = SessionState(await main_page.context.storage_state(), generation)
        return self.session

    async def inherit_session(self, worker: Page | BrowserContext, worker_id: int) -> None:
        """Give a worker the main page's signed-in state: cookies and local storage."""
        if self.session is None:
            raise VautokitError("no session to inherit: sign the main page in first")
        context = worker.context if isinstance(worker, Page) else worker
        state = self.session.playwright_state
        await context.add_cookies(state.get("cookies", []))
        for origin in state.get("origins", []):
            items = {i["name"]: i["value"] for i in origin.get("localStorage", [])}
            if items:
                await context.add_init_script(
                    script=f"if (location.origin === {origin['origin']!r}) "
                           f"Object.entries({items!r}).forEach(([k, v]) => "
                           f"localStorage.setItem(k, v));")
        self._contexts[worker_id] = context
        self.inherited[worker_id] = self.session.generation

    def forget_worker(self, worker_id: int) -> None:
        self._contexts.pop(worker_id, None)

    async def relogin(self, seen_generation: int, worker_id: int | None = None) -> bool:
        """Sign in again unless another worker already did since ``seen_generation``.

        Returns True when this call performed the sign-in. Every worker then holds the
        fresh state. Raises the first failure's error, to this and every later caller of
        the run, without another sign-in attempt.
        """
        async with self._lock:
            if self.relogin_error is not None:
                raise self.relogin_error
            if self.session and self.session.generation != seen_generation:
                return False
            if self.main_page is None:
                raise VautokitError("cannot re-login: no main page was captured")
            log.info("session expired; signing in again (worker %s noticed)", worker_id)
            try:
                await self.login.login(self.main_page)
                await self.capture(self.main_page)
            except Exception as exc:
                self.relogin_error = exc
                raise
            self.relogins += 1
            await self._share_fresh_session()
            self.status.emit(EventKind.RELOGIN, worker=worker_id,
                             detail=f"generation {self.session.generation}")
            return True

    async def _share_fresh_session(self) -> None:
        """Hand the new state to every open worker context; a context that closed meanwhile
        is dropped (its replacement inherits the new state when it opens)."""
        for wid, context in list(self._contexts.items()):
            try:
                await self.inherit_session(context, wid)
            except PlaywrightError as exc:
                log.debug("worker %s context gone during re-login: %s", wid, exc)
                self._contexts.pop(wid, None)

    def backoff(self, retry: int) -> float:
        """Exponential backoff with full jitter, bounded by ``backoff_max``."""
        ceiling = min(self.config.backoff_max, self.config.backoff_base * (2 ** retry))
        return random.uniform(ceiling / 2, ceiling) if ceiling > 0 else 0.0
