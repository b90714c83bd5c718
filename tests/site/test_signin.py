"""The sandbox's Bridge ID sign-in, driven by a real Chromium through LoginService."""

import pytest

from vautokit.auth import CallableCode, Credentials, LoginService, SandboxInbox
from vautokit.errors import AccountLockedError, InvalidCredentialsError, TwoFactorError


async def test_both_steps_and_2fa_sign_in(site, page, login):
    await login.login(page)
    assert await page.locator("#mainMenu").count() == 1
    assert site.login_count() == 1
    cookies = await page.context.cookies()
    session = next(c for c in cookies if c["name"] == "VautoSession")
    assert session["httpOnly"]


async def test_two_factor_codes_are_never_reused(site, browser, login):
    for _ in range(2):
        context = await browser.new_context()
        await login.login(await context.new_page())
        await context.close()
    assert site.login_count() == 2
    used = site.store.codes(site.account.username)
    assert len({row["code"] for row in used}) == 2 and all(row["used"] for row in used)


async def test_wrong_password_shows_an_error_then_locks_after_five(site, page, profile):
    inbox = SandboxInbox(profile.url("sms_inbox", username=site.account.username),
                         site.inbox_token)
    wrong = LoginService(profile, Credentials(site.account.username, "not-the-password"), inbox,
                         timeout=10)
    for _ in range(5):
        with pytest.raises(InvalidCredentialsError, match="wrong username or password"):
            await wrong.login(page)
    right = LoginService(profile, Credentials(site.account.username, site.account.password),
                         wrong.code_provider, timeout=10)
    with pytest.raises(AccountLockedError, match="locked"):
        await right.login(page)
    assert site.login_count() == 0
    assert site.failed_logins() == site.failed_logins(step="password") == 6  # 5 wrong, 1 locked


async def test_expired_code_is_refused(site, page, profile):
    inbox = SandboxInbox(profile.url("sms_inbox", username=site.account.username),
                         site.inbox_token)

    async def late_code(username):
        code = await inbox(username)
        assert code == site.current_code()  # the Python API sees the same SMS
        site.advance_clock(301)  # the person typed it six minutes later
        return code

    login = LoginService(profile, Credentials(site.account.username, site.account.password),
                         CallableCode(late_code), timeout=10)
    with pytest.raises(TwoFactorError, match="expired"):
        await login.login(page)


async def test_wrong_code_is_refused(site, page, profile):
    login = LoginService(profile, Credentials(site.account.username, site.account.password),
                         CallableCode(lambda username: "000000"), timeout=10)
    with pytest.raises(TwoFactorError, match="rejected"):
        await login.login(page)


async def test_missing_code_provider_is_explained(site, page, profile):
    login = LoginService(profile, Credentials(site.account.username, site.account.password),
                         None, timeout=10)
    with pytest.raises(TwoFactorError, match="no code provider"):
        await login.login(page)
