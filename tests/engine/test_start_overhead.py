"""Time of ours in a run's start (issue 22): what the start does once, before any vehicle.
The first launch asks the driver already running where Playwright's browsers are (no second
driver), and the driver keeps its compiled code between starts (Node's compile cache)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from vautokit.browser import BrowserLauncher, _resolve, start_driver


def _executable(path: Path) -> Path:
    path.parent.mkdir(parents=True)
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


class _DriverBrowserType:
    """A running driver's ``playwright.chromium``: it knows where Playwright keeps its
    browsers, and launches what it is given."""

    def __init__(self, executable_path: Path) -> None:
        self.executable_path = str(executable_path)
        self.launched: list[dict] = []

    async def launch(self, **kwargs) -> _Launched:
        self.launched.append(kwargs)
        return _Launched()


class _Launched:
    """A launched browser (only ever held weakly by the launcher)."""


async def test_the_first_launch_asks_the_running_driver_not_a_second_one(tmp_path,
                                                                         monkeypatch):
    registry = tmp_path / "ms-playwright"
    chromium = registry / "chromium-1187" / "chrome-linux" / "chrome"
    shell = _executable(registry / "chromium_headless_shell-1187" / "chrome-linux"
                        / "chrome-headless-shell")
    monkeypatch.delenv("VAUTOKIT_BROWSER", raising=False)
    monkeypatch.setattr(_resolve, "_REGISTRY", {})

    def second_driver() -> str:
        raise AssertionError("a second Playwright driver was started to find the browser")

    monkeypatch.setattr(_resolve, "_ask_a_driver", second_driver)
    browser_type = _DriverBrowserType(chromium)
    launcher = BrowserLauncher()
    await launcher.launch(browser_type)
    assert browser_type.launched[0]["executable_path"] == str(shell)
    assert launcher.choice.source == "playwright-managed headless shell"


def test_an_explicit_browser_needs_no_driver_at_all(tmp_path, monkeypatch):
    exe = _executable(tmp_path / "bin" / "chromium-headless-shell")
    monkeypatch.setattr(_resolve, "_REGISTRY", {})
    monkeypatch.setattr(_resolve, "_ask_a_driver", lambda: pytest.fail("driver asked"))
    assert BrowserLauncher(executable=str(exe)).resolve().executable == str(exe)


def _cached_files(directory: Path) -> list[Path]:
    return [p for p in directory.rglob("*") if p.is_file() and p.stat().st_size > 0]


async def test_the_driver_keeps_its_compiled_code_for_the_next_start(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("NODE_COMPILE_CACHE", raising=False)
    playwright = await start_driver()
    assert "NODE_COMPILE_CACHE" not in os.environ  # only the driver's spawn saw it
    await playwright.stop()
    assert _cached_files(tmp_path / "vautokit" / "node-compile-cache")


async def test_a_compile_cache_of_the_users_own_is_the_one_used(tmp_path, monkeypatch):
    theirs = tmp_path / "theirs"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "ours"))
    monkeypatch.setenv("NODE_COMPILE_CACHE", str(theirs))
    playwright = await start_driver()
    await playwright.stop()
    assert os.environ["NODE_COMPILE_CACHE"] == str(theirs)
    assert _cached_files(theirs) and not (tmp_path / "ours").exists()
