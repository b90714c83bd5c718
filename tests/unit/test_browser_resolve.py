import stat

import pytest

from vautokit.browser import BrowserLauncher, _resolve, ensure_browser, resolve_browser
from vautokit.errors import BrowserNotFoundError


def _fake_executable(path):
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


@pytest.fixture
def bare_machine(tmp_path, monkeypatch):
    """No browser anywhere unless a test puts one on the (empty) PATH or in Playwright's place."""
    monkeypatch.delenv("VAUTOKIT_BROWSER", raising=False)
    monkeypatch.setattr(_resolve, "_playwright_managed", lambda: None)
    monkeypatch.setattr(_resolve, "_playwright_headless_shell", lambda: None)
    monkeypatch.setattr(_resolve, "SHELL_LOCATIONS", ())
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", str(bin_dir))
    return bin_dir


def test_explicit_setting_wins(tmp_path, monkeypatch):
    exe = _fake_executable(tmp_path / "my-chrome")
    monkeypatch.setattr(_resolve, "_playwright_managed", lambda: "/should/not/be/used")
    assert resolve_browser(str(exe)).source == "explicit setting"
    monkeypatch.setenv("VAUTOKIT_BROWSER", str(exe))
    assert resolve_browser().executable == str(exe)


def test_an_explicit_headless_shell_is_recognised(tmp_path):
    exe = _fake_executable(tmp_path / "chromium-headless-shell")
    choice = resolve_browser(str(exe))
    assert choice.headless_shell and choice.build == "headless shell"


def test_missing_explicit_setting_is_an_error_not_a_fallback(monkeypatch):
    monkeypatch.setenv("VAUTOKIT_BROWSER", "/nonexistent/chromium")
    with pytest.raises(BrowserNotFoundError, match="/nonexistent/chromium"):
        resolve_browser()


def test_headless_prefers_playwright_headless_shell(tmp_path, bare_machine, monkeypatch):
    shell = _fake_executable(tmp_path / "chrome-headless-shell")
    managed = _fake_executable(tmp_path / "chrome")
    monkeypatch.setattr(_resolve, "_playwright_headless_shell", lambda: str(shell))
    monkeypatch.setattr(_resolve, "_playwright_managed", lambda: str(managed))
    _fake_executable(bare_machine / "chromium-headless-shell")
    choice = resolve_browser()
    assert (choice.executable, choice.headless_shell) == (str(shell), True)
    assert choice.source == "playwright-managed headless shell"


def test_headed_runs_use_the_full_browser(tmp_path, bare_machine, monkeypatch):
    shell = _fake_executable(tmp_path / "chrome-headless-shell")
    monkeypatch.setattr(_resolve, "_playwright_headless_shell", lambda: str(shell))
    _fake_executable(bare_machine / "chromium-headless-shell")
    _fake_executable(bare_machine / "chromium")
    choice = resolve_browser(headless=False)
    assert choice.executable == str(bare_machine / "chromium")
    assert not choice.headless_shell
    assert BrowserLauncher(headless=False).resolve().executable == str(bare_machine / "chromium")


def test_playwright_chromium_comes_before_the_system_headless_shell(tmp_path, bare_machine,
                                                                   monkeypatch):
    managed = _fake_executable(tmp_path / "chrome")
    monkeypatch.setattr(_resolve, "_playwright_managed", lambda: str(managed))
    _fake_executable(bare_machine / "chromium-headless-shell")
    choice = resolve_browser()
    assert choice.source == "playwright-managed"
    assert any("headless shell: not downloaded" in note for note in choice.notes)


def test_system_headless_shell_comes_before_system_chromium(bare_machine):
    _fake_executable(bare_machine / "chromium")
    _fake_executable(bare_machine / "chromium-headless-shell")
    choice = resolve_browser()
    assert choice.executable == str(bare_machine / "chromium-headless-shell")
    assert choice.source == "system (chromium-headless-shell)" and choice.headless_shell
    assert "headless shell" in choice.describe()


