"""Which Chromium build runs the workers, and installing one when none is there.

Headless runs prefer the headless shell: Chromium's headless-only build, without the UI,
extensions or compositor of the full browser, costs 55-70 % of its CPU per vehicle
(benchmarks/results/cpu.md). Headed runs need the full browser.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import BrowserNotFoundError

log = logging.getLogger(__name__)

ENV_BROWSER = "VAUTOKIT_BROWSER"
SYSTEM_NAMES = ("chromium", "chromium-browser", "google-chrome")
SHELL_NAMES = ("chromium-headless-shell", "chrome-headless-shell", "headless_shell")
SHELL_LOCATIONS = ("/usr/lib/chromium/chromium-headless-shell",)
"""Where Debian's package puts the real binary; /usr/bin has a shell wrapper around it."""
_SHELL_BINARIES = ("chrome-headless-shell", "headless_shell")
_WHY_SHELL = "headless shell: 55-70 % of full Chromium's CPU per vehicle"
_WHY_FULL = "needed for headed runs; headless runs use it when no headless shell is found"


@dataclass(frozen=True)
class BrowserChoice:
    """A Chromium executable, how it was found, and what was passed over to get there."""

    executable: str | None
    source: str
    headless_shell: bool = False
    notes: tuple[str, ...] = ()
    """Candidates tried before this one (or install steps), each with why it was not used."""

    @property
    def launch_kwargs(self) -> dict[str, str]:
        return {"executable_path": self.executable} if self.executable else {}

    @property
    def build(self) -> str:
        return "headless shell" if self.headless_shell else "full Chromium"

    def describe(self) -> str:
        """Which build, from where, and why: what `vautokit setup-browser` prints."""
        why = _WHY_SHELL if self.headless_shell else _WHY_FULL
        lines = [f"Chromium: {self.executable or 'Playwright default'}",
                 f"  build: {self.build} ({why})", f"  found as: {self.source}"]
        lines += [f"  passed over: {note}" for note in self.notes]
        return "\n".join(lines)


_REGISTRY: dict[str, str | None] = {}
"""Where Playwright expects its Chromium, once known in this process."""


def _playwright_chromium_path() -> str | None:
    """Where Playwright expects its Chromium, downloaded or not: as a running driver told
    :func:`note_playwright_path`, else asked of a driver started for it (once a process)."""
    if "chromium" not in _REGISTRY:
        _REGISTRY["chromium"] = _ask_a_driver()
    return _REGISTRY["chromium"]


def _ask_a_driver() -> str | None:
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as pw:
            return pw.chromium.executable_path
    except Exception as exc:
        log.debug("Playwright's browser registry unavailable: %s", exc)
        return None


def note_playwright_path(path: str | None) -> None:
    """What a driver already running says (``browser_type.executable_path``): resolving
    then starts no second driver, which took 0.2-0.3 s of a run's start and held its loop."""
    if path:
        _REGISTRY["chromium"] = path


def _run_outside_loop(func: Callable[[], str | None]) -> str | None:
    """sync_playwright refuses to start inside a running loop (a notebook): use a thread."""
    import asyncio
    import concurrent.futures

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return func()
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(func).result()


def _playwright_managed() -> str | None:
    """The path of Playwright's own Chromium build, if it has been downloaded."""
    path = _run_outside_loop(_playwright_chromium_path)
    return path if path and Path(path).exists() else None


def _playwright_headless_shell() -> str | None:
    """Playwright's headless shell of the same revision as its Chromium, if downloaded.

    Chromium lives at ``<registry>/chromium-<rev>/<dir>/chrome``; the shell at
    ``<registry>/chromium_headless_shell-<rev>/<dir>/chrome-headless-shell`` (``headless_shell``
    in older releases).
    """
    path = _run_outside_loop(_playwright_chromium_path)
    if not path:
        return None
    build_dir = Path(path).parents[1]
    revision = build_dir.name.rpartition("-")[2]
    shell_dir = build_dir.parent / f"chromium_headless_shell-{revision}"
    for binary in _SHELL_BINARIES:
        for found in sorted(shell_dir.glob(f"*/{binary}")):
            return str(found)
    return None


def _system_headless_shell() -> str | None:
    for location in SHELL_LOCATIONS:
        if os.access(location, os.X_OK):
            return location
    return _first_on_path(SHELL_NAMES)


def _system_chromium() -> str | None:
    return _first_on_path(SYSTEM_NAMES)


def _first_on_path(names: tuple[str, ...]) -> str | None:
    for name in names:
        if path := shutil.which(name):
            return path
    return None


def is_headless_shell(executable: str) -> bool:
    """Judged by name: every headless shell build has 'headless' in its file name."""
    return "headless" in Path(executable).name


@dataclass(frozen=True)
class _Candidate:
    source: str
    """How it was found; ``{name}`` becomes the executable's file name."""
    find: Callable[[], str | None]
    missing: str
    """Why it is not there and how to get it."""
    headless_shell: bool


