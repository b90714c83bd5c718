"""Finding, installing and launching Chromium; connecting to remote ones."""

from ._endpoint import (
    LOCAL,
    Endpoint,
    EndpointKind,
    connect,
    endpoint_error,
    redact_url,
    redact_urls,
)
from ._launch import CHROMIUM_ARGS, BrowserLauncher, browser_process_tree
from ._resolve import BrowserChoice, ensure_browser, resolve_browser
from ._serve import LocalEndpoints

__all__ = [
    "CHROMIUM_ARGS",
    "LOCAL",
    "BrowserChoice",
    "BrowserLauncher",
    "Endpoint",
    "EndpointKind",
    "LocalEndpoints",
    "browser_process_tree",
    "connect",
    "endpoint_error",
    "ensure_browser",
    "redact_url",
    "redact_urls",
    "resolve_browser",
]
