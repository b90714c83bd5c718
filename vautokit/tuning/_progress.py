"""What a sweep tells whoever watches it: a level begins, a level ends.

Any object with these methods can watch (``vautokit.notebook.SweepProgress`` is the widget);
``progress="text"`` prints one line per level.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Protocol, TextIO

from ..errors import ConfigError
from ..processing import StatusBus


class SweepObserver(Protocol):
    def level_started(self, workers: int, vehicles: int, *, mode: str = "parallel") -> None:
        """A level begins; ``vehicles`` counts what all its runs (repeats) will process."""

    def follow(self, status: StatusBus) -> Callable[[], None]:
        """Follow one run's status stream (vehicles finishing); returns unfollow."""

    def level_finished(self, workers: int, summary: str) -> None:
        """The level's runs are done; ``summary`` says what they measured in one line."""

    def close(self) -> None:
        """The sweep is over."""


class TextSweepProgress:
    """One printed line per level as it starts and as it ends."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout
        self.label = ""

    def level_started(self, workers: int, vehicles: int, *, mode: str = "parallel") -> None:
        self.label = "sequential" if mode == "sequential" else f"{workers} workers"
        print(f"sweep: {self.label}, {vehicles} vehicles ...", file=self.stream, flush=True)

    def follow(self, status: StatusBus) -> Callable[[], None]:
        return lambda: None

    def level_finished(self, workers: int, summary: str) -> None:
        print(f"sweep: {self.label}: {summary}", file=self.stream, flush=True)

    def close(self) -> None:
        return None


class SilentSweepProgress:
    """Watches nothing: ``progress="none"``."""

    def level_started(self, workers: int, vehicles: int, *, mode: str = "parallel") -> None:
        return None

    def follow(self, status: StatusBus) -> Callable[[], None]:
        return lambda: None

    def level_finished(self, workers: int, summary: str) -> None:
        return None

    def close(self) -> None:
        return None


def sweep_observer(progress: str, on_level: SweepObserver | None) -> SweepObserver:
    """``on_level`` when given, else text lines (``"text"``, ``"auto"``) or nothing."""
    if on_level is not None:
        return on_level
    if progress in ("text", "auto"):
        return TextSweepProgress()
    if progress == "none":
        return SilentSweepProgress()
    raise ConfigError("progress", progress, "'text', 'auto' or 'none' (a widget goes to "
                      "on_level=SweepProgress(...))")
