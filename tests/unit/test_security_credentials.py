"""Credentials from the environment stay in this process: the Playwright driver (and the
Chromium it starts) never inherits the password. With no credentials and no terminal, one
clear error names the variables to set, never an EOFError traceback."""

import io
import os

import psutil
import pytest
from playwright.async_api import async_playwright

from vautokit.auth import Credentials, _credentials
from vautokit.errors import AuthError

PASSWORD = "pw-Unique-4711-never-inherited"


@pytest.fixture(autouse=True)
def _fresh_environment(monkeypatch):
    monkeypatch.setattr(_credentials, "_TAKEN_FROM_ENVIRONMENT", {}, raising=False)
    monkeypatch.delenv("VAUTO_USERNAME", raising=False)
    monkeypatch.delenv("VAUTO_PASSWORD", raising=False)


def test_no_credentials_and_no_terminal_is_one_clear_error(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # closed input: input() meets EOF
    with pytest.raises(AuthError) as caught:
        Credentials.resolve()
    message = str(caught.value)
    assert "VAUTO_USERNAME" in message and "VAUTO_PASSWORD" in message
    assert "no terminal" in message
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_a_password_from_the_environment_is_kept_and_taken_out_of_it(monkeypatch):
    monkeypatch.setenv("VAUTO_USERNAME", "dealer@x.test")
    monkeypatch.setenv("VAUTO_PASSWORD", PASSWORD)
    creds = Credentials.resolve(interactive=False)
    assert (creds.username, creds.password) == ("dealer@x.test", PASSWORD)
    assert "VAUTO_PASSWORD" not in os.environ
    assert Credentials.resolve(interactive=False).password == PASSWORD  # a second Automation
    monkeypatch.setenv("VAUTO_PASSWORD", "pw-set-again")
    assert Credentials.resolve(interactive=False).password == "pw-set-again"


async def test_the_playwright_driver_does_not_inherit_the_password(monkeypatch):
    monkeypatch.setenv("VAUTO_USERNAME", "dealer@x.test")
    monkeypatch.setenv("VAUTO_PASSWORD", PASSWORD)
    Credentials.resolve(interactive=False)  # as Automation() does before start()
    before = {p.pid for p in psutil.Process().children(recursive=True)}
    playwright = await async_playwright().start()
    try:
        drivers = [p for p in psutil.Process().children(recursive=True) if p.pid not in before]
        assert drivers, "the Playwright driver process was not found"
        for driver in drivers:
            environ = driver.environ()
            assert "VAUTO_PASSWORD" not in environ
            assert PASSWORD not in "\0".join(f"{k}={v}" for k, v in environ.items())
    finally:
        await playwright.stop()
