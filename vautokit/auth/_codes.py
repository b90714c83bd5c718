"""2FA codes without a person: from a command's output, or from an SMS gateway's webhook.

Both are :class:`~vautokit.auth.CodeProvider` implementations. Either answers with a code or
raises one :class:`~vautokit.errors.TwoFactorCodeError` naming the source and what to fix; the
login service does not retry a sign-in after it, so a missing code never walks an account into
a lockout. Neither ever shows a code, the command's output or the webhook's secret.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import secrets
import shlex
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError, TwoFactorCodeError

if TYPE_CHECKING:
    from aiohttp import web

log = logging.getLogger(__name__)

CODE = re.compile(r"(?<!\d)(\d{6})(?!\d)")
SECRET_HEADER = "X-Vautokit-Secret"  # or ?secret= for gateways that cannot set headers
ENV_CODE_USERNAME = "VAUTOKIT_CODE_USERNAME"  # tells a code command whose code is wanted
WEBHOOK_PATH = "/sms"
MAX_BODY = 64 * 1024
# Twilio answers an SMS with the TwiML it gets back: an empty <Response> sends no reply.
_EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


def six_digit_code(text: str) -> str | None:
    """The one 6-digit code in ``text``; None when there is none or several differ."""
    found = set(CODE.findall(text))
    return found.pop() if len(found) == 1 else None


class CommandCode:
    """Runs a command that prints the current 2FA code (an SMS reader, a password manager).

    A string is split like a shell would (``shlex.split``) but run without a shell, so no
    quoting surprises or injection. The command learns the account from the
    ``VAUTOKIT_CODE_USERNAME`` environment variable. Its stdout must hold exactly one 6-digit
    number; its stderr is never read into messages, as either may carry secrets.
    """

    def __init__(self, command: str | list[str], *, timeout: float = 120) -> None:
        argv = shlex.split(command) if isinstance(command, str) else list(command)
        if not argv or not argv[0]:
            raise ConfigError("code command", command,
                              "a program and its arguments, e.g. 'my-sms-reader --latest'")
        if not timeout > 0:
            raise ConfigError("code command timeout", timeout, "a number of seconds above 0")
        self.argv = argv
        self.timeout = timeout
        self.program = Path(argv[0]).name

    def __repr__(self) -> str:
        return f"CommandCode(program={self.program!r})"

    async def __call__(self, username: str) -> str:
        source = f"command {self.program!r}"
        process = await self._spawn(username, source)
        try:
            stdout, _ = await asyncio.wait_for(process.communicate(), self.timeout)
        except TimeoutError:
            raise TwoFactorCodeError(source, f"it did not finish within {self.timeout:g} s",
                                     "make it print the code sooner or raise its timeout"
                                     ) from None
        finally:  # timed out, or the run cancelled (Ctrl-C): the command does not outlive it
            if process.returncode is None:
                process.kill()
                await process.wait()
        if process.returncode != 0:
            raise TwoFactorCodeError(source, f"it exited with status {process.returncode}",
                                     "run it by hand to see why")
        code = six_digit_code(stdout.decode(errors="replace"))
        if code is None:
            raise TwoFactorCodeError(source, "its output held no single 6-digit code",
                                     "make it print the code (one 6-digit number)")
        return code

    async def _spawn(self, username: str, source: str) -> asyncio.subprocess.Process:
        env = {**os.environ, ENV_CODE_USERNAME: username}
        try:
            return await asyncio.create_subprocess_exec(
                *self.argv, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.DEVNULL, env=env)
        except FileNotFoundError:
            raise TwoFactorCodeError(source, "the program was not found",
                                     "give its full path or put it on PATH") from None
        except PermissionError:
            raise TwoFactorCodeError(source, "the program is not executable",
                                     "chmod +x it or name its interpreter first") from None


@dataclass(frozen=True)
class _Received:
    at: float  # the receiver's clock (monotonic) on arrival
    code: str


class WebhookCodeReceiver:
    """A small web server that SMS gateways (Twilio and the like) POST incoming texts to.

    ``POST {url}`` with the shared secret in the ``X-Vautokit-Secret`` header or as
    ``?secret=`` (for gateways that cannot set headers), and the text as a form field ``Body``
    (Twilio's form) or JSON ``{"body": ...}``. A wrong or missing secret gets 403 and nothing
    is kept. A code is kept ``ttl`` seconds and handed out once.

    Calling the receiver waits, without polling, for a code newer than the call. The site
    sends the text as the code page opens, a moment before the login service asks, so a code
    that arrived up to ``lookback`` seconds before the call counts as newer; an older unused
    code is never handed out, because a stale code would be refused by the site and count
    towards a lockout. The texts carry no account, so use one receiver (one number) per account.
    """

    _clock = staticmethod(time.monotonic)  # ages of codes; tests move it instead of waiting

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, secret: str,
                 ttl: float = 300.0, timeout: float = 120.0, lookback: float = 30.0) -> None:
        if not secret:
            raise ConfigError("webhook secret", "", "a non-empty shared secret (e.g. from "
                              "secrets.token_urlsafe()) that the SMS gateway sends too")
        for name, value in (("ttl", ttl), ("timeout", timeout)):
            if not value > 0:
                raise ConfigError(f"webhook {name}", value, "a number of seconds above 0")
        if lookback < 0:
            raise ConfigError("webhook lookback", lookback, "0 or more seconds")
        self.host = host
        self.port = port
        self.ttl = ttl
        self.timeout = timeout
        self.lookback = lookback
        self._secret = secret.encode()
        self._codes: list[_Received] = []
        self._used: dict[str, float] = {}
        self._arrived = asyncio.Event()
        self._runner: web.AppRunner | None = None

    def __repr__(self) -> str:
        where = self.url if self._runner else "stopped"
        return f"WebhookCodeReceiver({where}, codes_held={len(self._codes)})"

    @property
    def url(self) -> str:
        """Where the gateway posts (without the secret)."""
        if self._runner is None:
            raise RuntimeError("the webhook receiver is not running: call start() or use "
                               "`async with`")
        return f"http://{self.host}:{self.port}{WEBHOOK_PATH}"

    async def start(self) -> WebhookCodeReceiver:
        if self._runner is not None:
            return self
        from aiohttp import web  # here: only a running receiver needs the HTTP server

        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post(WEBHOOK_PATH, self._receive)
        # No access log: a gateway's URL may carry ?secret=.
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        await web.TCPSite(runner, self.host, self.port).start()
        self.port = runner.addresses[0][1]
        self._runner = runner
        log.info("2FA webhook receiver listening at %s", self.url)
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> WebhookCodeReceiver:
        return await self.start()

    async def __aexit__(self, *exc) -> None:
        await self.stop()

    async def __call__(self, username: str) -> str:
        source = "the SMS webhook" + (f" at {self.url}" if self._runner else "")
        if self._runner is None:
            raise TwoFactorCodeError(source, "the receiver is not running",
                                     "start it (await receiver.start()) before signing in")
        since = self._clock() - self.lookback
        try:
            return await asyncio.wait_for(self._next_code(since), self.timeout)
        except TimeoutError:
            raise TwoFactorCodeError(
                source, f"no code arrived within {self.timeout:g} s",
                "check that the SMS gateway posts the texts to this URL with the shared secret"
            ) from None

    async def _next_code(self, since: float) -> str:
        while (code := self._take(since)) is None:
            self._arrived.clear()
            await self._arrived.wait()
        return code

    def _take(self, since: float) -> str | None:
        """The newest unexpired code received after ``since``, removed: codes are used once."""
        now = self._clock()
        self._forget_older_than(now - self.ttl)
        for received in reversed(self._codes):
            if received.at >= since:
                self._codes.remove(received)
                self._used[received.code] = received.at
                return received.code
        return None

    def _forget_older_than(self, cutoff: float) -> None:
        self._codes = [r for r in self._codes if r.at >= cutoff]
        self._used = {c: at for c, at in self._used.items() if at >= cutoff}

    async def _receive(self, request: web.Request) -> web.Response:
        from aiohttp import web  # loaded by start(): the request came through it

        shown = request.headers.get(SECRET_HEADER) or request.query.get("secret") or ""
        if not secrets.compare_digest(shown.encode(errors="surrogateescape"), self._secret):
            log.warning("2FA webhook: refused a request without the right secret")
            raise web.HTTPForbidden(text="wrong or missing secret")
        code = six_digit_code(await _message_body(request))
        if code is None:
            raise web.HTTPBadRequest(text="no single 6-digit code in the message body")
        now = self._clock()
        self._forget_older_than(now - self.ttl)
        if code in self._used or any(r.code == code for r in self._codes):
            log.info("2FA webhook: a repeated delivery of a code was ignored")
        else:
            self._codes.append(_Received(now, code))
            log.info("2FA webhook: a code arrived")
            self._arrived.set()
        return web.Response(text=_EMPTY_TWIML, content_type="text/xml")


async def _message_body(request: web.Request) -> str:
    """The text of the SMS: Twilio's form field ``Body``, or JSON ``{"body": ...}``."""
    from aiohttp import web  # loaded by start(): the request came through it

    if request.content_type == "application/json":
        try:
            data = await request.json()
        except ValueError:
            raise web.HTTPBadRequest(text="the JSON body is malformed") from None
        body = data.get("body", data.get("Body")) if isinstance(data, dict) else None
    else:
        body = (await request.post()).get("Body")
    if not isinstance(body, str):
        raise web.HTTPBadRequest(text="no message: send a form field Body or JSON {\"body\": ...}")
    return body