def test_debian_binary_is_preferred_over_its_shell_wrapper(tmp_path, bare_machine, monkeypatch):
    real = _fake_executable(tmp_path / "chromium-headless-shell")
    monkeypatch.setattr(_resolve, "SHELL_LOCATIONS", (str(real),))
    _fake_executable(bare_machine / "chromium-headless-shell")
    assert resolve_browser().executable == str(real)


def test_system_chromium_is_found_on_path(bare_machine):
    _fake_executable(bare_machine / "chromium-browser")
    choice = resolve_browser()
    assert choice.source == "system (chromium-browser)"
    assert not choice.headless_shell
    assert len(choice.notes) == 3


def test_nothing_found_lists_what_was_tried_and_what_to_install(bare_machine):
    with pytest.raises(BrowserNotFoundError) as info:
        resolve_browser()
    message = str(info.value)
    assert "Playwright-managed" in message and "system Chromium" in message
    assert "apt-get install -y chromium-headless-shell" in message
    assert "playwright install chromium-headless-shell" in message
    assert "apt-get install -y chromium" in message


def test_playwright_headless_shell_is_found_next_to_its_chromium(tmp_path, monkeypatch):
    registry = tmp_path / "ms-playwright"
    chrome = registry / "chromium-1255" / "chrome-linux64" / "chrome"
    monkeypatch.setattr(_resolve, "_playwright_chromium_path", lambda: str(chrome))
    assert _resolve._playwright_headless_shell() is None
    shell_dir = registry / "chromium_headless_shell-1255" / "chrome-headless-shell-linux64"
    shell_dir.mkdir(parents=True)
    shell = _fake_executable(shell_dir / "chrome-headless-shell")
    assert _resolve._playwright_headless_shell() == str(shell)


def test_ensure_keeps_a_present_headless_shell_without_installing(bare_machine, monkeypatch):
    _fake_executable(bare_machine / "chromium-headless-shell")
    monkeypatch.setattr(_resolve, "_install", pytest.fail)
    assert ensure_browser().headless_shell


def test_ensure_installs_the_headless_shell_when_only_full_chromium_is_there(bare_machine,
                                                                            monkeypatch):
    _fake_executable(bare_machine / "chromium")
    installed = []

    def install(playwright_name, apt_package, tried):
        installed.append(apt_package)
        _fake_executable(bare_machine / "chromium-headless-shell")
        return True

    monkeypatch.setattr(_resolve, "_install", install)
    choice = ensure_browser()
    assert installed == ["chromium-headless-shell"]
    assert choice.headless_shell


def test_ensure_falls_back_to_full_chromium_and_says_why(bare_machine, monkeypatch):
    _fake_executable(bare_machine / "chromium")

    def failing_install(playwright_name, apt_package, tried):
        tried.append(f"apt-get install {apt_package}: failed (no network)")
        return False

    monkeypatch.setattr(_resolve, "_install", failing_install)
    choice = ensure_browser()
    assert choice.executable == str(bare_machine / "chromium")
    assert "apt-get install chromium-headless-shell: failed (no network)" in choice.describe()


def test_ensure_installs_full_chromium_when_no_headless_shell_can_be_had(bare_machine,
                                                                        monkeypatch):
    attempts = []

    def install(playwright_name, apt_package, tried):
        attempts.append(apt_package)
        if apt_package == "chromium":
            _fake_executable(bare_machine / "chromium")
            return True
        tried.append(f"apt-get install {apt_package}: failed (no such package)")
        return False

    monkeypatch.setattr(_resolve, "_install", install)
    choice = ensure_browser()
    assert attempts == ["chromium-headless-shell", "chromium"]
    assert choice.executable == str(bare_machine / "chromium")


def test_install_failures_name_the_error_line(tmp_path):
    tried = []
    script = _fake_executable(tmp_path / "installer")
    script.write_text("#!/bin/sh\necho 'Error: getaddrinfo ENOTFOUND cdn' >&2\n"
                      "echo '    at stack (x.js:1)' >&2\necho '}' >&2\nexit 1\n")
    assert not _resolve._attempt([str(script)], "playwright install", tried)
    assert tried == ["playwright install: failed (Error: getaddrinfo ENOTFOUND cdn)"]
