"""The real sign-in (LoginService in Chromium) against a sandbox that texts its 2FA code to a
webhook receiver, the way an SMS gateway would."""

from __future__ import annotations

import pytest

from vautokit import Sandbox
from vautokit.auth import Credentials, LoginService, WebhookCodeReceiver
from vautokit.errors import TwoFactorCodeError
from vautokit.site import SiteProfile

SECRET = "gateway-secret-for-the-test"


@pytest.fixture
async def receiver():
    async with WebhookCodeReceiver(secret=SECRET, timeout=20) as running:
        yield running


def texting_sandbox(receiver: WebhookCodeReceiver, secret: str) -> Sandbox:
    return Sandbox(3, profile="fast", other_vehicles=1, sms_webhook=receiver.url,
                   sms_webhook_secret=secret)


def login_service(site: Sandbox, receiver: WebhookCodeReceiver) -> LoginService:
    profile = SiteProfile.load("sandbox", base_url=site.url)
    credentials = Credentials(site.account.username, site.account.password)
    return LoginService(profile, credentials, receiver, timeout=15)


async def test_sign_in_with_the_code_from_the_webhook(receiver, page):
    async with texting_sandbox(receiver, SECRET) as site:
        await login_service(site, receiver).login(page)
        assert await page.locator("#mainMenu").count() == 1
        assert site.login_count() == 1
        codes = site.store.codes(site.account.username)
        assert len(codes) == 1 and codes[0]["used"]  # the code that came through the webhook


async def test_a_missing_code_ends_sign_in_once_without_a_lockout_attempt(receiver, page):
    receiver.timeout = 1
    async with texting_sandbox(receiver, "not-the-receivers-secret") as site:
        login = login_service(site, receiver)
        with pytest.raises(TwoFactorCodeError, match=r"no code arrived within 1 s") as caught:
            await login.login(page)
        assert site.login_count() == 0 and login.sign_ins == 0
        assert site.failed_logins() == 0  # no code was guessed, nothing counts to a lockout
        assert len(site.store.codes(site.account.username)) == 1  # one attempt, no retry
        assert SECRET not in str(caught.value) and site.account.password not in str(caught.value)
