"""Shared fixtures: one fast sandbox per session, reset before every test that uses it."""

from __future__ import annotations

import pytest
from playwright.async_api import async_playwright

from vautokit import Automation, Sandbox
from vautokit.auth import Credentials, LoginService, SandboxInbox
from vautokit.browser import BrowserLauncher
from vautokit.site import SiteProfile


@pytest.fixture(scope="session", autouse=True)
def scratch_working_directory(tmp_path_factory):
    """Each test process works in a folder of its own: what a run writes where it is started
    (``.vautokit/journal.sqlite``, evidence) stays out of the checkout, and the suite's two
    processes never share a journal. (Notebooks run in their own folder, as a user's do.)"""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path_factory.mktemp("cwd"))
        yield


@pytest.fixture(scope="session")
def sandbox_server():
    with Sandbox(100, profile="fast", seed=11) as server:
        yield server


@pytest.fixture
def site(sandbox_server):
    """The session's sandbox, in a fresh state, with its behavior restored afterwards."""
    original = sandbox_server.behavior
    sandbox_server.reset()
    yield sandbox_server
    sandbox_server.behavior = original


@pytest.fixture(scope="session")
async def browser():
    async with async_playwright() as pw:
        launched = await BrowserLauncher().launch(pw.chromium)
        yield launched
        await launched.close()


@pytest.fixture
async def page(browser):
    context = await browser.new_context()
    page = await context.new_page()
    page.set_default_timeout(10_000)
    yield page
    await context.close()


@pytest.fixture
def profile(site) -> SiteProfile:
    return SiteProfile.load("sandbox", base_url=site.url)


@pytest.fixture
def login(site, profile) -> LoginService:
    creds = Credentials(site.account.username, site.account.password)
    inbox = SandboxInbox(profile.url("sms_inbox", username=creds.username), site.inbox_token)
    return LoginService(profile, creds, inbox, timeout=10)


@pytest.fixture
async def signed_in(page, login):
    await login.login(page)
    return page


@pytest.fixture
async def automation(site):
    async with Automation(site) as va:
        yield va
