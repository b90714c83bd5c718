"""Finding, installing and launching Chromium; connecting to remote ones."""

from .._lazy import lazy_exports

_EXPORTS = {
    "LOCAL": "._endpoint",
    "Endpoint": "._endpoint",
    "EndpointKind": "._endpoint",
    "connect": "._endpoint",
    "endpoint_error": "._endpoint",
    "redact_url": "._endpoint",
    "redact_urls": "._endpoint",
    "CHROMIUM_ARGS": "._launch",
    "BrowserLauncher": "._launch",
    "browser_process_tree": "._launch",
    "start_driver": "._launch",
    "BrowserChoice": "._resolve",
    "ensure_browser": "._resolve",
    "resolve_browser": "._resolve",
    "LocalEndpoints": "._serve",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

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
    "start_driver",
]
