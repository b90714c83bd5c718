"""Page operations shared by every service, and the one place Playwright errors are translated."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import email.utils
import math
import time
from collections.abc import AsyncIterator, Mapping

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Frame, Locator, Page
from playwright.async_api import TimeoutError as PlaywrightTimeoutError

from ..errors import (
    HealReviewError,
    RateLimitedError,
    SelectorNotFoundError,
    SessionExpiredError,
    TransientSiteError,
    VautokitError,
    VehicleError,
    WorkerCrashedError,
)
from ._heal import WRITE_KEYS
from ._profile import SiteProfile

Target = Page | Frame

_CLOSED_MARKERS = ("has been closed", "Target closed", "Browser closed", "crashed",
                   "Connection closed", "browser has disconnected")

_NAVIGATION_RACES = ("Execution context was destroyed", "Frame was detached",
                     "frame got detached", "Navigation interrupted")

MASKS_GONE_JS = """sel => [...document.querySelectorAll(sel)].every(
    m => getComputedStyle(m).display === 'none' || m.offsetParent === null)"""

_UNTIL_JS = """([arg, ms]) => new Promise(resolve => {
  const holds = () => { try { return (CONDITION)(arg) || null; } catch (e) { return null; } };
  const first = holds();
  if (first) return resolve(first);
  let observer, slow, limit;
  const finish = value => {
    observer.disconnect(); clearInterval(slow); clearTimeout(limit); resolve(value);
  };
  const check = () => { const value = holds(); if (value) finish(value); };
  observer = new MutationObserver(check);
  observer.observe(document, {subtree: true, childList: true, attributes: true,
                              attributeFilter: ['class', 'style', 'hidden', 'disabled']});
  slow = setInterval(check, SLOW_CHECK_MS);
  limit = setTimeout(() => finish(holds()), ms);
})"""
_DOCUMENT_STATUS_JS = """() => performance.getEntriesByType('navigation')[0]?.responseStatus || 0"""

SLOW_CHECK_MS = 250
"""A DOM condition is checked on every change of the page's elements; this slower check
catches what no mutation announces (a stylesheet that hides an element)."""
_ANSWER_GRACE = 5.0
"""Seconds past a page-side wait's own limit before the page counts as not answering."""


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """Retry-After as seconds from now (delta-seconds or an HTTP date), never negative.

    None when the header is missing or malformed (the caller's own backoff applies then).
    A huge or infinite value comes back as it is: the caller bounds the pause and decides
    whether to wait or stop.
    """
    value = (headers.get("retry-after") or headers.get("Retry-After") or "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        seconds = _http_date_seconds(value)
    if seconds is None or math.isnan(seconds):
        return None
    return max(0.0, seconds)


def _http_date_seconds(value: str) -> float | None:
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed.timestamp() - time.time()


def check_status(status: int, headers: Mapping[str, str], what: str) -> None:
    """Raise the error class an HTTP status calls for."""
    if status < 400:
        return
    if status == 401:
        raise SessionExpiredError(what)
    if status == 429:
        raise RateLimitedError(what, retry_after_seconds(headers))
    if status >= 500 or status == 408:
        raise TransientSiteError(f"{what} failed", status)
    if status == 403:
        raise VehicleError(f"{what}: access denied (HTTP 403): the vehicle belongs to "
                           "another account")
    raise VehicleError(f"{what}: HTTP {status}")


@contextlib.asynccontextmanager
async def translated(what: str, worker_id: int | None = None) -> AsyncIterator[None]:
    """Turn Playwright's errors into vautokit's, keeping our own errors as they are."""
    try:
        yield
    except VautokitError:
        raise
    except PlaywrightError as exc:
        error = _translation(exc, what, worker_id)
        if error is None:
            raise
        raise error from exc


@contextlib.asynccontextmanager
async def translated_request(what: str, worker_id: int | None = None) -> AsyncIterator[None]:
    """:func:`translated` for the context's request client (``context.request``).

    Its errors end in a call log that lists the request's headers, the session's cookie
    among them: each comes out as vautokit's error carrying the message's first line only,
    with the original dropped (``from None``), so the cookie never reaches a log, a
    traceback or a record. A failure of its own kind (a refused or reset connection) is
    a request that did not get through: transient.
    """
    try:
        yield
    except VautokitError:
        raise
    except PlaywrightError as exc:
        error = _translation(exc, what, worker_id) or \
            TransientSiteError(f"{what}: {_first_line(exc)}")
        raise error from None


def _translation(exc: PlaywrightError, what: str,
                 worker_id: int | None) -> VautokitError | None:
    """vautokit's error for a Playwright error of a known kind; None for any other."""
    if isinstance(exc, PlaywrightTimeoutError):
        return TransientSiteError(f"{what} timed out")
    message = str(exc)
    if any(marker in message for marker in _CLOSED_MARKERS):
        return WorkerCrashedError(worker_id, _first_line(exc))
    if "net::ERR" in message or any(race in message for race in _NAVIGATION_RACES):
        return TransientSiteError(f"{what}: {_first_line(exc)}")
    return None


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [""])[0][:160]


