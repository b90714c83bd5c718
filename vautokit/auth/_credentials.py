"""Credentials and 2FA code providers. Secrets are held, never shown or logged."""

from __future__ import annotations

import asyncio
import getpass
import inspect
import json
import os
import stat
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ..errors import AuthError, TwoFactorError

if TYPE_CHECKING:
    import aiohttp

ENV_USERNAME = "VAUTO_USERNAME"
ENV_PASSWORD = "VAUTO_PASSWORD"
ENV_INBOX_TOKEN = "VAUTOKIT_INBOX_TOKEN"
INBOX_TOKEN_HEADER = "X-Inbox-Token"  # the header the sandbox's server reads


@dataclass(frozen=True)
class Credentials:
    """A username and password; the password never appears in ``repr`` or ``str``."""

    username: str
    password: str = field(repr=False)

    @classmethod
    def resolve(cls, username: str | None = None, password: str | None = None, *,
                interactive: bool = True) -> Credentials:
        """Arguments first, then ``VAUTO_USERNAME``/``VAUTO_PASSWORD``, then a hidden prompt.

        Variables read are taken out of ``os.environ`` (see :func:`_take_from_environment`),
        so the Playwright driver and Chromium started later never inherit the password.
        Without a terminal to ask (stdin closed or at its end) the error says what to set.
        """
        username = username or _take_from_environment(ENV_USERNAME)
        password = password or _take_from_environment(ENV_PASSWORD)
        try:
            if interactive and not username:
                username = input("vAuto username: ").strip()
            if interactive and not password:
                password = getpass.getpass("vAuto password: ")
        except EOFError:
            raise AuthError(f"no vAuto credentials and no terminal to ask for them: set "
                            f"{ENV_USERNAME} and {ENV_PASSWORD}, or pass credentials="
                            "Credentials(username, password)") from None
        if not username or not password:
            raise AuthError(f"no credentials: pass username/password, or set {ENV_USERNAME} and "
                            f"{ENV_PASSWORD}")
        return cls(username, password)


_TAKEN_FROM_ENVIRONMENT: dict[str, str] = {}


def _take_from_environment(name: str) -> str | None:
    """A credential variable, removed from ``os.environ`` when read.

    Child processes copy ``os.environ`` when they start: the Playwright driver does, and
    Chromium inherits the driver's. Taking the variable out keeps the password in this
    process only; a later ``resolve`` here (a second Automation) still finds it, and a value
    set again afterwards replaces it.
    """
    if name in os.environ:
        _TAKEN_FROM_ENVIRONMENT[name] = os.environ.pop(name)
    return _TAKEN_FROM_ENVIRONMENT.get(name)


class CodeProvider(Protocol):
    """Returns a fresh 2FA code for ``username`` once the site has sent it."""

    async def __call__(self, username: str) -> str: ...


class CallableCode:
    """Wraps a user function (sync or async) that returns the code."""

    def __init__(self, func: Callable[[str], str | Awaitable[str]]) -> None:
        self._func = func

    async def __call__(self, username: str) -> str:
        result = self._func(username)
        return await result if inspect.isawaitable(result) else result


class PromptCode:
    """Asks the person at the keyboard (works in a notebook: ipykernel serves getpass)."""

    async def __call__(self, username: str) -> str:
        return (await asyncio.to_thread(getpass.getpass, "Verification code: ")).strip()


class SandboxInbox:
    """Reads the sandbox's out-of-band SMS inbox, the way a real code arrives by text.

    The inbox answers only with the sandbox's token: ``token=site.inbox_token``, or for a
    sandbox run by `vautokit sandbox` the token it prints, in ``VAUTOKIT_INBOX_TOKEN``. The token
    travels in a header, never in the URL, and never appears in ``repr`` or errors.
    """

    def __init__(self, inbox_url: str, token: str | None = None, *, attempts: int = 50,
                 interval: float = 0.1) -> None:
        token = token or os.environ.get(ENV_INBOX_TOKEN)
        if not token:
            raise AuthError(f"the sandbox inbox needs its token: pass token=site.inbox_token, "
                            f"or set {ENV_INBOX_TOKEN} to the token `vautokit sandbox` prints")
        self.inbox_url = inbox_url
        self.attempts = attempts
        self.interval = interval
        self._token = token
        self._seen: set[str] = set()

    def __repr__(self) -> str:
        return f"SandboxInbox({self.inbox_url!r})"

    async def __call__(self, username: str) -> str:
        import aiohttp  # here: only a sandbox sign-in needs an HTTP client

        async with aiohttp.ClientSession(headers={INBOX_TOKEN_HEADER: self._token}) as http:
            for _ in range(self.attempts):
                code = self._new_code(await self._messages(http))
                if code is not None:
                    return code
                await asyncio.sleep(self.interval)
        raise TwoFactorError("no new code arrived in the sandbox inbox")

    async def _messages(self, http: aiohttp.ClientSession) -> list[dict[str, Any]]:
        async with http.get(self.inbox_url) as response:
            if response.status in (401, 403):
                raise TwoFactorError(
                    f"the sandbox inbox refused its token (HTTP {response.status}): pass this "
                    f"sandbox's inbox_token, or set {ENV_INBOX_TOKEN} to the one it printed")
            if response.status != 200:
                raise TwoFactorError(f"the sandbox inbox answered HTTP {response.status}: "
                                     "check the sms_inbox URL of the site profile")
            data: dict[str, Any] = await response.json()
        return data.get("messages", [])

    def _new_code(self, messages: list[dict[str, Any]]) -> str | None:
        for message in messages:
            code = message["text"].split("code: ", 1)[1][:6]
            if not message["used"] and code not in self._seen:
                self._seen.add(code)
                return code
        return None


def write_private_json(path: str | Path, data: object) -> Path:
    """Write JSON readable by the owner only (0600): for storage state, which holds cookies."""
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
    with os.fdopen(fd, "w") as handle:
        json.dump(data, handle)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    return path
