"""Coordinator: session inheritance, single-flight re-login, account throttle, error budget."""

from __future__ import annotations

import asyncio
import collections
import logging
import random
import time
from typing import Any

from playwright.async_api import BrowserContext, Page

from ..auth import LoginService
from ..config import ParallelConfig
from ..errors import VautokitError
from ._status import EventKind, StatusBus

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
    """One pause for the whole account: a 429's Retry-After holds back every worker."""

    def __init__(self) -> None:
        self.not_before = 0.0

    def pause(self, seconds: float) -> None:
        until = time.monotonic() + seconds
        self.not_before = max(self.not_before, until)

    async def wait(self) -> None:
        while (delay := self.not_before - time.monotonic()) > 0:
            await asyncio.sleep(delay)


class ErrorBudget:
    """Stops a run when the failure rate over the recent vehicles passes the threshold."""

    def __init__(self, config: ParallelConfig) -> None:
        self.config = config
        self.recent: collections.deque[bool] = collections.deque(maxlen=config.error_window)
        self.reason: str | None = None

    def record(self, failed: bool) -> None:
        self.recent.append(failed)
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
    """Shares one login among workers and recovers it once when it expires."""

    def __init__(self, login: LoginService, config: ParallelConfig | None = None,
                 status: StatusBus | None = None) -> None:
        self.login = login
        self.config = config or ParallelConfig()
        self.status = status or StatusBus()
        self.throttle = AccountThrottle()
        self.main_page: Page | None = None
        self.session: SessionState | None = None
        self.relogins = 0
        self.inherited: dict[int, int] = {}
        self._contexts: dict[int, BrowserContext] = {}
        self._lock = asyncio.Lock()

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
        fresh state.
        """
        async with self._lock:
            if self.session and self.session.generation != seen_generation:
                return False
            if self.main_page is None:
                raise VautokitError("cannot re-login: no main page was captured")
            log.info("session expired; signing in again (worker %s noticed)", worker_id)
            await self.login.login(self.main_page)
            await self.capture(self.main_page)
            self.relogins += 1
            for wid, context in list(self._contexts.items()):
                await self.inherit_session(context, wid)
            self.status.emit(EventKind.RELOGIN, worker=worker_id,
                             detail=f"generation {self.session.generation}")
            return True

    def backoff(self, retry: int) -> float:
        """Exponential backoff with full jitter, bounded by ``backoff_max``."""
        ceiling = min(self.config.backoff_max, self.config.backoff_base * (2 ** retry))
        return random.uniform(ceiling / 2, ceiling) if ceiling > 0 else 0.0
