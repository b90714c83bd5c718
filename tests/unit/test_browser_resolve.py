import stat

import pytest

from vautokit.browser import _resolve, resolve_browser
from vautokit.errors import BrowserNotFoundError


def _fake_executable(path):
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


def test_explicit_setting_wins(tmp_path, monkeypatch):
    exe = _fake_executable(tmp_path / "my-chrome")
    monkeypatch.setattr(_resolve, "_playwright_managed", lambda: "/should/not/be/used")
    assert resolve_browser(str(exe)).source == "explicit setting"
    monkeypatch.setenv("VAUTOKIT_BROWSER", str(exe))
    assert resolve_browser().executable == str(exe)


def test_missing_explicit_setting_is_an_error_not_a_fallback(monkeypatch):
    monkeypatch.setenv("VAUTOKIT_BROWSER", "/nonexistent/chromium")
    with pytest.raises(BrowserNotFoundError, match="/nonexistent/chromium"):
        resolve_browser()


def test_playwright_build_comes_before_the_system_one(tmp_path, monkeypatch):
    monkeypatch.delenv("VAUTOKIT_BROWSER", raising=False)
    managed = _fake_executable(tmp_path / "chrome")
    monkeypatch.setattr(_resolve, "_playwright_managed", lambda: str(managed))
    assert resolve_browser().source == "playwright-managed"


def test_system_chromium_is_found_on_path(tmp_path, monkeypatch):
    monkeypatch.delenv("VAUTOKIT_BROWSER", raising=False)
    monkeypatch.setattr(_resolve, "_playwright_managed", lambda: None)
    _fake_executable(tmp_path / "chromium-browser")
    monkeypatch.setenv("PATH", str(tmp_path))
    choice = resolve_browser()
    assert choice.source == "system (chromium-browser)"


def test_nothing_found_lists_what_was_tried_and_what_to_install(tmp_path, monkeypatch):
    monkeypatch.delenv("VAUTOKIT_BROWSER", raising=False)
    monkeypatch.setattr(_resolve, "_playwright_managed", lambda: None)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(BrowserNotFoundError) as info:
        resolve_browser()
    message = str(info.value)
    assert "Playwright-managed" in message and "system Chromium" in message
    assert "apt-get install -y chromium" in message
