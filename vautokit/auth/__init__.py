"""Credentials, 2FA code providers and the login service."""

from .._lazy import lazy_exports

_EXPORTS = {
    "CommandCode": "._codes",
    "WebhookCodeReceiver": "._codes",
    "CallableCode": "._credentials",
    "CodeProvider": "._credentials",
    "Credentials": "._credentials",
    "PromptCode": "._credentials",
    "SandboxInbox": "._credentials",
    "write_private_json": "._credentials",
    "LoginService": "._login",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

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
