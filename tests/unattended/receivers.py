"""What the notification tests send to: a real SMTP server (aiosmtpd) and a real HTTP
receiver (aiohttp) on 127.0.0.1, each keeping what arrived."""

from __future__ import annotations

import email
import email.policy
import socket
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from email.message import EmailMessage

from aiohttp import web
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """An aiosmtpd handler that keeps every message and every login it is given; a login
    succeeds with ``password`` only."""

    def __init__(self, password: str | None = None) -> None:
        self.password = password
        self.messages: list[EmailMessage] = []
        self.logins: list[tuple[bytes, bytes]] = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.messages.append(email.message_from_bytes(envelope.content, _class=EmailMessage,
                                                      policy=email.policy.default))
        return "250 OK"

    def authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        self.logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=self.password is not None
                          and auth_data.password == self.password.encode(), handled=False)


@contextmanager
def smtp_server(password: str | None = None) -> Iterator[tuple[Inbox, int]]:
    """A running SMTP server (with AUTH when given a ``password``): its inbox and port."""
    inbox = Inbox(password)
    auth = {"authenticator": inbox.authenticate, "auth_require_tls": False} if password else {}
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), **auth)
    controller.start()
    try:
        yield inbox, controller.port
    finally:
        controller.stop()


@asynccontextmanager
async def json_receiver() -> AsyncIterator[tuple[list[dict], int]]:
    """A local web endpoint that keeps the JSON bodies posted to /hook: them and its port."""
    received: list[dict] = []

    async def hook(request: web.Request) -> web.Response:
        received.append(await request.json())
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        yield received, runner.addresses[0][1]
    finally:
        await runner.cleanup()
