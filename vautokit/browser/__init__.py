"""Finding, installing and launching Chromium."""

from ._launch import CHROMIUM_ARGS, BrowserLauncher, browser_process_tree
from ._resolve import BrowserChoice, ensure_browser, resolve_browser

__all__ = [
    "CHROMIUM_ARGS",
    "BrowserChoice",
    "BrowserLauncher",
    "browser_process_tree",
    "ensure_browser",
    "resolve_browser",
]