def _candidates(headless: bool) -> list[_Candidate]:
    """The search order: headless shells first when headless, full builds only when headed."""
    shells = [
        _Candidate("playwright-managed headless shell", _playwright_headless_shell,
                   "Playwright-managed headless shell: not downloaded "
                   "(python -m playwright install chromium-headless-shell)", True),
    ]
    system_shell = _Candidate(
        "system ({name})", _system_headless_shell,
        f"system headless shell ({', '.join(SHELL_NAMES)}): not installed "
        "(Debian/Ubuntu: apt-get install -y chromium-headless-shell)", True)
    managed = _Candidate("playwright-managed", _playwright_managed,
                         "Playwright-managed Chromium: not downloaded "
                         "(python -m playwright install chromium)", False)
    system = _Candidate("system ({name})", _system_chromium,
                        f"system Chromium on PATH ({', '.join(SYSTEM_NAMES)}): none found "
                        "(Debian/Ubuntu: apt-get install -y chromium)", False)
    if headless:
        return [*shells, managed, system_shell, system]
    return [managed, system]


def resolve_browser(explicit: str | None = None, *, headless: bool = True,
                    tried: list[str] | None = None) -> BrowserChoice:
    """Find a Chromium: the explicit setting (or ``VAUTOKIT_BROWSER``) first, then

    headless: Playwright's headless shell, Playwright's Chromium, the system's
    ``chromium-headless-shell``, the system's Chromium; headed: the two full builds only.
    Raises :class:`BrowserNotFoundError` saying what is missing and how to install it.
    """
    tried = [] if tried is None else tried
    setting = explicit or os.environ.get(ENV_BROWSER)
    if setting:
        found = shutil.which(setting) or (setting if Path(setting).is_file() else None)
        if found:
            return BrowserChoice(found, "explicit setting", is_headless_shell(found))
        tried.append(f"explicit setting {setting!r}: no such executable")
        raise BrowserNotFoundError(tried)
    passed_over: list[str] = []
    for candidate in _candidates(headless):
        path = candidate.find()
        if path:
            source = candidate.source.format(name=Path(path).name)
            return BrowserChoice(path, source, candidate.headless_shell, tuple(passed_over))
        passed_over.append(candidate.missing)
    tried.extend(passed_over)
    raise BrowserNotFoundError(tried)


def _attempt(command: list[str], label: str, tried: list[str]) -> bool:
    """Run one install step; note a failure in ``tried``; True when it succeeded."""
    log.info("trying: %s", " ".join(command))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=900,
                              check=False, env=env)
    except (OSError, subprocess.TimeoutExpired) as exc:
        tried.append(f"{label}: {exc}")
        return False
    if done.returncode != 0:
        tried.append(f"{label}: failed ({_first_error(done.stderr or done.stdout)[:200]})")
        return False
    return True


def _first_error(output: str) -> str:
    """The line that says what went wrong: the first naming an error, else the last line."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    for line in lines:
        if line.lower().startswith(("error", "e:")):
            return line
    return lines[-1] if lines else "no output"


def _is_debian_root() -> bool:
    return Path("/etc/debian_version").exists() and hasattr(os, "geteuid") and os.geteuid() == 0


def _install(playwright_name: str, apt_package: str, tried: list[str]) -> bool:
    """Playwright's download, else on Debian as root the apt package (after apt-get update)."""
    if _attempt([sys.executable, "-m", "playwright", "install", playwright_name],
                f"playwright install {playwright_name}", tried):
        return True
    if not _is_debian_root():
        tried.append(f"apt-get install {apt_package}: skipped (needs Debian and root; "
                     f"run: sudo apt-get install -y {apt_package})")
        return False
    return (_attempt(["apt-get", "update", "-qq"], "apt-get update", tried)
            and _attempt(["apt-get", "install", "-y", "-qq", apt_package],
                         f"apt-get install {apt_package}", tried))


def ensure_browser(explicit: str | None = None, *, headless: bool = True) -> BrowserChoice:
    """Resolve a browser, installing the preferred build when it is missing (the set-up step).

    Headless: installs ``chromium-headless-shell`` unless a headless shell is already there,
    and keeps a full Chromium when that install fails. Headed, or when no browser at all is
    found after that: installs full Chromium. An explicit setting is never replaced.
    Raises :class:`BrowserNotFoundError` listing everything that was tried.
    """
    tried: list[str] = []
    try:
        choice = resolve_browser(explicit, headless=headless)
    except BrowserNotFoundError:
        if explicit or os.environ.get(ENV_BROWSER):
            raise
        choice = None
    if choice is not None and (choice.headless_shell or not headless
                               or choice.source == "explicit setting"):
        return choice
    if headless and _install("chromium-headless-shell", "chromium-headless-shell", tried):
        return _with_notes(resolve_browser(headless=headless), tried)
    if choice is not None:
        return _with_notes(choice, tried)
    _install("chromium", "chromium", tried)
    try:
        return _with_notes(resolve_browser(headless=headless, tried=tried), tried)
    except BrowserNotFoundError as exc:
        raise BrowserNotFoundError(tried) from exc


def _with_notes(choice: BrowserChoice, tried: list[str]) -> BrowserChoice:
    return dataclasses.replace(choice, notes=(*tried, *choice.notes))
