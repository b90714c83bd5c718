"""Signing in to vAuto: username, password, then 2FA, with failures told apart."""

from __future__ import annotations

import logging
import re

from playwright.async_api import Page

from ..errors import AccountLockedError, AuthError, InvalidCredentialsError, TwoFactorError
from ..site import SiteProfile, require, translated
from ._credentials import CodeProvider, Credentials

log = logging.getLogger(__name__)

_LOCKED = re.compile(r"locked", re.I)
_EXPIRED = re.compile(r"expired", re.I)


class LoginService:
    """Signs a page in. Each sign-in asks the provider for a fresh code: codes are single-use."""

    def __init__(self, profile: SiteProfile, credentials: Credentials,
                 code_provider: CodeProvider | None = None, *, timeout: float = 30.0) -> None:
        self.profile = profile
        self.credentials = credentials
        self.code_provider = code_provider
        self.timeout = timeout
        self.sign_ins = 0

    async def is_signed_in(self, page: Page) -> bool:
        return await page.locator(self.profile.selector("logged_in_marker")).count() > 0

    async def login(self, page: Page) -> None:
        """Sign ``page`` in, or raise an :class:`AuthError` saying what to fix."""
        p, t, user = self.profile, self.timeout, self.credentials.username
        async with translated("sign-in"):
            await page.goto(p.url("login"), timeout=t * 1000)
            if await self.is_signed_in(page):
                return
            await (await require(page, p, "username_input", "sign-in", t)).fill(user)
            await page.locator(p.selector("next_button")).first.click(timeout=t * 1000)
            password = await require(page, p, "password_input", "sign-in (password)", t)
            await password.fill(self.credentials.password)
            await page.locator(p.selector("signin_button")).first.click(timeout=t * 1000)
            outcome = await self._wait_for_any(page, ["logged_in_marker", "login_error",
                                                      "two_factor_select", "two_factor_input"])
            if outcome == "login_error":
                message = await page.locator(p.selector("login_error")).first.inner_text()
                if _LOCKED.search(message):
                    raise AccountLockedError(user)
                raise InvalidCredentialsError(user)
            if outcome in ("two_factor_select", "two_factor_input"):
                await self._two_factor(page, outcome)
        self.sign_ins += 1
        log.info("signed in as %s", user)

    async def _two_factor(self, page: Page, stage: str) -> None:
        p, t = self.profile, self.timeout
        if self.code_provider is None:
            raise TwoFactorError("the site asks for a verification code but no code provider "
                                 "was given (pass two_factor=...)")
        if stage == "two_factor_select":
            await page.locator(p.selector("two_factor_select")).first.click(timeout=t * 1000)
        field = await require(page, p, "two_factor_input", "2FA", t)
        code = await self.code_provider(self.credentials.username)
        await field.fill(code)
        await page.locator(p.selector("two_factor_submit")).first.click(timeout=t * 1000)
        if await self._wait_for_any(page, ["logged_in_marker", "login_error"]) == "login_error":
            message = await page.locator(p.selector("login_error")).first.inner_text()
            if _LOCKED.search(message):
                raise AccountLockedError(self.credentials.username)
            if _EXPIRED.search(message):
                raise TwoFactorError("the code expired")
            raise TwoFactorError("the code was rejected")

    async def _wait_for_any(self, page: Page, keys: list[str]) -> str:
        """The first of several outcomes of a sign-in step to appear."""
        locators = [page.locator(self.profile.selector(k)) for k in keys]
        combined = locators[0]
        for loc in locators[1:]:
            combined = combined.or_(loc)
        try:
            await combined.first.wait_for(state="visible", timeout=self.timeout * 1000)
        except Exception as exc:
            raise AuthError(f"sign-in stalled: none of {keys} appeared on "
                            f"{page.url.split('?')[0]}; the site may have changed "
                            "(check the site profile)") from exc
        for key, loc in zip(keys, locators, strict=True):
            if await loc.count() > 0 and await loc.first.is_visible():
                return key
        return keys[0]
