"""Credentials, 2FA code providers and the login service."""

from ._codes import CommandCode, WebhookCodeReceiver
from ._credentials import (
    CallableCode,
    CodeProvider,
    Credentials,
    PromptCode,
    SandboxInbox,
    write_private_json,
)
from ._login import LoginService

__all__ = [
    "CallableCode",
    "CodeProvider",
    "CommandCode",
    "Credentials",
    "LoginService",
    "PromptCode",
    "SandboxInbox",
    "WebhookCodeReceiver",
    "write_private_json",
]
