"""Run the async core from synchronous code, in scripts and inside a running kernel."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run ``coro`` to completion from sync code.

    With no running loop this is ``asyncio.run``. Inside a running loop (a Jupyter cell)
    the coroutine runs on a private loop in a helper thread, the pattern of
    ``jupyter_core.utils.run_sync``: Playwright objects then live on that private loop,
    so keep sync and async use of one object apart.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    box: dict[str, Any] = {}

    def runner() -> None:
        try:
            box["value"] = asyncio.run(coro)
        except BaseException as exc:  # handed back to the caller's thread below
            box["error"] = exc

    thread = threading.Thread(target=runner, name="vautokit-run-sync", daemon=True)
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]


def enable_nested_asyncio() -> None:
    """Opt in to nested event loops for the current loop (nest-asyncio).

    Never called by vautokit itself: it patches the loop process-wide. Use it only when a
    third-party sync wrapper must run inside a kernel; vautokit's own sync wrappers do not
    need it.
    """
    import nest_asyncio

    loop = asyncio.get_event_loop_policy().get_event_loop()
    nest_asyncio.apply(loop)
