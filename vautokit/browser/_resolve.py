"""Where the Chromium comes from: explicit setting, Playwright's own, or the system's."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import BrowserNotFoundError

log = logging.getLogger(__name__)

ENV_BROWSER = "VAUTOKIT_BROWSER"
SYSTEM_NAMES = ("chromium", "chromium-browser", "google-chrome")


@dataclass(frozen=True)
class BrowserChoice:
    """A Chromium executable and how it was found."""

    executable: str | None
    source: str

    @property
    def launch_kwargs(self) -> dict[str, str]:
        return {"executable_path": self.executable} if self.executable else {}


def _playwright_managed() -> str | None:
    """The path of Playwright's own Chromium build, if it has been downloaded."""
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as pw:
            path = pw.chromium.executable_path
    except Exception as exc:
        log.debug("Playwright-managed Chromium unavailable: %s", exc)
        return None
    return path if path and Path(path).exists() else None


def _run_outside_loop(func):
    """sync_playwright refuses to start inside a running loop (a notebook): use a thread."""
    import asyncio
    import concurrent.futures

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return func()
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(func).result()


def resolve_browser(explicit: str | None = None, *,
                    tried: list[str] | None = None) -> BrowserChoice:
    """Find a Chromium in order: explicit/``VAUTOKIT_BROWSER``, Playwright's, the system's."""
    tried = [] if tried is None else tried
    setting = explicit or os.environ.get(ENV_BROWSER)
    if setting:
        found = shutil.which(setting) or (setting if Path(setting).is_file() else None)
        if found:
            return BrowserChoice(found, "explicit setting")
        tried.append(f"explicit setting {setting!r}: no such executable")
        raise BrowserNotFoundError(tried)
    managed = _run_outside_loop(_playwright_managed)
    if managed:
        return BrowserChoice(managed, "playwright-managed")
    tried.append("Playwright-managed Chromium: not downloaded")
    for name in SYSTEM_NAMES:
        path = shutil.which(name)
        if path:
            return BrowserChoice(path, f"system ({name})")
    tried.append(f"system Chromium on PATH ({', '.join(SYSTEM_NAMES)}): none found")
    raise BrowserNotFoundError(tried)


def _attempt(command: list[str], label: str, tried: list[str]) -> None:
    log.info("trying: %s", " ".join(command))
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        tried.append(f"{label}: {exc}")
        return
    if done.returncode != 0:
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        tried.append(f"{label}: failed ({last[0][:200]})")


def _is_debian_root() -> bool:
    return Path("/etc/debian_version").exists() and hasattr(os, "geteuid") and os.geteuid() == 0


def ensure_browser(explicit: str | None = None) -> BrowserChoice:
    """Resolve a browser, installing one when none is found (the set-up step).

    Tries Playwright's own download, then on Debian as root ``apt-get install -y chromium``.
    Raises :class:`BrowserNotFoundError` listing everything that was tried.
    """
    tried: list[str] = []
    try:
        return resolve_browser(explicit, tried=tried)
    except BrowserNotFoundError:
        if explicit or os.environ.get(ENV_BROWSER):
            raise
    _attempt([sys.executable, "-m", "playwright", "install", "chromium"],
             "playwright install chromium", tried)
    if _is_debian_root():
        _attempt(["apt-get", "update", "-qq"], "apt-get update", tried)
        _attempt(["apt-get", "install", "-y", "-qq", "chromium"], "apt-get install chromium", tried)
    else:
        tried.append("apt-get install chromium: skipped (needs Debian and root)")
    try:
        return resolve_browser(tried=tried)
    except BrowserNotFoundError as exc:
        raise BrowserNotFoundError(tried) from exc