async def wait_masks_gone(target: Target, profile: SiteProfile, timeout: float) -> None:
    """Wait until no loading mask covers the page (ExtJS swallows clicks under a mask)."""
    await wait_until(target, MASKS_GONE_JS, profile.selector("mask"), timeout,
                     "waiting for the loading mask to clear")


async def wait_until(target: Target, condition_js: str, arg: object, timeout: float,
                     what: str) -> None:
    """Wait until ``condition_js`` (a JS function of ``arg``) holds in the page.

    The page answers when it changes (a mutation observer), where Playwright's
    ``wait_for_function`` checks on every animation frame and so makes the browser draw
    frames nobody reads. A navigation meanwhile starts the wait again in the new document,
    as ``wait_for_function`` does. Raises TransientSiteError when ``timeout`` passes.
    """
    if await wait_for_value(target, condition_js, arg, timeout, what) is None:
        raise TransientSiteError(f"{what} timed out")


async def wait_for_value(target: Target, value_js: str, arg: object, timeout: float,
                         what: str) -> object:
    """The first truthy value ``value_js`` (a JS function of ``arg``) returns in the page,
    checked as :func:`wait_until` checks; None when ``timeout`` passes first (or the page
    stops answering). The value must be serialisable (a string, a list, a plain object).

    It runs in the page's own world: where a document is only read, this spares the
    browser the selector engine Playwright compiles into each new document on its first
    locator call (a large share of a short page's CPU).
    """
    script = _UNTIL_JS.replace("CONDITION", value_js).replace(
        "SLOW_CHECK_MS", str(SLOW_CHECK_MS))
    deadline = time.monotonic() + timeout
    async with translated(what):
        while (left := deadline - time.monotonic()) > 0:
            try:
                async with asyncio.timeout(left + _ANSWER_GRACE):
                    return await target.evaluate(script, [arg, left * 1000]) or None
            except PlaywrightError as exc:
                if any(race in str(exc) for race in _NAVIGATION_RACES):
                    continue
                raise
            except TimeoutError:  # the page stopped answering
                return None
    return None


async def dismiss_dialog(target: Target, profile: SiteProfile, timeout: float) -> bool:
    """Close a dialog the site puts over its pages ("what's new"), when the profile names
    its close button (``dismiss_dialog``) and it shows; True when one was closed."""
    if not profile.has_selector("dismiss_dialog"):
        return False
    close = target.locator(profile.selector("dismiss_dialog")).first
    async with translated("closing the dialog over the page"):
        if not await close.is_visible():
            return False
        await close.click(timeout=timeout * 1000)
    return True


async def require(target: Target, profile: SiteProfile, key: str, page_name: str,
                  timeout: float) -> Locator:
    """The first element matching selector ``key``, or an error naming key, page and selector.

    When the selector matches nothing and the profile heals, a locator from the key's
    fingerprint is tried: a read key goes on with it; a write key (``WRITE_KEYS``) raises
    :class:`HealReviewError`, so nothing is saved through a heal nobody accepted.
    """
    primary = profile.selector(key)
    healer = profile.healer
    healed = healer.healed.get(key) if healer is not None else None
    async with translated(f"waiting for {key} on {page_name}"):
        if healed is not None and not await target.locator(primary).count():
            return await _healed(target, profile, key, page_name, healed.selector, timeout)
        locator = target.locator(primary).first
        try:
            await locator.wait_for(state="visible", timeout=timeout * 1000)
        except PlaywrightTimeoutError:
            await raise_if_expired(target, profile, page_name)
            await raise_if_error_document(target, page_name)
            found = None if healer is None else await healer.heal(target, key, primary,
                                                                  page_name)
            if found is None:
                raise SelectorNotFoundError(profile.name, key, page_name, primary) from None
            return await _healed(target, profile, key, page_name, found.selector, timeout)
    return locator


async def _healed(target: Target, profile: SiteProfile, key: str, page_name: str,
                  selector: str, timeout: float) -> Locator:
    """Go on with a healed locator, unless a save would go through it."""
    if key in WRITE_KEYS:
        raise HealReviewError(profile.name, key, page_name, profile.selector(key), selector)
    locator = target.locator(selector).first
    try:
        await locator.wait_for(state="visible", timeout=timeout * 1000)
    except PlaywrightTimeoutError:
        raise SelectorNotFoundError(profile.name, key, page_name,
                                    profile.selector(key)) from None
    return locator


async def raise_if_error_document(target: Target, what: str) -> None:
    """Raise the error the document's own HTTP status calls for (429, 5xx, ...).

    A selector that matches nothing on the site's error page is that error, not a changed
    site; and Playwright may report a navigation without its response (``goto`` returning
    None), so the status is read from the document itself. Its headers are not known here:
    a 429 read this way waits out the run's own backoff.
    """
    status = await target.evaluate(_DOCUMENT_STATUS_JS)
    check_status(int(status or 0), {}, what)


async def raise_if_expired(target: Target, profile: SiteProfile, page_name: str) -> None:
    """Session expiry shows as a message box or a bounce to the sign-in page."""
    expired = target.locator(profile.selector("session_expired")).or_(
        target.locator(profile.selector("username_input")))  # one round trip for both
    if await expired.count() > 0:
        raise SessionExpiredError(page_name)
